#include "PreviewCommand.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pb {

using namespace cli;

namespace {

// A value on one line: line breaks and other control characters shown as escapes, so that no
// value can end a "#" comment of the printed script and start a command.
QString oneLine(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

int PreviewCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    addProviderOption(parser);
    addAccountOptions(parser);
    parser.addOption({ QStringLiteral("idempotency-key"), tr("The submission's idempotency key, for providers that take one."), QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("curl"), tr("Print curl commands (the key is read from $PRICEBOOK_API_KEY).") });
    std::optional<Provider> provider;
    bool update = false;
    const int early = parseSending(parser, arguments, tr("Usage: pricebook-cli preview --provider P [--operation create|update] FILE"),
                                   &provider, &update);
    if (early >= 0)
        return early;
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
            m_out << (curl ? QStringLiteral("# ") : QString()) << oneLine(tr("%1: %2").arg(e.where, e.message)) << u'\n';
    QJsonArray products;
    for (int i = 0; i < loaded.document.products.size(); ++i) {
        const Product& p = loaded.document.products.at(i);
        const RequestPlan plan = RequestSerializer::build(p, target, options);
        const bool valid = plan.validation.isValid() && productErrors(loaded.document, i).isEmpty();
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
        m_out << QStringLiteral("# ") << oneLine(productTitle(p, i)) << u'\n';
        for (const FieldMessage& m : plan.validation.messages)
            m_out << QStringLiteral("#   ") << oneLine(QStringLiteral("%1%2: %3").arg(m.warning ? tr("warning: ") : QString(), m.location(), m.message)) << u'\n';
        for (int s = 0; s < plan.steps.size(); ++s) {
            const ProviderRequest& r = plan.steps.at(s);
            m_out << QStringLiteral("# ") << oneLine(tr("step %1 of %2: %3").arg(s + 1).arg(plan.steps.size()).arg(r.step)) << u'\n';
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
