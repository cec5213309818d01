#include "core/docker/endpointresolver.h"
#include "core/snapshot/redaction.h"
#include "core/snapshot/snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hullcheck::core;

namespace {

const QString SecretValue = QStringLiteral("s3cr3t-value-that-must-not-leak");

Snapshot sampleSnapshot()
{
    Snapshot snapshot;
    snapshot.endpoint = EndpointResolver::parseHost(QStringLiteral("unix:///run/docker.sock")).value();
    snapshot.endpoint.source = QStringLiteral("default");
    snapshot.apiVersion = QStringLiteral("1.41");
    snapshot.serverApiVersion = QStringLiteral("1.41");
    snapshot.collectedAt = QDateTime(QDate(2026, 11, 28), QTime(20, 0, 0, 123), Qt::UTC);
    snapshot.collectionMs = 42;
    snapshot.toolVersion = QStringLiteral("0.1.0");
    snapshot.info = QJsonObject{{QLatin1String("Name"), QStringLiteral("host1")},
                                {QLatin1String("DockerRootDir"), QStringLiteral("/var/lib/docker")}};
    snapshot.version = QJsonObject{{QLatin1String("Version"), QStringLiteral("20.10.24+dfsg1")}};
    snapshot.containers.append(QJsonObject{
        {QLatin1String("Id"), QStringLiteral("c1")},
        {QLatin1String("Name"), QStringLiteral("/web")},
        {QLatin1String("Config"),
         QJsonObject{{QLatin1String("Env"),
                      QJsonArray{QString(QStringLiteral("DB_PASSWORD=") + SecretValue),
                                 QStringLiteral("NOVALUE"),
                                 QStringLiteral("EMPTY=")}}}},
    });
    snapshot.images.append(QJsonObject{
        {QLatin1String("Id"), QStringLiteral("sha256:i1")},
        {QLatin1String("Config"),
         QJsonObject{{QLatin1String("Env"), QJsonArray{QString(QStringLiteral("TOKEN=") + SecretValue)}}}},
        {QLatin1String("History"),
         QJsonArray{
             QJsonObject{{QLatin1String("CreatedBy"),
                          QString(QStringLiteral("/bin/sh -c #(nop)  ENV API_TOKEN=") + SecretValue)}},
             QJsonObject{{QLatin1String("CreatedBy"),
                          QString(QStringLiteral("|1 PASS=") + SecretValue + QStringLiteral(" /bin/sh -c make"))}}}},
    });
    snapshot.networks.append(
        QJsonObject{{QLatin1String("Id"), QStringLiteral("n1")}, {QLatin1String("Name"), QStringLiteral("bridge")}});
    snapshot.volumes.append(QJsonObject{{QLatin1String("Name"), QStringLiteral("v1")}});
    snapshot.host.collected = true;
    snapshot.host.daemonPid = 1234;
    snapshot.warnings = {QStringLiteral("Container abc disappeared during the collection.")};
    return snapshot;
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughJson();
    void savesOwnerOnlyAndLoads();
    void redactsEnvironmentAndHistory();
    void redactsHistoryCommands_data();
    void redactsHistoryCommands();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void reportsUnwritablePath();
    void loadsCapturedSnapshot();
};

void TestSnapshot::roundTripsThroughJson()
{
    const Snapshot snapshot = sampleSnapshot();
    const Result<Snapshot> back = Snapshot::fromJson(snapshot.toJsonBytes());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back.value().toJson(), snapshot.toJson());
    QCOMPARE(back.value().collectedAt, snapshot.collectedAt);
    QCOMPARE(back.value().endpoint.url(), QStringLiteral("unix:///run/docker.sock"));
    const QJsonObject json = snapshot.toJson();
    for (const char *key : {"schema",
                            "endpoint",
                            "collected_at",
                            "info",
                            "version",
                            "containers",
                            "images",
                            "networks",
                            "volumes",
                            "host"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
    QCOMPARE(json.value(QLatin1String("schema")).toString(), QStringLiteral("hullcheck.snapshot/1"));
}

void TestSnapshot::savesOwnerOnlyAndLoads()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("snap.json"));
    const Snapshot snapshot = sampleSnapshot();
    QVERIFY(snapshot.save(path).ok());
    struct stat status
    {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777U, 0600U);
    const Result<Snapshot> loaded = Snapshot::load(path);
    QVERIFY(loaded.ok());
    // The user's own file keeps the values: an offline scan needs them to find secrets.
    QVERIFY(loaded.value().toJsonBytes().contains(SecretValue.toUtf8()));
}

