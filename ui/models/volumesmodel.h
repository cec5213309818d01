#pragma once

#include "ui/models/inventorymodel.h"

#include <QHash>
#include <QStringList>

namespace hullcheck::ui {

class VolumesModel final : public InventoryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumesModel)

public:
    enum Column { NameColumn, ResultColumn, DriverColumn, MountpointColumn, UsedByColumn, ColumnCount };

    explicit VolumesModel(QObject *parent = nullptr);
    ~VolumesModel() override;

protected:
    QString columnTitle(int column) const override;
    core::Scope scope() const override;
    QJsonArray objects(const core::Snapshot &snapshot) const override;
    std::vector<Cell> cells(const QJsonObject &volume, const QDateTime &now) const override;
    void prepare(const core::Snapshot &snapshot) override;
    QString objectId(const QJsonObject &volume) const override;

private:
    QHash<QString, QStringList> m_users; // volume name → names of the containers that mount it
};

} // namespace hullcheck::ui
