#include "SchemaForm.h"

#include "FieldEditors.h"
#include "models/Money.h"
#include "models/ProductFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSequentialIterable>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pb {

namespace {

// Emits a callback when a widget loses the keyboard focus.
class FocusOutWatcher : public QObject
{
public:
    FocusOutWatcher(QObject* parent, std::function<void()> onLeave)
        : QObject(parent)
        , m_onLeave(std::move(onLeave))
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onLeave();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onLeave;
};

QString camel(const QString& key)
{
    QString out;
    bool upper = false;
    for (QChar c : key) {
        if (c == u'_' || c == u'.') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

// A row's message (or hint) line: always shown, no taller than its text, broken into lines
// here rather than word-wrapped. A word-wrapped label that appears or disappears makes Qt
// 6.4's QFormLayout lay out from stale height-for-width data and write past its buffers.
void setLine(QLabel* label, const QString& text)
{
    constexpr int kLineLength = 72;
    QStringList lines;
    for (const QString& paragraph : text.split(u'\n')) {
        QString line;
        for (const QString& word : paragraph.split(u' ')) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > kLineLength) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    label->setProperty("fullText", text);
    label->setText(text.isEmpty() ? QString() : lines.join(u'\n'));
    label->setMaximumHeight(text.isEmpty() ? 0 : QWIDGETSIZE_MAX);
}

QString keyValueLine(const QPair<QString, QString>& kv) { return kv.first + QStringLiteral(" = ") + kv.second; }

} // namespace

SchemaForm::SchemaForm(QFormLayout* layout, int priceIndex, QObject* parent)
    : QObject(parent)
    , m_layout(layout)
    , m_priceIndex(priceIndex)
{
}

QString SchemaForm::objectNameFor(const QString& key, const char* suffix) { return camel(key) + QLatin1String(suffix); }

void SchemaForm::clear()
{
    for (QFormLayout* layout : { m_layout, m_moreLayout })
        while (layout && layout->rowCount() > 0)
            layout->removeRow(0);
    m_rows.clear();
    m_order.clear();
    m_touched.clear();
    m_schema = nullptr;
}

void SchemaForm::build(const ProviderSchema& schema, const QList<FieldSpec>& fields, bool updateOnly)
{
    clear();
    m_schema = &schema;
    for (const FieldSpec& f : fields) {
        if (f.type == FieldType::Constant || (updateOnly && !f.updatable))
            continue;
        Row row;
        row.field = &f;
        row.layout = f.moreOptions && m_moreLayout ? m_moreLayout : m_layout;
        QWidget* parent = row.layout->parentWidget();
        row.container = new QWidget(parent);
        auto* box = new QVBoxLayout(row.container);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(0);
        row.editor = makeEditor(row);
        row.editor->setParent(row.container);
        box->addWidget(row.editor);
        row.message = new QLabel(row.container);
        row.message->setObjectName(objectNameFor(f.key, "MessageLabel"));
        row.message->setContentsMargins(0, 2, 0, 0);
        setLine(row.message, QString());
        QPalette warn = row.message->palette();
        warn.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        row.message->setPalette(warn);
        box->addWidget(row.message);
        row.hint = new QLabel(row.container);
        row.hint->setObjectName(objectNameFor(f.key, "HintLabel"));
        row.hint->setContentsMargins(0, 2, 0, 0);
        row.hint->setForegroundRole(QPalette::PlaceholderText);
        setLine(row.hint, QString());
        box->addWidget(row.hint);
        row.label = new QLabel(f.translatedLabel(), parent);
        row.label->setObjectName(objectNameFor(f.key, "Label"));
        row.label->setBuddy(row.editor);
        row.editor->setAccessibleName(f.translatedLabel());
        if (f.help) {
            row.editor->setToolTip(f.translatedHelp());
            row.editor->setAccessibleDescription(f.translatedHelp());
        }
        row.layout->addRow(row.label, row.container);
        row.editor->setEnabled(!m_readOnly);
        m_order.append(f.key);
        m_rows.insert(f.key, row);
    }
}

QWidget* SchemaForm::makeEditor(Row& row)
{
    const FieldSpec& f = *row.field;
    const QString key = f.key;
    auto leave = [this, key] {
        commit(key);
        markTouched(key);
    };
    switch (f.type) {
    case FieldType::Choice:
    case FieldType::Currency: {
        auto* combo = new QComboBox;
        combo->setObjectName(objectNameFor(key, "ComboBox"));
        combo->addItem(f.type == FieldType::Currency ? tr("Choose a currency") : tr("—"), QString());
        if (f.type == FieldType::Currency) {
            for (const QString& code : Currency::allCodes())
                combo->addItem(QStringLiteral("%1 — %2").arg(code.toUpper(), Currency::displayName(code)), code);
        } else {
            for (const Option& o : f.options)
                combo->addItem(QCoreApplication::translate("Schema", o.label), o.value);
        }
        if (f.openChoice) {
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, key] { commit(key); });
        }
        connect(combo, &QComboBox::activated, this, [this, key] { commit(key); });
        combo->installEventFilter(new FocusOutWatcher(combo, [this, key] { markTouched(key); }));
        WheelGuard::install(combo);
        return combo;
    }
    case FieldType::Money: {
        auto* money = new MoneyEdit;
        money->setObjectName(objectNameFor(key, "MoneyEdit"));
        money->lineEdit()->setObjectName(objectNameFor(key, "LineEdit"));
        connect(money, &MoneyEdit::edited, this, leave);
        // An amount counts as typed: the summary and Submit follow every keystroke.
        connect(money->lineEdit(), &QLineEdit::textEdited, this, [this, key] { commit(key); });
        return money;
    }
    case FieldType::Bool: {
        auto* combo = new QComboBox;
        combo->setObjectName(objectNameFor(key, "ComboBox"));
        combo->addItem(tr("Not set"), QVariant());
        combo->addItem(tr("Yes"), true);
        combo->addItem(tr("No"), false);
        connect(combo, &QComboBox::activated, this, [this, key] { commit(key); });
        WheelGuard::install(combo);
        return combo;
    }
    case FieldType::Tiers: {
        auto* tiers = new TierTableEditor;
        tiers->setObjectName(objectNameFor(key, "TierTableEditor"));
        connect(tiers, &TierTableEditor::edited, this, [this, key] { commit(key); });
        return tiers;
    }
    case FieldType::LongText:
    case FieldType::Json:
    case FieldType::TextList:
    case FieldType::FeatureList:
    case FieldType::KeyValues:
    case FieldType::CurrencyAmounts: {
        auto* lines = new LinesEdit;
        lines->setObjectName(objectNameFor(key, "PlainTextEdit"));
        if (f.type == FieldType::KeyValues)
            lines->setPlaceholderText(tr("key = value, one per line"));
        else if (f.type == FieldType::CurrencyAmounts)
            lines->setPlaceholderText(tr("EUR 27.99, one currency per line"));
        else if (f.type == FieldType::TextList || f.type == FieldType::FeatureList)
            lines->setPlaceholderText(tr("One per line"));
        else if (f.type == FieldType::Json)
            lines->setPlaceholderText(QStringLiteral("{ }"));
        connect(lines, &LinesEdit::editingFinished, this, leave);
        return lines;
    }
    case FieldType::Text:
    case FieldType::Url:
    case FieldType::Integer:
    case FieldType::Hundredths:
    case FieldType::DecimalText:
    case FieldType::Constant:
        break;
    }
    auto* edit = new QLineEdit;
    edit->setObjectName(objectNameFor(key, "LineEdit"));
    if (f.limits.maxLength > 0)
        edit->setMaxLength(qMax(f.limits.maxLength * 4, 1000)); // room to see a message, not a silent cut
    if (f.type == FieldType::Url)
        edit->setPlaceholderText(QStringLiteral("https://"));
    connect(edit, &QLineEdit::editingFinished, this, leave);
    return edit;
}

