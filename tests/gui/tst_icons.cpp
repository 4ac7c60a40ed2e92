// The actions' icons where the desktop theme has none (the offscreen platform has no theme): each
// menu and tool bar action has one, drawn for the palette, and sharp at 200 %.
#include "GuiFixture.h"
#include "ui/ActionIcons.h"

#include <QFile>
#include <QMenu>
#include <QTest>
#include <QToolBar>

using namespace pb;
using pbtest::GuiFixture;

namespace {

QPalette palette(QColor window, QColor text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    return p;
}

// The mean lightness (0–255) of the icon's drawn pixels, and how many there are.
QPair<int, int> ink(const QImage& image)
{
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
    return { count ? int(sum / count) : -1, count };
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(QIcon::themeName().isEmpty() || QIcon::fromTheme(QStringLiteral("document-new")).isNull()); }
    void everyMenuAndToolBarActionHasAnIcon();
    void bundledIconsFollowThePalette();
    void sharpAtTwiceTheSize();
    void windowFollowsAPaletteChange();
};

void TestIcons::everyMenuAndToolBarActionHasAnIcon()
{
    GuiFixture f;
    f.showWindow();
    QList<QAction*> actions;
    for (QMenu* menu : f.window->findChildren<QMenu*>())
        actions << menu->actions();
    for (QToolBar* bar : f.window->findChildren<QToolBar*>())
        actions << bar->actions();
    QStringList missing;
    int checked = 0;
    for (QAction* a : std::as_const(actions)) {
        if (a->isSeparator() || a->menu())
            continue;
        ++checked;
        if (a->icon().isNull())
            missing << a->objectName() + QStringLiteral(" (") + a->text() + u')';
    }
    QVERIFY2(checked >= 17, qPrintable(QString::number(checked)));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestIcons::bundledIconsFollowThePalette()
{
    const QPalette light = palette(QColor(0xef, 0xef, 0xef), Qt::black);
    const QPalette dark = palette(QColor(0x2b, 0x2d, 0x31), QColor(0xe8, 0xe8, 0xe8));
    QVERIFY(!ActionIcons::isDark(light));
    QVERIFY(ActionIcons::isDark(dark));
    for (const QString& name : ActionIcons::actionNames()) {
        const QString onLight = ActionIcons::bundledFile(name, light);
        const QString onDark = ActionIcons::bundledFile(name, dark);
        QVERIFY2(QFile::exists(onLight) && QFile::exists(onDark), qPrintable(name));
        const auto [lightInk, lightCount] = ink(QIcon(onLight).pixmap(QSize(24, 24)).toImage());
        const auto [darkInk, darkCount] = ink(QIcon(onDark).pixmap(QSize(24, 24)).toImage());
        QVERIFY2(lightCount > 20 && darkCount > 20, qPrintable(name)); // something is drawn
        QVERIFY2(lightInk < 90, qPrintable(QStringLiteral("%1: ink %2 on a light palette").arg(name).arg(lightInk)));
        QVERIFY2(darkInk > 170, qPrintable(QStringLiteral("%1: ink %2 on a dark palette").arg(name).arg(darkInk)));
    }
}

void TestIcons::sharpAtTwiceTheSize()
{
    // At 200 % the SVG is drawn anew at 48×48 device pixels, not a 24×24 bitmap scaled up: a scaled
    // bitmap has about four times the half-transparent edge pixels of a fresh drawing.
    const QIcon icon(ActionIcons::bundledFile(QStringLiteral("actionFind"), QPalette()));
    const QPixmap hi = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(hi.deviceIndependentSize().toSize(), QSize(24, 24));
    QCOMPARE(hi.size(), QSize(48, 48));
    const QImage fresh = hi.toImage().convertToFormat(QImage::Format_ARGB32);
    const QImage scaled = icon.pixmap(QSize(24, 24), 1.0).toImage().scaled(48, 48, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_ARGB32);
    auto soft = [](const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (const int a = qAlpha(image.pixel(x, y)); a > 16 && a < 240)
                    ++n;
        return n;
    };
    QVERIFY2(soft(fresh) * 3 < soft(scaled) * 2, qPrintable(QStringLiteral("%1 soft pixels drawn, %2 scaled").arg(soft(fresh)).arg(soft(scaled))));
}

void TestIcons::windowFollowsAPaletteChange()
{
    GuiFixture f;
    f.window->setPalette(palette(QColor(0xef, 0xef, 0xef), Qt::black));
    f.showWindow();
    QAction* submit = f.action(QStringLiteral("actionSubmitProduct"));
    const int before = ink(submit->icon().pixmap(QSize(24, 24)).toImage()).first;
    f.window->setPalette(palette(QColor(0x2b, 0x2d, 0x31), QColor(0xe8, 0xe8, 0xe8)));
    QTRY_VERIFY(ink(submit->icon().pixmap(QSize(24, 24)).toImage()).first > 170);
    QVERIFY(before < 90);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
