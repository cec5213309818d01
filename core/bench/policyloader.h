#pragma once

#include "core/bench/policy.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace hullcheck::core {

// Reads a YAML policy file (format: README "Policy file"). Every error names the file and line.
class HULLCHECK_CORE_EXPORT PolicyLoader final
{
public:
    static Result<Policy> fromFile(const QString &path);
    static Result<Policy> fromYaml(const QByteArray &yaml, const QString &fileName);
};

} // namespace hullcheck::core
