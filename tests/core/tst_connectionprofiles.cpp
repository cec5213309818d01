// Connection profiles in QSettings: typed round trip, rename and remove, the active profile, paths only.
#include "core/settings/connectionprofiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace hullcheck::core;

class TestConnectionProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTrip();
    void replacesAndRenames();
    void removesAndClearsActive();
    void refusesEmptyNames();
    void storesPathsOnly();
};

namespace {

ConnectionProfile tlsProfile()
{
    ConnectionProfile profile{QStringLiteral("prod"), {}};
    profile.options.host = QStringLiteral("tcp://prod.example:2376");
    profile.options.tlsVerify = true;
    profile.options.tlsCaCert = QStringLiteral("/home/u/.docker/prod/ca.pem");
    profile.options.tlsCert = QStringLiteral("/home/u/.docker/prod/cert.pem");
    profile.options.tlsKey = QStringLiteral("/home/u/.docker/prod/key.pem");
    return profile;
}

} // namespace

void TestConnectionProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // before the first QSettings
    QCoreApplication::setOrganizationName(QStringLiteral("HullcheckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionprofiles"));
}

void TestConnectionProfiles::init()
{
    QSettings().clear();
}

void TestConnectionProfiles::roundTrip()
{
    ConnectionProfiles store;
    QSignalSpy changed(&store, &ConnectionProfiles::changed);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.setProfile(tlsProfile()));
    ConnectionProfile context{QStringLiteral("staging"), {}};
    context.options.context = QStringLiteral("staging-ctx");
    QVERIFY(store.setProfile(context));
    QVERIFY(store.setProfile({QStringLiteral("local"), {}})); // from the environment
    QCOMPARE(changed.count(), 3);

    const ConnectionProfiles other; // a second reader sees the same
    QCOMPARE(other.names(), (QStringList{QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("local")}));
    const std::optional<ConnectionProfile> prod = other.profile(QStringLiteral("prod"));
    QVERIFY(prod);
    QCOMPARE(prod->options.host, tlsProfile().options.host);
    QCOMPARE(prod->options.tlsVerify, std::optional<bool>(true));
    QCOMPARE(prod->options.tls, false);
    QCOMPARE(prod->options.tlsCaCert, tlsProfile().options.tlsCaCert);
    QCOMPARE(prod->options.tlsCert, tlsProfile().options.tlsCert);
    QCOMPARE(prod->options.tlsKey, tlsProfile().options.tlsKey);
    QCOMPARE(other.profile(QStringLiteral("staging"))->options.context, QStringLiteral("staging-ctx"));
    QVERIFY(!other.profile(QStringLiteral("local"))->options.tlsVerify.has_value());
    QVERIFY(!other.profile(QStringLiteral("missing")));

    store.setActiveProfile(QStringLiteral("staging"));
    QCOMPARE(other.activeProfile(), QStringLiteral("staging"));
}

void TestConnectionProfiles::replacesAndRenames()
{
    ConnectionProfiles store;
    QVERIFY(store.setProfile(tlsProfile()));
    QVERIFY(store.setProfile({QStringLiteral("local"), {}}));
    store.setActiveProfile(QStringLiteral("prod"));

    ConnectionProfile changedProfile = tlsProfile();
    changedProfile.options.host = QStringLiteral("tcp://prod2.example:2376");
    QVERIFY(store.setProfile(changedProfile)); // same name: replaced in place
    QCOMPARE(store.names(), (QStringList{QStringLiteral("prod"), QStringLiteral("local")}));
    QCOMPARE(store.profile(QStringLiteral("prod"))->options.host, QStringLiteral("tcp://prod2.example:2376"));

    changedProfile.name = QStringLiteral("production");
    QVERIFY(store.replaceProfile(QStringLiteral("prod"), changedProfile));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("production"), QStringLiteral("local")}));
    QCOMPARE(store.activeProfile(), QStringLiteral("production")); // follows the rename
    QVERIFY(!store.replaceProfile(QStringLiteral("prod"), changedProfile));

    // Renaming onto another profile's name leaves one of that name.
    changedProfile.name = QStringLiteral("local");
    QVERIFY(store.replaceProfile(QStringLiteral("production"), changedProfile));
    QCOMPARE(store.names(), QStringList{QStringLiteral("local")});
}

void TestConnectionProfiles::removesAndClearsActive()
{
    ConnectionProfiles store;
    QVERIFY(store.setProfile(tlsProfile()));
    store.setActiveProfile(QStringLiteral("prod"));
    QVERIFY(store.removeProfile(QStringLiteral("prod")));
    QVERIFY(!store.removeProfile(QStringLiteral("prod")));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.activeProfile().isEmpty());
}

void TestConnectionProfiles::refusesEmptyNames()
{
    ConnectionProfiles store;
    QVERIFY(!store.setProfile({QString(), {}}));
    QVERIFY(!store.setProfile({QStringLiteral("  "), {}}));
    QVERIFY(store.profiles().isEmpty());
}

void TestConnectionProfiles::storesPathsOnly()
{
    // A real key file: its contents must never reach the settings file.
    QTemporaryFile key;
    QVERIFY(key.open());
    key.write("-----BEGIN PRIVATE KEY-----\nSECRETKEYMATERIAL\n-----END PRIVATE KEY-----\n");
    key.close();
    ConnectionProfiles store;
    ConnectionProfile profile = tlsProfile();
    profile.options.tlsKey = key.fileName();
    QVERIFY(store.setProfile(profile));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("key.pem") || stored.contains(QFileInfo(key.fileName()).fileName().toUtf8()));
    QVERIFY(!stored.contains("SECRETKEYMATERIAL"));
    QVERIFY(!stored.contains("PRIVATE KEY"));
}

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
