#include "ui/mainwindow.h"

#include "core/bench/policywriter.h"
#include "core/bench/scanservice.h"
#include "core/coreruntime.h"
#include "core/docker/curldockerapi.h"
#include "core/fileio.h"
#include "core/remediation/fixlog.h"
#include "core/remediation/livefix.h"
#include "core/report/jsonreportreader.h"
#include "core/report/reportrenderer.h"
#include "core/settings/connectionprofiles.h"
#include "core/snapshot/snapshotservice.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/fixdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/waiverdialog.h"
#include "ui/formatting.h"
#include "ui/logging.h"
#include "ui/models/containersmodel.h"
#include "ui/models/imagesmodel.h"
#include "ui/models/networksmodel.h"
#include "ui/models/volumesmodel.h"
#include "ui/pages/findingspage.h"
#include "ui/pages/inventorypage.h"
#include "ui/pages/labelspage.h"
#include "ui/pages/overviewpage.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <variant>

namespace hullcheck::ui {

namespace {

constexpr QLatin1String SettingsGroup("ui/MainWindow");
constexpr QLatin1String PolicyFileKey("bench/policyFile"); // a path only, never the file's contents
constexpr QLatin1String DemoSnapshot(":/demo/demo-snapshot.json");

// Errors the user fixes by choosing or configuring another endpoint; the rest may go away on a retry.
bool needsOtherEndpoint(core::ErrorKind kind)
{
    switch (kind) {
    case core::ErrorKind::InvalidArgument:
    case core::ErrorKind::Unsupported:
    case core::ErrorKind::SocketMissing:
    case core::ErrorKind::PermissionDenied:
    case core::ErrorKind::TlsServerUntrusted:
    case core::ErrorKind::TlsHostnameMismatch:
    case core::ErrorKind::TlsClientCertificate:
    case core::ErrorKind::TlsKeyUnreadable:
    case core::ErrorKind::Tls:
    case core::ErrorKind::ApiVersion: return true;
    default: return false;
    }
}

QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

QAction *makeAction(QObject *parent,
                    const char *objectName,
                    const QIcon &icon,
                    const QString &text,
                    const QKeySequence &shortcut,
                    const QString &statusTip)
{
    auto *action = new QAction(icon, text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    return action;
}

// A non-modal file dialog that deletes itself; `suffix` is the default suffix of a save dialog.
QFileDialog *fileDialog(QWidget *parent,
                        const QString &title,
                        QFileDialog::AcceptMode mode,
                        const QStringList &filters,
                        const QString &suffix = {})
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(mode);
    if (mode == QFileDialog::AcceptOpen) {
        dialog->setFileMode(QFileDialog::ExistingFile);
    } else {
        dialog->setDefaultSuffix(suffix);
    }
    dialog->setNameFilters(filters);
    return dialog;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_scan(new core::ScanService(this))
    , m_profiles(new core::ConnectionProfiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    createCentralWidget();

    applyTimeoutSetting();
    connect(m_scan, &core::ScanService::busyChanged, this, &MainWindow::updateBusy);
    connect(m_scan, &core::ScanService::progressChanged, this, &MainWindow::handleProgress);
    connect(m_scan, &core::ScanService::snapshotCollected, this, &MainWindow::handleCollected);
    connect(m_scan, &core::ScanService::scanFinished, this, &MainWindow::handleScanFinished);
    connect(m_scan, &core::ScanService::scanFailed, this, &MainWindow::handleCollectionFailed);
    connect(m_scan, &core::ScanService::evaluationFailed, this, &MainWindow::handleEvaluationFailed);
    for (FindingsPage *page : {m_findings, m_daemonHost}) {
        connect(page, &FindingsPage::waiveRequested, this, &MainWindow::handleWaiveRequested);
        connect(page, &FindingsPage::fixRequested, this, &MainWindow::handleFixRequested);
        page->setFixAvailability([this](const core::Finding &finding) {
            return !fixPlans(finding).isEmpty();
        });
    }
    m_scan->setPolicyFile(QSettings().value(PolicyFileKey).toString());

    resize(1200, 800);
    updateProfilePicker();
    restoreSettings();
    updateBusy();
    updateTitle();
    updateTabTitles();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = makeAction(this,
                              "openAction",
                              themedIcon("document-open", QStyle::SP_DialogOpenButton, style()),
                              tr("&Open…"),
                              QKeySequence::Open,
                              tr("Show a snapshot saved earlier, or the results of a JSON report"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_saveAction = makeAction(this,
                              "saveAction",
                              themedIcon("document-save", QStyle::SP_DialogSaveButton, style()),
                              tr("&Save Snapshot…"),
                              QKeySequence::Save,
                              tr("Save the shown snapshot, readable only by you"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::showSaveDialog);

    m_exportAction = makeAction(this,
                                "exportAction",
                                QIcon::fromTheme(QStringLiteral("document-export")),
                                tr("&Export Report…"),
                                QKeySequence(Qt::CTRL | Qt::Key_E),
                                tr("Write the results as PDF, HTML, JSON, CSV, SARIF, JUnit or Markdown"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);

    m_quitAction = makeAction(this,
                              "quitAction",
                              QIcon::fromTheme(QStringLiteral("application-exit")),
                              tr("&Quit"),
                              QKeySequence(Qt::CTRL | Qt::Key_Q),
                              tr("Quit Hullcheck"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_connectAction = makeAction(this,
                                 "connectAction",
                                 themedIcon("network-connect", QStyle::SP_DriveNetIcon, style()),
                                 tr("&Connect…"),
                                 {},
                                 tr("Choose the Docker daemon to scan"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);

    m_rescanAction = makeAction(this,
                                "rescanAction",
                                themedIcon("view-refresh", QStyle::SP_BrowserReload, style()),
                                tr("&Rescan"),
                                QKeySequence(Qt::Key_F5),
                                tr("Collect a fresh snapshot from the daemon"));
    connect(m_rescanAction, &QAction::triggered, this, &MainWindow::rescan);

    m_cancelAction = makeAction(this,
                                "cancelAction",
                                themedIcon("process-stop", QStyle::SP_BrowserStop, style()),
                                tr("C&ancel"),
                                QKeySequence(Qt::Key_Escape),
                                tr("Stop the running collection"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);

    m_policyAction = makeAction(this,
                                "policyAction",
                                QIcon::fromTheme(QStringLiteral("document-properties")),
                                tr("Choose &Policy…"),
                                {},
                                tr("Choose the policy file (waivers, thresholds) the benchmark uses"));
    connect(m_policyAction, &QAction::triggered, this, &MainWindow::showPolicyDialog);
    m_clearPolicyAction =
        makeAction(this, "clearPolicyAction", {}, tr("Use &No Policy"), {}, tr("Run every rule with its defaults"));
    connect(m_clearPolicyAction, &QAction::triggered, this, &MainWindow::clearPolicy);
    m_demoAction = makeAction(this,
                              "demoAction",
                              {},
                              tr("Open &Demo Snapshot"),
                              {},
                              tr("Show a snapshot of a sample daemon that comes with Hullcheck"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoSnapshot);

    m_aboutAction = makeAction(this, "aboutAction", {}, tr("&About Hullcheck"), {}, tr("Show Hullcheck's version"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_settingsAction = makeAction(this,
                                  "settingsAction",
                                  QIcon::fromTheme(QStringLiteral("preferences-system")),
                                  tr("Se&ttings…"),
                                  QKeySequence::Preferences,
                                  tr("Choose the interface language"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettingsDialog);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    fileMenu->addAction(m_saveAction);
    fileMenu->addAction(m_exportAction);
    fileMenu->addAction(m_demoAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_policyAction);
    fileMenu->addAction(m_clearPolicyAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *daemonMenu = menuBar()->addMenu(tr("&Daemon"));
    daemonMenu->addAction(m_connectAction);
    daemonMenu->addAction(m_rescanAction);
    daemonMenu->addAction(m_cancelAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    m_profileCombo = new QComboBox(toolBar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_profileCombo->setToolTip(tr("Connect with a saved profile (add profiles in Connect…)"));
    m_profileCombo->setPlaceholderText(tr("Connection profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(14);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        connectToProfile(m_profileCombo->itemData(index).toString());
    });
    connect(m_profiles, &core::ConnectionProfiles::changed, this, &MainWindow::updateProfilePicker);
    toolBar->addWidget(m_profileCombo);
    toolBar->addAction(m_connectAction);
    toolBar->addAction(m_rescanAction);
    toolBar->addAction(m_cancelAction);
}

void MainWindow::createStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(false);
    m_openExportButton = new QToolButton(this);
    m_openExportButton->setObjectName(QStringLiteral("openExportButton"));
    m_openExportButton->setText(tr("Open"));
    m_openExportButton->setAutoRaise(true);
    m_openExportButton->hide();
    connect(m_openExportButton, &QToolButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastExport));
    });
    // The button belongs to the note about the export: it goes when the note goes.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty()) {
            m_openExportButton->hide();
        }
    });
    statusBar()->addWidget(m_openExportButton);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progressBar);
}

void MainWindow::createCentralWidget()
{
    m_trustBar = new MessageBar(this);
    m_trustBar->setObjectName(QStringLiteral("trustBar"));
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));

    m_overview = new OverviewPage(this);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_containers = new InventoryPage(new ContainersModel, QStringLiteral("ContainersPage"), this);
    m_containers->setObjectName(QStringLiteral("containersPage"));
    m_containers->setBadgeColumn(ContainersModel::StateColumn);
    m_images = new InventoryPage(new ImagesModel, QStringLiteral("ImagesPage"), this);
    m_images->setObjectName(QStringLiteral("imagesPage"));
    m_networks = new InventoryPage(new NetworksModel, QStringLiteral("NetworksPage"), this);
    m_networks->setObjectName(QStringLiteral("networksPage"));
    m_volumes = new InventoryPage(new VolumesModel, QStringLiteral("VolumesPage"), this);
    m_volumes->setObjectName(QStringLiteral("volumesPage"));
    m_labels = new LabelsPage(this);
    m_labels->setObjectName(QStringLiteral("labelsPage"));
    m_findings = new FindingsPage(QStringLiteral("FindingsPage"), {}, this);
    m_findings->setObjectName(QStringLiteral("findingsPage"));
    // The connection this scan used (TLS verification, the client key's mode) belongs with the daemon's access.
    m_daemonHost = new FindingsPage(
        QStringLiteral("DaemonHostPage"), {core::Scope::Host, core::Scope::Daemon, core::Scope::Connection}, this);
    m_daemonHost->setObjectName(QStringLiteral("daemonHostPage"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    for (QWidget *page : std::initializer_list<QWidget *>{
             m_overview, m_findings, m_containers, m_images, m_networks, m_volumes, m_labels, m_daemonHost}) {
        m_tabs->addTab(page, {});
    }

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bars = new QVBoxLayout;
    bars->setContentsMargins(8, 6, 8, 0);
    bars->setSpacing(6);
    bars->addWidget(m_trustBar);
    bars->addWidget(m_messageBar);
    layout->addLayout(bars);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::connectTo(const core::ConnectionOptions &options)
{
    const core::Result<core::Endpoint> endpoint = m_resolver.resolve(options);
    if (!endpoint.ok()) {
        showError(endpoint.error(), m_connectAction, tr("Connect…"));
        return;
    }
    connectToEndpoint(endpoint.value());
}

void MainWindow::connectToEndpoint(const core::Endpoint &endpoint)
{
    m_endpoint = endpoint;
    startCollection();
}

void MainWindow::connectToProfile(const QString &name)
{
    const std::optional<core::ConnectionProfile> profile = m_profiles->profile(name);
    if (!profile) {
        return;
    }
    m_profiles->setActiveProfile(name);
    connectTo(profile->options); // resolving reads a few small files; the collection itself runs off the GUI thread
}

void MainWindow::updateProfilePicker()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const QString &name : m_profiles->names()) {
        m_profileCombo->addItem(name, name);
    }
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_profiles->activeProfile())); // -1: the placeholder
}

void MainWindow::rescan()
{
    if (m_endpoint) {
        startCollection();
    }
}

void MainWindow::startCollection()
{
    setLoading(false); // a collection supersedes a file still being opened
    ++m_loadGeneration;
    m_messageBar->dismiss();
    statusBar()->clearMessage();
    m_scan->scan(*m_endpoint);
    updateTrustBar();
}

void MainWindow::cancel()
{
    const bool wasBusy = isBusy();
    m_scan->cancel();
    ++m_loadGeneration;
    setLoading(false);
    if (wasBusy) {
        statusBar()->showMessage(tr("Cancelled."), 5000);
    }
}

void MainWindow::openSnapshotFile(const QString &path)
{
    m_scan->cancel();
    const quint64 generation = ++m_loadGeneration;
    setLoading(true);
    m_progressLabel->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));

    // A snapshot, or a JSON report ("hullcheck-report/1"), told apart by its schema.
    using Answer = core::Result<std::variant<core::Snapshot, core::LoadedReport>>;
    auto *watcher = new QFutureWatcher<Answer>(this); // dies with the window: no late callback
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_loadGeneration) {
            return; // cancelled, or superseded by a collection or another file
        }
        setLoading(false);
        const Answer answer = watcher->result();
        if (!answer.ok()) {
            showError(answer.error(), m_openAction, tr("Open Another…"));
            emit openFailed(path, answer.error().message);
            return;
        }
        m_messageBar->dismiss();
        if (const auto *report = std::get_if<core::LoadedReport>(&answer.value())) {
            showReport(*report, path);
        } else {
            const auto &snapshot = std::get<core::Snapshot>(answer.value());
            showSnapshot(snapshot, path);
            m_scan->evaluate(snapshot);
        }
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Answer {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            if (core::isJsonReport(bytes)) {
                core::Result<core::LoadedReport> report = core::parseJsonReport(bytes, QFileInfo(path).fileName());
                if (!report.ok()) {
                    return report.error();
                }
                return std::variant<core::Snapshot, core::LoadedReport>(std::move(report).value());
            }
        }
        core::Result<core::Snapshot> snapshot = core::Snapshot::load(path); // and its errors, unreadable files too
        if (!snapshot.ok()) {
            return snapshot.error();
        }
        return std::variant<core::Snapshot, core::LoadedReport>(std::move(snapshot).value());
    }));
}

void MainWindow::showReport(const core::LoadedReport &report, const QString &path)
{
    showSnapshot(report.snapshot, path);
    m_showingReport = true; // after showSnapshot, which resets it
    m_overview->setReportCounts(report.images, report.networks, report.volumes);
    const QString note = tr("This is a report: it holds the benchmark results and the daemon's identity, but no "
                            "inventory of objects. Open a snapshot or connect to a daemon to browse them.");
    for (InventoryPage *page : {m_containers, m_images, m_networks, m_volumes}) {
        page->setNote(note);
    }
    m_labels->setNote(note);
    showResult(report.result);
    updateTitle();
}

void MainWindow::watchFileWrite(const QFuture<core::VoidResult> &write,
                                int *inFlight,
                                QAction *retryAction,
                                const QString &retryText,
                                const std::function<void()> &succeeded)
{
    if (inFlight) {
        ++*inFlight;
        updateBusy();
    }
    auto *watcher = new QFutureWatcher<core::VoidResult>(this); // dies with the window: no late callback
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        if (inFlight) {
            --*inFlight;
            updateBusy();
        }
        const core::VoidResult status = watcher->result();
        if (!status.ok()) {
            showError(status.error(), retryAction, retryText);
            return;
        }
        succeeded();
    });
    watcher->setFuture(write);
}

