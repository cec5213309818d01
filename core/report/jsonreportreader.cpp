#include "core/report/jsonreportreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hullcheck::core {

namespace {

constexpr QLatin1String ReportSchema("hullcheck-report/1");

// The translation context of the reader's messages.
class JsonReportReader
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::JsonReportReader)
};

Error parseError(const QString &fileName, const QString &reason)
{
    //: %1 a file name, %2 what is wrong with it
    return Error{ErrorKind::Parse,
                 JsonReportReader::tr("%1 is not a readable Hullcheck report: %2").arg(fileName, reason),
                 reason};
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// One finding; empty `problem` on success.
Finding readFinding(const QJsonObject &object, QString *problem)
{
    Finding finding;
    finding.ruleId = text(object, "rule_id");
    finding.cisId = text(object, "cis_id");
    finding.title = text(object, "title");
    finding.evidence = text(object, "evidence");
    finding.remediation = text(object, "remediation");
    finding.reason = text(object, "reason");
    const QJsonObject target = object.value(QLatin1String("target")).toObject();
    finding.target.id = text(target, "id");
    finding.target.name = text(target, "name");
    const std::optional<Status> status = statusFromName(text(object, "status"));
    const std::optional<Severity> severity = severityFromName(text(object, "severity"));
    const std::optional<Scope> scope = scopeFromName(text(target, "kind"));
    if (finding.ruleId.isEmpty()) {
        *problem = JsonReportReader::tr("a finding has no rule_id");
    } else if (!status) {
        *problem =
            JsonReportReader::tr("finding %1 has an unknown status \"%2\"").arg(finding.ruleId, text(object, "status"));
    } else if (!severity) {
        *problem = JsonReportReader::tr("finding %1 has an unknown severity \"%2\"")
                       .arg(finding.ruleId, text(object, "severity"));
    } else if (!scope) {
        *problem = JsonReportReader::tr("finding %1 has an unknown target kind \"%2\"")
                       .arg(finding.ruleId, text(target, "kind"));
    } else {
        finding.status = *status;
        finding.severity = *severity;
        finding.target.kind = *scope;
    }
    return finding;
}

void readIdentity(const QJsonObject &root, Snapshot &snapshot)
{
    const QJsonObject endpoint = root.value(QLatin1String("endpoint")).toObject();
    const QJsonObject daemon = root.value(QLatin1String("daemon")).toObject();
    // The endpoint as its URL says; TLS verification as the report recorded it.
    const QString host = text(endpoint, "host");
    Endpoint &target = snapshot.endpoint;
    if (host.startsWith(QLatin1String("tcp://"))) {
        target.transport = Endpoint::Transport::Tcp;
        const QString rest = host.mid(6);
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        target.hostName = colon < 0 ? rest : rest.left(colon);
        target.port = colon < 0 ? 0 : rest.mid(colon + 1).toInt();
        target.tls.enabled = endpoint.value(QLatin1String("tls")).toBool();
        target.tls.verify = endpoint.value(QLatin1String("verified")).toBool();
    } else {
        target.transport = Endpoint::Transport::Unix;
        target.socketPath = host.startsWith(QLatin1String("unix://")) ? host.mid(7) : host;
    }
    target.source = text(endpoint, "source");
    snapshot.serverCertificateFingerprint = text(endpoint, "server_certificate_sha256");
    snapshot.info.insert(QStringLiteral("ID"), text(daemon, "id"));
    snapshot.info.insert(QStringLiteral("Name"), text(daemon, "name"));
    snapshot.info.insert(QStringLiteral("OperatingSystem"), text(daemon, "os"));
    snapshot.info.insert(QStringLiteral("KernelVersion"), text(daemon, "kernel_version"));
    snapshot.version.insert(QStringLiteral("Version"), text(daemon, "server_version"));
    snapshot.apiVersion = text(daemon, "api_version");
}

} // namespace

bool isJsonReport(const QByteArray &bytes)
{
    // Cheap: the writer puts "schema" first, but any order is accepted.
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isObject() && text(document.object(), "schema") == ReportSchema;
}

