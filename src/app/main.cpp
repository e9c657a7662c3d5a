// TopicDesk's entry point: the application object, translations, the command line, and the
// main window. Configuration precedence: command-line flags, then KAFKA_* variables, then the
// sandbox.
#include "connectionconfig.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {
void installTranslators(QApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("topicdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TopicDesk"));
    QApplication::setOrganizationName(QStringLiteral("TopicDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TOPICDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.topicdesk.TopicDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/topicdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Produce, watch and acknowledge Apache Kafka messages."));
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
    window.show();
    // Connect once the window is on screen, so a slow or absent cluster never delays it.
    QTimer::singleShot(0, &window, &MainWindow::connectToCluster);
    return app.exec();
}
