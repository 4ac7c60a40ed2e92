#include "ProviderAdapter.h"

#include "ResponseParser.h"

#include "models/Money.h"
#include "models/PricingSummary.h"
#include "models/ProductFields.h"

#include <QJsonDocument>
#include <QLocale>

namespace pb {

QStringList ProviderAdapter::accountProblems(const AccountTarget& target) const
{
    QStringList problems;
    for (const auto& [key, message] : missingSettings(target))
        problems << message;
    return problems;
}

QList<QPair<QString, QString>> ProviderAdapter::missingSettings(const AccountTarget& target) const
{
    QList<QPair<QString, QString>> missing;
    for (const AccountField& f : accountFields())
        if (f.required && target.setting(f.key).trimmed().isEmpty())
            missing.append({ f.key, QCoreApplication::translate("AccountField", f.requiredMessage) });
    if (schema().defaultBaseUrl.isEmpty() && target.baseUrl.trimmed().isEmpty())
        missing.append({ QStringLiteral("base-url"), QCoreApplication::translate("AccountField", "%1 needs the account's base URL.").arg(displayName()) });
    return missing;
}

QList<ProviderRequest> ProviderAdapter::buildSteps(const Product& product, const AccountTarget& target,
                                                   const SerializeOptions& options) const
{
    const ProviderSchema& s = schema();
    const bool update = options.operation == Operation::Update;
    return { RequestSerializer::request(update ? QStringLiteral("update") : QStringLiteral("product"),
                                        update ? s.updateProduct : s.createProduct, target, update ? options.remoteId : QString(),
                                        {}, encoding(), RequestSerializer::productFields(s, product, options.operation)) };
}

void ProviderAdapter::readCreate(const QList<WireValue>& bodies, ReadBack& r) const
{
    const ProviderSchema& s = schema();
    RequestReader::readFields(s.productFields, s, bodies.first(), r.product, nullptr, r.errors);
    for (qsizetype i = 1; i < bodies.size(); ++i) {
        r.product.prices.append(Price {});
        RequestReader::readFields(s.priceFields, s, bodies.at(i), r.product, &r.product.prices.last(), r.errors);
    }
}

bool ProviderAdapter::listHasMore(const QJsonObject&) const { return false; }

ListQuery ProviderAdapter::nextPage(const ListQuery& current, const QString&) const
{
    ListQuery next = current;
    ++next.page;
    return next;
}

QList<ProviderRequest> ProviderAdapter::archiveSteps(const AccountTarget&, const QString&, bool, const QString&) const
{
    return {};
}

QString ProviderAdapter::archiveUnavailableReason() const
{
    return QCoreApplication::translate("ProviderService", "%1 documents no way to archive or restore a product.").arg(displayName());
}

QString ProviderAdapter::archivedStatus(bool archive)
{
    return archive ? QStringLiteral("archived") : QStringLiteral("active");
}

ProviderAdapter::KeyMode ProviderAdapter::keyMode(const QString&, const AccountTarget&) const { return KeyMode::Unknown; }

QUrl ProviderAdapter::dashboardUrl(const AccountTarget&, const QString&, KeyMode) const { return {}; }

QString ProviderAdapter::dashboardUnavailableReason(KeyMode) const
{
    return QCoreApplication::translate("ProviderService", "%1 documents no dashboard address for a product.").arg(displayName());
}

QString ProviderAdapter::pullUnavailableReason() const
{
    if (schema().listProducts.isValid())
        return {};
    if (schema().getProduct.isValid())
        return QCoreApplication::translate("ProviderService", "%1 documents no product list: link existing products by their ids.")
            .arg(displayName());
    return QCoreApplication::translate("ProviderService", "%1 documents no way to read products, so Pricebook cannot pull them.")
        .arg(displayName());
}

namespace {

// Nulls say "not set" in answers; the reader takes a member's absence for that.
WireValue withoutNulls(const QJsonObject& o)
{
    QJsonObject clean;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.value().isNull())
            clean.insert(it.key(), it.value());
    return WireValue::fromJson(QJsonDocument(clean).toJson(QJsonDocument::Compact)).value_or(WireValue::object());
}

} // namespace

