#include "core/report/jsonreport.h"

#include "core/report/jsonwriter.h"

#include <QJsonDocument>

namespace hullcheck::core {

namespace {

void writeFinding(JsonWriter &out, const Finding &finding)
{
    out.beginObject();
    out.key(u"rule_id");
    out.string(finding.ruleId);
    out.key(u"cis_id");
    out.stringOrNull(finding.cisId);
    out.key(u"title");
    out.string(finding.title);
    out.key(u"severity");
    out.string(severityName(finding.severity));
    out.key(u"status");
    out.string(statusName(finding.status));
    out.key(u"target");
    out.beginObject();
    out.key(u"kind");
    out.string(scopeName(finding.target.kind));
    out.key(u"id");
    out.string(finding.target.id);
    out.key(u"name");
    out.string(finding.target.name);
    out.endObject();
    out.key(u"evidence");
    out.string(finding.evidence);
    out.key(u"remediation");
    out.string(finding.remediation);
    out.key(u"reason");
    out.stringOrNull(finding.reason);
    out.endObject();
}

} // namespace

void writeDaemonIdentity(JsonWriter &out, const Snapshot &snapshot)
{
    const Endpoint &endpoint = snapshot.endpoint;
    const auto info = [&snapshot](const char *key) {
        return snapshot.info.value(QLatin1String(key)).toString();
    };
    out.key(u"endpoint");
    out.beginObject();
    out.stringField(u"host", endpoint.url());
    out.key(u"tls");
    out.boolean(endpoint.transport == Endpoint::Transport::Tcp && endpoint.tls.enabled);
    out.key(u"verified");
    out.boolean(!endpoint.isUnverified());
    out.stringField(u"source", endpoint.source);
    out.stringField(u"server_certificate_sha256", snapshot.serverCertificateFingerprint);
    out.endObject();

    out.key(u"daemon");
    out.beginObject();
    out.stringField(u"id", info("ID"));
    out.stringField(u"name", info("Name"));
    out.stringField(u"server_version", snapshot.version.value(QLatin1String("Version")).toString());
    out.stringField(u"api_version", snapshot.apiVersion);
    out.stringField(u"os", info("OperatingSystem"));
    out.stringField(u"kernel_version", info("KernelVersion"));
    out.endObject();
}

QByteArray reportJsonBytes(const ScanResult &result, const Snapshot &snapshot)
{
    // Written with a streaming writer: a 200-container scan has thousands of findings (see JsonWriter).
    JsonWriter out;
    out.beginObject();
    out.stringField(u"schema", QStringLiteral("hullcheck-report/1"));

    out.key(u"tool");
    out.beginObject();
    out.stringField(u"name", QStringLiteral("hullcheck"));
    out.stringField(u"version", QStringLiteral(HULLCHECK_VERSION));
    out.stringField(u"rules_version", result.rulesVersion);
    out.endObject();

    out.stringField(u"generated_at", result.generatedAt.toUTC().toString(Qt::ISODate));

    writeDaemonIdentity(out, snapshot);

    out.key(u"scan");
    out.beginObject();
    out.stringField(u"snapshot_collected_at", snapshot.collectedAt.toUTC().toString(Qt::ISODate));
    out.stringField(u"rules", result.rulesName);
    out.numberField(u"rules_total", result.rulesTotal);
    out.numberField(u"rules_disabled", result.rulesDisabled);
    out.key(u"policy");
    out.stringOrNull(result.policyFile);
    out.key(u"host_facts");
    out.boolean(snapshot.host.collected);
    out.stringField(u"host_facts_reason", snapshot.host.unavailableReason);
    out.key(u"objects");
    out.beginObject();
    out.numberField(u"containers", snapshot.containers.size());
    out.numberField(u"images", snapshot.images.size());
    out.numberField(u"networks", snapshot.networks.size());
    out.numberField(u"volumes", snapshot.volumes.size());
    out.endObject();
    out.endObject();

    out.key(u"summary");
    out.beginObject();
    for (Status status : {Status::Pass, Status::Fail, Status::Warn, Status::Info, Status::Skip, Status::Waived}) {
        out.numberField(statusName(status), result.summary.byStatus.value(status, 0));
    }
    out.numberField(u"total", result.findings.size());
    out.numberField(u"score", result.summary.score);
    out.key(u"failures_by_severity");
    out.beginObject();
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        out.numberField(severityName(severity), result.summary.failuresBySeverity.value(severity, 0));
    }
    out.endObject();
    out.endObject();

    out.key(u"findings");
    out.beginArray();
    for (const Finding &finding : result.findings) {
        writeFinding(out, finding);
    }
    out.endArray();
    out.endObject();
    return out.take();
}

QJsonObject reportJson(const ScanResult &result, const Snapshot &snapshot)
{
    return QJsonDocument::fromJson(reportJsonBytes(result, snapshot)).object();
}

} // namespace hullcheck::core
