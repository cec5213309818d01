#pragma once

#include <QLoggingCategory>

// The ui's category; switch it on with QT_LOGGING_RULES="hullcheck.ui.debug=true". Never log secret values.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
