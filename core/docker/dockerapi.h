#pragma once

#include "core/docker/apiversion.h"
#include "core/docker/endpoint.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <atomic>

namespace hullcheck::core {

using CancelFlag = std::atomic_bool;

// What GET /_ping told us about the daemon.
struct HULLCHECK_CORE_EXPORT PingInfo
{
    QString serverApiVersion;    // API-Version header
    QString serverMinApiVersion; // Min-API-Version header (absent on old daemons)
    ApiVersion negotiated;       // what requests use
    QString osType;              // OSType header
    QString server;              // Server header, e.g. "Docker/20.10.24+dfsg1 (linux)"
    bool experimental = false;   // Docker-Experimental header
};

// The Docker Engine API. Blocking, thread-safe calls that return promptly once `cancel` becomes true.
// Paths are given without the version prefix ("/containers/json?all=1"); the implementation adds
// "/vX.Y" after ping() has negotiated the version.
class HULLCHECK_CORE_EXPORT DockerApi
{
public:
    DockerApi() = default;
    virtual ~DockerApi();
    Q_DISABLE_COPY_MOVE(DockerApi)

    virtual const Endpoint &endpoint() const = 0;

    // GET /_ping and version negotiation. Must succeed before other calls.
    virtual Result<PingInfo> ping(const CancelFlag &cancel) = 0;

    // GET path and parse the body as JSON. HTTP errors carry the daemon's own message.
    virtual Result<QJsonValue> getJson(const QString &path, const CancelFlag &cancel) = 0;

    // POST path with a JSON body (empty for none); answers with the parsed body (null for 204).
    virtual Result<QJsonValue> postJson(const QString &path, const QByteArray &body, const CancelFlag &cancel) = 0;
};

} // namespace hullcheck::core
