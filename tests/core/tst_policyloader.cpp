#include "core/bench/policy.h"
#include "core/bench/policyloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck::core;

namespace {

const QString FileName = QStringLiteral("policy.yaml");

// Lines 1-2; a waiver's body starts on line 3, indented by four spaces.
const QByteArray WaiverHeader = "waivers:\n"
                                "  - rule: HC-X\n";

QByteArray waiverWith(const QByteArray &body)
{
    return WaiverHeader + body;
}

Finding finding(const char *ruleId, const char *cisId, const char *name, const char *id)
{
    Finding result;
    result.ruleId = QString::fromLatin1(ruleId);
    result.cisId = QString::fromLatin1(cisId);
    result.target.name = QString::fromLatin1(name);
    result.target.id = QString::fromLatin1(id);
    return result;
}

} // namespace

class TestPolicyLoader : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void readsEveryField();
    void readsRemediation();
    void emptyPolicy_data();
    void emptyPolicy();
    void readsFile();
    void rejectsUnreadableFile();
    void waiverMatches_data();
    void waiverMatches();
    void waiverExpiry_data();
    void waiverExpiry();
    void disablesRules_data();
    void disablesRules();
};

void TestPolicyLoader::rejects_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("syntax") << QByteArray("version: 1\ndisabled_rules: [a\n") << 3
                            << QStringLiteral("YAML syntax error");
    QTest::newRow("syntax: tab indentation")
        << QByteArray("version: 1\nthresholds:\n\tmax_layers: 3\n") << 3 << QStringLiteral("YAML syntax error");
    QTest::newRow("not a mapping") << QByteArray("- HC-X\n") << 1 << QStringLiteral("must be a mapping");
    QTest::newRow("two documents") << QByteArray("version: 1\n---\nversion: 1\n") << 3
                                   << QStringLiteral("one YAML document");
    // yaml-cpp 0.7's LoadAll() collected empty documents for ever after a token that cannot start a node.
    QTest::newRow("syntax: stray comma") << QByteArray(",\n") << 1 << QStringLiteral("YAML syntax error");
    QTest::newRow("syntax: stray comma after a document")
        << QByteArray("- a\n,\n") << 2 << QStringLiteral("YAML syntax error");
    QTest::newRow("unknown top-level key")
        << QByteArray("version: 1\nwaiver: []\n") << 2 << QStringLiteral("unknown key \"waiver\" in the policy");
    QTest::newRow("duplicate top-level key") << QByteArray("disabled_rules: [a]\nversion: 1\ndisabled_rules: [b]\n")
                                             << 3 << QStringLiteral("key \"disabled_rules\" appears twice");
    QTest::newRow("version 2") << QByteArray("version: 2\n") << 1 << QStringLiteral("unsupported policy version \"2\"");
    QTest::newRow("version text") << QByteArray("\nversion: one\n") << 2
                                  << QStringLiteral("unsupported policy version \"one\"");

    // Waivers
    QTest::newRow("waivers not a list") << QByteArray("waivers: {rule: HC-X}\n") << 1
                                        << QStringLiteral("\"waivers\" must be a list");
    QTest::newRow("waiver not a mapping")
        << QByteArray("waivers:\n  - HC-X\n") << 2 << QStringLiteral("a waiver must be a mapping");
    QTest::newRow("unknown waiver key") << waiverWith("    target: \"*\"\n    reason: r\n    approved_by: bob\n") << 5
                                        << QStringLiteral("unknown key \"approved_by\" in a waiver");
    QTest::newRow("waiver without rule") << QByteArray("waivers:\n  - target: \"*\"\n    reason: r\n") << 2
                                         << QStringLiteral("the waiver has no \"rule\"");
    QTest::newRow("waiver without target")
        << waiverWith("    reason: r\n") << 2 << QStringLiteral("the waiver has no \"target\"");
    QTest::newRow("waiver without reason") << waiverWith("    target: \"*\"\n    approver: a@example.com\n") << 2
                                           << QStringLiteral("the waiver has no \"reason\"");
    QTest::newRow("empty reason") << waiverWith("    target: \"*\"\n    reason: \"  \"\n") << 4
                                  << QStringLiteral("\"reason\" is empty");
    QTest::newRow("reason left empty") << waiverWith("    target: \"*\"\n    reason:\n    approver: a\n") << 4
                                       << QStringLiteral("\"reason\" is empty");
    QTest::newRow("expires left empty") << waiverWith("    target: \"*\"\n    reason: r\n    expires:\n") << 5
                                        << QStringLiteral("invalid date \"\"");
    QTest::newRow("version left empty") << QByteArray("version:\nwaivers: []\n") << 1
                                        << QStringLiteral("unsupported policy version \"\"");
    QTest::newRow("threshold left empty") << QByteArray("thresholds:\n  max_layers:\n  max_image_age_days: 3\n") << 2
                                          << QStringLiteral("\"max_layers\" must be a whole number");
    QTest::newRow("reason is a list") << waiverWith("    target: \"*\"\n    reason: [a, b]\n") << 4
                                      << QStringLiteral("\"reason\" must be a text");
    QTest::newRow("invalid date") << waiverWith("    target: \"*\"\n    reason: r\n    expires: 2027-02-30\n") << 5
                                  << QStringLiteral("invalid date \"2027-02-30\"");
    QTest::newRow("date in another format") << waiverWith("    target: \"*\"\n    reason: r\n    expires: 31.03.2027\n")
                                            << 5 << QStringLiteral("invalid date \"31.03.2027\" (expected YYYY-MM-DD)");
    QTest::newRow("second waiver broken")
        << waiverWith("    target: \"*\"\n    reason: r\n  - rule: HC-Y\n    target: web\n    reson: typo\n") << 7
        << QStringLiteral("unknown key \"reson\"");

    // Lists and mappings
    QTest::newRow("disabled_rules not a list")
        << QByteArray("disabled_rules: HC-X\n") << 1 << QStringLiteral("\"disabled_rules\" must be a list");
    QTest::newRow("required_labels with a mapping") << QByteArray("required_labels:\n  - owner\n  - {a: b}\n") << 3
                                                    << QStringLiteral("entries of \"required_labels\"");
    QTest::newRow("trusted_registries not a list") << QByteArray("trusted_registries: {docker.io: yes}\n") << 1
                                                   << QStringLiteral("\"trusted_registries\" must be a list");
    QTest::newRow("unknown severity") << QByteArray("severity_overrides:\n  HC-X: high\n  \"5.1\": urgent\n") << 3
                                      << QStringLiteral("unknown severity \"urgent\" for 5.1");
    QTest::newRow("severity_overrides not a mapping")
        << QByteArray("severity_overrides: [HC-X]\n") << 1 << QStringLiteral("must be a mapping of rule id: severity");
    QTest::newRow("duplicate override") << QByteArray("severity_overrides:\n  HC-X: high\n  HC-X: low\n") << 3
                                        << QStringLiteral("key \"HC-X\" appears twice");

    // Thresholds
    QTest::newRow("negative threshold") << QByteArray("thresholds:\n  max_layers: -1\n") << 2
                                        << QStringLiteral("\"max_layers\" must not be negative");
    QTest::newRow("fractional threshold") << QByteArray("thresholds:\n  max_image_age_days: 1.5\n") << 2
                                          << QStringLiteral("\"max_image_age_days\" must be a whole number");
    QTest::newRow("text threshold") << QByteArray("thresholds:\n  max_image_size_mb: big\n") << 2
                                    << QStringLiteral("\"max_image_size_mb\" must be a whole number");
    QTest::newRow("quoted threshold") << QByteArray("thresholds:\n  max_layers: \"40\"\n") << 2
                                      << QStringLiteral("\"max_layers\" must be a whole number");
    QTest::newRow("huge threshold") << QByteArray("thresholds:\n  max_layers: 99999999999\n") << 2
                                    << QStringLiteral("\"max_layers\" is too large");
    QTest::newRow("huge size") << QByteArray("thresholds:\n  max_image_size_mb: 9999999999999999\n") << 2
                               << QStringLiteral("\"max_image_size_mb\" is too large");
    QTest::newRow("unknown threshold") << QByteArray("thresholds:\n  max_layers: 3\n  max_age: 3\n") << 3
                                       << QStringLiteral("unknown key \"max_age\" in thresholds");
    QTest::newRow("thresholds not a mapping")
        << QByteArray("thresholds: [1]\n") << 1 << QStringLiteral("thresholds must be a mapping");

    // Remediation (the values live fixes propose)
    QTest::newRow("remediation not a mapping")
        << QByteArray("remediation: [1]\n") << 1 << QStringLiteral("remediation must be a mapping");
    QTest::newRow("unknown remediation key") << QByteArray("remediation:\n  pids_limit: 100\n  memory: 512m\n") << 3
                                             << QStringLiteral("unknown key \"memory\" in remediation");
    QTest::newRow("memory below the Engine's minimum") << QByteArray("remediation:\n  memory_limit_mb: 4\n") << 2
                                                       << QStringLiteral("\"memory_limit_mb\" must be at least 6");
    QTest::newRow("memory with a unit") << QByteArray("remediation:\n  memory_limit_mb: 512m\n") << 2
                                        << QStringLiteral("\"memory_limit_mb\" must be a whole number");
    QTest::newRow("cpu shares too small")
        << QByteArray("remediation:\n  cpu_shares: 1\n") << 2 << QStringLiteral("\"cpu_shares\" must be at least 2");
    QTest::newRow("cpu shares too large")
        << QByteArray("remediation:\n  cpu_shares: 262145\n") << 2 << QStringLiteral("\"cpu_shares\" is too large");
    QTest::newRow("cpus zero") << QByteArray("remediation:\n  cpus: 0\n") << 2
                               << QStringLiteral("\"cpus\" must be a number of CPUs from 0.01");
    QTest::newRow("cpus text") << QByteArray("\nremediation:\n  cpus: two\n") << 3
                               << QStringLiteral("\"cpus\" must be a number of CPUs");
    QTest::newRow("cpus quoted") << QByteArray("remediation:\n  cpus: \"1.5\"\n") << 2
                                 << QStringLiteral("\"cpus\" must be a number of CPUs");
    QTest::newRow("pids limit zero") << QByteArray("remediation:\n  pids_limit: 0\n") << 2
                                     << QStringLiteral("\"pids_limit\" must be at least 1");
    QTest::newRow("negative pids limit") << QByteArray("remediation:\n  pids_limit: -1\n") << 2
                                         << QStringLiteral("\"pids_limit\" must not be negative");
    QTest::newRow("unknown restart policy") << QByteArray("remediation:\n  restart_policy: sometimes\n") << 2
                                            << QStringLiteral("unknown restart policy \"sometimes\"");
    QTest::newRow("retries with always") << QByteArray(
                                                "remediation:\n  restart_policy: always\n  restart_max_retries: 3\n")
                                         << 3 << QStringLiteral("only applies to the on-failure restart policy");
    QTest::newRow("retries zero") << QByteArray("remediation:\n  restart_max_retries: 0\n") << 2
                                  << QStringLiteral("\"restart_max_retries\" must be at least 1");
}

