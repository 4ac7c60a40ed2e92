#include "ProductEditor.h"
#include "services/providers/Registry.h"

#include "FieldEditors.h"

#include "models/Money.h"
#include "models/PriceCalculator.h"
#include "models/PricingSummary.h"
#include "models/ProductFields.h"
#include "services/providers/RequestReader.h"
#include "services/sandbox/SandboxAccounts.h"
#include "ui_ProductEditor.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QUndoCommand>
#include <QValueAxis>

#include <cmath>

namespace pb {

namespace {

// One edit of one product. Consecutive edits of the same field merge into one step.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ProductEditor* editor, CatalogEntry before, CatalogEntry after, const QString& text, int mergeId)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {
    }
    void undo() override { apply(m_before); }
    void redo() override
    {
        if (m_first) { // the editor already shows it; only report it
            m_first = false;
            return;
        }
        apply(m_after);
    }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const EditCommand*>(other);
        if (o->m_after.id != m_after.id || m_mergeId < 0)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    void apply(const CatalogEntry& e)
    {
        if (m_editor)
            m_editor->applyEntry(e);
    }
    QPointer<ProductEditor> m_editor;
    CatalogEntry m_before;
    CatalogEntry m_after;
    int m_mergeId;
    bool m_first = true;
};

} // namespace

