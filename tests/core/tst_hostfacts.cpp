#include "fakes/fakehttpserver.h"

#include "core/coreruntime.h"
#include "core/docker/endpointresolver.h"
#include "core/host/hostfacts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace hullcheck::core;
using hullcheck::tests::FakeHttpServer;

class TestHostFacts : public QObject
{
    Q_OBJECT

private slots:
    void findsConfigFile_data();
    void findsConfigFile();
    void statsModesAsBits();
    void findsDaemonThroughPeerCredentials();
    void remoteDaemonNeedsHostAccess();
    void findsListeningTcpSockets();
    void roundTripsJson();

    void readsFlagsLikePflag_data();
    void readsFlagsLikePflag();
    void readsAuditRulesFromFiles();
    void prefersAuditctl_data();
    void prefersAuditctl();
    void readsGroupMembers();
    void findsTheDataRootMount_data();
    void findsTheDataRootMount();
    void collectsTheFilesChecksNeed();
    void roundTripsNewFacts();

private:
    // A host facts collection against a fake daemon in this process, with every source path in `root`.
    HostFacts collect(const QTemporaryDir &root, HostFactsSources sources, const QJsonObject &info = {});
};

namespace {

void writeFile(const QString &path, const QByteArray &content, int mode = 0644)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(content);
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)), 0);
}

HostFactsSources sourcesIn(const QTemporaryDir &root)
{
    HostFactsSources sources;
    sources.etcGroup = root.filePath(QStringLiteral("etc/group"));
    sources.etcPasswd = root.filePath(QStringLiteral("etc/passwd"));
    sources.auditctl.clear(); // only the rule files
    sources.auditRulesFile = root.filePath(QStringLiteral("etc/audit/audit.rules"));
    sources.auditRulesDirectory = root.filePath(QStringLiteral("etc/audit/rules.d"));
    sources.mountInfo = root.filePath(QStringLiteral("proc/mountinfo"));
    sources.etcDocker = root.filePath(QStringLiteral("etc/docker"));
    sources.etcDefaultDocker = root.filePath(QStringLiteral("etc/default/docker"));
    sources.etcSysconfigDocker = root.filePath(QStringLiteral("etc/sysconfig/docker"));
    sources.containerdConfig = root.filePath(QStringLiteral("etc/containerd/config.toml"));
    sources.runContainerd = root.filePath(QStringLiteral("run/containerd"));
    sources.unitDirectories = {root.filePath(QStringLiteral("etc/systemd/system")),
                               root.filePath(QStringLiteral("lib/systemd/system"))};
    sources.useSystemctl = false;
    sources.binaryDirectories = {root.filePath(QStringLiteral("bin"))};
    return sources;
}

} // namespace

HostFacts TestHostFacts::collect(const QTemporaryDir &root, HostFactsSources sources, const QJsonObject &info)
{
    Q_UNUSED(root)
    FakeHttpServer server([](const QString &, const QString &) {
        return FakeHttpServer::ping();
    });
    if (!server.listen()) {
        qFatal("the fake daemon cannot listen");
    }
    const Endpoint endpoint = EndpointResolver::parseHost(server.url()).value();
    return collectHostFacts(endpoint, info, sources);
}

void TestHostFacts::findsConfigFile_data()
{
    QTest::addColumn<QStringList>("commandLine");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isExplicit");
    QTest::newRow("default") << QStringList{QStringLiteral("/usr/sbin/dockerd"),
                                            QStringLiteral("-H"),
                                            QStringLiteral("fd://")}
                             << QStringLiteral("/etc/docker/daemon.json") << false;
    QTest::newRow("separate value") << QStringList{QStringLiteral("dockerd"),
                                                   QStringLiteral("--config-file"),
                                                   QStringLiteral("/srv/d.json")}
                                    << QStringLiteral("/srv/d.json") << true;
    QTest::newRow("equals") << QStringList{QStringLiteral("dockerd"), QStringLiteral("--config-file=/srv/e.json")}
                            << QStringLiteral("/srv/e.json") << true;
    QTest::newRow("dangling flag") << QStringList{QStringLiteral("dockerd"), QStringLiteral("--config-file")}
                                   << QStringLiteral("/etc/docker/daemon.json") << false;
}

