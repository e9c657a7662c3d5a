#include "kafkaerrors.h"

#include "libraryfeatures.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <librdkafka/rdkafka.h>

namespace {
// OpenSSL's certificate verification results (X509_V_ERR_* in openssl/x509_vfy.h; their
// values are part of OpenSSL's stable API). librdkafka hands them to the verify callback.
enum X509Error {
    UnableToGetIssuerCert = 2,
    CertNotYetValid = 9,
    CertHasExpired = 10,
    DepthZeroSelfSignedCert = 18,
    SelfSignedCertInChain = 19,
    UnableToGetIssuerCertLocally = 20,
    UnableToVerifyLeafSignature = 21,
    CertUntrusted = 27,
    HostnameMismatch = 62,
    IpAddressMismatch = 64,
};

// librdkafka's "broker's supported mechanisms: PLAIN,SCRAM-SHA-256" (empty list: no SASL).
const QRegularExpression &offeredMechanisms()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(supported mechanisms: *([A-Z0-9,_-]*))"));
    return pattern;
}

// Only the host of "host:port" (or "[v6]:port").
QString hostOf(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? address.left(colon) : address;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

// librdkafka before 2.6.1 repeats the client nonce in its final SCRAM message; Kafka 4 checks
// it exactly and refuses the login, which then reads like a wrong password.
bool scramFailsWithKafka4(const ConnectionConfig &config)
{
    return config.saslMechanism != ConnectionConfig::SaslMechanism::Plain &&
           rd_kafka_version() < 0x02060100;
}
} // namespace

QString KafkaErrors::describeUnconfirmed()
{
    return tr("Delivery unknown: the message was sent, but the broker stopped answering before it "
              "confirmed it. It may be in the topic all the same: look before sending it again, "
              "or it may be there twice.");
}

QString KafkaErrors::describe(RdKafka::ErrorCode code, const QString &topic, int partition)
{
    const QString details = QString::fromStdString(RdKafka::err2str(code));
    switch (code) {
    case RdKafka::ERR__UNKNOWN_TOPIC:
    case RdKafka::ERR_UNKNOWN_TOPIC_OR_PART:
        if (!topic.isEmpty())
            return tr("Topic \"%1\" does not exist on this cluster.").arg(topic);
        return tr("The topic does not exist on this cluster.");
    case RdKafka::ERR__UNKNOWN_PARTITION:
        return tr("Partition %1 does not exist in topic \"%2\".").arg(partition).arg(topic);
    case RdKafka::ERR_MSG_SIZE_TOO_LARGE:
        return tr("The message is larger than the broker or the client accepts "
                  "(message.max.bytes).");
    case RdKafka::ERR__MSG_TIMED_OUT:
        return tr("Delivery unknown: no broker confirmed the message within the message timeout "
                  "(is the cluster reachable?). A broker that went away while writing it may "
                  "have stored it all the same: look before sending it again.");
    case RdKafka::ERR__PURGE_QUEUE:
        return tr("Not sent: the message was dropped from the send queue before it went out.");
    case RdKafka::ERR__PURGE_INFLIGHT:
        return tr("Delivery unknown: TopicDesk stopped waiting for the broker's answer. The "
                  "message may be in the topic all the same.");
    case RdKafka::ERR__QUEUE_FULL:
        return tr("The send queue is full (queue.buffering.max.messages or "
                  "queue.buffering.max.kbytes): the cluster takes messages more slowly than they "
                  "come, or this one is larger than the whole queue may hold.");
    case RdKafka::ERR__TRANSPORT:
        // One connection failed; librdkafka says ERR__ALL_BROKERS_DOWN when none is left.
        return tr("Lost the connection to a broker (%1). TopicDesk tries it again and goes on "
                  "through the other brokers, if there are any.")
            .arg(details);
    case RdKafka::ERR__ALL_BROKERS_DOWN:
        return tr("No broker can be reached: check the address and that Kafka is running "
                  "(%1).")
            .arg(details);
    case RdKafka::ERR__RESOLVE:
        return tr("The broker's host name could not be resolved (%1).").arg(details);
    case RdKafka::ERR__TIMED_OUT:
        return tr("The cluster did not answer in time (%1).").arg(details);
    case RdKafka::ERR__AUTHENTICATION:
    case RdKafka::ERR_SASL_AUTHENTICATION_FAILED:
        return tr("Authentication failed: check the user name, password and mechanism.");
    case RdKafka::ERR_TOPIC_AUTHORIZATION_FAILED:
        return tr("Not authorized to access topic \"%1\".").arg(topic);
    case RdKafka::ERR_GROUP_AUTHORIZATION_FAILED:
        return tr("Not authorized to use this consumer group.");
    case RdKafka::ERR_TOPIC_EXCEPTION:
        return tr("\"%1\" is not a valid topic name.").arg(topic);
    default:
        return details;
    }
}

