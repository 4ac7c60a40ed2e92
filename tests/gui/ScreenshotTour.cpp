// Puts the real window into its main states and saves a PNG of each into the folder given:
//   scripts/screenshots.sh            (runs this under Xvfb, into docs/screenshots)
// Options: --dark (a dark palette), --language CODE (the window in that language), --dialogs (then
// every dialog as well: preferences, file choosers, import report, confirmations, push, clone,
// API key), and the usual Qt ones (QT_SCALE_FACTOR=2 for 200 %).
// The catalog is docs/sample-catalog.json, imported as a person would, into the sandbox accounts
// the first run makes; the window is 1366×768, the size the price must fit without scrolling.
#include "GuiFixture.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"

#include "resources/Translations.h"
#include "services/io/CatalogIO.h"
#include "services/sandbox/SandboxServer.h"
#include "ui/BulkDialogs.h"
#include "ui/FieldEditors.h"

#include <QAbstractItemView>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QDir>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTest>

using namespace pb;

namespace {

void settle(int ms = 800) // past the half-second autosave, so the list shows the edits
{
    QTest::qWait(ms);
    QCoreApplication::processEvents();
}

void save(QWidget* w, const QString& dir, const QString& name)
{
    settle();
    const QString path = QDir(dir).filePath(name);
    if (!w->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream(stdout) << path << '\n';
}

void type(QWidget* w, const QString& text)
{
    w->setFocus();
    if (!QTest::qWaitFor([w] { return w->hasFocus(); }, 1000))
        qWarning("%s did not take the focus", qPrintable(w->objectName()));
    if (auto* e = qobject_cast<QLineEdit*>(w))
        e->selectAll();
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Return);
}

// Saves each modal dialog that opens, under the next name queued, then closes it: the real
// dialogs of pb::Prompts (message boxes, file choosers, input dialogs) block in exec().
class ModalShooter : public QObject
{
public:
    explicit ModalShooter(QString dir)
        : m_dir(std::move(dir))
    {
        m_timer.setInterval(100);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_names.isEmpty())
                return;
            m_last = modal;
            const QString name = m_names.takeFirst();
            QTimer::singleShot(0, modal, [this, modal, name] {
                save(modal, m_dir, name);
                if (auto* d = qobject_cast<QDialog*>(modal))
                    d->reject();
                else
                    modal->close();
            });
        });
        m_timer.start();
    }
    void expect(const QStringList& names) { m_names += names; }
    bool done() const { return m_names.isEmpty(); }

private:
    QString m_dir;
    QStringList m_names;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

void selectProducts(pbtest::GuiFixture& f, const QStringList& names)
{
    auto* view = f.find<QAbstractItemView>(QStringLiteral("catalogTableView"));
    view->setFocus();
    bool first = true;
    for (const QString& name : names) {
        const QModelIndexList hits = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        if (hits.isEmpty())
            qFatal("no product named %s", qPrintable(name));
        // As a click does: the first becomes current (and opens), the others join the selection.
        view->selectionModel()->setCurrentIndex(hits.first(), (first ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select)
                                                                  | QItemSelectionModel::Rows);
        first = false;
    }
    settle();
}