void TestSnapshot::redactsEnvironmentAndHistory()
{
    const Snapshot redacted = sampleSnapshot().redactedCopy();
    QVERIFY(redacted.redacted);
    const QByteArray bytes = redacted.toJsonBytes();
    QVERIFY2(!bytes.contains(SecretValue.toUtf8()), bytes.constData());
    const QJsonArray env = redacted.containers.first()
                               .toObject()
                               .value(QLatin1String("Config"))
                               .toObject()
                               .value(QLatin1String("Env"))
                               .toArray();
    QCOMPARE(env.at(0).toString(), QStringLiteral("DB_PASSWORD=<redacted>"));
    QCOMPARE(env.at(1).toString(), QStringLiteral("NOVALUE"));
    QVERIFY(bytes.contains("API_TOKEN=<redacted>"));
}

void TestSnapshot::redactsHistoryCommands_data()
{
    QTest::addColumn<QString>("createdBy");
    QTest::addColumn<QString>("expected");
    QTest::newRow("env") << QStringLiteral("/bin/sh -c #(nop)  ENV A=1 B=\"two words\"")
                         << QStringLiteral("/bin/sh -c #(nop)  ENV A=<redacted> B=<redacted>");
    QTest::newRow("legacy env") << QStringLiteral("/bin/sh -c #(nop)  ENV TOKEN abc def")
                                << QStringLiteral("/bin/sh -c #(nop)  ENV TOKEN <redacted>");
    QTest::newRow("arg") << QStringLiteral("/bin/sh -c #(nop)  ARG PASS=x")
                         << QStringLiteral("/bin/sh -c #(nop)  ARG PASS=<redacted>");
    QTest::newRow("build args") << QStringLiteral("|2 A=1 B=2 /bin/sh -c make install")
                                << QStringLiteral("|2 A=<redacted> B=<redacted> /bin/sh -c make install");
    QTest::newRow("plain run") << QStringLiteral("/bin/sh -c apk add curl=8.0")
                               << QStringLiteral("/bin/sh -c apk add curl=8.0");
    QTest::newRow("copy") << QStringLiteral("/bin/sh -c #(nop) COPY file:abc in /")
                          << QStringLiteral("/bin/sh -c #(nop) COPY file:abc in /");
}

void TestSnapshot::redactsHistoryCommands()
{
    QFETCH(QString, createdBy);
    QFETCH(QString, expected);
    QCOMPARE(redaction::redactHistoryCommand(createdBy), expected);
}

void TestSnapshot::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QByteArray valid = sampleSnapshot().toJsonBytes();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("other schema") << QByteArray(R"({"schema":"sarif"})") << QStringLiteral("not a Hullcheck snapshot");
    QByteArray future = valid;
    future.replace("\"schema_version\": 1", "\"schema_version\": 99");
    QTest::newRow("future version") << future << QStringLiteral("Update Hullcheck");
    QJsonObject wrongType = sampleSnapshot().toJson();
    wrongType.insert(QLatin1String("containers"), QStringLiteral("oops"));
    QTest::newRow("wrong type") << QJsonDocument(wrongType).toJson() << QStringLiteral("containers");
    QJsonObject badEntry = sampleSnapshot().toJson();
    badEntry.insert(QLatin1String("images"), QJsonArray{42});
    QTest::newRow("bad entry") << QJsonDocument(badEntry).toJson() << QStringLiteral("images");
    QJsonObject noTime = sampleSnapshot().toJson();
    noTime.remove(QLatin1String("collected_at"));
    QTest::newRow("no time") << QJsonDocument(noTime).toJson() << QStringLiteral("collected_at");
}

void TestSnapshot::rejectsBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const Result<Snapshot> snapshot = Snapshot::fromJson(bytes);
    QVERIFY(!snapshot.ok());
    QCOMPARE(snapshot.error().kind, ErrorKind::Parse);
    QVERIFY2(snapshot.error().message.contains(messagePart), qPrintable(snapshot.error().message));
}

void TestSnapshot::reportsUnwritablePath()
{
    const VoidResult saved = sampleSnapshot().save(QStringLiteral("/nonexistent-dir/hullcheck/snap.json"));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Io);
    QVERIFY(saved.error().message.contains(QLatin1String("/nonexistent-dir/hullcheck/snap.json")));
    const Result<Snapshot> missing = Snapshot::load(QStringLiteral("/nonexistent-dir/snap.json"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Io);
}

void TestSnapshot::loadsCapturedSnapshot()
{
    // Captured from the test daemon (Debian 12 docker.io 20.10.24, API 1.41) with
    // `hullcheck-cli snapshot -H unix://... --redact -o tests/data/snapshot-docker-20.10.json`; see
    // tests/data/README.md.
    const Result<Snapshot> snapshot =
        Snapshot::load(QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10.json"));
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().message));
    QVERIFY(snapshot.value().containers.size() >= 5);
    QVERIFY(snapshot.value().redacted);
    QCOMPARE(snapshot.value().apiVersion, QStringLiteral("1.41"));
    const QByteArray again = Snapshot::fromJson(snapshot.value().toJsonBytes()).value().toJsonBytes();
    QCOMPARE(again, snapshot.value().toJsonBytes());
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
