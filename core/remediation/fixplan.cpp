#include "core/remediation/fixplan.h"

#include "core/bench/builtinchecks.h"
#include "core/remediation/containerartefacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::Remediation)
};

QString containerName(const QJsonObject &container)
{
    QString name = container.value(QLatin1String("Name")).toString();
    if (name.startsWith(QLatin1Char('/'))) {
        name.remove(0, 1);
    }
    return name;
}

const Rule *findRule(const RulePack &rules, const QString &id)
{
    const auto it = std::find_if(rules.rules.begin(), rules.rules.end(), [&id](const Rule &rule) {
        return rule.id == id;
    });
    return it == rules.rules.end() ? nullptr : &*it;
}

bool isLiveRule(const QString &ruleId)
{
    return ruleId == QLatin1String(fixrules::Memory) || ruleId == QLatin1String(fixrules::Cpu) ||
           ruleId == QLatin1String(fixrules::Pids) || ruleId == QLatin1String(fixrules::Restart);
}

bool matches(const FixFilter &filter, const Finding &finding)
{
    if (!filter.rule.isEmpty() && finding.ruleId.compare(filter.rule, Qt::CaseInsensitive) != 0 &&
        finding.cisId != filter.rule) {
        return false;
    }
    return filter.target.isEmpty() || finding.target.name == filter.target ||
           (filter.target.size() >= 4 && finding.target.id.startsWith(filter.target));
}

QJsonObject pick(const QJsonObject &object, const QStringList &keys)
{
    QJsonObject picked;
    for (const QString &key : keys) {
        picked.insert(key, object.value(key));
    }
    return picked;
}

// The values the secrets check flags on this container: their keys (environment variables and labels).
QSet<QString>
secretKeys(const Snapshot &snapshot, const Policy &policy, const RulePack &rules, const QJsonObject &container)
{
    Rule rule;
    if (const Rule *configured = findRule(rules, QStringLiteral("HC-CONTAINER-SECRETS"))) {
        rule = *configured;
    }
    rule.scope = Scope::Container;
    const BuiltinCheck *check = BuiltinChecks::instance().find(QStringLiteral("secrets"));
    if (!check) {
        return {};
    }
    const ScanContext context(snapshot, policy);
    const CheckOutcome outcome = (*check)(context, container, rule);
    if (outcome.status != Status::Fail || outcome.value.isEmpty()) {
        return {};
    }
    const QStringList keys = outcome.value.split(QLatin1Char(','));
    return QSet<QString>(keys.begin(), keys.end());
}

QJsonObject imageOf(const Snapshot &snapshot, const QString &id)
{
    for (const QJsonValue &image : snapshot.images) {
        if (image.toObject().value(QLatin1String("Id")).toString() == id) {
            return image.toObject();
        }
    }
    return {};
}

FixPlan artefactPlan(const QStringList &ruleIds, const Target &target, const QString &type, const QString &title)
{
    FixPlan plan;
    plan.ruleId = ruleIds.value(0);
    plan.ruleIds = ruleIds;
    plan.target = target;
    plan.kind = FixKind::Artefact;
    plan.artefactType = type;
    plan.title = title;
    return plan;
}

void planContainerArtefacts(QList<FixPlan> &plans,
                            const Snapshot &snapshot,
                            const RulePack &rules,
                            const Policy &policy,
                            const QJsonObject &container,
                            const QStringList &failing,
                            const FixValues &values)
{
    ContainerFixInput input;
    input.inspect = container;
    input.image = imageOf(snapshot, container.value(QLatin1String("Image")).toString());
    input.defaultLogDriver = snapshot.info.value(QLatin1String("LoggingDriver")).toString();
    input.secretKeys = secretKeys(snapshot, policy, rules, container);
    input.failingRules = failing;
    input.values = values;
    if (const Rule *capabilities = findRule(rules, QStringLiteral("HC-CONTAINER-CAPABILITIES"))) {
        for (const QJsonValue &value : capabilities->params.value(QLatin1String("dangerous")).toArray()) {
            input.dangerousCaps.append(value.toString().toUpper());
        }
    }
    const ContainerArtefacts artefacts = containerArtefacts(input);
    const Target target{Scope::Container, container.value(QLatin1String("Id")).toString(), containerName(container)};
    const QStringList ruleIds = artefacts.fixedRules.isEmpty() ? failing : artefacts.fixedRules;
    FixPlan run = artefactPlan(ruleIds,
                               target,
                               QStringLiteral("docker-run"),
                               Tr::tr("Recreate %1 with docker run, every setting kept, fixes added").arg(target.name));
    run.artefact = artefacts.dockerRun;
    run.notes = artefacts.notes;
    FixPlan compose =
        artefactPlan(ruleIds, target, QStringLiteral("compose"), Tr::tr("%1 as a compose service").arg(target.name));
    compose.artefact = artefacts.compose;
    if (!artefacts.placeholders.isEmpty()) {
        compose.notes.append(Tr::tr("Put the values of %1 in an .env file next to the compose file.")
                                 .arg(artefacts.placeholders.join(QStringLiteral(", "))));
    }
    plans.append(run);
    plans.append(compose);
}

