// The host and daemon builtins (core/bench/hostchecks.cpp, daemonchecks.cpp) and their rule packs
// (resources/rules/cis-1-host.yaml, cis-2-daemon.yaml, cis-3-files.yaml, practices-daemon.yaml).
// Snapshots start from the captured test daemon (tests/data/snapshot-docker-20.10.json, Debian 12 docker.io
// 20.10.24+dfsg1) or the captured Podman service, and each row changes what it tests: a file mode, a flag,
// an /info field.
#include "core/bench/builtinchecks.h"
#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/snapshot/snapshot.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace hullcheck::core;

namespace {

const QString RulesDirectory = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/../../resources/rules/");
const QStringList OurPacks{QStringLiteral("cis-1-host.yaml"),
                           QStringLiteral("cis-2-daemon.yaml"),
                           QStringLiteral("cis-3-files.yaml"),
                           QStringLiteral("practices-daemon.yaml")};

Snapshot loadSnapshot(const char *name)
{
    Result<Snapshot> snapshot = Snapshot::load(QStringLiteral(HULLCHECK_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!snapshot.ok()) {
        qFatal("cannot load %s: %s", name, qPrintable(snapshot.error().message));
    }
    return snapshot.value();
}

// The captured dockerd (socket /tmp/hc.iuSf/docker.sock, root:docker 0660).
Snapshot docker()
{
    static const Snapshot snapshot = loadSnapshot("snapshot-docker-20.10.json");
    return snapshot;
}

Snapshot podman()
{
    static const Snapshot snapshot = loadSnapshot("snapshot-podman.json");
    return snapshot;
}

FileFacts fileFacts(const QString &path,
                    uint mode,
                    const QString &type = QStringLiteral("file"),
                    uint uid = 0,
                    uint gid = 0,
                    const QString &owner = QStringLiteral("root"),
                    const QString &group = QStringLiteral("root"))
{
    FileFacts file;
    file.path = path;
    file.exists = true;
    file.type = type;
    file.uid = uid;
    file.gid = gid;
    file.owner = owner;
    file.group = group;
    file.mode = mode;
    return file;
}

FileFacts missingFile(const QString &path)
{
    FileFacts file;
    file.path = path;
    return file;
}

void setFile(HostFacts &host, const FileFacts &file)
{
    for (FileFacts &entry : host.files) {
        if (entry.path == file.path) {
            entry = file;
            return;
        }
    }
    host.files.append(file);
}

void setRole(HostFacts &host, const QString &role, const FileFacts &file)
{
    host.paths.insert(role, file.path);
    host.pathSources.insert(role, QStringLiteral("test"));
    setFile(host, file);
}

Rule builtinRule(const QString &builtin, const QJsonObject &params = {})
{
    Rule rule;
    rule.id = QStringLiteral("HC-TEST-") + builtin.toUpper();
    rule.builtin = builtin;
    rule.params = params;
    return rule;
}

CheckOutcome run(const Snapshot &snapshot, const Rule &rule, Scope scope = Scope::Host)
{
    const Policy policy;
    const ScanContext context(snapshot, policy);
    const BuiltinCheck *check = BuiltinChecks::instance().find(rule.builtin);
    if (!check) {
        qFatal("no builtin %s", qPrintable(rule.builtin));
    }
    return (*check)(context, scope == Scope::Host ? context.hostObject() : context.daemonObject(), rule);
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString text(const CheckOutcome &outcome)
{
    return outcome.evidence + QStringLiteral(" | ") + outcome.reason;
}

#define VERIFY_OUTCOME(outcome, expectedStatus, expectedMention)                                                       \
    do {                                                                                                               \
        const CheckOutcome checked = (outcome);                                                                        \
        QCOMPARE(statusName(checked.status), QString(expectedStatus));                                                 \
        const QString wanted = (expectedMention);                                                                      \
        QVERIFY2(wanted.isEmpty() || text(checked).contains(wanted), qPrintable(text(checked)));                       \
    } while (false)

void setCommandLine(Snapshot &snapshot, const QStringList &arguments)
{
    snapshot.host.daemonCommandLine = QStringList{QStringLiteral("/usr/sbin/dockerd")} + arguments;
}

void patchInfo(Snapshot &snapshot, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull()) {
            snapshot.info.remove(it.key());
        } else {
            snapshot.info.insert(it.key(), it.value());
        }
    }
}

void setComponent(Snapshot &snapshot, const QString &name, const QString &version, const QString &commit)
{
    QJsonArray components = snapshot.version.value(QLatin1String("Components")).toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        QJsonObject component = components.at(i).toObject();
        if (component.value(QLatin1String("Name")).toString() == name) {
            component.insert(QLatin1String("Version"), version);
            component.insert(QLatin1String("Details"), QJsonObject{{QLatin1String("GitCommit"), commit}});
            components.replace(i, component);
        }
    }
    snapshot.version.insert(QLatin1String("Components"), components);
    if (name == QLatin1String("Engine")) {
        snapshot.version.insert(QLatin1String("Version"), version);
        snapshot.info.insert(QLatin1String("ServerVersion"), version);
    } else {
        const QString key =
            name == QLatin1String("runc") ? QStringLiteral("RuncCommit") : QStringLiteral("ContainerdCommit");
        snapshot.info.insert(key, QJsonObject{{QLatin1String("ID"), commit}, {QLatin1String("Expected"), commit}});
    }
}

Result<RulePack> loadPack(const QString &name)
{
    QFile file(RulesDirectory + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, file.errorString(), {}, 0};
    }
    return RulePackLoader::fromYaml(file.readAll(), name);
}

RulePack loadOurRules()
{
    QList<RulePack> packs;
    for (const QString &name : OurPacks) {
        Result<RulePack> pack = loadPack(name);
        if (!pack.ok()) {
            qFatal("%s: %s", qPrintable(name), qPrintable(pack.error().message));
        }
        packs.append(pack.value());
    }
    Result<RulePack> merged = RulePackLoader::merge(packs);
    if (!merged.ok()) {
        qFatal("merge: %s", qPrintable(merged.error().message));
    }
    return merged.value();
}

const RulePack &ourRules()
{
    static const RulePack rules = loadOurRules();
    return rules;
}

Rule ruleById(const QString &id)
{
    for (const Rule &rule : ourRules().rules) {
        if (rule.id == id) {
            return rule;
        }
    }
    qFatal("no rule %s", qPrintable(id));
}

} // namespace

class TestHostChecks : public QObject
{
    Q_OBJECT

private slots:
    void fileMode_data();
    void fileMode();
    void fileSkipsWithReason_data();
    void fileSkipsWithReason();
    void fileOwner_data();
    void fileOwner();
    void socketPermissions_data();
    void socketPermissions();
    void registryCerts_data();
    void registryCerts();
    void auditRule_data();
    void auditRule();
    void auditRuleSkipsWithReason();
    void auditConfigured_data();
    void auditConfigured();
    void dataRootPartition_data();
    void dataRootPartition();
    void dockerGroupMembers_data();
    void dockerGroupMembers();

    void daemonSetting_data();
    void daemonSetting();
    void daemonTcpTls_data();
    void daemonTcpTls();
    void insecureRegistries_data();
    void insecureRegistries();
    void apiChecks_data();
    void apiChecks();
    void engineVersion_data();
    void engineVersion();

    void packsCoverEveryCisCheckOnce();
    void capturedDaemonResults_data();
    void capturedDaemonResults();
    void podmanGetsNoFalseFailures();
    void remoteDaemonSkipsHostChecks();
};

// ---------------------------------------------------------------------------------------------------------------
// Files

