#include "filterbar.h"

#include "messagestatestyle.h"
#include "messagetablemodel.h"
#include "statuscolours.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

namespace {
// A path as a menu entry or button shows it: an '&' in a name is no shortcut.
QString shownPath(const JsonPath &path)
{
    QString text = path.text();
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QLabel *buddyLabel(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

// The label's text in the error colour of the moment (again when the palette or scheme changes).
void colourAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusColours::colour(StatusColours::Role::Error));
    label->setPalette(palette);
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_fieldsButton(new QToolButton(this))
    , m_case(new QCheckBox(this))
    , m_regex(new QCheckBox(this))
    , m_statesButton(new QToolButton(this))
    , m_moreButton(new QToolButton(this))
    , m_more(new QWidget(this))
    , m_partitions(new QLineEdit(m_more))
    , m_offsetFrom(new QLineEdit(m_more))
    , m_offsetTo(new QLineEdit(m_more))
    , m_timeFrom(new QLineEdit(m_more))
    , m_timeTo(new QLineEdit(m_more))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_filterLabel(buddyLabel(m_text, this))
    , m_partitionsLabel(buddyLabel(m_partitions, m_more))
    , m_offsetsLabel(buddyLabel(m_offsetFrom, m_more))
    , m_offsetsToLabel(new QLabel(m_more))
    , m_timeLabel(buddyLabel(m_timeFrom, m_more))
    , m_timeToLabel(new QLabel(m_more))
    , m_closeButton(new QToolButton(this))
    , m_closeAction(new QAction(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_text->setObjectName(QStringLiteral("filterEdit"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    m_fieldsButton->setObjectName(QStringLiteral("filterFieldsButton"));
    m_fieldsButton->setPopupMode(QToolButton::InstantPopup);
    auto *fields = new QMenu(m_fieldsButton);
    m_keyField = fields->addAction(QString());
    m_valueField = fields->addAction(QString());
    m_headersField = fields->addAction(QString());
    m_keyField->setObjectName(QStringLiteral("filterKeyAction"));
    m_valueField->setObjectName(QStringLiteral("filterValueAction"));
    m_headersField->setObjectName(QStringLiteral("filterHeadersAction"));
    for (QAction *field : {m_keyField, m_valueField, m_headersField}) {
        field->setCheckable(true);
        field->setChecked(true);
        connect(field, &QAction::toggled, this, &FilterBar::changed);
    }
    m_jsonSeparator = fields->addSeparator();
    m_jsonSeparator->setVisible(false);
    m_fieldsButton->setMenu(fields);

    m_case->setObjectName(QStringLiteral("filterCaseCheck"));
    m_regex->setObjectName(QStringLiteral("filterRegexCheck"));

    m_statesButton->setObjectName(QStringLiteral("filterStatesButton"));
    m_statesButton->setPopupMode(QToolButton::InstantPopup);
    auto *states = new QMenu(m_statesButton);
    for (auto state :
         {MessageTableModel::State::Received, MessageTableModel::State::Redelivered,
          MessageTableModel::State::Acked, MessageTableModel::State::Committed,
          MessageTableModel::State::CommittedUnacked, MessageTableModel::State::Stale}) {
        QAction *action = states->addAction(MessageStateStyle::icon(state), QString());
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(state));
        connect(action, &QAction::toggled, this, &FilterBar::changed);
        m_states.append(action);
    }
    m_statesButton->setMenu(states);

    m_moreButton->setObjectName(QStringLiteral("filterMoreButton"));
    m_moreButton->setCheckable(true);
    m_more->setObjectName(QStringLiteral("filterMore"));
    m_more->hide();
    connect(m_moreButton, &QToolButton::toggled, m_more, &QWidget::setVisible);

    m_partitions->setObjectName(QStringLiteral("filterPartitionsEdit"));
    m_offsetFrom->setObjectName(QStringLiteral("filterOffsetFromEdit"));
    m_offsetTo->setObjectName(QStringLiteral("filterOffsetToEdit"));
    m_timeFrom->setObjectName(QStringLiteral("filterTimeFromEdit"));
    m_timeTo->setObjectName(QStringLiteral("filterTimeToEdit"));

    m_count->setObjectName(QStringLiteral("filterCountLabel"));
    m_error->setObjectName(QStringLiteral("filterErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    colourAsError(m_error);

    QToolButton *close = m_closeButton;
    close->setObjectName(QStringLiteral("closeFilterButton"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    connect(close, &QToolButton::clicked, this, &FilterBar::closeRequested);
    QAction *escape = m_closeAction;
    escape->setObjectName(QStringLiteral("closeFilterAction"));
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &FilterBar::closeRequested);
    addAction(escape);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filterLabel);
    top->addWidget(m_text, 1);
    top->addWidget(m_fieldsButton);
    top->addWidget(m_case);
    top->addWidget(m_regex);
    top->addWidget(m_statesButton);
    top->addWidget(m_moreButton);
    top->addWidget(m_count);
    top->addWidget(close);

    auto *more = new QHBoxLayout(m_more);
    more->setContentsMargins(0, 0, 0, 0);
    more->addWidget(m_partitionsLabel);
    more->addWidget(m_partitions);
    more->addWidget(m_offsetsLabel);
    more->addWidget(m_offsetFrom);
    more->addWidget(m_offsetsToLabel);
    more->addWidget(m_offsetTo);
    more->addWidget(m_timeLabel);
    more->addWidget(m_timeFrom, 1);
    more->addWidget(m_timeToLabel);
    more->addWidget(m_timeTo, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_more);
    layout->addWidget(m_error);

    for (QLineEdit *edit : {m_text, m_partitions, m_offsetFrom, m_offsetTo, m_timeFrom, m_timeTo})
        connect(edit, &QLineEdit::textChanged, this, &FilterBar::changed);
    connect(m_case, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_regex, &QCheckBox::toggled, this, &FilterBar::changed);
    retranslate();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        colourAsError(m_error);
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_filterLabel->setText(tr("Fi&lter:"));
    m_text->setPlaceholderText(tr("Text in the key, value or header values"));
    m_fieldsButton->setToolTip(tr("Where the text is looked for"));
    m_keyField->setText(tr("&Key"));
    m_valueField->setText(tr("&Value"));
    m_headersField->setText(tr("&Header values"));
    for (qsizetype i = 0; i < m_jsonFields.size(); ++i)
        m_jsonFields.at(i)->setText(tr("JSON %1").arg(shownPath(m_jsonPaths.at(i))));
    m_case->setText(tr("Match ca&se"));
    m_regex->setText(tr("Regular e&xpression"));
    m_regex->setToolTip(tr("The text is a regular expression (Perl syntax), e.g. "
                           "^order-\\d+$ or \"status\":\\s*\"failed\""));
    m_statesButton->setToolTip(tr("The row states shown"));
    for (QAction *state : std::as_const(m_states))
        state->setText(MessageStateStyle::name(MessageTableModel::State(state->data().toInt())));
    m_moreButton->setText(tr("More"));
    m_moreButton->setToolTip(tr("Partitions, offsets and times"));
    m_partitionsLabel->setText(tr("Partitio&ns:"));
    m_offsetsLabel->setText(tr("Offsets:"));
    m_offsetsToLabel->setText(tr("to"));
    m_timeLabel->setText(tr("T&ime:"));
    m_timeToLabel->setText(tr("to"));
    m_partitions->setPlaceholderText(tr("all, or e.g. 0, 2, 5-7"));
    m_offsetFrom->setPlaceholderText(tr("first"));
    m_offsetTo->setPlaceholderText(tr("last"));
    m_timeFrom->setPlaceholderText(tr("from, e.g. 2024-12-31 08:00"));
    m_timeTo->setPlaceholderText(tr("until"));
    for (QLineEdit *edit : {m_timeFrom, m_timeTo})
        edit->setToolTip(tr("Local time: yyyy-mm-dd, yyyy-mm-dd hh:mm or yyyy-mm-dd hh:mm:ss "
                            "(a day alone counts whole). Rows without a timestamp are hidden."));
    // Each field is wide enough for its hint, in the language shown.
    for (QLineEdit *edit : {m_partitions, m_offsetFrom, m_offsetTo, m_timeFrom, m_timeTo})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 24);
    m_timeTo->setMinimumWidth(m_timeFrom->minimumWidth());
    m_partitions->setToolTip(tr("Partition numbers and ranges, separated by commas"));
    for (QLineEdit *edit : {m_offsetFrom, m_offsetTo})
        edit->setToolTip(tr("Offsets from 0; either end may stay empty"));
    m_closeButton->setToolTip(tr("Close the filter and show every row (Esc)"));
    m_closeAction->setText(tr("Close the filter"));
    // The computed texts: where the text is looked for, the states, the error, the counts.
    changed();
    if (!m_count->text().isEmpty())
        setCounts(m_shown, m_held, m_filtering);
}

bool FilterBar::parseTime(const QString &text, bool endOfDay, qint64 *ms)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *ms = -1;
        return true;
    }
    for (const char *format : {"yyyy-MM-dd HH:mm:ss.zzz", "yyyy-MM-dd HH:mm:ss",
                               "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"}) {
        const QDateTime time = QDateTime::fromString(t, QLatin1String(format));
        if (time.isValid()) {
            *ms = time.toMSecsSinceEpoch();
            return *ms >= 0;
        }
    }
    const QDate date = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return false;
    // A day alone: from its first moment, or up to its last.
    const QDateTime time = endOfDay ? date.addDays(1).startOfDay().addMSecs(-1) : date.startOfDay();
    *ms = time.toMSecsSinceEpoch();
    return *ms >= 0;
}

void FilterBar::setMessageModel(MessageTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::columnsInserted, this, &FilterBar::updateJsonFields);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &FilterBar::updateJsonFields);
        connect(model, &QAbstractItemModel::modelReset, this, &FilterBar::updateJsonFields);
        connect(model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            updateJsonFields();
        });
    }
    updateJsonFields();
}

