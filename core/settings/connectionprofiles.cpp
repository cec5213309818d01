#include "core/settings/connectionprofiles.h"

#include <QSettings>

#include <array>

namespace hullcheck::core {

namespace {

// Every key this class reads or writes.
constexpr QLatin1String ProfilesKey("connections/profiles"); // an array of the fields below
constexpr QLatin1String ActiveKey("connections/active");

// The text fields of a profile and their keys (paths and names only: never key material).
struct TextField
{
    const char *key;
    QString ConnectionOptions::*member;
};
constexpr std::array<TextField, 5> TextFields{{{"host", &ConnectionOptions::host},
                                               {"context", &ConnectionOptions::context},
                                               {"tlsCaCert", &ConnectionOptions::tlsCaCert},
                                               {"tlsCert", &ConnectionOptions::tlsCert},
                                               {"tlsKey", &ConnectionOptions::tlsKey}}};
constexpr QLatin1String NameKey("name");
constexpr QLatin1String TlsKey("tls");
constexpr QLatin1String TlsVerifyKey("tlsVerify"); // "true", "false" or absent (not given)

} // namespace

ConnectionProfiles::ConnectionProfiles(QObject *parent)
    : QObject(parent)
{
}

ConnectionProfiles::~ConnectionProfiles() = default;

QList<ConnectionProfile> ConnectionProfiles::profiles() const
{
    QSettings settings;
    QList<ConnectionProfile> list;
    const int size = settings.beginReadArray(ProfilesKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = settings.value(NameKey).toString();
        if (profile.name.isEmpty()) {
            continue;
        }
        for (const TextField &field : TextFields) {
            profile.options.*field.member = settings.value(QLatin1String(field.key)).toString();
        }
        profile.options.tls = settings.value(TlsKey, false).toBool();
        if (settings.contains(TlsVerifyKey)) {
            profile.options.tlsVerify = settings.value(TlsVerifyKey).toBool();
        }
        list.append(profile);
    }
    settings.endArray();
    return list;
}

QStringList ConnectionProfiles::names() const
{
    QStringList names;
    for (const ConnectionProfile &profile : profiles()) {
        names.append(profile.name);
    }
    return names;
}

std::optional<ConnectionProfile> ConnectionProfiles::profile(const QString &name) const
{
    for (const ConnectionProfile &profile : profiles()) {
        if (profile.name == name) {
            return profile;
        }
    }
    return std::nullopt;
}

bool ConnectionProfiles::setProfile(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return false;
    }
    if (replaceProfile(profile.name, profile)) {
        return true;
    }
    QList<ConnectionProfile> list = profiles();
    list.append(profile);
    write(list);
    return true;
}

bool ConnectionProfiles::replaceProfile(const QString &oldName, const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return false;
    }
    QList<ConnectionProfile> updated;
    bool found = false;
    for (const ConnectionProfile &candidate : profiles()) {
        if (!found && candidate.name == oldName) {
            updated.append(profile);
            found = true;
        } else if (candidate.name != profile.name) { // a rename must not leave two profiles of the new name
            updated.append(candidate);
        }
    }
    if (!found) {
        return false;
    }
    write(updated);
    if (activeProfile() == oldName && oldName != profile.name) {
        setActiveProfile(profile.name);
    }
    return true;
}

bool ConnectionProfiles::removeProfile(const QString &name)
{
    QList<ConnectionProfile> list = profiles();
    const auto removed = list.removeIf([&name](const ConnectionProfile &profile) {
        return profile.name == name;
    });
    if (removed == 0) {
        return false;
    }
    write(list);
    if (activeProfile() == name) {
        setActiveProfile({});
    }
    return true;
}

QString ConnectionProfiles::activeProfile() const
{
    return QSettings().value(ActiveKey).toString();
}

void ConnectionProfiles::setActiveProfile(const QString &name)
{
    QSettings settings;
    if (name.isEmpty()) {
        settings.remove(ActiveKey);
    } else {
        settings.setValue(ActiveKey, name);
    }
    emit changed(ActiveKey);
}

void ConnectionProfiles::write(const QList<ConnectionProfile> &profiles)
{
    QSettings settings;
    settings.remove(ProfilesKey);
    settings.beginWriteArray(ProfilesKey, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(NameKey, profile.name);
        for (const TextField &field : TextFields) {
            const QString &value = profile.options.*field.member;
            if (!value.isEmpty()) {
                settings.setValue(QLatin1String(field.key), value);
            }
        }
        settings.setValue(TlsKey, profile.options.tls);
        if (profile.options.tlsVerify) {
            settings.setValue(TlsVerifyKey, *profile.options.tlsVerify);
        }
    }
    settings.endArray();
    emit changed(ProfilesKey);
}

} // namespace hullcheck::core
