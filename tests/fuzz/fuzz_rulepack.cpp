// libFuzzer target: a YAML rule pack (--rules DIR, resources/rules/FORMAT.md), loaded and evaluated.
#include "fuzzsupport.h"

#include "core/bench/engine.h"
#include "core/bench/policy.h"
#include "core/bench/rulepackloader.h"

#include <cstddef>
#include <cstdint>

using namespace hullcheck;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    (void)fuzz::smallSnapshot();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const core::Result<core::RulePack> pack =
        core::RulePackLoader::fromYaml(fuzz::bytesOf(data, size), QStringLiteral("fuzz.yaml"));
    if (!pack.ok()) {
        if (!pack.error().message.startsWith(QLatin1String("fuzz.yaml:"))) {
            fuzz::invariantBroken("a rule pack error does not start with FILE:LINE");
        }
        return 0;
    }
    // A loaded pack must evaluate without trouble on a real snapshot.
    const core::ScanResult result =
        core::evaluate(fuzz::smallSnapshot(), pack.value(), core::Policy{}, fuzz::fixedToday());
    if (result.summary.score < 0 || result.summary.score > 100) {
        fuzz::invariantBroken("the score is outside 0..100");
    }
    return 0;
}
