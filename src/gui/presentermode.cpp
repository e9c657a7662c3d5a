#include "presentermode.h"

#include "messagestatestyle.h"
#include "messagetableview.h"
#include "statuscolours.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cmath>

namespace {
const QString SettingsKey = QStringLiteral("presenterMode");
// Properties a widget keeps what it had before presenter mode in.
constexpr char BaseFont[] = "topicdeskPresenterBaseFont";
constexpr char BaseIconSize[] = "topicdeskPresenterBaseIconSize";
constexpr char BaseRowHeight[] = "topicdeskPresenterBaseRowHeight";
constexpr char BaseColumnWidths[] = "topicdeskPresenterBaseColumnWidths";
// The class fonts a platform theme may give (QApplicationPrivate::initializeWidgetFontHash):
// setting the application font drops them, so they are kept and given back.
constexpr const char *ThemeFontClasses[] = {"QMenu",
                                            "QMenuBar",
                                            "QMenuItem",
                                            "QMessageBox",
                                            "QLabel",
                                            "QTipLabel",
                                            "QStatusBar",
                                            "QMdiSubWindowTitleBar",
                                            "QDockWidgetTitle",
                                            "QPushButton",
                                            "QCheckBox",
                                            "QRadioButton",
                                            "QToolButton",
                                            "QAbstractItemView",
                                            "QListView",
                                            "QHeaderView",
                                            "QListBox",
                                            "QComboMenuItem",
                                            "QComboLineEdit",
                                            "QSmallFont",
                                            "QMiniFont"};

// What presenter mode changed application-wide, and what was there before.
struct Applied
{
    bool on = false;
    QFont font;
    QList<std::pair<const char *, QFont>> classFonts;
};

Applied &applied()
{
    static Applied state;
    return state;
}

QFont scaled(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(int(std::lround(font.pixelSize() * factor)));
    return font;
}

double size(const QFont &font)
{
    return font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize();
}

// A widget's own font with its own size: grown with the application's font. One set while
// presenter mode was on is grown only when it is still at the normal size (a font copied from
// an already grown one is not grown twice); shrunk back the same way.
void scaleOwnFont(QWidget *widget, bool on)
{
    const QVariant base = widget->property(BaseFont);
    if (!on && base.isValid()) {
        widget->setFont(base.value<QFont>());
        widget->setProperty(BaseFont, QVariant());
        return;
    }
    if (base.isValid() || !widget->testAttribute(Qt::WA_SetFont) ||
        !(widget->font().resolveMask() & QFont::SizeResolved))
        return;
    const QFont font = widget->font();
    const double normal = size(applied().font);
    const double middle = normal * (1 + PresenterMode::Factor) / 2;
    if (on && size(font) < middle) {
        widget->setProperty(BaseFont, font);
        widget->setFont(scaled(font, PresenterMode::Factor));
    } else if (!on && size(font) >= middle) {
        widget->setFont(scaled(font, 1 / PresenterMode::Factor));
    }
}

void scaleIcons(QAbstractItemView *view, bool on)
{
    const QVariant base = view->property(BaseIconSize);
    if (!on) {
        if (base.isValid()) {
            view->setIconSize(base.toSize());
            view->setProperty(BaseIconSize, QVariant());
        }
        return;
    }
    if (base.isValid())
        return;
    view->setProperty(BaseIconSize, view->iconSize());
    const QSize normal =
        view->iconSize().isValid()
            ? view->iconSize()
            : QSize(1, 1) * view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    view->setIconSize(normal * PresenterMode::Factor);
}

// The height of a line in the font the application gives widget (its own font follows only
// once the font change has reached it, later).
int lineHeight(const QWidget *widget)
{
    return QFontMetrics(widget->testAttribute(Qt::WA_SetFont) ? widget->font()
                                                              : QApplication::font(widget))
        .height();
}

// A table's rows are as high as a line of its font and a padding: the padding is kept.
struct RowHeight
{
    QTableView *view;
    int fontHeight;
};

QList<RowHeight> rowHeights()
{
    QList<RowHeight> rows;
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *table = qobject_cast<QTableView *>(widget))
            rows.append({table, lineHeight(table)});
    }
    return rows;
}

// The columns a table's user (or the table) sized grow with the font, and come back as they were.
void scaleColumns(QTableView *view, bool on)
{
    QHeaderView *header = view->horizontalHeader();
    const QVariant base = view->property(BaseColumnWidths);
    if (!on) {
        if (!base.isValid())
            return;
        QVariantList widths = base.toList();
        header->setMinimumSectionSize(widths.takeLast().toInt());
        for (int i = 0; i < widths.size() && i < header->count(); ++i) {
            if (header->sectionResizeMode(i) == QHeaderView::Interactive)
                header->resizeSection(i, widths.at(i).toInt());
        }
        view->setProperty(BaseColumnWidths, QVariant());
        return;
    }
    if (base.isValid())
        return;
    QVariantList widths;
    for (int i = 0; i < header->count(); ++i)
        widths.append(header->sectionSize(i));
    widths.append(header->minimumSectionSize()); // the last: the least a column may be
    view->setProperty(BaseColumnWidths, widths);
    if (auto *messages = qobject_cast<MessageTableView *>(view)) {
        messages->resetColumnWidths(); // fitted to the samples of its columns in the larger font
        return;
    }
    for (int i = 0; i < header->count(); ++i) {
        if (header->sectionResizeMode(i) == QHeaderView::Interactive)
            header->resizeSection(i,
                                  int(std::lround(widths.at(i).toInt() * PresenterMode::Factor)));
    }
}

