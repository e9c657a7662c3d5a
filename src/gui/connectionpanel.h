// ConnectionPanel: where TopicDesk connects (the Sandbox, brokers typed in, or a saved profile),
// as whom (security and advanced settings), and how it reads (in a consumer group or browsing,
// where a new reader starts, how acks become commits). Its fields stay editable while
// connected: when they differ from the connection in use, Connect becomes Reconnect and a hint
// says so. The read options take effect at once through consumerOptionsChanged().
#pragma once

#include "connectionconfig.h"
#include "consumeroptions.h"
#include "kafkasession.h"
#include "profilecontroller.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
namespace Ui {
class ConnectionPanel;
}

class ConnectionPanel final : public QWidget
{
    Q_OBJECT
public:
    // initial: what flags and the environment ask for. When it asks for nothing (the plain
    // Sandbox), the profile last used to connect is selected, and the last read options.
    ConnectionPanel(KafkaSession *session, const ConnectionConfig &initial,
                    QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    // "&Connect" (Ctrl+K): connects with the panel's settings. While connected it reads
    // "&Reconnect" when the settings differ from the connection's, and is disabled while they
    // are the same.
    QAction *connectAction() const { return m_connectAction; }
    // "&Disconnect": enabled while connected or connecting.
    QAction *disconnectAction() const { return m_disconnectAction; }
    // "&Save profile…": the panel's settings under a name (never the password).
    QAction *saveProfileAction() const { return m_saveProfileAction; }
    // "De&lete profile": the selected profile (and its password in the keychain).
    QAction *deleteProfileAction() const { return m_deleteProfileAction; }
    // "Security and &advanced…": the security dialog for the panel's settings.
    QAction *securityAction() const { return m_securityAction; }
    // "Sc&hema registry…": the registry dialog; accepting it applies the registry at once.
    QAction *registryAction() const { return m_registryAction; }

    // Fills menu with one checkable entry per saved profile (choosing one applies it, without
    // connecting), for File → Profiles; call it on the menu's aboutToShow.
    void fillProfilesMenu(QMenu *menu);

    ConsumerOptions consumerOptions() const;
    // The configuration Connect would use now (the panel's fields over the security settings).
    ConnectionConfig config() const;
    // The saved profile shown in the panel, or empty.
    QString currentProfile() const;
    // Connected (or connecting) with settings other than the panel's: Reconnect would change
    // something.
    bool hasChangedSettings() const;

    // QSettings keys: the profile last used to connect, and the read options.
    static QString lastProfileKey() { return ProfileController::lastProfileKey(); }
    static QString readModeKey() { return QStringLiteral("connection/readMode"); }
    static QString startFromKey() { return QStringLiteral("connection/startFrom"); }
    static QString commitModeKey() { return QStringLiteral("connection/commitMode"); }

public slots:
    // Connects (or reconnects) with the panel's settings; the password comes from the keychain
    // or is asked for.
    void connectToCluster();
    // Selects the saved profile name and fills the panel with it; it does not connect.
    void applyProfile(const QString &name);

signals:
    // The read options changed; also emitted right before each connect.
    void consumerOptionsChanged(const ConsumerOptions &options);
    void logLine(const QString &line);
    void errorOccurred(const QString &message);
    void errorCleared();
    // The schema registry was set up anew in its dialog (empty address: none).
    void registryChanged(const RegistrySettings &settings);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every text the panel sets in code (combo items, tooltips, the actions, the help and state
    // lines), at the start and again after a language change.
    void retranslate();
    void updateMinimumHeight();
    void setUpCombos();
    void setUpActions();
    void setUpProfiles();
    // Selects the last profile and read mode (fromNothingElse: the start asked for nothing
    // else), and the last start and commit choices.
    void restoreReadOptions(bool fromNothingElse);
    void saveReadOptions();
    void selectData(QComboBox *combo, int value);
    void onTargetToggled(bool brokers);
    // Connects with config, its password known (keychain, or asked: typed).
    void connectWith(const ConnectionConfig &config, bool typed = false);
    void editSecurity();
    void editRegistry();
    // The registry action's tooltip names the registry in use.
    void updateRegistryTip();
    void onReadOptionsChanged();
    // The group and commit fields and the help line follow the read mode.
    void updateReadHelp();
    void retranslateGroupProtocol();
    bool isActive() const;
    // Group mode with a group other than the connection's: it takes a reconnect.
    bool groupDiffers() const;
    void onStateChanged(KafkaSession::State state, const QString &message);
    // The state line: a coloured dot and the session's words.
    void showState(KafkaSession::State state, const QString &message);
    // Connect/Reconnect text and enabled state, and the hint under the buttons.
    void updateActions();
    // Sets the read mode that fits a configuration: its group, or browsing on a real cluster
    // when it names none; the Sandbox keeps the demo group.
    void applyGroupRule(const ConnectionConfig &config);
    // Sandbox or brokers, the brokers, and the read mode that fits the group (filling, not
    // a user's change: callers hold m_applying).
    void showTarget(const ConnectionConfig &config);
    // The choice of 1 or 3 sandbox brokers, in a row under the Sandbox option.
    void setUpSandboxBrokers();

    std::unique_ptr<Ui::ConnectionPanel> m_ui;
    KafkaSession *m_session;
    // The saved profiles, the profile combo box and the password of a connection.
    ProfileController *m_profiles = nullptr;
    // Everything about the connection the panel does not show (security, properties, client
    // id, topic, and the password, held in memory only).
    ConnectionConfig m_hidden;
    // The read options last handed out through consumerOptionsChanged(): others shown in the
    // panel wait for Reconnect.
    ConsumerOptions m_emitted;
    // True while the panel fills its own fields (start, a profile): not a user's change.
    bool m_applying = false;
    // The group field holds the Sandbox's demo group, not one the user chose.
    bool m_groupIsDemo = false;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    // Made by m_profiles (the profile commands are its), parented to the panel.
    QAction *m_saveProfileAction;
    QAction *m_deleteProfileAction;
    QAction *m_securityAction;
    QAction *m_registryAction;
    QComboBox *m_sandboxBrokersCombo = nullptr;
    QLabel *m_sandboxBrokersLabel = nullptr;
};
