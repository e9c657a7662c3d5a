#include "valueedit.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>

ValueEdit::ValueEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{}

void ValueEdit::holdValue(const QByteArray &bytes)
{
    m_held = bytes;
    const bool wasHolding = m_holding;
    m_holding = true;
    // A valid UTF-8 prefix cut at a character boundary is shown as text; anything else as
    // a note only (the bytes are sent as they are either way).
    QByteArray shown = bytes.left(ShownBytes);
    while (!shown.isEmpty() && (uchar(shown.back()) & 0xc0) == 0x80)
        shown.chop(1);
    if (!shown.isEmpty() && uchar(shown.back()) >= 0xc0)
        shown.chop(1);
    QString preview = QString::fromUtf8(shown);
    if (preview.toUtf8() != shown || preview.contains(QChar::Null))
        preview = tr("(not text: the bytes are sent as they are)");
    setReadOnly(true);
    setPlainText(tr("%1 bytes, too large to edit here: they are sent exactly as they are. "
                    "Press Delete to clear. The first %2 bytes:")
                     .arg(QLocale().toString(bytes.size()))
                     .arg(QLocale().toString(std::min<qsizetype>(shown.size(), bytes.size()))) +
                 QStringLiteral("\n\n") + preview);
    if (!wasHolding)
        emit holdingChanged(true);
}

void ValueEdit::releaseValue()
{
    if (!m_holding)
        return;
    m_held.clear();
    m_holding = false;
    setReadOnly(false);
    clear();
    emit holdingChanged(false);
}

void ValueEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText()) {
        const QString text = source->text();
        if (document()->characterCount() + text.size() > EditableChars) {
            holdValue(text.toUtf8());
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void ValueEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_holding && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        releaseValue();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}