void TestPolicyLoader::readsRemediation()
{
    const Result<Policy> result = PolicyLoader::fromYaml("remediation:\n"
                                                         "  memory_limit_mb: 256\n"
                                                         "  cpu_shares: 1024\n"
                                                         "  cpus: 1.5\n"
                                                         "  pids_limit: 150\n"
                                                         "  restart_policy: on-failure\n"
                                                         "  restart_max_retries: 3\n",
                                                         FileName);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const RemediationDefaults &defaults = result.value().remediation;
    QCOMPARE(defaults.memoryBytes, std::optional<qint64>(256LL * 1024 * 1024));
    QCOMPARE(defaults.cpuShares, std::optional<qint64>(1024));
    QCOMPARE(defaults.nanoCpus, std::optional<qint64>(1500000000));
    QCOMPARE(defaults.pidsLimit, std::optional<qint64>(150));
    QCOMPARE(defaults.restartPolicy, std::optional<QString>(QStringLiteral("on-failure")));
    QCOMPARE(defaults.restartMaxRetries, std::optional<int>(3));

    const Result<Policy> partial =
        PolicyLoader::fromYaml("remediation:\n  restart_policy: unless-stopped\nthresholds: {}\n", FileName);
    QVERIFY(partial.ok());
    QCOMPARE(partial.value().remediation.restartPolicy, std::optional<QString>(QStringLiteral("unless-stopped")));
    QVERIFY(!partial.value().remediation.memoryBytes);
    QVERIFY(!partial.value().remediation.restartMaxRetries);
    const Result<Policy> empty = PolicyLoader::fromYaml("remediation:\n", FileName);
    QVERIFY(empty.ok());
    QVERIFY(!empty.value().remediation.pidsLimit);
}

