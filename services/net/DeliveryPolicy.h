#pragma once
// How every request is delivered: timeouts, which failures are retried, and how long to wait.
// One place, read by RequestRunner; tests shorten the delays. A POST is repeatable only with an
// Idempotency-Key, which the serializer adds for providers whose adapter says
// repeatsCreatesSafely().
//   DeliveryPolicy policy;
//   const bool repeatable = DeliveryPolicy::isRepeatable(request.method, hasKey);
//   switch (policy.decide(attempt, repeatable, status, error, timedOut, providerBody)) { ... }
//
// | situation                                   | GET/PUT/PATCH, POST with a key | POST without a key (creates) |
// |---------------------------------------------|--------------------------------|------------------------------|
// | connection refused / host not found         | retry                          | retry (the request never left) |
// | timeout, connection dropped after sending   | retry                          | outcome unknown, never retried |
// | 429                                         | retry after Retry-After        | retry after Retry-After (refused before handling) |
// | 502, 503, 504 without the provider's body   | retry                          | outcome unknown              |
// | other 5xx                                   | retry                          | failed (the provider's answer) |
// | other 4xx                                   | failed                         | failed                       |

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

namespace pb {

struct DeliveryPolicy {
    int transferTimeoutMs = 30000;  // no bytes moving for this long: timed out
    int totalTimeoutMs = 120000;    // one attempt may take at most this long
    int maxAttempts = 4;            // first try plus three retries
    int baseDelayMs = 500;          // backoff: base * 2^(attempt-1), plus up to 50 % jitter
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 60000;    // a longer Retry-After is reported instead of waited for

    enum class Decision { Done, Retry, Fail, Unknown };

    // Whether a request can be repeated without the risk of a second object.
    static bool isRepeatable(const QString& method, bool hasIdempotencyKey);
    // What to do after an attempt. `sent` is false when the error proves nothing left this machine.
    Decision decide(int attempt, bool repeatable, int httpStatus, QNetworkReply::NetworkError error, bool timedOut,
                    bool providerBody) const;
    int backoffMs(int attempt, quint32 random) const;
    // Retry-After as seconds or an HTTP date; -1 when absent or unreadable.
    static int retryAfterMs(const QByteArray& value, const QDateTime& now = QDateTime::currentDateTimeUtc());
    static bool neverLeft(QNetworkReply::NetworkError error);
};

} // namespace pb
