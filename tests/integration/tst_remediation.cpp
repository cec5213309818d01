// Live fixes and generated artefacts on the real test daemon: each live fix changes the container and the rescan
// passes; a refused fix leaves the container as it was and carries the daemon's message; the generated docker run
// command recreates a container with every setting of the original plus the fixes; hullcheck-cli fix.
#include "fakes/testbed.h"
#include "fakes/testbedfixture.h"

#include "core/bench/engine.h"
#include "core/bench/policyloader.h"
#include "core/bench/rulepackloader.h"
#include "core/coreruntime.h"
#include "core/docker/curldockerapi.h"
#include "core/remediation/fixlog.h"
#include "core/remediation/fixplan.h"
#include "core/remediation/livefix.h"
#include "core/snapshot/snapshotcollector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck::core;
using namespace hullcheck::tests;

class TestRemediationLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void liveFix_data();
    void liveFix();
    void refusedFixLeavesContainerUnchanged();
    void liveFixOnSelectionWithPolicyValues();
    void dockerRunRoundTrip();
    void cliRefusesWithoutTerminal();
    void cliAppliesWithYes();

private:
    bool run(const QStringList &arguments);
    QJsonObject inspect(const QString &name);
    void rescan();
    const FixPlan *plan(const QString &target, const QString &ruleId, FixKind kind, const QString &type = {});

    CoreRuntime m_runtime;
    Testbed m_testbed;
    std::shared_ptr<CurlDockerApi> m_api;
    QTemporaryDir m_directory;
    RulePack m_rules;
    Snapshot m_snapshot;
    ScanResult m_result;
    QList<FixPlan> m_plans;
    QStringList m_created;
};

bool TestRemediationLive::run(const QStringList &arguments)
{
    const QString name = arguments.at(arguments.indexOf(QStringLiteral("--name")) + 1);
    m_created.append(name);
    return m_testbed
        .docker(QStringList{
                    QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none")} +
                arguments)
        .has_value();
}

QJsonObject TestRemediationLive::inspect(const QString &name)
{
    const std::atomic_bool cancel{false};
    const Result<QJsonValue> answer =
        m_api->getJson(QStringLiteral("/containers/") + name + QStringLiteral("/json"), cancel);
    return answer.ok() ? answer.value().toObject() : QJsonObject();
}

void TestRemediationLive::rescan()
{
    const std::atomic_bool cancel{false};
    Result<Snapshot> snapshot = collectSnapshot(*m_api, CollectOptions{}, cancel);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().message));
    m_snapshot = std::move(snapshot).value();
    m_result = evaluate(m_snapshot, m_rules, Policy());
    m_plans = planFixes(m_snapshot, m_result, m_rules, Policy());
}

const FixPlan *
TestRemediationLive::plan(const QString &target, const QString &ruleId, FixKind kind, const QString &type)
{
    for (const FixPlan &candidate : std::as_const(m_plans)) {
        if (candidate.target.name == target && candidate.kind == kind &&
            (ruleId.isEmpty() || candidate.ruleId == ruleId) && (type.isEmpty() || candidate.artefactType == type)) {
            return &candidate;
        }
    }
    return nullptr;
}

