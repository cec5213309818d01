// The main window against a daemon that goes bad after a first good scan: the window keeps turning its event
// loop while the scan hangs or breaks, shows the failure in its message bar, and keeps showing the first scan.
// Then every model and page, fed a snapshot with a wrong JSON type in any field of any object, must not crash.
#include "fakes/benchtestsupport.h"
#include "fakes/hostiledaemon.h"

#include "core/snapshot/snapshotservice.h"
#include "ui/mainwindow.h"
#include "ui/models/containersmodel.h"
#include "ui/models/imagesmodel.h"
#include "ui/models/labelsmodel.h"
#include "ui/models/networksmodel.h"
#include "ui/models/volumesmodel.h"
#include "ui/pages/inventorypage.h"
#include "ui/pages/overviewpage.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace hullcheck;
using namespace hullcheck::ui;
using hullcheck::tests::FakeHttpServer;
using hullcheck::tests::HostileDaemon;

namespace {

int rows(const MainWindow &window, const char *pageName)
{
    return window.findChild<InventoryPage *>(QLatin1String(pageName))->view()->model()->rowCount();
}

QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// Measures the longest time the event loop went without running a 10 ms timer.
class TickWatch
{
public:
    TickWatch()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_maxGapMs = std::max(m_maxGapMs, m_sinceLastTick.restart());
        });
        m_sinceLastTick.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLastTick;
    qint64 m_maxGapMs = 0;
};

struct Shown
{
    int containers = 0;
    int images = 0;
    int networks = 0;
    int volumes = 0;
    qsizetype findings = 0;
    QDateTime collectedAt;
};

Shown shown(const MainWindow &window)
{
    return Shown{rows(window, "containersPage"),
                 rows(window, "imagesPage"),
                 rows(window, "networksPage"),
                 rows(window, "volumesPage"),
                 window.scanResult() ? window.scanResult()->findings.size() : -1,
                 window.snapshot() ? window.snapshot()->collectedAt : QDateTime()};
}

void walkPaths(const QJsonValue &value, const QStringList &path, QList<QStringList> &paths)
{
    paths.append(path);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            walkPaths(it.value(), QStringList(path) << it.key(), paths);
        }
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        walkPaths(value.toArray().first(), QStringList(path) << QString(), paths); // the first element stands for all
    }
}

QJsonValue replacedAt(const QJsonValue &root, const QStringList &path, qsizetype depth, const QJsonValue &value)
{
    if (depth == path.size()) {
        return value;
    }
    const QString &key = path.at(depth);
    if (key.isEmpty()) {
        QJsonArray array = root.toArray();
        array.replace(0, replacedAt(array.first(), path, depth + 1, value));
        return array;
    }
    QJsonObject object = root.toObject();
    object.insert(key, replacedAt(object.value(key), path, depth + 1, value));
    return object;
}

// Reads every cell of a model in every role a view or a delegate asks for.
void readEverything(const QAbstractItemModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole),
                             int(Qt::ToolTipRole),
                             int(Qt::TextAlignmentRole),
                             int(InventoryModel::SortRole),
                             int(InventoryModel::ToneRole),
                             int(InventoryModel::ObjectIdRole)}) {
                [[maybe_unused]] const QVariant value = model.data(index, role);
            }
        }
    }
}

} // namespace

class TestHostileGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keepsFirstScanWhenTheDaemonGoesBad_data();
    void keepsFirstScanWhenTheDaemonGoesBad();
    void modelsSurviveWrongTypes();
};

void TestHostileGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HullcheckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hostilegui"));
    QLocale::setDefault(QLocale::c());
}

void TestHostileGui::init()
{
    QSettings().clear();
}

void TestHostileGui::keepsFirstScanWhenTheDaemonGoesBad_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("stalls") << QStringLiteral("stall") << QStringLiteral("did not answer within 1.5 s");
    QTest::newRow("stops mid-scan") << QStringLiteral("stop") << QStringLiteral("closed the connection");
    QTest::newRow("HTTP 500") << QStringLiteral("http500") << QStringLiteral("disk on fire");
    QTest::newRow("wrong type") << QStringLiteral("wrongtype") << QStringLiteral("unexpected shape");
    QTest::newRow("unknown API version") << QStringLiteral("api") << QStringLiteral("9.0");
}

