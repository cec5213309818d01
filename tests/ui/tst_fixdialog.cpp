// The Fix… dialog (live plans: editable values, API change and docker update command; artefacts: read-only text,
// Copy, Save…) and the Fix… button of the findings page, from tests/data/snapshot-docker-20.10-hostfacts.json.
#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/remediation/fixplan.h"
#include "ui/dialogs/fixdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/findingsfilterproxy.h"
#include "ui/models/findingsmodel.h"
#include "ui/pages/findingspage.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck;

namespace {

const QString SnapshotFile = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10-hostfacts.json");

} // namespace

class TestFixDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liveDialogUpdatesCommand();
    void liveDialogWithoutDaemon();
    void artefactDialogCopiesAndSaves();
    void fixButtonFollowsPlans();
    void mainWindowOpensDialogForFileSnapshot();

private:
    // The plans for one result, as the main window asks for them.
    QList<core::FixPlan> plansFor(const core::Finding &finding) const;
    QList<core::FixPlan> plansFor(const QString &ruleId, const QString &targetId) const;
    QJsonObject container(const QString &id) const;

    core::Snapshot m_snapshot;
    std::shared_ptr<const core::RulePack> m_rules;
    core::ScanResult m_result;
    core::FixPlan m_live;     // a live memory plan
    core::FixPlan m_artefact; // a docker run artefact
};

void TestFixDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    core::Result<core::Snapshot> snapshot = core::Snapshot::load(SnapshotFile);
    QVERIFY(snapshot.ok());
    m_snapshot = std::move(snapshot).value();
    core::Result<core::RulePack> rules = core::RulePackLoader::builtin();
    QVERIFY(rules.ok());
    m_rules = std::make_shared<const core::RulePack>(std::move(rules).value());
    m_result = core::evaluate(m_snapshot, *m_rules, core::Policy());
    for (const core::FixPlan &plan : core::planFixes(m_snapshot, m_result, *m_rules, core::Policy())) {
        if (m_live.apiPath.isEmpty() && plan.kind == core::FixKind::Live &&
            plan.ruleId == QLatin1String(core::fixrules::Memory)) {
            m_live = plan;
        }
        if (m_artefact.artefact.isEmpty() && plan.artefactType == QLatin1String("docker-run")) {
            m_artefact = plan;
        }
    }
    QVERIFY(!m_live.apiPath.isEmpty());
    QVERIFY(!m_artefact.artefact.isEmpty());
}

QList<core::FixPlan> TestFixDialog::plansFor(const QString &ruleId, const QString &targetId) const
{
    return core::planFixes(m_snapshot, m_result, *m_rules, core::Policy(), core::FixFilter{ruleId, targetId});
}

QList<core::FixPlan> TestFixDialog::plansFor(const core::Finding &finding) const
{
    return plansFor(finding.ruleId, finding.target.id.size() >= 4 ? finding.target.id : finding.target.name);
}

QJsonObject TestFixDialog::container(const QString &id) const
{
    for (const QJsonValue &value : m_snapshot.containers) {
        if (value.toObject().value(QLatin1String("Id")).toString() == id) {
            return value.toObject();
        }
    }
    return {};
}

void TestFixDialog::liveDialogUpdatesCommand()
{
    const QList<core::FixPlan> plans = plansFor(m_live.ruleId, m_live.target.id);
    ui::FixDialog dialog(plans, container(m_live.target.id), m_rules, {});
    QVERIFY(dialog.isLive());
    QVERIFY(dialog.canApply());
    QVERIFY(!dialog.applyButton()->isHidden());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"))->isHidden());
    const QString name = m_live.target.name;
    QCOMPARE(dialog.textView()->toPlainText(),
             QStringLiteral("docker update --memory 512m --memory-swap 512m ") + name);
    QCOMPARE(dialog.valueSpin()->value(), 512);
    QVERIFY(dialog.apiView()->toPlainText().startsWith(QStringLiteral("POST /containers/") + m_live.target.id +
                                                       QStringLiteral("/update\n")));
    QVERIFY(dialog.apiView()->toPlainText().contains(QStringLiteral("536870912")));

    dialog.valueSpin()->setValue(1024);
    QCOMPARE(dialog.textView()->toPlainText(), QStringLiteral("docker update --memory 1g --memory-swap 1g ") + name);
    QVERIFY(dialog.apiView()->toPlainText().contains(QStringLiteral("1073741824")));
    QCOMPARE(dialog.plan().apiBody.value(QLatin1String("Memory")).toInteger(), 1073741824LL);
    QCOMPARE(dialog.plan().equivalentCommand, dialog.textView()->toPlainText());

    dialog.copyToClipboard();
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog.textView()->toPlainText());
}

