// hullcheck-cli as a user runs it: exit codes, one clear error line, JSON on stdout, and never a secret
// value on stdout or stderr.
#include "fakes/asnobody.h"
#include "fakes/testbed.h"

#include "core/snapshot/snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace hullcheck::core;
using namespace hullcheck::tests;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HULLCHECK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QProcessEnvironment cleanEnvironment(const QString &home)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsVersion();
    void snapshotToStdoutIsRedacted();
    void snapshotToFileIsOwnerOnlyAndComplete();
    void followsDockerHostAndTlsVariables();
    void errors_data();
    void errors();
    void permissionDeniedSaysHowToFixIt();
    void scanWritesTheReportWithoutSecrets();
    void scanWritesEveryFormatWithoutSecrets_data();
    void scanWritesEveryFormatWithoutSecrets();
    void scanOfASavedSnapshotMatchesTheLiveScan();
    void scanFailOnSetsTheExitCode();
    void scanRejectsBrokenRulesAndPolicies_data();
    void scanRejectsBrokenRulesAndPolicies();

private:
    Testbed m_testbed;
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QString error;
    const std::optional<Testbed> testbed = Testbed::load(&error);
    QVERIFY2(testbed, qPrintable(error));
    m_testbed = *testbed;
    QVERIFY(!m_testbed.value(QStringLiteral("HC_SECRET_VALUE")).isEmpty());
}

void TestCli::printsVersion()
{
    const CliRun run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("hullcheck-cli " HULLCHECK_VERSION));
    QVERIFY(run.out.contains("libcurl"));
}

void TestCli::snapshotToStdoutIsRedacted()
{
    const CliRun run = runCli({QStringLiteral("snapshot"), QStringLiteral("-H"), m_testbed.dockerHost()},
                              cleanEnvironment(m_home.path()));
    QCOMPARE(run.exitCode, 0);
    const Result<Snapshot> snapshot = Snapshot::fromJson(run.out);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().message));
    QVERIFY(snapshot.value().redacted);
    QVERIFY(snapshot.value().containers.size() >= 7);
    const QByteArray secret = m_testbed.value(QStringLiteral("HC_SECRET_VALUE")).toUtf8();
    QVERIFY(!run.out.contains(secret));
    QVERIFY(!run.err.contains(secret));
    QVERIFY(run.out.contains("HC_SECRET_PASSWORD=<redacted>")); // the key stays visible
    QVERIFY(run.out.contains("HC_API_TOKEN=<redacted>"));
}

void TestCli::snapshotToFileIsOwnerOnlyAndComplete()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("snap.json"));
    const CliRun run =
        runCli({QStringLiteral("snapshot"), QStringLiteral("-H"), m_testbed.dockerHost(), QStringLiteral("-o"), path},
               cleanEnvironment(m_home.path()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("containers"));
    const QByteArray secret = m_testbed.value(QStringLiteral("HC_SECRET_VALUE")).toUtf8();
    QVERIFY(!run.out.contains(secret));
    struct stat status
    {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777U, 0600U);
    const Result<Snapshot> snapshot = Snapshot::load(path);
    QVERIFY(snapshot.ok());
    QVERIFY(!snapshot.value().redacted);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(secret)); // the user's own 0600 file keeps the values for offline scans
}

