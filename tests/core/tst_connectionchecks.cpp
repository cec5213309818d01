// The connection scope: certificate validity read from PEM files, the connection facts a snapshot records (and
// keeps across save and load), and the rules of resources/rules/practices-connection.yaml through the engine.
#include "core/bench/builtinchecks.h"
#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/docker/certificatefile.h"
#include "core/docker/endpointresolver.h"
#include "core/snapshot/connectionfacts.h"
#include "core/snapshot/snapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hullcheck::core;

namespace {

const QString DataDirectory = QStringLiteral(HULLCHECK_TEST_DATA_DIR);
const QString PackFile = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/../../resources/rules/practices-connection.yaml");

const QDateTime CollectedAt(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

RulePack connectionPack()
{
    QFile file(PackFile);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("%s: %s", qPrintable(PackFile), qPrintable(file.errorString()));
    }
    Result<RulePack> pack = RulePackLoader::fromYaml(file.readAll(), PackFile);
    if (!pack.ok()) {
        qFatal("%s", qPrintable(pack.error().message));
    }
    return pack.value();
}

Endpoint endpointFor(const char *host, bool tls, bool verify)
{
    Endpoint endpoint = EndpointResolver::parseHost(QString::fromLatin1(host)).value();
    endpoint.tls.enabled = tls;
    endpoint.tls.verify = verify;
    if (tls) {
        endpoint.tls.caFile = QStringLiteral("/certs/ca.pem");
        endpoint.tls.certFile = QStringLiteral("/certs/cert.pem");
        endpoint.tls.keyFile = QStringLiteral("/certs/key.pem");
    }
    return endpoint;
}

FileFacts regularFile(const QString &path, uint mode)
{
    FileFacts file;
    file.path = path;
    file.exists = true;
    file.type = QStringLiteral("file");
    file.owner = QStringLiteral("alice");
    file.uid = 1000;
    file.mode = mode;
    return file;
}

Snapshot snapshotFor(const Endpoint &endpoint, uint keyMode = 0600)
{
    Snapshot snapshot;
    snapshot.endpoint = endpoint;
    snapshot.collectedAt = CollectedAt;
    snapshot.info = QJsonObject{{QStringLiteral("Name"), QStringLiteral("prod")}, {QStringLiteral("ID"), "X"}};
    snapshot.connection.collected = true;
    if (endpoint.tls.enabled) {
        snapshot.connection.clientKey = regularFile(endpoint.tls.keyFile, keyMode);
        snapshot.connection.clientCertificate = regularFile(endpoint.tls.certFile, 0644);
        snapshot.connection.clientCertificateNotBefore = CollectedAt.addDays(-10);
        snapshot.connection.clientCertificateNotAfter = CollectedAt.addDays(365);
    }
    return snapshot;
}

// The results of the connection rules, by rule id.
QHash<QString, Finding> evaluateConnection(const Snapshot &snapshot)
{
    const ScanResult result = evaluate(snapshot, connectionPack(), Policy(), CollectedAt.date());
    QHash<QString, Finding> byRule;
    for (const Finding &finding : result.findings) {
        if (byRule.contains(finding.ruleId)) {
            qFatal("two results for %s: a connection is one object", qPrintable(finding.ruleId));
        }
        byRule.insert(finding.ruleId, finding);
    }
    return byRule;
}

bool writeFile(const QString &path, const QByteArray &bytes, mode_t mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return false;
    }
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// The DER bytes of tests/data/tls/utctime-2026-01-01.pem; empty when it cannot be read.
QByteArray testCertificateDer()
{
    QFile file(DataDirectory + QStringLiteral("/tls/utctime-2026-01-01.pem"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray pem = file.readAll();
    const qsizetype bodyStart = pem.indexOf('\n') + 1;
    return QByteArray::fromBase64(pem.mid(bodyStart, pem.indexOf("-----END") - bodyStart));
}

QByteArray pemOf(const QByteArray &der)
{
    return QByteArray("-----BEGIN CERTIFICATE-----\n" + der.toBase64() + "\n-----END CERTIFICATE-----\n");
}

} // namespace

class TestConnectionChecks : public QObject
{
    Q_OBJECT

private slots:
    void readsCertificateValidity_data();
    void readsCertificateValidity();
    void rejectsMalformedCertificates_data();
    void rejectsMalformedCertificates();
    void survivesEveryTruncationAndBitFlip();
    void collectsFactsOfTheRealFiles();
    void factsSurviveSaveAndLoad();
    void olderSnapshotHasNoFacts();
    void rulesAreComplete();
    void judgesTheTransport_data();
    void judgesTheTransport();
    void keyModeIsComparedAsMask_data();
    void keyModeIsComparedAsMask();
    void keyFactsMissingSkips();
    void certificateValidity_data();
    void certificateValidity();
    void resultsReachTheReport();
};

void TestConnectionChecks::readsCertificateValidity_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QDateTime>("notAfter");
    // Dates as `openssl x509 -noout -dates` prints them for these files (tests/data/README.md).
    QTest::newRow("UTCTime") << QStringLiteral("tls/utctime-2026-01-01.pem")
                             << QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
                             << QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    QTest::newRow("UTCTime 2049 and GeneralizedTime 2051")
        << QStringLiteral("tls/generalizedtime-2051.pem") << QDateTime(QDate(2049, 12, 31), QTime(12, 0), Qt::UTC)
        << QDateTime(QDate(2051, 1, 1), QTime(0, 0), Qt::UTC);
}

void TestConnectionChecks::readsCertificateValidity()
{
    QFETCH(QString, file);
    QFETCH(QDateTime, notBefore);
    QFETCH(QDateTime, notAfter);
    const CertificateValidity validity = readCertificateValidity(DataDirectory + QLatin1Char('/') + file);
    QVERIFY2(validity.ok(), qPrintable(validity.error));
    QCOMPARE(validity.notBefore, notBefore);
    QCOMPARE(validity.notAfter, notAfter);
    QVERIFY(validity.hasExpired(notAfter.addSecs(1)));
    QVERIFY(!validity.hasExpired(notAfter));
    QVERIFY(validity.isNotYetValid(notBefore.addSecs(-1)));
    QVERIFY(!validity.isNotYetValid(notBefore));
}

void TestConnectionChecks::rejectsMalformedCertificates_data()
{
    QTest::addColumn<QByteArray>("pem");
    const QByteArray der = testCertificateDer();
    QVERIFY(!der.isEmpty());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a key, not a certificate")
        << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    QTest::newRow("not base64") << QByteArray("-----BEGIN CERTIFICATE-----\n%%%%\n-----END CERTIFICATE-----\n");
    QTest::newRow("truncated DER") << pemOf(der.left(60));
    QTest::newRow("length beyond the end") << pemOf(QByteArray::fromHex("3084ffffffff30"));
    QTest::newRow("not a sequence") << pemOf(QByteArray::fromHex("020101"));
    QByteArray badTime = der;
    const qsizetype time = badTime.indexOf("260101");
    QVERIFY(time > 0);
    badTime[time + 4] = '9'; // 2026-01-99
    badTime[time + 5] = '9';
    QTest::newRow("invalid date") << pemOf(badTime);
}

void TestConnectionChecks::rejectsMalformedCertificates()
{
    QFETCH(QByteArray, pem);
    const CertificateValidity validity = certificateValidityFromPem(pem);
    QVERIFY(!validity.ok());
    QVERIFY(!validity.error.isEmpty());
    QVERIFY(!validity.hasExpired(QDateTime::currentDateTimeUtc()));
}

void TestConnectionChecks::survivesEveryTruncationAndBitFlip()
{
    // The reader is bounds-checked (assertions are on in the tests): no prefix of a certificate and no single
    // flipped bit of its first 80 bytes (the lengths and tags up to the dates) makes it read outside the buffer.
    const QByteArray der = testCertificateDer();
    QVERIFY(!der.isEmpty());
    QVERIFY(certificateValidityFromPem(pemOf(der)).ok());
    for (qsizetype length = 0; length < der.size(); ++length) {
        // The outer length no longer fits: every prefix is rejected.
        QVERIFY2(!certificateValidityFromPem(pemOf(der.left(length))).ok(), qPrintable(QString::number(length)));
    }
    int stillRead = 0;
    for (qsizetype byte = 0; byte < 80; ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray flipped = der;
            flipped[byte] = static_cast<char>(flipped.at(byte) ^ (1 << bit));
            const CertificateValidity validity = certificateValidityFromPem(pemOf(flipped));
            stillRead += validity.ok() ? 1 : 0;
            QVERIFY(validity.ok() || !validity.error.isEmpty());
        }
    }
    QVERIFY(stillRead < 640); // flips in the serial number or the issuer leave the dates readable, tag flips do not
}

