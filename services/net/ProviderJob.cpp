#include "ProviderJob.h"

#include "RequestRunner.h"
#include "services/providers/Registry.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

namespace pb {


QString JobMessages::httpMeaning(int status)
{
    switch (status) {
    case 400: return ProviderJob::tr("the request was refused as invalid");
    case 401: return ProviderJob::tr("the API key was refused; check the account's key");
    case 402: return ProviderJob::tr("the request failed at the provider");
    case 403: return ProviderJob::tr("the API key is not allowed to do this");
    case 404: return ProviderJob::tr("it was not found");
    case 409: return ProviderJob::tr("it conflicts with an earlier request (an idempotency key was reused with different data)");
    case 422: return ProviderJob::tr("the provider could not process the data");
    case 429: return ProviderJob::tr("too many requests; the provider asked Pricebook to slow down");
    default: break;
    }
    if (status >= 500)
        return ProviderJob::tr("the provider had an internal error (HTTP %1)").arg(status);
    if (status >= 300 && status < 400)
        return ProviderJob::tr("the provider redirected the request (HTTP %1), which Pricebook does not follow").arg(status);
    return ProviderJob::tr("unexpected answer (HTTP %1)").arg(status);
}

QString JobMessages::describe(Provider provider, const QString& operation, JobStatus status, const HttpExchange& x,
                              const ProviderError& error)
{
    const QString name = providerDisplayName(provider);
    switch (status) {
    case JobStatus::Succeeded: return ProviderJob::tr("%1: “%2” succeeded.").arg(name, operation);
    case JobStatus::Cancelled: return ProviderJob::tr("%1: “%2” was cancelled.").arg(name, operation);
    case JobStatus::TimedOut: return ProviderJob::tr("%1 did not answer “%2” in time.").arg(name, operation);
    case JobStatus::NetworkFailure:
        if (x.refused)
            return ProviderJob::tr("%1: “%2” was not sent. %3").arg(name, operation, x.errorText);
        if (x.httpStatus == 429)
            return ProviderJob::tr("%1: “%2” was rate limited%3.").arg(name, operation, x.errorText.isEmpty() ? QString() : ProviderJob::tr(" and %1").arg(x.errorText));
        if (x.httpStatus >= 200 && x.httpStatus < 300)
            return ProviderJob::tr("%1 answered “%2” with something Pricebook could not read (%3).").arg(name, operation, error.message);
        return ProviderJob::tr("Could not reach %1 for “%2”: %3.").arg(name, operation, x.errorText);
    case JobStatus::OutcomeUnknown: {
        QString why;
        if (x.timedOut)
            why = ProviderJob::tr("no answer arrived in time");
        else if (x.cancelled)
            why = ProviderJob::tr("it was cancelled after the request was sent");
        else if (x.httpStatus >= 500)
            why = ProviderJob::tr("the provider's gateway answered HTTP %1").arg(x.httpStatus);
        else if (x.httpStatus >= 200 && x.httpStatus < 300)
            why = ProviderJob::tr("the provider accepted it but its answer could not be read (%1)").arg(error.message);
        else
            why = ProviderJob::tr("the connection failed after the request was sent (%1)").arg(x.errorText);
        return ProviderJob::tr("The outcome of “%2” on %1 is unknown: %3.").arg(name, operation, why);
    }
    case JobStatus::Rejected: {
        QString detail = error.message;
        if (detail.isEmpty() || error.malformed)
            detail = httpMeaning(x.httpStatus) + (error.malformed && !error.message.isEmpty() ? ProviderJob::tr(" (%1)").arg(error.message) : QString());
        else if (x.httpStatus == 401 || x.httpStatus == 403)
            detail = httpMeaning(x.httpStatus) + ProviderJob::tr(" (%1)").arg(detail);
        return ProviderJob::tr("%1 refused “%2”: %3").arg(name, operation, detail);
    }
    }
    return {};
}

namespace {
// An answer Pricebook stopped reading past its limit, whatever part of it had arrived.
QString tooLargeMessage()
{
    return ProviderJob::tr("The answer was too large to read (more than %1 MB).").arg(RequestRunner::kMaxAnswerBytes / (1024 * 1024));
}

// What a finished exchange's answer says.
ParsedResponse readAnswer(Provider provider, const ProviderJob::Step& step, const HttpExchange& x)
{
    if (x.tooLarge) {
        ParsedResponse r;
        r.error.httpStatus = x.httpStatus;
        r.error.malformed = true;
        r.error.message = tooLargeMessage();
        return r;
    }
    return ResponseParser::parse(provider, step.kind, x.httpStatus, x.body, step.request.step);
}
} // namespace

ProviderJob::ProviderJob(QNetworkAccessManager* network, const DeliveryPolicy& policy, const AccountTarget& target,
                         const QString& secret, JobKind kind, QList<Step> steps, SubmissionState state,
                         QString unknownAdvice, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_policy(policy)
    , m_target(target)
    , m_secret(secret)
    , m_kind(kind)
    , m_steps(std::move(steps))
    , m_state(std::move(state))
    , m_unknownAdvice(std::move(unknownAdvice))
{
    // Ids known from an earlier attempt fill the later steps now.
    for (auto it = m_state.completed.constBegin(); it != m_state.completed.constEnd(); ++it) {
        const QString placeholder = it.key() == u"product" ? QStringLiteral("{product.id}")
                                  : it.key() == u"price"   ? QStringLiteral("{price.id}")
                                                           : QString();
        if (!placeholder.isEmpty())
            for (Step& s : m_steps)
                s.request.bind(placeholder, it.value());
        for (Step& s : m_steps) // a change plan's later steps name the object an earlier one made
            s.request.bind(QStringLiteral("{%1.id}").arg(it.key()), it.value());
    }
}

ProviderJob::~ProviderJob()
{
    m_secret.fill(u'\0');
}

QString ProviderJob::operationName() const { return JobMessages::operationName(m_kind); }

QList<ProviderRequest> ProviderJob::requests() const
{
    QList<ProviderRequest> out;
    for (const Step& s : m_steps)
        out.append(s.request);
    return out;
}

QString ProviderJob::curl() const
{
    QStringList commands;
    for (const Step& s : m_steps)
        commands << RequestSerializer::renderCurl(s.request, m_target);
    return commands.join(QStringLiteral("\n\n"));
}

void ProviderJob::failBeforeStart(const JobResult& result) { m_presetFailure = result; }

void ProviderJob::start()
{
    if (m_presetFailure) {
        JobResult r = *m_presetFailure;
        QMetaObject::invokeMethod(this, [this, r] { complete(r); }, Qt::QueuedConnection);
        return;
    }
    m_current = -1;
    // Never finish inside start(): callers connect and then wait.
    QMetaObject::invokeMethod(this, &ProviderJob::runStep, Qt::QueuedConnection);
}

void ProviderJob::cancel()
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    if (!m_finished) {
        JobResult r;
        r.status = JobStatus::Cancelled;
        QMetaObject::invokeMethod(this, [this, r] { complete(r); }, Qt::QueuedConnection);
    }
}

QString ProviderJob::describeStep(const QString& step) const
{
    if (step == u"product")
        return tr("Creating the product");
    if (step == u"price")
        return tr("Creating the price");
    if (step == u"default_price")
        return tr("Making it the default price");
    if (step.startsWith(u"plan["))
        return tr("Creating plan %1").arg(step.mid(5).chopped(1).toInt() + 1);
    return operationName();
}

void ProviderJob::runStep()
{
    ++m_current;
    while (m_current < m_steps.size() && m_state.completed.contains(m_steps.at(m_current).request.step))
        ++m_current; // done in an earlier attempt: never sent twice
    if (m_current >= m_steps.size()) {
        JobResult r;
        r.status = JobStatus::Succeeded;
        complete(r);
        return;
    }
    m_stepRepeats = 0;
    startStep();
}

void ProviderJob::startStep()
{
    const Step& step = m_steps.at(m_current);
    Q_EMIT progress(m_current + 1, int(m_steps.size()), describeStep(step.request.step));
    delete m_runner;
    m_runner = new RequestRunner(m_network, m_policy, this);
    connect(m_runner, &RequestRunner::finished, this, &ProviderJob::onStepFinished);
    connect(m_runner, &RequestRunner::retryScheduled, this, &ProviderJob::retrying);
    m_runner->start(step.request, m_target, m_secret);
}

void ProviderJob::onStepFinished(const HttpExchange& x)
{
    const Step& step = m_steps.at(m_current);
    m_attempts += x.attempts;
    JobResult r;
    r.httpStatus = x.httpStatus;
    const Provider provider = m_target.provider;
    const bool createsObject = step.request.createsObject;

    if (x.cancelled) {
        r.status = JobStatus::Cancelled;
        // A create that left this machine may have happened all the same.
        if (createsObject && !DeliveryPolicy::isRepeatable(step.request.method, false) && x.attempts > 0) {
            m_state.pendingStep = step.request.step;
            r.advice = m_unknownAdvice;
        }
        r.message = JobMessages::describe(provider, operationName(), r.status, x, r.error);
        complete(r);
        return;
    }
    switch (x.decision) {
    case DeliveryPolicy::Decision::Done: {
        if (step.isList) {
            QString error;
            if (x.tooLarge)
                error = tooLargeMessage();
            else
                r.objects = ResponseParser::parseList(provider, x.body, &error, &r.more);
            if (!error.isEmpty()) {
                r.status = JobStatus::Rejected;
                r.error.malformed = true;
                r.error.message = error;
                r.message = JobMessages::describe(provider, operationName(), r.status, x, r.error);
                complete(r);
                return;
            }
            r.status = JobStatus::Succeeded;
            complete(r);
            return;
        }
        const ParsedResponse parsed = readAnswer(provider, step, x);
        if (!parsed.ok) {
            // The provider said yes but the answer is unreadable. A request that is safe to
            // repeat (an idempotency key, or not a create) is simply asked again, unless the
            // answer was too large: asked again, it would be too large again.
            bool keyed = false;
            for (const HttpHeader& h : step.request.headers)
                keyed = keyed || h.name == "Idempotency-Key";
            if (!x.tooLarge && DeliveryPolicy::isRepeatable(step.request.method, keyed)
                && m_stepRepeats + x.attempts < m_policy.maxAttempts) {
                m_stepRepeats += x.attempts;
                QTimer::singleShot(m_policy.backoffMs(m_stepRepeats, QRandomGenerator::global()->generate()), this, &ProviderJob::startStep);
                return;
            }
            r.error = parsed.error;
            // A create (keyed or not, its repeats are used up) may have happened: unknown.
            r.status = createsObject ? JobStatus::OutcomeUnknown : JobStatus::NetworkFailure;
            if (createsObject) {
                m_state.pendingStep = step.request.step;
                r.advice = m_unknownAdvice;
                Q_EMIT stateChanged(m_state);
            }
            r.message = JobMessages::describe(provider, operationName(), r.status, x, r.error);
            complete(r);
            return;
        }
        const QString& name = step.request.step;
        if (createsObject) {
            m_state.completed.insert(name, parsed.object.id);
            m_state.pendingStep.clear();
            const QString placeholder = name == u"product" ? QStringLiteral("{product.id}")
                                      : name == u"price"   ? QStringLiteral("{price.id}")
                                                           : QString();
            if (!placeholder.isEmpty())
                for (Step& later : m_steps)
                    later.request.bind(placeholder, parsed.object.id);
            for (Step& later : m_steps)
                later.request.bind(QStringLiteral("{%1.id}").arg(name), parsed.object.id);
            Q_EMIT stateChanged(m_state);
        } else if (m_kind == JobKind::CreateProduct || m_recordsEveryStep) {
            m_state.completed.insert(name, parsed.object.id);
            Q_EMIT stateChanged(m_state);
        }
        if (name == u"product" || m_kind != JobKind::CreateProduct)
            m_result.object = parsed.object;
        runStep();
        return;
    }
    case DeliveryPolicy::Decision::Unknown:
        if (!createsObject) {
            // Reads and updates are safe to send again: nothing can be duplicated.
            r.status = x.timedOut ? JobStatus::TimedOut : JobStatus::NetworkFailure;
            break;
        }
        r.status = JobStatus::OutcomeUnknown;
        m_state.pendingStep = step.request.step;
        r.advice = m_unknownAdvice;
        Q_EMIT stateChanged(m_state);
        break;
    case DeliveryPolicy::Decision::Fail:
    case DeliveryPolicy::Decision::Retry:
        if (x.httpStatus > 0 && x.httpStatus != 429) {
            r.status = JobStatus::Rejected;
            r.error = readAnswer(provider, step, x).error;
        } else if (x.timedOut) {
            r.status = JobStatus::TimedOut;
        } else {
            r.status = JobStatus::NetworkFailure;
        }
        break;
    }
    r.message = JobMessages::describe(provider, operationName(), r.status, x, r.error);
    complete(r);
}

void ProviderJob::complete(JobResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    // Everything a job reports is stored, logged or printed: none of it may carry the key.
    ResponseParser::redact(result.error, m_secret);
    result.message = ResponseParser::redact(result.message, m_secret);
    result.advice = ResponseParser::redact(result.advice, m_secret);
    result.operation = operationName();
    result.attempts = m_attempts;
    result.state = m_state;
    if (result.ok()) {
        result.object = m_result.object;
        if (result.object.id.isEmpty() && m_kind == JobKind::CreateProduct)
            result.object.id = m_state.completed.value(QStringLiteral("product")); // every step done earlier
        if (result.objects.isEmpty())
            result.objects = m_result.objects;
        if (result.message.isEmpty()) {
            HttpExchange none;
            result.message = JobMessages::describe(m_target.provider, operationName(), result.status, none, result.error);
        }
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace pb
