#include "core/report/jsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hullcheck::core {

QJsonObject reportJson(const ScanResult &result, const Snapshot &snapshot)
{
    QJsonObject summary;
    for (Status status : {Status::Pass, Status::Fail, Status::Warn, Status::Info, Status::Skip, Status::Waived}) {
        summary.insert(statusName(status), result.summary.byStatus.value(status, 0));
    }
    QJsonObject failures;
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        failures.insert(severityName(severity), result.summary.failuresBySeverity.value(severity, 0));
    }
    summary.insert(QLatin1String("failures_by_severity"), failures);
    summary.insert(QLatin1String("score"), result.summary.score);
    summary.insert(QLatin1String("total"), static_cast<int>(result.findings.size()));

    QJsonArray findings;
    for (const Finding &finding : result.findings) {
        findings.append(finding.toJson());
    }

    const Endpoint &endpoint = snapshot.endpoint;
    return QJsonObject{
        {QLatin1String("schema"), QStringLiteral("hullcheck-report/1")},
        {QLatin1String("tool"),
         QJsonObject{{QLatin1String("name"), QStringLiteral("hullcheck")},
                     {QLatin1String("version"), QStringLiteral(HULLCHECK_VERSION)},
                     {QLatin1String("rules_version"), result.rulesVersion}}},
        {QLatin1String("generated_at"), result.generatedAt.toUTC().toString(Qt::ISODate)},
        {QLatin1String("endpoint"),
         QJsonObject{{QLatin1String("host"), endpoint.url()},
                     {QLatin1String("tls"), endpoint.transport == Endpoint::Transport::Tcp && endpoint.tls.enabled},
                     {QLatin1String("verified"), !endpoint.isUnverified()},
                     {QLatin1String("source"), endpoint.source},
                     {QLatin1String("server_certificate_sha256"), snapshot.serverCertificateFingerprint}}},
        {QLatin1String("daemon"),
         QJsonObject{
             {QLatin1String("id"), snapshot.info.value(QLatin1String("ID")).toString()},
             {QLatin1String("name"), snapshot.info.value(QLatin1String("Name")).toString()},
             {QLatin1String("server_version"), snapshot.version.value(QLatin1String("Version")).toString()},
             {QLatin1String("api_version"), snapshot.apiVersion},
             {QLatin1String("os"), snapshot.info.value(QLatin1String("OperatingSystem")).toString()},
             {QLatin1String("kernel_version"), snapshot.info.value(QLatin1String("KernelVersion")).toString()}}},
        {QLatin1String("scan"),
         QJsonObject{{QLatin1String("snapshot_collected_at"), snapshot.collectedAt.toUTC().toString(Qt::ISODate)},
                     {QLatin1String("rules"), result.rulesName},
                     {QLatin1String("rules_total"), result.rulesTotal},
                     {QLatin1String("rules_disabled"), result.rulesDisabled},
                     {QLatin1String("policy"),
                      result.policyFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.policyFile)},
                     {QLatin1String("host_facts"), snapshot.host.collected},
                     {QLatin1String("host_facts_reason"), snapshot.host.unavailableReason},
                     {QLatin1String("objects"),
                      QJsonObject{{QLatin1String("containers"), static_cast<int>(snapshot.containers.size())},
                                  {QLatin1String("images"), static_cast<int>(snapshot.images.size())},
                                  {QLatin1String("networks"), static_cast<int>(snapshot.networks.size())},
                                  {QLatin1String("volumes"), static_cast<int>(snapshot.volumes.size())}}}}},
        {QLatin1String("summary"), summary},
        {QLatin1String("findings"), findings},
    };
}

QByteArray reportJsonBytes(const ScanResult &result, const Snapshot &snapshot)
{
    return QJsonDocument(reportJson(result, snapshot)).toJson(QJsonDocument::Indented);
}

} // namespace hullcheck::core
