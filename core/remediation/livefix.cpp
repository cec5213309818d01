#include "core/remediation/livefix.h"

#include "core/remediation/fixlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::Remediation)
};

QJsonObject changedFields(const QJsonObject &inspect, const QJsonObject &body)
{
    const QJsonObject hostConfig = inspect.value(QLatin1String("HostConfig")).toObject();
    QJsonObject fields;
    for (auto it = body.begin(); it != body.end(); ++it) {
        fields.insert(it.key(), hostConfig.value(it.key()));
    }
    return fields;
}

// "HTTP 500: Minimum memory limit allowed is 6MB" → the daemon's part.
QString daemonMessage(const Error &error)
{
    static const QLatin1String prefix("HTTP ");
    if (error.detail.startsWith(prefix)) {
        const qsizetype colon = error.detail.indexOf(QLatin1String(": "));
        if (colon > 0) {
            return error.detail.mid(colon + 2);
        }
    }
    return error.message;
}

Result<QJsonObject> inspectContainer(DockerApi &api, const QString &id, const CancelFlag &cancel)
{
    const Result<QJsonValue> answer =
        api.getJson(QStringLiteral("/containers/") + id + QStringLiteral("/json"), cancel);
    if (!answer.ok()) {
        return answer.error();
    }
    if (!answer.value().isObject()) {
        return Error{ErrorKind::Parse, Tr::tr("The daemon's answer for container %1 is not an object.").arg(id), {}};
    }
    return answer.value().toObject();
}

} // namespace

Result<LiveFixOutcome>
applyLiveFix(DockerApi &api, const FixPlan &plan, const LiveFixContext &context, const CancelFlag &cancel)
{
    if (plan.kind != FixKind::Live || plan.apiPath.isEmpty() || plan.target.id.isEmpty()) {
        return Error{
            ErrorKind::InvalidArgument,
            Tr::tr("%1 on %2 has no live fix; use the generated artefact instead.").arg(plan.ruleId, plan.target.name),
            {}};
    }
    FixLogEntry entry;
    entry.when = QDateTime::currentDateTimeUtc();
    entry.endpoint = api.endpoint().url();
    entry.target = plan.target;
    entry.ruleId = plan.ruleId;
    entry.command = plan.equivalentCommand;
    entry.before = plan.before;
    entry.after = plan.after;
    const auto logged = [&context, &entry](Error error) -> Result<LiveFixOutcome> {
        entry.ok = false;
        entry.result = error.message;
        if (context.log) {
            context.log->append(entry); // a fix log that cannot be written does not hide the daemon's error
        }
        return error;
    };

    const Result<QJsonObject> current = inspectContainer(api, plan.target.id, cancel);
    if (!current.ok()) {
        return logged(current.error());
    }
    LiveFixOutcome outcome;
    outcome.before = changedFields(current.value(), plan.apiBody);
    entry.before = outcome.before;
    const Result<QJsonValue> updated =
        api.postJson(plan.apiPath, QJsonDocument(plan.apiBody).toJson(QJsonDocument::Compact), cancel);
    if (!updated.ok()) {
        Error error = updated.error();
        if (error.kind == ErrorKind::Http) {
            error.message = Tr::tr("Docker refused to change %1: %2").arg(plan.target.name, daemonMessage(error));
        }
        return logged(error);
    }
    for (const QJsonValue &warning : updated.value().toObject().value(QLatin1String("Warnings")).toArray()) {
        outcome.warnings.append(warning.toString());
    }
    const Result<QJsonObject> after = inspectContainer(api, plan.target.id, cancel);
    if (!after.ok()) {
        return logged(after.error());
    }
    outcome.inspect = after.value();
    outcome.after = changedFields(outcome.inspect, plan.apiBody);

    Snapshot rescan = context.snapshot;
    rescan.containers = QJsonArray{outcome.inspect};
    const ScanResult result = evaluate(rescan, context.rules, context.policy);
    outcome.status = Status::Skip;
    for (const Finding &finding : result.findings) {
        if (finding.target.kind == Scope::Container && finding.target.id == plan.target.id) {
            outcome.findings.append(finding);
            if (finding.ruleId == plan.ruleId) {
                outcome.status = finding.status;
            }
        }
    }
    entry.after = outcome.after;
    entry.ok = true;
    entry.result = statusName(outcome.status);
    if (context.log) {
        const VoidResult written = context.log->append(entry);
        if (!written.ok()) {
            outcome.warnings.append(written.error().message);
        }
    }
    return outcome;
}

QList<LiveFixAttempt>
applyLiveFixes(DockerApi &api, const QList<FixPlan> &plans, const LiveFixContext &context, const CancelFlag &cancel)
{
    QList<LiveFixAttempt> attempts;
    attempts.reserve(plans.size());
    for (const FixPlan &plan : plans) {
        if (cancel.load()) {
            attempts.append(
                {plan,
                 Error{ErrorKind::Cancelled, Tr::tr("Cancelled before %1 was changed.").arg(plan.target.name), {}}});
            continue;
        }
        attempts.append(LiveFixAttempt{plan, applyLiveFix(api, plan, context, cancel)});
    }
    return attempts;
}

} // namespace hullcheck::core