ProductEditor::ProductEditor(QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProductEditor>())
    , m_undo(undoStack)
{
    m_ui->setupUi(this);
    m_productForm = std::make_unique<SchemaForm>(m_ui->productFormLayout, -1);
    m_priceForm = std::make_unique<SchemaForm>(m_ui->priceFormLayout, 0);
    m_productForm->setMoreLayout(m_ui->moreProductFormLayout);
    m_priceForm->setMoreLayout(m_ui->morePriceFormLayout);
    m_moreRemembered = QSettings().value(QStringLiteral("editor/moreOptionsOpen"), false).toBool();
    showMoreOptions(m_moreRemembered);
    connect(m_ui->moreOptionsButton, &QToolButton::clicked, this, [this](bool open) { setMoreOptionsOpen(open); });
    for (Provider p : allProviders())
        m_ui->providerComboBox->addItem(providerDisplayName(p), providerKey(p));
    for (QComboBox* combo : { m_ui->providerComboBox, m_ui->accountComboBox, m_ui->priceSelectorComboBox })
        WheelGuard::install(combo);
    connect(m_productForm.get(), &SchemaForm::edited, this, [this](const QString& key, const QVariant& v) { onFieldEdited(false, key, v); });
    connect(m_priceForm.get(), &SchemaForm::edited, this, [this](const QString& key, const QVariant& v) { onFieldEdited(true, key, v); });
    connect(m_productForm.get(), &SchemaForm::inputRejected, this, [this] { refresh(); });
    connect(m_priceForm.get(), &SchemaForm::inputRejected, this, [this] { refresh(); });
    connect(m_ui->providerComboBox, &QComboBox::activated, this, [this] {
        const auto provider = providerFromKey(m_ui->providerComboBox->currentData().toString());
        if (!provider || *provider == m_entry.provider)
            return;
        edit(tr("Change provider"), [this, provider](CatalogEntry& e) {
            dropStartingValues(e, *provider);
            e.provider = *provider;
            // An account of another provider cannot receive this product.
            for (const Account& a : std::as_const(m_accounts))
                if (a.id == e.accountId && a.target.provider != *provider)
                    e.accountId.clear();
            // The one account there is for the provider is the one it goes to.
            const auto own = [&](const Account& a) { return a.target.provider == *provider; };
            if (e.accountId.isEmpty() && std::count_if(m_accounts.cbegin(), m_accounts.cend(), own) == 1)
                e.accountId = std::find_if(m_accounts.cbegin(), m_accounts.cend(), own)->id;
            const ProviderSchema& schema = schemaOf(*provider);
            if (e.product.prices.isEmpty() && schema.maxPrices != 0 && schema.minPrices > 0)
                e.product.prices.append(newPrice(*provider));
        });
    });
    connect(m_ui->accountComboBox, &QComboBox::activated, this, [this] {
        const QString id = m_ui->accountComboBox->currentData().toString();
        if (id == m_entry.accountId)
            return;
        edit(tr("Change account"), [id](CatalogEntry& e) { e.accountId = id; });
    });
    connect(m_ui->priceSelectorComboBox, &QComboBox::activated, this, [this](int index) { setCurrentPrice(index); });
    // An archived price: said so above its (read-only) fields, with the way to offer it again.
    m_archivedBox = new QWidget(m_ui->priceGroupBox);
    m_archivedBox->setObjectName(QStringLiteral("archivedPriceBox"));
    auto* archivedLayout = new QHBoxLayout(m_archivedBox);
    archivedLayout->setContentsMargins(0, 0, 0, 0);
    m_archivedLabel = new QLabel(m_archivedBox);
    m_archivedLabel->setObjectName(QStringLiteral("archivedPriceLabel"));
    m_archivedLabel->setWordWrap(true);
    m_archivedLabel->setForegroundRole(QPalette::PlaceholderText);
    archivedLayout->addWidget(m_archivedLabel, 1);
    m_restorePriceButton = new QToolButton(m_archivedBox);
    m_restorePriceButton->setObjectName(QStringLiteral("restorePriceButton"));
    archivedLayout->addWidget(m_restorePriceButton);
    m_ui->priceGroupLayout->insertWidget(1, m_archivedBox);
    m_archivedBox->setVisible(false);
    connect(m_restorePriceButton, &QToolButton::clicked, this, [this] {
        const int index = m_priceIndex;
        if (index >= m_entry.product.prices.size() || !m_entry.product.prices.at(index).archived)
            return;
        edit(m_restorePriceButton->text(), [index](CatalogEntry& e) {
            if (index < e.product.prices.size())
                e.product.prices[index].archived = false;
        });
    });
    connect(m_ui->addPriceButton, &QToolButton::clicked, this, [this] {
        const QString currency = m_entry.product.prices.isEmpty() ? QStringLiteral("usd") : m_entry.product.prices.last().currency;
        edit(m_ui->addPriceButton->text(), [currency](CatalogEntry& e) { e.product.prices.append(newPrice(e.provider, currency)); });
        setCurrentPrice(int(m_entry.product.prices.size()) - 1);
    });
    connect(m_ui->removePriceButton, &QToolButton::clicked, this, [this] {
        if (m_entry.product.prices.isEmpty())
            return;
        const int index = m_priceIndex;
        edit(m_ui->removePriceButton->text(), [index](CatalogEntry& e) {
            if (index < e.product.prices.size())
                e.product.prices.removeAt(index);
        });
        setCurrentPrice(qMax(0, index - 1));
    });
    // What the customer pays against usage, for usage-based and tiered prices.
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true); // "1.234,5" on the axes in German
    m_costSeries = new QLineSeries(chart);
    chart->addSeries(m_costSeries);
    m_usageAxis = new QValueAxis(chart);
    m_usageAxis->setTitleText(tr("Usage"));
    m_usageAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_costAxis = new QValueAxis(chart);
    // The amount axis is named in the chart's title: a vertical title does not fit a short chart.
    chart->setTitle(tr("What the customer pays"));
    chart->addAxis(m_usageAxis, Qt::AlignBottom);
    chart->addAxis(m_costAxis, Qt::AlignLeft);
    m_costSeries->attachAxis(m_usageAxis);
    m_costSeries->attachAxis(m_costAxis);
    m_chartView = new QChartView(chart, m_ui->formScrollContents);
    m_chartView->setObjectName(QStringLiteral("usageChartView"));
    m_chartView->setAccessibleName(tr("Cost against usage"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(170);
    m_chartView->setMaximumHeight(220);
    m_chartView->setVisible(false);
    // Neither the chart nor the scroll area around the form is a Tab stop: only fields are.
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_ui->formScrollArea->setFocusPolicy(Qt::NoFocus);
    m_ui->formContentsLayout->insertWidget(m_ui->formContentsLayout->indexOf(m_ui->priceGroupBox) + 1, m_chartView);
    // Room left over goes below the form, never into a group between its rows.
    m_ui->formContentsLayout->setStretch(m_ui->formContentsLayout->count() - 1, 1);
    clearEntry(QString());
}

ProductEditor::~ProductEditor() = default;

QList<QPointF> ProductEditor::chartPoints() const { return m_costSeries->points(); }

Product ProductEditor::sentProduct() const
{
    // What the provider receives, read back from the request the product makes: fields it does
    // not take (hidden, or not carried by this pricing model) play no part.
    AccountTarget target { m_entry.provider, {}, {} };
    for (const AccountField& field : adapterFor(m_entry.provider).accountFields())
        target.set(field.key, field.flag ? QString() : QStringLiteral("account")); // any account will do
    // Archived prices are never sent: they are read back as they are, at their places.
    Product live = m_entry.product;
    live.prices.clear();
    for (const Price& p : m_entry.product.prices)
        if (!p.archived)
            live.prices.append(p);
    ReadBack back = RequestReader::readBackCreate(live, target);
    if (!back.ok() || back.product.prices.size() != live.prices.size())
        return m_entry.product;
    Product sent = back.product;
    sent.prices.clear();
    qsizetype next = 0;
    for (const Price& typed : m_entry.product.prices) {
        if (typed.archived) {
            sent.prices.append(typed);
            continue;
        }
        // A flat amount and a per-unit amount can travel alike; the person's choice names it.
        Price read = back.product.prices.at(next++);
        if (read.scheme == u"flat" && typed.scheme == u"per_unit")
            read.scheme = typed.scheme;
        sent.prices.append(read);
    }
    return sent;
}

ProductEditor::RoundAxis ProductEditor::roundAxis(double top, double smallestStep)
{
    // About four intervals of 1, 2 or 5 × 10^n, from 0 to the first such tick at or above the top.
    const double raw = qMax(top / 4, smallestStep);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : { 1.0, 2.0, 5.0 })
        if (raw <= m * magnitude * (1 + 1e-9)) {
            step = m * magnitude;
            break;
        }
    const int intervals = qMax(1, int(std::ceil(top / step - 1e-9)));
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    return { step * intervals, intervals + 1, step, decimals };
}