void TestConnectionChecks::collectsFactsOfTheRealFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString link = dir.filePath(QStringLiteral("key-link.pem"));
    QFile source(DataDirectory + QStringLiteral("/tls/utctime-2026-01-01.pem"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(cert, source.readAll(), 0644));
    QVERIFY(writeFile(key, "not really a key", 0640));
    QVERIFY(QFile::link(key, link));

    Endpoint endpoint = endpointFor("tcp://localhost:2376", true, true);
    endpoint.tls.certFile = cert;
    endpoint.tls.keyFile = link;
    const ConnectionFacts facts = collectConnectionFacts(endpoint);
    QVERIFY(facts.collected);
    QCOMPARE(facts.clientKey.path, link);                   // the path the user gave
    QCOMPARE(facts.clientKey.linkTarget, key);              // the file examined
    QCOMPARE(facts.clientKey.type, QStringLiteral("file")); // not the symlink's own 0777
    QCOMPARE(facts.clientKey.mode, 0640U);
    QCOMPARE(facts.clientCertificate.mode, 0644U);
    QCOMPARE(facts.clientCertificateNotAfter, QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC));
    QVERIFY(facts.clientCertificateError.isEmpty());

    // A unix socket has no client files, but the facts are collected (and say so).
    const ConnectionFacts local =
        collectConnectionFacts(EndpointResolver::parseHost(QStringLiteral("unix:///run/docker.sock")).value());
    QVERIFY(local.collected);
    QVERIFY(local.clientKey.path.isEmpty());
}

