#include "connectionpanel.h"
#include "ui_connectionpanel.h"

#include "actionbutton.h"
#include "glossarydialog.h"
#include "libraryfeatures.h"
#include "registrydialog.h"
#include "sandboxbroker.h"
#include "securitydialog.h"
#include "statuscolours.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

namespace {
// Combo boxes may shrink to this many characters (then elide) so that the panel fits a dock
// about 300 px wide; the help label under them says the rest.
constexpr int MinimumComboChars = 10;

// An int stored in the settings, or -1 when it is missing or not a whole number.
int storedChoice(const QSettings &settings, const QString &key)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? value : -1;
}

// Whether the configuration asks for nothing in particular: the plain Sandbox, as a start
// with no flags, no environment and no profile gives it.
bool isPlainDefault(const ConnectionConfig &config)
{
    return config.bootstrapServers.isEmpty() && config.usesSandbox() && config.topic.isEmpty() &&
           (config.groupId.isEmpty() || config.groupId == ConnectionConfig::defaultGroupId()) &&
           config.security == ConnectionConfig::Security::Plaintext && config.properties.isEmpty();
}
} // namespace

ConnectionPanel::ConnectionPanel(KafkaSession *session, const ConnectionConfig &initial,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionPanel>())
    , m_session(session)
    , m_hidden(initial)
    , m_connectAction(new QAction(this))
    , m_disconnectAction(new QAction(this))
    , m_securityAction(new QAction(this))
    , m_registryAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_ui->stateLabel->setTextFormat(Qt::RichText);
    m_profiles = new ProfileController(
        m_ui->profileCombo, [this] { return config(); }, this);
    m_saveProfileAction = m_profiles->saveAction();
    m_deleteProfileAction = m_profiles->deleteAction();
    setUpCombos();
    setUpSandboxBrokers();
    setUpActions();
    setUpProfiles();

    {
        // Filling the fields is not a change the running consumer should follow.
        const QScopedValueRollback applying(m_applying, true);
        showTarget(initial);
        restoreReadOptions(isPlainDefault(initial));
    }
    m_emitted = consumerOptions();

    connect(m_ui->brokersRadio, &QRadioButton::toggled, this, &ConnectionPanel::onTargetToggled);
    connect(m_ui->brokersEdit, &QLineEdit::textChanged, this, &ConnectionPanel::updateActions);
    connect(m_ui->brokersEdit, &QLineEdit::returnPressed, this, &ConnectionPanel::connectToCluster);
    connect(m_ui->groupEdit, &QLineEdit::textChanged, this, &ConnectionPanel::updateActions);
    // Joining with another protocol waits for Reconnect, as another group does.
    connect(m_ui->groupProtocolCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionPanel::updateActions);
    // A group typed by hand is the user's: switching to brokers keeps it.
    connect(m_ui->groupEdit, &QLineEdit::textEdited, this, [this] { m_groupIsDemo = false; });
    for (QComboBox *combo : {m_ui->modeCombo, m_ui->startCombo, m_ui->commitCombo})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &ConnectionPanel::onReadOptionsChanged);
    connect(m_session, &KafkaSession::stateChanged, this, &ConnectionPanel::onStateChanged);
    connect(m_session, &KafkaSession::consumerStarted, this, &ConnectionPanel::updateActions);
    retranslate();
}

void ConnectionPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        showState(m_session->state(), m_session->stateMessage()); // the dot's colour
    }
}

