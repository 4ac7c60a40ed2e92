#include "Cli.h"

#include "AccountsCommand.h"
#include "ArchiveCommand.h"
#include "CatalogCommand.h"
#include "CheckCommand.h"
#include "EditCommand.h"
#include "CloneCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "PreviewCommand.h"
#include "PlanCommand.h"
#include "ApplyCommand.h"
#include "PullCommand.h"
#include "PushCommand.h"
#include "SandboxCommand.h"
#include "SubmitCommand.h"
#include "ValidateCommand.h"
#include "services/io/CatalogIO.h"

#include <functional>
#include <memory>

namespace pb {

namespace {

using Factory = std::function<std::unique_ptr<Command>(QTextStream&, QTextStream&)>;

template <typename C> std::unique_ptr<Command> make(QTextStream& out, QTextStream& err)
{
    return std::make_unique<C>(out, err);
}

// The commands by name, in the order --help lists them.
const QList<QPair<QString, Factory>>& commands()
{
    static const QList<QPair<QString, Factory>> all = {
        { QStringLiteral("validate"), make<ValidateCommand> }, { QStringLiteral("preview"), make<PreviewCommand> },
        { QStringLiteral("submit"), make<SubmitCommand> }, { QStringLiteral("sandbox"), make<SandboxCommand> },
        { QStringLiteral("accounts"), make<AccountsCommand> }, { QStringLiteral("import"), make<ImportCommand> },
        { QStringLiteral("export"), make<ExportCommand> }, { QStringLiteral("push"), make<PushCommand> },
        { QStringLiteral("clone"), make<CloneCommand> }, { QStringLiteral("edit"), make<EditCommand> },
        { QStringLiteral("catalog"), make<CatalogCommand> }, { QStringLiteral("pull"), make<PullCommand> },
        { QStringLiteral("plan"), make<PlanCommand> }, { QStringLiteral("check"), make<CheckCommand> },
        { QStringLiteral("apply"), make<ApplyCommand> },
        { QStringLiteral("archive"), make<ArchiveCommand> }, { QStringLiteral("restore"), make<ArchiveCommand> },
    };
    return all;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

void Cli::printHelp()
{
    const QString keys = providerKeyList(QStringLiteral(", "));
    m_out << tr("Usage: pricebook-cli COMMAND [options] FILE\n"
                "\n"
                "Commands:\n"
                "  validate --provider P [--json] FILE\n"
                "      Check every product in FILE against the provider's rules.\n"
                "  preview --provider P [--operation create|update] [--remote-id ID] [account options] [--curl] [--json] FILE\n"
                "      Print the exact requests the provider would receive; keys show as ***.\n"
                "      Account options: --base-url URL,\n"
                "      %1,\n"
                "      --idempotency-key KEY.\n"
                "  submit --provider P [--operation create|update --remote-id ID] [account options] [--state FILE] [--json] FILE\n"
                "      Send the products in FILE. The API key is read from $PRICEBOOK_API_KEY, never from an argument.\n"
                "      --state FILE keeps each product's progress, so running the same command again resumes\n"
                "      instead of creating anything twice.\n"
                "  sandbox [--port N] [--rate-limit PER_SECOND] [--faults JSON]\n"
                "      Run the local emulator of every provider on 127.0.0.1 until stopped. Point an\n"
                "      account's base URL at it; any non-empty key is accepted.\n"
                "\n"
                "Catalog commands (the app's catalog; --data-dir DIR or $PRICEBOOK_DATA_DIR chooses another folder,\n"
                "--catalog FILE-OR-URL or $PRICEBOOK_CATALOG another catalog, such as a team catalog on PostgreSQL):\n"
                "  accounts list [--json]\n"
                "  accounts add --provider P --name NAME [--base-url URL] [account options] [--key-env VAR] [--key-stdin]\n"
                "      --key-env names an environment variable that holds the key (automation);\n"
                "      --key-stdin reads the key from standard input into the system keychain.\n"
                "  accounts remove NAME|ID        (also deletes its key from the keychain)\n"
                "  import FILE.csv|FILE.json [--provider P] [--account NAME] [--map \"FROM=TO\"]... [--locale NAME] [--valid-only] [--json]\n"
                "      Checks every row; imports all rows, or none when one is invalid (--valid-only: the valid ones).\n"
                "  export FILE.csv|FILE.json [--provider P] [--account NAME] [--filter TEXT]\n"
                "  push [--provider P] [--account NAME] [--filter TEXT] [--concurrency N] [--rate PER_SECOND] [--json]\n"
                "      Sends the matching products to their accounts; running it again resumes and never\n"
                "      creates a product twice. Progress goes to standard error. An account with a live key\n"
                "      is refused unless --live is given or a person at a terminal answers yes.\n"
                "  archive|restore [--provider P] [--account NAME] [--filter TEXT] [--product ID]... [--live] [--json]\n"
                "      Archives the matching products on their providers, or makes them active again; the\n"
                "      local products stay, marked archived or active. A provider that offers no archive is\n"
                "      named with the reason, and nothing is sent for it.\n"
                "  clone --to-account NAME [--provider P] [--account NAME] [--filter TEXT] [--json]\n"
                "      Copies the matching products as drafts for another account (or provider) and lists\n"
                "      what the target cannot carry or still needs. Nothing is sent.\n"
                "  edit ID [--name NAME] [--description TEXT] [--status STATUS] [--expect-version V] [--json]\n"
                "      Changes a product; with --expect-version only while nobody else changed it since\n"
                "      (otherwise exit 6 and nothing is written).\n"
                "  catalog copy --from SRC --to DST [--json]\n"
                "      Copies a whole catalog (a SQLite file or a postgresql:// team catalog) into an empty\n"
                "      one, and checks the copy by the rows and a checksum of every table.\n"
                "  pull --account NAME [--id REMOTE_ID]... [--rate PER_SECOND] [--json]\n"
                "      Adopts the account's products and all their prices or plans as synced products;\n"
                "      running it again updates them instead of adding them twice. --id reads products by id\n"
                "      (for a provider with no product list).\n"
                "  plan [--provider P] [--account NAME] [--filter TEXT] [--json]\n"
                "      Prints the ordered operations sending the matching products would make, the provider's\n"
                "      way (a new price made the default before the old one is archived, ...); sends nothing.\n"
                "  apply [--provider P] [--account NAME] [--filter TEXT] [--plan FILE] [--concurrency N] [--json]\n"
                "      Applies that plan step by step (--plan: exactly the plan `plan --json` wrote, refusing a\n"
                "      product whose plan changed since); running it again resumes after the last step done.\n"
                "  check [--provider P] [--account NAME] [--filter TEXT] [--unknown] [--resend-not-found] [--json]\n"
                "      Reads the matching products from their providers and prints each one's verdict (in step,\n"
                "      changed here, changed on the provider, conflict, gone) with every field that differs, as\n"
                "      last synced, here and there. A create whose outcome was unknown is looked for and, found,\n"
                "      linked; --resend-not-found sends again those the provider does not have. Exit 0 when\n"
                "      every product is in step, 5 when something differs or could not be checked.\n"
                "\n"
                "Providers: %2. FILE is a Pricebook product document\n"
                "(docs/product-format.md): one product, an array, or {\"pricebook\": 1, \"products\": [...]}.\n"
                "\n"
                "--language CODE (any command) prints messages in that language (en, de) instead of the\n"
                "system's.\n"
                "\n"
                "Exit codes: 0 success, 1 unreadable file, 2 invalid input, 3 provider rejection,\n"
                "4 network failure, timeout or outcome unknown, 5 partly done, 6 changed by someone else meanwhile\n"
                "(nothing written), 64 wrong usage.\n")
                 .arg(cli::settingOptionsHelp(), keys);
    m_out << tr("\nCSV columns (import and export; docs/product-format.md):\n  %1\n").arg(CatalogIO::columns().join(QStringLiteral(", ")));
    m_out.flush();
}

int Cli::run(const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments.at(1) == u"help" || arguments.at(1) == u"--help" || arguments.at(1) == u"-h") {
        printHelp();
        return arguments.size() < 2 ? Usage : Ok;
    }
    if (arguments.at(1) == u"--version") {
        m_out << QStringLiteral("pricebook-cli %1\n").arg(QCoreApplication::applicationVersion());
        return Ok;
    }
    QStringList rest = arguments;
    const QString command = rest.takeAt(1);
    rest[0] = command; // as Command::execute documents: the command's name, then its arguments
    for (const auto& [name, factory] : commands())
        if (name == command)
            return factory(m_out, m_err)->execute(rest);
    m_err << tr("Unknown command “%1”. Run pricebook-cli --help.\n").arg(command);
    return Usage;
}

} // namespace pb
