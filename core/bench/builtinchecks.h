#pragma once

#include "core/bench/finding.h"
#include "core/bench/policy.h"
#include "core/bench/rule.h"
#include "core/hullcheck_core_export.h"
#include "core/snapshot/snapshot.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace hullcheck::core {

// What a check can see besides its object: the whole snapshot (for cross-object facts: the image of a
// container, the daemon's socket path, whether the host has AppArmor) and the policy.
class HULLCHECK_CORE_EXPORT ScanContext
{
public:
    ScanContext(const Snapshot &snapshot, const Policy &policy);

    const Snapshot &snapshot() const { return m_snapshot; }
    const Policy &policy() const { return m_policy; }

    // The objects rules of each scope evaluate (see README "Writing rules" for their shape):
    // daemon: {info, version, bridge (inspect of the default bridge), config (daemon.json, parsed),
    //          args (the daemon's command line), endpoint, host_collected}
    // host:   {host (host facts), info, version}
    // connection: the endpoint (transport, url, tls {enabled, verify, ca_file, cert_file, key_file}, ...) plus
    //          facts (the snapshot's connection facts)
    const QJsonObject &daemonObject() const { return m_daemon; }
    const QJsonObject &hostObject() const { return m_host; }
    const QJsonObject &connectionObject() const { return m_connection; }

    // Lookups over the snapshot.
    QJsonObject imageById(const QString &id) const;
    QStringList securityOptions() const; // /info SecurityOptions, e.g. "name=apparmor", "name=seccomp,profile=default"
    bool hostHas(const QString &securityOption) const; // "apparmor", "selinux", "rootless", "userns", "seccomp"
    QString daemonSocketPath() const;                  // the socket this scan used, or the default one

    // A daemon setting from its command line (--flag / --flag=value / --flag value) or daemon.json (key),
    // command line first. Empty optional when set nowhere. Only meaningful when host facts were collected.
    std::optional<QJsonValue> daemonSetting(const QString &flag, const QString &configKey) const;

private:
    const Snapshot &m_snapshot;
    const Policy &m_policy;
    QJsonObject m_daemon;
    QJsonObject m_host;
    QJsonObject m_connection;
    QHash<QString, qsizetype> m_imageIndex;
};

// The outcome of a builtin check on one object.
struct HULLCHECK_CORE_EXPORT CheckOutcome
{
    Status status = Status::Pass; // Pass, or Fail/Warn/Info, or Skip with a reason
    QString evidence;             // observed value(s); never a secret value
    QString reason;               // for Skip, and to explain Warn/Info
    QString value;                // fills the {value} placeholder of the remediation
};

using BuiltinCheck = std::function<CheckOutcome(const ScanContext &, const QJsonObject &object, const Rule &rule)>;

// Named checks in C++ where declarative conditions are not enough. Rules refer to them by name.
class HULLCHECK_CORE_EXPORT BuiltinChecks final
{
public:
    static const BuiltinChecks &instance();

    const BuiltinCheck *find(const QString &name) const;
    QStringList names() const;

    void add(const QString &name, BuiltinCheck check);

private:
    BuiltinChecks();
    QHash<QString, BuiltinCheck> m_checks;
};

// Each file of builtins registers its checks here (called once by BuiltinChecks()).
void registerHostChecks(BuiltinChecks &checks);       // core/bench/hostchecks.cpp
void registerDaemonChecks(BuiltinChecks &checks);     // core/bench/daemonchecks.cpp
void registerContainerChecks(BuiltinChecks &checks);  // core/bench/containerchecks.cpp
void registerImageChecks(BuiltinChecks &checks);      // core/bench/imagechecks.cpp
void registerConnectionChecks(BuiltinChecks &checks); // core/bench/connectionchecks.cpp

} // namespace hullcheck::core
