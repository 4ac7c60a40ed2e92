#include "Command.h"

#include "services/storage/CatalogLocation.h"
#include "services/storage/Database.h"
#include "services/storage/SecretStore.h"

#include <QFile>
#include <QJsonDocument>
#include <limits>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace pb {

Command::Command(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

bool Command::answerHelp(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments) || !parser.isSet(QStringLiteral("help")))
        return false;
    // Qt's first line names the program only: "Usage: /path/pricebook-cli [options] FILE".
    QString help = parser.helpText();
    const qsizetype eol = help.indexOf(u'\n');
    const QString rest = help.left(eol).section(QStringLiteral(" [options]"), 1);
    help.replace(0, eol, tr("Usage: pricebook-cli %1 [options]%2").arg(arguments.value(0), rest));
    m_out << help;
    m_out.flush();
    return true;
}

int Command::parseOptions(QCommandLineParser& parser, const QStringList& arguments)
{
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n';
        return Usage;
    }
    return -1;
}

int Command::parseSending(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                          std::optional<Provider>* provider, bool* update)
{
    const int early = parseCommand(parser, arguments, usage, provider);
    if (early >= 0)
        return early;
    // Nothing is sent: what the account lacks is said, and the requests are shown all the same.
    for (const auto& [key, message] : adapterFor(**provider).missingSettings(cli::targetFrom(parser, **provider)))
        m_err << tr("Note: without --%1 the requests are incomplete. %2").arg(key, message) << u'\n';
    return checkOperationOptions(parser, **provider, update);
}

int Command::parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                          std::optional<Provider>* provider)
{
    if (const int early = parseOptions(parser, arguments); early >= 0)
        return early;
    *provider = providerFromKey(parser.value(QStringLiteral("provider")));
    if (!*provider || parser.positionalArguments().size() != 1) {
        m_err << usage << u'\n' << tr("Providers: %1.").arg(providerKeyList(QStringLiteral(", "))) << u'\n';
        return Usage;
    }
    return -1;
}

int Command::checkOperation(const QCommandLineParser& parser, Provider provider, bool* update)
{
    if (const int early = checkOperationOptions(parser, provider, update); early >= 0)
        return early;
    const auto missing = adapterFor(provider).missingSettings(cli::targetFrom(parser, provider));
    for (const auto& [key, message] : missing)
        m_err << tr("--%1 is required: %2").arg(key, message) << u'\n';
    // Every usage problem at once: the key is checked after the options.
    if (!missing.isEmpty() && qEnvironmentVariableIsEmpty("PRICEBOOK_API_KEY"))
        m_err << tr("PRICEBOOK_API_KEY is not set either; the account's API key is read from it.") << u'\n';
    return missing.isEmpty() ? -1 : Usage;
}

