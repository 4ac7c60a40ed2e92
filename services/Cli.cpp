#include "Cli.h"

#include "BulkPush.h"
#include "CatalogIO.h"
#include "Clone.h"
#include "ProviderService.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"
#include "storage/SecretStore.h"
#include "sandbox/SandboxServer.h"
#include "RequestSerializer.h"
#include "models/PricingSummary.h"
#include "models/ProductDocument.h"

#include <QCommandLineParser>
#include <limits>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pb {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("Cli", s); }

struct Loaded {
    int exitCode = Cli::Ok;
    DocumentReadResult document;
    QString problem;
};

Loaded load(const QString& path)
{
    Loaded l;
    QFile file(path);
    const bool isStdin = path == u"-";
    if (!(isStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        l.exitCode = Cli::Unreadable;
        l.problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        return l;
    }
    if (!isStdin && file.size() > ProductDocument::kMaxBytes) {
        l.exitCode = Cli::Unreadable;
        l.problem = tr("%1 is larger than %2 MB; split it into smaller files.")
                        .arg(path)
                        .arg(ProductDocument::kMaxBytes / (1024 * 1024));
        return l;
    }
    const QByteArray bytes = file.read(ProductDocument::kMaxBytes + 1);
    l.document = ProductDocument::fromJson(bytes);
    if (l.document.products.isEmpty() && !l.document.errors.isEmpty()
        && l.document.errors.first().where == u"document") {
        l.exitCode = Cli::Unreadable;
        l.problem = tr("%1: %2").arg(path, l.document.errors.first().message);
    }
    return l;
}

QJsonArray messagesJson(const QList<FieldMessage>& messages)
{
    QJsonArray a;
    for (const FieldMessage& m : messages)
        a.append(QJsonObject { { QStringLiteral("field"), m.location() },
                               { QStringLiteral("message"), m.message },
                               { QStringLiteral("severity"), m.warning ? QStringLiteral("warning") : QStringLiteral("error") } });
    return a;
}

QJsonArray documentErrorsJson(const QList<DocumentError>& errors)
{
    QJsonArray a;
    for (const DocumentError& e : errors)
        a.append(QJsonObject { { QStringLiteral("field"), e.where }, { QStringLiteral("message"), e.message } });
    return a;
}

QString productTitle(const Product& p, int index)
{
    return QStringLiteral("[%1] “%2”").arg(index).arg(p.name.isEmpty() ? tr("unnamed") : p.name);
}

void addAccountOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("operation"), tr("create (default) or update."), QStringLiteral("OP"), QStringLiteral("create") });
    parser.addOption({ QStringLiteral("remote-id"), tr("The provider's id of the product (Piriod: of the plan), for update."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("base-url"), tr("Send to this base URL instead of the provider's."), QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("account-id"), tr("ChatDash: the client's connected account (acct_...)."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("stripe-account"), tr("Stripe: act for this connected account."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("workspace"), tr("Piriod: the workspace id."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("test-mode"), tr("Piriod: test-mode data.") });
    parser.addOption({ QStringLiteral("auth-scheme"), tr("Jani: the Authorization scheme word (default Bearer)."), QStringLiteral("WORD") });
}

AccountTarget targetFrom(const QCommandLineParser& parser, Provider provider)
{
    AccountTarget target;
    target.provider = provider;
    target.baseUrl = parser.value(QStringLiteral("base-url"));
    target.accountId = parser.value(QStringLiteral("account-id"));
    target.stripeAccount = parser.value(QStringLiteral("stripe-account"));
    target.workspaceId = parser.value(QStringLiteral("workspace"));
    target.testMode = parser.isSet(QStringLiteral("test-mode"));
    target.authScheme = parser.value(QStringLiteral("auth-scheme"));
    return target;
}

void addProviderOption(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("provider"), tr("chatdash, stripe, piriod or jani."), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable output.") });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Product document (JSON); - reads standard input."));
    parser.addHelpOption();
}

} // namespace

// Parses a command's options. Returns -1 to go on, or the exit code to return now.
int Cli::parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                      std::optional<Provider>* provider)
{
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Ok;
    }
    *provider = providerFromKey(parser.value(QStringLiteral("provider")));
    if (!*provider || parser.positionalArguments().size() != 1) {
        m_err << usage << u'\n';
        return Usage;
    }
    return -1;
}

// Checks --operation and --remote-id. Returns -1 to go on, or the exit code.
int Cli::checkOperation(const QCommandLineParser& parser, Provider provider, bool* update)
{
    const QString operation = parser.value(QStringLiteral("operation"));
    if (operation != u"create" && operation != u"update") {
        m_err << tr("--operation is create or update.\n");
        return Usage;
    }
    *update = operation == u"update";
    const ProviderSchema& schema = ProviderSchema::get(provider);
    if (*update && !schema.updateProduct.isValid() && !schema.updatePrice.isValid()) {
        m_err << tr("%1 has no update operation.\n").arg(providerDisplayName(provider));
        return Usage;
    }
    if (*update && parser.value(QStringLiteral("remote-id")).isEmpty()) {
        m_err << tr("--operation update needs --remote-id: the provider's id of what to change.\n");
        return Usage;
    }
    return -1;
}

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

