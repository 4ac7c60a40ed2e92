// Puts the real window into its main states and saves a PNG of each into the folder given:
//   scripts/screenshots.sh            (runs this under Xvfb, into docs/screenshots)
// Options: --dark (a dark palette), --language CODE (the window in that language), --dialogs (then
// every dialog as well: preferences, file choosers, import report, confirmations, push, clone,
// API key), and the usual Qt ones (QT_SCALE_FACTOR=2 for 200 %).
#include "GuiFixture.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestHttpServer.h"
#include "ProductGenerator.h"

#include "resources/Translations.h"
#include "services/sandbox/SandboxServer.h"
#include "ui/FieldEditors.h"

#include <QAbstractItemView>
#include <QDialog>
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
        save(preferences, out, QStringLiteral("11-preferences.png"));
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
    shooter.expect({ QStringLiteral("12-import-file.png"), QStringLiteral("13-import-report.png") });
    f.action(QStringLiteral("actionImport"))->trigger();
    waitForShots();

    f.prompts.fileToSave.clear(); // nothing is written
    shooter.expect({ QStringLiteral("14-export-file.png") });
    f.action(QStringLiteral("actionExport"))->trigger();
    waitForShots();

    // The product sent earlier is on the provider: deleting it here asks first; nothing is deleted.
    selectProducts(f, { QStringLiteral("Starter Plan") });
    shooter.expect({ QStringLiteral("15-delete-confirm.png") });
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    waitForShots();

    // Clone: the account to copy for, then the confirmation; nothing is copied.
    f.prompts.accountToChoose = other;
    shooter.expect({ QStringLiteral("16-clone-choose-account.png"), QStringLiteral("17-clone-confirm.png") });
    f.action(QStringLiteral("actionCloneToAccount"))->trigger();
    waitForShots();

    // Push the product to its account (the local test server): the question, then the progress
    // (the push dialog is window-modal, so the shooter takes it once it has settled).
    f.prompts.answer = true;
    shooter.expect({ QStringLiteral("18-push-confirm.png"), QStringLiteral("19-push.png") });
    f.action(QStringLiteral("actionPushSelection"))->trigger();
    waitForShots();
    f.prompts.alsoShow = nullptr;
    shooter.expect({ QStringLiteral("20-api-key.png") });
    real.askApiKey(f.window.get(), acme);
    waitForShots();
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

    pbtest::TestHttpServer server;
    server.listen();
    server.handler = [](const pbtest::ServerRequest&) {
        return pbtest::ServerAction::json(200, R"({"productId":"prod_NWjs8kKbJWmuuc","productName":"Starter Plan","status":"active","creationDate":1700000000})");
    };

    pbtest::GuiFixture f;
    f.window->resize(1360, 860);
    if (dark) {
        f.showWindow();
        f.action(QStringLiteral("actionNewProduct"))->trigger();
        f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("chatdash"));
        f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
        type(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Starter Plan"));
        save(f.window.get(), out, QStringLiteral("10-dark-palette.png"));
        return 0;
    }
    SandboxServer sandbox;
    sandbox.listen();
    QSettings().remove(QStringLiteral("sandbox/offered"));
    f.window->setSandboxUrl(sandbox.baseUrl());
    Q_EMIT f.store.opened(true, QString());
    f.showWindow();
    save(f.window.get(), out, QStringLiteral("01-empty-catalog.png"));

    Account acme;
    acme.name = QStringLiteral("Acme Dental (ChatDash)");
    acme.target.provider = providers::ChatDash;
    acme.target.baseUrl = server.baseUrl();
    acme.target.set(QStringLiteral("account-id"), QStringLiteral("acct_1AcmeDental"));
    acme = f.addAccount(acme);
    Account stripe;
    stripe.name = QStringLiteral("Northwind (Stripe)");
    stripe.target.provider = providers::Stripe;
    stripe = f.addAccount(stripe);
    // A catalog with some history to look at.
    pbtest::Generator gen(7);
    QList<CatalogEntry> entries;
    const QStringList names { QStringLiteral("Growth Plan"), QStringLiteral("Voice minutes"), QStringLiteral("Onboarding"),
                              QStringLiteral("Team seats"), QStringLiteral("API calls"), QStringLiteral("Enterprise"),
                              QStringLiteral("SMS bundle"), QStringLiteral("Support add-on") };
    for (int i = 0; i < names.size(); ++i) {
        CatalogEntry e;
        e.provider = i % 2 ? providers::Stripe : providers::ChatDash;
        e.accountId = i % 2 ? stripe.id : acme.id;
        e.product = e.provider == providers::Stripe ? gen.stripe() : gen.chatDash();
        e.product.name = names.at(i);
        entries.append(e);
    }
    f.store.call<bool>([entries](Catalog& c) mutable { return c.saveProducts(entries); }, f.window.get(), [](bool) {});
    f.store.waitForIdle();
    f.window->catalogModel()->refresh();

    // ChatDash, base price with included minutes and overage.
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("chatdash"));
    f.chooseComboData(QStringLiteral("accountComboBox"), acme.id);
    type(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Starter Plan"));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    f.chooseComboData(QStringLiteral("metricsComboBox"), QStringLiteral("minutes"));
    type(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit")), QStringLiteral("29.99"));
    type(f.find<QLineEdit>(QStringLiteral("usageLimitLineEdit")), QStringLiteral("100"));
    type(f.find<QLineEdit>(QStringLiteral("overagePriceLineEdit")), QStringLiteral("0.15"));
    f.chooseComboData(QStringLiteral("taxBehaviorComboBox"), QStringLiteral("exclusive"));
    save(f.window.get(), out, QStringLiteral("02-chatdash-base.png"));

    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("usage"));
    type(f.find<QLineEdit>(QStringLiteral("usagePriceLineEdit")), QStringLiteral("0.12"));
    save(f.window.get(), out, QStringLiteral("03-chatdash-usage.png"));

    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("oneTime"));
    save(f.window.get(), out, QStringLiteral("04-chatdash-one-time.png"));

    // Submit the one-time version to the local server on 127.0.0.1.
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    QSignalSpy done(f.window.get(), &MainWindow::submissionFinished);
    f.action(QStringLiteral("actionSubmitProduct"))->trigger();
    done.wait(10000);
    settle(500);
    save(f.window.get(), out, QStringLiteral("07-submit-result.png"));

    // Stripe, graduated tiers.
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    f.chooseComboData(QStringLiteral("accountComboBox"), stripe.id);
    type(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("API calls (tiered)"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    f.chooseComboData(QStringLiteral("typeComboBox"), QStringLiteral("recurring"));
    f.chooseComboData(QStringLiteral("pricingSchemeComboBox"), QStringLiteral("tiered"));
    f.chooseComboData(QStringLiteral("tiersModeComboBox"), QStringLiteral("graduated"));
    auto* tiers = f.window->findChild<TierTableEditor*>(QStringLiteral("tiersTierTableEditor"));
    tiers->findChild<QToolButton*>(QStringLiteral("addTierButton"))->click();
    tiers->findChild<QToolButton*>(QStringLiteral("addTierButton"))->click();
    tiers->findChild<QToolButton*>(QStringLiteral("addTierButton"))->click();
    tiers->table()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("1000")));
    tiers->table()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("0.10")));
    tiers->table()->setItem(1, 0, new QTableWidgetItem(QStringLiteral("10000")));
    tiers->table()->setItem(1, 1, new QTableWidgetItem(QStringLiteral("0.08")));
    tiers->table()->setItem(2, 1, new QTableWidgetItem(QStringLiteral("0.05")));
    tiers->table()->setItem(2, 2, new QTableWidgetItem(QStringLiteral("25.00")));
    save(f.window.get(), out, QStringLiteral("05-stripe-tiered.png"));

    // Validation: a Piriod product with nothing filled in, after pressing Submit.
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("piriod"));
    type(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Agenda"));
    f.window->editor()->showAllMessages();
    save(f.window.get(), out, QStringLiteral("06-validation-errors.png"));

    f.action(QStringLiteral("actionShowRequest"))->trigger();
    settle();
    if (auto* request = f.window->findChild<QDialog*>(QStringLiteral("requestDialog"))) {
        save(request, out, QStringLiteral("09-show-request.png"));
        request->close();
    }
    f.action(QStringLiteral("actionAccounts"))->trigger();
    settle();
    if (auto* accounts = f.window->findChild<QDialog*>(QStringLiteral("accountsDialog"))) {
        save(accounts, out, QStringLiteral("08-accounts.png"));
        accounts->close();
    }
    if (dialogs)
        shootDialogs(f, out, acme, stripe);
    return 0;
}
