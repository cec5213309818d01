#include "core/report/reportmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::ReportModel)
};

// "5.10" after "5.9"; ids without a number (and the empty id) after every numbered one.
bool cisLess(const QString &a, const QString &b)
{
    if (a.isEmpty() != b.isEmpty()) {
        return b.isEmpty();
    }
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        bool leftNumber = false;
        bool rightNumber = false;
        const int l = left.at(i).toInt(&leftNumber);
        const int r = right.at(i).toInt(&rightNumber);
        if (leftNumber && rightNumber && l != r) {
            return l < r;
        }
        if (!(leftNumber && rightNumber) && left.at(i) != right.at(i)) {
            return left.at(i) < right.at(i);
        }
    }
    return left.size() < right.size();
}

bool targetLess(const Finding *a, const Finding *b)
{
    return std::tie(a->target.kind, a->target.name, a->target.id) <
           std::tie(b->target.kind, b->target.name, b->target.id);
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : Tr::tr("unknown");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

ReportModel::ReportModel(ReportInput input, ReportFormat format)
    : m_input(std::move(input))
    , m_includePassed(m_input.options.includePassed.value_or(includesPassedByDefault(format)))
{
    for (const Rule &rule : m_input.rules.rules) {
        m_rulesById.insert(rule.id, &rule);
    }
    // Group by section, then rule; QMap keeps ids unique, the sort below gives the order.
    QHash<QString, ReportRuleResults> byRule;
    for (const Finding &finding : std::as_const(m_input.result.findings)) {
        ReportRuleResults &entry = byRule[finding.ruleId];
        if (entry.ruleId.isEmpty()) {
            entry.rule = m_rulesById.value(finding.ruleId);
            entry.ruleId = finding.ruleId;
            entry.cisId = finding.cisId;
            entry.title = finding.title;
            entry.severity = finding.severity;
        }
        entry.severity = std::max(entry.severity, finding.severity); // a policy may override per rule
        entry.counts[finding.status] += 1;
        if (m_includePassed || finding.status != Status::Pass) {
            entry.findings.append(&finding);
        }
    }
    QHash<QString, ReportSection> bySection;
    for (auto it = byRule.begin(); it != byRule.end(); ++it) {
        ReportRuleResults &entry = it.value();
        std::stable_sort(entry.findings.begin(), entry.findings.end(), targetLess);
        const QString sectionId =
            entry.cisId.isEmpty() ? QStringLiteral("HC") : entry.cisId.section(QLatin1Char('.'), 0, 0);
        ReportSection &section = bySection[sectionId];
        section.id = sectionId;
        section.title = sectionTitle(sectionId);
        for (auto count = entry.counts.cbegin(); count != entry.counts.cend(); ++count) {
            section.counts[count.key()] += count.value();
        }
        section.rules.append(std::move(entry));
    }
    for (ReportSection &section : bySection) {
        std::sort(section.rules.begin(), section.rules.end(), [](const auto &a, const auto &b) {
            if (a.cisId != b.cisId) {
                return cisLess(a.cisId, b.cisId);
            }
            return a.ruleId < b.ruleId;
        });
        m_sections.append(std::move(section));
    }
    std::sort(m_sections.begin(), m_sections.end(), [](const ReportSection &a, const ReportSection &b) {
        return cisLess(a.id == QLatin1String("HC") ? QString() : a.id, b.id == QLatin1String("HC") ? QString() : b.id);
    });
    for (const ReportSection &section : std::as_const(m_sections)) {
        for (const ReportRuleResults &rule : section.rules) {
            m_findings.append(rule.findings);
        }
    }
}

QList<const ReportRuleResults *> ReportModel::rules() const
{
    QList<const ReportRuleResults *> rules;
    for (const ReportSection &section : m_sections) {
        for (const ReportRuleResults &rule : section.rules) {
            rules.append(&rule);
        }
    }
    return rules;
}

QList<ReportFact> ReportModel::identity() const
{
    const Snapshot &snapshot = m_input.snapshot;
    const Endpoint &endpoint = snapshot.endpoint;
    const auto info = [&snapshot](const char *key) {
        return snapshot.info.value(QLatin1String(key)).toString();
    };
    QString tls;
    if (endpoint.transport == Endpoint::Transport::Unix) {
        tls = Tr::tr("not used (local Unix socket)");
    } else if (!endpoint.tls.enabled) {
        tls = Tr::tr("none: plain TCP, NOT verified");
    } else {
        tls = endpoint.tls.verify ? Tr::tr("TLS, server certificate verified")
                                  : Tr::tr("TLS, server certificate NOT verified");
    }
    return {
        {Tr::tr("Daemon name"), orDash(info("Name"))},
        {Tr::tr("Daemon ID"), orDash(info("ID"))},
        {Tr::tr("Engine version"), orDash(snapshot.version.value(QLatin1String("Version")).toString())},
        {Tr::tr("API version"),
         Tr::tr("%1 (daemon maximum %2)").arg(orDash(snapshot.apiVersion), orDash(snapshot.serverApiVersion))},
        {Tr::tr("Operating system"), orDash(info("OperatingSystem"))},
        {Tr::tr("Endpoint"), Tr::tr("%1 (chosen by %2)").arg(endpoint.url(), orDash(endpoint.source))},
        {Tr::tr("TLS"), tls},
        {Tr::tr("Server certificate SHA-256"), orDash(snapshot.serverCertificateFingerprint)},
    };
}

QList<ReportFact> ReportModel::scanFacts() const
{
    const Snapshot &snapshot = m_input.snapshot;
    const ScanResult &result = m_input.result;
    const QString scope = Tr::tr("%1 containers, %2 images, %3 networks, %4 volumes, the daemon and the host")
                              .arg(snapshot.containers.size())
                              .arg(snapshot.images.size())
                              .arg(snapshot.networks.size())
                              .arg(snapshot.volumes.size());
    const QString host = snapshot.host.collected ? Tr::tr("read from this machine")
                                                 : Tr::tr("not read: %1").arg(orDash(snapshot.host.unavailableReason));
    return {
        {Tr::tr("Snapshot collected"), iso(snapshot.collectedAt)},
        {Tr::tr("Report generated"), generatedAt()},
        {Tr::tr("Tool"), QStringLiteral("Hullcheck " HULLCHECK_VERSION)},
        {Tr::tr("Rule pack"), Tr::tr("%1, version %2").arg(orDash(result.rulesName), orDash(result.rulesVersion))},
        {Tr::tr("Rules"),
         Tr::tr("%1 in the pack, %2 disabled by the policy").arg(result.rulesTotal).arg(result.rulesDisabled)},
        {Tr::tr("Policy"), result.policyFile.isEmpty() ? Tr::tr("none") : result.policyFile},
        {Tr::tr("Scope"), scope},
        {Tr::tr("Host facts"), host},
        {Tr::tr("Passed results"), m_includePassed ? Tr::tr("listed") : Tr::tr("counted per rule, not listed")},
    };
}

QList<ReportFact> ReportModel::summaryFacts() const
{
    const ScanSummary &summary = m_input.result.summary;
    QList<ReportFact> facts{{Tr::tr("Score"), Tr::tr("%1/100").arg(summary.score)}};
    for (Status status : statusOrder()) {
        facts.append({statusLabel(status), QString::number(summary.byStatus.value(status, 0))});
    }
    facts.append({Tr::tr("Total results"), QString::number(m_input.result.findings.size())});
    for (Severity severity : severityOrder()) {
        facts.append({Tr::tr("Failures, %1").arg(severityLabel(severity)),
                      QString::number(summary.failuresBySeverity.value(severity, 0))});
    }
    return facts;
}

QList<Waiver> ReportModel::waivers() const
{
    QList<Waiver> waivers = m_input.policy.waivers;
    std::stable_sort(waivers.begin(), waivers.end(), [](const Waiver &a, const Waiver &b) {
        return std::tie(a.ruleId, a.targetPattern) < std::tie(b.ruleId, b.targetPattern);
    });
    return waivers;
}

QList<const Finding *> ReportModel::skipped() const
{
    QList<const Finding *> skipped;
    std::copy_if(m_findings.begin(), m_findings.end(), std::back_inserter(skipped), [](const Finding *finding) {
        return finding->status == Status::Skip;
    });
    return skipped;
}

QString ReportModel::title() const
{
    return Tr::tr("Hullcheck report: %1").arg(m_input.snapshot.displayName());
}

QString ReportModel::generatedAt() const
{
    return iso(m_input.result.generatedAt);
}

QString ReportModel::sectionTitle(const QString &sectionId)
{
    static const std::array<const char *, 7> Titles{
        QT_TRANSLATE_NOOP("hullcheck::core::ReportModel", "Host Configuration"),
        QT_TRANSLATE_NOOP("hullcheck::core::ReportModel", "Docker daemon configuration"),
        QT_TRANSLATE_NOOP("hullcheck::core::ReportModel", "Docker daemon configuration files"),
        QT_TRANSLATE_NOOP("hullcheck::core::ReportModel", "Container Images and Build File"),
        QT_TRANSLATE_NOOP("hullcheck::core::ReportModel", "Container Runtime"),
        QT_TRANSLATE_NOOP("hullcheck::core::ReportModel", "Docker Security Operations"),
        QT_TRANSLATE_NOOP("hullcheck::core::ReportModel", "Docker Swarm Configuration"),
    };
    bool number = false;
    const int index = sectionId.toInt(&number);
    if (number && index >= 1 && index <= static_cast<int>(Titles.size())) {
        return Tr::tr("CIS %1: %2").arg(sectionId, Tr::tr(Titles.at(static_cast<size_t>(index - 1))));
    }
    if (sectionId == QLatin1String("HC")) {
        return Tr::tr("Hullcheck practices (no CIS id)");
    }
    return Tr::tr("Section %1").arg(sectionId);
}

QString ReportModel::statusLabel(Status status)
{
    switch (status) {
    case Status::Pass: return Tr::tr("Pass");
    case Status::Fail: return Tr::tr("Fail");
    case Status::Warn: return Tr::tr("Warn");
    case Status::Info: return Tr::tr("Info");
    case Status::Skip: return Tr::tr("Skip");
    case Status::Waived: return Tr::tr("Waived");
    }
    return {};
}

QString ReportModel::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return Tr::tr("Critical");
    case Severity::High: return Tr::tr("High");
    case Severity::Medium: return Tr::tr("Medium");
    case Severity::Low: return Tr::tr("Low");
    case Severity::Info: return Tr::tr("Info");
    }
    return {};
}