void TestHostFacts::findsConfigFile()
{
    QFETCH(QStringList, commandLine);
    QFETCH(QString, path);
    QFETCH(bool, isExplicit);
    const auto [found, foundExplicit] = daemonConfigFileFor(commandLine);
    QCOMPARE(found, path);
    QCOMPARE(foundExplicit, isExplicit);
}

void TestHostFacts::statsModesAsBits()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("daemon.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // 0602 is "less than 644" as a decimal number, which is how the reference tool wrongly compares modes.
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0602), 0);
    const FileFacts facts = statFile(path);
    QVERIFY(facts.exists);
    QCOMPARE(facts.type, QStringLiteral("file"));
    QCOMPARE(facts.mode, 0602U);
    QCOMPARE(facts.uid, static_cast<uint>(::getuid()));
    QVERIFY(!facts.owner.isEmpty());
    QVERIFY(!statFile(directory.filePath(QStringLiteral("absent"))).exists);
    QCOMPARE(statFile(directory.path()).type, QStringLiteral("directory"));
}

void TestHostFacts::findsDaemonThroughPeerCredentials()
{
    // The fake daemon listens in this very process, so the peer credentials must name this process.
    FakeHttpServer server([](const QString &, const QString &) {
        return FakeHttpServer::ping();
    });
    QVERIFY(server.listen());
    const Endpoint endpoint = EndpointResolver::parseHost(server.url()).value();
    QTemporaryDir dataRoot;
    const HostFacts facts = collectHostFacts(endpoint, QJsonObject{{QLatin1String("DockerRootDir"), dataRoot.path()}});
    QVERIFY(facts.collected);
    QCOMPARE(facts.daemonPid, static_cast<qint64>(::getpid()));
    QCOMPARE(facts.daemonPidSource, QStringLiteral("SO_PEERCRED"));
    QVERIFY(!facts.daemonCommandLine.isEmpty());
    QVERIFY(facts.daemonCommandLine.first().endsWith(QLatin1String("tst_hostfacts")));
    QCOMPARE(facts.configFile, QStringLiteral("/etc/docker/daemon.json"));
    const FileFacts *socket = facts.file(server.socketPath());
    QVERIFY(socket);
    QCOMPARE(socket->type, QStringLiteral("socket"));
    QVERIFY(facts.file(dataRoot.path()));
}

void TestHostFacts::findsListeningTcpSockets()
{
    // Shape of /proc/net/tcp and /proc/net/tcp6 as read on the Debian 12 test machine (Linux 6.1), trimmed.
    const QByteArray tcp(
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 0100007F:E987 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 626867 1 0 100 0 0 "
        "10 0\n"
        "   1: 00000000:07E8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1640 1 0 100 0 0 "
        "10 "
        "0\n"
        "   2: 0100007F:E987 0100007F:9C40 01 00000000:00000000 00:00000000 00000000     0        0 777 1 0 20 4 30 10 "
        "-1\n");
    QCOMPARE(listeningSocketInodes(tcp, 0xE987), QList<quint64>{626867}); // the established connection is not listening
    QCOMPARE(listeningSocketInodes(tcp, 2024), QList<quint64>{1640});
    QVERIFY(listeningSocketInodes(tcp, 2375).isEmpty());
    const QByteArray tcp6(
        "  sl  local_address                         remote_address                        st tx_queue "
        "rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 00000000000000000000000001000000:0947 00000000000000000000000000000000:0000 0A "
        "00000000:00000000 00:00000000 00000000     0        0 4242 1 0 100 0 0 10 0\n");
    QCOMPARE(listeningSocketInodes(tcp6, 2375), QList<quint64>{4242});
    QVERIFY(listeningSocketInodes(QByteArray("garbage\nnot a table at all 0A x\n"), 2375).isEmpty());
}

