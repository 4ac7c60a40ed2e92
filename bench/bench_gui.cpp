// Interactive figures on the real main window (Qt Test's QBENCHMARK, wall-clock):
//   searchKeystroke     a key typed in the search field -> the filtered rows painted, on a large
//                       catalog (includes the 150 ms typing pause before the search starts; the
//                       pause also lets the catalog's worker finish what the last search asked)
//   pricingModelChange  ChatDash's pricing model changed in the editor -> rows shown/hidden,
//                       layout settled and the editor painted
// The catalog comes from PRICEBOOK_BENCH_CATALOG (a catalog.sqlite, e.g. from
// bench_catalog --keep DIR --generate-only); without it one of PRICEBOOK_BENCH_PRODUCTS
// (default 100,000) products is generated: 3,000 through the catalog, the rest copies of those
// under new names made by one INSERT ... SELECT (the catalog's triggers index them as any write).
//   QT_QPA_PLATFORM=xcb build/bench/bench_gui -iterations 10 -median 5
//   PRICEBOOK_BENCH_PRODUCTS=1000000 QT_QPA_PLATFORM=xcb build/bench/bench_gui searchKeystroke -iterations 10 -median 5
#include "GuiFixture.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "ProductGenerator.h"
#include "ui/ProductEditor.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace pb;

