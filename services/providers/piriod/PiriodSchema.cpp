// Piriod: a product, then its plans. Source: specs/piriod-create-product.md, PROVIDERS.md.
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Schemas.h"

namespace pb::schemas {

namespace {

Option frequency(const char* value, const char* label, const char* interval, qint64 count)
{
    return { QString::fromLatin1(value), label,
             { { QStringLiteral("price.billing"), QStringLiteral("recurring") },
               { QStringLiteral("price.interval"), QString::fromLatin1(interval) },
               // Every 1 is what a price without a count means, as for the other providers.
               { QStringLiteral("price.intervalCount"), qlonglong(count), count == 1 ? QVariantList { QVariant() } : QVariantList {} } } };
}

ProviderSchema make()
{
    const QString planType = QStringLiteral("plan_type");
    const QString tiered = QStringLiteral("tiered");

    ProviderSchema s { providers::Piriod, {}, {}, {}, {}, 0, -1, {}, {}, {}, {}, {}, {}, {}, {} };
    s.displayName = QStringLiteral("Piriod");
    s.defaultBaseUrl = QStringLiteral("https://api.piriod.com");
    s.createProduct = { QStringLiteral("POST"), QStringLiteral("/products/") };
    s.listProducts = { QStringLiteral("GET"), QStringLiteral("/products/") };
    s.createPrice = { QStringLiteral("POST"), QStringLiteral("/plans/") };
    s.updatePrice = { QStringLiteral("PATCH"), QStringLiteral("/plans/{planId}/") };
    s.listPrices = { QStringLiteral("GET"), QStringLiteral("/plans/") };

    s.productFields = {
        { .key = QStringLiteral("name"), .label = QT_TRANSLATE_NOOP("Schema", "Name"), .type = FieldType::Text,
          .path = QStringLiteral("name"), .wire = QStringLiteral("name"), .required = true,
          .limits = { .maxLength = 80 } },
        { .key = QStringLiteral("unit_label"), .label = QT_TRANSLATE_NOOP("Schema", "Unit label"),
          .type = FieldType::Text, .path = QStringLiteral("unitLabel"), .wire = QStringLiteral("unit_label"),
          .required = true, .limits = { .maxLength = 12 } },
        { .key = QStringLiteral("status"), .label = QT_TRANSLATE_NOOP("Schema", "Status"), .type = FieldType::Choice,
          .path = QStringLiteral("status"), .wire = QStringLiteral("status"),
          .options = { { QStringLiteral("active"), QT_TRANSLATE_NOOP("Schema", "Active") },
                       { QStringLiteral("archived"), QT_TRANSLATE_NOOP("Schema", "Archived") } },
          .moreOptions = true },
    };

    // A plan's "product" member is the id Piriod gave the product; the serializer adds it.
    s.priceFields = {
        { .key = QStringLiteral("plan_name"), .label = QT_TRANSLATE_NOOP("Schema", "Plan name"), .type = FieldType::Text,
          .path = QStringLiteral("price.planName"), .wire = QStringLiteral("name"), .required = true,
          .limits = { .maxLength = 56 }, .updatable = true },
        { .key = QStringLiteral("plan_description"), .label = QT_TRANSLATE_NOOP("Schema", "Plan description"),
          .type = FieldType::LongText, .path = QStringLiteral("price.planDescription"),
          .wire = QStringLiteral("description"), .required = true, .limits = { .maxLength = 200 }, .updatable = true },
        { .key = QStringLiteral("sku"), .label = QT_TRANSLATE_NOOP("Schema", "SKU"), .type = FieldType::Text,
          .path = QStringLiteral("price.sku"), .wire = QStringLiteral("sku"), .limits = { .maxLength = 32 },
          .updatable = true, .moreOptions = true },
        // "biannual" is read as twice a year (every six months).
        { .key = QStringLiteral("frequency"), .label = QT_TRANSLATE_NOOP("Schema", "Frequency"),
          .type = FieldType::Choice, .wire = QStringLiteral("frequency"),
          .options = { frequency("weekly", QT_TRANSLATE_NOOP("Schema", "Weekly"), "week", 1),
                       frequency("monthly", QT_TRANSLATE_NOOP("Schema", "Monthly"), "month", 1),
                       frequency("quarterly", QT_TRANSLATE_NOOP("Schema", "Quarterly"), "month", 3),
                       frequency("biannual", QT_TRANSLATE_NOOP("Schema", "Every six months"), "month", 6),
                       frequency("annual", QT_TRANSLATE_NOOP("Schema", "Annual"), "year", 1) },
          .required = true },
        { .key = QStringLiteral("currency"), .label = QT_TRANSLATE_NOOP("Schema", "Currency"),
          .type = FieldType::Currency, .path = QStringLiteral("price.currency"), .wire = QStringLiteral("currency"),
          .required = true },
        { .key = planType, .label = QT_TRANSLATE_NOOP("Schema", "Pricing"), .type = FieldType::Choice,
          .options = { { QStringLiteral("flat"), QT_TRANSLATE_NOOP("Schema", "Flat amount"),
                         { { QStringLiteral("price.scheme"), QStringLiteral("flat"), { QStringLiteral("per_unit") } } } },
                       { tiered, QT_TRANSLATE_NOOP("Schema", "Tiered"), { { QStringLiteral("price.scheme"), tiered } },
                         QStringLiteral("tiers_mode") } },
          .required = true },
        { .key = QStringLiteral("amount"), .label = QT_TRANSLATE_NOOP("Schema", "Amount"), .type = FieldType::Money,
          .path = QStringLiteral("price.amount"), .wire = QStringLiteral("amount"), .required = true,
          .limits = { .min = 0 },
          .help = QT_TRANSLATE_NOOP("Schema", "For a tiered plan, a fixed amount charged on top of the tiers (often 0)."),
          .majorUnits = true },
        { .key = QStringLiteral("exempt"), .label = QT_TRANSLATE_NOOP("Schema", "Tax exempt"), .type = FieldType::Bool,
          .path = QStringLiteral("price.taxExempt"), .wire = QStringLiteral("exempt"), .moreOptions = true },
        { .key = QStringLiteral("usage_scheme"), .label = QT_TRANSLATE_NOOP("Schema", "Usage scheme"),
          .type = FieldType::Choice, .path = QStringLiteral("price.usageType"), .wire = QStringLiteral("usage_scheme"),
          .options = { { QStringLiteral("licensed"), QT_TRANSLATE_NOOP("Schema", "Licensed") },
                       { QStringLiteral("metered"), QT_TRANSLATE_NOOP("Schema", "Metered") } },
          .moreOptions = true },
        { .key = QStringLiteral("usage_aggregation"), .label = QT_TRANSLATE_NOOP("Schema", "Usage aggregation"),
          .type = FieldType::Choice, .path = QStringLiteral("price.usageAggregation"),
          .wire = QStringLiteral("usage_aggregation"),
          .options = { { QStringLiteral("sum"), QT_TRANSLATE_NOOP("Schema", "Sum of usage") },
                       { QStringLiteral("max"), QT_TRANSLATE_NOOP("Schema", "Maximum usage") },
                       { QStringLiteral("last_record"), QT_TRANSLATE_NOOP("Schema", "Last reported usage") } },
          .visibleWhen = when({ is(QStringLiteral("usage_scheme"), { QStringLiteral("metered") }) }), .moreOptions = true },
        { .key = QStringLiteral("tiers_mode"), .label = QT_TRANSLATE_NOOP("Schema", "Tiers mode"),
          .type = FieldType::Choice, .path = QStringLiteral("price.tiersMode"), .wire = QStringLiteral("tiers_mode"),
          .options = { { QStringLiteral("graduated"), QT_TRANSLATE_NOOP("Schema", "Graduated") },
                       { QStringLiteral("volume"), QT_TRANSLATE_NOOP("Schema", "Volume") } },
          .required = true, .visibleWhen = when({ is(planType, { tiered }) }) },
        { .key = QStringLiteral("tiers"), .label = QT_TRANSLATE_NOOP("Schema", "Tiers"), .type = FieldType::Tiers,
          .path = QStringLiteral("price.tiers"), .wire = QStringLiteral("tiers"), .required = true,
          .visibleWhen = when({ is(planType, { tiered }) }),
          .limits = { .maxCount = 100, .min = 0, .tierStyle = TierStyle::Ranges, .tierAmounts = TierAmounts::ExactlyOne },
          .majorUnits = true },
        { .key = QStringLiteral("plan_unit_label"), .label = QT_TRANSLATE_NOOP("Schema", "Plan unit label"),
          .type = FieldType::Text, .path = QStringLiteral("price.planUnitLabel"), .wire = QStringLiteral("unit_label"),
          .limits = { .maxLength = 4 }, .updatable = true, .moreOptions = true },
    };
    return s;
}

} // namespace

const ProviderSchema& piriod()
{
    static const ProviderSchema s = make();
    return s;
}

} // namespace pb::schemas