Result<LoadedReport> parseJsonReport(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        //: %1 the JSON parser's message, %2 a byte offset
        return parseError(fileName,
                          JsonReportReader::tr("%1 at byte %2").arg(jsonError.errorString()).arg(jsonError.offset));
    }
    if (!document.isObject()) {
        return parseError(fileName, JsonReportReader::tr("the top level is not an object"));
    }
    const QJsonObject root = document.object();
    const QString schema = text(root, "schema");
    if (schema != ReportSchema) {
        return parseError(fileName,
                          schema.isEmpty()
                              ? JsonReportReader::tr("it has no \"schema\" key")
                              : JsonReportReader::tr("its schema is \"%1\", not \"%2\"").arg(schema, ReportSchema));
    }
    const QJsonValue findings = root.value(QLatin1String("findings"));
    if (!findings.isArray()) {
        return parseError(fileName, JsonReportReader::tr("it has no \"findings\" list"));
    }

    LoadedReport report;
    const QJsonObject tool = root.value(QLatin1String("tool")).toObject();
    report.toolVersion = text(tool, "version");
    report.snapshot.toolVersion = report.toolVersion;
    readIdentity(root, report.snapshot);

    ScanResult &result = report.result;
    result.rulesVersion = text(tool, "rules_version");
    result.generatedAt = QDateTime::fromString(text(root, "generated_at"), Qt::ISODate);
    if (!result.generatedAt.isValid()) {
        return parseError(fileName, JsonReportReader::tr("\"generated_at\" is not a date and time"));
    }
    const QJsonObject scan = root.value(QLatin1String("scan")).toObject();
    report.snapshot.collectedAt = QDateTime::fromString(text(scan, "snapshot_collected_at"), Qt::ISODate);
    report.snapshot.host.collected = scan.value(QLatin1String("host_facts")).toBool();
    report.snapshot.host.unavailableReason = text(scan, "host_facts_reason");
    result.rulesName = text(scan, "rules");
    result.rulesTotal = scan.value(QLatin1String("rules_total")).toInt();
    result.rulesDisabled = scan.value(QLatin1String("rules_disabled")).toInt();
    result.policyFile = text(scan, "policy");
    const QJsonObject objects = scan.value(QLatin1String("objects")).toObject();
    report.containers = objects.value(QLatin1String("containers")).toInt();
    report.images = objects.value(QLatin1String("images")).toInt();
    report.networks = objects.value(QLatin1String("networks")).toInt();
    report.volumes = objects.value(QLatin1String("volumes")).toInt();

    const QJsonArray list = findings.toArray();
    result.findings.reserve(list.size());
    for (const QJsonValue &value : list) {
        if (!value.isObject()) {
            return parseError(fileName, JsonReportReader::tr("a finding is not an object"));
        }
        QString problem;
        result.findings.append(readFinding(value.toObject(), &problem));
        if (!problem.isEmpty()) {
            return parseError(fileName, problem);
        }
    }

    const QJsonObject summary = root.value(QLatin1String("summary")).toObject();
    for (Status status : {Status::Pass, Status::Fail, Status::Warn, Status::Info, Status::Skip, Status::Waived}) {
        result.summary.byStatus.insert(status, summary.value(statusName(status)).toInt());
    }
    const QJsonObject bySeverity = summary.value(QLatin1String("failures_by_severity")).toObject();
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        result.summary.failuresBySeverity.insert(severity, bySeverity.value(severityName(severity)).toInt());
    }
    result.summary.score = summary.value(QLatin1String("score")).toInt(100);
    if (summary.value(QLatin1String("total")).toInt(-1) != result.findings.size()) {
        return parseError(fileName,
                          JsonReportReader::tr("the summary counts %1 results but the file lists %2")
                              .arg(summary.value(QLatin1String("total")).toInt(-1))
                              .arg(result.findings.size()));
    }
    return report;
}

Result<LoadedReport> readJsonReport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 a file name, %2 the system's reason
        return Error{ErrorKind::Io,
                     JsonReportReader::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     path};
    }
    return parseJsonReport(file.readAll(), QFileInfo(path).fileName());
}

} // namespace hullcheck::core
