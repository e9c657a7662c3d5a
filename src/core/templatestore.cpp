#include "templatestore.h"

namespace {
const QString Group = QStringLiteral("templates");

QString keyOf(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
} // namespace

TemplateStore::TemplateStore(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

QStringList TemplateStore::names() const
{
    m_settings->beginGroup(Group);
    QStringList names;
    for (const QString &key : m_settings->childGroups())
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ProduceRequest> TemplateStore::load(const QString &name) const
{
    if (!names().contains(name))
        return std::nullopt;
    QSettings &s = *m_settings;
    s.beginGroup(Group + QLatin1Char('/') + keyOf(name));
    ProduceRequest request;
    if (!s.value(QStringLiteral("keyIsNull"), true).toBool())
        request.key = s.value(QStringLiteral("key")).toByteArray();
    request.value = s.value(QStringLiteral("value")).toByteArray();
    request.valueIsNull = s.value(QStringLiteral("valueIsNull"), false).toBool();
    const int count = s.beginReadArray(QStringLiteral("headers"));
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        request.headers.append({s.value(QStringLiteral("name")).toByteArray(),
                                s.value(QStringLiteral("value")).toByteArray(),
                                s.value(QStringLiteral("valueIsNull")).toBool()});
    }
    s.endArray();
    s.endGroup();
    return request;
}

void TemplateStore::save(const QString &name, const ProduceRequest &request)
{
    QSettings &s = *m_settings;
    s.remove(Group + QLatin1Char('/') + keyOf(name));
    s.beginGroup(Group + QLatin1Char('/') + keyOf(name));
    s.setValue(QStringLiteral("keyIsNull"), !request.key.has_value());
    s.setValue(QStringLiteral("key"), request.key.value_or(QByteArray()));
    s.setValue(QStringLiteral("value"), request.value);
    s.setValue(QStringLiteral("valueIsNull"), request.valueIsNull);
    s.beginWriteArray(QStringLiteral("headers"), int(request.headers.size()));
    for (int i = 0; i < request.headers.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), request.headers.at(i).name);
        s.setValue(QStringLiteral("value"), request.headers.at(i).value);
        s.setValue(QStringLiteral("valueIsNull"), request.headers.at(i).valueIsNull);
    }
    s.endArray();
    s.endGroup();
}

void TemplateStore::remove(const QString &name)
{
    m_settings->remove(Group + QLatin1Char('/') + keyOf(name));
}
