#include "Validator.h"

#include "Money.h"
#include "ProductFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace pb {

namespace {

// Translations in the "Validator" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validator)
};

QString formatAmount(qint64 value, FieldType type, const QString& currency)
{
    if (type == FieldType::Money && Currency::isKnown(currency))
        return Money::format(value, currency);
    if (type == FieldType::Hundredths)
        return Money::toDecimal(value, 2);
    return QLocale().toString(qlonglong(value));
}

bool hasControlChars(const QString& s, bool allowNewlines)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control) {
            if (allowNewlines && (c == u'\n' || c == u'\t' || c == u'\r'))
                continue;
            return true;
        }
    }
    return false;
}

// Characters that show nothing or turn the text around (U+202E makes "Invoice \u202Egpj.exe"
// read "Invoice exe.jpg"): the text shown is not the text sent.
QString invisibleOrBidi(const QString& s)
{
    QStringList found;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
        const bool invisible = (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF || u == 0x00AD;
        if (!bidi && !invisible)
            continue;
        const QString code = QStringLiteral("U+") + QStringLiteral("%1").arg(int(u), 4, 16, QLatin1Char('0')).toUpper();
        if (!found.contains(code))
            found << code;
    }
    return found.join(QStringLiteral(", "));
}

bool isWebUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()
        && !text.contains(u' ');
}

class FieldChecker
{
public:
    FieldChecker(const ProviderSchema& schema, const Product& product, int priceIndex, const FieldSpec& field,
                 QList<FieldMessage>& out)
        : m_schema(schema)
        , m_price(priceIndex >= 0 ? &product.prices.at(priceIndex) : nullptr)
        , m_index(priceIndex)
        , m_field(field)
        , m_view(schema, product, m_price)
        , m_out(out)
    {
    }

    void run()
    {
        if (!m_view.isVisible(m_field) || m_field.type == FieldType::Constant)
            return;
        const QVariant value = m_view.value(m_field);
        if (ProductFields::isEmpty(value)) {
            if (m_field.isComposite() && m_view.hasUnsupportedShape(m_field)) {
                QStringList choices;
                for (const Option& o : m_field.options)
                    choices << QCoreApplication::translate("Schema", o.label);
                add(Text::tr("%1: %2 cannot carry this kind of price. Choose one of: %3.")
                        .arg(label(), m_schema.displayName, choices.join(Text::tr(", "))));
            } else if (m_view.isRequired(m_field)) {
                if (m_field.requiredReason && !m_field.required)
                    add(Text::tr("%1 is required %2.")
                            .arg(label(), QCoreApplication::translate("Schema", m_field.requiredReason)));
                else
                    add(Text::tr("%1 is required.").arg(label()));
            }
            return;
        }
        switch (m_field.type) {
        case FieldType::Text:
        case FieldType::LongText: checkText(value.toString()); break;
        case FieldType::Choice: checkChoice(value.toString()); break;
        case FieldType::Money:
        case FieldType::Integer:
        case FieldType::Hundredths: checkNumber(value.toLongLong()); break;
        case FieldType::DecimalText: checkDecimalText(value.toString()); break;
        case FieldType::Url:
            checkText(value.toString());
            if (!isWebUrl(value.toString()))
                add(Text::tr("%1 must be a web address starting with http:// or https://.").arg(label()));
            break;
        case FieldType::Currency:
            if (!Currency::isKnown(value.toString()))
                add(Text::tr("%1: “%2” is not a three-letter ISO 4217 currency code (in lower case, e.g. usd).")
                        .arg(label(), value.toString().left(20)));
            break;
        case FieldType::TextList:
        case FieldType::FeatureList: checkList(value.toStringList()); break;
        case FieldType::KeyValues: checkKeyValues(value.value<PbKeyValueList>()); break;
        case FieldType::Json: checkJson(value.toString()); break;
        case FieldType::Tiers: checkTiers(value.value<QList<Tier>>()); break;
        case FieldType::CurrencyAmounts: checkCurrencyAmounts(value.value<QList<CurrencyAmount>>()); break;
        case FieldType::Bool:
        case FieldType::Constant: break;
        }
    }

private:
    QString label() const { return m_field.translatedLabel(); }
    void add(const QString& message) { m_out.append({ m_field.key, m_index, message, false }); }
    QString currency() const { return m_price ? m_price->currency : QString(); }

