#include "registrysettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString unreadable(const QString &what, const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("RegistrySettings", "The %1 %2 does not exist.")
            .arg(what, path);
    if (!info.isFile() || !info.isReadable())
        return QCoreApplication::translate("RegistrySettings", "The %1 %2 cannot be read.")
            .arg(what, path);
    return {};
}

} // namespace

QString RegistrySettings::validate() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("RegistrySettings", text);
    };
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty())
        return tr("The schema registry address is not a valid web address (like "
                  "http://localhost:8081).");
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("The schema registry address must start with http:// or https://.");
    if (timeoutMs < 100 || timeoutMs > 600000)
        return tr("The schema registry timeout must be between 100 ms and 10 minutes.");
    if (!caFile.isEmpty()) {
        if (auto error = unreadable(tr("CA file"), caFile); !error.isEmpty())
            return error;
    }
    if (certificateFile.isEmpty() != keyFile.isEmpty())
        return tr("A client certificate needs both its certificate file and its key file.");
    if (!certificateFile.isEmpty()) {
        if (auto error = unreadable(tr("certificate file"), certificateFile); !error.isEmpty())
            return error;
        if (auto error = unreadable(tr("key file"), keyFile); !error.isEmpty())
            return error;
    }
    return {};
}