void MainWindow::saveSnapshotFile(const QString &path)
{
    if (!m_snapshot) {
        return;
    }
    // The worker gets its own copy (cheap: the JSON is implicitly shared), never `this`.
    watchFileWrite(QtConcurrent::run([snapshot = *m_snapshot, path] {
                       return snapshot.save(path);
                   }),
                   &m_savesInFlight,
                   m_saveAction,
                   tr("Save Elsewhere…"),
                   [this, path] {
                       statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
                       emit snapshotSaved(path);
                   });
}

void MainWindow::exportReport(core::ReportFormat format, const QString &path, const core::ReportOptions &options)
{
    const std::shared_ptr<const core::RulePack> rules = m_scan->rules();
    if (!m_snapshot || !m_result || !rules || m_showingReport) {
        return;
    }
    // The policy the shown results were evaluated with (its waiver register goes into the report), as the CLI
    // loads it from the same file. The worker gets copies, never `this`.
    const std::shared_ptr<const core::Policy> policy = m_scan->policy();
    const core::ReportInput input{*m_result, *m_snapshot, *rules, policy ? *policy : core::Policy{}, options};
    watchFileWrite(QtConcurrent::run([input, format, path]() -> core::VoidResult {
                       // The fixes applied to this daemon, from the same log the CLI reports.
                       core::ReportInput withFixes = input;
                       const core::Result<QList<core::FixLogEntry>> fixes =
                           core::FixLog().readFor(input.snapshot.endpoint.url());
                       if (fixes.ok()) {
                           withFixes.fixLog = fixes.value();
                       }
                       const core::Result<QByteArray> rendered = core::renderReport(format, withFixes);
                       if (!rendered.ok()) {
                           return rendered.error();
                       }
                       return core::writeFileAtomically(path, rendered.value(), false);
                   }),
                   &m_exportsInFlight,
                   m_exportAction,
                   tr("Export Elsewhere…"),
                   [this, path] {
                       m_lastExport = path;
                       statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 15000);
                       m_openExportButton->show();
                       emit reportExported(path);
                   });
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("overview"),
            QStringLiteral("findings"),
            QStringLiteral("containers"),
            QStringLiteral("images"),
            QStringLiteral("networks"),
            QStringLiteral("volumes"),
            QStringLiteral("labels"),
            QStringLiteral("daemon")};
}

