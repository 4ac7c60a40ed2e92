// Piriod: a product, then one plan per price, in JSON; the workspace travels in a header;
// errors are field-keyed maps of message lists; lists page by number. No idempotency key.

#include "services/providers/BuiltInProviders.h"

namespace pb {

namespace {

using namespace ResponseParser;

class PiriodAdapter final : public ProviderAdapter
{
public:
    const ProviderSchema& schema() const override { return schemas::piriod(); }
    QString listMember() const override { return QStringLiteral("results"); }

    QList<AccountField> accountFields() const override
    {
        return { { .key = QStringLiteral("workspace"), .label = QT_TRANSLATE_NOOP("AccountField", "&Workspace"),
                   .help = QT_TRANSLATE_NOOP("AccountField", "Piriod: the workspace id."), .required = true,
                   .requiredMessage = QT_TRANSLATE_NOOP("AccountField", "Piriod needs the workspace id."),
                   .legacyColumn = QStringLiteral("workspace"), .sandboxValue = QStringLiteral("ws_sandbox") },
                 { .key = QStringLiteral("test-mode"), .label = QT_TRANSLATE_NOOP("AccountField", "Use &test-mode data"),
                   .help = QT_TRANSLATE_NOOP("AccountField", "Piriod: test-mode data."), .flag = true,
                   .legacyColumn = QStringLiteral("test_mode"), .sandboxValue = QStringLiteral("true") } };
    }

    QList<HttpHeader> headers(const AccountTarget& t, const QString&) const override
    {
        const QString workspace = t.setting(QStringLiteral("workspace"));
        QList<HttpHeader> h { { "Authorization", QStringLiteral("Token {secret}"), true },
                              { "x-simple-workspace", workspace.isEmpty() ? QStringLiteral("{workspaceId}") : workspace } };
        if (t.flag(QStringLiteral("test-mode")))
            h.append({ "x-piriod-test-mode", QStringLiteral("true") });
        return h;
    }

    QList<ProviderRequest> buildSteps(const Product& product, const AccountTarget& target,
                                          const SerializeOptions& options) const override
    {
        using RequestSerializer::request;
        const ProviderSchema& s = schema();
        QList<ProviderRequest> steps;
        if (options.operation == Operation::Update) {
            // A plan id names one plan: the product's first price.
            if (!product.prices.isEmpty()) {
                ProviderRequest r = request(QStringLiteral("plan[0]"), s.updatePrice, target, options.remoteId, {}, BodyEncoding::Json,
                                            RequestSerializer::priceFields(s, product, 0, options.operation));
                r.priceIndex = 0;
                steps.append(r);
            }
            return steps;
        }
        steps.append(request(QStringLiteral("product"), s.createProduct, target, {}, {}, BodyEncoding::Json,
                             RequestSerializer::productFields(s, product, options.operation)));
        for (int i = 0; i < product.prices.size(); ++i) {
            WireValue body = WireValue::object();
            body.insert(QStringLiteral("product"), WireValue::string(QStringLiteral("{product.id}")));
            const Price* price = &product.prices.at(i);
            RequestSerializer::fill(body, s.priceFields, FieldView(s, product, price), price, options.operation);
            ProviderRequest r = request(QStringLiteral("plan[%1]").arg(i), s.createPrice, target, {}, {}, BodyEncoding::Json, body);
            r.priceIndex = i;
            steps.append(r);
        }
        return steps;
    }

    bool listHasMore(const QJsonObject& root) const override
    {
        return root.contains(u"next") && !root.value(u"next").isNull() && !root.value(u"next").toString().isEmpty();
    }

    QList<QPair<QString, QString>> listQuery(const ListQuery& q) const override
    {
        return { { QStringLiteral("page"), QString::number(qMax(1, q.page)) },
                 { QStringLiteral("page_size"), QString::number(qBound(1, q.pageSize, 100)) } };
    }

    // A new plan is billed per seat until the person says otherwise.
    void applyNewPriceDefaults(Price& price) const override { price.usageType = QStringLiteral("licensed"); }

