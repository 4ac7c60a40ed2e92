#include "TestPayAdapter.h"

#include "services/providers/Emulator.h"
#include "services/providers/Registry.h"
#include "services/providers/Schemas.h"

#include <QJsonDocument>

namespace pbtest {

using namespace pb;

const Provider& testPay()
{
    static const Provider id { QStringLiteral("testpay") };
    return id;
}

const ProviderSchema& TestPayAdapter::schema() const
{
    static const ProviderSchema s = [] {
        ProviderSchema s;
        s.provider = testPay();
        s.displayName = QStringLiteral("TestPay");
        s.minPrices = 1;
        s.maxPrices = 1;
        s.defaultBaseUrl = QStringLiteral("https://api.testpay.example");
        s.createProduct = { QStringLiteral("POST"), QStringLiteral("/testpay/items") };
        s.productFields = { schemas::nameField(40), schemas::descriptionField() };
        s.priceFields = {
            { .key = QStringLiteral("currency"), .label = QT_TRANSLATE_NOOP("Schema", "Currency"), .type = FieldType::Currency,
              .path = QStringLiteral("price.currency"), .wire = QStringLiteral("currency"), .required = true },
            { .key = QStringLiteral("cents"), .label = QT_TRANSLATE_NOOP("Schema", "Price"), .type = FieldType::Money,
              .path = QStringLiteral("price.amount"), .wire = QStringLiteral("cents"), .required = true,
              .limits = { .min = 100, .max = 99999 } },
            { .key = QStringLiteral("every"), .label = QT_TRANSLATE_NOOP("Schema", "Billing period"), .type = FieldType::Choice,
              .path = QStringLiteral("price.interval"), .wire = QStringLiteral("every"), .options = schemas::intervalOptions() },
        };
        return s;
    }();
    return s;
}

QList<AccountField> TestPayAdapter::accountFields() const
{
    return { { .key = QStringLiteral("merchant"), .label = "&Merchant", .help = "TestPay: the merchant id.", .required = true,
               .requiredMessage = "TestPay needs the merchant id.", .sandboxValue = QStringLiteral("m_sandbox") } };
}

QList<HttpHeader> TestPayAdapter::headers(const AccountTarget& target, const QString&) const
{
    return { { "X-TestPay-Key", QStringLiteral("{secret}"), true }, { "X-TestPay-Merchant", target.setting(QStringLiteral("merchant")) } };
}

QList<ProviderRequest> TestPayAdapter::buildSteps(const Product& product, const AccountTarget& target, const SerializeOptions& options) const
{
    WireValue item = RequestSerializer::productFields(schema(), product, options.operation);
    const Price* price = &product.prices.first();
    RequestSerializer::fill(item, schema().priceFields, FieldView(schema(), product, price), price, options.operation);
    WireValue body = WireValue::object();
    body.insert(QStringLiteral("item"), item);
    return { RequestSerializer::request(QStringLiteral("product"), schema().createProduct, target, {}, {}, BodyEncoding::Json, body) };
}

void TestPayAdapter::readCreate(const QList<WireValue>& bodies, ReadBack& r) const
{
    const WireValue* item = bodies.first().get(QStringLiteral("item"));
    if (!item) {
        r.errors << QStringLiteral("item: missing");
        return;
    }
    RequestReader::readFields(schema().productFields, schema(), *item, r.product, nullptr, r.errors);
    r.product.prices.append(Price {});
    RequestReader::readFields(schema().priceFields, schema(), *item, r.product, &r.product.prices.last(), r.errors);
}

RemoteObject TestPayAdapter::readObject(ResponseKind, const WireValue& root) const
{
    RemoteObject o;
    o.id = ResponseParser::textOf(root.get(QStringLiteral("item_id")));
    o.name = ResponseParser::textOf(root.get(QStringLiteral("name")));
    return o;
}

void TestPayAdapter::readError(const WireValue* root, int, ProviderError& error) const
{
    // {"problems": {"cents": ["..."]}}: every message belongs to the one price or the product.
    const WireValue* problems = root->get(QStringLiteral("problems"));
    if (!problems || !problems->isObject()) {
        error.malformed = true;
        return;
    }
    ResponseParser::readFieldMapError(*this, *problems, 0, error);
    if (error.fieldErrors.isEmpty())
        ResponseParser::readFieldMapError(*this, *problems, -1, error);
}

QString TestPayAdapter::unknownOutcomeAdvice(const Product& product) const
{
    return QStringLiteral("Look for “%1” among the merchant's TestPay items before sending again.").arg(product.name);
}

namespace {

class TestPayEmulator final : public ProviderEmulator
{
public:
    bool handles(const QString& path) const override { return path.startsWith(u"/testpay/"); }
    EmulatorReply handle(const EmulatorRequest& r, EmulatorStore& store, bool* created) const override
    {
        if (r.header("x-testpay-key").isEmpty())
            return EmulatorReply::json(401, { { QStringLiteral("problems"), QJsonObject { { QStringLiteral("key"), QStringLiteral("missing") } } } });
        if (r.path != u"/testpay/items" || r.method != "POST")
            return EmulatorReply::json(404, { { QStringLiteral("problems"), QJsonObject { { QStringLiteral("path"), QStringLiteral("unknown") } } } });
        const ReadBack read = RequestReader::readCreate(testPay(), { r.body });
        const ValidationResult v = Validator::validate(schemaOf(testPay()), read.product);
        if (!read.ok() || !v.isValid())
            return EmulatorReply::json(422, { { QStringLiteral("problems"), Emulation::fieldMap(Emulation::byWire(schemaOf(testPay()), v.messages)) } });
        const QString id = store.newId(QStringLiteral("tp_"));
        QJsonObject item = QJsonDocument::fromJson(r.body).object().value(u"item").toObject();
        item.insert(QStringLiteral("item_id"), id);
        store.objects(QStringLiteral("testpay")).insert(id, item);
        *created = true;
        store.countCreated(testPay(), QStringLiteral("testpay/") + QString::fromUtf8(r.header("x-testpay-merchant")) + u'/' + read.product.name);
        return EmulatorReply::json(201, item);
    }
};

} // namespace

const ProviderEmulator* TestPayAdapter::emulator() const
{
    static const TestPayEmulator e;
    return &e;
}

// The one line that makes TestPay known to Pricebook.
static const ProviderRegistration registration(std::make_unique<TestPayAdapter>());

} // namespace pbtest
