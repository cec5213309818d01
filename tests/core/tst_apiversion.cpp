#include "core/docker/apiversion.h"

#include <QTest>

using namespace hullcheck::core;

class TestApiVersion : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void negotiates_data();
    void negotiates();
};

void TestApiVersion::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::newRow("plain") << QStringLiteral("1.41") << true << 1 << 41;
    QTest::newRow("spaces") << QStringLiteral(" 1.47 ") << true << 1 << 47;
    QTest::newRow("three parts") << QStringLiteral("1.41.0") << false << 0 << 0;
    QTest::newRow("letters") << QStringLiteral("v1.41") << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
    QTest::newRow("negative") << QStringLiteral("1.-4") << false << 0 << 0;
}

void TestApiVersion::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, major);
    QFETCH(int, minor);
    const std::optional<ApiVersion> version = ApiVersion::parse(text);
    QCOMPARE(version.has_value(), valid);
    if (valid) {
        QCOMPARE(version->major, major);
        QCOMPARE(version->minor, minor);
        QCOMPARE(version->toString(), QStringLiteral("%1.%2").arg(major).arg(minor));
    }
}

void TestApiVersion::negotiates_data()
{
    QTest::addColumn<QString>("serverMax");
    QTest::addColumn<QString>("serverMin");
    QTest::addColumn<QString>("expected"); // empty: an ApiVersion error
    // Debian 12's docker.io 20.10 answers API-Version 1.41, Min-API-Version 1.12 (captured from the test daemon).
    QTest::newRow("engine 20.10") << QStringLiteral("1.41") << QStringLiteral("1.12") << QStringLiteral("1.41");
    QTest::newRow("oldest supported") << QStringLiteral("1.40") << QStringLiteral("1.12") << QStringLiteral("1.40");
    QTest::newRow("engine 28 (1.50)") << QStringLiteral("1.50") << QStringLiteral("1.24") << QStringLiteral("1.50");
    QTest::newRow("newer than client") << QStringLiteral("1.99") << QStringLiteral("1.44")
                                       << ClientMaxApiVersion.toString();
    QTest::newRow("minor compared numerically")
        << QStringLiteral("1.100") << QStringLiteral("1.24") << ClientMaxApiVersion.toString();
    QTest::newRow("too old") << QStringLiteral("1.39") << QStringLiteral("1.12") << QString();
    QTest::newRow("server requires newer") << QStringLiteral("1.99") << QStringLiteral("1.60") << QString();
    QTest::newRow("no header") << QString() << QString() << ClientMinApiVersion.toString();
    QTest::newRow("garbage header") << QStringLiteral("banana") << QString() << QString();
}

void TestApiVersion::negotiates()
{
    QFETCH(QString, serverMax);
    QFETCH(QString, serverMin);
    QFETCH(QString, expected);
    const Result<ApiVersion> result = negotiateApiVersion(serverMax, serverMin);
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::ApiVersion);
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().toString(), expected);
    }
}

QTEST_APPLESS_MAIN(TestApiVersion)
#include "tst_apiversion.moc"
