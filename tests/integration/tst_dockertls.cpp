// Every TLS failure against the real test daemon (tcp://localhost:PORT --tlsverify) gets its own clear error, and
// nothing ever falls back to plain HTTP. Server-side certificate problems the daemon cannot show without a second
// daemon (an expired server certificate) are played by `openssl s_server` on loopback. The connection's findings
// (verification off, the client key's mode, the client certificate's validity) come from real scans.
#include "fakes/asnobody.h"
#include "fakes/testbed.h"
#include "fakes/testbedfixture.h"

#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/coreruntime.h"
#include "core/docker/curldockerapi.h"
#include "core/docker/endpointresolver.h"
#include "core/snapshot/snapshotcollector.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace hullcheck::core;
using namespace hullcheck::tests;

namespace {

// A plain-TCP server on 127.0.0.1 that records the first bytes of every connection and answers like a plain-HTTP
// daemon. It shows what a TLS client sends when the other end does not speak TLS.
class PlainHttpRecorder
{
public:
    PlainHttpRecorder()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        // NOLINTBEGIN(cppcoreguidelines-pro-type-reinterpret-cast): the BSD socket API
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0 ||
            ::listen(m_fd, 8) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            return;
        }
        // NOLINTEND(cppcoreguidelines-pro-type-reinterpret-cast)
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] {
            serve();
        });
    }
    ~PlainHttpRecorder()
    {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    PlainHttpRecorder(const PlainHttpRecorder &) = delete;
    PlainHttpRecorder &operator=(const PlainHttpRecorder &) = delete;

    int port() const { return m_port; }
    QList<QByteArray> received() const
    {
        const std::lock_guard lock(m_mutex);
        return m_received;
    }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd listening{m_fd, POLLIN, 0};
            if (::poll(&listening, 1, 50) <= 0) {
                continue;
            }
            const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0) {
                continue;
            }
            QByteArray bytes;
            pollfd readable{client, POLLIN, 0};
            if (::poll(&readable, 1, 2000) > 0) {
                char buffer[4096];
                const ssize_t got = ::read(client, buffer, sizeof(buffer));
                if (got > 0) {
                    bytes = QByteArray(buffer, got);
                }
            }
            const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK";
            [[maybe_unused]] const ssize_t written = ::write(client, answer.constData(), answer.size());
            ::close(client);
            const std::lock_guard lock(m_mutex);
            m_received.append(bytes);
        }
    }

    int m_fd = -1;
    int m_port = 0;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QList<QByteArray> m_received;
};

// `openssl s_server -www` on 127.0.0.1 with the given certificate: a TLS server whose certificate the test picks.
class OpensslServer
{
public:
    bool start(const QString &cert, const QString &key, QString *error)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"),
                        {QStringLiteral("s_server"),
                         QStringLiteral("-accept"),
                         QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("-www"),
                         QStringLiteral("-cert"),
                         cert,
                         QStringLiteral("-key"),
                         key});
        QByteArray output;
        static const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
        for (int i = 0; i < 100 && m_port == 0; ++i) {
            if (!m_process.waitForReadyRead(100) && m_process.state() == QProcess::NotRunning) {
                break;
            }
            output += m_process.readAll();
            const QRegularExpressionMatch match = accept.match(QString::fromLatin1(output));
            if (match.hasMatch()) {
                m_port = match.captured(1).toInt();
            }
        }
        if (m_port == 0 && error) {
            *error = QStringLiteral("openssl s_server did not start: %1").arg(QString::fromLatin1(output));
        }
        return m_port != 0;
    }
    ~OpensslServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QString host() const { return QStringLiteral("tcp://localhost:%1").arg(m_port); }

private:
    QProcess m_process;
    int m_port = 0;
};

QString errorText(const Error &error)
{
    return QStringLiteral("%1: %2 (%3)").arg(errorKindName(error.kind), error.message, error.detail);
}

// Copies a file of the testbed's TLS directory into `dir` with the given mode.
QString copyWithMode(const QString &from, const QTemporaryDir &dir, const QString &name, mode_t mode)
{
    const QString to = dir.filePath(name);
    QFile::remove(to);
    if (!QFile::copy(from, to) || ::chmod(QFile::encodeName(to).constData(), mode) != 0) {
        return {};
    }
    return to;
}

} // namespace

class TestDockerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failures_data();
    void failures();
    void failureMessagesAreDistinct();
    void expiredServerCertificate();
    void neverFallsBackToPlainHttp();
    void missingKeyIsReportedBeforeConnecting();
    void keyThatIsADirectoryIsUnreadable();
    void keyOfAnotherUserIsUnreadable();
    void tlsWithoutVerifyIsRecordedAsUnverified();
    void resolvedFromEnvironmentLikeTheDockerCli();
    void verifiedScanPassesTheConnectionRules();
    void keyReadableByOthersIsAFinding();
    void unverifiedScanIsACriticalFindingInCliAndSnapshot();

private:
    std::optional<QHash<QString, Finding>> scanConnection(const Endpoint &endpoint, Snapshot *snapshotOut = nullptr);

    CoreRuntime m_runtime;
    Testbed m_testbed;
    QHash<QString, QString> m_messages; // failure row → message, for failureMessagesAreDistinct
};

void TestDockerTls::initTestCase()
{
    QString error;
    const std::optional<Testbed> testbed = Testbed::load(&error);
    QVERIFY2(testbed, qPrintable(error));
    m_testbed = *testbed;
    for (const char *name : {"expired-cert.pem", "expired-key.pem", "expired-server-cert.pem"}) {
        QVERIFY2(QFile::exists(m_testbed.tlsFile(QString::fromLatin1(name))), name); // made by start.sh
    }
}

void TestDockerTls::failures_data()
{
    QTest::addColumn<QString>("hostKey");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("works");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("messagePart"); // names the problem and what to do

    const auto row = [](const char *name,
                        const char *hostKey,
                        bool tls,
                        const char *ca,
                        const char *cert,
                        const char *key,
                        bool works,
                        ErrorKind kind,
                        const char *messagePart) {
        QTest::newRow(name) << QString::fromLatin1(hostKey) << tls << QString::fromLatin1(ca)
                            << QString::fromLatin1(cert) << QString::fromLatin1(key) << works << kind
                            << QString::fromUtf8(messagePart);
    };
    row("verified", "HC_TLS_HOST", true, "ca.pem", "cert.pem", "key.pem", true, ErrorKind::Http, "");
    row("no client certificate",
        "HC_TLS_HOST",
        true,
        "ca.pem",
        "",
        "",
        false,
        ErrorKind::TlsClientCertificate,
        "requires a client certificate and none was given. Give one with --tlscert and --tlskey");
    row("CA that did not sign the server",
        "HC_TLS_HOST",
        true,
        "other-ca.pem",
        "cert.pem",
        "key.pem",
        false,
        ErrorKind::TlsServerUntrusted,
        "is not trusted: it is not signed by the CA in");
    row("client certificate of another CA",
        "HC_TLS_HOST",
        true,
        "ca.pem",
        "other-cert.pem",
        "other-key.pem",
        false,
        ErrorKind::TlsClientCertificate,
        "most likely it is not signed by a CA the daemon trusts. Use a certificate issued by the daemon's CA");
    row("expired client certificate",
        "HC_TLS_HOST",
        true,
        "ca.pem",
        "expired-cert.pem",
        "expired-key.pem",
        false,
        ErrorKind::TlsClientCertificate,
        "expired-cert.pem: it expired on");
    row("hostname mismatch",
        "HC_TLS_IP_HOST",
        true,
        "ca.pem",
        "cert.pem",
        "key.pem",
        false,
        ErrorKind::TlsHostnameMismatch,
        "is not issued for the host name \"127.0.0.1\". Connect with the name the certificate names");
    row("plain HTTP to the TLS port",
        "HC_TLS_HOST",
        false,
        "",
        "",
        "",
        false,
        ErrorKind::Tls,
        "expects TLS. Connect with --tlsverify");
}

