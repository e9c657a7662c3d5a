// WireFormat: the schema registry's framing of a key or value: a 0x00 magic byte, the schema id
// as a 4-byte big-endian integer, for Protobuf the message indexes (a zigzag varint count, then
// that many zigzag varint indexes; a single 0 byte stands for {0}), then the encoded record.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

class WireFormat
{
    Q_DECLARE_TR_FUNCTIONS(WireFormat)

public:
    static constexpr char MagicByte = 0;
    static constexpr int HeaderSize = 5; // magic byte and schema id

    enum class Error { None, Empty, NoMagicByte, Truncated, BadMessageIndexes };

    // The schema id of framed data, or Error (Empty, NoMagicByte, Truncated).
    static Error parseHeader(QByteArrayView data, int *schemaId);
    // Protobuf's message indexes starting at data[offset]; *consumed: how many bytes they took.
    static Error parseMessageIndexes(QByteArrayView data, qsizetype offset, QList<int> *indexes,
                                     qsizetype *consumed);
    // Header + (Protobuf: message indexes, {0} written as the single byte 0) + payload.
    static QByteArray frame(int schemaId, QByteArrayView payload);
    static QByteArray frameProtobuf(int schemaId, const QList<int> &messageIndexes,
                                    QByteArrayView payload);

    static QString errorText(Error error); // plain words
};
