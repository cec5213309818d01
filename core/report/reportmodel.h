#pragma once

#include "core/hullcheck_core_export.h"
#include "core/report/reportinput.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace hullcheck::core {

// One rule's results in a report: the listed findings (sorted by object) and the counts of all of them, so a
// report without passed results still says on how many objects a rule passed.
struct HULLCHECK_CORE_EXPORT ReportRuleResults
{
    const Rule *rule = nullptr; // null when the pack no longer has the rule (a saved result of another pack)
    QString ruleId;
    QString cisId;
    QString title;
    Severity severity = Severity::Medium;
    QList<const Finding *> findings; // listed ones, by object kind, name, id
    QMap<Status, int> counts;        // every result of the rule, listed or not
};

// A CIS section ("5", "Container Runtime") or "HC" (Hullcheck practices without a CIS id).
struct HULLCHECK_CORE_EXPORT ReportSection
{
    QString id;
    QString title;
    QList<ReportRuleResults> rules; // by CIS id (numerically), then rule id
    QMap<Status, int> counts;
};

// A label and its value, for the cover and the scope.
struct HULLCHECK_CORE_EXPORT ReportFact
{
    QString label;
    QString value;
};

// The one view of a scan that every format writes: grouping, ordering and wording decided once, so CSV, SARIF,
// JUnit, Markdown, HTML and PDF say the same and come out identical for the same input (only the generation time
// varies). Never reads environment values or labels from the snapshot: evidence comes from the engine, redacted.
class HULLCHECK_CORE_EXPORT ReportModel final
{
public:
    ReportModel(ReportInput input, ReportFormat format);
    Q_DISABLE_COPY_MOVE(ReportModel)

    const ReportInput &input() const { return m_input; }
    const ScanResult &result() const { return m_input.result; }
    bool includePassed() const { return m_includePassed; }

    const QList<ReportSection> &sections() const { return m_sections; }
    // Every listed finding in report order (section, rule, object).
    const QList<const Finding *> &findings() const { return m_findings; }
    // Every rule that has results, in report order.
    QList<const ReportRuleResults *> rules() const;
    const Rule *rule(const QString &ruleId) const { return m_rulesById.value(ruleId); }

    QList<ReportFact> identity() const;     // the daemon: name, id, version, API version, endpoint, TLS, fingerprint
    QList<ReportFact> scanFacts() const;    // when, with what tool, rules, policy, and the scope
    QList<ReportFact> summaryFacts() const; // score, counts by status, failures by severity
    QList<Waiver> waivers() const;          // the policy's register, sorted by rule and target
    QList<const Finding *> skipped() const; // skipped results (with reasons), in report order
    QString title() const;                  // "Hullcheck report: <daemon>"
    QString generatedAt() const;            // RFC 3339 UTC: the one field that varies between runs

    static QString sectionTitle(const QString &sectionId);
    static QString statusLabel(Status status);        // translated "Pass", "Fail", ...
    static QString severityLabel(Severity severity);  // translated "Critical", ...
    static QString targetLabel(const Target &target); // "container hc-privileged", "daemon"
    static QString methodology();                     // how the scan works, for documents
    static const QList<Status> &statusOrder();        // fail, warn, info, skip, waived, pass
    static const QList<Severity> &severityOrder();    // critical .. info

private:
    ReportInput m_input;
    bool m_includePassed = true;
    QHash<QString, const Rule *> m_rulesById;
    QList<ReportSection> m_sections;
    QList<const Finding *> m_findings;
};

} // namespace hullcheck::core
