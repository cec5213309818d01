#include "core/bench/policyloader.h"
#include "core/bench/scanservice.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace hullcheck::core;

namespace {

Snapshot capturedSnapshot()
{
    const Result<Snapshot> loaded =
        Snapshot::load(QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10.json"));
    Q_ASSERT(loaded.ok());
    return loaded.value();
}

// The captured containers, copied until there are `count` of them, each with its own id and name.
Snapshot bigSnapshot(int count)
{
    Snapshot snapshot = capturedSnapshot();
    const QJsonArray originals = snapshot.containers;
    QJsonArray containers;
    for (int i = 0; i < count; ++i) {
        QJsonObject container = originals.at(i % originals.size()).toObject();
        container[QStringLiteral("Id")] = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        container[QStringLiteral("Name")] = QStringLiteral("/copy-%1").arg(i);
        containers.append(container);
    }
    snapshot.containers = containers;
    return snapshot;
}

// A policy file with `text` in `dir`.
QString writePolicy(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("policy.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        qFatal("cannot write the policy file");
    }
    return path;
}

} // namespace

class TestScanService : public QObject
{
    Q_OBJECT

private slots:
    void evaluatesOffTheCallingThread();
    void dropsSupersededEvaluations();
    void reportsPolicyErrors();
    void appliesThePolicyFile();
    void cancelDropsTheAnswer();
};

void TestScanService::evaluatesOffTheCallingThread()
{
    ScanService service;
    QSignalSpy finished(&service, &ScanService::scanFinished);
    QSignalSpy busy(&service, &ScanService::busyChanged);
    QSignalSpy progress(&service, &ScanService::progressChanged);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] {
        ++ticks;
    });
    ticker.start(0);

    const Snapshot snapshot = bigSnapshot(2000);
    service.evaluate(snapshot);
    QVERIFY(service.isBusy());
    QCOMPARE(finished.count(), 0); // the call returned before the rules ran
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.at(0).at(0).toString(), QStringLiteral("Evaluating rules"));

    QVERIFY(finished.wait(20000));
    QVERIFY(ticks > 0); // the event loop ran while the rules were evaluated
    QVERIFY(!service.isBusy());
    QCOMPARE(busy.count(), 2);
    const auto result = finished.at(0).at(1).value<ScanResult>();
    QVERIFY(result.findings.size() > 2000);
    QVERIFY(service.rules());
    QCOMPARE(result.rulesTotal, service.rules()->rules.size());
}

void TestScanService::dropsSupersededEvaluations()
{
    ScanService service;
    QSignalSpy finished(&service, &ScanService::scanFinished);
    Snapshot first = capturedSnapshot();
    first.containers = {};
    service.evaluate(first);
    const Snapshot second = capturedSnapshot();
    service.evaluate(second);
    QVERIFY(finished.wait());
    QTest::qWait(100); // proves the first answer did not arrive late
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<Snapshot>().containers.size(), second.containers.size());
}

void TestScanService::reportsPolicyErrors()
{
    QTemporaryDir dir;
    const QString path = writePolicy(dir, "version: 1\nwaivers: [{rule: X}]\nbogus: 1\n");

    ScanService service;
    service.setPolicyFile(path);
    QSignalSpy failed(&service, &ScanService::evaluationFailed);
    QSignalSpy finished(&service, &ScanService::scanFinished);
    service.evaluate(capturedSnapshot());
    QVERIFY(failed.wait());
    QCOMPARE(finished.count(), 0);
    const auto error = failed.at(0).at(0).value<Error>();
    QVERIFY2(error.message.contains(path), qPrintable(error.message)); // names the file
    QVERIFY(!service.isBusy());
}

void TestScanService::appliesThePolicyFile()
{
    QTemporaryDir dir;
    const QString path =
        writePolicy(dir, "version: 1\nwaivers:\n  - rule: \"5.5\"\n    target: \"*\"\n    reason: test\n");

    ScanService service;
    service.setPolicyFile(path);
    QSignalSpy finished(&service, &ScanService::scanFinished);
    service.evaluate(capturedSnapshot());
    QVERIFY(finished.wait());
    const auto result = finished.at(0).at(1).value<ScanResult>();
    QCOMPARE(result.policyFile, path);
    bool sawWaived = false;
    for (const Finding &finding : result.findings) {
        if (finding.cisId == QLatin1String("5.5")) {
            QVERIFY(finding.status == Status::Waived || finding.status == Status::Pass ||
                    finding.status == Status::Skip);
            sawWaived = sawWaived || finding.status == Status::Waived;
        }
    }
    QVERIFY(sawWaived);
}

void TestScanService::cancelDropsTheAnswer()
{
    ScanService service;
    QSignalSpy finished(&service, &ScanService::scanFinished);
    QSignalSpy failed(&service, &ScanService::evaluationFailed);
    service.evaluate(capturedSnapshot());
    service.cancel();
    QVERIFY(!service.isBusy());
    QTest::qWait(300); // proves that nothing arrives
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 0);
}

QTEST_GUILESS_MAIN(TestScanService)
#include "tst_scanservice.moc"