QVariant SchemaForm::valueOf(Row& row, QString* error) const
{
    error->clear();
    const FieldSpec& f = *row.field;
    QWidget* w = row.editor;
    switch (f.type) {
    case FieldType::Choice:
    case FieldType::Currency: {
        auto* combo = static_cast<QComboBox*>(w);
        if (f.openChoice) {
            const int i = combo->findText(combo->currentText());
            const QString v = i > 0 ? combo->itemData(i).toString() : combo->currentText().trimmed();
            return v.isEmpty() || v == tr("—") ? QVariant() : QVariant(v);
        }
        const QString v = combo->currentData().toString();
        return v.isEmpty() ? QVariant() : QVariant(v);
    }
    case FieldType::Bool: return static_cast<QComboBox*>(w)->currentData();
    case FieldType::Money: {
        auto* money = static_cast<MoneyEdit*>(w);
        const auto v = money->amount(error);
        return v ? QVariant(qlonglong(*v)) : QVariant();
    }
    case FieldType::Integer:
    case FieldType::Hundredths: {
        const QString text = static_cast<QLineEdit*>(w)->text().trimmed();
        if (text.isEmpty())
            return {};
        if (f.type == FieldType::Hundredths) {
            QString dotted = text;
            dotted.replace(QLocale().decimalPoint(), QStringLiteral("."));
            const auto v = Money::fromDecimal(dotted, 2);
            if (!v)
                *error = tr("“%1” is not a number with at most two decimals.").arg(text);
            return v ? QVariant(qlonglong(*v)) : QVariant();
        }
        bool ok = false;
        const qlonglong v = QLocale().toLongLong(text, &ok);
        if (!ok)
            *error = tr("“%1” is not a whole number.").arg(text);
        return ok ? QVariant(v) : QVariant();
    }
    case FieldType::Tiers: {
        const auto tiers = static_cast<TierTableEditor*>(w)->tiers(error);
        return tiers ? QVariant::fromValue(*tiers) : QVariant();
    }
    case FieldType::TextList:
    case FieldType::FeatureList: return static_cast<LinesEdit*>(w)->lines();
    case FieldType::KeyValues: {
        PbKeyValueList pairs;
        for (const QString& line : static_cast<LinesEdit*>(w)->lines()) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq < 0) {
                *error = tr("“%1” has no “=” between key and value.").arg(line.left(40));
                return {};
            }
            pairs.append({ line.left(eq).trimmed(), line.mid(eq + 1).trimmed() });
        }
        return QVariant::fromValue(pairs);
    }
    case FieldType::CurrencyAmounts: {
        QList<CurrencyAmount> amounts;
        for (const QString& line : static_cast<LinesEdit*>(w)->lines()) {
            const QString code = line.section(u' ', 0, 0).toLower();
            const MoneyParseResult m = Money::parse(line.section(u' ', 1), code, QLocale());
            if (!m.ok) {
                *error = tr("“%1”: %2").arg(line.left(40), m.error);
                return {};
            }
            amounts.append({ code, m.minor });
        }
        return QVariant::fromValue(amounts);
    }
    case FieldType::LongText:
    case FieldType::Json: return static_cast<LinesEdit*>(w)->toPlainText();
    default: return static_cast<QLineEdit*>(w)->text();
    }
}

