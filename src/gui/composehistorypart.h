// ComposeHistoryPart: the compose panel's History tab at work: the sends of this session
// (HistoryModel) with "Send again", and the saved templates with "Save as template…", "Use
// template" and "Delete template". It works on the panel's own widgets (ui/composepanel.ui);
// putting a record into the compose box and sending it stay the panel's, asked for by signals.
#pragma once

#include "producerequest.h"
#include "templatestore.h"

#include <QObject>

#include <functional>

class HistoryModel;
class QAction;
class QWidget;
namespace Ui {
class ComposePanel;
}

class ComposeHistoryPart final : public QObject
{
    Q_OBJECT
public:
    // The panel's composed record (what "Save as template…" saves with no history row chosen).
    using ComposedRequest = std::function<ProduceRequest()>;

    // panel: the widget whose form ui is; the model and the actions are its children.
    ComposeHistoryPart(QWidget *panel, Ui::ComposePanel *ui, ComposedRequest composed,
                       int templateNameChars);

    QAction *sendAgainAction() const { return m_sendAgainAction; }
    QAction *saveTemplateAction() const { return m_saveTemplateAction; }
    QAction *useTemplateAction() const { return m_useTemplateAction; }
    QAction *deleteTemplateAction() const { return m_deleteTemplateAction; }
    // The panel records its sends and their reports here.
    HistoryModel *history() const { return m_history; }

    // "Send again" needs a connection and a chosen row; the template actions a template.
    void updateActions(bool connected);
    // The actions' texts in the current language (at the start, and from the panel after a
    // language change).
    void retranslate();

signals:
    void logLine(const QString &line);
    // A history row or template to put into the compose box.
    void requestChosen(const ProduceRequest &request);
    // "Send again": a history row to send as it went before.
    void resendRequested(const ProduceRequest &request);
    // The chosen row or the list of templates changed: the panel's controls follow.
    void selectionChanged();

private:
    void setUpActions();
    void setUpViews(int templateNameChars);
    void saveTemplate();
    void useTemplate();
    void deleteTemplate();

    QWidget *m_panel;
    Ui::ComposePanel *m_ui;
    ComposedRequest m_composed;
    TemplateStore m_templates;
    HistoryModel *m_history;
    QAction *m_sendAgainAction;
    QAction *m_saveTemplateAction;
    QAction *m_useTemplateAction;
    QAction *m_deleteTemplateAction;
};
