// libFuzzer target: the catalog importer for one format (FUZZ_FORMAT_CSV or FUZZ_FORMAT_JSON).
// Whatever the file holds, the importer returns a report in which every row is either valid or
// has at least one blocking problem naming it (nothing dropped silently), and the valid rows,
// exported and imported again, come back as the same products.

#include "FuzzInput.h"
#include "services/providers/Registry.h"
#include "services/io/CatalogIO.h"

#include <cstdio>

using namespace pb;

using fuzz::fail;

namespace {
CatalogIO::ImportResult read(const QByteArray& bytes, const CatalogIO::ImportOptions& options)
{
#ifdef FUZZ_FORMAT_CSV
    return CatalogIO::readCsv(bytes, options);
#else
    return CatalogIO::readJson(bytes, options);
#endif
}

QByteArray write(const QList<CatalogEntry>& entries)
{
#ifdef FUZZ_FORMAT_CSV
    return CatalogIO::toCsv(entries);
#else
    return CatalogIO::toJson(entries);
#endif
}

void checkReport(const CatalogIO::ImportResult& r)
{
    if (r.fileError && r.problems.isEmpty())
        fail("a file error without a message");
    for (const CatalogIO::Problem& p : r.problems)
        if (p.message.isEmpty())
            fail("a problem without a message");
    for (const CatalogIO::ImportedRow& row : r.rows) {
        if (row.valid)
            continue;
        const bool named = std::any_of(r.problems.begin(), r.problems.end(), [&](const CatalogIO::Problem& p) {
            return !p.warning && (p.row == row.row || p.row == 0);
        });
        if (!named) {
            std::fprintf(stderr, "row %d; problems:\n", row.row);
            for (const CatalogIO::Problem& p : r.problems)
                std::fprintf(stderr, "  row %d %s: %s\n", p.row, qPrintable(p.column), qPrintable(p.message));
            fail("an invalid row without a problem naming it");
        }
    }
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    CatalogIO::ImportOptions options;
    const int provider = in.byte() % 5;
    if (provider < 4)
        options.defaultProvider = allProviders().at(provider);
    options.locale = in.pick(std::array{ QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                        QLocale(QLocale::German, QLocale::Germany),
                                        QLocale(QLocale::French, QLocale::France) });
    const QByteArray bytes = in.rest();

    const CatalogIO::ImportResult first = read(bytes, options);
    checkReport(first);

    QList<CatalogEntry> valid;
    for (const CatalogIO::ImportedRow& row : first.rows) {
        if (!row.valid)
            continue;
        CatalogEntry e = row.entry;
        e.id = QStringLiteral("fuzz-%1").arg(valid.size() + 1);
        e.accountId.clear();
        valid.append(e);
    }
    if (valid.isEmpty())
        return 0;

    CatalogIO::ImportOptions again;
    const CatalogIO::ImportResult second = read(write(valid), again);
    checkReport(second);
    if (second.rows.size() != valid.size() || second.validCount() != valid.size())
        fail("exported valid rows did not all import again");
    for (qsizetype i = 0; i < valid.size(); ++i) {
        if (second.rows[i].entry.provider != valid[i].provider)
            fail("the provider changed on the way through an export");
        if (!(second.rows[i].entry.product == valid[i].product))
            fail("a product changed on the way through an export");
    }
    return 0;
}