void ConnectionPanel::retranslate()
{
    // Combo items are found by their data, so the chosen one stays chosen.
    const auto name = [](QComboBox *combo, int data, const QString &text) {
        combo->setItemText(combo->findData(data), text);
    };
    name(m_ui->modeCombo, int(ConsumerOptions::Mode::Group), tr("in a consumer group"));
    name(m_ui->modeCombo, int(ConsumerOptions::Mode::Browse), tr("browsing, no group"));
    name(m_ui->startCombo, int(ConsumerOptions::StartFrom::Earliest), tr("the earliest message"));
    name(m_ui->startCombo, int(ConsumerOptions::StartFrom::Latest), tr("new messages only"));
    name(m_ui->commitCombo, int(AckTracker::Mode::Safe), tr("safe (what is acked)"));
    name(m_ui->commitCombo, int(AckTracker::Mode::KafkaNative), tr("immediate (skips unacked)"));
    name(m_ui->commitCombo, int(AckTracker::Mode::AutoCommit), tr("automatic (no Ack)"));
    name(m_ui->groupProtocolCombo, int(ConnectionConfig::GroupProtocol::Classic), tr("classic"));
    name(m_ui->groupProtocolCombo, int(ConnectionConfig::GroupProtocol::Consumer), tr("consumer"));
    retranslateGroupProtocol();
    name(m_sandboxBrokersCombo, 1, tr("1 broker"));
    name(m_sandboxBrokersCombo, 3, tr("3 brokers"));
    m_sandboxBrokersCombo->setToolTip(
        tr("With 3 brokers every partition has a replica on each of them, and one broker leads "
           "it. Stop a broker (Topics menu, Sandbox brokers) and TopicDesk moves the leadership "
           "of its partitions to a running broker, as Kafka's controller would.\nThe sandbox "
           "does not model in-sync replicas: it always reports all replicas in sync, and "
           "answers acks=all as soon as the leader has the message."));
    m_sandboxBrokersLabel->setText(tr("Brokers:"));
    m_profiles->retranslate();

    // The read options link to the glossary: What's This (Shift+F1) texts with a link, and a
    // tooltip line that says so (after the tooltip the form has just set again).
    const struct
    {
        QWidget *widget;
        QString text;
        const char *anchor;
        QString link;
    } explained[] = {
        {m_ui->modeCombo,
         tr("A consumer group shares the partitions among its members and "
            "remembers where they got to."),
         "consumer-group", tr("Glossary: consumer group")},
        {m_ui->groupEdit, tr("The group id: consumers with the same id form one group."),
         "consumer-group", tr("Glossary: consumer group")},
        {m_ui->startCombo,
         tr("Without a committed offset, reading starts here. Kafka's own "
            "default is new messages only."),
         "commit", tr("Glossary: commit (committed offset)")},
        {m_ui->commitCombo, tr("How your acks become committed offsets."), "commit",
         tr("Glossary: commit (committed offset)")},
    };
    for (const auto &e : explained) {
        e.widget->setToolTip(e.widget->toolTip() + QLatin1Char('\n') +
                             GlossaryDialog::toolTipHint());
        e.widget->setWhatsThis(GlossaryDialog::whatsThis(e.text, QLatin1String(e.anchor), e.link));
    }

    m_connectAction->setStatusTip(tr("Connect with the settings in the connection panel"));
    m_disconnectAction->setText(tr("&Disconnect"));
    m_disconnectAction->setToolTip(tr("Disconnect from the cluster"));
    m_disconnectAction->setStatusTip(
        tr("Disconnect: the consumer commits what was acked and leaves its group"));
    m_securityAction->setText(tr("Security and &advanced…"));
    m_securityAction->setToolTip(
        tr("SSL, SASL, client id, any librdkafka property, and a connection test"));
    m_securityAction->setStatusTip(m_securityAction->toolTip());
    // The panel's button: short, without the underlined letter (the menu entry has it).
    m_securityAction->setIconText(tr("Security…"));
    m_registryAction->setText(tr("Sc&hema registry…"));
    m_registryAction->setIconText(ActionButton::withoutMnemonic(m_registryAction->text()));
    updateRegistryTip();
    updateReadHelp();
    showState(m_session->state(), m_session->stateMessage());
    updateActions();
}

