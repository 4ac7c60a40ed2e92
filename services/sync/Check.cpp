#include "Check.h"

#include "models/ProductFields.h"
#include "services/providers/Registry.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>

namespace pb {

namespace {

QString inWords(const QVariant& v)
{
    if (ProductFields::isEmpty(v))
        return Check::tr("(empty)");
    if (v.metaType() == QMetaType::fromType<PbKeyValueList>()) {
        QStringList pairs;
        for (const auto& [k, value] : v.value<PbKeyValueList>())
            pairs << QStringLiteral("%1=%2").arg(k, value);
        return pairs.join(QStringLiteral(", "));
    }
    if (v.metaType() == QMetaType::fromType<QStringList>())
        return v.toStringList().join(QStringLiteral(", "));
    if (v.metaType() == QMetaType::fromType<bool>())
        return v.toBool() ? Check::tr("yes") : Check::tr("no");
    return v.toString();
}

QString priceInWords(const std::optional<Price>& p)
{
    if (!p)
        return Check::tr("(none)");
    QString out = ProviderAdapter::describePrice(*p);
    if (!p->nickname.isEmpty())
        out += QStringLiteral(" “%1”").arg(p->nickname);
    if (!p->lookupKey.isEmpty())
        out += QStringLiteral(" [%1]").arg(p->lookupKey);
    if (p->archived)
        out += Check::tr(" (archived)");
    return out;
}

// The product's own fields as the provider would receive them: what its create request carries,
// read back. Members that never reach the provider (or that it fills in itself) drop out, so
// only what both sides can hold is compared.
Product productLens(const AccountTarget& target, const Product& p)
{
    Product bare = p;
    bare.prices.clear();
    return RequestReader::readBackCreate(bare, target).product;
}

// One price the same way, without what only names it on the provider (its id, the default mark).
std::optional<Price> priceLens(const AccountTarget& target, const Product& product, const std::optional<Price>& price)
{
    if (!price)
        return std::nullopt;
    Product one = product;
    one.prices = { *price };
    one.prices.first().archived = false; // an archived further price is not sent, but is compared
    const ReadBack r = RequestReader::readBackCreate(one, target);
    Price out = r.product.prices.isEmpty() ? *price : r.product.prices.first();
    out.archived = price->archived;
    out.remoteId.clear();
    out.isDefault = false;
    return out;
}

// `prices` with those known by remote id put in the order `reference` has them, the rest after.
QList<Price> ordered(const QList<Price>& prices, const QList<Price>& reference)
{
    QList<Price> rest = prices;
    QList<Price> out;
    for (const Price& r : reference) {
        if (r.remoteId.isEmpty())
            break; // a price not known by id: places pair from here on
        const auto it = std::find_if(rest.begin(), rest.end(), [&](const Price& p) { return p.remoteId == r.remoteId; });
        if (it == rest.end())
            break;
        out.append(*it);
        rest.erase(it);
    }
    return out + rest;
}

QString priceKey(qsizetype i) { return QStringLiteral("price[%1]").arg(i); }

bool samePricing(const Price& a, const Price& b)
{
    return a.currency.compare(b.currency, Qt::CaseInsensitive) == 0 && a.amount == b.amount && a.interval == b.interval
        && a.intervalCount.value_or(1) == b.intervalCount.value_or(1) && a.planName == b.planName;
}

// Whether a remote product read back is what a create of `local` made, for a provider that
// keeps no tag: the same name, and each of its live prices or plans exactly one of the local
// ones (name, amount, currency and frequency). It may have fewer: a create that stopped after
// the product, or between its plans, made only those.
bool madeFrom(const Product& remote, const Product& local)
{
    if (remote.name != local.name)
        return false;
    QList<Price> wanted, found;
    for (const Price& p : local.prices)
        if (!p.archived)
            wanted << p;
    for (const Price& p : remote.prices)
        if (!p.archived)
            found << p;
    for (const Price& f : std::as_const(found)) {
        const auto it = std::find_if(wanted.begin(), wanted.end(), [&](const Price& w) { return samePricing(w, f); });
        if (it == wanted.end())
            return false;
        wanted.erase(it);
    }
    return true;
}

} // namespace

QString FieldDifference::sideKey() const
{
    switch (side) {
    case Here: return QStringLiteral("here");
    case There: return QStringLiteral("there");
    case Both: break;
    }
    return QStringLiteral("both");
}

bool CheckItem::settleable() const
{
    return verdict == ChangedHere || verdict == ChangedThere || verdict == Conflict || verdict == Found || verdict == InStep;
}

QString CheckItem::verdictKey(Verdict v)
{
    switch (v) {
    case InStep: return QStringLiteral("in_step");
    case ChangedHere: return QStringLiteral("changed_here");
    case ChangedThere: return QStringLiteral("changed_there");
    case Conflict: return QStringLiteral("conflict");
    case Gone: return QStringLiteral("gone");
    case Found: return QStringLiteral("found");
    case NotFound: return QStringLiteral("not_found");
    case Ambiguous: return QStringLiteral("ambiguous");
    case NotChecked: break;
    }
    return QStringLiteral("not_checked");
}

QString CheckItem::verdictLabel(Verdict v)
{
    switch (v) {
    case InStep: return Check::tr("In step");
    case ChangedHere: return Check::tr("Changed here");
    case ChangedThere: return Check::tr("Changed on provider");
    case Conflict: return Check::tr("Conflict");
    case Gone: return Check::tr("Gone on provider");
    case Found: return Check::tr("Found on provider");
    case NotFound: return Check::tr("Not on provider");
    case Ambiguous: return Check::tr("Several matches");
    case NotChecked: break;
    }
    return Check::tr("Not checked");
}

bool CheckReport::allInStep() const
{
    return !cancelled && std::all_of(items.begin(), items.end(), [](const CheckItem& i) { return i.inStep(); });
}

QString CheckReport::text() const
{
    QString out;
    QHash<int, int> counts;
    for (const CheckItem& item : items) {
        ++counts[int(item.verdict)];
        out += QStringLiteral("%1  %2%3\n")
                   .arg(CheckItem::verdictLabel(item.verdict).leftJustified(20), item.name,
                        item.remoteId.isEmpty() ? QString() : QStringLiteral("  ") + item.remoteId);
        if (!item.message.isEmpty())
            out += QStringLiteral("    %1\n").arg(item.message);
        for (const FieldDifference& f : item.fields) {
            const QString side = f.side == FieldDifference::Here ? Check::tr("changed here")
                : f.side == FieldDifference::There               ? Check::tr("changed there")
                                                                 : Check::tr("changed on both sides");
            out += Check::tr("    %1 (%2): base %3; here %4; there %5\n").arg(f.label, side, f.base, f.here, f.there);
        }
    }
    QStringList summary;
    for (CheckItem::Verdict v : { CheckItem::InStep, CheckItem::ChangedHere, CheckItem::ChangedThere, CheckItem::Conflict,
                                  CheckItem::Gone, CheckItem::Found, CheckItem::NotFound, CheckItem::Ambiguous, CheckItem::NotChecked })
        if (counts.value(int(v)))
            summary << QStringLiteral("%1 %2").arg(counts.value(int(v))).arg(CheckItem::verdictLabel(v).toLower());
    out += Check::tr("Checked %1 product(s): %2.\n").arg(items.size()).arg(summary.isEmpty() ? Check::tr("nothing") : summary.join(QStringLiteral(", ")));
    if (cancelled)
        out += Check::tr("Cancelled before every product was checked.\n");
    return out;
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray list;
    for (const CheckItem& item : items) {
        QJsonArray fields;
        for (const FieldDifference& f : item.fields)
            fields.append(QJsonObject { { QStringLiteral("field"), f.key }, { QStringLiteral("label"), f.label },
                                        { QStringLiteral("changed"), f.sideKey() }, { QStringLiteral("base"), f.base },
                                        { QStringLiteral("here"), f.here }, { QStringLiteral("there"), f.there } });
        list.append(QJsonObject { { QStringLiteral("product"), item.productId }, { QStringLiteral("name"), item.name },
                                  { QStringLiteral("account"), item.accountName }, { QStringLiteral("remoteId"), item.remoteId },
                                  { QStringLiteral("verdict"), CheckItem::verdictKey(item.verdict) },
                                  { QStringLiteral("message"), item.message }, { QStringLiteral("fields"), fields } });
    }
    return { { QStringLiteral("products"), list }, { QStringLiteral("inStep"), allInStep() },
             { QStringLiteral("cancelled"), cancelled }, { QStringLiteral("requests"), requests } };
}

// ---- comparing ----

QList<FieldDifference> Check::compare(const AccountTarget& target, const std::optional<Product>& base, const Product& here,
                                      const Product& there)
{
    QList<FieldDifference> out;
    auto add = [&](const QString& key, const QString& label, bool hasBase, bool hereChanged, bool thereChanged, bool hereIsThere,
                   const QString& b, const QString& h, const QString& t) {
        if (hereIsThere)
            return; // the same on both sides (also when both made the same change)
        FieldDifference d { key, label, hasBase ? b : Check::tr("(not known)"), h, t, FieldDifference::Both };
        if (hasBase && hereChanged && !thereChanged)
            d.side = FieldDifference::Here;
        else if (hasBase && thereChanged && !hereChanged)
            d.side = FieldDifference::There;
        out.append(d);
    };
    const ProviderSchema& s = schemaOf(target.provider);
    const Product h = productLens(target, here), t = productLens(target, there);
    const std::optional<Product> b = base ? std::optional<Product>(productLens(target, *base)) : std::nullopt;
    // A choice reads as the option the product matches (a status shown by its words).
    auto shown = [](const FieldSpec& f, const QVariant& v) {
        for (const Option& o : f.options)
            if (!ProductFields::isEmpty(v) && o.value == v.toString() && o.label)
                return QCoreApplication::translate("Schema", o.label);
        return inWords(v);
    };
    for (const FieldSpec& f : s.productFields) {
        const QVariant hv = FieldView(s, h, nullptr).value(f), tv = FieldView(s, t, nullptr).value(f);
        const QVariant bv = b ? FieldView(s, *b, nullptr).value(f) : QVariant();
        add(f.key, f.translatedLabel().remove(u'&'), b.has_value(), hv != bv, tv != bv, hv == tv, shown(f, bv), shown(f, hv), shown(f, tv));
    }
    const QList<Price> thereOrdered = ordered(there.prices, here.prices);
    const QList<Price> baseOrdered = base ? ordered(base->prices, here.prices) : QList<Price>();
    const qsizetype n = std::max({ here.prices.size(), thereOrdered.size(), baseOrdered.size() });
    const QString noun = adapterFor(target.provider).priceNoun();
    for (qsizetype i = 0; i < n; ++i) {
        auto at = [i](const QList<Price>& l) { return i < l.size() ? std::optional<Price>(l.at(i)) : std::nullopt; };
        const std::optional<Price> hp = priceLens(target, here, at(here.prices));
        const std::optional<Price> tp = priceLens(target, there, at(thereOrdered));
        const std::optional<Price> bp = base ? priceLens(target, *base, at(baseOrdered)) : std::nullopt;
        add(priceKey(i), QStringLiteral("%1 %2").arg(noun).arg(i + 1), base.has_value(), hp != bp, tp != bp, hp == tp,
            priceInWords(at(baseOrdered)), priceInWords(at(here.prices)), priceInWords(at(thereOrdered)));
    }
    return out;
}

Product Check::merged(const CheckItem& item, const QSet<QString>& takeThere)
{
    Product out = item.entry.product;
    const ProviderSchema& s = schemaOf(item.target.provider);
    for (const FieldSpec& f : s.productFields)
        if (takeThere.contains(f.key))
            writeField(f, out, nullptr, FieldView(s, item.there, nullptr).value(f));
    const QList<Price> there = ordered(item.there.prices, item.entry.product.prices);
    const QList<Price>& here = item.entry.product.prices;
    QList<Price> prices;
    for (qsizetype i = 0; i < std::max(here.size(), there.size()); ++i) {
        if (takeThere.contains(priceKey(i))) {
            if (i < there.size())
                prices.append(there.at(i));
            continue; // there has none at this place: removed here too
        }
        if (i >= here.size())
            continue;
        // A price the same on both sides is taken as the provider has it, with the id it knows it
        // by, so the next plan finds nothing to change in it.
        const Price& p = here.at(i);
        const bool same = i < there.size() && priceLens(item.target, out, p) == priceLens(item.target, item.there, there.at(i));
        prices.append(same ? there.at(i) : p);
    }
    out.prices = prices;
    return out;
}

void Check::settle(CatalogStore* store, const CheckItem& item, const QSet<QString>& takeThere, QObject* context,
                   std::function<void(const QString&)> done)
{
    if (!item.settleable() || item.remoteId.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done(Check::tr("There is nothing on the provider to settle this product with.")); });
        return;
    }
    CatalogEntry entry = item.entry;
    entry.product = merged(item, takeThere);
    Product there = item.there;
    there.prices = ordered(item.there.prices, entry.product.prices);
    const bool inStep = compare(item.target, there, entry.product, there).isEmpty();
    const QString accountId = item.accountId, remoteId = item.remoteId;
    store->call<QString>(
        [entry, accountId, remoteId, there, inStep](Catalog& c) mutable {
            return c.settleCheck(entry, accountId, remoteId, there, inStep, Check::tr("Check on provider")) ? QString() : c.lastError();
        },
        context, std::move(done));
}