void Cli::printHelp()
{
    m_out << tr("Usage: pricebook-cli COMMAND [options] FILE\n"
                "\n"
                "Commands:\n"
                "  validate --provider P [--json] FILE\n"
                "      Check every product in FILE against the provider's rules.\n"
                "  preview --provider P [--operation create|update] [--remote-id ID] [account options] [--curl] [--json] FILE\n"
                "      Print the exact requests the provider would receive; keys show as ***.\n"
                "      Account options: --base-url URL, --account-id ID (ChatDash), --stripe-account ID,\n"
                "      --workspace ID and --test-mode (Piriod), --auth-scheme WORD (Jani), --idempotency-key KEY.\n"
                "  submit --provider P [--operation create|update --remote-id ID] [account options] [--state FILE] [--json] FILE\n"
                "      Send the products in FILE. The API key is read from $PRICEBOOK_API_KEY, never from an argument.\n"
                "      --state FILE keeps each product's progress, so running the same command again resumes\n"
                "      instead of creating anything twice.\n"
                "  sandbox [--port N] [--rate-limit PER_SECOND] [--faults JSON]\n"
                "      Run the local emulator of all four providers on 127.0.0.1 until stopped. Point an\n"
                "      account's base URL at it; any non-empty key is accepted.\n"
                "\n"
                "Catalog commands (the app's catalog; --data-dir DIR or $PRICEBOOK_DATA_DIR chooses another):\n"
                "  accounts list [--json]\n"
                "  accounts add --provider P --name NAME [--base-url URL] [--account-id ID] [--stripe-account ID]\n"
                "               [--workspace ID] [--test-mode] [--auth-scheme WORD] [--key-env VAR] [--key-stdin]\n"
                "      --key-env names an environment variable that holds the key (automation);\n"
                "      --key-stdin reads the key from standard input into the system keychain.\n"
                "  accounts remove NAME|ID        (also deletes its key from the keychain)\n"
                "  import FILE.csv|FILE.json [--provider P] [--account NAME] [--map \"FROM=TO\"]... [--locale NAME] [--valid-only] [--json]\n"
                "      Checks every row; imports all rows, or none when one is invalid (--valid-only: the valid ones).\n"
                "  export FILE.csv|FILE.json [--provider P] [--account NAME] [--filter TEXT]\n"
                "  push [--provider P] [--account NAME] [--filter TEXT] [--concurrency N] [--rate PER_SECOND] [--json]\n"
                "      Sends the matching products to their accounts; running it again resumes and never\n"
                "      creates a product twice. Progress goes to standard error.\n"
                "  clone --to-account NAME [--provider P] [--account NAME] [--filter TEXT] [--json]\n"
                "      Copies the matching products as drafts for another account (or provider) and lists\n"
                "      what the target cannot carry or still needs. Nothing is sent.\n"
                "\n"
                "Providers: chatdash, stripe, piriod, jani. FILE is a Pricebook product document\n"
                "(docs/product-format.md): one product, an array, or {\"pricebook\": 1, \"products\": [...]}.\n"
                "\n"
                "Exit codes: 0 success, 1 unreadable file, 2 invalid input, 3 provider rejection,\n"
                "4 network failure, timeout or outcome unknown, 5 partly done, 64 wrong usage.\n");
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
    if (command == u"validate")
        return validate(rest);
    if (command == u"preview")
        return preview(rest);
    if (command == u"submit")
        return submit(rest);
    if (command == u"sandbox")
        return sandbox(rest);
    if (command == u"accounts")
        return accounts(rest);
    if (command == u"import")
        return importFile(rest);
    if (command == u"export")
        return exportFile(rest);
    if (command == u"push")
        return push(rest);
    if (command == u"clone")
        return clone(rest);
    m_err << tr("Unknown command “%1”. Run pricebook-cli --help.\n").arg(command);
    return Usage;
}