QString ReportModel::targetLabel(const Target &target)
{
    if (target.kind == Scope::Host || target.kind == Scope::Daemon || target.name.isEmpty()) {
        return scopeName(target.kind);
    }
    return scopeName(target.kind) % QLatin1Char(' ') % target.name;
}

QString ReportModel::methodology()
{
    return Tr::tr("Hullcheck collected one snapshot of the daemon through the Docker Engine API (read-only calls: "
                  "/info, /version, and the inspect data of every container, image, network and volume), plus, for a "
                  "local daemon, the owner and mode of the files and the processes the host checks need. Every rule of "
                  "the rule pack (the CIS Docker Benchmark v1.6.0 and Hullcheck's own practices) was then evaluated on "
                  "every object of its scope, offline, as a pure function of the snapshot. Each rule and object gets "
                  "one result: pass, fail, warn (a heuristic or a manual review item), info, skip (with the reason, "
                  "e.g. no host access) or waived (by the policy, with reason, approver and expiry). Environment "
                  "values are never shown: evidence names the variable, not its value. The score weighs automated "
                  "results by severity (critical 10, high 5, medium 3, low 1): pass earns the full weight, warn half, "
                  "fail nothing.");
}

const QList<Status> &ReportModel::statusOrder()
{
    static const QList<Status> Order{
        Status::Fail, Status::Warn, Status::Info, Status::Skip, Status::Waived, Status::Pass};
    return Order;
}

const QList<Severity> &ReportModel::severityOrder()
{
    static const QList<Severity> Order{
        Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info};
    return Order;
}

} // namespace hullcheck::core
