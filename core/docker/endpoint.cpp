#include "core/docker/endpoint.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <arpa/inet.h>
#include <array>

namespace hullcheck::core {

namespace {

// True for the loopback and "this host" addresses: 127.0.0.0/8, 0.0.0.0, ::1, ::, and IPv4-mapped forms of them.
// A connection to 0.0.0.0 or :: reaches this machine on Linux, so the daemon is local then too.
bool isLoopbackOrUnspecifiedAddress(const QString &host)
{
    QString address = host;
    const qsizetype zone = address.indexOf(QLatin1Char('%'));
    if (zone >= 0) {
        address.truncate(zone);
    }
    const QByteArray latin1 = address.toLatin1();

    std::array<unsigned char, 4> v4{};
    if (inet_pton(AF_INET, latin1.constData(), v4.data()) == 1) {
        return v4[0] == 127 || v4 == std::array<unsigned char, 4>{0, 0, 0, 0};
    }

    std::array<unsigned char, 16> v6{};
    if (inet_pton(AF_INET6, latin1.constData(), v6.data()) != 1) {
        return false;
    }
    constexpr std::array<unsigned char, 12> MappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(MappedPrefix.begin(), MappedPrefix.end(), v6.begin())) {
        // ::ffff:a.b.c.d
        return v6.at(12) == 127 || (v6.at(12) == 0 && v6.at(13) == 0 && v6.at(14) == 0 && v6.at(15) == 0);
    }
    constexpr std::array<unsigned char, 16> Loopback{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    constexpr std::array<unsigned char, 16> Unspecified{};
    return v6 == Loopback || v6 == Unspecified;
}

QString transportName(Endpoint::Transport transport)
{
    switch (transport) {
    case Endpoint::Transport::Unix: return QStringLiteral("unix");
    case Endpoint::Transport::Tcp: return QStringLiteral("tcp");
    }
    return QStringLiteral("unix");
}

} // namespace

QString Endpoint::url() const
{
    if (transport == Transport::Unix) {
        return QStringLiteral("unix://") + socketPath;
    }
    // IPv6 literals need brackets, as in net.JoinHostPort.
    QString host = hostName;
    if (host.contains(QLatin1Char(':'))) {
        host = QLatin1Char('[') + hostName + QLatin1Char(']');
    }
    return QStringLiteral("tcp://") + host + QLatin1Char(':') + QString::number(port);
}

bool Endpoint::isLocal() const
{
    if (transport == Transport::Unix) {
        return true;
    }
    QString host = hostName.toLower();
    if (host.endsWith(QLatin1Char('.'))) {
        host.chop(1);
    }
    if (host == QLatin1String("localhost")) {
        return true;
    }
    return isLoopbackOrUnspecifiedAddress(host);
}

bool Endpoint::isUnverified() const
{
    return transport == Transport::Tcp && (!tls.enabled || !tls.verify);
}

QString Endpoint::describe() const
{
    if (transport == Transport::Unix) {
        return url();
    }
    if (!tls.enabled) {
        //: %1 is an endpoint URL such as tcp://host:2375
        return QCoreApplication::translate("hullcheck::core::Endpoint", "%1 (plain TCP, unencrypted)").arg(url());
    }
    if (tls.verify) {
        //: %1 is an endpoint URL such as tcp://host:2376
        return QCoreApplication::translate("hullcheck::core::Endpoint", "%1 (TLS, verified)").arg(url());
    }
    //: %1 is an endpoint URL such as tcp://host:2376; the server certificate is not checked
    return QCoreApplication::translate("hullcheck::core::Endpoint", "%1 (TLS, NOT verified)").arg(url());
}

QJsonObject Endpoint::toJson() const
{
    QJsonObject tlsObject;
    tlsObject.insert(QStringLiteral("enabled"), tls.enabled);
    tlsObject.insert(QStringLiteral("verify"), tls.verify);
    tlsObject.insert(QStringLiteral("ca_file"), tls.caFile);
    tlsObject.insert(QStringLiteral("cert_file"), tls.certFile);
    tlsObject.insert(QStringLiteral("key_file"), tls.keyFile);

    QJsonObject object;
    object.insert(QStringLiteral("transport"), transportName(transport));
    object.insert(QStringLiteral("url"), url());
    object.insert(QStringLiteral("socket_path"), socketPath);
    object.insert(QStringLiteral("host"), hostName);
    object.insert(QStringLiteral("port"), port);
    object.insert(QStringLiteral("tls"), tlsObject);
    object.insert(QStringLiteral("source"), source);
    object.insert(QStringLiteral("context"), contextName);
    return object;
}

Endpoint Endpoint::fromJson(const QJsonObject &object)
{
    Endpoint endpoint;
    endpoint.transport =
        object.value(QStringLiteral("transport")).toString() == QLatin1String("tcp") ? Transport::Tcp : Transport::Unix;
    endpoint.socketPath = object.value(QStringLiteral("socket_path")).toString();
    endpoint.hostName = object.value(QStringLiteral("host")).toString();
    endpoint.port = object.value(QStringLiteral("port")).toInt();

    const QJsonObject tlsObject = object.value(QStringLiteral("tls")).toObject();
    endpoint.tls.enabled = tlsObject.value(QStringLiteral("enabled")).toBool(false);
    endpoint.tls.verify = tlsObject.value(QStringLiteral("verify")).toBool(true);
    endpoint.tls.caFile = tlsObject.value(QStringLiteral("ca_file")).toString();
    endpoint.tls.certFile = tlsObject.value(QStringLiteral("cert_file")).toString();
    endpoint.tls.keyFile = tlsObject.value(QStringLiteral("key_file")).toString();

    endpoint.source = object.value(QStringLiteral("source")).toString();
    endpoint.contextName = object.value(QStringLiteral("context")).toString();
    return endpoint;
}

} // namespace hullcheck::core
