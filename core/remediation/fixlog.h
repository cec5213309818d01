#pragma once

#include "core/bench/finding.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hullcheck::core {

// One applied (or refused) live fix.
struct HULLCHECK_CORE_EXPORT FixLogEntry
{
    QDateTime when; // UTC
    QString endpoint;
    Target target;
    QString ruleId;
    QString command; // the equivalent docker update command
    QJsonObject before;
    QJsonObject after;
    bool ok = false;
    QString result; // the rescanned status ("pass") or the error message

    QJsonObject toJson() const;
    static FixLogEntry fromJson(const QJsonObject &object);
};

// The local record of every applied fix: JSON lines, mode 0600, appended, never rewritten.
class HULLCHECK_CORE_EXPORT FixLog final
{
public:
    explicit FixLog(const QString &path = defaultPath());

    // <AppDataLocation>/fixes.jsonl
    static QString defaultPath();
    QString path() const { return m_path; }

    VoidResult append(const FixLogEntry &entry) const;
    // Every entry, oldest first; lines that do not parse are skipped. A missing file is an empty log.
    Result<QList<FixLogEntry>> read() const;
    // The entries logged for one daemon endpoint (its url()), for the fix-log section of reports.
    Result<QList<FixLogEntry>> readFor(const QString &endpointUrl) const;

private:
    QString m_path;
};

} // namespace hullcheck::core
