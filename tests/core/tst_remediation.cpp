// Fix plans and artefacts from captured daemon JSON: the docker run command and compose service that recreate a
// container (every setting kept, secrets as placeholders, fixes added), live plans, daemon.json patches, the fix log.
#include "core/bench/engine.h"
#include "core/bench/policyloader.h"
#include "core/bench/rulepackloader.h"
#include "core/remediation/containerartefacts.h"
#include "core/remediation/fixlog.h"
#include "core/remediation/fixplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck::core;

namespace {

const QString SnapshotFile = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10-hostfacts.json");

const FixPlan *findPlan(const QList<FixPlan> &plans, const QString &target, const QString &type)
{
    for (const FixPlan &plan : plans) {
        if (plan.target.name == target &&
            (type == QLatin1String("live") ? plan.kind == FixKind::Live : plan.artefactType == type)) {
            return &plan;
        }
    }
    return nullptr;
}

// The words a POSIX shell makes of a generated command, by running it with `docker` as a function that prints them.
QStringList shellWords(const QString &command, const QStringList &environment = {})
{
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : environment) {
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    }
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("docker() { printf '%s\\n' \"$@\"; }\n") + command});
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0) {
        return {QStringLiteral("<shell failed>"), QString::fromUtf8(shell.readAllStandardError())};
    }
    QString out = QString::fromUtf8(shell.readAllStandardOutput());
    out.chop(1);
    return out.split(QLatin1Char('\n'));
}

// The compose text as JSON through python3-yaml; null when python3-yaml is not installed.
QJsonObject parseYaml(const QString &yaml, bool *available)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))")});
    python.write(yaml.toUtf8());
    python.closeWriteChannel();
    *available = python.waitForFinished(10000) && python.exitStatus() == QProcess::NormalExit &&
                 !python.readAllStandardError().contains("ModuleNotFoundError");
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

class TestRemediation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dockerRunKeepsEverySetting();
    void dockerRunFixesPrivilegedContainer();
    void quotingOfAwkwardValues();
    void composeParsesBack();
    void livePlans_data();
    void livePlans();
    void livePlansFromPolicy_data();
    void livePlansFromPolicy();
    void cliPlanUsesPolicyValues();
    void planFilter();
    void daemonJsonMergeAndDiff();
    void daemonPlanFromHostFacts();
    void hostCommands();
    void fixLogRoundTripOwnerOnly();

private:
    QJsonObject container(const QString &name) const;
    QJsonObject awkwardContainer() const;

    Snapshot m_snapshot;
    RulePack m_rules;
    ScanResult m_result;
    QList<FixPlan> m_plans;
};

void TestRemediation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Snapshot> snapshot = Snapshot::load(SnapshotFile);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().message));
    m_snapshot = std::move(snapshot).value();
    Result<RulePack> rules = RulePackLoader::builtin();
    QVERIFY(rules.ok());
    m_rules = std::move(rules).value();
    m_result = evaluate(m_snapshot, m_rules, Policy());
    m_plans = planFixes(m_snapshot, m_result, m_rules, Policy());
    QVERIFY(!m_plans.isEmpty());
}

QJsonObject TestRemediation::container(const QString &name) const
{
    for (const QJsonValue &value : m_snapshot.containers) {
        if (value.toObject().value(QLatin1String("Name")).toString() == QLatin1Char('/') + name) {
            return value.toObject();
        }
    }
    return {};
}