void TestHostChecks::fileMode_data()
{
    QTest::addColumn<uint>("mode");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mention");
    const QJsonObject max644{{QLatin1String("role"), QStringLiteral("config_file")},
                             {QLatin1String("max"), QStringLiteral("0644")}};
    const QJsonObject exactly400{{QLatin1String("role"), QStringLiteral("config_file")},
                                 {QLatin1String("exactly"), QStringLiteral("0400")}};
    QTest::newRow("0644 within 0644") << 0644U << max644 << "pass"
                                      << "mode 0644";
    QTest::newRow("0600 within 0644") << 0600U << max644 << "pass"
                                      << "";
    QTest::newRow("0400 within 0644") << 0400U << max644 << "pass"
                                      << "";
    // The reference tool compares 602 <= 644 as numbers and passes these two.
    QTest::newRow("0602 is others-writable") << 0602U << max644 << "fail"
                                             << "0002 (others write)";
    QTest::newRow("0466 is group- and others-writable") << 0466U << max644 << "fail"
                                                        << "0022 (group write, others write)";
    QTest::newRow("0664 is group-writable") << 0664U << max644 << "fail"
                                            << "group write";
    QTest::newRow("0744 is executable") << 0744U << max644 << "fail"
                                        << "owner execute";
    QTest::newRow("04644 is setuid") << 04644U << max644 << "fail"
                                     << "setuid";
    QTest::newRow("YAML number 644 means octal")
        << 0602U << QJsonObject{{QLatin1String("role"), QStringLiteral("config_file")}, {QLatin1String("max"), 644}}
        << "fail"
        << "others write";
    QTest::newRow("exactly 0400: 0400") << 0400U << exactly400 << "pass"
                                        << "";
    QTest::newRow("exactly 0400: 0600") << 0600U << exactly400 << "fail"
                                        << "exactly 0400";
    QTest::newRow("exactly 0400: 0440") << 0440U << exactly400 << "fail"
                                        << "exactly 0400";
    QTest::newRow("exactly 0400: 0000") << 0000U << exactly400 << "fail"
                                        << "";
}

void TestHostChecks::fileMode()
{
    QFETCH(uint, mode);
    QFETCH(QJsonObject, params);
    QFETCH(QString, status);
    QFETCH(QString, mention);
    Snapshot snapshot = docker();
    setRole(snapshot.host, QStringLiteral("config_file"), fileFacts(snapshot.host.configFile, mode));
    const CheckOutcome outcome = run(snapshot, builtinRule(QStringLiteral("file-mode"), params));
    VERIFY_OUTCOME(outcome, status, mention);
    QCOMPARE(outcome.value, snapshot.host.configFile);
}

void TestHostChecks::fileSkipsWithReason_data()
{
    QTest::addColumn<QString>("builtin");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mention");
    QTest::newRow("missing unit file") << "file-mode"
                                       << "unit:docker.service"
                                       << "skip"
                                       << "/lib/systemd/system/docker.service does not exist";
    QTest::newRow("unreadable") << "file-owner"
                                << "etc_default_docker"
                                << "skip"
                                << "permission denied";
    QTest::newRow("no TLS") << "file-owner"
                            << "tls_key"
                            << "skip"
                            << "not configured for TLS";
    QTest::newRow("symlink followed") << "file-mode"
                                      << "etc_sysconfig_docker"
                                      << "pass"
                                      << "a link to";
    QTest::newRow("old snapshot: daemon.json") << "file-mode"
                                               << "config_file"
                                               << "pass"
                                               << "/tmp/hc.iuSf/daemon.json";
}

void TestHostChecks::fileSkipsWithReason()
{
    QFETCH(QString, builtin);
    QFETCH(QString, role);
    QFETCH(QString, status);
    QFETCH(QString, mention);
    Snapshot snapshot = docker(); // captured before roles existed: config_file falls back to the known path
    HostFacts &host = snapshot.host;
    setRole(
        host, QStringLiteral("unit:docker.service"), missingFile(QStringLiteral("/lib/systemd/system/docker.service")));
    FileFacts unreadable = missingFile(QStringLiteral("/etc/default/docker"));
    unreadable.error = QStringLiteral("permission denied");
    setRole(host, QStringLiteral("etc_default_docker"), unreadable);
    host.pathSources.insert(QStringLiteral("tls_key"),
                            QStringLiteral("the daemon is not configured for TLS (no --tlskey)"));
    FileFacts link = fileFacts(QStringLiteral("/etc/sysconfig/docker"), 0777, QStringLiteral("symlink"));
    link.linkTarget = QStringLiteral("/srv/conf/docker");
    setRole(host, QStringLiteral("etc_sysconfig_docker"), link);
    setFile(host, fileFacts(QStringLiteral("/srv/conf/docker"), 0644));
    const CheckOutcome outcome =
        run(snapshot,
            builtinRule(builtin,
                        QJsonObject{{QLatin1String("role"), role}, {QLatin1String("max"), QStringLiteral("0644")}}));
    VERIFY_OUTCOME(outcome, status, mention);
}

void TestHostChecks::fileOwner_data()
{
    QTest::addColumn<uint>("uid");
    QTest::addColumn<uint>("gid");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("status");
    const QJsonObject rootRoot{{QLatin1String("role"), QStringLiteral("etc_docker")},
                               {QLatin1String("user"), QStringLiteral("root")},
                               {QLatin1String("group"), QStringLiteral("root")}};
    QTest::newRow("root:root") << 0U << 0U << "root"
                               << "root" << rootRoot << "pass";
    QTest::newRow("0:0 without names is root") << 0U << 0U << ""
                                               << "" << rootRoot << "pass";
    QTest::newRow("user 1000") << 1000U << 0U << "alice"
                               << "root" << rootRoot << "fail";
    QTest::newRow("group docker") << 0U << 105U << "root"
                                  << "docker" << rootRoot << "fail";
    QTest::newRow("group ignored") << 0U << 105U << "root"
                                   << "docker"
                                   << QJsonObject{{QLatin1String("role"), QStringLiteral("etc_docker")},
                                                  {QLatin1String("group"), QString()}}
                                   << "pass";
    QTest::newRow("a root-named uid 1000 is not root") << 1000U << 0U << "root"
                                                       << "root" << rootRoot << "fail";
}

void TestHostChecks::fileOwner()
{
    QFETCH(uint, uid);
    QFETCH(uint, gid);
    QFETCH(QString, owner);
    QFETCH(QString, group);
    QFETCH(QJsonObject, params);
    QFETCH(QString, status);
    Snapshot snapshot = docker();
    setRole(snapshot.host,
            QStringLiteral("etc_docker"),
            fileFacts(QStringLiteral("/etc/docker"), 0755, QStringLiteral("directory"), uid, gid, owner, group));
    const CheckOutcome outcome = run(snapshot, builtinRule(QStringLiteral("file-owner"), params));
    QCOMPARE(statusName(outcome.status), status);
    QVERIFY(outcome.evidence.contains(QLatin1String("/etc/docker")));
}

void TestHostChecks::socketPermissions_data()
{
    QTest::addColumn<uint>("uid");
    QTest::addColumn<uint>("gid");
    QTest::addColumn<QString>("group");
    QTest::addColumn<uint>("mode");
    QTest::addColumn<QString>("check");
    QTest::addColumn<bool>("rootless");
    QTest::addColumn<QString>("status");
    QTest::newRow("root:docker 0660") << 0U << 105U << "docker" << 0660U << "all" << false << "pass";
    QTest::newRow("root:root 0660 is stricter") << 0U << 0U << "root" << 0660U << "owner" << false << "pass";
    QTest::newRow("root:users") << 0U << 100U << "users" << 0660U << "owner" << false << "fail";
    QTest::newRow("owned by a user") << 1000U << 105U << "docker" << 0660U << "owner" << false << "fail";
    QTest::newRow("0666 world-writable") << 0U << 105U << "docker" << 0666U << "mode" << false << "fail";
    QTest::newRow("0606 (the reference tool passes it)")
        << 0U << 105U << "docker" << 0606U << "mode" << false << "fail";
    QTest::newRow("0600") << 0U << 105U << "docker" << 0600U << "mode" << false << "pass";
    QTest::newRow("mode check ignores owner") << 1000U << 100U << "users" << 0660U << "mode" << false << "pass";
    QTest::newRow("rootless: the user's own") << 1000U << 1000U << "alice" << 0660U << "all" << true << "pass";
    QTest::newRow("rootless: someone else's") << 1001U << 1001U << "bob" << 0660U << "owner" << true << "fail";
}

