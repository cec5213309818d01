#include "fakes/fakehttpserver.h"
#include "samplesnapshot.h"

#include "ui/mainwindow.h"
#include "ui/models/containersmodel.h"
#include "ui/models/inventorymodel.h"
#include "ui/models/volumesmodel.h"
#include "ui/pages/inventorypage.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/statcard.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hullcheck;
using namespace hullcheck::ui;

namespace {

InventoryPage *page(const MainWindow &window, const char *name)
{
    return window.findChild<InventoryPage *>(QLatin1String(name));
}

int rows(const MainWindow &window, const char *pageName)
{
    return page(window, pageName)->view()->model()->rowCount();
}

QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

MessageBar *bar(const MainWindow &window, const char *name)
{
    return window.findChild<MessageBar *>(QLatin1String(name));
}

QByteArray jsonBytes(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsOpenedSnapshot();
    void showsCapturedSnapshots_data();
    void showsCapturedSnapshots();
    void showsRedactedInspectData();
    void keepsSnapshotWhenDaemonIsMissing();
    void reportsResolutionErrorsInline();
    void reportsBrokenSnapshotFile();
    void savesSnapshotOwnerOnly();
    void warnsAboutUnverifiedTls();
    void collectsFromDaemon();
    void cancelsRunningCollection();
    void restoresLayout();

private:
    QString writeSample(const core::Snapshot &snapshot, const QString &name = QStringLiteral("sample.json"));
    void openSample(MainWindow &window, const core::Snapshot &snapshot = tests::sampleSnapshot());

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HullcheckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

QString TestMainWindow::writeSample(const core::Snapshot &snapshot, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const core::VoidResult saved = snapshot.save(path);
    if (!saved.ok()) {
        qWarning() << saved.error().message;
    }
    return path;
}

void TestMainWindow::openSample(MainWindow &window, const core::Snapshot &snapshot)
{
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openSnapshotFile(writeSample(snapshot));
    QVERIFY(shown.wait());
}

void TestMainWindow::showsOpenedSnapshot()
{
    MainWindow window;
    window.show();
    QCOMPARE(window.windowTitle(), QStringLiteral("Hullcheck"));
    QVERIFY(!action(window, "saveAction")->isEnabled());
    QVERIFY(!action(window, "rescanAction")->isEnabled()); // no daemon yet
    openSample(window);

    QCOMPARE(rows(window, "containersPage"), 6);
    QCOMPARE(rows(window, "imagesPage"), 4);
    QCOMPARE(rows(window, "networksPage"), 3);
    QCOMPARE(rows(window, "volumesPage"), 3);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Hullcheck — host1 (Engine 20.10.24+dfsg1)")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("(snapshot from ")));

    const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Containers (6)"));
    QCOMPARE(window.findChild<StatCard *>(QStringLiteral("runningCard"))->value(), 1);
    QCOMPARE(window.findChild<StatCard *>(QStringLiteral("exitedCard"))->value(), 1);
    QCOMPARE(window.findChild<StatCard *>(QStringLiteral("imagesCard"))->value(), 4);
    QVERIFY(action(window, "saveAction")->isEnabled());
    QVERIFY(!action(window, "cancelAction")->isEnabled());
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    QVERIFY(!bar(window, "messageBar")->isVisible());
    QVERIFY(!bar(window, "trustBar")->isVisible()); // a unix socket needs no TLS
}

void TestMainWindow::showsCapturedSnapshots_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("volumeUser"); // who mounts the testbed's hc-data volume
    QTest::newRow("docker 20.10") << "snapshot-docker-20.10.json"
                                  << "hc-running";
    QTest::newRow("podman 4.3") << "snapshot-podman.json"
                                << "";
}

void TestMainWindow::showsCapturedSnapshots()
{
    QFETCH(QString, file);
    QFETCH(QString, volumeUser);
    const QString path = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/") + file;
    const core::Result<core::Snapshot> captured = core::Snapshot::load(path);
    QVERIFY2(captured.ok(), qPrintable(path));
    const core::Snapshot &snapshot = captured.value();

    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openSnapshotFile(path);
    QVERIFY(shown.wait());
    QVERIFY(!window.messageBar()->isVisible());
    QCOMPARE(rows(window, "containersPage"), snapshot.containers.size());
    QCOMPARE(rows(window, "imagesPage"), snapshot.images.size());
    QCOMPARE(rows(window, "networksPage"), snapshot.networks.size());
    QCOMPARE(rows(window, "volumesPage"), snapshot.volumes.size());
    QVERIFY(window.windowTitle().contains(snapshot.displayName()));

    const QAbstractItemModel *containers = page(window, "containersPage")->model();
    for (int row = 0; row < containers->rowCount(); ++row) {
        const QModelIndex state = containers->index(row, ContainersModel::StateColumn);
        QVERIFY(!state.data().toString().isEmpty());
        QVERIFY(state.data(InventoryModel::ToneRole).isValid());
        QVERIFY(!containers->index(row, ContainersModel::UserColumn).data().toString().isEmpty());
    }
    const QAbstractItemModel *volumes = page(window, "volumesPage")->model();
    QCOMPARE(volumes->index(0, VolumesModel::NameColumn).data().toString(), QStringLiteral("hc-data"));
    QCOMPARE(volumes->index(0, VolumesModel::UsedByColumn).data().toString(), volumeUser);
}

void TestMainWindow::showsRedactedInspectData()
{
    MainWindow window;
    window.show();
    openSample(window);
    InventoryPage *containers = page(window, "containersPage");
    auto *details = containers->findChild<QPlainTextEdit *>(QStringLiteral("detailsView"));
    QVERIFY(details->toPlainText().isEmpty());

    containers->view()->selectRow(0);
    QVERIFY(details->toPlainText().contains(QStringLiteral("API_TOKEN=<redacted>")));
    QVERIFY(!details->toPlainText().contains(tests::sampleSecret()));
    QVERIFY(details->isReadOnly());
}

void TestMainWindow::keepsSnapshotWhenDaemonIsMissing()
{
    MainWindow window;
    window.show();
    openSample(window);
    const QString title = window.windowTitle();

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] {
        ++ticks;
    });
    ticker.start(1);