// daemon.json keys that fix daemon rules: from daemon-setting parameters, else known builtins.
std::optional<std::pair<QString, QJsonValue>> daemonChange(const Rule &rule)
{
    if (rule.builtin == QLatin1String("daemon-setting")) {
        const QString key = rule.params.value(QLatin1String("key")).toString();
        const QJsonValue expect = rule.params.value(QLatin1String("expect"));
        if (!key.isEmpty() && !expect.isUndefined() && !expect.isNull()) {
            return std::make_pair(key, expect);
        }
        return std::nullopt;
    }
    if (rule.builtin == QLatin1String("bridge-icc")) {
        return std::make_pair(QStringLiteral("icc"), QJsonValue(false));
    }
    if (rule.builtin == QLatin1String("live-restore")) {
        return std::make_pair(QStringLiteral("live-restore"), QJsonValue(true));
    }
    if (rule.id == QLatin1String("HC-DAEMON-USERNS")) {
        return std::make_pair(QStringLiteral("userns-remap"), QJsonValue(QStringLiteral("default")));
    }
    return std::nullopt;
}

void planDaemon(QList<FixPlan> &plans, const Snapshot &snapshot, const QList<std::pair<const Rule *, Finding>> &failing)
{
    QJsonObject changes;
    QStringList ruleIds;
    Target target;
    for (const auto &[rule, finding] : failing) {
        if (const auto change = daemonChange(*rule)) {
            changes.insert(change->first, change->second);
            ruleIds.append(rule->id);
            target = finding.target;
        }
    }
    if (changes.isEmpty()) {
        return;
    }
    const HostFacts &host = snapshot.host;
    const QString path = host.configFile.isEmpty() ? QStringLiteral("/etc/docker/daemon.json") : host.configFile;
    FixPlan plan = artefactPlan(ruleIds, target, QStringLiteral("daemon.json"), Tr::tr("Patch %1").arg(path));
    const Result<DaemonJsonPatch> patch = daemonJsonPatch(host.configFileText, changes, path);
    if (patch.ok()) {
        plan.artefact = patch.value().diff;
        plan.after = changes;
    } else {
        plan.artefact = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Indented));
        plan.notes.append(patch.error().message);
    }
    if (!host.collected || !host.configFileExists) {
        plan.notes.append(Tr::tr("The current daemon.json was not read (no host access, or no file): merge these keys "
                                 "into the file the daemon uses."));
    }
    plan.notes.append(
        Tr::tr("Restart the daemon to apply it: sudo systemctl restart docker (live-restore alone takes a "
               "reload). Containers without live-restore stop during the restart."));
    plans.append(plan);
}

