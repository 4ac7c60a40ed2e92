#pragma once
// Editors for the kinds of fields a provider schema declares, each converting between what a
// person types and the model's value (money in minor units, tiers as rows, lists as lines).

#include "models/Product.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QWidget>

class QLabel;
class QToolButton;

namespace pb {

// Keeps the mouse wheel from changing a combo box or spin box the person is only scrolling
// past: such a widget takes the wheel only while it has the keyboard focus, and never takes
// the focus from the wheel. The wheel then scrolls the form around it.
//   WheelGuard::install(combo);
class WheelGuard : public QObject
{
public:
    static void install(QWidget* widget);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

// Money typed in major units with the currency's symbol and decimals; the minor-unit value the
// provider will receive is shown beside it.
class MoneyEdit : public QWidget
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr);
    void setCurrency(const QString& currency);
    QString currency() const { return m_currency; }
    // Shows an amount (nullopt: empty) without emitting edited().
    void setAmount(const std::optional<qint64>& minor);
    // The amount typed, nullopt when empty; *error is set when the text is not an amount.
    std::optional<qint64> amount(QString* error) const;
    QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    void edited();

private:
    void updateMinorLabel();

    QLabel* m_symbol;
    QLineEdit* m_edit;
    QLabel* m_minor;
    QString m_currency;
};

// Tier rows: "up to" (empty for the unbounded last tier), unit amount, flat amount; rows can
// be added, removed and moved; ranges are checked as they are typed.
class TierTableEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TierTableEditor(QWidget* parent = nullptr);
    void setCurrency(const QString& currency);
    void setTiers(const QList<Tier>& tiers);
    // nullopt when a cell is not a number; *error says which.
    std::optional<QList<Tier>> tiers(QString* error) const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    void addRow();
    void removeRow();
    void moveRow(int delta);

    QTableWidget* m_table;
    QString m_currency;
    bool m_loading = false;
};

// One entry per line (images, marketing features), or "key = value" lines (metadata), or
// "EUR 27.99" lines (prices in further currencies).
class LinesEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LinesEdit(QWidget* parent = nullptr);
    QStringList lines() const;
    void setLines(const QStringList& lines);

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
};

} // namespace pb
