#pragma once

#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace hullcheck::core {

// Writes a whole file atomically (a temporary file renamed over the target), so a failed write never
// leaves half a report or snapshot behind. `ownerOnly` creates it with mode 0600 before any byte is written.
HULLCHECK_CORE_EXPORT VoidResult writeFileAtomically(const QString &path, const QByteArray &bytes, bool ownerOnly);

} // namespace hullcheck::core