void TestHostChecks::socketPermissions()
{
    QFETCH(uint, uid);
    QFETCH(uint, gid);
    QFETCH(QString, group);
    QFETCH(uint, mode);
    QFETCH(QString, check);
    QFETCH(bool, rootless);
    QFETCH(QString, status);
    Snapshot snapshot = docker();
    // The daemon's real socket, not /var/run/docker.sock (which the reference tool checks whatever is used).
    const QString socketPath = snapshot.endpoint.socketPath;
    QCOMPARE(socketPath, QStringLiteral("/tmp/hc.iuSf/docker.sock"));
    setFile(snapshot.host, fileFacts(socketPath, mode, QStringLiteral("socket"), uid, gid, QString(), group));
    snapshot.host.dockerGroup.name = QStringLiteral("docker");
    snapshot.host.dockerGroup.gid = 105;
    snapshot.host.dockerGroup.exists = true;
    if (rootless) {
        snapshot.host.daemonUid = 1000;
        patchInfo(
            snapshot,
            QJsonObject{{QLatin1String("SecurityOptions"),
                         QJsonArray{QStringLiteral("name=seccomp,profile=default"), QStringLiteral("name=rootless")}}});
    }
    const CheckOutcome outcome =
        run(snapshot,
            builtinRule(QStringLiteral("socket-permissions"),
                        QJsonObject{{QLatin1String("check"), check}, {QLatin1String("max"), QStringLiteral("0660")}}));
    VERIFY_OUTCOME(outcome, status, socketPath);
    QCOMPARE(outcome.value, socketPath);
}

void TestHostChecks::registryCerts_data()
{
    QTest::addColumn<QString>("builtin");
    QTest::addColumn<QString>("file");
    QTest::addColumn<uint>("mode");
    QTest::addColumn<uint>("uid");
    QTest::addColumn<QString>("status");
    QTest::newRow("ca.crt 0444") << "certs-mode"
                                 << "ca.crt" << 0444U << 0U << "pass";
    QTest::newRow("ca.crt 0644") << "certs-mode"
                                 << "ca.crt" << 0644U << 0U << "fail";
    QTest::newRow("client.cert 0446") << "certs-mode"
                                      << "client.cert" << 0446U << 0U << "fail";
    QTest::newRow("client.key 0400") << "certs-mode"
                                     << "client.key" << 0400U << 0U << "pass";
    QTest::newRow("client.key 0444 is readable by all") << "certs-mode"
                                                        << "client.key" << 0444U << 0U << "fail";
    QTest::newRow("owner root") << "certs-owner"
                                << "client.key" << 0400U << 0U << "pass";
    QTest::newRow("owner 1000") << "certs-owner"
                                << "client.cert" << 0444U << 1000U << "fail";
    QTest::newRow("no certs.d") << "certs-mode"
                                << "" << 0U << 0U << "skip";
    QTest::newRow("empty certs.d") << "certs-owner"
                                   << "-" << 0U << 0U << "pass";
}

