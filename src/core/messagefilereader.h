// MessageFileReader: records to send from a file: one value per line, or JSON Lines (the
// MessageJson format, as `topicdesk consume --format json` and the export write it) where each
// line is an object with "value" and/or "key", and optionally "headers" (kept in their order)
// and "partition" (used when given). Blocking: run it off the GUI thread for large files.
#pragma once

#include "producerequest.h"

#include <QCoreApplication>

class MessageFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(MessageFileReader)

public:
    struct Result
    {
        QList<ProduceRequest> requests;
        bool jsonLines = false;
        QString error; // the first problem, with its line number; nothing is sent then
    };

    static Result read(const QString &path, const QString &topic);
    // The same for text already in memory (what read() does after opening the file).
    static Result parse(const QByteArray &content, const QString &topic);
};
