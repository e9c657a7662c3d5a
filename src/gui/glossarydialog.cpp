#include "glossarydialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QPointer>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <QWhatsThisClickedEvent>

namespace {
struct Entry
{
    const char *anchor;
    QString term;
    QString text; // rich text: <code> and glossary: links
};

QString link(const char *anchor, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(QLatin1String(GlossaryDialog::LinkScheme), QLatin1String(anchor), text);
}

QString page(const QString &title, const QString &intro, const QList<Entry> &entries)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title.toHtmlEscaped(), intro);
    for (const Entry &e : entries) {
        html += QStringLiteral("<h3><a name=\"%1\"></a>%2</h3><p>%3</p>")
                    .arg(QLatin1String(e.anchor), e.term.toHtmlEscaped(), e.text);
    }
    return html;
}

QList<Entry> glossaryEntries()
{
    return {
        {"topic", GlossaryDialog::tr("Topic"),
         GlossaryDialog::tr(
             "A named stream of messages (Kafka calls them records). Producers write to a "
             "topic, consumers read from it, and the brokers keep it split into %1. Reading a "
             "topic does not empty it.")
             .arg(link("partition", GlossaryDialog::tr("partitions")))},
        {"partition", GlossaryDialog::tr("Partition"),
         GlossaryDialog::tr(
             "One ordered, append-only log of a topic. Kafka keeps the order within a "
             "partition, not across partitions. Each partition has a leader broker that takes "
             "its writes, and may have copies (replicas) on other brokers. A message with a "
             "key goes to the partition its key hashes to, so one key's messages stay in "
             "order, but only while the topic's partition count and the producer's "
             "partitioner stay the same. A %1 gives each partition to one of its members at a "
             "time.")
             .arg(link("consumer-group", GlossaryDialog::tr("consumer group")))},
        {"offset", GlossaryDialog::tr("Offset"),
         GlossaryDialog::tr(
             "A message's number in its partition. The leader gives 0, 1, 2 and so on as it "
             "appends, and never gives a number twice. Offsets are not always consecutive: "
             "compaction removes messages, and transactions write markers that take an offset "
             "but are never shown. An offset names a place in the log; it is not a count of "
             "messages.")},
        {"log-start", GlossaryDialog::tr("Log start"),
         GlossaryDialog::tr(
             "The lowest offset a partition still keeps. Retention (<code>retention.ms</code>, "
             "<code>retention.bytes</code>) deletes the oldest parts of the log and moves the "
             "log start forward; reading never does. A consumer that asks for an offset below "
             "it starts where <code>auto.offset.reset</code> says instead.")},
        {"high-watermark", GlossaryDialog::tr("High watermark"),
         GlossaryDialog::tr(
             "The offset after the last message that every %1 has. Consumers read up to it, "
             "never past it, so a message the leader has but a replica still lacks is not "
             "shown yet. With one broker it is simply the end of the log.")
             .arg(link("in-sync-replicas", GlossaryDialog::tr("in-sync replica")))},
        {"consumer-group", GlossaryDialog::tr("Consumer group"),
         GlossaryDialog::tr(
             "Consumers with the same group id share a topic's partitions: each partition is "
             "read by one member at a time, so more members share the work (up to one member "
             "per partition). The group's %1 say where its members resume. Other groups read "
             "the same messages on their own. TopicDesk's \"browsing, no group\" reads every "
             "partition without a group and commits nothing.")
             .arg(link("commit", GlossaryDialog::tr("committed offsets")))},
        {"generation", GlossaryDialog::tr("Generation"),
         GlossaryDialog::tr(
             "A number the group coordinator raises with every %1. Each assignment belongs to "
             "a generation, and the coordinator refuses a commit from an older generation, so "
             "a member that missed a rebalance cannot commit for partitions it no longer "
             "owns. The log names the generation of each assignment.")
             .arg(link("rebalance", GlossaryDialog::tr("rebalance")))},
        {"rebalance", GlossaryDialog::tr("Rebalance"),
         GlossaryDialog::tr(
             "The group shares out its partitions again when a member joins, leaves, or "
             "stops sending heartbeats for <code>session.timeout.ms</code> (a crash), or when "
             "the topic gets more partitions. In the classic protocol, which TopicDesk's "
             "client library uses, the group coordinator (a broker) gathers the members, one "
             "member, the group leader, computes who gets which partition, and the "
             "coordinator passes that on to everyone. Before a member gives a partition up it "
             "commits what it can; whatever was not committed is read again by whoever gets "
             "the partition next, which may be the same member.")},
        {"commit", GlossaryDialog::tr("Commit (committed offset)"),
         GlossaryDialog::tr(
             "A consumer group keeps, for each partition, the offset of the next message to "
             "read: \"everything before this is done\". Its coordinator writes it to the "
             "internal topic <code>__consumer_offsets</code>. A commit is not per message: "
             "committing offset 8 marks offsets 0 to 7 as done, processed or not. After a "
             "restart or a rebalance, reading resumes at the committed offset; where there is "
             "none, at <code>auto.offset.reset</code> (Kafka's default is the newest message; "
             "TopicDesk's is the earliest). TopicDesk turns your acks into committed offsets, "
             "and shows a row as Committed only once the broker confirms.")},
        {"lag", GlossaryDialog::tr("Lag"),
         GlossaryDialog::tr(
             "How far a group is behind on a partition: the %1 minus the committed offset "
             "(TopicDesk counts from the log start while nothing is committed). It counts "
             "offsets, not messages: compaction gaps and transaction markers make it larger "
             "than the number of messages left to read. A lag that keeps growing means the "
             "group reads more slowly than the producers write.")
             .arg(link("high-watermark", GlossaryDialog::tr("high watermark")))},
        {"acks", GlossaryDialog::tr("acks"),
         GlossaryDialog::tr(
             "A producer setting: how many copies of a message must exist before the leader "
             "answers. 0: nobody answers, so the offset stays unknown. 1: the leader has "
             "written it. all (Java's default since Kafka 3.0, and TopicDesk's): every %1 has "
             "it. It is about producing only; the Ack button in TopicDesk's table is about "
             "consuming, which is something else.")
             .arg(link("in-sync-replicas", GlossaryDialog::tr("in-sync replica")))},
        {"in-sync-replicas", GlossaryDialog::tr("In-sync replicas"),
         GlossaryDialog::tr(
             "The replicas of a partition that are caught up with its leader. With acks=all "
             "the leader answers once all of them have the message, and "
             "<code>min.insync.replicas</code> says how few may be left before such writes "
             "are refused. When the leader fails, a new one is chosen from the in-sync "
             "replicas, so an acknowledged message is not lost. The Sandbox always reports "
             "every replica in sync.")},
        {"idempotence", GlossaryDialog::tr("Idempotence"),
         GlossaryDialog::tr(
             "With <code>enable.idempotence</code> the producer numbers its batches for each "
             "partition, and the broker drops a batch it has already written. A retry after "
             "a lost answer then writes the message once, not twice. It only covers retries "
             "within one producer's life: sending a message again by hand, or after a "
             "restart, still makes a duplicate. It needs acks=all; TopicDesk turns it on with "
             "acks=all, and Java producers have it on by default since Kafka 3.0.")},
        {"at-least-once", GlossaryDialog::tr("At-least-once"),
         GlossaryDialog::tr(
             "A delivery guarantee: nothing is lost, but something may arrive twice. A "
             "consumer processes a message first and commits afterwards; if it stops in "
             "between, the message comes again (Redelivered in the table). A producer that "
             "sends again after \"delivery unknown\" may write a message twice. Committing "
             "before processing gives at-most-once instead: nothing twice, but something may "
             "be lost. Exactly-once needs transactions, or processing that does no harm when "
             "it runs twice.")},
    };
}