void TestCli::followsDockerHostAndTlsVariables()
{
    QProcessEnvironment environment = cleanEnvironment(m_home.path());
    environment.insert(QStringLiteral("DOCKER_HOST"), m_testbed.tlsHost());
    environment.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DOCKER_CERT_PATH"), m_testbed.tlsDir());
    const CliRun run = runCli({QStringLiteral("snapshot")}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Result<Snapshot> snapshot = Snapshot::fromJson(run.out);
    QVERIFY(snapshot.ok());
    QVERIFY(snapshot.value().endpoint.tls.enabled);
    QVERIFY(snapshot.value().endpoint.tls.verify);
    QVERIFY(!snapshot.value().host.collected || snapshot.value().endpoint.isLocal());
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
    QTest::newRow("missing socket") << QStringList{QStringLiteral("snapshot"),
                                                   QStringLiteral("-H"),
                                                   QStringLiteral("unix:///nonexistent/docker.sock")}
                                    << QStringLiteral("does not exist");
    QTest::newRow("ssh") << QStringList{QStringLiteral("snapshot"),
                                        QStringLiteral("-H"),
                                        QStringLiteral("ssh://me@host")}
                         << QStringLiteral("ssh://");
    QTest::newRow("host and context") << QStringList{QStringLiteral("snapshot"),
                                                     QStringLiteral("-H"),
                                                     QStringLiteral("unix:///x.sock"),
                                                     QStringLiteral("-c"),
                                                     QStringLiteral("prod")}
                                      << QStringLiteral("conflicting options");
    QTest::newRow("unwritable output") << QStringList{QStringLiteral("snapshot"),
                                                      QStringLiteral("-o"),
                                                      QStringLiteral("/nonexistent-dir/out.json")}
                                       << QStringLiteral("/nonexistent-dir/out.json");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("snapshot"),
                                                QStringLiteral("--timeout"),
                                                QStringLiteral("soon")}
                                 << QStringLiteral("--timeout");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("snapshot"), QStringLiteral("--bogus")}
                                    << QStringLiteral("bogus");
}

void TestCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    QProcessEnvironment environment = cleanEnvironment(m_home.path());
    environment.insert(QStringLiteral("DOCKER_HOST"), m_testbed.dockerHost()); // for the unwritable-output row
    const CliRun run = runCli(arguments, environment);
    QCOMPARE(run.exitCode, 2);
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QVERIFY2(lines.last().startsWith("hullcheck-cli: "), run.err.constData());
    QVERIFY2(lines.last().contains(messagePart.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::permissionDeniedSaysHowToFixIt()
{
    // A real permission error needs a user who may not reach the socket: the tests run as root, so drop to nobody.
    if (const QString reason = whyNobodyCannotRun(QStringLiteral(HULLCHECK_CLI_PATH)); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment(QStringLiteral("/tmp")));
    startAsNobody(process,
                  QStringLiteral(HULLCHECK_CLI_PATH),
                  {QStringLiteral("snapshot"), QStringLiteral("-H"), m_testbed.dockerHost()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("Permission denied on the Docker socket"), err.constData());
    QVERIFY2(err.contains("docker group") && err.contains("rootless"), err.constData());
}

void TestCli::scanWritesTheReportWithoutSecrets()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("report.json"));
    const CliRun run =
        runCli({QStringLiteral("scan"), QStringLiteral("-H"), m_testbed.dockerHost(), QStringLiteral("-o"), path},
               cleanEnvironment(m_home.path()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("score"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QByteArray secret = m_testbed.value(QStringLiteral("HC_SECRET_VALUE")).toUtf8();
    QVERIFY2(!bytes.contains(secret), "a secret value leaked into the report");
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    const QJsonObject report = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(report.value(QLatin1String("schema")).toString(), QStringLiteral("hullcheck-report/1"));
    // Every container of the testbed has results, whatever its state.
    QSet<QString> targets;
    for (const auto &finding : report.value(QLatin1String("findings")).toArray()) {
        targets.insert(
            finding.toObject().value(QLatin1String("target")).toObject().value(QLatin1String("name")).toString());
    }
    for (const QString &name : m_testbed.value(QStringLiteral("HC_CONTAINERS")).split(QLatin1Char(' '))) {
        QVERIFY2(targets.contains(name), qPrintable(name));
    }
}

void TestCli::scanWritesEveryFormatWithoutSecrets_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("json") << QStringLiteral("json") << QByteArray("{");
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("status,severity,rule_id");
    QTest::newRow("sarif") << QStringLiteral("sarif") << QByteArray("{");
    QTest::newRow("junit") << QStringLiteral("junit") << QByteArray("<?xml");
    QTest::newRow("md") << QStringLiteral("md") << QByteArray("<a id=\"cover\"></a>");
}

void TestCli::scanWritesEveryFormatWithoutSecrets()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("report.") + format);
    // No DISPLAY in this environment: the PDF is laid out on the offscreen platform.
    const CliRun run = runCli({QStringLiteral("scan"),
                               QStringLiteral("-H"),
                               m_testbed.dockerHost(),
                               QStringLiteral("--format"),
                               format,
                               QStringLiteral("--include-passed"),
                               QStringLiteral("-o"),
                               path},
                              cleanEnvironment(m_home.path()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(80).constData());
    QByteArray text = bytes;
    if (format == QLatin1String("pdf")) { // its text streams are compressed: look at the extracted text
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0);
        text = pdftotext.readAllStandardOutput();
    }
    QVERIFY(text.contains("hc-privileged"));
    const QByteArray secret = m_testbed.value(QStringLiteral("HC_SECRET_VALUE")).toUtf8();
    QVERIFY2(!text.contains(secret), "a secret value leaked into the report");
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
}

void TestCli::scanOfASavedSnapshotMatchesTheLiveScan()
{
    QTemporaryDir directory;
    const QString snapshotPath = directory.filePath(QStringLiteral("snap.json"));
    QCOMPARE(runCli({QStringLiteral("snapshot"),
                     QStringLiteral("-H"),
                     m_testbed.dockerHost(),
                     QStringLiteral("-o"),
                     snapshotPath},
                    cleanEnvironment(m_home.path()))
                 .exitCode,
             0);
    const CliRun first =
        runCli({QStringLiteral("scan"), QStringLiteral("--snapshot"), snapshotPath}, cleanEnvironment(m_home.path()));
    const CliRun second =
        runCli({QStringLiteral("scan"), QStringLiteral("--snapshot"), snapshotPath}, cleanEnvironment(m_home.path()));
    QCOMPARE(first.exitCode, 0);
    QJsonObject a = QJsonDocument::fromJson(first.out).object();
    QJsonObject b = QJsonDocument::fromJson(second.out).object();
    QVERIFY(!a.isEmpty());
    a.remove(QLatin1String("generated_at"));
    b.remove(QLatin1String("generated_at"));
    QCOMPARE(a, b); // same snapshot, same report
    const QByteArray secret = m_testbed.value(QStringLiteral("HC_SECRET_VALUE")).toUtf8();
    QVERIFY(!first.out.contains(secret)); // the 0600 snapshot holds the value; the report never does
}

void TestCli::scanFailOnSetsTheExitCode()
{
    // The testbed holds a privileged container and one with the docker socket mounted: critical failures.
    const CliRun critical = runCli({QStringLiteral("scan"),
                                    QStringLiteral("-H"),
                                    m_testbed.dockerHost(),
                                    QStringLiteral("--fail-on"),
                                    QStringLiteral("critical")},
                                   cleanEnvironment(m_home.path()));
    QCOMPARE(critical.exitCode, 1);
    QVERIFY(QJsonDocument::fromJson(critical.out).isObject()); // the report is still written
    const CliRun bad = runCli({QStringLiteral("scan"), QStringLiteral("--fail-on"), QStringLiteral("urgent")},
                              cleanEnvironment(m_home.path()));
    QCOMPARE(bad.exitCode, 2);
}

void TestCli::scanRejectsBrokenRulesAndPolicies_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("policy syntax") << QStringLiteral("--policy") << QStringLiteral("policy.yaml")
                                   << QByteArray("waivers:\n  - rule: [unclosed\n") << QStringLiteral("policy.yaml:");
    QTest::newRow("policy key") << QStringLiteral("--policy") << QStringLiteral("policy.yaml")
                                << QByteArray("version: 1\nwaivres: []\n") << QStringLiteral("policy.yaml:2");
    QTest::newRow("rule without title") << QStringLiteral("--rules") << QStringLiteral("pack.yaml")
                                        << QByteArray("pack: p\nversion: \"1\"\nrules:\n  - id: HC-X\n    severity: "
                                                      "low\n    scope: container\n    fail_when: {path: A, eq: 1}\n")
                                        << QStringLiteral("pack.yaml:4");
}

void TestCli::scanRejectsBrokenRulesAndPolicies()
{
    QFETCH(QString, option);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir directory;
    QFile file(directory.filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QString argument = option == QLatin1String("--rules") ? directory.path() : file.fileName();
    const CliRun run = runCli({QStringLiteral("scan"), QStringLiteral("-H"), m_testbed.dockerHost(), option, argument},
                              cleanEnvironment(m_home.path()));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(messagePart.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
