// Connection profiles in the GUI: add, edit and remove them in the Connect dialog, "Test connection" off the GUI
// thread (a fake daemon that answers late, a missing socket), and the toolbar picker that starts a scan.
#include "fakes/fakehttpserver.h"

#include "core/settings/connectionprofiles.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hullcheck;
using namespace hullcheck::ui;

namespace {

template <typename T>
T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

tests::FakeHttpServer::Reply answer(const QString &path, int delayMs)
{
    tests::FakeHttpServer::Reply reply;
    if (path.endsWith(QLatin1String("/_ping"))) {
        reply = tests::FakeHttpServer::ping("1.43");
    } else if (path.endsWith(QLatin1String("/version"))) {
        reply = tests::FakeHttpServer::json(200, R"({"Version":"24.0.7","ApiVersion":"1.43"})");
    } else if (path.endsWith(QLatin1String("/info"))) {
        reply = tests::FakeHttpServer::json(200, R"({"Name":"fakehost","ID":"X"})");
    } else {
        reply = tests::FakeHttpServer::json(404, R"({"message":"no"})");
    }
    reply.delayMs = delayMs;
    return reply;
}

} // namespace

class TestConnectionProfilesUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addsEditsAndRemovesProfiles();
    void testConnectionShowsDaemon();
    void testConnectionShowsExactError();
    void pickerStartsScanWithoutBlocking();
};

void TestConnectionProfilesUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HullcheckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionprofilesui"));
}

void TestConnectionProfilesUi::init()
{
    QSettings().clear();
}

void TestConnectionProfilesUi::addsEditsAndRemovesProfiles()
{
    ConnectDialog dialog{core::EndpointResolver()};
    auto *combo = child<QComboBox>(dialog, "profileCombo");
    auto *name = child<QLineEdit>(dialog, "profileNameEdit");
    QCOMPARE(combo->count(), 1); // "(new profile)"

    // Add.
    dialog.setMode(ConnectDialog::Mode::Host);
    child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("unix:///run/user/1000/docker.sock"));
    name->setText(QStringLiteral("rootless"));
    child<QPushButton>(dialog, "saveProfileButton")->click();
    core::ConnectionProfiles store;
    QCOMPARE(store.names(), QStringList{QStringLiteral("rootless")});
    QCOMPARE(store.profile(QStringLiteral("rootless"))->options.host,
             QStringLiteral("unix:///run/user/1000/docker.sock"));
    QCOMPARE(combo->currentText(), QStringLiteral("rootless"));

    // Edit: rename and change the host.
    child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("unix:///tmp/docker.sock"));
    name->setText(QStringLiteral("tmp"));
    child<QPushButton>(dialog, "saveProfileButton")->click();
    QCOMPARE(store.names(), QStringList{QStringLiteral("tmp")});
    QCOMPARE(store.profile(QStringLiteral("tmp"))->options.host, QStringLiteral("unix:///tmp/docker.sock"));

    // Choosing a profile fills the form.
    dialog.setMode(ConnectDialog::Mode::Environment);
    combo->setCurrentIndex(combo->findData(QStringLiteral("tmp")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(dialog.mode(), ConnectDialog::Mode::Host);
    QCOMPARE(dialog.options().host, QStringLiteral("unix:///tmp/docker.sock"));

    // Remove.
    child<QPushButton>(dialog, "removeProfileButton")->click();
    QVERIFY(store.names().isEmpty());
    QCOMPARE(combo->count(), 1);
}

void TestConnectionProfilesUi::testConnectionShowsDaemon()
{
    tests::FakeHttpServer server([](const QString &, const QString &path) {
        return answer(path, 300); // slow enough to see that the dialog stays responsive
    });
    QVERIFY(server.listen());
    ConnectDialog dialog{core::EndpointResolver()};
    dialog.show();
    dialog.setMode(ConnectDialog::Mode::Host);
    child<QLineEdit>(dialog, "hostEdit")->setText(server.url());
    QSignalSpy tested(&dialog, &ConnectDialog::connectionTested);
    child<QPushButton>(dialog, "testButton")->click();
    // Returned before the daemon answered: still contacting it, the button waits for the answer.
    QVERIFY(!child<QPushButton>(dialog, "testButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "testLabel")->text().startsWith(QStringLiteral("Contacting")));
    QCOMPARE(tested.count(), 0);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).toBool(), true);
    const QString text = child<QLabel>(dialog, "testLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("fakehost")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("24.0.7")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1.43")), qPrintable(text));
}

void TestConnectionProfilesUi::testConnectionShowsExactError()
{
    ConnectDialog dialog{core::EndpointResolver()};
    dialog.show();
    dialog.setMode(ConnectDialog::Mode::Host);
    child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("unix:///nonexistent/hullcheck-test.sock"));
    QSignalSpy tested(&dialog, &ConnectDialog::connectionTested);
    child<QPushButton>(dialog, "testButton")->click();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    const QString text = child<QLabel>(dialog, "testLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("/nonexistent/hullcheck-test.sock")), qPrintable(text));
}

void TestConnectionProfilesUi::pickerStartsScanWithoutBlocking()
{
    tests::FakeHttpServer server([](const QString &, const QString &path) {
        return answer(path, 400);
    });
    QVERIFY(server.listen());
    core::ConnectionProfiles store;
    core::ConnectionProfile profile{QStringLiteral("fake"), {}};
    profile.options.host = server.url();
    QVERIFY(store.setProfile(profile));

    MainWindow window;
    window.show();
    auto *picker = child<QComboBox>(window, "profileCombo");
    QCOMPARE(picker->count(), 1);
    QCOMPARE(picker->currentIndex(), -1); // none active yet
    picker->setCurrentIndex(0);
    emit picker->activated(0);
    QVERIFY(window.isBusy()); // the daemon answers later: the window did not wait for it
    QCOMPARE(core::ConnectionProfiles().activeProfile(), QStringLiteral("fake"));
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 1, 5000);
    QVERIFY(server.requests().first().contains(QStringLiteral("/_ping")));
    window.cancel();
}

QTEST_MAIN(TestConnectionProfilesUi)
#include "tst_connectionprofilesui.moc"
