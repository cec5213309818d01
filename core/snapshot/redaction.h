#pragma once

#include "core/hullcheck_core_export.h"

#include <QJsonObject>
#include <QString>

namespace hullcheck::core::redaction {

// "KEY=value" → "KEY=<redacted>"; an entry without '=' is kept (it carries no value).
HULLCHECK_CORE_EXPORT QString redactEnvEntry(const QString &entry);

// Values in an image history command: ENV/ARG instructions ("#(nop) ENV TOKEN=abc") and the build
// arguments Docker prefixes to RUN steps ("|2 TOKEN=abc USER=x /bin/sh -c ...").
HULLCHECK_CORE_EXPORT QString redactHistoryCommand(const QString &createdBy);

// An inspect object (container or image) with Config.Env / ContainerConfig.Env values and History
// CreatedBy values redacted. Keys stay, so checks and readers still see which variables exist.
HULLCHECK_CORE_EXPORT QJsonObject redactInspect(const QJsonObject &inspect);

} // namespace hullcheck::core::redaction