void ConnectionPanel::retranslateGroupProtocol()
{
    QString text =
        tr("How the group's members share its partitions. Classic: at each join or leave every "
           "member stops and the members agree on a new assignment (any Kafka). Consumer: Kafka "
           "4's protocol (KIP-848, needs a Kafka 4.0 or later broker): the broker moves "
           "partitions one by one while the other members keep consuming.");
    if (!LibraryFeatures::groupProtocolAvailable())
        text += QLatin1Char('\n') + tr("The consumer protocol is not available: it %1.")
                                        .arg(LibraryFeatures::groupProtocolUnavailableReason());
    m_ui->groupProtocolCombo->setToolTip(text);
    m_ui->groupProtocolCombo->setWhatsThis(GlossaryDialog::whatsThis(
        text, QLatin1String("consumer-group"), tr("Glossary: consumer group")));
}

ConnectionPanel::~ConnectionPanel() = default;

void ConnectionPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateMinimumHeight();
}

bool ConnectionPanel::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::LayoutRequest)
        updateMinimumHeight();
    return handled;
}

void ConnectionPanel::updateMinimumHeight()
{
    // Docks and splitters ask for the minimum height without a width, which the word-wrapped
    // help and hint lines cannot answer: at the width the panel has, it needs this much, or the
    // combo boxes get squeezed under them.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

void ConnectionPanel::setUpCombos()
{
    // The items' texts come from retranslate().
    m_ui->modeCombo->addItem(QString(), int(ConsumerOptions::Mode::Group));
    m_ui->modeCombo->addItem(QString(), int(ConsumerOptions::Mode::Browse));
    m_ui->startCombo->addItem(QString(), int(ConsumerOptions::StartFrom::Earliest));
    m_ui->startCombo->addItem(QString(), int(ConsumerOptions::StartFrom::Latest));
    m_ui->commitCombo->addItem(QString(), int(AckTracker::Mode::Safe));
    m_ui->commitCombo->addItem(QString(), int(AckTracker::Mode::KafkaNative));
    m_ui->commitCombo->addItem(QString(), int(AckTracker::Mode::AutoCommit));
    m_ui->groupProtocolCombo->addItem(QString(), int(ConnectionConfig::GroupProtocol::Classic));
    m_ui->groupProtocolCombo->addItem(QString(), int(ConnectionConfig::GroupProtocol::Consumer));
    for (QComboBox *combo :
         {m_ui->profileCombo, m_ui->modeCombo, m_ui->startCombo, m_ui->commitCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(MinimumComboChars);
    }
}

void ConnectionPanel::setUpSandboxBrokers()
{
    m_sandboxBrokersCombo = new QComboBox(this);
    m_sandboxBrokersCombo->setObjectName(QStringLiteral("sandboxBrokersCombo"));
    m_sandboxBrokersCombo->addItem(QString(), 1);
    m_sandboxBrokersCombo->addItem(QString(), 3);
    m_sandboxBrokersCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sandboxBrokersCombo->setMinimumContentsLength(MinimumComboChars);
    m_sandboxBrokersLabel = new QLabel(this);
    m_sandboxBrokersLabel->setObjectName(QStringLiteral("sandboxBrokersLabel"));
    m_sandboxBrokersLabel->setBuddy(m_sandboxBrokersCombo);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth), 0, 0, 0);
    row->addWidget(m_sandboxBrokersLabel);
    row->addWidget(m_sandboxBrokersCombo);
    row->addStretch();
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->insertLayout(box->indexOf(m_ui->sandboxRadio) + 1, row);
    connect(m_ui->sandboxRadio, &QRadioButton::toggled, m_sandboxBrokersCombo,
            &QWidget::setEnabled);
    connect(m_sandboxBrokersCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionPanel::updateActions);
}

