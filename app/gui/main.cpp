#include "services/sandbox/SandboxServer.h"
#include "services/storage/CatalogLocation.h"
#include "services/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/StartupProbe.h"
#include "ui/TeamCatalogDialog.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QCommandLineParser>
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
    parser.process(app);

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
    pb::SandboxServer sandbox;
    if (sandbox.listen())
        window.setSandboxUrl(sandbox.baseUrl());
    if (parser.isSet(QStringLiteral("startup-report"))) {
        auto* probe = new pb::StartupProbe(&window, window.findChild<QAbstractItemView*>(QStringLiteral("catalogTableView")), &window);
        QObject::connect(probe, &pb::StartupProbe::finished, &app, [probe] {
            QTextStream(stdout) << "first_paint_epoch_ms=" << probe->firstPaintMs() << "\nfirst_rows_epoch_ms=" << probe->firstRowsMs() << '\n';
            QApplication::quit();
        });
    }
    store.setAuthor(pb::TeamCatalogDialog::rememberedAuthor());
    store.open(path);
    window.show();
    return app.exec();
}
