#include "ui/models/findingsfilterproxy.h"
#include "ui/models/findingsmodel.h"
#include "ui/statuspalette.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace hullcheck;
using namespace hullcheck::ui;
using core::Finding;
using core::Scope;
using core::Severity;
using core::Status;

namespace {

Finding makeFinding(Status status,
                    Severity severity = Severity::Medium,
                    const QString &cisId = QStringLiteral("5.4"),
                    Scope scope = Scope::Container,
                    const QString &name = QStringLiteral("web"))
{
    Finding finding;
    finding.ruleId = QStringLiteral("HC-TEST-%1").arg(cisId);
    finding.cisId = cisId;
    finding.title = QStringLiteral("Title of %1").arg(cisId);
    finding.severity = severity;
    finding.status = status;
    finding.target = {scope, QStringLiteral("id-") + name, name};
    finding.evidence = QStringLiteral("Privileged=true");
    finding.reason = status == Status::Skip ? QStringLiteral("not running") : QString();
    return finding;
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

class TestFindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void satisfiesModelContract();
    void exposesStatus_data();
    void exposesStatus();
    void exposesColumns();
    void sortsCisIdsNaturally();
    void sortsStatusBySeverityOfOutcome();
    void filtersByStatus_data();
    void filtersByStatus();
    void filtersBySeverityScopeAndText();
    void groupsBySectionAndObject();
};

void TestFindingsModel::satisfiesModelContract()
{
    FindingsModel model;
    FindingsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings({makeFinding(Status::Fail), makeFinding(Status::Pass), makeFinding(Status::Waived)});
    proxy.setStatuses(FindingsFilterProxy::problemStatuses());
    proxy.setGrouping(FindingsFilterProxy::Grouping::Object);
    proxy.sort(FindingsModel::CisColumn);
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
}

void TestFindingsModel::exposesStatus_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("tone");
    QTest::addColumn<QColor>("colour");
    QTest::newRow("pass") << Status::Pass << "Pass" << int(Tone::Positive) << QColor(0x2e7d32);
    QTest::newRow("fail") << Status::Fail << "Fail" << int(Tone::Critical) << QColor(0xc62828);
    QTest::newRow("warn") << Status::Warn << "Warn" << int(Tone::Caution) << QColor(0xf9a825);
    QTest::newRow("info") << Status::Info << "Info" << int(Tone::Info) << QColor(0x1565c0);
    QTest::newRow("skip") << Status::Skip << "Skip" << int(Tone::Neutral) << QColor(0x757575);
    QTest::newRow("waived") << Status::Waived << "Waived" << int(Tone::Muted) << QColor(0x90a4ae);
}

void TestFindingsModel::exposesStatus()
{
    QFETCH(Status, status);
    QFETCH(QString, label);
    QFETCH(int, tone);
    QFETCH(QColor, colour);
    FindingsModel model;
    model.setFindings({makeFinding(status)});

    const QModelIndex index = model.index(0, FindingsModel::StatusColumn);
    QCOMPARE(index.data().toString(), label); // colour is never the only signal
    QCOMPARE(index.data(FindingsModel::StatusRole).value<Status>(), status);
    QCOMPARE(index.data(FindingsModel::ToneRole).toInt(), tone);
    QCOMPARE(index.data(FindingsModel::SortRole).toInt(), int(status));
    QCOMPARE(statusColor(status), colour);
    // Only the status column is painted as a badge.
    QVERIFY(!model.index(0, FindingsModel::TitleColumn).data(FindingsModel::ToneRole).isValid());
}

void TestFindingsModel::exposesColumns()
{
    FindingsModel model;
    model.setFindings({makeFinding(Status::Skip, Severity::High, QStringLiteral("5.31"), Scope::Image, "nginx:1")});
    QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("High"));
    QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data(FindingsModel::SortRole).toInt(), int(Severity::High));
    QCOMPARE(model.index(0, FindingsModel::CisColumn).data().toString(), QStringLiteral("5.31"));
    QCOMPARE(model.index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("HC-TEST-5.31"));
    QCOMPARE(model.index(0, FindingsModel::ObjectKindColumn).data().toString(), QStringLiteral("Image"));
    QCOMPARE(model.index(0, FindingsModel::ObjectNameColumn).data().toString(), QStringLiteral("nginx:1"));
    QCOMPARE(model.index(0, FindingsModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("not running"));
    QCOMPARE(model.index(0, 0).data(FindingsModel::SectionRole).toString(), QStringLiteral("5"));
    QCOMPARE(model.index(0, 0).data(FindingsModel::ObjectRole).toString(), QStringLiteral("image/nginx:1"));
    QVERIFY(model.findingAt(0));
    QVERIFY(!model.findingAt(1));
}

