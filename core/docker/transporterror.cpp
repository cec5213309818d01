#include "core/docker/transporterror.h"

#include "core/docker/certificatefile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <curl/curl.h>

#include <algorithm>
#include <cerrno>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::TransportError)
};

// X509_V_ERR_* values from OpenSSL's x509_vfy.h; kept numeric so core does not include OpenSSL.
constexpr long X509CertNotYetValid = 9;
constexpr long X509CertHasExpired = 10;
constexpr long X509HostnameMismatch = 62;
constexpr long X509IpAddressMismatch = 64;

bool mentions(const QString &haystack, std::initializer_list<const char *> needles)
{
    return std::any_of(needles.begin(), needles.end(), [&haystack](const char *needle) {
        return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
    });
}

QString caDescription(const Endpoint &endpoint)
{
    return endpoint.tls.caFile.isEmpty() ? Tr::tr("the system trust store") : endpoint.tls.caFile;
}

Error connectError(const TransportFailure &failure, const Endpoint &endpoint, const QString &detail)
{
    const QString where = endpoint.url();
    if (endpoint.transport == Endpoint::Transport::Unix) {
        switch (failure.osErrno) {
        case ENOENT:
            return Error{ErrorKind::SocketMissing,
                         Tr::tr("The Docker socket %1 does not exist. Is the daemon running? Start it (for example "
                                "\"systemctl start docker\") or choose another endpoint with -H or a context.")
                             .arg(endpoint.socketPath),
                         detail};
        case EACCES:
        case EPERM:
            return Error{ErrorKind::PermissionDenied,
                         Tr::tr("Permission denied on the Docker socket %1. Add your user to the docker group "
                                "(\"sudo usermod -aG docker $USER\", then log in again), or run a rootless daemon "
                                "and connect to unix://$XDG_RUNTIME_DIR/docker.sock.")
                             .arg(endpoint.socketPath),
                         detail};
        case ECONNREFUSED:
            return Error{
                ErrorKind::ConnectionRefused,
                Tr::tr("Nothing is listening on the Docker socket %1 (a stale socket file?). Start the daemon.")
                    .arg(endpoint.socketPath),
                detail};
        default: break;
        }
        return Error{ErrorKind::DaemonUnreachable,
                     Tr::tr("Cannot connect to the Docker socket %1: %2").arg(endpoint.socketPath, failure.curlMessage),
                     detail};
    }
    if (failure.osErrno == ECONNREFUSED || failure.curlMessage.contains(QLatin1String("refused"))) {
        return Error{ErrorKind::ConnectionRefused,
                     Tr::tr("The daemon at %1 refused the connection. Is it listening on port %2?")
                         .arg(where)
                         .arg(endpoint.port),
                     detail};
    }
    return Error{ErrorKind::DaemonUnreachable,
                 Tr::tr("Cannot reach the daemon at %1: %2").arg(where, failure.curlMessage),
                 detail};
}

Error tlsVerificationError(const TransportFailure &failure, const Endpoint &endpoint, const QString &detail)
{
    const QString where = endpoint.url();
    if (failure.sslVerifyResult == X509HostnameMismatch || failure.sslVerifyResult == X509IpAddressMismatch ||
        mentions(failure.curlMessage, {"subject name", "does not match target host", "hostname mismatch"})) {
        return Error{
            ErrorKind::TlsHostnameMismatch,
            Tr::tr("The server certificate of %1 is not issued for the host name \"%2\". Connect with the name "
                   "the certificate names (its subject alternative names), or reissue the certificate.")
                .arg(where, endpoint.hostName),
            detail};
    }
    if (failure.sslVerifyResult == X509CertHasExpired || failure.sslVerifyResult == X509CertNotYetValid ||
        mentions(failure.curlMessage, {"certificate has expired", "not yet valid"})) {
        const bool notYetValid =
            failure.sslVerifyResult == X509CertNotYetValid ||
            (failure.sslVerifyResult != X509CertHasExpired && mentions(failure.curlMessage, {"not yet valid"}));
        return Error{ErrorKind::TlsServerUntrusted,
                     notYetValid ? Tr::tr("The server certificate of %1 is not valid yet. Check this machine's clock "
                                          "and the daemon's, or reissue the certificate.")
                                       .arg(where)
                                 : Tr::tr("The server certificate of %1 has expired. Renew the daemon's certificate "
                                          "(and check this machine's clock).")
                                       .arg(where),
                     detail};
    }
    return Error{ErrorKind::TlsServerUntrusted,
                 Tr::tr("The server certificate of %1 is not trusted: it is not signed by the CA in %2. Give the CA "
                        "that signed the daemon's certificate with --tlscacert (or ca.pem in DOCKER_CERT_PATH).")
                     .arg(where, caDescription(endpoint)),
                 detail};
}

