// "Check on provider" in the window, driven as a person would on the offscreen platform: a
// product pulled from the sandbox, changed here and on the provider, checked, and the conflict
// settled field by field; the catalog then holds the chosen values and the list says so.
#include "GuiFixture.h"
#include "services/providers/BuiltInProviders.h"
#include "services/sandbox/SandboxServer.h"
#include "services/sync/Pull.h"
#include "ui/CatalogTableModel.h"
#include "ui/CheckDialog.h"
#include "ui/ProductEditor.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pb;
using pbtest::GuiFixture;
using pbtest::stripePost;

namespace {

} // namespace

class TestGuiCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conflictSettledFieldByField();
    void unknownCreateNotFoundIsSentAgain();
};

void TestGuiCheck::conflictSettledFieldByField()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    const QString remoteId = stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"),
                                        "name=Team&description=Seats&default_price_data[currency]=usd&default_price_data[unit_amount]=1900"
                                        "&default_price_data[recurring][interval]=month")
                                 .value(u"id")
                                 .toString();
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    CatalogTableModel* model = f.window->catalogModel();

    // The product comes in by a pull of the Stripe sandbox account.
    std::optional<Account> stripe;
    f.store.call<std::optional<Account>>([](Catalog& c) -> std::optional<Account> {
        for (const Account& a : c.accounts())
            if (a.target.provider == providers::Stripe)
                return a;
        return std::nullopt;
    }, f.window.get(), [&](const std::optional<Account>& a) { stripe = a; });
    QTRY_VERIFY(stripe.has_value());
    Pull pull(&f.store, &f.network, *stripe, Account::sandboxKey());
    QSignalSpy pulled(&pull, &Pull::finished);
    pull.start();
    QVERIFY(pulled.wait(10000));
    const QString id = pulled.first().first().value<PullReport>().adoption.productIds.value(0);
    QVERIFY(!id.isEmpty());
    model->refresh();
    QTRY_COMPARE(model->rowCount(), 1);

    // Changed here (name and description) and there (both, differently).
    bool saved = false;
    f.store.call<bool>([id](Catalog& c) {
        CatalogEntry e = *c.product(id);
        e.product.name = QStringLiteral("Team here");
        e.product.description = QStringLiteral("Seats, here");
        return c.saveProduct(e);
    }, f.window.get(), [&](bool ok) { saved = ok; });
    QTRY_VERIFY(saved);
    stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products/") + remoteId, "name=Team+there&description=Seats,+there");
    model->refresh();
    QTRY_COMPARE(model->data(model->index(0, ListFilter::Sync)).toString(), syncStateLabel(SyncState::Changed));

    auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
    table->selectRow(0);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    QCOMPARE(f.window->editor()->entry().product.name, QStringLiteral("Team here"));
    QAction* check = f.action(QStringLiteral("actionCheckOnProvider"));
    QVERIFY(!check->icon().isNull());
    check->trigger();
    CheckDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<CheckDialog*>()) != nullptr);
    auto* products = dialog->findChild<QTableWidget*>(QStringLiteral("checkProductsTable"));
    auto* fields = dialog->findChild<QTableWidget*>(QStringLiteral("checkFieldsTable"));
    auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyChoiceButton"));
    QTRY_COMPARE_WITH_TIMEOUT(products->rowCount(), 1, 10000);
    QCOMPARE(products->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("conflict"));
    QCOMPARE(products->item(0, 2)->text(), QStringLiteral("Conflict"));
    // Field by field: as last synced, here, there.
    QCOMPARE(fields->rowCount(), 2);
    QStringList rows;
    for (int r = 0; r < fields->rowCount(); ++r)
        rows << QStringList { fields->item(r, 0)->text(), fields->item(r, 1)->text(), fields->item(r, 2)->text(), fields->item(r, 3)->text() }
                    .join(u'|');
    rows.sort();
    QCOMPARE(rows, (QStringList { QStringLiteral("Description|Seats|Seats, here|Seats, there"), QStringLiteral("Name|Team|Team here|Team there") }));

    // Their name, my description.
    auto* name = dialog->findChild<QComboBox*>(QStringLiteral("keepComboBox_name"));
    auto* description = dialog->findChild<QComboBox*>(QStringLiteral("keepComboBox_description"));
    QVERIFY(name && description);
    QCOMPARE(name->currentText(), QStringLiteral("Keep here"));
    name->setCurrentIndex(1);
    QCOMPARE(name->currentText(), QStringLiteral("Take there"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(products->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("changed_here"), 10000);
    // The catalog holds the chosen values, the editor shows them, the list says what is left to send.
    std::optional<CatalogEntry> after;
    f.store.call<std::optional<CatalogEntry>>([id](Catalog& c) { return c.product(id); }, f.window.get(),
                                              [&](const std::optional<CatalogEntry>& e) { after = e; });
    QTRY_VERIFY(after.has_value());
    QCOMPARE(after->product.name, QStringLiteral("Team there"));
    QCOMPARE(after->product.description, QStringLiteral("Seats, here"));
    QTRY_COMPARE(f.window->editor()->entry().product.name, QStringLiteral("Team there"));
    QTRY_COMPARE(model->data(model->index(0, ListFilter::Name)).toString(), QStringLiteral("Team there"));
    QCOMPARE(model->data(model->index(0, ListFilter::Sync)).toString(), syncStateLabel(SyncState::Changed));
    QCOMPARE(fields->rowCount(), 1); // what is left: the description kept here

    // Then the rest taken from there: in step, synced.
    // The buttons wait for the catalog's copy of the settled product (a choice applied before
    // would be based on the version the settle replaced).
    QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 10000);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("takeAllThereButton")), Qt::LeftButton);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(products->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("in_step"), 10000);
    QTRY_COMPARE(model->data(model->index(0, ListFilter::Sync)).toString(), syncStateLabel(SyncState::Synced));
    QTRY_COMPARE(f.window->editor()->entry().product.description, QStringLiteral("Seats, there"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("checkCloseButton")), Qt::LeftButton);
    QTRY_VERIFY(f.window->findChild<CheckDialog*>() == nullptr);
}

