#pragma once
// "Check on provider" for the selected products: reads each one from its provider (never
// blocking the window) and lists its verdict (in step, changed here, changed on the provider, a
// conflict, gone, found or not found for a create of unknown outcome). For the product chosen in
// the list, every field that differs is shown as last synced, here and there, and the person
// takes "there" into the catalog or keeps "here" (sent later with Update), field by field.
// Nothing is written until "Apply choice"; nothing is sent to a provider but, when the person
// asks, a create the provider turned out not to have ("Send again").
//   auto* dialog = new CheckDialog(store, network, engine, keys, ids, this);
//   connect(dialog, &CheckDialog::productSettled, ...);
//   dialog->open();

#include "services/sync/Check.h"
#include "services/sync/SyncEngine.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pb {

class CheckDialog : public QDialog
{
    Q_OBJECT

public:
    // `engine` sends again, on request, a create the provider turned out not to have.
    CheckDialog(CatalogStore* store, QNetworkAccessManager* network, SyncEngine* engine, KeyLookup keys,
                const QStringList& productIds, QWidget* parent = nullptr);
    ~CheckDialog() override;
    // The report once the check finished (empty items before).
    const CheckReport& report() const { return m_report; }
    // Chooses "there" (true) or "here" for one field of the product shown, as its combo box does.
    void takeThere(const QString& field, bool there);

Q_SIGNALS:
    void checked(const pb::CheckReport& report);
    // A product was settled: the catalog holds it as `entry` now.
    void productSettled(const pb::CatalogEntry& entry);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    void shareWidth();
    void finished(const CheckReport& report);
    void showProduct(int row);
    void apply();
    void sendAgain();
    void reread(int row);
    void setVerdict(int row, CheckItem::Verdict verdict, const QString& message);
    // The header: what is true of the products now, after the check and what was settled since.
    void updateStatus();

    CatalogStore* m_store;
    SyncEngine* m_engine;
    KeyLookup m_keys;
    QPointer<Check> m_check;
    CheckReport m_report;
    int m_shown = -1;
    int m_rereading = -1; // the row whose product is read again after a settle, until it is in
    void updateChoiceButtons();
    int m_natural[3] = {}; // the widths the product, account and verdict columns would like
    QLabel* m_status = nullptr;
    QTableWidget* m_products = nullptr;
    QLabel* m_detail = nullptr;
    QTableWidget* m_fields = nullptr;
    QList<QComboBox*> m_choices;
    QPushButton* m_apply = nullptr;
    QPushButton* m_allThere = nullptr;
    QPushButton* m_allHere = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_sendAgain = nullptr;
};

} // namespace pb
