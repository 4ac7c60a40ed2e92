#include "ChangePlan.h"

#include "services/providers/Registry.h"

#include <QJsonArray>

namespace pb {

std::optional<ProductPlan> ChangePlan::forProduct(const CatalogEntry& entry, const SyncLink& link)
{
    const ProviderAdapter& adapter = adapterFor(entry.provider);
    ProductPlan p { entry.id, entry.product.name, link.remoteId, false, {} };
    if (!entry.product.readOnlyReason.isEmpty()) {
        if (link.syncedVersion == entry.version)
            return std::nullopt;
        p.changes.refusals << QCoreApplication::translate("ChangePlan", "Pulled read-only: %1").arg(entry.product.readOnlyReason);
    } else if (link.remoteId.isEmpty()) {
        p.create = true;
        const int prices = int(entry.product.prices.size());
        p.changes.changes.append({ QStringLiteral("create_product"), QString(),
                                   prices == 0 ? QCoreApplication::translate("ChangePlan", "create product “%1”").arg(entry.product.name)
                                               : QCoreApplication::translate("ChangePlan", "create product “%1” with %2 %3")
                                                     .arg(entry.product.name)
                                                     .arg(prices)
                                                     .arg(adapter.priceNoun().toLower() + (prices == 1 ? QString() : QStringLiteral("s"))) });
    } else if (link.syncedVersion == entry.version) {
        return std::nullopt;
    } else if (!link.syncedProduct) {
        p.changes.refusals << QCoreApplication::translate("ChangePlan", "The product as last synced is not known: check it on the provider first.");
    } else {
        p.changes = adapter.planChanges(*link.syncedProduct, entry.product, link.remoteId);
        if (p.changes.changes.isEmpty() && p.changes.refusals.isEmpty())
            return std::nullopt;
    }
    return p;
}

ChangePlan ChangePlan::compute(Catalog& catalog, const QStringList& productIds)
{
    ChangePlan plan;
    QHash<QString, qsizetype> accountIndex;
    for (const QString& id : productIds) {
        const std::optional<CatalogEntry> entry = catalog.product(id);
        if (!entry) {
            plan.problems << QCoreApplication::translate("ChangePlan", "No product %1 in the catalog.").arg(id);
            continue;
        }
        const std::optional<Account> account = entry->accountId.isEmpty() ? std::nullopt : catalog.account(entry->accountId);
        if (!account) {
            plan.problems << QCoreApplication::translate("ChangePlan", "“%1” has no client account: choose one before it can be sent.")
                                 .arg(entry->product.name);
            continue;
        }
        const std::optional<ProductPlan> p = forProduct(*entry, catalog.link(id, account->id));
        if (!p) {
            ++plan.unchanged;
            continue;
        }
        if (!accountIndex.contains(account->id)) {
            accountIndex.insert(account->id, plan.accounts.size());
            plan.accounts.append({ *account, {} });
        }
        plan.accounts[accountIndex.value(account->id)].products.append(*p);
    }
    return plan;
}

bool ProductPlan::sameAs(const ProductPlan& o) const
{
    if (productId != o.productId || remoteId != o.remoteId || changes.refusals != o.changes.refusals
        || changes.changes.size() != o.changes.changes.size())
        return false;
    for (qsizetype i = 0; i < changes.changes.size(); ++i) {
        const PlannedChange& a = changes.changes.at(i);
        const PlannedChange& b = o.changes.changes.at(i);
        if (a.operation != b.operation || a.target != b.target || a.words != b.words)
            return false;
    }
    return true;
}

QString ProductPlan::summary(const Provider& provider) const
{
    // Plans (a product's prices under another name) read differently from prices, in German too.
    const bool plans = adapterFor(provider).priceNoun() == QCoreApplication::translate("ProductEditor", "Plan");
    QStringList out;
    bool replaced = false; // a price made before: an archived one is the old one
    for (qsizetype i = 0; i < changes.changes.size(); ++i) {
        const PlannedChange& c = changes.changes.at(i);
        const bool madeDefault = i + 1 < changes.changes.size() && changes.changes.at(i + 1).operation == u"set_default_price"
            && changes.changes.at(i + 1).target.isEmpty();
        QString words;
        if (c.operation == u"create_product") {
            words = QCoreApplication::translate("ChangePlan", "created");
        } else if (c.operation == u"update_product") {
            words = QCoreApplication::translate("ChangePlan", "product details changed");
        } else if (c.operation == u"create_price") {
            replaced = true;
            words = plans         ? QCoreApplication::translate("ChangePlan", "new plan")
                  : madeDefault   ? QCoreApplication::translate("ChangePlan", "new default price")
                                  : QCoreApplication::translate("ChangePlan", "new price");
        } else if (c.operation == u"set_default_price") {
            if (!c.target.isEmpty())
                words = QCoreApplication::translate("ChangePlan", "another price made the default");
        } else if (c.operation == u"update_price") {
            words = plans ? QCoreApplication::translate("ChangePlan", "plan details changed")
                          : QCoreApplication::translate("ChangePlan", "price details changed");
        } else if (c.operation == u"archive_price") {
            words = plans ? (replaced ? QCoreApplication::translate("ChangePlan", "old plan archived")
                                      : QCoreApplication::translate("ChangePlan", "plan archived"))
                          : (replaced ? QCoreApplication::translate("ChangePlan", "old price archived")
                                      : QCoreApplication::translate("ChangePlan", "price archived"));
        } else {
            words = c.words;
        }
        if (!words.isEmpty() && !out.contains(words))
            out << words;
    }
    return out.join(QStringLiteral(", "));
}

QJsonObject ProductPlan::toJson() const
{
    QJsonArray list;
    for (const PlannedChange& c : changes.changes)
        list.append(QJsonObject { { QStringLiteral("operation"), c.operation }, { QStringLiteral("target"), c.target },
                                  { QStringLiteral("words"), c.words } });
    return { { QStringLiteral("product"), productId }, { QStringLiteral("name"), name }, { QStringLiteral("remoteId"), remoteId },
             { QStringLiteral("changes"), list }, { QStringLiteral("refused"), QJsonArray::fromStringList(changes.refusals) } };
}

ProductPlan ProductPlan::fromJson(const QJsonObject& o)
{
    ProductPlan p;
    p.productId = o.value(u"product").toString();
    p.name = o.value(u"name").toString();
    p.remoteId = o.value(u"remoteId").toString();
    for (const QJsonValue& v : o.value(u"changes").toArray()) {
        const QJsonObject c = v.toObject();
        p.changes.changes.append({ c.value(u"operation").toString(), c.value(u"target").toString(), c.value(u"words").toString() });
    }
    for (const QJsonValue& v : o.value(u"refused").toArray())
        p.changes.refusals << v.toString();
    p.create = !p.changes.changes.isEmpty() && p.changes.changes.first().operation == u"create_product";
    return p;
}

bool ChangePlan::fromJson(const QJsonObject& json, ChangePlan* plan, QString* error)
{
    if (!json.value(u"accounts").isArray()) {
        *error = QCoreApplication::translate("ChangePlan", "This is not a plan printed by `pricebook-cli plan --json` (it has no “accounts” list).");
        return false;
    }
    *plan = {};
    for (const QJsonValue& a : json.value(u"accounts").toArray()) {
        AccountPlan account;
        account.account.name = a.toObject().value(u"account").toString();
        for (const QJsonValue& p : a.toObject().value(u"products").toArray()) {
            if (p.toObject().value(u"product").toString().isEmpty()) {
                *error = QCoreApplication::translate("ChangePlan", "A product of the plan has no id.");
                return false;
            }
            account.products.append(ProductPlan::fromJson(p.toObject()));
        }
        plan->accounts.append(account);
    }
    plan->unchanged = json.value(u"unchanged").toInt();
    for (const QJsonValue& v : json.value(u"problems").toArray())
        plan->problems << v.toString();
    return true;
}

const ProductPlan* ChangePlan::find(const QString& productId) const
{
    for (const AccountPlan& a : accounts)
        for (const ProductPlan& p : a.products)
            if (p.productId == productId)
                return &p;
    return nullptr;
}

QString ChangePlan::difference(const ProductPlan* shown, const ProductPlan* now)
{
    auto words = [](const ProductPlan* p) {
        if (!p)
            return QCoreApplication::translate("ChangePlan", "nothing to change");
        QStringList out;
        for (const QString& r : p->changes.refusals)
            out << QCoreApplication::translate("ChangePlan", "refused: %1").arg(r);
        if (p->changes.refusals.isEmpty())
            for (const PlannedChange& c : p->changes.changes)
                out << c.words;
        return out.join(QStringLiteral("; "));
    };
    return QCoreApplication::translate("ChangePlan", "the plan shown was “%1”, the plan now is “%2”").arg(words(shown), words(now));
}

int ChangePlan::operationCount() const
{
    int n = 0;
    for (const AccountPlan& a : accounts)
        for (const ProductPlan& p : a.products)
            n += p.changes.refusals.isEmpty() ? int(p.changes.changes.size()) : 0;
    return n;
}

int ChangePlan::refusalCount() const
{
    int n = 0;
    for (const AccountPlan& a : accounts)
        for (const ProductPlan& p : a.products)
            n += p.changes.refusals.isEmpty() ? 0 : 1;
    return n;
}

QString ChangePlan::text() const
{
    QString out;
    for (const AccountPlan& a : accounts) {
        out += QStringLiteral("%1 (%2):\n").arg(a.account.name, providerDisplayName(a.account.target.provider));
        for (const ProductPlan& p : a.products) {
            out += QStringLiteral("  %1%2\n").arg(p.name, p.remoteId.isEmpty() ? QString() : QStringLiteral("  ") + p.remoteId);
            if (!p.changes.refusals.isEmpty()) {
                // Nothing of a product is sent while part of its change cannot be.
                for (const QString& r : p.changes.refusals)
                    out += QCoreApplication::translate("ChangePlan", "    refused: %1\n").arg(r);
                continue;
            }
            int step = 0;
            for (const PlannedChange& c : p.changes.changes)
                out += QStringLiteral("    %1. %2\n").arg(++step).arg(c.words);
        }
    }
    for (const QString& problem : problems)
        out += QCoreApplication::translate("ChangePlan", "not planned: %1\n").arg(problem);
    int products = 0;
    for (const AccountPlan& a : accounts)
        products += int(a.products.size());
    products -= refusalCount();
    // Each count in words of its own, so each takes its own plural form.
    out += QCoreApplication::translate("ChangePlan", "Plan: %1 on %2; %3 refused; %4 unchanged.\n")
               .arg(QCoreApplication::translate("ChangePlan", "%n operation(s)", nullptr, operationCount()),
                    QCoreApplication::translate("ChangePlan", "%n product(s)", nullptr, products))
               .arg(refusalCount())
               .arg(unchanged);
    return out;
}

QJsonObject ChangePlan::toJson() const
{
    QJsonArray list;
    for (const AccountPlan& a : accounts) {
        QJsonArray products;
        for (const ProductPlan& p : a.products)
            products.append(p.toJson());
        list.append(QJsonObject { { QStringLiteral("account"), a.account.name },
                                  { QStringLiteral("provider"), providerKey(a.account.target.provider) },
                                  { QStringLiteral("products"), products } });
    }
    return { { QStringLiteral("accounts"), list }, { QStringLiteral("operations"), operationCount() },
             { QStringLiteral("refused"), refusalCount() }, { QStringLiteral("unchanged"), unchanged },
             { QStringLiteral("problems"), QJsonArray::fromStringList(problems) } };
}

} // namespace pb
