// SecurityDialog: client id, security protocol, SASL login, certificates and any librdkafka
// property for a connection, with a "Test connection" that reports what the cluster answered.
#pragma once

#include "connectionconfig.h"
#include "topicinfo.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class SecurityDialog;
}

class SecurityDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SecurityDialog(const ConnectionConfig &config, QWidget *parent = nullptr);
    ~SecurityDialog() override;

    // The configuration given to the constructor with this dialog's settings applied.
    ConnectionConfig config() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The protocol choices' texts (kept by data), at the start and after a language change.
    void retranslate();
    void updateEnabled();
    void testConnection();
    void showTestResult();
    // librdkafka's verdict on the advanced properties: empty when all are accepted.
    QString checkProperties() const;

    std::unique_ptr<Ui::SecurityDialog> m_ui;
    ConnectionConfig m_base;
    QFutureWatcher<TopicListing> m_test;
};
