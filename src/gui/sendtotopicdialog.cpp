#include "sendtotopicdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

SendToTopicDialog::SendToTopicDialog(qsizetype count, const QStringList &topics,
                                     const QString &topic, QWidget *parent)
    : QDialog(parent)
    , m_topicCombo(new QComboBox(this))
    , m_keepPartitionsCheck(new QCheckBox(tr("&Keep each message's partition"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sendToTopicDialog"));
    setWindowTitle(tr("Send selected to topic"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Sends the %n selected message(s) again, in the table's order, with "
                      "their keys, values and headers exactly as they are.",
                      nullptr, int(std::min<qsizetype>(count, INT_MAX))),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_topicCombo->setObjectName(QStringLiteral("sendToTopicCombo"));
    m_topicCombo->setEditable(true);
    m_topicCombo->setInsertPolicy(QComboBox::NoInsert);
    m_topicCombo->addItems(topics);
    m_topicCombo->setCurrentText(topic);
    m_topicCombo->setMinimumContentsLength(24);
    form->addRow(tr("To &topic:"), m_topicCombo);
    layout->addLayout(form);
    m_keepPartitionsCheck->setObjectName(QStringLiteral("keepPartitionsCheck"));
    m_keepPartitionsCheck->setToolTip(
        tr("Off: the producer's partitioner places each message by its key. On: each goes to "
           "the partition it was read from (which the topic must have)."));
    layout->addWidget(m_keepPartitionsCheck);
    m_buttons->setObjectName(QStringLiteral("sendToTopicButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topicCombo, &QComboBox::currentTextChanged, this, &SendToTopicDialog::updateButtons);
    updateButtons();
}

QString SendToTopicDialog::topic() const
{
    return m_topicCombo->currentText().trimmed();
}

bool SendToTopicDialog::keepPartitions() const
{
    return m_keepPartitionsCheck->isChecked();
}

void SendToTopicDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!topic().isEmpty());
}
