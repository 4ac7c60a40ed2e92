// The window's day-two dialogs as a person reviewing them uses them, on the offscreen platform
// with the English catalogue installed (plural forms read as English): an apply that failed can
// be resumed and says so, Enter in the check never throws work away, its notes are readable and
// its header true after a choice, the Sync column fits its longest text (English and German),
// a long status message leaves the window's size alone, the selection actions say why they
// are disabled, and an account is named with its provider once.
#include "GuiFixture.h"
#include "resources/Translations.h"
#include "services/providers/BuiltInProviders.h"
#include "services/sandbox/SandboxServer.h"
#include "services/sync/Pull.h"
#include "ui/ApplyPlanDialog.h"
#include "ui/CatalogTableModel.h"
#include "ui/CheckDialog.h"
#include "ui/ElidedLabel.h"
#include "ui/ProductEditor.h"
#include "ui/PullDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTranslator>

using namespace pb;
using pbtest::GuiFixture;
using pbtest::stripePost;

namespace {

template <typename T> T ask(GuiFixture& f, std::function<T(Catalog&)> work)
{
    std::optional<T> out;
    f.store.call<T>(std::move(work), f.window.get(), [&](const T& v) { out = v; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        qFatal("the catalog did not answer");
    return *out;
}

Account stripeAccount(GuiFixture& f)
{
    return ask<Account>(f, [](Catalog& c) {
        for (const Account& a : c.accounts())
            if (a.target.provider == providers::Stripe)
                return a;
        return Account();
    });
}

// A Stripe product made on the sandbox and pulled into the catalog; its id here.
QString pulledStripeProduct(GuiFixture& f)
{
    Pull pull(&f.store, &f.network, stripeAccount(f), Account::sandboxKey());
    QSignalSpy pulled(&pull, &Pull::finished);
    pull.start();
    if (!pulled.wait(10000))
        qFatal("the pull did not finish");
    const QString id = pulled.first().first().value<PullReport>().adoption.productIds.value(0);
    f.window->catalogModel()->refresh();
    if (!QTest::qWaitFor([&] { return f.window->catalogModel()->rowCount() == 1; }, 20000))
        qFatal("the pulled product is not listed");
    return id;
}

void selectOnlyRow(GuiFixture& f)
{
    auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
    table->selectRow(0);
    if (!QTest::qWaitFor([&] { return f.window->editor()->hasEntry(); }, 20000))
        qFatal("the product did not open");
}

// The pulled product changed here (name and description) and there (both, differently), then
// "Check on provider": the dialog once its report is in.
CheckDialog* checkedConflict(GuiFixture& f, SandboxServer& sandbox, QNetworkAccessManager& nam, const QString& remoteId,
                             const QString& id)
{
    const bool saved = ask<bool>(f, [id](Catalog& c) {
        CatalogEntry e = *c.product(id);
        e.product.name = QStringLiteral("Team here");
        e.product.description = QStringLiteral("Seats, here");
        return c.saveProduct(e);
    });
    if (!saved)
        qFatal("not saved");
    stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products/") + remoteId, "name=Team+there&description=Seats,+there");
    f.window->catalogModel()->refresh();
    selectOnlyRow(f);
    if (!QTest::qWaitFor([&] { return f.window->editor()->entry().product.name == u"Team here"; }, 20000))
        qFatal("the edit is not shown");
    f.action(QStringLiteral("actionCheckOnProvider"))->trigger();
    CheckDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = f.window->findChild<CheckDialog*>()) != nullptr; }, 20000))
        qFatal("no check dialog");
    auto* products = dialog->findChild<QTableWidget*>(QStringLiteral("checkProductsTable"));
    if (!QTest::qWaitFor([&] { return products->rowCount() == 1 && dialog->findChild<QTableWidget*>(QStringLiteral("checkFieldsTable"))->rowCount() == 2; }, 10000))
        qFatal("the check did not finish");
    return dialog;
}

const QString teamBody = QStringLiteral("name=Team&description=Seats&default_price_data[currency]=usd&default_price_data[unit_amount]=1900"
                                        "&default_price_data[recurring][interval]=month");

} // namespace

class TestGuiReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncOutcome>();
        QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    }
    void failedApplyCanBeResumed();
    void enterInTheCheckThrowsNothingAway();
    void checkNotesReadableAndHeaderTrue();
    void columnsShareTheListWidth_data();
    void columnsShareTheListWidth();
    void draggedColumnWidthIsRemembered();
    void longStatusMessageKeepsTheWindowSize();
    void selectionActionsSayWhyTheyAreDisabled();
    void rowClickedWhileStillLoadingOpensOnceRead();
    void accountNamedWithItsProviderOnce();
    void dialogTour();
};

// Item: after an apply that failed, the header, the Apply button and the bar agree, and Apply
// resumes what remains.
void TestGuiReview::failedApplyCanBeResumed()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    const QString remoteId = stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"), teamBody.toUtf8()).value(u"id").toString();
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    const QString id = pulledStripeProduct(f);
    // The price changed here: a new price, made the default, the old one archived.
    QVERIFY(ask<bool>(f, [id](Catalog& c) {
        CatalogEntry e = *c.product(id);
        e.product.prices[0].amount = 2400;
        return c.saveProduct(e);
    }));
    f.window->catalogModel()->refresh();
    selectOnlyRow(f);
    QTRY_VERIFY(f.action(QStringLiteral("actionApplyChanges"))->isEnabled());
    f.action(QStringLiteral("actionApplyChanges"))->trigger();
    ApplyPlanDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<ApplyPlanDialog*>()) != nullptr);
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("applySummaryLabel"));
    auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyPlanButton"));
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("applyProgressBar"));
    QTRY_COMPARE(summary->text(), QStringLiteral("These 3 operations will be made, in this order. Nothing else is sent."));
    QVERIFY(apply->isEnabled());

    // The provider answers nothing but 503: the apply fails.
    SandboxFaults down;
    down.serverError = 1.0;
    sandbox.setFaults(down);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("with problems")), 30000);
    // Once the plan is worked out again: the header says what to do, the button does it.
    QTRY_VERIFY(apply->isEnabled());
    QVERIFY2(summary->text().startsWith(QStringLiteral("Applied to 0 of 1 product. 1 with problems (see the report below).")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("Resume applies exactly that")), qPrintable(summary->text()));
    QCOMPARE(apply->text(), QStringLiteral("&Resume"));
    QCOMPARE(progress->value(), 0);
    QCOMPARE(progress->text(), QStringLiteral("0 of 1 applied"));
    QVERIFY(!dialog->findChild<QPlainTextEdit*>(QStringLiteral("applyReportTextEdit"))->toPlainText().isEmpty());

    // The provider back: Resume applies what remains, and the three agree again.
    sandbox.setFaults({});
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(summary->text(), QStringLiteral("Applied: 1 product now matches the plan."), 20000);
    QVERIFY(!apply->isEnabled());
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(progress->text(), QStringLiteral("1 of 1 applied"));
    QTRY_COMPARE(f.window->catalogModel()->data(f.window->catalogModel()->index(0, ListFilter::Sync)).toString(),
                 syncStateLabel(SyncState::Synced));
    Q_UNUSED(remoteId);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyCloseButton")), Qt::LeftButton);
}

