// Benchmark (not a test): the GUI's tables at scale. Synthesizes a snapshot of N containers by cloning the demo
// snapshot's containers (captured from the test daemon) under distinct names and ids, evaluates it with the real
// engine, and times the real models, proxies and pages: loading the rows, and each keystroke of a text filter and
// each change of the status and severity filters.
//
//   QT_QPA_PLATFORM=offscreen hullcheck-bench-models [--containers 10000] [--findings 10000] [--runs 7]
//
// With --main-window it instead opens such a snapshot (or --snapshot FILE) in the real main window, and reports
// the time until its results show and the peak resident memory of the process:
//
//   QT_QPA_PLATFORM=offscreen hullcheck-bench-models --main-window --containers 1000
#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/coreruntime.h"
#include "core/snapshot/snapshot.h"
#include "ui/mainwindow.h"
#include "ui/models/containersmodel.h"
#include "ui/models/findingsfilterproxy.h"
#include "ui/models/findingsmodel.h"
#include "ui/models/inventoryfilterproxy.h"
#include "ui/pages/findingspage.h"
#include "ui/pages/inventorypage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <time.h>
#include <vector>

using namespace hullcheck;

namespace {

// Where the clones come from: the demo snapshot compiled into hullcheck_ui (resources/demo/README.md).
const QString DemoSnapshot = QStringLiteral(":/demo/demo-snapshot.json");

// What the text filters type, one character at a time, then erase again: part of a container's name (in the
// Containers table) and of rule titles and object names (in the Results table). Its first letter already hides
// most rows, so the keystrokes both remove rows and, erasing, bring them back.
const QString Query = QStringLiteral("privileged");

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux: KiB
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Wall time, and the CPU time of the GUI thread: on a busy machine the wall time also counts the time other
// processes held the CPU, while the thread's CPU time is close to what the same step takes on an idle one.
class StepTimer
{
public:
    StepTimer() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpuStart = threadCpuMs();
    }
    double wallMs() const { return msSince(m_wall); }
    double cpuMs() const { return threadCpuMs() - m_cpuStart; }

private:
    QElapsedTimer m_wall;
    double m_cpuStart = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values.at(values.size() / 2);
}

struct Stats
{
    std::vector<double> wall;
    std::vector<double> cpu;

    void add(const StepTimer &timer)
    {
        cpu.push_back(timer.cpuMs());
        wall.push_back(timer.wallMs());
    }
};

void printStats(const char *what, const Stats &stats)
{
    std::printf("  %-56s %9.1f %9.1f %9.1f %9.1f %5zu\n",
                what,
                median(stats.wall),
                stats.wall.empty() ? 0.0 : *std::max_element(stats.wall.begin(), stats.wall.end()),
                median(stats.cpu),
                stats.cpu.empty() ? 0.0 : *std::max_element(stats.cpu.begin(), stats.cpu.end()),
                stats.wall.size());
}

// `seed` with its containers replaced by `count` clones of them (round robin), each with its own name and id.
core::Snapshot cloneContainers(const core::Snapshot &seed, int count)
{
    core::Snapshot snapshot = seed;
    snapshot.containers = QJsonArray();
    for (int i = 0; i < count; ++i) {
        QJsonObject container = seed.containers.at(i % seed.containers.size()).toObject();
        const QString id =
            QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
        const QString seedName = container.value(QLatin1String("Name")).toString().mid(1);
        container.insert(QLatin1String("Id"), id);
        container.insert(QLatin1String("Name"),
                         QStringLiteral("/bench-%1-%2").arg(i, 5, 10, QLatin1Char('0')).arg(seedName));
        QJsonObject config = container.value(QLatin1String("Config")).toObject();
        config.insert(QLatin1String("Hostname"), id.left(12));
        container.insert(QLatin1String("Config"), config);
        snapshot.containers.append(container);
    }
    return snapshot;
}

// The smallest clone of `seed` whose evaluation has at least `rows` results, and that evaluation.
std::pair<core::Snapshot, core::ScanResult>
snapshotWithResults(const core::Snapshot &seed, const core::RulePack &rules, int rows)
{
    const qsizetype withoutContainers = core::evaluate(cloneContainers(seed, 0), rules, core::Policy()).findings.size();
    const qsizetype withSeed = core::evaluate(seed, rules, core::Policy()).findings.size();
    const double perContainer =
        static_cast<double>(withSeed - withoutContainers) / static_cast<double>(seed.containers.size());
    int count = std::max(1, static_cast<int>((rows - withoutContainers) / perContainer));
    for (;;) {
        core::Snapshot snapshot = cloneContainers(seed, count);
        core::ScanResult result = core::evaluate(snapshot, rules, core::Policy());
        if (result.findings.size() >= rows) {
            return {std::move(snapshot), std::move(result)};
        }
        ++count;
    }
}