bool MainWindow::showPage(const QString &name)
{
    const std::array<QWidget *, 8> pages{
        m_overview, m_findings, m_containers, m_images, m_networks, m_volumes, m_labels, m_daemonHost};
    const qsizetype index = pageNames().indexOf(name.toLower());
    if (index < 0) {
        return false;
    }
    m_tabs->setCurrentWidget(pages.at(static_cast<size_t>(index)));
    return true;
}

bool MainWindow::isBusy() const
{
    return m_scan->isBusy() || m_loading;
}

void MainWindow::handleCollected(const core::Snapshot &snapshot)
{
    showSnapshot(snapshot, {});
    //: %1 is a duration such as "1.2 s"
    statusBar()->showMessage(
        tr("Collected %n container(s) in %1", nullptr, static_cast<int>(snapshot.containers.size()))
            .arg(formatting::durationText(snapshot.collectionMs)),
        8000);
}

void MainWindow::handleCollectionFailed(const core::Error &error)
{
    statusBar()->clearMessage();
    if (error.kind == core::ErrorKind::Cancelled) {
        statusBar()->showMessage(tr("Cancelled."), 5000);
        return;
    }
    core::Error shown = error;
    if (m_snapshot) {
        //: %1 is the reason the collection failed, %2 when the data still shown was collected
        shown.message = tr("%1\nStill showing the snapshot collected %2.")
                            .arg(error.message, formatting::dateTimeText(m_snapshot->collectedAt));
    }
    if (!m_snapshot) {
        // Nothing to show yet (first start, no daemon): the demo shows what Hullcheck does.
        showError(shown, m_demoAction, tr("Open Demo Snapshot"));
    } else if (needsOtherEndpoint(error.kind)) {
        showError(shown, m_connectAction, tr("Connect…"));
    } else {
        showError(shown, m_rescanAction, tr("Retry"));
    }
}

