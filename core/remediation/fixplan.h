#pragma once

#include "core/bench/engine.h"
#include "core/bench/finding.h"
#include "core/bench/policy.h"
#include "core/bench/rule.h"
#include "core/hullcheck_core_export.h"
#include "core/snapshot/snapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hullcheck::core {

// How a fix reaches the object: changed in place through the Engine API, or an artefact the user applies
// (a corrected docker run command, a compose service, a daemon.json patch, shell commands, Dockerfile lines).
enum class FixKind { Live, Artefact };

HULLCHECK_CORE_EXPORT QString fixKindName(FixKind kind); // "live", "artefact" (stable, for JSON)

// The rules a live fix can repair through POST /containers/{id}/update.
namespace fixrules {
inline constexpr auto Memory = "HC-CONTAINER-MEMORY-LIMIT";
inline constexpr auto Cpu = "HC-CONTAINER-CPU-LIMIT";
inline constexpr auto Pids = "HC-CONTAINER-PIDS-LIMIT";
inline constexpr auto Restart = "HC-CONTAINER-RESTART-POLICY";
} // namespace fixrules

// One proposed fix for one object.
struct HULLCHECK_CORE_EXPORT FixPlan
{
    QString ruleId;      // the rule the plan was made for
    QStringList ruleIds; // every failing rule of the object the plan repairs (ruleId first)
    Target target;
    FixKind kind = FixKind::Live;
    QString title; // translated, one line

    // Live fixes.
    QString apiPath;           // "/containers/ID/update"
    QJsonObject apiBody;       // {"Memory": 536870912, "MemorySwap": 536870912}
    QString equivalentCommand; // "docker update --memory 512m --memory-swap 512m NAME"
    QJsonObject before;        // the HostConfig fields the fix changes, as they are now
    QJsonObject after;         // ... and as they will be

    // Artefacts.
    QString artefactType; // "docker-run", "compose", "daemon.json", "shell", "dockerfile"
    QString artefact;     // the text to run, apply or save

    QStringList notes; // translated: what the user must know (restart needed, placeholders to fill, ...)

    QJsonObject toJson() const;
    QString toText() const; // for terminals: title, command or artefact, notes
};

// Which results to plan for. Empty fields match everything. `rule` is a rule id or a CIS id; `target` an
// object's name or the start of its id.
struct HULLCHECK_CORE_EXPORT FixFilter
{
    QString rule;
    QString target;
};

// The values live fixes and artefacts propose. Editable by the caller (the GUI dialog, CLI flags); the policy's
// `remediation` block sets the starting point (fixValuesFor).
struct HULLCHECK_CORE_EXPORT FixValues
{
    qint64 memoryBytes = 512LL * 1024 * 1024;
    qint64 cpuShares = 512; // relative weight; used when nanoCpus and cpuQuota are 0
    qint64 nanoCpus = 0;    // --cpus 1.5 = 1500000000
    qint64 cpuQuota = 0;    // microseconds per 100 ms period
    qint64 pidsLimit = 200;
    QString restartPolicy = QStringLiteral("on-failure"); // "no", "on-failure", "always", "unless-stopped"
    int restartRetries = 5;                               // on-failure:N; the rule's max_retries when it is lower
};

// Hullcheck's defaults with the policy's `remediation` values over them.
HULLCHECK_CORE_EXPORT FixValues fixValuesFor(const Policy &policy);

// The fixes for the failing (and warning) results of `result` that match `filter`: live plans for the
// container resource and restart rules, one docker run and one compose artefact per container with other
// failing rules, a daemon.json patch, host commands and Dockerfile lines. Pure: reads the snapshot only.
HULLCHECK_CORE_EXPORT QList<FixPlan> planFixes(const Snapshot &snapshot,
                                               const ScanResult &result,
                                               const RulePack &rules,
                                               const Policy &policy,
                                               const FixFilter &filter = {},
                                               const FixValues &values = {});

// The live plan for one rule on one container inspect object; an empty apiPath when the rule has no live fix.
HULLCHECK_CORE_EXPORT FixPlan planLiveFix(const QString &ruleId,
                                          const QJsonObject &container,
                                          const RulePack &rules,
                                          const FixValues &values = {});

// "512m", "1g", "1536k", "1000" (bytes): the shortest docker size notation that is exact.
HULLCHECK_CORE_EXPORT QString dockerSize(qint64 bytes);

} // namespace hullcheck::core
