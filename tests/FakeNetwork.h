#pragma once
// A QNetworkAccessManager that answers from a queue instead of the network, and records every
// request it was given. Unit tests of jobs use it; integration tests use a real server.
//   FakeNetwork nam;
//   nam.enqueue(FakeResponse::json(201, R"({"id":"prod_1"})"));
//   nam.onRequest = [](const RecordedRequest& r) -> std::optional<FakeResponse> { ... }; // override hook

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQueue>
#include <QTimer>
#include <functional>
#include <optional>

namespace pbtest {

struct FakeResponse {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // a transport error instead of an answer
    bool hang = false; // never answers (for timeouts and cancels)
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray& body)
    {
        return { status, body, { { "Content-Type", "application/json" } }, QNetworkReply::NoError, false, 0 };
    }
    static FakeResponse transport(QNetworkReply::NetworkError error) { return { 0, {}, {}, error, false, 0 }; }
    static FakeResponse never() { return { 0, {}, {}, QNetworkReply::NoError, true, 0 }; }
};

struct RecordedRequest {
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [n, v] : headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op, const QByteArray& verb,
              const FakeResponse& response, QObject* parent)
        : QNetworkReply(parent)
        , m_response(response)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        if (!verb.isEmpty())
            setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly);
        if (!response.hang)
            QTimer::singleShot(response.delayMs, this, &FakeReply::deliver);
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_offset);
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void deliver()
    {
        if (isFinished())
            return;
        if (m_response.error != NoError) {
            setError(m_response.error, QStringLiteral("fake transport error %1").arg(int(m_response.error)));
            setFinished(true);
            Q_EMIT errorOccurred(m_response.error);
            Q_EMIT finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto& [name, value] : m_response.headers) {
            setRawHeader(name, value);
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                setHeader(QNetworkRequest::ContentTypeHeader, value);
        }
        m_data = m_response.body;
        Q_EMIT metaDataChanged();
        Q_EMIT downloadProgress(m_data.size(), m_data.size());
        if (m_response.status >= 400) {
            const NetworkError e = m_response.status >= 500 ? InternalServerError
                                 : m_response.status == 404 ? ContentNotFoundError
                                 : m_response.status == 401 ? AuthenticationRequiredError
                                                            : ProtocolInvalidOperationError;
            setError(e, QStringLiteral("HTTP %1").arg(m_response.status));
            Q_EMIT errorOccurred(e);
        }
        Q_EMIT readyRead();
        setFinished(true);
        Q_EMIT finished();
    }

    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_offset = 0;
};

class FakeNetwork : public QNetworkAccessManager
{
public:
    QList<RecordedRequest> requests;
    QQueue<FakeResponse> queue;
    std::function<std::optional<FakeResponse>(const RecordedRequest&)> onRequest;

    void enqueue(const FakeResponse& r) { queue.enqueue(r); }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoing) override
    {
        RecordedRequest rec;
        rec.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (rec.method.isEmpty())
            rec.method = op == GetOperation ? "GET" : op == PostOperation ? "POST" : op == PutOperation ? "PUT" : op == DeleteOperation ? "DELETE" : "HEAD";
        rec.url = request.url();
        for (const QByteArray& name : request.rawHeaderList())
            rec.headers.append({ name, request.rawHeader(name) });
        if (outgoing)
            rec.body = outgoing->readAll();
        requests.append(rec);
        std::optional<FakeResponse> response;
        if (onRequest)
            response = onRequest(rec);
        if (!response)
            response = queue.isEmpty() ? FakeResponse::transport(QNetworkReply::ConnectionRefusedError) : queue.dequeue();
        return new FakeReply(request, op, rec.method, *response, this);
    }
};

} // namespace pbtest
