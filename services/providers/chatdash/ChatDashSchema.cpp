// ChatDash: Stripe Connect products through an agency key.
// Source: specs/chatdash-create-product.md, specs/chatdash-update-product.md, PROVIDERS.md.
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Schemas.h"

namespace pb::schemas {

namespace {

ProviderSchema make()
{
    const QString model = QStringLiteral("pricing_model");
    const QString base = QStringLiteral("base"), usage = QStringLiteral("usage"), oneTime = QStringLiteral("oneTime");
    const QString recurring = QStringLiteral("recurring");

    ProviderSchema s { providers::ChatDash, {}, {}, {}, {}, 1, 1, {}, {}, {}, {}, {}, {}, {}, {} };
    s.displayName = QStringLiteral("ChatDash");
    s.defaultBaseUrl = QStringLiteral("https://api.chat-dash.com/v1/public");
    s.createProduct = { QStringLiteral("POST"), QStringLiteral("/stripe/connect/accounts/{accountId}/products") };
    s.updateProduct = { QStringLiteral("PUT"),
                        QStringLiteral("/stripe/connect/accounts/{accountId}/products/{productId}") };

    // Pricebook asks for a name on every product, although ChatDash's document leaves it optional.
    s.productFields = {
        nameField(250),
        descriptionField(),
    };

    s.priceFields = {
        { .key = model, .label = QT_TRANSLATE_NOOP("Schema", "Pricing model"), .type = FieldType::Choice,
          .wire = model,
          .options = {
              { base, QT_TRANSLATE_NOOP("Schema", "Base price (recurring)"),
                { { QStringLiteral("price.billing"), recurring }, { QStringLiteral("price.scheme"), QStringLiteral("flat") } } },
              { usage, QT_TRANSLATE_NOOP("Schema", "Usage (per unit, recurring)"),
                { { QStringLiteral("price.billing"), recurring }, { QStringLiteral("price.scheme"), QStringLiteral("per_unit") } } },
              { oneTime, QT_TRANSLATE_NOOP("Schema", "One-time"),
                { { QStringLiteral("price.billing"), QStringLiteral("one_time") }, { QStringLiteral("price.scheme"), QStringLiteral("flat") } } },
          },
          .required = true },
        { .key = QStringLiteral("currency"), .label = QT_TRANSLATE_NOOP("Schema", "Currency"),
          .type = FieldType::Currency, .path = QStringLiteral("price.currency"), .wire = QStringLiteral("currency"),
          .required = true },
        { .key = QStringLiteral("period"), .label = QT_TRANSLATE_NOOP("Schema", "Billing period"),
          .type = FieldType::Choice, .path = QStringLiteral("price.interval"), .wire = QStringLiteral("period"),
          .options = intervalOptions(), .required = true, .visibleWhen = when({ isNot(model, { oneTime }) }) },
        // ChatDash bills every single period; the count is checked but never sent.
        { .key = QStringLiteral("interval_count"), .label = QT_TRANSLATE_NOOP("Schema", "Billing every"),
          .type = FieldType::Integer, .path = QStringLiteral("price.intervalCount"),
          .visibleWhen = when({ isNot(model, { oneTime }) }), .limits = { .min = 1, .max = 1 },
          .help = QT_TRANSLATE_NOOP("Schema", "ChatDash bills once every period."), .wireDefault = QStringLiteral("1"),
          .moreOptions = true },
        { .key = QStringLiteral("metrics"), .label = QT_TRANSLATE_NOOP("Schema", "Usage metric"),
          .type = FieldType::Choice, .path = QStringLiteral("price.usageMetric"), .wire = QStringLiteral("metrics"),
          .options = {
              { QStringLiteral("interactions"), QT_TRANSLATE_NOOP("Schema", "Interactions") },
              { QStringLiteral("minutes"), QT_TRANSLATE_NOOP("Schema", "Minutes") },
              { QStringLiteral("conversations"), QT_TRANSLATE_NOOP("Schema", "Conversations") },
              { QStringLiteral("valueBased"), QT_TRANSLATE_NOOP("Schema", "Value based") },
          },
          .visibleWhen = when({ is(model, { base, usage }) }),
          .requiredWhen = anyOf({ { is(model, { usage }) },
                                  { is(model, { base }), isSet(QStringLiteral("usage_limit")),
                                    isSet(QStringLiteral("overage_price")) } }),
          .requiredReason = QT_TRANSLATE_NOOP("Schema", "for usage pricing, and for a base price with included usage and an overage price") },
        { .key = QStringLiteral("base_price"), .label = QT_TRANSLATE_NOOP("Schema", "Base price"),
          .type = FieldType::Money, .path = QStringLiteral("price.amount"), .wire = QStringLiteral("base_price"),
          .required = true, .visibleWhen = when({ is(model, { base, oneTime }) }), .limits = { .min = 0 } },
        { .key = QStringLiteral("usage_price"), .label = QT_TRANSLATE_NOOP("Schema", "Price per unit"),
          .type = FieldType::Money, .path = QStringLiteral("price.amount"), .wire = QStringLiteral("usage_price"),
          .required = true, .visibleWhen = when({ is(model, { usage }) }), .limits = { .min = 0 } },
        { .key = QStringLiteral("usage_limit"), .label = QT_TRANSLATE_NOOP("Schema", "Included usage"),
          .type = FieldType::Integer, .path = QStringLiteral("price.includedUsage"),
          .wire = QStringLiteral("usage_limit"), .visibleWhen = when({ is(model, { base, usage }) }),
          .limits = { .min = 0 },
          .help = QT_TRANSLATE_NOOP("Schema", "How much usage the price includes before the overage price applies (sent as usage_limit).") },
        { .key = QStringLiteral("overage_price"), .label = QT_TRANSLATE_NOOP("Schema", "Overage price"),
          .type = FieldType::Money, .path = QStringLiteral("price.overageAmount"),
          .wire = QStringLiteral("overage_price"), .visibleWhen = when({ is(model, { base, usage }) }),
          .requiredWhen = when({ isSet(QStringLiteral("usage_limit")) }),
          .requiredReason = QT_TRANSLATE_NOOP("Schema", "when included usage is set"), .limits = { .min = 0 } },
        { .key = QStringLiteral("tax_behavior"), .label = QT_TRANSLATE_NOOP("Schema", "Tax behavior"),
          .type = FieldType::Choice, .path = QStringLiteral("price.taxBehavior"),
          .wire = QStringLiteral("tax_behavior"), .options = taxBehaviorOptions(), .moreOptions = true },
    };
    return s;
}

} // namespace

const ProviderSchema& chatDash()
{
    static const ProviderSchema s = make();
    return s;
}

} // namespace pb::schemas
