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

QList<Option> taxBehaviorOptions()
{
    return {
        { QStringLiteral("exclusive"), QT_TRANSLATE_NOOP("Schema", "Exclusive of tax") },
        { QStringLiteral("inclusive"), QT_TRANSLATE_NOOP("Schema", "Inclusive of tax") },
        { QStringLiteral("unspecified"), QT_TRANSLATE_NOOP("Schema", "Unspecified") },
    };
}

} // namespace pb::schemas
