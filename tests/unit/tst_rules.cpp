// Every provider rule, both ways: each row is a product and the fields that must be refused
// (empty: valid). A second table checks what is shown and required as governing fields change.
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "models/ProductFields.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pb;

namespace {

QByteArray withPrice(const char* priceFields, const char* productFields = "\"name\":\"P\"")
{
    return QByteArray("{") + productFields + ",\"prices\":[{" + priceFields + "}]}";
}

const char* kBase = R"("currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":2999)";
const char* kUsage = R"("currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"per_unit","amount":10)";
const char* kOneTime = R"("currency":"usd","billing":"one_time","scheme":"flat","amount":500)";

QByteArray cat(const char* a, const char* b) { return QByteArray(a) + "," + b; }

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void rules_data();
    void rules();
    void visibility_data();
    void visibility();
    void messagesReadWell();
    void updateChecksOnlyChangeableFields();
    void uncarriedDataIsNamed();
    void schemaPathsExist();
    void hostileInputNeverCrashes();
};

void TestRules::rules_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("errors");

    // ChatDash create: the conditional table of PROVIDERS.md.
    QTest::newRow("chatdash base valid") << "chatdash" << withPrice(kBase) << "";
    QTest::newRow("chatdash base needs period")
        << "chatdash" << withPrice(R"("currency":"usd","billing":"recurring","scheme":"flat","amount":2999)") << "prices[0].period";
    QTest::newRow("chatdash usage needs period")
        << "chatdash" << withPrice(R"("currency":"usd","billing":"recurring","scheme":"per_unit","amount":5,"usage_metric":"minutes")")
        << "prices[0].period";
    QTest::newRow("chatdash oneTime needs no period") << "chatdash" << withPrice(kOneTime) << "";
    QTest::newRow("chatdash base needs base_price")
        << "chatdash" << withPrice(R"("currency":"usd","billing":"recurring","interval":"month","scheme":"flat")")
        << "prices[0].base_price";
    QTest::newRow("chatdash oneTime needs base_price")
        << "chatdash" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"flat")") << "prices[0].base_price";
    QTest::newRow("chatdash usage needs usage_price")
        << "chatdash" << withPrice(R"("currency":"usd","billing":"recurring","interval":"month","scheme":"per_unit","usage_metric":"minutes")")
        << "prices[0].usage_price";
    QTest::newRow("chatdash usage needs metrics") << "chatdash" << withPrice(kUsage) << "prices[0].metrics";
    QTest::newRow("chatdash usage valid") << "chatdash" << withPrice(cat(kUsage, R"("usage_metric":"conversations")")) << "";
    QTest::newRow("chatdash base metrics optional alone") << "chatdash" << withPrice(cat(kBase, R"("usage_metric":"minutes")")) << "";
    QTest::newRow("chatdash usage_limit needs overage")
        << "chatdash" << withPrice(cat(kBase, R"("included_usage":100,"usage_metric":"minutes")")) << "prices[0].overage_price";
    QTest::newRow("chatdash usage_limit and overage need metrics on base")
        << "chatdash" << withPrice(cat(kBase, R"("included_usage":100,"overage_amount":15)")) << "prices[0].metrics";
    QTest::newRow("chatdash base with limit overage metrics valid")
        << "chatdash" << withPrice(cat(kBase, R"("included_usage":100,"overage_amount":15,"usage_metric":"minutes","tax_behavior":"exclusive")"))
        << "";
    QTest::newRow("chatdash overage without limit is optional")
        << "chatdash" << withPrice(cat(kBase, R"("overage_amount":15)")) << "";
    QTest::newRow("chatdash usage limit on usage needs overage")
        << "chatdash" << withPrice(cat(kUsage, R"("usage_metric":"minutes","included_usage":50)")) << "prices[0].overage_price";
    QTest::newRow("chatdash needs currency")
        << "chatdash" << withPrice(R"("billing":"one_time","scheme":"flat","amount":500)") << "prices[0].currency";
    QTest::newRow("chatdash currency must be iso")
        << "chatdash" << withPrice(R"("currency":"dollars","billing":"one_time","scheme":"flat","amount":500)") << "prices[0].currency";
    QTest::newRow("chatdash tax behavior enum")
        << "chatdash" << withPrice(cat(kOneTime, R"("tax_behavior":"sometimes")")) << "prices[0].tax_behavior";
    QTest::newRow("chatdash period enum")
        << "chatdash" << withPrice(R"("currency":"usd","billing":"recurring","interval":"fortnight","scheme":"flat","amount":1)")
        << "prices[0].period";
    QTest::newRow("chatdash metrics enum")
        << "chatdash" << withPrice(cat(kUsage, R"("usage_metric":"tokens")")) << "prices[0].metrics";
    QTest::newRow("chatdash bills every single period")
        << "chatdash" << withPrice(R"("currency":"usd","billing":"recurring","interval":"month","interval_count":2,"scheme":"flat","amount":1)")
        << "prices[0].interval_count";
    QTest::newRow("chatdash cannot carry tiers")
        << "chatdash" << withPrice(R"("currency":"usd","billing":"recurring","interval":"month","scheme":"tiered","tiers_mode":"volume","tiers":[{"up_to":"inf","unit_amount":5}])")
        << "prices[0].pricing_model";
    QTest::newRow("chatdash negative amount") << "chatdash" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"flat","amount":-1)") << "prices[0].base_price";
    QTest::newRow("chatdash negative usage limit")
        << "chatdash" << withPrice(cat(kBase, R"("included_usage":-5,"overage_amount":1,"usage_metric":"minutes")")) << "prices[0].usage_limit";
    QTest::newRow("chatdash needs a price") << "chatdash" << QByteArray(R"({"name":"P"})") << "prices";
    QTest::newRow("chatdash takes one price")
        << "chatdash" << QByteArray("{\"name\":\"P\",\"prices\":[{") + kOneTime + "},{" + kOneTime + "}]}" << "prices";
    QTest::newRow("chatdash needs a name") << "chatdash" << withPrice(kOneTime, "\"description\":\"d\"") << "name";

    // Stripe: product fields.
    QTest::newRow("stripe product without price") << "stripe" << QByteArray(R"({"name":"Gold Plan"})") << "";
    QTest::newRow("stripe needs name") << "stripe" << QByteArray(R"({"description":"x"})") << "name";
    QTest::newRow("stripe statement descriptor 22 ok")
        << "stripe" << QByteArray(R"({"name":"P","statement_descriptor":"ABCDEFGHIJKLMNOPQRSTUV"})") << "";
    QTest::newRow("stripe statement descriptor 23 too long")
        << "stripe" << QByteArray(R"({"name":"P","statement_descriptor":"ABCDEFGHIJKLMNOPQRSTUVW"})") << "statement_descriptor";
    QTest::newRow("stripe statement descriptor forbidden chars")
        << "stripe" << QByteArray(R"({"name":"P","statement_descriptor":"ACME <PRO>"})") << "statement_descriptor";
    QTest::newRow("stripe statement descriptor quote")
        << "stripe" << QByteArray(R"({"name":"P","statement_descriptor":"ACME's"})") << "statement_descriptor";
    QTest::newRow("stripe statement descriptor needs a letter")
        << "stripe" << QByteArray(R"({"name":"P","statement_descriptor":"12345"})") << "statement_descriptor";
    QTest::newRow("stripe unit label 12 ok") << "stripe" << QByteArray(R"({"name":"P","unit_label":"abcdefghijkl"})") << "";
    QTest::newRow("stripe unit label 13") << "stripe" << QByteArray(R"({"name":"P","unit_label":"abcdefghijklm"})") << "unit_label";
    QTest::newRow("stripe 8 images ok")
        << "stripe" << QByteArray(R"({"name":"P","images":["https://a.test/1","https://a.test/2","https://a.test/3","https://a.test/4","https://a.test/5","https://a.test/6","https://a.test/7","https://a.test/8"]})")
        << "";
    QTest::newRow("stripe 9 images")
        << "stripe" << QByteArray(R"({"name":"P","images":["https://a.test/1","https://a.test/2","https://a.test/3","https://a.test/4","https://a.test/5","https://a.test/6","https://a.test/7","https://a.test/8","https://a.test/9"]})")
        << "images";
    QTest::newRow("stripe image not a url") << "stripe" << QByteArray(R"({"name":"P","images":["logo.png"]})") << "images";
    QTest::newRow("stripe 16 marketing features")
        << "stripe" << QByteArray(R"({"name":"P","marketing_features":["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16"]})")
        << "marketing_features";
    QTest::newRow("stripe marketing feature of 81")
        << "stripe" << QByteArray("{\"name\":\"P\",\"marketing_features\":[\"") + QByteArray(81, 'x') + "\"]}" << "marketing_features";
    QTest::newRow("stripe marketing feature of 80 ok")
        << "stripe" << QByteArray("{\"name\":\"P\",\"marketing_features\":[\"") + QByteArray(80, 'x') + "\"]}" << "";
    QTest::newRow("stripe package dimensions all four")
        << "stripe" << QByteArray(R"({"name":"P","package_dimensions":{"height":"1.5","length":"2","width":"3.25","weight":"10"}})") << "";
    QTest::newRow("stripe package dimensions three of four")
        << "stripe" << QByteArray(R"({"name":"P","package_dimensions":{"height":"1.5","length":"2","width":"3.25"}})")
        << "package_dimensions.height";
    QTest::newRow("stripe url") << "stripe" << QByteArray(R"({"name":"P","url":"example dot com"})") << "url";
    QTest::newRow("stripe metadata key too long")
        << "stripe" << QByteArray(R"({"name":"P","metadata":{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa":"v"}})") << "metadata";
    QTest::newRow("stripe id with space") << "stripe" << QByteArray(R"({"name":"P","stripe_id":"my product"})") << "id";
    QTest::newRow("stripe inactive reads as archived") << "stripe" << QByteArray(R"({"name":"P","status":"inactive"})") << "";
    // Stripe: prices through default_price_data.
    QTest::newRow("stripe one-time flat") << "stripe" << withPrice(kOneTime) << "";
    QTest::newRow("stripe recurring needs interval")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","scheme":"flat","amount":1)") << "prices[0].recurring.interval";
    QTest::newRow("stripe needs price type")
        << "stripe" << withPrice(R"("currency":"usd","scheme":"flat","amount":1)") << "prices[0].type";
    QTest::newRow("stripe 36 months ok")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"month","interval_count":36,"scheme":"flat","amount":1)") << "";
    QTest::newRow("stripe 37 months")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"month","interval_count":37,"scheme":"flat","amount":1)")
        << "prices[0].recurring.interval_count";
    QTest::newRow("stripe 3 years ok")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"year","interval_count":3,"scheme":"flat","amount":1)") << "";
    QTest::newRow("stripe 4 years")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"year","interval_count":4,"scheme":"flat","amount":1)")
        << "prices[0].recurring.interval_count";
    QTest::newRow("stripe 156 weeks ok")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"week","interval_count":156,"scheme":"flat","amount":1)") << "";
    QTest::newRow("stripe 157 weeks")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"week","interval_count":157,"scheme":"flat","amount":1)")
        << "prices[0].recurring.interval_count";
    QTest::newRow("stripe 1096 days")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"day","interval_count":1096,"scheme":"flat","amount":1)")
        << "prices[0].recurring.interval_count";
    QTest::newRow("stripe zero interval count")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"day","interval_count":0,"scheme":"flat","amount":1)")
        << "prices[0].recurring.interval_count";
    QTest::newRow("stripe standard needs an amount")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"flat")") << "prices[0].unit_amount";
    QTest::newRow("stripe amount and decimal amount exclusive")
        << "stripe" << withPrice(cat(kOneTime, R"("amount_decimal":"0.5")")) << "prices[0].unit_amount";
    QTest::newRow("stripe decimal amount alone")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"per_unit","amount_decimal":"0.125")") << "";
    QTest::newRow("stripe decimal amount 13 places")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"per_unit","amount_decimal":"0.1234567890123")")
        << "prices[0].unit_amount_decimal";
    QTest::newRow("stripe unit amount above stripe maximum")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"flat","amount":100000000)") << "prices[0].unit_amount";
    QTest::newRow("stripe custom amount ordered")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"custom","custom_minimum":500,"custom_preset":1000,"custom_maximum":5000)") << "";
    QTest::newRow("stripe custom amount bare") << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"custom")") << "";
    QTest::newRow("stripe custom preset below minimum")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"custom","custom_minimum":500,"custom_preset":100,"custom_maximum":5000)")
        << "prices[0].custom_unit_amount.preset";
    QTest::newRow("stripe custom maximum below preset")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"custom","custom_minimum":500,"custom_preset":1000,"custom_maximum":900)")
        << "prices[0].custom_unit_amount.maximum";
    QTest::newRow("stripe custom maximum below minimum without preset")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"custom","custom_minimum":500,"custom_maximum":100)")
        << "prices[0].custom_unit_amount.maximum";
    const char* tiers = R"("currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"tiered")";
    QTest::newRow("stripe graduated tiers")
        << "stripe" << withPrice(cat(tiers, R"("tiers_mode":"graduated","tiers":[{"up_to":100,"unit_amount":100},{"up_to":1000,"unit_amount":80,"flat_amount":500},{"up_to":"inf","unit_amount":50}])"))
        << "";
    QTest::newRow("stripe tiered needs mode")
        << "stripe" << withPrice(cat(tiers, R"("tiers":[{"up_to":"inf","unit_amount":50}])")) << "prices[0].tiers_mode";
    QTest::newRow("stripe tiered needs tiers") << "stripe" << withPrice(cat(tiers, R"("tiers_mode":"volume")")) << "prices[0].tiers";
    QTest::newRow("stripe last tier must be unbounded")
        << "stripe" << withPrice(cat(tiers, R"("tiers_mode":"volume","tiers":[{"up_to":100,"unit_amount":100},{"up_to":200,"unit_amount":80}])"))
        << "prices[0].tiers";
    QTest::newRow("stripe tiers ascending")
        << "stripe" << withPrice(cat(tiers, R"("tiers_mode":"volume","tiers":[{"up_to":100,"unit_amount":100},{"up_to":100,"unit_amount":80},{"up_to":"inf","unit_amount":1}])"))
        << "prices[0].tiers";
    QTest::newRow("stripe only last tier unbounded")
        << "stripe" << withPrice(cat(tiers, R"("tiers_mode":"volume","tiers":[{"up_to":"inf","unit_amount":100},{"up_to":"inf","unit_amount":80}])"))
        << "prices[0].tiers";
    QTest::newRow("stripe tier needs an amount")
        << "stripe" << withPrice(cat(tiers, R"("tiers_mode":"volume","tiers":[{"up_to":10},{"up_to":"inf","unit_amount":80}])"))
        << "prices[0].tiers";
    QTest::newRow("stripe package")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"package","amount":500,"package_size":100,"package_rounding":"up")") << "";
    QTest::newRow("stripe package needs size")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"package","amount":500,"package_rounding":"up")")
        << "prices[0].transform_quantity.divide_by";
    QTest::newRow("stripe package needs rounding")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"package","amount":500,"package_size":100)")
        << "prices[0].transform_quantity.round";
    QTest::newRow("stripe package needs its price")
        << "stripe" << withPrice(R"("currency":"usd","billing":"one_time","scheme":"package","package_size":100,"package_rounding":"down")")
        << "prices[0].unit_amount";
    QTest::newRow("stripe metered needs meter")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"month","scheme":"per_unit","amount":3,"usage_type":"metered")")
        << "prices[0].recurring.meter";
    QTest::newRow("stripe metered with meter")
        << "stripe" << withPrice(R"("currency":"usd","billing":"recurring","interval":"month","scheme":"per_unit","amount":3,"usage_type":"metered","meter_id":"mtr_123")") << "";
    QTest::newRow("stripe currency options")
        << "stripe" << withPrice(cat(kOneTime, R"("currency_options":{"eur":450,"jpy":700})")) << "";
    QTest::newRow("stripe currency option repeats main currency")
        << "stripe" << withPrice(cat(kOneTime, R"("currency_options":{"usd":450})")) << "prices[0].currency_options";
    QTest::newRow("stripe currency option unknown")
        << "stripe" << withPrice(cat(kOneTime, R"("currency_options":{"zzz":450})")) << "prices[0].currency_options";
    QTest::newRow("stripe takes several prices")
        << "stripe" << QByteArray("{\"name\":\"P\",\"prices\":[{") + kOneTime + "},{" + kOneTime + "}]}" << "";
    QTest::newRow("stripe checks every price")
        << "stripe" << QByteArray("{\"name\":\"P\",\"prices\":[{") + kOneTime + "},{\"currency\":\"zzz\"}]}" << "prices[1].currency; prices[1].pricing_scheme; prices[1].type";

    // Piriod: product, then plans.
    const char* plan = R"("plan_name":"Monthly","plan_description":"Billed monthly","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000)";
    const char* piriodProduct = R"("name":"Agenda","unit_label":"seat")";
    QTest::newRow("piriod valid") << "piriod" << withPrice(plan, piriodProduct) << "";
    QTest::newRow("piriod product alone") << "piriod" << QByteArray(R"({"name":"Agenda","unit_label":"seat"})") << "";
    QTest::newRow("piriod needs unit label") << "piriod" << QByteArray(R"({"name":"Agenda"})") << "unit_label";
    QTest::newRow("piriod unit label 13")
        << "piriod" << QByteArray(R"({"name":"Agenda","unit_label":"abcdefghijklm"})") << "unit_label";
    QTest::newRow("piriod name 81")
        << "piriod" << QByteArray("{\"unit_label\":\"u\",\"name\":\"") + QByteArray(81, 'n') + "\"}" << "name";
    QTest::newRow("piriod name 80 ok")
        << "piriod" << QByteArray("{\"unit_label\":\"u\",\"name\":\"") + QByteArray(80, 'n') + "\"}" << "";
    QTest::newRow("piriod status archived") << "piriod" << QByteArray(R"({"name":"A","unit_label":"u","status":"archived"})") << "";
    QTest::newRow("piriod status inactive unknown") << "piriod" << QByteArray(R"({"name":"A","unit_label":"u","status":"inactive"})") << "status";
    QTest::newRow("piriod plan name 57")
        << "piriod" << withPrice(cat(R"("currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1,"plan_description":"d")",
                                     (QByteArray("\"plan_name\":\"") + QByteArray(57, 'p') + "\"").constData()), piriodProduct)
        << "prices[0].plan_name";
    QTest::newRow("piriod plan needs description")
        << "piriod" << withPrice(R"("plan_name":"M","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1)", piriodProduct)
        << "prices[0].plan_description";
    QTest::newRow("piriod plan description 201")
        << "piriod" << withPrice(cat(R"("plan_name":"M","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1)",
                                     (QByteArray("\"plan_description\":\"") + QByteArray(201, 'd') + "\"").constData()), piriodProduct)
        << "prices[0].plan_description";
    QTest::newRow("piriod sku 33")
        << "piriod" << withPrice(cat(plan, (QByteArray("\"sku\":\"") + QByteArray(33, 's') + "\"").constData()), piriodProduct) << "prices[0].sku";
    QTest::newRow("piriod plan unit label 5")
        << "piriod" << withPrice(cat(plan, R"("plan_unit_label":"seats")"), piriodProduct) << "prices[0].plan_unit_label";
    QTest::newRow("piriod quarterly")
        << "piriod" << withPrice(R"("plan_name":"Q","plan_description":"d","currency":"usd","billing":"recurring","interval":"month","interval_count":3,"scheme":"flat","amount":100)", piriodProduct) << "";
    QTest::newRow("piriod every two weeks is no frequency")
        << "piriod" << withPrice(R"("plan_name":"Q","plan_description":"d","currency":"usd","billing":"recurring","interval":"week","interval_count":2,"scheme":"flat","amount":100)", piriodProduct)
        << "prices[0].frequency";
    QTest::newRow("piriod plans are recurring")
        << "piriod" << withPrice(R"("plan_name":"Q","plan_description":"d","currency":"usd","billing":"one_time","scheme":"flat","amount":100)", piriodProduct)
        << "prices[0].frequency";
    QTest::newRow("piriod needs amount")
        << "piriod" << withPrice(R"("plan_name":"Q","plan_description":"d","currency":"usd","billing":"recurring","interval":"year","interval_count":1,"scheme":"flat")", piriodProduct)
        << "prices[0].amount";
    QTest::newRow("piriod metered with aggregation")
        << "piriod" << withPrice(cat(plan, R"("usage_type":"metered","usage_aggregation":"max")"), piriodProduct) << "";
    QTest::newRow("piriod aggregation enum")
        << "piriod" << withPrice(cat(plan, R"("usage_type":"metered","usage_aggregation":"avg")"), piriodProduct) << "prices[0].usage_aggregation";
    const char* piriodTiered = R"("plan_name":"T","plan_description":"d","currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"tiered","amount":0)";
    QTest::newRow("piriod tiered valid")
        << "piriod" << withPrice(cat(piriodTiered, R"("tiers_mode":"graduated","tiers":[{"up_to":10,"unit_amount":100},{"up_to":"inf","flat_amount":900}])"), piriodProduct) << "";
    QTest::newRow("piriod tiered needs mode")
        << "piriod" << withPrice(cat(piriodTiered, R"("tiers":[{"up_to":"inf","unit_amount":100}])"), piriodProduct) << "prices[0].tiers_mode";
    QTest::newRow("piriod tier takes one amount")
        << "piriod" << withPrice(cat(piriodTiered, R"("tiers_mode":"volume","tiers":[{"up_to":"inf","unit_amount":100,"flat_amount":5}])"), piriodProduct)
        << "prices[0].tiers";
    QTest::newRow("piriod tiers overlap")
        << "piriod" << withPrice(cat(piriodTiered, R"("tiers_mode":"volume","tiers":[{"up_to":10,"unit_amount":1},{"up_to":5,"unit_amount":1},{"up_to":"inf","unit_amount":1}])"), piriodProduct)
        << "prices[0].tiers";
    QTest::newRow("piriod currency") << "piriod" << withPrice(cat(plan, R"("sku":"A")"), piriodProduct).replace("clp", "peso") << "prices[0].currency";

    // Jani.
    QTest::newRow("jani valid") << "jani" << QByteArray(R"({"name":"Food traceability","product_type":"standard"})") << "";
    QTest::newRow("jani needs type") << "jani" << QByteArray(R"({"name":"Food traceability"})") << "type";
    QTest::newRow("jani needs name") << "jani" << QByteArray(R"({"product_type":"standard"})") << "name";
    QTest::newRow("jani custom type") << "jani" << QByteArray(R"({"name":"F","product_type":"addon"})") << "";
    QTest::newRow("jani custom data object")
        << "jani" << QByteArray(R"({"name":"F","product_type":"standard","custom_data":{"farm":"north","rows":[1,2]}})") << "";
    QTest::newRow("jani custom data null") << "jani" << QByteArray(R"({"name":"F","product_type":"standard","custom_data":null})") << "";
    QTest::newRow("jani image url https")
        << "jani" << QByteArray(R"({"name":"F","product_type":"standard","image_url":"https://img.test/a.png"})") << "";
    QTest::newRow("jani image url ftp")
        << "jani" << QByteArray(R"({"name":"F","product_type":"standard","image_url":"ftp://img.test/a.png"})") << "image_url";
    QTest::newRow("jani status inactive") << "jani" << QByteArray(R"({"name":"F","product_type":"standard","status":"inactive"})") << "";
    QTest::newRow("jani status unknown") << "jani" << QByteArray(R"({"name":"F","product_type":"standard","status":"deleted"})") << "status";
    QTest::newRow("jani prices are only a warning") << "jani" << withPrice(kOneTime, R"("name":"F","product_type":"standard")") << "";
}

void TestRules::rules()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, document);
    QFETCH(QString, errors);
    const Product p = pbtest::product(document);
    const ValidationResult r = Validator::validate(schemaOf(*providerFromKey(provider)), p);
    QCOMPARE(pbtest::errorLocations(r), errors);
    QCOMPARE(r.isValid(), errors.isEmpty());
}

