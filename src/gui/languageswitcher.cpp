#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("languageSwitcher"));
}

LanguageSwitcher *LanguageSwitcher::forApplication()
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    if (auto *existing = app->findChild<LanguageSwitcher *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new LanguageSwitcher(app);
}

QLocale LanguageSwitcher::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool LanguageSwitcher::use(const QLocale &locale)
{
    auto *own = new QTranslator(this);
    if (!own->load(locale, QStringLiteral("topicdesk"), QStringLiteral("_"), m_directory) &&
        !own->load(m_directory + QStringLiteral("/topicdesk_en"))) {
        delete own;
        return false;
    }
    auto *qt = new QTranslator(this);
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    // The old ones leave first: a translator installed later is asked first.
    delete m_own;
    delete m_qt;
    m_own = own;
    m_qt = qt;
    m_locale = locale;
    QCoreApplication::installTranslator(m_own);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt);
    emit languageChanged();
    return true;
}
