#include "WireValue.h"

#include <QUrl>

namespace pb {

WireValue WireValue::string(const QString& s)
{
    WireValue v;
    v.m_kind = Kind::String;
    v.m_text = s;
    return v;
}

WireValue WireValue::number(const QString& literal)
{
    WireValue v;
    v.m_kind = Kind::Number;
    v.m_text = literal;
    return v;
}

WireValue WireValue::integer(qint64 n) { return number(QString::number(n)); }

WireValue WireValue::boolean(bool b)
{
    WireValue v;
    v.m_kind = Kind::Bool;
    v.m_text = b ? QStringLiteral("true") : QStringLiteral("false");
    return v;
}

WireValue WireValue::object()
{
    WireValue v;
    v.m_kind = Kind::Object;
    return v;
}

WireValue WireValue::array()
{
    WireValue v;
    v.m_kind = Kind::Array;
    return v;
}

std::optional<qint64> WireValue::toInteger() const
{
    if (m_kind != Kind::Number && m_kind != Kind::String)
        return std::nullopt;
    bool ok = false;
    const qint64 n = m_text.toLongLong(&ok);
    if (ok)
        return n;
    // "2999.0" or "2.999e3" are not whole-number literals; callers treat them as invalid.
    return std::nullopt;
}

void WireValue::insert(const QString& key, WireValue value)
{
    m_kind = Kind::Object;
    for (auto& member : m_members) {
        if (member.first == key) {
            member.second = std::move(value);
            return;
        }
    }
    m_members.emplace_back(key, std::move(value));
}

void WireValue::insert(const QStringList& path, WireValue value)
{
    if (path.isEmpty())
        return;
    if (path.size() == 1) {
        insert(path.first(), std::move(value));
        return;
    }
    m_kind = Kind::Object;
    for (auto& member : m_members) {
        if (member.first == path.first()) {
            if (!member.second.isObject())
                member.second = object();
            member.second.insert(path.mid(1), std::move(value));
            return;
        }
    }
    WireValue child = object();
    child.insert(path.mid(1), std::move(value));
    m_members.emplace_back(path.first(), std::move(child));
}

void WireValue::append(WireValue value)
{
    m_kind = Kind::Array;
    m_items.push_back(std::move(value));
}

const WireValue* WireValue::get(const QString& key) const
{
    if (m_kind != Kind::Object)
        return nullptr;
    for (const auto& member : m_members)
        if (member.first == key)
            return &member.second;
    return nullptr;
}

const WireValue* WireValue::at(const QStringList& path) const
{
    const WireValue* node = this;
    for (const QString& key : path) {
        node = node->get(key);
        if (!node)
            return nullptr;
    }
    return node;
}

std::vector<const WireValue*> WireValue::listItems() const
{
    std::vector<const WireValue*> out;
    if (m_kind == Kind::Array) {
        for (const WireValue& item : m_items)
            out.push_back(&item);
        return out;
    }
    if (m_kind != Kind::Object)
        return out;
    for (qsizetype i = 0;; ++i) {
        const WireValue* item = get(QString::number(i));
        if (!item)
            break;
        out.push_back(item);
    }
    return out;
}

void WireValue::bind(const QString& placeholder, const QString& value)
{
    if (m_kind == Kind::String && m_text == placeholder)
        m_text = value;
    for (auto& member : m_members)
        member.second.bind(placeholder, value);
    for (auto& item : m_items)
        item.bind(placeholder, value);
}

bool WireValue::operator==(const WireValue& o) const
{
    return m_kind == o.m_kind && m_text == o.m_text && m_members == o.m_members && m_items == o.m_items;
}

namespace {

void writeJsonString(const QString& s, QByteArray& out)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

} // namespace

void WireValue::writeJson(QByteArray& out) const
{
    switch (m_kind) {
    case Kind::Null: out += "null"; break;
    case Kind::String: writeJsonString(m_text, out); break;
    case Kind::Number:
    case Kind::Bool: out += m_text.toLatin1(); break;
    case Kind::Object: {
        out += '{';
        bool first = true;
        for (const auto& [key, value] : m_members) {
            if (!first)
                out += ',';
            first = false;
            writeJsonString(key, out);
            out += ':';
            value.writeJson(out);
        }
        out += '}';
        break;
    }
    case Kind::Array: {
        out += '[';
        bool first = true;
        for (const WireValue& item : m_items) {
            if (!first)
                out += ',';
            first = false;
            item.writeJson(out);
        }
        out += ']';
        break;
    }
    }
}

QByteArray WireValue::toJson() const
{
    QByteArray out;
    writeJson(out);
    return out;
}

void WireValue::writeForm(const QByteArray& prefix, QByteArray& out) const
{
    auto emit = [&](const QByteArray& key, const QString& value) {
        if (!out.isEmpty())
            out += '&';
        out += key;
        out += '=';
        out += QUrl::toPercentEncoding(value);
    };
    switch (m_kind) {
    case Kind::Null: emit(prefix, QString()); break;
    case Kind::String:
    case Kind::Number:
    case Kind::Bool: emit(prefix, m_text); break;
    case Kind::Object:
        for (const auto& [key, value] : m_members) {
            const QByteArray k = QUrl::toPercentEncoding(key);
            value.writeForm(prefix.isEmpty() ? k : prefix + '[' + k + ']', out);
        }
        break;
    case Kind::Array:
        for (size_t i = 0; i < m_items.size(); ++i)
            m_items[i].writeForm(prefix + '[' + QByteArray::number(qulonglong(i)) + ']', out);
        break;
    }
}

QByteArray WireValue::toForm() const
{
    QByteArray out;
    writeForm(QByteArray(), out);
    return out;
}

namespace {

class JsonParser
{
public:
    JsonParser(const QByteArray& in, int maxDepth)
        : m_in(in)
        , m_maxDepth(maxDepth)
    {
    }

