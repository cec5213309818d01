// The Labels table: every key and value with its carriers, required labels green, missing ones red with the objects
// that lack them; the proxy's "missing only" switch; and the page in the main window with a policy.
#include "ui/mainwindow.h"
#include "ui/models/labelsfilterproxy.h"
#include "ui/models/labelsmodel.h"
#include "ui/pages/labelspage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck;
using namespace hullcheck::ui;

namespace {

QJsonObject labels(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QJsonObject object;
    for (const auto &[key, value] : pairs) {
        object.insert(QLatin1String(key), QLatin1String(value));
    }
    return object;
}

// Two containers, an image, a network and a volume; "owner" is on all but the image and the volume.
core::Snapshot labelledSnapshot()
{
    core::Snapshot snapshot;
    snapshot.collectedAt = QDateTime::currentDateTimeUtc();
    snapshot.info = QJsonObject{{QStringLiteral("Name"), QStringLiteral("host1")}};
    snapshot.containers = QJsonArray{
        QJsonObject{{QStringLiteral("Id"), QStringLiteral("c1")},
                    {QStringLiteral("Name"), QStringLiteral("/web")},
                    {QStringLiteral("Config"),
                     QJsonObject{{QStringLiteral("Labels"), labels({{"owner", "alice"}, {"tier", "front"}})}}}},
        QJsonObject{{QStringLiteral("Id"), QStringLiteral("c2")},
                    {QStringLiteral("Name"), QStringLiteral("/db")},
                    {QStringLiteral("Config"), QJsonObject{{QStringLiteral("Labels"), labels({{"owner", "alice"}})}}}}};
    snapshot.images = QJsonArray{QJsonObject{
        {QStringLiteral("Id"), QStringLiteral("sha256:0123456789abcdef")},
        {QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("nginx:1.25")}},
        {QStringLiteral("Config"), QJsonObject{{QStringLiteral("Labels"), labels({{"maintainer", "NGINX"}})}}}}};
    snapshot.networks = QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("backend")},
                                               {QStringLiteral("Labels"), labels({{"owner", "bob"}})}}};
    snapshot.volumes = QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("data")}}};
    return snapshot;
}

int findRow(const QAbstractItemModel &model, const QString &key, LabelsModel::LabelStatus status, const QString &value)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, LabelsModel::KeyColumn);
        if (index.data().toString() == key && index.data(LabelsModel::StatusRole).toInt() == int(status) &&
            (status == LabelsModel::LabelStatus::Missing ||
             index.siblingAtColumn(LabelsModel::ValueColumn).data().toString() == value)) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestLabelsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void rows_data();
    void rows();
    void missingOnlyFilter();
    void pageInWindowFollowsPolicy();
};

void TestLabelsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HullcheckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_labelsmodel"));
    QSettings().clear();
}

void TestLabelsModel::passesModelTester()
{
    LabelsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(labelledSnapshot(), {QStringLiteral("owner"), QStringLiteral("team")});
    QCOMPARE(model.rowCount(), 6); // 4 key/value pairs + owner and team missing
    LabelsFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(LabelsModel::StatusColumn, Qt::DescendingOrder);
    proxy.setFilterText(QStringLiteral("alice"));
    QCOMPARE(proxy.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestLabelsModel::rows_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("tone");
    QTest::addColumn<QStringList>("objects");
    using S = LabelsModel::LabelStatus;
    QTest::newRow("required, carried") << QStringLiteral("owner") << QStringLiteral("alice") << int(S::Required)
                                       << int(Tone::Positive)
                                       << QStringList{QStringLiteral("container web"), QStringLiteral("container db")};
    QTest::newRow("required, other value") << QStringLiteral("owner") << QStringLiteral("bob") << int(S::Required)
                                           << int(Tone::Positive) << QStringList{QStringLiteral("network backend")};
    QTest::newRow("required, missing") << QStringLiteral("owner") << QString() << int(S::Missing) << int(Tone::Critical)
                                       << QStringList{QStringLiteral("image nginx:1.25"),
                                                      QStringLiteral("volume data")};
    QTest::newRow("required, nowhere") << QStringLiteral("team") << QString() << int(S::Missing) << int(Tone::Critical)
                                       << QStringList{QStringLiteral("container web"),
                                                      QStringLiteral("container db"),
                                                      QStringLiteral("image nginx:1.25"),
                                                      QStringLiteral("network backend"),
                                                      QStringLiteral("volume data")};
    QTest::newRow("not required") << QStringLiteral("maintainer") << QStringLiteral("NGINX") << int(S::Present)
                                  << int(Tone::Info) << QStringList{QStringLiteral("image nginx:1.25")};
}

void TestLabelsModel::rows()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(int, tone);
    QFETCH(QStringList, objects);
    LabelsModel model;
    model.setSnapshot(labelledSnapshot(), {QStringLiteral("owner"), QStringLiteral("team")});
    const int row = findRow(model, key, LabelsModel::LabelStatus(status), value);
    QVERIFY(row >= 0);
    const QModelIndex statusCell = model.index(row, LabelsModel::StatusColumn);
    QCOMPARE(statusCell.data(LabelsModel::ToneRole).toInt(), tone);
    QCOMPARE(statusCell.data().toString(), LabelsModel::statusText(LabelsModel::LabelStatus(status))); // text too
    QCOMPARE(statusCell.data(LabelsModel::ObjectsRole).toStringList(), objects);
    QCOMPARE(model.index(row, LabelsModel::CountColumn).data().toInt(), objects.size());
    QCOMPARE(model.index(row, LabelsModel::CountColumn).data(LabelsModel::SortRole).toInt(), objects.size());
    QVERIFY(!model.index(row, LabelsModel::KeyColumn).data(LabelsModel::ToneRole).isValid());
}

void TestLabelsModel::missingOnlyFilter()
{
    LabelsModel model;
    model.setSnapshot(labelledSnapshot(), {QStringLiteral("owner")});
    LabelsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setMissingOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LabelsModel::KeyColumn).data().toString(), QStringLiteral("owner"));
    model.setSnapshot(labelledSnapshot(), {}); // no policy: nothing is missing
    QCOMPARE(proxy.rowCount(), 0);
}

void TestLabelsModel::pageInWindowFollowsPolicy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString snapshotPath = dir.filePath(QStringLiteral("labelled.json"));
    QVERIFY(labelledSnapshot().save(snapshotPath).ok());
    const QString policyPath = dir.filePath(QStringLiteral("policy.yaml"));
    QFile policy(policyPath);
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("required_labels: [owner]\n");
    policy.close();

    MainWindow window;
    window.show();
    QSignalSpy results(&window, &MainWindow::resultsShown);
    window.openSnapshotFile(snapshotPath);
    QVERIFY(results.wait(10000));
    auto *page = window.findChild<LabelsPage *>(QStringLiteral("labelsPage"));
    QCOMPARE(page->missingCount(), 0);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Labels"));

    window.setPolicyFile(policyPath); // re-evaluates with the policy
    QVERIFY(results.wait(10000));
    QCOMPARE(page->missingCount(), 1);
    QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Labels (1 missing)"));
    // Missing labels sort first.
    const QModelIndex first = page->view()->model()->index(0, LabelsModel::StatusColumn);
    QCOMPARE(first.data(LabelsModel::ToneRole).toInt(), int(Tone::Critical));
    page->view()->selectRow(0);
    const QString details = page->findChild<QPlainTextEdit *>(QStringLiteral("detailsView"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("volume data")), qPrintable(details));
    window.clearPolicy();
}

QTEST_MAIN(TestLabelsModel)
#include "tst_labelsmodel.moc"
