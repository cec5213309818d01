// The Fix… dialog (live plans: editable values, API change and docker update command; artefacts: read-only text,
// Copy, Save…) and the Fix… button of the findings page, from tests/data/snapshot-docker-20.10-hostfacts.json;
// then the whole apply path of the main window against a scripted fake daemon (one object, a refusal, a selection
// of many objects), down to the exact request bodies, the rescan and the fix log.
#include "fakes/fakehttpserver.h"

#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/docker/endpointresolver.h"
#include "core/remediation/fixlog.h"
#include "core/remediation/fixplan.h"
#include "ui/dialogs/fixdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/findingsfilterproxy.h"
#include "ui/models/findingsmodel.h"
#include "ui/pages/findingspage.h"
#include "ui/widgets/messagebar.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace hullcheck;

namespace {

const QString SnapshotFile = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10-hostfacts.json");
const QString MemoryRule = QStringLiteral("HC-CONTAINER-MEMORY-LIMIT");
const QString PidsRule = QStringLiteral("HC-CONTAINER-PIDS-LIMIT");
const QString RefusalMessage = QStringLiteral("Minimum memory limit allowed is 6MB");

// A daemon with two running containers without limits. POST /containers/{id}/update merges its body into that
// container's HostConfig (what the Engine does), or, when `refuse` is set, answers 500 with RefusalMessage.
class FakeDaemon
{
public:
    static QString idOf(const QString &name) { return name.repeated(8).left(64); }

    FakeDaemon()
        : m_server([this](const QString &method, const QString &path) {
            return answer(method, path);
        })
    {
    }

    bool listen() { return m_server.listen(); }
    QString url() const { return m_server.url(); }
    QStringList requests() const { return m_server.requests(); }
    QList<QByteArray> bodies() const { return m_server.requestBodies(); }
    std::atomic_bool refuse{false};

    // The index of the first request after `from` whose line contains `part`; -1 when there is none.
    int indexOf(const QString &part, int from = 0) const
    {
        const QStringList lines = requests();
        for (int index = from; index < lines.size(); ++index) {
            if (lines.at(index).contains(part)) {
                return index;
            }
        }
        return -1;
    }
    int count(const QString &part, int from = 0) const
    {
        int found = 0;
        for (int index = indexOf(part, from); index >= 0; index = indexOf(part, index + 1)) {
            ++found;
        }
        return found;
    }
    QJsonObject hostConfig(const QString &name) const
    {
        const std::lock_guard lock(m_mutex);
        return m_hostConfigs.value(name);
    }

private:
    tests::FakeHttpServer::Reply answer(const QString &method, const QString &path)
    {
        using Server = tests::FakeHttpServer;
        if (path.endsWith(QLatin1String("/_ping"))) {
            return Server::ping();
        }
        if (path.endsWith(QLatin1String("/info"))) {
            return Server::json(200, R"({"Name":"fakehost","ID":"F:A:K:E"})");
        }
        if (path.endsWith(QLatin1String("/version"))) {
            return Server::json(200, R"({"Version":"99.0","ApiVersion":"1.41"})");
        }
        if (path.contains(QLatin1String("/containers/json"))) {
            QJsonArray list;
            for (const QString &name : Names) {
                list.append(QJsonObject{{QStringLiteral("Id"), idOf(name)}});
            }
            return Server::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
        }
        for (const QString &name : Names) {
            const QString prefix = QStringLiteral("/containers/") + idOf(name);
            if (method == QLatin1String("GET") && path.endsWith(prefix + QStringLiteral("/json"))) {
                return Server::json(200, QJsonDocument(inspect(name)).toJson(QJsonDocument::Compact));
            }
            if (method == QLatin1String("POST") && path.endsWith(prefix + QStringLiteral("/update"))) {
                if (refuse.load()) {
                    return Server::json(500, QStringLiteral(R"({"message":"%1"})").arg(RefusalMessage).toUtf8());
                }
                const QJsonObject body = QJsonDocument::fromJson(m_server.requestBodies().constLast()).object();
                const std::lock_guard lock(m_mutex);
                QJsonObject &config = m_hostConfigs[name];
                for (auto it = body.begin(); it != body.end(); ++it) {
                    config.insert(it.key(), it.value());
                }
                return Server::json(200, R"({"Warnings":[]})");
            }
        }
        if (path.contains(QLatin1String("/top"))) {
            return Server::json(200, R"({"Titles":["PID","CMD"],"Processes":[["1","sleep 3600"]]})");
        }
        if (path.contains(QLatin1String("/volumes"))) {
            return Server::json(200, R"({"Volumes":[]})");
        }
        return Server::json(200, "[]");
    }

