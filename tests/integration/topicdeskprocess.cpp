#include "topicdeskprocess.h"

#include <QProcess>

namespace TopicDeskProcess {
Result run(const QString &program, const QStringList &arguments, const QByteArray &input,
           int timeoutMs, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList brokerArgs(const ConnectionConfig &config)
{
    return {QStringLiteral("--brokers"), config.bootstrapServers, QStringLiteral("--topic"),
            config.topic};
}
} // namespace TopicDeskProcess