int Command::checkOperationOptions(const QCommandLineParser& parser, Provider provider, bool* update)
{
    const QString operation = parser.value(QStringLiteral("operation"));
    if (operation != u"create" && operation != u"update") {
        m_err << tr("--operation is create or update.\n");
        return Usage;
    }
    *update = operation == u"update";
    const ProviderSchema& schema = schemaOf(provider);
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

bool Command::openCatalog(Catalog& catalog, const QCommandLineParser& parser)
{
    QString error;
    const QString location = cli::catalogPath(parser);
    if (catalog.open(location, &error, cli::catalogPassword(location)))
        return true;
    m_err << error << u'\n';
    return false;
}

bool Command::openStore(CatalogStore& store, const QCommandLineParser& parser)
{
    bool opened = false;
    QString error;
    cli::waitFor([&](auto finish) {
        QObject::connect(&store, &CatalogStore::opened, &store, [&, finish](bool ok, const QString& e) {
            opened = ok;
            error = e;
            finish();
        });
        store.open(cli::catalogPath(parser), cli::catalogPassword(cli::catalogPath(parser)));
    });
    if (!opened)
        m_err << error << u'\n';
    return opened;
}

std::optional<Account> Command::namedAccount(CatalogStore& store, const QString& nameOrId)
{
    std::optional<Account> account;
    cli::waitFor([&](auto finish) {
        store.call<std::optional<Account>>([nameOrId](Catalog& c) { return findAccount(c.accounts(), nameOrId); }, &store,
                                           [&, finish](const std::optional<Account>& a) {
                                               account = a;
                                               finish();
                                           });
    });
    if (!account)
        m_err << tr("No account named “%1”.\n").arg(nameOrId);
    return account;
}

int Command::selectedProducts(CatalogStore& store, const QCommandLineParser& parser, QStringList* ids, const QStringList& only)
{
    QString error;
    std::optional<ListFilter> selection = cli::selectionFilter(parser, nullptr, &error);
    if (!selection) {
        m_err << error << u'\n';
        return Usage;
    }
    ListFilter filter = *selection;
    if (parser.isSet(QStringLiteral("account"))) {
        const std::optional<Account> a = namedAccount(store, parser.value(QStringLiteral("account")));
        if (!a)
            return Usage;
        filter.accountId = a->id;
    }
    QString missing;
    cli::waitFor([&](auto finish) {
        store.call<QPair<QString, QStringList>>([filter, only](Catalog& c) {
            for (const QString& id : only)
                if (!c.product(id))
                    return qMakePair(id, QStringList());
            QStringList out;
            const QSet<QString> named(only.begin(), only.end());
            for (const QString& id : c.ids(filter))
                if (named.isEmpty() || named.contains(id))
                    out << id;
            return qMakePair(QString(), out);
        }, &store, [&, finish](const QPair<QString, QStringList>& found) {
            missing = found.first;
            *ids = found.second;
            finish();
        });
    });
    if (!missing.isEmpty()) {
        m_err << tr("No product with the id “%1” in the catalog.").arg(missing) << u'\n';
        return Usage;
    }
    return -1;
}

int Command::printReport(const QList<PushLine>& report, bool json)
{
    int failed = 0, unknown = 0, rejected = 0, skipped = 0;
    QJsonArray lines;
    for (const PushLine& l : report) {
        if (l.outcome == u"rejected")
            ++rejected;
        else if (l.outcome == u"outcome unknown")
            ++unknown;
        else if (l.outcome == u"skipped") // left to another Pricebook sending it: not done here, not failed
            ++skipped;
        else if (!l.ok())
            ++failed;
        if (json)
            lines.append(QJsonObject { { QStringLiteral("product"), l.productId }, { QStringLiteral("name"), l.name },
                                       { QStringLiteral("outcome"), l.outcome }, { QStringLiteral("remoteId"), l.remoteId },
                                       { QStringLiteral("message"), l.message } });
        else
            m_out << QStringLiteral("%1  %2  %3%4\n").arg(l.outcome, -16).arg(l.name, l.remoteId,
                                                                                 l.message.isEmpty() ? QString() : QStringLiteral("  ") + l.message);
    }
    if (json)
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("results"), lines } }).toJson(QJsonDocument::Indented);
    m_out.flush();
    const int problems = failed + unknown + rejected;
    if (problems + skipped == 0)
        return Ok;
    if (problems < report.size())
        return Partial;
    return unknown + failed > 0 ? NetworkFailure : Rejected;
}