    QJsonObject inspect(const QString &name) const
    {
        QJsonObject hostConfig{
            {QStringLiteral("Memory"), 0},
            {QStringLiteral("MemorySwap"), 0},
            {QStringLiteral("PidsLimit"), QJsonValue::Null},
            {QStringLiteral("CpuShares"), 0},
            {QStringLiteral("NetworkMode"), QStringLiteral("none")},
            {QStringLiteral("RestartPolicy"),
             QJsonObject{{QStringLiteral("Name"), QStringLiteral("no")}, {QStringLiteral("MaximumRetryCount"), 0}}}};
        {
            const std::lock_guard lock(m_mutex);
            const QJsonObject changed = m_hostConfigs.value(name);
            for (auto it = changed.begin(); it != changed.end(); ++it) {
                hostConfig.insert(it.key(), it.value());
            }
        }
        return QJsonObject{
            {QStringLiteral("Id"), idOf(name)},
            {QStringLiteral("Name"), QString(QLatin1Char('/') + name)},
            {QStringLiteral("Image"), QString(QStringLiteral("sha256:") + QString(64, QLatin1Char('e')))},
            {QStringLiteral("State"),
             QJsonObject{{QStringLiteral("Status"), QStringLiteral("running")}, {QStringLiteral("Running"), true}}},
            {QStringLiteral("Config"),
             QJsonObject{{QStringLiteral("Image"), QStringLiteral("alpine:3.19")},
                         {QStringLiteral("User"), QString()}}},
            {QStringLiteral("HostConfig"), hostConfig}};
    }

    inline static const QStringList Names{QStringLiteral("web1"), QStringLiteral("web2")};
    mutable std::mutex m_mutex;
    QHash<QString, QJsonObject> m_hostConfigs; // name → the fields updates changed
    tests::FakeHttpServer m_server;
};

// The status the findings page shows for one rule on one object ("pass", "fail"); empty without such a row.
QString shownStatus(const ui::FindingsPage &page, const QString &ruleId, const QString &name)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const core::Finding *finding = page.model()->findingAt(row);
        if (finding && finding->ruleId == ruleId && finding->target.name == name) {
            return core::statusName(finding->status);
        }
    }
    return {};
}

// Selects the rows of (rule, object) pairs, as a user does with Ctrl+click.
void selectResults(ui::FindingsPage &page, const QList<QPair<QString, QString>> &results)
{
    page.view()->clearSelection();
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const core::Finding *finding = page.model()->findingAt(row);
        if (finding && results.contains(qMakePair(finding->ruleId, finding->target.name))) {
            const QModelIndex index = page.proxy()->mapFromSource(page.model()->index(row, 0));
            page.view()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

// Presses Yes in the dialog's confirmation.
bool confirm(ui::FixDialog *dialog)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] {
            box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmBox"));
            return box && box->isVisible();
        })) {
        return false;
    }
    box->button(QMessageBox::Yes)->click();
    return true;
}

} // namespace

class TestFixDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void liveDialogUpdatesCommand();
    void liveDialogWithoutDaemon();
    void artefactDialogCopiesAndSaves();
    void fixButtonFollowsPlans();
    void mainWindowOpensDialogForFileSnapshot();
    void artefactsForManyObjects();
    void mixedSelectionCannotBeFixed();
    void appliesThroughFakeDaemon();
    void refusalChangesNothing();
    void appliesToSelection();

