#include "core/bench/builtinchecks.h"

namespace hullcheck::core {

void registerDaemonChecks(BuiltinChecks & /*checks*/)
{
}

} // namespace hullcheck::core