void TestConnectionChecks::factsSurviveSaveAndLoad()
{
    Snapshot snapshot = snapshotFor(endpointFor("tcp://localhost:2376", true, true), 0644);
    snapshot.connection.clientKey.linkTarget = QStringLiteral("/secrets/key.pem");
    const Result<Snapshot> loaded = Snapshot::fromJson(snapshot.toJsonBytes());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const ConnectionFacts &facts = loaded.value().connection;
    QVERIFY(facts.collected);
    QCOMPARE(facts.clientKey.path, snapshot.connection.clientKey.path);
    QCOMPARE(facts.clientKey.mode, 0644U);
    QCOMPARE(facts.clientKey.linkTarget, QStringLiteral("/secrets/key.pem"));
    QCOMPARE(facts.clientCertificateNotBefore, snapshot.connection.clientCertificateNotBefore);
    QCOMPARE(facts.clientCertificateNotAfter, snapshot.connection.clientCertificateNotAfter);
    // The report from the saved snapshot says what the live one said.
    QCOMPARE(evaluateConnection(loaded.value()).value(QStringLiteral("HC-CONNECTION-KEY-MODE")).status, Status::Fail);
}

void TestConnectionChecks::olderSnapshotHasNoFacts()
{
    QJsonObject json = snapshotFor(endpointFor("tcp://localhost:2376", true, true), 0644).toJson();
    json.remove(QStringLiteral("connection")); // as written before the connection facts existed
    const Result<Snapshot> loaded = Snapshot::fromJson(QJsonDocument(json).toJson());
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.value().connection.collected);
    const QHash<QString, Finding> results = evaluateConnection(loaded.value());
    for (const char *id : {"HC-CONNECTION-KEY-MODE", "HC-CONNECTION-CLIENT-CERT-EXPIRY"}) {
        const Finding finding = results.value(QString::fromLatin1(id));
        QCOMPARE(finding.status, Status::Skip);
        QVERIFY2(finding.reason.contains(QStringLiteral("older Hullcheck")), qPrintable(finding.reason));
    }
    // What the endpoint alone tells still counts.
    QCOMPARE(results.value(QStringLiteral("HC-CONNECTION-TLS-VERIFY")).status, Status::Pass);
}

void TestConnectionChecks::rulesAreComplete()
{
    const RulePack pack = connectionPack();
    QCOMPARE(pack.name, QStringLiteral("hullcheck"));
    QStringList ids;
    for (const Rule &rule : pack.rules) {
        ids.append(rule.id);
        QCOMPARE(rule.scope, Scope::Connection);
        QVERIFY(rule.cisId.isEmpty());
        QVERIFY2(!rule.title.isEmpty() && !rule.description.isEmpty() && !rule.rationale.isEmpty(),
                 qPrintable(rule.id));
        QVERIFY2(!rule.remediation.isEmpty() && !rule.references.isEmpty(), qPrintable(rule.id));
        QVERIFY2(rule.evidenceSource == Rule::EvidenceSource::Api, qPrintable(rule.id)); // runs for remote daemons
        if (!rule.builtin.isEmpty()) {
            QVERIFY2(BuiltinChecks::instance().find(rule.builtin), qPrintable(rule.builtin));
        }
    }
    QCOMPARE(ids,
             (QStringList{QStringLiteral("HC-CONNECTION-PLAIN-TCP"),
                          QStringLiteral("HC-CONNECTION-TLS-VERIFY"),
                          QStringLiteral("HC-CONNECTION-KEY-MODE"),
                          QStringLiteral("HC-CONNECTION-CLIENT-CERT-EXPIRY")}));
    QCOMPARE(scopeName(Scope::Connection), QStringLiteral("connection"));
    QCOMPARE(scopeFromName(QStringLiteral("connection")), std::optional<Scope>(Scope::Connection));
}