// Every prefix of `query`, then erasing it again down to the empty filter: one entry per keystroke.
QStringList keystrokes(const QString &query)
{
    QStringList texts;
    for (qsizetype length = 1; length <= query.size(); ++length) {
        texts.append(query.left(length));
    }
    for (qsizetype length = query.size() - 1; length >= 0; --length) {
        texts.append(query.left(length));
    }
    return texts;
}

// Lets the views lay out and paint what changed, as the event loop would before the next keystroke.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

struct Results
{
    Stats containersLoad;    // setSnapshot: the rows
    Stats containersResults; // setResults: the Result column
    Stats containersKey;
    Stats containersClear; // the last backspace: every row comes back
    Stats findingsLoad;
    Stats findingsKey;
    Stats findingsClear;
    Stats findingsStatus;
    Stats findingsSeverity;
    Stats findingsGrouping;
};

// A proxy may only drop its mapping on a change and rebuild it when next asked: ask, as a view would.
void touch(const QAbstractItemModel &proxy)
{
    if (proxy.rowCount() > 0) {
        proxy.index(0, 0).data();
    }
}

// Types Query and erases it again through `setText`, one keystroke at a time, timing each; the last keystroke (the
// filter cleared, every row back) goes to `clear`, the others to `key`.
template <typename SetText>
void timeKeystrokes(SetText setText, Stats &key, Stats &clear)
{
    const QStringList texts = keystrokes(Query);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const StepTimer timer;
        setText(texts.at(i));
        (i + 1 == texts.size() ? clear : key).add(timer);
    }
}

// The models and proxies alone, as the pages wire them (the proxy sorted as the page's view sorts it).
void benchModels(const core::Snapshot &containers,
                 const core::ScanResult &containerResults,
                 const core::ScanResult &findings,
                 Results &out)
{
    {
        ui::ContainersModel model;
        ui::InventoryFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ui::ContainersModel::NameColumn, Qt::AscendingOrder);
        StepTimer timer;
        model.setSnapshot(containers);
        touch(proxy);
        out.containersLoad.add(timer);
        timer.restart();
        model.setResults(containerResults.findings);
        touch(proxy);
        out.containersResults.add(timer);
        if (proxy.rowCount() != containers.containers.size()) {
            qFatal("containers proxy shows %d rows, expected %lld",
                   proxy.rowCount(),
                   static_cast<long long>(containers.containers.size()));
        }
        timeKeystrokes(
            [&proxy](const QString &text) {
                proxy.setFilterText(text);
                touch(proxy);
            },
            out.containersKey,
            out.containersClear);
    }
    {
        ui::FindingsModel model;
        ui::FindingsFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ui::FindingsModel::StatusColumn, Qt::DescendingOrder);
        StepTimer timer;
        model.setFindings(findings.findings);
        touch(proxy);
        out.findingsLoad.add(timer);
        timeKeystrokes(
            [&proxy](const QString &text) {
                proxy.setFilterText(text);
                touch(proxy);
            },
            out.findingsKey,
            out.findingsClear);
        for (const QSet<core::Status> &statuses : {ui::FindingsFilterProxy::problemStatuses(),
                                                   QSet<core::Status>{core::Status::Pass},
                                                   QSet<core::Status>{}}) {
            timer.restart();
            proxy.setStatuses(statuses);
            touch(proxy);
            out.findingsStatus.add(timer);
        }
        for (const std::optional<core::Severity> severity :
             {std::optional(core::Severity::High), std::optional<core::Severity>()}) {
            timer.restart();
            proxy.setSeverity(severity);
            touch(proxy);
            out.findingsSeverity.add(timer);
        }
        for (const auto grouping :
             {ui::FindingsFilterProxy::Grouping::Section, ui::FindingsFilterProxy::Grouping::None}) {
            timer.restart();
            proxy.setGrouping(grouping);
            touch(proxy);
            out.findingsGrouping.add(timer);
        }
    }
}

