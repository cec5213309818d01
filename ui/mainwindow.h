#pragma once

#include "core/docker/endpoint.h"
#include "core/docker/endpointresolver.h"
#include "core/result.h"
#include "core/snapshot/snapshot.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;

namespace hullcheck::core {
class SnapshotService;
}

namespace hullcheck::ui {

class InventoryPage;
class MessageBar;
class OverviewPage;

// The dashboard: one snapshot of a daemon (collected live through SnapshotService, or opened from a file)
// shown as an overview and one table per kind of object. Daemon work never runs on the GUI thread; errors go
// to an inline message bar and never replace what is already shown.
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
    // Loads a saved snapshot in the background and shows it as if live.
    void openSnapshotFile(const QString &path);
    // Saves the shown snapshot (mode 0600) in the background.
    void saveSnapshotFile(const QString &path);

    bool isBusy() const;
    const std::optional<core::Snapshot> &snapshot() const { return m_snapshot; }
    MessageBar *messageBar() const { return m_messageBar; }

public slots:
    void rescan();
    void cancel();
    void showConnectDialog();
    void showOpenDialog();
    void showSaveDialog();
    void showAbout();

signals:
    void snapshotShown(const hullcheck::core::Snapshot &snapshot);
    void snapshotSaved(const QString &path);

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
    void handleCollected(const core::Snapshot &snapshot);
    void handleCollectionFailed(const core::Error &error);
    void handleProgress(const QString &stage, int done, int total);
    void setLoading(bool loading);
    void updateBusy();
    void updateTitle();
    void updateTabTitles();
    void updateTrustBar();
    void restoreSettings();
    void saveSettings() const;

    core::EndpointResolver m_resolver;
    core::SnapshotService *m_service = nullptr;
    std::optional<core::Endpoint> m_endpoint; // the daemon that Rescan collects from
    std::optional<core::Snapshot> m_snapshot; // what is shown
    QString m_snapshotFile;                   // the file m_snapshot came from; empty when collected live
    quint64 m_loadGeneration = 0;             // drops file loads superseded by a newer request
    bool m_loading = false;
    int m_savesInFlight = 0;

    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_aboutAction = nullptr;

    MessageBar *m_trustBar = nullptr;
    MessageBar *m_messageBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    InventoryPage *m_containers = nullptr;
    InventoryPage *m_images = nullptr;
    InventoryPage *m_networks = nullptr;
    InventoryPage *m_volumes = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
};

} // namespace hullcheck::ui
