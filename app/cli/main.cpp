#include "app/cli/Cli.h"
#include "resources/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Pricebook"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pricebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRICEBOOK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // --language CODE (before or after the command) chooses the language of every message.
    QStringList arguments = QCoreApplication::arguments();
    QString languageError;
    pb::Translations::install(app, pb::Translations::takeLanguageOption(arguments), &languageError);
    if (!languageError.isEmpty())
        err << languageError << Qt::endl;
    return pb::Cli(out, err).run(arguments);
}