// True while the person is typing in the row's editor and has not committed it yet: such text
// is never replaced by a refresh.
static bool hasUncommittedTyping(QWidget* w)
{
    const bool focused = w->hasFocus() || w->isAncestorOf(QApplication::focusWidget());
    if (!focused)
        return false;
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        return edit->isModified();
    if (auto* lines = qobject_cast<QPlainTextEdit*>(w))
        return lines->document()->isModified();
    if (auto* money = qobject_cast<MoneyEdit*>(w))
        return money->lineEdit()->isModified();
    if (auto* combo = qobject_cast<QComboBox*>(w))
        return combo->isEditable() && combo->lineEdit()->isModified();
    return false;
}

static void markCommitted(QWidget* w)
{
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        edit->setModified(false);
    else if (auto* lines = qobject_cast<QPlainTextEdit*>(w))
        lines->document()->setModified(false);
    else if (auto* money = qobject_cast<MoneyEdit*>(w))
        money->lineEdit()->setModified(false);
    else if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->isEditable())
        combo->lineEdit()->setModified(false);
}

void SchemaForm::setValue(Row& row, const QVariant& value)
{
    const FieldSpec& f = *row.field;
    QWidget* w = row.editor;
    if (hasUncommittedTyping(w))
        return;
    switch (f.type) {
    case FieldType::Choice:
    case FieldType::Currency: {
        auto* combo = static_cast<QComboBox*>(w);
        const int i = combo->findData(value.toString());
        if (i >= 0)
            combo->setCurrentIndex(i);
        else if (f.openChoice)
            combo->setEditText(value.toString());
        else
            combo->setCurrentIndex(0);
        break;
    }
    case FieldType::Bool: {
        auto* combo = static_cast<QComboBox*>(w);
        combo->setCurrentIndex(!value.isValid() ? 0 : value.toBool() ? 1 : 2);
        break;
    }
    case FieldType::Money: {
        auto* money = static_cast<MoneyEdit*>(w);
        money->setCurrency(m_currency);
        money->setAmount(value.isValid() ? std::optional<qint64>(value.toLongLong()) : std::nullopt);
        break;
    }
    case FieldType::Integer:
        static_cast<QLineEdit*>(w)->setText(value.isValid() ? QLocale().toString(value.toLongLong()) : QString());
        break;
    case FieldType::Hundredths: {
        QString text = value.isValid() ? Money::toDecimal(value.toLongLong(), 2) : QString();
        text.replace(u'.', QLocale().decimalPoint());
        static_cast<QLineEdit*>(w)->setText(text);
        break;
    }
    case FieldType::Tiers: {
        auto* tiers = static_cast<TierTableEditor*>(w);
        tiers->setCurrency(m_currency);
        tiers->setTiers(value.value<QList<Tier>>());
        break;
    }
    case FieldType::TextList:
    case FieldType::FeatureList: static_cast<LinesEdit*>(w)->setLines(value.toStringList()); break;
    case FieldType::KeyValues: {
        QStringList lines;
        for (const auto& kv : value.value<PbKeyValueList>())
            lines << keyValueLine(kv);
        static_cast<LinesEdit*>(w)->setLines(lines);
        break;
    }
    case FieldType::CurrencyAmounts: {
        QStringList lines;
        for (const CurrencyAmount& c : value.value<QList<CurrencyAmount>>())
            lines << c.currency.toUpper() + u' ' + Money::toDecimal(c.amount, Currency::exponent(c.currency));
        static_cast<LinesEdit*>(w)->setLines(lines);
        break;
    }
    case FieldType::LongText:
    case FieldType::Json: {
        auto* edit = static_cast<LinesEdit*>(w);
        if (edit->toPlainText() != value.toString())
            edit->setPlainText(value.toString());
        break;
    }
    default: {
        auto* edit = static_cast<QLineEdit*>(w);
        if (edit->text() != value.toString())
            edit->setText(value.toString());
        break;
    }
    }
}

