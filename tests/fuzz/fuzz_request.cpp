// libFuzzer target: request bodies as the local sandbox receives them from the network, read
// back into a product through the provider's schema and then validated like any product from
// the form. Whatever arrives, the reader answers with a product or with errors.

#include "FuzzInput.h"
#include "services/providers/Registry.h"
#include "models/Validator.h"
#include "services/providers/RequestReader.h"

using namespace pb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    const Provider provider = allProviders().at(in.byte() % 4);
    // Up to three bodies (product, then prices or plans), separated by a form feed.
    QList<QByteArray> bodies = in.rest().split('\f');
    if (bodies.size() > 3)
        bodies.resize(3);
    const ReadBack r = RequestReader::readCreate(provider, bodies);
    if (r.ok())
        (void)Validator::validate(schemaOf(provider), r.product);
    return 0;
}
