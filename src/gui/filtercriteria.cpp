#include "filtercriteria.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace {
QRegularExpression::PatternOptions optionsFor(bool caseSensitive)
{
    return caseSensitive ? QRegularExpression::NoPatternOption
                         : QRegularExpression::CaseInsensitiveOption;
}

constexpr char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

constexpr char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Whether text at a JSON path that contains literal must have it in the value's bytes as they
// are (when they hold no escape): printable ASCII without the characters JSON escapes or that
// separate tokens (a literal spanning tokens could differ in the compact text of an object).
bool jsonWritesAsIs(QByteArrayView literal)
{
    if (literal.isEmpty())
        return false;
    for (const char c : literal) {
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
            return false;
        switch (c) {
        case '\\':
        case '"':
        case ',':
        case ':':
        case '[':
        case ']':
        case '{':
        case '}':
            return false;
        default:
            break;
        }
    }
    return true;
}

// Whether literal could be part of a number as JsonPath::toText() writes it (digits, point,
// sign, exponent).
bool couldBeNumber(QByteArrayView literal)
{
    for (const char c : literal) {
        if (!isDigit(c) && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E')
            return false;
    }
    return true;
}

// Whether a number in bytes may be written otherwise by JsonPath::toText(): with an exponent
// (1e3 shows as 1000) or more digits than a double holds (rounded).
bool numbersMayBeRewritten(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        if (!isDigit(bytes[i])) {
            ++i;
            continue;
        }
        int digits = 0;
        for (; i < size && (isDigit(bytes[i]) || bytes[i] == '.'); ++i)
            digits += bytes[i] == '.' ? 0 : 1;
        if (digits >= 16 || (i < size && (bytes[i] == 'e' || bytes[i] == 'E')))
            return true;
    }
    return false;
}
} // namespace

bool FilterCriteria::matchesAnyContent() const
{
    return (text.isEmpty() || (fields == 0 && jsonPaths.isEmpty())) && partitions.isEmpty() &&
           offsetFrom < 0 && offsetTo < 0 && timeFrom < 0 && timeTo < 0;
}

QString FilterCriteria::error() const
{
    if (regularExpression && !text.isEmpty()) {
        const QRegularExpression expression(text, optionsFor(caseSensitive));
        if (!expression.isValid())
            return tr("This regular expression is not valid: %1 (at character %2). "
                      "The filter is unchanged.")
                .arg(expression.errorString())
                .arg(expression.patternErrorOffset() + 1);
    }
    if (offsetFrom >= 0 && offsetTo >= 0 && offsetFrom > offsetTo)
        return tr("The first offset is above the last one.");
    if (timeFrom >= 0 && timeTo >= 0 && timeFrom > timeTo)
        return tr("The start time is after the end time.");
    return {};
}

FilterCriteria::Matcher::Matcher(const FilterCriteria &criteria)
    : m_criteria(criteria)
    , m_hasText(!criteria.text.isEmpty() && (criteria.fields != 0 || !criteria.jsonPaths.isEmpty()))
{
    if (!m_hasText)
        return;
    if (criteria.regularExpression) {
        m_expression = QRegularExpression(criteria.text, optionsFor(criteria.caseSensitive));
        m_expression.optimize();
        m_literal = requiredLiteral(criteria.text, criteria.caseSensitive);
    } else {
        m_needle = criteria.text.toUtf8();
        m_ascii =
            std::all_of(m_needle.cbegin(), m_needle.cend(), [](char c) { return uchar(c) < 0x80; });
    }
    const QByteArray &literal = criteria.regularExpression ? m_literal : m_needle;
    if (!criteria.jsonPaths.isEmpty() && jsonWritesAsIs(literal)) {
        m_jsonLiteral = literal;
        m_jsonLiteralNumeric = couldBeNumber(literal);
    }
}