void ConnectionPanel::setUpActions()
{
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectAction, &QAction::triggered, this, &ConnectionPanel::connectToCluster);

    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    connect(m_disconnectAction, &QAction::triggered, m_session,
            &KafkaSession::disconnectFromCluster);

    m_securityAction->setObjectName(QStringLiteral("securityAction"));
    connect(m_securityAction, &QAction::triggered, this, &ConnectionPanel::editSecurity);
    m_registryAction->setObjectName(QStringLiteral("registryAction"));
    connect(m_registryAction, &QAction::triggered, this, &ConnectionPanel::editRegistry);
    // The two dialogs share one row, as the profile's two commands do: tool buttons that show
    // the actions' short icon texts ("Security…"), while the File menu keeps the full texts.
    // Side by side with the full texts they would widen the panel; one under the other they
    // would take a row more of the window's height.
    m_ui->securityButton->setDefaultAction(m_securityAction);
    m_ui->registryButton->setDefaultAction(m_registryAction);

    ActionButton::bind(m_ui->connectButton, m_connectAction);
    ActionButton::bind(m_ui->disconnectButton, m_disconnectAction);
    ActionButton::bind(m_ui->saveProfileButton, m_saveProfileAction);
    ActionButton::bind(m_ui->deleteProfileButton, m_deleteProfileAction);
    addActions({m_connectAction, m_disconnectAction, m_saveProfileAction, m_deleteProfileAction,
                m_securityAction, m_registryAction});
}

void ConnectionPanel::setUpProfiles()
{
    connect(m_profiles, &ProfileController::chosen, this, &ConnectionPanel::applyProfile);
    connect(m_profiles, &ProfileController::changed, this, &ConnectionPanel::updateActions);
    connect(m_profiles, &ProfileController::passwordReady, this, &ConnectionPanel::connectWith);
    connect(m_profiles, &ProfileController::logLine, this, &ConnectionPanel::logLine);
    connect(m_profiles, &ProfileController::errorOccurred, this, &ConnectionPanel::errorOccurred);
}

void ConnectionPanel::restoreReadOptions(bool fromNothingElse)
{
    const QSettings settings;
    if (fromNothingElse) {
        // A restart picks up where the user left: the profile last used to connect...
        if (const QString last = m_profiles->lastUsed(); !last.isEmpty())
            applyProfile(last);
        // ...and the way it read then (unless that needs a group the profile does not name).
        const int mode = storedChoice(settings, readModeKey());
        if (mode != int(ConsumerOptions::Mode::Group) || !m_ui->groupEdit->text().isEmpty())
            selectData(m_ui->modeCombo, mode);
    }
    selectData(m_ui->startCombo, storedChoice(settings, startFromKey()));
    selectData(m_ui->commitCombo, storedChoice(settings, commitModeKey()));
    updateReadHelp();
}

void ConnectionPanel::selectData(QComboBox *combo, int value)
{
    if (const int index = combo->findData(value); index >= 0)
        combo->setCurrentIndex(index);
}

void ConnectionPanel::showTarget(const ConnectionConfig &config)
{
    const bool brokers = !config.usesSandbox() || !config.bootstrapServers.isEmpty();
    m_ui->brokersRadio->setChecked(brokers);
    m_ui->sandboxRadio->setChecked(!brokers);
    m_ui->brokersEdit->setText(config.bootstrapServers);
    m_ui->brokersEdit->setEnabled(brokers);
    m_sandboxBrokersCombo->setEnabled(!brokers);
    selectData(m_sandboxBrokersCombo, config.sandboxBrokers);
    selectData(m_ui->groupProtocolCombo, int(config.groupProtocol));
    applyGroupRule(config);
}

void ConnectionPanel::applyGroupRule(const ConnectionConfig &config)
{
    const QScopedValueRollback applying(m_applying, true);
    if (!config.groupId.isEmpty()) {
        // A group given (KAFKA_GROUP, --group, a profile) means reading in it, as always.
        m_ui->groupEdit->setText(config.groupId);
        selectData(m_ui->modeCombo, int(ConsumerOptions::Mode::Group));
        m_groupIsDemo = false;
    } else if (config.usesSandbox()) {
        // The Sandbox is for trying things: its demo group shows acks and commits at once.
        m_ui->groupEdit->setText(ConnectionConfig::defaultGroupId());
        selectData(m_ui->modeCombo, int(ConsumerOptions::Mode::Group));
        m_groupIsDemo = true;
    } else {
        // On a real cluster nobody asked for a group: reading leaves none behind.
        m_ui->groupEdit->clear();
        selectData(m_ui->modeCombo, int(ConsumerOptions::Mode::Browse));
        m_groupIsDemo = false;
    }
    updateReadHelp();
}

