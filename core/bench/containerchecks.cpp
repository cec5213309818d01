#include "core/bench/builtinchecks.h"

namespace hullcheck::core {

void registerContainerChecks(BuiltinChecks & /*checks*/)
{
}

} // namespace hullcheck::core
