#include "core/bench/builtinchecks.h"

namespace hullcheck::core {

void registerImageChecks(BuiltinChecks & /*checks*/)
{
}

} // namespace hullcheck::core
