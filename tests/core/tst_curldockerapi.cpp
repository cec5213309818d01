// CurlDockerApi against a scripted server on a unix socket: every way a daemon's answer can go wrong
// must give a clear Error of the right kind, promptly, and never a crash or a hang.
#include "fakes/fakehttpserver.h"

#include "core/coreruntime.h"
#include "core/docker/curldockerapi.h"
#include "core/docker/endpointresolver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace hullcheck::core;
using hullcheck::tests::FakeHttpServer;

namespace {

std::shared_ptr<CurlDockerApi> apiFor(const QString &url, TransportOptions options = {})
{
    const Result<Endpoint> endpoint = EndpointResolver::parseHost(url);
    if (!endpoint.ok()) {
        return nullptr;
    }
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint.value(), options);
    return api.ok() ? api.value() : nullptr;
}

FakeHttpServer::Reply headersOnly(const QByteArray &statusAndHeaders)
{
    FakeHttpServer::Reply reply;
    reply.raw = statusAndHeaders;
    reply.close = true;
    return reply;
}

} // namespace

class TestCurlDockerApi : public QObject
{
    Q_OBJECT

private slots:
    void negotiatesAndPrefixesPaths();
    void mapsBrokenAnswers_data();
    void mapsBrokenAnswers();
    void stalledDaemonTimesOut();
    void endlessBodyIsCapped();
    void cancelAbortsPromptly();
    void missingSocket();
    void refusedSocket();
    void tooOldDaemon();
    void notADockerDaemon();
    void parallelCallsShareBoundedConnections();

private:
    CoreRuntime m_runtime;
};

void TestCurlDockerApi::negotiatesAndPrefixesPaths()
{
    FakeHttpServer server([](const QString &, const QString &path) {
        if (path == QLatin1String("/_ping")) {
            return FakeHttpServer::ping("1.41");
        }
        return FakeHttpServer::json(200, R"({"Name":"fake"})");
    });
    QVERIFY(server.listen());
    auto api = apiFor(server.url());
    QVERIFY(api);
    const std::atomic_bool cancel{false};
    const Result<QJsonValue> info = api->getJson(QStringLiteral("/info"), cancel);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info.value().toObject().value(QLatin1String("Name")).toString(), QStringLiteral("fake"));
    QCOMPARE(server.requests(), QStringList({QStringLiteral("GET /_ping"), QStringLiteral("GET /v1.41/info")}));
}

void TestCurlDockerApi::mapsBrokenAnswers_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("http error with daemon message")
        << QByteArray(
               "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n"
               R"({"message":"disk on fire"})"
               "\n")
        << false << ErrorKind::Http << QStringLiteral("disk on fire");
    QTest::newRow("http error without message")
        << QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n") << false << ErrorKind::Http
        << QStringLiteral("503");
    QTest::newRow("plain http to a TLS port") << QByteArray("HTTP/1.0 400 Bad Request\r\nContent-Length: 48\r\n\r\n"
                                                            "Client sent an HTTP request to an HTTPS server.\n")
                                              << false << ErrorKind::Tls << QStringLiteral("expects TLS");
    QTest::newRow("body shorter than its Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Name\":")
        << true << ErrorKind::Parse << QStringLiteral("cut short");
    QTest::newRow("truncated JSON") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n{\"Name\":\"fak")
                                    << false << ErrorKind::Parse << QStringLiteral("truncated");
    QTest::newRow("malformed JSON") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 15\r\n\r\n{\"Name\" \"fake\"}")
                                    << false << ErrorKind::Parse << QStringLiteral("not valid JSON");
    QTest::newRow("headers and no body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n") << true
                                         << ErrorKind::Parse << QStringLiteral("cut short");
    QTest::newRow("closed without answering")
        << QByteArray() << true << ErrorKind::DaemonUnreachable << QStringLiteral("without answering");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << true << ErrorKind::Parse
                              << QStringLiteral("not a valid HTTP response");
    QTest::newRow("declared body over the cap") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\n\r\n[")
                                                << true << ErrorKind::ResponseTooLarge << QStringLiteral("MiB");
}

void TestCurlDockerApi::mapsBrokenAnswers()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, closeAfter);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, messagePart);
    FakeHttpServer server([&](const QString &, const QString &path) {
        if (path == QLatin1String("/_ping")) {
            return FakeHttpServer::ping();
        }
        FakeHttpServer::Reply reply = headersOnly(raw);
        reply.close = closeAfter;
        return reply;
    });
    QVERIFY(server.listen());
    TransportOptions options;
    options.requestTimeoutMs = 5000;
    options.maxResponseBytes = 1 << 20;
    auto api = apiFor(server.url(), options);
    QVERIFY(api);
    const std::atomic_bool cancel{false};
    const Result<QJsonValue> answer = api->getJson(QStringLiteral("/containers/json"), cancel);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, kind);
    QVERIFY2(answer.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(answer.error().message));
}