void TestRules::visibility_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<bool>("required");

    const QByteArray base = withPrice(kBase), usage = withPrice(kUsage), oneTime = withPrice(kOneTime);
    const QByteArray baseWithLimit = withPrice(cat(kBase, R"("included_usage":100)"));
    const QByteArray baseWithLimitAndOverage = withPrice(cat(kBase, R"("included_usage":100,"overage_amount":5)"));
    QTest::newRow("chatdash period base") << "chatdash" << base << "period" << true << true;
    QTest::newRow("chatdash period usage") << "chatdash" << usage << "period" << true << true;
    QTest::newRow("chatdash period oneTime") << "chatdash" << oneTime << "period" << false << false;
    QTest::newRow("chatdash base_price base") << "chatdash" << base << "base_price" << true << true;
    QTest::newRow("chatdash base_price oneTime") << "chatdash" << oneTime << "base_price" << true << true;
    QTest::newRow("chatdash base_price usage") << "chatdash" << usage << "base_price" << false << false;
    QTest::newRow("chatdash usage_price usage") << "chatdash" << usage << "usage_price" << true << true;
    QTest::newRow("chatdash usage_price base") << "chatdash" << base << "usage_price" << false << false;
    QTest::newRow("chatdash metrics usage") << "chatdash" << usage << "metrics" << true << true;
    QTest::newRow("chatdash metrics base") << "chatdash" << base << "metrics" << true << false;
    QTest::newRow("chatdash metrics base with limit only") << "chatdash" << baseWithLimit << "metrics" << true << false;
    QTest::newRow("chatdash metrics base with limit and overage") << "chatdash" << baseWithLimitAndOverage << "metrics" << true << true;
    QTest::newRow("chatdash metrics oneTime") << "chatdash" << oneTime << "metrics" << false << false;
    QTest::newRow("chatdash overage without limit") << "chatdash" << base << "overage_price" << true << false;
    QTest::newRow("chatdash overage with limit") << "chatdash" << baseWithLimit << "overage_price" << true << true;
    QTest::newRow("chatdash usage_limit oneTime") << "chatdash" << oneTime << "usage_limit" << false << false;
    QTest::newRow("chatdash tax behavior optional") << "chatdash" << base << "tax_behavior" << true << false;

    const QByteArray stripeOneTime = withPrice(kOneTime);
    const QByteArray stripeRecurring = withPrice(kBase);
    const QByteArray stripeCustom = withPrice(R"("currency":"usd","billing":"one_time","scheme":"custom")");
    const QByteArray stripeTiered = withPrice(R"("currency":"usd","billing":"recurring","interval":"month","scheme":"tiered")");
    const QByteArray stripePackage = withPrice(R"("currency":"usd","billing":"one_time","scheme":"package")");
    const QByteArray stripeMetered = withPrice(R"("currency":"usd","billing":"recurring","interval":"month","scheme":"per_unit","usage_type":"metered")");
    QTest::newRow("stripe interval one-time") << "stripe" << stripeOneTime << "recurring.interval" << false << false;
    QTest::newRow("stripe interval recurring") << "stripe" << stripeRecurring << "recurring.interval" << true << true;
    QTest::newRow("stripe interval count recurring") << "stripe" << stripeRecurring << "recurring.interval_count" << true << false;
    QTest::newRow("stripe meter licensed") << "stripe" << stripeRecurring << "recurring.meter" << false << false;
    QTest::newRow("stripe meter metered") << "stripe" << stripeMetered << "recurring.meter" << true << true;
    QTest::newRow("stripe unit amount standard") << "stripe" << stripeOneTime << "unit_amount" << true << false;
    QTest::newRow("stripe unit amount custom") << "stripe" << stripeCustom << "unit_amount" << false << false;
    QTest::newRow("stripe unit amount package") << "stripe" << stripePackage << "unit_amount" << true << true;
    QTest::newRow("stripe custom minimum custom") << "stripe" << stripeCustom << "custom_unit_amount.minimum" << true << false;
    QTest::newRow("stripe custom minimum standard") << "stripe" << stripeOneTime << "custom_unit_amount.minimum" << false << false;
    QTest::newRow("stripe tiers tiered") << "stripe" << stripeTiered << "tiers" << true << true;
    QTest::newRow("stripe tiers standard") << "stripe" << stripeRecurring << "tiers" << false << false;
    QTest::newRow("stripe tiers mode tiered") << "stripe" << stripeTiered << "tiers_mode" << true << true;
    QTest::newRow("stripe divide by package") << "stripe" << stripePackage << "transform_quantity.divide_by" << true << true;
    QTest::newRow("stripe divide by tiered") << "stripe" << stripeTiered << "transform_quantity.divide_by" << false << false;
    QTest::newRow("stripe currency options standard") << "stripe" << stripeOneTime << "currency_options" << true << false;
    QTest::newRow("stripe currency options tiered") << "stripe" << stripeTiered << "currency_options" << false << false;

    const char* piriodProduct = R"("name":"Agenda","unit_label":"seat")";
    QTest::newRow("piriod aggregation licensed")
        << "piriod" << withPrice(R"("usage_type":"licensed")", piriodProduct) << "usage_aggregation" << false << false;
    QTest::newRow("piriod aggregation metered")
        << "piriod" << withPrice(R"("usage_type":"metered")", piriodProduct) << "usage_aggregation" << true << false;
    QTest::newRow("piriod tiers mode flat")
        << "piriod" << withPrice(R"("scheme":"flat")", piriodProduct) << "tiers_mode" << false << false;
    QTest::newRow("piriod tiers mode tiered")
        << "piriod" << withPrice(R"("scheme":"tiered")", piriodProduct) << "tiers_mode" << true << true;
    QTest::newRow("piriod tiers tiered") << "piriod" << withPrice(R"("scheme":"tiered")", piriodProduct) << "tiers" << true << true;
}