// Every dialog the window can show, each saved once.
void shootDialogs(pbtest::GuiFixture& f, const QString& out, const Account& acme, const Account& other)
{
    pb::Prompts real;
    ModalShooter shooter(out);
    f.prompts.alsoShow = &real;
    auto waitForShots = [&shooter] {
        if (!QTest::qWaitFor([&shooter] { return shooter.done(); }, 15000))
            qWarning("a dialog the tour expected did not open");
        settle(300);
    };

    f.action(QStringLiteral("actionPreferences"))->trigger();
    settle();
    if (auto* preferences = f.window->findChild<QDialog*>(QStringLiteral("preferencesDialog"))) {
        save(preferences, out, QStringLiteral("21-preferences.png"));
        preferences->close();
    }

    // Import: the file chooser, then the report of a file with one invalid row; nothing is imported.
    QTemporaryDir files;
    const QString csv = files.filePath(QStringLiteral("produkte.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(csv));
    file.write("name,provider,currency,billing,interval,scheme,amount\n"
               "Beratungsstunde,stripe,eur,one_time,,flat,12000\n"
               "Wartungsvertrag,stripe,eur,recurring,month,flat,4900\n"
               "Ohne Preis,stripe,eur,recurring,fortnight,flat,abc\n");
    file.close();
    f.prompts.answer = false;
    f.prompts.fileToOpen = csv;
    shooter.expect({ QStringLiteral("22-import-file.png"), QStringLiteral("23-import-report.png") });
    f.action(QStringLiteral("actionImport"))->trigger();
    waitForShots();

    f.prompts.fileToSave.clear(); // nothing is written
    shooter.expect({ QStringLiteral("24-export-file.png") });
    f.action(QStringLiteral("actionExport"))->trigger();
    waitForShots();

    // The product sent earlier is on the provider: deleting it here asks first; nothing is deleted.
    selectProducts(f, { QStringLiteral("Starter Plan") });
    shooter.expect({ QStringLiteral("25-delete-confirm.png") });
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    waitForShots();

    // Clone: the account to copy for, then the confirmation; nothing is copied.
    f.prompts.accountToChoose = other;
    shooter.expect({ QStringLiteral("26-clone-choose-account.png"), QStringLiteral("27-clone-confirm.png") });
    f.action(QStringLiteral("actionCloneToAccount"))->trigger();
    waitForShots();

    // Push the product to its account (the local test server): the question, then the progress
    // (the push dialog is window-modal, so the shooter takes it once it has settled).
    f.prompts.answer = true;
    shooter.expect({ QStringLiteral("28-push-confirm.png"), QStringLiteral("29-push.png") });
    f.action(QStringLiteral("actionPushSelection"))->trigger();
    waitForShots();
    f.prompts.alsoShow = nullptr;
    shooter.expect({ QStringLiteral("30-api-key.png") });
    real.askApiKey(f.window.get(), acme);
    waitForShots();
}

QString samplePath() { return QStringLiteral(PRICEBOOK_SOURCE_DIR "/docs/sample-catalog.json"); }

// Shows the product of that name, as a click on its row does.
void open(pbtest::GuiFixture& f, const QString& name)
{
    CatalogTableModel* model = f.window->catalogModel();
    auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
    for (int guard = 0; guard < 50; ++guard) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->data(model->index(r, 0)).toString() == name
                && model->data(model->index(r, 0), CatalogTableModel::LoadedRole).toBool()) {
                table->selectRow(r);
                settle(300);
                return;
            }
        settle(100);
    }
    qFatal("no product named %s", qPrintable(name));
}

