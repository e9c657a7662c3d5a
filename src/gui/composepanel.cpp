#include "composepanel.h"
#include "ui_composepanel.h"

#include "actionbutton.h"
#include "bulksendpart.h"
#include "composehistorypart.h"
#include "historymodel.h"
#include "kafkasession.h"
#include "messagetemplate.h"
#include "schemaencodingpart.h"
#include "statuscolours.h"
#include "valueedit.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QJsonDocument>

#include <limits>

namespace {
// The rendered message the JSON hint checks: the first one a bulk send makes.
constexpr qint64 CheckedMessage = 0;

int dataOf(const QComboBox *combo)
{
    return combo->currentData().toInt();
}

// A header cell keeps the bytes it was loaded with and the text shown for them: as long as the
// text is not edited, the bytes are sent (a cell cannot show bytes that are not UTF-8).
constexpr int BytesRole = Qt::UserRole;
constexpr int ShownTextRole = Qt::UserRole + 1;
constexpr int NullRole = Qt::UserRole + 2;

QTableWidgetItem *bytesItem(const QByteArray &bytes, bool isNull = false)
{
    auto *item = new QTableWidgetItem(QString::fromUtf8(bytes));
    item->setData(BytesRole, bytes);
    item->setData(ShownTextRole, item->text());
    item->setData(NullRole, isNull);
    return item;
}

QByteArray bytesOf(const QTableWidgetItem *item)
{
    if (!item)
        return {};
    const QVariant shown = item->data(ShownTextRole);
    if (shown.isValid() && shown.toString() == item->text())
        return item->data(BytesRole).toByteArray();
    return item->text().toUtf8();
}

bool isLossless(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}
} // namespace

ComposePanel::ComposePanel(KafkaSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposePanel>())
    , m_session(session)
    , m_sendAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_schemaPart = new SchemaEncodingPart(this, m_ui->messageLayout, 3);
    m_bulkPart = std::make_unique<BulkSendPart>(
        m_session, this, m_ui.get(), [this] { return composedRequest(); },
        [this] { return m_schemaPart->encoder(); });
    connect(m_bulkPart.get(), &BulkSendPart::logLine, this, &ComposePanel::logLine);
    connect(m_bulkPart.get(), &BulkSendPart::errorOccurred, this, &ComposePanel::errorOccurred);
    connect(m_bulkPart.get(), &BulkSendPart::errorCleared, this, &ComposePanel::errorCleared);
    connect(m_bulkPart.get(), &BulkSendPart::runningChanged, this, &ComposePanel::updateControls);
    m_historyPart = std::make_unique<ComposeHistoryPart>(
        this, m_ui.get(), [this] { return composedRequest(); }, TemplateNameChars);
    connect(m_historyPart.get(), &ComposeHistoryPart::logLine, this, &ComposePanel::logLine);
    connect(m_historyPart.get(), &ComposeHistoryPart::requestChosen, this,
            &ComposePanel::showRequest);
    connect(m_historyPart.get(), &ComposeHistoryPart::resendRequested, this,
            &ComposePanel::sendRequest);
    connect(m_historyPart.get(), &ComposeHistoryPart::selectionChanged, this,
            &ComposePanel::updateControls);

    setUpActions();
    setUpCompose();
    setUpOptions();

    connect(m_session, &KafkaSession::stateChanged, this, &ComposePanel::onStateChanged);
    connect(m_session, &KafkaSession::watchedTopicChanged, this,
            &ComposePanel::onWatchedTopicChanged);
    connect(m_session, &KafkaSession::topicsChanged, this, &ComposePanel::updatePartitionChoices);
    connect(m_session, &KafkaSession::delivered, this, &ComposePanel::onDelivered);
    retranslate();
}

void ComposePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void ComposePanel::retranslate()
{
    m_sendAction->setText(tr("&Send"));
    m_sendAction->setToolTip(tr("Send the message to the watched topic"));
    m_sendAction->setStatusTip(
        tr("Send the key, value and headers to the watched topic and show the delivery report"));
    m_topicCombo->setToolTip(tr("The topic this message is sent to: the one it was read from, "
                                "or any other"));
    // Combo items are found by their data, so the chosen one stays chosen. Codec names are not
    // translated: they are what Kafka calls them.
    using Acks = ProducerSettings::Acks;
    using Partitioner = ProducerSettings::Partitioner;
    const auto name = [](QComboBox *combo, int data, const QString &text) {
        combo->setItemText(combo->findData(data), text);
    };
    name(m_ui->acksCombo, int(Acks::All), tr("all (every in-sync replica)"));
    name(m_ui->acksCombo, int(Acks::Leader), tr("1 (the leader)"));
    name(m_ui->acksCombo, int(Acks::None), tr("0 (no answer)"));
    name(m_ui->partitionerCombo, int(Partitioner::Default), tr("default (by key, else random)"));
    name(m_ui->partitionerCombo, int(Partitioner::Murmur2), tr("murmur2 (as the Java client)"));
    name(m_ui->partitionerCombo, int(Partitioner::RoundRobin), tr("round-robin"));
    name(m_ui->compressionCombo, int(ProducerSettings::Compression::None), tr("none"));
    m_bulkPart->retranslate();
    m_historyPart->retranslate();
    m_schemaPart->retranslate();
    onProducerOptionsChanged(); // the acks help line
    updateJsonHint();
    m_ui->deliveryLabel->setText(m_deliveryText ? m_deliveryText() : QString());
    // The watched topic (or "(none selected)") and the partition choices.
    onWatchedTopicChanged(m_session->watchedTopic());
}

void ComposePanel::showDelivery(std::function<QString()> html)
{
    m_deliveryText = std::move(html);
    m_ui->deliveryLabel->setText(m_deliveryText ? m_deliveryText() : QString());
}

ComposePanel::~ComposePanel()
{
    // No report or progress reaches a half-destroyed panel.
    disconnect(m_bulkPart->bulkSender(), nullptr, this, nullptr);
    disconnect(m_bulkPart.get(), nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
}

QAction *ComposePanel::sendAgainAction() const
{
    return m_historyPart->sendAgainAction();
}

QAction *ComposePanel::saveTemplateAction() const
{
    return m_historyPart->saveTemplateAction();
}

QAction *ComposePanel::useTemplateAction() const
{
    return m_historyPart->useTemplateAction();
}

QAction *ComposePanel::deleteTemplateAction() const
{
    return m_historyPart->deleteTemplateAction();
}

QAction *ComposePanel::sendFileAction() const
{
    return m_bulkPart->sendFileAction();
}

QAction *ComposePanel::bulkSendAction() const
{
    return m_bulkPart->bulkSendAction();
}

QAction *ComposePanel::cancelBulkAction() const
{
    return m_bulkPart->cancelBulkAction();
}

BulkSender *ComposePanel::bulkSender()
{
    return m_bulkPart->bulkSender();
}

void ComposePanel::sendFile(const QString &path)
{
    m_bulkPart->sendFile(path);
}

QString ComposePanel::bulkSummary(const BulkSender::Progress &progress, bool running)
{
    return BulkSendPart::summary(progress, running);
}

void ComposePanel::showBulkStatus(const QString &line)
{
    m_bulkPart->showStatus(line);
}

void ComposePanel::setUpActions()
{
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_sendAction, &QAction::triggered, this, &ComposePanel::send);

    ActionButton::bind(m_ui->sendButton, m_sendAction);
    addActions({m_sendAction, sendAgainAction(), sendFileAction(), bulkSendAction(),
                cancelBulkAction(), saveTemplateAction(), useTemplateAction(),
                deleteTemplateAction()});
}

void ComposePanel::setUpCompose()
{
    // Where a message loaded by composeAgain() goes: in place of the watched topic's name.
    m_topicCombo = new QComboBox(this);
    m_topicCombo->setObjectName(QStringLiteral("sendTopicCombo"));
    m_topicCombo->setEditable(true);
    m_topicCombo->setInsertPolicy(QComboBox::NoInsert);
    m_topicCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_topicCombo->hide();
    m_ui->sendLayout->insertWidget(m_ui->sendLayout->indexOf(m_ui->composeTopicLabel) + 1,
                                   m_topicCombo);
    connect(m_topicCombo, &QComboBox::currentTextChanged, this, &ComposePanel::updateControls);
    m_ui->keyEdit->setEnabled(false);
    connect(m_ui->nullKeyCheck, &QCheckBox::toggled, this, [this](bool null) {
        m_ui->keyEdit->setEnabled(!null);
        if (!null)
            m_ui->keyEdit->setFocus();
    });
    connect(m_ui->valueEdit, &QPlainTextEdit::textChanged, this, &ComposePanel::updateJsonHint);
    connect(m_ui->valueEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_schemaPart->checkValue(composedValue()); });
    connect(m_schemaPart, &SchemaEncodingPart::changed, this, &ComposePanel::updateControls);
    connect(m_schemaPart, &SchemaEncodingPart::logLine, this, &ComposePanel::logLine);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &ComposePanel::updateJsonHint);
    connect(m_ui->headersTable, &QTableWidget::itemChanged, this, &ComposePanel::updateJsonHint);
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->headersTable->rowCount();
        m_ui->headersTable->insertRow(row);
        m_ui->headersTable->setCurrentCell(row, 0);
        m_ui->headersTable->edit(m_ui->headersTable->model()->index(row, 0));
    });
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this, [this] {
        if (m_ui->headersTable->currentRow() >= 0)
            m_ui->headersTable->removeRow(m_ui->headersTable->currentRow());
    });
}

