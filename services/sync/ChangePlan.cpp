#include "ChangePlan.h"

#include "services/providers/Registry.h"

#include <QJsonArray>

namespace pb {

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
        const SyncLink link = catalog.link(id, account->id);
        const ProviderAdapter& adapter = adapterFor(entry->provider);
        ProductPlan p { id, entry->product.name, link.remoteId, false, {} };
        if (!entry->product.readOnlyReason.isEmpty()) {
            if (link.syncedVersion == entry->version) {
                ++plan.unchanged;
                continue;
            }
            p.changes.refusals << QCoreApplication::translate("ChangePlan", "Pulled read-only: %1").arg(entry->product.readOnlyReason);
        } else if (link.remoteId.isEmpty()) {
            p.create = true;
            const int prices = int(entry->product.prices.size());
            p.changes.changes.append({ QStringLiteral("create_product"), QString(),
                                       prices == 0 ? QCoreApplication::translate("ChangePlan", "create product “%1”").arg(entry->product.name)
                                                   : QCoreApplication::translate("ChangePlan", "create product “%1” with %2 %3")
                                                         .arg(entry->product.name)
                                                         .arg(prices)
                                                         .arg(adapter.priceNoun().toLower() + (prices == 1 ? QString() : QStringLiteral("s"))) });
        } else if (link.syncedVersion == entry->version) {
            ++plan.unchanged;
            continue;
        } else if (!link.syncedProduct) {
            p.changes.refusals << QCoreApplication::translate("ChangePlan", "The product as last synced is not known: check it on the provider first.");
        } else {
            p.changes = adapter.planChanges(*link.syncedProduct, entry->product, link.remoteId);
            if (p.changes.changes.isEmpty() && p.changes.refusals.isEmpty()) {
                ++plan.unchanged;
                continue;
            }
        }
        if (!accountIndex.contains(account->id)) {
            accountIndex.insert(account->id, plan.accounts.size());
            plan.accounts.append({ *account, {} });
        }
        plan.accounts[accountIndex.value(account->id)].products.append(p);
    }
    return plan;
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
    out += QCoreApplication::translate("ChangePlan", "Plan: %1 operation(s) on %2 product(s); %3 refused; %4 unchanged.\n")
               .arg(operationCount())
               .arg(products)
               .arg(refusalCount())
               .arg(unchanged);
    return out;
}

QJsonObject ChangePlan::toJson() const
{
    QJsonArray list;
    for (const AccountPlan& a : accounts) {
        QJsonArray products;
        for (const ProductPlan& p : a.products) {
            QJsonArray changes;
            for (const PlannedChange& c : p.changes.changes)
                changes.append(QJsonObject { { QStringLiteral("operation"), c.operation }, { QStringLiteral("target"), c.target },
                                             { QStringLiteral("words"), c.words } });
            products.append(QJsonObject { { QStringLiteral("product"), p.productId }, { QStringLiteral("name"), p.name },
                                          { QStringLiteral("remoteId"), p.remoteId }, { QStringLiteral("changes"), changes },
                                          { QStringLiteral("refused"), QJsonArray::fromStringList(p.changes.refusals) } });
        }
        list.append(QJsonObject { { QStringLiteral("account"), a.account.name },
                                  { QStringLiteral("provider"), providerKey(a.account.target.provider) },
                                  { QStringLiteral("products"), products } });
    }
    return { { QStringLiteral("accounts"), list }, { QStringLiteral("operations"), operationCount() },
             { QStringLiteral("refused"), refusalCount() }, { QStringLiteral("unchanged"), unchanged },
             { QStringLiteral("problems"), QJsonArray::fromStringList(problems) } };
}

} // namespace pb
