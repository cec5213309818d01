#include "samplesnapshot.h"

#include "ui/formatting.h"
#include "ui/models/containersmodel.h"
#include "ui/models/imagesmodel.h"
#include "ui/models/inventoryfilterproxy.h"
#include "ui/models/networksmodel.h"
#include "ui/models/volumesmodel.h"
#include "ui/statuspalette.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace hullcheck;
using namespace hullcheck::ui;

namespace {

enum class Kind { Containers, Images, Networks, Volumes };

std::unique_ptr<InventoryModel> makeModel(Kind kind)
{
    switch (kind) {
    case Kind::Containers: return std::make_unique<ContainersModel>();
    case Kind::Images: return std::make_unique<ImagesModel>();
    case Kind::Networks: return std::make_unique<NetworksModel>();
    case Kind::Volumes: return std::make_unique<VolumesModel>();
    }
    return {};
}

// The row whose first column reads `name`.
int rowNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.index(row, column).data().toString());
    }
    return values;
}

} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(hullcheck::ui::Tone)

class TestInventoryModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void satisfiesModelContract_data();
    void satisfiesModelContract();
    void showsText_data();
    void showsText();
    void sortsByValue_data();
    void sortsByValue();
    void alignsNumbersRight();
    void givesStateTones_data();
    void givesStateTones();
    void filtersOnTextAndId();
    void groupsResultsByObject();
    void sortsTextAsLocaleAwareCompare();
    void formatsAges_data();
    void formatsAges();
    void parsesDockerTimes();
    void redactsInspectData();
};

void TestInventoryModels::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestInventoryModels::satisfiesModelContract_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("containers") << Kind::Containers << 6 << int(ContainersModel::ColumnCount);
    QTest::newRow("images") << Kind::Images << 4 << int(ImagesModel::ColumnCount);
    QTest::newRow("networks") << Kind::Networks << 3 << int(NetworksModel::ColumnCount);
    QTest::newRow("volumes") << Kind::Volumes << 3 << int(VolumesModel::ColumnCount);
}

void TestInventoryModels::satisfiesModelContract()
{
    QFETCH(Kind, kind);
    QFETCH(int, rows);
    QFETCH(int, columns);
    const std::unique_ptr<InventoryModel> model = makeModel(kind);
    InventoryFilterProxy proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester modelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model->setSnapshot(tests::sampleSnapshot());
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->columnCount(), columns);
    for (int section = 0; section < columns; ++section) {
        QVERIFY(!model->headerData(section, Qt::Horizontal).toString().isEmpty());
    }
    proxy.sort(0, Qt::DescendingOrder);
    proxy.setFilterText(QStringLiteral("e"));
    proxy.setFilterText({});
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    model->setSnapshot(tests::sampleSnapshot());
    QCOMPARE(proxy.rowCount(), rows);
}

