// libFuzzer target: a YAML policy file (--policy FILE, File → Choose Policy…), loaded, applied to a scan, and given
// a waiver the way the GUI's Waive… writes one.
#include "fuzzsupport.h"

#include "core/bench/engine.h"
#include "core/bench/policyloader.h"
#include "core/bench/policywriter.h"

#include <cstddef>
#include <cstdint>

using namespace hullcheck;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    (void)fuzz::smallSnapshot();
    (void)fuzz::builtinRules();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray yaml = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("policy.yaml");
    const core::Result<core::Policy> policy = core::PolicyLoader::fromYaml(yaml, fileName);
    if (!policy.ok()) {
        if (!policy.error().message.startsWith(QLatin1String("policy.yaml:"))) {
            fuzz::invariantBroken("a policy error does not start with FILE:LINE");
        }
        return 0;
    }
    const core::ScanResult result =
        core::evaluate(fuzz::smallSnapshot(), fuzz::builtinRules(), policy.value(), fuzz::fixedToday());
    if (result.summary.score < 0 || result.summary.score > 100) {
        fuzz::invariantBroken("the score is outside 0..100");
    }

    // PolicyWriter promises that a policy that loads still loads, with one more waiver, after Waive….
    core::Waiver waiver;
    waiver.ruleId = QStringLiteral("5.10");
    waiver.targetPattern = QStringLiteral("web-*");
    waiver.reason = QStringLiteral("fuzz: \"quoted\" # not a comment");
    waiver.approver = QStringLiteral("ops: team");
    waiver.expires = QDate(2027, 1, 31);
    const core::Result<QByteArray> written = core::PolicyWriter::withWaiver(yaml, waiver, fileName);
    if (!written.ok()) {
        fuzz::invariantBroken("PolicyWriter refuses a policy that loads");
    }
    const core::Result<core::Policy> reread = core::PolicyLoader::fromYaml(written.value(), fileName);
    if (!reread.ok()) {
        fuzz::invariantBroken("the policy PolicyWriter wrote does not load");
    }
    if (reread.value().waivers.size() != policy.value().waivers.size() + 1) {
        fuzz::invariantBroken("the policy PolicyWriter wrote does not have exactly one more waiver");
    }
    return 0;
}
