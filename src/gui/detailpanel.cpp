#include "detailpanel.h"

#include "currentrowfollower.h"

#include "messagecommand.h"
#include "messagedecoder.h"
#include "messagejson.h"
#include "messagetablemodel.h"
#include "payloadpane.h"
#include "payloadview.h"
#include "schemaregistry.h"
#include "statuscolours.h"

#include <QAbstractItemView>
#include <QAction>
#include <QChildEvent>
#include <QClipboard>
#include <QDateTime>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Bytes that go through the clipboard as text unchanged.
bool isClipboardText(QByteArrayView bytes)
{
    return !bytes.contains('\0') && PayloadView::firstInvalidUtf8(bytes) < 0;
}

QString sizeText(qsizetype bytes)
{
    return PayloadView::byteCount(bytes);
}
} // namespace

DetailPanel::DetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_topicLabel(valueLabel(QStringLiteral("topicLabel"), this))
    , m_partitionLabel(valueLabel(QStringLiteral("partitionLabel"), this))
    , m_offsetLabel(valueLabel(QStringLiteral("offsetLabel"), this))
    , m_timestampLabel(valueLabel(QStringLiteral("timestampLabel"), this))
    , m_headersLabel(new QLabel(this))
    , m_copyButton(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_keyPane(new PayloadPane(QStringLiteral("key"), QString(), QString(), this))
    , m_valuePane(new PayloadPane(QStringLiteral("value"), QString(), QString(), this))
    , m_headersTable(new QTableWidget(this))
    , m_copyKeyAction(new QAction(this))
    , m_copyValueAction(new QAction(this))
    , m_copyHeadersAction(new QAction(this))
    , m_copyJsonAction(new QAction(this))
    , m_copySendCommandAction(new QAction(this))
    , m_copyKcatCommandAction(new QAction(this))
{
    m_copyKeyAction->setObjectName(QStringLiteral("copyKeyAction"));
    m_copyValueAction->setObjectName(QStringLiteral("copyValueAction"));
    m_copyHeadersAction->setObjectName(QStringLiteral("copyHeadersAction"));
    m_copyJsonAction->setObjectName(QStringLiteral("copyJsonAction"));
    m_copySendCommandAction->setObjectName(QStringLiteral("copySendCommandAction"));
    m_copyKcatCommandAction->setObjectName(QStringLiteral("copyKcatCommandAction"));
    const QList<QAction *> copyActions = {m_copyKeyAction,         m_copyValueAction,
                                          m_copyHeadersAction,     m_copyJsonAction,
                                          m_copySendCommandAction, m_copyKcatCommandAction};
    for (QAction *action : copyActions)
        action->setParent(this);

    auto *copyMenu = new QMenu(this);
    copyMenu->setObjectName(QStringLiteral("detailCopyMenu"));
    copyMenu->setToolTipsVisible(true);
    copyMenu->addActions(copyActions);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setMenu(copyMenu);

    m_keyPane->setContextActions(copyActions);
    m_valuePane->setContextActions(copyActions);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addActions(copyActions);

    m_headersTable->setObjectName(QStringLiteral("headersTable"));
    m_headersTable->setColumnCount(3);
    m_headersTable->verticalHeader()->hide();
    m_headersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headersTable->setWordWrap(false);
    m_headersTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_headersTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_headersTable->addActions(copyActions);
    m_headersTable->setMinimumHeight(m_headersTable->fontMetrics().lineSpacing() * 3 + 8);
    m_headersLabel->setObjectName(QStringLiteral("headersLabel"));

    auto *facts = new QGridLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setHorizontalSpacing(8);
    for (int i = 0; i < 4; ++i)
        m_captions << new QLabel(this);
    facts->addWidget(m_captions.at(0), 0, 0);
    facts->addWidget(m_topicLabel, 0, 1);
    facts->addWidget(m_captions.at(1), 0, 2);
    facts->addWidget(m_partitionLabel, 0, 3);
    facts->addWidget(m_copyButton, 0, 4, 2, 1, Qt::AlignRight | Qt::AlignTop);
    facts->addWidget(m_captions.at(2), 1, 0);
    facts->addWidget(m_timestampLabel, 1, 1);
    facts->addWidget(m_captions.at(3), 1, 2);
    facts->addWidget(m_offsetLabel, 1, 3);
    facts->setColumnStretch(1, 1);

    auto *headers = new QWidget(this);
    auto *headersLayout = new QVBoxLayout(headers);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->setSpacing(3);
    headersLayout->addWidget(m_headersLabel);
    headersLayout->addWidget(m_headersTable, 1);

    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // The same least height whichever way it is split, so that the window's layout does not
    // change with the orientation.
    m_splitter->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_splitter->addWidget(m_keyPane);
    m_splitter->addWidget(m_valuePane);
    m_splitter->addWidget(headers);
    // Room that comes or goes is the value's.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(facts);
    layout->addWidget(m_splitter, 1);

    connect(m_copyKeyAction, &QAction::triggered, this, [this] { copyBytes(m_message.key); });
    connect(m_copyValueAction, &QAction::triggered, this, [this] { copyBytes(m_message.value); });
    connect(m_copyHeadersAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(MessageJson::headersToJson(m_message.headers)));
    });
    connect(m_copyJsonAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(MessageJson::toJson(m_message)));
    });
    connect(m_copySendCommandAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(MessageCommand::topicdeskSend(m_message).command);
    });
    connect(m_copyKcatCommandAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(MessageCommand::kcatProduce(m_message).command);
    });
    retranslate();
    clear();
}

void DetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // What the message's facts say (the panes render again on their own).
        if (m_hasMessage) {
            showTimestamp();
            showHeaders();
        } else {
            m_headersLabel->setText(QStringLiteral("<b>%1</b>").arg(tr("Headers").toHtmlEscaped()));
        }
        updateActions();
    } else if (event->type() == QEvent::PaletteChange && m_hasMessage) {
        showHeaders(); // the headers' muted notes take the colour of the moment
    }
    QWidget::changeEvent(event);
}

void DetailPanel::retranslate()
{
    m_captions.at(0)->setText(tr("Topic:"));
    m_captions.at(1)->setText(tr("Partition:"));
    m_captions.at(2)->setText(tr("Timestamp:"));
    m_captions.at(3)->setText(tr("Offset:"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the key, the value, the headers or the whole message"));
    m_keyPane->setTexts(tr("Key"), tr("Null: the message has no key."));
    m_valuePane->setTexts(tr("Value"), tr("Null: the message has no value. On a compacted "
                                          "topic that makes it a tombstone, which deletes the "
                                          "key's older messages."));
    m_headersTable->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Size")});
    m_copyKeyAction->setText(tr("Copy &key"));
    m_copyValueAction->setText(tr("Copy &value"));
    m_copyHeadersAction->setText(tr("Copy &headers"));
    m_copyJsonAction->setText(tr("Copy as &JSON"));
    m_copySendCommandAction->setText(tr("Copy as topicdesk &send command"));
    m_copyKcatCommandAction->setText(tr("Copy as k&cat command"));
    m_copyHeadersAction->setToolTip(
        tr("Copies the headers as a JSON array of names and values, in order"));
    m_copyJsonAction->setToolTip(
        tr("Copies the whole message as one line of JSON, as the export writes it"));
}

void DetailPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation orientation = width() > height() * 2 ? Qt::Horizontal : Qt::Vertical;
    if (orientation == m_splitter->orientation() && m_splitter->property("sized").toBool())
        return;
    m_splitter->setOrientation(orientation);
    m_splitter->setProperty("sized", true);
    // The value gets most of the room; key and headers what they need to be read.
    const int total = orientation == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
    m_splitter->setSizes(orientation == Qt::Horizontal
                             ? QList<int>{total / 4, total / 2, total / 4}
                             : QList<int>{total / 8, total * 5 / 8, total / 4});
}

void DetailPanel::follow(QAbstractItemView *view, const MessageTableModel *messages)
{
    delete m_follower;
    m_messages = messages;
    m_follower = new CurrentRowFollower(view, messages, this);
    connect(m_follower, &CurrentRowFollower::currentChanged, this, &DetailPanel::showCurrent);
    showCurrent();
}

void DetailPanel::showCurrent()
{
    if (!m_follower)
        return;
    const int row = m_follower->currentRow();
    if (row < 0) {
        clear();
        return;
    }
    const KafkaMessage message = m_messages->message(row);
    // The same message again (a filter changed, the table re-sorted): nothing to redo.
    if (m_hasMessage && message.partition == m_message.partition &&
        message.offset == m_message.offset && message.topic == m_message.topic)
        return;
    setMessage(message);
}

void DetailPanel::clear()
{
    m_message = {};
    m_hasMessage = false;
    for (QLabel *label : {m_topicLabel, m_partitionLabel, m_offsetLabel, m_timestampLabel})
        label->setText(QStringLiteral("–"));
    m_keyPane->clear();
    m_valuePane->clear();
    m_headersTable->setRowCount(0);
    m_headersLabel->setText(QStringLiteral("<b>%1</b>").arg(tr("Headers").toHtmlEscaped()));
    updateActions();
}

void DetailPanel::setMessage(const KafkaMessage &message)
{
    m_message = message;
    m_hasMessage = true;
    m_topicLabel->setText(message.topic.isEmpty() ? QStringLiteral("–") : message.topic);
    m_partitionLabel->setText(message.partition >= 0 ? QLocale().toString(message.partition)
                                                     : QStringLiteral("–"));
    m_offsetLabel->setText(message.offset >= 0 ? QString::number(message.offset)
                                               : QStringLiteral("–"));
    showTimestamp();
    m_keyPane->setBytes(message.key, message.keyIsNull);
    m_valuePane->setBytes(message.value, message.valueIsNull);
    showDecoded();
    showHeaders();
    updateActions();
}

void DetailPanel::setDecoder(std::shared_ptr<MessageDecoder> decoder)
{
    m_decoder = std::move(decoder);
    if (m_hasMessage)
        setMessage(KafkaMessage(m_message));
}

std::shared_ptr<MessageDecoder> DetailPanel::decoder() const
{
    if (m_decoder)
        return m_decoder;
    return m_messages ? m_messages->decoder() : nullptr;
}

void DetailPanel::showDecoded()
{
    const std::shared_ptr<MessageDecoder> decoder = this->decoder();
    const SchemaRegistry *registry = decoder ? decoder->registry().get() : nullptr;
    if (registry != m_registry) {
        disconnect(m_schemaArrived);
        m_registry = registry;
        if (registry)
            m_schemaArrived = connect(registry, &SchemaRegistry::schemaArrived, this,
                                      &DetailPanel::onSchemaArrived);
    }
    if (!decoder)
        return;
    if (!m_message.keyIsNull)
        m_keyPane->setDecoding(decoder->decode(m_message.key)); // local schemas are for values
    if (!m_message.valueIsNull && !m_message.value.isEmpty())
        m_valuePane->setDecoding(decoder->decode(m_message.value, m_message.topic));
}

void DetailPanel::onSchemaArrived(int schemaId)
{
    // Only a pane waiting for (or failed on) this schema is shown again.
    for (PayloadPane *pane : {m_keyPane, m_valuePane}) {
        if (!pane->hasDecoding() || pane->decoding().schemaId != schemaId)
            continue;
        const KafkaMessage &m = m_message;
        if (const std::shared_ptr<MessageDecoder> decoder = this->decoder())
            pane->setDecoding(pane == m_keyPane ? decoder->decode(m.key) // local: values only
                                                : decoder->decode(m.value, m.topic));
    }
}

void DetailPanel::showTimestamp()
{
    const KafkaMessage &message = m_message;
    if (message.timestampMs < 0 || message.timestampType == TimestampType::None) {
        m_timestampLabel->setText(tr("none"));
        m_timestampLabel->setToolTip({});
    } else {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(message.timestampMs);
        const QString type = message.timestampType == TimestampType::LogAppendTime
                                 ? tr("log-append time, set by the broker")
                                 : tr("create time, set by the producer");
        m_timestampLabel->setText(QStringLiteral("%1 (%2)").arg(
            time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), type));
        m_timestampLabel->setToolTip(tr("%1 UTC, %2 ms since 1970")
                                         .arg(time.toUTC().toString(Qt::ISODateWithMs))
                                         .arg(message.timestampMs));
    }
}