void TestRules::visibility()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, document);
    QFETCH(QString, field);
    QFETCH(bool, visible);
    QFETCH(bool, required);
    const ProviderSchema& schema = schemaOf(*providerFromKey(provider));
    const Product p = pbtest::product(document);
    const FieldSpec* f = schema.field(field);
    QVERIFY2(f, qPrintable(field));
    const FieldView view(schema, p, p.prices.isEmpty() ? nullptr : &p.prices.first());
    QCOMPARE(view.isVisible(*f), visible);
    QCOMPARE(view.isRequired(*f), required);
}

void TestRules::messagesReadWell()
{
    const ProviderSchema& chatdash = schemaOf(providers::ChatDash);
    const Product p = pbtest::product(withPrice(cat(kBase, R"("included_usage":100,"usage_metric":"minutes")")));
    const ValidationResult r = Validator::validate(chatdash, p);
    QCOMPARE(r.errorsFor(QStringLiteral("overage_price"), 0).size(), 1);
    QCOMPARE(r.errorsFor(QStringLiteral("overage_price"), 0).first().message,
             QStringLiteral("Overage price is required when included usage is set."));

    const Product tiered = pbtest::product(withPrice(R"("currency":"usd","billing":"recurring","interval":"month","scheme":"tiered","tiers_mode":"volume","tiers":[{"up_to":"inf","unit_amount":5}])"));
    const QString m = Validator::validate(chatdash, tiered).errorsFor(QStringLiteral("pricing_model"), 0).value(0).message;
    QVERIFY2(m.contains(QStringLiteral("ChatDash cannot carry this kind of price")), qPrintable(m));

    const Product longDescriptor = pbtest::product(R"({"name":"P","statement_descriptor":"ABCDEFGHIJKLMNOPQRSTUVW"})");
    QCOMPARE(Validator::validate(schemaOf(providers::Stripe), longDescriptor).messages.first().message,
             QStringLiteral("Statement descriptor is too long: 23 characters, at most 22."));

    const Product months = pbtest::product(withPrice(R"("currency":"usd","billing":"recurring","interval":"month","interval_count":37,"scheme":"flat","amount":1)"));
    QCOMPARE(Validator::validate(schemaOf(providers::Stripe), months).messages.first().message,
             QStringLiteral("Billing every can be at most 36 when the billing period is “month”."));
}

