// Scrolling the real main window's catalog table through a large catalog, timing every frame:
// each paint of the table's viewport (an event filter around the Paint event), and each scroll
// step from the scroll bar's move to its frame painted. The table is driven like a user: page by
// page from the top, then the scroll bar dragged to the end in small moves and back to the top,
// then page by page again from the end. Rows not yet read show "Loading…" and are painted when
// their window arrives from the catalog worker; those paints are timed too.
//   QT_QPA_PLATFORM=xcb build/bench/bench_scroll CATALOG.sqlite [--pages 300] [--drag-steps 400]
// Prints worst_paint_ms, p99_paint_ms, worst_step_ms, paints, steps, rows.
#include "GuiFixture.h"

#include <QAbstractItemView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace pb;

namespace {

// Times every paint of the widget it watches: the Paint event is delivered again from inside the
// filter, with the clock running around it.
class PaintTimer : public QObject
{
public:
    QList<double> paints;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || m_inside)
            return false;
        m_inside = true;
        QElapsedTimer clock;
        clock.start();
        QCoreApplication::sendEvent(watched, event);
        paints << clock.nsecsElapsed() / 1e6;
        m_inside = false;
        return true;
    }

private:
    bool m_inside = false;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size()))));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CATALOG"), QStringLiteral("catalog.sqlite to open"));
    parser.addOption({ QStringLiteral("pages"), QStringLiteral("Page-down steps from the top (and page-up from the end)."), QStringLiteral("N"), QStringLiteral("300") });
    parser.addOption({ QStringLiteral("drag-steps"), QStringLiteral("Scroll bar moves from the top to the end (and back)."), QStringLiteral("N"), QStringLiteral("400") });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        qFatal("usage: bench_scroll CATALOG.sqlite");
    const int pages = parser.value(QStringLiteral("pages")).toInt();
    const int dragSteps = qMax(1, parser.value(QStringLiteral("drag-steps")).toInt());

    QNetworkAccessManager network;
    CatalogStore store;
    SecretStore secrets;
    pbtest::ScriptedPrompts prompts;
    store.open(parser.positionalArguments().first());
    MainWindow window(&store, &secrets, &network, &prompts);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    auto* table = window.findChild<QTableView*>(QStringLiteral("catalogTableView"));
    CatalogTableModel* model = window.catalogModel();
    QElapsedTimer guard;
    guard.start();
    while (model->rowCount() == 0 && guard.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    const int rows = model->rowCount();
    if (rows == 0)
        qFatal("the catalog has no rows");
    QTest::qWait(300); // the first rows in, painted

    PaintTimer timer;
    table->viewport()->installEventFilter(&timer);
    QScrollBar* bar = table->verticalScrollBar();
    QList<double> steps;
    // One frame: the scroll bar moved, the viewport painted, and whatever arrived meanwhile
    // (windows of rows from the worker) handled, as the event loop would between frames.
    auto step = [&](int value) {
        QElapsedTimer clock;
        clock.start();
        bar->setValue(value);
        table->viewport()->repaint();
        steps << clock.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents();
    };
    for (int i = 0; i < pages; ++i)
        step(bar->value() + bar->pageStep());
    const int from = bar->value();
    for (int i = 1; i <= dragSteps; ++i)
        step(from + int(qint64(bar->maximum() - from) * i / dragSteps));
    QTest::qWait(200);
    for (int i = 0; i < pages; ++i)
        step(bar->value() - bar->pageStep());
    const int back = bar->value();
    for (int i = 1; i <= dragSteps; ++i)
        step(back - int(qint64(back) * i / dragSteps));
    // The rows last asked for arrive and are painted.
    QTest::qWait(500);
    table->viewport()->removeEventFilter(&timer);

    QTextStream out(stdout);
    out << "rows=" << rows << '\n'
        << "paints=" << timer.paints.size() << '\n'
        << "steps=" << steps.size() << '\n'
        << "worst_paint_ms=" << QString::number(percentile(timer.paints, 1.0), 'f', 2) << '\n'
        << "p99_paint_ms=" << QString::number(percentile(timer.paints, 0.99), 'f', 2) << '\n'
        << "worst_step_ms=" << QString::number(percentile(steps, 1.0), 'f', 2) << '\n'
        << "p99_step_ms=" << QString::number(percentile(steps, 0.99), 'f', 2) << '\n';
    return 0;
}
