#include "core/bench/engine.h"

#include "core/bench/builtinchecks.h"
#include "core/snapshot/redaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <vector>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::Engine)
};

struct ScanObject
{
    QJsonObject json;
    Target target;
};

// An object whose name is missing or not a text (a daemon that lies) is named by its short id, as docker does.
QString shortId(const QJsonObject &object)
{
    QString id = object.value(QLatin1String("Id")).toString();
    if (id.startsWith(QLatin1String("sha256:"))) {
        id.remove(0, 7);
    }
    return id.left(12);
}

QString containerName(const QJsonObject &container)
{
    QString name = container.value(QLatin1String("Name")).toString();
    if (name.startsWith(QLatin1Char('/'))) {
        name.remove(0, 1);
    }
    return name.isEmpty() ? shortId(container) : name;
}

QString imageName(const QJsonObject &image)
{
    for (const QJsonValue &tag : image.value(QLatin1String("RepoTags")).toArray()) {
        if (!tag.toString().isEmpty()) {
            return tag.toString();
        }
    }
    return shortId(image);
}

std::vector<ScanObject> objectsOf(Scope scope, const ScanContext &context)
{
    const Snapshot &snapshot = context.snapshot();
    std::vector<ScanObject> objects;
    const auto each = [&objects](const QJsonArray &array, Scope kind, const char *idKey, auto nameOf) {
        objects.reserve(static_cast<size_t>(array.size()));
        for (const auto &value : array) {
            const QJsonObject object = value.toObject();
            objects.push_back({object, Target{kind, object.value(QLatin1String(idKey)).toString(), nameOf(object)}});
        }
    };
    QString daemonName = snapshot.info.value(QLatin1String("Name")).toString();
    if (daemonName.isEmpty()) {
        daemonName = snapshot.endpoint.url();
    }
    QString daemonId = snapshot.info.value(QLatin1String("ID")).toString();
    if (daemonId.isEmpty()) {
        daemonId = snapshot.endpoint.url();
    }
    switch (scope) {
    case Scope::Host: objects.push_back({context.hostObject(), Target{Scope::Host, daemonId, daemonName}}); break;
    case Scope::Daemon: objects.push_back({context.daemonObject(), Target{Scope::Daemon, daemonId, daemonName}}); break;
    case Scope::Container: each(snapshot.containers, Scope::Container, "Id", containerName); break;
    case Scope::Image: each(snapshot.images, Scope::Image, "Id", imageName); break;
    case Scope::Network:
        each(snapshot.networks, Scope::Network, "Id", [](const QJsonObject &network) {
            const QString name = network.value(QLatin1String("Name")).toString();
            return name.isEmpty() ? shortId(network) : name;
        });
        break;
    case Scope::Volume:
        each(snapshot.volumes, Scope::Volume, "Name", [](const QJsonObject &volume) {
            return volume.value(QLatin1String("Name")).toString();
        });
        break;
    case Scope::Connection: {
        const QString url = snapshot.endpoint.url();
        objects.push_back({context.connectionObject(), Target{Scope::Connection, url, url}});
        break;
    }
    }
    return objects;
}

