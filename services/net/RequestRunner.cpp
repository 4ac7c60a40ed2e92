#include "RequestRunner.h"

#include <QHostAddress>

namespace pb {

namespace {

// The body of one attempt, sent at most once. Qt re-sends a request on
// its own when a connection closes while it waits for the answer, if it can rewind the body;
// this device cannot be rewound, so Qt reports ContentReSendError instead of sending twice.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray& data, QObject* parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_offset >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_offset);
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

RequestRunner::RequestRunner(QNetworkAccessManager* network, const DeliveryPolicy& policy, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_policy(policy)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setTimerType(Qt::PreciseTimer);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a server's Retry-After is a minimum, not a hint
    connect(&m_idleTimer, &QTimer::timeout, this, &RequestRunner::onTimedOut);
    connect(&m_deadline, &QTimer::timeout, this, &RequestRunner::onTimedOut);
    connect(&m_retryTimer, &QTimer::timeout, this, &RequestRunner::sendAttempt);
}

RequestRunner::~RequestRunner()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString RequestRunner::destinationProblem(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a valid address.").arg(url.toDisplayString());
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http") {
        const QString host = url.host().toLower();
        const QHostAddress address(host);
        if (host == u"localhost" || address.isLoopback())
            return {};
        return tr("Pricebook sends keys only over https; %1 is http and not this computer.").arg(url.host());
    }
    return tr("“%1” is not an https address.").arg(url.toDisplayString());
}

void RequestRunner::start(const ProviderRequest& request, const AccountTarget& target, const QString& secret)
{
    m_exchange = {};
    m_running = true;
    const QUrl url(RequestSerializer::url(request, target));
    const QString problem = destinationProblem(url);
    if (!problem.isEmpty()) {
        m_exchange.refused = true;
        m_exchange.errorText = problem;
        m_exchange.decision = DeliveryPolicy::Decision::Fail;
        QMetaObject::invokeMethod(this, &RequestRunner::finish, Qt::QueuedConnection);
        return;
    }
    m_networkRequest = QNetworkRequest(url);
    bool hasKey = false;
    for (const HttpHeader& h : request.headers) {
        QString value = h.value;
        if (h.secret)
            value.replace(QStringLiteral("{secret}"), secret);
        m_networkRequest.setRawHeader(h.name, value.toUtf8());
        hasKey = hasKey || h.name == "Idempotency-Key";
    }
    if (request.encoding != BodyEncoding::None)
        m_networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType());
    m_networkRequest.setRawHeader("Accept", "application/json");
    m_networkRequest.setRawHeader("User-Agent", "Pricebook");
    // A redirect could carry the key elsewhere or repeat a POST: report it instead of following.
    m_networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_method = request.method.toLatin1();
    m_body = request.bodyBytes();
    m_repeatable = DeliveryPolicy::isRepeatable(request.method, hasKey);
    sendAttempt();
}

void RequestRunner::sendAttempt()
{
    ++m_exchange.attempts;
    m_attemptTimedOut = false;
    m_exchange.httpStatus = 0;
    m_exchange.body.clear();
    m_exchange.error = QNetworkReply::NoError;
    m_exchange.errorText.clear();
    m_exchange.tooLarge = false;
    // Every request with a body is sent once per attempt; repeating is the policy's decision alone.
    if (m_body.isEmpty()) {
        m_reply = m_network->sendCustomRequest(m_networkRequest, m_method, m_body);
    } else {
        QNetworkRequest once = m_networkRequest;
        once.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(m_body, this);
        m_reply = m_network->sendCustomRequest(once, m_method, body);
        connect(m_reply, &QObject::destroyed, body, &QObject::deleteLater);
    }
    connect(m_reply, &QNetworkReply::finished, this, &RequestRunner::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        onActivity();
        if (received > kMaxAnswerBytes && m_reply) {
            m_exchange.tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, &RequestRunner::onActivity);
    // TLS problems are reported as errors; they are never ignored.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors)
            texts << e.errorString();
        m_exchange.errorText = texts.join(QStringLiteral("; "));
    });
    m_idleTimer.start(m_policy.transferTimeoutMs);
    m_deadline.start(m_policy.totalTimeoutMs);
}

