// The JSON report read back (File → Open of a "hullcheck-report/1" file): a round trip through reportJsonBytes
// keeps every finding, the summary, the daemon's identity and the generation time; broken files name themselves.
#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/report/jsonreport.h"
#include "core/report/jsonreportreader.h"
#include "core/snapshot/snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck::core;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonReportReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void readsFromFile();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void missingFileIsAnIoError();
    void tellsReportsFromSnapshots();

private:
    Snapshot m_snapshot;
    ScanResult m_result;
    QByteArray m_bytes;
};

void TestJsonReportReader::initTestCase()
{
    const Result<Snapshot> snapshot =
        Snapshot::load(QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10-hostfacts.json"));
    QVERIFY(snapshot.ok());
    m_snapshot = snapshot.value();
    const Result<RulePack> rules = RulePackLoader::builtin();
    QVERIFY(rules.ok());
    m_result = evaluate(m_snapshot, rules.value(), Policy{});
    QVERIFY(m_result.findings.size() > 10);
    m_bytes = reportJsonBytes(m_result, m_snapshot);
}

void TestJsonReportReader::roundTrip()
{
    const Result<LoadedReport> loaded = parseJsonReport(m_bytes, QStringLiteral("report.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const LoadedReport &report = loaded.value();

    QCOMPARE(report.result.findings.size(), m_result.findings.size());
    for (qsizetype i = 0; i < m_result.findings.size(); ++i) {
        const Finding &read = report.result.findings.at(i);
        const Finding &written = m_result.findings.at(i);
        QCOMPARE(read.ruleId, written.ruleId);
        QCOMPARE(read.cisId, written.cisId);
        QCOMPARE(read.title, written.title);
        QCOMPARE(read.severity, written.severity);
        QCOMPARE(read.status, written.status);
        QCOMPARE(read.target.toJson(), written.target.toJson());
        QCOMPARE(read.evidence, written.evidence);
        QCOMPARE(read.remediation, written.remediation);
        QCOMPARE(read.reason, written.reason);
    }
    for (Status status : {Status::Pass, Status::Fail, Status::Warn, Status::Info, Status::Skip, Status::Waived}) {
        QCOMPARE(report.result.summary.byStatus.value(status), m_result.summary.byStatus.value(status));
    }
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        QCOMPARE(report.result.summary.failuresBySeverity.value(severity),
                 m_result.summary.failuresBySeverity.value(severity));
    }
    QCOMPARE(report.result.summary.score, m_result.summary.score);
    QCOMPARE(report.result.rulesName, m_result.rulesName);
    QCOMPARE(report.result.rulesVersion, m_result.rulesVersion);
    QCOMPARE(report.result.rulesTotal, m_result.rulesTotal);
    QCOMPARE(report.result.generatedAt.toString(Qt::ISODate), m_result.generatedAt.toUTC().toString(Qt::ISODate));
    QCOMPARE(report.snapshot.collectedAt.toString(Qt::ISODate), m_snapshot.collectedAt.toUTC().toString(Qt::ISODate));
    QCOMPARE(report.snapshot.displayName(), m_snapshot.displayName());
    QCOMPARE(report.snapshot.endpoint.url(), m_snapshot.endpoint.url());
    QCOMPARE(report.snapshot.apiVersion, m_snapshot.apiVersion);
    QCOMPARE(report.snapshot.info.value(QLatin1String("ID")), m_snapshot.info.value(QLatin1String("ID")));
    QCOMPARE(report.containers, int(m_snapshot.containers.size()));
    QCOMPARE(report.images, int(m_snapshot.images.size()));
    QVERIFY(report.snapshot.containers.isEmpty()); // a report carries no inventory

    // Written again, it is the same report.
    QCOMPARE(QJsonDocument::fromJson(reportJsonBytes(report.result, report.snapshot))
                 .object()
                 .value(QLatin1String("findings")),
             QJsonDocument::fromJson(m_bytes).object().value(QLatin1String("findings")));
}

void TestJsonReportReader::readsFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_bytes);
    file.close();
    const Result<LoadedReport> loaded = readJsonReport(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().result.findings.size(), m_result.findings.size());
}

void TestJsonReportReader::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QJsonObject good = QJsonDocument::fromJson(m_bytes).object();

    QTest::newRow("empty") << QByteArray() << QStringLiteral("byte 0");
    QTest::newRow("truncated") << m_bytes.left(m_bytes.size() / 2) << QStringLiteral("at byte");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not an object");
    QJsonObject snapshotSchema = good;
    snapshotSchema.insert(QStringLiteral("schema"), QStringLiteral("hullcheck.snapshot/1"));
    QTest::newRow("other schema") << compact(snapshotSchema) << QStringLiteral("hullcheck.snapshot/1");
    QJsonObject noSchema = good;
    noSchema.remove(QStringLiteral("schema"));
    QTest::newRow("no schema") << compact(noSchema) << QStringLiteral("no \"schema\"");
    QJsonObject noFindings = good;
    noFindings.remove(QStringLiteral("findings"));
    QTest::newRow("no findings") << compact(noFindings) << QStringLiteral("\"findings\"");

    QJsonObject badStatus = good;
    QJsonArray findings = good.value(QLatin1String("findings")).toArray();
    QJsonObject first = findings.first().toObject();
    first.insert(QStringLiteral("status"), QStringLiteral("maybe"));
    findings.replace(0, first);
    badStatus.insert(QStringLiteral("findings"), findings);
    QTest::newRow("bad status") << compact(badStatus) << QStringLiteral("\"maybe\"");

    QJsonObject badDate = good;
    badDate.insert(QStringLiteral("generated_at"), QStringLiteral("yesterday"));
    QTest::newRow("bad date") << compact(badDate) << QStringLiteral("generated_at");

    QJsonObject shortList = good;
    QJsonArray fewer = good.value(QLatin1String("findings")).toArray();
    fewer.removeLast();
    shortList.insert(QStringLiteral("findings"), fewer);
    QTest::newRow("count mismatch") << compact(shortList) << QStringLiteral("counts");
}

void TestJsonReportReader::rejectsBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const Result<LoadedReport> loaded = parseJsonReport(bytes, QStringLiteral("broken-report.json"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::Parse);
    QVERIFY2(loaded.error().message.startsWith(QStringLiteral("broken-report.json ")),
             qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(reason), qPrintable(loaded.error().message));
}

void TestJsonReportReader::missingFileIsAnIoError()
{
    const Result<LoadedReport> loaded = readJsonReport(QStringLiteral("/nonexistent/missing-report.json"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::Io);
    QVERIFY(loaded.error().message.contains(QStringLiteral("missing-report.json")));
}

void TestJsonReportReader::tellsReportsFromSnapshots()
{
    QVERIFY(isJsonReport(m_bytes));
    QVERIFY(!isJsonReport(m_snapshot.toJsonBytes()));
    QVERIFY(!isJsonReport(QByteArray("not json")));
}

QTEST_GUILESS_MAIN(TestJsonReportReader)
#include "tst_jsonreportreader.moc"
