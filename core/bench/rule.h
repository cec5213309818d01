#pragma once

#include "core/bench/condition.h"
#include "core/bench/finding.h"
#include "core/hullcheck_core_export.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hullcheck::core {

// One check, loaded from a YAML rule pack (resources/rules/*.yaml; README "Writing rules").
struct HULLCHECK_CORE_EXPORT Rule
{
    enum class EvidenceSource { Api, Host };

    QString id;       // ours: HC-...
    QString cisId;    // CIS Docker Benchmark v1.6.0 numbering ("5.5"), empty when none
    int cisLevel = 0; // 1 or 2 when CIS gives one
    QString title;
    QString description;
    QString rationale;
    Severity severity = Severity::Medium;
    Scope scope = Scope::Container;
    bool automated = true; // false: a manual review item, reported as warn with the review text
    EvidenceSource evidenceSource = EvidenceSource::Api;
    QString remediation; // placeholders: {name} {id} {short_id} {image} {value} {evidence} {socket} {config_file}
    QStringList references;

    // What the check is. Exactly one of: failWhen, passWhen, builtin; none for manual rules.
    std::optional<Condition> appliesWhen; // objects outside it get no result at all
    std::optional<Condition> failWhen;
    std::optional<Condition> passWhen;
    QString builtin;               // a named C++ check (core/bench/builtinchecks.h)
    QJsonObject params;            // its parameters
    Status onFail = Status::Fail;  // what a tripped check reports: fail, warn or info
    QList<JsonPath> evidencePaths; // values shown as evidence for declarative checks

    QString sourceFile; // where it was defined, for error messages
    int sourceLine = 0;

    // The CIS section ("5" for "5.12"), or "HC" for rules without a CIS id.
    QString section() const;
};

struct HULLCHECK_CORE_EXPORT RulePack
{
    QString name;    // "cis-docker-1.6.0"
    QString version; // the pack's own version
    QList<Rule> rules;
};

} // namespace hullcheck::core