void TestRemediation::dockerRunKeepsEverySetting()
{
    const FixPlan *run = findPlan(m_plans, QStringLiteral("hc-running"), QStringLiteral("docker-run"));
    QVERIFY(run);
    QVERIFY(run->artefact.startsWith(QLatin1String("docker run -d ")));
    const QStringList words = shellWords(run->artefact, {QStringLiteral("HC_SECRET_PASSWORD=from-the-shell")});
    const QStringList expected{QStringLiteral("run"),
                               QStringLiteral("-d"),
                               QStringLiteral("--name"),
                               QStringLiteral("hc-running"),
                               QStringLiteral("-e"),
                               QStringLiteral("HC_SECRET_PASSWORD=from-the-shell"),
                               QStringLiteral("--network"),
                               QStringLiteral("none"),
                               QStringLiteral("-v"),
                               QStringLiteral("hc-data:/data"),
                               QStringLiteral("--memory"),
                               QStringLiteral("64m"),
                               QStringLiteral("--memory-swap"),
                               QStringLiteral("128m"),
                               QStringLiteral("--cpu-shares"), // the fix: HC-CONTAINER-CPU-LIMIT failed
                               QStringLiteral("512"),
                               QStringLiteral("--pids-limit"),
                               QStringLiteral("64"),
                               QStringLiteral("--read-only"),
                               QStringLiteral("--cap-drop"),
                               QStringLiteral("ALL"),
                               QStringLiteral("--security-opt"),
                               QStringLiteral("no-new-privileges"),
                               QStringLiteral("hc/busybox:1.0")};
    QCOMPARE(words, expected);
    QVERIFY(!run->artefact.contains(QLatin1String(RedactedValue)));
    QVERIFY(run->ruleIds.contains(QStringLiteral("HC-CONTAINER-CPU-LIMIT")));
    QVERIFY(run->ruleIds.contains(QStringLiteral("HC-CONTAINER-SECRETS")));
    QVERIFY(run->notes.join(QLatin1Char('\n')).contains(QLatin1String("HC_SECRET_PASSWORD")));
}

void TestRemediation::dockerRunFixesPrivilegedContainer()
{
    const FixPlan *run = findPlan(m_plans, QStringLiteral("hc-privileged"), QStringLiteral("docker-run"));
    QVERIFY(run);
    QVERIFY(run->ruleIds.contains(QStringLiteral("HC-CONTAINER-PRIVILEGED")));
    const QStringList words = shellWords(run->artefact);
    QVERIFY2(!words.contains(QStringLiteral("--privileged")), qPrintable(run->artefact));
    QVERIFY(words.contains(QStringLiteral("--read-only")));
    QCOMPARE(words.at(words.indexOf(QStringLiteral("--cap-drop")) + 1), QStringLiteral("ALL"));
    QVERIFY(words.contains(QStringLiteral("no-new-privileges")));
    QCOMPARE(words.at(words.indexOf(QStringLiteral("--memory")) + 1), QStringLiteral("512m"));
    QCOMPARE(words.at(words.indexOf(QStringLiteral("--pids-limit")) + 1), QStringLiteral("200"));
    QCOMPARE(words.last(), QStringLiteral("hc/busybox:1.0"));
}

QJsonObject TestRemediation::awkwardContainer() const
{
    QJsonObject inspect = container(QStringLiteral("hc-running"));
    QJsonObject config = inspect.value(QLatin1String("Config")).toObject();
    config.insert(QStringLiteral("Env"),
                  QJsonArray{QStringLiteral("GREETING=hello world"),
                             QStringLiteral("QUOTE=it's \"odd\" $HOME `id` \\n"),
                             QStringLiteral("DB_PASSWORD=hunter2-plain"),
                             QStringLiteral("EMPTY=")});
    config.insert(QStringLiteral("Labels"),
                  QJsonObject{{QStringLiteral("com.example.note"), QStringLiteral("a: b # c")}});
    config.insert(QStringLiteral("Cmd"),
                  QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo 'hi' && sleep 1")});
    config.insert(QStringLiteral("Hostname"), QStringLiteral("my host"));
    inspect.insert(QStringLiteral("Config"), config);
    QJsonObject hostConfig = inspect.value(QLatin1String("HostConfig")).toObject();
    hostConfig.insert(QStringLiteral("PortBindings"),
                      QJsonObject{{QStringLiteral("80/tcp"),
                                   QJsonArray{QJsonObject{{QStringLiteral("HostIp"), QStringLiteral("127.0.0.1")},
                                                          {QStringLiteral("HostPort"), QStringLiteral("8080")}},
                                              QJsonObject{{QStringLiteral("HostIp"), QStringLiteral("::1")},
                                                          {QStringLiteral("HostPort"), QStringLiteral("8080")}}}},
                                  {QStringLiteral("53/udp"),
                                   QJsonArray{QJsonObject{{QStringLiteral("HostIp"), QString()},
                                                          {QStringLiteral("HostPort"), QStringLiteral("5353")}}}}});
    hostConfig.insert(QStringLiteral("Tmpfs"), QJsonObject{{QStringLiteral("/run"), QStringLiteral("rw,size=1m")}});
    hostConfig.insert(QStringLiteral("Ulimits"),
                      QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("nofile")},
                                             {QStringLiteral("Soft"), 512},
                                             {QStringLiteral("Hard"), 1024}}});
    hostConfig.insert(
        QStringLiteral("RestartPolicy"),
        QJsonObject{{QStringLiteral("Name"), QStringLiteral("on-failure")}, {QStringLiteral("MaximumRetryCount"), 3}});
    inspect.insert(QStringLiteral("HostConfig"), hostConfig);
    return inspect;
}

