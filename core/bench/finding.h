#pragma once

#include "core/hullcheck_core_export.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace hullcheck::core {

// Ordered from best to worst, so "the worst status of an object" is a max().
enum class Status { Pass, Info, Skip, Waived, Warn, Fail };
enum class Severity { Info, Low, Medium, High, Critical };
// Connection: how this scan reached the daemon (transport, TLS, the client's key and certificate files).
enum class Scope { Host, Daemon, Container, Image, Network, Volume, Connection };

HULLCHECK_CORE_EXPORT QString statusName(Status status);       // "pass", ... (stable, for JSON)
HULLCHECK_CORE_EXPORT QString severityName(Severity severity); // "critical", ...
HULLCHECK_CORE_EXPORT QString scopeName(Scope scope);          // "container", ...
HULLCHECK_CORE_EXPORT std::optional<Status> statusFromName(const QString &name);
HULLCHECK_CORE_EXPORT std::optional<Severity> severityFromName(const QString &name);
HULLCHECK_CORE_EXPORT std::optional<Scope> scopeFromName(const QString &name);

// The object a result is about. Container names carry no leading slash.
struct HULLCHECK_CORE_EXPORT Target
{
    Scope kind = Scope::Container;
    QString id;
    QString name;

    QJsonObject toJson() const;
};

// One rule evaluated on one object.
struct HULLCHECK_CORE_EXPORT Finding
{
    QString ruleId;
    QString cisId; // CIS Docker Benchmark v1.6.0 id, empty when the rule has none
    QString title;
    Severity severity = Severity::Medium;
    Status status = Status::Pass;
    Target target;
    QString evidence;    // what was observed; secret values are redacted
    QString remediation; // filled from the object's values
    QString reason;      // why skip/waived/warn, when there is one
};

} // namespace hullcheck::core

Q_DECLARE_METATYPE(hullcheck::core::Finding)