bool FilterCriteria::Matcher::containsAnyCase(QByteArrayView bytes, const QByteArray &needle)
{
    // An ASCII needle: no byte of a multi-byte UTF-8 character is ASCII, so the bytes are
    // searched as they are, the first byte's candidates found with memchr (in both cases).
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    const auto restMatches = [&](qsizetype at) {
        for (qsizetype i = 1; i < n; ++i) {
            if (asciiLower(data[at + i]) != asciiLower(needle[i]))
                return false;
        }
        return true;
    };
    const char lower = asciiLower(needle.at(0));
    const char upper = asciiUpper(needle.at(0));
    const char firsts[] = {lower, upper};
    for (int k = 0; k < (lower == upper ? 1 : 2); ++k) {
        for (qsizetype at = 0; at + n <= size;) {
            const void *found = std::memchr(data + at, firsts[k], size_t(size - n + 1 - at));
            if (!found)
                break;
            at = static_cast<const char *>(found) - data;
            if (restMatches(at))
                return true;
            ++at;
        }
    }
    return false;
}

QByteArray FilterCriteria::Matcher::requiredLiteral(const QString &pattern, bool caseSensitive)
{
    // Conservative: only patterns without alternation, inline options or quoting, read token
    // by token; the longest run of plain ASCII characters that nothing makes optional.
    if (pattern.contains(QLatin1Char('|')) || pattern.contains(QLatin1String("(?")) ||
        pattern.contains(QLatin1String("\\Q")))
        return {};
    QByteArray best;
    QByteArray run;
    const auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = pattern.at(i);
        char literal = 0;
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= n)
                return {};
            const QChar next = pattern.at(++i);
            if (next.unicode() >= 0x80 || next.unicode() < 0x20 || next.isLetterOrNumber()) {
                endRun(); // \d, \w, \x{..}, a back reference...
                continue;
            }
            literal = char(next.unicode());
        } else if (c == QLatin1Char('[')) {
            endRun();
            // Up to the class's end; a ']' first in the class is part of it.
            qsizetype j = i + 1;
            if (j < n && pattern.at(j) == QLatin1Char('^'))
                ++j;
            if (j < n && pattern.at(j) == QLatin1Char(']'))
                ++j;
            for (; j < n && pattern.at(j) != QLatin1Char(']'); ++j) {
                if (pattern.at(j) == QLatin1Char('\\'))
                    ++j;
            }
            i = j;
            continue;
        } else if (c == QLatin1Char('(')) {
            endRun();
            // A group may be optional or repeated: skipped whole.
            int depth = 1;
            qsizetype j = i + 1;
            for (; j < n && depth > 0; ++j) {
                if (pattern.at(j) == QLatin1Char('\\'))
                    ++j;
                else if (pattern.at(j) == QLatin1Char('('))
                    ++depth;
                else if (pattern.at(j) == QLatin1Char(')'))
                    --depth;
            }
            i = j - 1;
            continue;
        } else if (c == QLatin1Char('?') || c == QLatin1Char('*') || c == QLatin1Char('{')) {
            // The character before may be absent (or repeated: {n,m} is skipped whole).
            if (!run.isEmpty())
                run.chop(1);
            endRun();
            if (c == QLatin1Char('{')) {
                const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
                if (close < 0)
                    return {};
                i = close;
            }
            continue;
        } else if (c == QLatin1Char('+') || c == QLatin1Char('.') || c == QLatin1Char('^') ||
                   c == QLatin1Char('$') || c == QLatin1Char(')') || c == QLatin1Char('}') ||
                   c == QLatin1Char(']') || c.unicode() >= 0x80 || c.unicode() < 0x20) {
            endRun();
            continue;
        } else {
            literal = char(c.unicode());
        }
        // Without case, k and s also match the Kelvin sign and the long s: not plain ASCII.
        if (!caseSensitive && (asciiLower(literal) == 'k' || asciiLower(literal) == 's')) {
            endRun();
            continue;
        }
        run.append(literal);
    }
    endRun();
    return best.size() >= 2 ? best : QByteArray();
}