void TestRemediation::quotingOfAwkwardValues()
{
    ContainerFixInput input;
    input.inspect = awkwardContainer();
    input.secretKeys = {QStringLiteral("DB_PASSWORD")};
    input.failingRules = {QStringLiteral("HC-CONTAINER-PRIVILEGED")};
    const ContainerArtefacts artefacts = containerArtefacts(input);
    QCOMPARE(artefacts.placeholders, QStringList{QStringLiteral("DB_PASSWORD")});
    QVERIFY(!artefacts.dockerRun.contains(QLatin1String("hunter2")));
    const QStringList words = shellWords(artefacts.dockerRun, {QStringLiteral("DB_PASSWORD=p w")});
    const auto valueOf = [&words](const QString &prefix) {
        for (const QString &word : words) {
            if (word.startsWith(prefix)) {
                return word;
            }
        }
        return QString();
    };
    QCOMPARE(valueOf(QStringLiteral("GREETING=")), QStringLiteral("GREETING=hello world"));
    QCOMPARE(valueOf(QStringLiteral("QUOTE=")), QStringLiteral("QUOTE=it's \"odd\" $HOME `id` \\n"));
    QCOMPARE(valueOf(QStringLiteral("DB_PASSWORD=")), QStringLiteral("DB_PASSWORD=p w"));
    QVERIFY(words.contains(QStringLiteral("EMPTY=")));
    QVERIFY(words.contains(QStringLiteral("com.example.note=a: b # c")));
    QVERIFY(words.contains(QStringLiteral("127.0.0.1:8080:80")));
    QVERIFY(words.contains(QStringLiteral("[::1]:8080:80")));
    QVERIFY(words.contains(QStringLiteral("5353:53/udp")));
    QVERIFY(words.contains(QStringLiteral("/run:rw,size=1m")));
    QVERIFY(words.contains(QStringLiteral("nofile=512:1024")));
    QVERIFY(words.contains(QStringLiteral("on-failure:3")));
    QCOMPARE(words.at(words.indexOf(QStringLiteral("--hostname")) + 1), QStringLiteral("my host"));
    QCOMPARE(words.mid(words.size() - 4),
             (QStringList{QStringLiteral("hc/busybox:1.0"),
                          QStringLiteral("sh"),
                          QStringLiteral("-c"),
                          QStringLiteral("echo 'hi' && sleep 1")}));
    QCOMPARE(shellQuote(QStringLiteral("plain-word_1.2:/x")), QStringLiteral("plain-word_1.2:/x"));
    QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
    QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
}

