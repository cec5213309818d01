#include "core/bench/rule.h"

namespace hullcheck::core {

QString Rule::section() const
{
    if (cisId.isEmpty()) {
        return QStringLiteral("HC");
    }
    return cisId.section(QLatin1Char('.'), 0, 0);
}

} // namespace hullcheck::core