    void checkText(const QString& s)
    {
        const Limits& l = m_field.limits;
        if (hasControlChars(s, m_field.type == FieldType::LongText))
            add(Text::tr("%1 contains a control character.").arg(label()));
        if (!s.isValidUtf16())
            add(Text::tr("%1 is not valid text: it holds half of a character (a lone surrogate).").arg(label()));
        if (const QString hidden = invisibleOrBidi(s); !hidden.isEmpty())
            m_out.append({ m_field.key, m_index,
                           Text::tr("%1 contains invisible or direction-changing characters (%2): what it shows is not all it says.").arg(label(), hidden),
                           true });
        if (l.maxLength > 0 && s.size() > l.maxLength)
            add(Text::tr("%1 is too long: %2 characters, at most %3.").arg(label()).arg(s.size()).arg(l.maxLength));
        if (l.minLength > 0 && s.size() < l.minLength)
            add(Text::tr("%1 is too short: at least %2 characters.").arg(label()).arg(l.minLength));
        QStringList found;
        for (QChar c : l.forbiddenChars)
            if (s.contains(c))
                found << QStringLiteral("“%1”").arg(c);
        if (!found.isEmpty())
            add(Text::tr("%1 cannot contain %2.").arg(label(), found.join(Text::tr(", "))));
        if (l.needsLetter && !std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); }))
            add(Text::tr("%1 must contain at least one letter.").arg(label()));
        if (!l.pattern.isEmpty()) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(l.pattern));
            if (!re.match(s).hasMatch())
                add(Text::tr("%1 may contain %2.")
                        .arg(label(), l.patternHint ? QCoreApplication::translate("Schema", l.patternHint) : l.pattern));
        }
    }

    void checkChoice(const QString& value)
    {
        if (m_field.isComposite())
            return; // read back from the model: always one of the options
        for (const Option& o : m_field.options)
            if (o.value == value)
                return;
        if (m_field.openChoice) {
            checkText(value);
            return;
        }
        QStringList allowed;
        for (const Option& o : m_field.options)
            allowed << o.value;
        add(Text::tr("%1: “%2” is not allowed here; choose one of %3.")
                .arg(label(), value.left(40), allowed.join(Text::tr(", "))));
    }

    void checkNumber(qint64 value)
    {
        const Limits& l = m_field.limits;
        if (l.min && value < *l.min) {
            if (*l.min == 0)
                add(Text::tr("%1 cannot be negative.").arg(label()));
            else
                add(Text::tr("%1 must be at least %2.").arg(label(), formatAmount(*l.min, m_field.type, currency())));
        }
        if (l.max && value > *l.max)
            add(Text::tr("%1 must be at most %2.").arg(label(), formatAmount(*l.max, m_field.type, currency())));
        if (!l.maxByField.isEmpty()) {
            const QString governing = m_view.value(l.maxByField).toString();
            const auto it = l.maxBy.constFind(governing);
            if (it != l.maxBy.constEnd() && value > *it) {
                const FieldSpec* other = m_schema.field(l.maxByField);
                add(Text::tr("%1 can be at most %2 when the %3 is “%4”.")
                        .arg(label())
                        .arg(*it)
                        .arg(other ? other->translatedLabel().toLower() : l.maxByField, governing));
            }
        }
    }

    void checkDecimalText(const QString& s)
    {
        const int places = m_field.limits.maxDecimals < 0 ? 12 : m_field.limits.maxDecimals;
        const QRegularExpression re(QStringLiteral("^\\d{1,18}(\\.\\d{1,%1})?$").arg(places));
        if (!re.match(s).hasMatch())
            add(Text::tr("%1 must be a positive number of minor units with at most %2 decimal places.")
                    .arg(label())
                    .arg(places));
    }

    void checkList(const QStringList& items)
    {
        const Limits& l = m_field.limits;
        if (l.maxCount > 0 && items.size() > l.maxCount)
            add(Text::tr("%1: at most %2 entries, %3 given.").arg(label()).arg(l.maxCount).arg(items.size()));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString& item = items.at(i);
            if (item.trimmed().isEmpty())
                add(Text::tr("%1: entry %2 is empty.").arg(label()).arg(i + 1));
            else if (l.maxItemLength > 0 && item.size() > l.maxItemLength)
                add(Text::tr("%1: entry %2 is longer than %3 characters.").arg(label()).arg(i + 1).arg(l.maxItemLength));
            else if (l.itemsAreUrls && !isWebUrl(item))
                add(Text::tr("%1: entry %2 must be a web address starting with http:// or https://.").arg(label()).arg(i + 1));
            else if (hasControlChars(item, false))
                add(Text::tr("%1: entry %2 contains a control character.").arg(label()).arg(i + 1));
        }
    }

    void checkKeyValues(const PbKeyValueList& pairs)
    {
        const Limits& l = m_field.limits;
        if (l.maxCount > 0 && pairs.size() > l.maxCount)
            add(Text::tr("%1: at most %2 keys, %3 given.").arg(label()).arg(l.maxCount).arg(pairs.size()));
        QSet<QString> seen;
        for (const auto& [key, value] : pairs) {
            if (key.trimmed().isEmpty())
                add(Text::tr("%1: a key is empty.").arg(label()));
            else if (l.maxKeyLength > 0 && key.size() > l.maxKeyLength)
                add(Text::tr("%1: the key “%2…” is longer than %3 characters.").arg(label(), key.left(20)).arg(l.maxKeyLength));
            else if (key.contains(u'[') || key.contains(u']'))
                add(Text::tr("%1: the key “%2” cannot contain square brackets.").arg(label(), key.left(40)));
            if (l.maxItemLength > 0 && value.size() > l.maxItemLength)
                add(Text::tr("%1: the value of “%2” is longer than %3 characters.").arg(label(), key.left(40)).arg(l.maxItemLength));
            if (seen.contains(key))
                add(Text::tr("%1: the key “%2” appears twice.").arg(label(), key.left(40)));
            seen.insert(key);
        }
    }

    void checkJson(const QString& text)
    {
        if (m_field.limits.maxLength > 0 && text.size() > m_field.limits.maxLength) {
            add(Text::tr("%1 is too long: %2 characters, at most %3.").arg(label()).arg(text.size()).arg(m_field.limits.maxLength));
            return;
        }
        if (text.trimmed() == u"null")
            return;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            add(Text::tr("%1 is not valid JSON: %2 at character %3.").arg(label(), error.errorString()).arg(error.offset));
        else if (!doc.isObject())
            add(Text::tr("%1 must be a JSON object or null.").arg(label()));
    }

    void checkTiers(const QList<Tier>& tiers)
    {
        const Limits& l = m_field.limits;
        if (l.maxCount > 0 && tiers.size() > l.maxCount)
            add(Text::tr("%1: at most %2 tiers, %3 given.").arg(label()).arg(l.maxCount).arg(tiers.size()));
        std::optional<qint64> previous;
        for (qsizetype i = 0; i < tiers.size(); ++i) {
            const Tier& t = tiers.at(i);
            const bool last = i == tiers.size() - 1;
            if (!t.upTo && !last)
                add(Text::tr("Tier %1: only the last tier can be unbounded.").arg(i + 1));
            if (t.upTo && last)
                add(Text::tr("Tier %1: the last tier must be unbounded (no upper limit).").arg(i + 1));
            if (t.upTo) {
                if (*t.upTo < 1)
                    add(Text::tr("Tier %1: the upper limit must be at least 1.").arg(i + 1));
                else if (previous && *t.upTo <= *previous)
                    add(Text::tr("Tier %1: the upper limit (%2) must be above the previous tier's (%3).")
                            .arg(i + 1)
                            .arg(*t.upTo)
                            .arg(*previous));
                previous = t.upTo;
            }
            const bool unit = t.unitAmount.has_value(), flat = t.flatAmount.has_value();
            if (l.tierAmounts == TierAmounts::ExactlyOne && unit == flat)
                add(unit ? Text::tr("Tier %1: give either a unit amount or a flat amount, not both.").arg(i + 1)
                         : Text::tr("Tier %1: give a unit amount or a flat amount.").arg(i + 1));
            if (l.tierAmounts == TierAmounts::AtLeastOne && !unit && !flat)
                add(Text::tr("Tier %1: give a unit amount, a flat amount, or both.").arg(i + 1));
            if ((unit && *t.unitAmount < 0) || (flat && *t.flatAmount < 0))
                add(Text::tr("Tier %1: amounts cannot be negative.").arg(i + 1));
        }
    }

    void checkCurrencyAmounts(const QList<CurrencyAmount>& options)
    {
        QSet<QString> seen;
        for (const CurrencyAmount& o : options) {
            if (!Currency::isKnown(o.currency))
                add(Text::tr("%1: “%2” is not a three-letter ISO 4217 currency code.").arg(label(), o.currency.left(20)));
            else if (o.currency == currency())
                add(Text::tr("%1: %2 is already the price's currency.").arg(label(), o.currency.toUpper()));
            else if (seen.contains(o.currency))
                add(Text::tr("%1: %2 appears twice.").arg(label(), o.currency.toUpper()));
            if (o.amount < 0)
                add(Text::tr("%1: the %2 amount cannot be negative.").arg(label(), o.currency.toUpper()));
            else if (m_field.limits.max && o.amount > *m_field.limits.max)
                add(Text::tr("%1: the %2 amount is too large.").arg(label(), o.currency.toUpper()));
            seen.insert(o.currency);
        }
    }

    const ProviderSchema& m_schema;
    const Price* m_price;
    int m_index;
    const FieldSpec& m_field;
    FieldView m_view;
    QList<FieldMessage>& m_out;
};

