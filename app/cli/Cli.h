#pragma once
// pricebook-cli: the headless front end over the core library.
//   QTextStream out(stdout), err(stderr);
//   return Cli(out, err).run(QCoreApplication::arguments());

#include "models/ProviderSchema.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

namespace pb {

class Catalog;

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Ok = 0, Unreadable = 1, Invalid = 2, Rejected = 3, NetworkFailure = 4, Partial = 5, Usage = 64 };

    Cli(QTextStream& out, QTextStream& err);
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList& arguments);

private:
    int validate(const QStringList& arguments);
    int preview(const QStringList& arguments);
    int submit(const QStringList& arguments);
    int sandbox(const QStringList& arguments);
    int accounts(const QStringList& arguments);
    int importFile(const QStringList& arguments);
    int exportFile(const QStringList& arguments);
    int push(const QStringList& arguments);
    int clone(const QStringList& arguments);
    int checkOperation(const QCommandLineParser& parser, Provider provider, bool* update);
    // Opens the catalog --data-dir names (or the default one); false after telling why.
    bool openCatalog(Catalog& catalog, const QCommandLineParser& parser);
    int parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                     std::optional<Provider>* provider);
    void printHelp();

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace pb