int Cli::validate(const QStringList& arguments)
{
    QCommandLineParser parser;
    addProviderOption(parser);
    std::optional<Provider> provider;
    const int early = parseCommand(parser, arguments,
                                   tr("Usage: pricebook-cli validate --provider chatdash|stripe|piriod|jani [--json] FILE"), &provider);
    if (early >= 0)
        return early;
    const bool json = parser.isSet(QStringLiteral("json"));
    const Loaded loaded = load(parser.positionalArguments().first());
    if (loaded.exitCode != Ok) {
        m_err << loaded.problem << u'\n';
        return loaded.exitCode;
    }
    const ProviderSchema& schema = ProviderSchema::get(*provider);
    bool allValid = loaded.document.errors.isEmpty();
    QJsonArray products;
    if (!json) {
        for (const DocumentError& e : loaded.document.errors)
            m_out << tr("%1: %2\n").arg(e.where, e.message);
    }
    for (int i = 0; i < loaded.document.products.size(); ++i) {
        const Product& p = loaded.document.products.at(i);
        const ValidationResult r = Validator::validate(schema, p);
        allValid = allValid && r.isValid();
        if (json) {
            products.append(QJsonObject { { QStringLiteral("index"), i },
                                          { QStringLiteral("name"), p.name },
                                          { QStringLiteral("valid"), r.isValid() },
                                          { QStringLiteral("summary"), PricingSummary::describe(p) },
                                          { QStringLiteral("messages"), messagesJson(r.messages) } });
            continue;
        }
        m_out << productTitle(p, i) << QStringLiteral(" — ")
              << (r.isValid() ? tr("valid for %1").arg(providerDisplayName(*provider))
                              : tr("not valid for %1").arg(providerDisplayName(*provider)))
              << u'\n';
        m_out << QStringLiteral("    ") << PricingSummary::describe(p) << u'\n';
        for (const FieldMessage& m : r.messages)
            m_out << QStringLiteral("    %1%2: %3\n").arg(m.warning ? tr("warning: ") : QString(), m.location(), m.message);
    }
    if (json) {
        const QJsonObject root { { QStringLiteral("provider"), providerKey(*provider) },
                                 { QStringLiteral("valid"), allValid },
                                 { QStringLiteral("documentErrors"), documentErrorsJson(loaded.document.errors) },
                                 { QStringLiteral("products"), products } };
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    return allValid ? Ok : Invalid;
}

int Cli::preview(const QStringList& arguments)
{
    QCommandLineParser parser;
    addProviderOption(parser);
    addAccountOptions(parser);
    parser.addOption({ QStringLiteral("idempotency-key"), tr("Stripe: the submission's idempotency key."), QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("curl"), tr("Print curl commands (the key is read from $PRICEBOOK_API_KEY).") });
    std::optional<Provider> provider;
    const int early = parseCommand(parser, arguments,
                                   tr("Usage: pricebook-cli preview --provider chatdash|stripe|piriod|jani [--operation create|update] FILE"),
                                   &provider);
    if (early >= 0)
        return early;
    bool update = false;
    const int invalidOperation = checkOperation(parser, *provider, &update);
    if (invalidOperation >= 0)
        return invalidOperation;
    const AccountTarget target = targetFrom(parser, *provider);
    SerializeOptions options;
    options.operation = update ? Operation::Update : Operation::Create;
    options.remoteId = parser.value(QStringLiteral("remote-id"));
    options.idempotencyKey = parser.value(QStringLiteral("idempotency-key"));

    const bool json = parser.isSet(QStringLiteral("json"));
    const bool curl = parser.isSet(QStringLiteral("curl"));
    const Loaded loaded = load(parser.positionalArguments().first());
    if (loaded.exitCode != Ok) {
        m_err << loaded.problem << u'\n';
        return loaded.exitCode;
    }
    bool allValid = loaded.document.errors.isEmpty();
    for (const DocumentError& e : loaded.document.errors)
        if (!json)
            m_out << tr("%1: %2\n").arg(e.where, e.message);
    QJsonArray products;
    for (int i = 0; i < loaded.document.products.size(); ++i) {
        const Product& p = loaded.document.products.at(i);
        const RequestPlan plan = RequestSerializer::build(p, target, options);
        const bool valid = plan.validation.isValid();
        allValid = allValid && valid;
        if (json) {
            QJsonArray requests;
            for (const ProviderRequest& r : plan.steps) {
                QJsonObject headers;
                for (const HttpHeader& h : r.headers)
                    headers.insert(QString::fromLatin1(h.name), QString(h.value).replace(QStringLiteral("{secret}"), QStringLiteral("***")));
                if (r.encoding != BodyEncoding::None)
                    headers.insert(QStringLiteral("Content-Type"), QString::fromLatin1(r.contentType()));
                requests.append(QJsonObject { { QStringLiteral("step"), r.step },
                                              { QStringLiteral("method"), r.method },
                                              { QStringLiteral("url"), RequestSerializer::url(r, target) },
                                              { QStringLiteral("headers"), headers },
                                              { QStringLiteral("body"), QString::fromUtf8(r.bodyBytes()) } });
            }
            products.append(QJsonObject { { QStringLiteral("index"), i },
                                          { QStringLiteral("name"), p.name },
                                          { QStringLiteral("valid"), valid },
                                          { QStringLiteral("messages"), messagesJson(plan.validation.messages) },
                                          { QStringLiteral("requests"), requests } });
            continue;
        }
        m_out << QStringLiteral("# ") << productTitle(p, i) << u'\n';
        for (const FieldMessage& m : plan.validation.messages)
            m_out << QStringLiteral("#   %1%2: %3\n").arg(m.warning ? tr("warning: ") : QString(), m.location(), m.message);
        for (int s = 0; s < plan.steps.size(); ++s) {
            const ProviderRequest& r = plan.steps.at(s);
            m_out << tr("# step %1 of %2: %3\n").arg(s + 1).arg(plan.steps.size()).arg(r.step);
            m_out << (curl ? RequestSerializer::renderCurl(r, target) + u'\n' : RequestSerializer::renderHttp(r, target)) << u'\n';
        }
    }
    if (json) {
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("provider"), providerKey(*provider) },
                                             { QStringLiteral("valid"), allValid },
                                             { QStringLiteral("documentErrors"), documentErrorsJson(loaded.document.errors) },
                                             { QStringLiteral("products"), products } })
                     .toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    return allValid ? Ok : Invalid;
}

} // namespace pb

