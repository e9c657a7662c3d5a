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
    // sandbox: its single broker allows only one replica.
    explicit CreateTopicDialog(bool sandbox, QWidget *parent = nullptr);
    ~CreateTopicDialog() override;

    // The cluster's topics: a name among them is refused before OK, in words.
    void setExistingTopics(const QStringList &names);

    QString name() const;
    int partitions() const;
    int replicationFactor() const;

private:
    void validate();

    std::unique_ptr<Ui::CreateTopicDialog> m_ui;
    QStringList m_existing;
};
