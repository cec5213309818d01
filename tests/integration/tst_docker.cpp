// The snapshot against a real dockerd started by the testbed fixture: what Hullcheck collects must be
// exactly what the daemon holds, stopped and created containers included.
#include "fakes/testbed.h"
#include "fakes/testbedfixture.h"

#include "core/coreruntime.h"
#include "core/docker/curldockerapi.h"
#include "core/snapshot/snapshotcollector.h"
#include "core/snapshot/snapshotservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace hullcheck::core;
using namespace hullcheck::tests;

class TestDocker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotMatchesDaemon();
    void runningContainersCarryProcesses();
    void imagesCarryHistory();
    void hostFactsNameTheDaemon();
    void snapshotOverVerifiedTls();
    void serviceDeliversOffThread();
    void serviceCancels();
    void daemonStoppedIsAClearError();

private:
    Snapshot collect(const Endpoint &endpoint);

    CoreRuntime m_runtime;
    Testbed m_testbed;
    Snapshot m_snapshot;
};

Snapshot TestDocker::collect(const Endpoint &endpoint)
{
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint);
    if (!api.ok()) {
        qWarning("%s", qPrintable(api.error().message));
        return {};
    }
    const std::atomic_bool cancel{false};
    Result<Snapshot> snapshot = collectSnapshot(*api.value(), CollectOptions{}, cancel);
    if (!snapshot.ok()) {
        qWarning("%s", qPrintable(snapshot.error().message));
        return {};
    }
    return snapshot.value();
}

void TestDocker::initTestCase()
{
    QString error;
    const std::optional<Testbed> testbed = Testbed::load(&error);
    QVERIFY2(testbed, qPrintable(error));
    m_testbed = *testbed;
    m_snapshot = collect(unixEndpoint(m_testbed.dockerHost()));
    QVERIFY(!m_snapshot.info.isEmpty());
}

void TestDocker::snapshotMatchesDaemon()
{
    const auto ids = [this](const QStringList &arguments) {
        const std::optional<QString> answer = m_testbed.docker(arguments);
        return answer ? lineSet(*answer) : QSet<QString>();
    };
    QCOMPARE(valueSet(m_snapshot.containers, QStringLiteral("Id")), ids({"ps", "-a", "-q", "--no-trunc"}));
    QCOMPARE(valueSet(m_snapshot.images, QStringLiteral("Id")), ids({"images", "-q", "--no-trunc"}));
    QCOMPARE(valueSet(m_snapshot.networks, QStringLiteral("Id")), ids({"network", "ls", "-q", "--no-trunc"}));
    QCOMPARE(valueSet(m_snapshot.volumes, QStringLiteral("Name")), ids({"volume", "ls", "-q"}));

    const QSet<QString> names = valueSet(m_snapshot.containers, QStringLiteral("Name"));
    for (const QString &name : m_testbed.value(QStringLiteral("HC_CONTAINERS")).split(QLatin1Char(' '))) {
        QVERIFY2(names.contains(name), qPrintable(name));
    }
    // Every state is there: the reference tool only sees running containers.
    QSet<QString> states;
    for (const QJsonValue &container : m_snapshot.containers) {
        states.insert(
            container.toObject().value(QLatin1String("State")).toObject().value(QLatin1String("Status")).toString());
    }
    QVERIFY(states.contains(QStringLiteral("running")));
    QVERIFY(states.contains(QStringLiteral("exited")));
    QVERIFY(states.contains(QStringLiteral("created")));

    QCOMPARE(m_snapshot.info.value(QLatin1String("Name")).toString(), *m_testbed.docker({"info", "-f", "{{.Name}}"}));
    QCOMPARE(m_snapshot.version.value(QLatin1String("Version")).toString(),
             *m_testbed.docker({"version", "-f", "{{.Server.Version}}"}));
    QCOMPARE(m_snapshot.apiVersion, QStringLiteral("1.41")); // Debian 12's docker.io 20.10
    QVERIFY(m_snapshot.warnings.isEmpty());
}

void TestDocker::runningContainersCarryProcesses()
{
    for (const QJsonValue &value : m_snapshot.containers) {
        const QJsonObject container = value.toObject();
        const bool running =
            container.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool();
        const QJsonObject top = container.value(QLatin1String("Top")).toObject();
        QCOMPARE(!top.isEmpty(), running);
        if (running) {
            QVERIFY(top.value(QLatin1String("Titles")).toArray().contains(QStringLiteral("CMD")));
            QVERIFY(QJsonDocument(top).toJson().contains("sleep"));
        }
    }
}

