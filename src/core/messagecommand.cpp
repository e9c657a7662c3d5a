#include "messagecommand.h"

#include "payloadview.h"

namespace {
bool argumentSafe(QByteArrayView bytes)
{
    return !bytes.contains('\0') && PayloadView::firstInvalidUtf8(bytes) < 0;
}

bool tooLong(QByteArrayView bytes)
{
    return bytes.size() > MessageCommand::MaxArgumentBytes;
}
} // namespace

QString MessageCommand::shellQuote(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString MessageCommand::commonRefusal(const KafkaMessage &m)
{
    if (m.valueIsNull)
        return tr("The value is null (a tombstone, on a compacted topic), which a command line "
                  "cannot send.");
    // Checked first: it is quick, and a long value is not scanned.
    if (tooLong(m.value) || tooLong(m.key))
        return tr("The key or value is longer than a command line argument may be (%1). Use "
                  "Copy as JSON instead.")
            .arg(PayloadView::byteCount(MaxArgumentBytes));
    if (!argumentSafe(m.value))
        return tr("The value holds a NUL byte or bytes that are not UTF-8, which a command line "
                  "cannot carry. Use Copy as JSON instead.");
    if (!m.keyIsNull && !argumentSafe(m.key))
        return tr("The key holds a NUL byte or bytes that are not UTF-8, which a command line "
                  "cannot carry. Use Copy as JSON instead.");
    for (const KafkaHeader &h : m.headers) {
        if (h.valueIsNull)
            return tr("The header \"%1\" has a null value, which a command line cannot send.")
                .arg(argumentSafe(h.name) ? QString::fromUtf8(h.name) : tr("(not text)"));
        if (tooLong(h.name) || tooLong(h.value))
            return tr("A header is longer than a command line argument may be (%1).")
                .arg(PayloadView::byteCount(MaxArgumentBytes));
        if (!argumentSafe(h.name) || !argumentSafe(h.value))
            return tr("A header holds a NUL byte or bytes that are not UTF-8, which a command "
                      "line cannot carry. Use Copy as JSON instead.");
        if (h.name.isEmpty() || h.name.contains('='))
            return tr("A header name is empty or holds \"=\", which NAME=VALUE cannot say.");
    }
    return {};
}

MessageCommand::Line MessageCommand::topicdeskSend(const KafkaMessage &m)
{
    Line line;
    line.refusal = commonRefusal(m);
    if (!line.refusal.isEmpty())
        return line;
    QStringList args{QStringLiteral("topicdesk send"),
                     QStringLiteral("--topic ") + shellQuote(m.topic.toUtf8())};
    if (m.partition >= 0)
        args << QStringLiteral("--partition %1").arg(m.partition);
    if (!m.keyIsNull)
        args << QStringLiteral("--key ") + shellQuote(m.key);
    for (const KafkaHeader &h : m.headers)
        args << QStringLiteral("--header ") + shellQuote(h.name + '=' + h.value);
    // A value starting with "-" would be read as an option (a lone "-" as standard input).
    if (m.value.startsWith('-'))
        args << QStringLiteral("--");
    args << shellQuote(m.value);
    line.command = args.join(QLatin1Char(' '));
    return line;
}

MessageCommand::Line MessageCommand::kcatProduce(const KafkaMessage &m)
{
    Line line;
    line.refusal = commonRefusal(m);
    if (line.refusal.isEmpty() && (m.value.contains('\n') || m.value.contains('\r')))
        line.refusal = tr("The value holds a line break: kcat -P reads one message per line.");
    if (line.refusal.isEmpty() && !m.keyIsNull && m.key.isEmpty())
        line.refusal = tr("The key is empty, which kcat sends as no key at all.");
    if (!line.refusal.isEmpty())
        return line;
    QStringList args{QStringLiteral("printf '%s\\n'"), shellQuote(m.value),
                     QStringLiteral("| kcat -P -b \"$KAFKA_BROKERS\" -t") + QLatin1Char(' ') +
                         shellQuote(m.topic.toUtf8())};
    if (m.partition >= 0)
        args << QStringLiteral("-p %1").arg(m.partition);
    if (!m.keyIsNull)
        args << QStringLiteral("-k ") + shellQuote(m.key);
    for (const KafkaHeader &h : m.headers)
        args << QStringLiteral("-H ") + shellQuote(h.name + '=' + h.value);
    line.command = args.join(QLatin1Char(' '));
    return line;
}