namespace cli {

Loaded load(const QString& path)
{
    Loaded l;
    QFile file(path);
    const bool isStdin = path == u"-";
    if (!(isStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        l.exitCode = Command::Unreadable;
        l.problem = Command::tr("Cannot read %1: %2").arg(path, file.errorString());
        return l;
    }
    if (!isStdin && file.size() > ProductDocument::kMaxBytes) {
        l.exitCode = Command::Unreadable;
        l.problem = Command::tr("%1 is larger than %2 MB; split it into smaller files.")
                        .arg(path)
                        .arg(ProductDocument::kMaxBytes / (1024 * 1024));
        return l;
    }
    const QByteArray bytes = file.read(ProductDocument::kMaxBytes + 1);
    l.document = ProductDocument::fromJson(bytes);
    if (l.document.products.isEmpty() && !l.document.errors.isEmpty()
        && l.document.errors.first().where == u"document") {
        l.exitCode = Command::Unreadable;
        l.problem = Command::tr("%1: %2").arg(path, l.document.errors.first().message);
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

namespace {
// The product a document path names (-1: none) and the path inside it.
int productOf(const QString& where, QString* inside = nullptr)
{
    static const QRegularExpression indexed(QStringLiteral("^products\\[(\\d+)\\](?:\\.(.*))?$"));
    if (where == u"product" || where.startsWith(QStringLiteral("product."))) {
        if (inside)
            *inside = where.mid(8);
        return 0;
    }
    const QRegularExpressionMatch m = indexed.match(where);
    if (!m.hasMatch())
        return -1;
    if (inside)
        *inside = m.captured(2);
    return m.captured(1).toInt();
}
} // namespace

bool namesNoProduct(const DocumentError& error) { return productOf(error.where) < 0; }

QList<DocumentError> productErrors(const DocumentReadResult& document, int index)
{
    QList<DocumentError> out;
    for (const DocumentError& e : document.errors) {
        const int of = productOf(e.where);
        if (of == index || of < 0)
            out.append(e);
    }
    return out;
}

QList<FieldMessage> besides(const QList<FieldMessage>& messages, const QList<DocumentError>& errors, int index)
{
    QSet<QString> said;
    for (const DocumentError& e : errors) {
        QString inside;
        if (productOf(e.where, &inside) == index)
            said.insert(inside);
    }
    QList<FieldMessage> out;
    for (const FieldMessage& m : messages)
        if (!said.contains(m.location()))
            out.append(m);
    return out;
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
    return QStringLiteral("[%1] “%2”").arg(index).arg(p.name.isEmpty() ? Command::tr("unnamed") : p.name);
}

void addSettingOptions(QCommandLineParser& parser)
{
    QStringList seen;
    for (const ProviderAdapter* adapter : Registry::all()) {
        for (const AccountField& f : adapter->accountFields()) {
            if (seen.contains(f.key))
                continue;
            seen << f.key;
            const QString help = QCoreApplication::translate("AccountField", f.help);
            if (f.flag)
                parser.addOption({ f.key, help });
            else
                parser.addOption({ f.key, help, QStringLiteral("VALUE") });
        }
    }
}

void readSettingOptions(const QCommandLineParser& parser, AccountTarget& target)
{
    for (const AccountField& f : adapterFor(target.provider).accountFields()) {
        if (f.flag)
            target.setFlag(f.key, parser.isSet(f.key));
        else
            target.set(f.key, parser.value(f.key));
    }
}

QString settingOptionsHelp()
{
    QStringList parts;
    for (const ProviderAdapter* adapter : Registry::all()) {
        QStringList options;
        for (const AccountField& f : adapter->accountFields())
            options << (f.flag ? QStringLiteral("--") + f.key : QStringLiteral("--%1 VALUE").arg(f.key));
        if (!options.isEmpty())
            parts << QStringLiteral("%1 (%2)").arg(options.join(QStringLiteral(", ")), adapter->displayName());
    }
    return parts.join(QStringLiteral(",\n      "));
}

void addAccountOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("operation"), Command::tr("create (default) or update."), QStringLiteral("OP"), QStringLiteral("create") });
    parser.addOption({ QStringLiteral("remote-id"), Command::tr("The provider's id of what to change (a product, or a plan), for update."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("base-url"), Command::tr("Send to this base URL instead of the provider's."), QStringLiteral("URL") });
    addSettingOptions(parser);
}

AccountTarget targetFrom(const QCommandLineParser& parser, Provider provider)
{
    AccountTarget target;
    target.provider = provider;
    target.baseUrl = parser.value(QStringLiteral("base-url"));
    readSettingOptions(parser, target);
    return target;
}

void addProviderOption(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("provider"), Command::tr("%1.").arg(providerKeyList(Command::tr(" or "))), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("json"), Command::tr("Machine-readable output.") });
    parser.addPositionalArgument(QStringLiteral("FILE"), Command::tr("Product document (JSON); - reads standard input."));
    parser.addHelpOption();
}

