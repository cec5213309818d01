#include "core/bench/builtinchecks.h"

namespace hullcheck::core {

void registerHostChecks(BuiltinChecks & /*checks*/)
{
}

} // namespace hullcheck::core
