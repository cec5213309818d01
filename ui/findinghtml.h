#pragma once

#include "core/bench/finding.h"
#include "core/bench/rule.h"

#include <QString>

// The details of one result as HTML for a read-only QTextBrowser: every text escaped, references as links.
namespace hullcheck::ui {

// `rule` adds the description, rationale and references; null when the rule pack is not known (a report).
QString findingDetailsHtml(const core::Finding &finding, const core::Rule *rule);

} // namespace hullcheck::ui