void TestRemediationLive::initTestCase()
{
    QString error;
    const std::optional<Testbed> testbed = Testbed::load(&error);
    QVERIFY2(testbed, qPrintable(error));
    m_testbed = *testbed;
    QVERIFY(m_directory.isValid());
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(unixEndpoint(m_testbed.dockerHost()));
    QVERIFY(api.ok());
    m_api = api.value();
    const std::atomic_bool cancel{false};
    QVERIFY(m_api->ping(cancel).ok());
    Result<RulePack> rules = RulePackLoader::builtin();
    QVERIFY(rules.ok());
    m_rules = std::move(rules).value();

    const QString image = m_testbed.image();
    const QStringList sleep{image, QStringLiteral("sleep"), QStringLiteral("3600")};
    for (const char *name :
         {"hcx-memory", "hcx-cpu", "hcx-pids", "hcx-refused", "hcx-cli", "hcx-multi-1", "hcx-multi-2"}) {
        QVERIFY(run(QStringList{QStringLiteral("--name"), QLatin1String(name)} + sleep));
    }
    QVERIFY(run(QStringList{QStringLiteral("--name"),
                            QStringLiteral("hcx-restart"),
                            QStringLiteral("--restart"),
                            QStringLiteral("on-failure:10")} +
                sleep));
    // The original of the round trip: many settings, a secret, and failing rules the recreated one must fix.
    m_created.append(QStringLiteral("hcx-orig"));
    QVERIFY(m_testbed.docker({QStringLiteral("create"),
                              QStringLiteral("--name"),
                              QStringLiteral("hcx-orig"),
                              QStringLiteral("--network"),
                              QStringLiteral("none"),
                              QStringLiteral("-e"),
                              QStringLiteral("GREETING=hello world"),
                              QStringLiteral("-e"),
                              QStringLiteral("DB_PASSWORD=hcx-planted-secret-99"),
                              QStringLiteral("--label"),
                              QStringLiteral("hcx.note=it's \"odd\" $HOME"),
                              QStringLiteral("-v"),
                              QStringLiteral("hcx-vol:/data:ro"),
                              QStringLiteral("--tmpfs"),
                              QStringLiteral("/run:rw,size=1m"),
                              QStringLiteral("--hostname"),
                              QStringLiteral("hcx-host"),
                              QStringLiteral("-w"),
                              QStringLiteral("/tmp"),
                              QStringLiteral("--user"),
                              QStringLiteral("1000:1000"),
                              QStringLiteral("--cap-add"),
                              QStringLiteral("NET_BIND_SERVICE"),
                              QStringLiteral("--cap-add"),
                              QStringLiteral("SYS_ADMIN"),
                              QStringLiteral("--ulimit"),
                              QStringLiteral("nofile=512:1024"),
                              QStringLiteral("--health-cmd"),
                              QStringLiteral("true"),
                              QStringLiteral("--health-interval"),
                              QStringLiteral("30s"),
                              QStringLiteral("--log-opt"),
                              QStringLiteral("max-size=1m"),
                              QStringLiteral("--restart"),
                              QStringLiteral("unless-stopped"),
                              QStringLiteral("--memory"),
                              QStringLiteral("64m"),
                              QStringLiteral("--device"),
                              QStringLiteral("/dev/null:/dev/hcnull"),
                              image,
                              QStringLiteral("sh"),
                              QStringLiteral("-c"),
                              QStringLiteral("echo 'hi' && sleep 3600")}));
    rescan();
}

void TestRemediationLive::cleanupTestCase()
{
    if (!m_created.isEmpty()) {
        m_testbed.docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_created);
    }
    m_testbed.docker({QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("hcx-vol")});
}

void TestRemediationLive::liveFix_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QJsonObject>("expected"); // HostConfig fields after the fix
    QTest::newRow("memory") << QStringLiteral("hcx-memory") << QStringLiteral("HC-CONTAINER-MEMORY-LIMIT")
                            << QJsonObject{{QStringLiteral("Memory"), 536870912},
                                           {QStringLiteral("MemorySwap"), 536870912}};
    QTest::newRow("cpu") << QStringLiteral("hcx-cpu") << QStringLiteral("HC-CONTAINER-CPU-LIMIT")
                         << QJsonObject{{QStringLiteral("CpuShares"), 512}};
    QTest::newRow("pids") << QStringLiteral("hcx-pids") << QStringLiteral("HC-CONTAINER-PIDS-LIMIT")
                          << QJsonObject{{QStringLiteral("PidsLimit"), 200}};
    QTest::newRow("restart") << QStringLiteral("hcx-restart") << QStringLiteral("HC-CONTAINER-RESTART-POLICY")
                             << QJsonObject{{QStringLiteral("RestartPolicy"),
                                             QJsonObject{{QStringLiteral("Name"), QStringLiteral("on-failure")},
                                                         {QStringLiteral("MaximumRetryCount"), 5}}}};
}

void TestRemediationLive::liveFix()
{
    QFETCH(QString, container);
    QFETCH(QString, ruleId);
    QFETCH(QJsonObject, expected);
    const FixPlan *live = plan(container, ruleId, FixKind::Live);
    QVERIFY2(live, qPrintable(QStringLiteral("no live plan for %1 on %2").arg(ruleId, container)));
    const FixLog log(m_directory.filePath(QStringLiteral("fixes.jsonl")));
    const std::atomic_bool cancel{false};
    const Result<LiveFixOutcome> outcome =
        applyLiveFix(*m_api, *live, LiveFixContext{m_snapshot, m_rules, Policy(), &log}, cancel);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(statusName(outcome.value().status), QStringLiteral("pass"));
    QCOMPARE(outcome.value().after, expected);
    const QJsonObject hostConfig = inspect(container).value(QLatin1String("HostConfig")).toObject();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QCOMPARE(hostConfig.value(it.key()), it.value());
    }
    const Result<QList<FixLogEntry>> entries = log.read();
    QVERIFY(entries.ok() && !entries.value().isEmpty());
    const FixLogEntry &last = entries.value().last();
    QCOMPARE(last.target.name, container);
    QCOMPARE(last.ruleId, ruleId);
    QVERIFY(last.ok);
    QCOMPARE(last.result, QStringLiteral("pass"));
    QCOMPARE(last.after, expected);
    QCOMPARE(last.endpoint, m_testbed.dockerHost());
}

