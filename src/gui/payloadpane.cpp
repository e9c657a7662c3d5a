#include "payloadpane.h"

#include "decodedtext.h"
#include "jsonhighlighter.h"
#include "statuscolours.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {
// How many bytes of a large value are shown while the whole of it is being rendered.
constexpr qsizetype HeadBytes = 16 * 1024;
} // namespace

PayloadPane::PayloadPane(const QString &name, const QString &title, const QString &nullNote,
                         QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_nullNote(nullNote)
    , m_titleLabel(new QLabel(this))
    , m_modeCombo(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_showHexButton(new QPushButton(this))
    , m_text(new QPlainTextEdit(this))
    , m_moreButton(new QPushButton(this))
    , m_highlighter(new JsonHighlighter(this))
{
    setObjectName(name + QStringLiteral("Pane"));
    m_titleLabel->setObjectName(name + QStringLiteral("SizeLabel"));
    m_modeCombo->setObjectName(name + QStringLiteral("ModeCombo"));
    m_note->setObjectName(name + QStringLiteral("Note"));
    m_showHexButton->setObjectName(name + QStringLiteral("ShowHexButton"));
    m_text->setObjectName(name + QStringLiteral("Text"));
    m_moreButton->setObjectName(name + QStringLiteral("MoreButton"));

    using Mode = PayloadView::Mode;
    for (const Mode mode : {Mode::Text, Mode::Json, Mode::Hex, Mode::Base64})
        m_modeCombo->addItem(QString(), int(mode));
    // Wide enough for the Decoded entry, which comes and goes.
    m_modeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setUndoRedoEnabled(false);
    // Small enough for the details to share the window's top row with the compose box.
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 2 + 8);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_titleLabel, 1);
    top->addWidget(m_modeCombo);
    auto *noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(0, 0, 0, 0);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_showHexButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addLayout(noteRow);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_moreButton, 0, Qt::AlignLeft);

    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = m_text->createStandardContextMenu(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        if (!m_contextActions.isEmpty()) {
            menu->addSeparator();
            menu->addActions(m_contextActions);
        }
        menu->popup(m_text->viewport()->mapToGlobal(pos));
    });
    connect(m_modeCombo, &QComboBox::activated, this, [this](int index) {
        const int item = m_modeCombo->itemData(index).toInt();
        if (item == DecodedItem)
            showDecoded();
        else
            setMode(PayloadView::Mode(item));
    });
    connect(m_showHexButton, &QPushButton::clicked, this, [this] { setMode(Mode::Hex); });
    connect(m_moreButton, &QPushButton::clicked, this, &PayloadPane::showMore);
    // Scrolled to the end, the next page comes by itself.
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value > 0 && value == m_text->verticalScrollBar()->maximum())
            showMore();
    });
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<PayloadView::Rendering>::finished, this, [this] {
        if (!m_watcher.isCanceled())
            show(m_watcher.result());
    });
    retranslate();
}

void PayloadPane::setTexts(const QString &title, const QString &nullNote)
{
    m_title = title;
    m_nullNote = nullNote;
    retranslate();
}

void PayloadPane::retranslate()
{
    m_showHexButton->setText(tr("Show as hex"));
    for (int i = 0; i < m_modeCombo->count(); ++i) {
        const int item = m_modeCombo->itemData(i).toInt();
        m_modeCombo->setItemText(i, item == DecodedItem
                                        ? tr("Decoded")
                                        : PayloadView::modeName(PayloadView::Mode(item)));
    }
    m_modeCombo->setToolTip(tr("How to show the %1's bytes").arg(m_title.toLower()));
    m_text->setPlaceholderText(tr("No message selected."));
    m_moreButton->setToolTip(tr("Show the next part of the %1").arg(m_title.toLower()));
    if (!m_hasBytes) {
        clear();
        return;
    }
    // The notes come with the rendering: render again, in the view chosen.
    updateSizeLabel();
    render();
}

void PayloadPane::dropRendering()
{
    QFuture<PayloadView::Rendering> running = m_watcher.future();
    m_watcher.setFuture({});
    running.cancel();
}

void PayloadPane::clear()
{
    dropRendering();
    m_bytes.clear();
    m_isNull = true;
    m_hasBytes = false;
    m_requested = PayloadView::Mode::Auto;
    m_rendering = {};
    m_decoding = {};
    m_hasDecoding = false;
    m_showDecoded = false;
    updateDecodedItem();
    m_shownChars = 0;
    m_highlighter->setDocument(nullptr);
    m_text->clear();
    m_titleLabel->setText(QStringLiteral("<b>%1</b>").arg(m_title.toHtmlEscaped()));
    m_modeCombo->setEnabled(false);
    m_note->hide();
    m_showHexButton->hide();
    m_moreButton->hide();
}

