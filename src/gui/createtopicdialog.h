// CreateTopicDialog: name, partitions and replication factor of a new topic, with the name
// checked against Kafka's rules and the topics that exist as it is typed.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CreateTopicDialog;
}

class CreateTopicDialog final : public QDialog
{
    Q_OBJECT
public:
    // sandboxBrokers: the Sandbox's broker count (1 or 3), which caps the replication factor;
    // 0 on a real cluster, whose broker refuses a factor above its own broker count.
    explicit CreateTopicDialog(int sandboxBrokers, QWidget *parent = nullptr);
    ~CreateTopicDialog() override;

    // The cluster's topics: a name among them is refused before OK, in words.
    void setExistingTopics(const QStringList &names);

    QString name() const;
    int partitions() const;
    int replicationFactor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    // The texts set in code, again after a language change.
    void retranslate();

    std::unique_ptr<Ui::CreateTopicDialog> m_ui;
    QStringList m_existing;
    int m_sandboxBrokers;
};