void TestConnectionChecks::judgesTheTransport_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<QString>("plainTcp");  // status, or "" for no result
    QTest::addColumn<QString>("tlsVerify"); // status, or "" for no result
    QTest::newRow("unix socket") << EndpointResolver::parseHost(QStringLiteral("unix:///run/docker.sock")).value()
                                 << "pass"
                                 << "";
    QTest::newRow("plain TCP") << endpointFor("tcp://10.0.0.5:2375", false, true) << "fail"
                               << "";
    QTest::newRow("TLS verified") << endpointFor("tcp://10.0.0.5:2376", true, true) << "pass"
                                  << "pass";
    QTest::newRow("TLS, verification off") << endpointFor("tcp://10.0.0.5:2376", true, false) << "pass"
                                           << "fail";
}

void TestConnectionChecks::judgesTheTransport()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, plainTcp);
    QFETCH(QString, tlsVerify);
    const QHash<QString, Finding> results = evaluateConnection(snapshotFor(endpoint));
    const auto statusOf = [&results](const char *id) {
        const auto found = results.constFind(QString::fromLatin1(id));
        return found == results.constEnd() ? QString() : statusName(found->status);
    };
    QCOMPARE(statusOf("HC-CONNECTION-PLAIN-TCP"), plainTcp);
    QCOMPARE(statusOf("HC-CONNECTION-TLS-VERIFY"), tlsVerify);
    for (const Finding &finding : results) {
        QCOMPARE(finding.target.kind, Scope::Connection);
        QCOMPARE(finding.target.name, endpoint.url());
    }
    if (plainTcp == QLatin1String("fail")) {
        const Finding &finding = results[QStringLiteral("HC-CONNECTION-PLAIN-TCP")];
        QCOMPARE(finding.severity, Severity::Critical);
        QVERIFY2(finding.evidence.contains(endpoint.url()), qPrintable(finding.evidence));
    }
    if (tlsVerify == QLatin1String("fail")) {
        const Finding &finding = results[QStringLiteral("HC-CONNECTION-TLS-VERIFY")];
        QCOMPARE(finding.severity, Severity::Critical);
        QVERIFY2(finding.evidence.contains(QStringLiteral("tls.verify = false")), qPrintable(finding.evidence));
    }
    if (!endpoint.tls.enabled) {
        QVERIFY(!results.contains(QStringLiteral("HC-CONNECTION-KEY-MODE")));
        QVERIFY(!results.contains(QStringLiteral("HC-CONNECTION-CLIENT-CERT-EXPIRY")));
    }
}

void TestConnectionChecks::keyModeIsComparedAsMask_data()
{
    QTest::addColumn<uint>("mode");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("evidencePart");
    QTest::newRow("0600") << 0600U << Status::Pass << "mode 0600";
    QTest::newRow("0400") << 0400U << Status::Pass << "mode 0400";
    QTest::newRow("0700: owner bits are the owner's business") << 0700U << Status::Pass << "mode 0700";
    QTest::newRow("0640") << 0640U << Status::Fail << "group may read";
    QTest::newRow("0604") << 0604U << Status::Fail << "others may read";
    QTest::newRow("0644") << 0644U << Status::Fail << "group may read, others may read";
    QTest::newRow("0620: group write alone") << 0620U << Status::Fail << "group may write";
    QTest::newRow("0601: others execute alone") << 0601U << Status::Fail << "others may execute";
    QTest::newRow("4600: setuid is not group or others") << 04600U << Status::Pass << "mode 4600";
}

void TestConnectionChecks::keyModeIsComparedAsMask()
{
    QFETCH(uint, mode);
    QFETCH(Status, status);
    QFETCH(QString, evidencePart);
    const QHash<QString, Finding> results =
        evaluateConnection(snapshotFor(endpointFor("tcp://10.0.0.5:2376", true, true), mode));
    const Finding finding = results.value(QStringLiteral("HC-CONNECTION-KEY-MODE"));
    QCOMPARE(finding.status, status);
    QCOMPARE(finding.severity, Severity::High);
    QVERIFY2(finding.evidence.contains(evidencePart), qPrintable(finding.evidence));
    QVERIFY2(finding.evidence.contains(QStringLiteral("/certs/key.pem")), qPrintable(finding.evidence));
    if (status == Status::Fail) {
        QVERIFY2(finding.remediation.contains(QStringLiteral("chmod 600 /certs/key.pem")),
                 qPrintable(finding.remediation));
    }
}

