// Day two in the window, driven as a person would on the offscreen platform: an account's
// catalog pulled from the sandbox through "Pull from provider…".
#include "GuiFixture.h"
#include "services/sandbox/SandboxServer.h"
#include "ui/CatalogTableModel.h"
#include "ui/PullDialog.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace pb;
using pbtest::GuiFixture;

namespace {

void stripePost(QNetworkAccessManager& nam, const QString& url, const QByteArray& body)
{
    QNetworkRequest req { QUrl(url) };
    req.setRawHeader("Authorization", "Bearer sk_test_gui");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply* reply = nam.post(req, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000) || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qFatal("the sandbox did not take %s", body.constData());
    reply->deleteLater();
}

int chooseAccount(QComboBox* combo, const QString& providerName)
{
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i).endsWith(QStringLiteral("(%1)").arg(providerName))) {
            combo->setCurrentIndex(i);
            return i;
        }
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    qFatal("no %s account among: %s", qPrintable(providerName), qPrintable(items.join(QStringLiteral(", "))));
}

} // namespace

class TestGuiDayTwo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pullAnAccountFromTheWindow();
};

void TestGuiDayTwo::pullAnAccountFromTheWindow()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"),
               "name=Team&default_price_data[currency]=usd&default_price_data[unit_amount]=1900&default_price_data[recurring][interval]=month");
    stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"),
               "name=Solo&default_price_data[currency]=usd&default_price_data[unit_amount]=900&default_price_data[recurring][interval]=month");
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    // All accounts and the four sandbox ones.
    QTRY_COMPARE(f.find<QComboBox>(QStringLiteral("accountFilterComboBox"))->count(), 5);
    CatalogTableModel* model = f.window->catalogModel();
    QTRY_COMPARE(model->rowCount(), 0);

    f.action(QStringLiteral("actionPull"))->trigger();
    PullDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<PullDialog*>()) != nullptr);
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("pullAccountComboBox"));
    auto* pull = dialog->findChild<QPushButton*>(QStringLiteral("pullButton"));
    auto* reason = dialog->findChild<QLabel*>(QStringLiteral("pullReasonLabel"));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("pullStatusLabel"));

    // ChatDash cannot be read: the dialog says so and will not start.
    chooseAccount(combo, QStringLiteral("ChatDash"));
    QCOMPARE(reason->text(), QStringLiteral("ChatDash documents no way to read products, so Pricebook cannot pull them."));
    QVERIFY(!pull->isEnabled());
    // Jani has no list: products are linked by id.
    chooseAccount(combo, QStringLiteral("Jani"));
    QVERIFY(reason->text().contains(QStringLiteral("link existing products by their ids")));
    QVERIFY(!pull->isEnabled());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("pullRemoteIdsLineEdit"))->isEnabled());

    chooseAccount(combo, QStringLiteral("Stripe"));
    QVERIFY(pull->isEnabled());
    QTest::mouseClick(pull, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("2 added")), 10000);
    QCOMPARE(status->text(), QStringLiteral("Read 2 product(s) with 2 price(s): 2 added, 0 updated, 0 unchanged."));
    QVERIFY(dialog->findChild<QPlainTextEdit*>(QStringLiteral("pullDetailsTextEdit"))->isHidden());
    // The list shows them, synced.
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_VERIFY(model->data(model->index(0, 0), CatalogTableModel::LoadedRole).toBool());
    QStringList names;
    for (int r = 0; r < 2; ++r) {
        names << model->data(model->index(r, ListFilter::Name)).toString();
        QCOMPARE(model->data(model->index(r, ListFilter::Sync)).toString(), syncStateLabel(SyncState::Synced));
    }
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("Solo"), QStringLiteral("Team") }));

    // Again: nothing added twice.
    QTest::mouseClick(pull, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("2 unchanged")), 10000);
    QCOMPARE(model->rowCount(), 2);

    // Jani has no list: a product linked by its id.
    QNetworkRequest req { QUrl(sandbox.baseUrl() + QStringLiteral("/api/v1/products")) };
    req.setRawHeader("Authorization", "Bearer k");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = nam.post(req, R"({"name":"Food","type":"standard"})");
    QSignalSpy made(reply, &QNetworkReply::finished);
    QVERIFY(made.wait());
    const QString janiId = QJsonDocument::fromJson(reply->readAll()).object().value(u"id").toString();
    reply->deleteLater();
    chooseAccount(combo, QStringLiteral("Jani"));
    auto* ids = dialog->findChild<QLineEdit*>(QStringLiteral("pullRemoteIdsLineEdit"));
    QTest::keyClicks(ids, janiId);
    QVERIFY(pull->isEnabled());
    QTest::mouseClick(pull, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("1 added")), 10000);
    QCOMPARE(status->text(), QStringLiteral("Read 1 product(s) with 0 price(s): 1 added, 0 updated, 0 unchanged."));
    QTRY_COMPARE(model->rowCount(), 3);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("pullCloseButton")), Qt::LeftButton);
    QTRY_VERIFY(f.window->findChild<PullDialog*>() == nullptr);
}

QTEST_MAIN(TestGuiDayTwo)
#include "tst_gui_daytwo.moc"
