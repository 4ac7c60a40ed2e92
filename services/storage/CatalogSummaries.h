#pragma once
// The price summaries stored with each product, and the search text made of them, are in the
// language of the moment the product was saved (the list shows summaries written anew,
// Catalog::summarizeNow). After a change of language the stored ones are written again, a slice
// at a time, so that the list's search finds what it shows:
//   QString after, error;
//   do CatalogSummaries::render(catalog, &after, 2000, &error); while (!after.isEmpty());

#include "Catalog.h"

namespace pb::CatalogSummaries {

// The language and formats summaries are written in now ("en_US", "de_DE").
QString language();
// Writes the summary and search text again in language(), where they differ, of at most `limit`
// products after `*after` in id order (in one transaction), and sets `*after` to the last one
// read: empty when there were none left. Versions, times and authors stay: nothing about the
// products changed, and a product saved since it was read keeps that save's summary. Returns
// how many were rewritten, or -1 with the reason in *error.
int render(Catalog& catalog, QString* after, int limit, QString* error);

} // namespace pb::CatalogSummaries
