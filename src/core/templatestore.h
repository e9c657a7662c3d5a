// TemplateStore: named message templates (key, value, headers) kept in QSettings, so a message
// composed once can be sent again in later sessions.
#pragma once

#include "producerequest.h"

#include "namedsettings.h"

#include <QStringList>

#include <optional>

class TemplateStore final
{
public:
    // Uses the application's settings, or an INI file at iniPath (tests).
    explicit TemplateStore(const QString &iniPath = {});

    QStringList names() const { return m_entries.names(); }
    // The topic and partition of a template are not kept: it is sent where the user is.
    std::optional<ProduceRequest> load(const QString &name) const;
    void save(const QString &name, const ProduceRequest &request);
    void remove(const QString &name) { m_entries.remove(name); }
    // More headers than this means a damaged file.
    static constexpr int MaxHeaders = 10000;

private:
    mutable NamedSettings m_entries;
};
