#pragma once

#include "core/docker/endpoint.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace hullcheck::core {

// The raw facts of a failed transfer, kept free of libcurl types so the mapping can be tested alone.
struct HULLCHECK_CORE_EXPORT TransportFailure
{
    int curlCode = 0;         // CURLcode
    long osErrno = 0;         // CURLINFO_OS_ERRNO
    long sslVerifyResult = 0; // CURLINFO_SSL_VERIFYRESULT (an X509_V_ERR_* value)
    QString curlMessage;      // CURLOPT_ERRORBUFFER
    bool bodyTooLarge = false;
    qint64 maxResponseBytes = 0; // the cap that was hit, when bodyTooLarge
    int timeoutMs = 0;           // the timeout that applied
};

// Maps a failed transfer to an Error the user can act on.
HULLCHECK_CORE_EXPORT Error transportError(const TransportFailure &failure, const Endpoint &endpoint);

// Maps an HTTP error answer to an Error carrying the daemon's own message ({"message": "..."}).
HULLCHECK_CORE_EXPORT Error httpError(int status, const QByteArray &body, const Endpoint &endpoint);

// Maps a body that is not valid JSON (malformed or cut short) to an Error.
HULLCHECK_CORE_EXPORT Error parseError(const QString &what, const QString &parserMessage, qint64 offset, qint64 size);

} // namespace hullcheck::core
