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

void writeField(JsonWriter &out, QStringView key, const QString &text)
{
    out.key(key);
    out.string(text);
}

void writeCount(JsonWriter &out, QStringView key, qint64 count)
{
    out.key(key);
    out.number(count);
}

} // namespace

QByteArray reportJsonBytes(const ScanResult &result, const Snapshot &snapshot)
{
    // Written with a streaming writer: a 200-container scan has thousands of findings (see JsonWriter).
    const Endpoint &endpoint = snapshot.endpoint;
    const auto info = [&snapshot](const char *key) {
        return snapshot.info.value(QLatin1String(key)).toString();
    };
    JsonWriter out;
    out.beginObject();
    writeField(out, u"schema", QStringLiteral("hullcheck-report/1"));

    out.key(u"tool");
    out.beginObject();
    writeField(out, u"name", QStringLiteral("hullcheck"));
    writeField(out, u"version", QStringLiteral(HULLCHECK_VERSION));
    writeField(out, u"rules_version", result.rulesVersion);
    out.endObject();

    writeField(out, u"generated_at", result.generatedAt.toUTC().toString(Qt::ISODate));

    out.key(u"endpoint");
    out.beginObject();
    writeField(out, u"host", endpoint.url());
    out.key(u"tls");
    out.boolean(endpoint.transport == Endpoint::Transport::Tcp && endpoint.tls.enabled);
    out.key(u"verified");
    out.boolean(!endpoint.isUnverified());
    writeField(out, u"source", endpoint.source);
    writeField(out, u"server_certificate_sha256", snapshot.serverCertificateFingerprint);
    out.endObject();

    out.key(u"daemon");
    out.beginObject();
    writeField(out, u"id", info("ID"));
    writeField(out, u"name", info("Name"));
    writeField(out, u"server_version", snapshot.version.value(QLatin1String("Version")).toString());
    writeField(out, u"api_version", snapshot.apiVersion);
    writeField(out, u"os", info("OperatingSystem"));
    writeField(out, u"kernel_version", info("KernelVersion"));
    out.endObject();

    out.key(u"scan");
    out.beginObject();
    writeField(out, u"snapshot_collected_at", snapshot.collectedAt.toUTC().toString(Qt::ISODate));
    writeField(out, u"rules", result.rulesName);
    writeCount(out, u"rules_total", result.rulesTotal);
    writeCount(out, u"rules_disabled", result.rulesDisabled);
    out.key(u"policy");
    out.stringOrNull(result.policyFile);
    out.key(u"host_facts");
    out.boolean(snapshot.host.collected);
    writeField(out, u"host_facts_reason", snapshot.host.unavailableReason);
    out.key(u"objects");
    out.beginObject();
    writeCount(out, u"containers", snapshot.containers.size());
    writeCount(out, u"images", snapshot.images.size());
    writeCount(out, u"networks", snapshot.networks.size());
    writeCount(out, u"volumes", snapshot.volumes.size());
    out.endObject();
    out.endObject();

    out.key(u"summary");
    out.beginObject();
    for (Status status : {Status::Pass, Status::Fail, Status::Warn, Status::Info, Status::Skip, Status::Waived}) {
        writeCount(out, statusName(status), result.summary.byStatus.value(status, 0));
    }
    writeCount(out, u"total", result.findings.size());
    writeCount(out, u"score", result.summary.score);
    out.key(u"failures_by_severity");
    out.beginObject();
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        writeCount(out, severityName(severity), result.summary.failuresBySeverity.value(severity, 0));
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
