// JsonHighlighter: colours pretty-printed JSON in a text document, line by line: keys, strings,
// numbers, true/false/null and punctuation, in colours taken from StatusColours and the palette
// of the widget it is drawn on, so they read on light and dark backgrounds alike. A string
// breaking over lines is not expected (the pretty printer escapes line breaks).
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QObject *parent = nullptr);

    // Takes its colours from palette (the application's until told otherwise).
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};
