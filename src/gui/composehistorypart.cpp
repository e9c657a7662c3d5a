// ComposeHistoryPart: the History tab of the compose panel (see composehistorypart.h).
#include "composehistorypart.h"
#include "ui_composepanel.h"

#include "actionbutton.h"
#include "historymodel.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>

namespace {
// The history's row height: one line of text plus room for the selection frame.
constexpr int RowPadding = 6;
} // namespace

ComposeHistoryPart::ComposeHistoryPart(QWidget *panel, Ui::ComposePanel *ui,
                                       ComposedRequest composed, int templateNameChars)
    : m_panel(panel)
    , m_ui(ui)
    , m_composed(std::move(composed))
    , m_history(new HistoryModel(panel))
    , m_sendAgainAction(new QAction(panel))
    , m_saveTemplateAction(new QAction(panel))
    , m_useTemplateAction(new QAction(panel))
    , m_deleteTemplateAction(new QAction(panel))
{
    setUpActions();
    setUpViews(templateNameChars);
    retranslate();
}

void ComposeHistoryPart::retranslate()
{
    m_sendAgainAction->setText(tr("Send &again"));
    m_sendAgainAction->setToolTip(tr("Send the selected history row again"));
    m_sendAgainAction->setStatusTip(
        tr("Send the message of the selected history row again, to the topic it went to"));
    m_saveTemplateAction->setText(tr("Save as &template…"));
    m_saveTemplateAction->setToolTip(
        tr("Save the selected history row, or the composed message, as a template"));
    m_saveTemplateAction->setStatusTip(m_saveTemplateAction->toolTip());
    m_useTemplateAction->setText(tr("&Use template"));
    m_useTemplateAction->setToolTip(tr("Put the template into the Message and Headers tabs"));
    m_useTemplateAction->setStatusTip(m_useTemplateAction->toolTip());
    m_deleteTemplateAction->setText(tr("&Delete template"));
    m_deleteTemplateAction->setToolTip(tr("Delete the chosen template"));
    m_deleteTemplateAction->setStatusTip(m_deleteTemplateAction->toolTip());
}

void ComposeHistoryPart::setUpActions()
{
    m_sendAgainAction->setObjectName(QStringLiteral("sendAgainAction"));
    connect(m_sendAgainAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_ui->historyView->currentIndex();
        if (index.isValid() && m_sendAgainAction->isEnabled())
            emit resendRequested(m_history->request(index.row()));
    });

    m_saveTemplateAction->setObjectName(QStringLiteral("saveTemplateAction"));
    connect(m_saveTemplateAction, &QAction::triggered, this, &ComposeHistoryPart::saveTemplate);
    m_useTemplateAction->setObjectName(QStringLiteral("useTemplateAction"));
    connect(m_useTemplateAction, &QAction::triggered, this, &ComposeHistoryPart::useTemplate);
    m_deleteTemplateAction->setObjectName(QStringLiteral("deleteTemplateAction"));
    connect(m_deleteTemplateAction, &QAction::triggered, this, &ComposeHistoryPart::deleteTemplate);

    ActionButton::bind(m_ui->resendButton, m_sendAgainAction);
    ActionButton::bind(m_ui->saveTemplateButton, m_saveTemplateAction);
    ActionButton::bind(m_ui->loadTemplateButton, m_useTemplateAction);
    ActionButton::bind(m_ui->deleteTemplateButton, m_deleteTemplateAction);
}

void ComposeHistoryPart::setUpViews(int templateNameChars)
{
    m_ui->historyView->setModel(m_history);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->verticalHeader()->setDefaultSectionSize(
        m_ui->historyView->fontMetrics().height() + RowPadding);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComposeHistoryPart::selectionChanged);
    connect(m_history, &QAbstractItemModel::rowsInserted, m_ui->historyView,
            &QTableView::scrollToBottom);
    connect(m_ui->historyView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit requestChosen(m_history->request(index.row()));
    });

    // Long enough for names such as "order-totals-v2", and growing with the tab.
    m_ui->templateCombo->setMinimumContentsLength(templateNameChars);
    m_ui->templateCombo->addItems(m_templates.names());
}

void ComposeHistoryPart::updateActions(bool connected)
{
    m_sendAgainAction->setEnabled(connected && m_ui->historyView->currentIndex().isValid());
    m_useTemplateAction->setEnabled(m_ui->templateCombo->count() > 0);
    m_deleteTemplateAction->setEnabled(m_ui->templateCombo->count() > 0);
}

void ComposeHistoryPart::saveTemplate()
{
    const QModelIndex index = m_ui->historyView->currentIndex();
    const ProduceRequest request = index.isValid() ? m_history->request(index.row()) : m_composed();
    bool ok = false;
    const QString name = QInputDialog::getText(m_panel, tr("Save as template"),
                                               tr("Template name:"), QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_templates.save(name, request);
    if (m_ui->templateCombo->findText(name) < 0)
        m_ui->templateCombo->addItem(name);
    m_ui->templateCombo->setCurrentText(name);
    emit logLine(tr("Template \"%1\" saved.").arg(name));
    emit selectionChanged();
}

void ComposeHistoryPart::useTemplate()
{
    if (const std::optional<ProduceRequest> request =
            m_templates.load(m_ui->templateCombo->currentText()))
        emit requestChosen(*request);
}

void ComposeHistoryPart::deleteTemplate()
{
    const QString name = m_ui->templateCombo->currentText();
    if (name.isEmpty())
        return;
    m_templates.remove(name);
    m_ui->templateCombo->removeItem(m_ui->templateCombo->currentIndex());
    emit selectionChanged();
}
