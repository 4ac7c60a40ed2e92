#include "Money.h"

#include <QCoreApplication>
#include <QHash>
#include <limits>

namespace pb {

namespace {

struct Entry {
    const char* code;
    int exponent;
    const char* symbol;
    const char* name;
};

// ISO 4217 currencies. Exponents follow the card networks (and the billing providers built on them):
// the zero- and three-decimal currencies PROVIDERS.md lists, plus CLF with four.
const Entry kCurrencies[] = {
    { "aed", 2, "", QT_TRANSLATE_NOOP("Currency", "UAE dirham") }, { "afn", 2, "", QT_TRANSLATE_NOOP("Currency", "Afghan afghani") }, { "all", 2, "", QT_TRANSLATE_NOOP("Currency", "Albanian lek") },
    { "amd", 2, "", QT_TRANSLATE_NOOP("Currency", "Armenian dram") }, { "ang", 2, "", QT_TRANSLATE_NOOP("Currency", "Netherlands Antillean guilder") },
    { "aoa", 2, "", QT_TRANSLATE_NOOP("Currency", "Angolan kwanza") }, { "ars", 2, "", QT_TRANSLATE_NOOP("Currency", "Argentine peso") }, { "aud", 2, "A$", QT_TRANSLATE_NOOP("Currency", "Australian dollar") },
    { "awg", 2, "", QT_TRANSLATE_NOOP("Currency", "Aruban florin") }, { "azn", 2, "", QT_TRANSLATE_NOOP("Currency", "Azerbaijani manat") },
    { "bam", 2, "", QT_TRANSLATE_NOOP("Currency", "Bosnia-Herzegovina mark") }, { "bbd", 2, "", QT_TRANSLATE_NOOP("Currency", "Barbadian dollar") },
    { "bdt", 2, "", QT_TRANSLATE_NOOP("Currency", "Bangladeshi taka") }, { "bgn", 2, "", QT_TRANSLATE_NOOP("Currency", "Bulgarian lev") }, { "bhd", 3, "", QT_TRANSLATE_NOOP("Currency", "Bahraini dinar") },
    { "bif", 0, "", QT_TRANSLATE_NOOP("Currency", "Burundian franc") }, { "bmd", 2, "", QT_TRANSLATE_NOOP("Currency", "Bermudan dollar") }, { "bnd", 2, "", QT_TRANSLATE_NOOP("Currency", "Brunei dollar") },
    { "bob", 2, "", QT_TRANSLATE_NOOP("Currency", "Bolivian boliviano") }, { "brl", 2, "R$", QT_TRANSLATE_NOOP("Currency", "Brazilian real") }, { "bsd", 2, "", QT_TRANSLATE_NOOP("Currency", "Bahamian dollar") },
    { "btn", 2, "", QT_TRANSLATE_NOOP("Currency", "Bhutanese ngultrum") }, { "bwp", 2, "", QT_TRANSLATE_NOOP("Currency", "Botswanan pula") }, { "byn", 2, "", QT_TRANSLATE_NOOP("Currency", "Belarusian ruble") },
    { "bzd", 2, "", QT_TRANSLATE_NOOP("Currency", "Belize dollar") }, { "cad", 2, "CA$", QT_TRANSLATE_NOOP("Currency", "Canadian dollar") }, { "cdf", 2, "", QT_TRANSLATE_NOOP("Currency", "Congolese franc") },
    { "chf", 2, "", QT_TRANSLATE_NOOP("Currency", "Swiss franc") }, { "clf", 4, "", QT_TRANSLATE_NOOP("Currency", "Chilean unit of account (UF)") },
    { "clp", 0, "", QT_TRANSLATE_NOOP("Currency", "Chilean peso") }, { "cny", 2, "CN¥", QT_TRANSLATE_NOOP("Currency", "Chinese yuan") }, { "cop", 2, "", QT_TRANSLATE_NOOP("Currency", "Colombian peso") },
    { "crc", 2, "", QT_TRANSLATE_NOOP("Currency", "Costa Rican colón") }, { "cup", 2, "", QT_TRANSLATE_NOOP("Currency", "Cuban peso") }, { "cve", 2, "", QT_TRANSLATE_NOOP("Currency", "Cape Verdean escudo") },
    { "czk", 2, "", QT_TRANSLATE_NOOP("Currency", "Czech koruna") }, { "djf", 0, "", QT_TRANSLATE_NOOP("Currency", "Djiboutian franc") }, { "dkk", 2, "", QT_TRANSLATE_NOOP("Currency", "Danish krone") },
    { "dop", 2, "", QT_TRANSLATE_NOOP("Currency", "Dominican peso") }, { "dzd", 2, "", QT_TRANSLATE_NOOP("Currency", "Algerian dinar") }, { "egp", 2, "", QT_TRANSLATE_NOOP("Currency", "Egyptian pound") },
    { "ern", 2, "", QT_TRANSLATE_NOOP("Currency", "Eritrean nakfa") }, { "etb", 2, "", QT_TRANSLATE_NOOP("Currency", "Ethiopian birr") }, { "eur", 2, "€", QT_TRANSLATE_NOOP("Currency", "euro") },
    { "fjd", 2, "", QT_TRANSLATE_NOOP("Currency", "Fijian dollar") }, { "fkp", 2, "", QT_TRANSLATE_NOOP("Currency", "Falkland Islands pound") }, { "gbp", 2, "£", QT_TRANSLATE_NOOP("Currency", "British pound") },
    { "gel", 2, "", QT_TRANSLATE_NOOP("Currency", "Georgian lari") }, { "ghs", 2, "", QT_TRANSLATE_NOOP("Currency", "Ghanaian cedi") }, { "gip", 2, "", QT_TRANSLATE_NOOP("Currency", "Gibraltar pound") },
    { "gmd", 2, "", QT_TRANSLATE_NOOP("Currency", "Gambian dalasi") }, { "gnf", 0, "", QT_TRANSLATE_NOOP("Currency", "Guinean franc") }, { "gtq", 2, "", QT_TRANSLATE_NOOP("Currency", "Guatemalan quetzal") },
    { "gyd", 2, "", QT_TRANSLATE_NOOP("Currency", "Guyanaese dollar") }, { "hkd", 2, "HK$", QT_TRANSLATE_NOOP("Currency", "Hong Kong dollar") },
    { "hnl", 2, "", QT_TRANSLATE_NOOP("Currency", "Honduran lempira") }, { "htg", 2, "", QT_TRANSLATE_NOOP("Currency", "Haitian gourde") }, { "huf", 2, "", QT_TRANSLATE_NOOP("Currency", "Hungarian forint") },
    { "idr", 2, "", QT_TRANSLATE_NOOP("Currency", "Indonesian rupiah") }, { "ils", 2, "₪", QT_TRANSLATE_NOOP("Currency", "Israeli new shekel") }, { "inr", 2, "₹", QT_TRANSLATE_NOOP("Currency", "Indian rupee") },
    { "iqd", 3, "", QT_TRANSLATE_NOOP("Currency", "Iraqi dinar") }, { "irr", 2, "", QT_TRANSLATE_NOOP("Currency", "Iranian rial") }, { "isk", 0, "", QT_TRANSLATE_NOOP("Currency", "Icelandic króna") },
    { "jmd", 2, "", QT_TRANSLATE_NOOP("Currency", "Jamaican dollar") }, { "jod", 3, "", QT_TRANSLATE_NOOP("Currency", "Jordanian dinar") }, { "jpy", 0, "¥", QT_TRANSLATE_NOOP("Currency", "Japanese yen") },
    { "kes", 2, "", QT_TRANSLATE_NOOP("Currency", "Kenyan shilling") }, { "kgs", 2, "", QT_TRANSLATE_NOOP("Currency", "Kyrgystani som") }, { "khr", 2, "", QT_TRANSLATE_NOOP("Currency", "Cambodian riel") },
    { "kmf", 0, "", QT_TRANSLATE_NOOP("Currency", "Comorian franc") }, { "kpw", 2, "", QT_TRANSLATE_NOOP("Currency", "North Korean won") }, { "krw", 0, "₩", QT_TRANSLATE_NOOP("Currency", "South Korean won") },
    { "kwd", 3, "", QT_TRANSLATE_NOOP("Currency", "Kuwaiti dinar") }, { "kyd", 2, "", QT_TRANSLATE_NOOP("Currency", "Cayman Islands dollar") },
    { "kzt", 2, "", QT_TRANSLATE_NOOP("Currency", "Kazakhstani tenge") }, { "lak", 2, "", QT_TRANSLATE_NOOP("Currency", "Laotian kip") }, { "lbp", 2, "", QT_TRANSLATE_NOOP("Currency", "Lebanese pound") },
    { "lkr", 2, "", QT_TRANSLATE_NOOP("Currency", "Sri Lankan rupee") }, { "lrd", 2, "", QT_TRANSLATE_NOOP("Currency", "Liberian dollar") }, { "lsl", 2, "", QT_TRANSLATE_NOOP("Currency", "Lesotho loti") },
    { "lyd", 3, "", QT_TRANSLATE_NOOP("Currency", "Libyan dinar") }, { "mad", 2, "", QT_TRANSLATE_NOOP("Currency", "Moroccan dirham") }, { "mdl", 2, "", QT_TRANSLATE_NOOP("Currency", "Moldovan leu") },
    { "mga", 0, "", QT_TRANSLATE_NOOP("Currency", "Malagasy ariary") }, { "mkd", 2, "", QT_TRANSLATE_NOOP("Currency", "Macedonian denar") }, { "mmk", 2, "", QT_TRANSLATE_NOOP("Currency", "Myanmar kyat") },
    { "mnt", 2, "", QT_TRANSLATE_NOOP("Currency", "Mongolian tugrik") }, { "mop", 2, "", QT_TRANSLATE_NOOP("Currency", "Macanese pataca") }, { "mru", 2, "", QT_TRANSLATE_NOOP("Currency", "Mauritanian ouguiya") },
    { "mur", 2, "", QT_TRANSLATE_NOOP("Currency", "Mauritian rupee") }, { "mvr", 2, "", QT_TRANSLATE_NOOP("Currency", "Maldivian rufiyaa") }, { "mwk", 2, "", QT_TRANSLATE_NOOP("Currency", "Malawian kwacha") },
    { "mxn", 2, "MX$", QT_TRANSLATE_NOOP("Currency", "Mexican peso") }, { "myr", 2, "", QT_TRANSLATE_NOOP("Currency", "Malaysian ringgit") }, { "mzn", 2, "", QT_TRANSLATE_NOOP("Currency", "Mozambican metical") },
    { "nad", 2, "", QT_TRANSLATE_NOOP("Currency", "Namibian dollar") }, { "ngn", 2, "", QT_TRANSLATE_NOOP("Currency", "Nigerian naira") }, { "nio", 2, "", QT_TRANSLATE_NOOP("Currency", "Nicaraguan córdoba") },
    { "nok", 2, "", QT_TRANSLATE_NOOP("Currency", "Norwegian krone") }, { "npr", 2, "", QT_TRANSLATE_NOOP("Currency", "Nepalese rupee") }, { "nzd", 2, "NZ$", QT_TRANSLATE_NOOP("Currency", "New Zealand dollar") },
    { "omr", 3, "", QT_TRANSLATE_NOOP("Currency", "Omani rial") }, { "pab", 2, "", QT_TRANSLATE_NOOP("Currency", "Panamanian balboa") }, { "pen", 2, "", QT_TRANSLATE_NOOP("Currency", "Peruvian sol") },
    { "pgk", 2, "", QT_TRANSLATE_NOOP("Currency", "Papua New Guinean kina") }, { "php", 2, "₱", QT_TRANSLATE_NOOP("Currency", "Philippine peso") },
    { "pkr", 2, "", QT_TRANSLATE_NOOP("Currency", "Pakistani rupee") }, { "pln", 2, "", QT_TRANSLATE_NOOP("Currency", "Polish złoty") }, { "pyg", 0, "", QT_TRANSLATE_NOOP("Currency", "Paraguayan guarani") },
    { "qar", 2, "", QT_TRANSLATE_NOOP("Currency", "Qatari riyal") }, { "ron", 2, "", QT_TRANSLATE_NOOP("Currency", "Romanian leu") }, { "rsd", 2, "", QT_TRANSLATE_NOOP("Currency", "Serbian dinar") },
    { "rub", 2, "", QT_TRANSLATE_NOOP("Currency", "Russian ruble") }, { "rwf", 0, "", QT_TRANSLATE_NOOP("Currency", "Rwandan franc") }, { "sar", 2, "", QT_TRANSLATE_NOOP("Currency", "Saudi riyal") },
    { "sbd", 2, "", QT_TRANSLATE_NOOP("Currency", "Solomon Islands dollar") }, { "scr", 2, "", QT_TRANSLATE_NOOP("Currency", "Seychellois rupee") },
    { "sdg", 2, "", QT_TRANSLATE_NOOP("Currency", "Sudanese pound") }, { "sek", 2, "", QT_TRANSLATE_NOOP("Currency", "Swedish krona") }, { "sgd", 2, "", QT_TRANSLATE_NOOP("Currency", "Singapore dollar") },
    { "shp", 2, "", QT_TRANSLATE_NOOP("Currency", "St. Helena pound") }, { "sle", 2, "", QT_TRANSLATE_NOOP("Currency", "Sierra Leonean leone") },
    { "sos", 2, "", QT_TRANSLATE_NOOP("Currency", "Somali shilling") }, { "srd", 2, "", QT_TRANSLATE_NOOP("Currency", "Surinamese dollar") }, { "ssp", 2, "", QT_TRANSLATE_NOOP("Currency", "South Sudanese pound") },
    { "stn", 2, "", QT_TRANSLATE_NOOP("Currency", "São Tomé and Príncipe dobra") }, { "svc", 2, "", QT_TRANSLATE_NOOP("Currency", "Salvadoran colón") },
    { "syp", 2, "", QT_TRANSLATE_NOOP("Currency", "Syrian pound") }, { "szl", 2, "", QT_TRANSLATE_NOOP("Currency", "Swazi lilangeni") }, { "thb", 2, "฿", QT_TRANSLATE_NOOP("Currency", "Thai baht") },
    { "tjs", 2, "", QT_TRANSLATE_NOOP("Currency", "Tajikistani somoni") }, { "tmt", 2, "", QT_TRANSLATE_NOOP("Currency", "Turkmenistani manat") },
    { "tnd", 3, "", QT_TRANSLATE_NOOP("Currency", "Tunisian dinar") }, { "top", 2, "", QT_TRANSLATE_NOOP("Currency", "Tongan paʻanga") }, { "try", 2, "", QT_TRANSLATE_NOOP("Currency", "Turkish lira") },
    { "ttd", 2, "", QT_TRANSLATE_NOOP("Currency", "Trinidad and Tobago dollar") }, { "twd", 2, "NT$", QT_TRANSLATE_NOOP("Currency", "New Taiwan dollar") },
    { "tzs", 2, "", QT_TRANSLATE_NOOP("Currency", "Tanzanian shilling") }, { "uah", 2, "", QT_TRANSLATE_NOOP("Currency", "Ukrainian hryvnia") }, { "ugx", 0, "", QT_TRANSLATE_NOOP("Currency", "Ugandan shilling") },
    { "usd", 2, "US$", QT_TRANSLATE_NOOP("Currency", "US dollar") }, { "uyu", 2, "", QT_TRANSLATE_NOOP("Currency", "Uruguayan peso") }, { "uzs", 2, "", QT_TRANSLATE_NOOP("Currency", "Uzbekistani som") },
    { "ves", 2, "", QT_TRANSLATE_NOOP("Currency", "Venezuelan bolívar") }, { "vnd", 0, "₫", QT_TRANSLATE_NOOP("Currency", "Vietnamese dong") }, { "vuv", 0, "", QT_TRANSLATE_NOOP("Currency", "Vanuatu vatu") },
    { "wst", 2, "", QT_TRANSLATE_NOOP("Currency", "Samoan tala") }, { "xaf", 0, "FCFA", QT_TRANSLATE_NOOP("Currency", "Central African CFA franc") },
    { "xcd", 2, "EC$", QT_TRANSLATE_NOOP("Currency", "East Caribbean dollar") }, { "xof", 0, "F\u202FCFA", QT_TRANSLATE_NOOP("Currency", "West African CFA franc") },
    { "xpf", 0, "CFPF", QT_TRANSLATE_NOOP("Currency", "CFP franc") }, { "yer", 2, "", QT_TRANSLATE_NOOP("Currency", "Yemeni rial") }, { "zar", 2, "", QT_TRANSLATE_NOOP("Currency", "South African rand") },
    { "zmw", 2, "", QT_TRANSLATE_NOOP("Currency", "Zambian kwacha") },
};

const QHash<QString, CurrencyInfo>& table()
{
    static const QHash<QString, CurrencyInfo> t = [] {
        QHash<QString, CurrencyInfo> h;
        for (const Entry& e : kCurrencies) {
            const QString code = QString::fromLatin1(e.code);
            h.insert(code, CurrencyInfo { code, e.exponent, QString::fromUtf8(e.symbol), QString::fromUtf8(e.name) });
        }
        return h;
    }();
    return t;
}

// Symbols that, found in a typed amount, name a currency; used to catch "€5" typed for a USD price.
const char* const kForeignSymbols[] = { "US$", "CA$", "A$", "NZ$", "HK$", "MX$", "R$", "NT$", "EC$", "CN¥",
                                        "$", "€", "£", "¥", "₹", "₩", "₪", "₱", "฿", "₫" };

// Translations in the "Money" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Money)
};

bool isSpaceLike(QChar c) { return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009); }

