// The mapping from libcurl's failure facts to errors a user can act on. The curl codes, errno values and
// messages are the ones observed against the test daemon and a refused/missing socket.
#include "core/docker/endpointresolver.h"
#include "core/docker/transporterror.h"

#include <QTest>

#include <curl/curl.h>

#include <cerrno>

using namespace hullcheck::core;

namespace {

Endpoint tlsEndpoint(bool withClientCertificate)
{
    Endpoint endpoint = EndpointResolver::parseHost(QStringLiteral("tcp://localhost:2376")).value();
    endpoint.tls.enabled = true;
    endpoint.tls.caFile = QStringLiteral("/certs/ca.pem");
    if (withClientCertificate) {
        endpoint.tls.certFile = QStringLiteral("/certs/cert.pem");
        endpoint.tls.keyFile = QStringLiteral("/certs/key.pem");
    }
    return endpoint;
}

} // namespace

class TestTransportError : public QObject
{
    Q_OBJECT

private slots:
    void maps_data();
    void maps();
    void httpErrorCarriesDaemonMessage();
    void parseErrorTellsTruncation();
};

void TestTransportError::maps_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<int>("curlCode");
    QTest::addColumn<long>("osErrno");
    QTest::addColumn<long>("verifyResult");
    QTest::addColumn<QString>("curlMessage");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("messagePart");

    const Endpoint unixEndpoint = EndpointResolver::parseHost(QStringLiteral("unix:///run/d.sock")).value();
    const Endpoint plain = EndpointResolver::parseHost(QStringLiteral("tcp://10.1.2.3:2375")).value();

    QTest::newRow("socket missing") << unixEndpoint << int(CURLE_COULDNT_CONNECT) << long(ENOENT) << 0L << QString()
                                    << ErrorKind::SocketMissing << QStringLiteral("/run/d.sock");
    QTest::newRow("socket permission") << unixEndpoint << int(CURLE_COULDNT_CONNECT) << long(EACCES) << 0L << QString()
                                       << ErrorKind::PermissionDenied << QStringLiteral("docker group");
    QTest::newRow("socket refused") << unixEndpoint << int(CURLE_COULDNT_CONNECT) << long(ECONNREFUSED) << 0L
                                    << QString() << ErrorKind::ConnectionRefused << QStringLiteral("stale");
    QTest::newRow("tcp refused") << plain << int(CURLE_COULDNT_CONNECT) << long(ECONNREFUSED) << 0L
                                 << QStringLiteral("Failed to connect to 10.1.2.3 port 2375: Connection refused")
                                 << ErrorKind::ConnectionRefused << QStringLiteral("2375");
    QTest::newRow("unresolvable") << plain << int(CURLE_COULDNT_RESOLVE_HOST) << 0L << 0L << QString()
                                  << ErrorKind::DaemonUnreachable << QStringLiteral("resolve");
    QTest::newRow("timeout") << plain << int(CURLE_OPERATION_TIMEDOUT) << 0L << 0L << QString() << ErrorKind::Timeout
                             << QStringLiteral("--timeout");
    QTest::newRow("untrusted server") << tlsEndpoint(true) << int(CURLE_PEER_FAILED_VERIFICATION) << 0L << 20L
                                      << QStringLiteral(
                                             "SSL certificate problem: unable to get local issuer certificate")
                                      << ErrorKind::TlsServerUntrusted << QStringLiteral("/certs/ca.pem");
    QTest::newRow("expired server") << tlsEndpoint(true) << int(CURLE_PEER_FAILED_VERIFICATION) << 0L << 10L
                                    << QStringLiteral("SSL certificate problem: certificate has expired")
                                    << ErrorKind::TlsServerUntrusted
                                    << QStringLiteral("has expired. Renew the daemon's certificate");
    QTest::newRow("server not valid yet")
        << tlsEndpoint(true) << int(CURLE_PEER_FAILED_VERIFICATION) << 0L << 9L
        << QStringLiteral("SSL certificate problem: certificate is not yet valid") << ErrorKind::TlsServerUntrusted
        << QStringLiteral("is not valid yet. Check this machine's clock");
    QTest::newRow("hostname mismatch")
        << tlsEndpoint(true) << int(CURLE_PEER_FAILED_VERIFICATION) << 0L << 0L
        << QStringLiteral("SSL: no alternative certificate subject name matches target host name '127.0.0.1'")
        << ErrorKind::TlsHostnameMismatch << QStringLiteral("localhost");
    QTest::newRow("no client certificate")
        << tlsEndpoint(false) << int(CURLE_RECV_ERROR) << 0L << 0L
        << QStringLiteral("OpenSSL SSL_read: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0")
        << ErrorKind::TlsClientCertificate << QStringLiteral("none was given");
    QTest::newRow("client certificate rejected")
        << tlsEndpoint(true) << int(CURLE_RECV_ERROR) << 0L << 0L
        << QStringLiteral("OpenSSL SSL_read: error:0A000412:SSL routines::sslv3 alert bad certificate, errno 0")
        << ErrorKind::TlsClientCertificate << QStringLiteral("/certs/cert.pem: most likely it is not signed by a CA");
    // The daemon's alert is the same for an expired certificate; the certificate's own dates tell.
    Endpoint expiredClient = tlsEndpoint(true);
    expiredClient.tls.certFile = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/tls/utctime-2026-01-01.pem");
    QTest::newRow("expired client certificate rejected")
        << expiredClient << int(CURLE_RECV_ERROR) << 0L << 0L
        << QStringLiteral("OpenSSL SSL_read: error:0A000412:SSL routines::sslv3 alert bad certificate, errno 0")
        << ErrorKind::TlsClientCertificate
        << QStringLiteral("utctime-2026-01-01.pem: it expired on 2026-01-02T00:00:00Z");
    QTest::newRow("client certificate rejected, reset before the alert")
        << tlsEndpoint(true) << int(CURLE_SEND_ERROR) << long(ECONNRESET) << 0L
        << QStringLiteral("getpeername() failed with errno 107: Transport endpoint is not connected")
        << ErrorKind::TlsClientCertificate << QStringLiteral("/certs/cert.pem");
    QTest::newRow("plain connection reset")
        << plain << int(CURLE_RECV_ERROR) << long(ECONNRESET) << 0L << QStringLiteral("Connection reset by peer")
        << ErrorKind::DaemonUnreachable << QStringLiteral("broke");
    QTest::newRow("unusable key") << tlsEndpoint(true) << int(CURLE_SSL_CERTPROBLEM) << 0L << 0L
                                  << QStringLiteral("unable to set private key file: '/certs/key.pem' type PEM")
                                  << ErrorKind::TlsKeyUnreadable << QStringLiteral("/certs/key.pem");
    QTest::newRow("TLS to a plain port") << tlsEndpoint(true) << int(CURLE_SSL_CONNECT_ERROR) << 0L << 0L
                                         << QStringLiteral("error:0A00010B:SSL routines::wrong version number")
                                         << ErrorKind::Tls << QStringLiteral("does not speak TLS");
    QTest::newRow("cancelled") << plain << int(CURLE_ABORTED_BY_CALLBACK) << 0L << 0L << QString()
                               << ErrorKind::Cancelled << QStringLiteral("Cancelled");
    QTest::newRow("truncated") << plain << int(CURLE_PARTIAL_FILE) << 0L << 0L << QString() << ErrorKind::Parse
                               << QStringLiteral("cut short");
}