Product ProviderAdapter::adoptRemote(const QJsonObject& remote, const QList<QJsonObject>& prices) const
{
    const ProviderSchema& s = schema();
    Product product;
    QStringList errors;
    RequestReader::readFields(s.productFields, s, withoutNulls(remote), product, nullptr, errors);
    for (const QJsonObject& p : prices) {
        product.prices.append(Price {});
        Price& price = product.prices.last();
        RequestReader::readFields(s.priceFields, s, withoutNulls(p), product, &price, errors);
        price.remoteId = p.value(u"id").toString();
        price.archived = p.value(u"status").toString() == u"archived";
    }
    // What reads but breaks the provider's rules as Pricebook knows them (a value it has no
    // option for) could not be sent back as it is: the product is kept read-only too.
    if (errors.isEmpty())
        for (const FieldMessage& m : Validator::validate(s, product).messages)
            if (!m.warning)
                errors << QStringLiteral("%1: %2").arg(m.location(), m.message);
    if (!errors.isEmpty())
        product.readOnlyReason = errors.join(u' ');
    return product;
}

QString ProviderAdapter::catalogTag(const QJsonObject&) const { return {}; }

// In the language and formats of the window (US English where none was chosen, as in the CLI).
QString ProviderAdapter::describePrice(const Price& p)
{
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale();
    if (p.scheme == u"flat" || p.scheme == u"per_unit" || p.scheme.isEmpty()) {
        QString amount = p.amount ? Money::format(*p.amount, p.currency, locale) : PricingSummary::describe(p, {}, locale);
        if (p.billing != u"recurring")
            return amount + QCoreApplication::translate("ProviderService", " once");
        const qint64 every = p.intervalCount.value_or(1);
        if (every == 1) {
            if (p.interval == u"day")
                return QCoreApplication::translate("ProviderService", "%1/day").arg(amount);
            if (p.interval == u"week")
                return QCoreApplication::translate("ProviderService", "%1/week").arg(amount);
            if (p.interval == u"month")
                return QCoreApplication::translate("ProviderService", "%1/month").arg(amount);
            if (p.interval == u"year")
                return QCoreApplication::translate("ProviderService", "%1/year").arg(amount);
            return QStringLiteral("%1/%2").arg(amount, p.interval);
        }
        if (p.interval == u"day")
            return QCoreApplication::translate("ProviderService", "%1/%2 days").arg(amount).arg(every);
        if (p.interval == u"week")
            return QCoreApplication::translate("ProviderService", "%1/%2 weeks").arg(amount).arg(every);
        if (p.interval == u"month")
            return QCoreApplication::translate("ProviderService", "%1/%2 months").arg(amount).arg(every);
        if (p.interval == u"year")
            return QCoreApplication::translate("ProviderService", "%1/%2 years").arg(amount).arg(every);
        return QStringLiteral("%1/%2 %3s").arg(amount).arg(every).arg(p.interval);
    }
    return PricingSummary::describe(p, {}, locale);
}

ChangeSet ProviderAdapter::planChanges(const Product& synced, const Product& local, const QString& remoteId) const
{
    const ProviderSchema& s = schema();
    ChangeSet out;
    QStringList changed, fixed;
    for (const FieldSpec& f : s.productFields) {
        if (f.path.isEmpty() || ProductFields::read(synced, nullptr, f.path) == ProductFields::read(local, nullptr, f.path))
            continue;
        (f.updatable ? changed : fixed) << f.translatedLabel().toLower();
    }
    if (!s.updateProduct.isValid() && !(changed.isEmpty() && fixed.isEmpty()))
        out.refusals << QCoreApplication::translate("ProviderService", "%1 documents no way to update a product, so what changed here (%2) cannot be sent.")
                            .arg(displayName(), (changed + fixed).join(QStringLiteral(", ")));
    else if (!fixed.isEmpty())
        out.refusals << QCoreApplication::translate("ProviderService", "%1 does not let these change once the product exists: %2.")
                            .arg(displayName(), fixed.join(QStringLiteral(", ")));
    else if (!changed.isEmpty())
        out.changes.append({ QStringLiteral("update_product"), remoteId,
                             QCoreApplication::translate("ProviderService", "update product %1 (%2)").arg(remoteId, changed.join(QStringLiteral(", "))) });
    auto bare = [](QList<Price> prices) {
        for (Price& p : prices) {
            p.remoteId.clear();
            p.isDefault = false;
        }
        return prices;
    };
    if (s.maxPrices != 0 && bare(synced.prices) != bare(local.prices))
        out.refusals << QCoreApplication::translate("ProviderService", "%1 does not let the %2 change once the product exists.")
                            .arg(displayName(), priceNoun().toLower());
    return out;
}