void TestHostileGui::keepsFirstScanWhenTheDaemonGoesBad()
{
    QFETCH(QString, failure);
    QFETCH(QString, messagePart);
    const core::Snapshot &captured = tests::capturedSnapshot();
    HostileDaemon daemon(captured);
    QVERIFY(daemon.listen());

    MainWindow window;
    window.show();
    auto *service = window.findChild<core::SnapshotService *>();
    QVERIFY(service);
    core::TransportOptions transport;
    transport.requestTimeoutMs = 1500;
    service->setTransportOptions(transport);

    // The first scan, from the daemon while it still behaves.
    QSignalSpy results(&window, &MainWindow::resultsShown);
    core::ConnectionOptions options;
    options.host = daemon.url();
    window.connectTo(options);
    QVERIFY(results.wait(20000));
    QTRY_VERIFY(!window.isBusy());
    const Shown first = shown(window);
    QCOMPARE(first.containers, captured.containers.size());
    QCOMPARE(first.images, captured.images.size());
    QVERIFY(first.findings > 100);
    QVERIFY(!window.messageBar()->isVisible());

    // Then it goes bad, in the middle of the collection.
    const QString middle = QStringLiteral("/containers/%1/json")
                               .arg(captured.containers.at(3).toObject().value(QLatin1String("Id")).toString());
    if (failure == QLatin1String("stall")) {
        daemon.setMisbehaviour([middle](const QString &resource) -> std::optional<FakeHttpServer::Reply> {
            if (resource != middle) {
                return std::nullopt;
            }
            FakeHttpServer::Reply reply;
            reply.stall = true;
            return reply;
        });
    } else if (failure == QLatin1String("stop")) {
        daemon.stopAfter(10); // after /_ping, the six lists and three inspects
    } else if (failure == QLatin1String("http500")) {
        daemon.setMisbehaviour([middle](const QString &resource) -> std::optional<FakeHttpServer::Reply> {
            if (resource != middle) {
                return std::nullopt;
            }
            return FakeHttpServer::json(500, R"({"message":"disk on fire"})");
        });
    } else if (failure == QLatin1String("wrongtype")) {
        daemon.setAnswer(QStringLiteral("/networks"), QJsonObject{{QStringLiteral("Id"), 7}});
    } else {
        daemon.setApiVersions("9.99", "9.0");
    }
    TickWatch ticks;
    QElapsedTimer timer;
    timer.start();
    action(window, "rescanAction")->trigger();
    QVERIFY(window.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), 10000);
    const qint64 elapsed = timer.elapsed();
    qInfo("%s: message after %lld ms, longest event-loop gap %lld ms",
          qPrintable(failure),
          static_cast<long long>(elapsed),
          static_cast<long long>(ticks.maxGapMs()));

    QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(window.messageBar()->text().contains(messagePart), qPrintable(window.messageBar()->text()));
    QVERIFY2(window.messageBar()->text().contains(QLatin1String("Still showing")),
             qPrintable(window.messageBar()->text()));
    QVERIFY2(ticks.maxGapMs() < 100, qPrintable(QStringLiteral("%1 ms").arg(ticks.maxGapMs())));
    QVERIFY2(elapsed < 1500 + 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed))); // within the timeout
    QTRY_VERIFY(!window.isBusy());

    const Shown after = shown(window);
    QCOMPARE(after.containers, first.containers);
    QCOMPARE(after.images, first.images);
    QCOMPARE(after.networks, first.networks);
    QCOMPARE(after.volumes, first.volumes);
    QCOMPARE(after.findings, first.findings);
    QCOMPARE(after.collectedAt, first.collectedAt);
    QVERIFY(action(window, "rescanAction")->isEnabled());

    // Once the daemon behaves again, Retry brings a fresh scan and clears the message.
    daemon.reset();
    results.clear();
    action(window, "rescanAction")->trigger();
    QVERIFY(results.wait(20000));
    QTRY_VERIFY(!window.isBusy());
    QVERIFY(!window.messageBar()->isVisible());
    QVERIFY(window.snapshot()->collectedAt > first.collectedAt);
}