private:
    // Connects a main window to `daemon` and waits for its first results; the findings page shows every status.
    static bool connectToFake(ui::MainWindow &window, const FakeDaemon &daemon);
    static ui::FindingsPage *findingsPage(const ui::MainWindow &window);
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
    QSettings().clear();
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

void TestFixDialog::init()
{
    // A policy left by a failed test (its file gone) would stop every later scan.
    QSettings().remove(QStringLiteral("bench/policyFile"));
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
            const auto findings = requested.constFirst().constFirst().value<QList<core::Finding>>();
            QCOMPARE(findings.size(), 1);
            QCOMPARE(findings.constFirst().ruleId, finding->ruleId);
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

void TestFixDialog::artefactsForManyObjects()
{
    // An artefact-only rule failing on several containers: every object's artefact, each headed by its object.
    QMap<QString, QStringList> targetsByRule;
    for (const core::Finding &finding : m_result.findings) {
        if (finding.status == core::Status::Fail && finding.target.kind == core::Scope::Container &&
            finding.ruleId != MemoryRule && !finding.ruleId.contains(QLatin1String("LIMIT")) &&
            !finding.ruleId.contains(QLatin1String("RESTART"))) {
            targetsByRule[finding.ruleId].append(finding.target.id);
        }
    }
    QString rule;
    for (auto it = targetsByRule.begin(); it != targetsByRule.end() && rule.isEmpty(); ++it) {
        if (it.value().size() >= 2) {
            rule = it.key();
        }
    }
    QVERIFY2(!rule.isEmpty(), "the sample has no artefact rule failing on two containers");
    QList<ui::FixDialog::Object> objects;
    QList<core::FixPlan> runs;
    for (const QString &id : targetsByRule.value(rule).mid(0, 2)) {
        const QList<core::FixPlan> plans = plansFor(rule, id);
        QVERIFY(!plans.isEmpty());
        QCOMPARE(plans.constFirst().artefactType, QStringLiteral("docker-run"));
        runs.append(plans.constFirst());
        objects.append({plans, container(id)});
    }
    ui::FixDialog dialog(objects, m_rules, core::FixValues{}, {});
    QVERIFY(!dialog.isLive());
    QVERIFY(dialog.applyButton()->isHidden());
    const QString text = dialog.textView()->toPlainText();
    qsizetype previous = -1;
    for (const core::FixPlan &run : std::as_const(runs)) {
        const QString header = QStringLiteral("# ") + run.target.name + QStringLiteral(" (");
        const qsizetype at = text.indexOf(header);
        QVERIFY2(at > previous, qPrintable(text.left(400)));
        QCOMPARE(text.indexOf(run.artefact), text.indexOf(QLatin1Char('\n'), at) + 1); // right under its header
        previous = at;
    }
    QCOMPARE(dialog.text(), text);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("titleLabel"))->text().contains(QLatin1String("2")));
    // The compose services of the same objects.
    QVERIFY(dialog.artefactCombo()->count() >= 2);
    dialog.artefactCombo()->setCurrentIndex(1);
    for (const core::FixPlan &run : std::as_const(runs)) {
        QVERIFY(dialog.textView()->toPlainText().contains(QStringLiteral("# ") + run.target.name));
    }
    QVERIFY(!dialog.textView()->toPlainText().contains(QLatin1String("docker run")));
}

