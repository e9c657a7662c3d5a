// GlossaryDialog: Help → Glossary and Help → "The tutorial and today's Kafka". The first page
// explains, in a few sentences each, the words the tables, tooltips and log use (topic,
// partition, offset, high watermark, commit, lag, acks ...); the second says what older
// tutorials get wrong about Kafka 4 and what TopicDesk's client library can and cannot do.
// Each entry has an anchor. Other widgets link to an entry from their What's This text with a
// glossary:<anchor> link (see whatsThis()); openLinksFromWhatsThis() makes those links open the
// window's glossary at that entry.
#pragma once

#include <QDialog>
#include <QStringList>

class QTabWidget;
class QTextBrowser;

class GlossaryDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Glossary, Corrections };

    explicit GlossaryDialog(QWidget *parent = nullptr);

    // The glossary of parent's window (made on first use, then shown again), raised, at the
    // entry with this anchor (one of entryAnchors()); returns it.
    static GlossaryDialog *showEntry(QWidget *parent, const QString &anchor);
    // The same dialog at the page "The tutorial and today's Kafka".
    static GlossaryDialog *showCorrections(QWidget *parent);

    void showPage(Page page, const QString &anchor = {});
    Page currentPage() const;
    // The anchor last scrolled to (empty: the top of the page).
    QString currentAnchor() const { return m_anchor; }

    // The anchors of the glossary's entries, in their order on the page.
    static QStringList entryAnchors();
    // A What's This text: text (plain, escaped here), then a link to the glossary entry.
    static QString whatsThis(const QString &text, const QString &anchor, const QString &linkText);
    // The sentence a tooltip ends with when its widget or header has such a What's This text.
    static QString toolTipHint();
    // Installs (once) an application-wide filter that opens the glossary when a glossary: link
    // in a What's This popup is clicked. A QWhatsThisClickedEvent goes to the widget whose
    // popup it is, and only an application filter sees those of every widget.
    static void openLinksFromWhatsThis();

    static constexpr auto LinkScheme = "glossary";

protected:
    void changeEvent(QEvent *event) override;

private:
    // The title, tab names and both pages, at the start and again after a language change.
    void retranslate();
    void openLink(const QUrl &url);
    QString glossaryHtml() const;
    QString correctionsHtml() const;

    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_glossary = nullptr;
    QTextBrowser *m_corrections = nullptr;
    QString m_anchor;
};