void TestRules::updateChecksOnlyChangeableFields()
{
    const ProviderSchema& chatdash = schemaOf(providers::ChatDash);
    const Product nameOnly = pbtest::product(R"({"name":"Renamed"})");
    QVERIFY(!Validator::validate(chatdash, nameOnly, Operation::Create).isValid());
    QVERIFY(Validator::validate(chatdash, nameOnly, Operation::Update).isValid());
    const Product noName = pbtest::product(R"({"description":"only a description"})");
    QCOMPARE(pbtest::errorLocations(Validator::validate(chatdash, noName, Operation::Update)), QStringLiteral("name"));
}

void TestRules::uncarriedDataIsNamed()
{
    const Product p = pbtest::product(withPrice(cat(kBase, R"("included_usage":100,"overage_amount":15,"usage_metric":"minutes")")));
    const ValidationResult r = Validator::validate(schemaOf(providers::Stripe), p);
    QVERIFY(r.isValid());
    QCOMPARE(r.messages.size(), 1);
    QVERIFY(r.messages.first().warning);
    QCOMPARE(r.messages.first().message,
             QStringLiteral("Stripe does not take these, so they will not be sent: Included usage, Overage price, Usage metric."));
    QVERIFY(Validator::validate(schemaOf(providers::ChatDash), p).messages.isEmpty());
}

