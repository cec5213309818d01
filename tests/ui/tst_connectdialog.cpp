#include "core/docker/contextstore.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/widgets/filepathedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck;
using namespace hullcheck::ui;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsContextsWithHosts();
    void mapsHostAndTlsToOptions();
    void warnsWhenVerificationIsOff();
    void warnsAboutPlainTcp();
    void showsResolutionErrorsInline();
    void remembersLastChoice();

private:
    core::EndpointResolver resolver() const;
    template <typename T>
    static T *child(const ConnectDialog &dialog, const char *name)
    {
        T *found = dialog.findChild<T *>(QLatin1String(name));
        Q_ASSERT(found);
        return found;
    }

    QTemporaryDir m_home;
};

void TestConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HullcheckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectdialog"));
    QVERIFY(m_home.isValid());

    // One stored context, as `docker context create prod --docker host=tcp://prod.example:2376` leaves it.
    const QString name = QStringLiteral("prod");
    const QString metaDir =
        m_home.filePath(QStringLiteral(".docker/contexts/meta/") + core::ContextStore::directoryNameFor(name));
    QVERIFY(QDir().mkpath(metaDir));
    QFile meta(metaDir + QStringLiteral("/meta.json"));
    QVERIFY(meta.open(QIODevice::WriteOnly));
    meta.write(R"({"Name":"prod","Metadata":{"Description":"Production"},)"
               R"("Endpoints":{"docker":{"Host":"tcp://prod.example:2376","SkipTLSVerify":false}}})");
}

void TestConnectDialog::init()
{
    QSettings().clear();
}

core::EndpointResolver TestConnectDialog::resolver() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), m_home.path());
    return core::EndpointResolver(environment);
}

void TestConnectDialog::listsContextsWithHosts()
{
    ConnectDialog dialog(resolver());
    auto *combo = child<QComboBox>(dialog, "contextCombo");
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemData(0).toString(), QStringLiteral("default"));
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("prod"));
    QVERIFY(combo->itemText(1).contains(QStringLiteral("tcp://prod.example:2376")));
    QVERIFY(
        child<QLabel>(dialog, "environmentPreview")->text().contains(QStringLiteral("unix:///var/run/docker.sock")));

    dialog.setMode(ConnectDialog::Mode::Context);
    combo->setCurrentIndex(1);
    QCOMPARE(dialog.options().context, QStringLiteral("prod"));
    QVERIFY(dialog.options().host.isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.endpoint().url(), QStringLiteral("tcp://prod.example:2376"));
    QCOMPARE(dialog.endpoint().contextName, QStringLiteral("prod"));
}

void TestConnectDialog::mapsHostAndTlsToOptions()
{
    ConnectDialog dialog(resolver());
    QCOMPARE(dialog.mode(), ConnectDialog::Mode::Environment);
    QCOMPARE(dialog.options().host, QString());
    QVERIFY(!dialog.options().tlsVerify.has_value());

    dialog.setMode(ConnectDialog::Mode::Host);
    child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral(" tcp://10.0.0.5:2376 "));
    QCOMPARE(dialog.options().host, QStringLiteral("tcp://10.0.0.5:2376"));
    QVERIFY(!dialog.options().tls); // TLS off: left to DOCKER_TLS_VERIFY, as for docker -H

    child<QGroupBox>(dialog, "tlsGroup")->setChecked(true);
    child<FilePathEdit>(dialog, "caEdit")->setPath(QStringLiteral("/etc/ca.pem"));
    child<FilePathEdit>(dialog, "certEdit")->setPath(QStringLiteral("/etc/cert.pem"));
    child<FilePathEdit>(dialog, "keyEdit")->setPath(QStringLiteral("/etc/key.pem"));
    core::ConnectionOptions options = dialog.options();
    QVERIFY(options.tls);
    QCOMPARE(options.tlsVerify, std::optional<bool>(true));
    QCOMPARE(options.tlsCaCert, QStringLiteral("/etc/ca.pem"));
    QCOMPARE(options.tlsCert, QStringLiteral("/etc/cert.pem"));
    QCOMPARE(options.tlsKey, QStringLiteral("/etc/key.pem"));

    child<QCheckBox>(dialog, "verifyCheck")->setChecked(false);
    options = dialog.options();
    QCOMPARE(options.tlsVerify, std::optional<bool>(false));
    const core::Result<core::Endpoint> endpoint = resolver().resolve(options);
    QVERIFY(endpoint.ok());
    QVERIFY(endpoint.value().isUnverified());
}

void TestConnectDialog::warnsWhenVerificationIsOff()
{
    ConnectDialog dialog(resolver());
    dialog.show();
    dialog.setMode(ConnectDialog::Mode::Host);
    auto *warning = child<QLabel>(dialog, "verifyWarning");
    child<QGroupBox>(dialog, "tlsGroup")->setChecked(true);
    QVERIFY(child<QCheckBox>(dialog, "verifyCheck")->isChecked()); // verification is the default
    QVERIFY(!warning->isVisible());
    child<QCheckBox>(dialog, "verifyCheck")->setChecked(false);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("The daemon's identity will not be checked"));
    child<QCheckBox>(dialog, "verifyCheck")->setChecked(true);
    QVERIFY(!warning->isVisible());
}

void TestConnectDialog::warnsAboutPlainTcp()
{
    ConnectDialog dialog(resolver());
    dialog.show();
    dialog.setMode(ConnectDialog::Mode::Host);
    auto *warning = child<QLabel>(dialog, "plainTcpWarning");
    auto *host = child<QLineEdit>(dialog, "hostEdit");
    host->setText(QStringLiteral("unix:///var/run/docker.sock"));
    QVERIFY(!warning->isVisible());
    host->setText(QStringLiteral("tcp://10.0.0.5:2375"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().startsWith(QStringLiteral("Plain TCP: the traffic is not encrypted")));
    child<QGroupBox>(dialog, "tlsGroup")->setChecked(true);
    QVERIFY(!warning->isVisible());
    child<QGroupBox>(dialog, "tlsGroup")->setChecked(false);
    QVERIFY(warning->isVisible());
    dialog.setMode(ConnectDialog::Mode::Environment);
    QVERIFY(!warning->isVisible());
}

void TestConnectDialog::showsResolutionErrorsInline()
{
    ConnectDialog dialog(resolver());
    dialog.show();
    dialog.setMode(ConnectDialog::Mode::Host);
    auto *error = child<QLabel>(dialog, "errorLabel");

    dialog.accept(); // empty host
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());

    child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("ssh://user@remote"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->text().contains(QStringLiteral("not supported")));
    QVERIFY(dialog.result() != int(QDialog::Accepted));
}

void TestConnectDialog::remembersLastChoice()
{
    {
        ConnectDialog dialog(resolver());
        dialog.setMode(ConnectDialog::Mode::Host);
        child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("tcp://10.0.0.5:2376"));
        child<QGroupBox>(dialog, "tlsGroup")->setChecked(true);
        child<FilePathEdit>(dialog, "caEdit")->setPath(QStringLiteral("/etc/ca.pem"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ConnectDialog dialog(resolver());
    QCOMPARE(dialog.mode(), ConnectDialog::Mode::Host);
    QCOMPARE(dialog.options().host, QStringLiteral("tcp://10.0.0.5:2376"));
    QCOMPARE(dialog.options().tlsCaCert, QStringLiteral("/etc/ca.pem"));
    QCOMPARE(dialog.options().tlsVerify, std::optional<bool>(true));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