void TestRemediation::composeParsesBack()
{
    ContainerFixInput input;
    input.inspect = awkwardContainer();
    input.secretKeys = {QStringLiteral("DB_PASSWORD")};
    input.failingRules = {QStringLiteral("HC-CONTAINER-PIDS-LIMIT")};
    const ContainerArtefacts artefacts = containerArtefacts(input);
    bool available = false;
    const QJsonObject document = parseYaml(artefacts.compose, &available);
    if (!available) {
        // No python3-yaml: check the structure textually.
        QVERIFY(artefacts.compose.startsWith(QLatin1String("services:\n  \"hc-running\":\n")));
        QVERIFY(artefacts.compose.contains(QLatin1String("\"DB_PASSWORD\": \"${DB_PASSWORD}\"")));
        QVERIFY(artefacts.compose.contains(QLatin1String("pids_limit: 200")));
        return;
    }
    const QJsonObject service =
        document.value(QLatin1String("services")).toObject().value(QLatin1String("hc-running")).toObject();
    QVERIFY2(!service.isEmpty(), qPrintable(artefacts.compose));
    QCOMPARE(service.value(QLatin1String("image")).toString(), QStringLiteral("hc/busybox:1.0"));
    const QJsonObject environment = service.value(QLatin1String("environment")).toObject();
    QCOMPARE(environment.value(QLatin1String("GREETING")).toString(), QStringLiteral("hello world"));
    // Compose interpolates $: literal dollars are doubled.
    QCOMPARE(environment.value(QLatin1String("QUOTE")).toString(), QStringLiteral("it's \"odd\" $$HOME `id` \\n"));
    QCOMPARE(environment.value(QLatin1String("DB_PASSWORD")).toString(), QStringLiteral("${DB_PASSWORD}"));
    QCOMPARE(service.value(QLatin1String("labels")).toObject().value(QLatin1String("com.example.note")).toString(),
             QStringLiteral("a: b # c"));
    QCOMPARE(service.value(QLatin1String("command")).toArray(),
             (QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo 'hi' && sleep 1")}));
    QCOMPARE(service.value(QLatin1String("ports")).toArray(),
             (QJsonArray{
                 QStringLiteral("5353:53/udp"), QStringLiteral("127.0.0.1:8080:80"), QStringLiteral("[::1]:8080:80")}));
    QCOMPARE(service.value(QLatin1String("network_mode")).toString(), QStringLiteral("none"));
    QCOMPARE(service.value(QLatin1String("pids_limit")).toInt(), 200);
    QCOMPARE(service.value(QLatin1String("mem_limit")).toString(), QStringLiteral("64m"));
    QCOMPARE(service.value(QLatin1String("restart")).toString(), QStringLiteral("on-failure:3"));
    QCOMPARE(service.value(QLatin1String("read_only")).toBool(), true);
    QCOMPARE(service.value(QLatin1String("ulimits")).toObject().value(QLatin1String("nofile")).toObject(),
             (QJsonObject{{QStringLiteral("soft"), 512}, {QStringLiteral("hard"), 1024}}));
    QCOMPARE(service.value(QLatin1String("tmpfs")).toArray(), QJsonArray{QStringLiteral("/run:rw,size=1m")});
    QCOMPARE(document.value(QLatin1String("volumes")).toObject().value(QLatin1String("hc-data")).toObject(),
             (QJsonObject{{QStringLiteral("external"), true}}));
}

void TestRemediation::livePlans_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("command");
    QTest::newRow("memory") << QStringLiteral("HC-CONTAINER-MEMORY-LIMIT")
                            << QJsonObject{{QStringLiteral("Memory"), 536870912},
                                           {QStringLiteral("MemorySwap"), 536870912}}
                            << QStringLiteral("docker update --memory 512m --memory-swap 512m hc-root");
    QTest::newRow("cpu") << QStringLiteral("HC-CONTAINER-CPU-LIMIT") << QJsonObject{{QStringLiteral("CpuShares"), 512}}
                         << QStringLiteral("docker update --cpu-shares 512 hc-root");
    QTest::newRow("pids") << QStringLiteral("HC-CONTAINER-PIDS-LIMIT")
                          << QJsonObject{{QStringLiteral("PidsLimit"), 200}}
                          << QStringLiteral("docker update --pids-limit 200 hc-root");
    QTest::newRow("restart") << QStringLiteral("HC-CONTAINER-RESTART-POLICY")
                             << QJsonObject{{QStringLiteral("RestartPolicy"),
                                             QJsonObject{{QStringLiteral("Name"), QStringLiteral("on-failure")},
                                                         {QStringLiteral("MaximumRetryCount"), 5}}}}
                             << QStringLiteral("docker update --restart on-failure:5 hc-root");
}

void TestRemediation::livePlans()
{
    QFETCH(QString, ruleId);
    QFETCH(QJsonObject, body);
    QFETCH(QString, command);
    const QJsonObject inspect = container(QStringLiteral("hc-root"));
    const FixPlan plan = planLiveFix(ruleId, inspect, m_rules);
    QCOMPARE(plan.kind, FixKind::Live);
    QCOMPARE(plan.apiPath,
             QStringLiteral("/containers/") + inspect.value(QLatin1String("Id")).toString() +
                 QStringLiteral("/update"));
    QCOMPARE(plan.apiBody, body);
    QCOMPARE(plan.after, body);
    QCOMPARE(plan.before.keys(), body.keys());
    QCOMPARE(plan.equivalentCommand, command);
    QVERIFY(planLiveFix(QStringLiteral("HC-CONTAINER-PRIVILEGED"), inspect, m_rules).apiPath.isEmpty());
}

void TestRemediation::livePlansFromPolicy_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("command");
    QTest::newRow("memory") << QByteArray("remediation: {memory_limit_mb: 1536}")
                            << QStringLiteral("HC-CONTAINER-MEMORY-LIMIT")
                            << QJsonObject{{QStringLiteral("Memory"), 1610612736LL},
                                           {QStringLiteral("MemorySwap"), 1610612736LL}}
                            << QStringLiteral("docker update --memory 1536m --memory-swap 1536m hc-root");
    QTest::newRow("cpu shares") << QByteArray("remediation: {cpu_shares: 256}")
                                << QStringLiteral("HC-CONTAINER-CPU-LIMIT")
                                << QJsonObject{{QStringLiteral("CpuShares"), 256}}
                                << QStringLiteral("docker update --cpu-shares 256 hc-root");
    QTest::newRow("cpus win over shares")
        << QByteArray("remediation: {cpu_shares: 256, cpus: 0.5}") << QStringLiteral("HC-CONTAINER-CPU-LIMIT")
        << QJsonObject{{QStringLiteral("NanoCpus"), 500000000}} << QStringLiteral("docker update --cpus 0.5 hc-root");
    QTest::newRow("pids") << QByteArray("remediation: {pids_limit: 64}") << QStringLiteral("HC-CONTAINER-PIDS-LIMIT")
                          << QJsonObject{{QStringLiteral("PidsLimit"), 64}}
                          << QStringLiteral("docker update --pids-limit 64 hc-root");
    QTest::newRow("restart retries") << QByteArray("remediation: {restart_max_retries: 2}")
                                     << QStringLiteral("HC-CONTAINER-RESTART-POLICY")
                                     << QJsonObject{{QStringLiteral("RestartPolicy"),
                                                     QJsonObject{{QStringLiteral("Name"), QStringLiteral("on-failure")},
                                                                 {QStringLiteral("MaximumRetryCount"), 2}}}}
                                     << QStringLiteral("docker update --restart on-failure:2 hc-root");
    QTest::newRow("restart retries above the rule's maximum")
        << QByteArray("remediation: {restart_policy: on-failure, restart_max_retries: 9}")
        << QStringLiteral("HC-CONTAINER-RESTART-POLICY")
        << QJsonObject{{QStringLiteral("RestartPolicy"),
                        QJsonObject{{QStringLiteral("Name"), QStringLiteral("on-failure")},
                                    {QStringLiteral("MaximumRetryCount"), 5}}}}
        << QStringLiteral("docker update --restart on-failure:5 hc-root");
    QTest::newRow("restart unless-stopped")
        << QByteArray("remediation: {restart_policy: unless-stopped}") << QStringLiteral("HC-CONTAINER-RESTART-POLICY")
        << QJsonObject{{QStringLiteral("RestartPolicy"),
                        QJsonObject{{QStringLiteral("Name"), QStringLiteral("unless-stopped")},
                                    {QStringLiteral("MaximumRetryCount"), 0}}}}
        << QStringLiteral("docker update --restart unless-stopped hc-root");
}

