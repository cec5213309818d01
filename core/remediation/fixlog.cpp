#include "core/remediation/fixlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QStandardPaths>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::FixLog)
};

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QMutex &appendMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

QJsonObject FixLogEntry::toJson() const
{
    return {{QStringLiteral("when"), when.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("object"), target.toJson()},
            {QStringLiteral("rule"), ruleId},
            {QStringLiteral("command"), command},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("result"), result}};
}

FixLogEntry FixLogEntry::fromJson(const QJsonObject &object)
{
    FixLogEntry entry;
    entry.when = QDateTime::fromString(object.value(QLatin1String("when")).toString(), Qt::ISODateWithMs);
    entry.endpoint = object.value(QLatin1String("endpoint")).toString();
    const QJsonObject target = object.value(QLatin1String("object")).toObject();
    entry.target.kind = scopeFromName(target.value(QLatin1String("kind")).toString()).value_or(Scope::Container);
    entry.target.id = target.value(QLatin1String("id")).toString();
    entry.target.name = target.value(QLatin1String("name")).toString();
    entry.ruleId = object.value(QLatin1String("rule")).toString();
    entry.command = object.value(QLatin1String("command")).toString();
    entry.before = object.value(QLatin1String("before")).toObject();
    entry.after = object.value(QLatin1String("after")).toObject();
    entry.ok = object.value(QLatin1String("ok")).toBool();
    entry.result = object.value(QLatin1String("result")).toString();
    return entry;
}

FixLog::FixLog(const QString &path)
    : m_path(path)
{
}

QString FixLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/fixes.jsonl");
}

VoidResult FixLog::append(const FixLogEntry &entry) const
{
    const QMutexLocker locker(&appendMutex());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Created 0600 before the first byte; an existing file is tightened too.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, OwnerOnly)) {
        return Error{ErrorKind::Io, Tr::tr("Cannot write the fix log %1: %2").arg(m_path, file.errorString()), {}};
    }
    file.setPermissions(OwnerOnly);
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        return Error{ErrorKind::Io, Tr::tr("Cannot write the fix log %1: %2").arg(m_path, file.errorString()), {}};
    }
    return Done{};
}

Result<QList<FixLogEntry>> FixLog::read() const
{
    QFile file(m_path);
    if (!file.exists()) {
        return QList<FixLogEntry>{};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, Tr::tr("Cannot read the fix log %1: %2").arg(m_path, file.errorString()), {}};
    }
    QList<FixLogEntry> entries;
    while (!file.atEnd()) {
        const QJsonDocument document = QJsonDocument::fromJson(file.readLine());
        if (document.isObject()) {
            entries.append(FixLogEntry::fromJson(document.object()));
        }
    }
    return entries;
}

Result<QList<FixLogEntry>> FixLog::readFor(const QString &endpointUrl) const
{
    Result<QList<FixLogEntry>> entries = read();
    if (!entries.ok()) {
        return entries;
    }
    QList<FixLogEntry> matching;
    for (const FixLogEntry &entry : entries.value()) {
        if (entry.endpoint == endpointUrl) {
            matching.append(entry);
        }
    }
    return matching;
}

} // namespace hullcheck::core
