#include "core/snapshot/connectionfacts.h"

#include "core/docker/certificatefile.h"

namespace hullcheck::core {

namespace {

// A key or certificate is often a symlink (docker contexts, secret mounts): what protects it is its target's mode.
FileFacts statFollowingLink(const QString &path)
{
    if (path.isEmpty()) {
        return {};
    }
    FileFacts facts = statFile(path);
    if (facts.type == QLatin1String("symlink") && !facts.linkTarget.isEmpty()) {
        FileFacts target = statFile(facts.linkTarget);
        target.path = path;
        target.linkTarget = facts.linkTarget;
        return target;
    }
    return facts;
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime dateTimeOrInvalid(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QJsonObject ConnectionFacts::toJson() const
{
    return QJsonObject{
        {QLatin1String("collected"), collected},
        {QLatin1String("client_key"), clientKey.toJson()},
        {QLatin1String("client_certificate"), clientCertificate.toJson()},
        {QLatin1String("client_certificate_not_before"), isoOrEmpty(clientCertificateNotBefore)},
        {QLatin1String("client_certificate_not_after"), isoOrEmpty(clientCertificateNotAfter)},
        {QLatin1String("client_certificate_error"), clientCertificateError},
    };
}

ConnectionFacts ConnectionFacts::fromJson(const QJsonObject &object)
{
    ConnectionFacts facts;
    facts.collected = object.value(QLatin1String("collected")).toBool();
    facts.clientKey = FileFacts::fromJson(object.value(QLatin1String("client_key")).toObject());
    facts.clientCertificate = FileFacts::fromJson(object.value(QLatin1String("client_certificate")).toObject());
    facts.clientCertificateNotBefore = dateTimeOrInvalid(object.value(QLatin1String("client_certificate_not_before")));
    facts.clientCertificateNotAfter = dateTimeOrInvalid(object.value(QLatin1String("client_certificate_not_after")));
    facts.clientCertificateError = object.value(QLatin1String("client_certificate_error")).toString();
    return facts;
}

ConnectionFacts collectConnectionFacts(const Endpoint &endpoint)
{
    ConnectionFacts facts;
    facts.collected = true;
    if (endpoint.transport != Endpoint::Transport::Tcp || !endpoint.tls.enabled) {
        return facts;
    }
    facts.clientKey = statFollowingLink(endpoint.tls.keyFile);
    facts.clientCertificate = statFollowingLink(endpoint.tls.certFile);
    if (!endpoint.tls.certFile.isEmpty()) {
        const CertificateValidity validity = readCertificateValidity(endpoint.tls.certFile);
        facts.clientCertificateNotBefore = validity.notBefore;
        facts.clientCertificateNotAfter = validity.notAfter;
        facts.clientCertificateError = validity.error;
    }
    return facts;
}

} // namespace hullcheck::core