void FilterBar::updateJsonFields()
{
    QList<JsonPath> chosen;
    for (qsizetype i = 0; i < m_jsonFields.size(); ++i) {
        if (m_jsonFields.at(i)->isChecked())
            chosen.append(m_jsonPaths.at(i));
    }
    qDeleteAll(m_jsonFields);
    m_jsonFields.clear();
    m_jsonPaths = m_model ? m_model->jsonColumns() : QList<JsonPath>();
    QList<JsonPath> stillChosen;
    QMenu *menu = m_fieldsButton->menu();
    for (const JsonPath &path : std::as_const(m_jsonPaths)) {
        auto *field = new QAction(tr("JSON %1").arg(shownPath(path)), menu);
        field->setObjectName(QStringLiteral("filterJsonAction"));
        field->setCheckable(true);
        if (chosen.contains(path) && !stillChosen.contains(path)) {
            field->setChecked(true);
            stillChosen.append(path);
        }
        connect(field, &QAction::toggled, this, &FilterBar::changed);
        menu->addAction(field);
        m_jsonFields.append(field);
    }
    m_jsonSeparator->setVisible(!m_jsonFields.isEmpty());
    if (stillChosen != chosen)
        changed(); // a column searched is gone
}

FilterCriteria FilterBar::criteria(QString *error) const
{
    FilterCriteria c;
    error->clear();
    c.text = m_text->text();
    c.regularExpression = m_regex->isChecked();
    c.caseSensitive = m_case->isChecked();
    c.fields = quint8((m_keyField->isChecked() ? FilterCriteria::KeyField : 0) |
                      (m_valueField->isChecked() ? FilterCriteria::ValueField : 0) |
                      (m_headersField->isChecked() ? FilterCriteria::HeadersField : 0));
    for (qsizetype i = 0; i < m_jsonFields.size(); ++i) {
        if (m_jsonFields.at(i)->isChecked())
            c.jsonPaths.append(m_jsonPaths.at(i));
    }
    c.states = 0;
    for (QAction *state : m_states) {
        if (state->isChecked())
            c.states |= FilterCriteria::stateBit(MessageTableModel::State(state->data().toInt()));
    }
    if (!c.text.isEmpty() && c.fields == 0 && c.jsonPaths.isEmpty()) {
        *error = tr("Choose where to look for the text: key, value, header values or a JSON "
                    "column.");
        return c;
    }
    const QStringList parts = m_partitions->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList range = part.trimmed().split(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        const qint64 first = range.value(0).trimmed().toLongLong(&okFirst);
        const qint64 last = range.size() == 2 ? range.at(1).trimmed().toLongLong(&okLast) : first;
        if (range.size() == 2 ? !(okFirst && okLast) : (!okFirst || range.size() > 2)) {
            *error =
                tr("\"%1\" is not a partition: use numbers like 0, 2, 5-7.").arg(part.trimmed());
            return c;
        }
        if (first < 0 || last > std::numeric_limits<qint32>::max() || first > last ||
            last - first >= 100000) {
            *error = tr("Partitions go from 0 to %1, a range from its low number to its high "
                        "one (\"%2\" cannot be used).")
                         .arg(std::numeric_limits<qint32>::max())
                         .arg(part.trimmed());
            return c;
        }
        for (qint64 p = first; p <= last; ++p)
            c.partitions.append(qint32(p));
    }
    const auto offset = [error](const QLineEdit *edit, qint64 *out) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            *out = -1;
            return true;
        }
        bool ok = false;
        *out = text.toLongLong(&ok);
        if (!ok || *out < 0) {
            *error = tr("\"%1\" is not an offset: offsets are whole numbers from 0 to %2.")
                         .arg(text)
                         .arg(std::numeric_limits<qint64>::max());
            return false;
        }
        return true;
    };
    if (!offset(m_offsetFrom, &c.offsetFrom) || !offset(m_offsetTo, &c.offsetTo))
        return c;
    if (!parseTime(m_timeFrom->text(), false, &c.timeFrom)) {
        *error = tr("\"%1\" is not a time: write it as 2024-12-31 23:59:59 (local time).")
                     .arg(m_timeFrom->text().trimmed());
        return c;
    }
    if (!parseTime(m_timeTo->text(), true, &c.timeTo)) {
        *error = tr("\"%1\" is not a time: write it as 2024-12-31 23:59:59 (local time).")
                     .arg(m_timeTo->text().trimmed());
        return c;
    }
    *error = c.error();
    return c;
}

