#pragma once
// A main window on a fresh catalog in a temporary folder, with scripted answers to its
// questions, for GUI tests and the screenshot tour.

#include "TestSupport.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace pbtest {

class ScriptedPrompts : public pb::Prompts
{
public:
    QString apiKey = QStringLiteral("sk_test_gui_key_0000");
    bool answer = true;
    QStringList informed;
    QStringList confirmed;
    // When set, every question is also put to these prompts (the real dialogs, for the screenshot
    // tour), whose answer is ignored: the scripted one stands.
    pb::Prompts* alsoShow = nullptr;
    std::optional<QString> askApiKey(QWidget* parent, const pb::Account& account) override
    {
        if (alsoShow)
            alsoShow->askApiKey(parent, account);
        return apiKey;
    }
    void inform(QWidget* parent, const QString& title, const QString& text, const QString& details) override
    {
        informed << title + QStringLiteral(": ") + text + (details.isEmpty() ? QString() : QStringLiteral(" | ") + details);
        if (alsoShow)
            alsoShow->inform(parent, title, text, details);
    }
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& details) override
    {
        confirmed << title + QStringLiteral(": ") + text + (details.isEmpty() ? QString() : QStringLiteral(" | ") + details);
        if (alsoShow)
            alsoShow->confirm(parent, title, text, details);
        return answer;
    }
    // The answer to a question of several choices; unset: `answer` picks the first, or cancels.
    std::optional<int> choice;
    int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices, const QString& details) override
    {
        confirmed << title + QStringLiteral(": ") + text + (details.isEmpty() ? QString() : QStringLiteral(" | ") + details)
                + QStringLiteral(" [") + choices.join(QStringLiteral(" / ")) + u']';
        if (alsoShow)
            alsoShow->choose(parent, title, text, choices, details);
        return choice ? *choice : answer ? 0 : -1;
    }
    QString fileToOpen, fileToSave;
    std::optional<pb::Account> accountToChoose;
    QStringList dialogs;
    QString openFile(QWidget* parent, const QString& title, const QString& filter) override
    {
        if (alsoShow)
            alsoShow->openFile(parent, title, filter);
        return fileToOpen;
    }
    QString saveFile(QWidget* parent, const QString& title, const QString& filter, const QString& suggestion) override
    {
        if (alsoShow)
            alsoShow->saveFile(parent, title, filter, suggestion);
        return fileToSave;
    }
    std::optional<pb::Account> chooseAccount(QWidget* parent, const QString& title, const QList<pb::Account>& accounts) override
    {
        if (alsoShow)
            alsoShow->chooseAccount(parent, title, accounts);
        return accountToChoose;
    }
    bool acceptDialog(QDialog* dialog) override
    {
        if (auto* label = dialog->findChild<QLabel*>(QStringLiteral("importSummaryLabel")))
            dialogs << label->text();
        if (alsoShow)
            alsoShow->acceptDialog(dialog);
        return answer;
    }
};

struct GuiFixture {
    QTemporaryDir dir;
    QNetworkAccessManager network;
    pb::CatalogStore store;
    pb::SecretStore secrets;
    ScriptedPrompts prompts;
    std::unique_ptr<pb::MainWindow> window;

    GuiFixture()
    {
        QSignalSpy opened(&store, &pb::CatalogStore::opened);
        store.open(dir.filePath(QStringLiteral("catalog.sqlite")));
        if (!opened.wait(5000) || !opened.first().first().toBool())
            qFatal("catalog did not open");
        window = std::make_unique<pb::MainWindow>(&store, &secrets, &network, &prompts);
        pb::DeliveryPolicy fast;
        fast.transferTimeoutMs = 2000;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 50;
        window->setDeliveryPolicy(fast);
        window->resize(1280, 820);
    }

    void showWindow()
    {
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("the window did not become active");
    }

    // A first run: the catalog opens with no accounts, the window adds the four sandbox
    // accounts on `sandboxUrl` and is shown. False when the accounts did not load in time.
    bool firstRunWithSandbox(const QString& sandboxUrl)
    {
        QSettings().remove(QStringLiteral("sandbox/offered"));
        window->setSandboxUrl(sandboxUrl);
        QSignalSpy loaded(window.get(), &pb::MainWindow::accountsLoaded);
        Q_EMIT store.opened(true, QString());
        if (!loaded.wait(5000))
            return false;
        showWindow();
        return true;
    }

    pb::Account addAccount(pb::Account a)
    {
        store.call<pb::Account>([a](pb::Catalog& c) mutable { c.saveAccount(a); return a; }, window.get(),
                                [&a](const pb::Account& saved) { a = saved; });
        store.waitForIdle();
        QCoreApplication::processEvents();
        QSignalSpy loaded(window.get(), &pb::MainWindow::accountsLoaded);
        QMetaObject::invokeMethod(window.get(), [this] { Q_EMIT store.opened(true, QString()); });
        if (!loaded.wait(5000))
            qFatal("accounts did not load");
        return a;
    }

    template <typename T> T* find(const QString& name) const
    {
        T* w = window->findChild<T*>(name);
        if (!w)
            qFatal("no widget named %s", qPrintable(name));
        return w;
    }
    QAction* action(const QString& name) const { return find<QAction>(name); }

    void chooseComboData(const QString& comboName, const QString& data)
    {
        auto* combo = find<QComboBox>(comboName);
        const int i = combo->findData(data);
        if (i < 0)
            qFatal("%s has no %s", qPrintable(comboName), qPrintable(data));
        combo->setCurrentIndex(i);
        Q_EMIT combo->activated(i);
    }
};

// A form POST to the sandbox's Stripe, as someone on the dashboard would make it; the answer's
// object. Stops the test when the sandbox does not take it.
inline QJsonObject stripePost(QNetworkAccessManager& nam, const QString& url, const QByteArray& body)
{
    QNetworkRequest req { QUrl(url) };
    req.setRawHeader("Authorization", "Bearer sk_test_gui");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply* reply = nam.post(req, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000) || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qFatal("the sandbox did not take %s", body.constData());
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

} // namespace pbtest