    core::ConnectionOptions options;
    options.host = QStringLiteral("unix:///nonexistent/hullcheck-test/x.sock");
    window.connectTo(options);
    MessageBar *messageBar = window.messageBar();
    QTRY_VERIFY(messageBar->isVisible());
    QVERIFY2(messageBar->text().contains(QStringLiteral("does not exist")), qPrintable(messageBar->text()));
    QCOMPARE(messageBar->kind(), MessageBar::Kind::Error);
    QVERIFY(ticks > 0); // the event loop ran while the collection failed on its own thread

    // Nothing the user had is lost.
    QCOMPARE(rows(window, "containersPage"), 6);
    QCOMPARE(window.windowTitle(), title);
    QVERIFY(window.snapshot().has_value());
    QVERIFY(!window.isBusy());
    QVERIFY(action(window, "rescanAction")->isEnabled()); // Retry goes back to the same socket
}

void TestMainWindow::reportsResolutionErrorsInline()
{
    MainWindow window;
    window.show();
    core::ConnectionOptions options;
    options.host = QStringLiteral("unix:///var/run/docker.sock");
    options.context = QStringLiteral("other");
    window.connectTo(options);
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("conflicting options")));
    QVERIFY(!window.isBusy());

    window.messageBar()->dismiss();
    QVERIFY(!window.messageBar()->isVisible());
}

void TestMainWindow::reportsBrokenSnapshotFile()
{
    MainWindow window;
    window.show();
    openSample(window);

    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    window.openSnapshotFile(broken);
    QTRY_VERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("broken.json")));
    QCOMPARE(rows(window, "containersPage"), 6);

    window.openSnapshotFile(m_dir.filePath(QStringLiteral("missing.json")));
    QTRY_VERIFY(window.messageBar()->text().contains(QStringLiteral("missing.json")));
    QCOMPARE(rows(window, "imagesPage"), 4);
}

void TestMainWindow::savesSnapshotOwnerOnly()
{
    MainWindow window;
    window.show();
    openSample(window);
    const QString path = m_dir.filePath(QStringLiteral("saved.json"));
    QSignalSpy saved(&window, &MainWindow::snapshotSaved);
    window.saveSnapshotFile(path);
    QVERIFY(saved.wait());
    const QFile::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    const core::Result<core::Snapshot> reloaded = core::Snapshot::load(path);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.value().containers.size(), 6);

    window.saveSnapshotFile(m_dir.filePath(QStringLiteral("no/such/dir/x.json")));
    QTRY_VERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("no/such/dir")));
}

void TestMainWindow::warnsAboutUnverifiedTls()
{
    MainWindow window;
    window.show();
    core::Snapshot snapshot = tests::sampleSnapshot();
    snapshot.endpoint = core::EndpointResolver::parseHost(QStringLiteral("tcp://daemon.example:2376")).value();
    snapshot.endpoint.tls.enabled = true;
    snapshot.endpoint.tls.verify = false;
    openSample(window, snapshot);
    MessageBar *trust = bar(window, "trustBar");
    QVERIFY(trust->isVisible());
    QCOMPARE(trust->kind(), MessageBar::Kind::Warning);
    QVERIFY(trust->text().contains(QStringLiteral("without verifying the daemon's identity")));

    snapshot.endpoint.tls.verify = true;
    openSample(window, snapshot);
    QVERIFY(!trust->isVisible());

    // Live: the warning is about the daemon being contacted, and stays when the connection then fails.
    MainWindow live;
    live.show();
    core::Endpoint endpoint = core::EndpointResolver::parseHost(QStringLiteral("tcp://127.0.0.1:1")).value();
    endpoint.tls.enabled = true;
    endpoint.tls.verify = false;
    live.connectToEndpoint(endpoint);
    MessageBar *liveTrust = bar(live, "trustBar");
    QVERIFY(liveTrust->isVisible());
    QVERIFY(liveTrust->text().contains(QStringLiteral("identity is not verified")));
    QTRY_VERIFY(live.messageBar()->isVisible());
    QVERIFY(liveTrust->isVisible());
}

