#include "app/cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Pricebook"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pricebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRICEBOOK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pb::Cli(out, err).run(QCoreApplication::arguments());
}