void MainWindow::handleScanFinished(const core::Snapshot &snapshot, const core::ScanResult &result)
{
    Q_UNUSED(snapshot) // the shown snapshot: a newer request would have superseded this answer
    showResult(result);
}

QStringList MainWindow::requiredLabels() const
{
    const std::shared_ptr<const core::Policy> policy = m_scan->policy();
    return policy ? policy->requiredLabels : QStringList();
}

void MainWindow::showResult(const core::ScanResult &result)
{
    m_result = result;
    if (m_snapshot && !m_showingReport) {
        m_labels->setSnapshot(*m_snapshot, requiredLabels()); // the policy of this evaluation
    }
    const std::shared_ptr<const core::RulePack> rules = m_scan->rules();
    m_findings->setResult(result, rules);
    m_daemonHost->setResult(result, rules);
    for (InventoryPage *page : {m_containers, m_images, m_networks, m_volumes}) {
        page->model()->setResults(result.findings);
    }
    m_overview->setResult(result);
    updateTabTitles();
    updateBusy();
    if (!m_fixMessage.isEmpty()) {
        statusBar()->showMessage(m_fixMessage, 15000);
        m_fixMessage.clear();
    }
    emit resultsShown(result);
}

void MainWindow::handleEvaluationFailed(const core::Error &error)
{
    showError(error, m_policyAction, tr("Choose Policy…"));
}

