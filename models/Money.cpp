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
    { "aed", 2, "", "UAE dirham" }, { "afn", 2, "", "Afghan afghani" }, { "all", 2, "", "Albanian lek" },
    { "amd", 2, "", "Armenian dram" }, { "ang", 2, "", "Netherlands Antillean guilder" },
    { "aoa", 2, "", "Angolan kwanza" }, { "ars", 2, "", "Argentine peso" }, { "aud", 2, "A$", "Australian dollar" },
    { "awg", 2, "", "Aruban florin" }, { "azn", 2, "", "Azerbaijani manat" },
    { "bam", 2, "", "Bosnia-Herzegovina mark" }, { "bbd", 2, "", "Barbadian dollar" },
    { "bdt", 2, "", "Bangladeshi taka" }, { "bgn", 2, "", "Bulgarian lev" }, { "bhd", 3, "", "Bahraini dinar" },
    { "bif", 0, "", "Burundian franc" }, { "bmd", 2, "", "Bermudan dollar" }, { "bnd", 2, "", "Brunei dollar" },
    { "bob", 2, "", "Bolivian boliviano" }, { "brl", 2, "R$", "Brazilian real" }, { "bsd", 2, "", "Bahamian dollar" },
    { "btn", 2, "", "Bhutanese ngultrum" }, { "bwp", 2, "", "Botswanan pula" }, { "byn", 2, "", "Belarusian ruble" },
    { "bzd", 2, "", "Belize dollar" }, { "cad", 2, "CA$", "Canadian dollar" }, { "cdf", 2, "", "Congolese franc" },
    { "chf", 2, "", "Swiss franc" }, { "clf", 4, "", "Chilean unit of account (UF)" },
    { "clp", 0, "", "Chilean peso" }, { "cny", 2, "CN¥", "Chinese yuan" }, { "cop", 2, "", "Colombian peso" },
    { "crc", 2, "", "Costa Rican colón" }, { "cup", 2, "", "Cuban peso" }, { "cve", 2, "", "Cape Verdean escudo" },
    { "czk", 2, "", "Czech koruna" }, { "djf", 0, "", "Djiboutian franc" }, { "dkk", 2, "", "Danish krone" },
    { "dop", 2, "", "Dominican peso" }, { "dzd", 2, "", "Algerian dinar" }, { "egp", 2, "", "Egyptian pound" },
    { "ern", 2, "", "Eritrean nakfa" }, { "etb", 2, "", "Ethiopian birr" }, { "eur", 2, "€", "euro" },
    { "fjd", 2, "", "Fijian dollar" }, { "fkp", 2, "", "Falkland Islands pound" }, { "gbp", 2, "£", "British pound" },
    { "gel", 2, "", "Georgian lari" }, { "ghs", 2, "", "Ghanaian cedi" }, { "gip", 2, "", "Gibraltar pound" },
    { "gmd", 2, "", "Gambian dalasi" }, { "gnf", 0, "", "Guinean franc" }, { "gtq", 2, "", "Guatemalan quetzal" },
    { "gyd", 2, "", "Guyanaese dollar" }, { "hkd", 2, "HK$", "Hong Kong dollar" },
    { "hnl", 2, "", "Honduran lempira" }, { "htg", 2, "", "Haitian gourde" }, { "huf", 2, "", "Hungarian forint" },
    { "idr", 2, "", "Indonesian rupiah" }, { "ils", 2, "₪", "Israeli new shekel" }, { "inr", 2, "₹", "Indian rupee" },
    { "iqd", 3, "", "Iraqi dinar" }, { "irr", 2, "", "Iranian rial" }, { "isk", 0, "", "Icelandic króna" },
    { "jmd", 2, "", "Jamaican dollar" }, { "jod", 3, "", "Jordanian dinar" }, { "jpy", 0, "¥", "Japanese yen" },
    { "kes", 2, "", "Kenyan shilling" }, { "kgs", 2, "", "Kyrgystani som" }, { "khr", 2, "", "Cambodian riel" },
    { "kmf", 0, "", "Comorian franc" }, { "kpw", 2, "", "North Korean won" }, { "krw", 0, "₩", "South Korean won" },
    { "kwd", 3, "", "Kuwaiti dinar" }, { "kyd", 2, "", "Cayman Islands dollar" },
    { "kzt", 2, "", "Kazakhstani tenge" }, { "lak", 2, "", "Laotian kip" }, { "lbp", 2, "", "Lebanese pound" },
    { "lkr", 2, "", "Sri Lankan rupee" }, { "lrd", 2, "", "Liberian dollar" }, { "lsl", 2, "", "Lesotho loti" },
    { "lyd", 3, "", "Libyan dinar" }, { "mad", 2, "", "Moroccan dirham" }, { "mdl", 2, "", "Moldovan leu" },
    { "mga", 0, "", "Malagasy ariary" }, { "mkd", 2, "", "Macedonian denar" }, { "mmk", 2, "", "Myanmar kyat" },
    { "mnt", 2, "", "Mongolian tugrik" }, { "mop", 2, "", "Macanese pataca" }, { "mru", 2, "", "Mauritanian ouguiya" },
    { "mur", 2, "", "Mauritian rupee" }, { "mvr", 2, "", "Maldivian rufiyaa" }, { "mwk", 2, "", "Malawian kwacha" },
    { "mxn", 2, "MX$", "Mexican peso" }, { "myr", 2, "", "Malaysian ringgit" }, { "mzn", 2, "", "Mozambican metical" },
    { "nad", 2, "", "Namibian dollar" }, { "ngn", 2, "", "Nigerian naira" }, { "nio", 2, "", "Nicaraguan córdoba" },
    { "nok", 2, "", "Norwegian krone" }, { "npr", 2, "", "Nepalese rupee" }, { "nzd", 2, "NZ$", "New Zealand dollar" },
    { "omr", 3, "", "Omani rial" }, { "pab", 2, "", "Panamanian balboa" }, { "pen", 2, "", "Peruvian sol" },
    { "pgk", 2, "", "Papua New Guinean kina" }, { "php", 2, "₱", "Philippine peso" },
    { "pkr", 2, "", "Pakistani rupee" }, { "pln", 2, "", "Polish złoty" }, { "pyg", 0, "", "Paraguayan guarani" },
    { "qar", 2, "", "Qatari riyal" }, { "ron", 2, "", "Romanian leu" }, { "rsd", 2, "", "Serbian dinar" },
    { "rub", 2, "", "Russian ruble" }, { "rwf", 0, "", "Rwandan franc" }, { "sar", 2, "", "Saudi riyal" },
    { "sbd", 2, "", "Solomon Islands dollar" }, { "scr", 2, "", "Seychellois rupee" },
    { "sdg", 2, "", "Sudanese pound" }, { "sek", 2, "", "Swedish krona" }, { "sgd", 2, "", "Singapore dollar" },
    { "shp", 2, "", "St. Helena pound" }, { "sle", 2, "", "Sierra Leonean leone" },
    { "sos", 2, "", "Somali shilling" }, { "srd", 2, "", "Surinamese dollar" }, { "ssp", 2, "", "South Sudanese pound" },
    { "stn", 2, "", "São Tomé and Príncipe dobra" }, { "svc", 2, "", "Salvadoran colón" },
    { "syp", 2, "", "Syrian pound" }, { "szl", 2, "", "Swazi lilangeni" }, { "thb", 2, "฿", "Thai baht" },
    { "tjs", 2, "", "Tajikistani somoni" }, { "tmt", 2, "", "Turkmenistani manat" },
    { "tnd", 3, "", "Tunisian dinar" }, { "top", 2, "", "Tongan paʻanga" }, { "try", 2, "", "Turkish lira" },
    { "ttd", 2, "", "Trinidad and Tobago dollar" }, { "twd", 2, "NT$", "New Taiwan dollar" },
    { "tzs", 2, "", "Tanzanian shilling" }, { "uah", 2, "", "Ukrainian hryvnia" }, { "ugx", 0, "", "Ugandan shilling" },
    { "usd", 2, "US$", "US dollar" }, { "uyu", 2, "", "Uruguayan peso" }, { "uzs", 2, "", "Uzbekistani som" },
    { "ves", 2, "", "Venezuelan bolívar" }, { "vnd", 0, "₫", "Vietnamese dong" }, { "vuv", 0, "", "Vanuatu vatu" },
    { "wst", 2, "", "Samoan tala" }, { "xaf", 0, "FCFA", "Central African CFA franc" },
    { "xcd", 2, "EC$", "East Caribbean dollar" }, { "xof", 0, "F\u202FCFA", "West African CFA franc" },
    { "xpf", 0, "CFPF", "CFP franc" }, { "yer", 2, "", "Yemeni rial" }, { "zar", 2, "", "South African rand" },
    { "zmw", 2, "", "Zambian kwacha" },
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

QString decimalsMessage(const CurrencyInfo& c)
{
    if (c.exponent == 0)
        return Text::tr("%1 amounts have no decimal places.").arg(c.name.isEmpty() ? c.code.toUpper() : c.name);
    return Text::tr("%1 amounts have at most %2 decimal places.")
        .arg(c.name.isEmpty() ? c.code.toUpper() : c.name)
        .arg(c.exponent);
}

} // namespace

std::optional<CurrencyInfo> Currency::find(const QString& code)
{
    const auto it = table().constFind(code.trimmed().toLower());
    if (it == table().constEnd())
        return std::nullopt;
    return *it;
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
    const auto info = Currency::find(currency);
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
    for (const char* sym : kForeignSymbols) {
        if (s.contains(QString::fromUtf8(sym))) {
            // "$" typed for a USD price is fine; any other symbol names another currency.
            if (info->code == u"usd" && qstrcmp(sym, "$") == 0) {
                s.remove(u'$');
                s = s.trimmed();
                continue;
            }
            r.error = Text::tr("The amount names another currency (%1), but this price is in %2.")
                          .arg(QString::fromUtf8(sym), info->code.toUpper());
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
