#pragma once

#include "core/hullcheck_core_export.h"

#include <QtGlobal>

namespace hullcheck::core {

// Process-wide set-up of core's libraries. Create one in main() before any thread starts;
// libcurl's global initialisation is not thread-safe.
class HULLCHECK_CORE_EXPORT CoreRuntime final
{
    Q_DISABLE_COPY_MOVE(CoreRuntime)

public:
    CoreRuntime();
    ~CoreRuntime();

    // The libcurl version string, e.g. "libcurl/7.88.1 OpenSSL/3.0.11", for --version and reports.
    static QString transportVersion();
};

} // namespace hullcheck::core