void MainWindow::reevaluate()
{
    if (m_snapshot && !m_showingReport) { // a report's results are final: there is nothing to evaluate
        m_scan->evaluate(*m_snapshot);
    }
}

void MainWindow::setPolicyFile(const QString &path)
{
    QSettings().setValue(PolicyFileKey, path);
    m_scan->setPolicyFile(path);
    m_clearPolicyAction->setEnabled(!path.isEmpty());
    m_messageBar->dismiss();
    reevaluate();
}

QString MainWindow::policyFile() const
{
    return m_scan->policyFile();
}

void MainWindow::clearPolicy()
{
    setPolicyFile({});
}

void MainWindow::showPolicyDialog()
{
    auto *dialog = fileDialog(
        this, tr("Choose Policy"), QFileDialog::AcceptOpen, {tr("Policy files (*.yaml *.yml)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::setPolicyFile);
    dialog->open();
}

void MainWindow::handleWaiveRequested(const core::Finding &finding)
{
    if (!policyFile().isEmpty()) {
        showWaiverDialog(finding);
        return;
    }
    // A waiver lives in a policy file: ask where to create one.
    auto *dialog = fileDialog(this,
                              tr("Create Policy File"),
                              QFileDialog::AcceptSave,
                              {tr("Policy files (*.yaml *.yml)")},
                              QStringLiteral("yaml"));
    dialog->selectFile(QStringLiteral("hullcheck-policy.yaml"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, finding](const QString &path) {
        QSettings().setValue(PolicyFileKey, path);
        m_scan->setPolicyFile(path);
        m_clearPolicyAction->setEnabled(true);
        showWaiverDialog(finding);
    });
    dialog->open();
}

void MainWindow::showWaiverDialog(const core::Finding &finding)
{
    auto *dialog = new WaiverDialog(finding, policyFile(), this);
    dialog->setObjectName(QStringLiteral("waiverDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        addWaiver(dialog->waiver());
    });
    dialog->open();
}

QList<core::FixPlan> MainWindow::fixPlans(const core::Finding &finding) const
{
    const std::shared_ptr<const core::RulePack> rules = m_scan->rules();
    if (!m_snapshot || !m_result || !rules || m_showingReport) {
        return {};
    }
    const std::shared_ptr<const core::Policy> policy = m_scan->policy();
    // The full id when there is one (names of hosts and daemons are not unique keys).
    const QString target = finding.target.id.size() >= 4 ? finding.target.id : finding.target.name;
    const core::Policy noPolicy;
    return core::planFixes(*m_snapshot,
                           *m_result,
                           *rules,
                           policy ? *policy : noPolicy,
                           core::FixFilter{finding.ruleId, target},
                           fixValues());
}

core::FixValues MainWindow::fixValues() const
{
    const std::shared_ptr<const core::Policy> policy = m_scan->policy();
    return policy ? core::fixValuesFor(*policy) : core::FixValues{};
}

QString MainWindow::liveFixUnavailableReason() const
{
    if (m_snapshot && !m_snapshotFile.isEmpty()) {
        return tr("This snapshot was opened from a file: Hullcheck is not connected to its daemon and cannot change "
                  "the container. Run this command on a machine that can reach the daemon instead.");
    }
    if (!m_endpoint) {
        return tr("Hullcheck is not connected to a daemon. Run this command on a machine that can reach it.");
    }
    return {};
}

void MainWindow::handleFixRequested(const QList<core::Finding> &findings)
{
    QList<FixDialog::Object> objects;
    for (const core::Finding &finding : findings) {
        FixDialog::Object object{fixPlans(finding), {}};
        if (object.plans.isEmpty()) {
            continue;
        }
        if (finding.target.kind == core::Scope::Container) {
            for (const QJsonValue &value : m_snapshot->containers) {
                if (value.toObject().value(QLatin1String("Id")).toString() == finding.target.id) {
                    object.container = value.toObject();
                    break;
                }
            }
        }
        objects.append(object);
    }
    if (objects.isEmpty()) {
        return;
    }
    auto *dialog = new FixDialog(objects, m_scan->rules(), fixValues(), liveFixUnavailableReason(), this);
    dialog->setObjectName(QStringLiteral("fixDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FixDialog::applyConfirmed, this, [this, dialog](const QList<core::FixPlan> &plans) {
        applyFixes(plans, dialog);
    });
    dialog->open();
}

void MainWindow::applyFix(const core::FixPlan &plan)
{
    applyFixes({plan});
}

void MainWindow::applyFixes(const QList<core::FixPlan> &plans, FixDialog *dialog)
{
    const std::shared_ptr<const core::RulePack> rules = m_scan->rules();
    const bool allLive = std::all_of(plans.begin(), plans.end(), [](const core::FixPlan &plan) {
        return plan.kind == core::FixKind::Live;
    });
    if (!liveFixUnavailableReason().isEmpty() || !m_snapshot || !rules || plans.isEmpty() || !allLive) {
        return;
    }
    const std::shared_ptr<const core::Policy> policy = m_scan->policy();
    using Attempts = QList<core::LiveFixAttempt>;
    auto *watcher = new QFutureWatcher<Attempts>(this);
    connect(watcher, &QFutureWatcher<Attempts>::finished, this, [this, watcher, dialog = QPointer<FixDialog>(dialog)] {
        watcher->deleteLater();
        const Attempts attempts = watcher->result();
        if (dialog) {
            dialog->showOutcomes(attempts);
        }
        QStringList failures;
        QStringList fixed;
        std::optional<core::Error> firstError;
        for (const core::LiveFixAttempt &attempt : attempts) {
            const core::FixPlan &plan = attempt.plan;
            if (attempt.outcome.ok()) {
                //: %1 the change, %2 the container, %3 the rule id, %4 its new status (Pass, Fail, ...)
                fixed.append(tr("%1 on %2: %3 is now %4")
                                 .arg(plan.title,
                                      plan.target.name,
                                      plan.ruleId,
                                      formatting::statusText(attempt.outcome.value().status)));
            } else {
                //: %1 the container, %2 the daemon's message
                failures.append(tr("Could not fix %1: %2").arg(plan.target.name, attempt.outcome.error().message));
                if (!firstError) {
                    firstError = attempt.outcome.error();
                }
            }
        }
        if (firstError) {
            showError(core::Error{firstError->kind, failures.join(QLatin1Char('\n')), firstError->detail}, nullptr, {});
        }
        if (fixed.isEmpty()) {
            emit fixFinished(false, failures.join(QLatin1Char('\n')));
            return;
        }
        m_fixMessage = fixed.size() == 1 ? fixed.constFirst()
                                         : tr("Fixed %1 of %2 objects").arg(fixed.size()).arg(attempts.size());
        statusBar()->showMessage(m_fixMessage, 15000);
        emit fixFinished(failures.isEmpty(), failures.isEmpty() ? m_fixMessage : failures.join(QLatin1Char('\n')));
        rescan(); // once for the whole selection
    });
    statusBar()->showMessage(plans.size() == 1
                                 ? tr("Applying the fix to %1…").arg(plans.constFirst().target.name)
                                 : tr("Applying the fix to %n objects…", nullptr, static_cast<int>(plans.size())));
    if (!m_fixPool) {
        // Not the global pool: the rescan inside applyLiveFix evaluates on it and waits for it.
        m_fixPool = new QThreadPool(this);
        m_fixPool->setMaxThreadCount(1);
    }
    watcher->setFuture(QtConcurrent::run(
        m_fixPool, [endpoint = *m_endpoint, plans, snapshot = *m_snapshot, rules, policy]() -> Attempts {
            const core::Result<std::shared_ptr<core::CurlDockerApi>> api = core::CurlDockerApi::create(endpoint);
            if (!api.ok()) {
                Attempts attempts;
                for (const core::FixPlan &plan : plans) {
                    attempts.append(core::LiveFixAttempt{plan, api.error()});
                }
                return attempts;
            }
            const core::FixLog log;
            const core::Policy noPolicy;
            const core::LiveFixContext context{snapshot, *rules, policy ? *policy : noPolicy, &log};
            const core::CancelFlag cancel{false};
            return core::applyLiveFixes(*api.value(), plans, context, cancel);
        }));
}

void MainWindow::addWaiver(const core::Waiver &waiver)
{
    const QString path = policyFile();
    if (path.isEmpty()) {
        return;
    }
    watchFileWrite(QtConcurrent::run([path, waiver] {
                       return core::PolicyWriter::appendWaiver(path, waiver);
                   }),
                   nullptr,
                   m_policyAction,
                   tr("Choose Policy…"),
                   [this, path] {
                       statusBar()->showMessage(tr("Waiver added to %1").arg(QDir::toNativeSeparators(path)), 5000);
                       emit waiverAdded(path);
                       if (path == policyFile()) {
                           reevaluate();
                       }
                   });
}

void MainWindow::openDemoSnapshot()
{
    openSnapshotFile(DemoSnapshot);
}

void MainWindow::showError(const core::Error &error, QAction *action, const QString &actionText)
{
    // The user sees the message; the technical detail goes to the log only.
    qCInfo(lcUi).noquote() << core::errorKindName(error.kind) << error.detail;
    m_messageBar->showMessage(MessageBar::Kind::Error, error.message, action, actionText);
}

void MainWindow::handleProgress(const QString &stage, int done, int total)
{
    //: progress in the status bar: %1 is a stage such as "Inspecting containers", %2/%3 objects done/total
    m_progressLabel->setText(total > 0 ? tr("%1 %2/%3").arg(stage).arg(done).arg(total) : stage);
    m_progressBar->setRange(0, std::max(total, 0));
    m_progressBar->setValue(total > 0 ? done : 0);
}

void MainWindow::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        updateBusy();
    }
}

void MainWindow::updateBusy()
{
    const bool busy = isBusy();
    if (busy && !m_loading && m_progressLabel->isHidden()) {
        handleProgress(tr("Connecting to the daemon"), 0, 0);
    }
    if (m_loading) {
        m_progressBar->setRange(0, 0);
    }
    m_progressLabel->setVisible(busy);
    m_progressBar->setVisible(busy);
    m_cancelAction->setEnabled(busy);
    m_rescanAction->setEnabled(!m_scan->isCollecting() && m_endpoint.has_value());
    m_clearPolicyAction->setEnabled(!policyFile().isEmpty());
    // A report has no inventory to save or to render again.
    m_saveAction->setEnabled(m_snapshot.has_value() && !m_showingReport && m_savesInFlight == 0);
    m_exportAction->setEnabled(m_result.has_value() && !m_showingReport && m_exportsInFlight == 0);
}

void MainWindow::showSnapshot(const core::Snapshot &snapshot, const QString &sourceFile)
{
    m_snapshot = snapshot;
    m_snapshotFile = sourceFile;
    m_showingReport = false;
    m_result.reset(); // the results of the previous snapshot; the new ones follow from ScanService
    m_findings->clear();
    m_daemonHost->clear();
    m_overview->setSnapshot(snapshot, sourceFile);
    for (InventoryPage *page : {m_containers, m_images, m_networks, m_volumes}) {
        page->model()->setSnapshot(snapshot);
        page->setNote({});
    }
    m_labels->setSnapshot(snapshot, requiredLabels());
    m_labels->setNote({});
    updateTabTitles();
    updateTitle();
    updateTrustBar();
    updateBusy();
    emit snapshotShown(snapshot);
}

void MainWindow::updateTitle()
{
    if (!m_snapshot) {
        setWindowTitle(tr("Hullcheck"));
        return;
    }
    if (m_showingReport) {
        //: %1 is the daemon's name and engine version, %2 when its snapshot was collected
        setWindowTitle(tr("Hullcheck — %1 (report on the snapshot from %2)")
                           .arg(m_snapshot->displayName(), formatting::dateTimeText(m_snapshot->collectedAt)));
    } else if (m_snapshotFile.isEmpty()) {
        //: %1 is the daemon's name and engine version
        setWindowTitle(tr("Hullcheck — %1").arg(m_snapshot->displayName()));
    } else {
        //: %1 is the daemon's name and engine version, %2 when the snapshot was collected
        setWindowTitle(tr("Hullcheck — %1 (snapshot from %2)")
                           .arg(m_snapshot->displayName(), formatting::dateTimeText(m_snapshot->collectedAt)));
    }
}

void MainWindow::updateTabTitles()
{
    const auto count = [this](InventoryPage *page) {
        return m_snapshot ? page->model()->rowCount() : 0;
    };
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_findings), tr("Findings (%1)").arg(m_findings->resultCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_daemonHost), tr("Daemon && Host (%1)").arg(m_daemonHost->resultCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_containers), tr("Containers (%1)").arg(count(m_containers)));
    m_tabs->setTabText(m_tabs->indexOf(m_images), tr("Images (%1)").arg(count(m_images)));
    m_tabs->setTabText(m_tabs->indexOf(m_networks), tr("Networks (%1)").arg(count(m_networks)));
    m_tabs->setTabText(m_tabs->indexOf(m_volumes), tr("Volumes (%1)").arg(count(m_volumes)));
    //: %1 how many required labels some objects lack
    m_tabs->setTabText(m_tabs->indexOf(m_labels),
                       m_labels->missingCount() > 0 ? tr("Labels (%1 missing)").arg(m_labels->missingCount())
                                                    : tr("Labels"));
}