void TestRules::schemaPathsExist()
{
    // Every path a schema names is a model member; every composite option assigns real members.
    for (Provider provider : allProviders()) {
        const ProviderSchema& schema = schemaOf(provider);
        QStringList keys;
        for (const FieldSpec* f : schema.allFields()) {
            QVERIFY2(!keys.contains(f->key), qPrintable(providerKey(provider) + u' ' + f->key));
            keys << f->key;
            if (!f->path.isEmpty())
                QVERIFY2(ProductFields::exists(f->path), qPrintable(f->path));
            for (const Option& o : f->options)
                for (const Assignment& a : o.assign)
                    QVERIFY2(ProductFields::exists(a.path), qPrintable(a.path));
            for (const auto& alternative : f->visibleWhen + f->requiredWhen)
                for (const Clause& c : alternative)
                    QVERIFY2(schema.field(c.field), qPrintable(c.field));
            QVERIFY(f->label && *f->label);
            QVERIFY(f->type == FieldType::Constant || !f->path.isEmpty() || f->isComposite());
        }
        for (const CrossRule& rule : schema.productRules + schema.priceRules)
            for (const QString& key : rule.fields)
                QVERIFY2(schema.field(key), qPrintable(key));
    }
}

void TestRules::hostileInputNeverCrashes()
{
    // Random junk in every model member, validated against every provider: no crash, no hang,
    // and every product with junk in a required member is refused.
    QRandomGenerator rng(20261121);
    const QStringList junk = { QString(), QString(100000, u'x'), QStringLiteral("\u0000\u0001\u202e"),
                               QStringLiteral("<script>'\"\\"), QStringLiteral("inf"), QStringLiteral("-1"),
                               QStringLiteral("{not json"), QStringLiteral("[]"), QStringLiteral("🙂🙂"),
                               QStringLiteral("999999999999999999999999") };
    for (int round = 0; round < 300; ++round) {
        Product p;
        p.prices.resize(rng.bounded(0, 4));
        for (const QString& path : ProductFields::allPaths()) {
            const ValueKind kind = ProductFields::kind(path);
            QVariant v;
            switch (kind) {
            case ValueKind::Text: v = junk.at(rng.bounded(junk.size())); break;
            case ValueKind::Integer: v = qlonglong(rng.generate64()); break;
            case ValueKind::Bool: v = bool(rng.bounded(2)); break;
            case ValueKind::TextList: v = QStringList(rng.bounded(0, 40), junk.at(rng.bounded(junk.size()))); break;
            case ValueKind::KeyValues: v = QVariant::fromValue(PbKeyValueList { { junk.at(rng.bounded(junk.size())), junk.at(1) } }); break;
            case ValueKind::Tiers: {
                QList<Tier> tiers(rng.bounded(0, 300));
                for (Tier& t : tiers) {
                    if (rng.bounded(3))
                        t.upTo = qint64(rng.generate64());
                    if (rng.bounded(2))
                        t.unitAmount = qint64(rng.generate64());
                }
                v = QVariant::fromValue(tiers);
                break;
            }
            case ValueKind::CurrencyAmounts:
                v = QVariant::fromValue(QList<CurrencyAmount> { { junk.at(rng.bounded(junk.size())), qint64(rng.generate64()) } });
                break;
            }
            if (ProductFields::isPricePath(path)) {
                for (Price& price : p.prices)
                    ProductFields::write(p, &price, path, v);
            } else {
                ProductFields::write(p, nullptr, path, v);
            }
        }
        for (Provider provider : allProviders()) {
            const ValidationResult r = Validator::validate(schemaOf(provider), p);
            if (p.name.trimmed().isEmpty())
                QVERIFY(!r.isValid());
        }
    }
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
