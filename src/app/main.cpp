// TopicDesk's entry point: the application object, translations, the command line, and either
// the main window or a headless command (send, consume, sandbox) that needs no display.
// Configuration precedence: command-line flags, then KAFKA_* variables, then the sandbox.
#include "connectionconfig.h"
#include "consumecommand.h"
#include "headlessarguments.h"
#include "mainwindow.h"
#include "sandboxcommand.h"
#include "sendcommand.h"
#include "signalwatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {
void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    // English is the fallback: its translation supplies the plural forms ("1 message").
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("topicdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/topicdesk_en")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("TopicDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("TopicDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOPICDESK_VERSION));
}

// `topicdesk send|consume|sandbox`: no window, no display needed.
int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslators(app, QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const HeadlessArguments arguments =
        HeadlessArguments::parse(app.arguments(), QProcessEnvironment::systemEnvironment());
    if (!arguments.helpText.isEmpty()) {
        out << arguments.helpText;
        return 0;
    }
    if (arguments.versionAsked) {
        out << "topicdesk " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (!arguments.error.isEmpty()) {
        err << "topicdesk: " << arguments.error << Qt::endl;
        return 2;
    }
    SignalWatcher interrupts;
    switch (arguments.command) {
    case HeadlessArguments::Command::Send: {
        SendCommand send(arguments, out, err);
        QObject::connect(&send, &SendCommand::finished, &app, &QCoreApplication::exit);
        QObject::connect(&interrupts, &SignalWatcher::interrupted, &app,
                         [] { QCoreApplication::exit(130); });
        QMetaObject::invokeMethod(&send, &SendCommand::start, Qt::QueuedConnection);
        return app.exec();
    }
    case HeadlessArguments::Command::Consume: {
        ConsumeCommand consume(arguments, out, err);
        QObject::connect(&consume, &ConsumeCommand::finished, &app, &QCoreApplication::exit);
        QObject::connect(&interrupts, &SignalWatcher::interrupted, &consume,
                         [&consume] { consume.stop(0); });
        QMetaObject::invokeMethod(&consume, &ConsumeCommand::start, Qt::QueuedConnection);
        return app.exec();
    }
    case HeadlessArguments::Command::Sandbox: {
        SandboxCommand sandbox(arguments, out, err);
        if (!sandbox.start())
            return 1;
        QObject::connect(&interrupts, &SignalWatcher::interrupted, &app,
                         [] { QCoreApplication::exit(0); });
        return app.exec();
    }
    case HeadlessArguments::Command::None:
        break;
    }
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (HeadlessArguments::isHeadless(arguments))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.github.topicdesk.TopicDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/topicdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Produce, watch and acknowledge Apache Kafka messages.\n"
                "Without a display: topicdesk send|consume|sandbox --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption brokers(
        QStringLiteral("brokers"),
        QApplication::translate("main",
                                "Bootstrap servers (host:port,...); default $KAFKA_BROKERS, "
                                "else the built-in sandbox."),
        QStringLiteral("list"));
    const QCommandLineOption topic(
        QStringLiteral("topic"),
        QApplication::translate("main", "Topic to watch and send to; default $KAFKA_TOPIC."),
        QStringLiteral("name"));
    const QCommandLineOption group(
        QStringLiteral("group"),
        QApplication::translate("main", "Consumer group; default $KAFKA_GROUP, else topicdesk."),
        QStringLiteral("id"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "User interface language (en, vi); default: the system's."),
        QStringLiteral("code"));
    parser.addOptions({brokers, topic, group, language});
    parser.process(app);

    installTranslators(app, parser.isSet(language) ? QLocale(parser.value(language))
                                                   : QLocale::system());

    ConnectionConfig config =
        ConnectionConfig::fromEnvironment(QProcessEnvironment::systemEnvironment());
    if (parser.isSet(brokers))
        config.bootstrapServers = parser.value(brokers).trimmed();
    if (parser.isSet(topic))
        config.topic = parser.value(topic).trimmed();
    if (parser.isSet(group))
        config.groupId = parser.value(group).trimmed();
    if (const QStringList problems = config.validate(); !problems.isEmpty()) {
        std::fprintf(stderr, "topicdesk: %s\n", qPrintable(problems.join(QLatin1Char(' '))));
        return 2;
    }

    MainWindow window(config);
    // For start-up measurements (tests/bench): say when the first frame is painted, and quit.
    if (qEnvironmentVariableIsSet("TOPICDESK_EXIT_AFTER_FIRST_PAINT")) {
        QObject::connect(&window, &MainWindow::firstPainted, &app, [] {
            std::fprintf(stdout, "first_paint\n");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    window.show();
    // Connect once the window is on screen, so a slow or absent cluster never delays it.
    QTimer::singleShot(0, &window, &MainWindow::connectToCluster);
    return app.exec();
}
