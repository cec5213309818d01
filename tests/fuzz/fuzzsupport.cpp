#include "fuzzsupport.h"

#include "core/bench/rulepackloader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace hullcheck::fuzz {

namespace {

// The first `count` elements: enough for one object of each kind to reach the checks.
QJsonArray firstOf(const QJsonArray &array, qsizetype count)
{
    QJsonArray result;
    for (qsizetype i = 0; i < array.size() && i < count; ++i) {
        result.append(array.at(i));
    }
    return result;
}

} // namespace

void initialize(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer leaves through exit(), and the application must outlive every input.
    static auto *application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
}

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

const core::Snapshot &smallSnapshot()
{
    static const core::Snapshot snapshot = [] {
        // The demo snapshot (resources/demo) has host facts and running containers; two of each kind keep a
        // rule pack's evaluation cheap while still covering every scope.
        core::Result<core::Snapshot> demo =
            core::Snapshot::load(QStringLiteral(HULLCHECK_SOURCE_DIR "/resources/demo/demo-snapshot.json"));
        if (!demo.ok()) {
            std::fprintf(stderr, "fuzz: cannot load the demo snapshot: %s\n", qPrintable(demo.error().message));
            std::abort();
        }
        core::Snapshot small = demo.value();
        small.containers = firstOf(small.containers, 2);
        small.images = firstOf(small.images, 2);
        small.networks = firstOf(small.networks, 2);
        small.volumes = firstOf(small.volumes, 2);
        return small;
    }();
    return snapshot;
}

const core::RulePack &builtinRules()
{
    static const core::RulePack rules = [] {
        core::Result<core::RulePack> builtin = core::RulePackLoader::builtin();
        if (!builtin.ok()) {
            std::fprintf(stderr, "fuzz: cannot load the built-in rules: %s\n", qPrintable(builtin.error().message));
            std::abort();
        }
        return builtin.value();
    }();
    return rules;
}

QDate fixedToday()
{
    return {2026, 6, 1};
}

void invariantBroken(const char *what)
{
    std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
    std::abort();
}

} // namespace hullcheck::fuzz