void ProductEditor::updateChart(const Product& sent)
{
    const ProviderSchema& schema = schemaOf(m_entry.provider);
    const Price* price = m_hasEntry && schema.maxPrices != 0 && m_priceIndex < sent.prices.size()
            && !sent.prices.at(m_priceIndex).archived
        ? &sent.prices.at(m_priceIndex)
        : nullptr;
    const bool show = price && PriceCalculator::dependsOnUsage(*price) && PriceCalculator::cost(*price, 1).has_value();
    m_chartView->setVisible(show);
    if (!show)
        return;
    const qint64 range = PriceCalculator::chartRange(*price);
    const int exponent = Currency::exponent(price->currency);
    double scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    // Plotting only: amounts become doubles for the axis, never for anything that is stored or sent.
    QList<QPointF> points;
    double top = 0;
    constexpr int kSteps = 80;
    for (int i = 0; i <= kSteps; ++i) {
        const qint64 q = range * i / kSteps;
        const qint64 c = PriceCalculator::cost(*price, q).value_or(0);
        points.append(QPointF(double(q), double(c) / scale));
        top = qMax(top, double(c) / scale);
    }
    m_costSeries->replace(points);
    const RoundAxis usage = roundAxis(double(range), 1);
    m_usageAxis->setRange(0, usage.max);
    m_usageAxis->setTickCount(usage.ticks);
    const RoundAxis cost = roundAxis(top, 1 / scale);
    m_costAxis->setRange(0, cost.max);
    m_costAxis->setTickCount(cost.ticks);
    m_costAxis->setLabelFormat(QStringLiteral("%.%1f").arg(cost.decimals));
    m_chartView->chart()->setTitle(tr("What the customer pays (%1), by usage").arg(price->currency.toUpper()));
}

Price ProductEditor::newPrice(Provider provider, const QString& currency)
{
    Price p;
    p.currency = currency;
    p.billing = QStringLiteral("recurring");
    p.interval = QStringLiteral("month");
    p.intervalCount = 1;
    p.scheme = QStringLiteral("flat");
    adapterFor(provider).applyNewPriceDefaults(p);
    return p;
}

void ProductEditor::setAccounts(const QList<Account>& accounts)
{
    m_accounts = accounts;
    fillAccounts();
}

void ProductEditor::setAccountBadges(const QHash<QString, QString>& badges)
{
    m_accountBadges = badges;
    fillAccounts();
}

