#pragma once

#include "ui/models/inventorymodel.h"

namespace hullcheck::ui {

class ContainersModel final : public InventoryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersModel)

public:
    enum Column {
        NameColumn,
        ResultColumn,
        ImageColumn,
        StateColumn,
        PortsColumn,
        NetworksColumn,
        UserColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit ContainersModel(QObject *parent = nullptr);
    ~ContainersModel() override;

    // Display text of Docker's State object: "Running (healthy)", "Exited (137)", ...
    static QString stateText(const QJsonObject &state);

protected:
    QString columnTitle(int column) const override;
    core::Scope scope() const override;
    QJsonArray objects(const core::Snapshot &snapshot) const override;
    std::vector<Cell> cells(const QJsonObject &container, const QDateTime &now) const override;
};

} // namespace hullcheck::ui
