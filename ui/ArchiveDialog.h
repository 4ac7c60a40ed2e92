#pragma once
// Archive and restore from the window, and the product's page on its provider's dashboard.
// Archiving asks first, naming how many products go to which accounts (a live key said so) and
// which cannot be archived and why, then shows the push dialog's progress and one line per
// product; every product goes through the sync engine.
//   ArchiveDialog::start(this, context, ids, true, [](ArchiveDialog::End end, const QList<PushLine>& report) { ... });

#include "Prompts.h"
#include "services/sync/BulkPush.h"

#include <QUrl>

class QWidget;

namespace pb {

struct ArchiveContext {
    CatalogStore* store = nullptr;
    QNetworkAccessManager* network = nullptr;
    KeyLookup keys;
    Prompts* prompts = nullptr;
    QList<Account> accounts;
    DeliveryPolicy policy;
};

namespace ArchiveDialog {

enum class End { Declined, NothingToSend, Finished };
using Done = std::function<void(End end, const QList<PushLine>& report)>;

// Whether start() asks before sending. AlreadyAsked: the person has just answered a question
// that said what is archived (delete with archive), so it is not put again; only a live key
// involved still asks, since that question was not part of it. AlreadyAskedLive: that question
// also named the live key, so nothing is asked.
enum class Question { Ask, AlreadyAsked, AlreadyAskedLive };
void start(QWidget* parent, const ArchiveContext& context, const QStringList& productIds, bool archive, Done done,
           Question question = Question::Ask);

// Whether "Open on provider" can work for this product, and why not.
bool canOpenOnProvider(const CatalogEntry& entry, const SyncLink& link, QString* reason);
// Reads the account's key mode, then opens the dashboard page with QDesktopServices (or says
// why not). `opened` gets the address.
void openOnProvider(QWidget* parent, const ArchiveContext& context, const Account& account, const CatalogEntry& entry,
                    const SyncLink& link, std::function<void(const QUrl& url, const QString& problem)> opened = {});

// The badge shown after an account's name: "Test", "Live", "Unknown key".
QString keyBadge(KeyMode mode);

} // namespace ArchiveDialog

} // namespace pb
