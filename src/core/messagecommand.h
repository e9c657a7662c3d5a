// MessageCommand: a consumed record as a shell command line that sends it again, either
// `topicdesk send --topic T --partition P --key K --header N=V 'VALUE'` or the equivalent
// `printf '%s\n' 'VALUE' | kcat -P -b "$KAFKA_BROKERS" -t T -p P -k K -H N=V` (both take the
// brokers from $KAFKA_BROKERS). Every argument is quoted in single quotes, a ' inside written
// as '\'', so no byte of a key, value or header is ever read by the shell ($(), `, \, ! and
// line breaks included).
// A command line cannot carry every record: a NUL byte cannot be in an argument, bytes that are
// not UTF-8 cannot go through the clipboard as text, a null value (tombstone) or a header with
// a null value cannot be given to either tool, a header name with '=' would be cut there, and
// kcat -P reads one message per line, so a value with a line break cannot be given to it, and
// Linux takes no argument longer than MaxArgumentBytes.
// For those the command is empty and `refusal` says why in plain words (the detail pane shows
// it on the disabled action); Copy as JSON is lossless for every record.
#pragma once

#include "kafkamessage.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class MessageCommand final
{
    Q_DECLARE_TR_FUNCTIONS(MessageCommand)

public:
    struct Line
    {
        QString command; // empty when refused
        QString refusal; // why there is no command; empty when there is one
    };

    static Line topicdeskSend(const KafkaMessage &m);
    static Line kcatProduce(const KafkaMessage &m);
    // bytes in single quotes for a POSIX shell. bytes must be UTF-8 without NUL.
    static QString shellQuote(QByteArrayView bytes);
    // The longest argument Linux passes to a program (MAX_ARG_STRLEN, 32 pages), less room for
    // "--header name=".
    static constexpr qsizetype MaxArgumentBytes = 128 * 1024 - 1024;

private:
    // Why m cannot be written on a command line for either tool, or an empty string.
    static QString commonRefusal(const KafkaMessage &m);
};
