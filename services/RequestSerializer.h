#pragma once
// Turns a product into the exact requests a provider receives: method, path, headers and body.
// Secrets are never held here: a header marked secret carries "{secret}" where the caller's key
// goes at send time, and every rendering for people shows "***" instead.
//   RequestPlan plan = RequestSerializer::build(product, target, { Operation::Create });
//   for (const ProviderRequest& r : plan.steps) qDebug() << RequestSerializer::renderHttp(r, target);

#include "WireValue.h"
#include "models/ProviderSchema.h"
#include "models/Validator.h"

namespace pb {

// Where requests go, without the secret. Issue-time settings of a client account.
struct AccountTarget {
    Provider provider = Provider::ChatDash;
    QString baseUrl;        // empty: the provider's production URL
    QString accountId;      // ChatDash: the connected Stripe account, acct_...
    QString stripeAccount;  // Stripe: Stripe-Account header for a connected account
    QString workspaceId;    // Piriod: x-simple-workspace
    bool testMode = false;  // Piriod: x-piriod-test-mode
    QString authScheme;     // Jani: "Bearer" unless the account says otherwise
    QString effectiveBaseUrl() const;
    bool operator==(const AccountTarget&) const = default;
};

struct HttpHeader {
    QByteArray name;
    QString value;       // "{secret}" marks where the key goes
    bool secret = false;
};

enum class BodyEncoding { None, Json, Form };

struct ProviderRequest {
    QString step;            // "product", "price", "default_price", "plan[0]", "update"
    QString method;
    QString path;            // may hold {product.id} / {price.id} until earlier steps ran
    QList<HttpHeader> headers;
    BodyEncoding encoding = BodyEncoding::None;
    WireValue body;
    int priceIndex = -1;     // the price a price/plan step creates
    bool createsObject = false; // a POST that makes a new remote object

    QByteArray contentType() const;
    QByteArray bodyBytes() const;
    // Fills placeholders such as "{product.id}" in the path and body.
    void bind(const QString& placeholder, const QString& value);
};

struct SerializeOptions {
    Operation operation = Operation::Create;
    QString remoteId;        // update: the provider's id of the product (Piriod: of the plan)
    QString idempotencyKey;  // Stripe: one per logical submission; each step derives its own
    // Builds the requests even for an invalid product. Only for showing or testing what would be
    // sent; the services never send such a plan.
    bool skipValidation = false;
};

struct RequestPlan {
    QList<ProviderRequest> steps;
    ValidationResult validation; // steps are empty when this holds errors
};

namespace RequestSerializer {
RequestPlan build(const Product& product, const AccountTarget& target, const SerializeOptions& options);
// The body of one product or price as the provider names its fields (no envelope).
WireValue productFields(const ProviderSchema& schema, const Product& product, Operation operation);
WireValue priceFields(const ProviderSchema& schema, const Product& product, int priceIndex, Operation operation);
bool stripeNeedsPricesApi(const Product& product, int priceIndex);

// A read request (get or list): the endpoint's path with {productId}/{planId} filled and a query.
ProviderRequest readRequest(const AccountTarget& target, const Endpoint& endpoint, const QString& remoteId,
                            const QList<QPair<QString, QString>>& query = {});

// "POST https://…/products\nAuthorization: ***\n…\n\n{body}" with secrets shown as ***.
QString renderHttp(const ProviderRequest& request, const AccountTarget& target);
// A copy-pasteable curl command; the key is read from $PRICEBOOK_API_KEY, never printed.
QString renderCurl(const ProviderRequest& request, const AccountTarget& target);
QString url(const ProviderRequest& request, const AccountTarget& target);
}

} // namespace pb
