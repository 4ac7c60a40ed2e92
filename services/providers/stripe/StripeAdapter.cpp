// Stripe: form-encoded requests; a price that the product's default_price_data cannot carry goes
// through the Prices API and is then made the default price. Every POST carries an
// Idempotency-Key derived from the submission's, so creates are safe to send again.

#include "services/providers/BuiltInProviders.h"

namespace pb {

namespace {

using namespace ResponseParser;

// The metadata key a create carries the catalog product's id in: Pricebook's own, never shown
// as the product's metadata.
constexpr const char* kCatalogTag = "pricebook_id";

class StripeAdapter final : public ProviderAdapter
{
public:
    const ProviderSchema& schema() const override { return schemas::stripe(); }
    BodyEncoding encoding() const override { return BodyEncoding::Form; }
    bool repeatsCreatesSafely() const override { return true; }
    bool isDefaultChoice() const override { return true; }

    QList<AccountField> accountFields() const override
    {
        return { { .key = QStringLiteral("stripe-account"), .label = QT_TRANSLATE_NOOP("AccountField", "&Connected account"),
                   .help = QT_TRANSLATE_NOOP("AccountField", "Act for this connected account (sent as the Stripe-Account header)."),
                   .placeholder = QT_TRANSLATE_NOOP("AccountField", "acct_… (optional)"),
                   .legacyColumn = QStringLiteral("stripe_account") } };
    }

    QList<HttpHeader> headers(const AccountTarget& t, const QString& idempotencyKey) const override
    {
        QList<HttpHeader> h { { "Authorization", QStringLiteral("Bearer {secret}"), true } };
        if (const QString connected = t.setting(QStringLiteral("stripe-account")); !connected.isEmpty())
            h.append({ "Stripe-Account", connected });
        if (!idempotencyKey.isEmpty())
            h.append({ "Idempotency-Key", idempotencyKey });
        return h;
    }

    static bool needsPricesApi(const Product& product, int priceIndex)
    {
        const ProviderSchema& s = schemas::stripe();
        const Price* price = &product.prices.at(priceIndex);
        const FieldView view(s, product, price);
        for (const FieldSpec& f : s.priceFields)
            if (f.pricesApiOnly && RequestSerializer::sends(f, view, price))
                return true;
        // default_price_data carries neither a nickname nor a lookup key.
        return !price->nickname.isEmpty() || !price->lookupKey.isEmpty();
    }

    // The members of a price of its own that are not schema fields: its label and stable key.
    static void addPriceSettings(WireValue& body, const Price& price)
    {
        if (!price.nickname.isEmpty())
            body.insert(QStringLiteral("nickname"), WireValue::string(price.nickname));
        if (!price.lookupKey.isEmpty())
            body.insert(QStringLiteral("lookup_key"), WireValue::string(price.lookupKey));
    }

    QList<ProviderRequest> buildSteps(const Product& product, const AccountTarget& target,
                                          const SerializeOptions& options) const override
    {
        using RequestSerializer::derivedKey;
        using RequestSerializer::request;
        const ProviderSchema& s = schema();
        const QString& key = options.idempotencyKey;
        WireValue body = RequestSerializer::productFields(s, product, options.operation);
        if (options.operation == Operation::Update)
            return { request(QStringLiteral("update"), s.updateProduct, target, options.remoteId,
                             derivedKey(key, QStringLiteral("update")), BodyEncoding::Form, body) };
        if (!options.catalogId.isEmpty())
            body.insert(QStringList { QStringLiteral("metadata"), QString::fromLatin1(kCatalogTag) }, WireValue::string(options.catalogId));
        QList<ProviderRequest> steps;
        const bool hasPrice = !product.prices.isEmpty();
        const bool separate = hasPrice && needsPricesApi(product, 0);
        const Price* price = hasPrice ? &product.prices.first() : nullptr;
        if (hasPrice && !separate)
            RequestSerializer::fill(body, s.priceFields, FieldView(s, product, price), price, options.operation,
                                    { QStringLiteral("default_price_data") });
        steps.append(request(QStringLiteral("product"), s.createProduct, target, {}, derivedKey(key, QStringLiteral("product")),
                             BodyEncoding::Form, body));
        if (!separate) {
            appendFurtherPrices(steps, product, target, options);
            return steps;
        }
        WireValue priceBody = WireValue::object();
        priceBody.insert(QStringLiteral("product"), WireValue::string(QStringLiteral("{product.id}")));
        RequestSerializer::fill(priceBody, s.priceFields, FieldView(s, product, price), price, options.operation);
        addPriceSettings(priceBody, *price);
        ProviderRequest priceStep = request(QStringLiteral("price"), s.createPrice, target, {}, derivedKey(key, QStringLiteral("price")),
                                            BodyEncoding::Form, priceBody);
        priceStep.priceIndex = 0;
        steps.append(priceStep);
        WireValue defaultBody = WireValue::object();
        defaultBody.insert(QStringLiteral("default_price"), WireValue::string(QStringLiteral("{price.id}")));
        ProviderRequest setDefault = request(QStringLiteral("default_price"), s.setDefaultPrice, target, {},
                                             derivedKey(key, QStringLiteral("default_price")), BodyEncoding::Form, defaultBody);
        setDefault.path.replace(QStringLiteral("{productId}"), QStringLiteral("{product.id}"));
        setDefault.createsObject = false;
        setDefault.priceIndex = 0;
        steps.append(setDefault);
        appendFurtherPrices(steps, product, target, options);
        return steps;
    }