void TestPolicyLoader::rejects()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const Result<Policy> result = PolicyLoader::fromYaml(yaml, FileName);
    QVERIFY2(!result.ok(), yaml.constData());
    QCOMPARE(result.error().kind, ErrorKind::Parse);
    const QString message = result.error().message;
    const QString prefix = QStringLiteral("policy.yaml:%1: ").arg(line);
    QVERIFY2(message.startsWith(prefix),
             qPrintable(QString(QStringLiteral("expected prefix ") + prefix + QStringLiteral(", got: ") + message)));
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestPolicyLoader::readsEveryField()
{
    const QByteArray yaml = "version: 1\n"
                            "waivers:\n"
                            "  - rule: HC-CONTAINER-ROOT-USER     # a rule id\n"
                            "    target: \"legacy-*\"\n"
                            "    reason: Vendor image runs as root; tracked in TICKET-123\n"
                            "    approver: alice@example.com\n"
                            "    expires: 2027-03-31\n"
                            "  - rule: 5.10\n"
                            "    target: \"*\"\n"
                            "    reason: >\n"
                            "      Folded\n"
                            "      text\n"
                            "disabled_rules: [HC-IMAGE-SIZE, \"4.5\", 4.10]\n"
                            "severity_overrides: {HC-CONTAINER-LATEST-TAG: high, \"5.2\": info}\n"
                            "required_labels: [owner, org.opencontainers.image.source]\n"
                            "trusted_registries: [docker.io, registry.example.com:5000]\n"
                            "thresholds: {max_image_age_days: 180, max_layers: 40, max_image_size_mb: 800}\n";
    const Result<Policy> result = PolicyLoader::fromYaml(yaml, FileName);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Policy &policy = result.value();
    QCOMPARE(policy.sourceFile, FileName);
    QCOMPARE(policy.waivers.size(), 2);
    const Waiver &first = policy.waivers.at(0);
    QCOMPARE(first.ruleId, QStringLiteral("HC-CONTAINER-ROOT-USER"));
    QCOMPARE(first.targetPattern, QStringLiteral("legacy-*"));
    QCOMPARE(first.reason, QStringLiteral("Vendor image runs as root; tracked in TICKET-123"));
    QCOMPARE(first.approver, QStringLiteral("alice@example.com"));
    QCOMPARE(first.expires, QDate(2027, 3, 31));
    const Waiver &second = policy.waivers.at(1);
    QCOMPARE(second.ruleId, QStringLiteral("5.10")); // as written, not the number 5.1
    QCOMPARE(second.targetPattern, QStringLiteral("*"));
    QCOMPARE(second.reason, QStringLiteral("Folded text"));
    QVERIFY(second.approver.isEmpty());
    QVERIFY(!second.expires.isValid());
    QCOMPARE(policy.disabledRules,
             (QStringList{QStringLiteral("HC-IMAGE-SIZE"), QStringLiteral("4.5"), QStringLiteral("4.10")}));
    QCOMPARE(policy.severityOverrides.size(), 2);
    QCOMPARE(policy.severityOverrides.value(QStringLiteral("HC-CONTAINER-LATEST-TAG")), Severity::High);
    QCOMPARE(policy.severityOverrides.value(QStringLiteral("5.2")), Severity::Info);
    QCOMPARE(policy.requiredLabels,
             (QStringList{QStringLiteral("owner"), QStringLiteral("org.opencontainers.image.source")}));
    QCOMPARE(policy.trustedRegistries,
             (QStringList{QStringLiteral("docker.io"), QStringLiteral("registry.example.com:5000")}));
    QCOMPARE(policy.maxImageAgeDays, 180);
    QCOMPARE(policy.maxLayers, 40);
    QCOMPARE(policy.maxImageSizeBytes, 800LL * 1024 * 1024);
}

