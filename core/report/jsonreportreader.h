#pragma once

#include "core/bench/engine.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"
#include "core/snapshot/snapshot.h"

#include <QByteArray>
#include <QString>

namespace hullcheck::core {

// A JSON report ("hullcheck-report/1", written by reportJsonBytes) read back: what File → Open shows when given a
// report instead of a snapshot. A report carries results and the daemon's identity, but no inventory.
struct HULLCHECK_CORE_EXPORT LoadedReport
{
    // The daemon's identity (endpoint, name, id, versions, OS, kernel, certificate fingerprint) and when the
    // snapshot was collected; its containers, images, networks and volumes are empty.
    Snapshot snapshot;
    // The findings, summary, rules, policy and the generation time (generatedAt).
    ScanResult result;
    // How many objects the scanned snapshot had.
    int containers = 0;
    int images = 0;
    int networks = 0;
    int volumes = 0;
    QString toolVersion;
};

// True when the bytes look like a JSON report (its "schema" key), as opposed to a snapshot.
HULLCHECK_CORE_EXPORT bool isJsonReport(const QByteArray &bytes);

// Parses a report; `fileName` names the file in errors ("report.json is not a Hullcheck report: …").
HULLCHECK_CORE_EXPORT Result<LoadedReport> parseJsonReport(const QByteArray &bytes, const QString &fileName);
HULLCHECK_CORE_EXPORT Result<LoadedReport> readJsonReport(const QString &path);

} // namespace hullcheck::core
