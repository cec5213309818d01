#include "core/snapshot/snapshot.h"

#include "core/fileio.h"
#include "core/snapshot/redaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::Snapshot)
};

QJsonArray redactedArray(const QJsonArray &objects)
{
    QJsonArray redacted;
    for (const auto &object : objects) {
        redacted.append(redaction::redactInspect(object.toObject()));
    }
    return redacted;
}

} // namespace

QString Snapshot::schemaName()
{
    return QStringLiteral("hullcheck.snapshot/%1").arg(SchemaVersion);
}

QJsonObject Snapshot::toJson() const
{
    QJsonObject endpointObject = endpoint.toJson();
    endpointObject.insert(QLatin1String("api_version"), apiVersion);
    endpointObject.insert(QLatin1String("server_api_version"), serverApiVersion);
    endpointObject.insert(QLatin1String("server_certificate_sha256"), serverCertificateFingerprint);
    return QJsonObject{
        {QLatin1String("schema"), schemaName()},
        {QLatin1String("schema_version"), SchemaVersion},
        {QLatin1String("tool"),
         QJsonObject{{QLatin1String("name"), QStringLiteral("hullcheck")}, {QLatin1String("version"), toolVersion}}},
        {QLatin1String("endpoint"), endpointObject},
        {QLatin1String("collected_at"), collectedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String("collection_ms"), collectionMs},
        {QLatin1String("redacted"), redacted},
        {QLatin1String("info"), info},
        {QLatin1String("version"), version},
        {QLatin1String("containers"), containers},
        {QLatin1String("images"), images},
        {QLatin1String("networks"), networks},
        {QLatin1String("volumes"), volumes},
        {QLatin1String("host"), host.toJson()},
        {QLatin1String("connection"), connection.toJson()},
        {QLatin1String("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

QByteArray Snapshot::toJsonBytes(bool indented) const
{
    return QJsonDocument(toJson()).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

Result<Snapshot> Snapshot::fromJson(const QByteArray &bytes)
{
    QJsonParseError parseResult{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseResult);
    if (parseResult.error != QJsonParseError::NoError) {
        return Error{ErrorKind::Parse,
                     Tr::tr("The snapshot is not valid JSON (%1 at byte %2).")
                         .arg(parseResult.errorString())
                         .arg(parseResult.offset),
                     {}};
    }
    if (!document.isObject()) {
        return Error{ErrorKind::Parse, Tr::tr("The snapshot is not a JSON object."), {}};
    }
    const QJsonObject root = document.object();
    const QString schema = root.value(QLatin1String("schema")).toString();
    if (!schema.startsWith(QLatin1String("hullcheck.snapshot/"))) {
        return Error{
            ErrorKind::Parse, Tr::tr("This file is not a Hullcheck snapshot (its schema is %1).").arg(schema), {}};
    }
    const int schemaVersion = root.value(QLatin1String("schema_version")).toInt(0);
    if (schemaVersion < 1 || schemaVersion > SchemaVersion) {
        return Error{ErrorKind::Parse,
                     Tr::tr("The snapshot has schema version %1; this Hullcheck reads version %2. Update Hullcheck.")
                         .arg(schemaVersion)
                         .arg(SchemaVersion),
                     {}};
    }
    for (const char *key : {"info", "version", "endpoint", "host"}) {
        if (!root.value(QLatin1String(key)).isObject()) {
            return Error{ErrorKind::Parse, Tr::tr("The snapshot lacks the object \"%1\".").arg(QLatin1String(key)), {}};
        }
    }
    for (const char *key : {"containers", "images", "networks", "volumes"}) {
        if (!root.value(QLatin1String(key)).isArray()) {
            return Error{ErrorKind::Parse, Tr::tr("The snapshot lacks the list \"%1\".").arg(QLatin1String(key)), {}};
        }
        for (const auto &entry : root.value(QLatin1String(key)).toArray()) {
            if (!entry.isObject()) {
                return Error{ErrorKind::Parse,
                             Tr::tr("The list \"%1\" of the snapshot holds something that is not an object.")
                                 .arg(QLatin1String(key)),
                             {}};
            }
        }
    }
    const QDateTime collectedAt =
        QDateTime::fromString(root.value(QLatin1String("collected_at")).toString(), Qt::ISODateWithMs);
    if (!collectedAt.isValid()) {
        return Error{ErrorKind::Parse, Tr::tr("The snapshot has no valid \"collected_at\" time."), {}};
    }

    Snapshot snapshot;
    const QJsonObject endpointObject = root.value(QLatin1String("endpoint")).toObject();
    snapshot.endpoint = Endpoint::fromJson(endpointObject);
    snapshot.apiVersion = endpointObject.value(QLatin1String("api_version")).toString();
    snapshot.serverApiVersion = endpointObject.value(QLatin1String("server_api_version")).toString();
    snapshot.serverCertificateFingerprint = endpointObject.value(QLatin1String("server_certificate_sha256")).toString();
    snapshot.collectedAt = collectedAt.toUTC();
    snapshot.collectionMs = root.value(QLatin1String("collection_ms")).toInteger();
    snapshot.toolVersion = root.value(QLatin1String("tool")).toObject().value(QLatin1String("version")).toString();
    snapshot.redacted = root.value(QLatin1String("redacted")).toBool();
    snapshot.info = root.value(QLatin1String("info")).toObject();
    snapshot.version = root.value(QLatin1String("version")).toObject();
    snapshot.containers = root.value(QLatin1String("containers")).toArray();
    snapshot.images = root.value(QLatin1String("images")).toArray();
    snapshot.networks = root.value(QLatin1String("networks")).toArray();
    snapshot.volumes = root.value(QLatin1String("volumes")).toArray();
    snapshot.host = HostFacts::fromJson(root.value(QLatin1String("host")).toObject());
    // Added without a schema version change: older readers ignore it, and its absence reads as "not collected".
    snapshot.connection = ConnectionFacts::fromJson(root.value(QLatin1String("connection")).toObject());
    for (const auto &warning : root.value(QLatin1String("warnings")).toArray()) {
        snapshot.warnings.append(warning.toString());
    }
    return snapshot;
}

Snapshot Snapshot::redactedCopy() const
{
    Snapshot copy = *this;
    copy.containers = redactedArray(containers);
    copy.images = redactedArray(images);
    copy.redacted = true;
    return copy;
}

VoidResult Snapshot::save(const QString &path) const
{
    // Owner-only: the file holds the containers' environment values.
    return writeFileAtomically(path, toJsonBytes(), true);
}

Result<Snapshot> Snapshot::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, Tr::tr("Cannot open the snapshot %1: %2").arg(path, file.errorString()), {}};
    }
    constexpr qint64 MaxSnapshotBytes = 1LL << 30;
    if (file.size() > MaxSnapshotBytes) {
        return Error{ErrorKind::ResponseTooLarge, Tr::tr("The snapshot %1 is larger than 1 GiB.").arg(path), {}};
    }
    Result<Snapshot> snapshot = fromJson(file.readAll());
    if (!snapshot.ok()) {
        Error error = snapshot.error();
        error.message = Tr::tr("%1: %2").arg(path, error.message);
        return error;
    }
    return snapshot;
}

QString Snapshot::displayName() const
{
    const QString name = info.value(QLatin1String("Name")).toString();
    const QString engine = version.value(QLatin1String("Version")).toString();
    if (name.isEmpty()) {
        return endpoint.url();
    }
    return engine.isEmpty() ? name : Tr::tr("%1 (Engine %2)").arg(name, engine);
}

} // namespace hullcheck::core
