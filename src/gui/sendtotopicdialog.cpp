#include "sendtotopicdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
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
    , m_keepPartitionsCheck(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_intro(new QLabel(this))
    , m_topicLabel(new QLabel(this))
    , m_count(count)
{
    setObjectName(QStringLiteral("sendToTopicDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_topicCombo->setObjectName(QStringLiteral("sendToTopicCombo"));
    m_topicCombo->setEditable(true);
    m_topicCombo->setInsertPolicy(QComboBox::NoInsert);
    m_topicCombo->addItems(topics);
    m_topicCombo->setCurrentText(topic);
    m_topicCombo->setMinimumContentsLength(24);
    form->addRow(m_topicLabel, m_topicCombo);
    m_topicLabel->setBuddy(m_topicCombo);
    layout->addLayout(form);
    m_keepPartitionsCheck->setObjectName(QStringLiteral("keepPartitionsCheck"));
    layout->addWidget(m_keepPartitionsCheck);
    m_buttons->setObjectName(QStringLiteral("sendToTopicButtons"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topicCombo, &QComboBox::currentTextChanged, this, &SendToTopicDialog::updateButtons);
    updateButtons();
    retranslate();
}

bool SendToTopicDialog::event(QEvent *event)
{
    // After the children: the button box puts Qt's own "OK" back on a language change.
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void SendToTopicDialog::retranslate()
{
    setWindowTitle(tr("Send selected to topic"));
    m_intro->setText(tr("Sends the %n selected message(s) again, in the table's order, with "
                        "their keys, values and headers exactly as they are.",
                        nullptr, int(std::min<qsizetype>(m_count, INT_MAX))));
    m_topicLabel->setText(tr("To &topic:"));
    m_keepPartitionsCheck->setText(tr("&Keep each message's partition"));
    m_keepPartitionsCheck->setToolTip(
        tr("Off: the producer's partitioner places each message by its key. On: each goes to "
           "the partition it was read from (which the topic must have)."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
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
