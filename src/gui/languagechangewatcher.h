// LanguageChangeWatcher: tells an object that is not a widget (an item model) that the
// application's translations changed, so it can announce that its texts changed. Qt sends
// QEvent::LanguageChange to the application whenever a translator is installed or removed (by
// LanguageSwitcher or anyone else), but passes it on to widgets only. The watcher sees that
// event through an event filter on the application, and emits languageChanged() once, queued,
// for a switch that removes and installs several translators; it is posted before the widgets'
// own LanguageChange events, so a view redraws with the model's new texts.
#pragma once

#include <QObject>

class QAbstractItemModel;

class LanguageChangeWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageChangeWatcher(QObject *parent);

    // After a language change, model (a table or a list: its top level only) says that its
    // header and the texts of every cell changed, so the views ask it again (its data() and
    // headerData() translate as they answer).
    static void retranslateTexts(QAbstractItemModel *model);

signals:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_pending = false;
};