void TestFixDialog::mixedSelectionCannotBeFixed()
{
    ui::FindingsPage page(QStringLiteral("FixTest"));
    page.setResult(m_result, m_rules);
    page.proxy()->setStatuses({});
    page.setFixAvailability([this](const core::Finding &finding) {
        return !plansFor(finding).isEmpty();
    });
    QStringList memoryTargets;
    QString pidsTarget;
    for (const core::Finding &finding : m_result.findings) {
        if (finding.status != core::Status::Fail) {
            continue;
        }
        if (finding.ruleId == MemoryRule) {
            memoryTargets.append(finding.target.name);
        } else if (finding.ruleId == PidsRule) {
            pidsTarget = finding.target.name;
        }
    }
    QVERIFY(memoryTargets.size() >= 2);
    QVERIFY(!pidsTarget.isEmpty());

    selectResults(page, {{MemoryRule, memoryTargets.at(0)}, {MemoryRule, memoryTargets.at(1)}});
    QCOMPARE(page.selectedFindings().size(), 2);
    QVERIFY(page.fixButton()->isEnabled());
    QVERIFY(page.fixButton()->toolTip().contains(QLatin1String("2")));
    QSignalSpy requested(&page, &ui::FindingsPage::fixRequested);
    QTest::mouseClick(page.fixButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().value<QList<core::Finding>>().size(), 2);

    selectResults(page, {{MemoryRule, memoryTargets.at(0)}, {PidsRule, pidsTarget}});
    QCOMPARE(page.selectedFindings().size(), 2);
    QVERIFY(!page.fixButton()->isEnabled());
    QVERIFY(page.fixButton()->toolTip().contains(MemoryRule));
    QVERIFY(page.fixButton()->toolTip().contains(PidsRule));
    QVERIFY(page.fixButton()->toolTip().contains(QLatin1String("different rules")));
}

ui::FindingsPage *TestFixDialog::findingsPage(const ui::MainWindow &window)
{
    return window.findChild<ui::FindingsPage *>(QStringLiteral("findingsPage"));
}

bool TestFixDialog::connectToFake(ui::MainWindow &window, const FakeDaemon &daemon)
{
    QSignalSpy shown(&window, &ui::MainWindow::resultsShown);
    core::ConnectionOptions options;
    options.host = daemon.url();
    window.connectTo(options);
    if (!QTest::qWaitFor(
            [&] {
                return shown.size() >= 1 && !window.isBusy();
            },
            20000)) {
        return false;
    }
    findingsPage(window)->proxy()->setStatuses({}); // every status
    return true;
}