QString evidenceValue(const JsonPath &path, const QJsonValue &value)
{
    const bool environment = path.contains(QLatin1String("Env"));
    switch (value.type()) {
    case QJsonValue::Undefined: return Tr::tr("(not set)");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: return environment ? redaction::redactEnvEntry(value.toString()) : value.toString();
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        if (environment) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                array.replace(i, redaction::redactEnvEntry(array.at(i).toString()));
            }
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

CheckOutcome evaluateDeclarative(const Rule &rule, const QJsonObject &object)
{
    const bool tripped = rule.failWhen ? rule.failWhen->evaluate(object) : !rule.passWhen->evaluate(object);
    CheckOutcome outcome;
    outcome.status = tripped ? rule.onFail : Status::Pass;
    QStringList parts;
    for (const JsonPath &path : rule.evidencePaths) {
        const QString text = evidenceValue(path, resolvePath(object, path));
        if (outcome.value.isEmpty()) {
            outcome.value = text;
        }
        parts.append(path.join(QLatin1Char('.')) + QStringLiteral(" = ") + text);
    }
    if (parts.isEmpty()) {
        parts.append(rule.failWhen ? rule.failWhen->describe() : rule.passWhen->describe());
        if (!tripped) {
            parts.last().prepend(rule.failWhen ? Tr::tr("not: ") : QString());
        }
    }
    outcome.evidence = parts.join(QStringLiteral("; "));
    return outcome;
}

QString
fillRemediation(const Rule &rule, const ScanObject &object, const CheckOutcome &outcome, const ScanContext &context)
{
    if (!rule.remediation.contains(QLatin1Char('{'))) {
        return rule.remediation; // no placeholder (most rules): share the loader's (trimmed) text
    }
    QString id = object.target.id;
    if (id.startsWith(QLatin1String("sha256:"))) {
        id.remove(0, 7);
    }
    QString text = rule.remediation.trimmed();
    text.replace(QLatin1String("{name}"), object.target.name)
        .replace(QLatin1String("{id}"), object.target.id)
        .replace(QLatin1String("{short_id}"), id.left(12))
        .replace(QLatin1String("{image}"),
                 object.json.value(QLatin1String("Config")).toObject().value(QLatin1String("Image")).toString())
        .replace(QLatin1String("{value}"), outcome.value)
        .replace(QLatin1String("{evidence}"), outcome.evidence)
        .replace(QLatin1String("{socket}"), context.daemonSocketPath())
        .replace(QLatin1String("{config_file}"),
                 context.snapshot().host.configFile.isEmpty() ? QStringLiteral("/etc/docker/daemon.json")
                                                              : context.snapshot().host.configFile);
    return text;
}

void applyWaivers(Finding &finding, const Policy &policy, const QDate &today)
{
    if (finding.status != Status::Fail && finding.status != Status::Warn && finding.status != Status::Info) {
        return;
    }
    for (const Waiver &waiver : policy.waivers) {
        if (!waiver.matches(finding)) {
            continue;
        }
        const QString until = waiver.expires.isValid() ? waiver.expires.toString(Qt::ISODate) : Tr::tr("no expiry");
        if (waiver.isExpired(today)) {
            finding.reason = Tr::tr("Waiver expired on %1 (approved by %2: %3); the result counts again.")
                                 .arg(until, waiver.approver, waiver.reason);
            continue;
        }
        finding.status = Status::Waived;
        finding.reason =
            Tr::tr("Waived by %1 until %2: %3")
                .arg(waiver.approver.isEmpty() ? Tr::tr("(no approver)") : waiver.approver, until, waiver.reason);
        return;
    }
}

CheckOutcome runRule(const Rule &rule, const ScanObject &object, const ScanContext &context)
{
    const Snapshot &snapshot = context.snapshot();
    if (rule.evidenceSource == Rule::EvidenceSource::Host && !snapshot.host.collected) {
        CheckOutcome outcome;
        outcome.status = Status::Skip;
        outcome.reason =
            snapshot.host.unavailableReason.isEmpty() ? Tr::tr("needs host access") : snapshot.host.unavailableReason;
        return outcome;
    }
    if (!rule.automated) {
        CheckOutcome outcome;
        outcome.status = Status::Warn;
        outcome.reason = Tr::tr("Manual review: %1").arg(rule.description.trimmed());
        return outcome;
    }
    if (!rule.builtin.isEmpty()) {
        const BuiltinCheck *check = BuiltinChecks::instance().find(rule.builtin);
        if (!check) { // the loader rejects unknown names; this guards packs built in code
            CheckOutcome outcome;
            outcome.status = Status::Skip;
            outcome.reason = Tr::tr("unknown built-in check \"%1\"").arg(rule.builtin);
            return outcome;
        }
        CheckOutcome outcome = (*check)(context, object.json, rule);
        if (outcome.status == Status::Fail && rule.onFail != Status::Fail) {
            outcome.status = rule.onFail;
        }
        return outcome;
    }
    if (rule.failWhen || rule.passWhen) {
        return evaluateDeclarative(rule, object.json);
    }
    CheckOutcome outcome;
    outcome.status = Status::Skip;
    outcome.reason = Tr::tr("the rule defines no check");
    return outcome;
}

} // namespace

