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
    // One verdict: a product the file describes wrongly is not valid, whatever the rules say.
    if (!json) {
        for (const DocumentError& e : loaded.document.errors)
            if (namesNoProduct(e) || loaded.document.products.isEmpty())
                m_out << tr("%1: %2\n").arg(e.where, e.message);
    }
    for (int i = 0; i < loaded.document.products.size(); ++i) {
        const Product& p = loaded.document.products.at(i);
        const QList<DocumentError> fileErrors = productErrors(loaded.document, i);
        ValidationResult r = Validator::validate(schema, p);
        r.messages = besides(r.messages, fileErrors, i);
        const bool valid = r.isValid() && fileErrors.isEmpty();
        allValid = allValid && valid;
        if (json) {
            QJsonArray messages = documentErrorsJson(fileErrors);
            for (QJsonValueRef m : messages)
                m = QJsonObject { { QStringLiteral("field"), m.toObject().value(u"field") }, { QStringLiteral("message"), m.toObject().value(u"message") },
                                  { QStringLiteral("severity"), QStringLiteral("error") } };
            for (const QJsonValue& m : messagesJson(r.messages))
                messages.append(m);
            products.append(QJsonObject { { QStringLiteral("index"), i },
                                          { QStringLiteral("name"), p.name },
                                          { QStringLiteral("valid"), valid },
                                          { QStringLiteral("summary"), PricingSummary::describe(p) },
                                          { QStringLiteral("messages"), messages } });
            continue;
        }
        m_out << productTitle(p, i) << QStringLiteral(" — ")
              << (valid ? tr("valid for %1").arg(providerDisplayName(*provider))
                        : tr("not valid for %1").arg(providerDisplayName(*provider)))
              << u'\n';
        m_out << QStringLiteral("    ") << PricingSummary::describe(p) << u'\n';
        for (const DocumentError& e : fileErrors)
            if (!namesNoProduct(e))
                m_out << QStringLiteral("    %1: %2\n").arg(e.where, e.message);
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