void TestPolicyLoader::emptyPolicy_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("comments only") << QByteArray("# no policy yet\n\n");
    QTest::newRow("only the version") << QByteArray("version: 1\n");
    QTest::newRow("empty sections") << QByteArray("waivers:\ndisabled_rules: []\nseverity_overrides:\nthresholds:\n");
    QTest::newRow("partial thresholds keep defaults") << QByteArray("thresholds: {}\n");
}

void TestPolicyLoader::emptyPolicy()
{
    QFETCH(QByteArray, yaml);
    const Result<Policy> result = PolicyLoader::fromYaml(yaml, FileName);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Policy &policy = result.value();
    const Policy defaults;
    QCOMPARE(policy.sourceFile, FileName);
    QVERIFY(policy.waivers.isEmpty());
    QVERIFY(policy.disabledRules.isEmpty());
    QVERIFY(policy.severityOverrides.isEmpty());
    QVERIFY(policy.requiredLabels.isEmpty());
    QVERIFY(policy.trustedRegistries.isEmpty());
    QCOMPARE(policy.maxImageAgeDays, defaults.maxImageAgeDays);
    QCOMPARE(policy.maxLayers, defaults.maxLayers);
    QCOMPARE(policy.maxImageSizeBytes, defaults.maxImageSizeBytes);
}

