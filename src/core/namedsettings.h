// NamedSettings: a QSettings group of named entries (profiles, templates), each name kept as a
// subgroup whose key is the percent-encoded name, so any text can be a name.
#pragma once

#include <QSettings>
#include <QStringList>

#include <memory>

class NamedSettings final
{
public:
    // The application's settings, or an INI file at iniPath (tests).
    NamedSettings(const QString &group, const QString &iniPath);

    QStringList names() const; // sorted, case-insensitively
    bool contains(const QString &name) const { return names().contains(name); }
    void remove(const QString &name);
    // Starts a fresh entry (dropping what was there) or reads one; end with endGroup() on the
    // QSettings returned.
    QSettings &beginWrite(const QString &name);
    QSettings &beginRead(const QString &name);
    void sync() { m_settings->sync(); }

private:
    QString pathOf(const QString &name) const;

    QString m_group;
    std::unique_ptr<QSettings> m_settings;
};
