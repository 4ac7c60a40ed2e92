#include "AccountsCommand.h"

#include "services/storage/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pb {

using namespace cli;

int AccountsCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add or remove"));
    addDataDirOption(parser);
    parser.addOption({ QStringLiteral("provider"), tr("%1.").arg(providerKeyList(tr(" or "))), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("name"), tr("The account's name."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("base-url"), tr("Base URL."), QStringLiteral("URL") });
    addSettingOptions(parser);
    parser.addOption({ QStringLiteral("key-env"), tr("Environment variable holding the key."), QStringLiteral("VAR") });
    parser.addOption({ QStringLiteral("key-stdin"), tr("Read the key from standard input into the keychain.") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable output.") });
    if (answerHelp(parser, arguments))
        return Ok;
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
        readSettingOptions(parser, a.target);
        a.keyEnvVar = parser.value(QStringLiteral("key-env"));
        // The same rules as the accounts dialog: the provider's adapter says what an account needs.
        if (const QStringList problems = adapterFor(a.target.provider).accountProblems(a.target); !problems.isEmpty()) {
            m_err << problems.join(u' ') << u'\n';
            return Usage;
        }
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

} // namespace pb
