#pragma once

#include "core/docker/endpoint.h"
#include "core/host/hostfacts.h"
#include "core/hullcheck_core_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hullcheck::core {

// The client side of the connection a snapshot was taken over: the TLS files this machine used, as they were at
// collection time. Always read, whether the daemon is local or remote: the files are the user's own. Saved in the
// snapshot ("connection"), so a report made later from the file shows the same results.
struct HULLCHECK_CORE_EXPORT ConnectionFacts
{
    bool collected = false; // false: a snapshot saved by a Hullcheck that did not record them

    // stat(2) of the client key and certificate, following a symlink to its target (`path` stays the path the
    // endpoint names, `linkTarget` the file examined). Empty `path`: the endpoint has none.
    FileFacts clientKey;
    FileFacts clientCertificate;
    QDateTime clientCertificateNotBefore; // UTC; invalid when unknown
    QDateTime clientCertificateNotAfter;
    QString clientCertificateError; // why its validity could not be read

    QJsonObject toJson() const;
    static ConnectionFacts fromJson(const QJsonObject &object);
};

HULLCHECK_CORE_EXPORT ConnectionFacts collectConnectionFacts(const Endpoint &endpoint);

} // namespace hullcheck::core