void ProductEditor::fillAccounts()
{
    QSignalBlocker block(m_ui->accountComboBox);
    m_ui->accountComboBox->clear();
    m_ui->accountComboBox->addItem(tr("No account chosen"), QString());
    for (const Account& a : std::as_const(m_accounts))
        if (a.target.provider == m_entry.provider)
            m_ui->accountComboBox->addItem(m_accountBadges.contains(a.id) ? tr("%1 — %2").arg(SandboxAccounts::title(a, false), m_accountBadges.value(a.id))
                                                                         : SandboxAccounts::title(a, false),
                                           a.id);
    const int i = m_ui->accountComboBox->findData(m_entry.accountId);
    m_ui->accountComboBox->setCurrentIndex(qMax(0, i));
}

void ProductEditor::clearEntry(const QString& emptyText)
{
    m_hasEntry = false;
    m_entry = {};
    m_ui->emptyStateLabel->setText(emptyText);
    m_ui->editorStack->setCurrentWidget(m_ui->emptyPage);
    Q_EMIT validityChanged(false, emptyText);
}

void ProductEditor::setEntry(const CatalogEntry& entry)
{
    const bool other = !m_hasEntry || entry.id != m_entry.id;
    const QString previous = m_hasEntry ? m_entry.product.name : QString();
    const bool hadEntry = m_hasEntry;
    m_entry = entry;
    m_hasEntry = true;
    if (other) {
        // A product never saved yet: what it holds now is what Pricebook started it with.
        m_starting = entry.version == 0 ? std::optional<Product>(entry.product) : std::nullopt;
        // What was typed for the previous product stays with it, not with this one; text that
        // was not a value is said to be dropped rather than lost silently.
        const QStringList dropped = m_productForm->inputErrors() + m_priceForm->inputErrors();
        if (hadEntry && !dropped.isEmpty())
            Q_EMIT inputDropped(tr("Not kept for “%1”, as it was not a value: %2").arg(previous, dropped.join(QStringLiteral("; "))));
        m_productForm->resetInput();
        m_priceForm->resetInput();
        m_remembered.clear();
        m_allMessages = false;
        m_providerErrors.clear();
        // The first price still offered is the one shown first.
        m_priceIndex = 0;
        for (int i = 0; i < entry.product.prices.size(); ++i)
            if (!entry.product.prices.at(i).archived) {
                m_priceIndex = i;
                break;
            }
        m_updateMode = false;
        m_link = {};
        m_moreForNewEntry = true;
        m_moreMessages = 0;
    }
    m_ui->editorStack->setCurrentWidget(m_ui->formPage);
    rebuild();
    refresh();
}

void ProductEditor::applyEntry(const CatalogEntry& entry)
{
    if (!m_hasEntry || entry.id != m_entry.id) {
        Q_EMIT entryEdited(entry); // not on screen: only the catalog changes
        return;
    }
    m_entry = entry;
    m_priceIndex = qBound(0, m_priceIndex, qMax(0, int(m_entry.product.prices.size()) - 1));
    rebuild();
    refresh();
    Q_EMIT entryEdited(m_entry);
}

void ProductEditor::setSyncLink(const SyncLink& link)
{
    m_link = link;
    refresh();
}

void ProductEditor::setUpdateMode(bool update)
{
    m_updateMode = update;
    rebuild();
    refresh();
}

void ProductEditor::setCurrentPrice(int index)
{
    if (index != m_priceIndex)
        m_priceForm->resetInput(); // rejected text belongs to the price it was typed for
    m_priceIndex = qBound(0, index, qMax(0, int(m_entry.product.prices.size()) - 1));
    m_priceForm->setPriceIndex(m_priceIndex);
    refresh();
}

void ProductEditor::rebuild()
{
    if (m_builtFor == m_entry.provider && m_builtUpdateMode == m_updateMode)
        return;
    const ProviderSchema& schema = schemaOf(m_entry.provider);
    // Rebuilding replaces every row: hold painting until the new form is complete.
    setUpdatesEnabled(false);
    m_productForm->build(schema, schema.productFields, m_updateMode);
    m_priceForm->build(schema, schema.priceFields, m_updateMode);
    m_builtFor = m_entry.provider;
    m_builtUpdateMode = m_updateMode;
    setUpdatesEnabled(true);
    QWidget* previous = m_ui->accountComboBox;
    for (const Part& part : parts()) {
        if (part.widget) {
            setTabOrder(previous, part.widget);
            previous = part.widget;
            continue;
        }
        for (int r = 0; r < part.layout->rowCount(); ++r) {
            QLayoutItem* item = part.layout->itemAt(r, QFormLayout::FieldRole);
            if (!item || !item->widget())
                continue;
            QWidget* editor = item->widget()->layout() && item->widget()->layout()->count() > 0
                ? item->widget()->layout()->itemAt(0)->widget()
                : item->widget();
            setTabOrder(previous, editor);
            previous = editor;
        }
    }
}

