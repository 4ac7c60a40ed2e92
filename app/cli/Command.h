#pragma once
// One pricebook-cli command: a class of its own in app/cli/<Name>Command.cpp, run by Cli with
// the arguments after the program name. The helpers every command shares are here too.
//   class ValidateCommand : public Command { ... int execute(const QStringList& arguments) override; };
//   return ValidateCommand(out, err).execute({ QStringLiteral("validate"), QStringLiteral("--provider"), ... });

#include "models/ProductDocument.h"
#include "services/providers/Registry.h"
#include "services/storage/Catalog.h"
#include "services/storage/CatalogStore.h"
#include "services/sync/BulkPush.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QSocketNotifier>
#include <QTextStream>
#include <functional>
#include <optional>

namespace pb {

struct ExitCodes {
    // Conflict: someone else changed the product since the version the command was based on.
    enum ExitCode { Ok = 0, Unreadable = 1, Invalid = 2, Rejected = 3, NetworkFailure = 4, Partial = 5, Conflict = 6, Usage = 64 };
};

class Command : public ExitCodes
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Command(QTextStream& out, QTextStream& err);
    virtual ~Command() = default;
    // arguments[0] is the command's name.
    virtual int execute(const QStringList& arguments) = 0;

protected:
    // True after printing the command's own usage when --help is among valid options: the command
    // then returns Ok and does nothing else.
    bool answerHelp(QCommandLineParser& parser, const QStringList& arguments);
    // Parses the options; -1 to go on, or the exit code after printing the error or the help.
    int parseOptions(QCommandLineParser& parser, const QStringList& arguments);
    // parseCommand, then checkOperation: for the commands that build or send requests.
    int parseSending(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                     std::optional<Provider>* provider, bool* update);
    // Parses a command's options. Returns -1 to go on, or the exit code to return now.
    int parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                     std::optional<Provider>* provider);
    // Checks --operation and --remote-id, and, for a command that sends, the account options the
    // provider needs (from its adapter). Returns -1 to go on, or the exit code.
    int checkOperation(const QCommandLineParser& parser, Provider provider, bool* update);
    // --operation and --remote-id only: for the commands that build requests without sending them.
    int checkOperationOptions(const QCommandLineParser& parser, Provider provider, bool* update);
    // Opens the catalog --catalog or --data-dir names (or the default one); false after telling why.
    bool openCatalog(Catalog& catalog, const QCommandLineParser& parser);
    // The same on the catalog's worker thread, for the commands that send.
    bool openStore(CatalogStore& store, const QCommandLineParser& parser);
    // The account of this name or id; nullopt after telling why.
    std::optional<Account> namedAccount(CatalogStore& store, const QString& nameOrId);
    // The products the selection options (cli::addSelectionOptions) choose, by name. Returns -1
    // to go on, or the exit code after telling why.
    // `only`, when given, keeps those products of the selection, each of which must exist.
    int selectedProducts(CatalogStore& store, const QCommandLineParser& parser, QStringList* ids, const QStringList& only = {});
    // A report of products sent, one line each (or --json), and its exit code: Ok, Partial
    // when some had problems, else NetworkFailure or Rejected.
    int printReport(const QList<PushLine>& report, bool json);

    QTextStream& m_out;
    QTextStream& m_err;
};

namespace cli {

struct Loaded {
    int exitCode = Command::Ok;
    DocumentReadResult document;
    QString problem;
};

Loaded load(const QString& path);
QJsonArray messagesJson(const QList<FieldMessage>& messages);
// The document's errors that concern product `index`: those on its path, and those on no
// product's path (they concern every product).
QList<DocumentError> productErrors(const DocumentReadResult& document, int index);
// Whether a document error names no product, so it is said once for the whole file.
bool namesNoProduct(const DocumentError& error);
// The rule messages left once the document errors are said: a field the file got wrong (a
// dimension of 1.234) is not also reported as missing.
QList<FieldMessage> besides(const QList<FieldMessage>& messages, const QList<DocumentError>& errors, int index);
QJsonArray documentErrorsJson(const QList<DocumentError>& errors);
QString productTitle(const Product& p, int index);
// Every provider's account settings as options (--workspace VALUE, --test-mode, ...), from the adapters.
void addSettingOptions(QCommandLineParser& parser);
void readSettingOptions(const QCommandLineParser& parser, AccountTarget& target);
// "--workspace VALUE, --test-mode (Provider), ..." for the help text, from the adapters.
QString settingOptionsHelp();
void addAccountOptions(QCommandLineParser& parser);
AccountTarget targetFrom(const QCommandLineParser& parser, Provider provider);
void addProviderOption(QCommandLineParser& parser);
// --data-dir and --catalog, read by catalogPath(): every command that works on the catalog takes them.
void addDataDirOption(QCommandLineParser& parser);
QString catalogPath(const QCommandLineParser& parser);
// A team catalog's password as the keychain holds it for `location` (SecretStore::passwordName);
// empty for a file, or when there is none: libpq then reads PGPASSFILE.
QString catalogPassword(const QString& location);
// The options that choose which products a bulk command works on.
void addSelectionOptions(QCommandLineParser& parser);
// The list filter for those options, by name order. The account is resolved against `accounts`
// when given (else left to the caller). Null, with the reason in `error`, for a provider or an
// account Pricebook does not know.
std::optional<ListFilter> selectionFilter(const QCommandLineParser& parser, const QList<Account>* accounts, QString* error);

// An orderly stop on SIGINT/SIGTERM while it exists: the first signal reaches onFirst on the
// event loop (through a self-pipe; the handler itself only writes one byte), a second one ends
// the process at once with 128 + the signal. The previous handlers come back on destruction.
class StopSignals
{
public:
    explicit StopSignals(std::function<void(int signal)> onFirst);
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

private:
    std::function<void(int)> m_onFirst;
    QSocketNotifier* m_notifier = nullptr;
};

// Waits on a local event loop for an asynchronous keychain call (headless tool only).
template <typename Start> void waitFor(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

} // namespace cli

} // namespace pb