namespace pb {

namespace {

// Per-product submission progress, keyed by the product's position in the file, written
// atomically after every step.
class StateFile
{
public:
    explicit StateFile(QString path)
        : m_path(std::move(path))
    {
    }
    bool load(QString* error)
    {
        if (m_path.isEmpty() || !QFile::exists(m_path))
            return true;
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.read(16 * 1024 * 1024), &parseError);
        if (!doc.isObject()) {
            *error = tr("not a Pricebook state file (%1)").arg(parseError.errorString());
            return false;
        }
        m_root = doc.object();
        return true;
    }
    SubmissionState state(int index) const { return SubmissionState::fromJson(m_root.value(QString::number(index)).toObject()); }
    bool save(int index, const SubmissionState& state, QString* error)
    {
        if (m_path.isEmpty())
            return true;
        m_root.insert(QString::number(index), state.toJson());
        QSaveFile f(m_path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(m_root).toJson()) < 0 || !f.commit()) {
            *error = f.errorString();
            return false;
        }
        return true;
    }

private:
    QString m_path;
    QJsonObject m_root;
};

} // namespace

int Cli::submit(const QStringList& arguments)
{
    QCommandLineParser parser;
    addProviderOption(parser);
    addAccountOptions(parser);
    parser.addOption({ QStringLiteral("state"), tr("Keep each product's progress in this file and resume from it."), QStringLiteral("FILE") });
    std::optional<Provider> provider;
    const int early = parseCommand(parser, arguments,
                                   tr("Usage: pricebook-cli submit --provider chatdash|stripe|piriod|jani [--base-url URL] [--operation create|update --remote-id ID] FILE"),
                                   &provider);
    if (early >= 0)
        return early;
    bool update = false;
    const int invalidOperation = checkOperation(parser, *provider, &update);
    if (invalidOperation >= 0)
        return invalidOperation;
    const QString secret = qEnvironmentVariable("PRICEBOOK_API_KEY");
    if (secret.isEmpty()) {
        m_err << tr("Set PRICEBOOK_API_KEY to the account's API key; keys are never taken as arguments.\n");
        return Usage;
    }
    const AccountTarget target = targetFrom(parser, *provider);
    const bool json = parser.isSet(QStringLiteral("json"));
    const Loaded loaded = load(parser.positionalArguments().first());
    if (loaded.exitCode != Ok) {
        m_err << loaded.problem << u'\n';
        return loaded.exitCode;
    }
    if (!loaded.document.ok()) {
        for (const DocumentError& e : loaded.document.errors)
            m_err << tr("%1: %2\n").arg(e.where, e.message);
        m_err << tr("Nothing was sent: fix the file first.\n");
        return Invalid;
    }
    StateFile stateFile(parser.value(QStringLiteral("state")));
    QString stateError;
    if (!stateFile.load(&stateError)) {
        m_err << tr("Cannot read the state file: %1\n").arg(stateError);
        return Unreadable;
    }

    QNetworkAccessManager network;
    const auto service = ProviderService::create(*provider, &network);
    int worst = Ok;
    auto escalate = [&worst](int code) {
        const auto rank = [](int c) { return c == NetworkFailure ? 4 : c == Rejected ? 3 : c == Invalid ? 2 : 0; };
        if (rank(code) > rank(worst))
            worst = code;
    };
    QJsonArray results;
    for (int i = 0; i < loaded.document.products.size(); ++i) {
        const Product& product = loaded.document.products.at(i);
        ProviderJob* job = SyncEngine::makeJob(*service, product, target, secret, update, parser.value(QStringLiteral("remote-id")),
                                               stateFile.state(i));
        QObject::connect(job, &ProviderJob::progress, job, [this, i](int step, int steps, const QString& what) {
            m_err << tr("[%1] %2 (%3/%4)\n").arg(i).arg(what).arg(step).arg(steps);
            m_err.flush();
        });
        QObject::connect(job, &ProviderJob::retrying, job, [this, i](int attempt, int delayMs) {
            m_err << tr("[%1] retrying in %2 ms (attempt %3)\n").arg(i).arg(delayMs).arg(attempt);
            m_err.flush();
        });
        QObject::connect(job, &ProviderJob::stateChanged, job, [&, i](const SubmissionState& state) {
            QString error;
            if (!stateFile.save(i, state, &error))
                m_err << tr("Could not save progress to the state file: %1\n").arg(error);
        });
        JobResult result;
        QEventLoop loop; // headless tool: nothing else is waiting on this thread
        QObject::connect(job, &ProviderJob::finished, &loop, [&](const JobResult& r) {
            result = r;
            loop.quit();
        });
        job->start();
        loop.exec();

        const bool invalidBeforeSending = result.status == JobStatus::Rejected && result.httpStatus == 0 && result.attempts == 0;
        switch (result.status) {
        case JobStatus::Succeeded: break;
        case JobStatus::Rejected: escalate(invalidBeforeSending ? Invalid : Rejected); break;
        default: escalate(NetworkFailure); break;
        }
        QList<FieldMessage> fields = result.error.fieldErrors;
        if (json) {
            results.append(QJsonObject { { QStringLiteral("index"), i },
                                         { QStringLiteral("name"), product.name },
                                         { QStringLiteral("status"), jobStatusKey(result.status) },
                                         { QStringLiteral("remoteId"), result.object.id },
                                         { QStringLiteral("httpStatus"), result.httpStatus },
                                         { QStringLiteral("attempts"), result.attempts },
                                         { QStringLiteral("message"), result.message },
                                         { QStringLiteral("advice"), result.advice },
                                         { QStringLiteral("fieldErrors"), messagesJson(fields) },
                                         { QStringLiteral("state"), result.state.toJson() } });
            continue;
        }
        m_out << productTitle(product, i) << QStringLiteral(": ");
        if (result.ok())
            m_out << (update ? tr("updated %1").arg(result.object.id) : tr("created %1").arg(result.object.id)) << u'\n';
        else
            m_out << result.message << u'\n';
        for (const FieldMessage& m : fields)
            m_out << QStringLiteral("    %1: %2\n").arg(m.location(), m.message);
        if (!result.advice.isEmpty())
            m_out << QStringLiteral("    ") << result.advice << u'\n';
    }
    if (json)
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("provider"), providerKey(*provider) }, { QStringLiteral("results"), results } })
                     .toJson(QJsonDocument::Indented);
    m_out.flush();
    return worst;
}

} // namespace pb