void TestHostFacts::remoteDaemonNeedsHostAccess()
{
    const Endpoint endpoint = EndpointResolver::parseHost(QStringLiteral("tcp://192.0.2.10:2376")).value();
    const HostFacts facts = collectHostFacts(endpoint, {});
    QVERIFY(!facts.collected);
    QVERIFY(facts.unavailableReason.contains(QLatin1String("needs host access")));
    QVERIFY(facts.files.isEmpty());
}

void TestHostFacts::roundTripsJson()
{
    HostFacts facts;
    facts.collected = true;
    facts.daemonPid = 42;
    facts.daemonCommandLine = {QStringLiteral("dockerd"), QStringLiteral("--icc=false")};
    facts.configFile = QStringLiteral("/etc/docker/daemon.json");
    facts.configFileExists = true;
    facts.configFileText = QStringLiteral("{\"icc\": false}");
    FileFacts file;
    file.path = QStringLiteral("/var/run/docker.sock");
    file.exists = true;
    file.type = QStringLiteral("socket");
    file.gid = 999;
    file.group = QStringLiteral("docker");
    file.mode = 0660;
    facts.files.append(file);
    const HostFacts back = HostFacts::fromJson(facts.toJson());
    QCOMPARE(back.toJson(), facts.toJson());
    QCOMPARE(back.files.first().mode, 0660U);
    QCOMPARE(facts.toJson()
                 .value(QLatin1String("files"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("mode"))
                 .toString(),
             QStringLiteral("0660"));
}

void TestHostFacts::readsFlagsLikePflag_data()
{
    QTest::addColumn<QStringList>("commandLine");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("isBool");
    QTest::addColumn<QStringList>("values");
    const QStringList hostFlags{QStringLiteral("--host"), QStringLiteral("-H")};
    QTest::newRow("separate and joined values")
        << QStringList{QStringLiteral("dockerd"),
                       QStringLiteral("-H"),
                       QStringLiteral("fd://"),
                       QStringLiteral("--host=tcp://0.0.0.0:2376"),
                       QStringLiteral("-Hunix:///run/d.sock")}
        << hostFlags << false
        << QStringList{
               QStringLiteral("fd://"), QStringLiteral("tcp://0.0.0.0:2376"), QStringLiteral("unix:///run/d.sock")};
    QTest::newRow("-H=value") << QStringList{QStringLiteral("dockerd"), QStringLiteral("-H=tcp://h:1")} << hostFlags
                              << false << QStringList{QStringLiteral("tcp://h:1")};
    QTest::newRow("bool alone") << QStringList{QStringLiteral("dockerd"),
                                               QStringLiteral("--tlsverify"),
                                               QStringLiteral("-D")}
                                << QStringList{QStringLiteral("--tlsverify")} << true
                                << QStringList{QStringLiteral("true")};
    QTest::newRow("bool =false") << QStringList{QStringLiteral("dockerd"), QStringLiteral("--iptables=false")}
                                 << QStringList{QStringLiteral("--iptables")} << true
                                 << QStringList{QStringLiteral("false")};
    QTest::newRow("a longer flag is another flag")
        << QStringList{QStringLiteral("dockerd"), QStringLiteral("--tlsverify=true")}
        << QStringList{QStringLiteral("--tls")} << true << QStringList{};
    QTest::newRow("the program name is no flag")
        << QStringList{QStringLiteral("--tls")} << QStringList{QStringLiteral("--tls")} << true << QStringList{};
    QTest::newRow("dangling value") << QStringList{QStringLiteral("dockerd"), QStringLiteral("--tlscacert")}
                                    << QStringList{QStringLiteral("--tlscacert")} << false << QStringList{};
}

void TestHostFacts::readsFlagsLikePflag()
{
    QFETCH(QStringList, commandLine);
    QFETCH(QStringList, names);
    QFETCH(bool, isBool);
    QFETCH(QStringList, values);
    QCOMPARE(commandLineFlagValues(commandLine, names, isBool), values);
}

void TestHostFacts::readsAuditRulesFromFiles()
{
    QTemporaryDir root;
    const HostFactsSources sources = sourcesIn(root);
    writeFile(sources.auditRulesFile, "## comment\n-D\n\n-w /usr/bin/dockerd -p rwxa -k docker\n");
    writeFile(sources.auditRulesDirectory + QStringLiteral("/20-docker.rules"), "-w /etc/docker -p wa -k docker\n");
    writeFile(sources.auditRulesDirectory + QStringLiteral("/10-base.rules"), "  -w /etc/passwd -p wa  \n");
    writeFile(sources.auditRulesDirectory + QStringLiteral("/README"), "-w /ignored -p wa\n");
    const HostFacts facts = collect(root, sources);
    QCOMPARE(facts.audit.source, QStringLiteral("files"));
    QCOMPARE(facts.audit.sourceFiles,
             (QStringList{sources.auditRulesFile,
                          sources.auditRulesDirectory + QStringLiteral("/10-base.rules"),
                          sources.auditRulesDirectory + QStringLiteral("/20-docker.rules")}));
    QCOMPARE(facts.audit.rules,
             (QStringList{QStringLiteral("-D"),
                          QStringLiteral("-w /usr/bin/dockerd -p rwxa -k docker"),
                          QStringLiteral("-w /etc/passwd -p wa"),
                          QStringLiteral("-w /etc/docker -p wa -k docker")}));
    QCOMPARE(auditRulesWatching(facts.audit.rules, QStringLiteral("/etc/docker/daemon.json")),
             QStringList{QStringLiteral("-w /etc/docker -p wa -k docker")});

    // /var/run is /run: a rule may name either.
    QCOMPARE(
        auditRulesWatching({QStringLiteral("-w /var/run/docker.sock -k docker")}, QStringLiteral("/run/docker.sock"))
            .size(),
        1);
    QCOMPARE(auditRulesWatching({QStringLiteral("-a always,exit -F path=/run/containerd/containerd.sock")},
                                QStringLiteral("/var/run/containerd/containerd.sock"))
                 .size(),
             1);

    QTemporaryDir empty;
    const HostFacts none = collect(empty, sourcesIn(empty));
    QCOMPARE(none.audit.source, QStringLiteral("none"));
    QVERIFY(none.audit.rules.isEmpty());
}

void TestHostFacts::prefersAuditctl_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("error");
    QTest::newRow("loaded rules")
        << QByteArray("#!/bin/sh\n[ \"$1\" = -l ] || exit 2\necho '-w /usr/sbin/runc -p x -k docker'\n") << "auditctl"
        << QStringList{QStringLiteral("-w /usr/sbin/runc -p x -k docker")} << "";
    QTest::newRow("nothing loaded") << QByteArray("#!/bin/sh\necho 'No rules'\n") << "auditctl" << QStringList{} << "";
    // In a container auditctl cannot talk to the kernel: the rule files are read instead.
    QTest::newRow("not permitted")
        << QByteArray("#!/bin/sh\necho 'Error sending rule list data request (Operation not permitted)' >&2\nexit 1\n")
        << "files" << QStringList{QStringLiteral("-w /etc/docker -k docker")} << "Operation not permitted";
}

