#pragma once
// The editor for one catalog product: provider and client account, then the provider's fields
// as its schema declares them, price by price. Every change is an undoable command on the
// window's QUndoStack and leaves through entryEdited() (the window autosaves it).
//   editor->setEntry(entry);
//   connect(editor, &ProductEditor::entryEdited, store, &CatalogStore::scheduleSave);

#include "SchemaForm.h"
#include "services/storage/Catalog.h"

#include <QUndoStack>
#include <QWidget>
#include <memory>

namespace Ui {
class ProductEditor;
}
class QChartView;
class QLabel;
class QToolButton;
class QLineSeries;
class QValueAxis;

namespace pb {

class ProductEditor : public QWidget
{
    Q_OBJECT

public:
    ProductEditor(QUndoStack* undoStack, QWidget* parent = nullptr);
    ~ProductEditor() override;

    void setAccounts(const QList<Account>& accounts);
    // Words shown after an account's name in the picker (its key's mode), by account id.
    void setAccountBadges(const QHash<QString, QString>& badges);
    void setEntry(const CatalogEntry& entry);
    void clearEntry(const QString& emptyText);
    bool hasEntry() const { return m_hasEntry; }
    const CatalogEntry& entry() const { return m_entry; }
    void setSyncLink(const SyncLink& link);
    const SyncLink& syncLink() const { return m_link; }

    // Only the fields the provider lets change are editable (for some providers only the name and description).
    void setUpdateMode(bool update);
    bool isUpdateMode() const { return m_updateMode; }

    ValidationResult validation() const;
    // Commits what is typed but not yet committed; false when a field holds text that is not a
    // value, which is then shown: nothing may be sent while the form and the model disagree.
    bool commitTyping();
    bool isValid() const { return validation().isValid(); }
    // A submit was attempted: every field shows its message now.
    void showAllMessages();
    void showProviderErrors(const QList<FieldMessage>& errors);
    int currentPrice() const { return m_priceIndex; }
    void setCurrentPrice(int index);

    SchemaForm* productForm() const { return m_productForm.get(); }
    // The "More options" section below the price: the optional fields, collapsed or open.
    bool isMoreOptionsOpen() const { return m_moreOpen; }
    void setMoreOptionsOpen(bool open);
    SchemaForm* priceForm() const { return m_priceForm.get(); }

    // Used by the undo commands: shows `entry` (the same product) and reports the change.
    void applyEntry(const CatalogEntry& entry);
    static Price newPrice(Provider provider, const QString& currency = QStringLiteral("usd"));

protected:
    bool focusNextPrevChild(bool next) override;

Q_SIGNALS:
    void entryEdited(const pb::CatalogEntry& entry);
    void validityChanged(bool valid, const QString& problems);
    // Text that was not a value, left behind when another product was opened.
    void inputDropped(const QString& message);

private:
    void rebuild();
    // The form's parts in the order they are shown: each is a form layout (its rows) or a widget.
    struct Part {
        QFormLayout* layout = nullptr;
        QWidget* widget = nullptr;
    };
    QList<Part> parts() const;
    void showMoreOptions(bool open);
    void followMoreOptions(bool newEntry);
    Product blankProduct() const;
    // The widgets Tab visits, in the order the rows are shown; hidden rows have none.
    QList<QWidget*> tabStops() const;
    void refresh();
    void fillAccounts();
    void edit(const QString& description, const std::function<void(CatalogEntry&)>& change, const QString& mergeKey = {});
    void onFieldEdited(bool price, const QString& key, const QVariant& value);

    std::unique_ptr<Ui::ProductEditor> m_ui;
    QUndoStack* m_undo;
    std::unique_ptr<SchemaForm> m_productForm;
    std::unique_ptr<SchemaForm> m_priceForm;
    // Shown above an archived price's fields: what it is, and the way to offer it again.
    QWidget* m_archivedBox = nullptr;
    QLabel* m_archivedLabel = nullptr;
    QToolButton* m_restorePriceButton = nullptr;
    QList<Account> m_accounts;
    QHash<QString, QString> m_accountBadges;
    CatalogEntry m_entry;
    SyncLink m_link;
    bool m_hasEntry = false;
    bool m_updateMode = false;
    bool m_allMessages = false;
    int m_priceIndex = 0;
    bool m_moreOpen = false;      // as shown
    bool m_moreRemembered = false; // as the person last left it (kept in the settings)
    int m_moreMessages = 0;
    bool m_moreForNewEntry = true;
    std::optional<Provider> m_builtFor;
    bool m_builtUpdateMode = false;
    QList<FieldMessage> m_providerErrors;
    // The last value each field had while visible, per price: a field that comes back shows it
    // again (two fields of one provider can share a model member, as a base price and a usage price).
    QHash<QString, QVariant> m_remembered;
    std::optional<Product> m_starting;
    void dropStartingValues(CatalogEntry& e, Provider to) const;
    void rememberVisible(const CatalogEntry& entry);
    void restoreReappearing(const CatalogEntry& before, CatalogEntry& after);
    QChartView* m_chartView = nullptr;
    QLineSeries* m_costSeries = nullptr;
    QValueAxis* m_usageAxis = nullptr;
    QValueAxis* m_costAxis = nullptr;
    void updateChart(const Product& sent);
    Product sentProduct() const;

public:
    // The cost-against-usage chart, shown for usage-based and tiered prices.
    QChartView* usageChart() const { return m_chartView; }
    QList<QPointF> chartPoints() const;
    // An axis from 0 with round ticks (1, 2 or 5 × 10^n) reaching at least `top`.
    struct RoundAxis {
        double max = 1;
        int ticks = 2;
        double step = 1;
        int decimals = 0;
    };
    static RoundAxis roundAxis(double top, double smallestStep);
};

} // namespace pb