void TestHostChecks::registryCerts()
{
    QFETCH(QString, builtin);
    QFETCH(QString, file);
    QFETCH(uint, mode);
    QFETCH(uint, uid);
    QFETCH(QString, status);
    Snapshot snapshot = docker();
    HostFacts &host = snapshot.host;
    host.registryCertsDirectory = QStringLiteral("/etc/docker/certs.d");
    if (file.isEmpty()) {
        setFile(host, missingFile(host.registryCertsDirectory));
    } else {
        setFile(host, fileFacts(host.registryCertsDirectory, 0755, QStringLiteral("directory")));
        setFile(host, fileFacts(QStringLiteral("/etc/docker/certs.d/reg:5000/ok.crt"), 0444));
        host.registryCertFiles.append(QStringLiteral("/etc/docker/certs.d/reg:5000/ok.crt"));
        if (file != QLatin1String("-")) {
            const QString path = QStringLiteral("/etc/docker/certs.d/reg:5000/") + file;
            setFile(host,
                    fileFacts(path,
                              mode,
                              QStringLiteral("file"),
                              uid,
                              0,
                              uid == 0 ? QStringLiteral("root") : QStringLiteral("alice")));
            host.registryCertFiles.append(path);
        }
    }
    const CheckOutcome outcome = run(snapshot,
                                     builtinRule(builtin,
                                                 QJsonObject{{QLatin1String("max"), QStringLiteral("0444")},
                                                             {QLatin1String("key_max"), QStringLiteral("0400")}}));
    QCOMPARE(statusName(outcome.status), status);
    if (status == QLatin1String("fail")) {
        QVERIFY2(outcome.evidence.contains(file), qPrintable(outcome.evidence));
        QVERIFY(!outcome.evidence.contains(QLatin1String("ok.crt")));
        QVERIFY(outcome.value.endsWith(file));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Audit

void TestHostChecks::auditRule_data()
{
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("status");
    const QString dockerd = QStringLiteral("/usr/sbin/dockerd");
    QTest::newRow("watch") << QStringList{QStringLiteral("-w /usr/sbin/dockerd -p rwxa -k docker")} << "pass";
    QTest::newRow("syscall rule path=")
        << QStringList{QStringLiteral(
               "-a always,exit -F arch=b64 -S all -F path=/usr/sbin/dockerd -F perm=x -F key=docker")}
        << "pass";
    QTest::newRow("recursive dir=") << QStringList{QStringLiteral("-a always,exit -F dir=/usr/sbin -F perm=wa")}
                                    << "pass";
    QTest::newRow("watch on the directory") << QStringList{QStringLiteral("-w /usr/sbin/ -p wa")} << "pass";
    QTest::newRow("never action") << QStringList{QStringLiteral("-a never,exit -F path=/usr/sbin/dockerd")} << "fail";
    QTest::newRow("removal") << QStringList{QStringLiteral("-W /usr/sbin/dockerd -p rwxa")} << "fail";
    QTest::newRow("another file with the same prefix")
        << QStringList{QStringLiteral("-w /usr/sbin/dockerd-rootless.sh -p x"),
                       QStringLiteral("-w /usr/sbin/dock -p x")}
        << "fail";
    QTest::newRow("path= of the directory is not recursive")
        << QStringList{QStringLiteral("-a always,exit -F path=/usr/sbin")} << "fail";
    QTest::newRow("other rules only") << QStringList{QStringLiteral("-w /etc/passwd -p wa -k identity")} << "fail";
    QTest::newRow("no rules") << QStringList{} << "fail";
    Q_UNUSED(dockerd)
}

void TestHostChecks::auditRule()
{
    QFETCH(QStringList, rules);
    QFETCH(QString, status);
    Snapshot snapshot = docker();
    setRole(snapshot.host, QStringLiteral("dockerd"), fileFacts(QStringLiteral("/usr/sbin/dockerd"), 0755));
    snapshot.host.audit.source = QStringLiteral("auditctl");
    snapshot.host.audit.rules = rules;
    const CheckOutcome outcome =
        run(snapshot,
            builtinRule(QStringLiteral("audit-rule"), QJsonObject{{QLatin1String("role"), QStringLiteral("dockerd")}}));
    VERIFY_OUTCOME(outcome, status, QStringLiteral("/usr/sbin/dockerd"));
    QCOMPARE(outcome.value, QStringLiteral("/usr/sbin/dockerd"));
    QCOMPARE(auditRulesWatching(rules, QStringLiteral("/usr/sbin/dockerd")).isEmpty(), status == QLatin1String("fail"));

    // The rule's remediation names the exact line for this path.
    const Rule rule = ruleById(QStringLiteral("HC-HOST-AUDIT-DOCKERD"));
    QVERIFY(rule.remediation.contains(QLatin1String("-w {value} -p rwxa -k docker")));
}

void TestHostChecks::auditRuleSkipsWithReason()
{
    Snapshot snapshot = docker();
    HostFacts &host = snapshot.host;
    host.audit.source = QStringLiteral("files");
    host.audit.sourceFiles = {QStringLiteral("/etc/audit/audit.rules")};
    host.audit.rules = {QStringLiteral("-w /usr/sbin/runc -p x -k docker")};
    host.pathSources.insert(QStringLiteral("containerd-shim-runc-v1"),
                            QStringLiteral("containerd-shim-runc-v1 is not installed (not found on the search path)"));
    setRole(host, QStringLiteral("etc_sysconfig_docker"), missingFile(QStringLiteral("/etc/sysconfig/docker")));
    FileFacts link = fileFacts(QStringLiteral("/usr/bin/runc"), 0777, QStringLiteral("symlink"));
    link.linkTarget = QStringLiteral("/usr/sbin/runc");
    setRole(host, QStringLiteral("runc"), link);
    setFile(host, fileFacts(QStringLiteral("/usr/sbin/runc"), 0755));

    const auto audit = [&snapshot](const QString &role) {
        return run(snapshot, builtinRule(QStringLiteral("audit-rule"), QJsonObject{{QLatin1String("role"), role}}));
    };
    VERIFY_OUTCOME(
        audit(QStringLiteral("containerd-shim-runc-v1")), QStringLiteral("skip"), QStringLiteral("not installed"));
    VERIFY_OUTCOME(audit(QStringLiteral("etc_sysconfig_docker")),
                   QStringLiteral("skip"),
                   QStringLiteral("/etc/sysconfig/docker does not exist"));
    // /usr/bin/runc links to /usr/sbin/runc, which a rule watches.
    VERIFY_OUTCOME(audit(QStringLiteral("runc")), QStringLiteral("pass"), QStringLiteral("-w /usr/sbin/runc"));
    // No audit system at all: fail, saying so.
    host.audit = AuditFacts{QStringLiteral("none"), {}, {}, {}};
    VERIFY_OUTCOME(audit(QStringLiteral("runc")), QStringLiteral("fail"), QStringLiteral("auditctl is not installed"));
    // Remote daemon: nothing to look at.
    Snapshot remote = docker();
    remote.host = HostFacts{};
    remote.host.unavailableReason = QStringLiteral("needs host access: the daemon at tcp://192.0.2.1:2376 is remote");
    VERIFY_OUTCOME(
        run(remote,
            builtinRule(QStringLiteral("audit-rule"), QJsonObject{{QLatin1String("role"), QStringLiteral("runc")}})),
        QStringLiteral("skip"),
        QStringLiteral("needs host access"));
}

void TestHostChecks::auditConfigured_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("status");
    QTest::newRow("loaded rules") << "auditctl" << QStringList{QStringLiteral("-w /usr/bin/dockerd -k docker")} << ""
                                  << "pass";
    QTest::newRow("nothing loaded") << "auditctl" << QStringList{} << ""
                                    << "fail";
    QTest::newRow("rule files, auditctl refused")
        << "files" << QStringList{QStringLiteral("-w /etc/docker -k docker")} << "auditctl failed (exit code 1)"
        << "pass";
    QTest::newRow("no audit system") << "none" << QStringList{} << ""
                                     << "fail";
}

void TestHostChecks::auditConfigured()
{
    QFETCH(QString, source);
    QFETCH(QStringList, rules);
    QFETCH(QString, error);
    QFETCH(QString, status);
    Snapshot snapshot = docker();
    snapshot.host.audit = AuditFacts{source, {}, rules, error};
    const CheckOutcome outcome = run(snapshot, builtinRule(QStringLiteral("audit-configured")));
    QCOMPARE(statusName(outcome.status), status);
    if (!error.isEmpty()) {
        QVERIFY(outcome.reason.contains(error));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Partition and users

void TestHostChecks::dataRootPartition_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("isMountPoint");
    QTest::addColumn<QString>("fsRoot");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mention");
    QTest::newRow("own partition") << true << true << "/"
                                   << "8:17"
                                   << "pass"
                                   << "filesystem of its own";
    QTest::newRow("on the root filesystem") << true << false << "/"
                                            << "254:0"
                                            << "fail"
                                            << "mounted at /";
    // dockerd bind-mounts its data root onto itself: a mount point (the reference tool's test passes), but no
    // partition. Seen on the test daemon.
    QTest::newRow("self bind mount on the root filesystem") << true << true << "/var/lib/docker"
                                                            << "254:0"
                                                            << "fail"
                                                            << "bind mount of the directory /var/lib/docker";
    QTest::newRow("self bind mount on a /var partition") << true << true << "/lib/docker"
                                                         << "8:2"
                                                         << "fail"
                                                         << "bind mount";
    QTest::newRow("the root filesystem's device again") << true << true << "/"
                                                        << "254:0"
                                                        << "fail"
                                                        << "root filesystem's device";
    QTest::newRow("mountinfo unreadable") << false << false << ""
                                          << ""
                                          << "skip"
                                          << "permission denied";
}

void TestHostChecks::dataRootPartition()
{
    QFETCH(bool, known);
    QFETCH(bool, isMountPoint);
    QFETCH(QString, fsRoot);
    QFETCH(QString, device);
    QFETCH(QString, status);
    QFETCH(QString, mention);
    Snapshot snapshot = docker();
    MountFacts &mount = snapshot.host.dataRootMount;
    mount.path = QStringLiteral("/var/lib/docker");
    mount.checkedPath = mount.path;
    mount.known = known;
    mount.isMountPoint = isMountPoint;
    mount.mountPoint = isMountPoint ? mount.path : QStringLiteral("/");
    mount.fsRoot = fsRoot;
    mount.device = device;
    mount.rootDevice = QStringLiteral("254:0");
    mount.fsType = QStringLiteral("ext4");
    mount.source = QStringLiteral("/dev/vda");
    mount.error = known ? QString() : QStringLiteral("permission denied");
    const CheckOutcome outcome = run(snapshot, builtinRule(QStringLiteral("data-root-partition")));
    VERIFY_OUTCOME(outcome, status, mention);
}

void TestHostChecks::dockerGroupMembers_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QJsonArray>("trusted");
    QTest::addColumn<uint>("socketGid");
    QTest::addColumn<uint>("socketMode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mention");
    const QStringList two{QStringLiteral("alice"), QStringLiteral("bob")};
    QTest::newRow("members listed") << true << two << QJsonArray{} << 105U << 0660U << "info"
                                    << "alice, bob";
    QTest::newRow("no members") << true << QStringList{} << QJsonArray{} << 105U << 0660U << "info"
                                << "no members";
    QTest::newRow("no group") << false << QStringList{} << QJsonArray{} << 105U << 0660U << "info"
                              << "only root";
    QTest::newRow("untrusted member") << true << QStringList{QStringLiteral("alice"), QStringLiteral("mallory")}
                                      << QJsonArray{QStringLiteral("alice")} << 105U << 0660U << "warn"
                                      << "mallory";
    QTest::newRow("all trusted") << true << QStringList{QStringLiteral("alice")} << QJsonArray{QStringLiteral("alice")}
                                 << 105U << 0660U << "info"
                                 << "alice";
    // Podman's socket is root:root 0600: the docker group's members cannot use it.
    QTest::newRow("socket group without write")
        << true << two << QJsonArray{QStringLiteral("carol")} << 105U << 0600U << "info"
        << "grants no access";
    QTest::newRow("root-group socket") << true << two << QJsonArray{QStringLiteral("carol")} << 0U << 0660U << "info"
                                       << "grants no access";
    QTest::newRow("others may write") << true << two << QJsonArray{} << 105U << 0666U << "warn"
                                      << "every local user";
}

void TestHostChecks::dockerGroupMembers()
{
    QFETCH(bool, exists);
    QFETCH(QStringList, members);
    QFETCH(QJsonArray, trusted);
    QFETCH(uint, socketGid);
    QFETCH(uint, socketMode);
    QFETCH(QString, status);
    QFETCH(QString, mention);
    Snapshot snapshot = docker();
    snapshot.host.dockerGroup = GroupFacts{QStringLiteral("docker"), exists ? 105 : -1, exists, members, {}};
    setFile(snapshot.host,
            fileFacts(snapshot.endpoint.socketPath,
                      socketMode,
                      QStringLiteral("socket"),
                      0,
                      socketGid,
                      QStringLiteral("root"),
                      socketGid == 0 ? QStringLiteral("root") : QStringLiteral("docker")));
    const CheckOutcome outcome = run(
        snapshot,
        builtinRule(QStringLiteral("docker-group-members"), QJsonObject{{QLatin1String("trusted_users"), trusted}}));
    VERIFY_OUTCOME(outcome, status, mention);
    QVERIFY(outcome.status != Status::Pass && outcome.status != Status::Fail); // never a guess about people
}

// ---------------------------------------------------------------------------------------------------------------
// Daemon settings

void TestHostChecks::daemonSetting_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QJsonObject>("info");
    QTest::addColumn<bool>("hostCollected");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mention");
    const QJsonObject none;
    const QString empty = QStringLiteral("{}");
    QTest::newRow("2.4 --iptables=false")
        << "HC-DAEMON-IPTABLES" << QStringList{QStringLiteral("--iptables=false")} << empty << none << true << "fail"
        << "command line";
    QTest::newRow("2.4 daemon.json false")
        << "HC-DAEMON-IPTABLES" << QStringList{} << "{\"iptables\": false}" << none << true << "fail"
        << "daemon.json";
    QTest::newRow("2.4 default") << "HC-DAEMON-IPTABLES" << QStringList{} << empty << none << true << "pass"
                                 << "default true";
    QTest::newRow("2.4 no host access") << "HC-DAEMON-IPTABLES" << QStringList{} << empty << none << false << "skip"
                                        << "needs host access";
    // The reference tool cannot reach its command-line branch for 2.3.
    QTest::newRow("2.3 --log-level=debug")
        << "HC-DAEMON-LOG-LEVEL" << QStringList{QStringLiteral("--log-level=debug")} << empty << none << true << "fail"
        << "debug";
    QTest::newRow("2.3 -l warn") << "HC-DAEMON-LOG-LEVEL" << QStringList{QStringLiteral("-l"), QStringLiteral("warn")}
                                 << empty << none << true << "fail"
                                 << "warn";
    QTest::newRow("2.3 daemon.json info")
        << "HC-DAEMON-LOG-LEVEL" << QStringList{} << "{\"log-level\": \"info\"}" << none << true << "pass"
        << "";
    QTest::newRow("2.3 default") << "HC-DAEMON-LOG-LEVEL" << QStringList{} << empty << none << true << "pass"
                                 << "default info";
    QTest::newRow("2.3 /info Debug without host access")
        << "HC-DAEMON-LOG-LEVEL" << QStringList{} << empty << QJsonObject{{QLatin1String("Debug"), true}} << false
        << "fail"
        << "/info Debug";
    QTest::newRow("2.3 no host access") << "HC-DAEMON-LOG-LEVEL" << QStringList{} << empty << none << false << "skip"
                                        << "needs host access";
    // The reference tool never sees cgroup-parent in daemon.json.
    QTest::newRow("2.10 daemon.json cgroup-parent")
        << "HC-DAEMON-CGROUP-PARENT" << QStringList{} << "{\"cgroup-parent\": \"/custom\"}" << none << true << "warn"
        << "/custom";
    QTest::newRow("2.10 unset") << "HC-DAEMON-CGROUP-PARENT" << QStringList{} << empty << none << true << "pass"
                                << "";
    QTest::newRow("2.11 overlay2") << "HC-DAEMON-DM-BASESIZE" << QStringList{} << empty << none << false << "pass"
                                   << "devicemapper only";
    QTest::newRow("2.11 devicemapper with dm.basesize")
        << "HC-DAEMON-DM-BASESIZE" << QStringList{} << "{\"storage-opts\": [\"dm.basesize=50G\"]}"
        << QJsonObject{{QLatin1String("Driver"), QStringLiteral("devicemapper")}} << true << "fail"
        << "dm.basesize";
    QTest::newRow("2.11 devicemapper flag")
        << "HC-DAEMON-DM-BASESIZE" << QStringList{QStringLiteral("--storage-opt"), QStringLiteral("dm.basesize=20G")}
        << empty << QJsonObject{{QLatin1String("Driver"), QStringLiteral("devicemapper")}} << true << "fail"
        << "";
    QTest::newRow("2.11 devicemapper plain")
        << "HC-DAEMON-DM-BASESIZE" << QStringList{} << empty
        << QJsonObject{{QLatin1String("Driver"), QStringLiteral("devicemapper")}} << true << "pass"
        << "";
    QTest::newRow("2.14 daemon.json true")
        << "HC-DAEMON-NO-NEW-PRIVILEGES" << QStringList{} << "{\"no-new-privileges\": true}" << none << true << "pass"
        << "";
    QTest::newRow("2.14 flag") << "HC-DAEMON-NO-NEW-PRIVILEGES" << QStringList{QStringLiteral("--no-new-privileges")}
                               << empty << none << true << "pass"
                               << "";
    QTest::newRow("2.14 default") << "HC-DAEMON-NO-NEW-PRIVILEGES" << QStringList{} << empty << none << true << "fail"
                                  << "default false";
    QTest::newRow("2.16 default") << "HC-DAEMON-USERLAND-PROXY" << QStringList{} << empty << none << true << "fail"
                                  << "";
    QTest::newRow("2.16 --userland-proxy=false")
        << "HC-DAEMON-USERLAND-PROXY" << QStringList{QStringLiteral("--userland-proxy=false")} << empty << none << true
        << "pass"
        << "";
}

