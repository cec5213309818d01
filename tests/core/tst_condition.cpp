#include "core/bench/condition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hullcheck::core;

namespace {

// A trimmed container inspect of the testbed's hc-running (tests/data/snapshot-docker-20.10.json).
QJsonObject container()
{
    return QJsonDocument::fromJson(R"({
        "Name": "/hc-running",
        "Config": {"User": "1000", "Env": ["PATH=/bin", "HC_SECRET_PASSWORD=x"]},
        "HostConfig": {"Privileged": false, "Memory": 67108864, "PidsLimit": 64, "CapDrop": ["ALL"],
                       "CapAdd": null, "SecurityOpt": ["no-new-privileges"], "NetworkMode": "none"},
        "Mounts": [{"Type": "volume", "Source": "/var/lib/docker/volumes/hc-data/_data", "Destination": "/data",
                    "RW": true, "Propagation": ""},
                   {"Type": "bind", "Source": "/etc", "Destination": "/host-etc", "RW": false,
                    "Propagation": "rprivate"}],
        "Options": {"com.docker.network.bridge.enable_icc": "true"}
    })")
        .object();
}

Condition leaf(Condition::Op op, const QString &path, const QJsonValue &operand = {})
{
    Condition condition;
    condition.op = op;
    condition.path = path == QLatin1String(".") ? JsonPath() : path.split(QLatin1Char('.'));
    condition.operand = operand;
    return condition;
}

Condition combine(Condition::Op op, QList<Condition> children, const QString &path = {})
{
    Condition condition;
    condition.op = op;
    condition.children = std::move(children);
    if (!path.isEmpty()) {
        condition.path = path.split(QLatin1Char('.'));
    }
    return condition;
}

Condition matching(const QString &path, const QString &pattern)
{
    Condition condition = leaf(Condition::Op::Matches, path);
    condition.pattern = QRegularExpression(pattern);
    return condition;
}

Condition oneOf(const QString &path, const QList<QJsonValue> &values)
{
    Condition condition = leaf(Condition::Op::In, path);
    condition.operands = values;
    return condition;
}

} // namespace

class TestCondition : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data();
    void evaluates();
    void resolvesKeysWithDots();
    void describes();
};