    // A product's further prices (a yearly beside the monthly default, ...): each a price of its
    // own on the product, step "price[i]". Archived ones are history and not made again.
    void appendFurtherPrices(QList<ProviderRequest>& steps, const Product& product, const AccountTarget& target,
                             const SerializeOptions& options) const
    {
        using RequestSerializer::derivedKey;
        const ProviderSchema& s = schema();
        for (int i = 1; i < product.prices.size(); ++i) {
            const Price* price = &product.prices.at(i);
            if (price->archived)
                continue;
            const QString step = QStringLiteral("price[%1]").arg(i);
            WireValue body = WireValue::object();
            body.insert(QStringLiteral("product"), WireValue::string(QStringLiteral("{product.id}")));
            RequestSerializer::fill(body, s.priceFields, FieldView(s, product, price), price, options.operation);
            addPriceSettings(body, *price);
            ProviderRequest r = RequestSerializer::request(step, s.createPrice, target, {}, derivedKey(options.idempotencyKey, step),
                                                           BodyEncoding::Form, body);
            r.priceIndex = i;
            steps.append(r);
        }
    }

    void readCreate(const QList<WireValue>& bodies, ReadBack& r) const override
    {
        const ProviderSchema& s = schema();
        RequestReader::readFields(s.productFields, s, bodies.first(), r.product, nullptr, r.errors);
        QList<const WireValue*> priceNodes;
        if (const WireValue* inline_ = bodies.first().get(QStringLiteral("default_price_data")))
            priceNodes << inline_;
        for (qsizetype i = 1; i < bodies.size(); ++i)
            if (bodies.at(i).get(QStringLiteral("currency"))) // a price; the default_price step is not
                priceNodes << &bodies.at(i);
        for (const WireValue* node : priceNodes) {
            r.product.prices.append(Price {});
            Price& price = r.product.prices.last();
            RequestReader::readFields(s.priceFields, s, *node, r.product, &price, r.errors);
            price.nickname = ResponseParser::textOf(node->get(QStringLiteral("nickname")));
            price.lookupKey = ResponseParser::textOf(node->get(QStringLiteral("lookup_key")));
        }
    }

    RemoteObject readObject(ResponseKind, const WireValue& node) const override
    {
        RemoteObject o;
        o.id = textOf(node.get(QStringLiteral("id")));
        o.name = textOf(node.get(QStringLiteral("name")));
        if (const WireValue* active = node.get(QStringLiteral("active")))
            o.status = active->toBool() ? QStringLiteral("active") : QStringLiteral("archived");
        o.created = fromUnix(node.get(QStringLiteral("created")));
        o.updated = fromUnix(node.get(QStringLiteral("updated")));
        if (const WireValue* dp = node.get(QStringLiteral("default_price")))
            o.defaultPriceId = dp->isObject() ? textOf(dp->get(QStringLiteral("id"))) : textOf(dp);
        return o;
    }

