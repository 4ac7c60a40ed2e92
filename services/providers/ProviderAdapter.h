#pragma once
// Everything true of one provider alone, behind one interface: its schema (field rules as
// data), where requests go and how they are built, how its answers and errors read, which of
// its operations are safe to repeat, its rate limit, a new product's defaults, the fields of a
// client account, what to do when an outcome is unknown, and its emulator for the sandbox.
// One subclass per provider, in services/providers/<provider>/, listed by the Registry.
//   const ProviderAdapter& a = adapterFor(entry.provider);
//   RequestPlan plan = RequestSerializer::build(product, target, options); // calls a.buildSteps()
//   if (a.repeatsCreatesSafely()) state.idempotencyKey = SubmissionState::newIdempotencyKey();

#include "RequestReader.h"
#include "RequestSerializer.h"
#include "ResponseParser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace pb {

class ProviderEmulator;

// One setting of a client account (a connected account id, a workspace, ...). The accounts
// dialog, the CLI options of `preview`, `submit` and `accounts add`, the catalog and the
// checks before saving all read these declarations.
struct AccountField {
    QString key = {};                        // settings key and CLI option name: "workspace" -> --workspace
    const char* label = nullptr;        // QT_TRANSLATE_NOOP("AccountField", "Workspace")
    const char* help = nullptr;         // one line for --help
    const char* placeholder = nullptr;  // shown in the empty field
    bool flag = false;                  // yes/no: stored as "true" or absent
    bool required = false;
    const char* requiredMessage = nullptr; // QT_TRANSLATE_NOOP("AccountField", "... needs the workspace id.")
    QString pathPlaceholder = {};            // an endpoint placeholder the value fills ("{accountId}")
    QString legacyColumn = {};               // the accounts column it was kept in before catalog format 6
    QString sandboxValue = {};               // what the local sandbox account uses
    QString translatedLabel() const { return QCoreApplication::translate("AccountField", label); }
};

// One operation of a change plan, in the words the plan shows ("create price US$24.00/month on
// prod_…"), with what it acts on.
struct PlannedChange {
    QString operation; // "update_product", "create_price", "set_default_price", "update_price", "archive_price"
    QString target;    // the remote id acted on ("prod_…", "price_…"); empty for an object not made yet
    QString words;
    int priceIndex = -1; // the local product's price it makes or changes (create_price, update_price, a new default)
    bool operator==(const PlannedChange&) const = default;
};

struct ChangeSet {
    QList<PlannedChange> changes;
    QStringList refusals; // what the provider does not let change, one sentence each: nothing is sent
};

struct ListQuery {
    int pageSize = 100;
    int page = 1;           // for providers that page by number (from 1)
    QString startingAfter;  // for providers that page by cursor
};

class ProviderAdapter
{
public:
    virtual ~ProviderAdapter() = default;

    virtual const ProviderSchema& schema() const = 0;
    Provider id() const { return schema().provider; }
    QString displayName() const { return schema().displayName; }

    // ---- accounts ----
    virtual QList<AccountField> accountFields() const { return {}; }
    // What keeps an account from working, one sentence each (required fields, a base URL
    // where the provider has no production URL). Empty: the account can be saved.
    virtual QStringList accountProblems(const AccountTarget& target) const;
    // The settings an account lacks, each as its key (an account field's key, or "base-url") and
    // the sentence accountProblems() gives for it: for the CLI to name the option.
    QList<QPair<QString, QString>> missingSettings(const AccountTarget& target) const;

    // ---- requests ----
    virtual QList<HttpHeader> headers(const AccountTarget& target, const QString& idempotencyKey) const = 0;
    // The requests of one create or update, in order. The product was validated by the caller.
    // Default: one request of the product's fields (createProduct, or updateProduct with the id).
    virtual QList<ProviderRequest> buildSteps(const Product& product, const AccountTarget& target,
                                              const SerializeOptions& options) const;
    // The bodies of a create as the provider receives them (each parsed as encoding()),
    // read back into r.product, with what could not be read in r.errors.
    // Default: the product's fields from the first body, then one price from each further body.
    virtual void readCreate(const QList<WireValue>& bodies, ReadBack& r) const;
    virtual BodyEncoding encoding() const { return BodyEncoding::Json; }

