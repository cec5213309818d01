#pragma once

#include "core/bench/finding.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace hullcheck::core {

// A user's decision that one rule does not apply to some objects.
struct HULLCHECK_CORE_EXPORT Waiver
{
    QString ruleId;        // a rule id or a CIS id ("5.10")
    QString targetPattern; // glob over the object's name ("web-*"; "*" for all)
    QString reason;
    QString approver;
    QDate expires; // invalid: never

    bool matches(const Finding &finding) const;
    bool isExpired(const QDate &today) const;
};

// The values live fixes propose (the `remediation` block of a policy); an unset field keeps Hullcheck's default.
struct HULLCHECK_CORE_EXPORT RemediationDefaults
{
    std::optional<qint64> memoryBytes;    // memory_limit_mb, in bytes
    std::optional<qint64> cpuShares;      // cpu_shares
    std::optional<qint64> nanoCpus;       // cpus × 10⁹
    std::optional<qint64> pidsLimit;      // pids_limit
    std::optional<QString> restartPolicy; // restart_policy: "no", "on-failure", "always", "unless-stopped"
    std::optional<int> restartMaxRetries; // restart_max_retries (on-failure only)
};

// Settings that shape a scan: loaded from --policy FILE (YAML; README "Policy file").
struct HULLCHECK_CORE_EXPORT Policy
{
    QString sourceFile;
    QList<Waiver> waivers;
    QStringList disabledRules;                  // rule ids or CIS ids
    QHash<QString, Severity> severityOverrides; // rule id or CIS id → severity
    QStringList requiredLabels;                 // label keys every container/image/network/volume must carry
    QStringList trustedRegistries;              // "docker.io", "registry.example.com:5000"
    int maxImageAgeDays = 365;                  // thresholds
    int maxLayers = 50;
    qint64 maxImageSizeBytes = 1024LL * 1024 * 1024;
    RemediationDefaults remediation;

    bool isDisabled(const QString &ruleId, const QString &cisId) const;
};

} // namespace hullcheck::core