void addDataDirOption(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("data-dir"), Command::tr("The catalog's folder."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("catalog"),
                       Command::tr("The catalog: a SQLite file, or a team catalog postgresql://user@host:port/database"
                                   "?sslmode=verify-full (default: $PRICEBOOK_CATALOG, else the one in the data folder)."),
                       QStringLiteral("URL") });
}

QString catalogPath(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("catalog")))
        return parser.value(QStringLiteral("catalog"));
    const QString dir = parser.value(QStringLiteral("data-dir"));
    if (!dir.isEmpty())
        return Database::pathInDirectory(dir);
    return CatalogLocation::fromEnvironment(QString(), Database::defaultPath());
}

QString catalogPassword(const QString& location)
{
    QString error;
    const auto where = CatalogLocation::parse(location, &error);
    if (!where || !where->isServer())
        return {};
    SecretStore secrets;
    std::optional<QString> password;
    waitFor([&](auto finish) {
        secrets.readNamed(SecretStore::passwordName(*where), &secrets, [&, finish](const std::optional<QString>& found, const QString&) {
            password = found;
            finish();
        });
    });
    return password.value_or(QString());
}

void addSelectionOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("provider"), Command::tr("Only products of this provider."), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("account"), Command::tr("Only products of this account."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("filter"), Command::tr("Only products matching this text."), QStringLiteral("TEXT") });
}

std::optional<ListFilter> selectionFilter(const QCommandLineParser& parser, const QList<Account>* accounts, QString* error)
{
    ListFilter filter;
    filter.text = parser.value(QStringLiteral("filter"));
    if (parser.isSet(QStringLiteral("provider"))) {
        filter.provider = providerFromKey(parser.value(QStringLiteral("provider")));
        if (!filter.provider) {
            *error = Command::tr("Unknown provider “%1”: %2.")
                         .arg(parser.value(QStringLiteral("provider")), providerKeyList(Command::tr(" or ")));
            return std::nullopt;
        }
    }
    if (accounts && parser.isSet(QStringLiteral("account"))) {
        const auto a = findAccount(*accounts, parser.value(QStringLiteral("account")));
        if (!a) {
            *error = Command::tr("No account named “%1”.").arg(parser.value(QStringLiteral("account")));
            return std::nullopt;
        }
        filter.accountId = a->id;
    }
    filter.sortColumn = ListFilter::Name;
    filter.sortOrder = Qt::AscendingOrder;
    return filter;
}

} // namespace cli

} // namespace pb

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace pb::cli {

namespace {
int g_stopPipe[2] = { -1, -1 };
volatile std::sig_atomic_t g_stopCount = 0;
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

extern "C" void onStopSignal(int signal)
{
    g_stopCount = g_stopCount + 1;
    if (g_stopCount > 1)
        _exit(128 + signal); // the second signal: at once
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_stopPipe[1], &byte, 1);
}
} // namespace

StopSignals::StopSignals(std::function<void(int signal)> onFirst)
    : m_onFirst(std::move(onFirst))
{
    if (g_stopPipe[0] < 0) {
        if (::pipe(g_stopPipe) != 0)
            return;
        for (int fd : g_stopPipe) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
    }
    g_stopCount = 0;
    m_notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [this] {
        unsigned char byte = 0;
        if (::read(g_stopPipe[0], &byte, 1) == 1 && m_onFirst)
            m_onFirst(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

StopSignals::~StopSignals()
{
    if (!m_notifier)
        return;
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
    delete m_notifier;
}

} // namespace pb::cli
