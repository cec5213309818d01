#pragma once

#include "core/bench/engine.h"
#include "core/bench/policy.h"
#include "core/docker/endpoint.h"
#include "core/docker/endpointresolver.h"
#include "core/remediation/fixplan.h"
#include "core/report/reportinput.h"
#include "core/result.h"
#include "core/snapshot/snapshot.h"
#include "ui/language.h"

#include <QFuture>
#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;
class QTabWidget;
class QThreadPool;

namespace hullcheck::core {
class ConnectionProfiles;
class ScanService;
struct LoadedReport;
} // namespace hullcheck::core

namespace hullcheck::ui {

class FindingsPage;
class FixDialog;
class InventoryPage;
class LabelsPage;
class MessageBar;
class OverviewPage;

// The dashboard: one snapshot of a daemon (collected live through ScanService, or opened from a file) and its
// benchmark results, shown as an overview, the results, one table per kind of object and the daemon & host results.
// Daemon work never runs on the GUI thread; errors go to an inline message bar and never replace what is already shown.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Resolves the options as the docker CLI would and collects a snapshot from that daemon.
    void connectTo(const core::ConnectionOptions &options);
    void connectToEndpoint(const core::Endpoint &endpoint);
    // Connects with a saved connection profile (core::ConnectionProfiles) and remembers it as the active one.
    void connectToProfile(const QString &name);
    core::ConnectionProfiles *connectionProfiles() const { return m_profiles; }
    // Loads a saved snapshot in the background and shows it as if live; a JSON report shows its results (no inventory).
    void openSnapshotFile(const QString &path);
    // Saves the shown snapshot (mode 0600) in the background.
    void saveSnapshotFile(const QString &path);

    // Renders the shown results as a report (the same bytes as `hullcheck-cli scan --snapshot` for the same snapshot
    // and options, apart from the generation time) and writes it atomically, both off the GUI thread.
    void exportReport(core::ReportFormat format, const QString &path, const core::ReportOptions &options);

    // Shows the demo snapshot compiled into Hullcheck (resources/demo).
    void openDemoSnapshot();
    // The policy the benchmark uses (remembered across runs); empty: none. Re-evaluates what is shown.
    void setPolicyFile(const QString &path);
    QString policyFile() const;
    // Appends the waiver to the policy file in the background, then re-evaluates what is shown.
    void addWaiver(const core::Waiver &waiver);

    // The fix plans for one shown result (planFixes filtered by its rule and object); empty without results.
    QList<core::FixPlan> fixPlans(const core::Finding &finding) const;
    // Why a live fix cannot be applied to what is shown (a snapshot opened from a file); empty when it can.
    QString liveFixUnavailableReason() const;
    // The values fix plans propose: Hullcheck's defaults with the policy's remediation block over them.
    core::FixValues fixValues() const;
    // Applies a live plan to the current endpoint off the GUI thread, logs it to the fix log, then rescans.
    // The outcome goes to the status bar; a failure (with the daemon's message) to the message bar.
    void applyFix(const core::FixPlan &plan);
    // The same for the plans of one selection (one rule, many objects): each applied and logged in turn, a refusal
    // does not stop the others, one rescan after. `dialog` (may be null) is shown each object's outcome.
    void applyFixes(const QList<core::FixPlan> &plans, FixDialog *dialog = nullptr);

    // Shows a page by its short name: overview, findings, containers, images, networks, volumes, labels, daemon.
    // False for an unknown name.
    bool showPage(const QString &name);
    static QStringList pageNames();

