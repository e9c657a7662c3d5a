#include "namedsettings.h"

NamedSettings::NamedSettings(const QString &group, const QString &iniPath)
    : m_group(group)
    , m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

QString NamedSettings::pathOf(const QString &name) const
{
    return m_group + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

QStringList NamedSettings::names() const
{
    m_settings->beginGroup(m_group);
    QStringList names;
    for (const QString &key : m_settings->childGroups())
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void NamedSettings::remove(const QString &name)
{
    m_settings->remove(pathOf(name));
}

QSettings &NamedSettings::beginWrite(const QString &name)
{
    m_settings->remove(pathOf(name));
    m_settings->beginGroup(pathOf(name));
    return *m_settings;
}

QSettings &NamedSettings::beginRead(const QString &name)
{
    m_settings->beginGroup(pathOf(name));
    return *m_settings;
}
