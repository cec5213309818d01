// The same snapshot against Podman's Docker-compatible API (podman system service), a second real server.
// What differs from dockerd is listed in the README ("Podman").
#include "fakes/testbed.h"
#include "fakes/testbedfixture.h"

#include "core/coreruntime.h"
#include "core/docker/curldockerapi.h"
#include "core/snapshot/snapshotcollector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hullcheck::core;
using namespace hullcheck::tests;

class TestPodman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotMatchesPodman();

private:
    CoreRuntime m_runtime;
    Testbed m_testbed;
};

void TestPodman::initTestCase()
{
    QString error;
    const std::optional<Testbed> testbed = Testbed::load(&error);
    QVERIFY2(testbed, qPrintable(error));
    m_testbed = *testbed;
    // Podman is part of the test set-up; when it could not start, that is a failure to look at, not a skip.
    QVERIFY2(!m_testbed.podmanHost().isEmpty(), qPrintable(m_testbed.value(QStringLiteral("HC_PODMAN_ERROR"))));
}

void TestPodman::snapshotMatchesPodman()
{
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(unixEndpoint(m_testbed.podmanHost()));
    QVERIFY(api.ok());
    const std::atomic_bool cancel{false};
    const Result<Snapshot> collected = collectSnapshot(*api.value(), CollectOptions{}, cancel);
    QVERIFY2(collected.ok(), qPrintable(collected.ok() ? QString() : collected.error().message));
    const Snapshot &snapshot = collected.value();

    const QSet<QString> names = valueSet(snapshot.containers, QStringLiteral("Name"));
    for (const QString &name : m_testbed.value(QStringLiteral("HC_PODMAN_CONTAINERS")).split(QLatin1Char(' '))) {
        QVERIFY2(names.contains(name), qPrintable(name));
    }
    QVERIFY(valueSet(snapshot.volumes, QStringLiteral("Name")).contains(QStringLiteral("hc-data")));
    QVERIFY(!snapshot.networks.isEmpty());
    QVERIFY(!snapshot.images.isEmpty());
    QVERIFY(!snapshot.version.value(QLatin1String("Version")).toString().isEmpty());
    // Podman speaks the Docker API at 1.41 and names itself in the version's components.
    QVERIFY(!snapshot.apiVersion.isEmpty());
    QVERIFY(QJsonDocument(snapshot.version).toJson().contains("Podman"));
    // The daemon is this machine's podman process, found through the socket's peer credentials.
    QCOMPARE(snapshot.host.daemonPid, m_testbed.value(QStringLiteral("HC_PODMAN_PID")).toLongLong());

    bool sawRunning = false;
    for (const QJsonValue &value : snapshot.containers) {
        const QJsonObject container = value.toObject();
        if (container.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool()) {
            sawRunning = true;
            QVERIFY(container.value(QLatin1String("Top")).isObject());
        }
    }
    QVERIFY(sawRunning);
}

QTEST_GUILESS_MAIN(TestPodman)
#include "tst_podman.moc"
