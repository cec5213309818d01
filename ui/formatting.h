#pragma once

#include "core/bench/finding.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Text for values shown in several views, so every page spells sizes, ages and ids the same way.
namespace hullcheck::ui::formatting {

// Docker's timestamps are RFC 3339 with up to nanoseconds ("2024-05-01T10:00:00.123456789Z").
// Returns an invalid QDateTime for an empty or zero ("0001-01-01T00:00:00Z") time.
QDateTime parseDockerTime(const QString &text);

// "12 minutes ago", "3 days ago"; empty for an invalid time.
QString ageText(const QDateTime &when, const QDateTime &now);

// The time in the user's locale, short format, local time zone.
QString dateTimeText(const QDateTime &when);

// "72.8 MB" (SI units, as the docker CLI prints them).
QString dataSize(qint64 bytes);

// "1.2 s", "350 ms".
QString durationText(qint64 milliseconds);

// The first 12 hex digits of an id, without the "sha256:" prefix.
QString shortId(const QString &id);

QString yesNo(bool value);

// Config.User of a container or image; the empty default runs as root, which the user should see.
QString userText(const QString &user);

// A container's name without the leading slash Docker stores ("/web" → "web").
QString containerName(const QJsonObject &container);

// The inspect object as indented JSON with environment values and history build arguments redacted.
QString redactedJson(const QJsonObject &inspect);

// Translated names of benchmark values: "Fail", "High", "Container".
QString statusText(core::Status status);
QString severityText(core::Severity severity);
QString scopeText(core::Scope scope);

// The CIS section of a CIS id ("5" for "5.12"); "HC" for results without one.
QString cisSection(const QString &cisId);
// "5 Container runtime"; "Hullcheck practices" for "HC".
QString sectionTitle(const QString &section);
// A key that sorts CIS ids naturally ("5.2" before "5.10"); ids without a number sort last.
QString cisSortKey(const QString &cisId);

} // namespace hullcheck::ui::formatting