void SchemaForm::load(const Product& product)
{
    if (!m_schema)
        return;
    m_loading = true;
    const Price* price = m_priceIndex >= 0 && m_priceIndex < product.prices.size() ? &product.prices.at(m_priceIndex) : nullptr;
    m_currency = price ? price->currency : QString();
    const FieldView view(*m_schema, product, price);
    for (const QString& key : std::as_const(m_order)) {
        Row& row = m_rows[key];
        const bool visible = view.isVisible(*row.field);
        row.layout->setRowVisible(row.container, visible);
        row.shown = visible;
        row.required = view.isRequired(*row.field);
        const QString label = row.field->translatedLabel();
        row.label->setText(row.required ? label + QStringLiteral(" *") : label);
        QFont font = row.label->font();
        font.setBold(row.required);
        row.label->setFont(font);
        row.editor->setAccessibleName(row.required ? tr("%1 (required)").arg(label) : label);
        // The currency governs how amounts are read, even in a field holding rejected text.
        if (auto* money = qobject_cast<MoneyEdit*>(row.editor))
            money->setCurrency(m_currency);
        else if (auto* tiers = qobject_cast<TierTableEditor*>(row.editor))
            tiers->setCurrency(m_currency);
        if (row.inputError.isEmpty())
            setValue(row, view.value(*row.field));
    }
    m_loading = false;
}

void SchemaForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row& row : std::as_const(m_rows))
        row.editor->setEnabled(!readOnly);
}

void SchemaForm::commit(const QString& key)
{
    if (m_loading || m_readOnly || !m_rows.contains(key))
        return;
    Row& row = m_rows[key];
    QString error;
    const QVariant value = valueOf(row, &error);
    row.inputError = error;
    markCommitted(row.editor);
    if (!error.isEmpty()) {
        setLine(row.message, error);
        Q_EMIT inputRejected(key, error);
        return;
    }
    Q_EMIT edited(key, value);
}

void SchemaForm::markTouched(const QString& key) { m_touched.insert(key); }

QStringList SchemaForm::inputErrors() const
{
    QStringList out;
    for (const QString& key : m_order)
        if (const Row& row = m_rows[key]; !row.inputError.isEmpty())
            out << tr("%1: %2").arg(row.field->translatedLabel(), row.inputError);
    return out;
}

