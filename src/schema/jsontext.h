// JsonText: JSON text as the schema codecs take it from users and payloads: any JSON value
// (Qt's parser alone takes only objects and arrays) with the place where it stops being JSON,
// that place as a line and column, and the text without the whitespace between its tokens.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)

public:
    // Any JSON value. On failure: *offset (inside text or at its end) where the parser stopped
    // and *error what it found there, in plain words.
    static bool parse(QByteArrayView text, QJsonValue *value, qsizetype *offset, QString *error);
    // "line L, column C" (from 1, columns in characters) of a byte offset, for people who typed.
    static QString lineAndColumn(QByteArrayView text, qsizetype offset);
    // Valid JSON text without the whitespace between its tokens; strings and numbers untouched.
    static QByteArray compact(QByteArrayView json);
};
