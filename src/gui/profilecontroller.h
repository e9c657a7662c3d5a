// ProfileController: the saved connection profiles behind the connection panel's profile combo
// box: listing, loading, saving (under a name asked for) and deleting them, remembering the one
// last used to connect, and finding a connection's password (the system keychain through
// PasswordVault, else a prompt). The panel keeps its fields; this class keeps the profiles.
#pragma once

#include "connectionconfig.h"
#include "profilestore.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QMenu;
class QWidget;
class PasswordVault;

class ProfileController final : public QObject
{
    Q_OBJECT
public:
    // combo: the panel's profile combo box, filled here with "(not saved)" and every profile.
    // currentConfig: the settings Save profile stores. Dialogs open window-modal over parent.
    ProfileController(QComboBox *combo, std::function<ConnectionConfig()> currentConfig,
                      QWidget *parent);

    // "&Save profile…" and "De&lete profile" (enabled while a profile is selected), parented to
    // the panel, which binds its buttons to them and exposes them.
    QAction *saveAction() const { return m_saveAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    // The actions' and "(not saved)"'s texts in the current language: at the start, and from
    // the panel after a language change (this is no widget, and gets no LanguageChange).
    void retranslate();

    // QSettings key of the profile last used to connect.
    static QString lastProfileKey() { return QStringLiteral("connection/lastProfile"); }

    QStringList names() const { return m_store.names(); }
    // The profile shown in the combo box, or empty.
    QString current() const;
    // Shows name in the combo box ("(not saved)" when there is no such profile); applies nothing.
    void select(const QString &name);
    // The saved profile, or nothing; warnings and failure are told through errorOccurred().
    std::optional<ConnectionConfig> load(const QString &name);
    // The profile last used to connect, if it still exists.
    QString lastUsed() const;
    // Remembers the current profile (or none) as the one used to connect.
    void rememberCurrent();
    // One checkable entry per profile; choosing one emits chosen().
    void fillMenu(QMenu *menu);

public slots:
    // Asks for a name, then saves currentConfig() under it (the password only in the keychain).
    void promptSave();
    // Deletes the current profile and its password in the keychain.
    void removeCurrent();
    // passwordReady() follows with config and its password: at once when it needs none or has
    // one, else from the keychain (current profile) or a prompt. Each call drops what an earlier
    // one still waits for, so only the latest connect goes ahead.
    void resolvePassword(const ConnectionConfig &config);

signals:
    // The user chose a saved profile (combo box or menu).
    void chosen(const QString &name);
    // The list or the selection changed.
    void changed();
    // typed: the user entered the password in the prompt (kept for the session by the panel).
    void passwordReady(const ConnectionConfig &config, bool typed);
    void logLine(const QString &line);
    void errorOccurred(const QString &message);

private:
    // The brokers' password of config (its registry's is resolved), for attempt.
    void resolveBrokerPassword(const ConnectionConfig &config, quint64 attempt);
    void askPassword(const ConnectionConfig &config);
    QString noPasswordMessage(const ConnectionConfig &config) const;

    QWidget *m_dialogParent;
    QComboBox *m_combo;
    QAction *m_saveAction;
    QAction *m_deleteAction;
    std::function<ConnectionConfig()> m_currentConfig;
    ProfileStore m_store;
    PasswordVault *m_vault;
    // Bumped on every resolvePassword(): a keychain answer or prompt of an older one is dropped.
    quint64 m_attempt = 0;
};