// The policy's remediation block is where the proposed values start (GUI dialog and hullcheck-cli fix).
void TestRemediation::livePlansFromPolicy()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, ruleId);
    QFETCH(QJsonObject, body);
    QFETCH(QString, command);
    const Result<Policy> loaded = PolicyLoader::fromYaml(policy, QStringLiteral("policy.yaml"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const FixValues values = fixValuesFor(loaded.value());
    const FixPlan plan = planLiveFix(ruleId, container(QStringLiteral("hc-root")), m_rules, values);
    QCOMPARE(plan.apiBody, body);
    QCOMPARE(plan.equivalentCommand, command);
    if (ruleId == QLatin1String("HC-CONTAINER-RESTART-POLICY")) {
        return; // passes on hc-root in the sample: planFixes has nothing to fix
    }
    // planFixes, as the GUI and the CLI call it, proposes the same.
    const QList<FixPlan> plans =
        planFixes(m_snapshot, m_result, m_rules, loaded.value(), FixFilter{ruleId, QStringLiteral("hc-root")}, values);
    const auto live = std::find_if(plans.begin(), plans.end(), [](const FixPlan &candidate) {
        return candidate.kind == FixKind::Live;
    });
    QVERIFY(live != plans.end());
    QCOMPARE(live->apiBody, body);
}

// hullcheck-cli fix --plan proposes the policy's values, flags win over them, and a bad value is an error that
// names the file and line.
void TestRemediation::cliPlanUsesPolicyValues()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto plan = [&dir](const QByteArray &policy, const QStringList &flags, int *exitCode) {
        const QString path = dir.filePath(QStringLiteral("policy.yaml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(policy) != policy.size()) {
            return QString();
        }
        file.close();
        QProcess cli;
        cli.start(QStringLiteral(HULLCHECK_CLI_PATH),
                  QStringList{QStringLiteral("fix"),
                              QStringLiteral("--plan"),
                              QStringLiteral("--snapshot"),
                              SnapshotFile,
                              QStringLiteral("--target"),
                              QStringLiteral("hc-root"),
                              QStringLiteral("--policy"),
                              path} +
                      flags);
        cli.waitForFinished(60000);
        *exitCode = cli.exitCode();
        return QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    };
    int exitCode = -1;
    QString output = plan("remediation:\n  memory_limit_mb: 256\n  cpus: 1.5\n", {}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains(QLatin1String("Command: docker update --memory 256m --memory-swap 256m hc-root\n")),
             qPrintable(output));
    QVERIFY(output.contains(QLatin1String("Command: docker update --cpus 1.5 hc-root\n")));
    QVERIFY(output.contains(QLatin1String("Command: docker update --pids-limit 200 hc-root\n")));

    output =
        plan("remediation:\n  memory_limit_mb: 256\n  cpus: 1.5\n",
             {QStringLiteral("--memory"), QStringLiteral("1g"), QStringLiteral("--cpu-shares"), QStringLiteral("100")},
             &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains(QLatin1String("Command: docker update --memory 1g --memory-swap 1g hc-root\n")),
             qPrintable(output));
    QVERIFY(output.contains(QLatin1String("Command: docker update --cpu-shares 100 hc-root\n")));

    output = plan("version: 1\nremediation:\n  memory_limit_mb: 2\n", {}, &exitCode);
    QCOMPARE(exitCode, 2);
    QVERIFY2(output.contains(QLatin1String("policy.yaml:3: \"memory_limit_mb\" must be at least 6")),
             qPrintable(output));
}

void TestRemediation::planFilter()
{
    const QList<FixPlan> plans = planFixes(
        m_snapshot, m_result, m_rules, Policy(), FixFilter{QStringLiteral("5.12"), QStringLiteral("hc-root")});
    QVERIFY(!plans.isEmpty());
    for (const FixPlan &plan : plans) {
        QCOMPARE(plan.target.name, QStringLiteral("hc-root"));
        QCOMPARE(plan.ruleId, QStringLiteral("HC-CONTAINER-CPU-LIMIT"));
    }
    QVERIFY(findPlan(plans, QStringLiteral("hc-root"), QStringLiteral("live")));
    QVERIFY(planFixes(m_snapshot, m_result, m_rules, Policy(), FixFilter{{}, QStringLiteral("no-such")}).isEmpty());
}

void TestRemediation::daemonJsonMergeAndDiff()
{
    const Result<DaemonJsonPatch> patch = daemonJsonPatch(
        QStringLiteral("{\"log-level\": \"debug\", \"data-root\": \"/srv/docker\"}"),
        QJsonObject{{QStringLiteral("log-level"), QStringLiteral("info")}, {QStringLiteral("icc"), false}},
        QStringLiteral("/etc/docker/daemon.json"));
    QVERIFY(patch.ok());
    const QJsonObject after = QJsonDocument::fromJson(patch.value().after.toUtf8()).object();
    QCOMPARE(after,
             (QJsonObject{{QStringLiteral("log-level"), QStringLiteral("info")},
                          {QStringLiteral("data-root"), QStringLiteral("/srv/docker")},
                          {QStringLiteral("icc"), false}}));
    const QStringList diff = patch.value().diff.split(QLatin1Char('\n'));
    QCOMPARE(diff.at(0), QStringLiteral("--- /etc/docker/daemon.json"));
    QCOMPARE(diff.at(1), QStringLiteral("+++ /etc/docker/daemon.json"));
    QVERIFY(diff.contains(QStringLiteral("-    \"log-level\": \"debug\"")));
    QVERIFY(diff.contains(QStringLiteral("+    \"log-level\": \"info\"")));
    QVERIFY(diff.contains(QStringLiteral("+    \"icc\": false,")));
    QVERIFY(diff.contains(QStringLiteral("     \"data-root\": \"/srv/docker\",")));
    QVERIFY(!daemonJsonPatch(QStringLiteral("{not json"), {}, QStringLiteral("x")).ok());
    QCOMPARE(unifiedDiff(QStringLiteral("a\nb"), QStringLiteral("a\nb"), QStringLiteral("f")),
             QStringLiteral("--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n b\n"));
}

void TestRemediation::daemonPlanFromHostFacts()
{
    const FixPlan *plan = nullptr;
    for (const FixPlan &candidate : m_plans) {
        if (candidate.artefactType == QLatin1String("daemon.json")) {
            plan = &candidate;
        }
    }
    QVERIFY(plan);
    QVERIFY(plan->artefact.startsWith(QLatin1String("--- /tmp/hc.8WuV/daemon.json\n")));
    QVERIFY2(plan->artefact.contains(QLatin1String("+    \"icc\": false,")), qPrintable(plan->artefact));
    QVERIFY(plan->notes.join(QLatin1Char(' ')).contains(QLatin1String("systemctl restart docker")));
}

void TestRemediation::hostCommands()
{
    QStringList commands;
    for (const FixPlan &plan : std::as_const(m_plans)) {
        if (plan.artefactType == QLatin1String("shell")) {
            commands.append(plan.artefact);
        }
    }
    const QString all = commands.join(QString());
    QVERIFY2(all.contains(QLatin1String("-w /usr/sbin/dockerd -p rwxa -k docker")), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("sudo augenrules --load")));
}

