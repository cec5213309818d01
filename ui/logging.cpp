#include "ui/logging.h"

Q_LOGGING_CATEGORY(lcUi, "hullcheck.ui", QtInfoMsg)