void DetailPanel::showHeaders()
{
    const QList<KafkaHeader> &headers = m_message.headers;
    m_headersTable->setRowCount(int(headers.size()));
    qsizetype total = 0;
    const QColor muted = StatusColours::colour(StatusColours::Role::Muted, palette());
    for (int row = 0; row < headers.size(); ++row) {
        const KafkaHeader &h = headers.at(row);
        total += h.name.size() + h.value.size();
        const auto bytesItem = [](const QByteArray &bytes) {
            auto *item = new QTableWidgetItem;
            if (isClipboardText(bytes)) {
                item->setText(QString::fromUtf8(bytes));
            } else {
                // Never replacement characters: bytes that are not text are shown as hex.
                item->setText(tr("hex: %1").arg(QString::fromLatin1(bytes.toHex(' '))));
            }
            item->setToolTip(item->text().left(2000));
            return item;
        };
        m_headersTable->setItem(row, 0, bytesItem(h.name));
        QTableWidgetItem *value = nullptr;
        if (h.valueIsNull) {
            value = new QTableWidgetItem(tr("null"));
            value->setForeground(muted);
            QFont italic = value->font();
            italic.setItalic(true);
            value->setFont(italic);
        } else {
            value = bytesItem(h.value);
            if (h.value.isEmpty()) {
                value->setText(tr("(empty)"));
                value->setForeground(muted);
            }
        }
        m_headersTable->setItem(row, 1, value);
        auto *size = new QTableWidgetItem(h.valueIsNull ? tr("null") : sizeText(h.value.size()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_headersTable->setItem(row, 2, size);
    }
    m_headersTable->resizeColumnToContents(0);
    m_headersTable->resizeColumnToContents(2);
    m_headersLabel->setText(
        headers.isEmpty() ? QStringLiteral("<b>%1</b> — %2").arg(tr("Headers"), tr("none"))
                          : QStringLiteral("<b>%1</b> — %2, %3")
                                .arg(tr("Headers"),
                                     (headers.size() == 1 ? tr("1 header")
                                                          : tr("%1 headers").arg(headers.size())),
                                     sizeText(total).toHtmlEscaped()));
}

void DetailPanel::updateActions()
{
    // (Not looking at the bytes here: a value may be megabytes, and selecting a row must stay
    // quick.)
    const auto bytesTip = [](const QString &what, bool isNull) {
        if (isNull)
            return tr("The %1 is null: there is nothing to copy").arg(what);
        return tr("Copies the whole %1: as text, or as hex when it is not text (the raw bytes "
                  "go along for programs that take them)")
            .arg(what);
    };
    m_copyKeyAction->setEnabled(m_hasMessage && !m_message.keyIsNull);
    m_copyKeyAction->setToolTip(bytesTip(tr("key"), m_message.keyIsNull));
    m_copyValueAction->setEnabled(m_hasMessage && !m_message.valueIsNull);
    m_copyValueAction->setToolTip(bytesTip(tr("value"), m_message.valueIsNull));
    m_copyHeadersAction->setEnabled(m_hasMessage && !m_message.headers.isEmpty());
    m_copyJsonAction->setEnabled(m_hasMessage);
    const MessageCommand::Line send = MessageCommand::topicdeskSend(m_message);
    m_copySendCommandAction->setEnabled(m_hasMessage && send.refusal.isEmpty());
    m_copySendCommandAction->setToolTip(
        send.refusal.isEmpty() ? tr("Copies a topicdesk send command line that sends this "
                                    "message again (brokers from $KAFKA_BROKERS)")
                               : send.refusal);
    const MessageCommand::Line kcat = MessageCommand::kcatProduce(m_message);
    m_copyKcatCommandAction->setEnabled(m_hasMessage && kcat.refusal.isEmpty());
    m_copyKcatCommandAction->setToolTip(
        kcat.refusal.isEmpty() ? tr("Copies a kcat -P command line that sends this message "
                                    "again (brokers from $KAFKA_BROKERS)")
                               : kcat.refusal);
    m_copyButton->setEnabled(m_hasMessage);
}

void DetailPanel::copyBytes(const QByteArray &bytes)
{
    if (isClipboardText(bytes)) {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(bytes));
        return;
    }
    auto *mime = new QMimeData;
    mime->setText(QString::fromLatin1(bytes.toHex(' ')));
    mime->setData(QStringLiteral("application/octet-stream"), bytes);
    QGuiApplication::clipboard()->setMimeData(mime);
}