void TestHostileGui::modelsSurviveWrongTypes()
{
    // Each field of the first container, image, network and volume, and of /info and /version, replaced by
    // each wrong type; the inventory models, the labels model and the overview page read the whole snapshot.
    const core::Snapshot &captured = tests::capturedSnapshot();
    ContainersModel containers;
    ImagesModel images;
    NetworksModel networks;
    VolumesModel volumes;
    LabelsModel labels;
    OverviewPage overview;
    QAbstractItemModelTester containersTester(&containers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester labelsTester(&labels, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<QJsonValue> hostile = {QJsonValue(QStringLiteral("hostile")),
                                       QJsonValue(-1),
                                       QJsonValue(1e300),
                                       QJsonValue(true),
                                       QJsonValue(QJsonValue::Null),
                                       QJsonValue(QJsonObject()),
                                       QJsonValue(QJsonArray())};
    struct Part
    {
        const char *name;
        std::function<QJsonValue(const core::Snapshot &)> get;
        std::function<void(core::Snapshot &, const QJsonValue &)> set;
    };
    const QList<Part> parts = {
        {"container",
         [](const core::Snapshot &s) {
             return s.containers.at(6);
         },
         [](core::Snapshot &s, const QJsonValue &v) {
             s.containers.replace(6, v.isObject() ? v : QJsonObject());
         }},
        {"image",
         [](const core::Snapshot &s) {
             return s.images.at(0);
         },
         [](core::Snapshot &s, const QJsonValue &v) {
             s.images.replace(0, v.isObject() ? v : QJsonObject());
         }},
        {"network",
         [](const core::Snapshot &s) {
             return s.networks.at(0);
         },
         [](core::Snapshot &s, const QJsonValue &v) {
             s.networks.replace(0, v.isObject() ? v : QJsonObject());
         }},
        {"volume",
         [](const core::Snapshot &s) {
             return s.volumes.at(0);
         },
         [](core::Snapshot &s, const QJsonValue &v) {
             s.volumes.replace(0, v.isObject() ? v : QJsonObject());
         }},
        {"info",
         [](const core::Snapshot &s) {
             return QJsonValue(s.info);
         },
         [](core::Snapshot &s, const QJsonValue &v) {
             s.info = v.toObject();
         }},
        {"version",
         [](const core::Snapshot &s) {
             return QJsonValue(s.version);
         },
         [](core::Snapshot &s, const QJsonValue &v) {
             s.version = v.toObject();
         }},
    };
    int mutations = 0;
    for (const Part &part : parts) {
        const QJsonValue original = part.get(captured);
        QList<QStringList> paths;
        walkPaths(original, {}, paths);
        for (const QStringList &path : paths) {
            for (const QJsonValue &value : hostile) {
                core::Snapshot snapshot = captured;
                part.set(snapshot, replacedAt(original, path, 0, value));
                ++mutations;
                for (InventoryModel *model :
                     std::initializer_list<InventoryModel *>{&containers, &images, &networks, &volumes}) {
                    model->setSnapshot(snapshot);
                    readEverything(*model);
                    for (int row = 0; row < model->rowCount(); ++row) {
                        [[maybe_unused]] const QJsonObject inspect = model->inspectAt(row);
                    }
                }
                labels.setSnapshot(snapshot, {QStringLiteral("owner")});
                readEverything(labels);
                overview.setSnapshot(snapshot);
            }
        }
    }
    qInfo("%d snapshots with a wrong type shown", mutations);
    QVERIFY(mutations > 1000);
    QCOMPARE(containers.rowCount(), captured.containers.size());
}

QTEST_MAIN(TestHostileGui)
#include "tst_hostilegui.moc"
