#pragma once

#include "core/hullcheck_core_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hullcheck::core {

// The validity period of the first certificate in a PEM file. Core links no TLS library of its own (libcurl
// owns OpenSSL), so the few DER fields needed are read here.
struct HULLCHECK_CORE_EXPORT CertificateValidity
{
    QDateTime notBefore; // UTC; invalid when the file could not be read or parsed
    QDateTime notAfter;
    QString error; // why it could not be read, empty on success

    bool ok() const { return error.isEmpty() && notBefore.isValid() && notAfter.isValid(); }
    bool hasExpired(const QDateTime &now) const { return ok() && now > notAfter; }
    bool isNotYetValid(const QDateTime &now) const { return ok() && now < notBefore; }
};

HULLCHECK_CORE_EXPORT CertificateValidity certificateValidityFromPem(const QByteArray &pem);
HULLCHECK_CORE_EXPORT CertificateValidity readCertificateValidity(const QString &path);

} // namespace hullcheck::core
