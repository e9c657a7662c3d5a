// PayloadPane: one key or value in the detail pane: its size, a choice of view (text, JSON,
// hex dump, Base64; the best one is picked from the bytes for each new message) and the
// rendering. Large values never stall the window: up to SyncBytes they are rendered at once,
// larger ones on a worker thread while the first screen of their bytes is shown already (the
// Decoded view's pretty JSON and hex dump alike, by the size of the JSON or the bytes); and
// the text widget gets the rendering page by page (the next page when scrolled to the end or
// on "Show more"), so a 10 MB value costs the GUI thread one page at a time.
// A key or value in the schema registry's format also gets a Decoded view (the one shown when
// decoding worked or the schema is on its way): a line naming the schema, then the record as
// pretty JSON; or why it could not be decoded, over the hex dump with the byte where reading
// stopped marked.
#pragma once

#include "messagedecoder.h"
#include "payloadview.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class JsonHighlighter;
class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class PayloadPane final : public QWidget
{
    Q_OBJECT
public:
    // name: "key" or "value", the prefix of the child widgets' objectNames; nullNote: what a
    // null key or value means.
    PayloadPane(const QString &name, const QString &title, const QString &nullNote,
                QWidget *parent = nullptr);

    // Shows new bytes in their best view. isNull: Kafka's null (no key, a tombstone value).
    void setBytes(const QByteArray &bytes, bool isNull);
    void clear();
    // The title and the note for a null, in the current language (the owner sets them again
    // on a language change, before the pane renders again in its own).
    void setTexts(const QString &title, const QString &nullNote);
    // Shows the bytes in mode (Auto: the best one).
    void setMode(PayloadView::Mode mode);
    // The view shown (never Auto once a rendering has arrived; Json or Hex in the Decoded view).
    PayloadView::Mode mode() const { return m_rendering.mode; }
    // What the schema registry's decoder makes of the bytes (after setBytes): adds the Decoded
    // view, and shows it unless the bytes are not in the registry's format (NotFramed) or
    // another view was chosen for them. A new result for the same bytes (the schema arrived)
    // replaces the one shown.
    void setDecoding(const MessageDecoder::Result &result);
    bool hasDecoding() const { return m_hasDecoding; }
    const MessageDecoder::Result &decoding() const { return m_decoding; }
    // Shows the Decoded view (when there is a decoding).
    void showDecoded();
    bool showsDecoded() const { return m_showDecoded; }
    // The first line of the Decoded view: the schema, or why the bytes are not decoded.
    QString decodedHeader() const;
    // The combo box's item data of the Decoded view (the others hold a PayloadView::Mode).
    static constexpr int DecodedItem = 100;
    // True while a large value (or its decoded JSON, or its hex dump under a reason) is being
    // rendered on a worker thread.
    bool isRendering() const { return m_watcher.isRunning(); }
    // Added under the text's own Copy and Select All in its context menu.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    // Adds the next page of the rendering to the text; false when all of it is shown.
    bool showMore();

    // Values (and decoded JSON) up to this size are rendered on the GUI thread, at once.
    static constexpr qsizetype SyncBytes = 256 * 1024;
    // How many characters the text widget gets at a time.
    static constexpr qsizetype PageChars = 32 * 1024;

signals:
    // A rendering was shown (at once or from the worker).
    void rendered();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The pane's own texts, then the bytes rendered again: the notes are in the new language.
    void retranslate();
    void render();
    // Lets go of the rendering under way (cancelled if it has not started).
    void dropRendering();
    void show(const PayloadView::Rendering &rendering);
    // While source is rendered on the worker: its first screen, as hex when hex (or when it is
    // not text), and a note saying it is being formatted.
    void showHead(const QByteArray &source, bool hex);
    void updateSizeLabel();
    void updateMoreButton();
    // The Decoded view's combo item, there only while there is a decoding.
    void updateDecodedItem();
    // In the hex dump of the Decoded view: the byte where reading stopped, when shown.
    void markErrorByte();

    QString m_title;
    QString m_nullNote;
    QLabel *m_titleLabel;
    QComboBox *m_modeCombo;
    QLabel *m_note;
    QPushButton *m_showHexButton;
    QPlainTextEdit *m_text;
    QPushButton *m_moreButton;
    JsonHighlighter *m_highlighter;
    // One rendering at a time, on a thread of its own: renderings of rows passed by quickly
    // are cancelled before they start and never hold up the application's other work.
    QThreadPool m_pool;
    QFutureWatcher<PayloadView::Rendering> m_watcher;
    QByteArray m_bytes;
    bool m_isNull = true;
    bool m_hasBytes = false;
    PayloadView::Mode m_requested = PayloadView::Mode::Auto;
    PayloadView::Rendering m_rendering;
    qsizetype m_shownChars = 0;
    QList<QAction *> m_contextActions;
    MessageDecoder::Result m_decoding;
    bool m_hasDecoding = false;
    bool m_showDecoded = false;
};