void MainWindow::updateTrustBar()
{
    // About the data on screen; before any data, about the daemon being contacted.
    const core::Endpoint *endpoint = m_snapshot ? &m_snapshot->endpoint : (m_endpoint ? &*m_endpoint : nullptr);
    if (!endpoint || !endpoint->isUnverified()) {
        m_trustBar->dismiss();
        return;
    }
    const bool fromFile = m_snapshot && !m_snapshotFile.isEmpty();
    QString text;
    if (endpoint->tls.enabled) {
        text = fromFile ? tr("This snapshot was collected without verifying the daemon's identity: its TLS "
                             "certificate was not checked, so the data may come from an impostor.")
                        : tr("The daemon's identity is not verified: its TLS certificate is not checked, so the "
                             "data shown may come from an impostor. Turn on certificate verification in Connect….");
    } else {
        text = fromFile ? tr("This snapshot was collected over plain TCP: the connection was neither encrypted nor "
                             "authenticated, so the data may have been read or altered on the network.")
                        : tr("The connection to the daemon is neither encrypted nor authenticated (plain TCP). "
                             "Anyone on the network can read or alter the data shown. Use TLS with verification.");
    }
    m_trustBar->showMessage(MessageBar::Kind::Warning, text, fromFile ? nullptr : m_connectAction, tr("Connect…"));
}

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectDialog(m_resolver, this);
    dialog->setObjectName(QStringLiteral("connectDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        connectToEndpoint(dialog->endpoint());
    });
    // The dialog adds, edits and removes profiles through its own ConnectionProfiles.
    connect(dialog, &QDialog::finished, this, &MainWindow::updateProfilePicker);
    dialog->open();
}

