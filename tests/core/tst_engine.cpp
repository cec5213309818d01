// The engine over rules built in code (the YAML packs have their own tests) and the captured snapshot of the
// test daemon (tests/data/snapshot-docker-20.10.json; provenance in tests/data/README.md).
#include "core/bench/engine.h"
#include "core/report/jsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hullcheck::core;

namespace {

Snapshot capturedSnapshot()
{
    Result<Snapshot> snapshot = Snapshot::load(QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10.json"));
    return snapshot.ok() ? snapshot.value() : Snapshot();
}

Condition eq(const QString &path, const QJsonValue &value)
{
    Condition condition;
    condition.op = Condition::Op::Eq;
    condition.path = path.split(QLatin1Char('.'));
    condition.operand = value;
    return condition;
}

Rule privilegedRule()
{
    Rule rule;
    rule.id = QStringLiteral("HC-CONTAINER-PRIVILEGED");
    rule.cisId = QStringLiteral("5.5");
    rule.title = QStringLiteral("Privileged containers are not used");
    rule.severity = Severity::Critical;
    rule.scope = Scope::Container;
    rule.failWhen = eq(QStringLiteral("HostConfig.Privileged"), true);
    rule.evidencePaths = {QStringLiteral("HostConfig.Privileged").split(QLatin1Char('.'))};
    rule.remediation =
        QStringLiteral("Recreate {name} ({short_id}, image {image}) without --privileged (now {value}).");
    return rule;
}

const Finding *findingFor(const ScanResult &result, const QString &ruleId, const QString &target)
{
    for (const Finding &finding : result.findings) {
        if (finding.ruleId == ruleId && finding.target.name == target) {
            return &finding;
        }
    }
    return nullptr;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluatesEveryContainerInEveryState();
    void fillsRemediationFromTheObject();
    void appliesWhenLimitsObjects();
    void hostRulesSkipWithoutHostFacts();
    void manualRulesWarn();
    void waiversAndExpiry();
    void disabledRulesAndSeverityOverrides();
    void evidenceNeverShowsEnvironmentValues();
    void scoreWeighsSeverity_data();
    void scoreWeighsSeverity();
    void reportFollowsTheContract();

private:
    Snapshot m_snapshot;
};

void TestEngine::initTestCase()
{
    m_snapshot = capturedSnapshot();
    QVERIFY(m_snapshot.containers.size() >= 7);
}

void TestEngine::evaluatesEveryContainerInEveryState()
{
    RulePack pack{QStringLiteral("test"), QStringLiteral("1"), {privilegedRule()}};
    const ScanResult result = evaluate(m_snapshot, pack, Policy());
    QCOMPARE(result.findings.size(), m_snapshot.containers.size());
    QCOMPARE(findingFor(result, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-privileged"))->status,
             Status::Fail); // created, never started: still evaluated
    QCOMPARE(findingFor(result, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-running"))->status,
             Status::Pass);
    QCOMPARE(findingFor(result, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-stopped"))->status,
             Status::Pass);
    QCOMPARE(result.summary.byStatus.value(Status::Fail), 1);
    QCOMPARE(result.summary.failuresBySeverity.value(Severity::Critical), 1);
}

void TestEngine::fillsRemediationFromTheObject()
{
    RulePack pack{QStringLiteral("test"), QStringLiteral("1"), {privilegedRule()}};
    const ScanResult result = evaluate(m_snapshot, pack, Policy());
    const Finding *finding =
        findingFor(result, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-privileged"));
    QVERIFY(finding->remediation.startsWith(QLatin1String("Recreate hc-privileged (")));
    QVERIFY(finding->remediation.contains(QLatin1String("image hc/busybox:1.0")));
    QVERIFY(finding->remediation.contains(QLatin1String("(now true)")));
    QCOMPARE(finding->evidence, QStringLiteral("HostConfig.Privileged = true"));
    QCOMPARE(finding->target.kind, Scope::Container);
    QVERIFY(!finding->target.name.startsWith(QLatin1Char('/')));
}

void TestEngine::appliesWhenLimitsObjects()
{
    Rule rule = privilegedRule();
    rule.appliesWhen = eq(QStringLiteral("State.Running"), true);
    const ScanResult result = evaluate(m_snapshot, RulePack{{}, {}, {rule}}, Policy());
    for (const Finding &finding : result.findings) {
        QVERIFY2(finding.target.name != QLatin1String("hc-stopped"), "stopped containers are outside applies_when");
    }
    QVERIFY(findingFor(result, rule.id, QStringLiteral("hc-running")));
}

void TestEngine::hostRulesSkipWithoutHostFacts()
{
    Rule rule;
    rule.id = QStringLiteral("HC-HOST-X");
    rule.title = QStringLiteral("x");
    rule.scope = Scope::Host;
    rule.evidenceSource = Rule::EvidenceSource::Host;
    rule.failWhen = eq(QStringLiteral("host.collected"), false);
    Snapshot remote = m_snapshot;
    remote.host = HostFacts();
    remote.host.unavailableReason = QStringLiteral("needs host access: the daemon at tcp://h:2376 is remote");
    const ScanResult result = evaluate(remote, RulePack{{}, {}, {rule}}, Policy());
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().status, Status::Skip);
    QVERIFY(result.findings.first().reason.contains(QLatin1String("needs host access")));
    QCOMPARE(result.findings.first().target.kind, Scope::Host);
}

void TestEngine::manualRulesWarn()
{
    Rule rule;
    rule.id = QStringLiteral("HC-HOST-HARDENED");
    rule.cisId = QStringLiteral("1.2.1");
    rule.title = QStringLiteral("The host is hardened");
    rule.description = QStringLiteral("Review the host's hardening.");
    rule.scope = Scope::Daemon;
    rule.automated = false;
    const RulePack pack{{}, {}, {rule}};
    const ScanResult result = evaluate(m_snapshot, pack, Policy());
    QCOMPARE(result.findings.first().status, Status::Warn);
    QVERIFY(result.findings.first().reason.contains(QLatin1String("Manual review")));
    QCOMPARE(computeScore(result.findings, pack), 100); // manual items do not move the score
}

void TestEngine::waiversAndExpiry()
{
    Policy policy;
    Waiver active;
    active.ruleId = QStringLiteral("5.5"); // by CIS id
    active.targetPattern = QStringLiteral("hc-priv*");
    active.reason = QStringLiteral("lab machine");
    active.approver = QStringLiteral("alice");
    active.expires = QDate(2027, 1, 31);
    policy.waivers.append(active);
    const RulePack pack{{}, {}, {privilegedRule()}};
    const ScanResult before = evaluate(m_snapshot, pack, policy, QDate(2026, 12, 1));
    const Finding *waived =
        findingFor(before, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-privileged"));
    QCOMPARE(waived->status, Status::Waived);
    QVERIFY(waived->reason.contains(QLatin1String("alice")));
    QVERIFY(waived->reason.contains(QLatin1String("2027-01-31")));
    QCOMPARE(before.summary.byStatus.value(Status::Fail), 0);

    const ScanResult after = evaluate(m_snapshot, pack, policy, QDate(2027, 2, 1));
    const Finding *expired =
        findingFor(after, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-privileged"));
    QCOMPARE(expired->status, Status::Fail);
    QVERIFY(expired->reason.contains(QLatin1String("expired")));
    // A waiver never turns a pass into waived.
    QCOMPARE(findingFor(before, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-running"))->status,
             Status::Pass);
}

void TestEngine::disabledRulesAndSeverityOverrides()
{
    Policy policy;
    policy.severityOverrides.insert(QStringLiteral("HC-CONTAINER-PRIVILEGED"), Severity::Low);
    RulePack pack{{}, {}, {privilegedRule()}};
    ScanResult result = evaluate(m_snapshot, pack, policy);
    QCOMPARE(findingFor(result, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-privileged"))->severity,
             Severity::Low);
    policy.disabledRules.append(QStringLiteral("5.5"));
    result = evaluate(m_snapshot, pack, policy);
    QVERIFY(result.findings.isEmpty());
    QCOMPARE(result.rulesDisabled, 1);
}

void TestEngine::evidenceNeverShowsEnvironmentValues()
{
    Snapshot planted = m_snapshot;
    QJsonObject container = planted.containers.first().toObject();
    QJsonObject config = container.value(QLatin1String("Config")).toObject();
    config.insert(QLatin1String("Env"), QJsonArray{QStringLiteral("DB_PASSWORD=planted-value-123")});
    container.insert(QLatin1String("Config"), config);
    planted.containers.replace(0, container);
    Rule rule = privilegedRule();
    rule.failWhen = eq(QStringLiteral("HostConfig.Privileged"), false);
    rule.evidencePaths = {QStringLiteral("Config.Env").split(QLatin1Char('.'))};
    rule.remediation = QStringLiteral("{value} {evidence}");
    const RulePack pack{{}, {}, {rule}};
    const ScanResult result = evaluate(planted, pack, Policy());
    const QByteArray report = reportJsonBytes(result, planted);
    QVERIFY(!report.contains("planted-value-123"));
    QVERIFY(report.contains("DB_PASSWORD=<redacted>"));
}

void TestEngine::scoreWeighsSeverity_data()
{
    QTest::addColumn<QList<int>>("statuses");   // Status per finding
    QTest::addColumn<QList<int>>("severities"); // Severity per finding
    QTest::addColumn<int>("score");
    const int pass = static_cast<int>(Status::Pass);
    const int fail = static_cast<int>(Status::Fail);
    const int warn = static_cast<int>(Status::Warn);
    const int skip = static_cast<int>(Status::Skip);
    const int critical = static_cast<int>(Severity::Critical);
    const int low = static_cast<int>(Severity::Low);
    QTest::newRow("nothing counted") << QList<int>{skip} << QList<int>{critical} << 100;
    QTest::newRow("all pass") << QList<int>{pass, pass} << QList<int>{critical, low} << 100;
    QTest::newRow("critical fail weighs 10") << QList<int>{fail, pass} << QList<int>{critical, low} << 9;
    QTest::newRow("low fail weighs 1") << QList<int>{pass, fail} << QList<int>{critical, low} << 91;
    QTest::newRow("warn is half") << QList<int>{warn} << QList<int>{critical} << 50;
}

void TestEngine::scoreWeighsSeverity()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QList<int>, severities);
    QFETCH(int, score);
    QList<Finding> findings;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        Finding finding;
        finding.ruleId = QStringLiteral("R%1").arg(i);
        finding.status = static_cast<Status>(statuses.at(i));
        finding.severity = static_cast<Severity>(severities.at(i));
        findings.append(finding);
    }
    QCOMPARE(computeScore(findings, RulePack()), score);
}

void TestEngine::reportFollowsTheContract()
{
    const RulePack pack{QStringLiteral("test"), QStringLiteral("2026.11.0"), {privilegedRule()}};
    const ScanResult result = evaluate(m_snapshot, pack, Policy());
    const QJsonObject report = reportJson(result, m_snapshot);
    QCOMPARE(report.value(QLatin1String("schema")).toString(), QStringLiteral("hullcheck-report/1"));
    QCOMPARE(report.value(QLatin1String("tool")).toObject().value(QLatin1String("rules_version")).toString(),
             QStringLiteral("2026.11.0"));
    QVERIFY(QDateTime::fromString(report.value(QLatin1String("generated_at")).toString(), Qt::ISODate).isValid());
    const QJsonObject endpoint = report.value(QLatin1String("endpoint")).toObject();
    for (const char *key : {"host", "tls", "verified"}) {
        QVERIFY2(endpoint.contains(QLatin1String(key)), key);
    }
    const QJsonObject daemon = report.value(QLatin1String("daemon")).toObject();
    for (const char *key : {"id", "name", "server_version", "api_version", "os", "kernel_version"}) {
        QVERIFY2(!daemon.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    const QJsonObject summary = report.value(QLatin1String("summary")).toObject();
    for (const char *key : {"pass", "fail", "warn", "info", "skip", "waived", "score"}) {
        QVERIFY2(summary.value(QLatin1String(key)).isDouble(), key);
    }
    const QJsonArray findings = report.value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), m_snapshot.containers.size());
    const QJsonObject first = findings.first().toObject();
    for (const char *key :
         {"rule_id", "cis_id", "title", "severity", "status", "target", "evidence", "remediation", "reason"}) {
        QVERIFY2(first.contains(QLatin1String(key)), key);
    }
    QCOMPARE(first.value(QLatin1String("cis_id")).toString(), QStringLiteral("5.5"));
    QVERIFY(first.value(QLatin1String("reason")).isNull());
    const QJsonObject target = first.value(QLatin1String("target")).toObject();
    QCOMPARE(target.value(QLatin1String("kind")).toString(), QStringLiteral("container"));
    QVERIFY(!target.value(QLatin1String("name")).toString().startsWith(QLatin1Char('/')));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
