#pragma once

#include "core/hullcheck_core_export.h"
#include "core/remediation/fixplan.h"
#include "core/result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hullcheck::core {

// What the artefacts of one container are made from.
struct HULLCHECK_CORE_EXPORT ContainerFixInput
{
    QJsonObject inspect;       // the container's inspect object
    QJsonObject image;         // its image's inspect object (empty when unknown: nothing counts as inherited)
    QString defaultLogDriver;  // the daemon's (/info LoggingDriver)
    QSet<QString> secretKeys;  // environment and label keys whose values are replaced by ${PLACEHOLDERS}
    QStringList failingRules;  // rule ids to fix in the recreated container
    QStringList dangerousCaps; // capabilities the capabilities rule flags; dropped from --cap-add
    FixValues values;
};

// A container recreated with every current setting preserved, plus the fixes.
struct HULLCHECK_CORE_EXPORT ContainerArtefacts
{
    QString dockerRun;        // "docker run -d \\\n  --name ... IMAGE [COMMAND]", quoted for POSIX shells
    QString compose;          // a compose file with this one service (YAML)
    QStringList placeholders; // ${VARIABLES} the user must provide (secret values that were not copied)
    QStringList fixedRules;   // the failing rules the artefacts repair
    QStringList notes;        // translated: extra networks, settings that cannot be expressed, ...
};

HULLCHECK_CORE_EXPORT ContainerArtefacts containerArtefacts(const ContainerFixInput &input);

// One word for a POSIX shell: unchanged when it is safe, else in single quotes.
HULLCHECK_CORE_EXPORT QString shellQuote(const QString &word);

// A double-quoted YAML scalar (escapes backslash, quote and control characters).
HULLCHECK_CORE_EXPORT QString yamlQuote(const QString &text);

// daemon.json with `changes` merged in (keys replaced), pretty-printed, and a unified-style diff.
struct HULLCHECK_CORE_EXPORT DaemonJsonPatch
{
    QString before; // the current file, normalised (sorted keys, 2-space indent); "{}" when there is none
    QString after;
    QString diff; // "--- PATH\n+++ PATH\n@@ ...\n-old\n+new\n context"
};

HULLCHECK_CORE_EXPORT Result<DaemonJsonPatch>
daemonJsonPatch(const QString &currentText, const QJsonObject &changes, const QString &path);

// A line-by-line diff of two texts in unified format (one hunk with the whole file as context).
HULLCHECK_CORE_EXPORT QString unifiedDiff(const QString &before, const QString &after, const QString &path);

} // namespace hullcheck::core
