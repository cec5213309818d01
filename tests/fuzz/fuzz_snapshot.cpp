// libFuzzer target: a saved snapshot (hullcheck-cli scan --snapshot FILE, File → Open), read and scanned.
#include "fuzzsupport.h"

#include "core/bench/engine.h"
#include "core/bench/policy.h"
#include "core/snapshot/snapshot.h"

#include <cstddef>
#include <cstdint>

using namespace hullcheck;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    (void)fuzz::builtinRules();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const core::Result<core::Snapshot> snapshot = core::Snapshot::fromJson(fuzz::bytesOf(data, size));
    if (!snapshot.ok()) {
        return 0;
    }
    // What the CLI and the GUI do with a loaded snapshot: a title, a scan, a redacted copy for output.
    (void)snapshot.value().displayName();
    const core::ScanResult result =
        core::evaluate(snapshot.value(), fuzz::builtinRules(), core::Policy{}, fuzz::fixedToday());
    if (result.summary.score < 0 || result.summary.score > 100) {
        fuzz::invariantBroken("the score is outside 0..100");
    }
    // Whatever Hullcheck writes, it must read back.
    const core::Result<core::Snapshot> reread = core::Snapshot::fromJson(snapshot.value().redactedCopy().toJsonBytes());
    if (!reread.ok()) {
        fuzz::invariantBroken("a redacted snapshot that Hullcheck wrote does not load again");
    }
    return 0;
}