// Item: Enter in the check's field view neither takes the provider's values nor writes anything.
void TestGuiReview::enterInTheCheckThrowsNothingAway()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    const QString remoteId = stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"), teamBody.toUtf8()).value(u"id").toString();
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    const QString id = pulledStripeProduct(f);
    CheckDialog* dialog = checkedConflict(f, sandbox, nam, remoteId, id);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* name = dialog->findChild<QComboBox*>(QStringLiteral("keepComboBox_name"));
    auto* description = dialog->findChild<QComboBox*>(QStringLiteral("keepComboBox_description"));
    QCOMPARE(name->currentText(), QStringLiteral("Keep here"));
    QCOMPARE(description->currentText(), QStringLiteral("Keep here"));
    for (QPushButton* b : dialog->findChildren<QPushButton*>())
        QVERIFY2(!b->isDefault(), qPrintable(b->text()));
    // Enter where the focus is, and on the fields table, and on the dialog itself.
    QWidget* focused = QApplication::focusWidget() ? QApplication::focusWidget() : dialog;
    for (QWidget* w : { focused, static_cast<QWidget*>(dialog->findChild<QTableWidget*>(QStringLiteral("checkFieldsTable"))),
                        static_cast<QWidget*>(dialog) }) {
        QTest::keyClick(w, Qt::Key_Return);
        QTest::keyClick(w, Qt::Key_Enter);
    }
    QTest::qWait(200);
    QCOMPARE(name->currentText(), QStringLiteral("Keep here"));
    QCOMPARE(description->currentText(), QStringLiteral("Keep here"));
    QVERIFY(dialog->isVisible());
    const CatalogEntry here = ask<CatalogEntry>(f, [id](Catalog& c) { return *c.product(id); });
    QCOMPARE(here.product.name, QStringLiteral("Team here"));
    QCOMPARE(here.product.description, QStringLiteral("Seats, here"));
    QCOMPARE(f.window->editor()->entry().product.name, QStringLiteral("Team here"));
}

// Item: a note longer than its column wraps in a row tall enough to show it, and is whole in
// its tooltip; the header says what is true after each "Apply choice".
void TestGuiReview::checkNotesReadableAndHeaderTrue()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    const QString remoteId = stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"), teamBody.toUtf8()).value(u"id").toString();
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    const QString id = pulledStripeProduct(f);
    CheckDialog* dialog = checkedConflict(f, sandbox, nam, remoteId, id);
    dialog->resize(460, 600);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("checkStatusLabel"));
    auto* products = dialog->findChild<QTableWidget*>(QStringLiteral("checkProductsTable"));
    auto* fields = dialog->findChild<QTableWidget*>(QStringLiteral("checkFieldsTable"));
    auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyChoiceButton"));
    QCOMPARE(status->text(), QStringLiteral("1 of 1 product differs from its provider or could not be checked: choose one to see its fields."));

    // Their name, my description: settled, the description left to send.
    dialog->findChild<QComboBox*>(QStringLiteral("keepComboBox_name"))->setCurrentIndex(1);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(products->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("changed_here"), 10000);
    QCOMPARE(fields->rowCount(), 1);
    QCOMPARE(status->text(), QStringLiteral("1 of 1 product holds values kept here that Update sends to the provider."));
    // The list row says what the catalog holds now: their name, the new verdict, unwrapped.
    QCOMPARE(products->item(0, 0)->text(), QStringLiteral("Team there"));
    QCOMPARE(products->item(0, 2)->text(), QStringLiteral("Changed here"));
    QVERIFY(products->columnWidth(2) > products->fontMetrics().horizontalAdvance(products->item(0, 2)->text()));

    // The note: longer than its column at this width, shown whole in its row and its tooltip.
    QTableWidgetItem* note = products->item(0, 3);
    const QString text = note->text();
    QCOMPARE(text, QStringLiteral("Settled: the values kept here are sent with Update."));
    QCOMPARE(note->toolTip(), text);
    const int width = products->columnWidth(3);
    QVERIFY2(products->fontMetrics().horizontalAdvance(text) > width, "the note fits on one line: the test proves nothing");
    QVERIFY2(width >= products->viewport()->width() / 3, qPrintable(QString::number(width)));
    const QRect needed = products->fontMetrics().boundingRect(QRect(0, 0, width - 8, 10000), Qt::TextWordWrap, text);
    QVERIFY2(products->rowHeight(0) >= needed.height(),
             qPrintable(QStringLiteral("row %1 px, the wrapped note %2 px").arg(products->rowHeight(0)).arg(needed.height())));

    // Resized afterwards, the note follows: wider, it fits on one line and the row is one line
    // high again; narrower, the other columns give way and the note keeps a third of the width.
    const int wrapped = products->rowHeight(0);
    dialog->resize(1400, 600);
    QTRY_VERIFY2(products->columnWidth(3) > products->fontMetrics().horizontalAdvance(text) + 8, qPrintable(QString::number(products->columnWidth(3))));
    QTRY_VERIFY2(products->rowHeight(0) < wrapped, qPrintable(QStringLiteral("%1 px, %2 px before").arg(products->rowHeight(0)).arg(wrapped)));
    dialog->resize(360, 600);
    QTRY_VERIFY2(products->columnWidth(3) >= products->viewport()->width() / 3 - 1,
                 qPrintable(QStringLiteral("note %1 px of %2 px").arg(products->columnWidth(3)).arg(products->viewport()->width())));
    int all = 0;
    for (int c = 0; c < products->columnCount(); ++c)
        all += products->columnWidth(c);
    QVERIFY2(all <= products->viewport()->width(), qPrintable(QStringLiteral("%1 px of columns in %2 px").arg(all).arg(products->viewport()->width())));
    QTRY_VERIFY(products->rowHeight(0) > wrapped / 2);
    dialog->resize(460, 600);

    // The rest taken from there: in step, and the header says so.
    // The buttons wait for the catalog's copy of the settled product (a choice applied before
    // would be based on the version the settle replaced).
    QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 10000);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("takeAllThereButton")), Qt::LeftButton);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(products->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("in_step"), 10000);
    QCOMPARE(status->text(), QStringLiteral("The product is in step with its provider."));
}

