#include "core/bench/engine.h"
#include "core/bench/policyloader.h"
#include "core/bench/policywriter.h"
#include "core/bench/rulepackloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck::core;

namespace {

Waiver sampleWaiver()
{
    Waiver waiver;
    waiver.ruleId = QStringLiteral("5.5");
    waiver.targetPattern = QStringLiteral("*privileged"); // starts with '*': must be quoted in YAML
    waiver.reason = QStringLiteral("Vendor appliance: needs it; see TICKET-1 # not a comment");
    waiver.approver = QStringLiteral("alice@example.com");
    waiver.expires = QDate(2099, 12, 31);
    return waiver;
}

} // namespace

class TestPolicyWriter : public QObject
{
    Q_OBJECT

private slots:
    void appendsWaiver_data();
    void appendsWaiver();
    void refusesBrokenPolicy();
    void refusesIncompleteWaiver();
    void roundTripWaivesTheResult();
};

void TestPolicyWriter::appendsWaiver_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<int>("waiversBefore");
    QTest::addColumn<QByteArray>("kept"); // text of the original that must survive (comments)

    QTest::newRow("new file") << QByteArray() << 0 << QByteArray();
    QTest::newRow("comments only") << QByteArray("# team policy\n") << 0 << QByteArray("# team policy");
    QTest::newRow("no waivers key") << QByteArray("version: 1 # v\nrequired_labels: [owner]\n") << 0
                                    << QByteArray("version: 1 # v");
    QTest::newRow("empty waivers key") << QByteArray("version: 1\nwaivers: # none yet\ndisabled_rules: [\"4.5\"]\n")
                                       << 0 << QByteArray("# none yet");
    QTest::newRow("block list, key after")
        << QByteArray("version: 1\nwaivers:\n  # the first one\n  - rule: HC-A\n    target: web\n    reason: r\n\n"
                      "# thresholds follow\nthresholds: {max_layers: 40}\n")
        << 1 << QByteArray("# the first one");
    QTest::newRow("block list, no indent, at end")
        << QByteArray("waivers:\n- rule: HC-A\n  target: web\n  reason: r\n") << 1 << QByteArray("- rule: HC-A");
    QTest::newRow("no final newline") << QByteArray("version: 1") << 0 << QByteArray("version: 1");
    QTest::newRow("flow list (rewritten)")
        << QByteArray("waivers: [{rule: HC-A, target: web, reason: r}]\n") << 1 << QByteArray();
}

void TestPolicyWriter::appendsWaiver()
{
    QFETCH(QByteArray, original);
    QFETCH(int, waiversBefore);
    QFETCH(QByteArray, kept);

    const Result<QByteArray> updated = PolicyWriter::withWaiver(original, sampleWaiver(), QStringLiteral("p.yaml"));
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    QVERIFY2(updated.value().contains(kept), updated.value().constData());
    const Result<Policy> policy = PolicyLoader::fromYaml(updated.value(), QStringLiteral("p.yaml"));
    QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().message));
    QCOMPARE(policy.value().waivers.size(), waiversBefore + 1);
    const Waiver &added = policy.value().waivers.last();
    const Waiver expected = sampleWaiver();
    QCOMPARE(added.ruleId, expected.ruleId);
    QCOMPARE(added.targetPattern, expected.targetPattern);
    QCOMPARE(added.reason, expected.reason);
    QCOMPARE(added.approver, expected.approver);
    QCOMPARE(added.expires, expected.expires);
}

void TestPolicyWriter::refusesBrokenPolicy()
{
    const Result<QByteArray> updated =
        PolicyWriter::withWaiver("version: 1\nunknown_key: 3\n", sampleWaiver(), QStringLiteral("p.yaml"));
    QVERIFY(!updated.ok());
    QVERIFY(updated.error().message.contains(QStringLiteral("p.yaml")));
}

void TestPolicyWriter::refusesIncompleteWaiver()
{
    Waiver waiver = sampleWaiver();
    waiver.reason = QStringLiteral("  ");
    QVERIFY(!PolicyWriter::withWaiver({}, waiver, QStringLiteral("p.yaml")).ok());
}

void TestPolicyWriter::roundTripWaivesTheResult()
{
    const Result<Snapshot> snapshot =
        Snapshot::load(QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10.json"));
    QVERIFY(snapshot.ok());
    const Result<RulePack> rules = RulePackLoader::builtin();
    QVERIFY(rules.ok());
    const ScanResult before = evaluate(snapshot.value(), rules.value(), Policy{});
    const auto failing = std::find_if(before.findings.begin(), before.findings.end(), [](const Finding &finding) {
        return finding.status == Status::Fail && finding.target.kind == Scope::Container;
    });
    QVERIFY(failing != before.findings.end());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub-policy.yaml"));
    Waiver waiver;
    waiver.ruleId = failing->ruleId;
    waiver.targetPattern = failing->target.name;
    waiver.reason = QStringLiteral("accepted in the test");
    QVERIFY(PolicyWriter::appendWaiver(path, waiver).ok()); // creates the file
    waiver.targetPattern = QStringLiteral("another-object");
    QVERIFY(PolicyWriter::appendWaiver(path, waiver).ok()); // appends to it

    const Result<Policy> policy = PolicyLoader::fromFile(path);
    QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().message));
    QCOMPARE(policy.value().waivers.size(), 2);
    const ScanResult after = evaluate(snapshot.value(), rules.value(), policy.value());
    const auto waived = std::find_if(after.findings.begin(), after.findings.end(), [&failing](const Finding &finding) {
        return finding.ruleId == failing->ruleId && finding.target.id == failing->target.id;
    });
    QVERIFY(waived != after.findings.end());
    QCOMPARE(waived->status, Status::Waived);
    QVERIFY(waived->reason.contains(QStringLiteral("accepted in the test")));
}

QTEST_GUILESS_MAIN(TestPolicyWriter)
#include "tst_policywriter.moc"
