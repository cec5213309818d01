#pragma once

#include "core/docker/endpoint.h"
#include "core/host/hostfacts.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"
#include "core/snapshot/connectionfacts.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hullcheck::core {

// One consistent picture of a daemon. Saved as versioned JSON, so a scan can run later, elsewhere, offline.
// Containers are inspect objects; running ones carry the daemon's /top answer under "Top".
// Images are inspect objects carrying their /history under "History". Networks are inspect objects;
// volumes are the entries of GET /volumes.
struct HULLCHECK_CORE_EXPORT Snapshot
{
    static constexpr int SchemaVersion = 1;
    static QString schemaName(); // "hullcheck.snapshot/1"

    Endpoint endpoint;
    QString apiVersion;                   // negotiated
    QString serverApiVersion;             // the daemon's maximum
    QString serverCertificateFingerprint; // TLS only
    QDateTime collectedAt;                // UTC
    qint64 collectionMs = 0;
    QString toolVersion;
    bool redacted = false; // environment values were replaced by a placeholder

    QJsonObject info;
    QJsonObject version;
    QJsonArray containers;
    QJsonArray images;
    QJsonArray networks;
    QJsonArray volumes;
    HostFacts host;
    ConnectionFacts connection; // optional in the file: absent (collected == false) in snapshots of older versions
    QStringList warnings;       // partial failures that did not stop the collection

    QJsonObject toJson() const;
    QByteArray toJsonBytes(bool indented = true) const;
    static Result<Snapshot> fromJson(const QByteArray &bytes);

    // A copy whose environment values (containers' and images' Config.Env) are replaced by a placeholder,
    // keeping the keys. Used for every output except the user's own 0600 snapshot file.
    Snapshot redactedCopy() const;

    // Writes atomically with mode 0600: the file holds environment values, which are the user's own data.
    VoidResult save(const QString &path) const;
    static Result<Snapshot> load(const QString &path);

    QString displayName() const; // daemon name and version, for titles
};

inline constexpr auto RedactedValue = "<redacted>";

} // namespace hullcheck::core