// The real pages, shown (offscreen) at a desktop size: a keystroke goes through the line edit, a filter change
// through the combo box, and each is timed until the views have laid out and painted.
void benchPages(const core::Snapshot &containers,
                const core::ScanResult &containerResults,
                const core::ScanResult &findings,
                const std::shared_ptr<const core::RulePack> &rules,
                Results &out)
{
    {
        ui::InventoryPage page(new ui::ContainersModel, QStringLiteral("benchContainers"));
        page.setBadgeColumn(page.model()->resultColumn());
        page.resize(1280, 800);
        page.show();
        settle();
        StepTimer timer;
        page.model()->setSnapshot(containers);
        settle();
        out.containersLoad.add(timer);
        timer.restart();
        page.model()->setResults(containerResults.findings);
        settle();
        out.containersResults.add(timer);
        auto *edit = page.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        timeKeystrokes(
            [edit](const QString &text) {
                edit->setText(text);
                settle();
            },
            out.containersKey,
            out.containersClear);
        if (page.proxy()->rowCount() != containers.containers.size()) {
            qFatal("containers page shows %d rows after clearing the filter", page.proxy()->rowCount());
        }
    }
    {
        ui::FindingsPage page(QStringLiteral("benchFindings"));
        page.resize(1280, 800);
        page.show();
        settle();
        StepTimer timer;
        page.setResult(findings, rules);
        settle();
        out.findingsLoad.add(timer);
        auto *edit = page.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        timeKeystrokes(
            [edit](const QString &text) {
                edit->setText(text);
                settle();
            },
            out.findingsKey,
            out.findingsClear);
        const auto comboChanges = [&](const char *name, const std::vector<int> &indexes, Stats &stats) {
            auto *combo = page.findChild<QComboBox *>(QLatin1String(name));
            for (const int index : indexes) {
                timer.restart();
                combo->setCurrentIndex(index);
                settle();
                stats.add(timer);
            }
        };
        // Status: problems only, fail, pass, all; severity: critical, high, all; grouping: section, object, none.
        comboChanges("statusCombo", {1, 2, 5, 0}, out.findingsStatus);
        comboChanges("severityCombo", {1, 2, 0}, out.findingsSeverity);
        comboChanges("groupCombo", {1, 2, 0}, out.findingsGrouping);
        if (page.proxy()->rowCount() != findings.findings.size()) {
            qFatal("findings page shows %d rows after clearing the filters", page.proxy()->rowCount());
        }
    }
}

void printResults(const char *title, const Results &results)
{
    std::printf("%s\n", title);
    std::printf("  %-56s %9s %9s %9s %9s %5s\n", "ms", "wall med", "wall max", "CPU med", "CPU max", "n");
    printStats("Containers: load the rows (setSnapshot)", results.containersLoad);
    printStats("Containers: load the results (setResults)", results.containersResults);
    printStats("Containers: text filter, one keystroke", results.containersKey);
    printStats("Containers: text filter, last backspace (all rows back)", results.containersClear);
    printStats("Results: load (setFindings / setResult)", results.findingsLoad);
    printStats("Results: text filter, one keystroke", results.findingsKey);
    printStats("Results: text filter, last backspace (all rows back)", results.findingsClear);
    printStats("Results: status filter change", results.findingsStatus);
    printStats("Results: severity filter change", results.findingsSeverity);
    printStats("Results: grouping change (re-sort)", results.findingsGrouping);
}