void TestDockerTls::failures()
{
    QFETCH(QString, hostKey);
    QFETCH(bool, tls);
    QFETCH(QString, ca);
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(bool, works);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, messagePart);
    const auto file = [this](const QString &name) {
        return name.isEmpty() ? QString() : m_testbed.tlsFile(name);
    };
    Endpoint endpoint = tlsEndpoint(m_testbed, m_testbed.value(hostKey), file(ca), file(cert), file(key));
    endpoint.tls.enabled = tls;
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint);
    QVERIFY2(api.ok(), qPrintable(api.ok() ? QString() : api.error().message));
    const std::atomic_bool cancel{false};
    const Result<QJsonValue> info = api.value()->getJson(QStringLiteral("/info"), cancel);
    if (works) { // the control row
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
        QVERIFY(!info.value().toObject().value(QLatin1String("ID")).toString().isEmpty());
        return;
    }
    QVERIFY(!info.ok());
    QVERIFY2(info.error().kind == kind, qPrintable(errorText(info.error())));
    QVERIFY2(info.error().message.contains(messagePart), qPrintable(errorText(info.error())));
    m_messages.insert(QString::fromLatin1(QTest::currentDataTag()), info.error().message);
}

void TestDockerTls::failureMessagesAreDistinct()
{
    QCOMPARE(m_messages.size(), 6);
    QHash<QString, QString> rowByMessage;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QVERIFY2(!rowByMessage.contains(it.value()),
                 qPrintable(QStringLiteral("\"%1\" and \"%2\" give the same message: %3")
                                .arg(it.key(), rowByMessage.value(it.value()), it.value())));
        rowByMessage.insert(it.value(), it.key());
    }
}

void TestDockerTls::expiredServerCertificate()
{
    // dockerd serves one certificate; an expired one (signed by the trusted CA, named localhost) is served by
    // openssl s_server. The control run with the valid certificate proves the failure is the expiry alone.
    OpensslServer expired;
    QString error;
    QVERIFY2(expired.start(m_testbed.tlsFile(QStringLiteral("expired-server-cert.pem")),
                           m_testbed.tlsFile(QStringLiteral("expired-server-key.pem")),
                           &error),
             qPrintable(error));
    OpensslServer valid;
    QVERIFY2(valid.start(m_testbed.tlsFile(QStringLiteral("server-cert.pem")),
                         m_testbed.tlsFile(QStringLiteral("server-key.pem")),
                         &error),
             qPrintable(error));
    const std::atomic_bool cancel{false};
    const auto ping = [this, &cancel](const QString &host) {
        const Endpoint endpoint = tlsEndpoint(m_testbed,
                                              host,
                                              m_testbed.tlsFile(QStringLiteral("ca.pem")),
                                              m_testbed.tlsFile(QStringLiteral("cert.pem")),
                                              m_testbed.tlsFile(QStringLiteral("key.pem")));
        return CurlDockerApi::create(endpoint).value()->ping(cancel);
    };

    const Result<PingInfo> refused = ping(expired.host());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().kind == ErrorKind::TlsServerUntrusted, qPrintable(errorText(refused.error())));
    QVERIFY2(refused.error().message.contains(QStringLiteral("has expired. Renew the daemon's certificate")),
             qPrintable(errorText(refused.error())));
    QVERIFY(!m_messages.values().contains(refused.error().message));

    // s_server -www is no Docker daemon, but the TLS handshake succeeds: whatever fails now is not TLS.
    const Result<PingInfo> control = ping(valid.host());
    QVERIFY(!control.ok());
    QVERIFY2(control.error().kind == ErrorKind::Parse, qPrintable(errorText(control.error())));
}

void TestDockerTls::neverFallsBackToPlainHttp()
{
    PlainHttpRecorder server;
    QVERIFY(server.port() > 0);
    const Endpoint endpoint = tlsEndpoint(m_testbed,
                                          QStringLiteral("tcp://127.0.0.1:%1").arg(server.port()),
                                          m_testbed.tlsFile(QStringLiteral("ca.pem")),
                                          m_testbed.tlsFile(QStringLiteral("cert.pem")),
                                          m_testbed.tlsFile(QStringLiteral("key.pem")));
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint);
    QVERIFY(api.ok());
    const std::atomic_bool cancel{false};
    const Result<QJsonValue> info = api.value()->getJson(QStringLiteral("/info"), cancel);
    QVERIFY(!info.ok());
    QVERIFY2(info.error().kind == ErrorKind::Tls, qPrintable(errorText(info.error())));
    QVERIFY2(info.error().message.contains(QStringLiteral("does not speak TLS")), qPrintable(errorText(info.error())));

    // Every connection began with a TLS handshake record (content type 22, version 3.x); no HTTP request was sent.
    QTRY_VERIFY(!server.received().isEmpty());
    for (const QByteArray &bytes : server.received()) {
        QVERIFY2(bytes.size() > 5 && bytes.at(0) == 0x16 && bytes.at(1) == 0x03, bytes.toHex().left(40).constData());
        QVERIFY2(!bytes.contains("GET ") && !bytes.contains("HTTP/1."), bytes.left(200).constData());
    }
}

