#include "ui/models/inventoryfilterproxy.h"

#include "ui/models/inventorymodel.h"

namespace hullcheck::ui {

InventoryFilterProxy::InventoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
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
    setFilterFixedString(trimmed);
}

bool InventoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty() || QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent)) {
        return true;
    }
    // Ids are shown shortened; a pasted full id must still match.
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    return first.data(InventoryModel::ObjectIdRole).toString().contains(m_filterText, Qt::CaseInsensitive);
}

} // namespace hullcheck::ui
