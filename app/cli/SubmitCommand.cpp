#include "SubmitCommand.h"

#include "services/net/ProviderService.h"
#include "services/sync/SyncEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

namespace pb {

using namespace cli;

namespace {

constexpr int kStopGraceMs = 10000; // how long a stop waits for the answer in flight

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
            *error = Command::tr("not a Pricebook state file (%1)").arg(parseError.errorString());
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

int SubmitCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    addProviderOption(parser);
    addAccountOptions(parser);
    parser.addOption({ QStringLiteral("state"), tr("Keep each product's progress in this file and resume from it."), QStringLiteral("FILE") });
    std::optional<Provider> provider;
    const int early = parseCommand(parser, arguments,
                                   tr("Usage: pricebook-cli submit --provider P [--base-url URL] [--operation create|update --remote-id ID] FILE"),
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
        const auto rank = [](int c) { return c == Partial ? 5 : c == NetworkFailure ? 4 : c == Rejected ? 3 : c == Invalid ? 2 : 0; };
        if (rank(code) > rank(worst))
            worst = code;
    };
    QJsonArray results;
    int stopSignal = 0;
    QPointer<ProviderJob> running;
    QTimer deadline; // after a stop: how long the request in flight may still take
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &deadline, [&running] {
        if (running)
            running->cancel();
    });
    const StopSignals stop([&](int signal) {
        stopSignal = signal;
        m_err << tr("Stopping: no new requests; waiting up to %1 s for the one in flight. Press Ctrl-C again to stop at once.\n")
                     .arg(kStopGraceMs / 1000);
        m_err.flush();
        deadline.start(kStopGraceMs);
    });
    for (int i = 0; i < loaded.document.products.size(); ++i) {
        const Product& product = loaded.document.products.at(i);
        if (stopSignal != 0) {
            if (json)
                results.append(QJsonObject { { QStringLiteral("index"), i },
                                             { QStringLiteral("name"), product.name },
                                             { QStringLiteral("status"), QStringLiteral("not_sent") },
                                             { QStringLiteral("message"), tr("Not sent: stopped by a signal.") } });
            else
                m_out << productTitle(product, i) << QStringLiteral(": ") << tr("not sent: stopped by a signal") << u'\n';
            continue;
        }
        if (update) {
            // Only what the provider's update of a product expresses is sent this way.
            const QString refusal = SyncEngine::updateRefusal(product, *provider);
            if (!refusal.isEmpty()) {
                escalate(Invalid);
                if (json)
                    results.append(QJsonObject { { QStringLiteral("index"), i },
                                                 { QStringLiteral("name"), product.name },
                                                 { QStringLiteral("status"), jobStatusKey(JobStatus::Rejected) },
                                                 { QStringLiteral("message"), refusal } });
                else
                    m_out << productTitle(product, i) << QStringLiteral(": ") << refusal << u'\n';
                continue;
            }
        }
        ProviderJob* job = SyncEngine::makeJob(*service, product, target, secret, update, parser.value(QStringLiteral("remote-id")),
                                               stateFile.state(i));
        QString currentStep; // the step last started: the one that failed, if the job fails
        QObject::connect(job, &ProviderJob::progress, job, [this, i, &currentStep](int step, int steps, const QString& what) {
            currentStep = what;
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
        running = job;
        job->start();
        loop.exec();

        const bool invalidBeforeSending = result.status == JobStatus::Rejected && result.httpStatus == 0 && result.attempts == 0;
        // A later step (a price, a plan) failed after earlier ones created objects: partly done.
        const bool partial = !result.ok() && !result.state.completed.isEmpty();
        if (partial)
            escalate(Partial);
        else
            switch (result.status) {
            case JobStatus::Succeeded: break;
            case JobStatus::Rejected: escalate(invalidBeforeSending ? Invalid : Rejected); break;
            default: escalate(NetworkFailure); break;
            }
        QList<FieldMessage> fields = result.error.fieldErrors;
        QJsonObject createdJson;
        QStringList createdText;
        for (auto it = result.state.completed.cbegin(); it != result.state.completed.cend(); ++it) {
            createdJson.insert(it.key(), it.value());
            createdText << tr("%1 %2").arg(it.key(), it.value());
        }
        const QString remoteId = result.ok() ? result.object.id : result.state.completed.value(QStringLiteral("product"));
        QString resume;
        if (partial) {
            const QString statePath = parser.value(QStringLiteral("state"));
            if (!statePath.isEmpty())
                resume = tr("To finish it, run the same command again with --state %1: it resumes at the failed step and creates nothing twice.")
                             .arg(statePath);
            else
                resume = tr("To finish it, save {\"%1\": %2} as a file and run the same command again with --state FILE: it resumes at the "
                            "failed step. Run without it, the command creates a second product.")
                             .arg(QString::number(i),
                                  QString::fromUtf8(QJsonDocument(result.state.toJson()).toJson(QJsonDocument::Compact)));
        }
        if (json) {
            if (partial) {
                results.append(QJsonObject { { QStringLiteral("index"), i },
                                             { QStringLiteral("name"), product.name },
                                             { QStringLiteral("status"), QStringLiteral("partial") },
                                             { QStringLiteral("stepStatus"), jobStatusKey(result.status) },
                                             { QStringLiteral("failedStep"), currentStep },
                                             { QStringLiteral("created"), createdJson },
                                             { QStringLiteral("remoteId"), remoteId },
                                             { QStringLiteral("httpStatus"), result.httpStatus },
                                             { QStringLiteral("attempts"), result.attempts },
                                             { QStringLiteral("message"),
                                               QString(result.message).replace(tr("“%1”").arg(result.operation), tr("“%1”").arg(currentStep)) },
                                             { QStringLiteral("advice"), result.advice },
                                             { QStringLiteral("resume"), resume },
                                             { QStringLiteral("fieldErrors"), messagesJson(fields) },
                                             { QStringLiteral("state"), result.state.toJson() } });
                continue;
            }
            results.append(QJsonObject { { QStringLiteral("index"), i },
                                         { QStringLiteral("name"), product.name },
                                         { QStringLiteral("status"), jobStatusKey(result.status) },
                                         { QStringLiteral("remoteId"), remoteId },
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
        else if (partial)
            m_out << tr("partly done — the step “%1” failed after %2 was created: %3")
                         .arg(currentStep, createdText.join(QStringLiteral(", ")),
                              QString(result.message).replace(tr("“%1”").arg(result.operation), tr("“%1”").arg(currentStep)))
                  << u'\n';
        else
            m_out << result.message << u'\n';
        for (const FieldMessage& m : fields)
            m_out << QStringLiteral("    %1: %2\n").arg(m.location(), m.message);
        if (!result.advice.isEmpty())
            m_out << QStringLiteral("    ") << result.advice << u'\n';
        if (!resume.isEmpty())
            m_out << QStringLiteral("    ") << resume << u'\n';
    }
    if (json)
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("provider"), providerKey(*provider) }, { QStringLiteral("results"), results } })
                     .toJson(QJsonDocument::Indented);
    m_out.flush();
    if (stopSignal != 0) {
        m_err << tr("Stopped by a signal: run the same command again (with --state FILE) to send the rest.\n");
        return 128 + stopSignal;
    }
    return worst;
}

} // namespace pb
