#pragma once

#include <QSortFilterProxyModel>

namespace hullcheck::ui {

// Sorts an InventoryModel by its SortRole and filters on free text: a row matches when any column's text,
// or the object's full id, contains the text (case-insensitive). Rows of another source model never match a text.
class InventoryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryFilterProxy)

public:
    explicit InventoryFilterProxy(QObject *parent = nullptr);
    ~InventoryFilterProxy() override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    QString m_foldedText; // m_filterText case-folded, as InventoryModel::rowContains takes it
};

} // namespace hullcheck::ui
