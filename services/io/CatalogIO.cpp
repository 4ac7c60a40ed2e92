#include "CatalogIO.h"

#include "models/Money.h"
#include "models/ProductDocument.h"
#include "models/ProductFields.h"
#include "models/Validator.h"
#include "services/providers/Registry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringDecoder>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace pb::CatalogIO {

namespace {

// Translations in the "CatalogIO" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CatalogIO)
};

QString whichProvider() { return Text::tr("Say which provider: %1.").arg(providerKeyList(Text::tr(" or "))); }

// Lists in one cell: entries joined by "|", with "\|" and "\\" for the characters themselves.
QString joinList(const QStringList& items)
{
    QStringList escaped;
    for (QString s : items)
        escaped << s.replace(u'\\', QStringLiteral("\\\\")).replace(u'|', QStringLiteral("\\|"));
    return escaped.join(u'|');
}

QStringList splitList(const QString& text)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            current += text.at(++i);
        } else if (c == u'|') {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    return out;
}

QString money(const std::optional<qint64>& v, const QString& currency)
{
    return v ? Money::toDecimal(*v, Currency::exponent(currency)) : QString();
}

QString integer(const std::optional<qint64>& v) { return v ? QString::number(*v) : QString(); }
QString boolean(const std::optional<bool>& v) { return v ? (*v ? QStringLiteral("true") : QStringLiteral("false")) : QString(); }

struct Column {
    const char* name;
    bool price;
    std::function<QString(const CatalogEntry&, const Price*)> write;
    // Returns an error message, empty when the text was taken.
    std::function<QString(CatalogEntry&, Price*, const QString&, const ImportOptions&)> read;
    QString path; // the model member it fills, for mapping validation messages back
    bool numeric = false; // holds only numbers Pricebook writes itself: never neutralised (see quoteCsv)
};

QString readMoney(std::optional<qint64>& out, const Price* p, const QString& text, const ImportOptions& o)
{
    if (text.isEmpty()) {
        out.reset();
        return {};
    }
    const QString currency = p && !p->currency.isEmpty() ? p->currency : QStringLiteral("usd");
    const MoneyParseResult r = Money::parse(text, currency, o.locale);
    if (!r.ok)
        return r.error;
    out = r.minor;
    return {};
}

QString readInteger(std::optional<qint64>& out, const QString& text)
{
    if (text.isEmpty()) {
        out.reset();
        return {};
    }
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok)
        return Text::tr("“%1” is not a whole number.").arg(text.left(40));
    out = v;
    return {};
}

QString readBool(std::optional<bool>& out, const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        out.reset();
    else if (t == u"true" || t == u"yes" || t == u"1")
        out = true;
    else if (t == u"false" || t == u"no" || t == u"0")
        out = false;
    else
        return Text::tr("“%1” is not true or false.").arg(text.left(40));
    return {};
}

QString readHundredths(std::optional<qint64>& out, const QString& text)
{
    if (text.isEmpty()) {
        out.reset();
        return {};
    }
    const auto v = Money::fromDecimal(text, 2);
    if (!v)
        return Text::tr("“%1” is not a number with at most two decimals.").arg(text.left(40));
    out = v;
    return {};
}

