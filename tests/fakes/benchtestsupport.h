#pragma once

#include "core/bench/builtinchecks.h"
#include "core/bench/finding.h"
#include "core/snapshot/snapshot.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace hullcheck::tests {

// Helpers shared by the tests of the builtin checks (tests/core/tst_containerchecks.cpp, tst_imagechecks.cpp).

// "pass", "info", "skip", "waived", "warn", "fail", as the test rows spell them.
QString statusText(core::Status status);

// tests/data/snapshot-docker-20.10.json, captured from the test daemon (tests/data/README.md), read once.
const core::Snapshot &capturedSnapshot();

// Changes the object called `name` in an array of containers, networks or volumes ("Name"), or images (a
// RepoTag). Each key of `patch` is a dotted path ("HostConfig.CapAdd"); the string "<remove>" removes the key.
// Keys holding dots are set by giving their parent object whole.
void patchArrayEntry(QJsonArray &array, const QString &name, const QJsonObject &patch);

// The object of a JSON text in a test row; empty for an empty text. A bad text stops the test (qFatal).
QJsonObject json(const char *text);

// Runs one builtin on "container:NAME", "image:TAG", "network:NAME", "volume:NAME" or "daemon" of the captured
// snapshot, after `patch` (dotted paths, as patchArrayEntry) changed the object. `context` changes the snapshot
// and policy around it:
//   securityOptions [..]        /info SecurityOptions
//   socket "/path"              the daemon socket the scan used
//   infoPatch {dotted: value}   /info
//   imagePatch {..}             the image hc/busybox:1.0
//   networkPatch {name: {..}}   networks by name
//   addImages/addNetworks/addVolumes [..]
//   hostCollected bool, daemonArgs [..], configText "..."   host facts
//   requiredLabels [..], trustedRegistries [..], maxImageAgeDays, maxLayers, maxImageSizeBytes   policy
core::CheckOutcome runBuiltin(const QString &builtin,
                              const QString &base,
                              const QJsonObject &patch,
                              const QJsonObject &params,
                              const QJsonObject &context);

// The data-driven test of builtins: builtins_data() calls addBuiltinColumns() and adds rows with a BuiltinRow;
// builtins() calls verifyBuiltinRow(), which runs the row's builtin (runBuiltin) and checks its outcome.
void addBuiltinColumns();

// Adds a row: patch, context and params are JSON texts (json()); `contains` must be in the evidence or reason,
// `lacks` in none of evidence, reason and value.
struct BuiltinRow
{
    void operator()(const char *name,
                    const char *builtin,
                    const char *base,
                    const char *patch,
                    const char *expected,
                    const char *contains = "",
                    const char *context = "",
                    const char *params = "",
                    const char *lacks = "") const;
};

void verifyBuiltinRow();

} // namespace hullcheck::tests