// Thousands (1,000,000) everywhere; where the locale writes lakh and crore (10,00,000, as in
// India), that grouping too: the last group three digits, the ones before it two.
bool validGrouping(const QStringList& groups, const QLocale& locale)
{
    if (groups.isEmpty() || groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    bool thousands = true;
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3)
            thousands = false;
    if (thousands)
        return true;
    const bool lakh = locale.toString(qulonglong(10000000)).count(locale.groupSeparator()) == 3;
    if (!lakh || groups.size() < 3 || groups.last().size() != 3 || groups.first().size() > 2)
        return false;
    for (qsizetype i = 1; i + 1 < groups.size(); ++i)
        if (groups.at(i).size() != 2)
            return false;
    return true;
}

bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// Builds minor units from digit strings; false on overflow.
bool compose(const QString& intDigits, const QString& fracDigits, int exponent, qint64* out)
{
    qint64 value = 0;
    for (QChar c : intDigits) {
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, c.unicode() - u'0', &value))
            return false;
    }
    for (int i = 0; i < exponent; ++i) {
        const int digit = i < fracDigits.size() ? fracDigits.at(i).unicode() - u'0' : 0;
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, digit, &value))
            return false;
    }
    *out = value;
    return true;
}

// The table's entry for a code (its name the English source), or null: no copy, no translation,
// for what reads many amounts.
const CurrencyInfo* entry(const QString& code)
{
    auto it = table().constFind(code); // the codes stored are lower case, and most given are too
    if (it == table().constEnd())
        it = table().constFind(code.trimmed().toLower());
    return it == table().constEnd() ? nullptr : &*it;
}

