#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for integration tests, with faults on command: a handler
// decides, per request, to answer, drop the connection before or after answering, stop halfway,
// hang, or drip the answer slowly. Every request is recorded with the time it arrived.

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace pbtest {

struct ServerRequest {
    QByteArray method;
    QByteArray path; // with the query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    qint64 atMs = 0;
};

struct ServerAction {
    enum Kind { Respond, DropBeforeResponse, DropAfterResponse, DropMidResponse, Hang, Drip };
    Kind kind = Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    int dripIntervalMs = 50;

    static ServerAction json(int status, const QByteArray& body) { return { Respond, status, body, {}, 0, 50 }; }
    static ServerAction of(Kind kind, int status = 200, const QByteArray& body = "{}") { return { kind, status, body, {}, 0, 50 }; }
};

class TestHttpServer : public QObject
{
public:
    std::function<ServerAction(const ServerRequest&)> handler;
    QList<ServerRequest> requests;
    QByteArray rawBytes; // everything received, to check what travelled in clear text

    TestHttpServer()
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                m_buffers.insert(s, {});
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    m_buffers.remove(s);
                    s->deleteLater();
                });
            }
        });
    }

    ~TestHttpServer() override
    {
        const QList<QTcpSocket*> sockets = m_buffers.keys();
        for (QTcpSocket* s : sockets) {
            s->disconnect(this);
            s->abort();
        }
        m_buffers.clear();
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    qint64 now() const { return m_clock.elapsed(); }

private:
    void onData(QTcpSocket* s)
    {
        const QByteArray chunk = s->readAll();
        rawBytes += chunk;
        QByteArray& buffer = m_buffers[s];
        buffer += chunk;
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            ServerRequest r;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            r.atMs = now();
            requests.append(r);
            const ServerAction a = handler ? handler(requests.last()) : ServerAction::json(404, "{}");
            if (a.delayMs > 0)
                QTimer::singleShot(a.delayMs, s, [this, s, a] { act(s, a); });
            else
                act(s, a);
        }
    }

    static QByteArray head(const ServerAction& a)
    {
        QByteArray h = "HTTP/1.1 " + QByteArray::number(a.status) + " Status\r\nContent-Type: application/json\r\n";
        for (const auto& [name, value] : a.headers)
            h += name + ": " + value + "\r\n";
        h += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
        return h;
    }

    void act(QTcpSocket* s, const ServerAction& a)
    {
        switch (a.kind) {
        case ServerAction::Respond: s->write(head(a) + a.body); break;
        case ServerAction::DropBeforeResponse: s->abort(); break;
        case ServerAction::DropAfterResponse:
            s->write(head(a) + a.body);
            s->flush();
            s->disconnectFromHost();
            break;
        case ServerAction::DropMidResponse:
            s->write(head(a) + a.body.left(a.body.size() / 2));
            s->flush();
            s->abort();
            break;
        case ServerAction::Hang: break;
        case ServerAction::Drip: {
            s->write(head(a));
            QPointer<QTcpSocket> socket(s);
            auto* timer = new QTimer(s);
            auto sent = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, s, [socket, timer, sent, body = a.body] {
                if (!socket || *sent >= body.size()) {
                    timer->stop();
                    return;
                }
                socket->write(body.mid((*sent)++, 1));
            });
            timer->start(a.dripIntervalMs);
            break;
        }
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};

} // namespace pbtest