void TestConnectionChecks::keyFactsMissingSkips()
{
    Snapshot snapshot = snapshotFor(endpointFor("tcp://10.0.0.5:2376", true, true));
    snapshot.connection.clientKey.exists = false;
    snapshot.connection.clientKey.error = QStringLiteral("Permission denied");
    Finding finding = evaluateConnection(snapshot).value(QStringLiteral("HC-CONNECTION-KEY-MODE"));
    QCOMPARE(finding.status, Status::Skip);
    QVERIFY2(finding.reason.contains(QStringLiteral("Permission denied")), qPrintable(finding.reason));

    snapshot.endpoint.tls.certFile.clear(); // TLS without a client certificate: nothing to judge
    snapshot.endpoint.tls.keyFile.clear();
    const QHash<QString, Finding> results = evaluateConnection(snapshot);
    QVERIFY(!results.contains(QStringLiteral("HC-CONNECTION-KEY-MODE")));
    QVERIFY(!results.contains(QStringLiteral("HC-CONNECTION-CLIENT-CERT-EXPIRY")));
    QCOMPARE(results.value(QStringLiteral("HC-CONNECTION-TLS-VERIFY")).status, Status::Pass);
}

void TestConnectionChecks::certificateValidity_data()
{
    QTest::addColumn<int>("notBeforeDays"); // relative to the collection time
    QTest::addColumn<int>("notAfterDays");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("evidencePart");
    QTest::newRow("valid for a year") << -10 << 365 << Status::Pass << "is valid from";
    QTest::newRow("expires in 10 days") << -300 << 10 << Status::Warn << "in 10 day(s)";
    QTest::newRow("expired yesterday") << -30 << -1 << Status::Fail << "expired on 2026-11-27";
    QTest::newRow("not valid yet") << 2 << 300 << Status::Fail << "is not valid before 2026-11-30";
}

void TestConnectionChecks::certificateValidity()
{
    QFETCH(int, notBeforeDays);
    QFETCH(int, notAfterDays);
    QFETCH(Status, status);
    QFETCH(QString, evidencePart);
    Snapshot snapshot = snapshotFor(endpointFor("tcp://10.0.0.5:2376", true, true));
    snapshot.connection.clientCertificateNotBefore = CollectedAt.addDays(notBeforeDays);
    snapshot.connection.clientCertificateNotAfter = CollectedAt.addDays(notAfterDays);
    const Finding finding = evaluateConnection(snapshot).value(QStringLiteral("HC-CONNECTION-CLIENT-CERT-EXPIRY"));
    QCOMPARE(finding.status, status);
    QVERIFY2(finding.evidence.contains(evidencePart), qPrintable(finding.evidence));
}

void TestConnectionChecks::resultsReachTheReport()
{
    // The whole built-in pack on a snapshot taken with verification off: the connection's critical result is there,
    // next to the daemon's, and the score counts it.
    const Result<RulePack> builtin = RulePackLoader::builtin();
    QVERIFY2(builtin.ok(), qPrintable(builtin.ok() ? QString() : builtin.error().message));
    const Snapshot snapshot = snapshotFor(endpointFor("tcp://10.0.0.5:2376", true, false), 0644);
    const ScanResult result = evaluate(snapshot, builtin.value(), Policy(), CollectedAt.date());
    QStringList connectionResults;
    for (const Finding &finding : result.findings) {
        if (finding.target.kind == Scope::Connection) {
            connectionResults.append(finding.ruleId + QLatin1Char('=') + statusName(finding.status));
        }
    }
    connectionResults.sort();
    QCOMPARE(connectionResults,
             (QStringList{QStringLiteral("HC-CONNECTION-CLIENT-CERT-EXPIRY=pass"),
                          QStringLiteral("HC-CONNECTION-KEY-MODE=fail"),
                          QStringLiteral("HC-CONNECTION-PLAIN-TCP=pass"),
                          QStringLiteral("HC-CONNECTION-TLS-VERIFY=fail")}));
    QVERIFY(result.summary.failuresBySeverity.value(Severity::Critical) >= 1);
}

QTEST_GUILESS_MAIN(TestConnectionChecks)
#include "tst_connectionchecks.moc"
