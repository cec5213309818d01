#pragma once

#include "core/snapshot/snapshot.h"
#include "ui/statuspalette.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace hullcheck::ui {

// Every label key and value across containers, images, networks and volumes, with the objects that carry it, and
// for each label the policy requires (Policy::requiredLabels) the objects that miss it. One row per key and value;
// one "Missing" row per required key that some object lacks.
class LabelsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelsModel)

public:
    enum Column { KeyColumn, ValueColumn, StatusColumn, CountColumn, ObjectsColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // counts by number, the status by rank (missing first), text otherwise
        ToneRole,                    // ui::Tone as int, for the status badge
        StatusRole,                  // LabelStatus as int
        ObjectsRole,                 // QStringList: "container web", "image nginx:1.25", …
    };
    enum class LabelStatus { Present, Required, Missing };

    explicit LabelsModel(QObject *parent = nullptr);
    ~LabelsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSnapshot(const core::Snapshot &snapshot, const QStringList &requiredLabels);
    void clear();

    static Tone statusTone(LabelStatus status);
    static QString statusText(LabelStatus status);

private:
    struct Row
    {
        QString key;
        QString value;
        LabelStatus status = LabelStatus::Present;
        QStringList objects; // carrying the label, or for Missing rows, lacking it
    };

    std::vector<Row> m_rows;
};

} // namespace hullcheck::ui