void adjustRowHeights(const QList<RowHeight> &rows, bool on)
{
    for (const RowHeight &row : rows) {
        scaleColumns(row.view, on);
        QHeaderView *header = row.view->verticalHeader();
        const QVariant base = row.view->property(BaseRowHeight);
        if (!on && base.isValid()) {
            header->setDefaultSectionSize(base.toInt());
            row.view->setProperty(BaseRowHeight, QVariant());
            continue;
        }
        if (on && base.isValid())
            continue;
        const int height = header->defaultSectionSize();
        if (on)
            row.view->setProperty(BaseRowHeight, height);
        header->setDefaultSectionSize(std::max(1, height - row.fontHeight + lineHeight(row.view)));
    }
}

void applyToApplication(bool on)
{
    Applied &state = applied();
    const QList<RowHeight> rows = rowHeights();
    if (on && !state.on) {
        state.font = QApplication::font();
        state.classFonts.clear();
        for (const char *name : ThemeFontClasses) {
            const QFont font = QApplication::font(name);
            if (font != state.font)
                state.classFonts.append({name, font});
        }
        QApplication::setFont(scaled(state.font, PresenterMode::Factor));
        for (const auto &[name, font] : std::as_const(state.classFonts))
            QApplication::setFont(scaled(font, PresenterMode::Factor), name);
    } else if (!on && state.on) {
        QApplication::setFont(state.font);
        for (const auto &[name, font] : std::as_const(state.classFonts))
            QApplication::setFont(font, name);
    }
    // The widgets take the font from posted events: they do now, so what is measured below (and
    // a header's least row height) follows the new font.
    QCoreApplication::sendPostedEvents();
    state.on = on;
    StatusColours::setScheme(on ? StatusColours::Scheme::ColourBlindSafe
                                : StatusColours::Scheme::Standard);
    MessageStateStyle::setDistinctShapes(on);
    MessageStateStyle::setIconSize(
        on ? int(std::lround(MessageStateStyle::IconSize * PresenterMode::Factor))
           : MessageStateStyle::IconSize);
    adjustRowHeights(rows, on);
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        scaleOwnFont(widget, on);
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            scaleIcons(view, on);
    }
    // The colours changed without the palette: whatever draws with them draws again.
    for (QWidget *widget : widgets) {
        QEvent changed(QEvent::PaletteChange);
        QCoreApplication::sendEvent(widget, &changed);
        widget->update();
    }
}
} // namespace

PresenterMode::PresenterMode(QWidget *window)
    : QObject(window)
    , m_action(new QAction(window))
{
    m_action->setObjectName(QStringLiteral("presenterModeAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    retranslate();
    window->addAction(m_action);
    window->installEventFilter(this);
    connect(m_action, &QAction::toggled, this, &PresenterMode::setOn);
    m_action->setChecked(QSettings().value(SettingsKey, false).toBool());
}

bool PresenterMode::isOn() const
{
    return m_action->isChecked();
}

void PresenterMode::setOn(bool on)
{
    m_action->setChecked(on);
    QSettings().setValue(SettingsKey, on);
    auto *window = qobject_cast<QMainWindow *>(parent());
    if (on && window && window->isVisible() && !applied().on) {
        m_layout = window->saveState();
        m_size = window->size();
    }
    if (on)
        qApp->installEventFilter(this);
    else
        qApp->removeEventFilter(this);
    applyToApplication(on);
    if (!on && !m_layout.isEmpty()) {
        restoreWindow();
        // Once more when the layout has taken the smaller fonts' sizes.
        QTimer::singleShot(0, this, [this] {
            if (isOn())
                return; // on again already: what it saved then stays
            restoreWindow();
            m_layout.clear();
        });
    }
}

void PresenterMode::restoreWindow()
{
    auto *window = qobject_cast<QMainWindow *>(parent());
    if (!window || m_layout.isEmpty() || isOn())
        return;
    window->resize(m_size);
    window->restoreState(m_layout);
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == parent()) {
        retranslate();
    } else if (event->type() == QEvent::Polish && watched->isWidgetType() && isOn()) {
        // A widget made while presenter mode is on, with a font of its own, grows too.
        auto *widget = static_cast<QWidget *>(watched);
        scaleOwnFont(widget, true);
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            scaleIcons(view, true);
    }
    return QObject::eventFilter(watched, event);
}

void PresenterMode::retranslate()
{
    m_action->setText(tr("&Presenter mode"));
    m_action->setToolTip(tr("Larger text, a shape for every message state, and colours that "
                            "colour-blind viewers tell apart: for showing TopicDesk on a "
                            "projector"));
    m_action->setStatusTip(m_action->toolTip());
}
