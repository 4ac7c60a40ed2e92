#include "Registry.h"

#include "BuiltInProviders.h"

#include <QMutex>

namespace pb {

namespace {

// The adapter of a provider this build does not know: no fields, no endpoints.
class UnknownAdapter final : public ProviderAdapter
{
public:
    explicit UnknownAdapter(const Provider& provider) { m_schema.provider = provider; m_schema.displayName = provider.key(); }
    const ProviderSchema& schema() const override { return m_schema; }
    QList<HttpHeader> headers(const AccountTarget&, const QString&) const override { return {}; }
    QList<ProviderRequest> buildSteps(const Product&, const AccountTarget&, const SerializeOptions&) const override { return {}; }
    void readCreate(const QList<WireValue>&, ReadBack& r) const override { r.errors << QStringLiteral("provider: unknown"); }
    RemoteObject readObject(ResponseKind, const WireValue&) const override { return {}; }
    void readError(const WireValue*, int, ProviderError& error) const override { error.malformed = true; }
    QString unknownOutcomeAdvice(const Product&) const override { return {}; }

private:
    ProviderSchema m_schema;
};

struct Adapters {
    QMutex mutex;
    std::vector<std::unique_ptr<ProviderAdapter>> list;
    std::vector<std::unique_ptr<ProviderAdapter>> unknown;
    bool builtInsAdded = false;
};

Adapters& adapters()
{
    static Adapters a;
    return a;
}

void addLocked(Adapters& a, std::unique_ptr<ProviderAdapter> adapter)
{
    for (const auto& known : a.list)
        if (known->id() == adapter->id())
            return;
    a.list.push_back(std::move(adapter));
}

// The built-in providers: one line each.
void addBuiltIns(Adapters& a)
{
    if (a.builtInsAdded)
        return;
    a.builtInsAdded = true;
    std::vector<std::unique_ptr<ProviderAdapter>> extra = std::move(a.list);
    a.list.clear();
    addLocked(a, makeChatDashAdapter());
    addLocked(a, makeStripeAdapter());
    addLocked(a, makePiriodAdapter());
    addLocked(a, makeJaniAdapter());
    for (auto& adapter : extra)
        addLocked(a, std::move(adapter));
}

} // namespace

QList<const ProviderAdapter*> Registry::all()
{
    Adapters& a = adapters();
    QMutexLocker lock(&a.mutex);
    addBuiltIns(a);
    QList<const ProviderAdapter*> out;
    for (const auto& adapter : a.list)
        out.append(adapter.get());
    return out;
}

const ProviderAdapter* Registry::find(const Provider& provider)
{
    Adapters& a = adapters();
    QMutexLocker lock(&a.mutex);
    addBuiltIns(a);
    for (const auto& adapter : a.list)
        if (adapter->id() == provider)
            return adapter.get();
    return nullptr;
}

void Registry::add(std::unique_ptr<ProviderAdapter> adapter)
{
    if (!adapter || !adapter->id().isValid())
        return;
    Adapters& a = adapters();
    QMutexLocker lock(&a.mutex);
    addLocked(a, std::move(adapter));
}

const ProviderAdapter& adapterFor(const Provider& provider)
{
    if (const ProviderAdapter* known = Registry::find(provider))
        return *known;
    Adapters& a = adapters();
    QMutexLocker lock(&a.mutex);
    for (const auto& u : a.unknown)
        if (u->id() == provider)
            return *u;
    a.unknown.push_back(std::make_unique<UnknownAdapter>(provider));
    return *a.unknown.back();
}

const ProviderSchema& schemaOf(const Provider& provider) { return adapterFor(provider).schema(); }

QString providerDisplayName(const Provider& provider) { return adapterFor(provider).displayName(); }

std::optional<Provider> providerFromKey(const QString& key)
{
    const QString wanted = key.trimmed();
    for (const ProviderAdapter* a : Registry::all())
        if (a->id().key().compare(wanted, Qt::CaseInsensitive) == 0)
            return a->id();
    return std::nullopt;
}

QList<Provider> allProviders()
{
    QList<Provider> out;
    for (const ProviderAdapter* a : Registry::all())
        out.append(a->id());
    return out;
}

Provider defaultProvider()
{
    const QList<const ProviderAdapter*> adapters = Registry::all();
    for (const ProviderAdapter* a : adapters)
        if (a->isDefaultChoice())
            return a->id();
    return adapters.isEmpty() ? Provider() : adapters.first()->id();
}

QString providerKeyList(const QString& lastSeparator)
{
    QStringList keys;
    for (const Provider& p : allProviders())
        keys << p.key();
    const QString last = keys.isEmpty() ? QString() : keys.takeLast();
    return keys.isEmpty() ? last : keys.join(QStringLiteral(", ")) + lastSeparator + last;
}

} // namespace pb
