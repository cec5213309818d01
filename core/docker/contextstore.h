#pragma once

#include "core/docker/endpoint.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hullcheck::core {

// One docker context as the CLI stores it under <config dir>/contexts/.
struct HULLCHECK_CORE_EXPORT DockerContext
{
    QString name;
    QString description;
    QString host;               // Endpoints.docker.Host, e.g. tcp://host:2376
    bool skipTlsVerify = false; // Endpoints.docker.SkipTLSVerify
    QString caFile;             // contexts/tls/<sha256>/docker/ca.pem when present
    QString certFile;           // .../cert.pem when present
    QString keyFile;            // .../key.pem when present
    bool hasTlsData = false;    // contexts/tls/<sha256>/docker/ exists; the CLI then uses TLS even if it holds no files
};

// One parsed meta.json. Without a docker endpoint the CLI cannot use the context: context() refuses it and
// contexts() leaves it out.
struct HULLCHECK_CORE_EXPORT DockerContextMeta
{
    DockerContext context; // without the TLS files, which live outside meta.json
    bool hasDockerEndpoint = false;
};

// Reads the docker CLI's context store: contexts/meta/<sha256 of name>/meta.json and
// contexts/tls/<sha256 of name>/docker/{ca,cert,key}.pem, plus currentContext from config.json.
class HULLCHECK_CORE_EXPORT ContextStore final
{
public:
    explicit ContextStore(QString configDir);

    // currentContext from config.json; empty when unset or when there is no config.json.
    Result<QString> currentContext() const;
    // A named context; "default" is not stored and gives InvalidArgument (callers treat it specially).
    Result<DockerContext> context(const QString &name) const;
    // Every stored context, sorted by name. Unreadable entries are skipped.
    Result<QList<DockerContext>> contexts() const;

    static QString directoryNameFor(const QString &contextName); // hex sha256 of the name
    // The bytes of one contexts/meta/<id>/meta.json; `path` names it in messages. Never throws.
    static Result<DockerContextMeta> parseMeta(const QByteArray &json, const QString &path);

private:
    QString m_configDir;
};

} // namespace hullcheck::core