// The sample names the sandbox accounts as an English first run does; in another language the
// accounts are named in it, so the tour gives the sample those names.
QString sampleForThisLanguage(pbtest::GuiFixture& f)
{
    QList<Account> accounts;
    f.store.call<QList<Account>>([](Catalog& c) { return c.accounts(); }, f.window.get(),
                                 [&accounts](const QList<Account>& all) { accounts = all; });
    f.store.waitForIdle();
    QCoreApplication::processEvents();
    QFile file(samplePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(samplePath()));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray products = root.value(u"products").toArray();
    for (qsizetype i = 0; i < products.size(); ++i) {
        QJsonObject o = products.at(i).toObject();
        for (const Account& a : accounts)
            if (a.sandbox && providerKey(a.target.provider) == o.value(u"provider").toString())
                o.insert(QStringLiteral("account"), a.name);
        products[i] = o;
    }
    root.insert(QStringLiteral("products"), products);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample-catalog.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void importSample(pbtest::GuiFixture& f)
{
    f.prompts.fileToOpen = sampleForThisLanguage(f);
    const int before = f.window->catalogModel()->rowCount();
    f.action(QStringLiteral("actionImport"))->trigger();
    if (!QTest::qWaitFor([&] { return f.window->catalogModel()->rowCount() > before; }, 10000))
        qFatal("the sample catalog was not imported");
    settle();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pricebook"));
    QStringList args = app.arguments();
    const QString language = Translations::takeLanguageOption(args);
    Translations::install(app, language.isEmpty() ? QStringLiteral("en") : language);
    const bool dark = args.contains(QStringLiteral("--dark"));
    const bool dialogs = args.contains(QStringLiteral("--dialogs"));
    const QString out = args.size() > 1 && !args.last().startsWith(u'-') ? args.last() : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
        p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
        p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xb8));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
        p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
        QApplication::setPalette(p);
    }
    qRegisterMetaType<JobResult>();
    QSettings().setValue(QStringLiteral("editor/moreOptionsOpen"), false);

    SandboxServer sandbox;
    sandbox.listen();
    pbtest::GuiFixture f;
    f.window->resize(1366, 768);
    QSettings().remove(QStringLiteral("sandbox/offered"));
    f.window->setSandboxUrl(sandbox.baseUrl());
    Q_EMIT f.store.opened(true, QString());
    f.showWindow();
    if (dark) {
        importSample(f);
        open(f, QStringLiteral("Team plan"));
        save(f.window.get(), out, QStringLiteral("10-dark-palette.png"));
        return 0;
    }
    save(f.window.get(), out, QStringLiteral("01-empty-catalog.png"));

    // Import: what the file brings is shown before anything is imported.
    {
        QList<Account> accounts;
        f.store.call<QList<Account>>([](Catalog& c) { return c.accounts(); }, f.window.get(),
                                     [&accounts](const QList<Account>& all) { accounts = all; });
        f.store.waitForIdle();
        QCoreApplication::processEvents();
        CatalogIO::ImportResult r = CatalogIO::readFile(sampleForThisLanguage(f));
        CatalogIO::resolveAccounts(r, accounts);
        ImportReportDialog dialog(QStringLiteral("sample-catalog.json"), r, f.window.get());
        dialog.resize(900, 460);
        dialog.show();
        save(&dialog, out, QStringLiteral("11-import-preview.png"));
    }
    importSample(f);

    open(f, QStringLiteral("Starter Plan"));
    save(f.window.get(), out, QStringLiteral("02-chatdash-base.png"));
    open(f, QStringLiteral("Voice minutes"));
    save(f.window.get(), out, QStringLiteral("03-chatdash-usage.png"));
    open(f, QStringLiteral("Onboarding session"));
    save(f.window.get(), out, QStringLiteral("04-chatdash-one-time.png"));
    open(f, QStringLiteral("Image renders"));
    save(f.window.get(), out, QStringLiteral("05-stripe-tiered.png"));
    open(f, QStringLiteral("Contabilidad Pyme"));
    save(f.window.get(), out, QStringLiteral("12-piriod-plans.png"));
    // The Team plan holds optional values (features, a statement descriptor, a tax behavior):
    // "More options" opens by itself; scrolled down to show them.
    open(f, QStringLiteral("Team plan"));
    if (!f.window->editor()->isMoreOptionsOpen())
        qWarning("More options did not open by itself");
    f.find<QScrollArea>(QStringLiteral("formScrollArea"))->ensureWidgetVisible(f.find<QWidget>(QStringLiteral("moreOptionsButton")), 0, 0);
    save(f.window.get(), out, QStringLiteral("13-more-options.png"));
    f.find<QScrollArea>(QStringLiteral("formScrollArea"))->ensureWidgetVisible(f.find<QWidget>(QStringLiteral("nameLineEdit")));
    open(f, QStringLiteral("Coffee subscription"));
    save(f.window.get(), out, QStringLiteral("14-jani-product.png"));

    // Submit the Starter Plan to the ChatDash sandbox account.
    open(f, QStringLiteral("Starter Plan"));
    QSignalSpy done(f.window.get(), &MainWindow::submissionFinished);
    f.action(QStringLiteral("actionSubmitProduct"))->trigger();
    done.wait(10000);
    settle(500);
    save(f.window.get(), out, QStringLiteral("07-submit-result.png"));

    // The request a Stripe product makes, keys hidden.
    open(f, QStringLiteral("Team plan"));
    f.action(QStringLiteral("actionShowRequest"))->trigger();
    settle();
    if (auto* request = f.window->findChild<QDialog*>(QStringLiteral("requestDialog"))) {
        save(request, out, QStringLiteral("09-show-request.png"));
        request->close();
    }

    // Validation: a new Piriod product with only its name, after pressing Submit.
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("piriod"));
    type(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Agenda online"));
    f.window->editor()->showAllMessages();
    save(f.window.get(), out, QStringLiteral("06-validation-errors.png"));
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    settle();

    // Push every product to its sandbox account.
    f.find<QTableView>(QStringLiteral("catalogTableView"))->selectAll();
    f.action(QStringLiteral("actionPushSelection"))->trigger();
    if (QDialog* push = [&]() -> QDialog* {
            QDialog* d = nullptr;
            if (!QTest::qWaitFor([&] { return (d = f.window->findChild<QDialog*>(QStringLiteral("pushDialog"))) != nullptr; }, 5000))
                qWarning("the push dialog did not open");
            return d;
        }()) {
        if (!QTest::qWaitFor([&] { return push->findChild<QPushButton*>(QStringLiteral("closePushButton"))->isEnabled(); }, 20000))
            qWarning("the push did not finish in 20 s");
        save(push, out, QStringLiteral("15-push-report.png"));
        push->close();
    }

    f.action(QStringLiteral("actionAccounts"))->trigger();
    settle();
    if (auto* accounts = f.window->findChild<QDialog*>(QStringLiteral("accountsDialog"))) {
        save(accounts, out, QStringLiteral("08-accounts.png"));
        accounts->close();
    }
    if (dialogs) {
        // The first run's sandbox accounts: ChatDash's (the Starter Plan is on it) and Stripe's.
        QList<Account> accounts;
        f.store.call<QList<Account>>([](Catalog& c) { return c.accounts(); }, f.window.get(),
                                     [&accounts](const QList<Account>& all) { accounts = all; });
        f.store.waitForIdle();
        QCoreApplication::processEvents();
        auto of = [&accounts](Provider p) {
            for (const Account& a : accounts)
                if (a.target.provider == p)
                    return a;
            qFatal("no sandbox account for %s", qPrintable(providerKey(p)));
        };
        shootDialogs(f, out, of(providers::ChatDash), of(providers::Stripe));
    }
    return 0;
}