namespace {

QString generatedCatalog(const QString& dir, int count)
{
    const QString path = dir + QStringLiteral("/catalog.sqlite");
    const int templates = std::min(count, 3000);
    {
        Catalog catalog;
        QString error;
        if (!catalog.open(path, &error))
            qFatal("%s", qPrintable(error));
        pbtest::Generator gen(1);
        QList<CatalogEntry> entries;
        for (int i = 0; i < templates; ++i) {
            CatalogEntry e;
            e.provider = i % 3 == 0 ? providers::ChatDash : i % 3 == 1 ? providers::Stripe : providers::Piriod;
            e.product = i % 3 == 0 ? gen.chatDash() : i % 3 == 1 ? gen.stripe() : gen.piriod();
            e.product.name = QStringLiteral("Plan %1").arg(i);
            entries.append(e);
        }
        if (!catalog.saveProducts(entries))
            qFatal("%s", qPrintable(catalog.lastError()));
    }
    if (count > templates) {
        QElapsedTimer timer;
        timer.start();
        {
            // Product i is template i mod 3,000 (rowids 1 to 3,000 in the new file) named "Plan i",
            // in its name column, its document and its search text ("plan k" + the summary).
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-generate"));
            db.setDatabaseName(path);
            QSqlQuery q(db);
            if (!db.open() || !db.transaction()
                || !q.exec(QStringLiteral(
                               "WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %2)"
                               " INSERT INTO products(id, provider, account_id, name, status, summary, document, version,"
                               " created_at, updated_at, search, updated_by)"
                               " SELECT 'bench-' || n.i, t.provider, t.account_id, 'Plan ' || n.i, t.status, t.summary,"
                               " replace(t.document, '\"name\":\"' || t.name || '\"', '\"name\":\"Plan ' || n.i || '\"'),"
                               " 1, t.created_at, t.updated_at, 'plan ' || n.i || substr(t.search, length(t.name) + 1), t.updated_by"
                               " FROM n JOIN products t ON t.rowid = n.i % %1 + 1")
                               .arg(templates)
                               .arg(count))
                || !db.commit())
                qFatal("generating the catalog: %s", qPrintable(q.lastError().isValid() ? q.lastError().text() : db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-generate"));
        qInfo("generated %d products in %.1f s", count, double(timer.elapsed()) / 1000);
    }
    return path;
}

} // namespace

class BenchGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchKeystroke();
    void pricingModelChange();
    void cleanupTestCase() { m_window.reset(); }

private:
    // Waits until the model has its new count and first rows, then paints the table.
    void waitForRows();

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    CatalogStore m_store;
    SecretStore m_secrets;
    pbtest::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
    QAbstractItemView* m_table = nullptr;
    QElapsedTimer m_sinceKey;  // from the keystroke being measured
    QList<qint64> m_phases[3]; // count, rows and paint done, ms after the keystroke
};

void BenchGui::initTestCase()
{
    QString path = qEnvironmentVariable("PRICEBOOK_BENCH_CATALOG");
    if (path.isEmpty())
        path = generatedCatalog(m_dir.path(), qEnvironmentVariableIsSet("PRICEBOOK_BENCH_PRODUCTS")
                                                   ? qEnvironmentVariableIntValue("PRICEBOOK_BENCH_PRODUCTS")
                                                   : 100000);
    QSignalSpy opened(&m_store, &CatalogStore::opened);
    m_store.open(path);
    QVERIFY(opened.wait(30000));
    m_window = std::make_unique<MainWindow>(&m_store, &m_secrets, &m_network, &m_prompts);
    Q_EMIT m_store.opened(true, QString());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_table = m_window->findChild<QAbstractItemView*>(QStringLiteral("catalogTableView"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->catalogModel()->rowCount() > 0, 30000);
    qInfo("catalog: %d products", m_window->catalogModel()->rowCount());
}

void BenchGui::waitForRows()
{
    CatalogTableModel* model = m_window->catalogModel();
    // The count arrives first, then the first window of rows. A window loaded before the count is
    // one the last filter asked for: it does not end the wait. The wait is the window's own event
    // loop, asleep until something arrives, as in the running app: the table paints when its
    // model says it changed, and nothing spins beside the catalog's worker and the X server.
    qint64 countAt = -1;
    qint64 rowsAt = -1;
    QElapsedTimer guard;
    guard.start();
    QEventLoop loop;
    const QMetaObject::Connection counted = connect(model, &CatalogTableModel::countChanged, &loop, [&](int n) {
        countAt = guard.elapsed();
        if (n == 0)
            loop.quit();
    });
    const QMetaObject::Connection loaded = connect(model, &CatalogTableModel::windowLoaded, &loop, [&] {
        if (countAt >= 0 && rowsAt < 0) {
            rowsAt = guard.elapsed();
            loop.quit();
        }
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    const qint64 keyAt = m_sinceKey.isValid() ? m_sinceKey.elapsed() : 0; // the key was pressed this long ago
    loop.exec();
    disconnect(counted);
    disconnect(loaded);
    m_table->viewport()->repaint();
    if (m_sinceKey.isValid()) {
        m_phases[0] << keyAt + countAt;
        m_phases[1] << (rowsAt >= 0 ? keyAt + rowsAt : keyAt + countAt);
        m_phases[2] << m_sinceKey.elapsed();
    }
}

void BenchGui::searchKeystroke()
{
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    search->setFocus();
    search->setText(QStringLiteral("Plan 424"));
    waitForRows();
    bool longer = false;
    QBENCHMARK {
        longer = !longer;
        m_sinceKey.start();
        if (longer)
            QTest::keyClick(search, Qt::Key_2);         // "Plan 4242": a handful of rows
        else
            QTest::keyClick(search, Qt::Key_Backspace); // "Plan 424": about a hundred
        waitForRows();
    }
    // Where the time goes, after the key (medians): the count in the model, the first rows in
    // it, and the rows painted.
    auto median = [](QList<qint64> v) { std::sort(v.begin(), v.end()); return v.isEmpty() ? -1 : v.at(v.size() / 2); };
    qInfo("after the key: count in %lld ms, rows in %lld ms, painted in %lld ms (%lld keystrokes)", median(m_phases[0]),
          median(m_phases[1]), median(m_phases[2]), qint64(m_phases[2].size()));
    m_sinceKey.invalidate();
    search->clear();
    waitForRows();
}

void BenchGui::pricingModelChange()
{
    m_window->findChild<QAction*>(QStringLiteral("actionNewProduct"))->trigger();
    auto* provider = m_window->findChild<QComboBox*>(QStringLiteral("providerComboBox"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("chatdash")));
    Q_EMIT provider->activated(provider->currentIndex());
    QCoreApplication::processEvents();
    auto* model = m_window->findChild<QComboBox*>(QStringLiteral("pricingModelComboBox"));
    QVERIFY(model);
    const QStringList cycle { QStringLiteral("base"), QStringLiteral("usage"), QStringLiteral("oneTime") };
    ProductEditor* editor = m_window->editor();
    int step = 0;
    QBENCHMARK {
        const int i = model->findData(cycle.at(step++ % cycle.size()));
        model->setCurrentIndex(i);
        Q_EMIT model->activated(i);
        // Layout requests and deferred updates run, then the editor paints its new rows.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        editor->repaint();
    }
}

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
