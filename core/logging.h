#pragma once

#include "core/hullcheck_core_export.h"

#include <QLoggingCategory>

// One category per area; switch them on with QT_LOGGING_RULES="hullcheck.core.docker.debug=true".
// Never log secret values (environment variables, keys) through any of them.
HULLCHECK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcDocker)
HULLCHECK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcSnapshot)
HULLCHECK_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcHost)