void TestCurlDockerApi::stalledDaemonTimesOut()
{
    FakeHttpServer server([](const QString &, const QString &path) {
        if (path == QLatin1String("/_ping")) {
            return FakeHttpServer::ping();
        }
        FakeHttpServer::Reply reply;
        reply.stall = true;
        return reply;
    });
    QVERIFY(server.listen());
    TransportOptions options;
    options.requestTimeoutMs = 700;
    auto api = apiFor(server.url(), options);
    const std::atomic_bool cancel{false};
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonValue> answer = api->getJson(QStringLiteral("/info"), cancel);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, ErrorKind::Timeout);
    QVERIFY2(timer.elapsed() < 5000, "the timeout must bound the wait");
}

void TestCurlDockerApi::endlessBodyIsCapped()
{
    FakeHttpServer server([](const QString &, const QString &path) {
        if (path == QLatin1String("/_ping")) {
            return FakeHttpServer::ping();
        }
        FakeHttpServer::Reply reply;
        reply.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[";
        reply.endless = true;
        return reply;
    });
    QVERIFY(server.listen());
    TransportOptions options;
    options.maxResponseBytes = 4 << 20;
    options.requestTimeoutMs = 20000;
    auto api = apiFor(server.url(), options);
    const std::atomic_bool cancel{false};
    const Result<QJsonValue> answer = api->getJson(QStringLiteral("/containers/json"), cancel);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, ErrorKind::ResponseTooLarge);
}

void TestCurlDockerApi::cancelAbortsPromptly()
{
    FakeHttpServer server([](const QString &, const QString &path) {
        if (path == QLatin1String("/_ping")) {
            return FakeHttpServer::ping();
        }
        FakeHttpServer::Reply reply;
        reply.stall = true;
        return reply;
    });
    QVERIFY(server.listen());
    TransportOptions options;
    options.requestTimeoutMs = 60000;
    auto api = apiFor(server.url(), options);
    std::atomic_bool cancel{false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel.store(true);
    });
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonValue> answer = api->getJson(QStringLiteral("/info"), cancel);
    canceller.join();
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, ErrorKind::Cancelled);
    QVERIFY2(timer.elapsed() < 5000, "cancel must not wait for the request timeout");
}

void TestCurlDockerApi::missingSocket()
{
    auto api = apiFor(QStringLiteral("unix:///nonexistent/hullcheck/docker.sock"));
    QVERIFY(api);
    const std::atomic_bool cancel{false};
    const Result<PingInfo> ping = api->ping(cancel);
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind, ErrorKind::SocketMissing);
    QVERIFY(ping.error().message.contains(QLatin1String("/nonexistent/hullcheck/docker.sock")));
}

void TestCurlDockerApi::refusedSocket()
{
    // A socket file nobody listens on: what a crashed daemon leaves behind.
    QTemporaryDir directory(QStringLiteral("/tmp/hc.XXXXXX"));
    const QString path = directory.filePath(QStringLiteral("stale.sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, QFile::encodeName(path).constData(), sizeof(address.sun_path) - 1);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    auto api = apiFor(QStringLiteral("unix://") + path);
    const std::atomic_bool cancel{false};
    const Result<PingInfo> ping = api->ping(cancel);
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind, ErrorKind::ConnectionRefused);
}

void TestCurlDockerApi::tooOldDaemon()
{
    FakeHttpServer server([](const QString &, const QString &) {
        return FakeHttpServer::ping("1.30");
    });
    QVERIFY(server.listen());
    auto api = apiFor(server.url());
    const std::atomic_bool cancel{false};
    const Result<PingInfo> ping = api->ping(cancel);
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind, ErrorKind::ApiVersion);
    QVERIFY(ping.error().message.contains(QLatin1String("1.30")));
}

void TestCurlDockerApi::notADockerDaemon()
{
    FakeHttpServer server([](const QString &, const QString &) {
        FakeHttpServer::Reply reply;
        reply.raw = "HTTP/1.1 200 OK\r\nContent-Length: 13\r\n\r\n<html></html>";
        return reply;
    });
    QVERIFY(server.listen());
    auto api = apiFor(server.url());
    const std::atomic_bool cancel{false};
    const Result<PingInfo> ping = api->ping(cancel);
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind, ErrorKind::Parse);
}

void TestCurlDockerApi::parallelCallsShareBoundedConnections()
{
    FakeHttpServer server([](const QString &, const QString &path) {
        if (path == QLatin1String("/_ping")) {
            return FakeHttpServer::ping();
        }
        FakeHttpServer::Reply reply = FakeHttpServer::json(200, R"([{"Id":"a"}])");
        reply.delayMs = 5;
        return reply;
    });
    QVERIFY(server.listen());
    TransportOptions options;
    options.maxConnections = 3;
    auto api = apiFor(server.url(), options);
    const std::atomic_bool cancel{false};
    QVERIFY(api->ping(cancel).ok());
    std::atomic_int successes{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 10; ++i) {
                if (api->getJson(QStringLiteral("/containers/json"), cancel).ok()) {
                    ++successes;
                }
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(successes.load(), 80);
}

QTEST_GUILESS_MAIN(TestCurlDockerApi)
#include "tst_curldockerapi.moc"
