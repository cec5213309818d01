#include "core/report/reportdocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::ReportDocument)
};

QString sectionAnchor(const ReportSection &section)
{
    return QStringLiteral("section-") + section.id.toLower();
}

QString ruleHeading(const ReportRuleResults &rule)
{
    return rule.cisId.isEmpty() ? Tr::tr("%1 (%2)").arg(rule.title, rule.ruleId)
                                : Tr::tr("%1 %2 (%3)").arg(rule.cisId, rule.title, rule.ruleId);
}

// "fail 3, pass 12" over the statuses that occur, worst first.
QString countsText(const QMap<Status, int> &counts)
{
    QStringList parts;
    for (Status status : ReportModel::statusOrder()) {
        if (counts.value(status, 0) > 0) {
            parts.append(Tr::tr("%1 %2").arg(ReportModel::statusLabel(status)).arg(counts.value(status)));
        }
    }
    return parts.join(QStringLiteral(", "));
}

// A fix's settings, before or after: "Memory=536870912, PidsLimit=100".
QString settingsText(const QJsonObject &settings)
{
    QStringList parts;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const QString text =
            value.isString()
                ? value.toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        parts.append(it.key() + QLatin1Char('=') + text);
    }
    return parts.isEmpty() ? Tr::tr("(none)") : parts.join(QStringLiteral(", "));
}

ReportCell badge(Status status)
{
    return {ReportModel::statusLabel(status), status, false};
}

} // namespace

StatusColour statusColour(Status status)
{
    switch (status) {
    case Status::Pass: return {"#2e7d32", "#ffffff"};
    case Status::Fail: return {"#c62828", "#ffffff"};
    case Status::Warn: return {"#f9a825", "#000000"};
    case Status::Info: return {"#1565c0", "#ffffff"};
    case Status::Skip: return {"#9e9e9e", "#000000"};
    case Status::Waived: return {"#cfd8dc", "#000000"};
    }
    return {"#9e9e9e", "#000000"};
}

QMap<Status, int> statusTotals(const ReportModel &model)
{
    QMap<Status, int> totals;
    for (const ReportSection &section : model.sections()) {
        for (auto it = section.counts.cbegin(); it != section.counts.cend(); ++it) {
            totals[it.key()] += it.value();
        }
    }
    return totals;
}

void ReportDocument::write(const ReportModel &model)
{
    begin(model.title());
    heading(1, model.title(), QStringLiteral("cover"));
    facts(model.identity());
    facts(model.scanFacts());
    pageBreak();

    QList<ReportTocEntry> toc{{QStringLiteral("summary"), Tr::tr("Executive summary"), 1},
                              {QStringLiteral("results"), Tr::tr("Results by section"), 1}};
    for (const ReportSection &section : model.sections()) {
        toc.append({sectionAnchor(section), section.title, 2});
    }
    toc.append({{QStringLiteral("waivers"), Tr::tr("Waiver register"), 1},
                {QStringLiteral("fixlog"), Tr::tr("Fix log"), 1},
                {QStringLiteral("skipped"), Tr::tr("Skipped checks"), 1},
                {QStringLiteral("methodology"), Tr::tr("Methodology"), 1}});
    heading(2, Tr::tr("Contents"), QStringLiteral("contents"));
    tableOfContents(toc);
    pageBreak();

    writeSummary(model);
    pageBreak();
    heading(2, Tr::tr("Results by section"), QStringLiteral("results"));
    if (!model.includePassed()) {
        paragraph(Tr::tr("Passed results are counted per rule but not listed one by one."));
    }
    for (const ReportSection &section : model.sections()) {
        heading(2, section.title, sectionAnchor(section));
        paragraph(countsText(section.counts));
        for (const ReportRuleResults &rule : section.rules) {
            writeRule(rule);
        }
    }
    pageBreak();
    writeWaivers(model);
    writeFixLog(model);
    writeSkipped(model);
    heading(2, Tr::tr("Methodology"), QStringLiteral("methodology"));
    paragraph(ReportModel::methodology());
    end();
}

void ReportDocument::writeSummary(const ReportModel &model)
{
    heading(2, Tr::tr("Executive summary"), QStringLiteral("summary"));
    facts(model.summaryFacts());
    charts(model);
    QStringList headers{Tr::tr("Section")};
    for (Status status : ReportModel::statusOrder()) {
        headers.append(ReportModel::statusLabel(status));
    }
    QList<QList<ReportCell>> rows;
    for (const ReportSection &section : model.sections()) {
        QList<ReportCell> row{{section.title, std::nullopt, false}};
        for (Status status : ReportModel::statusOrder()) {
            const int count = section.counts.value(status, 0);
            row.append({QString::number(count), count > 0 ? std::optional<Status>(status) : std::nullopt, false});
        }
        rows.append(row);
    }
    table(headers, rows);
}