void TestDockerTls::missingKeyIsReportedBeforeConnecting()
{
    const Endpoint endpoint = tlsEndpoint(m_testbed,
                                          m_testbed.tlsHost(),
                                          m_testbed.tlsFile(QStringLiteral("ca.pem")),
                                          m_testbed.tlsFile(QStringLiteral("cert.pem")),
                                          m_testbed.tlsFile(QStringLiteral("no-such-key.pem")));
    const Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint);
    QVERIFY(!api.ok());
    QCOMPARE(api.error().kind, ErrorKind::TlsKeyUnreadable);
    QVERIFY2(api.error().message.contains(QStringLiteral("no-such-key.pem does not exist")),
             qPrintable(api.error().message));
}

void TestDockerTls::keyThatIsADirectoryIsUnreadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Endpoint endpoint = tlsEndpoint(m_testbed,
                                          m_testbed.tlsHost(),
                                          m_testbed.tlsFile(QStringLiteral("ca.pem")),
                                          m_testbed.tlsFile(QStringLiteral("cert.pem")),
                                          dir.path());
    const Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint);
    QVERIFY(!api.ok());
    QCOMPARE(api.error().kind, ErrorKind::TlsKeyUnreadable);
    QVERIFY2(api.error().message.contains(QStringLiteral("The client key file %1 cannot be read").arg(dir.path())),
             qPrintable(api.error().message));
}

void TestDockerTls::keyOfAnotherUserIsUnreadable()
{
    // A real EACCES needs a user who may not read the key: the tests run as root, so the CLI runs as nobody, with
    // the testbed's CA and certificate (0644) and a copy of the key that stays root's own (0600).
    if (const QString reason = whyNobodyCannotRun(QStringLiteral(HULLCHECK_CLI_PATH)); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/hc-tls-XXXXXX"));
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                      QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString key =
        copyWithMode(m_testbed.tlsFile(QStringLiteral("key.pem")), dir, QStringLiteral("key.pem"), 0600);
    QVERIFY(!key.isEmpty());
    QProcess process;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    startAsNobody(process,
                  QStringLiteral(HULLCHECK_CLI_PATH),
                  {QStringLiteral("snapshot"),
                   QStringLiteral("-H"),
                   m_testbed.tlsHost(),
                   QStringLiteral("--tlsverify"),
                   QStringLiteral("--tlscacert"),
                   m_testbed.tlsFile(QStringLiteral("ca.pem")),
                   QStringLiteral("--tlscert"),
                   m_testbed.tlsFile(QStringLiteral("cert.pem")),
                   QStringLiteral("--tlskey"),
                   key});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(QStringLiteral("The client key file %1 cannot be read").arg(key).toUtf8()), err.constData());
    QVERIFY2(err.contains("Permission denied"), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestDockerTls::tlsWithoutVerifyIsRecordedAsUnverified()
{
    ConnectionOptions options;
    options.host = m_testbed.value(QStringLiteral("HC_TLS_IP_HOST")); // a name the certificate does not carry
    options.tls = true;
    options.tlsCert = m_testbed.tlsFile(QStringLiteral("cert.pem"));
    options.tlsKey = m_testbed.tlsFile(QStringLiteral("key.pem"));
    const Result<Endpoint> endpoint = EndpointResolver(QProcessEnvironment()).resolve(options);
    QVERIFY(endpoint.ok());
    QVERIFY(endpoint.value().tls.enabled);
    QVERIFY(!endpoint.value().tls.verify);
    QVERIFY(endpoint.value().isUnverified());
    QVERIFY(endpoint.value().describe().contains(QLatin1String("NOT verified")));
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint.value());
    QVERIFY2(api.ok(), qPrintable(api.ok() ? QString() : api.error().message));
    const std::atomic_bool cancel{false};
    QVERIFY(api.value()->getJson(QStringLiteral("/info"), cancel).ok()); // the user asked for it explicitly
}

void TestDockerTls::resolvedFromEnvironmentLikeTheDockerCli()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), m_testbed.tlsDir());
    environment.insert(QStringLiteral("DOCKER_HOST"), m_testbed.tlsHost());
    environment.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DOCKER_CERT_PATH"), m_testbed.tlsDir());
    const Result<Endpoint> endpoint = EndpointResolver(environment).resolve({});
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().message));
    QVERIFY(!endpoint.value().isUnverified());
    QCOMPARE(endpoint.value().tls.caFile, m_testbed.tlsFile(QStringLiteral("ca.pem")));
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint.value());
    QVERIFY(api.ok());
    const std::atomic_bool cancel{false};
    const Result<PingInfo> ping = api.value()->ping(cancel);
    QVERIFY2(ping.ok(), qPrintable(ping.ok() ? QString() : ping.error().message));
    QCOMPARE(ping.value().negotiated.toString(), QStringLiteral("1.41"));
}