void PayloadPane::setBytes(const QByteArray &bytes, bool isNull)
{
    clear();
    m_bytes = bytes;
    m_isNull = isNull;
    m_hasBytes = true;
    updateSizeLabel();
    render();
}

void PayloadPane::setMode(PayloadView::Mode mode)
{
    if (!m_hasBytes)
        return;
    m_requested = mode;
    m_showDecoded = false;
    render();
}

void PayloadPane::updateSizeLabel()
{
    const QString size = m_isNull ? tr("null") : PayloadView::byteCount(m_bytes.size());
    m_titleLabel->setText(
        QStringLiteral("<b>%1</b> — %2").arg(m_title.toHtmlEscaped(), size.toHtmlEscaped()));
}

void PayloadPane::setDecoding(const MessageDecoder::Result &result)
{
    if (!m_hasBytes || m_isNull)
        return;
    using Status = MessageDecoder::Result::Status;
    const bool wasShown = m_showDecoded;
    m_decoding = result;
    m_hasDecoding = true;
    updateDecodedItem();
    // Shown when it says something about framed bytes, unless the user chose another view.
    if (wasShown || (m_requested == PayloadView::Mode::Auto && result.status != Status::NotFramed))
        showDecoded();
}

void PayloadPane::updateDecodedItem()
{
    const int at = m_modeCombo->findData(DecodedItem);
    if (m_hasDecoding && at < 0)
        m_modeCombo->insertItem(0, tr("Decoded"), DecodedItem);
    else if (!m_hasDecoding && at >= 0)
        m_modeCombo->removeItem(at);
}

QString PayloadPane::decodedHeader() const
{
    return m_hasDecoding ? DecodedText::header(m_decoding, m_bytes.size()) : QString();
}

void PayloadPane::showDecoded()
{
    if (!m_hasDecoding || m_isNull)
        return;
    dropRendering();
    m_showDecoded = true;
    // The decoded record as pretty JSON, or the bytes as a hex dump for the reason over it.
    const bool decoded = m_decoding.status == MessageDecoder::Result::Status::Decoded;
    const QByteArray source = decoded ? m_decoding.json : m_bytes;
    const auto format = [decoded, source, note = decodedHeader()] {
        PayloadView::Rendering r;
        r.mode = decoded ? PayloadView::Mode::Json : PayloadView::Mode::Hex;
        r.text = decoded ? PayloadView::prettyJson(source) : PayloadView::hexDump(source);
        r.note = note;
        return r;
    };
    if (source.size() <= SyncBytes) {
        show(format());
        return;
    }
    showHead(source, !decoded);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, format));
}

void PayloadPane::markErrorByte()
{
    QList<QTextEdit::ExtraSelection> marks;
    const qsizetype at = m_decoding.errorOffset;
    if (m_showDecoded && m_decoding.status == MessageDecoder::Result::Status::Failed && at >= 0 &&
        at < m_bytes.size()) {
        // The hex dump's line of the byte, its two digits and its character on the right.
        const int line = int(at / PayloadView::HexBytesPerLine);
        const int k = int(at % PayloadView::HexBytesPerLine);
        const QTextBlock block = m_text->document()->findBlockByNumber(line);
        if (block.isValid()) {
            QTextCharFormat format;
            format.setBackground(StatusColours::colour(StatusColours::Role::Warning, palette()));
            format.setForeground(palette().color(QPalette::Base));
            format.setFontWeight(QFont::Bold);
            const int hexColumn = 10 + 3 * k + (k >= PayloadView::HexBytesPerLine / 2 ? 1 : 0);
            const int charColumn = 10 + 3 * PayloadView::HexBytesPerLine + 3 + k;
            for (const auto &[column, length] : {std::pair{hexColumn, 2}, {charColumn, 1}}) {
                QTextEdit::ExtraSelection mark;
                mark.cursor = QTextCursor(block);
                mark.cursor.setPosition(block.position() + column);
                mark.cursor.setPosition(block.position() + column + length,
                                        QTextCursor::KeepAnchor);
                mark.format = format;
                marks << mark;
            }
        }
    }
    m_text->setExtraSelections(marks);
}

