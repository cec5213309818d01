#pragma once

#include "fakes/fakehttpserver.h"

#include "core/snapshot/snapshot.h"

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace hullcheck::tests {

// A whole plausible Docker daemon on a unix socket, answering from a captured snapshot (tests/data), that can
// be told to misbehave: replace the JSON of any answer, answer any request with raw bytes, announce any API
// version, or stop in the middle of a scan.
//
// It serves GET /_ping, /info, /version, /containers/json, /containers/{id}/json and /top, /images/json,
// /images/{id}/json and /history, /networks, /networks/{id} and /volumes, with or without the /vX.Y prefix.
// Answers are keyed by their resource: the path without version prefix, query and percent-encoding
// ("/containers/<id>/json", "/images/sha256:<hex>/history").
class HostileDaemon final
{
public:
    explicit HostileDaemon(const core::Snapshot &source);
    ~HostileDaemon();
    HostileDaemon(const HostileDaemon &) = delete;
    HostileDaemon &operator=(const HostileDaemon &) = delete;

    bool listen();
    QString url() const;

    // Every resource with a JSON answer, in the order a collection asks for them (lists first).
    QStringList resources() const;
    // The answer the daemon gives now (the captured one unless replaced).
    QJsonValue answer(const QString &resource) const;
    // A resource's generic name: object ids replaced by "{id}" ("/containers/{id}/json").
    static QString genericResource(const QString &resource);

    // Replaces the JSON of one resource until reset().
    void setAnswer(const QString &resource, const QJsonValue &body);
    // Answers every request for which `misbehaviour` returns a reply with that reply instead (raw bytes,
    // stalls, endless bodies...). The resource is given as above; "/_ping" for the ping.
    using Misbehaviour = std::function<std::optional<FakeHttpServer::Reply>(const QString &resource)>;
    void setMisbehaviour(Misbehaviour misbehaviour);
    // The API-Version and Min-API-Version headers of /_ping (Min-API-Version is left out when empty).
    void setApiVersions(const QByteArray &maximum, const QByteArray &minimum = {});
    // After this many more requests, every request is answered by closing the connection: a daemon that
    // stopped in the middle of a scan. Negative: never.
    void stopAfter(int requests);
    // Stops like a daemon that is shut down: connections in flight are closed and the socket file goes away.
    void shutDown();
    // Back to the captured answers, no misbehaviour, API 1.41, never stopping.
    void reset();

    int requestCount() const; // since listen()

private:
    FakeHttpServer::Reply reply(const QString &path);

    std::unique_ptr<FakeHttpServer> m_server;
    QString m_url;
    mutable std::mutex m_mutex;
    QStringList m_order;
    QMap<QString, QJsonValue> m_captured;
    QMap<QString, QJsonValue> m_answers;
    Misbehaviour m_misbehaviour;
    QByteArray m_apiVersion = "1.41";
    QByteArray m_minApiVersion = "1.12";
    int m_remainingBeforeStop = -1;
    int m_requestCount = 0;
};

} // namespace hullcheck::tests