// A real snapshot over `endpoint` and the built-in rules on it: the connection's results by rule id.
std::optional<QHash<QString, Finding>> TestDockerTls::scanConnection(const Endpoint &endpoint, Snapshot *snapshotOut)
{
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint);
    if (!api.ok()) {
        qWarning("%s", qPrintable(api.error().message));
        return std::nullopt;
    }
    const std::atomic_bool cancel{false};
    CollectOptions options;
    options.collectHostFacts = false;
    const Result<Snapshot> snapshot = collectSnapshot(*api.value(), options, cancel);
    const Result<RulePack> rules = RulePackLoader::builtin();
    if (!snapshot.ok() || !rules.ok()) {
        qWarning("%s", qPrintable(!snapshot.ok() ? snapshot.error().message : rules.error().message));
        return std::nullopt;
    }
    if (snapshotOut) {
        *snapshotOut = snapshot.value();
    }
    QHash<QString, Finding> results;
    for (const Finding &finding : evaluate(snapshot.value(), rules.value(), Policy()).findings) {
        if (finding.target.kind == Scope::Connection) {
            results.insert(finding.ruleId, finding);
        }
    }
    return results;
}

void TestDockerTls::verifiedScanPassesTheConnectionRules()
{
    const Endpoint endpoint = tlsEndpoint(m_testbed,
                                          m_testbed.tlsHost(),
                                          m_testbed.tlsFile(QStringLiteral("ca.pem")),
                                          m_testbed.tlsFile(QStringLiteral("cert.pem")),
                                          m_testbed.tlsFile(QStringLiteral("key.pem")));
    Snapshot snapshot;
    const std::optional<QHash<QString, Finding>> results = scanConnection(endpoint, &snapshot);
    QVERIFY(results);
    QVERIFY(snapshot.connection.collected);
    QCOMPARE(snapshot.connection.clientKey.mode, 0600U); // start.sh makes the keys 0600
    QCOMPARE(results->value(QStringLiteral("HC-CONNECTION-PLAIN-TCP")).status, Status::Pass);
    QCOMPARE(results->value(QStringLiteral("HC-CONNECTION-TLS-VERIFY")).status, Status::Pass);
    const Finding key = results->value(QStringLiteral("HC-CONNECTION-KEY-MODE"));
    QCOMPARE(key.status, Status::Pass);
    QVERIFY2(key.evidence.contains(QStringLiteral("key.pem: owner root, mode 0600")), qPrintable(key.evidence));
    QCOMPARE(key.target.name, m_testbed.tlsHost());
    // The testbed's client certificate lives two days: correctly a warning about its near expiry.
    const Finding certificate = results->value(QStringLiteral("HC-CONNECTION-CLIENT-CERT-EXPIRY"));
    QCOMPARE(certificate.status, Status::Warn);
    QVERIFY2(certificate.evidence.contains(QStringLiteral("cert.pem expires on")), qPrintable(certificate.evidence));
}

