#include "securitydialog.h"
#include "ui_securitydialog.h"

#include "clustermetadata.h"
#include "kafkaconf.h"
#include "statuscolours.h"

#include <QEvent>
#include <QFileDialog>
#include <QtConcurrent/QtConcurrentRun>

SecurityDialog::SecurityDialog(const ConnectionConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecurityDialog>())
    , m_base(config)
{
    m_ui->setupUi(this);
    // Each choice carries its value: the order of the items says nothing.
    using Security = ConnectionConfig::Security;
    using Mechanism = ConnectionConfig::SaslMechanism;
    for (Security security :
         {Security::Plaintext, Security::Ssl, Security::SaslPlaintext, Security::SaslSsl})
        m_ui->protocolCombo->addItem(QString(), int(security)); // named by retranslate()
    retranslate();
    m_ui->mechanismCombo->addItem(QStringLiteral("PLAIN"), int(Mechanism::Plain));
    m_ui->mechanismCombo->addItem(QStringLiteral("SCRAM-SHA-256"), int(Mechanism::ScramSha256));
    m_ui->mechanismCombo->addItem(QStringLiteral("SCRAM-SHA-512"), int(Mechanism::ScramSha512));
    m_ui->clientIdEdit->setText(config.clientId);
    m_ui->protocolCombo->setCurrentIndex(m_ui->protocolCombo->findData(int(config.security)));
    m_ui->mechanismCombo->setCurrentIndex(
        m_ui->mechanismCombo->findData(int(config.saslMechanism)));
    m_ui->usernameEdit->setText(config.username);
    m_ui->passwordEdit->setText(config.password);
    m_ui->caEdit->setText(config.caFile);
    m_ui->certEdit->setText(config.certFile);
    m_ui->keyEdit->setText(config.keyFile);
    m_ui->propertiesTable->setRowCount(int(config.properties.size()));
    for (int row = 0; row < config.properties.size(); ++row) {
        m_ui->propertiesTable->setItem(row, 0,
                                       new QTableWidgetItem(config.properties.at(row).first));
        m_ui->propertiesTable->setItem(row, 1,
                                       new QTableWidgetItem(config.properties.at(row).second));
    }
    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this,
            &SecurityDialog::updateEnabled);
    connect(m_ui->addPropertyButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->propertiesTable->rowCount();
        m_ui->propertiesTable->insertRow(row);
        m_ui->propertiesTable->setCurrentCell(row, 0);
        m_ui->propertiesTable->edit(m_ui->propertiesTable->model()->index(row, 0));
    });
    connect(m_ui->removePropertyButton, &QPushButton::clicked, this, [this] {
        if (m_ui->propertiesTable->currentRow() >= 0)
            m_ui->propertiesTable->removeRow(m_ui->propertiesTable->currentRow());
    });
    const QList<QPair<QToolButton *, QLineEdit *>> browsers = {{m_ui->caBrowse, m_ui->caEdit},
                                                               {m_ui->certBrowse, m_ui->certEdit},
                                                               {m_ui->keyBrowse, m_ui->keyEdit}};
    for (const auto &[button, edit] : browsers) {
        connect(button, &QToolButton::clicked, this, [this, edit = edit] {
            const QString file =
                QFileDialog::getOpenFileName(this, tr("Choose a PEM file"), edit->text(),
                                             tr("PEM files (*.pem *.crt *.key);;All files (*)"));
            if (!file.isEmpty())
                edit->setText(file);
        });
    }
    connect(m_ui->testButton, &QPushButton::clicked, this, &SecurityDialog::testConnection);
    connect(&m_test, &QFutureWatcher<TopicListing>::finished, this,
            &SecurityDialog::showTestResult);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SecurityDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

void SecurityDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void SecurityDialog::retranslate()
{
    using Security = ConnectionConfig::Security;
    const auto name = [this](Security security, const QString &text) {
        m_ui->protocolCombo->setItemText(m_ui->protocolCombo->findData(int(security)), text);
    };
    name(Security::Plaintext, tr("PLAINTEXT (no encryption, no login)"));
    name(Security::Ssl, tr("SSL (encrypted)"));
    name(Security::SaslPlaintext, tr("SASL_PLAINTEXT (login, not encrypted)"));
    name(Security::SaslSsl, tr("SASL_SSL (login, encrypted)"));
}

SecurityDialog::~SecurityDialog()
{
    // A test still running finishes on its own thread: its result is simply not shown.
    m_test.disconnect(this);
}

ConnectionConfig SecurityDialog::config() const
{
    ConnectionConfig config = m_base;
    config.clientId = m_ui->clientIdEdit->text().trimmed();
    config.security = ConnectionConfig::Security(m_ui->protocolCombo->currentData().toInt());
    config.saslMechanism =
        ConnectionConfig::SaslMechanism(m_ui->mechanismCombo->currentData().toInt());
    config.username = m_ui->usernameEdit->text().trimmed();
    config.password = m_ui->passwordEdit->text();
    config.caFile = m_ui->caEdit->text().trimmed();
    config.certFile = m_ui->certEdit->text().trimmed();
    config.keyFile = m_ui->keyEdit->text().trimmed();
    config.properties.clear();
    for (int row = 0; row < m_ui->propertiesTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->propertiesTable->item(row, 0);
        const QTableWidgetItem *value = m_ui->propertiesTable->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            config.properties.append({name->text().trimmed(), value ? value->text() : QString()});
    }
    return config;
}

void SecurityDialog::updateEnabled()
{
    const ConnectionConfig c = config();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->mechanismCombo), static_cast<QWidget *>(m_ui->usernameEdit),
          static_cast<QWidget *>(m_ui->passwordEdit)})
        w->setEnabled(c.usesSasl());
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->caEdit), static_cast<QWidget *>(m_ui->caBrowse),
          static_cast<QWidget *>(m_ui->certEdit), static_cast<QWidget *>(m_ui->certBrowse),
          static_cast<QWidget *>(m_ui->keyEdit), static_cast<QWidget *>(m_ui->keyBrowse)})
        w->setEnabled(c.usesSsl());
}

QString SecurityDialog::checkProperties() const
{
    std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
    QString error;
    for (const auto &[name, value] : config().properties) {
        if (!KafkaConf::set(*conf, name.toStdString(), value.toStdString(), &error))
            return error;
    }
    return {};
}

void SecurityDialog::testConnection()
{
    const ConnectionConfig c = config();
    QStringList problems = c.validate();
    if (c.usesSandbox())
        problems.prepend(
            tr("Choose \"Kafka brokers\" and enter an address first: the sandbox needs no test."));
    if (const QString error = checkProperties(); !error.isEmpty())
        problems << error;
    if (!problems.isEmpty()) {
        m_ui->resultLabel->setText(problems.join(QLatin1Char(' ')));
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->resultLabel->setText(tr("Testing %1…").arg(c.bootstrapServers));
    m_test.setFuture(QtConcurrent::run(&ClusterMetadata::fetchTopics, c, 8000));
}

void SecurityDialog::showTestResult()
{
    m_ui->testButton->setEnabled(true);
    const TopicListing listing = m_test.result();
    if (!listing.error.isEmpty()) {
        StatusColours::setLabelText(m_ui->resultLabel, StatusColours::Role::Error, listing.error);
        return;
    }
    m_ui->resultLabel->setText(
        tr("Connected: %n broker(s), cluster id %1, round trip %2 ms.", nullptr,
           listing.brokerCount)
            .arg(listing.clusterId.isEmpty() ? tr("unknown") : listing.clusterId)
            .arg(listing.roundTripMs));
}

void SecurityDialog::accept()
{
    if (const QString error = checkProperties(); !error.isEmpty()) {
        StatusColours::setLabelText(m_ui->resultLabel, StatusColours::Role::Error, error);
        return;
    }
    QDialog::accept();
}
