// LanguageSwitcher: owns the translators TopicDesk installs (its own topicdesk_*.qm, with
// English as the fallback that supplies the plural forms, and Qt's qtbase_*.qm) and replaces
// them at run time. Installing and removing translators makes Qt send QEvent::LanguageChange to
// the application and to every widget, which then sets its texts again. There is one per
// application (a child of it), used by main() at start-up and by View → Language.
#pragma once

#include <QLocale>
#include <QObject>

class QTranslator;

class LanguageSwitcher final : public QObject
{
    Q_OBJECT
public:
    // The application's switcher, created on first use as a child of the application.
    static LanguageSwitcher *forApplication();

    // The locale a language code stands for: "en", "vi", or "" for the system's language.
    static QLocale localeFor(const QString &code);

    // Where TopicDesk's topicdesk_<language>.qm files are: the application's resources
    // (":/i18n") unless set (tests load the compiled files from the build directory).
    void setDirectory(const QString &directory) { m_directory = directory; }

    // Replaces the installed translations with those of locale (English where TopicDesk has
    // none for it). Returns false, changing nothing, when not even English can be loaded.
    bool use(const QLocale &locale);
    // The locale of the translations in use.
    QLocale locale() const { return m_locale; }

signals:
    // After use() replaced the translations.
    void languageChanged();

private:
    explicit LanguageSwitcher(QObject *parent);

    // Deleting a translator removes it from the application.
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
    QLocale m_locale;
    QString m_directory = QStringLiteral(":/i18n");
};
