// MessageCsv: records as CSV (RFC 4180: fields with commas, quotes or line ends quoted, quotes
// doubled, "\r\n" line ends), for a spreadsheet. Columns: topic, partition, offset, timestamp,
// timestampType, key, keyEncoding, value, valueEncoding, headers. Key and value follow the JSON
// Lines rule (MessageJson): text when valid UTF-8, else Base64 with "base64" in the encoding
// column; a null key or value is an empty field with "null" in its encoding column. headers is
// the JSON array MessageJson writes (empty when there are none).
#pragma once

#include "kafkamessage.h"

#include <QByteArray>

class MessageCsv final
{
public:
    // The column names, ending in "\r\n".
    static QByteArray headerLine();
    // One record, ending in "\r\n".
    static QByteArray toLine(const KafkaMessage &m);
};
