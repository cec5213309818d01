#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace hullcheck::tests {

// A scripted HTTP server on a unix socket, for misbehaving-daemon tests: it answers each request with
// the raw bytes the script gives (so truncated bodies, bad headers and endless bodies are possible).
class FakeHttpServer final
{
public:
    struct Reply
    {
        QByteArray raw;       // written as is: status line, headers, body
        int delayMs = 0;      // wait before writing
        bool stall = false;   // never answer (until the server stops)
        bool endless = false; // after `raw`, keep sending body bytes until the client goes away
        bool close = false;   // close the connection after writing
    };
    using Script = std::function<Reply(const QString &method, const QString &path)>;

    explicit FakeHttpServer(Script script);
    ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer &) = delete;
    FakeHttpServer &operator=(const FakeHttpServer &) = delete;

    bool listen(); // on a fresh socket in a temporary directory
    QString socketPath() const { return m_socketPath; }
    QString url() const { return QStringLiteral("unix://") + m_socketPath; }
    QStringList requests() const;            // "GET /v1.41/info", in arrival order
    QList<QByteArray> requestBodies() const; // the body of each request (empty without one), as requests()

    // Helpers for scripts.
    static Reply json(int status, const QByteArray &body);
    static Reply ping(const QByteArray &apiVersion = "1.41");

private:
    void acceptLoop();
    void serve(int fd);

    Script m_script;
    QString m_directory;
    QString m_socketPath;
    int m_listenFd = -1;
    int m_wakeFds[2] = {-1, -1};
    std::atomic_bool m_stopping{false};
    std::thread m_acceptor;
    mutable std::mutex m_mutex;
    std::vector<std::thread> m_connections;
    QStringList m_requests;
    QList<QByteArray> m_bodies;
};

} // namespace hullcheck::tests
