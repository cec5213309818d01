#pragma once

#include "core/docker/dockerapi.h"
#include "core/docker/endpoint.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QString>

namespace hullcheck::core {

// Who answers at an endpoint: the "Test connection" of the Connect dialog.
struct HULLCHECK_CORE_EXPORT DaemonIdentity
{
    QString name;             // /info Name
    QString engineVersion;    // /version Version
    QString apiVersion;       // the negotiated Engine API version
    QString serverApiVersion; // the daemon's maximum
};

// Pings the daemon, negotiates the API version and reads its name and version. Blocking: call it off the GUI
// thread. Errors are the transport's own (socket missing, permission denied, TLS, API version …).
HULLCHECK_CORE_EXPORT Result<DaemonIdentity> probeDaemon(const Endpoint &endpoint, const CancelFlag &cancel);

} // namespace hullcheck::core
