#pragma once
// An ordered tree of what goes over the wire, with numbers kept as their literal text so that
// amounts never pass through floating point. Written as JSON or as Stripe-style bracketed form
// fields, and read back from either (with limits on size and depth, for hostile input).
//   WireValue body = WireValue::object();
//   body.insert({"data", "base_price"}, WireValue::integer(2999));
//   body.toJson();   // {"data":{"base_price":2999}}

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace pb {

class WireValue
{
public:
    enum class Kind { Null, String, Number, Bool, Object, Array };

    WireValue() = default; // null
    static WireValue null() { return {}; }
    static WireValue string(const QString& s);
    static WireValue number(const QString& literal); // must be a JSON number literal
    static WireValue integer(qint64 n);
    static WireValue boolean(bool b);
    static WireValue object();
    static WireValue array();

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isString() const { return m_kind == Kind::String; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isBool() const { return m_kind == Kind::Bool; }
    // The scalar as text: the string, the number literal, "true"/"false"; empty for others.
    QString text() const { return m_text; }
    std::optional<qint64> toInteger() const; // exact: numbers and numeric strings without fraction
    bool toBool() const { return m_text == u"true"; }

    // Objects keep insertion order; inserting an existing key replaces its value in place.
    void insert(const QString& key, WireValue value);
    void insert(const QStringList& path, WireValue value); // creates objects along the path
    void append(WireValue value);
    const WireValue* get(const QString& key) const;
    const WireValue* at(const QStringList& path) const;
    const std::vector<std::pair<QString, WireValue>>& members() const { return m_members; }
    const std::vector<WireValue>& items() const { return m_items; }
    // An array's items, or an object with keys "0", "1", ... (as form decoding gives) in index order.
    std::vector<const WireValue*> listItems() const;
    bool isEmptyContainer() const { return m_members.empty() && m_items.empty(); }

    // Replaces every string equal to "{name}" by the bound value (ids known only at send time).
    void bind(const QString& placeholder, const QString& value);

    QByteArray toJson() const;
    // application/x-www-form-urlencoded with bracketed nesting: a[b][0]=c. Top level must be an object.
    QByteArray toForm() const;

    static std::optional<WireValue> fromJson(const QByteArray& json, QString* error = nullptr,
                                             int maxDepth = 64);
    static std::optional<WireValue> fromForm(const QByteArray& form, QString* error = nullptr);

    bool operator==(const WireValue& other) const;

private:
    void writeJson(QByteArray& out) const;
    void writeForm(const QByteArray& prefix, QByteArray& out) const;

    Kind m_kind = Kind::Null;
    QString m_text;
    std::vector<std::pair<QString, WireValue>> m_members;
    std::vector<WireValue> m_items;
};

} // namespace pb