Error clientCertificateRejected(const Endpoint &endpoint, const QString &detail)
{
    if (endpoint.tls.certFile.isEmpty()) {
        return Error{ErrorKind::TlsClientCertificate,
                     Tr::tr("The daemon at %1 requires a client certificate and none was given. Give one with "
                            "--tlscert and --tlskey (or cert.pem and key.pem in DOCKER_CERT_PATH).")
                         .arg(endpoint.url()),
                     detail};
    }
    // The daemon's alert does not say why (Go answers "bad certificate" for an unknown CA and for an expired
    // certificate alike), so an expired certificate is told from our own copy of it.
    const CertificateValidity validity = readCertificateValidity(endpoint.tls.certFile);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (validity.hasExpired(now) || validity.isNotYetValid(now)) {
        return Error{ErrorKind::TlsClientCertificate,
                     validity.hasExpired(now)
                         ? Tr::tr("The daemon at %1 rejected the client certificate %2: it expired on %3. Renew it "
                                  "with the CA the daemon trusts.")
                               .arg(endpoint.url(), endpoint.tls.certFile, validity.notAfter.toString(Qt::ISODate))
                         : Tr::tr("The daemon at %1 rejected the client certificate %2: it is not valid before %3. "
                                  "Check this machine's clock.")
                               .arg(endpoint.url(), endpoint.tls.certFile, validity.notBefore.toString(Qt::ISODate)),
                     detail};
    }
    return Error{ErrorKind::TlsClientCertificate,
                 Tr::tr("The daemon at %1 rejected the client certificate %2: most likely it is not signed by a CA "
                        "the daemon trusts. Use a certificate issued by the daemon's CA (its --tlscacert).")
                     .arg(endpoint.url(), endpoint.tls.certFile),
                 detail};
}

} // namespace

Error transportError(const TransportFailure &failure, const Endpoint &endpoint)
{
    const QString detail =
        QStringLiteral("curl error %1 (%2): %3; errno %4; ssl verify result %5")
            .arg(failure.curlCode)
            .arg(QString::fromLatin1(curl_easy_strerror(static_cast<CURLcode>(failure.curlCode))), failure.curlMessage)
            .arg(failure.osErrno)
            .arg(failure.sslVerifyResult);
    const QString where = endpoint.url();

    if (failure.bodyTooLarge) {
        return Error{ErrorKind::ResponseTooLarge,
                     Tr::tr("The daemon's answer exceeded %1 MiB, so Hullcheck stopped reading it. This is far larger "
                            "than any real Docker answer; is %2 really a Docker daemon?")
                         .arg(failure.maxResponseBytes / (1024LL * 1024))
                         .arg(where),
                     detail};
    }

    switch (static_cast<CURLcode>(failure.curlCode)) {
    case CURLE_ABORTED_BY_CALLBACK: return Error{ErrorKind::Cancelled, Tr::tr("Cancelled."), detail};
    case CURLE_COULDNT_RESOLVE_HOST:
        return Error{ErrorKind::DaemonUnreachable,
                     Tr::tr("Cannot resolve the host name \"%1\" of %2.").arg(endpoint.hostName, where),
                     detail};
    case CURLE_COULDNT_CONNECT: return connectError(failure, endpoint, detail);
    case CURLE_OPERATION_TIMEDOUT:
        return Error{ErrorKind::Timeout,
                     Tr::tr("The daemon at %1 did not answer within %2 s. It may be overloaded or stuck, or a firewall "
                            "drops the traffic; if it is only slow, give it more time (--timeout in hullcheck-cli, "
                            "Settings in the app).")
                         .arg(where)
                         .arg(failure.timeoutMs / 1000.0, 0, 'g', 3),
                     detail};
    case CURLE_PEER_FAILED_VERIFICATION: return tlsVerificationError(failure, endpoint, detail);
    case CURLE_SSL_CACERT_BADFILE:
        return Error{
            ErrorKind::TlsServerUntrusted,
            Tr::tr("The CA certificate file %1 cannot be read or holds no certificate.").arg(caDescription(endpoint)),
            detail};
    case CURLE_SSL_CERTPROBLEM:
        if (mentions(failure.curlMessage, {"private key", "key file", "unable to set private key"})) {
            return Error{ErrorKind::TlsKeyUnreadable,
                         Tr::tr("The client key %1 cannot be used: it is unreadable, encrypted, or does not match the "
                                "certificate %2.")
                             .arg(endpoint.tls.keyFile, endpoint.tls.certFile),
                         detail};
        }
        return Error{
            ErrorKind::TlsClientCertificate,
            Tr::tr("The client certificate %1 cannot be used: %2").arg(endpoint.tls.certFile, failure.curlMessage),
            detail};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_SSL_CLIENTCERT:
        // A daemon started with --tlsverify ends the handshake with an alert when our certificate is missing
        // or not signed by its CA; with TLS 1.3 the alert only arrives on the first read.
        if (endpoint.tls.enabled &&
            (failure.curlCode == CURLE_SSL_CLIENTCERT || mentions(failure.curlMessage,
                                                                  {"alert certificate required",
                                                                   "alert bad certificate",
                                                                   "alert unknown ca",
                                                                   "alert certificate unknown",
                                                                   "alert certificate expired",
                                                                   "alert handshake failure"}))) {
            return clientCertificateRejected(endpoint, detail);
        }
        // With TLS 1.3 the daemon checks our certificate after the handshake has finished on our side; when
        // it rejects it, the alert can race our first write, and all we see is a reset connection.
        if (endpoint.tls.enabled && failure.curlCode != CURLE_SSL_CONNECT_ERROR &&
            (failure.osErrno == ECONNRESET || failure.osErrno == EPIPE ||
             mentions(failure.curlMessage, {"connection reset", "not connected", "broken pipe"}))) {
            return clientCertificateRejected(endpoint, detail);
        }
        if (endpoint.tls.enabled && mentions(failure.curlMessage, {"wrong version number", "packet length too long"})) {
            return Error{ErrorKind::Tls,
                         Tr::tr("%1 does not speak TLS. It may be a plain-HTTP endpoint (unencrypted and "
                                "unauthenticated: anyone who reaches it controls the host).")
                             .arg(where),
                         detail};
        }
        if (endpoint.tls.enabled && failure.curlCode == CURLE_SSL_CONNECT_ERROR) {
            return Error{
                ErrorKind::Tls, Tr::tr("The TLS handshake with %1 failed: %2").arg(where, failure.curlMessage), detail};
        }
        return Error{ErrorKind::DaemonUnreachable,
                     Tr::tr("The connection to %1 broke: %2").arg(where, failure.curlMessage),
                     detail};
    case CURLE_PARTIAL_FILE:
        return Error{ErrorKind::Parse,
                     Tr::tr("The daemon's answer was cut short (truncated response). The daemon may have stopped."),
                     detail};
    case CURLE_GOT_NOTHING:
        return Error{ErrorKind::DaemonUnreachable,
                     Tr::tr("The daemon at %1 closed the connection without answering.").arg(where),
                     detail};
    case CURLE_UNSUPPORTED_PROTOCOL: // "Received HTTP/0.9 when not allowed": the peer does not speak HTTP
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
        return Error{
            ErrorKind::Parse,
            Tr::tr("%1 answered with something that is not a valid HTTP response. Is it a Docker daemon?").arg(where),
            detail};
    case CURLE_FILESIZE_EXCEEDED:
        return Error{ErrorKind::ResponseTooLarge,
                     Tr::tr("The daemon's answer is larger than %1 MiB, so Hullcheck did not read it.")
                         .arg(failure.maxResponseBytes / (1024LL * 1024)),
                     detail};
    default: break;
    }
    return Error{
        ErrorKind::DaemonUnreachable, Tr::tr("The request to %1 failed: %2").arg(where, failure.curlMessage), detail};
}