void TestCondition::evaluates_data()
{
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<bool>("expected");
    using Op = Condition::Op;
    QTest::newRow("eq bool") << leaf(Op::Eq, QStringLiteral("HostConfig.Privileged"), false) << true;
    QTest::newRow("eq number") << leaf(Op::Eq, QStringLiteral("HostConfig.PidsLimit"), 64) << true;
    QTest::newRow("eq string vs bool") << leaf(Op::Eq, QStringLiteral("HostConfig.Privileged"), QStringLiteral("false"))
                                       << false;
    QTest::newRow("eq missing") << leaf(Op::Eq, QStringLiteral("HostConfig.Nope"), false) << false;
    QTest::newRow("ne missing") << leaf(Op::Ne, QStringLiteral("HostConfig.Nope"), true) << true;
    QTest::newRow("in") << oneOf(QStringLiteral("HostConfig.NetworkMode"),
                                 {QStringLiteral("host"), QStringLiteral("none")})
                        << true;
    QTest::newRow("not in") << oneOf(QStringLiteral("HostConfig.NetworkMode"), {QStringLiteral("host")}) << false;
    QTest::newRow("contains array") << leaf(Op::Contains, QStringLiteral("HostConfig.CapDrop"), QStringLiteral("ALL"))
                                    << true;
    QTest::newRow("contains null array") << leaf(Op::Contains,
                                                 QStringLiteral("HostConfig.CapAdd"),
                                                 QStringLiteral("ALL"))
                                         << false;
    QTest::newRow("contains substring") << leaf(Op::Contains, QStringLiteral("Name"), QStringLiteral("running"))
                                        << true;
    QTest::newRow("matches") << matching(QStringLiteral("Config.User"), QStringLiteral("^[0-9]+$")) << true;
    QTest::newRow("matches array element")
        << matching(QStringLiteral("HostConfig.SecurityOpt"), QStringLiteral("^no-new")) << true;
    QTest::newRow("matches missing") << matching(QStringLiteral("Config.Nope"), QStringLiteral(".*")) << false;
    QTest::newRow("lt") << leaf(Op::Lt, QStringLiteral("HostConfig.Memory"), 1) << false;
    QTest::newRow("gt") << leaf(Op::Gt, QStringLiteral("HostConfig.Memory"), 1) << true;
    QTest::newRow("gt on string") << leaf(Op::Gt, QStringLiteral("Name"), 1) << false;
    QTest::newRow("exists") << leaf(Op::Exists, QStringLiteral("HostConfig.Memory"), true) << true;
    QTest::newRow("exists null") << leaf(Op::Exists, QStringLiteral("HostConfig.CapAdd"), true) << false;
    QTest::newRow("missing") << leaf(Op::Exists, QStringLiteral("HostConfig.Nope"), false) << true;
    QTest::newRow("empty null") << leaf(Op::Empty, QStringLiteral("HostConfig.CapAdd"), true) << true;
    QTest::newRow("empty string") << leaf(Op::Empty, QStringLiteral("Mounts.0.Propagation"), true) << true;
    QTest::newRow("not empty") << leaf(Op::Empty, QStringLiteral("HostConfig.CapDrop"), false) << true;
    QTest::newRow("all") << combine(Op::All,
                                    {leaf(Op::Eq, QStringLiteral("HostConfig.Privileged"), false),
                                     leaf(Op::Gt, QStringLiteral("HostConfig.Memory"), 0)})
                         << true;
    QTest::newRow("any") << combine(Op::Any,
                                    {leaf(Op::Eq, QStringLiteral("HostConfig.Privileged"), true),
                                     leaf(Op::Eq, QStringLiteral("HostConfig.NetworkMode"), QStringLiteral("host"))})
                         << false;
    QTest::newRow("not") << combine(Op::Not, {leaf(Op::Eq, QStringLiteral("HostConfig.Privileged"), true)}) << true;
    QTest::newRow("any element") << combine(Op::AnyElement,
                                            {leaf(Op::Eq, QStringLiteral("Source"), QStringLiteral("/etc"))},
                                            QStringLiteral("Mounts"))
                                 << true;
    QTest::newRow("any element none") << combine(Op::AnyElement,
                                                 {oneOf(QStringLiteral("Propagation"),
                                                        {QStringLiteral("shared"), QStringLiteral("rshared")})},
                                                 QStringLiteral("Mounts"))
                                      << false;
    QTest::newRow("all elements") << combine(Op::AllElements,
                                             {leaf(Op::Exists, QStringLiteral("Destination"), true)},
                                             QStringLiteral("Mounts"))
                                  << true;
    QTest::newRow("element itself") << combine(Op::AnyElement,
                                               {matching(QStringLiteral("."), QStringLiteral("^HC_SECRET"))},
                                               QStringLiteral("Config.Env"))
                                    << true;
    QTest::newRow("all elements of missing")
        << combine(Op::AllElements, {leaf(Op::Eq, QStringLiteral("x"), 1)}, QStringLiteral("Nope")) << true;
}

void TestCondition::evaluates()
{
    QFETCH(Condition, condition);
    QFETCH(bool, expected);
    QCOMPARE(condition.evaluate(container()), expected);
}

void TestCondition::resolvesKeysWithDots()
{
    const JsonPath path{QStringLiteral("Options"), QStringLiteral("com.docker.network.bridge.enable_icc")};
    QCOMPARE(resolvePath(container(), path).toString(), QStringLiteral("true"));
    QVERIFY(resolvePath(container(), {QStringLiteral("Mounts"), QStringLiteral("7")}).isUndefined());
}

void TestCondition::describes()
{
    QCOMPARE(leaf(Condition::Op::Eq, QStringLiteral("HostConfig.Privileged"), true).describe(),
             QStringLiteral("HostConfig.Privileged = true"));
}

QTEST_APPLESS_MAIN(TestCondition)
#include "tst_condition.moc"
