#pragma once

#include "ui/models/inventorymodel.h"

namespace hullcheck::ui {

class ImagesModel final : public InventoryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesModel)

public:
    enum Column {
        TagsColumn,
        ResultColumn,
        IdColumn,
        SizeColumn,
        CreatedColumn,
        UserColumn,
        HealthcheckColumn,
        ColumnCount
    };

    explicit ImagesModel(QObject *parent = nullptr);
    ~ImagesModel() override;

protected:
    QString columnTitle(int column) const override;
    bool isNumericColumn(int column) const override;
    core::Scope scope() const override;
    QJsonArray objects(const core::Snapshot &snapshot) const override;
    std::vector<Cell> cells(const QJsonObject &image, const QDateTime &now) const override;
};

} // namespace hullcheck::ui
