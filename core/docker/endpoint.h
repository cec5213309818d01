#pragma once

#include "core/hullcheck_core_export.h"

#include <QJsonObject>
#include <QString>

namespace hullcheck::core {

// TLS material and policy for a tcp:// endpoint, as the docker CLI has it.
struct HULLCHECK_CORE_EXPORT TlsSettings
{
    bool enabled = false; // https instead of http
    bool verify = true;   // verify the server certificate; false only when the user asked for --tls without verify
    QString caFile;       // empty: the system trust store
    QString certFile;     // client certificate; empty: none
    QString keyFile;      // client key; empty: none
};

// Where the daemon is and how to talk to it, resolved from flags, environment and docker contexts.
struct HULLCHECK_CORE_EXPORT Endpoint
{
    enum class Transport { Unix, Tcp };

    Transport transport = Transport::Unix;
    QString socketPath; // Unix only
    QString hostName;   // Tcp only
    int port = 0;       // Tcp only
    TlsSettings tls;    // Tcp only

    QString source;      // how it was chosen, for the user: "--host", "context \"prod\"", "DOCKER_HOST", "default"
    QString contextName; // the docker context it came from, if any

    // The endpoint as the docker CLI writes it: unix:///var/run/docker.sock, tcp://host:2376.
    QString url() const;
    // True when the daemon runs on this machine, so host facts (files, processes) can be read.
    bool isLocal() const;
    // True for TCP without TLS, or TLS without server verification.
    bool isUnverified() const;
    // A short human description: "tcp://host:2376 (TLS, verified)".
    QString describe() const;

    // Stored in snapshots and reports; never holds key material, only paths.
    QJsonObject toJson() const;
    static Endpoint fromJson(const QJsonObject &object);
};

} // namespace hullcheck::core
