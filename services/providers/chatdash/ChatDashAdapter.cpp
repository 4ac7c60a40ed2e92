// ChatDash: Stripe Connect products through an agency key. One JSON request carries the product
// and its one price in {"data": ...}; errors are prose; no idempotency key, so a create whose
// outcome is unknown is never sent again blindly.

#include "services/providers/BuiltInProviders.h"

#include <QRegularExpression>

namespace pb {

namespace {

using namespace ResponseParser;

class ChatDashAdapter final : public ProviderAdapter
{
public:
    const ProviderSchema& schema() const override { return schemas::chatDash(); }

    QList<AccountField> accountFields() const override
    {
        return { { .key = QStringLiteral("account-id"), .label = QT_TRANSLATE_NOOP("AccountField", "&Connected account"),
                   .help = QT_TRANSLATE_NOOP("AccountField", "ChatDash: the client's connected account (acct_...)."),
                   .placeholder = QT_TRANSLATE_NOOP("AccountField", "acct_…"), .required = true,
                   .requiredMessage = QT_TRANSLATE_NOOP("AccountField", "ChatDash needs the client's connected account (acct_…)."),
                   .pathPlaceholder = QStringLiteral("{accountId}"), .legacyColumn = QStringLiteral("remote_account"),
                   .sandboxValue = QStringLiteral("acct_sandbox") } };
    }

    QList<HttpHeader> headers(const AccountTarget&, const QString&) const override
    {
        return { { "Authorization", QStringLiteral("{secret}"), true } };
    }

    QList<ProviderRequest> buildSteps(const Product& product, const AccountTarget& target,
                                          const SerializeOptions& options) const override
    {
        const ProviderSchema& s = schema();
        const bool update = options.operation == Operation::Update;
        WireValue data = RequestSerializer::productFields(s, product, options.operation);
        if (!update && !product.prices.isEmpty()) {
            const Price* price = &product.prices.first();
            RequestSerializer::fill(data, s.priceFields, FieldView(s, product, price), price, options.operation);
        }
        WireValue body = WireValue::object();
        body.insert(QStringLiteral("data"), data);
        return { RequestSerializer::request(update ? QStringLiteral("update") : QStringLiteral("product"),
                                            update ? s.updateProduct : s.createProduct, target,
                                            update ? options.remoteId : QString(), {}, BodyEncoding::Json, body) };
    }

    void readCreate(const QList<WireValue>& bodies, ReadBack& r) const override
    {
        const ProviderSchema& s = schema();
        const WireValue* data = bodies.first().get(QStringLiteral("data"));
        if (!data || !data->isObject()) {
            r.errors << QStringLiteral("data: missing");
            return;
        }
        RequestReader::readFields(s.productFields, s, *data, r.product, nullptr, r.errors);
        r.product.prices.append(Price {});
        RequestReader::readFields(s.priceFields, s, *data, r.product, &r.product.prices.last(), r.errors);
    }

    ResponseKind responseKind(const ProviderRequest& request) const override
    {
        const ResponseKind kind = ProviderAdapter::responseKind(request);
        return kind == ResponseKind::Product && request.method == u"PUT" ? ResponseKind::ProductUpdate : kind;
    }

    RemoteObject readObject(ResponseKind kind, const WireValue& root) const override
    {
        RemoteObject o;
        const WireValue* node = &root;
        if (kind == ResponseKind::ProductUpdate && root.get(QStringLiteral("product")))
            node = root.get(QStringLiteral("product"));
        o.id = textOf(node->get(QStringLiteral("productId")));
        o.name = textOf(node->get(QStringLiteral("productName")));
        o.status = textOf(node->get(QStringLiteral("status")));
        o.created = fromUnix(node->get(QStringLiteral("creationDate")));
        return o;
    }

    void readError(const WireValue* root, int, ProviderError& e) const override
    {
        e.message = bounded(stringOf(root->get(QStringLiteral("error"))));
        if (e.message.isEmpty())
            e.message = bounded(stringOf(root->get(QStringLiteral("message"))));
        if (e.message.isEmpty()) {
            e.malformed = true;
            return;
        }
        // ChatDash answers in prose; a wire name quoted in it points at the field.
        const ProviderSchema& s = schema();
        for (const FieldSpec* f : s.allFields()) {
            if (f->wire.isEmpty())
                continue;
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(f->wire)));
            if (word.match(e.message).hasMatch()) {
                const bool isPrice = std::any_of(s.priceFields.begin(), s.priceFields.end(), [f](const FieldSpec& g) { return &g == f; });
                e.fieldErrors.append({ f->key, isPrice ? 0 : -1, e.message, false });
            }
        }
    }

    void mapErrorField(const QString& wirePath, int priceIndex, const QString& message, ProviderError& error) const override
    {
        const qsizetype before = error.fieldErrors.size();
        ProviderAdapter::mapErrorField(wirePath, priceIndex, message, error);
        // The product and its one price travel in one body.
        if (error.fieldErrors.size() == before && priceIndex < 0)
            ProviderAdapter::mapErrorField(wirePath, 0, message, error);
    }

    QString archiveUnavailableReason() const override
    {
        return QCoreApplication::translate("ProviderService",
                                           "ChatDash documents only a change of a product's name and description: it cannot be archived or restored from Pricebook.");
    }

    QString unknownOutcomeAdvice(const Product& product) const override
    {
        return advice(QT_TRANSLATE_NOOP("ProviderService", "ChatDash offers no safe way to send a create twice. Check the client's products in the ChatDash "
                                          "dashboard for “%1” before sending again."),
                      product);
    }

    const ProviderEmulator* emulator() const override { return chatDashEmulator(); }
};

} // namespace

std::unique_ptr<ProviderAdapter> makeChatDashAdapter() { return std::make_unique<ChatDashAdapter>(); }

} // namespace pb
