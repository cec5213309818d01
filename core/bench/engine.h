#pragma once

#include "core/bench/finding.h"
#include "core/bench/policy.h"
#include "core/bench/rule.h"
#include "core/hullcheck_core_export.h"
#include "core/snapshot/snapshot.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace hullcheck::core {

struct HULLCHECK_CORE_EXPORT ScanSummary
{
    QMap<Status, int> byStatus;
    QMap<Severity, int> failuresBySeverity; // fail results per severity
    int score = 100;                        // 0..100, see computeScore()
};

struct HULLCHECK_CORE_EXPORT ScanResult
{
    QList<Finding> findings; // ordered by rule (pack order), then object
    ScanSummary summary;
    QString rulesName;
    QString rulesVersion;
    int rulesTotal = 0;    // rules in the pack
    int rulesDisabled = 0; // disabled by the policy
    QString policyFile;    // empty: no policy
    QDateTime generatedAt; // UTC
    qint64 evaluationMicros = 0;
};

// Runs every rule on every object of its scope. Pure: no I/O, no daemon calls. `today` decides waiver expiry.
HULLCHECK_CORE_EXPORT ScanResult evaluate(const Snapshot &snapshot,
                                          const RulePack &rules,
                                          const Policy &policy,
                                          const QDate &today = QDate::currentDate());

// The score (0..100): automated results only; each weighs its severity (critical 10, high 5, medium 3,
// low 1, info 0); pass earns its full weight, warn half, fail nothing; info, skip and waived do not count.
// No counted result at all gives 100.
HULLCHECK_CORE_EXPORT int computeScore(const QList<Finding> &findings, const RulePack &rules);

} // namespace hullcheck::core