void planHost(QList<FixPlan> &plans, const Snapshot &snapshot, const Rule &rule, const Finding &finding)
{
    const QString path = snapshot.host.paths.value(rule.params.value(QLatin1String("role")).toString());
    QStringList lines;
    if (!path.isEmpty() && rule.builtin == QLatin1String("file-mode")) {
        QString mode = rule.params.value(QLatin1String("max")).toString();
        while (mode.size() > 3 && mode.startsWith(QLatin1Char('0'))) {
            mode.remove(0, 1);
        }
        lines.append(QStringLiteral("sudo chmod %1 %2").arg(mode, shellQuote(path)));
    } else if (!path.isEmpty() && rule.builtin == QLatin1String("file-owner")) {
        lines.append(QStringLiteral("sudo chown %1:%2 %3")
                         .arg(rule.params.value(QLatin1String("user")).toString(QStringLiteral("root")),
                              rule.params.value(QLatin1String("group")).toString(QStringLiteral("root")),
                              shellQuote(path)));
    } else if (!path.isEmpty() && rule.builtin == QLatin1String("audit-rule")) {
        const QString line = QStringLiteral("-w %1 -p rwxa -k docker").arg(path);
        lines.append(QStringLiteral("echo %1 | sudo tee -a /etc/audit/rules.d/docker.rules").arg(shellQuote(line)));
        lines.append(QStringLiteral("sudo augenrules --load"));
    }
    FixPlan plan = artefactPlan({rule.id}, finding.target, QStringLiteral("shell"), finding.title);
    if (lines.isEmpty()) {
        plan.artefact = finding.remediation;
        plan.notes.append(Tr::tr("No exact command is known for this result; the text is the rule's remediation."));
    } else {
        plan.artefact = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    plans.append(plan);
}

void planImage(QList<FixPlan> &plans, const Snapshot &snapshot, const QList<Finding> &failing)
{
    if (failing.isEmpty()) {
        return;
    }
    const Target &target = failing.first().target;
    const QJsonObject image = imageOf(snapshot, target.id);
    QStringList lines;
    QStringList ruleIds;
    const QString from = [&image, &target] {
        const QJsonArray digests = image.value(QLatin1String("RepoDigests")).toArray();
        if (!digests.isEmpty()) {
            return digests.first().toString();
        }
        const QJsonArray tags = image.value(QLatin1String("RepoTags")).toArray();
        return tags.isEmpty() ? target.name : tags.first().toString();
    }();
    for (const Finding &finding : failing) {
        ruleIds.append(finding.ruleId);
        if (finding.ruleId == QLatin1String("HC-IMAGE-ROOT-USER") ||
            finding.ruleId == QLatin1String("HC-CONTAINER-ROOT-USER")) {
            lines.append(QStringLiteral("# run as an unprivileged user\n"
                                        "RUN addgroup -S app && adduser -S -G app -u 10001 app\nUSER 10001:10001"));
        } else if (finding.ruleId == QLatin1String("HC-IMAGE-HEALTHCHECK")) {
            lines.append(QStringLiteral("HEALTHCHECK --interval=30s --timeout=5s --retries=3 "
                                        "CMD wget -q -O /dev/null http://localhost:8080/health || exit 1"));
        } else if (finding.ruleId == QLatin1String("HC-IMAGE-TRUSTED-REGISTRY") ||
                   finding.ruleId == QLatin1String("HC-IMAGE-AGE")) {
            lines.append(QStringLiteral("# pin the base image by digest (from a trusted registry) and rebuild "
                                        "regularly\nFROM %1")
                             .arg(from));
        } else if (finding.ruleId == QLatin1String("HC-IMAGE-BUILD-TOOLS") ||
                   finding.ruleId == QLatin1String("HC-IMAGE-SIZE-LAYERS") ||
                   finding.ruleId == QLatin1String("HC-IMAGE-UPDATE-ALONE")) {
            lines.append(
                QStringLiteral(
                    "# multi-stage build: compile in one stage, copy only the result into a small runtime stage\n"
                    "FROM %1 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends "
                    "build-essential "
                    "&& make\nFROM gcr.io/distroless/base-debian12\nCOPY --from=build /app /app")
                    .arg(from));
        } else if (finding.ruleId == QLatin1String("HC-IMAGE-ADD")) {
            lines.append(QStringLiteral("# use COPY instead of ADD for local files\nCOPY ./src /app"));
        } else {
            lines.append(QStringLiteral("# %1: %2").arg(finding.ruleId, finding.remediation.simplified()));
        }
    }
    lines.removeDuplicates();
    FixPlan plan =
        artefactPlan(ruleIds, target, QStringLiteral("dockerfile"), Tr::tr("Dockerfile lines for %1").arg(target.name));
    plan.artefact = lines.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    plan.notes.append(Tr::tr("Rebuild the image and recreate the containers that use it."));
    plans.append(plan);
}

} // namespace

QString fixKindName(FixKind kind)
{
    return kind == FixKind::Live ? QStringLiteral("live") : QStringLiteral("artefact");
}

QString dockerSize(qint64 bytes)
{
    constexpr qint64 K = 1024;
    if (bytes > 0 && bytes % (K * K * K) == 0) {
        return QString::number(bytes / (K * K * K)) + QLatin1Char('g');
    }
    if (bytes > 0 && bytes % (K * K) == 0) {
        return QString::number(bytes / (K * K)) + QLatin1Char('m');
    }
    if (bytes > 0 && bytes % K == 0) {
        return QString::number(bytes / K) + QLatin1Char('k');
    }
    return QString::number(bytes);
}

