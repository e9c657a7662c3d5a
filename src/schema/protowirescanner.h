// ProtoWireScanner: reads Protobuf's wire format (tags, varints, fixed-size and length-delimited
// fields, groups) field by field, following the message type's descriptor into nested messages,
// to say where bytes that libprotobuf refused stop making sense, and why, in plain words.
// libprotobuf's parser reports only that it failed; ProtobufCodec asks this scanner for the rest.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace google::protobuf {
class Descriptor;
}

class ProtoWireScanner
{
    Q_DECLARE_TR_FUNCTIONS(ProtoWireScanner)

public:
    struct Problem
    {
        qsizetype offset = -1; // base + the byte offset in data; -1: the scan found nothing
        QString reason;        // plain words; empty when the scan found nothing wrong
    };

    // The first problem in data read as a message of type, nesting at most maxDepth messages.
    // base: where data begins in the whole value; every byte number in the reason, and offset,
    // count from the whole value's start.
    static Problem scan(const google::protobuf::Descriptor *type, QByteArrayView data, int maxDepth,
                        qsizetype base = 0);
};