void TestHostFacts::prefersAuditctl()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, source);
    QFETCH(QStringList, rules);
    QFETCH(QString, error);
    QTemporaryDir root;
    HostFactsSources sources = sourcesIn(root);
    writeFile(sources.auditRulesFile, "-w /etc/docker -k docker\n");
    const QString auditctl = root.filePath(QStringLiteral("bin/auditctl"));
    writeFile(auditctl, script, 0755);
    sources.auditctl = QStringLiteral("auditctl"); // found in binaryDirectories
    const HostFacts facts = collect(root, sources);
    QCOMPARE(facts.audit.source, source);
    QCOMPARE(facts.audit.rules, rules);
    QVERIFY2(facts.audit.error.contains(error), qPrintable(facts.audit.error));
}

void TestHostFacts::readsGroupMembers()
{
    const QByteArray group = "root:x:0:\ndocker:x:105:alice,bob\nusers:x:100:\n";
    const QByteArray passwd = "root:x:0:0:root:/root:/bin/bash\ncarol:x:1001:105::/home/carol:/bin/sh\n"
                              "dave:x:1002:100::/home/dave:/bin/sh\n";
    const GroupFacts docker = groupFromFiles(group, passwd, QStringLiteral("docker"));
    QVERIFY(docker.exists);
    QCOMPARE(docker.gid, 105);
    QCOMPARE(docker.members, (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
    const GroupFacts byGid = groupFromFiles(group, passwd, {}, 100);
    QCOMPARE(byGid.name, QStringLiteral("users"));
    QCOMPARE(byGid.members, QStringList{QStringLiteral("dave")});
    QVERIFY(!groupFromFiles(group, passwd, QStringLiteral("podman")).exists);

    QTemporaryDir root;
    const HostFactsSources sources = sourcesIn(root);
    writeFile(sources.etcGroup, group);
    writeFile(sources.etcPasswd, passwd);
    const HostFacts facts = collect(root, sources);
    QCOMPARE(facts.dockerGroup.name, QStringLiteral("docker"));
    QCOMPARE(facts.dockerGroup.members.size(), 3);
    QVERIFY(facts.dockerGroup.error.isEmpty());
}

void TestHostFacts::findsTheDataRootMount_data()
{
    QTest::addColumn<QByteArray>("mountInfo");
    QTest::addColumn<QString>("checkedPath");
    QTest::addColumn<bool>("isMountPoint");
    QTest::addColumn<QString>("mountPoint");
    QTest::addColumn<QString>("fsRoot");
    QTest::addColumn<QString>("device");
    const QByteArray base = "22 27 0:21 / /proc rw,relatime - proc proc rw\n"
                            "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
                            "30 27 8:2 / /var rw,relatime shared:2 - xfs /dev/sda2 rw\n";
    QTest::newRow("on /var") << base << "/var/lib/docker" << false << "/var"
                             << "/"
                             << "8:2";
    QTest::newRow("own partition") << base + "40 30 8:17 / /var/lib/docker rw - ext4 /dev/sdb1 rw\n"
                                   << "/var/lib/docker" << true << "/var/lib/docker"
                                   << "/"
                                   << "8:17";
    // dockerd bind-mounts its data root onto itself: the last mount on top is the one seen.
    QTest::newRow("self bind mount") << base + "41 30 8:2 /lib/docker /var/lib/docker rw shared:5 - xfs /dev/sda2 rw\n"
                                     << "/var/lib/docker" << true << "/var/lib/docker"
                                     << "/lib/docker"
                                     << "8:2";
    QTest::newRow("partition, then self bind") << base + "40 30 8:17 / /var/lib/docker rw - ext4 /dev/sdb1 rw\n"
                                                         "41 40 8:17 / /var/lib/docker rw - ext4 /dev/sdb1 rw\n"
                                               << "/var/lib/docker" << true << "/var/lib/docker"
                                               << "/"
                                               << "8:17";
    QTest::newRow("escaped space") << base + "42 27 8:33 / /srv/docker\\040data rw - ext4 /dev/sdc1 rw\n"
                                   << "/srv/docker data" << true << "/srv/docker data"
                                   << "/"
                                   << "8:33";
    QTest::newRow("a longer sibling is not a parent") << base + "43 27 8:49 / /var/lib/docker2 rw - ext4 /dev/sdd1 rw\n"
                                                      << "/var/lib/docker" << false << "/var"
                                                      << "/"
                                                      << "8:2";
}

void TestHostFacts::findsTheDataRootMount()
{
    QFETCH(QByteArray, mountInfo);
    QFETCH(QString, checkedPath);
    QFETCH(bool, isMountPoint);
    QFETCH(QString, mountPoint);
    QFETCH(QString, fsRoot);
    QFETCH(QString, device);
    MountFacts facts;
    facts.checkedPath = checkedPath;
    findMountOf(mountInfo, facts);
    QVERIFY(facts.known);
    QCOMPARE(facts.isMountPoint, isMountPoint);
    QCOMPARE(facts.mountPoint, mountPoint);
    QCOMPARE(facts.fsRoot, fsRoot);
    QCOMPARE(facts.device, device);
    QCOMPARE(facts.rootDevice, QStringLiteral("254:0"));
}

void TestHostFacts::collectsTheFilesChecksNeed()
{
    QTemporaryDir root;
    const HostFactsSources sources = sourcesIn(root);
    writeFile(sources.etcDocker + QStringLiteral("/daemon.json"), "{}", 0602);
    writeFile(sources.etcDocker + QStringLiteral("/certs.d/reg.example.com:5000/ca.crt"), "cert", 0444);
    writeFile(sources.etcDocker + QStringLiteral("/certs.d/reg.example.com:5000/client.cert"), "cert", 0644);
    writeFile(sources.etcDocker + QStringLiteral("/certs.d/reg.example.com:5000/client.key"), "key", 0400);
    writeFile(sources.etcDocker + QStringLiteral("/certs.d/reg.example.com:5000/notes.txt"), "no", 0644);
    writeFile(sources.etcDefaultDocker, "DOCKER_OPTS=\n", 0466);
    writeFile(root.filePath(QStringLiteral("lib/systemd/system/docker.service")), "[Service]\n");
    writeFile(root.filePath(QStringLiteral("lib/systemd/system/docker.socket")),
              "[Socket]\nListenStream=/run/docker.sock\nSocketMode=0660\n");
    writeFile(root.filePath(QStringLiteral("bin/runc")), "#!/bin/sh\n", 0755);
    writeFile(root.filePath(QStringLiteral("real/sysconfig-docker")), "OPTIONS=\n", 0640);
    QDir().mkpath(root.filePath(QStringLiteral("etc/sysconfig")));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("real/sysconfig-docker")), sources.etcSysconfigDocker));
    writeFile(sources.mountInfo, "27 1 254:0 / / rw - ext4 /dev/vda rw\n");
    QTemporaryDir dataRoot;

    const HostFacts facts = collect(root, sources, QJsonObject{{QLatin1String("DockerRootDir"), dataRoot.path()}});
    QVERIFY(facts.collected);
    // Every role the checks use has a path, or a reason why not.
    for (const char *role : {"socket",
                             "config_file",
                             "data_root",
                             "etc_docker",
                             "certs_d",
                             "tls_ca",
                             "tls_cert",
                             "tls_key",
                             "unit:docker.service",
                             "unit:docker.socket",
                             "etc_default_docker",
                             "etc_sysconfig_docker",
                             "containerd_socket",
                             "containerd_socket_default",
                             "run_containerd",
                             "containerd_config",
                             "dockerd",
                             "containerd",
                             "containerd-shim",
                             "containerd-shim-runc-v1",
                             "containerd-shim-runc-v2",
                             "runc"}) {
        QVERIFY2(facts.pathSources.contains(QLatin1String(role)), role);
    }
    QCOMPARE(facts.path(QStringLiteral("unit:docker.service")),
             root.filePath(QStringLiteral("lib/systemd/system/docker.service")));
    QVERIFY(facts.resolvedFile(facts.path(QStringLiteral("unit:docker.socket"))));
    QCOMPARE(facts.path(QStringLiteral("runc")), root.filePath(QStringLiteral("bin/runc")));
    QVERIFY(facts.path(QStringLiteral("containerd")).isEmpty()); // not in binaryDirectories
    QVERIFY(facts.pathSources.value(QStringLiteral("containerd")).contains(QLatin1String("not installed")));
    // This "daemon" (the test process) has no TLS flags.
    QVERIFY(facts.path(QStringLiteral("tls_ca")).isEmpty());
    QVERIFY(facts.pathSources.value(QStringLiteral("tls_ca")).contains(QLatin1String("not configured for TLS")));

    QCOMPARE(facts.registryCertFiles.size(), 3);
    for (const QString &cert : facts.registryCertFiles) {
        QVERIFY2(facts.file(cert) && facts.file(cert)->exists, qPrintable(cert));
    }
    QCOMPARE(facts.file(facts.registryCertFiles.last())->mode, 0400U); // client.key, sorted last
    const FileFacts *defaults = facts.resolvedFile(facts.path(QStringLiteral("etc_default_docker")));
    QVERIFY(defaults);
    QCOMPARE(defaults->mode, 0466U);
    // A symlink is followed to the file it names, which is examined too.
    const FileFacts *link = facts.file(sources.etcSysconfigDocker);
    QVERIFY(link);
    QCOMPARE(link->type, QStringLiteral("symlink"));
    const FileFacts *target = facts.resolvedFile(sources.etcSysconfigDocker);
    QVERIFY(target && target != link);
    QCOMPARE(target->mode, 0640U);
    QVERIFY(!facts.file(sources.containerdConfig)->exists);

    QCOMPARE(facts.dataRootMount.mountInfoFile, sources.mountInfo);
    QVERIFY(facts.dataRootMount.known);
    QVERIFY(!facts.dataRootMount.isMountPoint);
    QCOMPARE(facts.dataRootMount.mountPoint, QStringLiteral("/"));

    // Under userns-remap the data root is a subdirectory; its parent is what must be a partition.
    const HostFacts remapped =
        collect(root,
                sources,
                QJsonObject{{QLatin1String("DockerRootDir"), dataRoot.filePath(QStringLiteral("100000.100000"))},
                            {QLatin1String("SecurityOptions"), QJsonArray{QStringLiteral("name=userns")}}});
    QVERIFY(remapped.dataRootMount.usernsRemap);
    QCOMPARE(remapped.dataRootMount.checkedPath, QFileInfo(dataRoot.path()).canonicalFilePath());
}

