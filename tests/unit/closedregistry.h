// ClosedRegistry: a SchemaRegistry on a loopback port nothing listens on (one just freed), for
// the unit tests that need every schema lookup to fail soon after it is asked for, without a
// server. Header-only: the tests link topicdesk_schema and Qt Network themselves.
#pragma once

#include "schemaregistry.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class ClosedRegistry final
{
public:
    ClosedRegistry() = delete;

    static std::shared_ptr<SchemaRegistry> make()
    {
        quint16 port = 0;
        {
            QTcpServer server;
            if (server.listen(QHostAddress::LocalHost, 0))
                port = server.serverPort();
        }
        RegistrySettings settings;
        settings.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        settings.timeoutMs = 5000;
        return std::make_shared<SchemaRegistry>(settings);
    }
};
