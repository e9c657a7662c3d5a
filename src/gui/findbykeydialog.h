// FindByKeyDialog: asks for a key (as text or hex), how producers placed keys (murmur2 as Java
// clients, consistent_random as librdkafka clients) and where to start (the beginning or a
// time), and shows the partition the key is in before anything is read.
#pragma once

#include "partitioner.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

class FindByKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    // partitionCount: the watched topic's (0 when unknown: nothing can be found).
    FindByKeyDialog(const QString &topic, int partitionCount, QWidget *parent = nullptr);

    // Valid once the dialog shows a partition (the Find button is enabled then).
    QByteArray key() const;
    Partitioner::Kind partitioner() const;
    qint32 partition() const { return m_partition; }
    // -1: from the beginning.
    qint64 startTimestampMs() const;
    // How the key is written for people: its text, or its hex digits.
    QString keyDisplay() const;

    // The longest key that can be typed (three characters a byte, for hex with spaces).
    static constexpr int MaxKeyBytes = 16 * 1024;

protected:
    bool event(QEvent *event) override;

private:
    // Every text, at the start and again after a language change.
    void retranslate();
    void update();
    // The typed key's bytes; false with *problem when the text is not valid for its format.
    bool parseKey(QByteArray *key, QString *problem) const;

    QString m_topic;
    int m_partitionCount;
    qint32 m_partition = -1;
    QLineEdit *m_keyEdit;
    QComboBox *m_keyFormatCombo;
    QComboBox *m_partitionerCombo;
    QRadioButton *m_beginningRadio;
    QRadioButton *m_timeRadio;
    QDateTimeEdit *m_timeEdit;
    QLabel *m_resultLabel;
    QDialogButtonBox *m_buttons;
    QLabel *m_keyLabel;
    QLabel *m_placedByLabel;
    QLabel *m_readLabel;
    QLabel *m_intro;
};
