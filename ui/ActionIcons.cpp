#include "ActionIcons.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QPalette>
#include <QWidget>

namespace pb {

namespace {

struct Entry {
    const char* action;
    const char* theme; // freedesktop icon naming specification
    const char* file;
};

constexpr Entry entries[] = {
    { "actionNewProduct", "document-new", "new-product" },
    { "actionDuplicateProduct", "edit-copy", "duplicate-product" },
    { "actionDeleteProduct", "edit-delete", "delete-product" },
    { "actionSubmitProduct", "document-send", "submit-product" },
    { "actionUpdateProduct", "view-refresh", "update-product" },
    { "actionCancelSubmission", "process-stop", "cancel-submission" },
    { "actionShowRequest", "document-preview", "show-request" },
    { "actionFind", "edit-find", "find" },
    { "actionAccounts", "system-users", "accounts" },
    { "actionQuit", "application-exit", "quit" },
    { "actionUndo", "edit-undo", "undo" },
    { "actionRedo", "edit-redo", "redo" },
    { "actionImport", "document-import", "import" },
    { "actionExport", "document-export", "export" },
    { "actionPushSelection", "mail-send", "push-selection" },
    { "actionCloneToAccount", "edit-copy-to", "clone-to-account" },
    { "actionPreferences", "preferences-system", "preferences" },
    { "actionPull", "folder-download", "pull" },
    { "actionCheckOnProvider", "edit-find-replace", "check-on-provider" },
    { "actionApplyChanges", "system-run", "apply-changes" },
    { "actionConnectTeamCatalog", "network-server-database", "team-catalog" },
    { "actionArchiveProducts", "archive-insert", "archive-products" },
    { "actionRestoreProducts", "archive-extract", "restore-products" },
    { "actionOpenOnProvider", "internet-web-browser", "open-on-provider" },
};

const Entry* find(const QString& actionName)
{
    for (const Entry& e : entries)
        if (actionName == QLatin1String(e.action))
            return &e;
    return nullptr;
}

} // namespace

bool ActionIcons::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QStringList ActionIcons::actionNames()
{
    QStringList names;
    for (const Entry& e : entries)
        names << QLatin1String(e.action);
    return names;
}

QString ActionIcons::bundledFile(const QString& actionName, const QPalette& palette)
{
    const Entry* e = find(actionName);
    if (!e)
        return {};
    return QStringLiteral(":/icons/%1/%2.svg").arg(isDark(palette) ? u"dark" : u"light", QLatin1String(e->file));
}

QIcon ActionIcons::iconFor(const QString& actionName, const QPalette& palette)
{
    const Entry* e = find(actionName);
    if (!e)
        return {};
    return QIcon::fromTheme(QLatin1String(e->theme), QIcon(bundledFile(actionName, palette)));
}

ActionIcons* ActionIcons::attach(QWidget* window)
{
    auto* icons = new ActionIcons(window);
    icons->apply();
    return icons;
}

ActionIcons::ActionIcons(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionIcons"));
    window->installEventFilter(this);
}

void ActionIcons::apply()
{
    const QPalette palette = m_window->palette();
    for (QAction* action : m_window->findChildren<QAction*>())
        if (const QIcon icon = iconFor(action->objectName(), palette); !icon.isNull())
            action->setIcon(icon);
}

bool ActionIcons::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
            || event->type() == QEvent::ThemeChange || event->type() == QEvent::StyleChange))
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace pb
