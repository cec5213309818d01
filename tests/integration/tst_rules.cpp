// The benchmark on the real test daemon: one container per container check, made to fail it, and one hardened
// container that passes them all. Results are asserted per object, by rule id.
#include "fakes/testbed.h"
#include "fakes/testbedfixture.h"

#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/coreruntime.h"
#include "core/docker/curldockerapi.h"
#include "core/report/jsonreport.h"
#include "core/snapshot/snapshotcollector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck::core;
using namespace hullcheck::tests;

namespace {

const QString CleanImage = QStringLiteral("hc/clean:1.0");
const QString CleanLatest = QStringLiteral("hc/clean:latest");
const QString SshdImage = QStringLiteral("hc/fakesshd:1.0");
const QString PlantedSecret = QStringLiteral("hcr-planted-password-42");

// Everything the hardened container sets; each failing container drops or overrides one piece of it.
QStringList hardenedFlags()
{
    return {QStringLiteral("--network"),
            QStringLiteral("none"),
            QStringLiteral("--read-only"),
            QStringLiteral("--memory"),
            QStringLiteral("64m"),
            QStringLiteral("--cpu-shares"),
            QStringLiteral("512"),
            QStringLiteral("--pids-limit"),
            QStringLiteral("64"),
            QStringLiteral("--cap-drop"),
            QStringLiteral("ALL"),
            QStringLiteral("--security-opt"),
            QStringLiteral("no-new-privileges"),
            QStringLiteral("--restart"),
            QStringLiteral("on-failure:3"),
            QStringLiteral("--user"),
            QStringLiteral("1000:1000"),
            QStringLiteral("--label"),
            QStringLiteral("hc.rules=1")};
}

QStringList without(QStringList flags, const QString &flag, int valueCount = 1)
{
    const qsizetype at = flags.indexOf(flag);
    if (at >= 0) {
        flags.remove(at, 1 + valueCount);
    }
    return flags;
}

QStringList replaced(QStringList flags, const QString &flag, const QString &value)
{
    const qsizetype at = flags.indexOf(flag);
    if (at >= 0) {
        flags.replace(at + 1, value);
    }
    return flags;
}

struct Case
{
    QString container;
    QStringList flags;
    QString image;
    QString ruleId;
    QList<Status> expected; // the status the rule must report on this container
};

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void failingContainers_data();
    void failingContainers();
    void hardenedContainerPassesEveryContainerCheck();
    void reportCarriesNoSecret();

private:
    bool buildImages();
    QList<Case> cases() const;
    const Finding *finding(const QString &ruleId, const QString &target) const;

    CoreRuntime m_runtime;
    Testbed m_testbed;
    QTemporaryDir m_context;
    Snapshot m_snapshot;
    ScanResult m_result;
    QStringList m_created;
    QString m_cleanId; // containers refer to the image by ID: pinned, as a local image has no registry digest
};

