// Every TLS failure against the real test daemon (tcp://localhost:PORT --tlsverify) gets its own clear
// error, and nothing ever falls back to plain HTTP.
#include "fakes/testbed.h"
#include "fakes/testbedfixture.h"

#include "core/coreruntime.h"
#include "core/docker/curldockerapi.h"
#include "core/docker/endpointresolver.h"

#include <QJsonObject>
#include <QTest>

using namespace hullcheck::core;
using namespace hullcheck::tests;

class TestDockerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failures_data();
    void failures();
    void unreadableKeyIsReportedBeforeConnecting();
    void tlsWithoutVerifyIsRecordedAsUnverified();
    void resolvedFromEnvironmentLikeTheDockerCli();

private:
    CoreRuntime m_runtime;
    Testbed m_testbed;
};

void TestDockerTls::initTestCase()
{
    QString error;
    const std::optional<Testbed> testbed = Testbed::load(&error);
    QVERIFY2(testbed, qPrintable(error));
    m_testbed = *testbed;
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

    const auto row = [](const char *name,
                        const char *hostKey,
                        bool tls,
                        const char *ca,
                        const char *cert,
                        const char *key,
                        bool works,
                        ErrorKind kind) {
        QTest::newRow(name) << QString::fromLatin1(hostKey) << tls << QString::fromLatin1(ca)
                            << QString::fromLatin1(cert) << QString::fromLatin1(key) << works << kind;
    };
    row("verified", "HC_TLS_HOST", true, "ca.pem", "cert.pem", "key.pem", true, ErrorKind::Http);
    row("no client certificate", "HC_TLS_HOST", true, "ca.pem", "", "", false, ErrorKind::TlsClientCertificate);
    row("CA that did not sign the server",
        "HC_TLS_HOST",
        true,
        "other-ca.pem",
        "cert.pem",
        "key.pem",
        false,
        ErrorKind::TlsServerUntrusted);
    row("client certificate of another CA",
        "HC_TLS_HOST",
        true,
        "ca.pem",
        "other-cert.pem",
        "other-key.pem",
        false,
        ErrorKind::TlsClientCertificate);
    row("hostname mismatch",
        "HC_TLS_IP_HOST",
        true,
        "ca.pem",
        "cert.pem",
        "key.pem",
        false,
        ErrorKind::TlsHostnameMismatch);
    row("plain HTTP to the TLS port", "HC_TLS_HOST", false, "", "", "", false, ErrorKind::Tls);
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
    QVERIFY2(info.error().kind == kind,
             qPrintable(QStringLiteral("%1: %2 (%3)")
                            .arg(errorKindName(info.error().kind), info.error().message, info.error().detail)));
    QVERIFY(!info.error().message.isEmpty());
}

void TestDockerTls::unreadableKeyIsReportedBeforeConnecting()
{
    const Endpoint endpoint = tlsEndpoint(m_testbed,
                                          m_testbed.tlsHost(),
                                          m_testbed.tlsFile(QStringLiteral("ca.pem")),
                                          m_testbed.tlsFile(QStringLiteral("cert.pem")),
                                          m_testbed.tlsFile(QStringLiteral("no-such-key.pem")));
    const Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint);
    QVERIFY(!api.ok());
    QCOMPARE(api.error().kind, ErrorKind::TlsKeyUnreadable);
    QVERIFY(api.error().message.contains(QLatin1String("no-such-key.pem")));
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

QTEST_GUILESS_MAIN(TestDockerTls)
#include "tst_dockertls.moc"