void TestHostChecks::daemonSetting()
{
    QFETCH(QString, ruleId);
    QFETCH(QStringList, arguments);
    QFETCH(QString, config);
    QFETCH(QJsonObject, info);
    QFETCH(bool, hostCollected);
    QFETCH(QString, status);
    QFETCH(QString, mention);
    Snapshot snapshot = docker();
    setCommandLine(snapshot, arguments);
    snapshot.host.configFileText = config;
    patchInfo(snapshot, info);
    if (!hostCollected) {
        snapshot.host = HostFacts{};
        snapshot.host.unavailableReason =
            QStringLiteral("needs host access: the daemon at tcp://192.0.2.1:2376 is remote");
    }
    const Rule rule = ruleById(ruleId);
    CheckOutcome outcome = run(snapshot, rule, Scope::Daemon);
    if (outcome.status == Status::Fail) {
        outcome.status = rule.onFail; // as the engine does
    }
    VERIFY_OUTCOME(outcome, status, mention);
}

void TestHostChecks::daemonTcpTls_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<bool>("hostCollected");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mention");
    const QString unix = QStringLiteral("unix");
    const QStringList testbed = docker().host.daemonCommandLine.mid(1);
    QTest::newRow("testbed: unix + tcp with tlsverify") << unix << false << false << true << testbed << "{}"
                                                        << "pass"
                                                        << "tcp://127.0.0.1:49407";
    QTest::newRow("tcp listener without TLS")
        << unix << false << false << true << QStringList{QStringLiteral("-H"), QStringLiteral("tcp://0.0.0.0:2375")}
        << "{}"
        << "fail"
        << "without TLS";
    QTest::newRow("--tls without --tlsverify")
        << unix << false << false << true
        << QStringList{QStringLiteral("-H=tcp://0.0.0.0:2376"), QStringLiteral("--tls")} << "{}"
        << "fail"
        << "without --tlsverify";
    QTest::newRow("daemon.json hosts, tlsverify") << unix << false << false << true << QStringList{}
                                                  << "{\"hosts\": [\"tcp://0.0.0.0:2376\"], \"tlsverify\": true}"
                                                  << "pass"
                                                  << "tlsverify";
    QTest::newRow("daemon.json hosts, no TLS") << unix << false << false << true << QStringList{}
                                               << "{\"hosts\": [\"unix:///run/docker.sock\", \"tcp://10.0.0.5:2375\"]}"
                                               << "fail"
                                               << "tcp://10.0.0.5:2375";
    QTest::newRow("unix only") << unix << false << false << true
                               << QStringList{QStringLiteral("-H"), QStringLiteral("fd://")} << "{}"
                               << "pass"
                               << "fd://";
    QTest::newRow("our connection is plain TCP") << "tcp" << false << false << false << QStringList{} << "{}"
                                                 << "fail"
                                                 << "plain TCP";
    QTest::newRow("our connection does not verify") << "tcp" << true << false << false << QStringList{} << "{}"
                                                    << "fail"
                                                    << "without verifying";
    QTest::newRow("verified TLS, remote") << "tcp" << true << true << false << QStringList{} << "{}"
                                          << "info"
                                          << "--tlsverify";
    QTest::newRow("unix without host facts") << unix << false << false << false << QStringList{} << "{}"
                                             << "skip"
                                             << "unix socket";
}