    void readError(const WireValue* root, int priceIndex, ProviderError& e) const override
    {
        const WireValue* err = root->get(QStringLiteral("error"));
        if (!err || !err->isObject()) {
            e.malformed = true;
            return;
        }
        e.message = bounded(stringOf(err->get(QStringLiteral("message"))));
        e.code = bounded(stringOf(err->get(QStringLiteral("code"))));
        if (e.code.isEmpty())
            e.code = bounded(stringOf(err->get(QStringLiteral("type"))));
        e.param = bounded(stringOf(err->get(QStringLiteral("param"))));
        if (e.message.trimmed().isEmpty())
            e.message = e.code.isEmpty() ? QCoreApplication::translate("ResponseParser", "Stripe refused the request without a message.")
                                         : QCoreApplication::translate("ResponseParser", "Stripe refused the request (%1) without a message.").arg(e.code);
        if (!e.param.isEmpty())
            mapErrorField(dottedParam(e.param), priceIndex, e.message, e);
    }

    void mapErrorField(const QString& wirePath, int priceIndex, const QString& message, ProviderError& error) const override
    {
        // A price sent inside its product: default_price_data.<price field>.
        const QString inlinePrice = QStringLiteral("default_price_data");
        if (wirePath == inlinePrice || wirePath.startsWith(inlinePrice + u'.')) {
            const QString path = wirePath == inlinePrice ? QStringLiteral("currency") : wirePath.mid(inlinePrice.size() + 1);
            ProviderAdapter::mapErrorField(path, 0, message, error);
            return;
        }
        ProviderAdapter::mapErrorField(wirePath, priceIndex, message, error);
    }

    QList<QPair<QString, QString>> listQuery(const ListQuery& q) const override
    {
        QList<QPair<QString, QString>> out { { QStringLiteral("limit"), QString::number(qBound(1, q.pageSize, 100)) } };
        if (!q.startingAfter.isEmpty())
            out.append({ QStringLiteral("starting_after"), q.startingAfter });
        return out;
    }

    bool listHasMore(const QJsonObject& root) const override { return root.value(u"has_more").toBool(); }

    ListQuery nextPage(const ListQuery& current, const QString& lastId) const override
    {
        ListQuery next = current;
        next.startingAfter = lastId;
        return next;
    }

    // A Stripe price as Pricebook reads it back: the members that only describe it (its type,
    // the per-unit billing scheme every flat price has, the decimal copy of its amount) are
    // dropped; what is left reads by the schema's wire paths like a create's body.
    static QJsonObject priceForReading(QJsonObject p)
    {
        for (const char* member : { "id", "object", "product", "active", "livemode", "created", "nickname", "lookup_key",
                                    "metadata", "type" })
            p.remove(QLatin1String(member));
        if (p.value(u"billing_scheme").toString() == u"per_unit")
            p.remove(QStringLiteral("billing_scheme"));
        if (p.contains(u"unit_amount") && !p.value(u"unit_amount").isNull())
            p.remove(QStringLiteral("unit_amount_decimal"));
        if (p.value(u"tax_behavior").toString() == u"unspecified")
            p.remove(QStringLiteral("tax_behavior"));
        QJsonObject recurring = p.value(u"recurring").toObject();
        for (const char* member : { "aggregate_usage", "trial_period_days" })
            recurring.remove(QLatin1String(member));
        if (recurring.value(u"meter").isNull())
            recurring.remove(QStringLiteral("meter"));
        if (!recurring.isEmpty())
            p.insert(QStringLiteral("recurring"), recurring);
        return p;
    }

    Product adoptRemote(const QJsonObject& remote, const QList<QJsonObject>& prices) const override
    {
        QJsonObject product = remote;
        for (const char* member : { "id", "object", "created", "updated", "livemode", "default_price", "type" })
            product.remove(QLatin1String(member));
        if (QJsonObject metadata = product.value(u"metadata").toObject(); metadata.contains(QLatin1String(kCatalogTag))) {
            metadata.remove(QLatin1String(kCatalogTag));
            product.insert(QStringLiteral("metadata"), metadata);
        }
        product.insert(QStringLiteral("active"), remote.value(u"active").toBool(true) ? QStringLiteral("true") : QStringLiteral("false"));
        QList<QJsonObject> readable;
        for (const QJsonObject& p : prices)
            readable.append(priceForReading(p));
        Product out = ProviderAdapter::adoptRemote(product, readable);
        out.status = remote.value(u"active").toBool(true) ? QStringLiteral("active") : QStringLiteral("archived");
        QJsonValue dp = remote.value(u"default_price");
        const QString defaultPrice = dp.isObject() ? dp.toObject().value(u"id").toString() : dp.toString();
        for (qsizetype i = 0; i < prices.size(); ++i) {
            Price& price = out.prices[i];
            const QJsonObject& p = prices.at(i);
            price.remoteId = p.value(u"id").toString();
            price.nickname = p.value(u"nickname").toString();
            price.lookupKey = p.value(u"lookup_key").toString();
            price.archived = !p.value(u"active").toBool(true);
            price.isDefault = !defaultPrice.isEmpty() && price.remoteId == defaultPrice;
        }
        // The default price first: it is the one the form shows and a create sends.
        std::stable_sort(out.prices.begin(), out.prices.end(), [](const Price& a, const Price& b) { return a.isDefault && !b.isDefault; });
        return out;
    }

