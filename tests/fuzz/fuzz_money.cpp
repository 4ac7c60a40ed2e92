// libFuzzer target: the money parser, on what a person might type in any currency and locale.
// Whatever the text, parse() answers; an accepted amount formats and parses back to the same
// minor units, and the exact decimal conversions are inverse to each other.

#include "FuzzInput.h"
#include "models/Money.h"

#include <cstdio>

using namespace pb;

using fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    const QString currency = in.pick(std::array{ QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("jpy"),
                                                 QStringLiteral("bhd"), QStringLiteral("clf"), QStringLiteral("gbp"),
                                                 QStringLiteral("clp"), QStringLiteral("xyz") });
    const QLocale locale = in.pick(std::array{ QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                              QLocale(QLocale::German, QLocale::Germany),
                                              QLocale(QLocale::French, QLocale::France),
                                              QLocale(QLocale::Hindi, QLocale::India),
                                              QLocale(QLocale::Arabic, QLocale::Egypt) });
    Money::ParseOptions options;
    options.allowNegative = (in.byte() & 1) != 0;
    const QString text = QString::fromUtf8(in.rest());

    const MoneyParseResult r = Money::parse(text, currency, locale, options);
    if (!r.ok) {
        if (r.error.isEmpty())
            fail("a refusal without a message");
        return 0;
    }
    if (!options.allowNegative && r.minor < 0)
        fail("a negative amount accepted where none is allowed");

    const QString shown = Money::format(r.minor, currency, locale);
    const MoneyParseResult back = Money::parse(shown, currency, locale, { .allowNegative = true });
    if (!back.ok || back.minor != r.minor) {
        std::fprintf(stderr, "formatted as '%s'\n", qPrintable(shown));
        fail("a formatted amount does not parse back to itself");
    }

    const int exponent = Currency::exponent(currency);
    const std::optional<qint64> decimal = Money::fromDecimal(Money::toDecimal(r.minor, exponent), exponent);
    if (!decimal || *decimal != r.minor)
        fail("toDecimal and fromDecimal are not inverse");
    return 0;
}