void TestMainWindow::collectsFromDaemon()
{
    const QJsonObject container{
        {QStringLiteral("Id"), QStringLiteral("c0ffee")},
        {QStringLiteral("Name"), QStringLiteral("/live")},
        {QStringLiteral("State"), QJsonObject{{QStringLiteral("Status"), QStringLiteral("exited")}}},
        {QStringLiteral("Config"), QJsonObject{{QStringLiteral("Image"), QStringLiteral("alpine")}}}};
    tests::FakeHttpServer daemon([&](const QString & /*method*/, const QString &path) {
        if (path.endsWith(QLatin1String("/_ping"))) {
            return tests::FakeHttpServer::ping();
        }
        if (path.endsWith(QLatin1String("/info"))) {
            return tests::FakeHttpServer::json(200, R"({"Name":"fakehost","ID":"F:A:K:E"})");
        }
        if (path.endsWith(QLatin1String("/version"))) {
            return tests::FakeHttpServer::json(200, R"({"Version":"99.0","ApiVersion":"1.41"})");
        }
        if (path.contains(QLatin1String("/containers/json"))) {
            return tests::FakeHttpServer::json(200, R"([{"Id":"c0ffee"}])");
        }
        if (path.contains(QLatin1String("/containers/c0ffee/json"))) {
            return tests::FakeHttpServer::json(200, jsonBytes(container));
        }
        if (path.contains(QLatin1String("/volumes"))) {
            return tests::FakeHttpServer::json(200, R"({"Volumes":[]})");
        }
        return tests::FakeHttpServer::json(200, "[]");
    });
    QVERIFY(daemon.listen());

    MainWindow window;
    window.show();
    openSample(window);
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    core::ConnectionOptions options;
    options.host = daemon.url();
    window.connectTo(options);
    QVERIFY(window.isBusy());
    QVERIFY(action(window, "cancelAction")->isEnabled());
    QVERIFY(shown.wait());

    QCOMPARE(rows(window, "containersPage"), 1);
    QCOMPARE(rows(window, "imagesPage"), 0);
    QCOMPARE(window.windowTitle(), QStringLiteral("Hullcheck — fakehost (Engine 99.0)")); // live: no "snapshot from"
    QVERIFY(!window.isBusy());
    QVERIFY(!action(window, "cancelAction")->isEnabled());
    QVERIFY(action(window, "rescanAction")->isEnabled());

    action(window, "rescanAction")->trigger();
    QVERIFY(window.isBusy());
    QVERIFY(shown.wait());
    QCOMPARE(shown.count(), 2);
}

void TestMainWindow::cancelsRunningCollection()
{
    tests::FakeHttpServer daemon([](const QString & /*method*/, const QString & /*path*/) {
        tests::FakeHttpServer::Reply reply;
        reply.stall = true;
        return reply;
    });
    QVERIFY(daemon.listen());

    MainWindow window;
    window.show();
    openSample(window);
    core::ConnectionOptions options;
    options.host = daemon.url();
    window.connectTo(options);

    auto *progressBar = window.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QTRY_VERIFY(daemon.requests().size() >= 1);
    QVERIFY(window.isBusy());
    QVERIFY(progressBar->isVisible());
    QVERIFY(action(window, "cancelAction")->isEnabled());
    QVERIFY(!action(window, "rescanAction")->isEnabled());

    action(window, "cancelAction")->trigger();
    QVERIFY(!window.isBusy());
    QVERIFY(!progressBar->isVisible());
    QVERIFY(!action(window, "cancelAction")->isEnabled());
    QVERIFY(action(window, "rescanAction")->isEnabled());
    QVERIFY(!window.messageBar()->isVisible()); // cancelling is not an error
    QCOMPARE(rows(window, "containersPage"), 6);
}

void TestMainWindow::restoresLayout()
{
    {
        MainWindow window;
        window.show();
        openSample(window);
        QHeaderView *header = page(window, "imagesPage")->view()->horizontalHeader();
        header->resizeSection(0, 345);
        window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(2);
        window.close();
    }
    MainWindow window;
    window.show();
    QCOMPARE(page(window, "imagesPage")->view()->horizontalHeader()->sectionSize(0), 345);
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex(), 2);
    openSample(window); // user-sized columns are not auto-sized away
    QCOMPARE(page(window, "imagesPage")->view()->horizontalHeader()->sectionSize(0), 345);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