QList<Entry> correctionEntries()
{
    return {
        {"no-zookeeper", GlossaryDialog::tr("No ZooKeeper"),
         GlossaryDialog::tr(
             "Kafka 4 runs only in KRaft mode: a small group of controllers (a node can be "
             "both a controller and a broker) keeps the cluster's metadata, such as the "
             "topics, their partitions, each partition's leader and its %1, in a log of its "
             "own that they replicate with the Raft protocol. Kafka 4.0 removed ZooKeeper. "
             "Clients never needed it: they only talk to brokers.")
             .arg(link("in-sync-replicas", GlossaryDialog::tr("in-sync replicas")))},
        {"offsets-in-kafka", GlossaryDialog::tr("Committed offsets are kept in Kafka"),
         GlossaryDialog::tr(
             "A group's %1 are messages in the internal, compacted topic "
             "<code>__consumer_offsets</code>, written by the group's coordinator. Only very "
             "old consumers kept them in ZooKeeper.")
             .arg(link("commit", GlossaryDialog::tr("committed offsets")))},
        {"consumers-pull", GlossaryDialog::tr("Consumers pull; Kafka never pushes"),
         GlossaryDialog::tr(
             "A consumer asks the leaders of its partitions for messages. A broker with "
             "nothing new holds the request for up to <code>fetch.max.wait.ms</code> before "
             "answering: a long poll. So messages appear soon after they are written, but "
             "only because the consumer keeps asking. A paused consumer simply stops "
             "asking.")},
        {"reading-deletes-nothing", GlossaryDialog::tr("Consuming deletes nothing"),
         GlossaryDialog::tr(
             "Reading and committing only move a group's committed offset. The message "
             "stays, and other groups, or this one after a reset, can read it again. Messages "
             "go only when retention deletes old parts of the log (by age or size), or when "
             "compaction keeps just the newest message of each key on a compacted topic; only "
             "then does the %1 move.")
             .arg(link("log-start", GlossaryDialog::tr("log start")))},
        {"keyless-messages", GlossaryDialog::tr("Keyless messages are spread in runs"),
         GlossaryDialog::tr(
             "Java producers since Kafka 2.4 use a sticky partitioner: keyless messages fill "
             "a batch for one partition, then move on to another (since Kafka 3.3, sending "
             "more to faster brokers), rather than one message per partition in turn. "
             "TopicDesk sends with librdkafka, whose default partitioner "
             "(<code>consistent_random</code>) works differently: a key goes to the partition "
             "of its CRC32 hash, where Java uses murmur2, so the same key may land in another "
             "partition (choose murmur2 in the compose panel to match Java); a message without "
             "a key, or with an empty one, goes to a partition picked at random, which is "
             "kept for 10 ms (<code>sticky.partitioning.linger.ms</code>) before another is "
             "picked. TopicDesk's round-robin choice sends each message to the next "
             "partition, key or not.")},
        {"new-group-start", GlossaryDialog::tr("Where a new group starts"),
         GlossaryDialog::tr(
             "A group without committed offsets starts where <code>auto.offset.reset</code> "
             "says. Kafka's default is <code>latest</code>: only messages written after the "
             "consumer joins. TopicDesk's default is the earliest message, so that a lesson "
             "sees what is already there; the connection panel's \"If no commit\" choice "
             "changes it.")},
        {"group-leader",
         GlossaryDialog::tr("The group leader assigns partitions, not the coordinator"),
         GlossaryDialog::tr(
             "In the classic consumer group protocol, the group coordinator (a broker) only "
             "gathers the members and passes on the assignment that one member, the group "
             "leader, computes. Kafka 4's new consumer group protocol (KIP-848) lets the "
             "coordinator compute it and avoids stopping the whole group at each %1. "
             "TopicDesk's client library, librdkafka 2.0, speaks only the classic protocol.")
             .arg(link("rebalance", GlossaryDialog::tr("rebalance")))},
        {"share-groups", GlossaryDialog::tr("Share groups: TopicDesk cannot join them"),
         GlossaryDialog::tr(
             "Kafka 4 adds share groups (KIP-932, \"queues for Kafka\"). Their members "
             "acknowledge single messages (accept, release or reject), the broker counts "
             "each message's deliveries, and several members can read the same partition at "
             "once. TopicDesk's Ack button looks like that, but it is not: TopicDesk's client "
             "library, librdkafka 2.0, cannot join share groups, only classic consumer groups. "
             "So TopicDesk turns your acks into committed offsets, which Kafka keeps per "
             "partition, not per message: with the safe choice an acked message waits until "
             "every earlier one is acked; with the immediate choice it is committed together "
             "with the unacked ones before it.")},
        {"producer-defaults", GlossaryDialog::tr("Safer producer defaults"),
         GlossaryDialog::tr(
             "Since Kafka 3.0 Java producers default to acks=all with %1 on; older tutorials "
             "show acks=1. TopicDesk also sends with acks=all and idempotence unless you "
             "choose otherwise.")
             .arg(link("idempotence", GlossaryDialog::tr("idempotence")))},
    };
}

