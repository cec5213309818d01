// hullcheck-screenshots OUTDIR [SCENE...]: the README's pictures of the GUI (tools/screenshots runs it under Xvfb).
// It opens the demo snapshot (resources/demo) in a 1400x900 main window, sets up each scene the way a user would (a
// page, a selected result, a dialog) and saves it as OUTDIR/app-<scene>.png. Settings, the fix log and the docker
// config live in a temporary home, so the user's own settings neither show up in the pictures nor are changed.
// Exit status: 0, or 1 with the scene that could not be set up (test ui.screenshots runs every scene).
#include "core/bench/rulepackloader.h"
#include "core/coreruntime.h"
#include "core/docker/endpointresolver.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/fixdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/findingsfilterproxy.h"
#include "ui/models/findingsmodel.h"
#include "ui/pages/findingspage.h"
#include "ui/pages/inventorypage.h"
#include "ui/pages/labelspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace hullcheck;

namespace {

constexpr QSize WindowSize(1400, 900);
constexpr int SettleMs = 600; // layouts, the chart's animation-free first paint, dialogs' adjustSize

struct Scene
{
    QString name;
    // Sets the scene up and returns the widget to photograph; nullptr (with a reason on stderr) when it cannot.
    std::function<QWidget *()> setUp;
};

void complain(const QString &message)
{
    std::fprintf(stderr, "hullcheck-screenshots: %s\n", qPrintable(message));
}

// Selects the result of `ruleId` on the object called `target` in a findings page, and scrolls to it.
bool selectFinding(ui::FindingsPage *page, const QString &ruleId, const QString &target)
{
    const ui::FindingsFilterProxy *proxy = page->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
        if (!source.isValid()) {
            continue;
        }
        const core::Finding *finding = page->model()->findingAt(source.row());
        if (finding && finding->ruleId == ruleId && (target.isEmpty() || finding->target.name == target)) {
            page->view()->selectRow(row);
            page->view()->scrollTo(proxy->index(row, 0), QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    complain(QStringLiteral("no result of %1 on \"%2\"").arg(ruleId, target));
    return false;
}

// Selects the first row whose first column starts with `name` (images list all their tags there).
bool selectRow(QTableView *view, const QString &name)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().startsWith(name)) {
            view->selectRow(row);
            return true;
        }
    }
    complain(QStringLiteral("no object \"%1\"").arg(name));
    return false;
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found) {
        complain(QStringLiteral("no child \"%1\"").arg(QLatin1String(name)));
    }
    return found;
}

// The dialog the window opened under `name`, laid out at least `size` large: its size hint is cramped for a picture.
QWidget *openedDialog(ui::MainWindow &window, const char *name, QSize size)
{
    auto *dialog = child<QDialog>(&window, name);
    if (dialog) {
        dialog->resize(dialog->sizeHint().expandedTo(size));
    }
    return dialog;
}

} // namespace