    // PATCH /plans/{id}/ changes a plan's name, description, sku and unit label; anything else
    // (amount, currency, frequency, usage, tiers) is a new plan, the old one archived by its
    // status (the Plan schema's active/archived).
    ChangeSet planChanges(const Product& synced, const Product& local, const QString& remoteId) const override
    {
        Product syncedProduct = synced, localProduct = local;
        syncedProduct.prices.clear();
        localProduct.prices.clear();
        ChangeSet out = ProviderAdapter::planChanges(syncedProduct, localProduct, remoteId);
        // Without its prices the only refusal is that of the product's own fields, which the
        // document gives no update for (only the status, as archiving does): what is left to do.
        if (!out.refusals.isEmpty())
            out.refusals.last() += u' ' + QCoreApplication::translate("pb::PiriodAdapter",
                "Make the same change on Piriod's dashboard, then settle it with Check on provider; or undo it here. "
                "Until then it stays only in Pricebook, and the product's plan changes wait with it.");
        // lupdate files these tr() calls under the class's own context: looked up there.
        auto tr = [](const char* text) { return QCoreApplication::translate("pb::PiriodAdapter", text); };
        auto fixedPart = [](Price p) {
            p.planName.clear();
            p.planDescription.clear();
            p.sku.clear();
            p.planUnitLabel.clear();
            p.remoteId.clear();
            p.isDefault = false;
            p.archived = false;
            return p;
        };
        QHash<QString, const Price*> before;
        for (const Price& p : synced.prices)
            if (!p.remoteId.isEmpty())
                before.insert(p.remoteId, &p);
        QSet<QString> kept;
        for (qsizetype i = 0; i < local.prices.size(); ++i) {
            const Price& p = local.prices.at(i);
            kept.insert(p.remoteId);
            const Price* was = before.value(p.remoteId);
            if (was && p.archived != was->archived) {
                out.changes.append({ p.archived ? QStringLiteral("archive_price") : QStringLiteral("update_price"), p.remoteId,
                                     p.archived ? tr("archive plan %1 (%2)").arg(p.remoteId, describePrice(*was))
                                                : tr("update plan %1 (active again)").arg(p.remoteId), int(i) });
                continue;
            }
            if (p.archived)
                continue;
            if (was && fixedPart(*was) == fixedPart(p)) {
                QStringList fields;
                if (was->planName != p.planName)
                    fields << tr("name");
                if (was->planDescription != p.planDescription)
                    fields << tr("description");
                if (was->sku != p.sku)
                    fields << tr("sku");
                if (was->planUnitLabel != p.planUnitLabel)
                    fields << tr("unit label");
                if (!fields.isEmpty())
                    out.changes.append({ QStringLiteral("update_price"), p.remoteId,
                                         tr("update plan %1 (%2)").arg(p.remoteId, fields.join(QStringLiteral(", "))), int(i) });
                continue;
            }
            out.changes.append({ QStringLiteral("create_price"), QString(),
                                 tr("create plan “%1” %2 on %3").arg(p.planName, describePrice(p), remoteId), int(i) });
            if (was)
                out.changes.append({ QStringLiteral("archive_price"), was->remoteId,
                                     tr("archive plan %1 (%2)").arg(was->remoteId, describePrice(*was)) });
        }
        for (const Price& p : synced.prices)
            if (!p.remoteId.isEmpty() && !p.archived && !kept.contains(p.remoteId))
                out.changes.append({ QStringLiteral("archive_price"), p.remoteId, tr("archive plan %1 (%2)").arg(p.remoteId, describePrice(p)) });
        return out;
    }

    // The Product schema's status (active/archived), changed by PATCH /products/{id}/ with
    // that one member: the document shows the status on the product but names no update
    // endpoint, so this is the plan PATCH's form applied to the product.
    QList<ProviderRequest> archiveSteps(const AccountTarget& target, const QString& remoteId, bool archive,
                                        const QString&) const override
    {
        WireValue body = WireValue::object();
        body.insert(QStringLiteral("status"), WireValue::string(archivedStatus(archive)));
        static const Endpoint patchProduct { QStringLiteral("PATCH"), QStringLiteral("/products/{productId}/") };
        return { RequestSerializer::request(archive ? QStringLiteral("archive") : QStringLiteral("restore"), patchProduct, target,
                                            remoteId, {}, BodyEncoding::Json, body) };
    }
    QString archiveUnavailableReason() const override { return {}; }

