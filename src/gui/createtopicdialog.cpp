#include "createtopicdialog.h"
#include "ui_createtopicdialog.h"

#include "connectionconfig.h"
#include "statuscolours.h"

#include <QEvent>
#include <QPushButton>

#include <algorithm>

CreateTopicDialog::CreateTopicDialog(int sandboxBrokers, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateTopicDialog>())
    , m_sandboxBrokers(std::max(sandboxBrokers, 0))
{
    m_ui->setupUi(this);
    if (m_sandboxBrokers > 0) {
        // Each partition can have a replica on every broker, and no more.
        m_ui->replicationSpin->setMaximum(m_sandboxBrokers);
        m_ui->replicationSpin->setEnabled(m_sandboxBrokers > 1);
    }
    retranslate();
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateTopicDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

CreateTopicDialog::~CreateTopicDialog() = default;

void CreateTopicDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void CreateTopicDialog::retranslate()
{
    if (m_sandboxBrokers > 0)
        m_ui->replicationSpin->setToolTip(
            tr("The Sandbox has %n broker(s): at most %n replica(s) of each partition.", nullptr,
               m_sandboxBrokers));
    validate();
}

void CreateTopicDialog::setExistingTopics(const QStringList &names)
{
    m_existing = names;
    validate();
}

QString CreateTopicDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

int CreateTopicDialog::partitions() const
{
    return m_ui->partitionsSpin->value();
}

int CreateTopicDialog::replicationFactor() const
{
    return m_ui->replicationSpin->value();
}

void CreateTopicDialog::validate()
{
    QString problem = name().isEmpty() ? QString() : ConnectionConfig::checkTopicName(name());
    // Kafka topic names are case-sensitive: "Orders" is another topic than "orders".
    if (problem.isEmpty() && m_existing.contains(name()))
        problem = tr("A topic named \"%1\" already exists.").arg(name());
    m_ui->problemLabel->setText(
        problem.isEmpty() ? QString() : StatusColours::html(StatusColours::Role::Error, problem));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!name().isEmpty() && problem.isEmpty());
}