void TestPolicyLoader::readsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("policy.yaml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("thresholds:\n  max_layers: 7\n");
    }
    const Result<Policy> result = PolicyLoader::fromFile(path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().sourceFile, path);
    QCOMPARE(result.value().maxLayers, 7);

    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("thresholds:\n  max_layers: -7\n");
    }
    const Result<Policy> broken = PolicyLoader::fromFile(path);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, ErrorKind::Parse);
    QVERIFY2(broken.error().message.startsWith(path + QStringLiteral(":2: ")), qPrintable(broken.error().message));

    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    const Result<Policy> empty = PolicyLoader::fromFile(path);
    QVERIFY2(empty.ok(), qPrintable(empty.ok() ? QString() : empty.error().message));
    QCOMPARE(empty.value().sourceFile, path);
    QVERIFY(empty.value().waivers.isEmpty());
}

void TestPolicyLoader::rejectsUnreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.yaml"));
    const Result<Policy> absent = PolicyLoader::fromFile(missing);
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().kind, ErrorKind::Io);
    QVERIFY2(absent.error().message.contains(missing), qPrintable(absent.error().message));

    const Result<Policy> directory = PolicyLoader::fromFile(dir.path());
    QVERIFY(!directory.ok());
    QCOMPARE(directory.error().kind, ErrorKind::Io);
    QVERIFY2(directory.error().message.contains(dir.path()), qPrintable(directory.error().message));
}