void TestDockerTls::keyReadableByOthersIsAFinding()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key =
        copyWithMode(m_testbed.tlsFile(QStringLiteral("key.pem")), dir, QStringLiteral("key.pem"), 0644);
    QVERIFY(!key.isEmpty());
    const Endpoint endpoint = tlsEndpoint(m_testbed,
                                          m_testbed.tlsHost(),
                                          m_testbed.tlsFile(QStringLiteral("ca.pem")),
                                          m_testbed.tlsFile(QStringLiteral("cert.pem")),
                                          key);
    const std::optional<QHash<QString, Finding>> results = scanConnection(endpoint);
    QVERIFY(results);
    const Finding finding = results->value(QStringLiteral("HC-CONNECTION-KEY-MODE"));
    QCOMPARE(finding.status, Status::Fail);
    QCOMPARE(finding.severity, Severity::High);
    QVERIFY2(finding.evidence.contains(QStringLiteral("mode 0644")), qPrintable(finding.evidence));
    QVERIFY2(finding.evidence.contains(QStringLiteral("group may read, others may read")),
             qPrintable(finding.evidence));
    QVERIFY2(finding.remediation.contains(QStringLiteral("chmod 600 %1").arg(key)), qPrintable(finding.remediation));
    QCOMPARE(results->value(QStringLiteral("HC-CONNECTION-TLS-VERIFY")).status, Status::Pass);
}

void TestDockerTls::unverifiedScanIsACriticalFindingInCliAndSnapshot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList connection{QStringLiteral("-H"),
                                 m_testbed.value(QStringLiteral("HC_TLS_IP_HOST")),
                                 QStringLiteral("--tls"),
                                 QStringLiteral("--tlscert"),
                                 m_testbed.tlsFile(QStringLiteral("cert.pem")),
                                 QStringLiteral("--tlskey"),
                                 m_testbed.tlsFile(QStringLiteral("key.pem"))};
    const auto run = [&dir](const QStringList &arguments, QByteArray *err) {
        QProcess process;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HULLCHECK_CLI_PATH), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    // The connection's results of a JSON report: rule id → {status, severity}.
    const auto connectionResults = [](const QString &path) {
        QFile file(path);
        QHash<QString, QPair<QString, QString>> results;
        if (!file.open(QIODevice::ReadOnly)) {
            return results;
        }
        const QJsonArray findings =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("findings")).toArray();
        for (const QJsonValue &value : findings) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QLatin1String("target")).toObject().value(QLatin1String("kind")).toString() ==
                QLatin1String("connection")) {
                results.insert(finding.value(QLatin1String("rule_id")).toString(),
                               {finding.value(QLatin1String("status")).toString(),
                                finding.value(QLatin1String("severity")).toString()});
            }
        }
        return results;
    };

    QByteArray err;
    const QString live = dir.filePath(QStringLiteral("live.json"));
    QCOMPARE(run(QStringList{QStringLiteral("scan"), QStringLiteral("--include-passed"), QStringLiteral("-o"), live} +
                     connection,
                 &err),
             0);
    QVERIFY2(err.contains("warning: TLS verification of tcp://127.0.0.1:") &&
                 err.contains("is off (--tls without --tlsverify)") && err.contains("HC-CONNECTION-TLS-VERIFY"),
             err.constData());
    const auto liveResults = connectionResults(live);
    QCOMPARE(liveResults.value(QStringLiteral("HC-CONNECTION-TLS-VERIFY")),
             qMakePair(QStringLiteral("fail"), QStringLiteral("critical")));
    QCOMPARE(liveResults.value(QStringLiteral("HC-CONNECTION-PLAIN-TCP")).first, QStringLiteral("pass"));
    QCOMPARE(liveResults.value(QStringLiteral("HC-CONNECTION-KEY-MODE")).first, QStringLiteral("pass"));

    // A report made later from the saved snapshot has the same results.
    const QString snapshot = dir.filePath(QStringLiteral("snapshot.json"));
    QCOMPARE(run(QStringList{QStringLiteral("snapshot"), QStringLiteral("-o"), snapshot} + connection, &err), 0);
    const QString later = dir.filePath(QStringLiteral("later.json"));
    QCOMPARE(run({QStringLiteral("scan"),
                  QStringLiteral("--include-passed"),
                  QStringLiteral("--snapshot"),
                  snapshot,
                  QStringLiteral("-o"),
                  later},
                 &err),
             0);
    QVERIFY2(!err.contains("warning: TLS verification"), err.constData()); // no connection is made now
    QCOMPARE(connectionResults(later), liveResults);
}

QTEST_GUILESS_MAIN(TestDockerTls)
#include "tst_dockertls.moc"