    // What Stripe never changes on a price: its amounts, currency, recurrence and scheme, and its
    // tax behaviour once inclusive or exclusive. The rest (nickname, lookup key, metadata, tax
    // behaviour while unspecified) changes in place.
    static bool taxBehaviorFixed(const Price& p) { return !p.taxBehavior.isEmpty() && p.taxBehavior != u"unspecified"; }
    static Price immutablePart(Price p, bool keepTaxBehavior)
    {
        p.remoteId.clear();
        p.nickname.clear();
        p.lookupKey.clear();
        p.isDefault = false;
        p.archived = false;
        if (!keepTaxBehavior)
            p.taxBehavior.clear();
        p.currencyOptions.clear();
        return p;
    }

    ChangeSet planChanges(const Product& synced, const Product& local, const QString& remoteId) const override
    {
        Product syncedProduct = synced, localProduct = local;
        syncedProduct.prices.clear();
        localProduct.prices.clear();
        ChangeSet out = ProviderAdapter::planChanges(syncedProduct, localProduct, remoteId);
        // lupdate files these tr() calls under the class's own context: looked up there.
        auto tr = [](const char* text) { return QCoreApplication::translate("pb::StripeAdapter", text); };
        QHash<QString, const Price*> before;
        QString oldDefault;
        // A price sent before Pricebook kept price ids is known by its place.
        auto keyOf = [](const Price& p, qsizetype i) { return p.remoteId.isEmpty() ? QStringLiteral("#%1").arg(i) : p.remoteId; };
        auto name = [&](const QString& key) { return key.startsWith(u'#') ? tr("the earlier price") : key; };
        for (qsizetype i = 0; i < synced.prices.size(); ++i) {
            const Price& p = synced.prices.at(i);
            before.insert(keyOf(p, i), &p);
            if (p.isDefault || (oldDefault.isEmpty() && i == 0))
                oldDefault = keyOf(p, i);
        }
        QStringList archive; // archived last, once no default points at them
        for (qsizetype i = 0; i < local.prices.size(); ++i) {
            const Price& p = local.prices.at(i);
            const bool wantsDefault = i == 0; // the first price is the product's default
            // A price here without its id is the one sent at its place (its id, once the
            // create's answer gave it, is kept with what was sent).
            const QString key = p.remoteId.isEmpty() && i < synced.prices.size() ? keyOf(synced.prices.at(i), i) : p.remoteId;
            const Price* was = key.isEmpty() ? nullptr : before.value(key);
            if (was && p.archived && !was->archived) {
                archive << key;
                continue;
            }
            if (was && immutablePart(*was, taxBehaviorFixed(*was)) == immutablePart(p, taxBehaviorFixed(*was))) {
                QStringList fields;
                if (was->nickname != p.nickname)
                    fields << tr("nickname");
                if (was->lookupKey != p.lookupKey)
                    fields << tr("lookup key");
                if (was->taxBehavior != p.taxBehavior)
                    fields << tr("tax behavior");
                if (was->archived && !p.archived)
                    fields << tr("active again");
                if (!fields.isEmpty())
                    out.changes.append({ QStringLiteral("update_price"), p.remoteId,
                                         tr("update price %1 (%2)").arg(name(key), fields.join(QStringLiteral(", "))), int(i) });
                if (wantsDefault && key != oldDefault)
                    out.changes.append({ QStringLiteral("set_default_price"), p.remoteId, tr("make %1 the default").arg(name(key)), int(i) });
                continue;
            }
            if (p.archived)
                continue; // an archived price that was never sent stays unsent
            // New, or changed where Stripe cannot change it: a new price, carrying the lookup key.
            out.changes.append({ QStringLiteral("create_price"), QString(), tr("create price %1 on %2").arg(describePrice(p), remoteId), int(i) });
            if (wantsDefault)
                out.changes.append({ QStringLiteral("set_default_price"), QString(), tr("make it the default"), int(i) });
            if (was && !was->archived)
                archive << key;
        }
        for (const QString& key : std::as_const(archive))
            out.changes.append({ QStringLiteral("archive_price"), key.startsWith(u'#') ? QString() : key,
                                 tr("archive %1 (%2)").arg(name(key), describePrice(*before.value(key))) });
        // A price removed here: archived there (prices cannot be deleted through the API).
        QSet<QString> kept;
        for (const Price& p : local.prices)
            kept.insert(p.remoteId);
        for (const Price& p : synced.prices)
            if (!p.remoteId.isEmpty() && !kept.contains(p.remoteId) && !p.archived && !archive.contains(p.remoteId))
                out.changes.append({ QStringLiteral("archive_price"), p.remoteId, tr("archive %1 (%2)").arg(p.remoteId, describePrice(p)) });
        return out;
    }