void FilterBar::changed()
{
    if (m_clearing)
        return;
    QStringList where;
    if (m_keyField->isChecked())
        where << tr("key");
    if (m_valueField->isChecked())
        where << tr("value");
    if (m_headersField->isChecked())
        where << tr("headers");
    for (qsizetype i = 0; i < m_jsonFields.size(); ++i) {
        if (m_jsonFields.at(i)->isChecked())
            where << shownPath(m_jsonPaths.at(i));
    }
    m_fieldsButton->setText(where.isEmpty() ? tr("Nowhere")
                                            : tr("In: %1").arg(where.join(QStringLiteral(", "))));
    int shownStates = 0;
    for (QAction *state : std::as_const(m_states))
        shownStates += state->isChecked() ? 1 : 0;
    m_statesButton->setText(shownStates == m_states.size()
                                ? tr("All states")
                                : tr("%n state(s)", nullptr, shownStates));
    QString error;
    const FilterCriteria c = criteria(&error);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        emit criteriaChanged(c);
}

void FilterBar::clear()
{
    m_clearing = true;
    for (QLineEdit *edit : {m_text, m_partitions, m_offsetFrom, m_offsetTo, m_timeFrom, m_timeTo})
        edit->clear();
    m_case->setChecked(false);
    m_regex->setChecked(false);
    for (QAction *action : {m_keyField, m_valueField, m_headersField})
        action->setChecked(true);
    for (QAction *field : std::as_const(m_jsonFields))
        field->setChecked(false);
    for (QAction *state : std::as_const(m_states))
        state->setChecked(true);
    m_moreButton->setChecked(false);
    m_clearing = false;
    changed();
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::setCounts(int shown, int held, bool filtering)
{
    m_shown = shown;
    m_held = held;
    m_filtering = filtering;
    const QLocale locale;
    QString text = tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(held));
    if (filtering)
        text = tr("Filtering… (%1)").arg(text);
    m_count->setText(text);
}

QString FilterBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString FilterBar::countText() const
{
    return m_count->text();
}