void TestGuiReview::columnsShareTheListWidth_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("English, default size") << QStringLiteral("en") << QSize();
    QTest::newRow("German, default size") << QStringLiteral("de") << QSize();
    QTest::newRow("English, 1366x768") << QStringLiteral("en") << QSize(1366, 768);
    QTest::newRow("German, 1366x768") << QStringLiteral("de") << QSize(1366, 768);
    QTest::newRow("English, 1920x1080") << QStringLiteral("en") << QSize(1920, 1080);
    QTest::newRow("German, 1920x1080") << QStringLiteral("de") << QSize(1920, 1080);
}

// Item: the name gets the spare width and shows at least about 20 characters; no header is cut;
// the sync state shows whole where there is room, and is whole in its tooltip where it elides.
void TestGuiReview::columnsShareTheListWidth()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/pricebook_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    QSettings().remove(QStringLiteral("window"));
    GuiFixture f;
    if (size.isValid())
        f.window->resize(size);
    else
        f.window->resize(1280, 800); // as the form opens it
    f.showWindow();
    QVERIFY(ask<bool>(f, [](Catalog& c) {
        CatalogEntry e;
        e.id = Catalog::newId();
        e.provider = providers::Stripe;
        e.product.name = QStringLiteral("Team plan for agencies, yearly");
        e.product.status = QStringLiteral("archived");
        return c.saveProduct(e);
    }));
    f.window->catalogModel()->refresh();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    QTest::qWait(50);
    auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const int name = table->columnWidth(CatalogTableModel::NameColumn);
    QVERIFY2(name >= 20 * metrics.averageCharWidth(),
             qPrintable(QStringLiteral("name %1 px, 20 characters are %2 px").arg(name).arg(20 * metrics.averageCharWidth())));
    int total = 0;
    for (int c = 0; c < CatalogTableModel::ColumnCount; ++c) {
        total += table->columnWidth(c);
        const QString text = f.window->catalogModel()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(table->columnWidth(c) >= header->fontMetrics().horizontalAdvance(text) + 2 * metrics.averageCharWidth(),
                 qPrintable(QStringLiteral("“%1”: %2 px").arg(text).arg(table->columnWidth(c))));
    }
    QVERIFY2(total <= table->viewport()->width(), qPrintable(QStringLiteral("%1 px of columns in %2 px").arg(total).arg(table->viewport()->width())));
    // The longest state: whole where the list is wide, and always whole in the tooltip.
    const QString longest = CatalogTableModel::tr("%1, archived").arg(syncStateLabel(SyncState::Changed));
    if (language == u"de")
        QVERIFY2(!longest.contains(QStringLiteral("archived")), qPrintable(longest));
    const QModelIndex sync = f.window->catalogModel()->index(0, CatalogTableModel::SyncColumn);
    QCOMPARE(sync.data(Qt::ToolTipRole).toString(), sync.data(Qt::DisplayRole).toString());
    QVERIFY(sync.data(Qt::DisplayRole).toString().startsWith(syncStateLabel(SyncState::Draft)));
    if (size.width() >= 1920)
        QVERIFY2(table->columnWidth(CatalogTableModel::SyncColumn) > metrics.horizontalAdvance(longest),
                 qPrintable(QStringLiteral("%1 px for “%2”").arg(table->columnWidth(CatalogTableModel::SyncColumn)).arg(longest)));
}