    QString catalogTag(const QJsonObject& remote) const override
    {
        return remote.value(u"metadata").toObject().value(QLatin1String(kCatalogTag)).toString();
    }

    // A change plan's steps the Stripe way: a new price carries its lookup key over from the
    // price it replaces (transfer_lookup_key), is made the default, and only then is the old one
    // archived; what a price lets change is posted to the price itself.
    QList<ProviderRequest> buildChangeSteps(const Product& synced, const Product& local, const ChangeSet& changes,
                                            const AccountTarget& target, const QString& remoteId,
                                            const QString& idempotencyKey) const override
    {
        using RequestSerializer::derivedKey;
        using RequestSerializer::request;
        const ProviderSchema& s = schema();
        QList<ProviderRequest> out;
        QString lastCreated; // the placeholder of the price the latest create_price makes
        auto priceAt = [&](int index) { return index >= 0 && index < local.prices.size() ? &local.prices.at(index) : nullptr; };
        auto syncedPrice = [&](const QString& id) -> const Price* {
            for (const Price& p : synced.prices)
                if (!id.isEmpty() && p.remoteId == id)
                    return &p;
            return nullptr;
        };
        for (int i = 0; i < changes.changes.size(); ++i) {
            const PlannedChange& c = changes.changes.at(i);
            const QString step = changeStep(i);
            const QString key = derivedKey(idempotencyKey, step);
            WireValue body = WireValue::object();
            ProviderRequest r;
            if (c.operation == u"update_product") {
                Product bare = local;
                bare.prices.clear();
                r = request(step, s.updateProduct, target, remoteId, key, BodyEncoding::Form,
                            RequestSerializer::productFields(s, bare, Operation::Update));
            } else if (c.operation == u"create_price") {
                const Price* price = priceAt(c.priceIndex);
                if (!price)
                    return {};
                body.insert(QStringLiteral("product"), WireValue::string(remoteId));
                RequestSerializer::fill(body, s.priceFields, FieldView(s, local, price), price, Operation::Create);
                addPriceSettings(body, *price);
                if (!price->lookupKey.isEmpty())
                    body.insert(QStringLiteral("transfer_lookup_key"), WireValue::string(QStringLiteral("true")));
                r = request(step, s.createPrice, target, {}, key, BodyEncoding::Form, body);
                r.priceIndex = c.priceIndex;
                lastCreated = QStringLiteral("{%1.id}").arg(step);
            } else if (c.operation == u"set_default_price") {
                const QString price = c.target.isEmpty() ? lastCreated : c.target;
                if (price.isEmpty())
                    return {};
                body.insert(QStringLiteral("default_price"), WireValue::string(price));
                r = request(step, s.setDefaultPrice, target, remoteId, key, BodyEncoding::Form, body);
            } else if (c.operation == u"update_price") {
                const Price* price = priceAt(c.priceIndex);
                const Price* was = syncedPrice(c.target);
                if (!price || !was)
                    return {};
                if (was->nickname != price->nickname)
                    body.insert(QStringLiteral("nickname"), WireValue::string(price->nickname));
                if (was->lookupKey != price->lookupKey) {
                    body.insert(QStringLiteral("lookup_key"), WireValue::string(price->lookupKey));
                    if (!price->lookupKey.isEmpty())
                        body.insert(QStringLiteral("transfer_lookup_key"), WireValue::string(QStringLiteral("true")));
                }
                if (was->taxBehavior != price->taxBehavior) // none said is Stripe's "unspecified"
                    body.insert(QStringLiteral("tax_behavior"),
                                WireValue::string(price->taxBehavior.isEmpty() ? QStringLiteral("unspecified") : price->taxBehavior));
                if (was->archived && !price->archived)
                    body.insert(QStringLiteral("active"), WireValue::string(QStringLiteral("true")));
                r = request(step, s.updatePrice, target, c.target, key, BodyEncoding::Form, body);
            } else if (c.operation == u"archive_price") {
                if (c.target.isEmpty())
                    return {}; // a price sent before Pricebook kept price ids: its id is not known
                body.insert(QStringLiteral("active"), WireValue::string(QStringLiteral("false")));
                r = request(step, s.updatePrice, target, c.target, key, BodyEncoding::Form, body);
            } else {
                return {};
            }
            r.path.replace(QStringLiteral("{priceId}"), c.target);
            r.createsObject = c.operation == u"create_price";
            out.append(r);
        }
        return out;
    }