void TestInventoryModels::showsText_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("rowName");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("container name without slash")
        << Kind::Containers << "web" << int(ContainersModel::NameColumn) << "web";
    QTest::newRow("container image") << Kind::Containers << "web" << int(ContainersModel::ImageColumn) << "nginx:1.25";
    QTest::newRow("running with health") << Kind::Containers << "web" << int(ContainersModel::StateColumn)
                                         << "Running (healthy)";
    QTest::newRow("exit code") << Kind::Containers << "db" << int(ContainersModel::StateColumn) << "Exited (137)";
    QTest::newRow("created") << Kind::Containers << "job" << int(ContainersModel::StateColumn) << "Created";
    QTest::newRow("published and exposed ports")
        << Kind::Containers << "web" << int(ContainersModel::PortsColumn) << "0.0.0.0:8080→80/tcp, 443/tcp";
    QTest::newRow("networks sorted") << Kind::Containers << "web" << int(ContainersModel::NetworksColumn)
                                     << "backend, frontend";
    QTest::newRow("empty user is root") << Kind::Containers << "web" << int(ContainersModel::UserColumn)
                                        << "root (default)";
    QTest::newRow("named user") << Kind::Containers << "db" << int(ContainersModel::UserColumn) << "postgres";
    QTest::newRow("uid:gid user") << Kind::Containers << "job" << int(ContainersModel::UserColumn) << "1000:1000";

    QTest::newRow("tags joined") << Kind::Images << "nginx:1.25, nginx:latest" << int(ImagesModel::TagsColumn)
                                 << "nginx:1.25, nginx:latest";
    QTest::newRow("short id") << Kind::Images << "postgres:16" << int(ImagesModel::IdColumn) << "2222bbbb2222";
    QTest::newRow("size") << Kind::Images << "postgres:16" << int(ImagesModel::SizeColumn) << "43.0 MB";
    QTest::newRow("image user default") << Kind::Images << "postgres:16" << int(ImagesModel::UserColumn)
                                        << "root (default)";
    QTest::newRow("image user") << Kind::Images << "<none>" << int(ImagesModel::UserColumn) << "app";
    QTest::newRow("healthcheck") << Kind::Images << "<none>" << int(ImagesModel::HealthcheckColumn) << "yes";
    QTest::newRow("healthcheck NONE") << Kind::Images << "redis:7" << int(ImagesModel::HealthcheckColumn) << "no";
    QTest::newRow("no healthcheck") << Kind::Images << "postgres:16" << int(ImagesModel::HealthcheckColumn) << "no";

    QTest::newRow("internal") << Kind::Networks << "backend" << int(NetworksModel::InternalColumn) << "yes";
    QTest::newRow("subnets") << Kind::Networks << "backend" << int(NetworksModel::SubnetsColumn)
                             << "10.1.0.0/24, fd00::/64";
    QTest::newRow("no subnets") << Kind::Networks << "host" << int(NetworksModel::SubnetsColumn) << "";
    QTest::newRow("attached containers") << Kind::Networks << "bridge" << int(NetworksModel::ContainersColumn) << "10";
    QTest::newRow("scope") << Kind::Networks << "bridge" << int(NetworksModel::ScopeColumn) << "local";

    QTest::newRow("used by two") << Kind::Volumes << "webdata" << int(VolumesModel::UsedByColumn) << "db, web";
    QTest::newRow("used by one") << Kind::Volumes << "dbdata" << int(VolumesModel::UsedByColumn) << "db";
    QTest::newRow("unused") << Kind::Volumes << "orphan" << int(VolumesModel::UsedByColumn) << "";
    QTest::newRow("mountpoint") << Kind::Volumes << "orphan" << int(VolumesModel::MountpointColumn)
                                << "/var/lib/docker/volumes/orphan/_data";
}

void TestInventoryModels::showsText()
{
    QFETCH(Kind, kind);
    QFETCH(QString, rowName);
    QFETCH(int, column);
    QFETCH(QString, text);
    const std::unique_ptr<InventoryModel> model = makeModel(kind);
    model->setSnapshot(tests::sampleSnapshot());
    const int row = rowNamed(*model, rowName);
    QVERIFY2(row >= 0, qPrintable(rowName));
    QCOMPARE(model->index(row, column).data().toString(), text);
}

void TestInventoryModels::sortsByValue_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascendingNames");

    // Text order would be 187.0 MB, 43.0 MB, 9.5 MB, 120.0 MB.
    QTest::newRow("image size") << Kind::Images << int(ImagesModel::SizeColumn)
                                << QStringList{"nginx:1.25, nginx:latest", "postgres:16", "redis:7", "<none>"};
    QTest::newRow("image created") << Kind::Images << int(ImagesModel::CreatedColumn)
                                   << QStringList{"<none>", "redis:7", "postgres:16", "nginx:1.25, nginx:latest"};
    QTest::newRow("container created") << Kind::Containers << int(ContainersModel::CreatedColumn)
                                       << QStringList{"broken", "db", "cache", "flappy", "web", "job"};
    QTest::newRow("container state by importance") << Kind::Containers << int(ContainersModel::StateColumn)
                                                   << QStringList{"web", "flappy", "cache", "job", "db", "broken"};
    // Text order would put 10 before 2.
    QTest::newRow("attached containers") << Kind::Networks << int(NetworksModel::ContainersColumn)
                                         << QStringList{"host", "backend", "bridge"};
}

void TestInventoryModels::sortsByValue()
{
    QFETCH(Kind, kind);
    QFETCH(int, column);
    QFETCH(QStringList, ascendingNames);
    const std::unique_ptr<InventoryModel> model = makeModel(kind);
    model->setSnapshot(tests::sampleSnapshot());
    InventoryFilterProxy proxy;
    proxy.setSourceModel(model.get());

    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(::column(proxy, 0), ascendingNames);
    proxy.sort(column, Qt::DescendingOrder);
    std::reverse(ascendingNames.begin(), ascendingNames.end());
    QCOMPARE(::column(proxy, 0), ascendingNames);
}