// Item: a column the person drags keeps its width, in this window and the next.
void TestGuiReview::draggedColumnWidthIsRemembered()
{
    QSettings().remove(QStringLiteral("window"));
    auto clean = qScopeGuard([] { QSettings().remove(QStringLiteral("window")); });
    int dragged = 0;
    {
        GuiFixture f;
        f.showWindow();
        auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
        dragged = table->columnWidth(CatalogTableModel::SyncColumn) + 37;
        table->horizontalHeader()->resizeSection(CatalogTableModel::SyncColumn, dragged); // as the mouse does
        f.window->resize(f.window->width() - 200, f.window->height());
        QTest::qWait(50);
        QCOMPARE(table->columnWidth(CatalogTableModel::SyncColumn), dragged);
    }
    GuiFixture again;
    again.showWindow();
    QCOMPARE(again.find<QTableView>(QStringLiteral("catalogTableView"))->columnWidth(CatalogTableModel::SyncColumn), dragged);
}

// Item: a status message wider than the screen leaves the window as wide as it was; the whole
// text is kept (and shown as the tooltip).
void TestGuiReview::longStatusMessageKeepsTheWindowSize()
{
    GuiFixture f;
    f.window->resize(1100, 760);
    f.showWindow();
    QTest::qWait(50);
    const QSize before = f.window->size();
    QString message = QStringLiteral("No keychain service is running, so API keys cannot be stored. Start your desktop's keyring "
                                     "(GNOME Keyring or KWallet) and open Pricebook again, or give each account an environment "
                                     "variable that holds its key.");
    message += u' ' + message + u' ' + message;
    Q_EMIT f.window->editor()->inputDropped(message);
    QTest::qWait(100);
    QCOMPARE(f.window->size(), before);
    QVERIFY2(f.window->minimumSizeHint().width() <= 1400, qPrintable(QString::number(f.window->minimumSizeHint().width())));
    QCOMPARE(f.window->lastResult(), message);
    auto* label = f.find<ElidedLabel>(QStringLiteral("lastResultLabel"));
    QVERIFY(label->isElided());
    QVERIFY(label->width() <= f.window->width());
}

// Item: Check, Apply changes, Archive and Restore are disabled with nothing selected, and say
// why; a selection enables them with their usual tip.
// A row clicked before its product is read (a large or slow catalog, a busy machine) opens when
// it is read, and stays selected; the click is not lost.
void TestGuiReview::rowClickedWhileStillLoadingOpensOnceRead()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    const Account stripe = stripeAccount(f);
    const QString id = Catalog::newId();
    QVERIFY(ask<bool>(f, [stripe, id](Catalog& c) {
        CatalogEntry e;
        e.id = id;
        e.provider = providers::Stripe;
        e.accountId = stripe.id;
        e.product = pbtest::product(R"({"name":"Slow","status":"active","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]})");
        return c.saveProduct(e);
    }));
    CatalogTableModel* model = f.window->catalogModel();
    model->refresh();
    // The catalog's thread is then busy for a while (its work is done in order): the list learns
    // it has a row, and the row's product is read only after the click.
    bool busyDone = false;
    f.store.call<bool>([](Catalog&) {
        QThread::msleep(400);
        return true;
    }, f.window.get(), [&](bool) { busyDone = true; });
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY2(model->data(model->index(0, 0), CatalogTableModel::IdRole).toString().isEmpty(), "the row was read already: the test proves nothing");
    f.find<QTableView>(QStringLiteral("catalogTableView"))->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(busyDone, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(f.window->editor()->hasEntry(), 20000);
    QCOMPARE(f.window->editor()->entry().id, id);
    QTRY_VERIFY(f.find<QTableView>(QStringLiteral("catalogTableView"))->selectionModel()->isRowSelected(0, {}));
    QTRY_VERIFY(f.action(QStringLiteral("actionCheckOnProvider"))->isEnabled());
}