void MainWindow::showOpenDialog()
{
    auto *dialog = fileDialog(this,
                              tr("Open Snapshot or Report"),
                              QFileDialog::AcceptOpen,
                              {tr("Hullcheck snapshots and JSON reports (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openSnapshotFile);
    dialog->open();
}

void MainWindow::showSaveDialog()
{
    if (!m_snapshot) {
        return;
    }
    auto *dialog = fileDialog(this,
                              tr("Save Snapshot"),
                              QFileDialog::AcceptSave,
                              {tr("Hullcheck snapshots (*.json)")},
                              QStringLiteral("json"));
    dialog->selectFile(defaultFileBaseName() + QStringLiteral(".json"));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::saveSnapshotFile);
    dialog->open();
}

QString MainWindow::defaultFileBaseName() const
{
    // hullcheck-<daemon>-<date>, for snapshots and reports alike.
    const QString name = m_snapshot ? m_snapshot->info.value(QLatin1String("Name")).toString() : QString();
    const QDateTime when = m_snapshot ? m_snapshot->collectedAt : QDateTime::currentDateTimeUtc();
    const QString stamp = when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    return QStringLiteral("hullcheck-%1-%2").arg(name.isEmpty() ? QStringLiteral("snapshot") : name, stamp);
}

void MainWindow::showExportDialog()
{
    if (!m_result) {
        return;
    }
    const QString directory = m_exportDirectory.isEmpty() ? QDir::homePath() : m_exportDirectory;
    auto *dialog = new ExportDialog(defaultFileBaseName(), directory, this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_exportDirectory = QFileInfo(dialog->path()).absolutePath();
        exportReport(dialog->format(), dialog->path(), dialog->options());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    //: %1 Hullcheck's version, %2 the Qt version, %3 the HTTP/TLS library versions
    const QString text = tr("Hullcheck %1\n\nA security dashboard for Docker hosts.\n\nQt %2\n%3")
                             .arg(QApplication::applicationVersion(),
                                  QString::fromLatin1(qVersion()),
                                  core::CoreRuntime::transportVersion());
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Hullcheck"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_activeLanguage, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applyTimeoutSetting);
    dialog->open();
}

void MainWindow::applyTimeoutSetting()
{
    core::TransportOptions transport = m_scan->snapshotService()->transportOptions();
    transport.requestTimeoutMs = SettingsDialog::storedTimeoutSeconds() * 1000;
    // Connecting (and the TLS handshake) never waits longer than a whole request may.
    transport.connectTimeoutMs = std::min(transport.requestTimeoutMs, core::TransportOptions{}.connectTimeoutMs);
    m_scan->snapshotService()->setTransportOptions(transport);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("currentTab"), 0).toInt());
    settings.endGroup();
    for (InventoryPage *page : {m_containers, m_images, m_networks, m_volumes}) {
        page->restoreState(settings);
    }
    for (FindingsPage *page : {m_findings, m_daemonHost}) {
        page->restoreState(settings);
    }
    m_labels->restoreState(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("currentTab"), m_tabs->currentIndex());
    settings.endGroup();
    for (const InventoryPage *page : {m_containers, m_images, m_networks, m_volumes}) {
        page->saveState(settings);
    }
    for (const FindingsPage *page : {m_findings, m_daemonHost}) {
        page->saveState(settings);
    }
    m_labels->saveState(settings);
}

} // namespace hullcheck::ui
