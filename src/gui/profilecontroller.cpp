// ProfileController: saved profiles, their passwords and the profile combo box of the connection
// panel (see profilecontroller.h).
#include "profilecontroller.h"

#include "passwordvault.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>

#include <algorithm>
#include <utility>

ProfileController::ProfileController(QComboBox *combo,
                                     std::function<ConnectionConfig()> currentConfig,
                                     QWidget *parent)
    : QObject(parent)
    , m_dialogParent(parent)
    , m_combo(combo)
    , m_saveAction(new QAction(parent))
    , m_deleteAction(new QAction(parent))
    , m_currentConfig(std::move(currentConfig))
    , m_vault(new PasswordVault(this))
{
    m_saveAction->setObjectName(QStringLiteral("saveProfileAction"));
    connect(m_saveAction, &QAction::triggered, this, &ProfileController::promptSave);
    m_deleteAction->setObjectName(QStringLiteral("deleteProfileAction"));
    connect(m_deleteAction, &QAction::triggered, this, &ProfileController::removeCurrent);

    m_combo->addItem(QString(), QString()); // "(not saved)", named by retranslate()
    for (const QString &name : m_store.names())
        m_combo->addItem(name, name);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_combo->itemData(index).toString();
        if (!name.isEmpty())
            emit chosen(name);
        emit changed();
    });
    connect(m_vault, &PasswordVault::failed, this,
            [this](const QString &profile, const QString &message, PasswordVault::Secret secret) {
                emit logLine(secret == PasswordVault::Secret::Registry
                                 ? tr("The system keychain could not keep the schema registry "
                                      "password of \"%1\" (%2): enter it in Schema registry… "
                                      "after loading the profile.")
                                       .arg(profile, message)
                                 : tr("The system keychain could not keep the password of "
                                      "\"%1\" (%2): it will be asked for when connecting.")
                                       .arg(profile, message));
            });
    // Deleting needs a saved profile selected, however the selection came about.
    const auto updateDelete = [this] { m_deleteAction->setEnabled(!current().isEmpty()); };
    connect(m_combo, &QComboBox::currentIndexChanged, this, updateDelete);
    updateDelete();
    retranslate();
}

void ProfileController::retranslate()
{
    m_saveAction->setText(tr("&Save profile…"));
    m_saveAction->setToolTip(tr("Save these settings as a profile (never the password)"));
    m_saveAction->setStatusTip(m_saveAction->toolTip());
    m_deleteAction->setText(tr("De&lete profile"));
    m_deleteAction->setToolTip(tr("Delete the selected profile"));
    m_deleteAction->setStatusTip(
        tr("Delete the selected profile and its password in the system keychain"));
    m_combo->setItemText(m_combo->findData(QString()), tr("(not saved)"));
}

QString ProfileController::current() const
{
    return m_combo->currentData().toString();
}

void ProfileController::select(const QString &name)
{
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(name)));
}

std::optional<ConnectionConfig> ProfileController::load(const QString &name)
{
    QStringList warnings;
    std::optional<ConnectionConfig> profile = m_store.load(name, &warnings);
    if (!warnings.isEmpty())
        emit errorOccurred(warnings.join(QLatin1Char(' ')));
    if (!profile)
        emit errorOccurred(tr("Profile \"%1\" could not be read.").arg(name));
    return profile;
}

QString ProfileController::lastUsed() const
{
    const QString last = QSettings().value(lastProfileKey()).toString();
    return !last.isEmpty() && m_store.names().contains(last) ? last : QString();
}

void ProfileController::rememberCurrent()
{
    QSettings settings;
    if (const QString profile = current(); profile.isEmpty())
        settings.remove(lastProfileKey());
    else
        settings.setValue(lastProfileKey(), profile);
}

void ProfileController::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList names = m_store.names();
    if (names.isEmpty()) {
        menu->addAction(tr("No saved profiles"))->setEnabled(false);
        return;
    }
    const QString selected = current();
    for (const QString &name : names) {
        // A name is text, not a mnemonic: "R&D" keeps its ampersand.
        QAction *entry =
            menu->addAction(QString(name).replace(QLatin1Char('&'), QLatin1String("&&")));
        entry->setCheckable(true);
        entry->setChecked(name == selected);
        connect(entry, &QAction::triggered, this, [this, name] { emit chosen(name); });
    }
}

