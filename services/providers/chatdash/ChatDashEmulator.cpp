// The sandbox's ChatDash: stripe/connect/accounts/{acct}/products[/{id}].
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Emulator.h"

#include <QDateTime>
#include <QJsonDocument>

namespace pb {

namespace {

using namespace Emulation;

EmulatorReply error(int status, const QString& message)
{
    return EmulatorReply::json(status, { { QStringLiteral("error"), message } });
}

class ChatDashEmulator final : public ProviderEmulator
{
public:
    bool handles(const QString& path) const override { return path.startsWith(u"/stripe/connect/"); }

    EmulatorReply handle(const EmulatorRequest& r, EmulatorStore& store, bool* created) const override
    {
        if (r.header("authorization").isEmpty())
            return error(401, QStringLiteral("Unauthorized: the agency API key is missing."));
        const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() < 5 || parts.at(2) != u"accounts" || parts.at(4) != u"products")
            return error(404, QStringLiteral("Not found"));
        const QString account = parts.at(3);
        auto& products = store.objects(QStringLiteral("chatdash/") + account);
        if (parts.size() == 5 && r.method == "POST")
            return create(r, account, products, store, created);
        if (parts.size() == 6 && r.method == "PUT")
            return update(r, parts.at(5), products);
        return error(404, QStringLiteral("Not found"));
    }

private:
    EmulatorReply create(const EmulatorRequest& r, const QString& account, QHash<QString, QJsonObject>& products,
                         EmulatorStore& store, bool* created) const
    {
        const ReadBack read = RequestReader::readCreate(providers::ChatDash, { r.body });
        if (!read.ok())
            return error(500, read.errors.first());
        const ValidationResult v = Validator::validate(schemas::chatDash(), read.product);
        if (!v.isValid()) {
            const auto first = byWire(schemas::chatDash(), v.messages).first();
            return error(500, QStringLiteral("%1: %2").arg(first.first, first.second));
        }
        const Product& p = read.product;
        const Price& price = p.prices.first();
        const QString id = store.newId(QStringLiteral("prod_"));
        const QString model = price.billing == u"one_time" ? QStringLiteral("oneTime") : price.scheme == u"per_unit" ? QStringLiteral("usage") : QStringLiteral("base");
        QJsonObject o { { QStringLiteral("productId"), id }, { QStringLiteral("productName"), p.name },
                        { QStringLiteral("description"), orNull(p.description) }, { QStringLiteral("taxBehavior"), orNull(price.taxBehavior) },
                        { QStringLiteral("pricing"), QJsonObject { { QStringLiteral("amount"), QString::number(price.amount.value_or(0)) },
                                                                   { QStringLiteral("billingCycle"), model == u"oneTime" ? QJsonValue(QJsonValue::Null) : QJsonValue(price.interval) },
                                                                   { QStringLiteral("currency"), price.currency },
                                                                   { QStringLiteral("pricingModel"), model },
                                                                   { QStringLiteral("metrics"), orNull(price.usageMetric) },
                                                                   { QStringLiteral("usageLimit"), price.includedUsage ? QJsonValue(qint64(*price.includedUsage)) : QJsonValue(QJsonValue::Null) },
                                                                   { QStringLiteral("overage"), price.overageAmount ? QJsonValue(QString::number(*price.overageAmount)) : QJsonValue(QJsonValue::Null) } } },
                        { QStringLiteral("creationDate"), QDateTime::currentSecsSinceEpoch() },
                        { QStringLiteral("activeSubscriptionsCount"), 0 }, { QStringLiteral("status"), QStringLiteral("active") } };
        products.insert(id, o);
        *created = true;
        store.countCreated(providers::ChatDash, QStringLiteral("chatdash/%1/%2").arg(account, p.name));
        return EmulatorReply::json(200, o);
    }

    EmulatorReply update(const EmulatorRequest& r, const QString& id, QHash<QString, QJsonObject>& products) const
    {
        if (!products.contains(id))
            return error(500, QStringLiteral("No such product: %1").arg(id));
        const QJsonObject data = QJsonDocument::fromJson(r.body).object().value(u"data").toObject();
        for (auto it = data.begin(); it != data.end(); ++it)
            if (it.key() != u"name" && it.key() != u"description")
                return error(500, QStringLiteral("%1 cannot be updated").arg(it.key()));
        QJsonObject o = products.value(id);
        if (data.contains(u"name"))
            o.insert(QStringLiteral("productName"), data.value(u"name"));
        if (data.contains(u"description"))
            o.insert(QStringLiteral("description"), data.value(u"description"));
        products.insert(id, o);
        return EmulatorReply::json(200, { { QStringLiteral("product"), o } });
    }
};

} // namespace

const ProviderEmulator* chatDashEmulator()
{
    static const ChatDashEmulator e;
    return &e;
}

} // namespace pb
