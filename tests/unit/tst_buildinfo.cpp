// BuildInfo: the versions `topicdesk --version` and the About box show are the ones in use:
// the project's, Qt's at run time and at build time, and librdkafka's at run time.
#include "buildinfo.h"

#include <QTest>

#include <librdkafka/rdkafka.h>

class TestBuildInfo final : public QObject
{
    Q_OBJECT
private slots:
    void versionsAreTheOnesInUse();
    void summaryHasOneLinePerComponent();
};

void TestBuildInfo::versionsAreTheOnesInUse()
{
    QCOMPARE(BuildInfo::applicationVersion(), QStringLiteral(TOPICDESK_EXPECTED_VERSION));
    QCOMPARE(BuildInfo::librdkafkaVersion(), QString::fromLatin1(rd_kafka_version_str()));
    QVERIFY(BuildInfo::qtVersion().startsWith(QLatin1String(qVersion()) + QLatin1Char(' ')));
    QVERIFY2(BuildInfo::qtVersion().endsWith(QStringLiteral("(built with " QT_VERSION_STR ")")),
             qPrintable(BuildInfo::qtVersion()));
}

void TestBuildInfo::summaryHasOneLinePerComponent()
{
    const QStringList lines = BuildInfo::summary().split(QLatin1Char('\n'));
    QCOMPARE(lines,
             (QStringList{QStringLiteral("TopicDesk ") + BuildInfo::applicationVersion(),
                          QStringLiteral("Qt %1 (built with %2)")
                              .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)),
                          QStringLiteral("librdkafka ") + QLatin1String(rd_kafka_version_str())}));
}

QTEST_GUILESS_MAIN(TestBuildInfo)
#include "tst_buildinfo.moc"