void TestHostChecks::daemonTcpTls()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, tls);
    QFETCH(bool, verify);
    QFETCH(bool, hostCollected);
    QFETCH(QStringList, arguments);
    QFETCH(QString, config);
    QFETCH(QString, status);
    QFETCH(QString, mention);
    Snapshot snapshot = docker();
    if (endpoint == QLatin1String("tcp")) {
        snapshot.endpoint = Endpoint{};
        snapshot.endpoint.transport = Endpoint::Transport::Tcp;
        snapshot.endpoint.hostName = QStringLiteral("192.0.2.1");
        snapshot.endpoint.port = tls ? 2376 : 2375;
        snapshot.endpoint.tls.enabled = tls;
        snapshot.endpoint.tls.verify = verify;
    }
    setCommandLine(snapshot, arguments);
    snapshot.host.configFileText = config;
    if (!hostCollected) {
        snapshot.host = HostFacts{};
        snapshot.host.unavailableReason = QStringLiteral("needs host access: no host facts");
    }
    const CheckOutcome outcome = run(snapshot, builtinRule(QStringLiteral("daemon-tcp-tls")), Scope::Daemon);
    VERIFY_OUTCOME(outcome, status, mention);
}

void TestHostChecks::insecureRegistries_data()
{
    QTest::addColumn<QJsonObject>("registryConfig");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mention");
    QTest::newRow("captured: only the built-in 127.0.0.0/8")
        << docker().info.value(QLatin1String("RegistryConfig")).toObject() << "pass"
        << "loopback, ignored: 127.0.0.0/8";
    QTest::newRow("::1/128") << object(R"({"InsecureRegistryCIDRs": ["127.0.0.0/8", "::1/128"], "IndexConfigs": {}})")
                             << "pass"
                             << "::1/128";
    QTest::newRow("a private range") << object(R"({"InsecureRegistryCIDRs": ["127.0.0.0/8", "10.0.0.0/8"]})") << "fail"
                                     << "10.0.0.0/8";
    QTest::newRow("a registry name")
        << object(
               R"({"InsecureRegistryCIDRs": [], "IndexConfigs": {"reg.example.com:5000": {"Secure": false}, "docker.io": {"Secure": true}}})")
        << "fail"
        << "reg.example.com:5000";
    QTest::newRow("localhost registry") << object(R"({"IndexConfigs": {"localhost:5000": {"Secure": false}}})")
                                        << "pass"
                                        << "localhost:5000";
    QTest::newRow("not reported") << QJsonObject{} << "skip"
                                  << "RegistryConfig";
}

void TestHostChecks::insecureRegistries()
{
    QFETCH(QJsonObject, registryConfig);
    QFETCH(QString, status);
    QFETCH(QString, mention);
    Snapshot snapshot = docker();
    if (registryConfig.isEmpty()) {
        snapshot.info.remove(QLatin1String("RegistryConfig"));
    } else {
        snapshot.info.insert(QLatin1String("RegistryConfig"), registryConfig);
    }
    const CheckOutcome outcome = run(snapshot, builtinRule(QStringLiteral("insecure-registries")), Scope::Daemon);
    VERIFY_OUTCOME(outcome, status, mention);
}

void TestHostChecks::apiChecks_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<bool>("usePodman");
    QTest::addColumn<QJsonObject>("info");
    QTest::addColumn<QString>("icc");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mention");
    const QJsonObject none;
    QTest::newRow("2.2 captured icc on") << "HC-DAEMON-ICC" << false << none << ""
                                         << "fail"
                                         << "enable_icc = true";
    QTest::newRow("2.2 icc off") << "HC-DAEMON-ICC" << false << none << "false"
                                 << "pass"
                                 << "";
    QTest::newRow("2.2 Podman: no default bridge") << "HC-DAEMON-ICC" << true << none << ""
                                                   << "skip"
                                                   << "Podman";
    QTest::newRow("2.15 captured off") << "HC-DAEMON-LIVE-RESTORE" << false << none << ""
                                       << "fail"
                                       << "false";
    QTest::newRow("2.15 on") << "HC-DAEMON-LIVE-RESTORE" << false
                             << QJsonObject{{QLatin1String("LiveRestoreEnabled"), true}} << ""
                             << "pass"
                             << "";
    QTest::newRow("2.15 swarm") << "HC-DAEMON-LIVE-RESTORE" << false
                                << QJsonObject{{QLatin1String("Swarm"),
                                                QJsonObject{
                                                    {QLatin1String("LocalNodeState"), QStringLiteral("active")}}}}
                                << ""
                                << "info"
                                << "swarm";
    QTest::newRow("2.15 not reported") << "HC-DAEMON-LIVE-RESTORE" << false
                                       << QJsonObject{{QLatin1String("LiveRestoreEnabled"), QJsonValue::Null}} << ""
                                       << "skip"
                                       << "LiveRestoreEnabled";
    QTest::newRow("2.15 Podman") << "HC-DAEMON-LIVE-RESTORE" << true << none << ""
                                 << "skip"
                                 << "Podman";
    QTest::newRow("2.13 json-file") << "HC-DAEMON-REMOTE-LOGGING" << false << none << ""
                                    << "fail"
                                    << "json-file";
    QTest::newRow("2.13 local") << "HC-DAEMON-REMOTE-LOGGING" << false
                                << QJsonObject{{QLatin1String("LoggingDriver"), QStringLiteral("local")}} << ""
                                << "fail"
                                << "";
    QTest::newRow("2.13 syslog") << "HC-DAEMON-REMOTE-LOGGING" << false
                                 << QJsonObject{{QLatin1String("LoggingDriver"), QStringLiteral("syslog")}} << ""
                                 << "pass"
                                 << "";
    QTest::newRow("2.13 journald") << "HC-DAEMON-REMOTE-LOGGING" << false
                                   << QJsonObject{{QLatin1String("LoggingDriver"), QStringLiteral("journald")}} << ""
                                   << "info"
                                   << "forward";
    QTest::newRow("2.13 Podman reports none") << "HC-DAEMON-REMOTE-LOGGING" << true << none << ""
                                              << "skip"
                                              << "Podman";
    QTest::newRow("2.12 none") << "HC-DAEMON-AUTHZ-PLUGIN" << false << none << ""
                               << "fail"
                               << "empty";
    QTest::newRow("2.12 a plugin") << "HC-DAEMON-AUTHZ-PLUGIN" << false
                                   << object(R"({"Plugins": {"Authorization": ["opa-docker-authz"]}})") << ""
                                   << "pass"
                                   << "opa-docker-authz";
    QTest::newRow("2.12 Podman") << "HC-DAEMON-AUTHZ-PLUGIN" << true << none << ""
                                 << "skip"
                                 << "Podman";
    QTest::newRow("2.18 captured off") << "HC-DAEMON-EXPERIMENTAL" << false << none << ""
                                       << "pass"
                                       << "= false";
    QTest::newRow("2.18 --experimental") << "HC-DAEMON-EXPERIMENTAL" << false
                                         << QJsonObject{{QLatin1String("ExperimentalBuild"), true}} << ""
                                         << "fail"
                                         << "= true";
    // Podman's compat /info hard-codes ExperimentalBuild: true.
    QTest::newRow("2.18 Podman") << "HC-DAEMON-EXPERIMENTAL" << true << none << ""
                                 << "skip"
                                 << "always reports";
}

