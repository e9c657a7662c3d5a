// KafkaErrors: librdkafka error codes in the plain words a user can act on.
#pragma once

#include <QCoreApplication>

#include "connectionconfig.h"

#include <QString>

#include <librdkafka/rdkafkacpp.h>

class KafkaErrors final
{
    Q_DECLARE_TR_FUNCTIONS(KafkaErrors)

public:
    // A sentence for the user. topic and partition, when given, make it specific.
    static QString describe(RdKafka::ErrorCode code, const QString &topic = {}, int partition = -1);
    // A send that went out and was never confirmed: the broker may have stored it.
    static QString describeUnconfirmed();
    // True for errors that mean "no broker could be reached" rather than a problem with a
    // particular request.
    static bool isConnectivity(RdKafka::ErrorCode code);

    // One error librdkafka reported while connecting (its error event), with what the
    // certificate check said when TLS was refused.
    struct ConnectionEvent
    {
        RdKafka::ErrorCode code = RdKafka::ERR_NO_ERROR;
        QString text;             // librdkafka's own words, "sasl_ssl://host:port/bootstrap: ..."
        int certificateError = 0; // OpenSSL's X509_V_ERR_* from the verify callback; 0: none
        QString certificateHost;  // the host:port whose certificate was refused
    };
    // What went wrong with a connection, as far as retrying is concerned.
    enum class ConnectionProblem {
        None,                // not a connection problem (or nothing happened)
        Transient,           // nobody answered (yet): refused, reset, timed out; worth trying again
        Authentication,      // the login itself was refused
        NotSasl,             // SASL spoken to a listener without SASL
        ExpectsSasl,         // PLAINTEXT or SSL spoken to a SASL listener
        NotTls,              // TLS spoken to a listener without TLS
        ExpectsTls,          // no TLS spoken to a TLS listener
        MechanismNotOffered, // SASL mechanism the listener does not enable
        UntrustedCertificate,
        WrongHostCertificate,
        ExpiredCertificate,
        OtherCertificate,
        ClientCertificateRefused, // mutual TLS: none given, or not trusted by the broker
        Resolve,                  // the host name does not resolve
        NotKafka,                 // something else listens there (a web server, SSH, ...)
    };
    static ConnectionProblem classify(const ConnectionEvent &event);
    // True when trying again cannot help, so the user should hear it at once.
    static bool isPermanent(ConnectionProblem problem);
    // The reason in plain words, naming the broker concerned (from librdkafka's text; else
    // the configuration's effective bootstrap servers) and what to check.
    static QString describeConnection(const ConnectionEvent &event, const ConnectionConfig &config);
    // "host:port" of the broker a librdkafka error text names, empty if none.
    static QString brokerOf(const QString &librdkafkaText);
};
