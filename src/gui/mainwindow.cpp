#include "mainwindow.h"

#include "buildinfo.h"
#include "bulksender.h"
#include "composepanel.h"
#include "connectionpanel.h"
#include "detailpanel.h"
#include "glossarydialog.h"
#include "grouppanel.h"
#include "journeypanel.h"
#include "languageswitcher.h"
#include "logpanel.h"
#include "messagereplay.h"
#include "messagespanel.h"
#include "messagetableview.h"
#include "offsetspanel.h"
#include "presentermode.h"
#include "sandboxbrokersview.h"
#include "sessioncontroller.h"
#include "shortcutsdialog.h"
#include "statuscolours.h"
#include "topicspanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QWhatsThis>

#include <tuple>

namespace {
// Bumped whenever the panels change, so a layout saved by an older version is not applied to
// docks it does not know.
constexpr int LayoutVersion = 3;
// The default layout's sizes, in pixels at the default window size; the offsets panel's
// width shows its six columns whole.
constexpr int SideColumnWidth = 280;
constexpr int ConnectionHeight = 420;
constexpr int TopicsHeight = 280;
constexpr int ComposeHeight = 240;
constexpr int MessagesHeight = 330;
constexpr int BottomRowHeight = 130;
constexpr int OffsetsWidth = 450;
constexpr int LogWidth = 420;
// How often the shutdown checks whether everything is answered.
constexpr int ShutdownTickMs = 50;
} // namespace

template <typename Panel>
void MainWindow::connectPanel(Panel *panel)
{
    // Every panel reports the same way; the window only passes it on.
    connect(panel, &Panel::logLine, m_logPanel, &LogPanel::appendLine);
    connect(panel, &Panel::errorOccurred, this, [this, panel](const QString &message) {
        m_errors.insert(panel, message);
        showError(message);
    });
    if constexpr (requires { &Panel::errorCleared; })
        connect(panel, &Panel::errorCleared, this, [this, panel] { clearError(panel); });
}

