#include "fakes/fakehttpserver.h"

#include "core/coreruntime.h"
#include "core/docker/endpointresolver.h"
#include "core/host/hostfacts.h"

#include <QCoreApplication>
#include <QFile>
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
    void roundTripsJson();
};

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

QTEST_GUILESS_MAIN(TestHostFacts)
#include "tst_hostfacts.moc"
