#include "StartupProbe.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QEvent>
#include <QTimer>

namespace pb {

StartupProbe::StartupProbe(QWidget* window, QAbstractItemView* table, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_table(table)
{
    m_window->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    m_notice = m_window->findChild<QWidget*>(QStringLiteral("catalogUpgradeLabel"));
    if (m_notice)
        m_notice->installEventFilter(this);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &StartupProbe::finished);
    m_timeout->start(60000);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Paint)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_firstPaint && (watched == m_window || watched == m_table->viewport()))
        m_firstPaint = now;
    if (!m_firstNotice && m_notice && watched == m_notice) {
        m_firstNotice = now;
        m_timeout->start(600000);
    }
    if (!m_firstRows && watched == m_table->viewport() && m_table->model() && m_table->model()->rowCount() > 0
        && m_table->model()->index(0, 0).data().isValid()) {
        m_firstRows = now;
        // Let this paint finish before anyone quits.
        QTimer::singleShot(0, this, &StartupProbe::finished);
    }
    return false;
}

} // namespace pb
