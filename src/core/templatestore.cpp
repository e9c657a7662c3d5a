#include "templatestore.h"

TemplateStore::TemplateStore(const QString &iniPath)
    : m_entries(QStringLiteral("templates"), iniPath)
{}

std::optional<ProduceRequest> TemplateStore::load(const QString &name) const
{
    if (!m_entries.contains(name))
        return std::nullopt;
    QSettings &s = m_entries.beginRead(name);
    ProduceRequest request;
    if (!s.value(QStringLiteral("keyIsNull"), true).toBool())
        request.key = s.value(QStringLiteral("key")).toByteArray();
    request.value = s.value(QStringLiteral("value")).toByteArray();
    request.valueIsNull = s.value(QStringLiteral("valueIsNull"), false).toBool();
    // The array's size is a number from the file: a damaged one must not loop for minutes.
    // Damaged headers are left out; the key and value still load.
    bool sizeOk = true;
    const QVariant storedSize = s.value(QStringLiteral("headers/size"));
    const qlonglong size = storedSize.isValid() ? storedSize.toString().toLongLong(&sizeOk) : 0;
    if (sizeOk && size >= 0 && size <= MaxHeaders) {
        const int count = s.beginReadArray(QStringLiteral("headers"));
        for (int i = 0; i < count; ++i) {
            s.setArrayIndex(i);
            request.headers.append({s.value(QStringLiteral("name")).toByteArray(),
                                    s.value(QStringLiteral("value")).toByteArray(),
                                    s.value(QStringLiteral("valueIsNull")).toBool()});
        }
        s.endArray();
    }
    s.endGroup();
    return request;
}

void TemplateStore::save(const QString &name, const ProduceRequest &request)
{
    QSettings &s = m_entries.beginWrite(name);
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