MainWindow::MainWindow(const ConnectionConfig &initial, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new SessionController(&m_session, this))
    , m_connectionPanel(new ConnectionPanel(&m_session, initial, this))
    , m_topicsPanel(new TopicsPanel(&m_session, this))
    , m_composePanel(new ComposePanel(&m_session, this))
    , m_messagesPanel(new MessagesPanel(m_controller, this))
    , m_offsetsPanel(new OffsetsPanel(&m_session, m_controller->offsets(), this))
    , m_logPanel(new LogPanel(this))
    , m_detailPanel(new DetailPanel(this))
    , m_journeyPanel(new JourneyPanel(m_controller->journeys(), this))
    , m_clusterLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                   QMainWindow::AllowTabbedDocks);
    m_connectionDock = addPanel(m_connectionPanel, tr("Connection"), QStringLiteral("connection"));
    m_topicsDock = addPanel(m_topicsPanel, tr("Topics"), QStringLiteral("topics"));
    m_composeDock = addPanel(m_composePanel, tr("Compose"), QStringLiteral("compose"));
    m_messagesDock = addPanel(m_messagesPanel, tr("Messages"), QStringLiteral("messages"));
    m_offsetsDock = addPanel(m_offsetsPanel, tr("Partition offsets"), QStringLiteral("offsets"));
    m_logDock = addPanel(m_logPanel, tr("Log"), QStringLiteral("log"));
    m_detailDock = addPanel(m_detailPanel, tr("Message details"), QStringLiteral("detail"));
    // The details show the table's current row; a double-click brings them to the front.
    m_detailPanel->follow(m_messagesPanel->view(), m_controller->messages());
    // The journey of the same row: from the produce call to the committed offset, measured.
    m_journeyDock = addPanel(m_journeyPanel, tr("Journey"), QStringLiteral("journey"));
    m_journeyPanel->follow(m_messagesPanel->view(), m_controller->messages());
    m_groupPanel = new GroupPanel(&m_session, this);
    m_groupPanel->setJourneys(m_controller->journeys());
    connect(m_groupPanel, &GroupPanel::messageChosen, m_journeyPanel, &JourneyPanel::showOffset);
    connect(&m_session, &KafkaSession::stepStateChanged, m_journeyPanel,
            &JourneyPanel::setStepState);
    m_groupDock = addPanel(m_groupPanel, tr("Group"), QStringLiteral("group"));
    m_messagesPanel->addConsumerCommand(m_groupPanel->addConsumerAction());
    connect(m_groupPanel->addConsumerAction(), &QAction::triggered, this, [this] {
        m_groupDock->show();
        m_groupDock->raise();
    });
    connect(m_messagesPanel->view(), &QAbstractItemView::doubleClicked, this, [this] {
        m_detailDock->show();
        m_detailDock->raise();
    });
    connectPanel(m_connectionPanel);
    connectPanel(m_topicsPanel);
    connectPanel(m_composePanel);
    connectPanel(m_messagesPanel);
    connectPanel(m_offsetsPanel);
    connectPanel(m_groupPanel);
    connectPanel(m_controller);
    // Sending table rows again: the compose box shows when a row is put into it.
    m_replay = new MessageReplay(&m_session, m_messagesPanel, m_composePanel, this);
    connectPanel(m_replay);
    connect(m_replay, &MessageReplay::composeFilled, this, [this] {
        m_composeDock->show();
        m_composeDock->raise();
    });
    connect(m_connectionPanel, &ConnectionPanel::registryChanged, m_controller,
            &SessionController::setRegistry);
    // The compose box encodes with the registry the table decodes with.
    connect(m_controller, &SessionController::schemaRegistryChanged, m_composePanel,
            [this] { m_composePanel->setSchemaRegistry(m_controller->schemaRegistry()); });
    connect(m_connectionPanel, &ConnectionPanel::consumerOptionsChanged, m_controller,
            &SessionController::setConsumerOptions);
    m_controller->setConsumerOptions(m_connectionPanel->consumerOptions());
    // Finding by key (and its end) restarts the consumer: the table starts clean. A search
    // ended by a disconnect leaves the rows read, like any connection that ended.
    connect(&m_session, &KafkaSession::keySearchChanged, m_controller, [this] {
        if (m_session.state() == KafkaSession::State::Connected)
            m_controller->clearTable();
    });

    m_shutdownTicker.setInterval(ShutdownTickMs);
    connect(&m_shutdownTicker, &QTimer::timeout, this, &MainWindow::continueShutdown);
    m_clusterLabel->setObjectName(QStringLiteral("clusterLabel"));
    statusBar()->addPermanentWidget(m_clusterLabel);
    connect(&m_session, &KafkaSession::stateChanged, this, &MainWindow::onStateChanged);

    setUpMenus();
    retranslate();
    resize(DefaultSize);
    resetLayout();
    restoreLayout();
    onStateChanged(KafkaSession::State::Disconnected, tr("Not connected."));
}

MainWindow::~MainWindow()
{
    // Work stops before the members go: no report or progress reaches a half-destroyed window.
    // (The session still waits for its consumer to close and commit; closing the window first
    // bounds that wait.)
    m_shutdownTicker.stop();
    disconnect(m_composePanel->bulkSender(), nullptr, this, nullptr);
    disconnect(&m_session, nullptr, this, nullptr);
    // The panels and the controller hold the session: they go now. As children they would be
    // deleted by ~QWidget, which runs after every member, the session included, is gone.
    for (QDockWidget *dock : {m_connectionDock, m_topicsDock, m_composeDock, m_messagesDock,
                              m_offsetsDock, m_logDock, m_detailDock, m_journeyDock, m_groupDock})
        delete dock;
    delete m_controller;
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &name)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name + QStringLiteral("Dock"));
    panel->setObjectName(name + QStringLiteral("Panel"));
    dock->setWidget(panel);
    dock->toggleViewAction()->setObjectName(name + QStringLiteral("ViewAction"));
    return dock;
}

