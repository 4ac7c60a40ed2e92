#include "FieldEditors.h"

#include "models/Money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace pb {

void WheelGuard::install(QWidget* widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(new WheelGuard(widget));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && !widget->hasFocus()) {
            event->ignore(); // passed on to the parent: the scroll area scrolls
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

MoneyEdit::MoneyEdit(QWidget* parent)
    : QWidget(parent)
    , m_symbol(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_minor(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_symbol);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_minor);
    m_minor->setForegroundRole(QPalette::PlaceholderText);
    m_minor->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("= 99,999,999 cents")));
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &MoneyEdit::updateMinorLabel);
    connect(m_edit, &QLineEdit::editingFinished, this, &MoneyEdit::edited);
}

void MoneyEdit::setCurrency(const QString& currency)
{
    m_currency = currency;
    const auto info = Currency::find(currency);
    m_symbol->setText(info ? (info->symbol.isEmpty() ? info->code.toUpper() : info->symbol) : QStringLiteral("?"));
    const int exponent = info ? info->exponent : 2;
    // "0.00", or "0,00" where the locale writes a decimal comma.
    m_edit->setPlaceholderText(exponent == 0 ? QStringLiteral("0") : QLocale().toString(0.0, 'f', exponent));
    updateMinorLabel();
}

void MoneyEdit::setAmount(const std::optional<qint64>& minor)
{
    QString error;
    const auto shown = amount(&error);
    if (!error.isEmpty() && m_edit->hasFocus())
        return; // the person is still typing: never replace their text
    if (error.isEmpty() && shown == minor)
        return; // already says this amount: leave the text and the cursor alone
    if (!minor) {
        m_edit->clear();
    } else {
        QString local = Money::toDecimal(*minor, Currency::exponent(m_currency));
        local.replace(u'.', QLocale().decimalPoint());
        m_edit->setText(local);
    }
    updateMinorLabel();
}

std::optional<qint64> MoneyEdit::amount(QString* error) const
{
    error->clear();
    if (m_edit->text().trimmed().isEmpty())
        return std::nullopt;
    const MoneyParseResult r = Money::parse(m_edit->text(), m_currency.isEmpty() ? QStringLiteral("usd") : m_currency, QLocale());
    if (!r.ok) {
        *error = r.error;
        return std::nullopt;
    }
    return r.minor;
}

void MoneyEdit::updateMinorLabel()
{
    QString error;
    const auto value = amount(&error);
    if (value)
        m_minor->setText(tr("= %1 minor units").arg(QLocale().toString(qlonglong(*value))));
    else
        m_minor->setText(QString());
    m_minor->setToolTip(tr("What the provider receives: whole units of the currency's smallest unit."));
}

TierTableEditor::TierTableEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    m_table->setObjectName(QStringLiteral("tiersTableWidget"));
    m_table->setHorizontalHeaderLabels({ tr("Up to (empty: no limit)"), tr("Per unit"), tr("Flat") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setMinimumHeight(120);
    m_table->setAccessibleName(tr("Tiers"));
    auto* buttons = new QVBoxLayout;
    auto button = [&](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        buttons->addWidget(b);
        return b;
    };
    connect(button(QStringLiteral("addTierButton"), QStringLiteral("+"), tr("Add a tier")), &QToolButton::clicked, this, &TierTableEditor::addRow);
    connect(button(QStringLiteral("removeTierButton"), QStringLiteral("−"), tr("Remove the selected tier")), &QToolButton::clicked, this, &TierTableEditor::removeRow);
    connect(button(QStringLiteral("moveTierUpButton"), QStringLiteral("↑"), tr("Move the selected tier up")), &QToolButton::clicked, this, [this] { moveRow(-1); });
    connect(button(QStringLiteral("moveTierDownButton"), QStringLiteral("↓"), tr("Move the selected tier down")), &QToolButton::clicked, this, [this] { moveRow(1); });
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
}

void TierTableEditor::setCurrency(const QString& currency) { m_currency = currency; }

void TierTableEditor::setTiers(const QList<Tier>& tiers)
{
    QString error;
    if (const auto current = this->tiers(&error); current && *current == tiers)
        return;
    m_loading = true;
    m_table->setRowCount(int(tiers.size()));
    const int exponent = Currency::exponent(m_currency);
    for (int r = 0; r < tiers.size(); ++r) {
        const Tier& t = tiers.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(t.upTo ? QString::number(*t.upTo) : QString()));
        m_table->setItem(r, 1, new QTableWidgetItem(t.unitAmount ? Money::toDecimal(*t.unitAmount, exponent) : QString()));
        m_table->setItem(r, 2, new QTableWidgetItem(t.flatAmount ? Money::toDecimal(*t.flatAmount, exponent) : QString()));
    }
    m_loading = false;
}

std::optional<QList<Tier>> TierTableEditor::tiers(QString* error) const
{
    QList<Tier> out;
    error->clear();
    const QString currency = m_currency.isEmpty() ? QStringLiteral("usd") : m_currency;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto cell = [&](int c) { return m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString(); };
        Tier t;
        if (!cell(0).isEmpty()) {
            bool ok = false;
            const qlonglong upTo = QLocale().toLongLong(cell(0), &ok);
            if (!ok) {
                *error = tr("Tier %1: “%2” is not a whole number of units.").arg(r + 1).arg(cell(0));
                return std::nullopt;
            }
            t.upTo = upTo;
        }
        for (int c : { 1, 2 }) {
            if (cell(c).isEmpty())
                continue;
            const MoneyParseResult m = Money::parse(cell(c), currency, QLocale());
            if (!m.ok) {
                *error = tr("Tier %1: %2").arg(r + 1).arg(m.error);
                return std::nullopt;
            }
            (c == 1 ? t.unitAmount : t.flatAmount) = m.minor;
        }
        out.append(t);
    }
    return out;
}

void TierTableEditor::addRow()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() + 1 : m_table->rowCount();
    m_table->insertRow(row);
    m_table->setCurrentCell(row, 0);
    m_table->setFocus(Qt::OtherFocusReason); // the next keys fill the new tier
    Q_EMIT edited();
}

void TierTableEditor::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT edited();
}

void TierTableEditor::moveRow(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    m_loading = true;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QTableWidgetItem* a = m_table->takeItem(row, c);
        QTableWidgetItem* b = m_table->takeItem(target, c);
        m_table->setItem(row, c, b);
        m_table->setItem(target, c, a);
    }
    m_loading = false;
    m_table->setCurrentCell(target, m_table->currentColumn());
    Q_EMIT edited();
}

LinesEdit::LinesEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12); // a short form keeps the price in sight
}

QStringList LinesEdit::lines() const
{
    QStringList out;
    for (const QString& line : toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

void LinesEdit::setLines(const QStringList& lines)
{
    if (this->lines() == lines)
        return;
    setPlainText(lines.join(u'\n'));
}

void LinesEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT editingFinished();
}

} // namespace pb