QList<ProductEditor::Part> ProductEditor::parts() const
{
    return { { m_ui->productFormLayout, nullptr },  { nullptr, m_ui->priceSelectorComboBox },
             { nullptr, m_ui->addPriceButton },      { nullptr, m_ui->removePriceButton },
             { nullptr, m_restorePriceButton },      { m_ui->priceFormLayout, nullptr },     { nullptr, m_ui->moreOptionsButton },
             { m_ui->moreProductFormLayout, nullptr }, { m_ui->morePriceFormLayout, nullptr } };
}

void ProductEditor::setMoreOptionsOpen(bool open)
{
    m_moreRemembered = open;
    QSettings().setValue(QStringLiteral("editor/moreOptionsOpen"), open);
    showMoreOptions(open);
}

void ProductEditor::showMoreOptions(bool open)
{
    m_moreOpen = open;
    m_ui->moreOptionsButton->setChecked(open);
    m_ui->moreOptionsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_ui->moreOptionsWidget->setVisible(open);
}

Product ProductEditor::blankProduct() const
{
    Product blank;
    adapterFor(m_entry.provider).applyNewProductDefaults(blank);
    const QString currency = m_priceIndex < m_entry.product.prices.size() ? m_entry.product.prices.at(m_priceIndex).currency
                                                                           : QStringLiteral("usd");
    blank.prices.append(newPrice(m_entry.provider, currency));
    return blank;
}

void ProductEditor::followMoreOptions(bool newEntry)
{
    const bool pricesShown = m_ui->morePriceGroupBox->isVisibleTo(m_ui->moreOptionsWidget);
    const Product blank = blankProduct();
    const bool inUse = !m_productForm->moreRowsInUse(m_entry.product, blank).isEmpty()
        || (pricesShown && !m_priceForm->moreRowsInUse(m_entry.product, blank).isEmpty());
    const int messages = m_productForm->moreMessageCount() + (pricesShown ? m_priceForm->moreMessageCount() : 0);
    // Another product: the section is as the person left it, and open when it holds something.
    // The same product: it opens when a message appears in it, and otherwise stays as it is.
    if (newEntry)
        showMoreOptions(m_moreRemembered || inUse);
    else if (messages > m_moreMessages && !m_moreOpen)
        showMoreOptions(true);
    m_moreMessages = messages;
}

bool ProductEditor::commitTyping()
{
    if (!m_hasEntry)
        return false;
    m_productForm->commitTyping();
    m_priceForm->commitTyping();
    const bool clean = m_productForm->inputErrors().isEmpty() && m_priceForm->inputErrors().isEmpty();
    if (!clean)
        showAllMessages();
    return clean;
}

QList<QWidget*> ProductEditor::tabStops() const
{
    QList<QWidget*> stops;
    auto add = [&](QWidget* w) {
        if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() && w->isEnabled() && w->isVisibleTo(this))
            stops << w;
    };
    add(m_ui->providerComboBox);
    add(m_ui->accountComboBox);
    for (const Part& part : parts()) {
        if (part.widget) {
            add(part.widget);
            continue;
        }
        for (int r = 0; r < part.layout->rowCount(); ++r) {
            QLayoutItem* item = part.layout->itemAt(r, QFormLayout::FieldRole);
            if (!item || !item->widget() || !item->widget()->isVisibleTo(this))
                continue;
            for (QWidget* w : item->widget()->findChildren<QWidget*>())
                add(w);
        }
    }
    return stops;
}