bool TestRules::buildImages()
{
    // A clean image: no planted secret, a non-root user and a healthcheck. Built offline from the static busybox.
    const QString clean = m_context.filePath(QStringLiteral("clean"));
    QDir().mkpath(clean);
    if (!QFile::copy(QStringLiteral("/bin/busybox"), clean + QStringLiteral("/busybox"))) {
        return false;
    }
    QFile dockerfile(clean + QStringLiteral("/Dockerfile"));
    if (!dockerfile.open(QIODevice::WriteOnly)) {
        return false;
    }
    dockerfile.write(
        "FROM scratch\nCOPY busybox /bin/busybox\nRUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n"
        "LABEL org.opencontainers.image.source=https://example.invalid/hc-clean\n"
        "HEALTHCHECK --interval=30s CMD [\"/bin/true\"]\nUSER 1000:1000\nCMD [\"/bin/sleep\", \"3600\"]\n");
    dockerfile.close();
    if (!m_testbed.docker({QStringLiteral("build"),
                           QStringLiteral("-q"),
                           QStringLiteral("-t"),
                           CleanImage,
                           QStringLiteral("-t"),
                           CleanLatest,
                           clean})) {
        return false;
    }
    // A process really named sshd: a static program that sleeps, compiled here.
    const QString sshd = m_context.filePath(QStringLiteral("sshd"));
    QDir().mkpath(sshd);
    QFile source(sshd + QStringLiteral("/sshd.c"));
    if (!source.open(QIODevice::WriteOnly)) {
        return false;
    }
    source.write("#include <unistd.h>\nint main(void) { for (;;) pause(); }\n");
    source.close();
    if (QProcess::execute(
            QStringLiteral("cc"),
            {QStringLiteral("-static"), QStringLiteral("-o"), sshd + QStringLiteral("/sshd"), source.fileName()}) !=
        0) {
        return false;
    }
    QFile sshdfile(sshd + QStringLiteral("/Dockerfile"));
    if (!sshdfile.open(QIODevice::WriteOnly)) {
        return false;
    }
    sshdfile.write(
        QStringLiteral("FROM %1\nCOPY sshd /usr/sbin/sshd\nCMD [\"/usr/sbin/sshd\"]\n").arg(CleanImage).toUtf8());
    sshdfile.close();
    if (!m_testbed.docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), SshdImage, sshd})) {
        return false;
    }
    m_cleanId = m_testbed
                    .docker({QStringLiteral("image"),
                             QStringLiteral("inspect"),
                             QStringLiteral("-f"),
                             QStringLiteral("{{.Id}}"),
                             CleanImage})
                    .value_or(QString());
    return !m_cleanId.isEmpty();
}