// ---- reading ----

struct Check::AccountWork {
    Account account;
    QString key;
    std::unique_ptr<ProviderService> service;
    const ProviderAdapter* adapter = nullptr;
    QList<int> synced;  // items with a remote id
    QList<int> unknown; // items whose create's outcome is unknown
    QHash<QString, QString> linked; // remote id -> catalog product, on this account
    QList<RemoteObject> listed;
    // `listed` looked up without walking it once per unknown product: positions in `listed`.
    QHash<QString, qsizetype> listedById;
    QMultiHash<QString, qsizetype> listedByTag;           // by the catalog product id a create tagged
    QMultiHash<QString, qsizetype> untaggedListedByName;  // those without a tag, by name
    bool listFailed = false;
    QString listError;
};

Check::Check(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, const QStringList& productIds,
             const CheckOptions& options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_keys(std::move(keys))
    , m_productIds(productIds)
    , m_options(options)
{
    m_clock.start();
}

Check::~Check()
{
    for (const QPointer<ProviderJob>& job : std::as_const(m_jobs))
        if (job)
            job->cancel();
}

void Check::start()
{
    if (m_started)
        return;
    m_started = true;
    struct Loaded {
        QList<CheckItem> items;
        QHash<QString, Account> accounts;
        QHash<QString, QHash<QString, QString>> linked;
    };
    const QStringList ids = m_productIds;
    m_store->call<std::shared_ptr<Loaded>>(
        [ids](Catalog& c) {
            auto out = std::make_shared<Loaded>();
            for (const QString& id : ids) {
                CheckItem item;
                item.productId = id;
                const std::optional<CatalogEntry> entry = c.product(id);
                if (!entry) {
                    item.message = Check::tr("No product %1 in the catalog.").arg(id);
                    out->items.append(item);
                    continue;
                }
                item.entry = *entry;
                item.name = entry->product.name;
                const std::optional<Account> account = entry->accountId.isEmpty() ? std::nullopt : c.account(entry->accountId);
                if (!account) {
                    item.message = Check::tr("It has no client account, so it is on no provider.");
                    out->items.append(item);
                    continue;
                }
                item.accountId = account->id;
                item.accountName = account->name;
                item.target = account->target;
                const SyncLink link = c.link(id, account->id);
                item.remoteId = link.remoteId;
                item.base = link.syncedProduct;
                item.madeId = link.submission.completed.value(QStringLiteral("product"));
                if (link.remoteId.isEmpty() && link.state != SyncState::OutcomeUnknown)
                    item.message = Check::tr("Not sent to %1 yet.").arg(providerDisplayName(account->target.provider));
                else if (!out->accounts.contains(account->id)) {
                    out->accounts.insert(account->id, *account);
                    out->linked.insert(account->id, c.productsByRemoteId(account->id));
                }
                out->items.append(item);
            }
            return out;
        },
        this, [this](std::shared_ptr<Loaded> loaded) {
            m_loaded = true;
            m_items = loaded->items;
            m_report.items = m_items;
            QHash<QString, std::shared_ptr<AccountWork>> byAccount;
            for (int i = 0; i < m_items.size(); ++i) {
                const CheckItem& item = m_items.at(i);
                if (m_report.cancelled || !item.message.isEmpty() || item.accountId.isEmpty()) {
                    ++m_decided;
                    continue;
                }
                std::shared_ptr<AccountWork>& work = byAccount[item.accountId];
                if (!work) {
                    work = std::make_shared<AccountWork>();
                    work->account = loaded->accounts.value(item.accountId);
                    work->adapter = &adapterFor(work->account.target.provider);
                    work->service = ProviderService::create(work->account.target.provider, m_network, m_options.policy);
                    work->linked = loaded->linked.value(item.accountId);
                    m_accounts.append(work);
                    Bucket bucket;
                    bucket.rate = m_options.ratePerSecond > 0
                        ? m_options.ratePerSecond
                        : work->adapter->defaultRatePerSecond(work->account.target, work->account.name);
                    m_buckets.insert(item.accountId, bucket);
                }
                (item.remoteId.isEmpty() ? work->unknown : work->synced).append(i);
            }
            Q_EMIT progress(m_decided, int(m_items.size()));
            for (const std::shared_ptr<AccountWork>& work : std::as_const(m_accounts)) {
                ++m_writing; // the key lookup is on its way
                m_keys(work->account, [this, guard = QPointer<Check>(this), work](const QString& key) {
                    if (!guard)
                        return;
                    --m_writing;
                    work->key = key;
                    beginAccount(work);
                });
            }
            finishWhenIdle();
        });
}

void Check::cancel()
{
    if (m_done)
        return;
    m_report.cancelled = true;
    m_queue.clear();
    for (const QPointer<ProviderJob>& job : std::as_const(m_jobs))
        if (job)
            job->cancel();
    finishWhenIdle();
}

void Check::beginAccount(const std::shared_ptr<AccountWork>& work)
{
    if (m_report.cancelled) {
        finishWhenIdle();
        return;
    }
    const ProviderSchema& s = work->adapter->schema();
    const QString provider = work->adapter->displayName();
    auto leave = [this](const QList<int>& indexes, CheckItem::Verdict verdict, const QString& message) {
        for (int i : indexes) {
            m_items[i].verdict = verdict;
            m_items[i].message = message;
            decided(i);
        }
    };
    if (work->key.isEmpty()) {
        const QString message = Check::tr("No API key for “%1”.").arg(work->account.name);
        leave(work->synced + work->unknown, CheckItem::NotChecked, message);
        return;
    }
    const bool canGet = s.getProduct.isValid();
    const bool canList = s.listProducts.isValid();
    if (!canGet && !canList) {
        leave(work->synced + work->unknown, CheckItem::NotChecked,
              Check::tr("%1 documents no way to read a product, so Pricebook cannot check it there.").arg(provider));
        return;
    }
    if (!canList && !work->unknown.isEmpty()) {
        const QList<int> unknown = work->unknown;
        work->unknown.clear();
        leave(unknown, CheckItem::NotChecked,
              Check::tr("%1 has no product list, so Pricebook cannot look for it. Look for it on %1: if it is there, link it by its id "
                 "with File ▸ Pull from provider… (Link existing products) and delete this one; if it is not, send it again.")
                  .arg(provider));
    }
    if (canGet) {
        for (int index : std::as_const(work->synced)) {
            const QString remoteId = m_items.at(index).remoteId;
            enqueue(work->account.id, [work, remoteId] { return work->service->getProduct(work->account.target, work->key, remoteId); },
                    [this, work, index, provider](const JobResult& r) {
                        if (!r.ok()) {
                            m_items[index].verdict = r.httpStatus == 404 ? CheckItem::Gone : CheckItem::NotChecked;
                            m_items[index].message = r.httpStatus == 404 ? Check::tr("%1 no longer has it.").arg(provider) : r.message;
                            decided(index);
                            return;
                        }
                        readPrices(work, r.object.raw, {}, std::make_shared<QList<QJsonObject>>(),
                                   [this, index](const Product& there, bool ok, const QString& error) {
                                       if (!ok) {
                                           m_items[index].message = error;
                                           decided(index);
                                           return;
                                       }
                                       compareItem(index, there);
                                   });
                    });
        }
    }
    if (!work->unknown.isEmpty() || (!canGet && !work->synced.isEmpty())) {
        ListQuery first;
        listPage(work, first);
    }
    finishWhenIdle();
}

void Check::listPage(const std::shared_ptr<AccountWork>& work, const ListQuery& query)
{
    enqueue(work->account.id, [work, query] { return work->service->listProducts(work->account.target, work->key, query); },
            [this, work, query](const JobResult& r) {
                if (!r.ok()) {
                    work->listFailed = true;
                    work->listError = r.message;
                    afterList(work);
                    return;
                }
                work->listed += r.objects;
                if (r.more && !r.objects.isEmpty())
                    listPage(work, work->adapter->nextPage(query, r.objects.last().id));
                else
                    afterList(work);
            });
}

void Check::afterList(const std::shared_ptr<AccountWork>& work)
{
    const QString provider = work->adapter->displayName();
    const bool canGet = work->adapter->schema().getProduct.isValid();
    if (!canGet) {
        for (int index : std::as_const(work->synced)) {
            if (work->listFailed) {
                m_items[index].message = work->listError;
                decided(index);
                continue;
            }
            const QString remoteId = m_items.at(index).remoteId;
            const auto it = std::find_if(work->listed.cbegin(), work->listed.cend(), [&](const RemoteObject& o) { return o.id == remoteId; });
            if (it == work->listed.cend()) {
                m_items[index].verdict = CheckItem::Gone;
                m_items[index].message = Check::tr("%1 no longer lists it.").arg(provider);
                decided(index);
                continue;
            }
            readPrices(work, it->raw, {}, std::make_shared<QList<QJsonObject>>(), [this, index](const Product& there, bool ok, const QString& error) {
                if (!ok) {
                    m_items[index].message = error;
                    decided(index);
                    return;
                }
                compareItem(index, there);
            });
        }
    }
    for (qsizetype i = 0; i < work->listed.size(); ++i) {
        const RemoteObject& o = work->listed.at(i);
        work->listedById.insert(o.id, i);
        const QString tag = work->adapter->catalogTag(o.raw);
        if (tag.isEmpty())
            work->untaggedListedByName.insert(o.name, i);
        else
            work->listedByTag.insert(tag, i);
    }
    for (int index : std::as_const(work->unknown)) {
        if (work->listFailed) {
            m_items[index].message = work->listError;
            decided(index);
            continue;
        }
        searchUnknown(work, index);
    }
    finishWhenIdle();
}

void Check::readPrices(const std::shared_ptr<AccountWork>& work, const QJsonObject& product, const ListQuery& query,
                       std::shared_ptr<QList<QJsonObject>> prices, std::function<void(const Product&, bool, const QString&)> done)
{
    const QString remoteId = product.value(u"id").toString();
    if (!work->service->supports(JobKind::ListPlans)) {
        done(work->adapter->adoptRemote(product, *prices), true, {});
        return;
    }
    enqueue(work->account.id, [work, remoteId, query] { return work->service->listPlans(work->account.target, work->key, remoteId, query); },
            [this, work, product, query, prices, done](const JobResult& r) {
                if (!r.ok()) {
                    done({}, false, r.message);
                    return;
                }
                for (const RemoteObject& o : r.objects)
                    prices->append(o.raw);
                if (r.more && !r.objects.isEmpty()) {
                    readPrices(work, product, work->adapter->nextPage(query, r.objects.last().id), prices, done);
                    return;
                }
                done(work->adapter->adoptRemote(product, *prices), true, {});
            });
}

void Check::compareItem(int index, const Product& there)
{
    CheckItem& item = m_items[index];
    item.there = there;
    item.there.prices = ordered(there.prices, item.entry.product.prices);
    item.fields = compare(item.target, item.base, item.entry.product, item.there);
    bool here = false, remote = false, both = false;
    for (const FieldDifference& f : std::as_const(item.fields)) {
        here |= f.side == FieldDifference::Here;
        remote |= f.side == FieldDifference::There;
        both |= f.side == FieldDifference::Both;
    }
    item.verdict = both || (here && remote) ? CheckItem::Conflict
        : remote                            ? CheckItem::ChangedThere
        : here                              ? CheckItem::ChangedHere
                                            : CheckItem::InStep;
    if (!item.there.readOnlyReason.isEmpty())
        item.message = Check::tr("On the provider in a shape Pricebook cannot edit: %1").arg(item.there.readOnlyReason);
    decided(index);
}

void Check::searchUnknown(const std::shared_ptr<AccountWork>& work, int index)
{
    const CheckItem& item = m_items.at(index);
    // Those listed that are no other catalog product's, in the order the provider listed them.
    auto pick = [work](QList<qsizetype> at) {
        std::sort(at.begin(), at.end());
        QList<RemoteObject> out;
        for (qsizetype i : std::as_const(at))
            if (!work->linked.contains(work->listed.at(i).id))
                out << work->listed.at(i);
        return out;
    };
    QList<RemoteObject> tagged, named;
    if (!item.madeId.isEmpty()) {
        // The create's own product step made it: no doubt, whatever else is missing.
        if (const auto it = work->listedById.constFind(item.madeId); it != work->listedById.cend())
            tagged = pick({ *it });
    } else {
        tagged = pick(work->listedByTag.values(item.productId));
        named = pick(work->untaggedListedByName.values(item.entry.product.name));
    }
    const QList<RemoteObject> candidates = tagged.isEmpty() ? named : tagged;
    const bool byTag = !tagged.isEmpty();
    const QString provider = work->adapter->displayName();
    struct Search {
        int pending = 0;
        QList<QPair<QString, Product>> matches;
        QStringList near; // same name, other prices
        QString error;
    };
    auto search = std::make_shared<Search>();
    auto conclude = [this, work, index, search, provider] {
        CheckItem& it = m_items[index];
        if (!search->error.isEmpty() && search->matches.isEmpty()) {
            it.message = search->error;
            decided(index);
            return;
        }
        if (search->matches.size() > 1) {
            QStringList ids;
            for (const auto& m : std::as_const(search->matches))
                ids << m.first;
            it.verdict = CheckItem::Ambiguous;
            it.message = Check::tr("%1 has several products that match: %2. It stays “outcome unknown”; link the right one by its id.")
                             .arg(provider, ids.join(QStringLiteral(", ")));
            decided(index);
            return;
        }
        if (search->matches.isEmpty()) {
            it.verdict = CheckItem::NotFound;
            it.message = Check::tr("%1 does not have it: the create did not arrive, so it can be sent again.").arg(provider);
            if (!search->near.isEmpty())
                it.message += u' ' + Check::tr("(Products of that name with other prices: %1.)").arg(search->near.join(QStringLiteral(", ")));
            decided(index);
            return;
        }
        // Exactly one: linked as synced with its remote id, so it is never created twice.
        it.remoteId = search->matches.first().first;
        it.there = search->matches.first().second;
        it.there.prices = ordered(it.there.prices, it.entry.product.prices);
        it.base = it.there;
        it.fields = compare(it.target, it.base, it.entry.product, it.there);
        it.verdict = CheckItem::Found;
        it.message = Check::tr("Found on %1 as %2 and linked to it; it will not be sent again.").arg(provider, it.remoteId);
        work->linked.insert(it.remoteId, it.productId);
        CatalogEntry entry = it.entry;
        const bool inStep = it.fields.isEmpty();
        const QString accountId = it.accountId, remoteId = it.remoteId;
        const Product there = it.there;
        ++m_writing;
        m_store->call<std::pair<QString, qint64>>(
            [entry, accountId, remoteId, there, inStep](Catalog& c) mutable {
                const bool ok = c.settleCheck(entry, accountId, remoteId, there, inStep, Check::tr("Check on provider"));
                return std::make_pair(ok ? QString() : c.lastError(), entry.version);
            },
            this, [this, index](std::pair<QString, qint64> result) {
                --m_writing;
                if (!result.first.isEmpty()) {
                    m_items[index].verdict = CheckItem::NotChecked;
                    m_items[index].message = Check::tr("Found on the provider as %1, but the link could not be recorded: %2")
                                                 .arg(m_items[index].remoteId, result.first);
                } else {
                    m_items[index].entry.version = result.second;
                }
                decided(index);
            });
    };
    if (candidates.isEmpty()) {
        conclude();
        return;
    }
    search->pending = int(candidates.size());
    const Product local = item.entry.product;
    for (const RemoteObject& o : candidates) {
        readPrices(work, o.raw, {}, std::make_shared<QList<QJsonObject>>(),
                   [search, conclude, byTag, local, id = o.id](const Product& there, bool ok, const QString& error) {
                       if (!ok)
                           search->error = error;
                       else if (byTag || madeFrom(there, local))
                           search->matches.append({ id, there });
                       else
                           search->near << id;
                       if (--search->pending == 0)
                           conclude();
                   });
    }
}

void Check::decided(int index)
{
    Q_UNUSED(index);
    ++m_decided;
    if (m_done)
        return;
    Q_EMIT progress(m_decided, int(m_items.size()));
    finishWhenIdle();
}

// ---- the queue: per account under its rate, a few requests in flight ----

void Check::enqueue(const QString& accountId, std::function<ProviderJob*()> make, std::function<void(const JobResult&)> done)
{
    if (m_report.cancelled)
        return;
    m_queue.enqueue({ accountId, std::move(make), std::move(done) });
    pump();
}

bool Check::takeToken(const QString& accountId, int* waitMs)
{
    Bucket& b = m_buckets[accountId];
    if (b.rate <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    b.tokens = qMin(qMax(1.0, b.rate / 10), b.tokens + (now - b.lastRefill) * b.rate / 1000.0);
    b.lastRefill = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return true;
    }
    *waitMs = qMax(1, int((1 - b.tokens) * 1000 / b.rate));
    return false;
}

void Check::pump()
{
    while (!m_report.cancelled && !m_waiting && m_inFlight < qMax(1, m_options.concurrency) && !m_queue.isEmpty()) {
        int waitMs = 0;
        if (!takeToken(m_queue.head().accountId, &waitMs)) {
            m_waiting = true;
            QTimer::singleShot(waitMs, Qt::PreciseTimer, this, [this] {
                m_waiting = false;
                pump();
                finishWhenIdle();
            });
            return;
        }
        Job next = m_queue.dequeue();
        ProviderJob* job = next.make();
        ++m_inFlight;
        ++m_report.requests;
        m_jobs.removeAll(nullptr);
        m_jobs.append(job);
        connect(job, &ProviderJob::finished, this, [this, done = std::move(next.done)](const JobResult& r) {
            --m_inFlight;
            if (!m_report.cancelled)
                done(r);
            pump();
            finishWhenIdle();
        });
        job->start();
    }
}

void Check::finishWhenIdle()
{
    if (m_done || !m_started || m_inFlight > 0 || m_writing > 0 || (m_waiting && !m_report.cancelled))
        return;
    if (!m_report.cancelled && (m_decided < m_items.size() || !m_queue.isEmpty()))
        return;
    if (!m_loaded)
        return; // the catalog has not answered yet
    m_done = true;
    const int requests = m_report.requests;
    const bool cancelled = m_report.cancelled;
    m_report.items = m_items;
    m_report.requests = requests;
    m_report.cancelled = cancelled;
    for (CheckItem& item : m_report.items)
        if (cancelled && item.verdict == CheckItem::NotChecked && item.message.isEmpty())
            item.message = Check::tr("Cancelled before it was checked.");
    Q_EMIT finished(m_report);
}

} // namespace pb
