// DecodedText: the words the window uses for a key or value the schema registry's decoder read
// (MessageDecoder::Result): the schema it was decoded with, the detail pane's header line and
// the table's tooltip, or why it could not be decoded.
#pragma once

#include "messagedecoder.h"

#include <QCoreApplication>
#include <QString>

class DecodedText final
{
    Q_DECLARE_TR_FUNCTIONS(DecodedText)

public:
    // "Avro · schema 7 · orders-value v2 · com.acme.Order" (what is known of it; a local schema
    // file's: "Avro · order.avsc · shop.Order").
    static QString summary(const MessageDecoder::Result &result);
    // The detail pane's first line: "Avro · schema id 7 · subject orders-value, version 2 ·
    // com.acme.Order" (a local schema file's: "Avro · file order.avsc · shop.Order"), "Fetching
    // schema 7 from the registry…", or why it is not decoded (every byte number counted from the
    // value's first byte). valueSize: the size of the value shown in the hex dump under it; the
    // byte where reading stopped is said to be marked there when it is one of the value's bytes.
    static QString header(const MessageDecoder::Result &result, qsizetype valueSize = -1);
    // The table cell's tooltip: what it was decoded with, that the schema is on its way, or why
    // it is not decoded. Empty for bytes not in the registry's format without a reason.
    static QString toolTip(const MessageDecoder::Result &result);
};
