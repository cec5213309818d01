#pragma once

#include <QByteArray>

namespace hullcheck::core {

class ReportModel;

// JUnit XML: <testsuites> with a <testsuite> per CIS section (and "HC" for rules without a CIS id), a <testcase>
// per rule and object (classname = rule id, name = "<title> [<kind> <name>]"). fail → <failure type=severity>;
// warn of an automated rule (a heuristic finding) → <failure type="warn">; warn of a manual rule (a review item),
// skip and waived → <skipped message=reason>; pass and info pass (info text in <system-out>). The tests, failures,
// skipped and errors (always 0) counts are right on every suite and on <testsuites>.
QByteArray junitReport(const ReportModel &model);

} // namespace hullcheck::core
