// FilterBar: the messages panel's filter (Ctrl+F): text or a regular expression in the key,
// the value, the header values or the table's JSON columns, match case, row states, and behind
// "More" partitions, an offset range and a time range. Turns what is typed into FilterCriteria,
// saying in plain words what cannot be used (an invalid regular expression, a number out of range),
// in which case the filter shown stays as it was. Shows how many rows are shown of those held.
#pragma once

#include "filtercriteria.h"

#include <QWidget>

class MessageTableModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The table whose JSON columns the "In:" menu offers (kept up to date as columns come and
    // go; a column removed is no longer searched).
    void setMessageModel(MessageTableModel *model);
    // The criteria typed; with an error, error is set and the criteria are not to be used.
    FilterCriteria criteria(QString *error) const;
    // Empties every field (every row passes).
    void clear();
    // Focuses the text field, its text selected.
    void focusText();
    void setCounts(int shown, int held, bool filtering);
    QString errorText() const;
    QString countText() const;

signals:
    // New, valid criteria were typed.
    void criteriaChanged(const FilterCriteria &criteria);
    // Esc or the close button: the bar is to close and the filter to go.
    void closeRequested();

protected:
    // A language switched live: every text is set again, the counts and the error included.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void changed();
    // One checkable entry per JSON column of the table, those of paths chosen before kept.
    void updateJsonFields();
    static bool parseTime(const QString &text, bool endOfDay, qint64 *ms);

    QLineEdit *m_text;
    QToolButton *m_fieldsButton;
    QAction *m_keyField;
    QAction *m_valueField;
    QAction *m_headersField;
    QAction *m_jsonSeparator;
    QList<QAction *> m_jsonFields; // by JSON column
    QList<JsonPath> m_jsonPaths;   // the path of each
    MessageTableModel *m_model = nullptr;
    QCheckBox *m_case;
    QCheckBox *m_regex;
    QToolButton *m_statesButton;
    QList<QAction *> m_states; // by MessageTableModel::State
    QToolButton *m_moreButton;
    QWidget *m_more;
    QLineEdit *m_partitions;
    QLineEdit *m_offsetFrom;
    QLineEdit *m_offsetTo;
    QLineEdit *m_timeFrom;
    QLineEdit *m_timeTo;
    QLabel *m_count;
    QLabel *m_error;
    // The labels in front of the fields: Filter, Partitions, Offsets, to, Time, to.
    QLabel *m_filterLabel;
    QLabel *m_partitionsLabel;
    QLabel *m_offsetsLabel;
    QLabel *m_offsetsToLabel;
    QLabel *m_timeLabel;
    QLabel *m_timeToLabel;
    QToolButton *m_closeButton;
    QAction *m_closeAction;
    // What setCounts() was given last, to say it again in another language.
    int m_shown = 0;
    int m_held = 0;
    bool m_filtering = false;
    bool m_clearing = false;
};