// The name in the window's language (the table holds the English source).
QString translatedName(const CurrencyInfo& c) { return QCoreApplication::translate("Currency", c.name.toUtf8().constData()); }

QString decimalsMessage(const CurrencyInfo& c)
{
    const QString name = c.name.isEmpty() ? c.code.toUpper() : translatedName(c);
    if (c.exponent == 0)
        return Text::tr("%1 amounts have no decimal places.").arg(name);
    return Text::tr("%1 amounts have at most %2 decimal places.").arg(name).arg(c.exponent);
}

const QStringList& foreignSymbols()
{
    static const QStringList symbols = [] {
        QStringList out;
        for (const char* sym : kForeignSymbols)
            out << QString::fromUtf8(sym);
        return out;
    }();
    return symbols;
}

} // namespace

std::optional<CurrencyInfo> Currency::find(const QString& code)
{
    const CurrencyInfo* found = entry(code);
    if (!found)
        return std::nullopt;
    CurrencyInfo info = *found;
    info.name = translatedName(*found);
    return info;
}

bool Currency::isKnown(const QString& code) { return table().contains(code); }

int Currency::exponent(const QString& code)
{
    const auto info = find(code);
    return info ? info->exponent : 2;
}

QStringList Currency::allCodes()
{
    QStringList codes = table().keys();
    codes.sort();
    return codes;
}

