#include "SandboxCommand.h"

#include "services/sandbox/SandboxServer.h"

#include <QJsonDocument>

namespace pb {

using namespace cli;

int SandboxCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("port"), tr("Port on 127.0.0.1 (default: any free port)."), QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("rate-limit"), tr("Requests per second per provider (default: none)."), QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("faults"), tr("Faults as JSON, e.g. {\"drop_after\":0.1,\"latency_ms\":200}."), QStringLiteral("JSON") });
    parser.addOption({ QStringLiteral("state"), tr("Keep what is created in this file, so that it is still there after a restart "
                                                   "(default: in memory only)."), QStringLiteral("FILE") });
    if (const int early = parseOptions(parser, arguments); early >= 0)
        return early;
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
    if (parser.isSet(QStringLiteral("state"))) {
        const QString problem = server.setStateFile(parser.value(QStringLiteral("state")));
        if (!problem.isEmpty())
            m_err << problem << '\n';
    }
    QObject::connect(&server, &SandboxServer::stateSaveFailed, &server, [this](const QString& message) {
        m_err << message << '\n';
        m_err.flush();
    });
    if (!server.listen(quint16(port))) {
        m_err << tr("Cannot listen on 127.0.0.1:%1: %2\n").arg(port).arg(server.errorString());
        return NetworkFailure;
    }
    QStringList names;
    for (const Provider& p : allProviders())
        names << providerDisplayName(p);
    m_out << tr("Sandbox listening on %1 (%2). Stop it with Ctrl+C.\n").arg(server.baseUrl(), names.join(QStringLiteral(", ")));
    m_out.flush();
    QObject::connect(&server, &SandboxServer::requestHandled, &server, [this](const QString& method, const QString& path, int status) {
        m_err << QStringLiteral("%1 %2 -> %3\n").arg(method, path).arg(status);
        m_err.flush();
    });
    // Ctrl+C or SIGTERM: what was created is written to the state file before the process ends.
    const StopSignals stop([&server](int signal) {
        server.saveState();
        QCoreApplication::exit(128 + signal);
    });
    return QCoreApplication::exec();
}

} // namespace pb