void PayloadPane::render()
{
    if (m_showDecoded) {
        showDecoded();
        return;
    }
    dropRendering();
    if (m_isNull) {
        m_modeCombo->setEnabled(false);
        PayloadView::Rendering r;
        r.note = m_nullNote;
        show(r);
        return;
    }
    m_modeCombo->setEnabled(true);
    if (m_bytes.size() <= SyncBytes) {
        show(PayloadView::render(m_bytes, m_requested));
        return;
    }
    showHead(m_bytes,
             m_requested == PayloadView::Mode::Hex || m_requested == PayloadView::Mode::Base64);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [bytes = m_bytes, mode = m_requested] {
        return PayloadView::render(bytes, mode);
    }));
}

void PayloadPane::showHead(const QByteArray &source, bool hex)
{
    // The first screen at once: the head of what is rendered, as text when it is text, else as
    // hex.
    const QByteArrayView head = QByteArrayView(source).first(HeadBytes);
    const qsizetype bad = PayloadView::firstInvalidUtf8(head);
    const bool asHex = hex || (bad >= 0 && bad < head.size() - 3);
    m_highlighter->setDocument(nullptr);
    m_text->setExtraSelections({}); // the byte marked in another value's hex dump
    m_text->setLineWrapMode(asHex ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(asHex ? PayloadView::hexDump(head)
                               : QString::fromUtf8(head.first(bad >= 0 ? bad : head.size())));
    m_note->setText(tr("Formatting %1…").arg(QLocale().formattedDataSize(source.size())));
    // No view is chosen until the rendering is there.
    m_modeCombo->setCurrentIndex(-1);
    m_modeCombo->setEnabled(false);
    m_note->setStyleSheet({});
    m_note->show();
    m_showHexButton->hide();
    m_moreButton->hide();
}

void PayloadPane::show(const PayloadView::Rendering &rendering)
{
    using Mode = PayloadView::Mode;
    m_rendering = rendering;
    m_shownChars = 0;
    m_modeCombo->setCurrentIndex(
        m_modeCombo->findData(m_showDecoded ? DecodedItem : int(rendering.mode)));
    m_modeCombo->setEnabled(!m_isNull);
    const bool json = rendering.mode == Mode::Json;
    // Highlighting follows the text as it is added, page by page.
    m_highlighter->setDocument(json ? m_text->document() : nullptr);
    m_text->setLineWrapMode(rendering.mode == Mode::Hex ? QPlainTextEdit::NoWrap
                                                        : QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(rendering.mode == Mode::Base64
                                ? QTextOption::WrapAnywhere
                                : QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->clear();
    QString note = rendering.note;
    if (note.isEmpty() && !m_isNull && m_bytes.isEmpty())
        note = tr("Empty: 0 bytes (not null).");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    using Status = MessageDecoder::Result::Status;
    const bool problem =
        m_showDecoded
            ? m_decoding.status == Status::Failed || m_decoding.status == Status::NotFramed
            : rendering.badUtf8At >= 0 || rendering.note.startsWith(tr("Not valid")) ||
                  rendering.mode == Mode::Hex;
    m_note->setStyleSheet(
        problem ? QStringLiteral("color: %1")
                      .arg(StatusColours::colour(StatusColours::Role::Warning, palette()).name())
                : QString());
    m_showHexButton->setVisible(rendering.badUtf8At >= 0);
    if (!showMore())
        markErrorByte(); // nothing to show: no mark left from before
    m_text->moveCursor(QTextCursor::Start);
    emit rendered();
}

bool PayloadPane::showMore()
{
    const QString &text = m_rendering.text;
    if (m_shownChars >= text.size()) {
        updateMoreButton();
        return false;
    }
    qsizetype length = std::min(PageChars, text.size() - m_shownChars);
    if (m_shownChars + length < text.size()) {
        // End a page at a line end when there is one near, else not inside a surrogate pair.
        const qsizetype lineEnd = text.lastIndexOf(QLatin1Char('\n'), m_shownChars + length - 1);
        if (lineEnd > m_shownChars + length / 2)
            length = lineEnd + 1 - m_shownChars;
        else if (text[m_shownChars + length - 1].isHighSurrogate())
            --length;
    }
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text.mid(m_shownChars, length));
    m_shownChars += length;
    updateMoreButton();
    // The byte where reading stopped may be on the page just added.
    markErrorByte();
    return true;
}

void PayloadPane::updateMoreButton()
{
    const qsizetype total = m_rendering.text.size();
    m_moreButton->setVisible(m_shownChars < total);
    if (m_shownChars < total)
        m_moreButton->setText(tr("Show more (%1% shown)")
                                  .arg(QLocale().toString(m_shownChars * 100.0 / total, 'f',
                                                          m_shownChars * 10 < total ? 1 : 0)));
}

void PayloadPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