void TestHostChecks::apiChecks()
{
    QFETCH(QString, ruleId);
    QFETCH(bool, usePodman);
    QFETCH(QJsonObject, info);
    QFETCH(QString, icc);
    QFETCH(QString, status);
    QFETCH(QString, mention);
    Snapshot snapshot = usePodman ? podman() : docker();
    patchInfo(snapshot, info);
    if (!icc.isEmpty()) {
        for (qsizetype i = 0; i < snapshot.networks.size(); ++i) {
            QJsonObject network = snapshot.networks.at(i).toObject();
            if (network.value(QLatin1String("Name")).toString() == QLatin1String("bridge")) {
                QJsonObject options = network.value(QLatin1String("Options")).toObject();
                options.insert(QLatin1String("com.docker.network.bridge.enable_icc"), icc);
                network.insert(QLatin1String("Options"), options);
                snapshot.networks.replace(i, network);
            }
        }
    }
    const Rule rule = ruleById(ruleId);
    const CheckOutcome outcome = run(snapshot, rule, Scope::Daemon);
    VERIFY_OUTCOME(outcome, status, mention);
}

// ---------------------------------------------------------------------------------------------------------------
// Versions

void TestHostChecks::engineVersion_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("containerd");
    QTest::addColumn<QString>("containerdCommit");
    QTest::addColumn<QString>("runc");
    QTest::addColumn<QString>("runcCommit");
    QTest::addColumn<bool>("authz");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("absent");
    // As captured: Debian's builds. Debian fixed CVE-2024-21626 in runc 1.1.5+ds1-1+deb12u1; other upstream
    // advisories may be backported, so they warn rather than fail.
    QTest::newRow("captured Debian 12 docker.io") << ""
                                                  << ""
                                                  << ""
                                                  << ""
                                                  << "" << false << "warn"
                                                  << "CVE-2024-21626 (fixed by package 1.1.5+ds1-1+deb12u1)"
                                                  << "vulnerable:";
    QTest::newRow("upstream 20.10.24 and runc 1.1.11") << "20.10.24"
                                                       << "1.6.20"
                                                       << "2806fc1057397dbaeefbea0e4e17bddfbd388f38"
                                                       << "1.1.11"
                                                       << "v1.1.11-0-g4bccb38c" << false << "fail"
                                                       << "CVE-2024-21626"
                                                       << "";
    QTest::newRow("current releases") << "29.4.0"
                                      << "2.2.1"
                                      << "abc123"
                                      << "1.3.3"
                                      << "v1.3.3-0-gd842d771" << false << "pass"
                                      << "release series 29 is maintained"
                                      << "vulnerable";
    QTest::newRow("newer than the table is not vulnerable") << "31.0.0"
                                                            << "2.2.1"
                                                            << "abc123"
                                                            << "1.3.3"
                                                            << "v1.3.3" << false << "info"
                                                            << "newer than the release table"
                                                            << "vulnerable";
    QTest::newRow("27.1.0 with an authorization plugin") << "27.1.0"
                                                         << "1.7.29"
                                                         << "abc"
                                                         << "1.3.3"
                                                         << "v1.3.3" << true << "fail"
                                                         << "CVE-2024-41110"
                                                         << "";
    QTest::newRow("27.1.0 without one: unmaintained") << "27.1.0"
                                                      << "1.7.29"
                                                      << "abc"
                                                      << "1.3.3"
                                                      << "v1.3.3" << false << "warn"
                                                      << "release series 27 is unmaintained"
                                                      << "CVE-2024-41110";
    QTest::newRow("runc 1.3.2") << "29.4.0"
                                << "2.2.1"
                                << "abc"
                                << "1.3.2"
                                << "v1.3.2" << false << "fail"
                                << "CVE-2025-52881"
                                << "";
    QTest::newRow("runc 1.0.0-rc6") << "29.4.0"
                                    << "2.2.1"
                                    << "abc"
                                    << "1.0.0-rc6"
                                    << "v1.0.0-rc6" << false << "fail"
                                    << "CVE-2019-5736"
                                    << "";
    QTest::newRow("containerd 2.1 after its end of support") << "29.4.0"
                                                             << "2.1.5"
                                                             << "abc"
                                                             << "1.3.3"
                                                             << "v1.3.3" << false << "warn"
                                                             << "release series 2.1 is unmaintained since 2026-05-05"
                                                             << "vulnerable";
    QTest::newRow("containerd 1.7.28") << "29.4.0"
                                       << "1.7.28"
                                       << "abc"
                                       << "1.3.3"
                                       << "v1.3.3" << false << "fail"
                                       << "CVE-2024-25621"
                                       << "";
}

