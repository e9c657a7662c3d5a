#include "filtercriteria.h"

#include <QLatin1StringView>

namespace {
QRegularExpression::PatternOptions optionsFor(bool caseSensitive)
{
    return caseSensitive ? QRegularExpression::NoPatternOption
                         : QRegularExpression::CaseInsensitiveOption;
}
} // namespace

bool FilterCriteria::matchesAnyContent() const
{
    return (text.isEmpty() || fields == 0) && partitions.isEmpty() && offsetFrom < 0 &&
           offsetTo < 0 && timeFrom < 0 && timeTo < 0;
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
    , m_hasText(!criteria.text.isEmpty() && criteria.fields != 0)
{
    if (!m_hasText)
        return;
    if (criteria.regularExpression) {
        m_expression = QRegularExpression(criteria.text, optionsFor(criteria.caseSensitive));
        m_expression.optimize();
        return;
    }
    m_needle = criteria.text.toUtf8();
    m_latin1 =
        std::all_of(m_needle.cbegin(), m_needle.cend(), [](char c) { return uchar(c) < 0x80; });
}

bool FilterCriteria::Matcher::matchesBytes(QByteArrayView bytes) const
{
    if (m_criteria.regularExpression)
        return m_expression.match(QString::fromUtf8(bytes)).hasMatch();
    if (m_criteria.caseSensitive)
        return bytes.indexOf(m_needle) >= 0; // UTF-8 in UTF-8: a byte search finds it
    if (m_latin1) {
        // An ASCII needle: no byte of a multi-byte UTF-8 character folds to ASCII, so the
        // bytes can be searched as Latin-1 without decoding them.
        return QLatin1StringView(bytes.data(), bytes.size())
            .contains(QLatin1StringView(m_needle), Qt::CaseInsensitive);
    }
    return QString::fromUtf8(bytes).contains(m_criteria.text, Qt::CaseInsensitive);
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
    if ((c.fields & KeyField) && matchesBytes(messages.keyAt(row)))
        return true;
    if ((c.fields & ValueField) && matchesBytes(messages.valueAt(row)))
        return true;
    if (c.fields & HeadersField) {
        for (const KafkaHeader &header : messages.headersAt(row)) {
            if (!header.valueIsNull && matchesBytes(header.value))
                return true;
        }
    }
    return false;
}
