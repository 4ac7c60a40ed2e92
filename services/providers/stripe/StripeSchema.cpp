// Stripe: products with a default price; prices that default_price_data cannot carry go
// through the Prices API. Source: specs/stripe-create-product.md, PROVIDERS.md.
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Schemas.h"

namespace pb::schemas {

namespace {

ProviderSchema make()
{
    const QString type = QStringLiteral("type");
    const QString scheme = QStringLiteral("pricing_scheme");
    const QString recurring = QStringLiteral("recurring");
    const QString standard = QStringLiteral("standard"), custom = QStringLiteral("custom"),
                  tiered = QStringLiteral("tiered"), package = QStringLiteral("package");

    // Several prices per product (monthly and yearly, ...); the first is the default.
    ProviderSchema s { providers::Stripe, {}, {}, {}, {}, 0, -1, {}, {}, {}, {}, {}, {}, {}, {} };
    s.displayName = QStringLiteral("Stripe");
    s.defaultBaseUrl = QStringLiteral("https://api.stripe.com");
    s.createProduct = { QStringLiteral("POST"), QStringLiteral("/v1/products") };
    s.updateProduct = { QStringLiteral("POST"), QStringLiteral("/v1/products/{productId}") };
    s.getProduct = { QStringLiteral("GET"), QStringLiteral("/v1/products/{productId}") };
    s.listProducts = { QStringLiteral("GET"), QStringLiteral("/v1/products") };
    s.createPrice = { QStringLiteral("POST"), QStringLiteral("/v1/prices") };
    s.updatePrice = { QStringLiteral("POST"), QStringLiteral("/v1/prices/{priceId}") };
    s.listPrices = { QStringLiteral("GET"), QStringLiteral("/v1/prices") };
    s.setDefaultPrice = { QStringLiteral("POST"), QStringLiteral("/v1/products/{productId}") };

    auto dimension = [](const char* key, const char* label) {
        return FieldSpec { .key = QStringLiteral("package_dimensions.") + QString::fromLatin1(key),
                           .label = label, .type = FieldType::Hundredths,
                           .path = QStringLiteral("package") + QString::fromLatin1(key).left(1).toUpper()
                               + QString::fromLatin1(key).mid(1),
                           .wire = QStringLiteral("package_dimensions.") + QString::fromLatin1(key),
                           .limits = { .min = 0 }, .updatable = true, .moreOptions = true };
    };

    s.productFields = {
        nameField(250),
        descriptionField(),
        { .key = QStringLiteral("active"), .label = QT_TRANSLATE_NOOP("Schema", "Status"), .type = FieldType::Choice,
          .wire = QStringLiteral("active"),
          .options = {
              { QStringLiteral("true"), QT_TRANSLATE_NOOP("Schema", "Active"),
                { { QStringLiteral("status"), QStringLiteral("active") } } },
              { QStringLiteral("false"), QT_TRANSLATE_NOOP("Schema", "Archived"),
                { { QStringLiteral("status"), QStringLiteral("archived"), { QStringLiteral("inactive") } } } },
          },
          .updatable = true },
        { .key = QStringLiteral("id"), .label = QT_TRANSLATE_NOOP("Schema", "Product ID"), .type = FieldType::Text,
          .path = QStringLiteral("idOverride"), .wire = QStringLiteral("id"),
          .limits = { .maxLength = 100, .pattern = QStringLiteral("[A-Za-z0-9_-]+"),
                      .patternHint = QT_TRANSLATE_NOOP("Schema", "letters, digits, “_” and “-” only") },
          .help = QT_TRANSLATE_NOOP("Schema", "Leave empty to let Stripe choose the ID."), .moreOptions = true },
        { .key = QStringLiteral("images"), .label = QT_TRANSLATE_NOOP("Schema", "Images"),
          .type = FieldType::TextList, .path = QStringLiteral("images"), .wire = QStringLiteral("images"),
          .limits = { .maxCount = 8, .maxItemLength = 2048, .itemsAreUrls = true }, .updatable = true, .moreOptions = true },
        { .key = QStringLiteral("marketing_features"), .label = QT_TRANSLATE_NOOP("Schema", "Marketing features"),
          .type = FieldType::FeatureList, .path = QStringLiteral("marketingFeatures"),
          .wire = QStringLiteral("marketing_features"), .limits = { .maxCount = 15, .maxItemLength = 80 },
          .updatable = true, .moreOptions = true },
        { .key = QStringLiteral("metadata"), .label = QT_TRANSLATE_NOOP("Schema", "Metadata"),
          .type = FieldType::KeyValues, .path = QStringLiteral("metadata"), .wire = QStringLiteral("metadata"),
          .limits = { .maxCount = 50, .maxItemLength = 500, .maxKeyLength = 40 }, .updatable = true, .moreOptions = true },
        dimension("height", QT_TRANSLATE_NOOP("Schema", "Package height (in)")),
        dimension("length", QT_TRANSLATE_NOOP("Schema", "Package length (in)")),
        dimension("weight", QT_TRANSLATE_NOOP("Schema", "Package weight (oz)")),
        dimension("width", QT_TRANSLATE_NOOP("Schema", "Package width (in)")),
        { .key = QStringLiteral("shippable"), .label = QT_TRANSLATE_NOOP("Schema", "Shippable"),
          .type = FieldType::Bool, .path = QStringLiteral("shippable"), .wire = QStringLiteral("shippable"),
          .updatable = true, .moreOptions = true },
        { .key = QStringLiteral("statement_descriptor"), .label = QT_TRANSLATE_NOOP("Schema", "Statement descriptor"),
          .type = FieldType::Text, .path = QStringLiteral("statementDescriptor"),
          .wire = QStringLiteral("statement_descriptor"),
          .limits = { .maxLength = 22, .forbiddenChars = QStringLiteral("<>\\\"'"), .needsLetter = true },
          .updatable = true, .moreOptions = true },
        { .key = QStringLiteral("tax_code"), .label = QT_TRANSLATE_NOOP("Schema", "Tax code"),
          .type = FieldType::Text, .path = QStringLiteral("taxCode"), .wire = QStringLiteral("tax_code"),
          .limits = { .maxLength = 100 }, .updatable = true, .moreOptions = true },
        { .key = QStringLiteral("unit_label"), .label = QT_TRANSLATE_NOOP("Schema", "Unit label"),
          .type = FieldType::Text, .path = QStringLiteral("unitLabel"), .wire = QStringLiteral("unit_label"),
          .limits = { .maxLength = 12 }, .updatable = true, .moreOptions = true },
        { .key = QStringLiteral("url"), .label = QT_TRANSLATE_NOOP("Schema", "Product page URL"),
          .type = FieldType::Url, .path = QStringLiteral("url"), .wire = QStringLiteral("url"),
          .limits = { .maxLength = 2048 }, .updatable = true, .moreOptions = true },
    };
    s.productRules = {
        { RuleKind::AllOrNone,
          { QStringLiteral("package_dimensions.height"), QStringLiteral("package_dimensions.length"),
            QStringLiteral("package_dimensions.weight"), QStringLiteral("package_dimensions.width") },
          QT_TRANSLATE_NOOP("Schema", "Give all four package dimensions (height, length, weight, width) or none.") },
    };

    // Wire paths of price fields are relative: the serializer nests them under
    // default_price_data, or sends them to the Prices API when a pricesApiOnly field is in use.
    s.priceFields = {
        { .key = QStringLiteral("currency"), .label = QT_TRANSLATE_NOOP("Schema", "Currency"),
          .type = FieldType::Currency, .path = QStringLiteral("price.currency"), .wire = QStringLiteral("currency"),
          .required = true },
        { .key = type, .label = QT_TRANSLATE_NOOP("Schema", "Price type"), .type = FieldType::Choice,
          .options = {
              { QStringLiteral("one_time"), QT_TRANSLATE_NOOP("Schema", "One-time"),
                { { QStringLiteral("price.billing"), QStringLiteral("one_time") } } },
              { recurring, QT_TRANSLATE_NOOP("Schema", "Recurring"),
                { { QStringLiteral("price.billing"), recurring } }, recurring },
          },
          .required = true },
        { .key = QStringLiteral("recurring.interval"), .label = QT_TRANSLATE_NOOP("Schema", "Billing period"),
          .type = FieldType::Choice, .path = QStringLiteral("price.interval"),
          .wire = QStringLiteral("recurring.interval"), .options = intervalOptions(), .required = true,
          .visibleWhen = when({ is(type, { recurring }) }) },
        { .key = QStringLiteral("recurring.interval_count"), .label = QT_TRANSLATE_NOOP("Schema", "Billing every"),
          .type = FieldType::Integer, .path = QStringLiteral("price.intervalCount"),
          .wire = QStringLiteral("recurring.interval_count"), .visibleWhen = when({ is(type, { recurring }) }),
          .limits = { .min = 1, .maxByField = QStringLiteral("recurring.interval"),
                      .maxBy = { { QStringLiteral("day"), 1095 }, { QStringLiteral("week"), 156 },
                                 { QStringLiteral("month"), 36 }, { QStringLiteral("year"), 3 } } },
          .help = QT_TRANSLATE_NOOP("Schema", "At most three years between bills."), .wireDefault = QStringLiteral("1"), .moreOptions = true },
        { .key = QStringLiteral("recurring.usage_type"), .label = QT_TRANSLATE_NOOP("Schema", "Usage type"),
          .type = FieldType::Choice, .path = QStringLiteral("price.usageType"),
          .wire = QStringLiteral("recurring.usage_type"),
          .options = { { QStringLiteral("licensed"), QT_TRANSLATE_NOOP("Schema", "Licensed (per seat)") },
                       { QStringLiteral("metered"), QT_TRANSLATE_NOOP("Schema", "Metered (billed on reported usage)") } },
          .visibleWhen = when({ is(type, { recurring }) }), .wireDefault = QStringLiteral("licensed"),
          .pricesApiOnly = true },
        { .key = QStringLiteral("recurring.meter"), .label = QT_TRANSLATE_NOOP("Schema", "Meter ID"),
          .type = FieldType::Text, .path = QStringLiteral("price.meterId"), .wire = QStringLiteral("recurring.meter"),
          .required = true,
          .visibleWhen = when({ is(type, { recurring }), is(QStringLiteral("recurring.usage_type"), { QStringLiteral("metered") }) }),
          .limits = { .maxLength = 100 }, .pricesApiOnly = true },
        { .key = scheme, .label = QT_TRANSLATE_NOOP("Schema", "Pricing"), .type = FieldType::Choice,
          .options = {
              { standard, QT_TRANSLATE_NOOP("Schema", "Standard (flat or per unit)"),
                { { QStringLiteral("price.scheme"), QStringLiteral("flat"), { QStringLiteral("per_unit") } } } },
              { custom, QT_TRANSLATE_NOOP("Schema", "Customer chooses the amount"),
                { { QStringLiteral("price.scheme"), custom } }, QStringLiteral("custom_unit_amount") },
              { tiered, QT_TRANSLATE_NOOP("Schema", "Tiered"), { { QStringLiteral("price.scheme"), tiered } },
                QStringLiteral("billing_scheme") },
              { package, QT_TRANSLATE_NOOP("Schema", "Package"), { { QStringLiteral("price.scheme"), package } },
                QStringLiteral("transform_quantity") },
          },
          .required = true },
        { .key = QStringLiteral("unit_amount"), .label = QT_TRANSLATE_NOOP("Schema", "Amount"),
          .type = FieldType::Money, .path = QStringLiteral("price.amount"), .wire = QStringLiteral("unit_amount"),
          .visibleWhen = when({ is(scheme, { standard, package }) }),
          .requiredWhen = when({ is(scheme, { package }) }),
          .requiredReason = QT_TRANSLATE_NOOP("Schema", "for package pricing (the price of one package)"),
          .limits = { .min = 0, .max = 99999999 } },
        { .key = QStringLiteral("unit_amount_decimal"), .label = QT_TRANSLATE_NOOP("Schema", "Amount (fractional minor units)"),
          .type = FieldType::DecimalText, .path = QStringLiteral("price.amountDecimal"),
          .wire = QStringLiteral("unit_amount_decimal"), .visibleWhen = when({ is(scheme, { standard }) }),
          .limits = { .maxDecimals = 12 },
          .help = QT_TRANSLATE_NOOP("Schema", "In minor units with up to 12 decimals, e.g. 0.5 for half a cent."), .moreOptions = true },
        { .key = QStringLiteral("custom_unit_amount.enabled"), .label = QT_TRANSLATE_NOOP("Schema", "Customer chooses the amount"),
          .type = FieldType::Constant, .wire = QStringLiteral("custom_unit_amount.enabled"),
          .visibleWhen = when({ is(scheme, { custom }) }), .constant = QStringLiteral("true") },
        { .key = QStringLiteral("custom_unit_amount.minimum"), .label = QT_TRANSLATE_NOOP("Schema", "Minimum amount"),
          .type = FieldType::Money, .path = QStringLiteral("price.customMinimum"),
          .wire = QStringLiteral("custom_unit_amount.minimum"), .visibleWhen = when({ is(scheme, { custom }) }),
          .limits = { .min = 0, .max = 99999999 } },
        { .key = QStringLiteral("custom_unit_amount.preset"), .label = QT_TRANSLATE_NOOP("Schema", "Suggested amount"),
          .type = FieldType::Money, .path = QStringLiteral("price.customPreset"),
          .wire = QStringLiteral("custom_unit_amount.preset"), .visibleWhen = when({ is(scheme, { custom }) }),
          .limits = { .min = 0, .max = 99999999 } },
        { .key = QStringLiteral("custom_unit_amount.maximum"), .label = QT_TRANSLATE_NOOP("Schema", "Maximum amount"),
          .type = FieldType::Money, .path = QStringLiteral("price.customMaximum"),
          .wire = QStringLiteral("custom_unit_amount.maximum"), .visibleWhen = when({ is(scheme, { custom }) }),
          .limits = { .min = 0, .max = 99999999 } },
        { .key = QStringLiteral("billing_scheme"), .label = QT_TRANSLATE_NOOP("Schema", "Billing scheme"),
          .type = FieldType::Constant, .wire = QStringLiteral("billing_scheme"),
          .visibleWhen = when({ is(scheme, { tiered }) }), .constant = tiered, .pricesApiOnly = true },
        { .key = QStringLiteral("tiers_mode"), .label = QT_TRANSLATE_NOOP("Schema", "Tiers mode"),
          .type = FieldType::Choice, .path = QStringLiteral("price.tiersMode"), .wire = QStringLiteral("tiers_mode"),
          .options = { { QStringLiteral("graduated"), QT_TRANSLATE_NOOP("Schema", "Graduated (each tier priced separately)") },
                       { QStringLiteral("volume"), QT_TRANSLATE_NOOP("Schema", "Volume (all units at the reached tier)") } },
          .required = true, .visibleWhen = when({ is(scheme, { tiered }) }), .pricesApiOnly = true },
        { .key = QStringLiteral("tiers"), .label = QT_TRANSLATE_NOOP("Schema", "Tiers"), .type = FieldType::Tiers,
          .path = QStringLiteral("price.tiers"), .wire = QStringLiteral("tiers"), .required = true,
          .visibleWhen = when({ is(scheme, { tiered }) }),
          .limits = { .maxCount = 250, .min = 0, .tierStyle = TierStyle::UpTo, .tierAmounts = TierAmounts::AtLeastOne },
          .pricesApiOnly = true },
        { .key = QStringLiteral("transform_quantity.divide_by"), .label = QT_TRANSLATE_NOOP("Schema", "Units per package"),
          .type = FieldType::Integer, .path = QStringLiteral("price.packageSize"),
          .wire = QStringLiteral("transform_quantity.divide_by"), .required = true,
          .visibleWhen = when({ is(scheme, { package }) }), .limits = { .min = 1 }, .pricesApiOnly = true },
        { .key = QStringLiteral("transform_quantity.round"), .label = QT_TRANSLATE_NOOP("Schema", "Round partial packages"),
          .type = FieldType::Choice, .path = QStringLiteral("price.packageRounding"),
          .wire = QStringLiteral("transform_quantity.round"),
          .options = { { QStringLiteral("up"), QT_TRANSLATE_NOOP("Schema", "Up") },
                       { QStringLiteral("down"), QT_TRANSLATE_NOOP("Schema", "Down") } },
          .required = true, .visibleWhen = when({ is(scheme, { package }) }), .pricesApiOnly = true },
        { .key = QStringLiteral("currency_options"), .label = QT_TRANSLATE_NOOP("Schema", "Other currencies"),
          .type = FieldType::CurrencyAmounts, .path = QStringLiteral("price.currencyOptions"),
          .wire = QStringLiteral("currency_options"), .visibleWhen = when({ is(scheme, { standard }) }),
          .limits = { .min = 0, .max = 99999999 }, .moreOptions = true },
        { .key = QStringLiteral("tax_behavior"), .label = QT_TRANSLATE_NOOP("Schema", "Tax behavior"),
          .type = FieldType::Choice, .path = QStringLiteral("price.taxBehavior"),
          .wire = QStringLiteral("tax_behavior"), .options = taxBehaviorOptions(), .moreOptions = true },
    };
    s.priceRules = {
        { RuleKind::ExactlyOne, { QStringLiteral("unit_amount"), QStringLiteral("unit_amount_decimal") },
          QT_TRANSLATE_NOOP("Schema", "Give either an amount or a fractional amount, not both."),
          QT_TRANSLATE_NOOP("Schema", "Amount is required."), when({ is(scheme, { standard }) }) },
        { RuleKind::Ascending,
          { QStringLiteral("custom_unit_amount.minimum"), QStringLiteral("custom_unit_amount.preset"),
            QStringLiteral("custom_unit_amount.maximum") },
          QT_TRANSLATE_NOOP("Schema", "The minimum, suggested and maximum amounts must be in that order."), nullptr,
          when({ is(scheme, { custom }) }) },
    };
    return s;
}

} // namespace

const ProviderSchema& stripe()
{
    static const ProviderSchema s = make();
    return s;
}

} // namespace pb::schemas