QString Currency::displayName(const QString& code)
{
    const auto info = find(code);
    return info ? info->name : code.toUpper();
}

MoneyParseResult Money::parse(const QString& text, const QString& currency, const QLocale& locale,
                              ParseOptions options)
{
    MoneyParseResult r;
    const CurrencyInfo* info = entry(currency);
    if (!info) {
        r.error = Text::tr("“%1” is not a currency code Pricebook knows.").arg(currency);
        return r;
    }
    if (text.size() > 200) {
        r.error = Text::tr("That is not an amount.");
        return r;
    }
    QString s = text.trimmed();
    if (s.isEmpty()) {
        r.error = Text::tr("Enter an amount.");
        return r;
    }

    bool negative = false;
    auto takeSign = [&] {
        if (s.startsWith(u'-') || s.startsWith(QChar(0x2212))) {
            negative = !negative;
            s = s.mid(1).trimmed();
        } else if (s.startsWith(u'+')) {
            s = s.mid(1).trimmed();
        }
    };
    takeSign();

    // Remove this currency's own symbol or code, before or after the number.
    const QStringList own = { info->symbol, info->code.toUpper(), info->code };
    for (const QString& mark : own) {
        if (mark.isEmpty())
            continue;
        if (s.startsWith(mark, Qt::CaseSensitive)) {
            s = s.mid(mark.size()).trimmed();
            break;
        }
        if (s.endsWith(mark, Qt::CaseSensitive)) {
            s.chop(mark.size());
            s = s.trimmed();
            break;
        }
    }
    takeSign();
    for (const QString& sym : foreignSymbols()) {
        if (s.contains(sym)) {
            // "$" typed for a USD price is fine; any other symbol names another currency.
            if (info->code == u"usd" && sym == u"$") {
                s.remove(u'$');
                s = s.trimmed();
                continue;
            }
            r.error = Text::tr("The amount names another currency (%1), but this price is in %2.")
                          .arg(sym, info->code.toUpper());
            return r;
        }
    }

    // Spaces (including no-break spaces) only ever group digits.
    QString compact;
    // Digits in the locale's script (Arabic-Indic, Devanagari, ...) count as digits: format() writes them.
    for (QChar c : std::as_const(s)) {
        if (isSpaceLike(c))
            continue;
        compact += c.category() == QChar::Number_DecimalDigit && c.unicode() > 0x7F ? QChar(u'0' + c.digitValue()) : c;
    }

    const QChar dec = locale.decimalPoint().size() == 1 ? locale.decimalPoint().at(0) : QChar(u'.');
    QChar grp = locale.groupSeparator().size() == 1 ? locale.groupSeparator().at(0) : QChar(u',');
    if (isSpaceLike(grp) || grp == dec)
        grp = dec == u'.' ? QChar(u',') : QChar(u'.');

    QString intPart = compact, fracPart;
    const qsizetype decCount = compact.count(dec);
    if (decCount > 1) {
        r.error = Text::tr("“%1” is not an amount: it has more than one decimal point.").arg(text.trimmed());
        return r;
    }
    if (decCount == 1) {
        const qsizetype at = compact.indexOf(dec);
        intPart = compact.left(at);
        fracPart = compact.mid(at + 1);
        if (fracPart.contains(grp)) {
            r.error = Text::tr("“%1” is not an amount: digit grouping after the decimal point.").arg(text.trimmed());
            return r;
        }
    }
    if (intPart.contains(grp)) {
        const QStringList groups = intPart.split(grp);
        if (validGrouping(groups, locale)) {
            intPart = groups.join(QString());
        } else if (decCount == 0 && groups.size() == 2 && !groups.at(0).isEmpty()) {
            // "29.99" typed where the locale writes "29,99": the only separator is the decimal point.
            intPart = groups.at(0);
            fracPart = groups.at(1);
        } else {
            r.error = Text::tr("“%1” is not an amount: the digit grouping is wrong.").arg(text.trimmed());
            return r;
        }
    }
    if (intPart.isEmpty() && fracPart.isEmpty()) {
        r.error = Text::tr("“%1” is not an amount.").arg(text.trimmed());
        return r;
    }
    if (!allDigits(intPart) || !allDigits(fracPart)) {
        r.error = Text::tr("“%1” is not an amount.").arg(text.trimmed());
        return r;
    }
    if (fracPart.size() > info->exponent) {
        for (qsizetype i = info->exponent; i < fracPart.size(); ++i) {
            if (fracPart.at(i) != u'0') {
                r.error = decimalsMessage(*info);
                return r;
            }
        }
    }
    qint64 value = 0;
    if (!compose(intPart, fracPart, info->exponent, &value)) {
        r.error = Text::tr("The amount is too large.");
        return r;
    }
    if (negative && value != 0) {
        if (!options.allowNegative) {
            r.error = Text::tr("The amount cannot be negative.");
            return r;
        }
        value = -value;
    }
    r.ok = true;
    r.minor = value;
    return r;
}