namespace pb {

int Cli::sandbox(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("port"), tr("Port on 127.0.0.1 (default: any free port)."), QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("rate-limit"), tr("Requests per second per provider (default: none)."), QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("faults"), tr("Faults as JSON, e.g. {\"drop_after\":0.1,\"latency_ms\":200}."), QStringLiteral("JSON") });
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Ok;
    }
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        m_err << tr("--port takes a number from 0 to 65535.\n");
        return Usage;
    }
    SandboxServer server;
    server.setRateLimit(parser.value(QStringLiteral("rate-limit")).toDouble());
    if (parser.isSet(QStringLiteral("faults"))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(QStringLiteral("faults")).toUtf8(), &error);
        if (!doc.isObject()) {
            m_err << tr("--faults is not a JSON object: %1\n").arg(error.errorString());
            return Usage;
        }
        server.setFaults(SandboxFaults::fromJson(doc.object()));
    }
    if (!server.listen(quint16(port))) {
        m_err << tr("Cannot listen on 127.0.0.1:%1: %2\n").arg(port).arg(server.errorString());
        return NetworkFailure;
    }
    m_out << tr("Sandbox listening on %1 (ChatDash, Stripe, Piriod and Jani). Stop it with Ctrl+C.\n").arg(server.baseUrl());
    m_out.flush();
    QObject::connect(&server, &SandboxServer::requestHandled, &server, [this](const QString& method, const QString& path, int status) {
        m_err << QStringLiteral("%1 %2 -> %3\n").arg(method, path).arg(status);
        m_err.flush();
    });
    return QCoreApplication::exec();
}

} // namespace pb

namespace pb {

namespace {

// --data-dir, read by catalogPath(): every command that works on the catalog takes it.
void addDataDirOption(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("data-dir"), tr("The catalog's folder."), QStringLiteral("DIR") });
}

QString catalogPath(const QCommandLineParser& parser)
{
    const QString dir = parser.value(QStringLiteral("data-dir"));
    return dir.isEmpty() ? Database::defaultPath() : Database::pathInDirectory(dir);
}

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

// The options that choose which products a bulk command works on.
void addSelectionOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("provider"), QCoreApplication::translate("Cli", "Only products of this provider."), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("account"), QCoreApplication::translate("Cli", "Only products of this account."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("filter"), QCoreApplication::translate("Cli", "Only products matching this text."), QStringLiteral("TEXT") });
}

// The list filter for those options, by name order. The account is resolved against `accounts`
// when given (else left to the caller). Null, with the reason in `error`, for a provider or an
// account Pricebook does not know.
std::optional<ListFilter> selectionFilter(const QCommandLineParser& parser, const QList<Account>* accounts, QString* error)
{
    ListFilter filter;
    filter.text = parser.value(QStringLiteral("filter"));
    if (parser.isSet(QStringLiteral("provider"))) {
        filter.provider = providerFromKey(parser.value(QStringLiteral("provider")));
        if (!filter.provider) {
            *error = QCoreApplication::translate("Cli", "Unknown provider “%1”: chatdash, stripe, piriod or jani.").arg(parser.value(QStringLiteral("provider")));
            return std::nullopt;
        }
    }
    if (accounts && parser.isSet(QStringLiteral("account"))) {
        const auto a = findAccount(*accounts, parser.value(QStringLiteral("account")));
        if (!a) {
            *error = QCoreApplication::translate("Cli", "No account named “%1”.").arg(parser.value(QStringLiteral("account")));
            return std::nullopt;
        }
        filter.accountId = a->id;
    }
    filter.sortColumn = ListFilter::Name;
    filter.sortOrder = Qt::AscendingOrder;
    return filter;
}

} // namespace

bool Cli::openCatalog(Catalog& catalog, const QCommandLineParser& parser)
{
    QString error;
    if (catalog.open(catalogPath(parser), &error))
        return true;
    m_err << error << u'\n';
    return false;
}

