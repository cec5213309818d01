#pragma once

#include "fakes/testbed.h"

#include "core/docker/curldockerapi.h"
#include "core/docker/endpoint.h"

#include <QSet>
#include <QString>

#include <memory>

namespace hullcheck::tests {

// Helpers shared by the integration tests.
core::Endpoint unixEndpoint(const QString &url);
// tcp://localhost:PORT with the testbed's CA and the given client certificate files (empty: none).
core::Endpoint tlsEndpoint(const Testbed &testbed,
                           const QString &host,
                           const QString &caFile,
                           const QString &certFile,
                           const QString &keyFile);
// The set of lines of a docker CLI answer (IDs, names).
QSet<QString> lineSet(const QString &text);
// The values of a key ("Id", "Name") over a JSON array of objects; names lose Docker's leading '/'.
QSet<QString> valueSet(const QJsonArray &objects, const QString &key);

} // namespace hullcheck::tests
