#pragma once

#include "ui/models/inventorymodel.h"

namespace hullcheck::ui {

class NetworksModel final : public InventoryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworksModel)

public:
    enum Column {
        NameColumn,
        ResultColumn,
        DriverColumn,
        ScopeColumn,
        InternalColumn,
        SubnetsColumn,
        ContainersColumn,
        ColumnCount
    };

    explicit NetworksModel(QObject *parent = nullptr);
    ~NetworksModel() override;

protected:
    QString columnTitle(int column) const override;
    bool isNumericColumn(int column) const override;
    core::Scope scope() const override;
    QJsonArray objects(const core::Snapshot &snapshot) const override;
    std::vector<Cell> cells(const QJsonObject &network, const QDateTime &now) const override;
};

} // namespace hullcheck::ui
