// SchemaEncodingPart: the compose box's schema choice (see schemaencodingpart.h).
#include "schemaencodingpart.h"

#include "protobufcodec.h"
#include "schemaregistry.h"
#include "statuscolours.h"
#include "wireformat.h"

#include <QComboBox>
#include <QCompleter>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>

namespace {
constexpr int LatestVersion = -1;

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}
} // namespace

SchemaEncodingPart::SchemaEncodingPart(QWidget *panel, QGridLayout *layout, int row)
    : QObject(panel)
    , m_panel(panel)
    , m_subjectCombo(new QComboBox(panel))
    , m_versionCombo(new QComboBox(panel))
    , m_typeEdit(new QLineEdit(panel))
    , m_refreshButton(new QToolButton(panel))
    , m_infoLabel(new QLabel(panel))
    , m_statusLabel(new QLabel(panel))
{
    m_subjectCombo->setObjectName(QStringLiteral("schemaSubjectCombo"));
    m_subjectCombo->setEditable(true);
    m_subjectCombo->setInsertPolicy(QComboBox::NoInsert);
    m_subjectCombo->completer()->setFilterMode(Qt::MatchContains);
    m_subjectCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_subjectCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_versionCombo->setObjectName(QStringLiteral("schemaVersionCombo"));
    m_versionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeEdit->setObjectName(QStringLiteral("schemaMessageTypeEdit"));
    m_typeEdit->hide();
    m_refreshButton->setObjectName(QStringLiteral("schemaRefreshButton"));
    m_infoLabel->setObjectName(QStringLiteral("schemaInfoLabel"));
    m_infoLabel->setContentsMargins(6, 0, 0, 0);
    m_statusLabel->setObjectName(QStringLiteral("schemaStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::RichText);
    m_statusLabel->hide();

    auto *caption = new QLabel(panel);
    caption->setObjectName(QStringLiteral("schemaCaption"));
    caption->setBuddy(m_subjectCombo);
    auto *choice = new QHBoxLayout;
    choice->setContentsMargins(0, 0, 0, 0);
    choice->addWidget(m_subjectCombo, 2);
    choice->addWidget(m_versionCombo);
    choice->addWidget(m_typeEdit, 1);
    choice->addWidget(m_refreshButton);
    choice->addWidget(m_infoLabel);
    layout->addWidget(caption, row, 0);
    layout->addLayout(choice, row, 1, 1, 2);
    layout->addWidget(m_statusLabel, row + 1, 1, 1, 2);

    m_subjectCombo->addItem(QString()); // "none", named by retranslate()
    m_versionCombo->addItem(QString(), LatestVersion);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SchemaEncodingPart::runCheck);
    connect(m_subjectCombo, &QComboBox::currentTextChanged, this,
            &SchemaEncodingPart::onSubjectChosen);
    connect(m_versionCombo, &QComboBox::currentIndexChanged, this,
            &SchemaEncodingPart::onVersionChosen);
    connect(m_typeEdit, &QLineEdit::textChanged, this, [this] {
        showInfo();
        m_debounce.start();
    });
    connect(m_refreshButton, &QToolButton::clicked, this, &SchemaEncodingPart::refreshSubjects);
    retranslate();
    setRegistry(nullptr);
}

SchemaEncodingPart::~SchemaEncodingPart()
{
    if (m_registry)
        disconnect(m_registry.get(), nullptr, this, nullptr);
}

void SchemaEncodingPart::retranslate()
{
    if (QLabel *caption = m_panel->findChild<QLabel *>(QStringLiteral("schemaCaption")))
        caption->setText(tr("&JSON encoded as:"));
    m_subjectCombo->setItemText(0, tr("none (bytes as typed)"));
    m_subjectCombo->lineEdit()->setPlaceholderText(tr("none (bytes as typed)"));
    m_versionCombo->setItemText(0, tr("latest"));
    m_versionCombo->setToolTip(tr("The subject's version whose schema encodes the value"));
    m_typeEdit->setPlaceholderText(tr("message type (the first)"));
    m_typeEdit->setToolTip(tr("The Protobuf message type the value is, by its full name"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask the schema registry for its subjects again"));
    m_subjectCombo->setToolTip(
        m_registry ? tr("Encode the value with a subject's schema (the JSON typed is checked and "
                        "sent in the registry's format), or none: the bytes as typed")
                   : tr("No schema registry: set one up in the connection panel's Schema "
                        "registry… to encode values with a schema"));
    showInfo();
}

void SchemaEncodingPart::setRegistry(std::shared_ptr<SchemaRegistry> registry)
{
    if (m_registry)
        disconnect(m_registry.get(), nullptr, this, nullptr);
    m_registry = std::move(registry);
    m_subjectsRequest = m_versionsRequest = m_schemaRequest = 0;
    {
        const QSignalBlocker blocker(m_subjectCombo);
        while (m_subjectCombo->count() > 1)
            m_subjectCombo->removeItem(1);
        m_subjectCombo->setCurrentIndex(0);
        m_subjectCombo->setEditText(QString());
    }
    for (QWidget *widget :
         {static_cast<QWidget *>(m_subjectCombo), static_cast<QWidget *>(m_versionCombo),
          static_cast<QWidget *>(m_typeEdit), static_cast<QWidget *>(m_refreshButton)})
        widget->setEnabled(m_registry != nullptr);
    if (m_registry) {
        SchemaRegistry *r = m_registry.get();
        connect(r, &SchemaRegistry::subjectsFetched, this,
                [this](int id, const QStringList &subjects, const QString &error) {
                    if (id != m_subjectsRequest)
                        return;
                    if (!error.isEmpty()) {
                        emit logLine(tr("Schema subjects not fetched: %1").arg(error));
                        if (isActive())
                            return;
                        setStatus(false, tr("The schema registry's subjects: %1").arg(error));
                        return;
                    }
                    const QString typed = m_subjectCombo->currentText();
                    const QSignalBlocker blocker(m_subjectCombo);
                    while (m_subjectCombo->count() > 1)
                        m_subjectCombo->removeItem(1);
                    m_subjectCombo->addItems(subjects);
                    m_subjectCombo->setEditText(typed);
                });
        connect(r, &SchemaRegistry::versionsFetched, this,
                [this](int id, const QString &, const QList<int> &versions, const QString &) {
                    if (id != m_versionsRequest)
                        return;
                    const int chosen = m_versionCombo->currentData().toInt();
                    const QSignalBlocker blocker(m_versionCombo);
                    while (m_versionCombo->count() > 1)
                        m_versionCombo->removeItem(1);
                    for (int v : versions)
                        m_versionCombo->addItem(tr("version %1").arg(v), v);
                    m_versionCombo->setCurrentIndex(std::max(0, m_versionCombo->findData(chosen)));
                });
        connect(r, &SchemaRegistry::subjectSchemaFetched, this,
                [this](int id, const QString &subject, int version,
                       const SchemaRegistry::Lookup &lookup) {
                    if (id != m_schemaRequest)
                        return;
                    m_schemaRequest = 0;
                    if (lookup.state == SchemaRegistry::State::Ready && lookup.codec) {
                        m_codec = lookup.codec;
                        m_schema = lookup.schema;
                        if (m_schema.subject.isEmpty())
                            m_schema.subject = subject;
                        if (m_schema.version < 0)
                            m_schema.version = version;
                        m_schemaError.clear();
                        emit logLine(tr("Values are encoded with %1.").arg(description()));
                    } else {
                        m_schemaError = lookup.error.isEmpty()
                                            ? tr("The registry has no schema for %1.").arg(subject)
                                            : lookup.error;
                    }
                    showInfo();
                    runCheck();
                });
        refreshSubjects();
    }
    onSubjectChosen();
    retranslate();
}

void SchemaEncodingPart::refreshSubjects()
{
    if (m_registry)
        m_subjectsRequest = m_registry->fetchSubjects();
}

bool SchemaEncodingPart::isActive() const
{
    return m_registry && !m_subjectCombo->currentText().trimmed().isEmpty() &&
           m_subjectCombo->currentText() != m_subjectCombo->itemText(0);
}

void SchemaEncodingPart::onSubjectChosen()
{
    m_codec.reset();
    m_schema = {};
    m_checked = false;
    {
        const QSignalBlocker blocker(m_versionCombo);
        while (m_versionCombo->count() > 1)
            m_versionCombo->removeItem(1);
        m_versionCombo->setCurrentIndex(0);
    }
    m_versionsRequest = 0;
    if (isActive()) {
        m_versionsRequest = m_registry->fetchVersions(m_subjectCombo->currentText().trimmed());
        fetchSchema();
    } else {
        m_schemaRequest = 0;
        m_schemaError.clear();
        m_statusLabel->hide();
    }
    showInfo();
    emit changed();
}

void SchemaEncodingPart::onVersionChosen()
{
    m_codec.reset();
    m_schema = {};
    m_checked = false;
    if (isActive())
        fetchSchema();
    showInfo();
    emit changed();
}

void SchemaEncodingPart::fetchSchema()
{
    m_schemaError = tr("Fetching the schema of %1…").arg(m_subjectCombo->currentText().trimmed());
    m_schemaRequest = m_registry->fetchSubjectVersion(m_subjectCombo->currentText().trimmed(),
                                                      m_versionCombo->currentData().toInt());
    setStatus(false, m_schemaError);
}

QString SchemaEncodingPart::description() const
{
    if (!m_codec)
        return {};
    return tr("%1 v%2 (%3, schema %4)")
        .arg(m_schema.subject)
        .arg(m_schema.version)
        .arg(SchemaCodec::typeName(m_codec->type()))
        .arg(m_schema.id);
}

void SchemaEncodingPart::showInfo()
{
    const bool protobuf = m_codec && m_codec->type() == SchemaType::Protobuf;
    m_typeEdit->setVisible(protobuf);
    if (protobuf) {
        if (const auto *proto = dynamic_cast<const ProtobufCodec *>(m_codec.get())) {
            auto *completer = new QCompleter(proto->messageTypes(), m_typeEdit);
            delete m_typeEdit->completer();
            m_typeEdit->setCompleter(completer);
        }
    }
    m_infoLabel->setText(m_codec ? tr("%1, schema %2, v%3")
                                       .arg(SchemaCodec::typeName(m_codec->type()))
                                       .arg(m_schema.id)
                                       .arg(m_schema.version)
                                 : QString());
}

SchemaEncodingPart::Encoder SchemaEncodingPart::encoder() const
{
    if (!isActive() || !m_codec)
        return {};
    return [codec = m_codec, id = m_schema.id, typeName = m_typeEdit->text().trimmed()](
               const QByteArray &json, QString *error) -> QByteArray {
        if (!isUtf8(json)) {
            *error = tr("The value is not UTF-8 text: a schema encodes JSON text.");
            return {};
        }
        const SchemaCodec::Encoded encoded = codec->encode(json, typeName);
        if (!encoded.ok()) {
            *error = encoded.error;
            return {};
        }
        error->clear();
        return codec->type() == SchemaType::Protobuf
                   ? WireFormat::frameProtobuf(id, encoded.messageIndexes, encoded.payload)
                   : WireFormat::frame(id, encoded.payload);
    };
}

QString SchemaEncodingPart::blockReason() const
{
    if (!isActive())
        return {};
    if (!m_codec)
        return m_schemaError;
    if (!m_checked || m_debounce.isActive())
        return tr("Checking the value against %1…").arg(description());
    return m_checkError.isEmpty()
               ? QString()
               : tr("The value does not match %1: %2").arg(description(), m_checkError);
}

void SchemaEncodingPart::checkValue(const QByteArray &value)
{
    m_value = value;
    m_checked = false;
    if (isActive()) {
        m_debounce.start();
        emit changed();
    }
}

void SchemaEncodingPart::runCheck()
{
    m_debounce.stop();
    const Encoder encode = encoder();
    if (!encode) {
        if (isActive())
            setStatus(false, m_schemaError);
        emit changed();
        return;
    }
    // Off the GUI thread: a large value takes a while to check. Only the newest answer counts.
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_checkError = watcher->result();
        m_checked = true;
        setStatus(m_checkError.isEmpty(),
                  m_checkError.isEmpty()
                      ? tr("Matches %1.").arg(description())
                      : tr("Does not match %1: %2").arg(description(), m_checkError));
        emit changed();
    });
    watcher->setFuture(QtConcurrent::run([encode, value = m_value] {
        QString error;
        encode(value, &error);
        return error;
    }));
    emit changed();
}

void SchemaEncodingPart::setStatus(bool ok, const QString &text)
{
    StatusColours::setLabelText(
        m_statusLabel, ok ? StatusColours::Role::Success : StatusColours::Role::Warning, text);
    m_statusLabel->setVisible(!text.isEmpty());
}