void TestFixDialog::appliesThroughFakeDaemon()
{
    FakeDaemon daemon;
    QVERIFY(daemon.listen());
    const core::FixLog log;
    QFile::remove(log.path());
    // The policy proposes the value: 256 MiB instead of Hullcheck's 512.
    QTemporaryDir dir;
    const QString policy = dir.filePath(QStringLiteral("policy.yaml"));
    {
        QFile file(policy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("remediation:\n  memory_limit_mb: 256\n");
    }
    ui::MainWindow window;
    window.setPolicyFile(policy);
    QVERIFY(connectToFake(window, daemon));
    ui::FindingsPage *page = findingsPage(window);
    QCOMPARE(shownStatus(*page, MemoryRule, QStringLiteral("web1")), QStringLiteral("fail"));

    selectResults(*page, {{MemoryRule, QStringLiteral("web1")}});
    QVERIFY(page->fixButton()->isEnabled());
    QTest::mouseClick(page->fixButton(), Qt::LeftButton);
    auto *dialog = window.findChild<ui::FixDialog *>(QStringLiteral("fixDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->canApply());
    QCOMPARE(dialog->valueSpin()->value(), 256);
    QCOMPARE(dialog->objectsTable()->rowCount(), 1);
    QCOMPARE(dialog->objectsTable()->item(0, ui::FixDialog::CurrentColumn)->text(),
             QStringLiteral("Memory none, MemorySwap none"));
    QCOMPARE(dialog->objectsTable()->item(0, ui::FixDialog::ProposedColumn)->text(),
             QStringLiteral("Memory 256m, MemorySwap 256m"));

    QSignalSpy finished(&window, &ui::MainWindow::fixFinished);
    QSignalSpy shown(&window, &ui::MainWindow::resultsShown);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(daemon.indexOf(QStringLiteral("/update")), -1); // nothing before the confirmation
    QVERIFY(confirm(dialog));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);

    const int post = daemon.indexOf(QStringLiteral("POST "));
    QVERIFY(post >= 0);
    QVERIFY(daemon.requests().at(post).endsWith(QStringLiteral("/containers/") +
                                                FakeDaemon::idOf(QStringLiteral("web1")) + QStringLiteral("/update")));
    QCOMPARE(daemon.bodies().at(post), QByteArray(R"({"Memory":268435456,"MemorySwap":268435456})"));
    QCOMPARE(daemon.count(QStringLiteral("POST ")), 1);
    // The dialog shows the outcome; then the window scans the daemon again and shows the new status.
    QCOMPARE(dialog->objectsTable()->item(0, ui::FixDialog::ResultColumn)->text(), QStringLiteral("Applied: Pass"));
    QVERIFY(dialog->applyButton()->isHidden());
    QVERIFY(shown.wait(20000));
    QVERIFY(daemon.indexOf(QStringLiteral("/containers/json"), post) > post);
    QCOMPARE(shownStatus(*page, MemoryRule, QStringLiteral("web1")), QStringLiteral("pass"));
    QCOMPARE(shownStatus(*page, MemoryRule, QStringLiteral("web2")), QStringLiteral("fail"));

    const core::Result<QList<core::FixLogEntry>> entries = log.read();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1);
    const core::FixLogEntry &entry = entries.value().constFirst();
    QVERIFY(entry.ok);
    QCOMPARE(entry.ruleId, MemoryRule);
    QCOMPARE(entry.target.name, QStringLiteral("web1"));
    QCOMPARE(entry.endpoint, daemon.url());
    QCOMPARE(entry.result, QStringLiteral("pass"));
    QCOMPARE(entry.before.value(QLatin1String("Memory")).toInteger(), 0LL);
    QCOMPARE(entry.after.value(QLatin1String("Memory")).toInteger(), 268435456LL);
    dialog->close();
    window.setPolicyFile({});
}

void TestFixDialog::refusalChangesNothing()
{
    FakeDaemon daemon;
    QVERIFY(daemon.listen());
    daemon.refuse = true;
    const core::FixLog log;
    QFile::remove(log.path());
    ui::MainWindow window;
    QVERIFY(connectToFake(window, daemon));
    ui::FindingsPage *page = findingsPage(window);
    selectResults(*page, {{MemoryRule, QStringLiteral("web2")}});
    QTest::mouseClick(page->fixButton(), Qt::LeftButton);
    auto *dialog = window.findChild<ui::FixDialog *>(QStringLiteral("fixDialog"));
    QVERIFY(dialog);
    QSignalSpy finished(&window, &ui::MainWindow::fixFinished);
    QSignalSpy shown(&window, &ui::MainWindow::resultsShown);
    const int listsBefore = daemon.count(QStringLiteral("/containers/json"));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(confirm(dialog));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(finished.constFirst().at(1).toString().contains(RefusalMessage));
    // The daemon's message, in the dialog (bar and row) and in the window's message bar.
    QVERIFY(dialog->messageBar()->shownText().contains(RefusalMessage));
    QVERIFY(dialog->objectsTable()->item(0, ui::FixDialog::ResultColumn)->text().contains(RefusalMessage));
    QVERIFY(window.messageBar()->shownText().contains(RefusalMessage));
    // Nothing changed: the container, the results, and no rescan.
    QCOMPARE(daemon.hostConfig(QStringLiteral("web2")), QJsonObject());
    QTest::qWait(300);
    QCOMPARE(shown.size(), 0);
    QCOMPARE(daemon.count(QStringLiteral("/containers/json")), listsBefore);
    QCOMPARE(shownStatus(*page, MemoryRule, QStringLiteral("web2")), QStringLiteral("fail"));
    const core::Result<QList<core::FixLogEntry>> entries = log.read();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1); // refused attempts are logged too
    QVERIFY(!entries.value().constFirst().ok);
    QVERIFY(entries.value().constFirst().result.contains(RefusalMessage));
    dialog->close();
}