void TestRemediationLive::refusedFixLeavesContainerUnchanged()
{
    const QJsonObject before = inspect(QStringLiteral("hcx-refused"));
    FixValues values;
    values.memoryBytes = 1024 * 1024;
    const FixPlan live = planLiveFix(QStringLiteral("HC-CONTAINER-MEMORY-LIMIT"), before, m_rules, values);
    QCOMPARE(live.equivalentCommand, QStringLiteral("docker update --memory 1m --memory-swap 1m hcx-refused"));
    const FixLog log(m_directory.filePath(QStringLiteral("refused.jsonl")));
    const std::atomic_bool cancel{false};
    const Result<LiveFixOutcome> outcome =
        applyLiveFix(*m_api, live, LiveFixContext{m_snapshot, m_rules, Policy(), &log}, cancel);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QLatin1String("Minimum memory limit allowed is 6MB")),
             qPrintable(outcome.error().message));
    QVERIFY(outcome.error().message.contains(QLatin1String("hcx-refused")));
    const QJsonObject after = inspect(QStringLiteral("hcx-refused"));
    QCOMPARE(after.value(QLatin1String("HostConfig")), before.value(QLatin1String("HostConfig")));
    const Result<QList<FixLogEntry>> entries = log.read();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1);
    QVERIFY(!entries.value().first().ok);
    QVERIFY(entries.value().first().result.contains(QLatin1String("Minimum memory limit")));
}

// What the GUI does for a selection of one rule on many containers: the policy's remediation values, one plan per
// container, applyLiveFixes. Both containers change; both attempts are logged.
void TestRemediationLive::liveFixOnSelectionWithPolicyValues()
{
    const Result<Policy> policy = PolicyLoader::fromYaml("remediation:\n  pids_limit: 321\n  memory_limit_mb: 48\n",
                                                         QStringLiteral("policy.yaml"));
    QVERIFY(policy.ok());
    const FixValues values = fixValuesFor(policy.value());
    QList<FixPlan> pids;
    QList<FixPlan> memory;
    for (const QString &name : {QStringLiteral("hcx-multi-1"), QStringLiteral("hcx-multi-2")}) {
        const QJsonObject container = inspect(name);
        QVERIFY(!container.isEmpty());
        pids.append(planLiveFix(QStringLiteral("HC-CONTAINER-PIDS-LIMIT"), container, m_rules, values));
        memory.append(planLiveFix(QStringLiteral("HC-CONTAINER-MEMORY-LIMIT"), container, m_rules, values));
    }
    QCOMPARE(pids.constFirst().equivalentCommand, QStringLiteral("docker update --pids-limit 321 hcx-multi-1"));
    const FixLog log(m_directory.filePath(QStringLiteral("selection.jsonl")));
    const std::atomic_bool cancel{false};
    const LiveFixContext context{m_snapshot, m_rules, policy.value(), &log};
    for (const QList<FixPlan> &plans : {pids, memory}) {
        const QList<LiveFixAttempt> attempts = applyLiveFixes(*m_api, plans, context, cancel);
        QCOMPARE(attempts.size(), 2);
        for (const LiveFixAttempt &attempt : attempts) {
            QVERIFY2(attempt.outcome.ok(),
                     qPrintable(attempt.outcome.ok() ? QString() : attempt.outcome.error().message));
            QCOMPARE(statusName(attempt.outcome.value().status), QStringLiteral("pass"));
        }
    }
    for (const QString &name : {QStringLiteral("hcx-multi-1"), QStringLiteral("hcx-multi-2")}) {
        const QJsonObject hostConfig = inspect(name).value(QLatin1String("HostConfig")).toObject();
        QCOMPARE(hostConfig.value(QLatin1String("PidsLimit")).toInteger(), 321LL);
        QCOMPARE(hostConfig.value(QLatin1String("Memory")).toInteger(), 48LL * 1024 * 1024);
        QCOMPARE(hostConfig.value(QLatin1String("MemorySwap")).toInteger(), 48LL * 1024 * 1024);
    }
    const Result<QList<FixLogEntry>> entries = log.read();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 4);
    QCOMPARE(entries.value().at(0).target.name, QStringLiteral("hcx-multi-1"));
    QCOMPARE(entries.value().at(1).target.name, QStringLiteral("hcx-multi-2"));

    // A refusal on one container does not stop the next, and leaves it unchanged.
    FixValues tooSmall = values;
    tooSmall.memoryBytes = 1024 * 1024;
    const QList<FixPlan> refused{
        planLiveFix(
            QStringLiteral("HC-CONTAINER-MEMORY-LIMIT"), inspect(QStringLiteral("hcx-multi-1")), m_rules, tooSmall),
        planLiveFix(
            QStringLiteral("HC-CONTAINER-PIDS-LIMIT"), inspect(QStringLiteral("hcx-multi-2")), m_rules, FixValues{})};
    const QList<LiveFixAttempt> mixed = applyLiveFixes(*m_api, refused, context, cancel);
    QCOMPARE(mixed.size(), 2);
    QVERIFY(!mixed.at(0).outcome.ok());
    QVERIFY(mixed.at(0).outcome.error().message.contains(QLatin1String("Minimum memory limit allowed is 6MB")));
    QVERIFY(mixed.at(1).outcome.ok());
    QCOMPARE(inspect(QStringLiteral("hcx-multi-1"))
                 .value(QLatin1String("HostConfig"))
                 .toObject()
                 .value(QLatin1String("Memory"))
                 .toInteger(),
             48LL * 1024 * 1024);
    QCOMPARE(inspect(QStringLiteral("hcx-multi-2"))
                 .value(QLatin1String("HostConfig"))
                 .toObject()
                 .value(QLatin1String("PidsLimit"))
                 .toInteger(),
             200LL);
}

