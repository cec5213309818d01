#include "ui/models/inventoryfilterproxy.h"

#include "ui/models/inventorymodel.h"

namespace hullcheck::ui {

InventoryFilterProxy::InventoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

InventoryFilterProxy::~InventoryFilterProxy() = default;

void InventoryFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText) {
        return;
    }
    m_filterText = trimmed;
    m_foldedText = trimmed.toCaseFolded();
    invalidateFilter();
}

bool InventoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_foldedText.isEmpty()) {
        return true;
    }
    // The model's per-row text holds the full id too: ids are shown shortened, and a pasted full id must match.
    const auto *model = qobject_cast<const InventoryModel *>(sourceModel());
    return model && !sourceParent.isValid() && model->rowContains(sourceRow, m_foldedText);
}

bool InventoryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Collating the two strings anew on every comparison is most of the cost of sorting thousands of rows (and of
    // putting them back when a filter is erased); the model's collation keys give the same order.
    const auto *model = qobject_cast<const InventoryModel *>(sourceModel());
    if (model && isSortLocaleAware() && left.column() == right.column()) {
        if (const std::optional<int> order = model->compareText(left.row(), right.row(), left.column())) {
            return *order < 0;
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace hullcheck::ui