    // ---- answers ----
    virtual ResponseKind responseKind(const ProviderRequest& request) const;
    // Default: {"id", "name", "status", "created", "updated"} with ISO dates.
    virtual RemoteObject readObject(ResponseKind kind, const WireValue& root) const;
    // Fills `error` from an error body (a JSON object); sets malformed when the body is not in
    // the provider's error format. Default: a field-keyed map of messages
    // (ResponseParser::readFieldMapError).
    virtual void readError(const WireValue* root, int priceIndex, ProviderError& error) const;
    // The member of a list answer that holds the objects.
    virtual QString listMember() const { return QStringLiteral("data"); }
    virtual QList<QPair<QString, QString>> listQuery(const ListQuery& query) const;
    // ---- reading what exists (pull, check on provider) ----
    // Whether a list answer (its JSON root) says a further page follows. Default: never.
    virtual bool listHasMore(const QJsonObject& root) const;
    // The query of the page after `current`, whose last object was `lastId`. Default: page + 1.
    virtual ListQuery nextPage(const ListQuery& current, const QString& lastId) const;
    // Why this provider's products cannot be listed, in one sentence for the window and the CLI;
    // empty when they can (schema().listProducts).
    virtual QString pullUnavailableReason() const;
    // A remote product as the provider answers it, with its prices or plans as their own
    // objects: the catalog product, each price with its remote id, default and archived marks.
    // A shape Pricebook cannot edit is kept as far as it reads, with readOnlyReason saying why.
    // Default: the schema's product and price fields read back by their wire paths.
    virtual Product adoptRemote(const QJsonObject& product, const QList<QJsonObject>& prices) const;
    // The catalog product id a remote product (as the provider answers it) was tagged with by
    // Pricebook's create, or empty: the provider keeps no such tag (SerializeOptions::catalogId).
    // Check on provider finds a create whose outcome is unknown by it.
    virtual QString catalogTag(const QJsonObject& remote) const;
    // ---- changing what exists ----
    // The ordered operations that bring the provider from `synced` (as last sent or pulled) to
    // `local`, the provider's way. Default: the product's updatable fields in one update; a
    // change to a field the provider does not let change, or to a price where the provider has
    // no price of its own, is refused with the reason.
    virtual ChangeSet planChanges(const Product& synced, const Product& local, const QString& remoteId) const;
    // The requests that carry out `changes` (as planChanges() made them from `synced` and
    // `local`), one per change and in its order, step i named "apply[i]"; a request may name the
    // object an earlier step made as "{apply[j].id}". Each keyed request's idempotency key is
    // derived from `idempotencyKey`. Empty when a change cannot be built (nothing is sent).
    // Default: update_product as the provider's update of a product; no other operation.
    virtual QList<ProviderRequest> buildChangeSteps(const Product& synced, const Product& local, const ChangeSet& changes,
                                                    const AccountTarget& target, const QString& remoteId,
                                                    const QString& idempotencyKey) const;
    static QString changeStep(int index) { return QStringLiteral("apply[%1]").arg(index); }
    // A price in a few words for plans: "US$24.00/month", "¥500 once".
    static QString describePrice(const Price& price);
    // Maps a wire path an error names to the schema field, in the product or in a price.
    virtual void mapErrorField(const QString& wirePath, int priceIndex, const QString& message, ProviderError& error) const;

    // ---- archiving ----
    // The requests that archive the remote product `remoteId` (restore: make it active again),
    // in order, the provider's way; `idempotencyKey` (one per request run) for providers that
    // honour one. Default: none (archiveUnavailableReason() says why).
    virtual QList<ProviderRequest> archiveSteps(const AccountTarget& target, const QString& remoteId, bool archive,
                                                const QString& idempotencyKey) const;
    // Why this provider's products cannot be archived or restored, in one sentence for the
    // window and the CLI; empty when they can.
    virtual QString archiveUnavailableReason() const;
    // The product's status value after an archive or a restore ("archived", "active").
    static QString archivedStatus(bool archive);

    // ---- keys and the provider's dashboard ----
    // Whether an account works on test or live data, from its key's form (never kept, never
    // shown) and its settings, as the provider documents it.
    enum class KeyMode { Unknown, Test, Live };
    virtual KeyMode keyMode(const QString& key, const AccountTarget& target) const;
    // The product's page on the provider's dashboard, for that mode; empty when the provider
    // documents none (dashboardUnavailableReason() says why).
    virtual QUrl dashboardUrl(const AccountTarget& target, const QString& remoteId, KeyMode mode) const;
    virtual QString dashboardUnavailableReason(KeyMode mode) const;

    // ---- delivery ----
    // Whether a create may be sent again without the risk of a second object: the provider
    // honours an idempotency key, which the caller mints once per logical submission and keeps
    // with the submission's state. Every front end and the delivery policy ask this one method.
    virtual bool repeatsCreatesSafely() const { return false; }
    // Requests per second Pricebook stays under for a live account by default.
    virtual double defaultRatePerSecond(const AccountTarget& target, const QString& accountName) const;
    // What a person should do when a create's outcome is unknown.
    virtual QString unknownOutcomeAdvice(const Product& product) const = 0;

    // ---- editing ----
    // The provider a new product or account starts with when nothing else chooses one.
    virtual bool isDefaultChoice() const { return false; }
    virtual void applyNewProductDefaults(Product& product) const;
    virtual void applyNewPriceDefaults(Price& price) const;
    // "Price", or the provider's own word for one ("Plan").
    virtual QString priceNoun() const;
    // The editor's words around prices, in the provider's own word for one.
    struct PriceWords {
        QString add;      // "Add price"
        QString addTip;   // "Add another price"
        QString remove;   // "Remove price"
        QString removeTip;
        QString numbered; // "Price %1 of %2"
        QString none;     // "No price yet. Add one to sell this product."
    };
    virtual PriceWords priceWords() const;

    // ---- sandbox ----
    virtual const ProviderEmulator* emulator() const { return nullptr; }

protected:
    // A QT_TRANSLATE_NOOP("ProviderService", ...) advice text with the product's name for %1.
    static QString advice(const char* text, const Product& product);
};

} // namespace pb
