#pragma once
// Sends one ProviderRequest under the DeliveryPolicy: owns its QNetworkReply, enforces the
// transfer and total timeouts, retries where the policy allows (backoff with jitter, Retry-After),
// and emits finished() once with everything learned. Never blocks, never nests an event loop.
//   auto* runner = new RequestRunner(&nam, policy, this);
//   connect(runner, &RequestRunner::finished, this, [](const HttpExchange& x) { ... });
//   runner->start(request, target, secret);

#include "DeliveryPolicy.h"
#include "services/providers/RequestSerializer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace pb {

struct HttpExchange {
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;        // Qt's description of a transport error
    bool timedOut = false;
    bool cancelled = false;
    bool refused = false;     // not sent at all (destination not allowed)
    bool tooLarge = false;    // the answer exceeded the size Pricebook reads
    int attempts = 0;
    QList<int> waitsMs;       // the pause before each retry
    DeliveryPolicy::Decision decision = DeliveryPolicy::Decision::Fail;
};

class RequestRunner : public QObject
{
    Q_OBJECT

public:
    RequestRunner(QNetworkAccessManager* network, const DeliveryPolicy& policy, QObject* parent = nullptr);
    ~RequestRunner() override;

    void start(const ProviderRequest& request, const AccountTarget& target, const QString& secret);
    void cancel();
    bool isRunning() const { return m_running; }

    // Empty when Pricebook may send a key to this URL: https anywhere, http only on loopback.
    static QString destinationProblem(const QUrl& url);
    static constexpr qint64 kMaxAnswerBytes = 16 * 1024 * 1024;

Q_SIGNALS:
    void finished(const pb::HttpExchange& exchange);
    void retryScheduled(int attempt, int delayMs);

private:
    static QByteArray readAnswer(QNetworkReply* reply);
    void sendAttempt();
    void onReplyFinished();
    void onActivity();
    void onTimedOut();
    void finish();

    QNetworkAccessManager* m_network;
    DeliveryPolicy m_policy;
    QNetworkRequest m_networkRequest;
    QByteArray m_method;
    QByteArray m_body;
    bool m_repeatable = false;
    bool m_running = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_deadline;
    QTimer m_retryTimer;
    HttpExchange m_exchange;
    bool m_attemptTimedOut = false;
};

} // namespace pb