void TestFixDialog::liveDialogWithoutDaemon()
{
    const QString reason = QStringLiteral("opened from a file");
    ui::FixDialog dialog(plansFor(m_live.ruleId, m_live.target.id), container(m_live.target.id), m_rules, reason);
    QVERIFY(dialog.isLive());
    QVERIFY(!dialog.canApply());
    QVERIFY(dialog.applyButton()->isHidden());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"))->isHidden());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"))->text(), reason);
    QCOMPARE(dialog.textView()->toPlainText(), m_live.equivalentCommand);
}

void TestFixDialog::artefactDialogCopiesAndSaves()
{
    QList<core::FixPlan> plans;
    for (const core::FixPlan &plan : plansFor(m_artefact.ruleId, m_artefact.target.id)) {
        if (plan.kind == core::FixKind::Artefact) { // the artefacts alone, as for a rule without a live fix
            plans.append(plan);
        }
    }
    QVERIFY(!plans.isEmpty());
    QCOMPARE(plans.constFirst().artefactType, QStringLiteral("docker-run"));
    ui::FixDialog dialog(plans, {}, m_rules, {});
    QVERIFY(!dialog.isLive());
    QVERIFY(!dialog.canApply());
    QVERIFY(dialog.applyButton()->isHidden());
    QVERIFY(dialog.textView()->isReadOnly());
    QCOMPARE(dialog.textView()->toPlainText(), plans.constFirst().artefact);
    QVERIFY(dialog.textView()->toPlainText().startsWith(QStringLiteral("docker run")));

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), plans.constFirst().artefact);

    if (plans.size() > 1) { // the compose service of the same container
        dialog.artefactCombo()->setCurrentIndex(1);
        QCOMPARE(dialog.textView()->toPlainText(), plans.at(1).artefact);
        dialog.artefactCombo()->setCurrentIndex(0);
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("run.sh"));
    QSignalSpy saved(&dialog, &ui::FixDialog::saved);
    dialog.saveTo(path);
    QTRY_COMPARE(saved.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), plans.constFirst().artefact);
}

void TestFixDialog::fixButtonFollowsPlans()
{
    ui::FindingsPage page(QStringLiteral("FixTest"));
    page.setResult(m_result, m_rules);
    page.setFixAvailability([this](const core::Finding &finding) {
        return !plansFor(finding).isEmpty();
    });
    bool sawWithPlan = false;
    bool sawWithout = false;
    for (int row = 0; row < page.model()->rowCount() && !(sawWithPlan && sawWithout); ++row) {
        const core::Finding *finding = page.model()->findingAt(row);
        const QModelIndex index = page.proxy()->mapFromSource(page.model()->index(row, 0));
        if (!finding || !index.isValid()) {
            continue;
        }
        const bool hasPlan = !plansFor(*finding).isEmpty();
        if ((hasPlan && sawWithPlan) || (!hasPlan && sawWithout)) {
            continue;
        }
        page.view()->setCurrentIndex(index);
        QCOMPARE(page.fixButton()->isEnabled(), hasPlan);
        (hasPlan ? sawWithPlan : sawWithout) = true;
        if (hasPlan) {
            QSignalSpy requested(&page, &ui::FindingsPage::fixRequested);
            QTest::mouseClick(page.fixButton(), Qt::LeftButton);
            QCOMPARE(requested.size(), 1);
            QCOMPARE(requested.constFirst().constFirst().value<core::Finding>().ruleId, finding->ruleId);
        }
    }
    QVERIFY(sawWithPlan);
    QVERIFY(sawWithout);
    page.setFixAvailability({});
    QVERIFY(!page.fixButton()->isEnabled());
}

void TestFixDialog::mainWindowOpensDialogForFileSnapshot()
{
    ui::MainWindow window;
    QSignalSpy shown(&window, &ui::MainWindow::resultsShown);
    window.openSnapshotFile(SnapshotFile);
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 20000);
    QVERIFY(!window.liveFixUnavailableReason().isEmpty());
    auto *page = window.findChild<ui::FindingsPage *>(QStringLiteral("findingsPage"));
    QVERIFY(page);
    page->proxy()->setStatuses({}); // every status
    int liveRow = -1;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const core::Finding *finding = page->model()->findingAt(row);
        if (finding && finding->ruleId == m_live.ruleId && finding->target.id == m_live.target.id) {
            liveRow = row;
        }
    }
    QVERIFY(liveRow >= 0);
    page->view()->setCurrentIndex(page->proxy()->mapFromSource(page->model()->index(liveRow, 0)));
    QVERIFY(page->fixButton()->isEnabled());
    QTest::mouseClick(page->fixButton(), Qt::LeftButton);
    auto *dialog = window.findChild<ui::FixDialog *>(QStringLiteral("fixDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isLive());
    QVERIFY(!dialog->canApply()); // no daemon behind a file
    QCOMPARE(dialog->textView()->toPlainText(), m_live.equivalentCommand);
    dialog->close();
}

QTEST_MAIN(TestFixDialog)
#include "tst_fixdialog.moc"
