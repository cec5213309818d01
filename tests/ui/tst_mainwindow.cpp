#include "fakes/fakehttpserver.h"
#include "samplesnapshot.h"

#include "core/bench/engine.h"
#include "core/bench/policyloader.h"
#include "core/bench/rulepackloader.h"
#include "core/report/jsonreport.h"
#include "ui/mainwindow.h"
#include "ui/models/containersmodel.h"
#include "ui/models/findingsmodel.h"
#include "ui/models/inventorymodel.h"
#include "ui/models/volumesmodel.h"
#include "ui/pages/findingspage.h"
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
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

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
    void showsFindingsOfSnapshot();
    void resultColumnMatchesEngine();
    void waiverRoundTrip();
    void opensDemoSnapshot();
    void offersDemoWhenNoDaemon();
    void opensJsonReport();
    void revealsEnvironmentOnlyOnRequest();
    void reportsBrokenJsonReport();

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
    QCOMPARE(tabs->count(), 8);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Containers (6)"));
    QCOMPARE(window.findChild<StatCard *>(QStringLiteral("runningCard"))->value(), 1);
    QCOMPARE(window.findChild<StatCard *>(QStringLiteral("exitedCard"))->value(), 1);
    QCOMPARE(window.findChild<StatCard *>(QStringLiteral("imagesCard"))->value(), 4);
    QVERIFY(action(window, "saveAction")->isEnabled());
    QTRY_VERIFY(!action(window, "cancelAction")->isEnabled()); // once the rules are evaluated
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
    QTRY_VERIFY(!window.isBusy()); // the rules are evaluated after the snapshot is shown
    QVERIFY(window.scanResult().has_value());
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

namespace {

core::Snapshot capturedSnapshot()
{
    const core::Result<core::Snapshot> loaded =
        core::Snapshot::load(QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10.json"));
    Q_ASSERT(loaded.ok());
    return loaded.value();
}

core::ScanResult engineResult(const core::Snapshot &snapshot, const core::Policy &policy = {})
{
    const core::Result<core::RulePack> rules = core::RulePackLoader::builtin();
    Q_ASSERT(rules.ok());
    return core::evaluate(snapshot, rules.value(), policy);
}

FindingsPage *findingsPage(const MainWindow &window, const char *name)
{
    return window.findChild<FindingsPage *>(QLatin1String(name));
}

void openCaptured(MainWindow &window)
{
    QSignalSpy results(&window, &MainWindow::resultsShown);
    window.openSnapshotFile(QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10.json"));
    QVERIFY(results.wait(10000));
}

} // namespace

void TestMainWindow::showsFindingsOfSnapshot()
{
    MainWindow window;
    window.show();
    openCaptured(window);
    const core::ScanResult expected = engineResult(capturedSnapshot());

    FindingsPage *findings = findingsPage(window, "findingsPage");
    QCOMPARE(findings->resultCount(), expected.findings.size());
    const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Findings (%1)").arg(expected.findings.size()));

    // Sorted worst first; selecting a result shows its details.
    QTableView *view = findings->view();
    QCOMPARE(view->model()->index(0, FindingsModel::StatusColumn).data().toString(), QStringLiteral("Fail"));
    view->selectRow(0);
    const QString details = findings->details()->toPlainText();
    QVERIFY(details.contains(QStringLiteral("Remediation")));
    QVERIFY(details.contains(QStringLiteral("Fail")));
    QVERIFY(!details.contains(tests::sampleSecret()));

    // Daemon & Host holds the daemon's, the host's and the connection's results only.
    FindingsPage *daemonHost = findingsPage(window, "daemonHostPage");
    const auto daemonOrHost = std::count_if(expected.findings.begin(), expected.findings.end(), [](const auto &f) {
        return f.target.kind == core::Scope::Daemon || f.target.kind == core::Scope::Host ||
               f.target.kind == core::Scope::Connection;
    });
    QVERIFY(daemonOrHost > 0);
    QCOMPARE(daemonHost->resultCount(), int(daemonOrHost));

    // The overview shows the engine's score.
    QCOMPARE(window.findChild<StatCard *>(QStringLiteral("failCard"))->value(),
             expected.summary.byStatus.value(core::Status::Fail));
}

void TestMainWindow::resultColumnMatchesEngine()
{
    MainWindow window;
    window.show();
    openCaptured(window);
    const core::ScanResult expected = engineResult(capturedSnapshot());

    for (const char *name : {"containersPage", "imagesPage", "networksPage", "volumesPage"}) {
        InventoryModel *model = page(window, name)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex result = model->index(row, model->resultColumn());
            const QString id = result.data(InventoryModel::ObjectIdRole).toString();
            int fails = 0;
            int warns = 0;
            for (const core::Finding &finding : expected.findings) {
                if (finding.target.id == id && finding.target.kind != core::Scope::Daemon &&
                    finding.target.kind != core::Scope::Host) {
                    fails += finding.status == core::Status::Fail ? 1 : 0;
                    warns += finding.status == core::Status::Warn ? 1 : 0;
                }
            }
            QCOMPARE(result.data(InventoryModel::FailCountRole).toInt(), fails);
            QCOMPARE(result.data(InventoryModel::WarnCountRole).toInt(), warns);
            if (fails > 0) {
                QVERIFY(result.data().toString().contains(QStringLiteral("%1 fail").arg(fails)));
                QCOMPARE(result.data(InventoryModel::ToneRole).toInt(), int(Tone::Critical));
            }
        }
    }
    // Selecting a container lists its results beside the inspect data.
    InventoryPage *containers = page(window, "containersPage");
    containers->view()->selectRow(0);
    QVERIFY(containers->findingsModel()->rowCount() > 0);
}

void TestMainWindow::waiverRoundTrip()
{
    MainWindow window;
    window.show();
    openCaptured(window);
    const auto &findings = window.scanResult()->findings;
    const auto failing = std::find_if(findings.begin(), findings.end(), [](const core::Finding &finding) {
        return finding.status == core::Status::Fail && finding.target.kind == core::Scope::Container;
    });
    QVERIFY(failing != findings.end());
    const core::Finding target = *failing;

    const QString path = m_dir.filePath(QStringLiteral("gui-policy.yaml"));
    QFile::remove(path);
    QSignalSpy results(&window, &MainWindow::resultsShown);
    window.setPolicyFile(path + QStringLiteral(".missing")); // a missing policy file is an error, shown inline
    QTRY_VERIFY(window.messageBar()->isVisible());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# the team's policy\nversion: 1\n");
    file.close();
    window.setPolicyFile(path);
    QVERIFY(results.wait());
    QCOMPARE(QSettings().value(QStringLiteral("bench/policyFile")).toString(), path);

    core::Waiver waiver;
    waiver.ruleId = target.ruleId;
    waiver.targetPattern = target.target.name;
    waiver.reason = QStringLiteral("accepted from the GUI");
    waiver.approver = QStringLiteral("bob");
    waiver.expires = QDate::currentDate().addDays(30);
    QSignalSpy added(&window, &MainWindow::waiverAdded);
    results.clear();
    window.addWaiver(waiver);
    QVERIFY(added.wait());
    QVERIFY(results.wait());

    const core::Result<core::Policy> policy = core::PolicyLoader::fromFile(path);
    QVERIFY(policy.ok());
    QCOMPARE(policy.value().waivers.size(), 1);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("# the team's policy")); // the user's text is kept
    const auto &after = window.scanResult()->findings;
    const auto waived = std::find_if(after.begin(), after.end(), [&target](const core::Finding &finding) {
        return finding.ruleId == target.ruleId && finding.target.id == target.target.id;
    });
    QVERIFY(waived != after.end());
    QCOMPARE(waived->status, core::Status::Waived);
}