// Opens the glossary for glossary: links clicked in What's This popups (see
// GlossaryDialog::openLinksFromWhatsThis()).
class WhatsThisLinkOpener final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::WhatsThisClicked || !watched->isWidgetType())
            return false;
        const QUrl url(static_cast<QWhatsThisClickedEvent *>(event)->href());
        if (url.scheme() != QLatin1String(GlossaryDialog::LinkScheme))
            return false;
        // Handled, the popup would stay open (it closes itself only for unhandled links).
        QWhatsThis::hideText();
        GlossaryDialog::showEntry(static_cast<QWidget *>(watched), url.path());
        return true;
    }
};
} // namespace

GlossaryDialog::GlossaryDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_glossary(new QTextBrowser(this))
    , m_corrections(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("glossaryDialog"));
    m_tabs->setObjectName(QStringLiteral("glossaryTabs"));
    m_glossary->setObjectName(QStringLiteral("glossaryBrowser"));
    m_corrections->setObjectName(QStringLiteral("correctionsBrowser"));
    for (QTextBrowser *browser : {m_glossary, m_corrections}) {
        browser->setOpenLinks(false);
        connect(browser, &QTextBrowser::anchorClicked, this, &GlossaryDialog::openLink);
    }
    m_tabs->addTab(m_glossary, QString());
    m_tabs->addTab(m_corrections, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_anchor.clear(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(640, 560);
    retranslate();
}

void GlossaryDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void GlossaryDialog::retranslate()
{
    setWindowTitle(tr("Glossary"));
    m_tabs->setTabText(m_tabs->indexOf(m_glossary), tr("&Glossary"));
    m_tabs->setTabText(m_tabs->indexOf(m_corrections), tr("The &tutorial and today's Kafka"));
    // The pages in the new language, each where the reader was: at the entry last shown, or
    // at the same share of the page.
    for (QTextBrowser *browser : {m_glossary, m_corrections}) {
        QScrollBar *bar = browser->verticalScrollBar();
        const double share = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
        browser->setHtml(browser == m_glossary ? glossaryHtml() : correctionsHtml());
        if (browser == m_tabs->currentWidget() && !m_anchor.isEmpty())
            browser->scrollToAnchor(m_anchor);
        else
            bar->setValue(int(share * bar->maximum()));
    }
}

QString GlossaryDialog::glossaryHtml() const
{
    return page(tr("Glossary"),
                tr("The words TopicDesk's tables, tooltips and log use, in a few sentences "
                   "each."),
                glossaryEntries());
}

QString GlossaryDialog::correctionsHtml() const
{
    return page(tr("The tutorial and today's Kafka"),
                tr("Many Kafka tutorials were written for older versions. This is what holds "
                   "for Kafka 4, and for TopicDesk."),
                correctionEntries());
}

QStringList GlossaryDialog::entryAnchors()
{
    QStringList anchors;
    for (const Entry &e : glossaryEntries())
        anchors << QLatin1String(e.anchor);
    return anchors;
}

GlossaryDialog *GlossaryDialog::showEntry(QWidget *parent, const QString &anchor)
{
    QWidget *window = parent ? parent->window() : nullptr;
    auto *dialog = window
                       ? window->findChild<GlossaryDialog *>(QString(), Qt::FindDirectChildrenOnly)
                       : nullptr;
    if (!dialog)
        dialog = new GlossaryDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->showPage(Page::Glossary, anchor);
    return dialog;
}

GlossaryDialog *GlossaryDialog::showCorrections(QWidget *parent)
{
    GlossaryDialog *dialog = showEntry(parent, {});
    dialog->showPage(Page::Corrections);
    return dialog;
}

void GlossaryDialog::showPage(Page page, const QString &anchor)
{
    QTextBrowser *browser = page == Page::Glossary ? m_glossary : m_corrections;
    m_tabs->setCurrentWidget(browser);
    // An anchor the page does not have shows its top.
    const bool known = page == Page::Glossary
                           ? entryAnchors().contains(anchor)
                           : correctionsHtml().contains(QStringLiteral("name=\"%1\"").arg(anchor));
    m_anchor = known && !anchor.isEmpty() ? anchor : QString();
    if (m_anchor.isEmpty())
        browser->verticalScrollBar()->setValue(0);
    else
        browser->scrollToAnchor(m_anchor);
}

GlossaryDialog::Page GlossaryDialog::currentPage() const
{
    return m_tabs->currentWidget() == m_corrections ? Page::Corrections : Page::Glossary;
}

void GlossaryDialog::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String(LinkScheme))
        showPage(Page::Glossary, url.path());
}

QString GlossaryDialog::whatsThis(const QString &text, const QString &anchor,
                                  const QString &linkText)
{
    return QStringLiteral("<p>%1</p><p><a href=\"%2:%3\">%4</a></p>")
        .arg(text.toHtmlEscaped(), QLatin1String(LinkScheme), anchor, linkText.toHtmlEscaped());
}

QString GlossaryDialog::toolTipHint()
{
    return tr("Press Shift+F1 and click here for more, with a link to the glossary.");
}

void GlossaryDialog::openLinksFromWhatsThis()
{
    static QPointer<WhatsThisLinkOpener> opener;
    if (opener || !qApp)
        return;
    opener = new WhatsThisLinkOpener(qApp);
    qApp->installEventFilter(opener);
}
