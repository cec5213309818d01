#pragma once

#include "core/snapshot/snapshot.h"

#include <QString>

namespace hullcheck::tests {

// A secret that sits in a container's and an image's environment; no view may ever show it.
QString sampleSecret();

// A small daemon: 6 containers (one per state), 4 images, 3 networks, 3 volumes. Written for the UI tests,
// in the shape of Docker 20.10 inspect objects, so each test controls its data.
core::Snapshot sampleSnapshot();

} // namespace hullcheck::tests