bool KafkaErrors::isConnectivity(RdKafka::ErrorCode code)
{
    return code == RdKafka::ERR__TRANSPORT || code == RdKafka::ERR__ALL_BROKERS_DOWN ||
           code == RdKafka::ERR__RESOLVE || code == RdKafka::ERR__TIMED_OUT;
}

QString KafkaErrors::brokerOf(const QString &librdkafkaText)
{
    // librdkafka names brokers "proto://host:port/id" or "host:port/id" at the start of its
    // texts ("sasl_ssl://127.0.0.1:9093/bootstrap: SASL authentication error: ...").
    static const QRegularExpression broker(
        QStringLiteral(R"(^(?:[a-z_]+://)?(\[[0-9A-Fa-f:.]+\]:[0-9]+|[^\s/:]+:[0-9]+)/)"));
    const QRegularExpressionMatch match = broker.match(librdkafkaText);
    return match.hasMatch() ? match.captured(1) : QString();
}

KafkaErrors::ConnectionProblem KafkaErrors::classify(const ConnectionEvent &event)
{
    switch (event.certificateError) {
    case 0:
        break;
    case UnableToGetIssuerCert:
    case DepthZeroSelfSignedCert:
    case SelfSignedCertInChain:
    case UnableToGetIssuerCertLocally:
    case UnableToVerifyLeafSignature:
    case CertUntrusted:
        return ConnectionProblem::UntrustedCertificate;
    case HostnameMismatch:
    case IpAddressMismatch:
        return ConnectionProblem::WrongHostCertificate;
    case CertNotYetValid:
    case CertHasExpired:
        return ConnectionProblem::ExpiredCertificate;
    default:
        return ConnectionProblem::OtherCertificate;
    }
    const QString &text = event.text;
    const auto has = [&text](const char *fragment) {
        return text.contains(QLatin1String(fragment), Qt::CaseInsensitive);
    };
    // The first four bytes of any answer are read as a Kafka response's size: a server that is
    // not Kafka answers with something absurd ("HTTP" reads as 1213486160).
    if (has("Invalid response size"))
        return ConnectionProblem::NotKafka;
    switch (event.code) {
    case RdKafka::ERR_NO_ERROR:
        return ConnectionProblem::None;
    case RdKafka::ERR__AUTHENTICATION:
    case RdKafka::ERR_SASL_AUTHENTICATION_FAILED: {
        // A listener without SASL answers the SASL handshake with an empty mechanism list
        // ("broker's supported mechanisms: " followed by nothing).
        const QRegularExpressionMatch match = offeredMechanisms().match(text);
        if (match.hasMatch())
            return match.captured(1).isEmpty() ? ConnectionProblem::NotSasl
                                               : ConnectionProblem::MechanismNotOffered;
        if (has("Request not valid in current SASL state"))
            return ConnectionProblem::NotSasl;
        return ConnectionProblem::Authentication;
    }
    case RdKafka::ERR__RESOLVE:
        return ConnectionProblem::Resolve;
    case RdKafka::ERR__SSL:
    case RdKafka::ERR__TRANSPORT:
    case RdKafka::ERR__ALL_BROKERS_DOWN:
    case RdKafka::ERR__TIMED_OUT:
        break;
    default:
        return ConnectionProblem::None;
    }
    // librdkafka's hints and OpenSSL's reasons, as librdkafka 2.0 and 2.8 word them.
    if (has("connecting to a SSL listener?"))
        return ConnectionProblem::ExpectsTls;
    if (has("broker might require SASL authentication"))
        return ConnectionProblem::ExpectsSasl;
    if (has("connecting to a PLAINTEXT broker listener?"))
        return ConnectionProblem::NotTls;
    if (has("SSL handshake failed") &&
        (has("unexpected eof") || has("wrong version number") || has("packet length too long") ||
         has("record layer failure") || has("http request")))
        return ConnectionProblem::NotTls;
    if (has("alert bad certificate") || has("alert certificate required") ||
        has("alert unknown ca") || has("alert handshake failure"))
        return ConnectionProblem::ClientCertificateRefused;
    if (has("certificate verify failed"))
        return ConnectionProblem::UntrustedCertificate;
    if (has("Failed to resolve"))
        return ConnectionProblem::Resolve;
    if (event.code == RdKafka::ERR__SSL)
        return ConnectionProblem::OtherCertificate;
    return ConnectionProblem::Transient;
}

bool KafkaErrors::isPermanent(ConnectionProblem problem)
{
    return problem != ConnectionProblem::None && problem != ConnectionProblem::Transient;
}

