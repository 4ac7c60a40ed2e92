#pragma once
// What sending the selected products would change on their providers, before anything is sent,
// like `terraform plan`: per account, per product, the ordered operations in words, decided the
// provider's way (ProviderAdapter::planChanges) from the product here and the product as last
// synced. `pricebook-cli plan` prints it.
//   const ChangePlan plan = ChangePlan::compute(catalog, productIds);
//   out << plan.text();

#include "services/storage/Catalog.h"
#include "services/providers/ProviderAdapter.h"

#include <QJsonObject>

namespace pb {

struct ProductPlan {
    QString productId;
    QString name;
    QString remoteId;   // empty: not on the provider yet
    bool create = false; // the whole product is created
    ChangeSet changes;
    // The same operations and refusals for the same product (what a person saw is what is done).
    bool sameAs(const ProductPlan& other) const;
    // What carrying it out did, in a few words for reports: "new price, old price archived".
    QString summary(const Provider& provider) const;
    QJsonObject toJson() const;
    static ProductPlan fromJson(const QJsonObject& json);
};

struct AccountPlan {
    Account account;
    QList<ProductPlan> products; // only those with something to do or refuse
};

struct ChangePlan {
    QList<AccountPlan> accounts;
    int unchanged = 0;          // selected products with nothing to send
    QStringList problems;       // products the plan cannot speak for (no account, ...)

    static ChangePlan compute(Catalog& catalog, const QStringList& productIds);
    // One product's plan from what the catalog holds for it; nullopt when nothing would change
    // (synced at this version, or nothing the provider is sent differs).
    static std::optional<ProductPlan> forProduct(const CatalogEntry& entry, const SyncLink& link);
    // A plan as `pricebook-cli plan --json` printed it; false with the reason when it is not one.
    static bool fromJson(const QJsonObject& json, ChangePlan* plan, QString* error);
    // The product's plan in this one, if it has one.
    const ProductPlan* find(const QString& productId) const;
    // What differs between the plan shown and the plan now, in words ("shown: …; now: …").
    static QString difference(const ProductPlan* shown, const ProductPlan* now);
    int operationCount() const;
    int refusalCount() const;
    QString text() const;
    QJsonObject toJson() const;
};

} // namespace pb
