#include "findbykeydialog.h"

#include "payloadformat.h"
#include "statuscolours.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
enum class KeyFormat { Text, Hex };
// How far back a start time is proposed: recent enough to be useful.
constexpr int ProposedSecondsBack = 3600;
// How much of a key the result line quotes.
constexpr int KeyPreviewBytes = 60;
} // namespace

FindByKeyDialog::FindByKeyDialog(const QString &topic, int partitionCount, QWidget *parent)
    : QDialog(parent)
    , m_topic(topic)
    , m_partitionCount(partitionCount)
    , m_keyEdit(new QLineEdit(this))
    , m_keyFormatCombo(new QComboBox(this))
    , m_partitionerCombo(new QComboBox(this))
    , m_beginningRadio(new QRadioButton(this))
    , m_timeRadio(new QRadioButton(this))
    , m_timeEdit(
          new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-ProposedSecondsBack), this))
    , m_resultLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_keyLabel(new QLabel(this))
    , m_placedByLabel(new QLabel(this))
    , m_readLabel(new QLabel(this))
    , m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("findByKeyDialog"));
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setMaxLength(3 * MaxKeyBytes);
    m_keyFormatCombo->setObjectName(QStringLiteral("keyFormatCombo"));
    m_keyFormatCombo->addItem(QString(), int(KeyFormat::Text)); // named by retranslate()
    m_keyFormatCombo->addItem(QString(), int(KeyFormat::Hex));
    m_partitionerCombo->setObjectName(QStringLiteral("partitionerCombo"));
    m_partitionerCombo->addItem(QString(), int(Partitioner::Kind::Murmur2));
    m_partitionerCombo->addItem(QString(), int(Partitioner::Kind::ConsistentRandom));
    m_beginningRadio->setObjectName(QStringLiteral("fromBeginningRadio"));
    m_timeRadio->setObjectName(QStringLiteral("fromTimeRadio"));
    m_timeEdit->setObjectName(QStringLiteral("startTimeEdit"));
    m_timeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_timeEdit->setCalendarPopup(true);
    m_beginningRadio->setChecked(true);
    m_resultLabel->setObjectName(QStringLiteral("partitionResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::RichText);
    m_buttons->setObjectName(QStringLiteral("findButtons"));

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_keyFormatCombo);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_timeRadio);
    timeRow->addWidget(m_timeEdit, 1);
    auto *form = new QFormLayout;
    m_keyLabel->setBuddy(m_keyEdit);
    form->addRow(m_keyLabel, keyRow);
    m_placedByLabel->setBuddy(m_partitionerCombo);
    form->addRow(m_placedByLabel, m_partitionerCombo);
    form->addRow(m_readLabel, m_beginningRadio);
    form->addRow(QString(), timeRow);
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &FindByKeyDialog::update);
    connect(m_keyFormatCombo, &QComboBox::currentIndexChanged, this, &FindByKeyDialog::update);
    connect(m_partitionerCombo, &QComboBox::currentIndexChanged, this, &FindByKeyDialog::update);
    connect(m_timeRadio, &QRadioButton::toggled, m_timeEdit, &QWidget::setEnabled);
    m_timeEdit->setEnabled(false);
    retranslate();
}

bool FindByKeyDialog::event(QEvent *event)
{
    // After the children: the button box puts Qt's own "OK" back on a language change.
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void FindByKeyDialog::retranslate()
{
    setWindowTitle(tr("Find by key"));
    m_keyEdit->setPlaceholderText(tr("The key, exactly as produced"));
    m_keyFormatCombo->setItemText(m_keyFormatCombo->findData(int(KeyFormat::Text)),
                                  tr("Text (UTF-8)"));
    m_keyFormatCombo->setItemText(m_keyFormatCombo->findData(int(KeyFormat::Hex)), tr("Hex bytes"));
    m_partitionerCombo->setItemText(m_partitionerCombo->findData(int(Partitioner::Kind::Murmur2)),
                                    tr("murmur2: Java clients (Kafka's default)"));
    m_partitionerCombo->setItemText(
        m_partitionerCombo->findData(int(Partitioner::Kind::ConsistentRandom)),
        tr("consistent_random (CRC32): librdkafka clients' default"));
    m_partitionerCombo->setToolTip(
        tr("The partitioner of the producers that wrote the key: Java, Kafka Streams and most "
           "JVM clients use murmur2; librdkafka-based clients (C, C++, Python, Go, .NET) use "
           "consistent_random unless configured otherwise, and so does TopicDesk's Send unless "
           "its Options say murmur2."));
    m_beginningRadio->setText(tr("From the &beginning"));
    m_timeRadio->setText(tr("From a &time:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Find"));
    m_keyLabel->setText(tr("&Key:"));
    m_placedByLabel->setText(tr("&Placed by:"));
    m_readLabel->setText(tr("Read:"));
    m_intro->setText(tr("Reads only the partition of topic \"%1\" that the key is in, "
                        "without a consumer group, and shows only that key's messages.")
                         .arg(m_topic.toHtmlEscaped()));
    update(); // the result line
}

bool FindByKeyDialog::parseKey(QByteArray *key, QString *problem) const
{
    const QString text = m_keyEdit->text();
    if (KeyFormat(m_keyFormatCombo->currentData().toInt()) == KeyFormat::Text) {
        *key = text.toUtf8();
    } else {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("\\s")));
        static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})*$"));
        if (!hex.match(digits).hasMatch()) {
            *problem = tr("Hex bytes are pairs of the digits 0-9 and a-f, like 00 ff 6b.");
            return false;
        }
        *key = QByteArray::fromHex(digits.toLatin1());
    }
    if (key->size() > MaxKeyBytes) {
        *problem = tr("The key is longer than %1 bytes.").arg(MaxKeyBytes);
        return false;
    }
    return true;
}

void FindByKeyDialog::update()
{
    m_partition = -1;
    QByteArray bytes;
    QString problem;
    if (parseKey(&bytes, &problem)) {
        const Partitioner::Result result =
            Partitioner::partitionFor(partitioner(), bytes, m_partitionCount);
        m_partition = result.partition;
        problem = result.error;
    }
    if (m_partition >= 0 && bytes.isEmpty())
        m_resultLabel->setText(StatusColours::html(
            StatusColours::Role::Success,
            tr("The empty key is in partition %1 of %2.").arg(m_partition).arg(m_partitionCount)));
    else if (m_partition >= 0)
        m_resultLabel->setText(StatusColours::html(
            StatusColours::Role::Success, tr("Key \"%1\" is in partition %2 of %3.")
                                              .arg(PayloadFormat::preview(bytes, KeyPreviewBytes))
                                              .arg(m_partition)
                                              .arg(m_partitionCount)));
    else
        m_resultLabel->setText(StatusColours::html(StatusColours::Role::Error, problem));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_partition >= 0);
}

QByteArray FindByKeyDialog::key() const
{
    QByteArray bytes;
    QString problem;
    return parseKey(&bytes, &problem) ? bytes : QByteArray();
}

QString FindByKeyDialog::keyDisplay() const
{
    return PayloadFormat::preview(key(), KeyPreviewBytes);
}

Partitioner::Kind FindByKeyDialog::partitioner() const
{
    return Partitioner::Kind(m_partitionerCombo->currentData().toInt());
}

qint64 FindByKeyDialog::startTimestampMs() const
{
    return m_timeRadio->isChecked() ? m_timeEdit->dateTime().toMSecsSinceEpoch() : -1;
}