void ComposePanel::setUpOptions()
{
    // Each choice carries its setting as item data: the order of the items is only display.
    // The translated texts come from retranslate().
    using Acks = ProducerSettings::Acks;
    using Partitioner = ProducerSettings::Partitioner;
    using Compression = ProducerSettings::Compression;
    m_ui->acksCombo->addItem(QString(), int(Acks::All));
    m_ui->acksCombo->addItem(QString(), int(Acks::Leader));
    m_ui->acksCombo->addItem(QString(), int(Acks::None));
    m_ui->partitionerCombo->addItem(QString(), int(Partitioner::Default));
    m_ui->partitionerCombo->addItem(QString(), int(Partitioner::Murmur2));
    m_ui->partitionerCombo->addItem(QString(), int(Partitioner::RoundRobin));
    m_ui->compressionCombo->addItem(QString(), int(Compression::None));
    m_ui->compressionCombo->addItem(QStringLiteral("gzip"), int(Compression::Gzip));
    m_ui->compressionCombo->addItem(QStringLiteral("snappy"), int(Compression::Snappy));
    m_ui->compressionCombo->addItem(QStringLiteral("lz4"), int(Compression::Lz4));
    m_ui->compressionCombo->addItem(QStringLiteral("zstd"), int(Compression::Zstd));

    // Show what the session uses (a panel created on a session already set up).
    const ProducerSettings &current = m_session->producerSettings();
    m_ui->acksCombo->setCurrentIndex(m_ui->acksCombo->findData(int(current.acks)));
    m_ui->partitionerCombo->setCurrentIndex(
        m_ui->partitionerCombo->findData(int(current.partitioner)));
    m_ui->compressionCombo->setCurrentIndex(
        m_ui->compressionCombo->findData(int(current.compression)));

    // Short entries, each shown whole: the tooltips and the acks help say the rest.
    for (QComboBox *combo :
         {m_ui->partitionCombo, m_ui->acksCombo, m_ui->partitionerCombo, m_ui->compressionCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *combo : {m_ui->acksCombo, m_ui->partitionerCombo, m_ui->compressionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &ComposePanel::onProducerOptionsChanged);
    onProducerOptionsChanged();
    updatePartitionChoices();
}

void ComposePanel::onProducerOptionsChanged()
{
    ProducerSettings settings;
    settings.acks = ProducerSettings::Acks(dataOf(m_ui->acksCombo));
    settings.partitioner = ProducerSettings::Partitioner(dataOf(m_ui->partitionerCombo));
    settings.compression = ProducerSettings::Compression(dataOf(m_ui->compressionCombo));
    switch (settings.acks) {
    case ProducerSettings::Acks::All:
        m_ui->acksHelpLabel->setText(
            tr("The answer waits until every in-sync replica has the message."));
        break;
    case ProducerSettings::Acks::Leader:
        m_ui->acksHelpLabel->setText(
            tr("The answer comes once the partition's leader has written it; "
               "it is lost if the leader fails before the replicas copy it."));
        break;
    case ProducerSettings::Acks::None:
        m_ui->acksHelpLabel->setText(
            tr("No answer at all: fastest, but the offset stays unknown and a "
               "lost message goes unnoticed."));
        break;
    }
    if (!(settings == m_session->producerSettings()))
        m_session->setProducerSettings(settings);
}

void ComposePanel::updateJsonHint()
{
    QByteArray text = composedValue();
    // A bulk send fills in the placeholders: judge the first message it makes, not the text
    // with "{{i}}" in it. (A held value is too large to be a template the user typed.)
    bool rendered = false;
    if (!m_ui->valueEdit->isHoldingValue()) {
        const QByteArray first = MessageTemplate(QString::fromUtf8(text)).render(CheckedMessage);
        rendered = first != text;
        text = first;
    }
    // Bytes loaded from a message that text cannot show: say that they are sent as they were.
    QStringList binary;
    if (!m_loadedKeyText.isNull() && m_ui->keyEdit->text() == m_loadedKeyText &&
        !isLossless(m_loadedKey))
        binary << tr("key");
    if (!m_ui->valueEdit->isHoldingValue() && !m_loadedValueText.isNull() &&
        m_ui->valueEdit->toPlainText() == m_loadedValueText && !isLossless(m_loadedValue))
        binary << tr("value");
    for (int row = 0; row < m_ui->headersTable->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            const QTableWidgetItem *item = m_ui->headersTable->item(row, column);
            if (item && item->data(ShownTextRole).toString() == item->text() &&
                !isLossless(item->data(BytesRole).toByteArray())) {
                binary << tr("header %1")
                              .arg(QString::fromUtf8(
                                  bytesOf(m_ui->headersTable->item(row, 0)).left(40)));
                column = 2;
            }
        }
    }
    if (!binary.isEmpty()) {
        m_ui->jsonHintLabel->setText(StatusColours::html(
            StatusColours::Role::Warning,
            tr("Not text: %1. The box shows such bytes as \uFFFD; Send sends the original "
               "bytes, exactly, as long as you do not edit them.")
                .arg(binary.join(QStringLiteral(", ")))));
        return;
    }
    text = text.trimmed();
    if (!text.startsWith('{') && !text.startsWith('[')) {
        m_ui->jsonHintLabel->clear();
        return;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    QString hint;
    if (error.error == QJsonParseError::NoError) {
        hint = rendered ? tr("Valid JSON once the placeholders are filled in (checked with {{i}} = "
                             "0), as Send many does; Send sends the text as it is.")
                        : tr("Valid JSON.");
        m_ui->jsonHintLabel->setText(StatusColours::html(StatusColours::Role::Success, hint));
        return;
    }
    hint = rendered ? tr("This looks like JSON but does not parse, even with the placeholders "
                         "filled in ({{i}} = 0): %1 (at character %2). It will be sent as it is.")
                    : tr("This looks like JSON but does not parse: %1 (at character %2). It will "
                         "be sent as it is.");
    m_ui->jsonHintLabel->setText(StatusColours::html(
        StatusColours::Role::Warning, hint.arg(error.errorString()).arg(error.offset)));
}

void ComposePanel::updatePartitionChoices()
{
    int partitions = 0;
    for (const TopicInfo &topic : m_session->topics()) {
        if (topic.name == m_session->watchedTopic())
            partitions = topic.partitionCount;
    }
    QComboBox *combo = m_ui->partitionCombo;
    const int previous = combo->count() > 0 ? dataOf(combo) : -1;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("automatic"), -1);
    for (int p = 0; p < partitions; ++p)
        combo->addItem(tr("partition %1").arg(p), p);
    combo->setCurrentIndex(std::max(0, combo->findData(previous)));
}

void ComposePanel::onStateChanged()
{
    // A new connection starts without the previous one's report.
    if (m_session->state() == KafkaSession::State::Connecting)
        clearDelivery();
    updateControls();
}

void ComposePanel::onWatchedTopicChanged(const QString &topic)
{
    m_ui->composeTopicLabel->setText(topic.isEmpty()
                                         ? tr("(none selected)")
                                         : QStringLiteral("<b>%1</b>").arg(topic.toHtmlEscaped()));
    // The report of a send to the previous topic is no news about this one.
    if (topic != m_topic) {
        clearDelivery();
        // A message loaded to be sent again went to its chosen topic; new work goes to the
        // newly watched one.
        hideTopicChoice();
    }
    m_topic = topic;
    updatePartitionChoices();
    updateControls();
}

void ComposePanel::clearDelivery()
{
    m_pendingSend = 0;
    showDelivery({});
}

void ComposePanel::updateControls()
{
    const bool connected = m_session->state() == KafkaSession::State::Connected;
    const bool watching = connected && !m_session->watchedTopic().isEmpty();
    const QString schemaBlock = m_schemaPart->blockReason();
    m_sendAction->setEnabled(connected && !targetTopic().isEmpty() && schemaBlock.isEmpty());
    m_sendAction->setToolTip(schemaBlock.isEmpty() ? tr("Send the message to the watched topic")
                                                   : schemaBlock);
    m_bulkPart->updateActions(watching && (!m_schemaPart->isActive() || m_schemaPart->encoder()));
    m_historyPart->updateActions(connected);
}

void ComposePanel::send()
{
    if (!m_sendAction->isEnabled())
        return;
    ProduceRequest request = composedRequest();
    m_pendingSchemaId = -1;
    if (const SchemaEncodingPart::Encoder encode = m_schemaPart->encoder()) {
        QString error;
        const QByteArray framed = encode(request.value, &error);
        if (!error.isEmpty()) {
            showError(tr("Not sent: the value does not match %1: %2")
                          .arg(m_schemaPart->description(), error));
            return;
        }
        request.value = framed;
        request.valueIsNull = false;
        m_pendingSchemaId = m_schemaPart->schemaId();
    }
    sendRequest(request);
}

void ComposePanel::setSchemaRegistry(std::shared_ptr<SchemaRegistry> registry)
{
    m_schemaPart->setRegistry(std::move(registry));
    updateControls();
}

ProduceRequest ComposePanel::composedRequest() const
{
    ProduceRequest request{.topic = targetTopic()};
    if (!m_ui->nullKeyCheck->isChecked())
        request.key = composedKey();
    request.value = composedValue();
    request.valueIsNull = m_loadedValueIsNull && request.value.isEmpty() &&
                          !m_ui->valueEdit->isHoldingValue() &&
                          m_ui->valueEdit->toPlainText().isEmpty();
    for (int row = 0; row < m_ui->headersTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->headersTable->item(row, 0);
        const QTableWidgetItem *value = m_ui->headersTable->item(row, 1);
        const QByteArray nameBytes = bytesOf(name);
        if (nameBytes.isEmpty())
            continue;
        const QByteArray valueBytes = bytesOf(value);
        // A loaded null header value stays null while its cell is left empty.
        const bool valueIsNull = value && value->data(NullRole).toBool() && value->text().isEmpty();
        request.headers.append({nameBytes, valueBytes, valueIsNull});
    }
    request.partition = dataOf(m_ui->partitionCombo); // -1: automatic
    return request;
}

QByteArray ComposePanel::composedValue() const
{
    if (m_ui->valueEdit->isHoldingValue())
        return m_ui->valueEdit->heldValue();
    const QString text = m_ui->valueEdit->toPlainText();
    return !m_loadedValueText.isNull() && text == m_loadedValueText ? m_loadedValue : text.toUtf8();
}

std::optional<QByteArray> ComposePanel::composedKey() const
{
    const QString text = m_ui->keyEdit->text();
    return !m_loadedKeyText.isNull() && text == m_loadedKeyText ? m_loadedKey : text.toUtf8();
}

void ComposePanel::sendRequest(const ProduceRequest &request)
{
    QString error;
    const quint64 id = m_session->send(request, &error);
    if (id == 0) {
        // The size helps with "too large", and says what was refused in any case.
        const int bytes =
            int(std::min<qsizetype>(request.value.size() + (request.key ? request.key->size() : 0),
                                    std::numeric_limits<int>::max()));
        const auto line = [bytes, error] {
            return tr("Not sent (%Ln byte(s)): %1", nullptr, bytes).arg(error);
        };
        m_pendingSend = 0;
        showDelivery([line] { return StatusColours::html(StatusColours::Role::Error, line()); });
        showError(line());
        return;
    }
    m_pendingSend = id;
    m_historyPart->history()->addSend(id, request);
    showDelivery(
        [topic = request.topic] { return tr("Sending to \"%1\"…").arg(topic).toHtmlEscaped(); });
}

QString ComposePanel::deliveryLine(const DeliveryReport &report)
{
    if (!report.delivered())
        return report.maybeStored ? tr("To %1: %2").arg(report.topic, report.error)
                                  : tr("Not delivered to %1: %2").arg(report.topic, report.error);
    const QString latency = QString::number(report.latencyUs / 1000.0, 'f', 1);
    if (report.offset < 0)
        return tr("Sent to %1, partition %2 in %3 ms; the offset is unknown: with acks=0 "
                  "the broker does not answer.")
            .arg(report.topic)
            .arg(report.partition)
            .arg(latency);
    if (report.timestampMs < 0)
        return tr("Delivered to %1, partition %2 at offset %3 in %4 ms.")
            .arg(report.topic)
            .arg(report.partition)
            .arg(report.offset)
            .arg(latency);
    return tr("Delivered to %1, partition %2 at offset %3 (%4) in %5 ms.")
        .arg(report.topic)
        .arg(report.partition)
        .arg(report.offset)
        .arg(QDateTime::fromMSecsSinceEpoch(report.timestampMs)
                 .toString(QStringLiteral("HH:mm:ss.zzz")),
             latency);
}

void ComposePanel::onDelivered(const DeliveryReport &report)
{
    m_historyPart->history()->setReport(report);
    const QString line = deliveryLine(report);
    if (report.delivered()) {
        emit logLine(line);
        // A send got through: an earlier failed send or file error is no longer the news.
        emit errorCleared();
    } else {
        showError(line);
    }
    if (report.requestId == m_pendingSend)
        showDelivery([report, schemaId = m_pendingSchemaId] {
            const QString encoded =
                schemaId >= 0 ? QLatin1Char(' ') + tr("(encoded with schema %1)").arg(schemaId)
                              : QString();
            return report.delivered() ? (deliveryLine(report) + encoded).toHtmlEscaped()
                                      : StatusColours::html(StatusColours::Role::Error,
                                                            deliveryLine(report) + encoded);
        });
}

void ComposePanel::showError(const QString &message)
{
    if (!message.isEmpty())
        emit errorOccurred(message);
}

void ComposePanel::showRequest(const ProduceRequest &request)
{
    m_ui->nullKeyCheck->setChecked(!request.key.has_value());
    m_ui->keyEdit->setText(request.key ? QString::fromUtf8(*request.key) : QString());
    m_ui->valueEdit->releaseValue();
    if (request.value.size() > ValueEdit::EditableChars)
        m_ui->valueEdit->holdValue(request.value);
    else
        m_ui->valueEdit->setPlainText(QString::fromUtf8(request.value));
    // Text widgets turn bytes that are not UTF-8 (and NUL) into other characters: keep the
    // bytes, and send them as long as what the widgets show for them is not edited.
    m_loadedKey = request.key.value_or(QByteArray());
    m_loadedKeyText = m_ui->keyEdit->text();
    m_loadedValue = request.value;
    m_loadedValueText = m_ui->valueEdit->toPlainText();
    m_loadedValueIsNull = request.valueIsNull;
    m_ui->headersTable->setRowCount(int(request.headers.size()));
    for (int row = 0; row < request.headers.size(); ++row) {
        const KafkaHeader &header = request.headers.at(row);
        m_ui->headersTable->setItem(row, 0, bytesItem(header.name));
        m_ui->headersTable->setItem(row, 1, bytesItem(header.value, header.valueIsNull));
    }
    // The hint ran while the text was set, before the loaded bytes were known.
    updateJsonHint();
    m_schemaPart->checkValue(composedValue());
    m_ui->composeTabs->setCurrentWidget(m_ui->messageTab);
}

void ComposePanel::composeAgain(const KafkaMessage &message)
{
    ProduceRequest request{.topic = message.topic};
    if (!message.keyIsNull)
        request.key = message.key;
    request.value = message.value;
    request.valueIsNull = message.valueIsNull;
    request.headers = message.headers;
    showRequest(request);
    showTopicChoice(message.topic);
    m_ui->partitionCombo->setCurrentIndex(0); // automatic: the partitioner places it
    m_ui->valueEdit->setFocus();
    emit logLine(tr("The compose box holds offset %1 of partition %2 of \"%3\", to send again.")
                     .arg(message.offset)
                     .arg(message.partition)
                     .arg(message.topic));
}

QString ComposePanel::targetTopic() const
{
    if (m_topicCombo && !m_topicCombo->isHidden())
        return m_topicCombo->currentText();
    return m_session->watchedTopic();
}

void ComposePanel::showTopicChoice(const QString &topic)
{
    QStringList names;
    for (const TopicInfo &info : m_session->topics())
        names << info.name;
    if (!names.contains(topic))
        names.prepend(topic);
    {
        const QSignalBlocker blocker(m_topicCombo);
        m_topicCombo->clear();
        m_topicCombo->addItems(names);
        m_topicCombo->setCurrentText(topic);
    }
    m_topicCombo->show();
    m_ui->composeTopicLabel->hide();
    updateControls();
}

void ComposePanel::hideTopicChoice()
{
    if (m_topicCombo->isHidden())
        return;
    m_topicCombo->hide();
    m_ui->composeTopicLabel->show();
    updateControls();
}
