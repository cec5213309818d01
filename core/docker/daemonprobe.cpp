#include "core/docker/daemonprobe.h"

#include "core/docker/curldockerapi.h"

#include <QJsonObject>

namespace hullcheck::core {

Result<DaemonIdentity> probeDaemon(const Endpoint &endpoint, const CancelFlag &cancel)
{
    const Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint);
    if (!api.ok()) {
        return api.error();
    }
    const Result<PingInfo> ping = api.value()->ping(cancel);
    if (!ping.ok()) {
        return ping.error();
    }
    const Result<QJsonValue> version = api.value()->getJson(QStringLiteral("/version"), cancel);
    if (!version.ok()) {
        return version.error();
    }
    const Result<QJsonValue> info = api.value()->getJson(QStringLiteral("/info"), cancel);
    if (!info.ok()) {
        return info.error();
    }
    DaemonIdentity identity;
    identity.name = info.value().toObject().value(QLatin1String("Name")).toString();
    identity.engineVersion = version.value().toObject().value(QLatin1String("Version")).toString();
    identity.apiVersion = ping.value().negotiated.toString();
    identity.serverApiVersion = ping.value().serverApiVersion;
    return identity;
}

} // namespace hullcheck::core