void TestGuiReview::selectionActionsSayWhyTheyAreDisabled()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    const QStringList names = { QStringLiteral("actionCheckOnProvider"), QStringLiteral("actionApplyChanges"),
                                QStringLiteral("actionArchiveProducts"), QStringLiteral("actionRestoreProducts") };
    for (const QString& name : names) {
        QAction* a = f.action(name);
        QTRY_VERIFY2(!a->isEnabled(), qPrintable(name));
        QCOMPARE(a->statusTip(), QStringLiteral("Select one or more products in the list first."));
    }
    // Triggered anyway (a shortcut, a script): nothing opens.
    f.action(QStringLiteral("actionApplyChanges"))->trigger();
    f.action(QStringLiteral("actionCheckOnProvider"))->trigger();
    QTest::qWait(100);
    QVERIFY(f.window->findChild<ApplyPlanDialog*>() == nullptr);
    QVERIFY(f.window->findChild<CheckDialog*>() == nullptr);

    const Account stripe = stripeAccount(f);
    QVERIFY(ask<bool>(f, [stripe](Catalog& c) {
        CatalogEntry e;
        e.id = Catalog::newId();
        e.provider = providers::Stripe;
        e.accountId = stripe.id;
        e.product = pbtest::product(R"({"name":"Solo","status":"active","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]})");
        return c.saveProduct(e);
    }));
    f.window->catalogModel()->refresh();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    selectOnlyRow(f);
    for (const QString& name : names) {
        QAction* a = f.action(name);
        QTRY_VERIFY2(a->isEnabled(), qPrintable(name));
        QVERIFY2(a->statusTip() != QStringLiteral("Select one or more products in the list first.") && !a->statusTip().isEmpty(), qPrintable(name));
    }
    QCOMPARE(f.action(QStringLiteral("actionApplyChanges"))->statusTip(),
             QStringLiteral("See the plan of what the selected products' changes make on their providers, then apply it"));
}

// Item: "Sandbox — Stripe", not "Sandbox — Stripe (Stripe)"; an account whose name does not say
// its provider is followed by it.
void TestGuiReview::accountNamedWithItsProviderOnce()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    Account acme;
    acme.name = QStringLiteral("Acme");
    acme.target.provider = providers::Stripe;
    acme.target.baseUrl = sandbox.baseUrl();
    f.addAccount(acme);
    f.action(QStringLiteral("actionPull"))->trigger();
    PullDialog* pull = nullptr;
    QTRY_VERIFY((pull = f.window->findChild<PullDialog*>()) != nullptr);
    auto* accounts = pull->findChild<QComboBox*>(QStringLiteral("pullAccountComboBox"));
    QStringList items;
    for (int i = 0; i < accounts->count(); ++i)
        items << accounts->itemText(i);
    QVERIFY2(items.contains(QStringLiteral("Sandbox — Stripe")), qPrintable(items.join(u'|')));
    QVERIFY2(items.contains(QStringLiteral("Acme (Stripe)")), qPrintable(items.join(u'|')));
    for (const QString& item : std::as_const(items))
        QVERIFY2(!item.startsWith(QStringLiteral("Sandbox — ")) || !item.contains(u'('), qPrintable(item));
    QTest::mouseClick(pull->findChild<QPushButton*>(QStringLiteral("pullCloseButton")), Qt::LeftButton);
}