#define TEXT_PRODUCT(col, member) \
    Column { col, false, [](const CatalogEntry& e, const Price*) { return e.product.member; }, \
             [](CatalogEntry& e, Price*, const QString& t, const ImportOptions&) { e.product.member = t; return QString(); }, \
             QStringLiteral(#member) }
#define TEXT_PRICE(col, member) \
    Column { col, true, [](const CatalogEntry&, const Price* p) { return p->member; }, \
             [](CatalogEntry&, Price* p, const QString& t, const ImportOptions&) { p->member = t; return QString(); }, \
             QStringLiteral("price." #member) }
#define INT_PRICE(col, member) \
    Column { col, true, [](const CatalogEntry&, const Price* p) { return integer(p->member); }, \
             [](CatalogEntry&, Price* p, const QString& t, const ImportOptions&) { return readInteger(p->member, t); }, \
             QStringLiteral("price." #member), true }
#define MONEY_PRICE(col, member) \
    Column { col, true, [](const CatalogEntry&, const Price* p) { return money(p->member, p->currency); }, \
             [](CatalogEntry&, Price* p, const QString& t, const ImportOptions& o) { return readMoney(p->member, p, t, o); }, \
             QStringLiteral("price." #member), true }
#define HUNDREDTHS_PRODUCT(col, member) \
    Column { col, false, [](const CatalogEntry& e, const Price*) { return e.product.member ? Money::toDecimal(*e.product.member, 2) : QString(); }, \
             [](CatalogEntry& e, Price*, const QString& t, const ImportOptions&) { return readHundredths(e.product.member, t); }, \
             QStringLiteral(#member), true }

const QList<Column>& table()
{
    static const QList<Column> t = {
        Column { "provider", false, [](const CatalogEntry& e, const Price*) { return providerKey(e.provider); },
                 [](CatalogEntry& e, Price*, const QString& v, const ImportOptions& o) {
                     if (v.isEmpty()) {
                         if (!o.defaultProvider)
                             return whichProvider();
                         e.provider = *o.defaultProvider;
                         return QString();
                     }
                     const auto p = providerFromKey(v);
                     if (!p)
                         return Text::tr("“%1” is not a provider; use %2.").arg(v.left(40), providerKeyList(Text::tr(" or ")));
                     e.provider = *p;
                     return QString();
                 }, QString() },
        TEXT_PRODUCT("name", name),
        TEXT_PRODUCT("description", description),
        TEXT_PRODUCT("status", status),
        TEXT_PRODUCT("unit_label", unitLabel),
        TEXT_PRODUCT("product_type", productType),
        TEXT_PRODUCT("image_url", imageUrl),
        TEXT_PRODUCT("custom_data", customData),
        TEXT_PRODUCT("stripe_id", idOverride),
        TEXT_PRODUCT("statement_descriptor", statementDescriptor),
        TEXT_PRODUCT("tax_code", taxCode),
        TEXT_PRODUCT("url", url),
        Column { "images", false, [](const CatalogEntry& e, const Price*) { return joinList(e.product.images); },
                 [](CatalogEntry& e, Price*, const QString& t, const ImportOptions&) { e.product.images = splitList(t); return QString(); },
                 QStringLiteral("images") },
        Column { "marketing_features", false, [](const CatalogEntry& e, const Price*) { return joinList(e.product.marketingFeatures); },
                 [](CatalogEntry& e, Price*, const QString& t, const ImportOptions&) { e.product.marketingFeatures = splitList(t); return QString(); },
                 QStringLiteral("marketingFeatures") },
        Column { "metadata", false,
                 [](const CatalogEntry& e, const Price*) {
                     if (e.product.metadata.isEmpty())
                         return QString();
                     QJsonObject o;
                     for (const auto& [k, v] : e.product.metadata)
                         o.insert(k, v);
                     return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
                 },
                 [](CatalogEntry& e, Price*, const QString& t, const ImportOptions&) {
                     e.product.metadata.clear();
                     if (t.isEmpty())
                         return QString();
                     const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
                     if (!doc.isObject())
                         return Text::tr("Metadata must be a JSON object of text values, like {\"plan\":\"gold\"}.");
                     const QJsonObject o = doc.object();
                     for (auto it = o.begin(); it != o.end(); ++it) {
                         if (!it.value().isString())
                             return Text::tr("The metadata value of “%1” must be text.").arg(it.key());
                         e.product.metadata.append({ it.key(), it.value().toString() });
                     }
                     return QString();
                 }, QStringLiteral("metadata") },
        HUNDREDTHS_PRODUCT("package_height", packageHeight),
        HUNDREDTHS_PRODUCT("package_length", packageLength),
        HUNDREDTHS_PRODUCT("package_width", packageWidth),
        HUNDREDTHS_PRODUCT("package_weight", packageWeight),
        Column { "shippable", false, [](const CatalogEntry& e, const Price*) { return boolean(e.product.shippable); },
                 [](CatalogEntry& e, Price*, const QString& t, const ImportOptions&) { return readBool(e.product.shippable, t); },
                 QStringLiteral("shippable") },
        Column { "currency", true, [](const CatalogEntry&, const Price* p) { return p->currency; },
                 [](CatalogEntry&, Price* p, const QString& t, const ImportOptions&) { p->currency = t.trimmed().toLower(); return QString(); },
                 QStringLiteral("price.currency") },
        TEXT_PRICE("billing", billing),
        TEXT_PRICE("interval", interval),
        INT_PRICE("interval_count", intervalCount),
        TEXT_PRICE("scheme", scheme),
        MONEY_PRICE("amount", amount),
        TEXT_PRICE("amount_decimal", amountDecimal),
        TEXT_PRICE("usage_metric", usageMetric),
        INT_PRICE("included_usage", includedUsage),
        MONEY_PRICE("overage_amount", overageAmount),
        TEXT_PRICE("tiers_mode", tiersMode),
        Column { "tiers", true,
                 [](const CatalogEntry&, const Price* p) {
                     QStringList parts;
                     for (const Tier& t : p->tiers)
                         parts << (t.upTo ? QString::number(*t.upTo) : QStringLiteral("inf")) + u':' + money(t.unitAmount, p->currency)
                                 + u':' + money(t.flatAmount, p->currency);
                     return parts.join(u'|');
                 },
                 [](CatalogEntry&, Price* p, const QString& t, const ImportOptions& o) {
                     p->tiers.clear();
                     if (t.isEmpty())
                         return QString();
                     const QStringList rows = t.split(u'|');
                     for (qsizetype i = 0; i < rows.size(); ++i) {
                         const QStringList f = rows.at(i).split(u':');
                         if (f.size() != 3)
                             return Text::tr("Tier %1: write “up to:price per unit:flat price”, e.g. 100:1.00: or inf:0.50:.").arg(i + 1);
                         Tier tier;
                         if (f.at(0).trimmed() != u"inf" && !f.at(0).trimmed().isEmpty()) {
                             QString error = readInteger(tier.upTo, f.at(0).trimmed());
                             if (!error.isEmpty())
                                 return Text::tr("Tier %1: %2").arg(i + 1).arg(error);
                         }
                         QString error = readMoney(tier.unitAmount, p, f.at(1).trimmed(), o);
                         if (error.isEmpty())
                             error = readMoney(tier.flatAmount, p, f.at(2).trimmed(), o);
                         if (!error.isEmpty())
                             return Text::tr("Tier %1: %2").arg(i + 1).arg(error);
                         p->tiers.append(tier);
                     }
                     return QString();
                 }, QStringLiteral("price.tiers") },
        INT_PRICE("package_size", packageSize),
        TEXT_PRICE("package_rounding", packageRounding),
        MONEY_PRICE("custom_minimum", customMinimum),
        MONEY_PRICE("custom_preset", customPreset),
        MONEY_PRICE("custom_maximum", customMaximum),
        Column { "currency_options", true,
                 [](const CatalogEntry&, const Price* p) {
                     QStringList parts;
                     for (const CurrencyAmount& c : p->currencyOptions)
                         parts << c.currency.toUpper() + u' ' + money(c.amount, c.currency);
                     return parts.join(u'|');
                 },
                 [](CatalogEntry&, Price* p, const QString& t, const ImportOptions& o) {
                     p->currencyOptions.clear();
                     if (t.isEmpty())
                         return QString();
                     for (const QString& part : t.split(u'|')) {
                         const QString code = part.trimmed().section(u' ', 0, 0).toLower();
                         const MoneyParseResult m = Money::parse(part.trimmed().section(u' ', 1), code, o.locale);
                         if (!m.ok)
                             return Text::tr("“%1”: %2").arg(part.trimmed().left(40), m.error);
                         p->currencyOptions.append({ code, m.minor });
                     }
                     return QString();
                 }, QStringLiteral("price.currencyOptions") },
        TEXT_PRICE("tax_behavior", taxBehavior),
        TEXT_PRICE("usage_type", usageType),
        TEXT_PRICE("meter_id", meterId),
        TEXT_PRICE("usage_aggregation", usageAggregation),
        TEXT_PRICE("plan_name", planName),
        TEXT_PRICE("plan_description", planDescription),
        TEXT_PRICE("sku", sku),
        TEXT_PRICE("plan_unit_label", planUnitLabel),
        Column { "tax_exempt", true, [](const CatalogEntry&, const Price* p) { return boolean(p->taxExempt); },
                 [](CatalogEntry&, Price* p, const QString& t, const ImportOptions&) { return readBool(p->taxExempt, t); },
                 QStringLiteral("price.taxExempt") },
    };
    return t;
}

// OWASP CSV injection: a cell that starts with = + - @, a tab or a carriage return is one a
// spreadsheet may run as a formula. Such a cell is written with a leading apostrophe, and so is a
// cell that already starts with apostrophes before one of them, so that reading drops exactly one.
bool startsLikeFormula(const QString& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i < cell.size() && QStringView(u"=+-@\t\r").contains(cell.at(i));
}

QString neutralizeCell(const QString& cell) { return startsLikeFormula(cell) ? u'\'' + cell : cell; }

QString restoreCell(const QString& cell) { return cell.startsWith(u'\'') && startsLikeFormula(cell) ? cell.mid(1) : cell; }

// A text cell, neutralised and quoted; numeric cells are only quoted.
QString quoteCsv(const QString& text, bool numeric = false)
{
    const QString field = numeric ? text : neutralizeCell(text);
    // One look at each character (this runs for every cell of an export).
    bool plain = field.isEmpty() || (!field.front().isSpace() && !field.back().isSpace());
    for (qsizetype i = 0; plain && i < field.size(); ++i) {
        const char16_t c = field.at(i).unicode();
        plain = c != u',' && c != u';' && c != u'"' && c != u'\n' && c != u'\r';
    }
    if (plain)
        return field;
    QString q = field;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString normalizeHeader(const QString& h)
{
    QString n = h.trimmed().toLower();
    n.replace(u' ', u'_').replace(u'-', u'_');
    return n;
}

// The column a validation message belongs to.
QString columnFor(const ProviderSchema& schema, const FieldMessage& m)
{
    const FieldSpec* f = schema.field(m.field);
    QString path = f ? f->path : QString();
    if (f && path.isEmpty() && !f->options.isEmpty() && !f->options.first().assign.isEmpty())
        path = f->options.first().assign.first().path;
    for (const Column& c : table())
        if (!path.isEmpty() && c.path == path)
            return QString::fromLatin1(c.name);
    return m.field.isEmpty() ? QString() : m.field;
}

void validateRows(ImportResult& result)
{
    // Each row is checked on its own, so the rows are checked on all cores; their problems are
    // then added in row order.
    struct Check {
        ImportedRow* row;
        QList<Problem> problems;
    };
    QList<Check> checks;
    checks.reserve(result.rows.size());
    for (ImportedRow& row : result.rows)
        if (row.valid)
            checks.append(Check { &row, {} });
    QtConcurrent::blockingMap(checks, [](Check& c) {
        ImportedRow& row = *c.row;
        if (!Registry::find(row.entry.provider)) { // a row that ends before its provider
            c.problems.append({ row.row, QStringLiteral("provider"), whichProvider(), false });
            row.valid = false;
            return;
        }
        normalize(row.entry.product);
        const ProviderSchema& schema = schemaOf(row.entry.provider);
        const ValidationResult v = Validator::validate(schema, row.entry.product);
        for (const FieldMessage& m : v.messages) {
            c.problems.append({ row.row, columnFor(schema, m), m.message, m.warning });
            if (!m.warning)
                row.valid = false;
        }
    });
    for (const Check& c : std::as_const(checks))
        result.problems.append(c.problems);
}

} // namespace

int ImportResult::validCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const ImportedRow& r) { return r.valid; }));
}

int ImportResult::invalidCount() const { return int(rows.size()) - validCount(); }

QStringList columns()
{
    QStringList out { QStringLiteral("product_id"), QStringLiteral("account"), QStringLiteral("remote_id") };
    for (const Column& c : table())
        out << QString::fromLatin1(c.name);
    return out;
}

namespace {

// RFC 4180 records from text that arrives piece by piece (a file read in chunks): each record
// goes to onRecord as soon as it is complete, so a file is never held whole. The delimiter is
// "," or ";", whichever the header line uses outside quotes.
class CsvParser
{
public:
    // Takes each record (its fields may be moved from); false stops the parse.
    std::function<bool(QStringList& record)> onRecord;
    QString error;
    int errorRow = 0;
    bool stopped = false;

    // False when the text is malformed (error, errorRow) or onRecord stopped it.
    bool feed(QStringView text)
    {
        if (!m_delimiterKnown) {
            m_head += text;
            if (!findDelimiter(false))
                return true;
            const QString head = std::move(m_head);
            m_head.clear();
            return parse(head);
        }
        return parse(text);
    }

    bool finish()
    {
        if (!m_delimiterKnown) {
            findDelimiter(true);
            const QString head = std::move(m_head);
            m_head.clear();
            if (!parse(head))
                return false;
        }
        if (stopped)
            return false;
        if (m_quotePending) {
            m_quotePending = false;
            m_quoted = false;
            m_wasQuoted = true;
        }
        if (m_quoted) {
            error = Text::tr("A quote opened here is never closed.");
            errorRow = m_recordStart;
            return false;
        }
        if (!m_field.isEmpty() || !m_record.isEmpty())
            return endRecord();
        return true;
    }

private:
    // Sets the delimiter once the header line is complete (or the text ends).
    bool findDelimiter(bool atEnd)
    {
        int commas = 0, semicolons = 0;
        bool inQuotes = false, lineEnd = false;
        for (QChar c : std::as_const(m_head)) {
            if (c == u'"')
                inQuotes = !inQuotes;
            else if (!inQuotes && (c == u'\n' || c == u'\r')) {
                lineEnd = true;
                break;
            } else if (!inQuotes && c == u',')
                ++commas;
            else if (!inQuotes && c == u';')
                ++semicolons;
        }
        if (!lineEnd && !atEnd)
            return false;
        m_delimiter = semicolons > commas ? u';' : u',';
        m_delimiterKnown = true;
        return true;
    }

    void endField()
    {
        m_record << m_field;
        m_field.clear();
        m_wasQuoted = false;
    }

    bool endRecord()
    {
        endField();
        if (!(m_record.size() == 1 && m_record.first().isEmpty()) && onRecord && !onRecord(m_record)) {
            stopped = true;
            return false;
        }
        m_record.clear();
        return true;
    }

    bool parse(QStringView text)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = text[i];
            if (m_crPending) { // "\r\n" is one line end, even across pieces
                m_crPending = false;
                if (c == u'\n')
                    continue;
            }
            if (m_quotePending) { // a quote inside quotes: doubled, or the closing one
                m_quotePending = false;
                if (c == u'"') {
                    m_field += u'"';
                    continue;
                }
                m_quoted = false;
                m_wasQuoted = true;
            }
            if (m_quoted) {
                if (c == u'"') {
                    m_quotePending = true;
                    continue;
                }
                // The run of plain characters up to the next quote, in one append.
                qsizetype j = i;
                while (j < n && text[j] != u'"') {
                    if (text[j] == u'\n')
                        ++m_row;
                    ++j;
                }
                m_field += text.mid(i, j - i);
                i = j - 1;
                continue;
            }
            if (c == u'"') {
                if (!m_field.isEmpty() || m_wasQuoted) {
                    error = Text::tr("A quote inside an unquoted field; quote the whole field and double the quote.");
                    errorRow = m_row;
                    return false;
                }
                m_quoted = true;
                m_recordStart = m_row;
            } else if (c == m_delimiter) {
                endField();
            } else if (c == u'\r' || c == u'\n') {
                m_crPending = c == u'\r';
                if (!endRecord())
                    return false;
                ++m_row;
                m_recordStart = m_row;
            } else {
                if (m_wasQuoted) {
                    error = Text::tr("Text after a closing quote; a field is quoted whole or not at all.");
                    errorRow = m_row;
                    return false;
                }
                qsizetype j = i;
                while (j < n && text[j] != u'"' && text[j] != m_delimiter && text[j] != u'\r' && text[j] != u'\n')
                    ++j;
                m_field += text.mid(i, j - i);
                i = j - 1;
            }
        }
        return true;
    }

    QString m_head; // the text before the header line's end, until the delimiter is known
    bool m_delimiterKnown = false;
    QChar m_delimiter = u',';
    QStringList m_record;
    QString m_field;
    bool m_quoted = false;       // inside a quoted field
    bool m_wasQuoted = false;    // the current field was quoted (and closed)
    bool m_quotePending = false; // a quote inside a quoted field, the next character decides
    bool m_crPending = false;    // a "\r" ended the last record; a "\n" right after belongs to it
    int m_row = 1, m_recordStart = 1;
};

// UTF-8 text from a device in chunks, each cut after a whole character. False at the end, or
// with *bad when the bytes are not UTF-8.
class Utf8Chunks
{
public:
    explicit Utf8Chunks(QIODevice& in)
        : m_in(in)
    {
    }

    bool next(QString* text, bool* bad)
    {
        QByteArray bytes = m_carry + m_in.read(kChunk);
        m_carry.clear();
        if (bytes.isEmpty())
            return false;
        if (m_first) {
            m_first = false;
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes.remove(0, 3);
        }
        if (!m_in.atEnd()) { // keep an unfinished character for the next chunk
            qsizetype cut = bytes.size();
            for (int back = 1; back <= 3 && back <= bytes.size(); ++back) {
                const uchar b = uchar(bytes.at(bytes.size() - back));
                if ((b & 0xC0) == 0x80)
                    continue;                 // a continuation byte
                const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                if (length > back)
                    cut = bytes.size() - back; // the character starting here is not complete
                break;
            }
            m_carry = bytes.mid(cut);
            bytes.truncate(cut);
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *text = decoder(bytes);
        *bad = decoder.hasError();
        return true;
    }

private:
    static constexpr qint64 kChunk = 1 << 20;
    QIODevice& m_in;
    QByteArray m_carry;
    bool m_first = true;
};

// The first line with bytes that are not UTF-8, read again line by line.
int firstNonUtf8Line(QIODevice& in)
{
    in.seek(0);
    int line = 1;
    while (!in.atEnd()) {
        QStringDecoder probe(QStringDecoder::Utf8);
        (void)QString(probe(in.readLine()));
        if (probe.hasError())
            break;
        ++line;
    }
    return line;
}

} // namespace

bool parseCsv(const QString& text, QList<QStringList>* rows, QString* error, int* errorRow)
{
    rows->clear();
    CsvParser parser;
    parser.onRecord = [rows](QStringList& record) {
        rows->append(std::move(record));
        return true;
    };
    if (parser.feed(text) && parser.finish())
        return true;
    *error = parser.error;
    *errorRow = parser.errorRow;
    return false;
}

namespace {

// Reads the file in chunks: each record is made into its row as soon as it is parsed, so the
// file is never in memory whole, let alone twice.
ImportResult readCsvFrom(QIODevice& in, const ImportOptions& options)
{
    ImportResult result;
    // Header: Pricebook's names, or the file's own names through the mapping.
    QHash<QString, QString> mapping;
    for (auto it = options.mapping.begin(); it != options.mapping.end(); ++it)
        mapping.insert(normalizeHeader(it.key()), normalizeHeader(it.value()));
    const QStringList known = columns();
    QList<int> columnOf; // file column -> index into table(), -1 product_id, -2 account, -3 ignored, -4 remote_id
    QSet<QString> seen;
    QStringList unknown; // file columns Pricebook has no column for
    QStringList header;
    QHash<QString, int> productRow; // rows sharing a product_id are prices of one product
    auto indexOf = [](QLatin1String name) {
        for (int c = 0; c < table().size(); ++c)
            if (QLatin1String(table().at(c).name) == name)
                return c;
        return -1;
    };
    const int currencyColumn = indexOf(QLatin1String("currency"));
    const int customDataColumn = indexOf(QLatin1String("custom_data"));
    const int descriptionColumn = indexOf(QLatin1String("description"));
    auto readHeader = [&]() -> bool {
        for (qsizetype i = 0; i < header.size(); ++i) {
            QString name = normalizeHeader(header.at(i));
            name = mapping.value(name, name);
            if (seen.contains(name)) {
                result.problems.append({ 1, header.at(i), Text::tr("This column appears twice; only the first is imported."), true });
                columnOf << -3;
                continue;
            }
            seen.insert(name);
            if (name == u"product_id")
                columnOf << -1;
            else if (name == u"account")
                columnOf << -2;
            else if (name == u"remote_id")
                columnOf << -4;
            else {
                int index = -3;
                for (int c = 0; c < table().size(); ++c)
                    if (QLatin1String(table().at(c).name) == name)
                        index = c;
                if (index == -3)
                    unknown << header.at(i);
                columnOf << index;
            }
        }
        // One warning however many columns are unknown (a file may have thousands).
        if (unknown.size() == 1)
            result.problems.append({ 1, unknown.first(), Text::tr("Pricebook has no column by this name; it is not imported. Map it to one of: %1.")
                                                             .arg(known.join(QStringLiteral(", "))), true });
        else if (unknown.size() == 2)
            result.problems.append({ 1, unknown.first(),
                                     Text::tr("Pricebook has no column by this name, nor by one other column of the file (%1); they are not imported. Map them to one of: %2.")
                                         .arg(unknown.at(1), known.join(QStringLiteral(", "))),
                                     true });
        else if (unknown.size() > 2)
            result.problems.append({ 1, unknown.first(),
                                     Text::tr("Pricebook has no column by this name, nor by %n other columns of the file (%1); they are not imported. Map them to one of: %2.", "",
                                              int(unknown.size() - 1))
                                         .arg(unknown.mid(1, 5).join(QStringLiteral(", ")) + (unknown.size() > 6 ? QStringLiteral(", …") : QString()),
                                              known.join(QStringLiteral(", "))),
                                     true });
        if (!seen.contains(QStringLiteral("name"))) {
            result.fileError = true;
            result.problems.prepend({ 1, {}, Text::tr("There is no “name” column (or a column mapped to it).") });
            return false;
        }
        return true;
    };
    auto readRow = [&](const QStringList& fields, const int rowNumber) {
        if (fields.size() > header.size())
            result.problems.append({ rowNumber, {}, Text::tr("This row has %1 fields, the header %2; the extra fields are not imported.")
                                                         .arg(fields.size()).arg(header.size()), true });
        QString groupId, account, remoteId;
        for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c) {
            if (columnOf.at(c) == -1)
                groupId = restoreCell(fields.at(c).trimmed());
            else if (columnOf.at(c) == -2)
                account = restoreCell(fields.at(c).trimmed());
            else if (columnOf.at(c) == -4)
                remoteId = restoreCell(fields.at(c).trimmed());
        }
        ImportedRow* target = nullptr;
        if (!groupId.isEmpty() && productRow.contains(groupId)) {
            target = &result.rows[productRow.value(groupId)];
        } else {
            ImportedRow added;
            added.row = rowNumber;
            added.accountName = account;
            result.rows.append(added);
            target = &result.rows.last();
            target->entry.id = Catalog::newId();
            target->fileId = groupId;
            target->remoteId = remoteId;
            if (!groupId.isEmpty())
                productRow.insert(groupId, int(result.rows.size()) - 1);
        }
        bool hasPrice = false;
        for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c)
            if (columnOf.at(c) >= 0 && table().at(columnOf.at(c)).price && !fields.at(c).trimmed().isEmpty())
                hasPrice = true;
        Price* price = nullptr;
        if (hasPrice) {
            target->entry.product.prices.append(Price {});
            price = &target->entry.product.prices.last();
        }
        // The currency first: money columns are read in it.
        const bool firstRowOfProduct = target->row == rowNumber;
        bool rowRefused = false;
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c) {
                const int index = columnOf.at(c);
                if (index < 0)
                    continue;
                const Column& col = table().at(index);
                const bool currency = index == currencyColumn;
                if ((pass == 0) != currency)
                    continue;
                if (col.price && !price)
                    continue;
                if (!col.price && !firstRowOfProduct) {
                    if (!fields.at(c).trimmed().isEmpty() && fields.at(c) != col.write(target->entry, nullptr))
                        result.problems.append({ rowNumber, header.at(c), Text::tr("A further price of the product in row %1: product columns are read from that row only.").arg(target->row), true });
                    continue;
                }
                const QString value = col.price || index == customDataColumn || index == descriptionColumn ? fields.at(c) : fields.at(c).trimmed();
                const QString kept = index == descriptionColumn ? value : value.trimmed();
                const QString problem = col.read(target->entry, price, col.numeric ? kept : restoreCell(kept), options);
                if (!problem.isEmpty()) {
                    result.problems.append({ rowNumber, header.at(c), problem });
                    target->valid = false;
                    rowRefused = true;
                }
            }
        }
        if (rowRefused && !firstRowOfProduct)
            result.problems.append({ target->row, {}, Text::tr("Not imported: the product's price in row %1 has problems.").arg(rowNumber) });
        if (firstRowOfProduct && !seen.contains(QStringLiteral("provider"))) {
            const QString problem = table().first().read(target->entry, nullptr, QString(), options);
            if (!problem.isEmpty()) {
                result.problems.append({ rowNumber, QStringLiteral("provider"), problem });
                target->valid = false;
            }
        }
    };
    int records = 0;
    bool headerOk = true;
    CsvParser parser;
    // After a header without a name column the rest is still parsed: a malformed file is
    // reported as that.
    parser.onRecord = [&](QStringList& record) {
        const int index = records++;
        if (index == 0) {
            header = std::move(record);
            headerOk = readHeader();
        } else if (headerOk) {
            readRow(record, index + 1);
        }
        return true;
    };
    QString text;
    bool parsing = true, bad = false;
    Utf8Chunks chunks(in);
    // After a malformed record the rest is still read: a file that is not UTF-8 is reported as that.
    while (!bad && chunks.next(&text, &bad))
        if (!bad && parsing)
            parsing = parser.feed(text);
    if (bad) {
        const int line = firstNonUtf8Line(in);
        result = {};
        result.fileError = true;
        result.problems.append({ line, {}, Text::tr("The file is not UTF-8 text (line %1). Save it as CSV UTF-8 and import again.").arg(line) });
        return result;
    }
    if (parsing)
        parsing = parser.finish();
    if (!parsing) {
        result = {};
        result.fileError = true;
        result.problems.append({ parser.errorRow, {}, parser.error });
        return result;
    }
    if (records == 0) {
        result.fileError = true;
        result.problems.append({ 0, {}, Text::tr("The file is empty.") });
        return result;
    }
    if (!headerOk) // the header said why
        return result;
    validateRows(result);
    std::sort(result.problems.begin(), result.problems.end(), [](const Problem& a, const Problem& b) { return a.row < b.row; });
    return result;
}

} // namespace

ImportResult readCsv(const QByteArray& bytes, const ImportOptions& options)
{
    if (bytes.size() > kMaxImportBytes) {
        ImportResult result;
        result.fileError = true;
        result.problems.append({ 0, {}, Text::tr("The file is larger than %1 MB; split it.").arg(kMaxImportBytes / (1024 * 1024)) });
        return result;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readCsvFrom(buffer, options);
}

ImportResult readJson(const QByteArray& bytes, const ImportOptions& options)
{
    ImportResult result;
    if (bytes.size() > kMaxImportBytes) {
        result.fileError = true;
        result.problems.append({ 0, {}, Text::tr("The file is larger than %1 MB; split it.").arg(kMaxImportBytes / (1024 * 1024)) });
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.fileError = true;
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        result.problems.append({ line, {}, Text::tr("Not valid JSON: %1 (line %2).").arg(parseError.errorString()).arg(line) });
        return result;
    }
    QJsonArray items;
    // Where each product is in the file, as the decimal literals' paths name it.
    QString filePrefix;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.object().contains(u"products")) {
        items = doc.object().value(u"products").toArray();
        filePrefix = QStringLiteral("products");
    } else {
        items.append(doc.object());
    }
    // Amounts written 29.0 or 1e3 are refused with both readings, as validate does.
    QSet<QString> decimals;
    for (const QString& path : ProductDocument::decimalLiterals(bytes))
        decimals.insert(doc.isObject() && filePrefix.isEmpty() ? QStringLiteral("products[0].") + path
                                                               : QStringLiteral("products") + path.mid(filePrefix.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject o = items.at(i).toObject();
        ImportedRow row;
        row.row = int(i) + 1;
        row.accountName = o.take(QStringLiteral("account")).toString();
        row.entry.id = Catalog::newId();
        row.fileId = o.take(QStringLiteral("product_id")).toString().trimmed();
        row.remoteId = o.take(QStringLiteral("remote_id")).toString().trimmed();
        const QString provider = o.take(QStringLiteral("provider")).toString();
        const QString problem = table().first().read(row.entry, nullptr, provider, options);
        if (!problem.isEmpty()) {
            result.problems.append({ row.row, QStringLiteral("provider"), problem });
            row.valid = false;
        }
        const DocumentReadResult read = ProductDocument::fromObject(o, QStringLiteral("products[%1]").arg(i), decimals);
        for (const DocumentError& e : read.errors) {
            result.problems.append({ row.row, e.where, e.message });
            row.valid = false;
        }
        if (!read.products.isEmpty())
            row.entry.product = read.products.first();
        result.rows.append(row);
    }
    validateRows(result);
    return result;
}

ImportResult readFile(const QString& path, const ImportOptions& options)
{
    ImportResult result;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        result.fileError = true;
        result.problems.append({ 0, {}, Text::tr("Cannot read %1: %2").arg(path, f.errorString()) });
        return result;
    }
    if (f.size() > kMaxImportBytes) { // refused before reading a byte
        result.fileError = true;
        result.problems.append({ 0, {}, Text::tr("%1 is %2 MB; Pricebook imports files up to %3 MB. Split it.")
                                                 .arg(path).arg(f.size() / (1024 * 1024)).arg(kMaxImportBytes / (1024 * 1024)) });
        return result;
    }
    if (QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0)
        return readJson(f.readAll(), options);
    return readCsvFrom(f, options);
}

void resolveAccounts(ImportResult& r, const QList<Account>& accounts, const QString& defaultAccount)
{
    for (ImportedRow& row : r.rows) {
        const QString name = row.accountName.isEmpty() ? defaultAccount : row.accountName;
        if (name.isEmpty())
            continue;
        const auto a = findAccount(accounts, name);
        if (!a) {
            r.problems.append({ row.row, QStringLiteral("account"), Text::tr("There is no account named “%1”.").arg(name) });
            row.valid = false;
        } else if (a->target.provider != row.entry.provider) {
            r.problems.append({ row.row, QStringLiteral("account"),
                                Text::tr("“%1” is a %2 account; this row is for %3.")
                                    .arg(name, providerDisplayName(a->target.provider), providerDisplayName(row.entry.provider)) });
            row.valid = false;
        } else {
            row.entry.accountId = a->id;
        }
    }
}

void matchExisting(ImportResult& r, Catalog& catalog)
{
    QHash<QString, QHash<QString, QString>> byRemoteId; // account -> remote id -> product, read once per account
    QHash<QString, int> matchedBy;                      // product -> the row that updates it
    auto documentOf = [](Product p) {
        normalize(p);
        return ProductDocument::toObject(p);
    };
    auto remoteMatch = [&](const ImportedRow& row) {
        auto cached = byRemoteId.find(row.entry.accountId);
        if (cached == byRemoteId.end())
            cached = byRemoteId.insert(row.entry.accountId, catalog.productsByRemoteId(row.entry.accountId));
        return cached->value(row.remoteId);
    };
    // The rows in chunks: the products a chunk names are read with a few statements, not one
    // (or three) a row.
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < r.rows.size(); from += kChunk) {
        const qsizetype to = qMin(from + kChunk, r.rows.size());
        QStringList wanted;
        for (qsizetype i = from; i < to; ++i) {
            const ImportedRow& row = r.rows.at(i);
            if (!row.valid)
                continue;
            if (!row.fileId.isEmpty())
                wanted << row.fileId;
            if (!row.remoteId.isEmpty() && !row.entry.accountId.isEmpty())
                if (const QString id = remoteMatch(row); !id.isEmpty())
                    wanted << id;
        }
        QHash<QString, CatalogEntry> stored;
        for (CatalogEntry& e : catalog.products(wanted))
            stored.insert(e.id, std::move(e));
        // Names already on the rows' accounts: one question per account and chunk; only where
        // one is taken are the chunk's new products asked about one by one.
        QHash<QString, QStringList> names; // account -> the chunk's names on it
        for (qsizetype i = from; i < to; ++i) {
            const ImportedRow& row = r.rows.at(i);
            if (row.valid && !row.entry.accountId.isEmpty())
                names[row.entry.accountId] << row.entry.product.name;
        }
        QSet<QString> crowded; // accounts where this chunk's names must be looked at one by one
        for (auto it = names.begin(); it != names.end(); ++it)
            if (!catalog.namesAmong(it.key(), it.value()).isEmpty())
                crowded.insert(it.key());
        for (qsizetype i = from; i < to; ++i) {
            ImportedRow& row = r.rows[i];
            if (!row.valid)
                continue;
            std::optional<CatalogEntry> existing;
            QString by;
            if (!row.fileId.isEmpty()) {
                if (auto it = stored.constFind(row.fileId); it != stored.constEnd()) {
                    existing = *it;
                    by = QStringLiteral("product_id");
                }
            }
            if (!existing && !row.remoteId.isEmpty() && !row.entry.accountId.isEmpty()) {
                if (const QString id = remoteMatch(row); !id.isEmpty()) {
                    if (auto it = stored.constFind(id); it != stored.constEnd()) {
                        existing = *it;
                        by = QStringLiteral("remote_id");
                    }
                }
            }
            if (!existing) {
                // A Pricebook id from another catalog stays the product's id, so that importing the
                // same file here again updates it; any other product_id only groups rows.
                if (!row.fileId.isEmpty() && !QUuid::fromString(row.fileId).isNull()) {
                    if (matchedBy.contains(row.fileId)) {
                        r.problems.append({ row.row, QStringLiteral("product_id"), Text::tr("Row %1 already has this product_id; a product is imported once.")
                                                                                       .arg(matchedBy.value(row.fileId)) });
                        row.valid = false;
                        continue;
                    }
                    matchedBy.insert(row.fileId, row.row);
                    row.entry.id = row.fileId;
                }
                if (crowded.contains(row.entry.accountId) && !catalog.productIdsNamed(row.entry.accountId, row.entry.product.name).isEmpty())
                    r.problems.append({ row.row, QStringLiteral("name"),
                                        Text::tr("A product named “%1” is already in the catalog for this account; this row adds a second "
                                                 "one. To update that product instead, give its product_id.").arg(row.entry.product.name),
                                        true });
                continue;
            }
            if (existing->provider != row.entry.provider) {
                r.problems.append({ row.row, by, Text::tr("This is “%1” of the catalog, a %2 product; the row is for %3. Nothing of it is imported.")
                                                     .arg(existing->product.name, providerDisplayName(existing->provider),
                                                          providerDisplayName(row.entry.provider)) });
                row.valid = false;
                continue;
            }
            if (matchedBy.contains(existing->id)) {
                r.problems.append({ row.row, by, Text::tr("Row %1 already updates “%2”; a product is imported once.")
                                                     .arg(matchedBy.value(existing->id)).arg(existing->product.name) });
                row.valid = false;
                continue;
            }
            matchedBy.insert(existing->id, row.row);
            row.matched = true;
            row.entry.id = existing->id;
            row.entry.version = existing->version; // saved over the version read here: a change by someone else meanwhile is a conflict
            row.entry.created = existing->created;
            if (row.accountName.isEmpty() && row.entry.accountId.isEmpty())
                row.entry.accountId = existing->accountId;
            row.unchanged = row.entry.accountId == existing->accountId && documentOf(row.entry.product) == documentOf(existing->product);
        }
    }
}