void TestFixDialog::appliesToSelection()
{
    FakeDaemon daemon;
    QVERIFY(daemon.listen());
    const core::FixLog log;
    QFile::remove(log.path());
    ui::MainWindow window;
    QVERIFY(connectToFake(window, daemon));
    ui::FindingsPage *page = findingsPage(window);
    selectResults(*page, {{MemoryRule, QStringLiteral("web1")}, {MemoryRule, QStringLiteral("web2")}});
    QVERIFY(page->fixButton()->isEnabled());
    QTest::mouseClick(page->fixButton(), Qt::LeftButton);
    auto *dialog = window.findChild<ui::FixDialog *>(QStringLiteral("fixDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->plans().size(), 2);
    QCOMPARE(dialog->objectsTable()->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < 2; ++row) {
        names.append(dialog->objectsTable()->item(row, ui::FixDialog::ObjectColumn)->text());
        QCOMPARE(dialog->objectsTable()->item(row, ui::FixDialog::CurrentColumn)->text(),
                 QStringLiteral("Memory none, MemorySwap none"));
    }
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("web1"), QStringLiteral("web2")}));
    dialog->valueSpin()->setValue(300); // one edit, for every object
    QCOMPARE(dialog->textView()->toPlainText().split(QLatin1Char('\n')).size(), 2);
    QVERIFY(dialog->textView()->toPlainText().contains(
        QLatin1String("docker update --memory 300m --memory-swap 300m web1")));
    QVERIFY(dialog->textView()->toPlainText().contains(
        QLatin1String("docker update --memory 300m --memory-swap 300m web2")));

    QSignalSpy finished(&window, &ui::MainWindow::fixFinished);
    QSignalSpy shown(&window, &ui::MainWindow::resultsShown);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(confirm(dialog));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.constFirst().at(0).toBool());
    QVERIFY(dialog->findChildren<QMessageBox *>().size() <= 1); // one confirmation for the selection

    const QByteArray expected(R"({"Memory":314572800,"MemorySwap":314572800})");
    const int first = daemon.indexOf(QStringLiteral("POST "));
    QVERIFY(first >= 0);
    const int second = daemon.indexOf(QStringLiteral("POST "), first + 1);
    QVERIFY(second > first);
    QCOMPARE(daemon.bodies().at(first), expected);
    QCOMPARE(daemon.bodies().at(second), expected);
    QStringList updated{daemon.requests().at(first), daemon.requests().at(second)};
    for (const QString &name : {QStringLiteral("web1"), QStringLiteral("web2")}) {
        QCOMPARE(updated.filter(FakeDaemon::idOf(name) + QStringLiteral("/update")).size(), 1);
        QCOMPARE(daemon.hostConfig(name).value(QLatin1String("Memory")).toInteger(), 314572800LL);
    }
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(dialog->objectsTable()->item(row, ui::FixDialog::ResultColumn)->text(),
                 QStringLiteral("Applied: Pass"));
    }
    QVERIFY(shown.wait(20000));
    QTest::qWait(300);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(daemon.count(QStringLiteral("/containers/json"), second), 1); // one rescan for the selection
    QCOMPARE(shownStatus(*page, MemoryRule, QStringLiteral("web1")), QStringLiteral("pass"));
    QCOMPARE(shownStatus(*page, MemoryRule, QStringLiteral("web2")), QStringLiteral("pass"));
    const core::Result<QList<core::FixLogEntry>> entries = log.read();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 2);
    QStringList logged;
    for (const core::FixLogEntry &entry : entries.value()) {
        QVERIFY(entry.ok);
        QCOMPARE(entry.after.value(QLatin1String("Memory")).toInteger(), 314572800LL);
        logged.append(entry.target.name);
    }
    logged.sort();
    QCOMPARE(logged, names);
    dialog->close();
}

QTEST_MAIN(TestFixDialog)
#include "tst_fixdialog.moc"
