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
    int operationCount() const;
    int refusalCount() const;
    QString text() const;
    QJsonObject toJson() const;
};

} // namespace pb