void checkRules(const ProviderSchema& schema, const Product& product, int priceIndex,
                const QList<CrossRule>& rules, QList<FieldMessage>& out)
{
    const Price* price = priceIndex >= 0 ? &product.prices.at(priceIndex) : nullptr;
    const FieldView view(schema, product, price);
    for (const CrossRule& rule : rules) {
        if (!view.holds(rule.when))
            continue;
        QList<const FieldSpec*> present;
        QList<qint64> values;
        for (const QString& key : rule.fields) {
            const FieldSpec* f = schema.field(key);
            if (f && view.isVisible(*f) && view.has(key)) {
                present.append(f);
                values.append(view.value(key).toLongLong());
            }
        }
        const QString first = rule.fields.value(0);
        auto add = [&](const char* text) {
            out.append({ first, priceIndex, QCoreApplication::translate("Schema", text), false });
        };
        switch (rule.kind) {
        case RuleKind::ExactlyOne:
            if (present.isEmpty())
                add(rule.missingMessage ? rule.missingMessage : rule.message);
            else if (present.size() > 1)
                add(rule.message);
            break;
        case RuleKind::AtMostOne:
            if (present.size() > 1)
                add(rule.message);
            break;
        case RuleKind::AllOrNone:
            if (!present.isEmpty() && present.size() != rule.fields.size())
                add(rule.message);
            break;
        case RuleKind::Ascending:
            for (qsizetype i = 1; i < values.size(); ++i) {
                if (values.at(i) < values.at(i - 1)) {
                    out.append({ present.at(i)->key, priceIndex, QCoreApplication::translate("Schema", rule.message), false });
                    break;
                }
            }
            break;
        }
    }
}

