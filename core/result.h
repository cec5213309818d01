#pragma once

#include "core/hullcheck_core_export.h"

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace hullcheck::core {

// What went wrong, in terms a user (or the GUI) can act on. Each kind has its own message and remedy.
enum class ErrorKind {
    InvalidArgument,      // bad flag, bad DOCKER_HOST, unknown context
    Unsupported,          // e.g. ssh:// endpoints
    SocketMissing,        // unix socket path does not exist
    PermissionDenied,     // unix socket exists but we may not connect
    ConnectionRefused,    // nothing listens (stale socket, closed port)
    DaemonUnreachable,    // name resolution, routing, other connect failures
    Timeout,              // no answer within the configured time
    TlsServerUntrusted,   // the server certificate is not signed by the trusted CA, or expired
    TlsHostnameMismatch,  // the server certificate does not name the host we connected to
    TlsClientCertificate, // our client certificate is missing, unreadable or rejected by the daemon
    TlsKeyUnreadable,     // the client key cannot be read
    Tls,                  // any other TLS failure
    Http,                 // the daemon answered with an HTTP error
    Parse,                // malformed or truncated JSON
    ResponseTooLarge,     // the body exceeded the configured cap
    ApiVersion,           // the daemon's Engine API version is outside what Hullcheck supports
    Cancelled,            // the user cancelled
    Io,                   // reading or writing a local file failed
};

struct HULLCHECK_CORE_EXPORT Error
{
    ErrorKind kind = ErrorKind::Http;
    QString message; // translated, for the user; never contains secret values
    QString detail;  // technical, for the log
    int httpStatus = 0;
};

// Stable machine-readable name of a kind ("socket-missing"), for JSON output and logs.
HULLCHECK_CORE_EXPORT QString errorKindName(ErrorKind kind);

template <typename T>
class Result
{
public:
    // Implicit on purpose, so a function can `return value;` or `return Error{...};`.
    Result(T value) // NOLINT(google-explicit-constructor, hicpp-explicit-conversions)
        : m_data(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor, hicpp-explicit-conversions)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that only succeed or fail.
struct Done
{};
using VoidResult = Result<Done>;

} // namespace hullcheck::core

Q_DECLARE_METATYPE(hullcheck::core::Error)