// Opens the snapshot file `path` as File → Open does; nothing else of it is held by this process.
int benchMainWindow(const QString &path)
{
    const double before = peakRssMiB();
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    settle();
    const double shownEmpty = peakRssMiB();
    QEventLoop loop;
    bool failed = false;
    QObject::connect(&window, &ui::MainWindow::resultsShown, &loop, &QEventLoop::quit);
    QObject::connect(&window, &ui::MainWindow::openFailed, &loop, [&](const QString &, const QString &message) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(message));
        failed = true;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    window.openSnapshotFile(path);
    loop.exec();
    settle();
    const double openMs = msSince(timer);
    if (failed || !window.scanResult()) {
        return 2;
    }
    // Visit every page, so each table has laid out and painted its rows.
    timer.restart();
    for (const QString &name : ui::MainWindow::pageNames()) {
        window.showPage(name);
        settle();
    }
    const double pagesMs = msSince(timer);
    std::printf("main window: %lld containers, %lld results\n",
                static_cast<long long>(window.snapshot()->containers.size()),
                static_cast<long long>(window.scanResult()->findings.size()));
    std::printf(
        "  open the snapshot file until its results show: %.0f ms; then show every page: %.0f ms\n", openMs, pagesMs);
    std::printf("  peak RSS: %.0f MiB (before the window: %.0f MiB; window shown, empty: %.0f MiB)\n",
                peakRssMiB(),
                before,
                shownEmpty);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const core::CoreRuntime runtime;
    QApplication application(argc, argv);
    // The main window reads and writes QSettings: keep the user's own settings out of it.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HullcheckBench"));
    QCoreApplication::setApplicationName(QStringLiteral("hullcheck-bench-models"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI table benchmark for Hullcheck"));
    parser.addHelpOption();
    const QCommandLineOption containers(QStringLiteral("containers"),
                                        QStringLiteral("Rows of the Containers table (cloned containers)."),
                                        QStringLiteral("n"),
                                        QStringLiteral("10000"));
    const QCommandLineOption findings(QStringLiteral("findings"),
                                      QStringLiteral("At least this many rows in the Results table."),
                                      QStringLiteral("n"),
                                      QStringLiteral("10000"));
    const QCommandLineOption runs(
        QStringLiteral("runs"), QStringLiteral("Repetitions (median)."), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption mainWindow(
        QStringLiteral("main-window"),
        QStringLiteral("Open a snapshot of --containers containers in the main window; report time and peak RSS."));
    const QCommandLineOption snapshotFile(QStringLiteral("snapshot"),
                                          QStringLiteral("With --main-window: open this snapshot file instead."),
                                          QStringLiteral("file"));
    parser.addOptions({containers, findings, runs, mainWindow, snapshotFile});
    parser.process(application);

    const core::Result<core::Snapshot> seed = core::Snapshot::load(DemoSnapshot);
    if (!seed.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(seed.error().message));
        return 2;
    }
    const int containerCount = std::max(1, parser.value(containers).toInt());
    if (parser.isSet(mainWindow)) {
        if (parser.isSet(snapshotFile)) {
            return benchMainWindow(parser.value(snapshotFile));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench-snapshot.json"));
        if (!dir.isValid() || !cloneContainers(seed.value(), containerCount).save(path).ok()) {
            std::fprintf(stderr, "cannot write the snapshot to %s\n", qPrintable(path));
            return 2;
        }
        return benchMainWindow(path);
    }

    core::Result<core::RulePack> loadedRules = core::RulePackLoader::builtin();
    if (!loadedRules.ok()) {
        std::fprintf(stderr, "rules: %s\n", qPrintable(loadedRules.error().message));
        return 2;
    }
    const auto rules = std::make_shared<const core::RulePack>(std::move(loadedRules).value());
    QElapsedTimer timer;
    timer.start();
    const core::Snapshot containerSnapshot = cloneContainers(seed.value(), containerCount);
    const double synthesisMs = msSince(timer);
    timer.restart();
    const core::ScanResult containerResults = core::evaluate(containerSnapshot, *rules, core::Policy());
    const double evaluationMs = msSince(timer);
    const auto [findingsSnapshot, findingsResult] =
        snapshotWithResults(seed.value(), *rules, std::max(1, parser.value(findings).toInt()));

    std::printf("Containers table: %lld rows (cloned in %.0f ms; evaluated in %.0f ms: %lld results)\n",
                static_cast<long long>(containerSnapshot.containers.size()),
                synthesisMs,
                evaluationMs,
                static_cast<long long>(containerResults.findings.size()));
    std::printf("Results table: %lld rows (all results of %lld containers and the daemon, host, image, networks)\n",
                static_cast<long long>(findingsResult.findings.size()),
                static_cast<long long>(findingsSnapshot.containers.size()));
    std::printf("The text filters type \"%s\" and erase it again, one keystroke at a time.\n\n", qPrintable(Query));

    const int repetitions = std::max(1, parser.value(runs).toInt());
    Results models;
    Results pages;
    for (int run = 0; run < repetitions; ++run) {
        benchModels(containerSnapshot, containerResults, findingsResult, models);
        benchPages(containerSnapshot, containerResults, findingsResult, rules, pages);
    }
    printResults("Models and proxies (no view):", models);
    std::printf("\n");
    printResults("Pages shown offscreen (line edit and combo boxes; views laid out and painted):", pages);
    std::printf("\npeak RSS: %.0f MiB\n", peakRssMiB());
    return 0;
}