void TestDocker::imagesCarryHistory()
{
    bool found = false;
    for (const QJsonValue &value : m_snapshot.images) {
        const QJsonObject image = value.toObject();
        QVERIFY(image.value(QLatin1String("History")).isArray());
        if (image.value(QLatin1String("RepoTags")).toArray().contains(m_testbed.image())) {
            found = true;
            QVERIFY(image.value(QLatin1String("History")).toArray().size() >= 3);
            QCOMPARE(image.value(QLatin1String("Config")).toObject().value(QLatin1String("User")).toString(),
                     QStringLiteral("1000"));
        }
    }
    QVERIFY2(found, qPrintable(m_testbed.image()));
}

void TestDocker::hostFactsNameTheDaemon()
{
    const HostFacts &host = m_snapshot.host;
    QVERIFY(host.collected);
    QCOMPARE(host.daemonPid, m_testbed.value(QStringLiteral("HC_DOCKER_PID")).toLongLong());
    QVERIFY(host.daemonCommandLine.contains(QStringLiteral("--iptables=false")));
    QVERIFY(host.daemonExecutable.endsWith(QLatin1String("dockerd")));
    const FileFacts *socket = host.file(m_testbed.dockerSocket());
    QVERIFY(socket);
    QCOMPARE(socket->type, QStringLiteral("socket"));
    QCOMPARE(socket->uid, 0U);
    const FileFacts *dataRoot = host.file(m_snapshot.info.value(QLatin1String("DockerRootDir")).toString());
    QVERIFY(dataRoot);
    QCOMPARE(dataRoot->type, QStringLiteral("directory"));
}

void TestDocker::snapshotOverVerifiedTls()
{
    const Endpoint endpoint = tlsEndpoint(m_testbed,
                                          m_testbed.tlsHost(),
                                          m_testbed.tlsFile(QStringLiteral("ca.pem")),
                                          m_testbed.tlsFile(QStringLiteral("cert.pem")),
                                          m_testbed.tlsFile(QStringLiteral("key.pem")));
    QVERIFY(!endpoint.isUnverified());
    const Snapshot overTls = collect(endpoint);
    QCOMPARE(valueSet(overTls.containers, QStringLiteral("Id")), valueSet(m_snapshot.containers, QStringLiteral("Id")));
    QCOMPARE(overTls.info.value(QLatin1String("ID")), m_snapshot.info.value(QLatin1String("ID")));
    QCOMPARE(overTls.serverCertificateFingerprint.count(QLatin1Char(':')), 31); // SHA-256 as AB:CD:...
    QVERIFY(overTls.endpoint.tls.enabled);
    // A loopback TCP daemon is local: its process is found through the socket listening on the port.
    QVERIFY2(overTls.host.collected, qPrintable(overTls.host.unavailableReason));
    QCOMPARE(overTls.host.daemonPid, m_testbed.value(QStringLiteral("HC_DOCKER_PID")).toLongLong());
    QVERIFY(overTls.host.daemonCommandLine.contains(QStringLiteral("--tlsverify")));
}

void TestDocker::serviceDeliversOffThread()
{
    SnapshotService service;
    QSignalSpy collected(&service, &SnapshotService::snapshotCollected);
    QSignalSpy failed(&service, &SnapshotService::collectionFailed);
    QSignalSpy progress(&service, &SnapshotService::progressChanged);
    QSignalSpy busy(&service, &SnapshotService::busyChanged);
    service.collect(unixEndpoint(m_testbed.dockerHost()));
    QVERIFY(service.isBusy()); // collect() returned at once
    QTRY_COMPARE_WITH_TIMEOUT(collected.count(), 1, 30000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(progress.count() >= 4);
    QVERIFY(!service.isBusy());
    QCOMPARE(busy.count(), 2);
    const auto snapshot = collected.at(0).at(0).value<Snapshot>();
    QCOMPARE(snapshot.containers.size(), m_snapshot.containers.size());
}

void TestDocker::serviceCancels()
{
    SnapshotService service;
    QSignalSpy collected(&service, &SnapshotService::snapshotCollected);
    QSignalSpy failed(&service, &SnapshotService::collectionFailed);
    service.collect(unixEndpoint(m_testbed.dockerHost()));
    service.cancel();
    QVERIFY(!service.isBusy());
    QTest::qWait(1000); // proving that nothing arrives after cancel needs a wait
    QCOMPARE(collected.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestDocker::daemonStoppedIsAClearError()
{
    // A socket path where no daemon runs any more: what a user sees after `systemctl stop docker`.
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(unixEndpoint(
        QStringLiteral("unix://") + m_testbed.value(QStringLiteral("HC_TESTBED_DIR")) + QStringLiteral("/gone.sock")));
    QVERIFY(api.ok());
    const std::atomic_bool cancel{false};
    const Result<Snapshot> snapshot = collectSnapshot(*api.value(), {}, cancel);
    QVERIFY(!snapshot.ok());
    QCOMPARE(snapshot.error().kind, ErrorKind::SocketMissing);
}

QTEST_GUILESS_MAIN(TestDocker)
#include "tst_docker.moc"