int Cli::accounts(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add or remove"));
    addDataDirOption(parser);
    parser.addOption({ QStringLiteral("provider"), tr("chatdash, stripe, piriod or jani."), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("name"), tr("The account's name."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("base-url"), tr("Base URL."), QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("account-id"), tr("ChatDash connected account."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("stripe-account"), tr("Stripe-Account."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("workspace"), tr("Piriod workspace."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("test-mode"), tr("Piriod test mode.") });
    parser.addOption({ QStringLiteral("auth-scheme"), tr("Jani Authorization word."), QStringLiteral("WORD") });
    parser.addOption({ QStringLiteral("key-env"), tr("Environment variable holding the key."), QStringLiteral("VAR") });
    parser.addOption({ QStringLiteral("key-stdin"), tr("Read the key from standard input into the keychain.") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable output.") });
    if (!parser.parse(arguments) || parser.positionalArguments().isEmpty()) {
        m_err << (parser.errorText().isEmpty() ? tr("Usage: pricebook-cli accounts list|add|remove") : parser.errorText()) << u'\n';
        return Usage;
    }
    Catalog catalog;
    if (!openCatalog(catalog, parser))
        return Unreadable;
    const QString action = parser.positionalArguments().first();
    if (action == u"list") {
        const QList<Account> all = catalog.accounts();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const Account& acc : all)
                a.append(QJsonObject { { QStringLiteral("id"), acc.id }, { QStringLiteral("name"), acc.name },
                                       { QStringLiteral("provider"), providerKey(acc.target.provider) },
                                       { QStringLiteral("baseUrl"), acc.target.effectiveBaseUrl() },
                                       { QStringLiteral("keyEnv"), acc.keyEnvVar }, { QStringLiteral("sandbox"), acc.sandbox } });
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            for (const Account& acc : all)
                m_out << QStringLiteral("%1  %2  %3  %4%5\n").arg(acc.id, providerDisplayName(acc.target.provider), acc.name,
                                                                  acc.target.effectiveBaseUrl(), acc.sandbox ? tr("  (local sandbox)") : QString());
            if (all.isEmpty())
                m_out << tr("No accounts yet. Add one with: pricebook-cli accounts add --provider P --name NAME\n");
        }
        return Ok;
    }
    if (action == u"add") {
        const auto provider = providerFromKey(parser.value(QStringLiteral("provider")));
        if (!provider || parser.value(QStringLiteral("name")).isEmpty()) {
            m_err << tr("accounts add needs --provider and --name.\n");
            return Usage;
        }
        Account a;
        a.name = parser.value(QStringLiteral("name"));
        a.target.provider = *provider;
        a.target.baseUrl = parser.value(QStringLiteral("base-url"));
        a.target.accountId = parser.value(QStringLiteral("account-id"));
        a.target.stripeAccount = parser.value(QStringLiteral("stripe-account"));
        a.target.workspaceId = parser.value(QStringLiteral("workspace"));
        a.target.testMode = parser.isSet(QStringLiteral("test-mode"));
        a.target.authScheme = parser.value(QStringLiteral("auth-scheme"));
        a.keyEnvVar = parser.value(QStringLiteral("key-env"));
        if (!catalog.saveAccount(a)) {
            m_err << catalog.lastError() << u'\n';
            return Unreadable;
        }
        if (parser.isSet(QStringLiteral("key-stdin"))) {
            QTextStream in(stdin);
            const QString key = in.readLine().trimmed();
            SecretStore secrets;
            bool ok = false;
            QString keyError;
            waitFor([&](auto finish) { secrets.write(a.id, key, &secrets, [&, finish](bool success, const QString& e) { ok = success; keyError = e; finish(); }); });
            if (!ok || !secrets.keychainAvailable()) {
                catalog.removeAccount(a.id);
                m_err << (secrets.keychainAvailable() ? keyError : tr("No keychain service is running, so the key cannot be stored; use --key-env instead.")) << u'\n';
                return Unreadable;
            }
        }
        m_out << a.id << u'\n';
        return Ok;
    }
    if (action == u"remove") {
        const auto a = findAccount(catalog.accounts(), parser.positionalArguments().value(1));
        if (!a) {
            m_err << tr("No account named “%1”.\n").arg(parser.positionalArguments().value(1));
            return Usage;
        }
        catalog.removeAccount(a->id);
        SecretStore secrets;
        waitFor([&](auto finish) { secrets.remove(a->id, &secrets, [finish](bool, const QString&) { finish(); }); });
        m_out << tr("Removed “%1” and its key.\n").arg(a->name);
        return Ok;
    }
    m_err << tr("accounts takes list, add or remove.\n");
    return Usage;
}

int Cli::importFile(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV or JSON file."));
    addDataDirOption(parser);
    parser.addOption({ QStringLiteral("provider"), tr("Provider for rows without one."), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("account"), tr("Account for rows without one."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("valid-only"), tr("Import the valid rows even when others are not.") });
    parser.addOption({ QStringLiteral("map"), tr("Read a file column as a Pricebook column, e.g. \"Product Name=name\" (repeatable)."), QStringLiteral("FROM=TO") });
    parser.addOption({ QStringLiteral("locale"), tr("How amounts are written, e.g. de_DE for 1.000,50 (default: 1,000.50)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: pricebook-cli import FILE [--provider P] [--account NAME] [--valid-only]\n");
        return Usage;
    }
    CatalogIO::ImportOptions options;
    for (const QString& pair : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        if (eq <= 0) {
            m_err << tr("--map takes \"file column=Pricebook column\".\n");
            return Usage;
        }
        options.mapping.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (parser.isSet(QStringLiteral("locale")))
        options.locale = QLocale(parser.value(QStringLiteral("locale")));
    if (parser.isSet(QStringLiteral("provider"))) {
        options.defaultProvider = providerFromKey(parser.value(QStringLiteral("provider")));
        if (!options.defaultProvider) {
            m_err << tr("Unknown provider.\n");
            return Usage;
        }
    }
    Catalog catalog;
    if (!openCatalog(catalog, parser))
        return Unreadable;
    CatalogIO::ImportResult r = CatalogIO::readFile(parser.positionalArguments().first(), options);
    CatalogIO::resolveAccounts(r, catalog.accounts(), parser.value(QStringLiteral("account")));
    const bool all = !parser.isSet(QStringLiteral("valid-only"));
    QList<CatalogEntry> chosen;
    for (const CatalogIO::ImportedRow& row : std::as_const(r.rows))
        if (row.valid)
            chosen.append(row.entry);
    const bool refuse = r.fileError || (all && r.invalidCount() > 0);
    if (!refuse && !chosen.isEmpty() && !catalog.saveProducts(chosen)) {
        m_err << catalog.lastError() << u'\n';
        return Unreadable;
    }
    const int imported = refuse ? 0 : int(chosen.size());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const CatalogIO::Problem& p : std::as_const(r.problems))
            problems.append(QJsonObject { { QStringLiteral("row"), p.row }, { QStringLiteral("column"), p.column },
                                          { QStringLiteral("message"), p.message }, { QStringLiteral("warning"), p.warning } });
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("rows"), int(r.rows.size()) }, { QStringLiteral("valid"), r.validCount() },
                                             { QStringLiteral("imported"), imported }, { QStringLiteral("problems"), problems } })
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const CatalogIO::Problem& p : std::as_const(r.problems))
            m_out << QStringLiteral("row %1%2: %3%4\n").arg(p.row).arg(p.column.isEmpty() ? QString() : QStringLiteral(", %1").arg(p.column),
                                                            p.warning ? tr("warning: ") : QString(), p.message);
        m_out << (r.rows.size() == 1 ? tr("1 row read, %1 valid, %2 imported.").arg(r.validCount()).arg(imported)
                                     : tr("%1 rows read, %2 valid, %3 imported.").arg(r.rows.size()).arg(r.validCount()).arg(imported));
        if (refuse && !r.fileError && r.validCount() > 0)
            m_out << tr(" Nothing was imported because some rows are invalid; fix them, or add --valid-only.");
        m_out << u'\n';
    }
    m_out.flush();
    if (r.fileError)
        return Unreadable;
    if (r.invalidCount() > 0)
        return all ? Invalid : Partial;
    return Ok;
}

int Cli::exportFile(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV or JSON file to write."));
    addDataDirOption(parser);
    addSelectionOptions(parser);
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: pricebook-cli export FILE [--provider P] [--account NAME] [--filter TEXT]\n");
        return Usage;
    }
    Catalog catalog;
    if (!openCatalog(catalog, parser))
        return Unreadable;
    QHash<QString, QString> names;
    const QList<Account> accounts = catalog.accounts();
    for (const Account& a : accounts)
        names.insert(a.id, a.name);
    QString selectionError;
    const std::optional<ListFilter> filter = selectionFilter(parser, &accounts, &selectionError);
    if (!filter) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    QList<CatalogEntry> entries;
    for (const CatalogRow& row : catalog.rows(*filter, 0, std::numeric_limits<int>::max()))
        if (auto e = catalog.product(row.id))
            entries.append(*e);
    const QString path = parser.positionalArguments().first();
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    QString error;
    if (!CatalogIO::writeFile(path, json ? CatalogIO::toJson(entries, names) : CatalogIO::toCsv(entries, names), &error)) {
        m_err << tr("Cannot write %1: %2\n").arg(path, error);
        return Unreadable;
    }
    m_out << (entries.size() == 1 ? tr("Exported 1 product to %1.\n").arg(path)
                                  : tr("Exported %1 products to %2.\n").arg(entries.size()).arg(path));
    return Ok;
}