QList<ProviderRequest> ProviderAdapter::buildChangeSteps(const Product&, const Product& local, const ChangeSet& changes,
                                                        const AccountTarget& target, const QString& remoteId,
                                                        const QString& idempotencyKey) const
{
    QList<ProviderRequest> out;
    for (int i = 0; i < changes.changes.size(); ++i) {
        if (changes.changes.at(i).operation != u"update_product")
            return {};
        const QString step = changeStep(i);
        const QList<ProviderRequest> update = buildSteps(local, target, { Operation::Update, remoteId,
                                                                          RequestSerializer::derivedKey(idempotencyKey, step), false, {} });
        if (update.size() != 1)
            return {};
        ProviderRequest r = update.first();
        r.step = step;
        r.createsObject = false;
        out.append(r);
    }
    return out;
}

RemoteObject ProviderAdapter::readObject(ResponseKind, const WireValue& root) const
{
    return ResponseParser::plainObject(root, QStringLiteral("created"), QStringLiteral("updated"));
}

void ProviderAdapter::readError(const WireValue* root, int priceIndex, ProviderError& error) const
{
    ResponseParser::readFieldMapError(*this, *root, priceIndex, error);
}

ResponseKind ProviderAdapter::responseKind(const ProviderRequest& r) const
{
    if (r.step == u"update")
        return ResponseKind::ProductUpdate;
    if (r.step == u"price")
        return ResponseKind::Price;
    if (r.step.startsWith(u"plan["))
        return ResponseKind::Plan;
    return ResponseKind::Product;
}

QList<QPair<QString, QString>> ProviderAdapter::listQuery(const ListQuery&) const { return {}; }

void ProviderAdapter::mapErrorField(const QString& wirePath, int priceIndex, const QString& message, ProviderError& error) const
{
    const bool priceScope = priceIndex >= 0;
    const ProviderSchema& s = schema();
    if (const FieldSpec* f = ResponseParser::fieldForWire(priceScope ? s.priceFields : s.productFields, wirePath))
        error.fieldErrors.append({ f->key, priceScope ? priceIndex : -1, ResponseParser::bounded(message), false });
}

double ProviderAdapter::defaultRatePerSecond(const AccountTarget&, const QString&) const { return 10; }

void ProviderAdapter::applyNewProductDefaults(Product& product) const { product.status = QStringLiteral("active"); }

void ProviderAdapter::applyNewPriceDefaults(Price&) const {}

QString ProviderAdapter::advice(const char* text, const Product& product)
{
    return QCoreApplication::translate("ProviderService", text).arg(product.name);
}

QString ProviderAdapter::priceNoun() const { return QCoreApplication::translate("ProductEditor", "Price"); }

ProviderAdapter::PriceWords ProviderAdapter::priceWords() const
{
    return { QCoreApplication::translate("ProductEditor", "Add price"),
             QCoreApplication::translate("ProductEditor", "Add another price"),
             QCoreApplication::translate("ProductEditor", "Remove price"),
             QCoreApplication::translate("ProductEditor", "Remove the price shown"),
             QCoreApplication::translate("ProductEditor", "Price %1 of %2"),
             QCoreApplication::translate("ProductEditor", "No price yet. Add one to sell this product.") };
}

} // namespace pb
