#include "ValidateCommand.h"

#include "models/PricingSummary.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pb {

using namespace cli;

int ValidateCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    addProviderOption(parser);
    std::optional<Provider> provider;
    const int early = parseCommand(parser, arguments,
                                   tr("Usage: pricebook-cli validate --provider P [--json] FILE"), &provider);
    if (early >= 0)
        return early;
    const bool json = parser.isSet(QStringLiteral("json"));
    const Loaded loaded = load(parser.positionalArguments().first());
    if (loaded.exitCode != Ok) {
        m_err << loaded.problem << u'\n';
        return loaded.exitCode;
    }
    const ProviderSchema& schema = schemaOf(*provider);
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

} // namespace pb