void TestMainWindow::opensDemoSnapshot()
{
    MainWindow window;
    window.show();
    QSignalSpy results(&window, &MainWindow::resultsShown);
    window.openDemoSnapshot();
    QVERIFY(results.wait(10000));
    QCOMPARE(rows(window, "containersPage"), capturedSnapshot().containers.size());
    QVERIFY(findingsPage(window, "findingsPage")->resultCount() > 0);
    QVERIFY(!window.messageBar()->isVisible());
}

void TestMainWindow::offersDemoWhenNoDaemon()
{
    MainWindow window;
    window.show();
    core::ConnectionOptions options;
    options.host = QStringLiteral("unix:///nonexistent/hullcheck-test/x.sock");
    window.connectTo(options);
    QTRY_VERIFY(window.messageBar()->isVisible());
    auto *button = window.messageBar()->findChild<QPushButton *>();
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Open Demo Snapshot"));
    QSignalSpy results(&window, &MainWindow::resultsShown);
    button->click();
    QVERIFY(results.wait(10000));
    QVERIFY(window.snapshot().has_value());
}

void TestMainWindow::opensJsonReport()
{
    // A report written from the captured snapshot: its findings, without the inventory.
    const core::Snapshot snapshot = capturedSnapshot();
    const core::ScanResult expected = engineResult(snapshot);
    const QString path = m_dir.filePath(QStringLiteral("report.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(core::reportJsonBytes(expected, snapshot));
    file.close();

    MainWindow window;
    window.show();
    openSample(window); // something shown before, to see that the report replaces it
    QSignalSpy results(&window, &MainWindow::resultsShown);
    window.openSnapshotFile(path);
    QVERIFY(results.wait(10000));
    QVERIFY(window.isShowingReport());
    QVERIFY(!bar(window, "messageBar")->isVisible());

    QCOMPARE(findingsPage(window, "findingsPage")->resultCount(), expected.findings.size());
    const auto daemonOrHost = std::count_if(expected.findings.begin(), expected.findings.end(), [](const auto &f) {
        return f.target.kind == core::Scope::Daemon || f.target.kind == core::Scope::Host ||
               f.target.kind == core::Scope::Connection;
    });
    QCOMPARE(findingsPage(window, "daemonHostPage")->resultCount(), int(daemonOrHost));
    QCOMPARE(window.findChild<StatCard *>(QStringLiteral("failCard"))->value(),
             expected.summary.byStatus.value(core::Status::Fail));
    QCOMPARE(window.findChild<StatCard *>(QStringLiteral("imagesCard"))->value(), int(snapshot.images.size()));
    QVERIFY(window.windowTitle().contains(snapshot.displayName()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("report")));

    // The inventory pages are empty and say why.
    for (const char *name : {"containersPage", "imagesPage", "networksPage", "volumesPage"}) {
        QCOMPARE(rows(window, name), 0);
        QVERIFY2(page(window, name)->note().contains(QStringLiteral("no inventory")), name);
    }
    // Nothing to save or render again; no re-evaluation on a policy change.
    QVERIFY(!action(window, "saveAction")->isEnabled());
    QVERIFY(!action(window, "exportAction")->isEnabled());
    QSignalSpy again(&window, &MainWindow::resultsShown);
    window.setPolicyFile({});
    QTest::qWait(200); // proving that no evaluation starts
    QCOMPARE(again.count(), 0);
    QCOMPARE(findingsPage(window, "findingsPage")->resultCount(), expected.findings.size());

    // A snapshot afterwards brings the inventory back and hides the note.
    openSample(window);
    QVERIFY(!window.isShowingReport());
    QVERIFY(page(window, "containersPage")->note().isEmpty());
}

void TestMainWindow::reportsBrokenJsonReport()
{
    const QString path = m_dir.filePath(QStringLiteral("broken-report.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": "hullcheck-report/1", "generated_at": "2024-05-01T12:00:00Z"})");
    file.close();
    MainWindow window;
    window.show();
    window.openSnapshotFile(path);
    MessageBar *messages = bar(window, "messageBar");
    QTRY_VERIFY(messages->isVisible());
    QCOMPARE(messages->kind(), MessageBar::Kind::Error);
    QVERIFY2(messages->text().contains(QStringLiteral("broken-report.json")), qPrintable(messages->text()));
    QVERIFY(!window.snapshot());
}

void TestMainWindow::revealsEnvironmentOnlyOnRequest()
{
    const auto envText = [](const QTreeWidget *view) {
        QString text;
        for (int row = 0; row < view->topLevelItemCount(); ++row) {
            text += view->topLevelItem(row)->text(0) + QLatin1Char('=') + view->topLevelItem(row)->text(1) +
                    QLatin1Char('\n');
        }
        return text;
    };
    MainWindow window;
    window.show();
    openSample(window);
    InventoryPage *containers = page(window, "containersPage");
    QTreeWidget *env = containers->environmentView();
    auto *details = containers->findChild<QPlainTextEdit *>(QStringLiteral("detailsView"));

    containers->view()->selectRow(0);
    QCOMPARE(env->topLevelItemCount(), 2);
    QVERIFY(envText(env).contains(QStringLiteral("API_TOKEN=")));
    QVERIFY(!envText(env).contains(tests::sampleSecret())); // hidden until asked

    // One variable.
    env->topLevelItem(1)->setSelected(true);
    containers->findChild<QPushButton *>(QStringLiteral("revealButton"))->click();
    QVERIFY(envText(env).contains(QStringLiteral("API_TOKEN=") + tests::sampleSecret()));
    QVERIFY(!envText(env).contains(QStringLiteral("PATH=/usr/bin")));
    // Only in the details pane: never in the inspect text or the table.
    QVERIFY(!details->toPlainText().contains(tests::sampleSecret()));
    const QAbstractItemModel *table = containers->view()->model();
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            QVERIFY(!table->index(row, column).data().toString().contains(tests::sampleSecret()));
            QVERIFY(!table->index(row, column).data(Qt::ToolTipRole).toString().contains(tests::sampleSecret()));
        }
    }

    // Hidden again when the selection changes, and after coming back.
    containers->view()->selectRow(1);
    containers->view()->selectRow(0);
    QVERIFY(!envText(env).contains(tests::sampleSecret()));
    // All at once.
    containers->findChild<QPushButton *>(QStringLiteral("revealAllButton"))->click();
    QVERIFY(envText(env).contains(QStringLiteral("PATH=/usr/bin")));
    QVERIFY(envText(env).contains(tests::sampleSecret()));

    // A redacted snapshot has nothing to reveal but the placeholder.
    openSample(window, tests::sampleSnapshot().redactedCopy());
    containers->view()->selectRow(0);
    containers->revealAllValues();
    QVERIFY(envText(env).contains(QStringLiteral("API_TOKEN=<redacted>")));
    QVERIFY(!envText(env).contains(tests::sampleSecret()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
