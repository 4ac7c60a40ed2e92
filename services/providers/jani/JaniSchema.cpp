// Jani: products without prices. Source: specs/jani-create-product.md, PROVIDERS.md.
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Schemas.h"

namespace pb::schemas {

namespace {

ProviderSchema make()
{
    ProviderSchema s { providers::Jani, {}, {}, {}, {}, 0, 0, {}, {}, {}, {}, {}, {}, {}, {} };
    s.displayName = QStringLiteral("Jani");
    s.createProduct = { QStringLiteral("POST"), QStringLiteral("/api/v1/products") };
    s.updateProduct = { QStringLiteral("PATCH"), QStringLiteral("/api/v1/products/{productId}") };
    s.getProduct = { QStringLiteral("GET"), QStringLiteral("/api/v1/products/{productId}") };

    s.productFields = {
        nameField(255),
        { .key = QStringLiteral("type"), .label = QT_TRANSLATE_NOOP("Schema", "Product type"),
          .type = FieldType::Choice, .path = QStringLiteral("productType"), .wire = QStringLiteral("type"),
          .options = { { QStringLiteral("standard"), QT_TRANSLATE_NOOP("Schema", "Standard") },
                       { QStringLiteral("subscription"), QT_TRANSLATE_NOOP("Schema", "Subscription") } },
          .openChoice = true, .required = true, .limits = { .maxLength = 64 },
          .help = QT_TRANSLATE_NOOP("Schema", "Standard, subscription, or a custom type of your own."),
          .updatable = true },
        descriptionField(),
        { .key = QStringLiteral("image_url"), .label = QT_TRANSLATE_NOOP("Schema", "Image URL"),
          .type = FieldType::Url, .path = QStringLiteral("imageUrl"), .wire = QStringLiteral("image_url"),
          .limits = { .maxLength = 2048 }, .updatable = true, .moreOptions = true },
        { .key = QStringLiteral("custom_data"), .label = QT_TRANSLATE_NOOP("Schema", "Custom data"),
          .type = FieldType::Json, .path = QStringLiteral("customData"), .wire = QStringLiteral("custom_data"),
          .limits = { .maxLength = 65536 },
          .help = QT_TRANSLATE_NOOP("Schema", "A JSON object, or null."), .updatable = true, .moreOptions = true },
        { .key = QStringLiteral("status"), .label = QT_TRANSLATE_NOOP("Schema", "Status"), .type = FieldType::Choice,
          .path = QStringLiteral("status"), .wire = QStringLiteral("status"),
          .options = { { QStringLiteral("active"), QT_TRANSLATE_NOOP("Schema", "Active") },
                       { QStringLiteral("inactive"), QT_TRANSLATE_NOOP("Schema", "Inactive") },
                       { QStringLiteral("archived"), QT_TRANSLATE_NOOP("Schema", "Archived") } },
          .updatable = true },
    };
    return s;
}

} // namespace

const ProviderSchema& jani()
{
    static const ProviderSchema s = make();
    return s;
}

} // namespace pb::schemas
