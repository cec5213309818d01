#pragma once

#include "core/docker/dockerapi.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"
#include "core/snapshot/snapshot.h"

#include <QString>

#include <functional>

namespace hullcheck::core {

struct HULLCHECK_CORE_EXPORT CollectOptions
{
    int concurrency = 8;          // parallel requests, each on its own keep-alive connection
    bool collectHostFacts = true; // only applies to local daemons
    bool collectProcesses = true; // GET /containers/{id}/top for running containers
    bool collectHistory = true;   // GET /images/{id}/history
};

struct HULLCHECK_CORE_EXPORT CollectProgress
{
    enum class Stage { Connecting, Listing, Containers, Images, Networks, Host, Done };
    Stage stage = Stage::Connecting;
    int done = 0;
    int total = 0;

    static QString stageName(Stage stage); // translated, for progress bars
};

using ProgressCallback = std::function<void(const CollectProgress &)>;

// Collects a snapshot: ping and version negotiation, then /info, /version and the object lists, then
// inspect for every container (all states), image, network, in parallel with bounded concurrency.
// Objects that vanish between list and inspect are left out with a warning. Blocking; honours `cancel`.
// `progress` is called from worker threads.
HULLCHECK_CORE_EXPORT Result<Snapshot> collectSnapshot(DockerApi &api,
                                                       const CollectOptions &options,
                                                       const CancelFlag &cancel,
                                                       const ProgressCallback &progress = {});

} // namespace hullcheck::core