    std::optional<WireValue> parse(QString* error)
    {
        skipSpace();
        auto value = parseValue(0);
        skipSpace();
        if (value && m_pos != m_in.size())
            fail("unexpected text after the JSON value");
        if (!m_error.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1 at byte %2").arg(m_error).arg(m_pos);
            return std::nullopt;
        }
        return value;
    }

private:
    void fail(const char* message)
    {
        if (m_error.isEmpty())
            m_error = QString::fromLatin1(message);
    }
    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return atEnd() ? '\0' : m_in.at(m_pos); }
    // After an item of an object or an array: 1 when another follows, 0 at `close`, -1 (failed) otherwise.
    int next(char close)
    {
        skipSpace();
        if (take(','))
            return 1;
        if (take(close))
            return 0;
        fail(close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
        return -1;
    }
    // Steps over the opening bracket; true when `close` follows at once.
    bool opensEmpty(char close)
    {
        ++m_pos;
        skipSpace();
        return take(close);
    }
    // Steps over `c` when it comes next.
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_pos;
    }
    bool literal(const char* word)
    {
        const qsizetype n = qstrlen(word);
        if (m_in.mid(m_pos, n) != word)
            return false;
        m_pos += n;
        return true;
    }

    std::optional<WireValue> parseValue(int depth)
    {
        if (depth > m_maxDepth) {
            fail("nested too deeply");
            return std::nullopt;
        }
        skipSpace();
        const char c = peek();
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"') {
            auto s = parseString();
            if (!s)
                return std::nullopt;
            return WireValue::string(*s);
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return parseNumber();
        if (literal("true"))
            return WireValue::boolean(true);
        if (literal("false"))
            return WireValue::boolean(false);
        if (literal("null"))
            return WireValue::null();
        fail(atEnd() ? "unexpected end of input" : "unexpected character");
        return std::nullopt;
    }

    std::optional<WireValue> parseObject(int depth)
    {
        WireValue obj = WireValue::object();
        if (opensEmpty('}'))
            return obj;
        while (true) {
            skipSpace();
            if (peek() != '"') {
                fail("expected a quoted member name");
                return std::nullopt;
            }
            auto key = parseString();
            if (!key)
                return std::nullopt;
            skipSpace();
            if (peek() != ':') {
                fail("expected ':'");
                return std::nullopt;
            }
            ++m_pos;
            auto value = parseValue(depth + 1);
            if (!value)
                return std::nullopt;
            obj.insert(*key, std::move(*value));
            const int more = next('}');
            if (more <= 0)
                return more == 0 ? std::optional<WireValue>(obj) : std::nullopt;
        }
    }