// Not a check: with PB_REVIEW_SHOTS=<folder> (and PB_REVIEW_LANGUAGE=de for German) the window
// and each day-two dialog in its states is saved as a PNG there, to be looked at.
void TestGuiReview::dialogTour()
{
    const QString dir = qEnvironmentVariable("PB_REVIEW_SHOTS");
    if (dir.isEmpty())
        QSKIP("PB_REVIEW_SHOTS=<folder> saves pictures of the dialogs");
    const QString language = qEnvironmentVariable("PB_REVIEW_LANGUAGE", QStringLiteral("en"));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/pricebook_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    QTranslator qt; // the standard buttons, as the application has them
    if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    auto remove = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qt);
    });
    const auto shot = [&](QWidget* w, const QString& name) {
        QTest::qWait(150);
        QVERIFY(w->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, name)));
    };
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    const QString remoteId = stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"), teamBody.toUtf8()).value(u"id").toString();
    GuiFixture f;
    f.window->resize(1366, 768);
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));

    f.action(QStringLiteral("actionPull"))->trigger();
    PullDialog* pull = nullptr;
    QTRY_VERIFY((pull = f.window->findChild<PullDialog*>()) != nullptr);
    auto* accounts = pull->findChild<QComboBox*>(QStringLiteral("pullAccountComboBox"));
    accounts->setCurrentIndex(accounts->findData(stripeAccount(f).id));
    shot(pull, QStringLiteral("pull-before"));
    QTest::mouseClick(pull->findChild<QPushButton*>(QStringLiteral("pullButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pull->findChild<QPushButton*>(QStringLiteral("pullCancelButton"))
                                  || !pull->findChild<QPushButton*>(QStringLiteral("pullCancelButton"))->isEnabled(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->catalogModel()->rowCount(), 1, 10000);
    shot(pull, QStringLiteral("pull-after"));
    QTest::mouseClick(pull->findChild<QPushButton*>(QStringLiteral("pullCloseButton")), Qt::LeftButton);
    const QString id = f.window->catalogModel()->data(f.window->catalogModel()->index(0, 0), CatalogTableModel::IdRole).toString();

    CheckDialog* check = checkedConflict(f, sandbox, nam, remoteId, id);
    shot(check, QStringLiteral("check-conflict"));
    check->findChild<QComboBox*>(QStringLiteral("keepComboBox_name"))->setCurrentIndex(1);
    QTest::mouseClick(check->findChild<QPushButton*>(QStringLiteral("applyChoiceButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(check->findChild<QTableWidget*>(QStringLiteral("checkFieldsTable"))->rowCount(), 1, 10000);
    shot(check, QStringLiteral("check-settled"));
    check->close();

    QVERIFY(ask<bool>(f, [id](Catalog& c) {
        CatalogEntry e = *c.product(id);
        e.product.prices[0].amount = 2400;
        return c.saveProduct(e);
    }));
    f.window->catalogModel()->refresh();
    selectOnlyRow(f);
    shot(f.window.get(), QStringLiteral("window"));
    f.action(QStringLiteral("actionApplyChanges"))->trigger();
    ApplyPlanDialog* apply = nullptr;
    QTRY_VERIFY((apply = f.window->findChild<ApplyPlanDialog*>()) != nullptr);
    QTRY_VERIFY(apply->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))->isEnabled());
    shot(apply, QStringLiteral("apply-plan"));
    SandboxFaults down;
    down.serverError = 1.0;
    sandbox.setFaults(down);
    QTest::mouseClick(apply->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(apply->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))->isEnabled(), 30000);
    shot(apply, QStringLiteral("apply-failed"));
    sandbox.setFaults({});
    QTest::mouseClick(apply->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!apply->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))->isEnabled()
                                 && !apply->findChild<QPushButton*>(QStringLiteral("applyStopButton"))->isEnabled(), 20000);
    QTest::qWait(300);
    shot(apply, QStringLiteral("apply-done"));
    apply->close();
    Q_EMIT f.window->editor()->inputDropped(QStringLiteral("No keychain service is running, so API keys cannot be stored. Start your desktop's "
                                                            "keyring and open Pricebook again, or give each account an environment variable "
                                                            "that holds its key; until then nothing can be sent."));
    shot(f.window.get(), QStringLiteral("window-long-status"));
}

QTEST_MAIN(TestGuiReview)
#include "tst_gui_review.moc"