    bool isBusy() const;
    bool isShowingReport() const { return m_showingReport; }
    const std::optional<core::ScanResult> &scanResult() const { return m_result; }
    const std::optional<core::Snapshot> &snapshot() const { return m_snapshot; }
    MessageBar *messageBar() const { return m_messageBar; }

public slots:
    void rescan();
    void cancel();
    void showConnectDialog();
    void showOpenDialog();
    void showSaveDialog();
    void showExportDialog();
    void showAbout();
    void showSettingsDialog();
    void applyTimeoutSetting(); // the stored daemon timeout, for the next scan
    void showPolicyDialog();
    void clearPolicy();

signals:
    void snapshotShown(const hullcheck::core::Snapshot &snapshot);
    void snapshotSaved(const QString &path);
    // File → Open (or --snapshot) could not read the file; the message is also in the message bar.
    void openFailed(const QString &path, const QString &message);
    void reportExported(const QString &path);
    void resultsShown(const hullcheck::core::ScanResult &result);
    void waiverAdded(const QString &policyFile);
    // A live fix finished: `message` is what the status bar (ok) or the message bar (failed) shows.
    void fixFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createCentralWidget();

    void startCollection();
    void showSnapshot(const core::Snapshot &snapshot, const QString &sourceFile);
    void showError(const core::Error &error, QAction *action, const QString &actionText);
    // Follows a file write running on the pool: counts it in `inFlight` (may be null) while it runs, shows its
    // error in the message bar with `retryAction`, or calls `succeeded`.
    void watchFileWrite(const QFuture<core::VoidResult> &write,
                        int *inFlight,
                        QAction *retryAction,
                        const QString &retryText,
                        const std::function<void()> &succeeded);
    void handleCollected(const core::Snapshot &snapshot);
    void handleScanFinished(const core::Snapshot &snapshot, const core::ScanResult &result);
    void showResult(const core::ScanResult &result);
    QStringList requiredLabels() const; // of the policy of the last evaluation
    void showReport(const core::LoadedReport &report, const QString &path);
    void handleEvaluationFailed(const core::Error &error);
    void handleWaiveRequested(const core::Finding &finding);
    void showWaiverDialog(const core::Finding &finding);
    void handleFixRequested(const QList<core::Finding> &findings);
    void reevaluate();
    void handleCollectionFailed(const core::Error &error);
    void handleProgress(const QString &stage, int done, int total);
    void setLoading(bool loading);
    void updateBusy();
    void updateTitle();
    void updateTabTitles();
    void updateTrustBar();
    QString defaultFileBaseName() const;
    void updateProfilePicker();
    void restoreSettings();
    void saveSettings() const;

    core::EndpointResolver m_resolver;
    core::ScanService *m_scan = nullptr;
    core::ConnectionProfiles *m_profiles = nullptr;
    std::optional<core::Endpoint> m_endpoint; // the daemon that Rescan collects from
    std::optional<core::Snapshot> m_snapshot; // what is shown
    std::optional<core::ScanResult> m_result; // its benchmark results, once evaluated
    QString m_snapshotFile;                   // the file m_snapshot came from; empty when collected live
    quint64 m_loadGeneration = 0;             // drops file loads superseded by a newer request
    bool m_loading = false;
    bool m_showingReport = false; // m_snapshot is a JSON report's identity only: no inventory to evaluate
    int m_savesInFlight = 0;
    int m_exportsInFlight = 0;
    QString m_exportDirectory; // where the last export went

    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_policyAction = nullptr;
    QAction *m_clearPolicyAction = nullptr;
    QAction *m_demoAction = nullptr;

    QComboBox *m_profileCombo = nullptr; // the toolbar's connection picker
    MessageBar *m_trustBar = nullptr;
    MessageBar *m_messageBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    FindingsPage *m_findings = nullptr;
    FindingsPage *m_daemonHost = nullptr;
    InventoryPage *m_containers = nullptr;
    InventoryPage *m_images = nullptr;
    InventoryPage *m_networks = nullptr;
    InventoryPage *m_volumes = nullptr;
    LabelsPage *m_labels = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_openExportButton = nullptr; // "Open" beside the status bar's note about an export
    QString m_lastExport;
    QString m_activeLanguage = storedLanguage(); // the language this run started in (LanguageSetup)
    QThreadPool *m_fixPool = nullptr;            // live fixes, one at a time
    QString m_fixMessage; // the outcome of the last live fix, shown again once its rescan is shown
};

} // namespace hullcheck::ui