void TestHostFacts::roundTripsNewFacts()
{
    HostFacts facts;
    facts.collected = true;
    facts.paths.insert(QStringLiteral("socket"), QStringLiteral("/run/docker.sock"));
    facts.pathSources.insert(QStringLiteral("tls_ca"), QStringLiteral("the daemon is not configured for TLS"));
    facts.registryCertsDirectory = QStringLiteral("/etc/docker/certs.d");
    facts.registryCertFiles = {QStringLiteral("/etc/docker/certs.d/r/ca.crt")};
    facts.audit = AuditFacts{QStringLiteral("files"),
                             {QStringLiteral("/etc/audit/audit.rules")},
                             {QStringLiteral("-w /etc/docker -k docker")},
                             QStringLiteral("auditctl failed")};
    facts.dockerGroup = GroupFacts{QStringLiteral("docker"), 105, true, {QStringLiteral("alice")}, {}};
    facts.dataRootMount.path = QStringLiteral("/var/lib/docker");
    facts.dataRootMount.known = true;
    facts.dataRootMount.fsRoot = QStringLiteral("/lib/docker");
    FileFacts link;
    link.path = QStringLiteral("/usr/bin/runc");
    link.exists = true;
    link.type = QStringLiteral("symlink");
    link.linkTarget = QStringLiteral("/usr/sbin/runc");
    facts.files.append(link);
    const HostFacts back = HostFacts::fromJson(facts.toJson());
    QCOMPARE(back.toJson(), facts.toJson());
    QCOMPARE(back.audit.rules, facts.audit.rules);
    QCOMPARE(back.dockerGroup.members, facts.dockerGroup.members);
    QCOMPARE(back.dataRootMount.fsRoot, QStringLiteral("/lib/docker"));
    QCOMPARE(back.files.first().linkTarget, QStringLiteral("/usr/sbin/runc"));
    QCOMPARE(back.path(QStringLiteral("socket")), QStringLiteral("/run/docker.sock"));
    // Snapshots written before these facts existed still load.
    const HostFacts old = HostFacts::fromJson(QJsonObject{{QLatin1String("collected"), true}});
    QVERIFY(old.paths.isEmpty());
    QVERIFY(old.audit.source.isEmpty());
    QCOMPARE(old.dockerGroup.gid, -1);
}

QTEST_GUILESS_MAIN(TestHostFacts)
#include "tst_hostfacts.moc"
