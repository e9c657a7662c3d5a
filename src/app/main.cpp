// TopicDesk's entry point: the application object, translations, the command line, and either
// the main window or a headless command (send, consume, sandbox) that needs no display.
// Configuration precedence: command-line flags, then KAFKA_* variables, then the sandbox.
#include "buildinfo.h"
#include "connectionconfig.h"
#include "consumecommand.h"
#include "headlessarguments.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "rawargument.h"
#include "sandboxcommand.h"
#include "sendcommand.h"
#include "signalwatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {
// TopicDesk's and Qt's translations for locale (English where TopicDesk has none for it),
// through the application's LanguageSwitcher, which View → Language uses to switch them live.
void installTranslators(const QLocale &locale)
{
    LanguageSwitcher::forApplication()->use(locale);
}
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("TopicDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("TopicDesk"));
    QCoreApplication::setApplicationVersion(BuildInfo::applicationVersion());
}

// --version: TopicDesk's version and the Qt and librdkafka it runs on, one per line.
int printVersion()
{
    std::printf("%s\n", qPrintable(BuildInfo::summary()));
    return 0;
}

// `topicdesk send|consume|sandbox`: no window, no display needed.
int runHeadless(int argc, char *argv[], const QStringList &rawArguments)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslators(QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const HeadlessArguments arguments =
        HeadlessArguments::parse(rawArguments, QProcessEnvironment::systemEnvironment());
    if (!arguments.helpText.isEmpty()) {
        out << arguments.helpText;
        return 0;
    }
    if (arguments.versionAsked) {
        out.flush();
        return printVersion();
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
        // Stops reading, accounts for every line read, exits 130 (SIGINT) or 143 (SIGTERM).
        QObject::connect(&interrupts, &SignalWatcher::interrupted, &send,
                         [&send](int signal) { send.stop(128 + signal); });
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

// The window's command line. Help, the version, a mistake and a command that does not exist
// are answered here, before QApplication: they need no display (its platform plugin aborts
// without one), and none of them should open the window. Returns the exit status, or -1 to go
// on to the window.
int answerWithoutWindow(int argc, char *argv[], QCommandLineParser &parser,
                        const QList<QCommandLineOption> &options)
{
    // Qt's own window options (-platform, -style, -qwindowgeometry ...) are QApplication's.
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-' && argv[i][1] != '-' && argv[i][1] != '\0' && argv[i][2] != '\0')
            return -1;
    }
    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslators(QLocale::system());
    parser.addOptions(options);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "topicdesk: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version")))
        return printVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "topicdesk: %s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "Unknown command \"%1\": the commands are send, "
                                            "consume and sandbox (topicdesk COMMAND --help); "
                                            "with none, the window opens.")
                                    .arg(parser.positionalArguments().constFirst())));
        return 2;
    }
    return -1;
}

int main(int argc, char *argv[])
{
    const QStringList arguments = RawArgument::fromArgv(argc, argv);
    if (HeadlessArguments::isHeadless(arguments))
        return runHeadless(argc, argv, arguments);

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
        QApplication::translate(
            "main", "Consumer group to read in; default $KAFKA_GROUP, else none on a cluster "
                    "(reading without a group) and topicdesk in the sandbox."),
        QStringLiteral("id"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "User interface language (en, vi); default: the system's."),
        QStringLiteral("code"));
    const QList<QCommandLineOption> options{brokers, topic, group, language};
    {
        QCommandLineParser early;
        early.setApplicationDescription(parser.applicationDescription());
        early.addHelpOption();
        early.addVersionOption();
        if (const int status = answerWithoutWindow(argc, argv, early, options); status >= 0)
            return status;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.github.topicdesk.TopicDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/topicdesk.svg")));
    parser.addOptions(options);
    // QCommandLineParser::process() would answer --version with the application's version
    // alone (here only with Qt's own window options, the rest is answered above).
    if (parser.parse(QCoreApplication::arguments()) && parser.isSet(QStringLiteral("version")))
        return printVersion();
    parser.process(app);

    // --language, else the language chosen in View → Language, else the system's.
    const QString chosenLanguage = QSettings().value(QStringLiteral("language")).toString();
    installTranslators(parser.isSet(language) ? QLocale(parser.value(language))
                                              : LanguageSwitcher::localeFor(chosenLanguage));

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
    // A group given (--group, KAFKA_GROUP) means reading in that group, as in the tutorial; with
    // none, the connection panel reads a real cluster without a group and the Sandbox in its
    // demo group, and never leaves a group behind on a cluster nobody chose it for.
    if (!parser.isSet(group) && qEnvironmentVariable("KAFKA_GROUP").trimmed().isEmpty())
        config.groupId.clear();

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