int Cli::push(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addDataDirOption(parser);
    addSelectionOptions(parser);
    parser.addOption({ QStringLiteral("concurrency"), tr("Requests in flight at once (default 4)."), QStringLiteral("N"), QStringLiteral("4") });
    parser.addOption({ QStringLiteral("rate"), tr("Products per second per account (default: the provider's limit)."), QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n';
        return Usage;
    }
    CatalogStore store;
    bool opened = false;
    QString openError;
    waitFor([&](auto finish) {
        QObject::connect(&store, &CatalogStore::opened, &store, [&, finish](bool ok, const QString& e) { opened = ok; openError = e; finish(); });
        store.open(catalogPath(parser));
    });
    if (!opened) {
        m_err << openError << u'\n';
        return Unreadable;
    }
    QString selectionError;
    std::optional<ListFilter> selection = selectionFilter(parser, nullptr, &selectionError);
    if (!selection) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    ListFilter filter = *selection;
    const QString accountName = parser.value(QStringLiteral("account"));
    QStringList ids;
    bool known = true;
    waitFor([&](auto finish) {
        store.call<QPair<bool, QStringList>>([filter, accountName](Catalog& c) mutable {
            if (!accountName.isEmpty()) {
                const auto a = findAccount(c.accounts(), accountName);
                if (!a)
                    return qMakePair(false, QStringList());
                filter.accountId = a->id;
            }
            QStringList out;
            for (const CatalogRow& r : c.rows(filter, 0, std::numeric_limits<int>::max()))
                out << r.id;
            return qMakePair(true, out);
        }, &store, [&, finish](const QPair<bool, QStringList>& found) { known = found.first; ids = found.second; finish(); });
    });
    if (!known) {
        m_err << tr("No account named “%1”.\n").arg(accountName);
        return Usage;
    }
    QNetworkAccessManager network;
    SecretStore secrets;
    BulkPusher pusher(&store, &network, accountKeyLookup(&secrets, &secrets));
    PushOptions options;
    options.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    options.ratePerSecond = parser.value(QStringLiteral("rate")).toDouble();
    QObject::connect(&pusher, &BulkPusher::progressChanged, &pusher, [this](const PushProgress& p) {
        m_err << tr("\r%1/%2 done, %3 ok, %4 with problems%5   ").arg(p.done).arg(p.total).arg(p.succeeded).arg(p.problems)
                     .arg(p.etaMs > 0 ? tr(", about %1 s left").arg((p.etaMs + 999) / 1000) : QString());
        m_err.flush();
    });
    QList<PushLine> report;
    waitFor([&](auto finish) {
        QObject::connect(&pusher, &BulkPusher::finished, &pusher, [&, finish](const QList<PushLine>& r) { report = r; finish(); });
        pusher.start(ids, options);
    });
    store.waitForIdle();
    m_err << u'\n';
    int failed = 0, unknown = 0, rejected = 0;
    QJsonArray lines;
    for (const PushLine& l : std::as_const(report)) {
        if (l.outcome == u"rejected")
            ++rejected;
        else if (l.outcome == u"outcome unknown")
            ++unknown;
        else if (!l.ok())
            ++failed;
        if (parser.isSet(QStringLiteral("json")))
            lines.append(QJsonObject { { QStringLiteral("product"), l.productId }, { QStringLiteral("name"), l.name },
                                       { QStringLiteral("outcome"), l.outcome }, { QStringLiteral("remoteId"), l.remoteId },
                                       { QStringLiteral("message"), l.message } });
        else
            m_out << QStringLiteral("%1  %2  %3%4\n").arg(l.outcome, -16).arg(l.name, l.remoteId,
                                                                                 l.message.isEmpty() ? QString() : QStringLiteral("  ") + l.message);
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("results"), lines } }).toJson(QJsonDocument::Indented);
    m_out.flush();
    const int problems = failed + unknown + rejected;
    if (problems == 0)
        return Ok;
    if (problems < report.size())
        return Partial;
    return unknown + failed > 0 ? NetworkFailure : Rejected;
}

} // namespace pb

