#pragma once
// A price in plain words, used by the editor, the CLI and exports alike:
//   "US$29.99 per month, includes 100 minutes, then US$0.15 per minute"
//   "¥500 once"

#include "Product.h"

#include <QLocale>

namespace pb::PricingSummary {

QString describe(const Price& price, const QString& unitLabel = {}, const QLocale& locale = QLocale());
// Every price of the product still offered (archived ones are left out), one sentence each,
// joined by "; ". "No price" when there is none.
QString describe(const Product& product, const QLocale& locale = QLocale());

} // namespace pb::PricingSummary
