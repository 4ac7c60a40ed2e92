#pragma once
// One call to a provider: creating or updating a product (one or more requests in order), or
// reading a product or a list. Emits progress, stateChanged after every completed step (persist
// it: a retry with that state resumes there), and finished() exactly once, then deletes itself.
//   ProviderJob* job = service->createProduct(product, target, secret, savedState);
//   connect(job, &ProviderJob::stateChanged, store, &Store::saveSubmission);
//   connect(job, &ProviderJob::finished, this, &Editor::showResult);
//   job->start();

#include "DeliveryPolicy.h"
#include "services/providers/JobResult.h"
#include "services/providers/RequestSerializer.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace pb {

class RequestRunner;
struct HttpExchange;

class ProviderJob : public QObject
{
    Q_OBJECT

public:
    struct Step {
        ProviderRequest request;
        ResponseKind kind = ResponseKind::Product;
        bool isList = false;
    };

    ProviderJob(QNetworkAccessManager* network, const DeliveryPolicy& policy, const AccountTarget& target,
                const QString& secret, JobKind kind, QList<Step> steps, SubmissionState state,
                QString unknownAdvice, QObject* parent = nullptr);
    ~ProviderJob() override;

    void start();
    void cancel();
    JobKind kind() const { return m_kind; }
    // The requests this job sends, for "Show request"; the key shows as *** / $PRICEBOOK_API_KEY.
    QList<ProviderRequest> requests() const;
    QString curl() const;
    QString operationName() const;
    // A job refused before sending (invalid product, unsupported operation) finishes on start().
    void failBeforeStart(const JobResult& result);
    // Every completed step, not only those that make an object, is put in the state (and
    // stateChanged): for a change plan, whose resume skips each step done.
    void setRecordsEveryStep(bool on) { m_recordsEveryStep = on; }

Q_SIGNALS:
    void progress(int step, int steps, const QString& description);
    void retrying(int attempt, int delayMs);
    void stateChanged(const pb::SubmissionState& state);
    void finished(const pb::JobResult& result);

private:
    void runStep();
    void startStep();
    void onStepFinished(const HttpExchange& exchange);
    void complete(JobResult result);
    QString describeStep(const QString& step) const;

    QNetworkAccessManager* m_network;
    DeliveryPolicy m_policy;
    AccountTarget m_target;
    QString m_secret;
    JobKind m_kind;
    QList<Step> m_steps;
    SubmissionState m_state;
    QString m_unknownAdvice;
    int m_current = -1;
    int m_attempts = 0;
    int m_stepRepeats = 0; // unreadable answers to repeatable requests, sent again
    QPointer<RequestRunner> m_runner;
    std::optional<JobResult> m_presetFailure;
    JobResult m_result; // what earlier steps learned
    bool m_finished = false;
    bool m_recordsEveryStep = false;
};

namespace JobMessages {
// The layered message: transport, then HTTP status, then the provider's error body.
QString describe(Provider provider, const QString& operation, JobStatus status, const HttpExchange& exchange,
                 const ProviderError& error);
QString httpMeaning(int status);
}

} // namespace pb