void ConnectionPanel::onTargetToggled(bool brokers)
{
    m_ui->brokersEdit->setEnabled(brokers);
    if (brokers && m_groupIsDemo) {
        // The Sandbox's demo group is no choice of the user's on a real cluster.
        ConnectionConfig real;
        real.bootstrapServers = QStringLiteral("brokers");
        applyGroupRule(real);
    } else if (!brokers && m_ui->groupEdit->text().isEmpty()) {
        applyGroupRule(ConnectionConfig());
    }
    if (brokers && m_ui->brokersEdit->text().isEmpty())
        m_ui->brokersEdit->setFocus();
    updateActions();
}

ConsumerOptions ConnectionPanel::consumerOptions() const
{
    ConsumerOptions options;
    options.mode = ConsumerOptions::Mode(m_ui->modeCombo->currentData().toInt());
    options.startFrom = ConsumerOptions::StartFrom(m_ui->startCombo->currentData().toInt());
    options.commitMode = AckTracker::Mode(m_ui->commitCombo->currentData().toInt());
    return options;
}

ConnectionConfig ConnectionPanel::config() const
{
    ConnectionConfig config = m_hidden;
    config.bootstrapServers =
        m_ui->brokersRadio->isChecked() ? m_ui->brokersEdit->text().trimmed() : QString();
    // The Sandbox speaks plain Kafka only: a profile's login is for its brokers, and switching
    // to the Sandbox and back must not need it undone by hand.
    if (config.usesSandbox())
        config.security = ConnectionConfig::Security::Plaintext;
    config.sandboxBrokers = m_sandboxBrokersCombo->currentData().toInt();
    config.groupId = m_ui->groupEdit->text().trimmed();
    config.groupProtocol =
        ConnectionConfig::GroupProtocol(m_ui->groupProtocolCombo->currentData().toInt());
    // Browsing uses no group; the configuration still names one, and it is never joined.
    if (config.groupId.isEmpty() && consumerOptions().mode == ConsumerOptions::Mode::Browse)
        config.groupId = ConnectionConfig::defaultGroupId();
    return config;
}

QString ConnectionPanel::currentProfile() const
{
    return m_profiles->current();
}

bool ConnectionPanel::isActive() const
{
    const KafkaSession::State state = m_session->state();
    return state == KafkaSession::State::Connected || state == KafkaSession::State::Connecting;
}

bool ConnectionPanel::groupDiffers() const
{
    const ConnectionConfig &used = m_session->effectiveConfig();
    return consumerOptions().mode == ConsumerOptions::Mode::Group &&
           (m_ui->groupEdit->text().trimmed() != used.groupId ||
            m_ui->groupProtocolCombo->currentData().toInt() != int(used.groupProtocol));
}

bool ConnectionPanel::hasChangedSettings() const
{
    if (!isActive())
        return false;
    const ConnectionConfig now = config();
    const ConnectionConfig &used = m_session->effectiveConfig();
    // The session fills in the Sandbox's address: compare where, not how it is written.
    const bool sameTarget =
        m_session->isSandbox()
            ? now.usesSandbox() && m_session->sandbox()->brokerCount() == now.sandboxBrokers
            : now.effectiveBootstrapServers() == used.effectiveBootstrapServers();
    const bool sameLogin = now.clientId == used.clientId && now.properties == used.properties &&
                           now.security == used.security &&
                           now.saslMechanism == used.saslMechanism &&
                           now.username == used.username && now.caFile == used.caFile &&
                           now.certFile == used.certFile && now.keyFile == used.keyFile;
    const ConsumerOptions options = consumerOptions();
    // Read options apply at once, except those held back for the next connection.
    const bool sameReading = options.mode == m_emitted.mode &&
                             options.startFrom == m_emitted.startFrom &&
                             options.commitMode == m_emitted.commitMode;
    return !sameTarget || !sameLogin || groupDiffers() || !sameReading;
}

