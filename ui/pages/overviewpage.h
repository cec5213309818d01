#pragma once

#include "ui/statuspalette.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace hullcheck::core {
struct Snapshot;
}

namespace hullcheck::ui {

class StatCard;

// The daemon at a glance: identity, connection, object counts and the collection's warnings.
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

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    void setRow(QLabel *value, const QString &text);
    StatCard *addCard(const QString &caption, const QString &objectName, std::optional<Tone> tone);

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

    QGroupBox *m_warningsGroup = nullptr;
    QListWidget *m_warnings = nullptr;
};

} // namespace hullcheck::ui