bool binds(const FieldSpec& f, const QString& path)
{
    if (f.path == path)
        return true;
    for (const Option& o : f.options)
        for (const Assignment& a : o.assign)
            if (a.path == path)
                return true;
    return false;
}

// Model values that no visible field of this provider carries: they would be dropped silently,
// so they are named (as warnings) before anything is sent.
void checkUncarried(const ProviderSchema& schema, const Product& product, int priceIndex,
                    QList<FieldMessage>& out)
{
    const Price* price = priceIndex >= 0 ? &product.prices.at(priceIndex) : nullptr;
    const FieldView view(schema, product, price);
    const QList<FieldSpec>& fields = price ? schema.priceFields : schema.productFields;
    QStringList dropped;
    for (const QString& path : ProductFields::allPaths()) {
        if (ProductFields::isPricePath(path) != (price != nullptr))
            continue;
        const QVariant value = ProductFields::read(product, price, path);
        if (ProductFields::isEmpty(value))
            continue;
        // Defaults that mean "nothing special": a provider without the field assumes them.
        static const QHash<QString, QString> neutral = { { QStringLiteral("status"), QStringLiteral("active") },
                                                         { QStringLiteral("price.usageType"), QStringLiteral("licensed") },
                                                         { QStringLiteral("price.intervalCount"), QStringLiteral("1") } };
        if (neutral.value(path) == value.toString())
            continue;
        // A price paid once has no billing period: what the period fields still hold (the
        // period a new price starts with, or one kept for when it is recurring again) is no
        // value of this price, so nothing of it is dropped.
        if (price && price->billing == u"one_time"
            && (path == u"price.interval" || path == u"price.intervalCount"))
            continue;
        const bool carried = std::any_of(fields.begin(), fields.end(), [&](const FieldSpec& f) {
            return binds(f, path) && view.isVisible(f);
        });
        if (!carried)
            dropped << ProductFields::label(path);
    }
    if (!dropped.isEmpty())
        out.append({ QString(), priceIndex,
                     QCoreApplication::translate("Validator", "%1 does not take these, so they will not be sent: %2.")
                         .arg(schema.displayName, dropped.join(QStringLiteral(", "))),
                     true });
}