void TestRemediation::fixLogRoundTripOwnerOnly()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const FixLog log(directory.filePath(QStringLiteral("sub/fixes.jsonl")));
    FixLogEntry entry;
    entry.when = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
    entry.endpoint = QStringLiteral("unix:///var/run/docker.sock");
    entry.target = {Scope::Container, QStringLiteral("abc123"), QStringLiteral("web")};
    entry.ruleId = QStringLiteral("HC-CONTAINER-PIDS-LIMIT");
    entry.before = {{QStringLiteral("PidsLimit"), QJsonValue()}};
    entry.after = {{QStringLiteral("PidsLimit"), 200}};
    entry.ok = true;
    entry.result = QStringLiteral("pass");
    QVERIFY(log.append(entry).ok());
    entry.ok = false;
    entry.result = QStringLiteral("refused");
    QVERIFY(log.append(entry).ok());
    QCOMPARE(QFile::permissions(log.path()),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const Result<QList<FixLogEntry>> entries = log.read();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 2);
    QCOMPARE(entries.value().at(0).toJson(), (FixLogEntry(entries.value().at(0)).toJson()));
    QCOMPARE(entries.value().at(0).when, entry.when);
    QCOMPARE(entries.value().at(0).target.name, QStringLiteral("web"));
    QCOMPARE(entries.value().at(0).after, entry.after);
    QVERIFY(entries.value().at(0).ok);
    QCOMPARE(entries.value().at(1).result, QStringLiteral("refused"));
    QVERIFY(FixLog::defaultPath().endsWith(QLatin1String("/fixes.jsonl")));
}

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
