#pragma once
// The price summaries the catalog list shows and searches are stored with each product, in the
// language of the moment it was saved. After a change of language they are written again:
//   QString error;
//   if (CatalogSummaries::language() != lastLanguage)
//       CatalogSummaries::render(catalog, &error);

#include "Catalog.h"

namespace pb::CatalogSummaries {

// The language and formats summaries are written in now ("en_US", "de_DE").
QString language();
// Writes every product's summary, and the search text made of it, again in language() where it
// differs. Versions, times and authors stay: nothing about the products changed. Returns how
// many were rewritten, or -1 with the reason in *error.
int render(Catalog& catalog, QString* error);

} // namespace pb::CatalogSummaries
