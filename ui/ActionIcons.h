#pragma once

#include <QIcon>
#include <QObject>

class QPalette;
class QWidget;

namespace pb {

// Gives every known action of a window its icon: the desktop theme's when it has one, else the
// SVG bundled with Pricebook in the variant for the window's palette (dark strokes on a light
// palette, light strokes on a dark one). Kept up to date when the palette or theme changes:
//   ActionIcons::attach(mainWindow);
class ActionIcons : public QObject
{
    Q_OBJECT

public:
    static ActionIcons* attach(QWidget* window);

    // The icon for an action by its object name ("actionSubmitProduct"); null when unknown.
    static QIcon iconFor(const QString& actionName, const QPalette& palette);
    // The bundled file that stands in for the theme (":/icons/dark/find.svg"); empty when unknown.
    static QString bundledFile(const QString& actionName, const QPalette& palette);
    // Whether a palette counts as dark: its window colour is darker than its text.
    static bool isDark(const QPalette& palette);
    // The action names that have an icon.
    static QStringList actionNames();

    void apply();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ActionIcons(QWidget* window);
    QWidget* m_window;
};

} // namespace pb