ImportCounts countsOf(const ImportResult& r)
{
    ImportCounts c;
    for (const ImportedRow& row : r.rows)
        if (row.valid)
            ++(row.unchanged ? c.unchanged : row.matched ? c.updated : c.added);
    return c;
}

namespace {

QString csvHeader() { return columns().join(u',') + QStringLiteral("\r\n"); }

// A product's lines: the first with the product's columns and its first price, one more per price.
void appendCsv(QString& out, const CatalogEntry& e, const QHash<QString, QString>& accountNames, const QHash<QString, QString>& remoteIds)
{
    const int prices = qMax(1, int(e.product.prices.size()));
    for (int p = 0; p < prices; ++p) {
        const Price* price = p < e.product.prices.size() ? &e.product.prices.at(p) : nullptr;
        out += quoteCsv(e.id);
        out += u',';
        out += quoteCsv(p == 0 ? accountNames.value(e.accountId) : QString());
        out += u',';
        out += quoteCsv(p == 0 ? remoteIds.value(e.id) : QString());
        for (const Column& c : table()) {
            out += u',';
            if (c.price) {
                if (price)
                    out += quoteCsv(c.write(e, price), c.numeric);
            } else if (p == 0) {
                out += quoteCsv(c.write(e, nullptr), c.numeric);
            }
        }
        out += QStringLiteral("\r\n");
    }
}

} // namespace