void MainWindow::setUpMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_connectionPanel->connectAction());
    file->addAction(m_connectionPanel->disconnectAction());
    file->addSeparator();
    QMenu *profiles = m_profilesMenu = file->addMenu(QString());
    profiles->setObjectName(QStringLiteral("profilesMenu"));
    connect(profiles, &QMenu::aboutToShow, this,
            [this, profiles] { m_connectionPanel->fillProfilesMenu(profiles); });
    file->addAction(m_connectionPanel->saveProfileAction());
    file->addAction(m_connectionPanel->deleteProfileAction());
    file->addAction(m_connectionPanel->securityAction());
    file->addAction(m_connectionPanel->registryAction());
    file->addSeparator();
    file->addAction(m_replay->exportAction());
    file->addSeparator();
    QAction *quit = m_quitAction = file->addAction(QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = m_editMenu = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_messagesPanel->copyAction());
    edit->addAction(m_messagesPanel->selectAllAction());
    edit->addSeparator();
    edit->addAction(m_messagesPanel->filterAction());

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : {m_connectionDock, m_topicsDock, m_composeDock, m_messagesDock,
                              m_detailDock, m_journeyDock, m_groupDock, m_offsetsDock, m_logDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_messagesPanel->followNewestAction());
    view->addAction(m_messagesPanel->hideStaleAction());
    view->addAction(m_messagesPanel->clearTableAction());
    view->addAction(m_logPanel->clearAction());
    view->addSeparator();
    QAction *reset = m_resetLayoutAction = view->addAction(QString(), this, [this] {
        resetLayout();
        m_messagesPanel->view()->resetColumnWidths();
    });
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    view->addAction((new PresenterMode(this))->action());
    QMenu *language = m_languageMenu = view->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    // Each language by its own name, in every language; the system's is translated.
    const QList<std::pair<QString, QString>> choices = {
        {QString(), QString()},
        {QStringLiteral("en"), QStringLiteral("&English")},
        {QStringLiteral("vi"), QStringLiteral("&Tiếng Việt")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setObjectName(code.isEmpty() ? QStringLiteral("systemLanguageAction")
                                             : code + QStringLiteral("LanguageAction"));
        if (code.isEmpty())
            m_systemLanguageAction = action;
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu *topics = m_topicsMenu = menuBar()->addMenu(QString());
    topics->setObjectName(QStringLiteral("topicsMenu"));
    topics->addAction(m_topicsPanel->refreshAction());
    topics->addAction(m_topicsPanel->createTopicAction());
    topics->addAction(m_topicsPanel->topicOffsetsAction());
    // Shown only while a sandbox of three brokers is connected.
    topics->addMenu(m_topicsPanel->sandboxBrokers()->menu());

    QMenu *consumer = m_consumerMenu = menuBar()->addMenu(QString());
    consumer->setObjectName(QStringLiteral("consumerMenu"));
    consumer->addAction(m_messagesPanel->consumeAction());
    consumer->addAction(m_messagesPanel->pauseAction());
    consumer->addAction(m_messagesPanel->stepModeAction());
    consumer->addAction(m_messagesPanel->nextMessageAction());
    consumer->addSeparator();
    consumer->addAction(m_messagesPanel->ackSelectedAction());
    consumer->addAction(m_messagesPanel->ackUpToAction());
    consumer->addSeparator();
    consumer->addAction(m_offsetsPanel->readFromOffsetAction());
    consumer->addAction(m_offsetsPanel->readFromTimeAction());
    consumer->addAction(m_offsetsPanel->findByKeyAction());
    consumer->addAction(m_offsetsPanel->stopFindingAction());
    consumer->addSeparator();
    consumer->addAction(m_groupPanel->addConsumerAction());
    consumer->addAction(m_groupPanel->leaveAction());
    consumer->addAction(m_groupPanel->crashAction());

    QMenu *message = m_messageMenu = menuBar()->addMenu(QString());
    message->setObjectName(QStringLiteral("messageMenu"));
    message->addAction(m_composePanel->sendAction());
    message->addAction(m_composePanel->sendAgainAction());
    message->addAction(m_replay->sendRowAgainAction());
    message->addAction(m_replay->sendSelectedToTopicAction());
    message->addSeparator();
    message->addAction(m_composePanel->bulkSendAction());
    message->addAction(m_composePanel->sendFileAction());
    message->addAction(m_composePanel->cancelBulkAction());

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = m_shortcutsAction = help->addAction(QString(), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *glossary = m_glossaryAction =
        help->addAction(QString(), this, [this] { GlossaryDialog::showEntry(this, {}); });
    glossary->setObjectName(QStringLiteral("glossaryAction"));
    QAction *corrections = m_correctionsAction =
        help->addAction(QString(), this, [this] { GlossaryDialog::showCorrections(this); });
    corrections->setObjectName(QStringLiteral("correctionsAction"));
    // Shift+F1, then a click on a column header or a read option: its What's This text, whose
    // link opens the glossary at the entry.
    QAction *whatsThis = m_whatsThisAction = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    help->addAction(whatsThis);
    GlossaryDialog::openLinksFromWhatsThis();
    QAction *about = m_aboutAction = help->addAction(QString(), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = m_aboutQtAction = help->addAction(QString(), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("TopicDesk"));
    // Each dock's title, and its entry in View (with an accelerator of its own there).
    const QList<std::tuple<QDockWidget *, QString, QString>> docks = {
        {m_connectionDock, tr("Connection"), tr("&Connection", "View menu: the panel")},
        {m_topicsDock, tr("Topics"), tr("&Topics", "View menu: the panel")},
        {m_composeDock, tr("Compose"), tr("Co&mpose", "View menu: the panel")},
        {m_messagesDock, tr("Messages"), tr("Me&ssages", "View menu: the panel")},
        {m_detailDock, tr("Message details"), tr("Message &details", "View menu: the panel")},
        {m_journeyDock, tr("Journey"), tr("&Journey", "View menu: the panel")},
        {m_groupDock, tr("Group"), tr("Gro&up", "View menu: the panel")},
        {m_offsetsDock, tr("Partition offsets"), tr("P&artition offsets", "View menu: the panel")},
        {m_logDock, tr("Log"), tr("L&og", "View menu: the panel")}};
    for (const auto &[dock, title, entry] : docks) {
        // Setting the title also sets the toggle action's text: the entry comes after it.
        dock->setWindowTitle(title);
        dock->toggleViewAction()->setText(entry);
        dock->toggleViewAction()->setToolTip(tr("Show or hide the %1 panel").arg(title));
    }

    m_fileMenu->setTitle(tr("&File"));
    m_profilesMenu->setTitle(tr("&Profiles"));
    // A menu with no entries cannot open: filled now (it says "No saved profiles" when there
    // are none, in this language), and again each time it opens.
    m_connectionPanel->fillProfilesMenu(m_profilesMenu);
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setToolTip(
        tr("Commit what was acknowledged, wait briefly for sends in flight, and quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_resetLayoutAction->setText(tr("&Reset layout"));
    m_resetLayoutAction->setToolTip(tr("Show every panel in its first place and size"));
    m_languageMenu->setTitle(tr("Lan&guage"));
    m_systemLanguageAction->setText(tr("The &system's language"));
    m_topicsMenu->setTitle(tr("&Topics"));
    m_consumerMenu->setTitle(tr("C&onsumer"));
    m_messageMenu->setTitle(tr("&Message"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_glossaryAction->setText(tr("&Glossary"));
    m_correctionsAction->setText(tr("The &tutorial and today's Kafka"));
    m_whatsThisAction->setText(tr("&What's This?"));
    m_aboutAction->setText(tr("&About TopicDesk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    showClusterState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::resetLayout()
{
    const QList<QDockWidget *> docks = {m_connectionDock, m_topicsDock, m_composeDock,
                                        m_messagesDock,   m_detailDock, m_journeyDock,
                                        m_offsetsDock,    m_logDock};
    // Out of the layout first, so that no area keeps the size another arrangement gave it.
    for (QDockWidget *dock : docks + QList<QDockWidget *>{m_groupDock}) {
        dock->setFloating(false);
        removeDockWidget(dock);
    }
    // The connection and topics on the left; on the right the compose box (the current
    // message's details and its journey in tabs behind it: a double-click on a row brings
    // the details), the messages, which take the most room, and under them the partition
    // offsets beside the log.
    addDockWidget(Qt::LeftDockWidgetArea, m_connectionDock);
    splitDockWidget(m_connectionDock, m_topicsDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_composeDock);
    splitDockWidget(m_composeDock, m_messagesDock, Qt::Vertical);
    splitDockWidget(m_messagesDock, m_offsetsDock, Qt::Vertical);
    splitDockWidget(m_offsetsDock, m_logDock, Qt::Horizontal);
    tabifyDockWidget(m_composeDock, m_detailDock);
    tabifyDockWidget(m_detailDock, m_journeyDock);
    for (QDockWidget *dock : docks)
        dock->show();
    // The group beside the messages, so both consumers' tables show at once; hidden until a
    // consumer is added (View menu, or Add a consumer, shows it).
    splitDockWidget(m_messagesDock, m_groupDock, Qt::Horizontal);
    m_groupDock->hide();
    // The compose box in front.
    m_composeDock->raise();
    applyDefaultSizes();
    // Once more when the layout has taken the new places: sizes given for a place it has not
    // taken yet are shared out by the sizes of the old arrangement.
    QMetaObject::invokeMethod(this, &MainWindow::applyDefaultSizes, Qt::QueuedConnection);
}

void MainWindow::applyDefaultSizes()
{
    resizeDocks({m_connectionDock}, {SideColumnWidth}, Qt::Horizontal);
    resizeDocks({m_connectionDock, m_topicsDock}, {ConnectionHeight, TopicsHeight}, Qt::Vertical);
    resizeDocks({m_offsetsDock, m_logDock}, {OffsetsWidth, LogWidth}, Qt::Horizontal);
    resizeDocks({m_composeDock, m_messagesDock, m_offsetsDock},
                {ComposeHeight, MessagesHeight, BottomRowHeight}, Qt::Vertical);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("layoutVersion"), LayoutVersion);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState(LayoutVersion));
    settings.setValue(QStringLiteral("messageColumns"),
                      m_messagesPanel->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("messageJsonColumns"),
                      m_messagesPanel->view()->jsonColumnPaths());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (settings.value(QStringLiteral("layoutVersion")).toInt() != LayoutVersion)
        return;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_layoutRestored =
        restoreState(settings.value(QStringLiteral("state")).toByteArray(), LayoutVersion);
    // The JSON columns first: the header's state counts them.
    m_messagesPanel->view()->setJsonColumnPaths(
        settings.value(QStringLiteral("messageJsonColumns")).toStringList());
    const QByteArray columns = settings.value(QStringLiteral("messageColumns")).toByteArray();
    if (!columns.isEmpty())
        m_messagesPanel->view()->horizontalHeader()->restoreState(columns);
}

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    // Every widget sets its texts again when it gets the LanguageChange this sends.
    LanguageSwitcher::forApplication()->use(LanguageSwitcher::localeFor(language));
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About TopicDesk"),
                    tr("<b>TopicDesk</b> %1").arg(BuildInfo::applicationVersion().toHtmlEscaped()),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setInformativeText(tr("Produce, watch and acknowledge Apache Kafka messages.") +
                           QStringLiteral("\n\n") + BuildInfo::summary());
    box.exec();
}

void MainWindow::connectToCluster()
{
    m_connectionPanel->connectToCluster();
}

void MainWindow::send()
{
    m_composePanel->send();
}

void MainWindow::ackRows(const QList<int> &rows)
{
    m_controller->ackRows(rows);
}

void MainWindow::sendFile(const QString &path)
{
    m_composePanel->sendFile(path);
}

void MainWindow::showError(const QString &message)
{
    if (message.isEmpty())
        return;
    statusBar()->showMessage(message, ErrorShownMs);
    m_logPanel->appendLine(message);
}

void MainWindow::clearError(QObject *source)
{
    const QString error = m_errors.take(source);
    if (!error.isEmpty() && statusBar()->currentMessage() == error)
        statusBar()->clearMessage();
}

void MainWindow::onStateChanged(KafkaSession::State state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    // A new attempt: whatever the last one said no longer holds.
    if (state == KafkaSession::State::Connecting)
        statusBar()->clearMessage();
    showClusterState();
}

void MainWindow::showClusterState()
{
    switch (m_state) {
    case KafkaSession::State::Disconnected:
    case KafkaSession::State::Failed:
        m_clusterLabel->setText(tr("Not connected."));
        break;
    case KafkaSession::State::Connecting:
        // The session's own words, in the language of the moment they were said.
        m_clusterLabel->setText(m_stateMessage);
        break;
    case KafkaSession::State::Connected:
        m_clusterLabel->setText(m_session.clusterLabel());
        break;
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // Dock sizes given before the window was shown are taken as proportions of a window
    // that is not laid out yet: give them again now, so the first layout is the one Reset
    // layout gives.
    if (!m_layoutRestored)
        resetLayout();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: the frame is on screen once this paint has been flushed.
        QMetaObject::invokeMethod(this, &MainWindow::firstPainted, Qt::QueuedConnection);
    }
    return handled;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing == Closing::Done) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_closing == Closing::WindingDown)
        return; // already on its way out
    BulkSender *bulk = m_composePanel->bulkSender();
    if (bulk->isRunning()) {
        if (!askToStopBulk())
            return;
        // It may have finished while the question was open: then its own line says so.
        if (bulk->isRunning()) {
            m_bulkStoppedToQuit = true;
            // finished() comes once the records already on their way are answered.
            bulk->cancel();
        }
    }
    saveLayout();
    m_closing = Closing::WindingDown;
    m_session.beginShutdown();
    m_shutdownClock.start();
    m_shutdownTicker.start();
    continueShutdown();
}

bool MainWindow::askToStopBulk()
{
    const QLocale locale;
    const BulkSender::Progress &progress = m_composePanel->bulkSender()->progress();
    QMessageBox box(QMessageBox::Question, tr("Stop the bulk send?"),
                    tr("A bulk send is running: %1 of %2 messages delivered so far.")
                        .arg(locale.toString(progress.delivered), locale.toString(progress.total)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("stopBulkQuestion"));
    box.setInformativeText(tr("Stopping drops the messages not sent yet; those already on their "
                              "way are still counted. You will see how many were delivered."));
    QPushButton *stop = box.addButton(tr("Stop and quit"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep sending"), QMessageBox::RejectRole);
    stop->setObjectName(QStringLiteral("stopAndQuitButton"));
    keep->setObjectName(QStringLiteral("keepSendingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    // The send may have finished while the question was open: quitting is then simply fine.
    return box.clickedButton() == stop;
}

void MainWindow::continueShutdown()
{
    const QLocale locale;
    QStringList waiting;
    const BulkSender *bulk = m_composePanel->bulkSender();
    if (bulk->isRunning()) {
        const BulkSender::Progress &p = bulk->progress();
        const qint64 unanswered = p.queued - p.delivered - p.failed - p.dropped;
        waiting << tr("%1 bulk deliveries").arg(locale.toString(std::max<qint64>(unanswered, 0)));
    }
    if (const int deliveries = m_session.pendingDeliveries(); deliveries > 0)
        waiting << tr("%n deliveries", nullptr, deliveries);
    if (m_session.closingConsumers() > 0)
        waiting << tr("the consumer to commit and close");
    if (waiting.isEmpty() || m_shutdownClock.elapsed() >= ShutdownBoundMs) {
        finishShutdown();
        return;
    }
    statusBar()->showMessage(tr("Quitting: waiting for %1…").arg(waiting.join(tr(" and "))));
}

void MainWindow::finishShutdown()
{
    m_shutdownTicker.stop();
    BulkSender *bulk = m_composePanel->bulkSender();
    if (m_bulkStoppedToQuit) {
        const QString summary = ComposePanel::bulkSummary(bulk->progress(), bulk->isRunning());
        m_composePanel->showBulkStatus(summary);
        statusBar()->showMessage(summary);
        m_logPanel->appendLine(summary);
        QMessageBox box(QMessageBox::Information, tr("Bulk send stopped"), summary, QMessageBox::Ok,
                        this);
        box.setObjectName(QStringLiteral("bulkStoppedSummary"));
        box.exec();
    }
    // Whatever is left (sends with no answer, a consumer stuck on a broker that does not
    // answer) is given up: the window never waits longer than ShutdownBoundMs plus the summary.
    disconnect(bulk, nullptr, this, nullptr);
    disconnect(bulk, nullptr, m_composePanel, nullptr);
    m_session.abandonShutdown();
    m_closing = Closing::Done;
    // Queued: called from within closeEvent() (nothing left to wait for), close() would be
    // ignored, as the window is still closing.
    QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
}
