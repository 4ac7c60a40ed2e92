#include "ProviderSchema.h"

#include "ProductFields.h"

#include <QCoreApplication>

namespace pb {

Clause is(const QString& field, const QStringList& values) { return { field, values, false }; }
Clause isNot(const QString& field, const QStringList& values) { return { field, values, true }; }
Clause isSet(const QString& field) { return { field, {}, false }; }
Clause isUnset(const QString& field) { return { field, {}, true }; }
Condition when(std::initializer_list<Clause> all) { return { QList<Clause>(all) }; }
Condition anyOf(std::initializer_list<QList<Clause>> alternatives) { return Condition(alternatives); }

QString FieldSpec::translatedLabel() const { return QCoreApplication::translate("Schema", label); }
QString FieldSpec::translatedHelp() const
{
    return help ? QCoreApplication::translate("Schema", help) : QString();
}

const FieldSpec* ProviderSchema::field(const QString& key) const
{
    for (const FieldSpec& f : productFields)
        if (f.key == key)
            return &f;
    for (const FieldSpec& f : priceFields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QList<const FieldSpec*> ProviderSchema::allFields() const
{
    QList<const FieldSpec*> all;
    for (const FieldSpec& f : productFields)
        all.append(&f);
    for (const FieldSpec& f : priceFields)
        all.append(&f);
    return all;
}

namespace {

QString asText(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return {};
    return v.toString();
}

bool assignmentMatches(const Assignment& a, const Product& product, const Price* price)
{
    const QString current = asText(ProductFields::read(product, price, a.path));
    if (current == asText(a.value))
        return true;
    for (const QVariant& alt : a.alsoMatches)
        if (current == asText(alt))
            return true;
    return false;
}

} // namespace

FieldView::FieldView(const ProviderSchema& schema, const Product& product, const Price* price)
    : m_schema(schema)
    , m_product(product)
    , m_price(price)
{
}

QVariant FieldView::value(const QString& key) const
{
    const FieldSpec* f = m_schema.field(key);
    return f ? value(*f) : QVariant();
}

QVariant FieldView::value(const FieldSpec& field) const
{
    if (field.type == FieldType::Constant)
        return field.constant;
    if (field.isComposite()) {
        for (const Option& o : field.options) {
            bool all = true;
            for (const Assignment& a : o.assign)
                all = all && assignmentMatches(a, m_product, m_price);
            if (all)
                return o.value;
        }
        return {};
    }
    return ProductFields::read(m_product, m_price, field.path);
}

bool FieldView::has(const QString& key) const { return !ProductFields::isEmpty(value(key)); }

bool FieldView::holds(const Condition& condition) const
{
    if (condition.isEmpty())
        return true;
    for (const QList<Clause>& alternative : condition) {
        bool all = true;
        for (const Clause& c : alternative) {
            bool ok;
            if (c.values.isEmpty()) {
                ok = has(c.field);
            } else {
                ok = c.values.contains(asText(value(c.field)));
            }
            if (c.negate)
                ok = !ok;
            if (!ok) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

bool FieldView::isVisible(const FieldSpec& field) const { return holds(field.visibleWhen); }

bool FieldView::isRequired(const FieldSpec& field) const
{
    if (!isVisible(field))
        return false;
    if (field.required)
        return true;
    return !field.requiredWhen.isEmpty() && holds(field.requiredWhen);
}

bool FieldView::hasUnsupportedShape(const FieldSpec& field) const
{
    if (!field.isComposite() || has(field.key))
        return false;
    for (const Option& o : field.options)
        for (const Assignment& a : o.assign)
            if (!ProductFields::isEmpty(ProductFields::read(m_product, m_price, a.path)))
                return true;
    return false;
}

void writeField(const FieldSpec& field, Product& product, Price* price, const QVariant& value)
{
    if (field.type == FieldType::Constant)
        return;
    if (field.isComposite()) {
        const QString wanted = asText(value);
        for (const Option& o : field.options) {
            if (o.value == wanted) {
                for (const Assignment& a : o.assign)
                    ProductFields::write(product, price, a.path, a.value);
                return;
            }
        }
        return;
    }
    ProductFields::write(product, price, field.path, value);
}

} // namespace pb
