#pragma once
// The vocabulary a provider's fields and rules are declared in, as data. Each provider's own
// declaration lives with its adapter (services/providers/<provider>/); the validator, the
// request serializers and readers, the form and the importer all read these declarations and
// none of them restates a provider rule. This header names no provider.
//
//   const ProviderSchema& s = schemaOf(product.provider);   // services/providers/Registry.h
//   const FieldView view(s, product, &product.prices.first());
//   for (const FieldSpec& f : s.priceFields) if (view.isVisible(f)) ...

#include "Product.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace pb {

// A provider, by its stable key (as stored in the catalog and typed on the command line).
// Which providers exist, and everything about them, is the registry's business
// (services/providers/Registry.h): the model only carries the key.
class Provider
{
public:
    Provider() = default;
    explicit Provider(QString key)
        : m_key(std::move(key))
    {
    }
    const QString& key() const { return m_key; }
    bool isValid() const { return !m_key.isEmpty(); }
    bool operator==(const Provider& other) const { return m_key == other.m_key; }
    bool operator<(const Provider& other) const { return m_key < other.m_key; }

private:
    QString m_key;
};

inline size_t qHash(const Provider& p, size_t seed = 0) { return qHash(p.key(), seed); }
inline QString providerKey(const Provider& p) { return p.key(); }

enum class FieldType {
    Text,
    LongText,
    Choice,          // one of `options`; composite when the options carry assignments
    Money,           // minor units of the price's currency
    Integer,
    Hundredths,      // a non-money decimal with two places, stored as an integer of hundredths
    DecimalText,     // exact decimal text (below the minor unit)
    Bool,
    Url,
    Currency,
    TextList,        // wire: array of strings
    FeatureList,     // wire: array of {"name": ...}
    KeyValues,       // wire: object of string values
    Json,            // wire: a JSON object or null, verbatim
    Tiers,
    CurrencyAmounts, // wire: {"eur": {"unit_amount": n}, ...}
    Constant,        // no model value: `constant` is sent whenever the field is visible
};

// One test of another field's value in the same product or price.
struct Clause {
    QString field = {};       // a field key of the same schema
    QStringList values = {};  // matched when the field's value is one of these (empty: test presence)
    bool negate = false; // not one of `values` / not present
};
// A condition is satisfied when any of its alternatives has all its clauses true.
// An empty condition is always true.
using Condition = QList<QList<Clause>>;

Clause is(const QString& field, const QStringList& values);
Clause isNot(const QString& field, const QStringList& values);
Clause isSet(const QString& field);
Clause isUnset(const QString& field);
Condition when(std::initializer_list<Clause> all);
Condition anyOf(std::initializer_list<QList<Clause>> alternatives);

// For composite choices: choosing the option writes `value` to `path`; the option is read
// back when the model's value at `path` is `value` or one of `alsoMatches`.
struct Assignment {
    QString path = {};
    QVariant value = {};
    QVariantList alsoMatches = {};
};

struct Option {
    QString value = {};       // as sent to the provider
    const char* label = {};   // QT_TRANSLATE_NOOP("Schema", ...)
    QList<Assignment> assign = {};
    // For composite choices that are not sent themselves: reading a request back, the first
    // option whose marker (a dotted wire path) is present is chosen; an option without a
    // marker is the fallback.
    QString wireMarker = {};
};

enum class TierStyle { UpTo, Ranges }; // {up_to, unit_amount, flat_amount} or {quantity_from, quantity_to, amount, amount_scheme}
enum class TierAmounts { AtLeastOne, ExactlyOne };

struct Limits {
    int minLength = 0;
    int maxLength = 0;         // characters; 0 = no limit
    int maxCount = 0;          // list entries; 0 = no limit
    int maxItemLength = 0;     // characters per list entry / metadata value
    int maxKeyLength = 0;      // metadata keys
    std::optional<qint64> min = {}; // numbers, money
    std::optional<qint64> max = {};
    QString maxByField = {};        // the maximum depends on this field's value...
    QHash<QString, qint64> maxBy = {}; // ...looked up here
    QString forbiddenChars = {};
    bool needsLetter = false;
    bool itemsAreUrls = false;
    int maxDecimals = -1;      // DecimalText
    QString pattern = {};           // a regular expression the whole text must match
    const char* patternHint = nullptr;
    TierStyle tierStyle = TierStyle::UpTo;
    TierAmounts tierAmounts = TierAmounts::AtLeastOne;
};

