#include "core/docker/contextstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

namespace hullcheck::core {

namespace {

// ordered_json keeps document order, so a repeated key resolves like encoding/json does (the last one wins).
using Json = nlohmann::ordered_json;

constexpr QLatin1String DefaultContextName("default");

bool equalFold(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        const auto lower = [](char c) {
            return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        };
        return lower(x) == lower(y);
    });
}

// The docker CLI decodes its JSON files with Go's encoding/json, which matches object keys case-insensitively.
const Json *member(const Json &object, std::string_view key)
{
    const Json *found = nullptr;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (equalFold(it.key(), key)) {
            found = &it.value();
        }
    }
    return found;
}

QString fileError(const QString &path, const QString &reason)
{
    //: %1 is a file path, %2 the reason from the system
    return QCoreApplication::translate("hullcheck::core::ContextStore", "Cannot read %1: %2").arg(path, reason);
}

Error parseError(const QString &path, const QString &parserMessage)
{
    //: %1 is a file path, %2 the JSON parser's message
    return Error{
        ErrorKind::Parse,
        QCoreApplication::translate("hullcheck::core::ContextStore", "Cannot parse %1: %2").arg(path, parserMessage),
        parserMessage,
        0};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, fileError(path, file.errorString()), file.errorString(), 0};
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error{ErrorKind::Io, fileError(path, file.errorString()), file.errorString(), 0};
    }
    return bytes;
}

// Parses the JSON text of `path`. Never throws. With emptyIsNull an empty text reads as null, as the CLI's
// json.Decoder treats an empty config.json (io.EOF is not an error there).
Result<Json> parseJson(const QByteArray &bytes, const QString &path, bool emptyIsNull = false)
{
    if (emptyIsNull && bytes.trimmed().isEmpty()) {
        return Json();
    }
    try {
        return Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::exception &e) {
        return parseError(path, QString::fromUtf8(e.what()));
    }
}

// Reads an optional string member; null counts as absent, as in encoding/json.
Result<QString> stringMember(const Json &object, std::string_view key, const QString &path)
{
    const Json *value = member(object, key);
    if (value == nullptr || value->is_null()) {
        return QString();
    }
    if (!value->is_string()) {
        return parseError(path,
                          QStringLiteral("\"%1\" must be a string, not %2")
                              .arg(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())),
                                   QString::fromUtf8(value->type_name())));
    }
    return QString::fromStdString(value->get<std::string>());
}

// Parses contexts/meta/<id>/meta.json:
// {"Name":"prod","Metadata":{"Description":"..."},"Endpoints":{"docker":{"Host":"tcp://...","SkipTLSVerify":false}}}
Result<DockerContextMeta> parseMetaDocument(const Json &root, const QString &path)
{
    DockerContextMeta parsed;
    if (root.is_null()) {
        return parsed;
    }
    if (!root.is_object()) {
        return parseError(path, QStringLiteral("expected an object, not %1").arg(QString::fromUtf8(root.type_name())));
    }

    Result<QString> name = stringMember(root, "Name", path);
    if (!name.ok()) {
        return name.error();
    }
    parsed.context.name = name.value();

    if (const Json *metadata = member(root, "Metadata"); metadata != nullptr && !metadata->is_null()) {
        if (!metadata->is_object()) {
            return parseError(
                path,
                QStringLiteral("\"Metadata\" must be an object, not %1").arg(QString::fromUtf8(metadata->type_name())));
        }
        Result<QString> description = stringMember(*metadata, "Description", path);
        if (!description.ok()) {
            return description.error();
        }
        parsed.context.description = description.value();
    }

    const Json *endpoints = member(root, "Endpoints");
    if (endpoints == nullptr || endpoints->is_null()) {
        return parsed;
    }
    if (!endpoints->is_object()) {
        return parseError(
            path,
            QStringLiteral("\"Endpoints\" must be an object, not %1").arg(QString::fromUtf8(endpoints->type_name())));
    }
    // Endpoint names are map keys in the CLI, so they match exactly.
    const auto docker = endpoints->find("docker");
    if (docker == endpoints->end() || docker->is_null()) {
        return parsed;
    }
    if (!docker->is_object()) {
        return parseError(path,
                          QStringLiteral("\"Endpoints.docker\" must be an object, not %1")
                              .arg(QString::fromUtf8(docker->type_name())));
    }
    parsed.hasDockerEndpoint = true;

    Result<QString> host = stringMember(*docker, "Host", path);
    if (!host.ok()) {
        return host.error();
    }
    parsed.context.host = host.value();

    if (const Json *skip = member(*docker, "SkipTLSVerify"); skip != nullptr && !skip->is_null()) {
        if (!skip->is_boolean()) {
            return parseError(path,
                              QStringLiteral("\"SkipTLSVerify\" must be a boolean, not %1")
                                  .arg(QString::fromUtf8(skip->type_name())));
        }
        parsed.context.skipTlsVerify = skip->get<bool>();
    }
    return parsed;
}

Result<DockerContextMeta> readMetaFile(const QString &path)
{
    Result<QByteArray> bytes = readFile(path);
    if (!bytes.ok()) {
        return bytes.error();
    }
    return ContextStore::parseMeta(bytes.value(), path);
}

