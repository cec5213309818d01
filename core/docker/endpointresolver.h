#pragma once

#include "core/docker/endpoint.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace hullcheck::core {

// The connection flags of the docker CLI, as the user gave them. Unset means "not given".
struct HULLCHECK_CORE_EXPORT ConnectionOptions
{
    QString host;                  // -H/--host
    QString context;               // -c/--context
    bool tls = false;              // --tls
    std::optional<bool> tlsVerify; // --tlsverify (also set by DOCKER_TLS_VERIFY)
    QString tlsCaCert;             // --tlscacert
    QString tlsCert;               // --tlscert
    QString tlsKey;                // --tlskey
    QString configDir;             // --config (otherwise DOCKER_CONFIG, then ~/.docker)
};

// Resolves the daemon endpoint exactly as the docker CLI does, in this precedence:
// -H/--host, -c/--context, DOCKER_HOST, DOCKER_CONTEXT, currentContext in config.json, the default socket.
// Giving both --host and --context is an error, as in the CLI.
// TLS: --tlsverify or a non-empty DOCKER_TLS_VERIFY enables verified TLS with ca.pem/cert.pem/key.pem from
// --tlscacert/--tlscert/--tlskey or DOCKER_CERT_PATH (default ~/.docker); --tls alone enables TLS without
// server verification (the endpoint records that it is unverified). Contexts bring their own TLS material
// from contexts/tls/<sha256 of name>/docker/ and their SkipTLSVerify flag.
// As in the CLI: with TLS on and no host the endpoint is tcp://localhost:2376, a tcp:// host without a port gets
// 2375 even with TLS, and --config does not move the default certificate directory (DOCKER_CONFIG does).
// The environment is passed in (not read from the process) so tests can give a temporary HOME.
class HULLCHECK_CORE_EXPORT EndpointResolver final
{
public:
    explicit EndpointResolver(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    Result<Endpoint> resolve(const ConnectionOptions &options) const;

    // The docker config directory: --config, DOCKER_CONFIG, then $HOME/.docker.
    QString configDir(const ConnectionOptions &options) const;

    // Parses a -H/DOCKER_HOST value (unix://, tcp://, host:port, ssh:// → Unsupported) into an endpoint.
    static Result<Endpoint> parseHost(const QString &host);

    static QString defaultSocketPath(); // /var/run/docker.sock

private:
    QProcessEnvironment m_environment;
};

} // namespace hullcheck::core