QByteArray toCsv(const QList<CatalogEntry>& entries, const QHash<QString, QString>& accountNames, const QHash<QString, QString>& remoteIds)
{
    QString out = csvHeader();
    for (const CatalogEntry& e : entries)
        appendCsv(out, e, accountNames, remoteIds);
    return out.toUtf8();
}

QByteArray toJson(const QList<CatalogEntry>& entries, const QHash<QString, QString>& accountNames, const QHash<QString, QString>& remoteIds)
{
    QJsonArray items;
    for (const CatalogEntry& e : entries) {
        QJsonObject o = ProductDocument::toObject(e.product);
        o.insert(QStringLiteral("product_id"), e.id);
        if (remoteIds.contains(e.id))
            o.insert(QStringLiteral("remote_id"), remoteIds.value(e.id));
        o.insert(QStringLiteral("provider"), providerKey(e.provider));
        if (accountNames.contains(e.accountId))
            o.insert(QStringLiteral("account"), accountNames.value(e.accountId));
        items.append(o);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("pricebook"), ProductDocument::kFormatVersion },
                                       { QStringLiteral("products"), items } })
        .toJson(QJsonDocument::Indented);
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

ExportResult exportProducts(Catalog& catalog, const QStringList& ids, const QString& path)
{
    ExportResult r;
    QHash<QString, QString> names;
    for (const Account& a : catalog.accounts())
        names.insert(a.id, a.name);
    const QHash<QString, QString> remoteIds = catalog.remoteIds();
    auto unreadable = [&](const QString& why) {
        r.outcome = ExportResult::CatalogUnreadable;
        r.error = why.isEmpty() ? Text::tr("a product could not be read") : why;
        return r;
    };
    if (!catalog.lastError().isEmpty())
        return unreadable(catalog.lastError());
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        const QList<CatalogEntry> entries = catalog.products(ids);
        if (entries.size() != ids.size() || !catalog.lastError().isEmpty())
            return unreadable(catalog.lastError());
        QString error;
        if (!writeFile(path, toJson(entries, names, remoteIds), &error)) {
            r.outcome = ExportResult::FileUnwritable;
            r.error = error;
            return r;
        }
        r.count = int(entries.size());
        return r;
    }
    QSaveFile f(path);
    auto unwritable = [&] {
        r.outcome = ExportResult::FileUnwritable;
        r.error = f.errorString();
        f.cancelWriting();
        return r;
    };
    if (!f.open(QIODevice::WriteOnly))
        return unwritable();
    // A batch's lines are made on another thread while the next batch is read.
    QFuture<QByteArray> lines;
    const auto finishLines = qScopeGuard([&] { lines.waitForFinished(); }); // before what it reads goes
    auto writeLines = [&] {
        if (!lines.isValid())
            return true;
        const QByteArray bytes = lines.result();
        lines = {};
        return f.write(bytes) == bytes.size();
    };
    const QByteArray header = csvHeader().toUtf8();
    if (f.write(header) != header.size())
        return unwritable();
    constexpr qsizetype kBatch = 500;
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        const QStringList batch = ids.mid(from, kBatch);
        QList<CatalogEntry> entries = catalog.products(batch);
        if (entries.size() != batch.size() || !catalog.lastError().isEmpty()) {
            lines.waitForFinished();
            f.cancelWriting();
            return unreadable(catalog.lastError());
        }
        if (!writeLines())
            return unwritable();
        r.count += int(entries.size());
        lines = QtConcurrent::run([entries = std::move(entries), &names, &remoteIds] {
            QString text;
            for (const CatalogEntry& e : entries)
                appendCsv(text, e, names, remoteIds);
            return text.toUtf8();
        });
    }
    if (!writeLines())
        return unwritable();
    if (!f.commit()) {
        r.outcome = ExportResult::FileUnwritable;
        r.error = f.errorString();
    }
    return r;
}

} // namespace pb::CatalogIO
