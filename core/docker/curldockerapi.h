#pragma once

#include "core/docker/dockerapi.h"
#include "core/hullcheck_core_export.h"

#include <memory>

namespace hullcheck::core {

struct HULLCHECK_CORE_EXPORT TransportOptions
{
    int connectTimeoutMs = 5000;          // establishing the connection (and the TLS handshake)
    int requestTimeoutMs = 30000;         // a whole request, including a body that never ends
    qint64 maxResponseBytes = 64LL << 20; // no real daemon answer comes near this
    int maxConnections = 8;               // keep-alive connections kept open in parallel
};

// DockerApi over libcurl: unix sockets, plain TCP and TCP with TLS (client certificates included).
// The only libcurl user in the project. Keeps up to maxConnections keep-alive connections; calls from
// more threads than that wait for a free connection.
class HULLCHECK_CORE_EXPORT CurlDockerApi final : public DockerApi
{
public:
    // Checks the endpoint first (ssh:// unsupported, TLS files readable) and fails with a clear error.
    static Result<std::shared_ptr<CurlDockerApi>> create(const Endpoint &endpoint,
                                                         const TransportOptions &options = {});

    ~CurlDockerApi() override;
    Q_DISABLE_COPY_MOVE(CurlDockerApi)

    const Endpoint &endpoint() const override;
    Result<PingInfo> ping(const CancelFlag &cancel) override;
    Result<QJsonValue> getJson(const QString &path, const CancelFlag &cancel) override;
    Result<QJsonValue> postJson(const QString &path, const QByteArray &body, const CancelFlag &cancel) override;

    // SHA-256 fingerprint of the server certificate seen on the last TLS handshake ("AB:CD:..."), or empty.
    QString serverCertificateFingerprint() const;

private:
    class Private;
    explicit CurlDockerApi(std::unique_ptr<Private> data);
    Result<QJsonValue>
    postOrGet(const QByteArray &method, const QString &path, const QByteArray &body, const CancelFlag &cancel);
    std::unique_ptr<Private> m_private;
};

} // namespace hullcheck::core
