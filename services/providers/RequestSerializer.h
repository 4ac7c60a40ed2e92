#pragma once
// Turns a product into the exact requests a provider receives: method, path, headers and body.
// Secrets are never held here: a header marked secret carries "{secret}" where the caller's key
// goes at send time, and every rendering for people shows "***" instead.
// The provider's adapter (ProviderAdapter::buildSteps) decides the steps and their envelope;
// the field encoding here is shared by every provider.
//   RequestPlan plan = RequestSerializer::build(entry.product, account.target, { Operation::Create });
//   for (const ProviderRequest& r : plan.steps) qDebug() << RequestSerializer::renderHttp(r, account.target);

#include "WireValue.h"
#include "models/ProviderSchema.h"
#include "models/Validator.h"

#include <QMap>

namespace pb {

// Where requests go, without the secret. Issue-time settings of a client account.
struct AccountTarget {
    Provider provider;
    QString baseUrl;                 // empty: the provider's production URL
    QMap<QString, QString> settings; // the provider's account fields (ProviderAdapter::accountFields), by key
    QString setting(const QString& key) const { return settings.value(key); }
    bool flag(const QString& key) const { return settings.value(key) == u"true"; }
    // An empty value (or a flag that is off) removes the setting.
    void set(const QString& key, const QString& value);
    void setFlag(const QString& key, bool on) { set(key, on ? QStringLiteral("true") : QString()); }
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
    QString remoteId;        // update: the provider's id of what changes (a product, or a plan)
    QString idempotencyKey;  // providers that honour one: one per logical submission; each step derives its own
    // Builds the requests even for an invalid product. Only for showing or testing what would be
    // sent; the services never send such a plan.
    bool skipValidation = false;
    // The catalog product a create is made from: a provider that keeps metadata gets it as a tag
    // (metadata[pricebook_id]), so a create whose outcome is unknown can be found again.
    QString catalogId;
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

// Building blocks for the adapters' buildSteps().
// Adds the fields' wire values to `body`, under `prefix` (for a price sent inside its product).
void fill(WireValue& body, const QList<FieldSpec>& fields, const FieldView& view, const Price* price,
          Operation operation, const QStringList& prefix = {});
// Whether a field would be sent for this product and price.
bool sends(const FieldSpec& field, const FieldView& view, const Price* price);
ProviderRequest request(const QString& step, const Endpoint& endpoint, const AccountTarget& target,
                        const QString& remoteId, const QString& idempotencyKey, BodyEncoding encoding, WireValue body);
// A step's own idempotency key, derived from the submission's ("" stays "").
QString derivedKey(const QString& key, const QString& step);

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