void TestHostChecks::engineVersion()
{
    QFETCH(QString, engine);
    QFETCH(QString, containerd);
    QFETCH(QString, containerdCommit);
    QFETCH(QString, runc);
    QFETCH(QString, runcCommit);
    QFETCH(bool, authz);
    QFETCH(QString, status);
    QFETCH(QString, mention);
    QFETCH(QString, absent);
    Snapshot snapshot = docker();
    if (!engine.isEmpty()) {
        // Support ends are judged at the snapshot's date; these rows are as of shortly after the table's.
        snapshot.collectedAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        setComponent(snapshot, QStringLiteral("Engine"), engine, QStringLiteral("0123456"));
        setComponent(snapshot, QStringLiteral("containerd"), containerd, containerdCommit);
        setComponent(snapshot, QStringLiteral("runc"), runc, runcCommit);
    }
    if (authz) {
        patchInfo(snapshot, object(R"({"Plugins": {"Authorization": ["authz-broker"]}})"));
    }
    const Rule rule = ruleById(QStringLiteral("HC-DAEMON-ENGINE-VERSION"));
    QCOMPARE(rule.cisId, QStringLiteral("1.2.2"));
    const CheckOutcome outcome = run(snapshot, rule, Scope::Daemon);
    VERIFY_OUTCOME(outcome, status, mention);
    // The table's date is always shown (A1: the age of the table).
    const QString tableDate =
        rule.params.value(QLatin1String("table")).toObject().value(QLatin1String("date")).toString();
    QVERIFY(!tableDate.isEmpty());
    QVERIFY2(outcome.evidence.contains(QStringLiteral("release table of ") + tableDate), qPrintable(outcome.evidence));
    QVERIFY(outcome.evidence.contains(QLatin1String("kernel ")));
    if (!absent.isEmpty()) {
        QVERIFY2(!outcome.evidence.contains(absent), qPrintable(outcome.evidence));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The packs

void TestHostChecks::packsCoverEveryCisCheckOnce()
{
    QStringList expected;
    for (int i = 1; i <= 18; ++i) {
        expected.append(QStringLiteral("1.1.%1").arg(i));
    }
    expected << QStringLiteral("1.2.1") << QStringLiteral("1.2.2");
    for (int i = 1; i <= 18; ++i) {
        expected.append(QStringLiteral("2.%1").arg(i));
    }
    for (int i = 1; i <= 24; ++i) {
        expected.append(QStringLiteral("3.%1").arg(i));
    }
    QCOMPARE(expected.size(), 62);

    QHash<QString, int> seen;
    QSet<QString> ids;
    for (const QString &name : OurPacks) {
        const Result<RulePack> pack = loadPack(name);
        QVERIFY2(pack.ok(), qPrintable(name + QStringLiteral(": ") + (pack.ok() ? QString() : pack.error().message)));
        QCOMPARE(pack.value().name, QStringLiteral("hullcheck"));
        QCOMPARE(pack.value().version, QStringLiteral("2026.11.0"));
        for (const Rule &rule : pack.value().rules) {
            QVERIFY2(rule.id.startsWith(QLatin1String("HC-")), qPrintable(rule.id));
            QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
            ids.insert(rule.id);
            QVERIFY2(!rule.title.isEmpty() && !rule.description.isEmpty() && !rule.rationale.isEmpty(),
                     qPrintable(rule.id));
            QVERIFY2(!rule.remediation.isEmpty() && !rule.references.isEmpty(), qPrintable(rule.id));
            QVERIFY2(rule.scope == Scope::Host || rule.scope == Scope::Daemon, qPrintable(rule.id));
            if (!rule.builtin.isEmpty()) {
                QVERIFY2(BuiltinChecks::instance().find(rule.builtin), qPrintable(rule.builtin));
            }
            if (!rule.cisId.isEmpty()) {
                ++seen[rule.cisId];
                QVERIFY2(rule.cisLevel == 1 || rule.cisLevel == 2, qPrintable(rule.id));
            }
        }
    }
    for (const QString &cis : expected) {
        QVERIFY2(seen.value(cis) == 1,
                 qPrintable(QStringLiteral("CIS %1 appears %2 times").arg(cis).arg(seen.value(cis))));
    }
    QCOMPARE(seen.size(), expected.size()); // nothing outside §1-§3
    QVERIFY(!ruleById(QStringLiteral("HC-HOST-HARDENED")).automated);
    QVERIFY(!ruleById(QStringLiteral("HC-DAEMON-DEFAULT-ULIMITS")).automated);
    QCOMPARE(ruleById(QStringLiteral("HC-DAEMON-TCP-TLS")).severity, Severity::Critical);
}

void TestHostChecks::capturedDaemonResults_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("status");
    QTest::newRow("1.2.2 Debian builds warn, not fail") << "HC-DAEMON-ENGINE-VERSION"
                                                        << "warn";
    QTest::newRow("2.1 root daemon is information") << "HC-DAEMON-ROOTLESS"
                                                    << "info";
    QTest::newRow("2.4 --iptables=false") << "HC-DAEMON-IPTABLES"
                                          << "fail";
    QTest::newRow("2.5 127.0.0.0/8 is not insecure") << "HC-DAEMON-INSECURE-REGISTRIES"
                                                     << "pass";
    QTest::newRow("2.6 overlay2") << "HC-DAEMON-AUFS"
                                  << "pass";
    QTest::newRow("2.7 tcp listener with --tlsverify") << "HC-DAEMON-TCP-TLS"
                                                       << "pass";
    QTest::newRow("2.9 no userns") << "HC-DAEMON-USERNS"
                                   << "fail";
    QTest::newRow("2.17 default seccomp profile") << "HC-DAEMON-SECCOMP-PROFILE"
                                                  << "pass";
    QTest::newRow("2.18 not experimental") << "HC-DAEMON-EXPERIMENTAL"
                                           << "pass";
    QTest::newRow("3.15 root:docker") << "HC-FILES-SOCKET-OWNER"
                                      << "pass";
    QTest::newRow("3.16 0660") << "HC-FILES-SOCKET-MODE"
                               << "pass";
    QTest::newRow("3.17 daemon.json root:root") << "HC-FILES-DAEMON-JSON-OWNER"
                                                << "pass";
    QTest::newRow("3.18 daemon.json 0644") << "HC-FILES-DAEMON-JSON-MODE"
                                           << "pass";
    QTest::newRow("1.2.1 manual") << "HC-HOST-HARDENED"
                                  << "warn";
}

void TestHostChecks::capturedDaemonResults()
{
    QFETCH(QString, ruleId);
    QFETCH(QString, status);
    const ScanResult result = evaluate(docker(), ourRules(), Policy{});
    for (const Finding &finding : result.findings) {
        if (finding.ruleId == ruleId) {
            QVERIFY2(statusName(finding.status) == status,
                     qPrintable(statusName(finding.status) + QStringLiteral(": ") + finding.evidence +
                                QStringLiteral(" | ") + finding.reason));
            return;
        }
    }
    QFAIL("no finding for the rule");
}

void TestHostChecks::podmanGetsNoFalseFailures()
{
    // Podman lacks the default bridge, authorization plugins, a reported logging driver and dockerd settings:
    // none of that may fail. What does fail must rest on a value Podman reported.
    const ScanResult result = evaluate(podman(), ourRules(), Policy{});
    const QSet<QString> mustNotFail{QStringLiteral("HC-DAEMON-ICC"),
                                    QStringLiteral("HC-DAEMON-LIVE-RESTORE"),
                                    QStringLiteral("HC-DAEMON-AUTHZ-PLUGIN"),
                                    QStringLiteral("HC-DAEMON-REMOTE-LOGGING"),
                                    QStringLiteral("HC-DAEMON-IPTABLES"),
                                    QStringLiteral("HC-DAEMON-NO-NEW-PRIVILEGES"),
                                    QStringLiteral("HC-DAEMON-USERLAND-PROXY"),
                                    QStringLiteral("HC-DAEMON-LOG-LEVEL"),
                                    QStringLiteral("HC-DAEMON-CGROUP-PARENT"),
                                    QStringLiteral("HC-DAEMON-ENGINE-VERSION"),
                                    QStringLiteral("HC-DAEMON-EXPERIMENTAL"),
                                    QStringLiteral("HC-DAEMON-DM-BASESIZE"),
                                    QStringLiteral("HC-DAEMON-TCP-TLS"),
                                    QStringLiteral("HC-DAEMON-INSECURE-REGISTRIES")};
    int checked = 0;
    for (const Finding &finding : result.findings) {
        if (mustNotFail.contains(finding.ruleId)) {
            ++checked;
            QVERIFY2(finding.status == Status::Skip || finding.status == Status::Pass ||
                         finding.status == Status::Info || finding.status == Status::Warn,
                     qPrintable(finding.ruleId + QStringLiteral(": ") + statusName(finding.status) +
                                QStringLiteral(" ") + finding.evidence));
            if (finding.status == Status::Skip) {
                QVERIFY2(!finding.reason.isEmpty(), qPrintable(finding.ruleId));
            }
        }
    }
    QCOMPARE(checked, mustNotFail.size());
}

void TestHostChecks::remoteDaemonSkipsHostChecks()
{
    Snapshot snapshot = docker();
    snapshot.endpoint = Endpoint{};
    snapshot.endpoint.transport = Endpoint::Transport::Tcp;
    snapshot.endpoint.hostName = QStringLiteral("192.0.2.10");
    snapshot.endpoint.port = 2375;
    snapshot.host = HostFacts{};
    snapshot.host.unavailableReason =
        QStringLiteral("needs host access: the daemon at tcp://192.0.2.10:2375 is remote");
    const ScanResult result = evaluate(snapshot, ourRules(), Policy{});
    for (const Finding &finding : result.findings) {
        if (finding.ruleId.startsWith(QLatin1String("HC-FILES-")) ||
            finding.ruleId.startsWith(QLatin1String("HC-HOST-AUDIT"))) {
            QCOMPARE(finding.status, Status::Skip);
            QVERIFY(finding.reason.contains(QLatin1String("needs host access")));
        }
        if (finding.ruleId == QLatin1String("HC-DAEMON-TCP-TLS")) {
            // The API alone proves a plain-TCP daemon, remote or not (A2: critical).
            QCOMPARE(finding.status, Status::Fail);
            QCOMPARE(finding.severity, Severity::Critical);
            QVERIFY(finding.remediation.contains(QLatin1String("tcp://192.0.2.10:2375")));
        }
    }
}

QTEST_GUILESS_MAIN(TestHostChecks)
#include "tst_hostchecks.moc"