Error httpError(int status, const QByteArray &body, const Endpoint &endpoint)
{
    QString daemonMessage;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        daemonMessage = document.object().value(QLatin1String("message")).toString();
    }
    if (daemonMessage.isEmpty()) {
        daemonMessage = QString::fromUtf8(body.left(300)).trimmed();
    }
    const QString detail = QStringLiteral("HTTP %1: %2").arg(status).arg(daemonMessage);
    if (status == 400 && daemonMessage.contains(QLatin1String("HTTP request to an HTTPS server"))) {
        return Error{ErrorKind::Tls,
                     Tr::tr("The daemon at %1 expects TLS. Connect with --tlsverify and the client certificate and key "
                            "(or set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH).")
                         .arg(endpoint.url()),
                     detail,
                     status};
    }
    if (daemonMessage.isEmpty()) {
        return Error{
            ErrorKind::Http, Tr::tr("The daemon answered HTTP %1 without a message.").arg(status), detail, status};
    }
    return Error{
        ErrorKind::Http, Tr::tr("The daemon answered HTTP %1: %2").arg(status).arg(daemonMessage), detail, status};
}

Error parseError(const QString &what, const QString &parserMessage, qint64 offset, qint64 size)
{
    const bool truncated = size > 0 && offset >= size - 1;
    return Error{
        ErrorKind::Parse,
        truncated ? Tr::tr("The daemon's answer to %1 is truncated JSON (it ends after %2 bytes).").arg(what).arg(size)
                  : Tr::tr("The daemon's answer to %1 is not valid JSON (%2 at byte %3 of %4).")
                        .arg(what, parserMessage)
                        .arg(offset)
                        .arg(size),
        QStringLiteral("JSON parse error in %1: %2 at offset %3 of %4").arg(what, parserMessage).arg(offset).arg(size)};
}

} // namespace hullcheck::core
