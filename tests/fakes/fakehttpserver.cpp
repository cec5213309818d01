#include "fakes/fakehttpserver.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace hullcheck::tests {

namespace {

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::send(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written), MSG_NOSIGNAL);
        if (n <= 0) {
            return false;
        }
        written += n;
    }
    return true;
}

} // namespace

FakeHttpServer::FakeHttpServer(Script script)
    : m_script(std::move(script))
{
}

FakeHttpServer::~FakeHttpServer()
{
    m_stopping.store(true);
    if (m_wakeFds[1] >= 0) {
        const char byte = 'x';
        [[maybe_unused]] const ssize_t ignored = ::write(m_wakeFds[1], &byte, 1);
    }
    if (m_acceptor.joinable()) {
        m_acceptor.join();
    }
    std::vector<std::thread> connections;
    {
        const std::lock_guard lock(m_mutex);
        connections.swap(m_connections);
    }
    for (std::thread &connection : connections) {
        connection.join();
    }
    for (int fd : {m_listenFd, m_wakeFds[0], m_wakeFds[1]}) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
    if (!m_directory.isEmpty()) {
        QDir(m_directory).removeRecursively();
    }
}

bool FakeHttpServer::listen()
{
    char pattern[] = "/tmp/hcfake.XXXXXX";
    if (!::mkdtemp(pattern)) {
        return false;
    }
    m_directory = QString::fromLocal8Bit(pattern);
    m_socketPath = m_directory + QStringLiteral("/fake.sock");
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(m_socketPath);
    std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0 ||
        ::listen(m_listenFd, 16) != 0 || ::pipe2(m_wakeFds, O_CLOEXEC) != 0) {
        return false;
    }
    m_acceptor = std::thread([this] {
        acceptLoop();
    });
    return true;
}

QStringList FakeHttpServer::requests() const
{
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

QList<QByteArray> FakeHttpServer::requestBodies() const
{
    const std::lock_guard lock(m_mutex);
    return m_bodies;
}

FakeHttpServer::Reply FakeHttpServer::json(int status, const QByteArray &body)
{
    Reply reply;
    reply.raw = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: application/json\r\n" +
                "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return reply;
}

FakeHttpServer::Reply FakeHttpServer::ping(const QByteArray &apiVersion)
{
    Reply reply;
    reply.raw = "HTTP/1.1 200 OK\r\nApi-Version: " + apiVersion +
                "\r\nOstype: linux\r\nServer: Fake/1.0\r\nContent-Length: 2\r\n\r\nOK";
    return reply;
}

void FakeHttpServer::acceptLoop()
{
    while (!m_stopping.load()) {
        pollfd fds[2] = {{m_listenFd, POLLIN, 0}, {m_wakeFds[0], POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 || (fds[1].revents & POLLIN)) {
            return;
        }
        const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client >= 0) {
            const std::lock_guard lock(m_mutex);
            m_connections.emplace_back([this, client] {
                serve(client);
            });
        }
    }
}

void FakeHttpServer::serve(int fd)
{
    QByteArray buffer;
    while (!m_stopping.load()) {
        // Read one request head (and its body, when it has a Content-Length).
        qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        while (headEnd < 0) {
            pollfd fds[2] = {{fd, POLLIN, 0}, {m_wakeFds[0], POLLIN, 0}};
            if (::poll(fds, 2, -1) <= 0 || (fds[1].revents & POLLIN)) {
                ::close(fd);
                return;
            }
            char chunk[4096];
            const ssize_t n = ::recv(fd, chunk, sizeof(chunk), 0);
            if (n <= 0) {
                ::close(fd);
                return;
            }
            buffer.append(chunk, n);
            headEnd = buffer.indexOf("\r\n\r\n");
        }
        const QByteArray head = buffer.left(headEnd);
        qsizetype bodyLength = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                bodyLength = line.mid(15).trimmed().toLongLong();
            }
        }
        // The body may follow in later packets: read all of it before answering.
        while (buffer.size() - headEnd - 4 < bodyLength) {
            pollfd fds[2] = {{fd, POLLIN, 0}, {m_wakeFds[0], POLLIN, 0}};
            char chunk[4096];
            const ssize_t n =
                ::poll(fds, 2, -1) <= 0 || (fds[1].revents & POLLIN) ? 0 : ::recv(fd, chunk, sizeof(chunk), 0);
            if (n <= 0) {
                ::close(fd);
                return;
            }
            buffer.append(chunk, n);
        }
        const QByteArray body = buffer.mid(headEnd + 4, bodyLength);
        buffer.remove(0, headEnd + 4 + bodyLength);
        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        const QString method = QString::fromLatin1(requestLine.value(0));
        const QString path = QString::fromLatin1(requestLine.value(1));
        {
            const std::lock_guard lock(m_mutex);
            m_requests.append(method + QLatin1Char(' ') + path);
            m_bodies.append(body);
        }
        const Reply reply = m_script(method, path);
        if (reply.stall) {
            pollfd wake{m_wakeFds[0], POLLIN, 0};
            ::poll(&wake, 1, -1);
            ::close(fd);
            return;
        }
        if (reply.delayMs > 0) {
            ::usleep(static_cast<useconds_t>(reply.delayMs) * 1000);
        }
        if (!writeAll(fd, reply.raw)) {
            ::close(fd);
            return;
        }
        if (reply.endless) {
            const QByteArray filler(64 * 1024, ' ');
            while (!m_stopping.load() && writeAll(fd, filler)) {
            }
            ::close(fd);
            return;
        }
        if (reply.close) {
            ::close(fd);
            return;
        }
    }
    ::close(fd);
}

} // namespace hullcheck::tests
