#include "ui/models/findingsfilterproxy.h"

#include "ui/formatting.h"
#include "ui/models/findingsmodel.h"

namespace hullcheck::ui {

FindingsFilterProxy::FindingsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

FindingsFilterProxy::~FindingsFilterProxy() = default;

QSet<core::Status> FindingsFilterProxy::problemStatuses()
{
    return {core::Status::Fail, core::Status::Warn};
}

void FindingsFilterProxy::setStatuses(const QSet<core::Status> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

void FindingsFilterProxy::setSeverity(std::optional<core::Severity> severity)
{
    m_severity = severity;
    invalidateFilter();
}

void FindingsFilterProxy::setScopes(const QSet<core::Scope> &scopes)
{
    m_scopes = scopes;
    invalidateFilter();
}

void FindingsFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != m_filterText) {
        m_filterText = trimmed;
        setFilterFixedString(trimmed);
    }
}

void FindingsFilterProxy::setGrouping(Grouping grouping)
{
    if (grouping != m_grouping) {
        m_grouping = grouping;
        invalidate();
    }
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, FindingsModel::StatusColumn, sourceParent);
    if (!m_statuses.isEmpty() && !m_statuses.contains(index.data(FindingsModel::StatusRole).value<core::Status>())) {
        return false;
    }
    if (m_severity && index.data(FindingsModel::SeverityRole).value<core::Severity>() != *m_severity) {
        return false;
    }
    if (!m_scopes.isEmpty() && !m_scopes.contains(index.data(FindingsModel::ScopeRole).value<core::Scope>())) {
        return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

QVariant FindingsFilterProxy::groupKey(const QModelIndex &index) const
{
    switch (m_grouping) {
    case Grouping::Section: return formatting::cisSortKey(index.data(FindingsModel::SectionRole).toString());
    case Grouping::Object: return index.data(FindingsModel::ObjectRole);
    case Grouping::None: break;
    }
    return {};
}

bool FindingsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_grouping != Grouping::None) {
        const QString leftGroup = groupKey(left).toString();
        const QString rightGroup = groupKey(right).toString();
        if (leftGroup != rightGroup) {
            // Groups keep their order whatever the column's sort order.
            return (sortOrder() == Qt::AscendingOrder) == (leftGroup < rightGroup);
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace hullcheck::ui
