#include "resources/Translations.h"
#include "services/sandbox/SandboxHost.h"
#include "services/storage/CatalogLocation.h"
#include "services/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/StartupProbe.h"
#include "ui/TeamCatalogDialog.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pricebook"));
    QApplication::setOrganizationName(QStringLiteral("Pricebook"));
    QApplication::setApplicationVersion(QStringLiteral(PRICEBOOK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pricebook"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/pricebook.svg")));
    // The language first: every text below, --help included, is made in it.
    QStringList arguments = QApplication::arguments();
    QString languageError;
    pb::Translations::install(app, pb::Translations::takeLanguageOption(arguments), &languageError);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Products and prices for many billing providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("data-dir"), QApplication::translate("main", "Keep the catalog in this folder."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("catalog"),
                       QApplication::translate("main", "Open this catalog: a SQLite file, or a team catalog "
                                                       "postgresql://user@host:port/database (default: $PRICEBOOK_CATALOG)."),
                       QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("startup-report"),
                       QApplication::translate("main", "Print when the window first painted and when the catalog's first rows "
                                                       "showed (ms since the epoch), then quit. For the startup benchmark.") });
    parser.addOption({ QStringLiteral("language"),
                       QApplication::translate("main", "Show Pricebook in this language (%1) instead of the system's or the one "
                                                       "chosen in Preferences.")
                           .arg(pb::Translations::available().join(QStringLiteral(", "))),
                       QStringLiteral("CODE") });
    parser.process(arguments);
    if (!languageError.isEmpty())
        QTextStream(stderr) << languageError << '\n';

    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    const QString path = parser.isSet(QStringLiteral("catalog")) ? parser.value(QStringLiteral("catalog"))
                       : !dataDir.isEmpty()                       ? pb::Database::pathInDirectory(dataDir)
                                                                  : pb::CatalogLocation::fromEnvironment(
                                                                        pb::TeamCatalogDialog::rememberedLocation(), pb::Database::defaultPath());

    QNetworkAccessManager network;
    pb::CatalogStore store;
    pb::SecretStore secrets;
    pb::Prompts prompts;
    pb::MainWindow window(&store, &secrets, &network, &prompts);
    // The local sandbox: a stand-in for every provider on 127.0.0.1, for trying things safely.
    // What it was sent is kept beside the catalog, so sandbox accounts survive a restart.
    pb::SandboxHost sandbox;
    QObject::connect(&sandbox, &pb::SandboxHost::ready, &window, &pb::MainWindow::setSandboxUrl);
    QObject::connect(&sandbox, &pb::SandboxHost::warning, &window, &pb::MainWindow::showNotice);
    QObject::connect(&sandbox, &pb::SandboxHost::failed, &window, &pb::MainWindow::showNotice);
    // Beside a SQLite catalog; for a team catalog in this user's own data folder.
    QString notALocation;
    const auto location = pb::CatalogLocation::parse(path, &notALocation);
    const QString stateFolder = location && !location->isServer() ? QFileInfo(location->path).absolutePath()
                                                                  : QFileInfo(pb::Database::defaultPath()).absolutePath();
    sandbox.start(QDir(stateFolder).filePath(QStringLiteral("sandbox-state.json")));
    if (parser.isSet(QStringLiteral("startup-report"))) {
        auto* probe = new pb::StartupProbe(&window, window.findChild<QAbstractItemView*>(QStringLiteral("catalogTableView")), &window);
        QObject::connect(probe, &pb::StartupProbe::finished, &app, [probe] {
            QTextStream(stdout) << "first_paint_epoch_ms=" << probe->firstPaintMs() << "\nfirst_rows_epoch_ms=" << probe->firstRowsMs()
                                << "\nfirst_upgrade_notice_epoch_ms=" << probe->firstUpgradeNoticeMs() << '\n';
            QApplication::quit();
        });
    }
    store.setAuthor(pb::TeamCatalogDialog::rememberedAuthor());
    pb::TeamCatalogDialog::openCatalog(&store, &secrets, path, &window); // a team catalog's password from the keychain
    window.show();
    return app.exec();
}
