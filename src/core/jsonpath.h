// JsonPath: a path into a JSON document, as a column of the message table takes one from each
// message's value: `$` (the whole document), `.name`, `['any name']` / `["any name"]` (names
// with dots, spaces or quotes; \' \" and \\ escaped) and `[n]` (an array element). Parsed
// once, then evaluated on many documents; a path that does not parse says why in plain words.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    struct Step
    {
        QString name; // an object member, when index < 0
        int index = -1;
        bool operator==(const Step &) const = default;
    };

    JsonPath() = default;
    // The parsed path; std::nullopt and *error (plain words, with the character) when text is
    // not a path.
    static std::optional<JsonPath> parse(const QString &text, QString *error = nullptr);

    // The text the path was parsed from.
    const QString &text() const { return m_text; }
    const QList<Step> &steps() const { return m_steps; }

    // The value at the path in root, or std::nullopt when it is not there.
    std::optional<QJsonValue> find(const QJsonValue &root) const;
    // The value at the path in a JSON text (an object or an array at the top), or
    // std::nullopt when the bytes are not JSON or the path is not in them.
    std::optional<QJsonValue> find(QByteArrayView json) const;

    // A found value as a cell shows it: a string unquoted, a number or true/false/null as
    // JSON writes it, an object or array as compact JSON.
    static QString toText(const QJsonValue &value);
    // What a found value sorts by: qint64 or double for numbers, the text otherwise.
    static QVariant toSortKey(const QJsonValue &value);

    // Paths up to this long are accepted (a path is typed, not generated).
    static constexpr qsizetype MaxLength = 1000;

    bool operator==(const JsonPath &other) const { return m_steps == other.m_steps; }

private:
    QString m_text;
    QList<Step> m_steps;
};