QString Money::toDecimal(qint64 minor, int exponent)
{
    const bool negative = minor < 0;
    // Work on the magnitude as unsigned so that INT64_MIN does not overflow.
    quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString digits = QString::number(magnitude);
    if (exponent > 0) {
        if (digits.size() <= exponent)
            digits = QString(exponent - digits.size() + 1, u'0') + digits;
        digits.insert(digits.size() - exponent, u'.');
    }
    return negative ? u'-' + digits : digits;
}

std::optional<qint64> Money::fromDecimal(const QString& text, int exponent)
{
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1);
    }
    const qsizetype dot = s.indexOf(u'.');
    const QString intPart = dot < 0 ? s : s.left(dot);
    const QString fracPart = dot < 0 ? QString() : s.mid(dot + 1);
    if (intPart.isEmpty() || !allDigits(intPart) || !allDigits(fracPart) || (dot >= 0 && fracPart.isEmpty()))
        return std::nullopt;
    for (qsizetype i = exponent; i < fracPart.size(); ++i)
        if (fracPart.at(i) != u'0')
            return std::nullopt;
    qint64 value = 0;
    if (!compose(intPart, fracPart, exponent, &value))
        return std::nullopt;
    return negative ? -value : value;
}

QString Money::format(qint64 minor, const QString& currency, const QLocale& locale)
{
    const auto info = Currency::find(currency);
    const int exponent = info ? info->exponent : 2;
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    QString number = locale.toString(qulonglong(magnitude / scale));
    if (exponent > 0) {
        // The fraction in the locale's own digits too (Arabic-Indic, Devanagari, ...), zero-padded.
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        const quint64 fraction = magnitude % scale;
        int digits = 1;
        for (quint64 f = fraction; f >= 10; f /= 10)
            ++digits;
        QString frac;
        for (int i = digits; i < exponent; ++i)
            frac += locale.zeroDigit();
        number += locale.decimalPoint() + frac + plain.toString(qulonglong(fraction));
    }
    const QString amount = withCurrency(number, currency, locale);
    return negative ? u'-' + amount : amount;
}

QString Money::withCurrency(const QString& number, const QString& currency, const QLocale& locale)
{
    const auto info = Currency::find(currency);
    const QString symbol = info && !info->symbol.isEmpty() ? info->symbol : QString();
    // The locale's own pattern says where the sign goes: "¤1" (English) or "1 ¤" (German); the
    // C locale (no locale set, as in scripts) keeps the English order.
    const QString pattern = locale.toCurrencyString(qlonglong(1), QStringLiteral("\u00a4"));
    if (locale.language() != QLocale::C && pattern.endsWith(u'\u00a4'))
        return number + QChar(0x00A0) + (symbol.isEmpty() ? currency.toUpper() : symbol);
    return symbol.isEmpty() ? currency.toUpper() + QChar(0x00A0) + number : symbol + number;
}

} // namespace pb
