#include "core/logging.h"

Q_LOGGING_CATEGORY(lcDocker, "hullcheck.core.docker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSnapshot, "hullcheck.core.snapshot", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHost, "hullcheck.core.host", QtInfoMsg)
