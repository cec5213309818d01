#pragma once

#include "core/bench/engine.h"
#include "core/bench/policy.h"
#include "core/bench/rule.h"
#include "core/hullcheck_core_export.h"
#include "core/remediation/fixlog.h"
#include "core/snapshot/snapshot.h"

#include <QString>

#include <optional>

namespace hullcheck::core {

// The report formats of `hullcheck-cli scan --format` and File → Export (README "Reports").
enum class ReportFormat { Json, Html, Pdf, Csv, Sarif, Junit, Markdown };
enum class PageSize { A4, Letter };

HULLCHECK_CORE_EXPORT QString reportFormatName(ReportFormat format); // "json", "html", ... "md"
HULLCHECK_CORE_EXPORT std::optional<ReportFormat> reportFormatFromName(const QString &name);
HULLCHECK_CORE_EXPORT QStringList reportFormatNames();
// Text formats may go to standard output; PDF is binary and needs a file.
HULLCHECK_CORE_EXPORT bool isTextFormat(ReportFormat format);
// Machine formats (JSON, SARIF, JUnit, CSV) list passed results by default; documents (HTML, PDF, Markdown)
// count them per rule and list only the rest unless asked.
HULLCHECK_CORE_EXPORT bool includesPassedByDefault(ReportFormat format);

struct HULLCHECK_CORE_EXPORT ReportOptions
{
    std::optional<bool> includePassed; // unset: the format's default; the JSON report always lists every result
    PageSize pageSize = PageSize::A4;  // PDF only
};

// Everything a report says, for every format: the scan, the snapshot it ran on (for the daemon's identity and the
// scope), the rules (titles, rationale, help), the policy (waiver register) and the fix log. All implicitly shared Qt
// values.
struct HULLCHECK_CORE_EXPORT ReportInput
{
    ScanResult result;
    Snapshot snapshot;
    RulePack rules;
    Policy policy; // empty when the scan used none (result.policyFile is empty then)
    ReportOptions options;
    // The live fixes applied to this daemon (the fix log's entries for its endpoint), oldest first; empty: none.
    // Documents (HTML, PDF, Markdown) list them; the machine formats do not.
    QList<FixLogEntry> fixLog = {};
};

} // namespace hullcheck::core
