#pragma once
// What the window says while the catalog it opens is being updated from an older format (its
// search index built over every product, CatalogStore::upgrading): a sentence and a progress bar
// in the status bar, and the same sentence where the product form would be. Gone once the
// catalog is open.
//   new CatalogUpgradeNotice(store, statusBar(), [editor](const QString& html) { editor->clearEntry(html); }, this);

#include <QObject>
#include <functional>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace pb {

class CatalogStore;

class CatalogUpgradeNotice : public QObject
{
    Q_OBJECT
public:
    // `showInForm` puts a message where the product form is (the window's empty editor).
    CatalogUpgradeNotice(CatalogStore* store, QStatusBar* bar, std::function<void(const QString& html)> showInForm,
                         QObject* parent = nullptr);

    bool isShown() const;
    QString text() const;

private:
    void update(int toVersion, qint64 done, qint64 total);
    void finish();

    QLabel* m_label;
    QProgressBar* m_bar;
    std::function<void(const QString&)> m_showInForm;
    int m_shownPercent = -1;
};

} // namespace pb