// contexts/tls/<id>/docker/{ca,cert,key}.pem. The CLI treats an existing docker/ directory as "has TLS data".
void addTlsFiles(DockerContext &context, const QString &contextsDir)
{
    const QString dir = contextsDir + QStringLiteral("/tls/") + ContextStore::directoryNameFor(context.name) +
                        QStringLiteral("/docker");
    if (!QFileInfo(dir).isDir()) {
        return;
    }
    context.hasTlsData = true;
    const auto existing = [&dir](const QString &fileName) {
        const QString path = dir + QLatin1Char('/') + fileName;
        return QFileInfo(path).isFile() ? path : QString();
    };
    context.caFile = existing(QStringLiteral("ca.pem"));
    context.certFile = existing(QStringLiteral("cert.pem"));
    context.keyFile = existing(QStringLiteral("key.pem"));
}

// Directories under contexts/meta that hold a meta.json, at any depth (as listRecursivelyMetadataDirs).
void collectMetaFiles(const QString &dir, QStringList &metaFiles)
{
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString metaFile = entry.filePath() + QStringLiteral("/meta.json");
        if (QFileInfo(metaFile).isFile()) {
            metaFiles.append(metaFile);
        }
        collectMetaFiles(entry.filePath(), metaFiles);
    }
}

} // namespace

ContextStore::ContextStore(QString configDir)
    : m_configDir(std::move(configDir))
{
}

Result<QString> ContextStore::currentContext() const
{
    const QString path = m_configDir + QStringLiteral("/config.json");
    if (!QFileInfo::exists(path)) {
        return QString();
    }
    Result<QByteArray> bytes = readFile(path);
    if (!bytes.ok()) {
        return bytes.error();
    }
    Result<Json> document = parseJson(bytes.value(), path, true);
    if (!document.ok()) {
        return document.error();
    }
    const Json &root = document.value();
    if (root.is_null()) {
        return QString();
    }
    if (!root.is_object()) {
        return parseError(path, QStringLiteral("expected an object, not %1").arg(QString::fromUtf8(root.type_name())));
    }
    try {
        return stringMember(root, "currentContext", path);
    } catch (const Json::exception &e) { // not expected: every access is type-checked first
        return parseError(path, QString::fromUtf8(e.what()));
    }
}

Result<DockerContext> ContextStore::context(const QString &name) const
{
    if (name.isEmpty()) {
        return Error{ErrorKind::InvalidArgument,
                     QCoreApplication::translate("hullcheck::core::ContextStore", "The context name is empty."),
                     {},
                     0};
    }
    if (name == DefaultContextName) {
        return Error{ErrorKind::InvalidArgument,
                     QCoreApplication::translate("hullcheck::core::ContextStore",
                                                 "\"default\" is the built-in context; it is not stored."),
                     {},
                     0};
    }

    const QString contextsDir = m_configDir + QStringLiteral("/contexts");
    const QString metaPath =
        contextsDir + QStringLiteral("/meta/") + directoryNameFor(name) + QStringLiteral("/meta.json");
    if (!QFileInfo::exists(metaPath)) {
        //: %1 is a docker context name, %2 the directory of the docker context store
        return Error{
            ErrorKind::InvalidArgument,
            QCoreApplication::translate("hullcheck::core::ContextStore", "Docker context \"%1\" does not exist in %2.")
                .arg(name, QDir::toNativeSeparators(contextsDir)),
            QStringLiteral("context not found: ") + metaPath,
            0};
    }

    Result<DockerContextMeta> parsed = readMetaFile(metaPath);
    if (!parsed.ok()) {
        return parsed.error();
    }
    if (!parsed.value().hasDockerEndpoint) {
        //: %1 is a docker context name, %2 the path of its meta.json
        return Error{ErrorKind::InvalidArgument,
                     QCoreApplication::translate("hullcheck::core::ContextStore",
                                                 "Docker context \"%1\" has no docker endpoint (%2).")
                         .arg(name, QDir::toNativeSeparators(metaPath)),
                     QStringLiteral("cannot find docker endpoint in context"),
                     0};
    }

    DockerContext context = std::move(parsed.value().context);
    context.name = name;
    addTlsFiles(context, contextsDir);
    return context;
}

Result<QList<DockerContext>> ContextStore::contexts() const
{
    const QString contextsDir = m_configDir + QStringLiteral("/contexts");
    QStringList metaFiles;
    collectMetaFiles(contextsDir + QStringLiteral("/meta"), metaFiles);

    QList<DockerContext> result;
    for (const QString &metaFile : std::as_const(metaFiles)) {
        Result<DockerContextMeta> parsed = readMetaFile(metaFile);
        if (!parsed.ok() || !parsed.value().hasDockerEndpoint || parsed.value().context.name.isEmpty()) {
            continue;
        }
        DockerContext context = std::move(parsed.value().context);
        addTlsFiles(context, contextsDir);
        result.append(std::move(context));
    }
    std::sort(result.begin(), result.end(), [](const DockerContext &a, const DockerContext &b) {
        return a.name < b.name;
    });
    return result;
}

QString ContextStore::directoryNameFor(const QString &contextName)
{
    return QString::fromLatin1(QCryptographicHash::hash(contextName.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<DockerContextMeta> ContextStore::parseMeta(const QByteArray &json, const QString &path)
{
    Result<Json> document = parseJson(json, path);
    if (!document.ok()) {
        return document.error();
    }
    try {
        return parseMetaDocument(document.value(), path);
    } catch (const Json::exception &e) { // not expected: every access is type-checked first
        return parseError(path, QString::fromUtf8(e.what()));
    }
}

} // namespace hullcheck::core
