#pragma once

#include "core/bench/engine.h"
#include "core/docker/dockerapi.h"
#include "core/hullcheck_core_export.h"
#include "core/remediation/fixplan.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace hullcheck::core {

class FixLog;

// What a live fix did: the object's inspect after the change and its rules evaluated again.
struct HULLCHECK_CORE_EXPORT LiveFixOutcome
{
    Status status = Status::Fail; // the plan's rule on the changed object
    QList<Finding> findings;      // every result of the object after the change
    QJsonObject inspect;          // the container as the daemon now shows it
    QJsonObject before;           // the changed fields, read from the daemon just before the change
    QJsonObject after;            // ... and just after it
    QStringList warnings;         // the daemon's warnings for the update
};

// The rules and settings to rescan with; `log` (may be null) receives every attempt, ok or not.
struct HULLCHECK_CORE_EXPORT LiveFixContext
{
    const Snapshot &snapshot; // the object's neighbours (its image, the daemon) for the rescan
    const RulePack &rules;
    const Policy &policy;
    const FixLog *log = nullptr;
};

// Applies a live plan: inspects the container, POSTs plan.apiBody to plan.apiPath, inspects again and
// evaluates that container's rules on a one-container copy of the snapshot. Blocking; honours `cancel`.
// A refusal carries the daemon's own message ("Minimum memory limit allowed is 6MB").
HULLCHECK_CORE_EXPORT Result<LiveFixOutcome>
applyLiveFix(DockerApi &api, const FixPlan &plan, const LiveFixContext &context, const CancelFlag &cancel);

// One object of a multi-object live fix, and what happened to it.
struct HULLCHECK_CORE_EXPORT LiveFixAttempt
{
    FixPlan plan;
    Result<LiveFixOutcome> outcome;
};

// Applies each plan in turn with applyLiveFix (the same fix on many objects: one selection in the GUI). A refusal
// does not stop the others; every attempt is logged. Plans not reached because of `cancel` come back cancelled.
HULLCHECK_CORE_EXPORT QList<LiveFixAttempt>
applyLiveFixes(DockerApi &api, const QList<FixPlan> &plans, const LiveFixContext &context, const CancelFlag &cancel);

} // namespace hullcheck::core