    // Test-mode data is the account's x-piriod-test-mode setting; without it the workspace's
    // live data is what changes.
    KeyMode keyMode(const QString&, const AccountTarget& target) const override
    {
        return target.flag(QStringLiteral("test-mode")) ? KeyMode::Test : KeyMode::Live;
    }

    // A change plan's steps: a plan's documented fields by PATCH /plans/{id}/, a new plan by
    // POST /plans/ on the product, an archived one by its status.
    QList<ProviderRequest> buildChangeSteps(const Product& synced, const Product& local, const ChangeSet& changes,
                                            const AccountTarget& target, const QString& remoteId, const QString&) const override
    {
        using RequestSerializer::request;
        const ProviderSchema& s = schema();
        QList<ProviderRequest> out;
        for (int i = 0; i < changes.changes.size(); ++i) {
            const PlannedChange& c = changes.changes.at(i);
            const QString step = changeStep(i);
            const Price* price = c.priceIndex >= 0 && c.priceIndex < local.prices.size() ? &local.prices.at(c.priceIndex) : nullptr;
            ProviderRequest r;
            if (c.operation == u"create_price" && price) {
                WireValue body = WireValue::object();
                body.insert(QStringLiteral("product"), WireValue::string(remoteId));
                RequestSerializer::fill(body, s.priceFields, FieldView(s, local, price), price, Operation::Create);
                r = request(step, s.createPrice, target, {}, {}, BodyEncoding::Json, body);
                r.priceIndex = c.priceIndex;
            } else if (c.operation == u"update_price" && price && !c.target.isEmpty()) {
                WireValue body = RequestSerializer::priceFields(s, local, c.priceIndex, Operation::Update);
                bool wasArchived = false;
                for (const Price& p : synced.prices)
                    wasArchived = wasArchived || (p.remoteId == c.target && p.archived);
                if (wasArchived && !price->archived)
                    body.insert(QStringLiteral("status"), WireValue::string(QStringLiteral("active")));
                r = request(step, s.updatePrice, target, c.target, {}, BodyEncoding::Json, body);
            } else if (c.operation == u"archive_price" && !c.target.isEmpty()) {
                WireValue body = WireValue::object();
                body.insert(QStringLiteral("status"), WireValue::string(QStringLiteral("archived")));
                r = request(step, s.updatePrice, target, c.target, {}, BodyEncoding::Json, body);
            } else {
                return {};
            }
            r.createsObject = c.operation == u"create_price";
            out.append(r);
        }
        return out;
    }

    QString priceNoun() const override { return QCoreApplication::translate("ProductEditor", "Plan"); }
    PriceWords priceWords() const override
    {
        return { QCoreApplication::translate("ProductEditor", "Add plan"),
                 QCoreApplication::translate("ProductEditor", "Add another plan"),
                 QCoreApplication::translate("ProductEditor", "Remove plan"),
                 QCoreApplication::translate("ProductEditor", "Remove the plan shown"),
                 QCoreApplication::translate("ProductEditor", "Plan %1 of %2"),
                 QCoreApplication::translate("ProductEditor", "No plan yet. Add one to sell this product.") };
    }

    QString unknownOutcomeAdvice(const Product& product) const override
    {
        return advice(QT_TRANSLATE_NOOP("ProviderService", "Piriod has no safe way to send a create twice. List the workspace's products (and their plans) "
                                          "and look for “%1” before sending again."),
                      product);
    }

    const ProviderEmulator* emulator() const override { return piriodEmulator(); }
};

} // namespace

std::unique_ptr<ProviderAdapter> makePiriodAdapter() { return std::make_unique<PiriodAdapter>(); }

} // namespace pb
