#pragma once

#include "core/bench/rule.h"
#include "core/snapshot/snapshot.h"

#include <QByteArray>
#include <QDate>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets of tests/fuzz (run them with tests/fuzz/run.sh).
namespace hullcheck::fuzz {

// Creates the one QCoreApplication (translations, the thread pool and the :/rules resources want it).
// Call from LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv);

// The fuzzer's input, without a copy; libFuzzer keeps `data` alive for the call.
QByteArray bytesOf(const std::uint8_t *data, std::size_t size);

// A small snapshot with one object of every kind, each carrying the fields the built-in rules read, so that
// evaluating a rule pack or policy touches most checks at a few milliseconds an input.
const core::Snapshot &smallSnapshot();

// The built-in rule packs (resources/rules), loaded once.
const core::RulePack &builtinRules();

// A fixed "today", so waiver expiry does not make runs differ from day to day.
QDate fixedToday();

// Aborts with `what` on stderr: the fuzzer then saves the input as a crash. For broken invariants.
[[noreturn]] void invariantBroken(const char *what);

} // namespace hullcheck::fuzz