void TestInventoryModels::alignsNumbersRight()
{
    ImagesModel model;
    model.setSnapshot(tests::sampleSnapshot());
    const auto alignment = [&model](int column) {
        const Qt::Alignment header =
            model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>();
        const Qt::Alignment cell = model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
        return header == cell ? header & Qt::AlignHorizontal_Mask : Qt::Alignment();
    };
    QCOMPARE(alignment(ImagesModel::SizeColumn), Qt::AlignRight);
    QCOMPARE(alignment(ImagesModel::TagsColumn), Qt::AlignLeft);
}

void TestInventoryModels::givesStateTones_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Tone>("tone");
    QTest::newRow("running") << "web" << Tone::Positive;
    QTest::newRow("exited") << "db" << Tone::Neutral;
    QTest::newRow("created") << "job" << Tone::Info;
    QTest::newRow("paused") << "cache" << Tone::Caution;
    QTest::newRow("restarting") << "flappy" << Tone::Caution;
    QTest::newRow("dead") << "broken" << Tone::Critical;
}

void TestInventoryModels::givesStateTones()
{
    QFETCH(QString, name);
    QFETCH(Tone, tone);
    ContainersModel model;
    model.setSnapshot(tests::sampleSnapshot());
    const int row = rowNamed(model, name);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ContainersModel::StateColumn).data(InventoryModel::ToneRole).toInt(),
             static_cast<int>(tone));
    // Only the state column is a badge.
    QVERIFY(!model.index(row, ContainersModel::NameColumn).data(InventoryModel::ToneRole).isValid());
    QVERIFY(toneColor(tone).isValid());
}

void TestInventoryModels::filtersOnTextAndId()
{
    ContainersModel model;
    model.setSnapshot(tests::sampleSnapshot());
    InventoryFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ContainersModel::NameColumn);

    proxy.setFilterText(QStringLiteral("POSTGRES")); // any column, any case
    QCOMPARE(column(proxy, 0), QStringList{"db"});
    proxy.setFilterText(QStringLiteral("root (default)"));
    QCOMPARE(column(proxy, 0), (QStringList{"broken", "cache", "flappy", "web"}));
    proxy.setFilterText(QStringLiteral("  busybox "));
    QCOMPARE(column(proxy, 0), (QStringList{"broken", "flappy", "job"}));
    proxy.setFilterText(QStringLiteral("cccc3333")); // the full id, which no column shows
    QCOMPARE(column(proxy, 0), QStringList{"job"});
    proxy.setFilterText(QStringLiteral("no such thing"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("dbpostgres")); // the end of one column and the start of another
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 6);
}

void TestInventoryModels::groupsResultsByObject()
{
    ContainersModel model;
    model.setSnapshot(tests::sampleSnapshot());
    QVERIFY(model.rowCount() >= 2);
    const QString first = model.index(0, 0).data(InventoryModel::ObjectIdRole).toString();
    const QString second = model.index(1, 0).data(InventoryModel::ObjectIdRole).toString();
    const auto finding = [](const char *rule, core::Status status, core::Scope kind, const QString &id) {
        core::Finding result;
        result.ruleId = QLatin1String(rule);
        result.status = status;
        result.target = {kind, id, QStringLiteral("name")};
        return result;
    };
    const auto rulesAt = [&model](int row) {
        QStringList rules;
        for (const core::Finding &result : model.findingsAt(row)) {
            rules.append(result.ruleId);
        }
        return rules;
    };
    const auto count = [&model](int row, int role) {
        return model.index(row, model.resultColumn()).data(role).toInt();
    };

    model.setResults({finding("R1", core::Status::Fail, core::Scope::Container, first),
                      finding("R2", core::Status::Pass, core::Scope::Container, second),
                      finding("R3", core::Status::Warn, core::Scope::Container, first),
                      finding("R4", core::Status::Fail, core::Scope::Image, first), // same id, another kind
                      finding("R5", core::Status::Fail, core::Scope::Container, QStringLiteral("no-such-id")),
                      finding("R6", core::Status::Fail, core::Scope::Container, first)});
    QCOMPARE(rulesAt(0), (QStringList{"R1", "R3", "R6"}));
    QCOMPARE(rulesAt(1), QStringList{"R2"});
    QCOMPARE(count(0, InventoryModel::FailCountRole), 2);
    QCOMPARE(count(0, InventoryModel::WarnCountRole), 1);
    QCOMPARE(model.index(0, model.resultColumn()).data().toString(), QStringLiteral("2 fail · 1 warn"));

    // New results replace the old ones, and a new snapshot drops them.
    model.setResults({finding("R7", core::Status::Warn, core::Scope::Container, second)});
    QCOMPARE(rulesAt(0), QStringList());
    QCOMPARE(count(0, InventoryModel::FailCountRole), 0);
    QCOMPARE(rulesAt(1), QStringList{"R7"});
    model.setSnapshot(tests::sampleSnapshot());
    QCOMPARE(rulesAt(1), QStringList());
    QCOMPARE(rulesAt(-1), QStringList());
}

