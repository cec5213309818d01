#include "core/result.h"

namespace hullcheck::core {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorKind::Unsupported: return QStringLiteral("unsupported");
    case ErrorKind::SocketMissing: return QStringLiteral("socket-missing");
    case ErrorKind::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorKind::ConnectionRefused: return QStringLiteral("connection-refused");
    case ErrorKind::DaemonUnreachable: return QStringLiteral("daemon-unreachable");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::TlsServerUntrusted: return QStringLiteral("tls-server-untrusted");
    case ErrorKind::TlsHostnameMismatch: return QStringLiteral("tls-hostname-mismatch");
    case ErrorKind::TlsClientCertificate: return QStringLiteral("tls-client-certificate");
    case ErrorKind::TlsKeyUnreadable: return QStringLiteral("tls-key-unreadable");
    case ErrorKind::Tls: return QStringLiteral("tls");
    case ErrorKind::Http: return QStringLiteral("http");
    case ErrorKind::Parse: return QStringLiteral("parse");
    case ErrorKind::ResponseTooLarge: return QStringLiteral("response-too-large");
    case ErrorKind::ApiVersion: return QStringLiteral("api-version");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Io: return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

} // namespace hullcheck::core
