#include "createtopicdialog.h"
#include "ui_createtopicdialog.h"

#include "connectionconfig.h"
#include "statuscolours.h"

#include <QPushButton>

CreateTopicDialog::CreateTopicDialog(bool sandbox, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateTopicDialog>())
{
    m_ui->setupUi(this);
    if (sandbox) {
        m_ui->replicationSpin->setEnabled(false);
        m_ui->replicationSpin->setToolTip(tr("The sandbox has one broker: one replica."));
    }
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateTopicDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

CreateTopicDialog::~CreateTopicDialog() = default;

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
