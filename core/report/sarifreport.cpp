#include "core/report/sarifreport.h"

#include "core/report/jsonreport.h"
#include "core/report/jsonwriter.h"
#include "core/report/reportmodel.h"

#include <QHash>

namespace hullcheck::core {

namespace {

QString failLevel(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High: return QStringLiteral("error");
    case Severity::Medium:
    case Severity::Low: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

// GitHub code scanning ranks results by this CVSS-like number.
QString securitySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral("9.5");
    case Severity::High: return QStringLiteral("8.0");
    case Severity::Medium: return QStringLiteral("5.5");
    case Severity::Low: return QStringLiteral("3.0");
    case Severity::Info: return QStringLiteral("0.0");
    }
    return {};
}

struct KindLevel
{
    QString kind;
    QString level;
};

KindLevel kindLevel(const Finding &finding)
{
    switch (finding.status) {
    case Status::Fail:
    case Status::Waived: return {QStringLiteral("fail"), failLevel(finding.severity)};
    case Status::Warn: return {QStringLiteral("fail"), QStringLiteral("warning")};
    case Status::Info: return {QStringLiteral("informational"), QStringLiteral("none")};
    case Status::Pass: return {QStringLiteral("pass"), QStringLiteral("none")};
    case Status::Skip: return {QStringLiteral("notApplicable"), QStringLiteral("none")};
    }
    return {QStringLiteral("fail"), QStringLiteral("warning")};
}

void writeMessage(JsonWriter &out, QStringView name, const QString &text)
{
    out.key(name);
    out.beginObject();
    out.stringField(u"text", text);
    out.endObject();
}

QString helpText(const ReportRuleResults &entry)
{
    if (entry.rule == nullptr) {
        return entry.title;
    }
    const Rule &rule = *entry.rule;
    QStringList parts{rule.description, rule.rationale};
    if (!rule.remediation.isEmpty()) {
        parts.append(QStringLiteral("Remediation: ") + rule.remediation);
    }
    for (const QString &reference : rule.references) {
        parts.append(QStringLiteral("Reference: ") + reference);
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n"));
}

QString helpMarkdown(const ReportRuleResults &entry)
{
    if (entry.rule == nullptr) {
        return entry.title;
    }
    const Rule &rule = *entry.rule;
    QStringList parts{rule.description};
    if (!rule.rationale.isEmpty()) {
        parts.append(QStringLiteral("**Rationale.** ") + rule.rationale);
    }
    if (!rule.remediation.isEmpty()) {
        parts.append(QStringLiteral("**Remediation.** ") + rule.remediation);
    }
    if (!rule.references.isEmpty()) {
        parts.append(QStringLiteral("**References:**\n- ") + rule.references.join(QStringLiteral("\n- ")));
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n"));
}

void writeRule(JsonWriter &out, const ReportRuleResults &entry)
{
    out.beginObject();
    out.stringField(u"id", entry.ruleId);
    out.stringField(u"name", entry.title);
    writeMessage(out, u"shortDescription", entry.title);
    const QString description =
        entry.rule != nullptr && !entry.rule->description.isEmpty() ? entry.rule->description : entry.title;
    writeMessage(out, u"fullDescription", description);
    out.key(u"help");
    out.beginObject();
    out.stringField(u"text", helpText(entry));
    out.stringField(u"markdown", helpMarkdown(entry));
    out.endObject();
    out.key(u"defaultConfiguration");
    out.beginObject();
    out.stringField(u"level", failLevel(entry.severity));
    out.endObject();
    out.key(u"properties");
    out.beginObject();
    out.stringField(u"cis_id", entry.cisId);
    out.stringField(u"severity", severityName(entry.severity));
    out.stringField(u"security-severity", securitySeverity(entry.severity));
    out.key(u"tags");
    out.beginArray();
    out.string(u"security");
    out.string(u"docker");
    out.string(entry.cisId.isEmpty() ? QStringLiteral("hullcheck") : QStringLiteral("CIS-") + entry.cisId);
    out.endArray();
    out.endObject();
    out.endObject();
}

QString messageText(const Finding &finding)
{
    QString text =
        finding.title % QStringLiteral(" [") % ReportModel::targetLabel(finding.target) % QStringLiteral("]");
    if (!finding.evidence.isEmpty()) {
        text += QStringLiteral(": ") + finding.evidence;
    }
    if (!finding.reason.isEmpty()) {
        text += QStringLiteral(" (") + finding.reason + QLatin1Char(')');
    }
    return text;
}

void writeResult(JsonWriter &out, const Finding &finding, qint64 ruleIndex)
{
    const KindLevel mapped = kindLevel(finding);
    out.beginObject();
    out.stringField(u"ruleId", finding.ruleId);
    out.numberField(u"ruleIndex", ruleIndex);
    out.stringField(u"kind", mapped.kind);
    out.stringField(u"level", mapped.level);
    writeMessage(out, u"message", messageText(finding));
    out.key(u"locations");
    out.beginArray();
    out.beginObject();
    out.key(u"logicalLocations");
    out.beginArray();
    out.beginObject();
    const QString kind = scopeName(finding.target.kind);
    const QString name = finding.target.name.isEmpty() ? kind : finding.target.name;
    out.stringField(u"name", name);
    out.stringField(u"kind", QStringLiteral("resource"));
    out.stringField(u"fullyQualifiedName", QString(kind % QLatin1Char('/') % name));
    out.endObject();
    out.endArray();
    out.endObject();
    out.endArray();
    if (finding.status == Status::Waived) {
        out.key(u"suppressions");
        out.beginArray();
        out.beginObject();
        out.stringField(u"kind", QStringLiteral("external"));
        out.stringField(u"status", QStringLiteral("accepted"));
        out.stringField(u"justification", finding.reason);
        out.endObject();
        out.endArray();
    }
    out.key(u"properties");
    out.beginObject();
    out.stringField(u"status", statusName(finding.status));
    out.stringField(u"severity", severityName(finding.severity));
    out.stringField(u"target_kind", kind);
    out.stringField(u"target_id", finding.target.id);
    out.stringField(u"remediation", finding.remediation);
    out.endObject();
    out.endObject();
}

} // namespace

QByteArray sarifReport(const ReportModel &model)
{
    const ReportInput &input = model.input();
    JsonWriter out;
    out.beginObject();
    out.stringField(u"$schema",
                    QStringLiteral("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                                   "sarif-schema-2.1.0.json"));
    out.stringField(u"version", QStringLiteral("2.1.0"));
    out.key(u"runs");
    out.beginArray();
    out.beginObject();

    out.key(u"tool");
    out.beginObject();
    out.key(u"driver");
    out.beginObject();
    out.stringField(u"name", QStringLiteral("Hullcheck"));
    out.stringField(u"version", QStringLiteral(HULLCHECK_VERSION));
    out.stringField(u"semanticVersion", QStringLiteral(HULLCHECK_VERSION));
    out.key(u"rules");
    out.beginArray();
    QHash<QString, qint64> ruleIndex;
    for (const ReportRuleResults *entry : model.rules()) {
        ruleIndex.insert(entry->ruleId, ruleIndex.size());
        writeRule(out, *entry);
    }
    out.endArray();
    out.key(u"properties");
    out.beginObject();
    out.stringField(u"rules", input.result.rulesName);
    out.stringField(u"rules_version", input.result.rulesVersion);
    out.endObject();
    out.endObject();
    out.endObject();

    out.key(u"invocations");
    out.beginArray();
    out.beginObject();
    out.key(u"executionSuccessful");
    out.boolean(true);
    if (input.snapshot.collectedAt.isValid()) {
        out.stringField(u"startTimeUtc", input.snapshot.collectedAt.toUTC().toString(Qt::ISODate));
    }
    if (input.result.generatedAt.isValid()) {
        out.stringField(u"endTimeUtc", model.generatedAt());
    }
    out.key(u"properties");
    out.beginObject();
    writeDaemonIdentity(out, input.snapshot);
    out.stringField(u"policy", input.result.policyFile);
    out.endObject();
    out.endObject();
    out.endArray();

    out.key(u"results");
    out.beginArray();
    for (const Finding *finding : model.findings()) {
        writeResult(out, *finding, ruleIndex.value(finding->ruleId));
    }
    out.endArray();

    out.key(u"properties");
    out.beginObject();
    out.numberField(u"score", input.result.summary.score);
    out.key(u"passed_results_listed");
    out.boolean(model.includePassed());
    out.endObject();

    out.endObject();
    out.endArray();
    out.endObject();
    return out.take();
}

} // namespace hullcheck::core