void SchemaForm::commitTyping()
{
    for (const QString& key : std::as_const(m_order))
        if (hasUncommittedTyping(m_rows[key].editor))
            commit(key);
}

void SchemaForm::resetInput()
{
    for (Row& row : m_rows) {
        if (!row.inputError.isEmpty()) {
            if (auto* edit = qobject_cast<QLineEdit*>(row.editor))
                edit->clear();
            else if (auto* money = qobject_cast<MoneyEdit*>(row.editor))
                money->lineEdit()->clear();
            else if (auto* lines = qobject_cast<QPlainTextEdit*>(row.editor))
                lines->clear();
        }
        row.inputError.clear();
        setLine(row.message, QString());
        markCommitted(row.editor);
    }
    m_touched.clear();
}

void SchemaForm::touchAll()
{
    for (const QString& key : std::as_const(m_order))
        m_touched.insert(key);
}

void SchemaForm::showMessages(const QList<FieldMessage>& messages, bool all)
{
    for (const QString& key : std::as_const(m_order)) {
        Row& row = m_rows[key];
        if (!row.inputError.isEmpty())
            continue; // what was typed is not a value yet: that message stays
        QStringList texts;
        for (const FieldMessage& m : messages)
            if (m.field == key && m.priceIndex == m_priceIndex && !m.warning)
                texts << m.message;
        const bool show = !texts.isEmpty() && (all || m_touched.contains(key));
        setLine(row.message, show ? texts.join(u'\n') : QString());
        const bool why = !show && row.required && !row.field->required && row.field->requiredReason && !texts.isEmpty();
        setLine(row.hint, why ? tr("Required %1.").arg(QCoreApplication::translate("Schema", row.field->requiredReason)) : QString());
    }
}

QWidget* SchemaForm::editor(const QString& key) const { return m_rows.contains(key) ? m_rows.value(key).editor : nullptr; }

bool SchemaForm::isRowVisible(const QString& key) const
{
    return m_rows.contains(key) && m_rows.value(key).container->isVisibleTo(m_rows.value(key).layout->parentWidget());
}

bool SchemaForm::hasMoreRows() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const Row& row) { return row.layout == m_moreLayout && row.shown; });
}

static bool holdsNothing(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return v.toString().trimmed().isEmpty();
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().isEmpty();
    if (QMetaType::canView(v.metaType(), QMetaType::fromType<QSequentialIterable>()))
        return v.value<QSequentialIterable>().size() == 0;
    return false;
}

QStringList SchemaForm::moreRowsInUse(const Product& product, const Product& blank) const
{
    QStringList out;
    if (!m_schema)
        return out;
    const Price* price = m_priceIndex >= 0 && m_priceIndex < product.prices.size() ? &product.prices.at(m_priceIndex) : nullptr;
    const Price* blankPrice = blank.prices.isEmpty() ? nullptr : &blank.prices.first();
    if (m_priceIndex >= 0 && !price)
        return out;
    const FieldView view(*m_schema, product, price);
    const FieldView start(*m_schema, blank, blankPrice);
    for (const QString& key : m_order) {
        const Row& row = m_rows[key];
        if (row.layout != m_moreLayout || !row.shown)
            continue;
        const QVariant value = view.value(*row.field);
        const bool assumed = !row.field->wireDefault.isEmpty() && value.toString() == row.field->wireDefault;
        const bool inUse = !holdsNothing(value) && !assumed && value != start.value(*row.field);
        if (inUse || !row.inputError.isEmpty() || !row.message->property("fullText").toString().isEmpty())
            out << key;
    }
    return out;
}

int SchemaForm::moreMessageCount() const
{
    int n = 0;
    for (const Row& row : m_rows)
        if (row.layout == m_moreLayout && row.shown
            && (!row.inputError.isEmpty() || !row.message->property("fullText").toString().isEmpty()))
            ++n;
    return n;
}

bool SchemaForm::isRequired(const QString& key) const { return m_rows.contains(key) && m_rows.value(key).required; }

QString SchemaForm::message(const QString& key) const
{
    return m_rows.contains(key) && m_rows.value(key).message->isVisibleTo(m_rows.value(key).layout->parentWidget())
        ? m_rows.value(key).message->property("fullText").toString()
        : QString();
}

} // namespace pb