void TestTransportError::maps()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(int, curlCode);
    QFETCH(long, osErrno);
    QFETCH(long, verifyResult);
    QFETCH(QString, curlMessage);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, messagePart);
    TransportFailure failure;
    failure.curlCode = curlCode;
    failure.osErrno = osErrno;
    failure.sslVerifyResult = verifyResult;
    failure.curlMessage = curlMessage;
    failure.timeoutMs = 30000;
    const Error error = transportError(failure, endpoint);
    QCOMPARE(error.kind, kind);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QVERIFY(error.detail.contains(QString::number(curlCode)));
}

void TestTransportError::httpErrorCarriesDaemonMessage()
{
    const Endpoint endpoint = EndpointResolver::parseHost(QStringLiteral("unix:///run/d.sock")).value();
    const Error notFound = httpError(404, R"({"message":"No such container: abc"})", endpoint);
    QCOMPARE(notFound.kind, ErrorKind::Http);
    QCOMPARE(notFound.httpStatus, 404);
    QVERIFY(notFound.message.contains(QLatin1String("No such container: abc")));
    const Error text = httpError(502, "Bad gateway from proxy", endpoint);
    QVERIFY(text.message.contains(QLatin1String("Bad gateway from proxy")));
}

void TestTransportError::parseErrorTellsTruncation()
{
    QVERIFY(parseError(QStringLiteral("/info"), QStringLiteral("unterminated object"), 10, 10)
                .message.contains(QLatin1String("truncated")));
    QVERIFY(!parseError(QStringLiteral("/info"), QStringLiteral("missing value"), 3, 10)
                 .message.contains(QLatin1String("truncated")));
}

QTEST_APPLESS_MAIN(TestTransportError)
#include "tst_transporterror.moc"