void ReportDocument::writeRule(const ReportRuleResults &rule)
{
    heading(3, ruleHeading(rule), {});
    paragraph(
        Tr::tr("Severity: %1. Results: %2.").arg(ReportModel::severityLabel(rule.severity), countsText(rule.counts)));
    if (rule.rule != nullptr && !rule.rule->rationale.isEmpty()) {
        paragraph(Tr::tr("Why: %1").arg(rule.rule->rationale));
    }
    if (rule.findings.isEmpty()) {
        return;
    }
    QList<QList<ReportCell>> rows;
    for (const Finding *finding : rule.findings) {
        const QString action = finding->status == Status::Pass ? QString() : finding->remediation;
        rows.append({badge(finding->status),
                     {ReportModel::targetLabel(finding->target), std::nullopt, false},
                     {finding->evidence, std::nullopt, true},
                     {finding->reason, std::nullopt, false},
                     {action, std::nullopt, false}});
    }
    table({Tr::tr("Status"), Tr::tr("Object"), Tr::tr("Evidence"), Tr::tr("Reason"), Tr::tr("Remediation")}, rows);
}

void ReportDocument::writeWaivers(const ReportModel &model)
{
    heading(2, Tr::tr("Waiver register"), QStringLiteral("waivers"));
    const QList<Waiver> waivers = model.waivers();
    if (model.result().policyFile.isEmpty()) {
        paragraph(Tr::tr("No policy was used: nothing is waived."));
        return;
    }
    if (waivers.isEmpty()) {
        paragraph(Tr::tr("The policy %1 waives nothing.").arg(model.result().policyFile));
        return;
    }
    paragraph(Tr::tr("Waivers of the policy %1:").arg(model.result().policyFile));
    QList<QList<ReportCell>> rows;
    for (const Waiver &waiver : waivers) {
        rows.append(
            {{waiver.ruleId, std::nullopt, true},
             {waiver.targetPattern, std::nullopt, true},
             {waiver.reason, std::nullopt, false},
             {waiver.approver, std::nullopt, false},
             {waiver.expires.isValid() ? waiver.expires.toString(Qt::ISODate) : Tr::tr("never"), std::nullopt, false}});
    }
    table({Tr::tr("Rule"), Tr::tr("Objects"), Tr::tr("Reason"), Tr::tr("Approver"), Tr::tr("Expires")}, rows);
}

void ReportDocument::writeFixLog(const ReportModel &model)
{
    heading(2, Tr::tr("Fix log"), QStringLiteral("fixlog"));
    const QList<FixLogEntry> &entries = model.input().fixLog;
    if (entries.isEmpty()) {
        paragraph(Tr::tr("No fixes were applied through Hullcheck."));
        return;
    }
    paragraph(Tr::tr("Live fixes applied to this daemon through Hullcheck, oldest first:"));
    QList<QList<ReportCell>> rows;
    for (const FixLogEntry &entry : entries) {
        const QString change = Tr::tr("%1 → %2").arg(settingsText(entry.before), settingsText(entry.after));
        const QString result = entry.ok ? entry.result : Tr::tr("failed: %1").arg(entry.result);
        const std::optional<Status> status = entry.ok ? statusFromName(entry.result) : std::optional(Status::Fail);
        rows.append({{entry.when.toUTC().toString(Qt::ISODate), std::nullopt, false},
                     {ReportModel::targetLabel(entry.target), std::nullopt, false},
                     {entry.ruleId, std::nullopt, true},
                     {change, std::nullopt, true},
                     {result, status, false}});
    }
    table({Tr::tr("When"), Tr::tr("Object"), Tr::tr("Rule"), Tr::tr("Before → after"), Tr::tr("Result")}, rows);
}

void ReportDocument::writeSkipped(const ReportModel &model)
{
    heading(2, Tr::tr("Skipped checks"), QStringLiteral("skipped"));
    const QList<const Finding *> skipped = model.skipped();
    if (skipped.isEmpty()) {
        paragraph(Tr::tr("No check was skipped."));
        return;
    }
    QList<QList<ReportCell>> rows;
    for (const Finding *finding : skipped) {
        rows.append({{finding->cisId.isEmpty() ? finding->ruleId : finding->cisId, std::nullopt, true},
                     {finding->title, std::nullopt, false},
                     {ReportModel::targetLabel(finding->target), std::nullopt, false},
                     {finding->reason, std::nullopt, false}});
    }
    table({Tr::tr("Rule"), Tr::tr("Check"), Tr::tr("Object"), Tr::tr("Reason")}, rows);
}

QList<BarSegment> stackedSegments(const QMap<Status, int> &counts, double x, double width)
{
    int total = 0;
    for (int count : counts) {
        total += count;
    }
    QList<BarSegment> segments;
    if (total == 0) {
        return segments;
    }
    for (Status status : ReportModel::statusOrder()) {
        const int count = counts.value(status, 0);
        if (count == 0) {
            continue;
        }
        const double segment = width * count / total;
        segments.append(BarSegment{status, count, x, segment, segment >= chart::MinLabelledSegment});
        x += segment;
    }
    return segments;
}

} // namespace hullcheck::core