struct FieldSpec {
    QString key = {};               // stable id, the provider's own name where it has one
    const char* label = {};         // QT_TRANSLATE_NOOP("Schema", ...)
    FieldType type = {};
    QString path = {};              // model path (ProductFields); empty for composite choices and constants
    QString wire = {};              // dotted wire path ("recurring.interval"); empty: never sent
    QList<Option> options = {};
    bool openChoice = false;   // a value outside `options` is allowed (custom product types)
    bool required = false;     // required whenever visible
    Condition visibleWhen = {};
    Condition requiredWhen = {}; // required when visible and this holds
    const char* requiredReason = nullptr; // "when a usage limit is set"
    Limits limits = {};
    const char* help = nullptr;
    bool updatable = false;    // may be sent by the provider's update operation
    QString constant = {};     // Constant fields
    QString wireDefault = {};  // a value the provider assumes; not sent
    bool majorUnits = false;   // Money sent as a decimal number in major units
    bool pricesApiOnly = false; // needs its own price request: cannot ride inside the product's
    // Optional and seldom used (as the provider's own dashboard hides it): the form shows it under
    // "More options", after the price, instead of among the fields everyone fills in.
    bool moreOptions = false;

    bool isComposite() const { return type == FieldType::Choice && !options.isEmpty() && !options.first().assign.isEmpty(); }
    QString translatedLabel() const;
    QString translatedHelp() const;
};

enum class RuleKind {
    ExactlyOne, // exactly one of `fields` has a value
    AtMostOne,
    Ascending,  // the values that are present are in non-decreasing order
    AllOrNone,  // all of `fields` or none
};

struct CrossRule {
    RuleKind kind = {};
    QStringList fields = {};
    const char* message = {};            // QT_TRANSLATE_NOOP("Schema", ...)
    const char* missingMessage = nullptr; // ExactlyOne, when none is given
    Condition when = {};
};

struct Endpoint {
    QString method = {};
    QString path = {}; // with {placeholders}: {accountId}, {productId}, {planId}
    bool isValid() const { return !method.isEmpty(); }
};

struct ProviderSchema {
    Provider provider = {};
    QList<FieldSpec> productFields = {};
    QList<FieldSpec> priceFields = {};
    QList<CrossRule> productRules = {};
    QList<CrossRule> priceRules = {};
    int minPrices = 0;
    int maxPrices = 0; // -1: any number
    Endpoint createProduct = {};
    Endpoint updateProduct = {};
    Endpoint getProduct = {};
    Endpoint listProducts = {};
    Endpoint createPrice = {};   // a price (or plan) of its own
    Endpoint updatePrice = {};   // a plan
    Endpoint listPrices = {};
    Endpoint setDefaultPrice = {};
    QString defaultBaseUrl = {}; // production; empty when every account has its own
    QString displayName = {};    // as people see the provider's name

    const FieldSpec* field(const QString& key) const;
    QList<const FieldSpec*> allFields() const;
};

// The values of one product (and one of its prices) as the provider sees them: field key -> value.
// Composite choices read as the option whose assignments the model matches.
class FieldView
{
public:
    FieldView(const ProviderSchema& schema, const Product& product, const Price* price);
    QVariant value(const QString& key) const;
    QVariant value(const FieldSpec& field) const;
    bool has(const QString& key) const;
    bool isVisible(const FieldSpec& field) const;
    bool isRequired(const FieldSpec& field) const;
    bool holds(const Condition& condition) const;
    // For a composite choice that reads as empty: true when the model holds a shape
    // that none of the options describes (e.g. a tiered price where the provider has no tiers).
    bool hasUnsupportedShape(const FieldSpec& field) const;

private:
    const ProviderSchema& m_schema;
    const Product& m_product;
    const Price* m_price;
};

// Writes a field's value (as the provider names it) into the model; composite choices
// apply their option's assignments. Used by request readers, the form and the importer.
void writeField(const FieldSpec& field, Product& product, Price* price, const QVariant& value);

} // namespace pb