void ConnectionPanel::connectToCluster()
{
    const ConnectionConfig config = this->config();
    // A profile's extra properties may name the brokers (bootstrap.servers wins there).
    if (m_ui->brokersRadio->isChecked() && config.effectiveBootstrapServers().isEmpty()) {
        emit errorOccurred(ConnectionConfig::checkBootstrapServers(config.bootstrapServers));
        m_ui->brokersEdit->setFocus();
        return;
    }
    if (consumerOptions().mode == ConsumerOptions::Mode::Group && config.groupId.isEmpty()) {
        emit errorOccurred(tr("Not connected: reading in a consumer group needs the group's name. "
                              "Enter one, or choose to read by browsing, without a group."));
        m_ui->groupEdit->setFocus();
        return;
    }
    // The password comes with passwordReady(), into connectWith().
    m_profiles->resolvePassword(config);
}

void ConnectionPanel::connectWith(const ConnectionConfig &config, bool typed)
{
    if (typed)
        m_hidden.password = config.password; // for this session only
    // The registry's password from the keychain, so that its dialog shows one is set.
    if (m_hidden.registry.password.isEmpty() && m_hidden.registry.url == config.registry.url)
        m_hidden.registry.password = config.registry.password;
    m_profiles->rememberCurrent();
    saveReadOptions();
    m_emitted = consumerOptions();
    emit consumerOptionsChanged(m_emitted);
    m_session->connectToCluster(config);
    updateActions();
}

void ConnectionPanel::onReadOptionsChanged()
{
    updateReadHelp();
    if (m_applying) {
        updateActions();
        return;
    }
    saveReadOptions();
    // Options apply to the running consumer at once, except a group other than the
    // connection's: joining it waits for Reconnect (the hint says so), so that no consumer
    // ever joins a group on a cluster nobody chose it for.
    if (!isActive() || !groupDiffers()) {
        m_emitted = consumerOptions();
        emit consumerOptionsChanged(m_emitted);
    }
    updateActions();
}

void ConnectionPanel::updateReadHelp()
{
    const ConsumerOptions options = consumerOptions();
    const bool browse = options.mode == ConsumerOptions::Mode::Browse;
    m_ui->groupEdit->setEnabled(!browse);
    m_ui->commitCombo->setEnabled(!browse);
    m_ui->groupProtocolCombo->setEnabled(!browse && LibraryFeatures::groupProtocolAvailable());
    QString help;
    if (browse)
        help = tr("Browsing reads every partition without a group: nothing is committed, "
                  "nothing to ack, no group left behind.");
    else if (options.commitMode == AckTracker::Mode::Safe)
        help = tr("Ack messages to commit them: the committed offset never passes a message "
                  "you have not acked.");
    else if (options.commitMode == AckTracker::Mode::KafkaNative)
        help = tr("Ack on offset N commits N+1 at once, which also covers every earlier message "
                  "of its partition, acked or not: those rows turn Skipped.");
    else
        help = tr("The consumer commits by itself every few seconds; Ack is off.");
    m_ui->commitHelpLabel->setText(help);
}

void ConnectionPanel::saveReadOptions()
{
    const ConsumerOptions options = consumerOptions();
    QSettings settings;
    settings.setValue(readModeKey(), int(options.mode));
    settings.setValue(startFromKey(), int(options.startFrom));
    settings.setValue(commitModeKey(), int(options.commitMode));
}

void ConnectionPanel::onStateChanged(KafkaSession::State state, const QString &message)
{
    // Whatever kept the last connect from happening is gone now.
    if (state == KafkaSession::State::Connected)
        emit errorCleared();
    showState(state, message);
    updateActions();
}

