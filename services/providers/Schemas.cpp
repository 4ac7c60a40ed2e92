#include "Schemas.h"

#include <QtGlobal>

namespace pb::schemas {

QList<Option> intervalOptions()
{
    return {
        { QStringLiteral("day"), QT_TRANSLATE_NOOP("Schema", "Day") },
        { QStringLiteral("week"), QT_TRANSLATE_NOOP("Schema", "Week") },
        { QStringLiteral("month"), QT_TRANSLATE_NOOP("Schema", "Month") },
        { QStringLiteral("year"), QT_TRANSLATE_NOOP("Schema", "Year") },
    };
}

FieldSpec nameField(int maxLength)
{
    return { .key = QStringLiteral("name"), .label = QT_TRANSLATE_NOOP("Schema", "Name"), .type = FieldType::Text,
             .path = QStringLiteral("name"), .wire = QStringLiteral("name"), .required = true,
             .limits = { .maxLength = maxLength }, .updatable = true };
}

FieldSpec descriptionField()
{
    return { .key = QStringLiteral("description"), .label = QT_TRANSLATE_NOOP("Schema", "Description"),
             .type = FieldType::LongText, .path = QStringLiteral("description"), .wire = QStringLiteral("description"),
             .updatable = true };
}

QList<Option> taxBehaviorOptions()
{
    return {
        { QStringLiteral("exclusive"), QT_TRANSLATE_NOOP("Schema", "Exclusive of tax") },
        { QStringLiteral("inclusive"), QT_TRANSLATE_NOOP("Schema", "Inclusive of tax") },
        { QStringLiteral("unspecified"), QT_TRANSLATE_NOOP("Schema", "Unspecified") },
    };
}

} // namespace pb::schemas
