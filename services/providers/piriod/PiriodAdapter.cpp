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

    QString priceNoun() const override { return QCoreApplication::translate("ProductEditor", "Plan"); }

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