bool checkedFor(const FieldSpec& field, Operation op) { return op == Operation::Create || field.updatable; }

} // namespace

QString FieldMessage::location() const
{
    if (priceIndex < 0)
        return field.isEmpty() ? QStringLiteral("product") : field;
    return field.isEmpty() ? QStringLiteral("prices[%1]").arg(priceIndex)
                           : QStringLiteral("prices[%1].%2").arg(priceIndex).arg(field);
}

bool ValidationResult::isValid() const
{
    return std::none_of(messages.begin(), messages.end(), [](const FieldMessage& m) { return !m.warning; });
}

QList<FieldMessage> ValidationResult::errorsFor(const QString& field, int priceIndex) const
{
    QList<FieldMessage> found;
    for (const FieldMessage& m : messages)
        if (m.field == field && m.priceIndex == priceIndex && !m.warning)
            found.append(m);
    return found;
}

QList<FieldMessage> Validator::validateField(const ProviderSchema& schema, const Product& product, int priceIndex,
                                             const FieldSpec& field)
{
    QList<FieldMessage> out;
    if (priceIndex >= product.prices.size() || (priceIndex >= 0 && product.prices.at(priceIndex).archived))
        return out;
    FieldChecker(schema, product, priceIndex, field, out).run();
    return out;
}

ValidationResult Validator::validate(const ProviderSchema& schema, const Product& product, Operation operation)
{
    ValidationResult result;
    for (const FieldSpec& f : schema.productFields)
        if (checkedFor(f, operation))
            FieldChecker(schema, product, -1, f, result.messages).run();
    if (operation == Operation::Create) {
        checkRules(schema, product, -1, schema.productRules, result.messages);
        checkUncarried(schema, product, -1, result.messages);
    }

    // Archived prices are the provider's history: kept and compared, never sent or edited, so
    // they neither count against the provider's limits nor get checked.
    const int count = int(std::count_if(product.prices.cbegin(), product.prices.cend(), [](const Price& p) { return !p.archived; }));
    const int all = int(product.prices.size());
    const QString provider = schema.displayName;
    if (schema.maxPrices == 0) {
        if (count > 0)
            result.messages.append({ QStringLiteral("prices"), -1,
                                     count == 1
                                         ? QCoreApplication::translate("Validator", "%1 products have no prices; the price will not be sent.").arg(provider)
                                         : QCoreApplication::translate("Validator", "%1 products have no prices; the %n prices will not be sent.", nullptr, count)
                                               .arg(provider),
                                     true });
        return result;
    }
    if (operation == Operation::Update) {
        for (int i = 0; i < all; ++i)
            for (const FieldSpec& f : schema.priceFields)
                if (f.updatable && !product.prices.at(i).archived)
                    FieldChecker(schema, product, i, f, result.messages).run();
        return result;
    }
    if (count < schema.minPrices)
        result.messages.append({ QStringLiteral("prices"), -1,
                                 schema.minPrices == schema.maxPrices
                                     ? QCoreApplication::translate("Validator", "%1 products need exactly one price.").arg(provider)
                                     : schema.minPrices == 1
                                     ? QCoreApplication::translate("Validator", "%1 products need at least one price.").arg(provider)
                                     : QCoreApplication::translate("Validator", "%1 products need at least %n prices.", nullptr, schema.minPrices)
                                           .arg(provider),
                                 false });
    if (schema.maxPrices > 0 && count > schema.maxPrices)
        result.messages.append({ QStringLiteral("prices"), -1,
                                 schema.maxPrices == 1
                                     ? QCoreApplication::translate("Validator", "%1 products take one price; this one has %n.", nullptr, count)
                                           .arg(provider)
                                     : QCoreApplication::translate("Validator", "%1 products take at most %2 prices; this one has %n.", nullptr, count)
                                           .arg(provider, QString::number(schema.maxPrices)),
                                 false });
    for (int i = 0; i < all; ++i) {
        if (product.prices.at(i).archived)
            continue;
        for (const FieldSpec& f : schema.priceFields)
            FieldChecker(schema, product, i, f, result.messages).run();
        checkRules(schema, product, i, schema.priceRules, result.messages);
        checkUncarried(schema, product, i, result.messages);
    }
    return result;
}

} // namespace pb
