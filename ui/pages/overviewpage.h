#pragma once

#include "core/bench/engine.h"
#include "ui/statuspalette.h"

#include <QWidget>

#include <array>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QChartView;
class QTreeWidget;

namespace hullcheck::core {
struct Snapshot;
}

namespace hullcheck::ui {

class ScoreRing;
class StatCard;

// The daemon at a glance: the benchmark score, results by status, severity and CIS section, the riskiest
// containers and images, identity, connection, object counts and the collection's warnings.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // `sourceFile` is the snapshot file it was opened from; empty for a live collection.
    void setSnapshot(const core::Snapshot &snapshot, const QString &sourceFile = {});
    void clear();
    // For a report opened instead of a snapshot (after setSnapshot with its identity): the object counts it states.
    void setReportCounts(int images, int networks, int volumes);
    // The benchmark results of the shown snapshot.
    void setResult(const core::ScanResult &result);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    void setRow(QLabel *value, const QString &text);
    StatCard *addCard(QWidget *row, const QString &caption, const QString &objectName, std::optional<Tone> tone);
    QWidget *createResultsSection(QWidget *parent);
    void updateChart(const core::ScanResult &result);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;

    QLabel *m_name = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_engine = nullptr;
    QLabel *m_api = nullptr;
    QLabel *m_os = nullptr;
    QLabel *m_kernel = nullptr;
    QLabel *m_rootDir = nullptr;

    QLabel *m_endpoint = nullptr;
    QLabel *m_tls = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_collectedAt = nullptr;
    QLabel *m_collectionTime = nullptr;
    QLabel *m_snapshotFile = nullptr;

    QWidget *m_cards = nullptr;
    StatCard *m_running = nullptr;
    StatCard *m_exited = nullptr;
    StatCard *m_created = nullptr;
    StatCard *m_paused = nullptr;
    StatCard *m_images = nullptr;
    StatCard *m_networks = nullptr;
    StatCard *m_volumes = nullptr;

    QGroupBox *m_resultsGroup = nullptr;
    ScoreRing *m_score = nullptr;
    QLabel *m_scoreCaption = nullptr;
    QWidget *m_statusCards = nullptr;
    QWidget *m_severityCards = nullptr;
    std::array<StatCard *, 6> m_statusCard{};   // by core::Status
    std::array<StatCard *, 5> m_severityCard{}; // fail results by core::Severity
    QChartView *m_chartView = nullptr;
    QTreeWidget *m_riskyContainers = nullptr;
    QTreeWidget *m_riskyImages = nullptr;

    QGroupBox *m_warningsGroup = nullptr;
    QListWidget *m_warnings = nullptr;
};

} // namespace hullcheck::ui
