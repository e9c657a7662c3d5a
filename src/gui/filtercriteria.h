// FilterCriteria: what the messages panel's filter asks of a row: text or a regular expression
// in the key, the value, the header values or JSON columns (a path into the value), partitions, an
// offset range, a time range and row states. Its Matcher tests rows of a MessageTableModel against
// it; a Matcher is used by one thread at a time, so filtering threads each make their own.
// Keys and values the table decodes (schema registry framing) are matched as their JSON.
#pragma once

#include "jsonpath.h"
#include "messagetablemodel.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringDecoder>

struct FilterCriteria
{
    Q_DECLARE_TR_FUNCTIONS(FilterCriteria)

public:
    enum Field : quint8 { KeyField = 1, ValueField = 2, HeadersField = 4, AllFields = 7 };
    static constexpr quint8 AllStates = 0x3f; // the six MessageTableModel::State bits
    static constexpr quint8 stateBit(MessageTableModel::State state)
    {
        return quint8(1u << quint8(state));
    }

    QString text;
    bool regularExpression = false;
    bool caseSensitive = false;
    quint8 fields = AllFields;
    // JSON columns searched too: the text at each path of the value (JsonPath::toText).
    QList<JsonPath> jsonPaths;
    QList<qint32> partitions; // empty: every partition
    qint64 offsetFrom = -1;   // -1: no bound
    qint64 offsetTo = -1;
    qint64 timeFrom = -1; // milliseconds since the epoch, -1: no bound
    qint64 timeTo = -1;
    quint8 states = AllStates; // stateBit() of each state shown

    bool operator==(const FilterCriteria &other) const = default;
    // True when every row passes the criteria other than the state.
    bool matchesAnyContent() const;
    // True when every row passes.
    bool isEmpty() const { return matchesAnyContent() && states == AllStates; }
    // What is wrong with the criteria in plain words (an invalid regular expression), or
    // empty. Criteria with an error are not applied.
    QString error() const;

    class Matcher;
};

// Tests rows against criteria; one per thread.
class FilterCriteria::Matcher
{
public:
    explicit Matcher(const FilterCriteria &criteria);
    // Everything but the row's state.
    bool matchesContent(const MessageTableModel &messages, int row) const;
    bool matchesState(MessageTableModel::State state) const
    {
        return m_criteria.states & stateBit(state);
    }
    // An ASCII text that every match of a regular expression contains (a cheap first test), or
    // empty when none can be told safely.
    static QByteArray requiredLiteral(const QString &pattern, bool caseSensitive);

private:
    bool matchesBytes(QByteArrayView bytes) const;
    // Whether the text at one of the JSON paths of value matches.
    bool matchesJson(QByteArrayView value) const;
    // Whether the value's bytes may hold a match at a JSON path (a first test before parsing).
    bool mayMatchJson(QByteArrayView value) const;
    // Whether bytes contain needle (ASCII) in any case.
    static bool containsAnyCase(QByteArrayView bytes, const QByteArray &needle);

    FilterCriteria m_criteria;
    QByteArray m_needle;  // the text as UTF-8
    bool m_ascii = false; // the needle is ASCII: searched in the bytes in any case
    bool m_hasText = false;
    QByteArray m_literal; // regular expressions: see requiredLiteral()
    // The bytes a match at a JSON path must contain when the value has no escape: the needle or
    // the literal, when it is printable ASCII that JSON writes as it is; empty: no first test.
    QByteArray m_jsonLiteral;
    bool m_jsonLiteralNumeric = false; // m_jsonLiteral could be part of a rewritten number
    QRegularExpression m_expression;
    // The bytes a regular expression looks at, as UTF-16 (reused: one Matcher, one thread).
    mutable QStringDecoder m_decoder{QStringDecoder::Utf8};
    mutable QString m_decoded;
};