void ConnectionPanel::showState(KafkaSession::State state, const QString &message)
{
    StatusColours::Role role = StatusColours::Role::Muted;
    QString text = message;
    switch (state) {
    case KafkaSession::State::Disconnected:
        role = StatusColours::Role::Muted;
        if (text.isEmpty())
            text = tr("Not connected.");
        break;
    case KafkaSession::State::Connecting:
        role = StatusColours::Role::Pending;
        break;
    case KafkaSession::State::Connected:
        role = StatusColours::Role::Success;
        break;
    case KafkaSession::State::Failed:
        role = StatusColours::Role::Error;
        break;
    }
    // The dot carries the colour; the words stay in the text colour, readable on any palette.
    m_ui->stateLabel->setText(StatusColours::html(role, QStringLiteral("\u25CF")) +
                              QLatin1Char(' ') + text.toHtmlEscaped());
}

void ConnectionPanel::updateActions()
{
    const bool active = isActive();
    const bool changed = hasChangedSettings();
    m_connectAction->setText(changed ? tr("&Reconnect") : tr("&Connect"));
    m_connectAction->setToolTip(changed ? tr("Connect again with the changed settings")
                                        : tr("Connect with these settings"));
    m_connectAction->setEnabled(!active || changed);
    m_disconnectAction->setEnabled(active);
    QString hint;
    if (changed)
        hint = m_session->state() == KafkaSession::State::Connected
                   ? tr("Connected to %1. Reconnect to use the changed settings.")
                         .arg(m_session->clusterLabel())
                   : tr("Connecting to %1. Reconnect to use the changed settings.")
                         .arg(m_session->clusterLabel());
    m_ui->reconnectHintLabel->setText(hint);
    m_ui->reconnectHintLabel->setVisible(!hint.isEmpty());
}

void ConnectionPanel::fillProfilesMenu(QMenu *menu)
{
    m_profiles->fillMenu(menu);
}

void ConnectionPanel::applyProfile(const QString &name)
{
    const std::optional<ConnectionConfig> profile = m_profiles->load(name);
    if (!profile)
        return;
    {
        // Choosing a profile changes the settings for the next connect, never the running one.
        const QScopedValueRollback applying(m_applying, true);
        m_hidden = *profile;
        updateRegistryTip();
        m_profiles->select(name);
        showTarget(*profile);
    }
    emit logLine(isActive() ? tr("Profile \"%1\" loaded: reconnect to use it.").arg(name)
                            : tr("Profile \"%1\" loaded.").arg(name));
    updateActions();
}

void ConnectionPanel::editSecurity()
{
    SecurityDialog dialog(config(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog owns everything but the panel's own fields (brokers, group).
    m_hidden = dialog.config();
    updateActions();
}

void ConnectionPanel::editRegistry()
{
    RegistryDialog dialog(m_hidden.registry, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_hidden.registry = dialog.settings();
    updateRegistryTip();
    emit registryChanged(m_hidden.registry);
}

void ConnectionPanel::updateRegistryTip()
{
    const RegistrySettings &registry = m_hidden.registry;
    const int files = int(registry.localSchemas.size());
    QString tip;
    if (registry.isEnabled() && files > 0)
        tip = tr("Schema registry: %1, and %n local schema file(s). Keys and values they describe "
                 "are shown decoded.",
                 nullptr, files)
                  .arg(registry.url.toDisplayString());
    else if (registry.isEnabled())
        tip = tr("Schema registry: %1. Keys and values in its format are shown decoded.")
                  .arg(registry.url.toDisplayString());
    else if (files > 0)
        tip = tr("%n local schema file(s), no schema registry: the values of their topics are "
                 "shown decoded.",
                 nullptr, files);
    else
        tip = tr("Set up a schema registry to see Avro, Protobuf and JSON Schema messages "
                 "decoded");
    m_registryAction->setToolTip(tip);
    m_registryAction->setStatusTip(tip);
}
