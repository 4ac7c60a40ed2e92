#include "CatalogUpgradeNotice.h"

#include "services/storage/CatalogStore.h"

#include <QLabel>
#include <algorithm>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace pb {

CatalogUpgradeNotice::CatalogUpgradeNotice(CatalogStore* store, QStatusBar* bar, std::function<void(const QString&)> showInForm,
                                           QObject* parent)
    : QObject(parent)
    , m_label(new QLabel(bar))
    , m_bar(new QProgressBar(bar))
    , m_showInForm(std::move(showInForm))
{
    m_label->setObjectName(QStringLiteral("catalogUpgradeLabel"));
    m_bar->setObjectName(QStringLiteral("catalogUpgradeProgressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_label->setVisible(false);
    m_bar->setVisible(false);
    bar->addWidget(m_label);
    bar->addPermanentWidget(m_bar);
    connect(store, &CatalogStore::upgrading, this, &CatalogUpgradeNotice::update);
    connect(store, &CatalogStore::opened, this, &CatalogUpgradeNotice::finish);
}

bool CatalogUpgradeNotice::isShown() const { return m_label->isVisibleTo(m_label->parentWidget()); }

QString CatalogUpgradeNotice::text() const { return m_label->text(); }

void CatalogUpgradeNotice::update(int toVersion, qint64 done, qint64 total)
{
    const int perMille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
    const int percent = total > 0 ? perMille / 10 : -2; // -2: still counting
    m_bar->setValue(perMille);
    if (percent == m_shownPercent)
        return;
    m_shownPercent = percent;
    const QLocale locale;
    const QString sentence = total <= 0
        ? tr("Updating the catalog to this Pricebook's format %1: counting its products to index them for search. "
             "Its products show when this is done; closing Pricebook now keeps the catalog as it was.")
              .arg(toVersion)
        : tr("Updating the catalog to this Pricebook's format %1: indexing %2 of %3 products for search "
                                "(%4 %). Its products show when this is done; closing Pricebook now keeps the catalog as it was.")
                                 .arg(toVersion)
                                 .arg(locale.toString(done), locale.toString(total))
                                 .arg(percent);
    m_label->setText(sentence);
    m_label->setVisible(true);
    m_bar->setVisible(true);
    if (m_showInForm)
        m_showInForm(tr("<h3>Updating the catalog</h3><p>%1</p>").arg(sentence.toHtmlEscaped()));
}

void CatalogUpgradeNotice::finish()
{
    m_label->setVisible(false);
    m_bar->setVisible(false);
    m_label->clear();
    m_shownPercent = -1;
}

} // namespace pb
