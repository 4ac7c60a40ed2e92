#include "DeliveryPolicy.h"

#include <QLocale>

namespace pb {

bool DeliveryPolicy::isRepeatable(const QString& method, bool hasIdempotencyKey)
{
    return method == u"GET" || method == u"PUT" || method == u"PATCH" || method == u"DELETE" || method == u"HEAD"
        || (method == u"POST" && hasIdempotencyKey);
}

bool DeliveryPolicy::neverLeft(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

DeliveryPolicy::Decision DeliveryPolicy::decide(int attempt, bool repeatable, int httpStatus,
                                                QNetworkReply::NetworkError error, bool timedOut,
                                                bool providerBody) const
{
    const bool attemptsLeft = attempt < maxAttempts;
    if (httpStatus >= 200 && httpStatus < 300 && !timedOut)
        return Decision::Done;
    if (httpStatus == 0 || timedOut) {
        // No HTTP answer: transport failure or timeout.
        if (neverLeft(error) && !timedOut)
            return attemptsLeft ? Decision::Retry : Decision::Fail;
        if (error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::UnknownNetworkError
            || error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::InsecureRedirectError)
            return Decision::Fail; // TLS and configuration errors do not heal by retrying
        if (!repeatable)
            return Decision::Unknown;
        return attemptsLeft ? Decision::Retry : Decision::Unknown;
    }
    if (httpStatus == 429)
        return attemptsLeft ? Decision::Retry : Decision::Fail;
    if (httpStatus >= 500) {
        const bool gateway = httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
        if (!repeatable)
            return gateway && !providerBody ? Decision::Unknown : Decision::Fail;
        if (attemptsLeft)
            return Decision::Retry;
        return gateway && !providerBody ? Decision::Unknown : Decision::Fail;
    }
    return Decision::Fail;
}

int DeliveryPolicy::backoffMs(int attempt, quint32 random) const
{
    qint64 delay = baseDelayMs;
    for (int i = 1; i < attempt && delay < maxDelayMs; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, maxDelayMs);
    const qint64 jitter = delay / 2 > 0 ? qint64(random % quint32(delay / 2 + 1)) : 0;
    return int(qMin<qint64>(delay + jitter, maxDelayMs));
}

int DeliveryPolicy::retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 86400) * 1000);
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(qBound(qint64(0), now.msecsTo(when), qint64(86400) * 1000));
}

} // namespace pb