FixValues fixValuesFor(const Policy &policy)
{
    const RemediationDefaults &defaults = policy.remediation;
    FixValues values;
    values.memoryBytes = defaults.memoryBytes.value_or(values.memoryBytes);
    values.cpuShares = defaults.cpuShares.value_or(values.cpuShares);
    values.nanoCpus = defaults.nanoCpus.value_or(values.nanoCpus);
    values.pidsLimit = defaults.pidsLimit.value_or(values.pidsLimit);
    values.restartPolicy = defaults.restartPolicy.value_or(values.restartPolicy);
    values.restartRetries = defaults.restartMaxRetries.value_or(values.restartRetries);
    return values;
}

QJsonObject FixPlan::toJson() const
{
    QJsonObject object{{QStringLiteral("rule"), ruleId},
                       {QStringLiteral("rules"), QJsonArray::fromStringList(ruleIds)},
                       {QStringLiteral("target"), target.toJson()},
                       {QStringLiteral("kind"), fixKindName(kind)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
    if (kind == FixKind::Live) {
        object.insert(QStringLiteral("api_path"), apiPath);
        object.insert(QStringLiteral("api_body"), apiBody);
        object.insert(QStringLiteral("command"), equivalentCommand);
        object.insert(QStringLiteral("before"), before);
        object.insert(QStringLiteral("after"), after);
    } else {
        object.insert(QStringLiteral("artefact_type"), artefactType);
        object.insert(QStringLiteral("artefact"), artefact);
    }
    return object;
}

QString FixPlan::toText() const
{
    QString text = QStringLiteral("## [%1] %2 (%3): %4\n")
                       .arg(fixKindName(kind), target.name, ruleIds.join(QStringLiteral(", ")), title);
    if (kind == FixKind::Live) {
        text += Tr::tr("API: POST %1 %2\n")
                    .arg(apiPath, QString::fromUtf8(QJsonDocument(apiBody).toJson(QJsonDocument::Compact)));
        text += Tr::tr("Command: %1\n").arg(equivalentCommand);
    } else {
        text += artefact;
        if (!artefact.endsWith(QLatin1Char('\n'))) {
            text += QLatin1Char('\n');
        }
    }
    for (const QString &note : notes) {
        text += Tr::tr("Note: %1\n").arg(note);
    }
    return text;
}

FixPlan planLiveFix(const QString &ruleId, const QJsonObject &container, const RulePack &rules, const FixValues &values)
{
    const QJsonObject hostConfig = container.value(QLatin1String("HostConfig")).toObject();
    FixPlan plan;
    plan.ruleId = ruleId;
    plan.ruleIds = {ruleId};
    plan.target = {Scope::Container, container.value(QLatin1String("Id")).toString(), containerName(container)};
    plan.kind = FixKind::Live;
    QStringList flags;
    if (ruleId == QLatin1String(fixrules::Memory)) {
        const QString size = dockerSize(values.memoryBytes);
        plan.apiBody = {{QStringLiteral("Memory"), values.memoryBytes},
                        {QStringLiteral("MemorySwap"), values.memoryBytes}};
        flags = {QStringLiteral("--memory"), size, QStringLiteral("--memory-swap"), size};
        plan.title = Tr::tr("Limit memory to %1 (no swap beyond it)").arg(size);
    } else if (ruleId == QLatin1String(fixrules::Cpu)) {
        if (values.nanoCpus > 0) {
            plan.apiBody = {{QStringLiteral("NanoCpus"), values.nanoCpus}};
            const QString cpus = QString::number(static_cast<double>(values.nanoCpus) / 1e9, 'g', 9);
            flags = {QStringLiteral("--cpus"), cpus};
            plan.title = Tr::tr("Limit CPU to %1 CPUs").arg(cpus);
        } else if (values.cpuQuota > 0) {
            plan.apiBody = {{QStringLiteral("CpuQuota"), values.cpuQuota}, {QStringLiteral("CpuPeriod"), 100000}};
            flags = {QStringLiteral("--cpu-quota"),
                     QString::number(values.cpuQuota),
                     QStringLiteral("--cpu-period"),
                     QStringLiteral("100000")};
            plan.title = Tr::tr("Limit CPU to a quota of %1 µs per 100 ms").arg(values.cpuQuota);
        } else {
            plan.apiBody = {{QStringLiteral("CpuShares"), values.cpuShares}};
            flags = {QStringLiteral("--cpu-shares"), QString::number(values.cpuShares)};
            plan.title = Tr::tr("Set the CPU weight (shares) to %1").arg(values.cpuShares);
        }
    } else if (ruleId == QLatin1String(fixrules::Pids)) {
        plan.apiBody = {{QStringLiteral("PidsLimit"), values.pidsLimit}};
        flags = {QStringLiteral("--pids-limit"), QString::number(values.pidsLimit)};
        plan.title = Tr::tr("Limit the container to %1 processes").arg(values.pidsLimit);
    } else if (ruleId == QLatin1String(fixrules::Restart)) {
        const QString name = values.restartPolicy.isEmpty() ? QStringLiteral("on-failure") : values.restartPolicy;
        if (name == QLatin1String("on-failure")) {
            int retries = values.restartRetries;
            if (const Rule *rule = findRule(rules, ruleId)) {
                const int maximum = rule->params.value(QLatin1String("max_retries")).toInt(retries);
                retries = std::clamp(retries, 1, std::max(1, maximum));
            }
            plan.apiBody = {
                {QStringLiteral("RestartPolicy"),
                 QJsonObject{{QStringLiteral("Name"), name}, {QStringLiteral("MaximumRetryCount"), retries}}}};
            flags = {QStringLiteral("--restart"), name + QLatin1Char(':') + QString::number(retries)};
            plan.title = Tr::tr("Restart on failure, at most %1 times").arg(retries);
        } else {
            // The Engine refuses a retry count with any other policy.
            plan.apiBody = {{QStringLiteral("RestartPolicy"),
                             QJsonObject{{QStringLiteral("Name"), name}, {QStringLiteral("MaximumRetryCount"), 0}}}};
            flags = {QStringLiteral("--restart"), name};
            //: %1 a docker restart policy name: no, always, unless-stopped
            plan.title = Tr::tr("Set the restart policy to %1").arg(name);
        }
        if (name != QLatin1String("no") && hostConfig.value(QLatin1String("AutoRemove")).toBool()) {
            plan.notes.append(Tr::tr("The container was started with --rm: Docker refuses to give it a restart policy; "
                                     "recreate it without --rm instead."));
        }
    } else {
        return plan; // no live fix: empty apiPath
    }
    plan.apiPath = QStringLiteral("/containers/") + plan.target.id + QStringLiteral("/update");
    QStringList keys = plan.apiBody.keys();
    plan.before = pick(hostConfig, keys);
    plan.after = plan.apiBody;
    QStringList words{QStringLiteral("docker"), QStringLiteral("update")};
    for (const QString &flag : std::as_const(flags)) {
        words.append(shellQuote(flag));
    }
    words.append(shellQuote(plan.target.name.isEmpty() ? plan.target.id : plan.target.name));
    plan.equivalentCommand = words.join(QLatin1Char(' '));
    return plan;
}

QList<FixPlan> planFixes(const Snapshot &snapshot,
                         const ScanResult &result,
                         const RulePack &rules,
                         const Policy &policy,
                         const FixFilter &filter,
                         const FixValues &values)
{
    QHash<QString, QJsonObject> containers;
    for (const QJsonValue &value : snapshot.containers) {
        containers.insert(value.toObject().value(QLatin1String("Id")).toString(), value.toObject());
    }
    QList<FixPlan> plans;
    QMap<QString, QStringList> failingByContainer; // id → failing rule ids, in finding order
    QStringList containerOrder;
    QList<std::pair<const Rule *, Finding>> daemonFailures;
    QMap<QString, QList<Finding>> imageFailures;
    for (const Finding &finding : result.findings) {
        if ((finding.status != Status::Fail && finding.status != Status::Warn) || !matches(filter, finding)) {
            continue;
        }
        const Rule *rule = findRule(rules, finding.ruleId);
        if (!rule) {
            continue;
        }
        switch (finding.target.kind) {
        case Scope::Container: {
            const auto container = containers.constFind(finding.target.id);
            if (container == containers.cend()) {
                break;
            }
            if (isLiveRule(finding.ruleId)) {
                plans.append(planLiveFix(finding.ruleId, *container, rules, values));
            }
            if (!containerOrder.contains(finding.target.id)) {
                containerOrder.append(finding.target.id);
            }
            failingByContainer[finding.target.id].append(finding.ruleId);
            break;
        }
        case Scope::Daemon: daemonFailures.append({rule, finding}); break;
        case Scope::Host: planHost(plans, snapshot, *rule, finding); break;
        case Scope::Image: imageFailures[finding.target.id].append(finding); break;
        case Scope::Network:
        case Scope::Volume:
        case Scope::Connection: break;
        }
    }
    for (const QString &id : std::as_const(containerOrder)) {
        planContainerArtefacts(
            plans, snapshot, rules, policy, containers.value(id), failingByContainer.value(id), values);
    }
    planDaemon(plans, snapshot, daemonFailures);
    for (const QList<Finding> &failing : std::as_const(imageFailures)) {
        planImage(plans, snapshot, failing);
    }
    return plans;
}

} // namespace hullcheck::core