void TestRemediationLive::dockerRunRoundTrip()
{
    const FixPlan *found = plan(QStringLiteral("hcx-orig"), {}, FixKind::Artefact, QStringLiteral("docker-run"));
    QVERIFY(found);
    const FixPlan artefact = *found; // rescan() below replaces the plans
    QVERIFY(!artefact.artefact.contains(QLatin1String("hcx-planted-secret-99")));
    QString command = artefact.artefact;
    QVERIFY(command.startsWith(QLatin1String("docker run -d ")));
    command.replace(0, QStringLiteral("docker run -d").size(), QStringLiteral("docker create"));
    QVERIFY(command.contains(QLatin1String("--name hcx-orig ")));
    command.replace(QStringLiteral("--name hcx-orig "), QStringLiteral("--name hcx-copy "));
    m_created.append(QStringLiteral("hcx-copy"));
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOCKER_HOST"), m_testbed.dockerHost());
    environment.insert(QStringLiteral("DB_PASSWORD"), QStringLiteral("from-a-secret-store"));
    environment.remove(QStringLiteral("DOCKER_CONTEXT"));
    shell.setProcessEnvironment(environment);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    QVERIFY(shell.waitForFinished(60000));
    QVERIFY2(shell.exitCode() == 0,
             qPrintable(command + QLatin1Char('\n') + QString::fromUtf8(shell.readAllStandardError())));

    const QJsonObject original = inspect(QStringLiteral("hcx-orig"));
    const QJsonObject copy = inspect(QStringLiteral("hcx-copy"));
    QVERIFY(!copy.isEmpty());
    const QJsonObject config = original.value(QLatin1String("Config")).toObject();
    const QJsonObject copyConfig = copy.value(QLatin1String("Config")).toObject();
    for (const char *key : {"Image", "Cmd", "Entrypoint", "Hostname", "WorkingDir", "User", "Labels", "Healthcheck"}) {
        QVERIFY2(copyConfig.value(QLatin1String(key)) == config.value(QLatin1String(key)), key);
    }
    QStringList env = copyConfig.value(QLatin1String("Env")).toVariant().toStringList();
    QVERIFY(env.contains(QStringLiteral("GREETING=hello world")));
    QVERIFY(env.contains(QStringLiteral("DB_PASSWORD=from-a-secret-store"))); // the placeholder, filled by the shell
    QCOMPARE(env.size(), config.value(QLatin1String("Env")).toArray().size());
    const QJsonObject hostConfig = original.value(QLatin1String("HostConfig")).toObject();
    const QJsonObject copyHost = copy.value(QLatin1String("HostConfig")).toObject();
    for (const char *key : {"Binds",
                            "Tmpfs",
                            "Ulimits",
                            "LogConfig",
                            "RestartPolicy",
                            "Memory",
                            "MemorySwap",
                            "Devices",
                            "NetworkMode",
                            "IpcMode",
                            "PidMode",
                            "Privileged"}) {
        QVERIFY2(
            copyHost.value(QLatin1String(key)) == hostConfig.value(QLatin1String(key)),
            qPrintable(QLatin1String(key) + QStringLiteral(": ") +
                       QString::fromUtf8(
                           QJsonDocument(QJsonObject{{QStringLiteral("orig"), hostConfig.value(QLatin1String(key))},
                                                     {QStringLiteral("copy"), copyHost.value(QLatin1String(key))}})
                               .toJson(QJsonDocument::Compact))));
    }
    // The fixes of the rules that failed on the original.
    QCOMPARE(copyHost.value(QLatin1String("ReadonlyRootfs")).toBool(), true);
    QCOMPARE(copyHost.value(QLatin1String("CapDrop")).toArray(), QJsonArray{QStringLiteral("ALL")});
    // The harmless capability stays, the dangerous one goes (the daemon may spell them with CAP_).
    const QStringList capAdd = copyHost.value(QLatin1String("CapAdd")).toVariant().toStringList();
    QCOMPARE(capAdd.size(), 1);
    QVERIFY2(capAdd.first().endsWith(QLatin1String("NET_BIND_SERVICE")), qPrintable(capAdd.join(QLatin1Char(','))));
    QVERIFY(copyHost.value(QLatin1String("SecurityOpt")).toArray().contains(QStringLiteral("no-new-privileges")));
    QCOMPARE(copyHost.value(QLatin1String("CpuShares")).toInt(), 512);
    QCOMPARE(copyHost.value(QLatin1String("PidsLimit")).toInt(), 200);

    // And the rules that failed on the original pass on the copy.
    rescan();
    for (const Finding &finding : std::as_const(m_result.findings)) {
        if (finding.target.name == QLatin1String("hcx-copy") && artefact.ruleIds.contains(finding.ruleId) &&
            finding.ruleId != QLatin1String("HC-CONTAINER-SECRETS")) {
            QVERIFY2(finding.status == Status::Pass,
                     qPrintable(finding.ruleId + QStringLiteral(": ") + statusName(finding.status) + QLatin1Char(' ') +
                                finding.evidence));
        }
    }
}