bool FilterCriteria::Matcher::matchesBytes(QByteArrayView bytes) const
{
    if (m_criteria.regularExpression) {
        // A first test on the bytes: the text every match contains.
        if (!m_literal.isEmpty() && !(m_criteria.caseSensitive ? bytes.indexOf(m_literal) >= 0
                                                               : containsAnyCase(bytes, m_literal)))
            return false;
        // Decoded into the same buffer row after row (no allocation per row), and matched
        // without PCRE's validity check: the decoder's UTF-16 is valid.
        if (m_decoded.size() < bytes.size())
            m_decoded.resize(bytes.size());
        m_decoder.resetState();
        const QChar *end = m_decoder.appendToBuffer(m_decoded.data(), bytes);
        const QStringView subject(m_decoded.constData(), end - m_decoded.constData());
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        return m_expression
            .matchView(subject, 0, QRegularExpression::NormalMatch,
                       QRegularExpression::DontCheckSubjectStringMatchOption)
            .hasMatch();
#else
        return m_expression
            .match(subject, 0, QRegularExpression::NormalMatch,
                   QRegularExpression::DontCheckSubjectStringMatchOption)
            .hasMatch();
#endif
    }
    if (m_criteria.caseSensitive)
        return bytes.indexOf(m_needle) >= 0; // UTF-8 in UTF-8: a byte search finds it
    if (m_ascii)
        return containsAnyCase(bytes, m_needle);
    return QString::fromUtf8(bytes).contains(m_criteria.text, Qt::CaseInsensitive);
}

bool FilterCriteria::Matcher::mayMatchJson(QByteArrayView value) const
{
    // A match in a string's text is in the bytes as they are unless the value has an escape
    // (\u00e9, \"); in a number, unless the number is written with an exponent or too many
    // digits; an object's or array's compact text only loses spaces between tokens, which a
    // literal that JSON writes as it is never spans.
    if (m_jsonLiteral.isEmpty() || std::memchr(value.data(), '\\', size_t(value.size())))
        return true;
    if (m_criteria.caseSensitive ? value.indexOf(m_jsonLiteral) >= 0
                                 : containsAnyCase(value, m_jsonLiteral))
        return true;
    return m_jsonLiteralNumeric && numbersMayBeRewritten(value);
}

bool FilterCriteria::Matcher::matchesJson(QByteArrayView value) const
{
    if (value.isEmpty() || !mayMatchJson(value))
        return false;
    // Parsed once for every path; only an object or an array can be a document.
    qsizetype first = 0;
    while (first < value.size() && QChar::isSpace(uchar(value.at(first))))
        ++first;
    if (first == value.size() || (value.at(first) != '{' && value.at(first) != '['))
        return false;
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(value.data(), value.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    const QJsonValue root =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    for (const JsonPath &path : m_criteria.jsonPaths) {
        const std::optional<QJsonValue> found = path.find(root);
        if (found && matchesBytes(JsonPath::toText(*found).toUtf8()))
            return true;
    }
    return false;
}

bool FilterCriteria::Matcher::matchesContent(const MessageTableModel &messages, int row) const
{
    const FilterCriteria &c = m_criteria;
    if (!c.partitions.isEmpty() && !c.partitions.contains(messages.partitionAt(row)))
        return false;
    if (c.offsetFrom >= 0 || c.offsetTo >= 0) {
        const qint64 offset = messages.offsetAt(row);
        if ((c.offsetFrom >= 0 && offset < c.offsetFrom) ||
            (c.offsetTo >= 0 && offset > c.offsetTo))
            return false;
    }
    if (c.timeFrom >= 0 || c.timeTo >= 0) {
        const qint64 time = messages.timestampAt(row);
        if (time < 0 || (c.timeFrom >= 0 && time < c.timeFrom) ||
            (c.timeTo >= 0 && time > c.timeTo))
            return false;
    }
    if (!m_hasText)
        return true;
    // Keys and values in the schema registry's format are searched as their decoded JSON.
    if ((c.fields & KeyField) && matchesBytes(messages.decodedKeyAt(row)))
        return true;
    const QByteArray value = (c.fields & ValueField) || !c.jsonPaths.isEmpty()
                                 ? messages.decodedValueAt(row)
                                 : QByteArray();
    if ((c.fields & ValueField) && matchesBytes(value))
        return true;
    if (c.fields & HeadersField) {
        for (const KafkaHeader &header : messages.headersAt(row)) {
            if (!header.valueIsNull && matchesBytes(header.value))
                return true;
        }
    }
    return !c.jsonPaths.isEmpty() && matchesJson(value);
}