void ProfileController::promptSave()
{
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("profileNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save profile"));
    dialog->setLabelText(tr("Profile name:"));
    dialog->setTextValue(current());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return;
        // The settings as they are when the name is given, not when the dialog opened.
        const ConnectionConfig config = m_currentConfig();
        m_store.save(name, config);
        if (!config.password.isEmpty())
            m_vault->store(name, config.password);
        if (!config.registry.password.isEmpty())
            m_vault->store(name, config.registry.password, PasswordVault::Secret::Registry);
        if (m_combo->findData(name) < 0)
            m_combo->addItem(name, name);
        m_combo->setCurrentIndex(m_combo->findData(name));
        emit logLine(
            tr("Profile \"%1\" saved (the password only in the system keychain, if there is one).")
                .arg(name));
        emit changed();
    });
    dialog->open();
}

void ProfileController::removeCurrent()
{
    const QString name = current();
    if (name.isEmpty())
        return;
    m_store.remove(name);
    m_vault->remove(name);
    m_vault->remove(name, PasswordVault::Secret::Registry);
    m_combo->removeItem(m_combo->findData(name));
    m_combo->setCurrentIndex(0);
    QSettings settings;
    if (settings.value(lastProfileKey()).toString() == name)
        settings.remove(lastProfileKey());
    emit logLine(tr("Profile \"%1\" deleted.").arg(name));
    emit changed();
}

void ProfileController::resolvePassword(const ConnectionConfig &config)
{
    const quint64 attempt = ++m_attempt;
    // The schema registry's password of a saved profile comes from the keychain first; without
    // one, the registry's refusal says what is missing when a message needs it.
    const QString profile = current();
    const RegistrySettings &registry = config.registry;
    if (profile.isEmpty() || !registry.isEnabled() || registry.username.isEmpty() ||
        !registry.password.isEmpty()) {
        resolveBrokerPassword(config, attempt);
        return;
    }
    auto *context = new QObject(this);
    connect(m_vault, &PasswordVault::fetched, context,
            [this, context, config, profile, attempt](const QString &name, const QString &password,
                                                      bool ok, PasswordVault::Secret secret) {
                if (name != profile || secret != PasswordVault::Secret::Registry)
                    return;
                context->deleteLater();
                if (attempt != m_attempt)
                    return;
                ConnectionConfig withPassword = config;
                if (ok)
                    withPassword.registry.password = password;
                resolveBrokerPassword(withPassword, attempt);
            });
    m_vault->fetch(profile, PasswordVault::Secret::Registry);
}

void ProfileController::resolveBrokerPassword(const ConnectionConfig &config, quint64 attempt)
{
    if (!config.usesSasl() || !config.password.isEmpty()) {
        emit passwordReady(config, false);
        return;
    }
    // The password is never saved with the profile: the keychain may have it, or ask.
    const QString profile = current();
    if (profile.isEmpty()) {
        askPassword(config);
        return;
    }
    auto *context = new QObject(this);
    connect(m_vault, &PasswordVault::fetched, context,
            [this, context, config, profile, attempt](const QString &name, const QString &password,
                                                      bool ok, PasswordVault::Secret secret) {
                if (name != profile || secret != PasswordVault::Secret::Broker)
                    return;
                context->deleteLater();
                if (attempt != m_attempt)
                    return; // another connect came since
                if (!ok || password.isEmpty()) {
                    askPassword(config);
                    return;
                }
                ConnectionConfig withPassword = config;
                withPassword.password = password;
                emit passwordReady(withPassword, false);
            });
    m_vault->fetch(profile);
}

QString ProfileController::noPasswordMessage(const ConnectionConfig &config) const
{
    return tr("Not connected: no password was given for %1 on %2.")
        .arg(config.username, config.effectiveBootstrapServers());
}

void ProfileController::askPassword(const ConnectionConfig &config)
{
    // Window-modal without a nested event loop: the session keeps running while it is open.
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("passwordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password"));
    dialog->setLabelText(tr("Password of %1 on %2 (kept for this session only):")
                             .arg(config.username, config.effectiveBootstrapServers()));
    dialog->setTextEchoMode(QLineEdit::Password);
    const quint64 attempt = m_attempt;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, config, attempt](const QString &password) {
                if (attempt != m_attempt)
                    return;
                if (password.isEmpty()) {
                    emit errorOccurred(noPasswordMessage(config));
                    return;
                }
                ConnectionConfig withPassword = config;
                withPassword.password = password;
                emit passwordReady(withPassword, true);
            });
    connect(dialog, &QDialog::rejected, this, [this, config, attempt] {
        if (attempt == m_attempt)
            emit errorOccurred(noPasswordMessage(config));
    });
    dialog->open();
}