void TestRemediationLive::cliRefusesWithoutTerminal()
{
    QProcess cli;
    cli.start(QStringLiteral(HULLCHECK_CLI_PATH),
              {QStringLiteral("fix"),
               QStringLiteral("--apply"),
               QStringLiteral("-H"),
               m_testbed.dockerHost(),
               QStringLiteral("--rule"),
               QStringLiteral("HC-CONTAINER-PIDS-LIMIT"),
               QStringLiteral("--target"),
               QStringLiteral("hcx-cli"),
               QStringLiteral("--fix-log"),
               m_directory.filePath(QStringLiteral("cli.jsonl"))});
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY2(cli.readAllStandardError().contains("standard input is not a terminal; add --yes"), "no clear message");
    QCOMPARE(inspect(QStringLiteral("hcx-cli"))
                 .value(QLatin1String("HostConfig"))
                 .toObject()
                 .value(QLatin1String("PidsLimit"))
                 .toInteger(),
             0);
}

void TestRemediationLive::cliAppliesWithYes()
{
    QProcess cli;
    const QString logPath = m_directory.filePath(QStringLiteral("cli.jsonl"));
    cli.start(QStringLiteral(HULLCHECK_CLI_PATH),
              {QStringLiteral("fix"),
               QStringLiteral("--apply"),
               QStringLiteral("--yes"),
               QStringLiteral("-H"),
               m_testbed.dockerHost(),
               QStringLiteral("--rule"),
               QStringLiteral("5.29"),
               QStringLiteral("--target"),
               QStringLiteral("hcx-cli"),
               QStringLiteral("--pids-limit"),
               QStringLiteral("77"),
               QStringLiteral("--fix-log"),
               logPath});
    QVERIFY(cli.waitForFinished(60000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("docker update --pids-limit 77 hcx-cli")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("is now: pass")), qPrintable(out));
    QCOMPARE(inspect(QStringLiteral("hcx-cli"))
                 .value(QLatin1String("HostConfig"))
                 .toObject()
                 .value(QLatin1String("PidsLimit"))
                 .toInteger(),
             77);
    const Result<QList<FixLogEntry>> entries = FixLog(logPath).read();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().target.name, QStringLiteral("hcx-cli"));
}

QTEST_GUILESS_MAIN(TestRemediationLive)
#include "tst_remediation.moc"