bool ProductEditor::focusNextPrevChild(bool next)
{
    // Tab follows the rows as they are shown, whatever order the widgets were made in, and
    // only visible fields are stops.
    const QList<QWidget*> stops = tabStops();
    QWidget* focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < stops.size() && at < 0; ++i)
        if (stops.at(i) == focus || stops.at(i)->isAncestorOf(focus))
            at = i;
    if (at < 0)
        return QWidget::focusNextPrevChild(next);
    const qsizetype to = at + (next ? 1 : -1);
    if (to >= 0 && to < stops.size()) {
        stops.at(to)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        m_ui->formScrollArea->ensureWidgetVisible(stops.at(to));
        return true;
    }
    // Leaving the form: the first stop outside it, in the window's order.
    QWidget* w = stops.at(at);
    for (int guard = 0; guard < 10000; ++guard) {
        w = next ? w->nextInFocusChain() : w->previousInFocusChain();
        if (!w || w == stops.at(at))
            break;
        if (!isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() && w->isEnabled()
            && w->isVisibleTo(window())) {
            w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

ValidationResult ProductEditor::validation() const
{
    if (!m_hasEntry)
        return {};
    return Validator::validate(schemaOf(m_entry.provider), m_entry.product,
                               m_updateMode ? Operation::Update : Operation::Create);
}

void ProductEditor::showAllMessages()
{
    m_allMessages = true;
    m_productForm->touchAll();
    m_priceForm->touchAll();
    refresh();
}

void ProductEditor::showProviderErrors(const QList<FieldMessage>& errors)
{
    m_providerErrors = errors;
    for (const FieldMessage& e : errors)
        if (e.priceIndex >= 0) {
            setCurrentPrice(e.priceIndex);
            break;
        }
    showAllMessages();
}

void ProductEditor::refresh()
{
    if (!m_hasEntry)
        return;
    const ProviderSchema& schema = schemaOf(m_entry.provider);
    {
        QSignalBlocker block(m_ui->providerComboBox);
        m_ui->providerComboBox->setCurrentIndex(m_ui->providerComboBox->findData(providerKey(m_entry.provider)));
    }
    m_ui->providerComboBox->setEnabled(!m_updateMode);
    m_ui->accountComboBox->setEnabled(!m_updateMode);
    fillAccounts();

    // Prices
    const int prices = int(m_entry.product.prices.size());
    const bool takesPrices = schema.maxPrices != 0;
    const ProviderAdapter::PriceWords words = adapterFor(schema.provider).priceWords();
    m_ui->addPriceButton->setText(words.add);
    m_ui->addPriceButton->setToolTip(words.addTip);
    m_ui->removePriceButton->setText(words.remove);
    m_ui->removePriceButton->setToolTip(words.removeTip);
    // Archived prices are numbered apart: "Price 1 of 1 (1 archived)", "Archived: Price 1 of 1".
    int archivedCount = 0;
    for (const Price& p : std::as_const(m_entry.product.prices))
        archivedCount += p.archived ? 1 : 0;
    const int live = prices - archivedCount;
    const bool currentArchived = m_priceIndex < prices && m_entry.product.prices.at(m_priceIndex).archived;
    {
        QSignalBlocker block(m_ui->priceSelectorComboBox);
        m_ui->priceSelectorComboBox->clear();
        int liveNumber = 0, archivedNumber = 0;
        for (int i = 0; i < prices; ++i) {
            if (m_entry.product.prices.at(i).archived) {
                m_ui->priceSelectorComboBox->addItem(tr("Archived: %1").arg(words.numbered.arg(++archivedNumber).arg(archivedCount)));
                continue;
            }
            QString item = words.numbered.arg(++liveNumber).arg(live);
            if (archivedCount > 0)
                item += tr(" (%n archived)", nullptr, archivedCount);
            m_ui->priceSelectorComboBox->addItem(item);
        }
        m_ui->priceSelectorComboBox->setCurrentIndex(m_priceIndex);
    }
    m_ui->priceSelectorComboBox->setVisible(prices > 1);
    m_ui->addPriceButton->setVisible(takesPrices && !m_updateMode && (schema.maxPrices < 0 || live < schema.maxPrices));
    // An archived price is history: it stays (Check and Pull compare it); it is restored, not removed.
    m_ui->removePriceButton->setVisible(takesPrices && !m_updateMode && !currentArchived && live > qMax(0, schema.minPrices));
    m_priceForm->setReadOnly(currentArchived);
    m_archivedBox->setVisible(takesPrices && currentArchived);
    if (currentArchived) {
        m_archivedLabel->setText(tr("Archived on %1: kept as history, no longer offered, never sent. Its fields cannot be edited.")
                                     .arg(providerDisplayName(schema.provider)));
        m_restorePriceButton->setText(tr("Restore"));
        m_restorePriceButton->setToolTip(tr("Offer it again: it becomes editable, and the change plan makes it active on %1")
                                             .arg(providerDisplayName(schema.provider)));
        m_restorePriceButton->setVisible(!m_updateMode);
    }
    m_ui->priceGroupBox->setTitle(adapterFor(schema.provider).priceNoun());
    const bool showPriceForm = takesPrices && prices > 0;
    for (int r = 0; r < m_ui->priceFormLayout->rowCount(); ++r)
        if (!showPriceForm)
            m_ui->priceFormLayout->setRowVisible(r, false);
    QString noPrices;
    if (!takesPrices)
        noPrices = tr("%1 products have no prices.").arg(providerDisplayName(schema.provider));
    else if (prices == 0)
        noPrices = words.none;
    m_ui->noPricesLabel->setText(noPrices);
    m_ui->noPricesLabel->setVisible(!noPrices.isEmpty());

    m_productForm->load(m_entry.product);
    if (showPriceForm) {
        m_priceForm->setPriceIndex(m_priceIndex);
        m_priceForm->load(m_entry.product);
    }

    // Messages: the schema's, and what the provider said last time.
    const ValidationResult result = validation();
    QList<FieldMessage> messages = result.messages + m_providerErrors;
    m_productForm->showMessages(messages, m_allMessages);
    if (showPriceForm)
        m_priceForm->showMessages(messages, m_allMessages);
    const bool moreProduct = m_productForm->hasMoreRows();
    const bool morePrice = showPriceForm && m_priceForm->hasMoreRows();
    m_ui->moreProductGroupBox->setVisible(moreProduct);
    m_ui->morePriceGroupBox->setVisible(morePrice);
    m_ui->morePriceGroupBox->setTitle(prices > 1 ? m_ui->priceSelectorComboBox->currentText() : m_ui->priceGroupBox->title());
    m_ui->moreOptionsButton->setVisible(moreProduct || morePrice);
    followMoreOptions(m_moreForNewEntry);
    m_moreForNewEntry = false;
    QStringList warnings;
    for (const FieldMessage& m : result.messages)
        if (m.warning || (m.field.isEmpty() || m.field == u"prices"))
            warnings << m.message;
    // On a product the provider has: what it does not let change is said here, as it is typed,
    // not only when the change is about to be sent.
    if (m_link.syncedProduct && !m_link.remoteId.isEmpty())
        warnings << adapterFor(schema.provider).planChanges(*m_link.syncedProduct, m_entry.product, m_link.remoteId).refusals;
    m_ui->warningsLabel->setText(warnings.join(u'\n'));
    m_ui->warningsLabel->setVisible(!warnings.isEmpty());
    const Product sent = takesPrices ? sentProduct() : m_entry.product;
    m_ui->pricingSummaryLabel->setText(takesPrices ? PricingSummary::describe(sent) : QString());
    updateChart(sent);

    QString sync = syncStateLabel(m_link.state);
    if (!m_link.remoteId.isEmpty())
        sync += tr(" — %1 id %2").arg(providerDisplayName(m_entry.provider), m_link.remoteId);
    if (!m_link.message.isEmpty() && m_link.state != SyncState::Synced)
        sync += u'\n' + m_link.message;
    if (m_updateMode)
        sync += u'\n' + tr("Update: only the fields %1 lets you change are shown.").arg(providerDisplayName(m_entry.provider));
    m_ui->syncStateLabel->setText(sync);

    QStringList problems = m_productForm->inputErrors() + m_priceForm->inputErrors();
    for (const FieldMessage& m : result.messages)
        if (!m.warning)
            problems << m.message;
    if (problems.size() > 5) {
        const int more = int(problems.size()) - 5;
        problems = problems.mid(0, 5);
        problems << tr("… and %1 more").arg(more);
    }
    Q_EMIT validityChanged(result.isValid() && m_productForm->inputErrors().isEmpty() && m_priceForm->inputErrors().isEmpty(),
                           problems.join(u'\n'));
}

void ProductEditor::dropStartingValues(CatalogEntry& e, Provider to) const
{
    if (!m_starting || e.provider == to)
        return;
    // Values the old provider's new product started with, which the new provider does not
    // take, are leftovers: they go, instead of warning about fields nobody filled in.
    const ProviderSchema& from = schemaOf(e.provider);
    const ProviderSchema& next = schemaOf(to);
    // A path the new provider takes: a field's own, or one a choice of its writes (a frequency
    // choice sets the interval and its count).
    auto taken = [&](const QString& path) {
        for (const QList<FieldSpec>* fields : { &next.productFields, &next.priceFields })
            for (const FieldSpec& f : *fields) {
                if (f.path == path)
                    return true;
                for (const Option& o : f.options)
                    for (const Assignment& a : o.assign)
                        if (a.path == path)
                            return true;
            }
        return false;
    };
    for (int i = -1; i < int(e.product.prices.size()); ++i) {
        if (i >= m_starting->prices.size())
            break;
        const Price* start = i >= 0 ? &m_starting->prices.at(i) : nullptr;
        Price* price = i >= 0 ? &e.product.prices[i] : nullptr;
        for (const FieldSpec& f : i >= 0 ? from.priceFields : from.productFields) {
            if (f.path.isEmpty() || taken(f.path))
                continue;
            const QVariant value = ProductFields::read(e.product, price, f.path);
            if (value.isValid() && value == ProductFields::read(*m_starting, start, f.path))
                ProductFields::write(e.product, price, f.path, QVariant());
        }
    }
}

static QString rememberKey(int priceIndex, const QString& key) { return QString::number(priceIndex) + u'/' + key; }

void ProductEditor::rememberVisible(const CatalogEntry& entry)
{
    const ProviderSchema& schema = schemaOf(entry.provider);
    for (int i = -1; i < int(entry.product.prices.size()); ++i) {
        const Price* price = i >= 0 ? &entry.product.prices.at(i) : nullptr;
        const FieldView view(schema, entry.product, price);
        for (const FieldSpec& f : i >= 0 ? schema.priceFields : schema.productFields)
            if (!f.path.isEmpty() && view.isVisible(f))
                m_remembered.insert(rememberKey(i, f.key), view.value(f));
    }
}

void ProductEditor::restoreReappearing(const CatalogEntry& before, CatalogEntry& after)
{
    if (before.provider != after.provider)
        return;
    const ProviderSchema& schema = schemaOf(after.provider);
    for (int i = 0; i < qMin(before.product.prices.size(), after.product.prices.size()); ++i) {
        const FieldView was(schema, before.product, &before.product.prices.at(i));
        for (const FieldSpec& f : schema.priceFields) {
            const FieldView now(schema, after.product, &after.product.prices.at(i));
            if (f.path.isEmpty() || was.isVisible(f) || !now.isVisible(f))
                continue;
            const auto it = m_remembered.constFind(rememberKey(i, f.key));
            if (it != m_remembered.constEnd() && now.value(f) != *it) {
                writeField(f, after.product, &after.product.prices[i], *it);
            } else if (it == m_remembered.constEnd()) {
                // Shown for the first time: it starts empty rather than with the amount of the
                // field it shares its model member with (a base price is no price per unit).
                const bool shared = std::any_of(schema.priceFields.cbegin(), schema.priceFields.cend(), [&](const FieldSpec& o) {
                    return o.key != f.key && o.path == f.path && was.isVisible(o) && !now.isVisible(o);
                });
                if (shared)
                    writeField(f, after.product, &after.product.prices[i], QVariant());
            }
        }
    }
}

void ProductEditor::edit(const QString& description, const std::function<void(CatalogEntry&)>& change, const QString& mergeKey)
{
    if (!m_hasEntry)
        return;
    const CatalogEntry before = m_entry;
    rememberVisible(before);
    change(m_entry);
    restoreReappearing(before, m_entry);
    if (m_entry.product == before.product && m_entry.provider == before.provider && m_entry.accountId == before.accountId)
        return;
    m_providerErrors.clear();
    rebuild();
    refresh();
    const int mergeId = mergeKey.isEmpty() ? -1 : int(qHash(mergeKey) & 0x7fffffff);
    m_undo->push(new EditCommand(this, before, m_entry, description, mergeId));
    Q_EMIT entryEdited(m_entry);
}

void ProductEditor::onFieldEdited(bool price, const QString& key, const QVariant& value)
{
    const ProviderSchema& schema = schemaOf(m_entry.provider);
    const FieldSpec* field = schema.field(key);
    if (!field)
        return;
    const int index = price ? m_priceIndex : -1;
    if (price && (index >= m_entry.product.prices.size() || m_entry.product.prices.at(index).archived))
        return; // an archived price is shown, never edited
    edit(tr("Edit %1").arg(field->translatedLabel()), [&](CatalogEntry& e) {
        writeField(*field, e.product, price ? &e.product.prices[index] : nullptr, value);
    }, m_entry.id + u'/' + QString::number(index) + u'/' + key);
}

} // namespace pb
