// libFuzzer target: what one provider answers (FUZZ_PROVIDER), for every kind of request and
// HTTP status. Whatever the bytes, the parser returns, and a failure always has something to
// tell the person: a message or a field error. A success always carries the new object's id.

#include "FuzzInput.h"
#include "services/providers/ResponseParser.h"

using namespace pb;

using fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Provider provider(QStringLiteral(FUZZ_PROVIDER_KEY));
    fuzz::FuzzInput in(data, size);
    const int status = in.pick(std::array{200, 201, 400, 401, 402, 404, 409, 422, 429, 500, 502, 503});
    const ResponseKind kind = in.pick(std::array{ResponseKind::Product, ResponseKind::Price, ResponseKind::Plan,
                                                 ResponseKind::ProductUpdate});
    const QString step = in.pick(std::array{QStringLiteral("product"), QStringLiteral("price"),
                                            QStringLiteral("default_price"), QStringLiteral("plan[0]"),
                                            QStringLiteral("plan[2]"), QStringLiteral("plan[x]")});
    const QByteArray body = in.rest();

    const ParsedResponse r = ResponseParser::parse(provider, kind, status, body, step);
    if (r.ok && (status < 200 || status >= 300))
        fail("an error status was read as a success");
    if (r.ok && r.object.id.isEmpty())
        fail("a success without an id");
    if (!r.ok && r.error.message.isEmpty() && r.error.fieldErrors.isEmpty())
        fail("a failure with nothing to tell the person");
    for (const FieldMessage& m : r.error.fieldErrors)
        if (m.message.isEmpty())
            fail("a field error without a message");

    // Lists: every object read back from an answer that was not a list must come with a reason.
    QString listError;
    const QList<RemoteObject> list = ResponseParser::parseList(provider, body, &listError);
    if (!list.isEmpty() && !listError.isEmpty())
        fail("a list read with an error");
    return 0;
}
