#pragma once
// Reads what a provider answered: the remote object on success, or the provider's error with
// messages keyed to Pricebook's fields. Never trusts the body: malformed, mistyped or huge
// answers become a clear ProviderError, never a crash.
//   ParsedResponse r = ResponseParser::parse(Provider::Stripe, 400, body);
//   if (!r.ok) for (auto& m : r.error.fieldErrors) form.showError(m.location(), m.message);

#include "models/ProviderSchema.h"
#include "models/Validator.h"

#include <QDateTime>

namespace pb {

struct RemoteObject {
    QString id;
    QString name;
    QString status;
    QDateTime created;
    QDateTime updated;
    QString defaultPriceId; // Stripe
};

struct ProviderError {
    int httpStatus = 0;
    QString code;       // the provider's code or type, when it gives one
    QString message;    // the provider's own words (bounded in length)
    QString param;      // the provider's name for the offending field, when it gives one
    QList<FieldMessage> fieldErrors; // mapped to schema keys
    bool malformed = false; // the body could not be read as the provider's error format
};

struct ParsedResponse {
    bool ok = false;
    RemoteObject object;
    ProviderError error;
};

enum class ResponseKind { Product, Price, Plan, ProductUpdate };

namespace ResponseParser {
constexpr qsizetype kMaxBodyBytes = 2 * 1024 * 1024;

// step: the request's step ("product", "plan[1]", ...), so errors land on the right price.
ParsedResponse parse(Provider provider, ResponseKind kind, int httpStatus, const QByteArray& body,
                     const QString& step = QStringLiteral("product"));
// Lists: Stripe {"data": [...]}; Piriod {"results": [...]}.
QList<RemoteObject> parseList(Provider provider, const QByteArray& body, QString* error = nullptr);
}

} // namespace pb
