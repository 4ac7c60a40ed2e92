#pragma once
// Money in Pricebook: amounts are qint64 in the currency's smallest unit (minor units).
// Use Money::parse() for what a person types and Money::format() for display;
// Money::toDecimal()/fromDecimal() convert exactly to and from decimal text for wire formats.

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace pb {

struct CurrencyInfo {
    QString code;    // lower-case ISO 4217 code, e.g. "usd"
    int exponent = 2; // digits after the decimal point: 0 (jpy), 2 (usd), 3 (bhd), 4 (clf)
    QString symbol;  // display symbol, e.g. "US$"; empty when the code is shown instead
    QString name;    // English name, for messages
};

namespace Currency {
// The currency's facts, or nullopt for a code that is not an ISO 4217 currency.
std::optional<CurrencyInfo> find(const QString& code);
bool isKnown(const QString& code);
// Exponent of a known currency; 2 for an unknown one (callers validate the code separately).
int exponent(const QString& code);
QStringList allCodes();
QString displayName(const QString& code);
}

struct MoneyParseResult {
    bool ok = false;
    qint64 minor = 0;
    QString error; // a sentence a person understands, empty when ok
};

namespace Money {
struct ParseOptions {
    bool allowNegative = false;
};

// Parses what a person types ("29.99", "1,000.50", "¥500", "1.000,50" in a German locale)
// into minor units of the given currency. Refuses more decimals than the currency has,
// malformed digit grouping, amounts in another currency's symbol and overflow.
MoneyParseResult parse(const QString& text, const QString& currency, const QLocale& locale = QLocale(),
                       ParseOptions options = {});

// Exact decimal text of an amount: toDecimal(2999, 2) == "29.99", toDecimal(500, 0) == "500".
QString toDecimal(qint64 minor, int exponent);
// Exact inverse of toDecimal for plain '.'-decimal text with at most `exponent` decimals
// (trailing zeros beyond it are accepted). Used for wire formats, not for user input.
std::optional<qint64> fromDecimal(const QString& text, int exponent);

// Display: "US$29.99", "¥500", "BHD 1.500" in English, "29,99 US$", "1.000,50 €" in German:
// locale-aware grouping, decimal point and place of the currency sign.
QString format(qint64 minor, const QString& currency, const QLocale& locale = QLocale());
// An already formatted number with the currency's symbol (or code) where the locale puts it.
QString withCurrency(const QString& number, const QString& currency, const QLocale& locale = QLocale());
}

} // namespace pb