void TestFindingsModel::sortsCisIdsNaturally()
{
    FindingsModel model;
    model.setFindings({makeFinding(Status::Fail, Severity::Low, QStringLiteral("5.10")),
                       makeFinding(Status::Fail, Severity::Low, QString()),
                       makeFinding(Status::Fail, Severity::Low, QStringLiteral("5.2")),
                       makeFinding(Status::Fail, Severity::Low, QStringLiteral("1.1.10")),
                       makeFinding(Status::Fail, Severity::Low, QStringLiteral("1.1.9"))});
    FindingsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FindingsModel::CisColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, FindingsModel::CisColumn),
             QStringList({"1.1.9", "1.1.10", "5.2", "5.10", ""})); // ids without CIS number last
}

void TestFindingsModel::sortsStatusBySeverityOfOutcome()
{
    FindingsModel model;
    model.setFindings({makeFinding(Status::Pass),
                       makeFinding(Status::Fail),
                       makeFinding(Status::Warn),
                       makeFinding(Status::Waived),
                       makeFinding(Status::Skip),
                       makeFinding(Status::Info)});
    FindingsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FindingsModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, FindingsModel::StatusColumn),
             QStringList({"Fail", "Warn", "Waived", "Skip", "Info", "Pass"}));
}

void TestFindingsModel::filtersByStatus_data()
{
    QTest::addColumn<QList<Status>>("statuses");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("all") << QList<Status>{} << QStringList({"Pass", "Fail", "Warn", "Waived"});
    QTest::newRow("problems") << QList<Status>{Status::Fail, Status::Warn} << QStringList({"Fail", "Warn"});
    QTest::newRow("waived") << QList<Status>{Status::Waived} << QStringList({"Waived"});
}

void TestFindingsModel::filtersByStatus()
{
    QFETCH(QList<Status>, statuses);
    QFETCH(QStringList, shown);
    FindingsModel model;
    model.setFindings(
        {makeFinding(Status::Pass), makeFinding(Status::Fail), makeFinding(Status::Warn), makeFinding(Status::Waived)});
    FindingsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setStatuses(QSet<Status>(statuses.begin(), statuses.end()));
    QCOMPARE(column(proxy, FindingsModel::StatusColumn), shown);
}

void TestFindingsModel::filtersBySeverityScopeAndText()
{
    FindingsModel model;
    model.setFindings({makeFinding(Status::Fail, Severity::High, "5.4", Scope::Container, "web"),
                       makeFinding(Status::Fail, Severity::Low, "4.1", Scope::Image, "nginx:1"),
                       makeFinding(Status::Warn, Severity::High, "2.2", Scope::Daemon, "host1")});
    FindingsFilterProxy proxy;
    proxy.setSourceModel(&model);

    proxy.setSeverity(Severity::High);
    QCOMPARE(column(proxy, FindingsModel::CisColumn), QStringList({"5.4", "2.2"}));
    proxy.setScopes({Scope::Daemon, Scope::Host});
    QCOMPARE(column(proxy, FindingsModel::CisColumn), QStringList({"2.2"}));
    proxy.setSeverity(std::nullopt);
    proxy.setScopes({});
    proxy.setFilterText(QStringLiteral("  NGINX "));
    QCOMPARE(column(proxy, FindingsModel::CisColumn), QStringList({"4.1"}));
    proxy.setFilterText(QStringLiteral("title of 2.2"));
    QCOMPARE(column(proxy, FindingsModel::CisColumn), QStringList({"2.2"}));
    proxy.setFilterText(QStringLiteral("FAILHIGH")); // the status column's end and the severity column's start
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("high"));
    proxy.setStatuses({Status::Warn}); // text and status together
    QCOMPARE(column(proxy, FindingsModel::CisColumn), QStringList({"2.2"}));
    proxy.setStatuses({});
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 3);
}

void TestFindingsModel::groupsBySectionAndObject()
{
    FindingsModel model;
    model.setFindings({makeFinding(Status::Pass, Severity::Low, "5.4", Scope::Container, "b"),
                       makeFinding(Status::Fail, Severity::Low, "4.1", Scope::Image, "a"),
                       makeFinding(Status::Fail, Severity::Low, "5.10", Scope::Container, "a"),
                       makeFinding(Status::Warn, Severity::Low, "4.6", Scope::Container, "b")});
    FindingsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FindingsModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, FindingsModel::CisColumn), QStringList({"4.1", "5.10", "4.6", "5.4"}));

    proxy.setGrouping(FindingsFilterProxy::Grouping::Section); // sections ascending, worst first inside
    QCOMPARE(column(proxy, FindingsModel::CisColumn), QStringList({"4.1", "4.6", "5.10", "5.4"}));

    proxy.setGrouping(FindingsFilterProxy::Grouping::Object); // container/a, container/b, image/a
    QCOMPARE(column(proxy, FindingsModel::CisColumn), QStringList({"5.10", "4.6", "5.4", "4.1"}));
}

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