namespace pb {

int Cli::clone(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addDataDirOption(parser);
    parser.addOption({ QStringLiteral("to-account"), tr("The account the copies are for."), QStringLiteral("NAME") });
    addSelectionOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (!parser.parse(arguments) || !parser.isSet(QStringLiteral("to-account"))) {
        m_err << tr("Usage: pricebook-cli clone --to-account NAME [--provider P] [--account NAME] [--filter TEXT]\n");
        return Usage;
    }
    Catalog catalog;
    if (!openCatalog(catalog, parser))
        return Unreadable;
    const QList<Account> accounts = catalog.accounts();
    const auto target = findAccount(accounts, parser.value(QStringLiteral("to-account")));
    if (!target) {
        m_err << tr("No account named “%1”.\n").arg(parser.value(QStringLiteral("to-account")));
        return Usage;
    }
    QString selectionError;
    std::optional<ListFilter> selection = selectionFilter(parser, &accounts, &selectionError);
    if (!selection) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    ListFilter filter = *selection;
    QList<CatalogEntry> copies;
    QJsonArray report;
    int needsWork = 0;
    for (const CatalogRow& row : catalog.rows(filter, 0, std::numeric_limits<int>::max())) {
        const auto source = catalog.product(row.id);
        if (!source || source->accountId == target->id)
            continue;
        const Clone::Plan plan = Clone::prepare(*source, *target);
        copies.append(plan.copy);
        needsWork += !plan.problems.isEmpty();
        if (parser.isSet(QStringLiteral("json"))) {
            report.append(QJsonObject { { QStringLiteral("source"), source->id }, { QStringLiteral("copy"), plan.copy.id },
                                        { QStringLiteral("name"), plan.copy.product.name },
                                        { QStringLiteral("notCarried"), QJsonArray::fromStringList(plan.notCarried) },
                                        { QStringLiteral("problems"), QJsonArray::fromStringList(plan.problems) } });
        } else {
            m_out << QStringLiteral("“%1” → %2 (%3)\n").arg(plan.copy.product.name, target->name, providerDisplayName(target->target.provider));
            for (const QString& w : plan.notCarried)
                m_out << QStringLiteral("    %1 %2\n").arg(tr("not carried:"), w);
            for (const QString& p : plan.problems)
                m_out << QStringLiteral("    %1 %2\n").arg(tr("still needed:"), p);
        }
    }
    if (!copies.isEmpty() && !catalog.saveProducts(copies)) {
        m_err << catalog.lastError() << u'\n';
        return Unreadable;
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("copies"), report } }).toJson(QJsonDocument::Indented);
    else
        m_out << tr("%1 copies made as drafts for “%2”; %3 need more before they can be sent. Nothing was sent.\n")
                     .arg(copies.size()).arg(target->name).arg(needsWork);
    m_out.flush();
    return needsWork > 0 ? Partial : Ok;
}

} // namespace pb