void RequestRunner::onActivity()
{
    if (m_reply && !m_attemptTimedOut)
        m_idleTimer.start(m_policy.transferTimeoutMs);
}

void RequestRunner::onTimedOut()
{
    if (!m_reply)
        return;
    m_attemptTimedOut = true;
    m_reply->abort();
}

void RequestRunner::cancel()
{
    if (!m_running)
        return;
    m_exchange.cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished
    } else {
        m_exchange.decision = DeliveryPolicy::Decision::Fail;
        finish();
    }
}

// What arrived, up to one byte past the limit, piece by piece until nothing more comes:
// bytesAvailable() is all of a plain answer but may be only a part of one Qt inflates as it is
// read, and read(kMaxAnswerBytes + 1) alone would allocate that much for every answer.
QByteArray RequestRunner::readAnswer(QNetworkReply* reply)
{
    QByteArray body;
    for (qint64 room = kMaxAnswerBytes + 1; room > 0; room = kMaxAnswerBytes + 1 - body.size()) {
        const QByteArray piece = reply->read(qMin(room, qMax<qint64>(reply->bytesAvailable(), 16 * 1024)));
        if (piece.isEmpty())
            break;
        body += piece;
    }
    return body;
}

void RequestRunner::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_idleTimer.stop();
    m_deadline.stop();
    m_exchange.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchange.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_exchange.error = reply->error();
    if (m_exchange.error != QNetworkReply::NoError && m_exchange.errorText.isEmpty())
        m_exchange.errorText = reply->errorString();
    // An aborted reply (timeout, cancel, too large) is closed: there is nothing left to read.
    m_exchange.body = reply->isOpen() ? readAnswer(reply) : QByteArray();
    if (m_exchange.body.size() > kMaxAnswerBytes)
        m_exchange.tooLarge = true;
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;

    if (m_exchange.cancelled) {
        m_exchange.decision = DeliveryPolicy::Decision::Fail;
        finish();
        return;
    }
    m_exchange.timedOut = m_attemptTimedOut;
    if (m_exchange.tooLarge && m_exchange.httpStatus == 0)
        m_exchange.httpStatus = 200; // aborted by us while a (too large) answer was arriving
    const bool providerBody = m_exchange.body.trimmed().startsWith('{');
    // Qt reports HTTP error statuses as errors too (404 as ContentNotFoundError): those are
    // answers. Connection-level errors (1-199, a failed re-send, a broken response) mean the
    // answer did not arrive whole, even when its status line did.
    const int code = int(m_exchange.error);
    const bool brokenTransport = (code >= 1 && code <= 199) || m_exchange.error == QNetworkReply::ContentReSendError
        || m_exchange.error == QNetworkReply::ProtocolFailure;
    QNetworkReply::NetworkError transport = QNetworkReply::NoError;
    if (brokenTransport && !m_exchange.tooLarge) {
        transport = m_exchange.error;
        m_exchange.httpStatus = 0;
    }
    m_exchange.decision = m_policy.decide(m_exchange.attempts, m_repeatable, m_exchange.httpStatus, transport,
                                          m_exchange.timedOut, providerBody);
    if (m_exchange.decision == DeliveryPolicy::Decision::Retry) {
        int delay = m_policy.backoffMs(m_exchange.attempts, QRandomGenerator::global()->generate());
        if (m_exchange.httpStatus == 429) {
            const int after = DeliveryPolicy::retryAfterMs(retryAfter);
            if (after > m_policy.maxRetryAfterMs) {
                m_exchange.decision = DeliveryPolicy::Decision::Fail;
                m_exchange.errorText = tr("asked to wait %1 s before trying again").arg(after / 1000);
                finish();
                return;
            }
            delay = qMax(delay, after);
        }
        m_exchange.waitsMs.append(delay);
        Q_EMIT retryScheduled(m_exchange.attempts + 1, delay);
        m_retryTimer.start(delay);
        return;
    }
    finish();
}

void RequestRunner::finish()
{
    m_running = false;
    Q_EMIT finished(m_exchange);
}

} // namespace pb
