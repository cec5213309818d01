#pragma once

#include "core/docker/endpointresolver.h"
#include "core/hullcheck_core_export.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hullcheck::core {

// A named way to reach a daemon: the docker CLI flags (host or context, TLS switches and file paths). Both host and
// context empty means "from the environment". Only paths are stored, never the contents of keys or certificates.
struct HULLCHECK_CORE_EXPORT ConnectionProfile
{
    QString name;
    ConnectionOptions options;
};

// The user's connection profiles and the active one, in QSettings under "connections/" (INI in the XDG config
// dir). The only reader and writer of those keys; they are listed in one table in the .cpp. Emits changed(key).
class HULLCHECK_CORE_EXPORT ConnectionProfiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProfiles)

public:
    explicit ConnectionProfiles(QObject *parent = nullptr);
    ~ConnectionProfiles() override;

    QList<ConnectionProfile> profiles() const; // in the order they were added
    QStringList names() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;

    // Adds the profile, or replaces the one of the same name. An empty name is refused (returns false).
    bool setProfile(const ConnectionProfile &profile);
    // Renames `oldName` to profile.name (replacing it in place); false when oldName does not exist.
    bool replaceProfile(const QString &oldName, const ConnectionProfile &profile);
    bool removeProfile(const QString &name);

    // The profile last connected with; empty when none (or it was removed).
    QString activeProfile() const;
    void setActiveProfile(const QString &name);

signals:
    void changed(const QString &key);

private:
    void write(const QList<ConnectionProfile> &profiles);
};

} // namespace hullcheck::core