QString KafkaErrors::describeConnection(const ConnectionEvent &event,
                                        const ConnectionConfig &config)
{
    QString broker = event.certificateHost.isEmpty() ? brokerOf(event.text) : event.certificateHost;
    if (broker.isEmpty())
        broker = config.effectiveBootstrapServers();
    const QString used = ConnectionConfig::securityName(config.security);
    const bool tls = config.usesSsl();
    switch (classify(event)) {
    case ConnectionProblem::None:
    case ConnectionProblem::Transient:
        return tr("Could not reach %1: check the address and that Kafka is running (%2).")
            .arg(broker, event.text.isEmpty() ? QString::fromStdString(RdKafka::err2str(event.code))
                                              : event.text);
    case ConnectionProblem::Authentication:
        if (config.usesSasl() && scramFailsWithKafka4(config))
            return tr("Authentication failed at %1: check the user name, password and mechanism "
                      "(%2). If they are right and the cluster runs Kafka 4 or later: this "
                      "TopicDesk uses librdkafka %3, which cannot log in with %4 to Kafka 4 "
                      "(that needs librdkafka 2.6.1 or later). Use PLAIN over SASL_SSL if the "
                      "cluster offers it, or a TopicDesk built with librdkafka 2.6.1 or later "
                      "(Debian 13 has 2.8.0).")
                .arg(broker, event.text, LibraryFeatures::librdkafkaVersion(),
                     ConnectionConfig::mechanismName(config.saslMechanism));
        return tr("Authentication failed at %1: check the user name, password and mechanism "
                  "(%2).")
            .arg(broker, event.text);
    case ConnectionProblem::NotSasl:
        return tr("The broker at %1 does not speak SASL on this port: check the security "
                  "protocol (%2 was used; this port expects %3).")
            .arg(broker, used, tls ? QStringLiteral("SSL") : QStringLiteral("PLAINTEXT"));
    case ConnectionProblem::MechanismNotOffered:
        return tr("The broker at %1 does not offer the SASL mechanism %2: it offers %3.")
            .arg(broker, ConnectionConfig::mechanismName(config.saslMechanism),
                 offeredMechanisms()
                     .match(event.text)
                     .captured(1)
                     .replace(QLatin1Char(','), QLatin1String(", ")));
    case ConnectionProblem::ExpectsSasl:
        return tr("The broker at %1 expects SASL authentication on this port: check the "
                  "security protocol (%2 was used; this port expects %3).")
            .arg(broker, used, tls ? QStringLiteral("SASL_SSL") : QStringLiteral("SASL_PLAINTEXT"));
    case ConnectionProblem::NotTls:
        return tr("The broker at %1 does not speak TLS on this port: check the security "
                  "protocol (%2 was used; this port expects %3).")
            .arg(broker, used,
                 config.usesSasl() ? QStringLiteral("SASL_PLAINTEXT")
                                   : tr("PLAINTEXT or SASL_PLAINTEXT"));
    case ConnectionProblem::ExpectsTls:
        return tr("The broker at %1 expects TLS on this port: check the security protocol (%2 "
                  "was used; this port expects %3).")
            .arg(broker, used,
                 config.usesSasl() ? QStringLiteral("SASL_SSL") : tr("SSL or SASL_SSL"));
    case ConnectionProblem::UntrustedCertificate:
        if (config.caFile.isEmpty())
            return tr("The certificate of the broker at %1 is not signed by a CA this computer "
                      "trusts: give the CA file of your cluster.")
                .arg(broker);
        return tr("The certificate of the broker at %1 is not signed by the CA you gave (%2): "
                  "check the CA file.")
            .arg(broker, config.caFile);
    case ConnectionProblem::WrongHostCertificate:
        return tr("The certificate of the broker at %1 is not made out to the name \"%2\": "
                  "connect with a host name or address the certificate lists.")
            .arg(broker, hostOf(broker));
    case ConnectionProblem::ExpiredCertificate:
        return tr("The certificate of the broker at %1 has expired or is not valid yet: check "
                  "the broker's certificate and this computer's clock.")
            .arg(broker);
    case ConnectionProblem::OtherCertificate:
        return tr("The TLS connection to %1 failed (%2).").arg(broker, event.text);
    case ConnectionProblem::ClientCertificateRefused:
        if (config.certFile.isEmpty())
            return tr("The broker at %1 requires a client certificate (mutual TLS): give your "
                      "certificate and its key.")
                .arg(broker);
        return tr("The broker at %1 refused your client certificate (%2): check that it is "
                  "signed by a CA the broker trusts.")
            .arg(broker, config.certFile);
    case ConnectionProblem::Resolve:
        return tr("The host name of %1 could not be resolved: check the address (%2).")
            .arg(broker, event.text);
    case ConnectionProblem::NotKafka: {
        static const QRegularExpression size(QStringLiteral(R"(Invalid response size (\d+))"));
        const quint32 first = size.match(event.text).captured(1).toUInt();
        const char start[] = {char(first >> 24), char(first >> 16), char(first >> 8), char(first)};
        if (QByteArrayView(start, 4) == "HTTP")
            return tr("%1 is not a Kafka broker: a web server (HTTP) answered there. Check the "
                      "address and port of your Kafka cluster.")
                .arg(broker);
        return tr("%1 is not a Kafka broker: the server there answered in another protocol. "
                  "Check the address and port of your Kafka cluster (%2).")
            .arg(broker, event.text);
    }
    }
    return event.text;
}