void TestInventoryModels::sortsTextAsLocaleAwareCompare()
{
    // The proxy sorts text through the model's collation keys: the order must be QString::localeAwareCompare's.
    core::Snapshot snapshot = tests::sampleSnapshot();
    const QJsonObject seed = snapshot.containers.first().toObject();
    QStringList names = {QStringLiteral("b"),
                         QStringLiteral("B"),
                         QStringLiteral("a"),
                         QStringLiteral("\u00e9t\u00e9"),
                         QStringLiteral("ete"),
                         QStringLiteral("Z"),
                         QStringLiteral("10"),
                         QStringLiteral("9"),
                         QStringLiteral("_x"),
                         QStringLiteral("web-2"),
                         QStringLiteral("web-10")};
    snapshot.containers = QJsonArray();
    for (const QString &name : names) {
        QJsonObject container = seed;
        container.insert(QStringLiteral("Id"), QString(name + QStringLiteral("-id")));
        container.insert(QStringLiteral("Name"), QString(QLatin1Char('/') + name));
        snapshot.containers.append(container);
    }
    // In a real language's collation ("a" before "B", accents after their letter), unlike code point order.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restoreLocale = qScopeGuard([] {
        QLocale::setDefault(QLocale::c());
    });
    ContainersModel model;
    model.setSnapshot(snapshot);
    InventoryFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ContainersModel::NameColumn, Qt::AscendingOrder);
    QStringList codePointOrder = names;
    codePointOrder.sort();
    std::stable_sort(names.begin(), names.end(), [](const QString &left, const QString &right) {
        return left.localeAwareCompare(right) < 0;
    });
    QVERIFY(names != codePointOrder);
    QCOMPARE(column(proxy, ContainersModel::NameColumn), names);
}

void TestInventoryModels::formatsAges_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(30) << "just now";
    QTest::newRow("minute") << qint64(60) << "1 minute(s) ago";
    QTest::newRow("hours") << qint64(3 * 3600 + 5) << "3 hour(s) ago";
    QTest::newRow("days") << qint64(10 * 86400) << "10 day(s) ago";
    QTest::newRow("months") << qint64(90 * 86400) << "3 month(s) ago";
    QTest::newRow("years") << qint64(800 * 86400) << "2 year(s) ago";
    QTest::newRow("future clock skew") << qint64(-100) << "just now";
}

void TestInventoryModels::formatsAges()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, text);
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(formatting::ageText(now.addSecs(-secondsAgo), now), text);
    QCOMPARE(formatting::ageText({}, now), QString());
}

void TestInventoryModels::parsesDockerTimes()
{
    const QDateTime expected(QDate(2024, 4, 1), QTime(10, 0, 0, 123), Qt::UTC);
    QCOMPARE(formatting::parseDockerTime(QStringLiteral("2024-04-01T10:00:00.123456789Z")), expected);
    QCOMPARE(formatting::parseDockerTime(QStringLiteral("2024-04-01T12:00:00.123+02:00")), expected);
    QCOMPARE(formatting::parseDockerTime(QStringLiteral("2024-04-01T10:00:00Z")), expected.addMSecs(-123));
    QVERIFY(!formatting::parseDockerTime(QStringLiteral("0001-01-01T00:00:00Z")).isValid());
    QVERIFY(!formatting::parseDockerTime({}).isValid());
}

void TestInventoryModels::redactsInspectData()
{
    for (const Kind kind : {Kind::Containers, Kind::Images}) {
        const std::unique_ptr<InventoryModel> model = makeModel(kind);
        model->setSnapshot(tests::sampleSnapshot());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString json = formatting::redactedJson(model->inspectAt(row));
            QVERIFY(!json.contains(tests::sampleSecret()));
            for (int col = 0; col < model->columnCount(); ++col) {
                QVERIFY(!model->index(row, col).data().toString().contains(tests::sampleSecret()));
                QVERIFY(!model->index(row, col).data(Qt::ToolTipRole).toString().contains(tests::sampleSecret()));
            }
        }
    }
    ContainersModel model;
    model.setSnapshot(tests::sampleSnapshot());
    QVERIFY(formatting::redactedJson(model.inspectAt(0)).contains(QStringLiteral("API_TOKEN=<redacted>")));
}

QTEST_MAIN(TestInventoryModels)
#include "tst_inventorymodels.moc"
