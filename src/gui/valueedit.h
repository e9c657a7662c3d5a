// ValueEdit: the compose box's value editor. A plain text editor for what a person types, which
// holds a value too large to lay out (a pasted or loaded value over EditableChars characters,
// e.g. a 2 MB JSON document on one line, which QPlainTextEdit lays out in quadratic time and
// would freeze the window for minutes) as bytes, read-only, showing its size and its beginning.
// Delete or Backspace lets go of a held value and makes the editor editable again.
#pragma once

#include <QPlainTextEdit>

class ValueEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ValueEdit(QWidget *parent = nullptr);

    static constexpr qsizetype EditableChars = 256 * 1024;
    static constexpr qsizetype ShownBytes = 4096;

    // Holds bytes to send unchanged; the editor shows a summary and is read-only.
    void holdValue(const QByteArray &bytes);
    // Lets go of a held value: the editor is empty and editable again.
    void releaseValue();
    bool isHoldingValue() const { return m_holding; }
    const QByteArray &heldValue() const { return m_held; }

signals:
    void holdingChanged(bool holding);

protected:
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QByteArray m_held;
    bool m_holding = false;
};