void TestPolicyLoader::waiverMatches_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("target");
    QTest::addColumn<Finding>("finding");
    QTest::addColumn<bool>("matches");

    const Finding web = finding("HC-CONTAINER-ROOT-USER", "4.1", "legacy-web", "0123456789abcdef");
    const Finding image = finding("HC-IMAGE-LATEST", "", "registry.example.com:5000/team/app:latest", "sha256:feed");
    QTest::newRow("rule id and glob") << QStringLiteral("HC-CONTAINER-ROOT-USER") << QStringLiteral("legacy-*") << web
                                      << true;
    QTest::newRow("CIS id") << QStringLiteral("4.1") << QStringLiteral("legacy-web") << web << true;
    QTest::newRow("other rule") << QStringLiteral("HC-OTHER") << QStringLiteral("*") << web << false;
    QTest::newRow("other CIS id") << QStringLiteral("4.10") << QStringLiteral("*") << web << false;
    QTest::newRow("empty CIS id never matches") << QString() << QStringLiteral("*") << image << false;
    QTest::newRow("glob misses") << QStringLiteral("HC-CONTAINER-ROOT-USER") << QStringLiteral("web-*") << web << false;
    QTest::newRow("glob is anchored") << QStringLiteral("HC-CONTAINER-ROOT-USER") << QStringLiteral("legacy") << web
                                      << false;
    QTest::newRow("glob is case-sensitive")
        << QStringLiteral("HC-CONTAINER-ROOT-USER") << QStringLiteral("LEGACY-*") << web << false;
    QTest::newRow("question mark") << QStringLiteral("4.1") << QStringLiteral("legacy-we?") << web << true;
    QTest::newRow("id prefix") << QStringLiteral("4.1") << QStringLiteral("0123456789ab*") << web << true;
    QTest::newRow("star spans slashes") << QStringLiteral("HC-IMAGE-LATEST") << QStringLiteral("*") << image << true;
    QTest::newRow("registry glob") << QStringLiteral("HC-IMAGE-LATEST") << QStringLiteral("registry.example.com:5000/*")
                                   << image << true;
    QTest::newRow("dot is literal") << QStringLiteral("HC-IMAGE-LATEST") << QStringLiteral("registryXexample*") << image
                                    << false;
    QTest::newRow("brackets are literal")
        << QStringLiteral("HC-IMAGE-LATEST") << QStringLiteral("[r]egistry*") << image << false;
}

void TestPolicyLoader::waiverMatches()
{
    QFETCH(QString, ruleId);
    QFETCH(QString, target);
    QFETCH(Finding, finding);
    QFETCH(bool, matches);
    Waiver waiver;
    waiver.ruleId = ruleId;
    waiver.targetPattern = target;
    waiver.reason = QStringLiteral("r");
    QCOMPARE(waiver.matches(finding), matches);
}

void TestPolicyLoader::waiverExpiry_data()
{
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<bool>("expired");
    const QDate today(2026, 11, 28);
    QTest::newRow("never") << QDate() << false;
    QTest::newRow("yesterday") << today.addDays(-1) << true;
    QTest::newRow("today") << today << false;
    QTest::newRow("tomorrow") << today.addDays(1) << false;
}

void TestPolicyLoader::waiverExpiry()
{
    QFETCH(QDate, expires);
    QFETCH(bool, expired);
    Waiver waiver;
    waiver.expires = expires;
    QCOMPARE(waiver.isExpired(QDate(2026, 11, 28)), expired);
}

void TestPolicyLoader::disablesRules_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("cisId");
    QTest::addColumn<bool>("disabled");
    QTest::newRow("rule id") << QStringLiteral("HC-IMAGE-SIZE") << QString() << true;
    QTest::newRow("CIS id") << QStringLiteral("HC-DAEMON-X") << QStringLiteral("4.5") << true;
    QTest::newRow("neither") << QStringLiteral("HC-DAEMON-X") << QStringLiteral("4.50") << false;
    QTest::newRow("empty ids") << QString() << QString() << false;
}

void TestPolicyLoader::disablesRules()
{
    QFETCH(QString, ruleId);
    QFETCH(QString, cisId);
    QFETCH(bool, disabled);
    Policy policy;
    policy.disabledRules = {QStringLiteral("HC-IMAGE-SIZE"), QStringLiteral("4.5")};
    QCOMPARE(policy.isDisabled(ruleId, cisId), disabled);
}

QTEST_GUILESS_MAIN(TestPolicyLoader)

#include "tst_policyloader.moc"