    double defaultRatePerSecond(const AccountTarget&, const QString& accountName) const override
    {
        // About 100 requests/s live and 25 in test mode; stay a little under.
        return accountName.contains(QStringLiteral("test"), Qt::CaseInsensitive) ? 20 : 80;
    }

    // Products with prices cannot be deleted, only archived: `active=false` on the product (its
    // prices stay as they are, so a restore sells them again).
    QList<ProviderRequest> archiveSteps(const AccountTarget& target, const QString& remoteId, bool archive,
                                        const QString& idempotencyKey) const override
    {
        WireValue body = WireValue::object();
        body.insert(QStringLiteral("active"), WireValue::string(archive ? QStringLiteral("false") : QStringLiteral("true")));
        const QString step = archive ? QStringLiteral("archive") : QStringLiteral("restore");
        return { RequestSerializer::request(step, schema().updateProduct, target, remoteId,
                                            RequestSerializer::derivedKey(idempotencyKey, step), BodyEncoding::Form, body) };
    }
    QString archiveUnavailableReason() const override { return {}; }

    // Secret keys sk_test_/sk_live_, restricted keys rk_test_/rk_live_.
    KeyMode keyMode(const QString& key, const AccountTarget&) const override
    {
        if (key.startsWith(u"sk_test_") || key.startsWith(u"rk_test_"))
            return KeyMode::Test;
        if (key.startsWith(u"sk_live_") || key.startsWith(u"rk_live_"))
            return KeyMode::Live;
        return KeyMode::Unknown;
    }

    // dashboard.stripe.com/[acct_…/][test/]products/prod_…
    QUrl dashboardUrl(const AccountTarget& target, const QString& remoteId, KeyMode mode) const override
    {
        if (remoteId.isEmpty() || mode == KeyMode::Unknown)
            return {};
        QString path = QStringLiteral("/");
        if (const QString connected = target.setting(QStringLiteral("stripe-account")); !connected.isEmpty())
            path += connected + u'/';
        if (mode == KeyMode::Test)
            path += QStringLiteral("test/");
        path += QStringLiteral("products/") + remoteId;
        QUrl url(QStringLiteral("https://dashboard.stripe.com"));
        url.setPath(path);
        return url;
    }
    QString dashboardUnavailableReason(KeyMode mode) const override
    {
        return mode == KeyMode::Unknown
            ? QCoreApplication::translate("ProviderService", "The account's key is neither a Stripe test nor a live key, so the dashboard page is not known.")
            : QString();
    }

    QString unknownOutcomeAdvice(const Product& product) const override
    {
        return advice(QT_TRANSLATE_NOOP("ProviderService", "Sending again is safe: Pricebook reuses this submission's idempotency key, "
                                                             "so Stripe answers with the first result instead of creating a second “%1”. "
                                                             "You can also look it up in Stripe."),
                      product);
    }

    void applyNewPriceDefaults(Price& price) const override { price.usageType = QStringLiteral("licensed"); }

    const ProviderEmulator* emulator() const override { return stripeEmulator(); }
};

} // namespace

std::unique_ptr<ProviderAdapter> makeStripeAdapter() { return std::make_unique<StripeAdapter>(); }

} // namespace pb
