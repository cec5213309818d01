// hullcheck-cli against a daemon that breaks in the middle of a scan: exit code 2, one line on standard error
// that says what broke, and an answer within the --timeout the user gave.
#include "fakes/benchtestsupport.h"
#include "fakes/hostiledaemon.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using hullcheck::tests::FakeHttpServer;
using hullcheck::tests::HostileDaemon;

namespace {

QString containerInspect(int index)
{
    return QStringLiteral("/containers/%1/json")
        .arg(
            hullcheck::tests::capturedSnapshot().containers.at(index).toObject().value(QLatin1String("Id")).toString());
}

} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failsClearlyAndPromptly_data();
    void failsClearlyAndPromptly();
    void scansTheWellBehavedFake();

private:
    QTemporaryDir m_dir;
};

void TestHostileCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHostileCli::failsClearlyAndPromptly_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("boundMs"); // from the start of the process to its exit

    // --timeout 1 for all: only the stall needs it, and it bounds the stall's answer.
    for (const char *command : {"scan", "snapshot"}) {
        const QString c = QString::fromLatin1(command);
        QTest::addRow("%s: stall", command)
            << c << QStringLiteral("stall") << QStringLiteral("did not answer within 1 s") << 1000 + 3000;
        QTest::addRow("%s: stall right after connecting", command)
            << c << QStringLiteral("stallping") << QStringLiteral("did not answer within 1 s") << 1000 + 3000;
        QTest::addRow("%s: daemon stops mid-scan", command)
            << c << QStringLiteral("stop") << QStringLiteral("closed the connection") << 3000;
        QTest::addRow("%s: HTTP 500 with message", command)
            << c << QStringLiteral("http500") << QStringLiteral("disk on fire") << 3000;
        QTest::addRow("%s: HTTP 500 without message", command)
            << c << QStringLiteral("http500bare") << QStringLiteral("HTTP 500 without a message") << 3000;
        QTest::addRow("%s: wrong type", command)
            << c << QStringLiteral("wrongtype") << QStringLiteral("unexpected shape") << 3000;
        QTest::addRow("%s: headers and no body", command)
            << c << QStringLiteral("nobody") << QStringLiteral("cut short") << 3000;
        QTest::addRow("%s: truncated JSON", command)
            << c << QStringLiteral("truncated") << QStringLiteral("truncated JSON") << 3000;
        QTest::addRow("%s: endless body", command)
            << c << QStringLiteral("endless") << QStringLiteral("MiB") << 1000 + 3000;
        QTest::addRow("%s: API 0.5", command) << c << QStringLiteral("api-old") << QStringLiteral("0.5") << 3000;
        QTest::addRow("%s: API 9.99, minimum 9.0", command)
            << c << QStringLiteral("api-new") << QStringLiteral("9.0") << 3000;
    }
}

void TestHostileCli::failsClearlyAndPromptly()
{
    QFETCH(QString, command);
    QFETCH(QString, failure);
    QFETCH(QString, messagePart);
    QFETCH(int, boundMs);
    HostileDaemon daemon(hullcheck::tests::capturedSnapshot());
    QVERIFY(daemon.listen());
    const QString middle = containerInspect(3);
    const auto at = [&daemon](const QString &target, FakeHttpServer::Reply reply) {
        daemon.setMisbehaviour([target, reply](const QString &resource) -> std::optional<FakeHttpServer::Reply> {
            return resource == target ? std::optional(reply) : std::nullopt;
        });
    };
    FakeHttpServer::Reply reply;
    if (failure == QLatin1String("stall")) {
        reply.stall = true;
        at(middle, reply);
    } else if (failure == QLatin1String("stallping")) {
        reply.stall = true;
        at(QStringLiteral("/_ping"), reply);
    } else if (failure == QLatin1String("stop")) {
        daemon.stopAfter(9);
    } else if (failure == QLatin1String("http500")) {
        at(middle, FakeHttpServer::json(500, R"({"message":"disk on fire"})"));
    } else if (failure == QLatin1String("http500bare")) {
        reply.raw = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n";
        at(middle, reply);
    } else if (failure == QLatin1String("wrongtype")) {
        daemon.setAnswer(QStringLiteral("/containers/json"), QJsonObject{{QStringLiteral("Id"), true}});
    } else if (failure == QLatin1String("nobody")) {
        reply.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n";
        reply.close = true;
        at(middle, reply);
    } else if (failure == QLatin1String("truncated")) {
        reply.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"Id\":\"abcd";
        at(middle, reply);
    } else if (failure == QLatin1String("endless")) {
        reply.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[";
        reply.endless = true;
        at(QStringLiteral("/images/json"), reply);
    } else if (failure == QLatin1String("api-old")) {
        daemon.setApiVersions("0.5");
    } else {
        daemon.setApiVersions("9.99", "9.0");
    }

    QProcess cli;
    QStringList arguments{command,
                          QStringLiteral("-H"),
                          daemon.url(),
                          QStringLiteral("--timeout"),
                          QStringLiteral("1"),
                          QStringLiteral("-o"),
                          m_dir.filePath(command + QLatin1String(".out"))};
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(HULLCHECK_CLI_PATH), arguments);
    QVERIFY(cli.waitForFinished(30000));
    const qint64 elapsed = timer.elapsed();
    const QString standardError = QString::fromUtf8(cli.readAllStandardError());
    qInfo("%s %s: exit %d after %lld ms: %s",
          qPrintable(command),
          qPrintable(failure),
          cli.exitCode(),
          static_cast<long long>(elapsed),
          qPrintable(standardError.trimmed()));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY2(standardError.startsWith(QLatin1String("hullcheck-cli: ")), qPrintable(standardError));
    QVERIFY2(standardError.endsWith(QLatin1Char('\n')) && standardError.count(QLatin1Char('\n')) == 1,
             qPrintable(standardError));
    QVERIFY2(standardError.contains(messagePart), qPrintable(standardError));
    QVERIFY(cli.readAllStandardOutput().isEmpty());
    QVERIFY2(elapsed < boundMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestHostileCli::scansTheWellBehavedFake()
{
    // The same fake, behaving: the failures above are the daemon's, not the fake's.
    HostileDaemon daemon(hullcheck::tests::capturedSnapshot());
    QVERIFY(daemon.listen());
    QProcess cli;
    cli.start(QStringLiteral(HULLCHECK_CLI_PATH),
              {QStringLiteral("scan"),
               QStringLiteral("-H"),
               daemon.url(),
               QStringLiteral("--timeout"),
               QStringLiteral("1"),
               QStringLiteral("-o"),
               m_dir.filePath(QStringLiteral("good.json"))});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