int main(int argc, char *argv[])
{
    // A private home before anything reads the environment: QSettings, the fix log, docker contexts.
    QTemporaryDir home;
    if (!home.isValid()) {
        complain(QStringLiteral("cannot create a temporary directory"));
        return 1;
    }
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral(".local/share"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral(".cache"))));
    for (const char *name :
         {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_CONFIG"}) {
        qunsetenv(name);
    }

    const core::CoreRuntime runtime;
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hullcheck"));
    QApplication::setApplicationName(QStringLiteral("hullcheck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hullcheck"));

    const QStringList arguments = QApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first().startsWith(QLatin1Char('-'))) {
        complain(QStringLiteral("usage: hullcheck-screenshots OUTDIR [SCENE...]"));
        return 1;
    }
    const QDir output(QFileInfo(arguments.first()).absoluteFilePath());
    if (!QDir().mkpath(output.path())) {
        complain(QStringLiteral("cannot create %1").arg(output.path()));
        return 1;
    }
    const QStringList wanted = arguments.mid(1);

    // The demo snapshot under a short relative name: the status bar shows the name as it was given.
    QDir::setCurrent(home.path());
    const QString snapshotName = QStringLiteral("demo-snapshot.json");
    if (!QFile::copy(QStringLiteral(":/demo/demo-snapshot.json"), snapshotName)) {
        complain(QStringLiteral("the demo snapshot is not compiled in"));
        return 1;
    }

    ui::MainWindow window;
    window.resize(WindowSize);
    window.show();
    QSignalSpy shown(&window, &ui::MainWindow::resultsShown);
    const auto openDemo = [&] {
        shown.clear();
        window.openSnapshotFile(snapshotName);
        return shown.wait(60000);
    };
    if (!openDemo()) {
        complain(QStringLiteral("the demo snapshot's results did not show"));
        return 1;
    }

    auto *findings = child<ui::FindingsPage>(&window, "findingsPage");
    auto *daemonHost = child<ui::FindingsPage>(&window, "daemonHostPage");
    auto *containers = child<ui::InventoryPage>(&window, "containersPage");
    auto *images = child<ui::InventoryPage>(&window, "imagesPage");
    if (!findings || !daemonHost || !containers || !images) {
        return 1;
    }
    const core::Result<core::RulePack> rulePack = core::RulePackLoader::builtin();
    if (!rulePack.ok()) {
        complain(rulePack.error().message);
        return 1;
    }
    const auto rules = std::make_shared<const core::RulePack>(rulePack.value());

    const auto page = [&window](const char *name) {
        window.showPage(QLatin1String(name));
        return &window;
    };
    const std::vector<Scene> scenes{
        {QStringLiteral("overview"),
         [&] {
             return page("overview");
         }},
        {QStringLiteral("findings"),
         [&]() -> QWidget * {
             page("findings");
             return selectFinding(findings, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-privileged"))
                        ? &window
                        : nullptr;
         }},
        {QStringLiteral("containers"),
         [&]() -> QWidget * {
             page("containers");
             return selectRow(containers->view(), QStringLiteral("hc-privileged")) ? &window : nullptr;
         }},
        {QStringLiteral("images"),
         [&]() -> QWidget * {
             page("images");
             return selectRow(images->view(), QStringLiteral("hc/busybox:1.0")) ? &window : nullptr;
         }},
        {QStringLiteral("daemon"),
         [&]() -> QWidget * {
             page("daemon");
             return selectFinding(daemonHost, QStringLiteral("HC-DAEMON-ICC"), {}) ? &window : nullptr;
         }},
        {QStringLiteral("connect"),
         [&]() -> QWidget * {
             window.showConnectDialog();
             auto *dialog = child<ui::ConnectDialog>(&window, "connectDialog");
             if (!dialog) {
                 return nullptr;
             }
             core::ConnectionOptions options;
             options.host = QStringLiteral("tcp://build-host.example.org:2376");
             options.tlsVerify = true;
             options.tlsCaCert = QStringLiteral("/home/alice/.docker/build-host/ca.pem");
             options.tlsCert = QStringLiteral("/home/alice/.docker/build-host/cert.pem");
             options.tlsKey = QStringLiteral("/home/alice/.docker/build-host/key.pem");
             dialog->setOptions(options);
             dialog->setMode(ui::ConnectDialog::Mode::Host);
             return openedDialog(window, "connectDialog", {720, 0});
         }},
        {QStringLiteral("export"),
         [&]() -> QWidget * {
             window.showExportDialog();
             auto *dialog = child<ui::ExportDialog>(&window, "exportDialog");
             if (!dialog) {
                 return nullptr;
             }
             dialog->setFormat(core::ReportFormat::Pdf);
             dialog->setPath(QStringLiteral("/home/alice/reports/") + QFileInfo(dialog->path()).fileName());
             return openedDialog(window, "exportDialog", {640, 0});
         }},
        {QStringLiteral("fix"),
         [&]() -> QWidget * {
             // As connected to the daemon: the dialog the Fix… button opens, with Apply (a file has no daemon).
             page("findings");
             if (!selectFinding(findings, QStringLiteral("HC-CONTAINER-MEMORY-LIMIT"), QStringLiteral("hc-root"))) {
                 return nullptr;
             }
             const QModelIndex current = findings->proxy()->mapToSource(findings->view()->currentIndex());
             const core::Finding *selected = findings->model()->findingAt(current.row());
             if (!selected) {
                 complain(QStringLiteral("no result selected"));
                 return nullptr;
             }
             const core::Finding finding = *selected;
             const QList<core::FixPlan> plans = window.fixPlans(finding);
             QJsonObject container;
             for (const QJsonValue &value : window.snapshot()->containers) {
                 if (value.toObject().value(QLatin1String("Id")).toString() == finding.target.id) {
                     container = value.toObject();
                 }
             }
             if (plans.isEmpty() || container.isEmpty()) {
                 complain(QStringLiteral("no live fix for %1 on hc-root").arg(finding.ruleId));
                 return nullptr;
             }
             auto *dialog = new ui::FixDialog(plans, container, rules, {}, &window);
             dialog->setObjectName(QStringLiteral("liveFixDialog"));
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->open();
             return openedDialog(window, "liveFixDialog", {760, 480});
         }},
        {QStringLiteral("fix-artefact"),
         [&]() -> QWidget * {
             page("findings");
             if (!selectFinding(findings, QStringLiteral("HC-CONTAINER-PRIVILEGED"), QStringLiteral("hc-privileged"))) {
                 return nullptr;
             }
             findings->fixButton()->click();
             return openedDialog(window, "fixDialog", {760, 400});
         }},
        {QStringLiteral("labels"),
         [&]() -> QWidget * {
             // The labels page lists who lacks what the policy requires: a policy with required labels.
             QFile policy(QStringLiteral("hullcheck-policy.yaml"));
             if (!policy.open(QIODevice::WriteOnly) ||
                 policy.write("version: 1\nrequired_labels: [owner, org.opencontainers.image.source]\n") < 0) {
                 complain(QStringLiteral("cannot write the policy"));
                 return nullptr;
             }
             policy.close();
             shown.clear();
             window.setPolicyFile(policy.fileName());
             if (!shown.wait(60000)) {
                 complain(QStringLiteral("the results with the policy did not show"));
                 return nullptr;
             }
             page("labels");
             auto *labels = child<ui::LabelsPage>(&window, "labelsPage");
             return labels && selectRow(labels->view(), QStringLiteral("owner")) ? &window : nullptr;
         }},
        {QStringLiteral("waiver"),
         [&]() -> QWidget * {
             page("findings");
             if (!selectFinding(findings, QStringLiteral("HC-CONTAINER-ROOT-USER"), QStringLiteral("hc-root"))) {
                 return nullptr;
             }
             auto *waive = child<QPushButton>(findings, "waiveButton");
             if (!waive) {
                 return nullptr;
             }
             waive->click();
             QWidget *dialog = openedDialog(window, "waiverDialog", {600, 0});
             if (!dialog) {
                 return nullptr;
             }
             for (const auto &[name, text] : {std::pair{"reasonEdit", "Vendor image runs as root; tracked in OPS-123"},
                                              std::pair{"approverEdit", "alice@example.com"}}) {
                 if (auto *edit = child<QLineEdit>(dialog, name)) {
                     edit->setText(QLatin1String(text));
                 }
             }
             if (auto *expires = child<QCheckBox>(dialog, "expiresCheck")) {
                 expires->setChecked(true);
             }
             return dialog;
         }},
    };

    for (const QString &name : wanted) {
        if (std::none_of(scenes.begin(), scenes.end(), [&name](const Scene &scene) {
                return scene.name == name;
            })) {
            complain(QStringLiteral("unknown scene \"%1\"").arg(name));
            return 1;
        }
    }
    int failures = 0;
    for (const Scene &scene : scenes) {
        if (!wanted.isEmpty() && !wanted.contains(scene.name)) {
            continue;
        }
        QWidget *subject = scene.setUp();
        if (!subject) {
            complain(QStringLiteral("scene \"%1\" could not be set up").arg(scene.name));
            ++failures;
            continue;
        }
        QTest::qWait(SettleMs);
        const QString file = output.filePath(QStringLiteral("app-%1.png").arg(scene.name));
        const QImage picture = subject->grab().toImage();
        if (picture.isNull() || !picture.save(file, "PNG")) {
            complain(QStringLiteral("cannot write %1").arg(file));
            ++failures;
        } else {
            std::printf("%s (%dx%d)\n", qPrintable(file), picture.width(), picture.height());
        }
        if (subject != &window) {
            subject->close(); // dialogs delete themselves on close
            QTest::qWait(50);
        }
    }
    return failures == 0 ? 0 : 1;
}
