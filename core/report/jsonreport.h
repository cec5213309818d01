#pragma once

#include "core/bench/engine.h"
#include "core/hullcheck_core_export.h"
#include "core/snapshot/snapshot.h"

#include <QByteArray>
#include <QJsonObject>

namespace hullcheck::core {

// The stable JSON report ("hullcheck-report/1"; README "JSON report").
HULLCHECK_CORE_EXPORT QJsonObject reportJson(const ScanResult &result, const Snapshot &snapshot);
HULLCHECK_CORE_EXPORT QByteArray reportJsonBytes(const ScanResult &result, const Snapshot &snapshot);

class JsonWriter;
// The report's "endpoint" and "daemon" keys (who was scanned), shared with the SARIF invocation's properties.
void writeDaemonIdentity(JsonWriter &out, const Snapshot &snapshot);

} // namespace hullcheck::core
