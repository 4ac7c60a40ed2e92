#pragma once
// Reads what a provider answered: the remote object on success, or the provider's error with
// messages keyed to Pricebook's fields. Never trusts the body: malformed, mistyped or huge
// answers become a clear ProviderError, never a crash. The provider's own formats are read by
// its adapter (ProviderAdapter::readObject, readError); the helpers below are shared by them.
//   ParsedResponse r = ResponseParser::parse(target.provider, ResponseKind::Product, 400, body, QStringLiteral("product"));
//   if (!r.ok) for (const FieldMessage& m : r.error.fieldErrors) form->showError(m.location(), m.message);

#include "WireValue.h"
#include "models/ProviderSchema.h"
#include "models/Validator.h"

#include <QDateTime>
#include <QJsonObject>

namespace pb {

class ProviderAdapter;

struct RemoteObject {
    QString id;
    QString name;
    QString status;
    QDateTime created;
    QDateTime updated;
    QString defaultPriceId; // for providers whose products name a default price
    QJsonObject raw;        // the object as the provider answered it (reads and lists)
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
// Lists: {"<ProviderAdapter::listMember()>": [...]}.
QList<RemoteObject> parseList(Provider provider, const QByteArray& body, QString* error = nullptr,
                              bool* more = nullptr);

// A provider's words without secrets, before anything stores, logs or prints them: the account's
// own key (ownKey, when given) wherever it appears, and whatever is shaped like a key
// (sk_/rk_/pk_ + live/test, a bearer token). parse() applies the shapes; the job that knows the
// key applies it to everything it reports.
QString redact(const QString& text, const QString& ownKey = {});
void redact(ProviderError& error, const QString& ownKey = {});

// Helpers for the adapters.
QString bounded(const QString& s);          // at most 500 characters
QString textOf(const WireValue* v);         // a scalar's text, or ""
QString stringOf(const WireValue* v);       // a string's text, or ""
QDateTime fromUnix(const WireValue* v);
QDateTime fromIso(const WireValue* v);
// {"id", "name", "status", <created>, <updated>} with ISO dates, as many providers answer.
RemoteObject plainObject(const WireValue& node, const QString& createdMember, const QString& updatedMember);
// The schema field whose wire path is the longest prefix of the dotted path.
const FieldSpec* fieldForWire(const QList<FieldSpec>& fields, const QString& dotted);
// "default_price_data[recurring][interval]" -> "default_price_data.recurring.interval"
QString dottedParam(const QString& param);
// A field-keyed map of message lists ({"field": ["message"], "tiers": [{"amount": [...]}],
// "non_field_errors": [...]}), optionally under "errors", with a "message"/"error"/"detail" text.
void readFieldMapError(const ProviderAdapter& adapter, const WireValue& root, int priceIndex, ProviderError& error);
}

} // namespace pb