QList<Case> TestRules::cases() const
{
    const QStringList hardened = hardenedFlags();
    const QString socketDirectory = QFileInfo(m_testbed.dockerSocket()).path();
    const QList<Status> fail{Status::Fail};
    const QList<Status> failOrWarn{Status::Fail, Status::Warn};
    const QList<Status> notPass{Status::Fail, Status::Warn, Status::Info};
    return {
        {QStringLiteral("hcr-privileged"),
         hardened + QStringList{QStringLiteral("--privileged")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-PRIVILEGED"),
         fail},
        {QStringLiteral("hcr-hostnet"),
         replaced(hardened, QStringLiteral("--network"), QStringLiteral("host")),
         m_cleanId,
         QStringLiteral("HC-CONTAINER-HOST-NETWORK"),
         fail},
        {QStringLiteral("hcr-hostpid"),
         hardened + QStringList{QStringLiteral("--pid"), QStringLiteral("host")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-HOST-PID"),
         fail},
        {QStringLiteral("hcr-hostipc"),
         hardened + QStringList{QStringLiteral("--ipc"), QStringLiteral("host")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-HOST-IPC"),
         fail},
        {QStringLiteral("hcr-hostuts"),
         hardened + QStringList{QStringLiteral("--uts"), QStringLiteral("host")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-HOST-UTS"),
         fail},
        {QStringLiteral("hcr-hostuserns"),
         hardened + QStringList{QStringLiteral("--userns"), QStringLiteral("host")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-HOST-USERNS"),
         fail},
        {QStringLiteral("hcr-nomemory"),
         without(hardened, QStringLiteral("--memory")),
         m_cleanId,
         QStringLiteral("HC-CONTAINER-MEMORY-LIMIT"),
         fail},
        {QStringLiteral("hcr-nocpu"),
         without(hardened, QStringLiteral("--cpu-shares")),
         m_cleanId,
         QStringLiteral("HC-CONTAINER-CPU-LIMIT"),
         fail},
        {QStringLiteral("hcr-writable"),
         without(hardened, QStringLiteral("--read-only"), 0),
         m_cleanId,
         QStringLiteral("HC-CONTAINER-READONLY-ROOTFS"),
         fail},
        {QStringLiteral("hcr-capadd"),
         hardened + QStringList{QStringLiteral("--cap-add"), QStringLiteral("SYS_ADMIN")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-CAPABILITIES"),
         fail},
        {QStringLiteral("hcr-etc-ro"),
         hardened + QStringList{QStringLiteral("-v"), QStringLiteral("/etc:/host-etc:ro")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-SENSITIVE-MOUNTS"),
         failOrWarn},
        {QStringLiteral("hcr-sockdir"),
         hardened + QStringList{QStringLiteral("-v"), socketDirectory + QStringLiteral(":/var/run/host")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-DOCKER-SOCKET"),
         fail},
        {QStringLiteral("hcr-ports"),
         replaced(hardened, QStringLiteral("--network"), QStringLiteral("bridge")) +
             QStringList{QStringLiteral("-p"), QStringLiteral("80:8080")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-PRIVILEGED-PORTS"),
         fail},
        {QStringLiteral("hcr-ports6"),
         replaced(hardened, QStringLiteral("--network"), QStringLiteral("bridge")) +
             QStringList{QStringLiteral("-p"), QStringLiteral("[::]:8081:8080")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-PORT-WILDCARD"),
         fail},
        {QStringLiteral("hcr-bridge"),
         replaced(hardened, QStringLiteral("--network"), QStringLiteral("bridge")),
         m_cleanId,
         QStringLiteral("HC-CONTAINER-DEFAULT-BRIDGE"),
         notPass},
        {QStringLiteral("hcr-restart"),
         replaced(hardened, QStringLiteral("--restart"), QStringLiteral("on-failure:10")),
         m_cleanId,
         QStringLiteral("HC-CONTAINER-RESTART-POLICY"),
         fail},
        {QStringLiteral("hcr-seccomp"),
         hardened + QStringList{QStringLiteral("--security-opt"), QStringLiteral("seccomp=unconfined")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-SECCOMP"),
         fail},
        {QStringLiteral("hcr-cgroup"),
         hardened + QStringList{QStringLiteral("--cgroup-parent"), QStringLiteral("/hcr")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-CGROUP-PARENT"),
         notPass},
        {QStringLiteral("hcr-nnp"),
         without(hardened, QStringLiteral("--security-opt")),
         m_cleanId,
         QStringLiteral("HC-CONTAINER-NO-NEW-PRIVILEGES"),
         fail},
        {QStringLiteral("hcr-nopids"),
         without(hardened, QStringLiteral("--pids-limit")),
         m_cleanId,
         QStringLiteral("HC-CONTAINER-PIDS-LIMIT"),
         fail},
        {QStringLiteral("hcr-device"),
         hardened + QStringList{QStringLiteral("--device"), QStringLiteral("/dev/null:/dev/hcnull")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-HOST-DEVICES"),
         notPass},
        {QStringLiteral("hcr-propagation"),
         hardened + QStringList{QStringLiteral("-v"), m_context.path() + QStringLiteral(":/prop:rshared")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-MOUNT-PROPAGATION"),
         fail},
        {QStringLiteral("hcr-root"),
         replaced(hardened, QStringLiteral("--user"), QStringLiteral("0:0")),
         m_cleanId,
         QStringLiteral("HC-CONTAINER-ROOT-USER"),
         fail},
        {QStringLiteral("hcr-latest"), hardened, CleanLatest, QStringLiteral("HC-CONTAINER-IMAGE-PINNED"), failOrWarn},
        {QStringLiteral("hcr-secret"),
         hardened + QStringList{QStringLiteral("-e"), QStringLiteral("DB_PASSWORD=") + PlantedSecret},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-SECRETS"),
         fail},
        {QStringLiteral("hcr-ulimit"),
         hardened + QStringList{QStringLiteral("--ulimit"), QStringLiteral("nofile=512:512")},
         m_cleanId,
         QStringLiteral("HC-CONTAINER-ULIMITS"),
         notPass},
    };
}

void TestRules::initTestCase()
{
    QString error;
    const std::optional<Testbed> testbed = Testbed::load(&error);
    QVERIFY2(testbed, qPrintable(error));
    m_testbed = *testbed;
    QVERIFY(m_context.isValid());
    QVERIFY2(buildImages(), "could not build the test images");

    const auto create = [this](const QString &name, const QStringList &flags, const QString &image) {
        QVERIFY2(m_testbed.docker(QStringList{QStringLiteral("create"), QStringLiteral("--name"), name} + flags +
                                  QStringList{image}),
                 qPrintable(name));
        m_created.append(name);
    };
    create(QStringLiteral("hcr-hardened"), hardenedFlags(), m_cleanId);
    for (const Case &testCase : cases()) {
        create(testCase.container, testCase.flags, testCase.image);
    }
    // The fake sshd must run: /top lists processes of running containers only.
    create(QStringLiteral("hcr-sshd"), hardenedFlags(), SshdImage);
    QVERIFY(m_testbed.docker({QStringLiteral("start"), QStringLiteral("hcr-sshd")}));
    QVERIFY(m_testbed.docker({QStringLiteral("start"), QStringLiteral("hcr-hardened")}));

    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(unixEndpoint(m_testbed.dockerHost()));
    QVERIFY(api.ok());
    const std::atomic_bool cancel{false};
    Result<Snapshot> snapshot = collectSnapshot(*api.value(), CollectOptions{}, cancel);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().message));
    m_snapshot = std::move(snapshot).value();
    const Result<RulePack> rules = RulePackLoader::builtin();
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
    m_result = evaluate(m_snapshot, rules.value(), Policy());
}

void TestRules::cleanupTestCase()
{
    if (!m_created.isEmpty()) {
        m_testbed.docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_created);
    }
    m_testbed.docker({QStringLiteral("rmi"), QStringLiteral("-f"), SshdImage, CleanLatest, CleanImage});
}

const Finding *TestRules::finding(const QString &ruleId, const QString &target) const
{
    for (const Finding &candidate : m_result.findings) {
        if (candidate.ruleId == ruleId && candidate.target.name == target) {
            return &candidate;
        }
    }
    return nullptr;
}

void TestRules::failingContainers_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QList<Status>>("expected");
    for (const Case &testCase : cases()) {
        QTest::newRow(qPrintable(testCase.container)) << testCase.container << testCase.ruleId << testCase.expected;
    }
    QTest::newRow("hcr-sshd") << QStringLiteral("hcr-sshd") << QStringLiteral("HC-CONTAINER-SSHD")
                              << QList<Status>{Status::Fail, Status::Warn};
}

void TestRules::failingContainers()
{
    QFETCH(QString, container);
    QFETCH(QString, ruleId);
    QFETCH(QList<Status>, expected);
    const Finding *result = finding(ruleId, container);
    QVERIFY2(result, qPrintable(QStringLiteral("no %1 result for %2").arg(ruleId, container)));
    QVERIFY2(
        expected.contains(result->status),
        qPrintable(
            QStringLiteral("%1 on %2: %3 (%4)").arg(ruleId, container, statusName(result->status), result->evidence)));
    // The same rule passes on the hardened container: the one changed flag made the difference.
    const Finding *hardened = finding(ruleId, QStringLiteral("hcr-hardened"));
    QVERIFY(hardened);
    QVERIFY2(hardened->status == Status::Pass,
             qPrintable(QStringLiteral("%1 on hcr-hardened: %2 (%3 %4)")
                            .arg(ruleId, statusName(hardened->status), hardened->evidence, hardened->reason)));
}

void TestRules::hardenedContainerPassesEveryContainerCheck()
{
    QStringList problems;
    int results = 0;
    for (const Finding &result : m_result.findings) {
        if (result.target.name != QLatin1String("hcr-hardened")) {
            continue;
        }
        ++results;
        // Skips name their reason (e.g. no AppArmor on this host); nothing may fail or warn.
        if (result.status == Status::Fail || result.status == Status::Warn) {
            problems.append(QStringLiteral("%1 %2: %3 %4")
                                .arg(result.ruleId, statusName(result.status), result.evidence, result.reason));
        }
    }
    QVERIFY(results > 25);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestRules::reportCarriesNoSecret()
{
    const QByteArray report = reportJsonBytes(m_result, m_snapshot);
    QVERIFY(!report.contains(PlantedSecret.toUtf8()));
    QVERIFY(!report.contains(m_testbed.value(QStringLiteral("HC_SECRET_VALUE")).toUtf8()));
    const Finding *secret = finding(QStringLiteral("HC-CONTAINER-SECRETS"), QStringLiteral("hcr-secret"));
    QVERIFY(secret && secret->evidence.contains(QLatin1String("DB_PASSWORD")));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
