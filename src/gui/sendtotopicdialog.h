// SendToTopicDialog: asks where "Send selected to topic…" re-produces the selected rows: the
// topic (one of the cluster's, or typed; the rows' own by default) and whether each message
// keeps its partition (else the partitioner places it by its key).
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

class SendToTopicDialog final : public QDialog
{
    Q_OBJECT
public:
    // count: the rows to send; topics: the cluster's topics; topic: the one chosen at first.
    SendToTopicDialog(qsizetype count, const QStringList &topics, const QString &topic,
                      QWidget *parent = nullptr);

    QString topic() const;
    bool keepPartitions() const;

protected:
    bool event(QEvent *event) override;

private:
    // Every text, at the start and again after a language change.
    void retranslate();
    void updateButtons();

    QComboBox *m_topicCombo;
    QCheckBox *m_keepPartitionsCheck;
    QDialogButtonBox *m_buttons;
    QLabel *m_intro;
    QLabel *m_topicLabel;
    qsizetype m_count;
};