ScanResult evaluate(const Snapshot &snapshot, const RulePack &rules, const Policy &policy, const QDate &today)
{
    QElapsedTimer timer;
    timer.start();
    ScanResult result;
    result.rulesName = rules.name;
    result.rulesVersion = rules.version;
    result.rulesTotal = static_cast<int>(rules.rules.size());
    result.policyFile = policy.sourceFile;
    result.generatedAt = QDateTime::currentDateTimeUtc();

    const ScanContext context(snapshot, policy);
    std::vector<ScanObject> byScope[7];
    for (Scope scope : {Scope::Host,
                        Scope::Daemon,
                        Scope::Container,
                        Scope::Image,
                        Scope::Network,
                        Scope::Volume,
                        Scope::Connection}) {
        std::vector<ScanObject> objects = objectsOf(scope, context);
        std::sort(objects.begin(), objects.end(), [](const ScanObject &a, const ScanObject &b) {
            return a.target.name < b.target.name;
        });
        byScope[static_cast<int>(scope)] = std::move(objects);
    }

    // Rules are pure functions of the snapshot: evaluate them in parallel, then keep the pack's order.
    const auto evaluateRule = [&](const Rule &rule) {
        QList<Finding> findings;
        const Severity severity =
            policy.severityOverrides.value(rule.id, policy.severityOverrides.value(rule.cisId, rule.severity));
        for (const ScanObject &object : byScope[static_cast<int>(rule.scope)]) {
            if (rule.appliesWhen && !rule.appliesWhen->evaluate(object.json)) {
                continue;
            }
            const CheckOutcome outcome = runRule(rule, object, context);
            Finding finding;
            finding.ruleId = rule.id;
            finding.cisId = rule.cisId;
            finding.title = rule.title;
            finding.severity = severity;
            finding.status = outcome.status;
            finding.target = object.target;
            finding.evidence = outcome.evidence;
            finding.reason = outcome.reason;
            finding.remediation = fillRemediation(rule, object, outcome, context);
            applyWaivers(finding, policy, today);
            findings.append(std::move(finding));
        }
        return findings;
    };
    QList<Rule> enabled;
    for (const Rule &rule : rules.rules) {
        if (policy.isDisabled(rule.id, rule.cisId)) {
            ++result.rulesDisabled;
        } else {
            enabled.append(rule);
        }
    }
    const QList<QList<Finding>> perRule = QtConcurrent::blockingMapped(enabled, evaluateRule);
    qsizetype total = 0;
    for (const QList<Finding> &findings : perRule) {
        total += findings.size();
    }
    result.findings.reserve(total);
    for (const QList<Finding> &findings : perRule) {
        result.findings.append(findings);
    }

    for (const Finding &finding : result.findings) {
        ++result.summary.byStatus[finding.status];
        if (finding.status == Status::Fail) {
            ++result.summary.failuresBySeverity[finding.severity];
        }
    }
    result.summary.score = computeScore(result.findings, rules);
    result.evaluationMicros = timer.nsecsElapsed() / 1000;
    return result;
}

int computeScore(const QList<Finding> &findings, const RulePack &rules)
{
    QSet<QString> manual;
    for (const Rule &rule : rules.rules) {
        if (!rule.automated) {
            manual.insert(rule.id);
        }
    }
    const auto weight = [](Severity severity) {
        switch (severity) {
        case Severity::Critical: return 10.0;
        case Severity::High: return 5.0;
        case Severity::Medium: return 3.0;
        case Severity::Low: return 1.0;
        case Severity::Info: return 0.0;
        }
        return 0.0;
    };
    double earned = 0;
    double possible = 0;
    for (const Finding &finding : findings) {
        if (manual.contains(finding.ruleId)) {
            continue;
        }
        const double w = weight(finding.severity);
        switch (finding.status) {
        case Status::Pass:
            earned += w;
            possible += w;
            break;
        case Status::Warn:
            earned += w / 2;
            possible += w;
            break;
        case Status::Fail: possible += w; break;
        case Status::Info:
        case Status::Skip:
        case Status::Waived: break;
        }
    }
    if (possible <= 0) {
        return 100;
    }
    return static_cast<int>(std::lround(100.0 * earned / possible));
}

} // namespace hullcheck::core
