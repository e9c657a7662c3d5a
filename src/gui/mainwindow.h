// MainWindow: arranges the panels as dock widgets (each can be moved, closed and brought back
// from View), owns the menu bar, where every command is one of the panels' actions, and the
// status bar, and keeps the layout across restarts. The Kafka work is the session's; the glue
// between the session and the message table is the SessionController's.
#pragma once

#include "connectionconfig.h"
#include "kafkasession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QTimer>

class ComposePanel;
class ConnectionPanel;
class DetailPanel;
class GroupPanel;
class JourneyPanel;
class LogPanel;
class MessageReplay;
class MessagesPanel;
class OffsetsPanel;
class QDockWidget;
class QLabel;
class QMenu;
class SessionController;
class TopicsPanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ConnectionConfig &initial, QWidget *parent = nullptr);
    ~MainWindow() override;

    KafkaSession *session() { return &m_session; }

    // How long closing the window may wait for deliveries and the consumer's last commit
    // before it quits anyway (saying what it gave up on).
    static constexpr int ShutdownBoundMs = 2500;
    // How long an error stays in the status bar (unless its cause goes away first).
    static constexpr int ErrorShownMs = 15000;
    // The window's size on a first start: it fits a 1280×800 screen.
    static constexpr QSize DefaultSize{1180, 760};

    // The layout of a first start: every panel shown, in its place.
    void resetLayout();

signals:
    // Once, right after the window's first frame was painted (start-up time measurements).
    void firstPainted();

public slots:
    // Connects with what the connection panel says (the sandbox, or the brokers typed in).
    void connectToCluster();
    void send();
    // Acknowledges the given rows of the message table (those that can be acked).
    void ackRows(const QList<int> &rows);
    // Sends every record of a file (one value per line, or JSON Lines) to the watched topic, as
    // "Send a file…" does once a file is chosen.
    void sendFile(const QString &path);

protected:
    bool event(QEvent *event) override;
    // A language switched live (View → Language): every text the window sets is set again.
    void changeEvent(QEvent *event) override;
    // The first layout is sized once the window has its real size.
    void showEvent(QShowEvent *event) override;
    // Closing asks first when a bulk send is running, then winds the session down without
    // blocking: the window closes once nothing is left or ShutdownBoundMs have passed.
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &name);
    template <typename Panel>
    void connectPanel(Panel *panel);
    void setUpMenus();
    // Sets every text of the window's own: its title, the docks' titles and View entries, the
    // menu titles, the actions it made, the cluster label. Called at construction and on a
    // language change (the panels set their own texts).
    void retranslate();
    void showClusterState();
    void showError(const QString &message);
    void clearError(QObject *source);
    void onStateChanged(KafkaSession::State state, const QString &message);
    void showAbout();
    void chooseLanguage(const QString &language);
    void applyDefaultSizes();
    void saveLayout() const;
    void restoreLayout();
    // True when the user chose to stop the running bulk send and quit.
    bool askToStopBulk();
    void continueShutdown();
    void finishShutdown();

    // The panels and the controller hold a pointer to it: the destructor deletes them first.
    KafkaSession m_session;
    SessionController *m_controller;
    ConnectionPanel *m_connectionPanel;
    TopicsPanel *m_topicsPanel;
    ComposePanel *m_composePanel;
    MessagesPanel *m_messagesPanel;
    OffsetsPanel *m_offsetsPanel;
    LogPanel *m_logPanel;
    DetailPanel *m_detailPanel;
    JourneyPanel *m_journeyPanel;
    // Sending the table's rows again (a child of the messages panel: it goes with it).
    MessageReplay *m_replay = nullptr;
    QDockWidget *m_connectionDock = nullptr;
    QDockWidget *m_topicsDock = nullptr;
    QDockWidget *m_composeDock = nullptr;
    QDockWidget *m_messagesDock = nullptr;
    QDockWidget *m_offsetsDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_detailDock = nullptr;
    QDockWidget *m_journeyDock = nullptr;
    // The consumer group inside the window: extra members, their tables, the generation.
    GroupPanel *m_groupPanel = nullptr;
    QDockWidget *m_groupDock = nullptr;
    QLabel *m_clusterLabel;
    // What the cluster label shows: the session's state and its message while connecting.
    KafkaSession::State m_state = KafkaSession::State::Disconnected;
    QString m_stateMessage;
    // The window's own menus and actions, for retranslate().
    QMenu *m_fileMenu = nullptr;
    QMenu *m_profilesMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_topicsMenu = nullptr;
    QMenu *m_consumerMenu = nullptr;
    QMenu *m_messageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_glossaryAction = nullptr;
    QAction *m_correctionsAction = nullptr;
    QAction *m_whatsThisAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    // The error each panel showed last, to take it away from the status bar once its cause
    // is gone (and only if nothing else was shown since).
    QHash<QObject *, QString> m_errors;
    bool m_painted = false;
    bool m_shown = false;
    bool m_layoutRestored = false;
    enum class Closing { No, WindingDown, Done };
    Closing m_closing = Closing::No;
    bool m_bulkStoppedToQuit = false;
    QTimer m_shutdownTicker;
    QElapsedTimer m_shutdownClock;
};