    std::optional<WireValue> parseArray(int depth)
    {
        WireValue arr = WireValue::array();
        if (opensEmpty(']'))
            return arr;
        while (true) {
            auto value = parseValue(depth + 1);
            if (!value)
                return std::nullopt;
            arr.append(std::move(*value));
            const int more = next(']');
            if (more <= 0)
                return more == 0 ? std::optional<WireValue>(arr) : std::nullopt;
        }
    }

    // One or more digits; fails when there are none.
    bool digits()
    {
        if (!(peek() >= '0' && peek() <= '9')) {
            fail("malformed number");
            return false;
        }
        while (peek() >= '0' && peek() <= '9')
            ++m_pos;
        return true;
    }

    std::optional<WireValue> parseNumber()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        } else {
            fail("malformed number");
            return std::nullopt;
        }
        if (take('.') && !digits())
            return std::nullopt;
        if (take('e') || take('E')) {
            if (!take('+'))
                take('-');
            if (!digits())
                return std::nullopt;
        }
        if (m_pos - start > 400) {
            fail("number too long");
            return std::nullopt;
        }
        return WireValue::number(QString::fromLatin1(m_in.mid(start, m_pos - start)));
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    std::optional<char16_t> hex4()
    {
        if (m_pos + 4 > m_in.size()) {
            fail("truncated \\u escape");
            return std::nullopt;
        }
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_in.at(m_pos + i));
            if (h < 0) {
                fail("malformed \\u escape");
                return std::nullopt;
            }
            v = v * 16 + h;
        }
        m_pos += 4;
        return char16_t(v);
    }

    std::optional<QString> parseString()
    {
        ++m_pos; // '"'
        QByteArray raw;
        QString out;
        auto flush = [&] {
            if (!raw.isEmpty()) {
                out += QString::fromUtf8(raw);
                raw.clear();
            }
        };
        while (true) {
            if (atEnd()) {
                fail("unterminated string");
                return std::nullopt;
            }
            const char c = m_in.at(m_pos++);
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20) {
                fail("control character in string");
                return std::nullopt;
            }
            if (c != '\\') {
                raw += c;
                continue;
            }
            flush();
            const char e = peek();
            ++m_pos;
            switch (e) {
            case '"': out += u'"'; break;
            case '\\': out += u'\\'; break;
            case '/': out += u'/'; break;
            case 'b': out += u'\b'; break;
            case 'f': out += u'\f'; break;
            case 'n': out += u'\n'; break;
            case 'r': out += u'\r'; break;
            case 't': out += u'\t'; break;
            case 'u': {
                auto unit = hex4();
                if (!unit)
                    return std::nullopt;
                out += QChar(*unit);
                break;
            }
            default: fail("unknown escape"); return std::nullopt;
            }
        }
        flush();
        return out;
    }

    const QByteArray& m_in;
    int m_maxDepth;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

std::optional<WireValue> WireValue::fromJson(const QByteArray& json, QString* error, int maxDepth)
{
    return JsonParser(json, maxDepth).parse(error);
}

std::optional<WireValue> WireValue::fromForm(const QByteArray& form, QString* error)
{
    WireValue root = object();
    if (form.isEmpty())
        return root;
    const QList<QByteArray> pairs = form.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray rawKey = eq < 0 ? pair : pair.left(eq);
        QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        rawKey.replace('+', ' ');
        rawValue.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(rawKey));
        const QString value = QString::fromUtf8(QByteArray::fromPercentEncoding(rawValue));
        // "a[b][c]" -> a, b, c
        QStringList path;
        const qsizetype bracket = key.indexOf(u'[');
        path << (bracket < 0 ? key : key.left(bracket));
        qsizetype pos = bracket;
        while (pos >= 0 && pos < key.size()) {
            if (key.at(pos) != u'[') {
                if (error)
                    *error = QStringLiteral("malformed key “%1”").arg(key.left(80));
                return std::nullopt;
            }
            const qsizetype close = key.indexOf(u']', pos);
            if (close < 0) {
                if (error)
                    *error = QStringLiteral("unbalanced brackets in “%1”").arg(key.left(80));
                return std::nullopt;
            }
            path << key.mid(pos + 1, close - pos - 1);
            pos = close + 1;
        }
        if (path.first().isEmpty() || path.first().contains(u']') || path.size() > 16) {
            if (error)
                *error = QStringLiteral("malformed key “%1”").arg(key.left(80));
            return std::nullopt;
        }
        root.insert(path, string(value));
    }
    return root;
}

} // namespace pb