void TestGuiCheck::unknownCreateNotFoundIsSentAgain()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    CatalogTableModel* model = f.window->catalogModel();
    // A create whose answer never came, and which the provider does not have.
    QString id;
    f.store.call<QString>([](Catalog& c) {
        Account stripe;
        for (const Account& a : c.accounts())
            if (a.target.provider == providers::Stripe)
                stripe = a;
        CatalogEntry e;
        e.id = Catalog::newId();
        e.provider = providers::Stripe;
        e.accountId = stripe.id;
        e.product = pbtest::product(R"({"name":"Lost","status":"active","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]})");
        c.saveProduct(e);
        JobResult unknown;
        unknown.status = JobStatus::OutcomeUnknown;
        unknown.state.idempotencyKey = SubmissionState::newIdempotencyKey();
        unknown.state.catalogId = e.id;
        c.recordResult(e.id, stripe.id, JobKind::CreateProduct, unknown, e.version);
        return e.id;
    }, f.window.get(), [&](const QString& made) { id = made; });
    QTRY_VERIFY(!id.isEmpty());
    model->refresh();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE(model->data(model->index(0, ListFilter::Sync)).toString(), syncStateLabel(SyncState::OutcomeUnknown));

    f.find<QTableView>(QStringLiteral("catalogTableView"))->selectRow(0);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    f.action(QStringLiteral("actionCheckOnProvider"))->trigger();
    CheckDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<CheckDialog*>()) != nullptr);
    auto* products = dialog->findChild<QTableWidget*>(QStringLiteral("checkProductsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(products->rowCount(), 1, 10000);
    QCOMPARE(products->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("not_found"));
    products->setCurrentCell(0, 0);
    auto* again = dialog->findChild<QPushButton*>(QStringLiteral("sendAgainButton"));
    QVERIFY(again->isVisibleTo(dialog));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("applyChoiceButton"))->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(products->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("in_step"), 10000);
    QVERIFY(products->item(0, 3)->text().startsWith(QStringLiteral("Sent again: created as prod_")));
    QTRY_COMPARE(model->data(model->index(0, ListFilter::Sync)).toString(), syncStateLabel(SyncState::Synced));
}

QTEST_MAIN(TestGuiCheck)
#include "tst_gui_check.moc"
