#pragma once

#include "core/bench/policy.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace hullcheck::core {

// Adds waivers to a YAML policy file (format: README "Policy file"). The file's own text, comments included,
// is kept: the waiver is inserted as text where the "waivers" list ends. The new text is checked with
// PolicyLoader before anything is written, so a written file always loads.
class HULLCHECK_CORE_EXPORT PolicyWriter final
{
public:
    // The policy text with `waiver` appended; `yaml` may be empty (a new file). Fails when `yaml` does not load.
    static Result<QByteArray> withWaiver(const QByteArray &yaml, const Waiver &waiver, const QString &fileName);
    // Reads `path` (a missing file is a new, empty policy), appends the waiver and replaces the file atomically.
    static VoidResult appendWaiver(const QString &path, const Waiver &waiver);
};

} // namespace hullcheck::core
