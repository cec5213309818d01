#pragma once

#include <QByteArray>

namespace hullcheck::core {

class ReportModel;

// SARIF 2.1.0 (OASIS): one run; tool.driver.rules holds every rule with results (help text from the rule pack);
// each listed result names its rule, the object as a logical location, and maps the status to SARIF's kind and
// level: fail → kind "fail", level "error" (critical, high), "warning" (medium, low) or "note" (info severity);
// warn → kind "fail", level "warning"; info → "informational"; pass → "pass"; skip → "notApplicable" (SARIF
// allows a level other than "none" only for kind "fail"); waived → kind "fail" at its level, with an external,
// accepted suppression whose justification is the waiver's reason.
QByteArray sarifReport(const ReportModel &model);

} // namespace hullcheck::core
