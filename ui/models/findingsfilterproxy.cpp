#include "ui/models/findingsfilterproxy.h"

#include "ui/models/findingsmodel.h"

namespace hullcheck::ui {

FindingsFilterProxy::FindingsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

FindingsFilterProxy::~FindingsFilterProxy() = default;

QSet<core::Status> FindingsFilterProxy::problemStatuses()
{
    return {core::Status::Fail, core::Status::Warn};
}

const FindingsModel *FindingsFilterProxy::findingsModel() const
{
    return qobject_cast<const FindingsModel *>(sourceModel());
}

void FindingsFilterProxy::setStatuses(const QSet<core::Status> &statuses)
{
    if (statuses != m_statuses) {
        m_statuses = statuses;
        invalidateFilter();
    }
}

void FindingsFilterProxy::setSeverity(std::optional<core::Severity> severity)
{
    if (severity != m_severity) {
        m_severity = severity;
        invalidateFilter();
    }
}

void FindingsFilterProxy::setScopes(const QSet<core::Scope> &scopes)
{
    if (scopes != m_scopes) {
        m_scopes = scopes;
        invalidateFilter();
    }
}

void FindingsFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != m_filterText) {
        m_filterText = trimmed;
        m_foldedText = trimmed.toCaseFolded();
        invalidateFilter();
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
    const FindingsModel *model = findingsModel();
    const core::Finding *finding = model && !sourceParent.isValid() ? model->findingAt(sourceRow) : nullptr;
    if (!finding) {
        return false;
    }
    if (!m_statuses.isEmpty() && !m_statuses.contains(finding->status)) {
        return false;
    }
    if (m_severity && finding->severity != *m_severity) {
        return false;
    }
    if (!m_scopes.isEmpty() && !m_scopes.contains(finding->target.kind)) {
        return false;
    }
    return m_foldedText.isEmpty() || model->rowContains(sourceRow, m_foldedText);
}

const QString &FindingsFilterProxy::groupKey(const FindingsModel &model, int sourceRow) const
{
    return m_grouping == Grouping::Section ? model.sectionKeyAt(sourceRow) : model.objectKeyAt(sourceRow);
}

bool FindingsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const FindingsModel *model = findingsModel();
    if (m_grouping != Grouping::None && model) {
        const QString &leftGroup = groupKey(*model, left.row());
        const QString &rightGroup = groupKey(*model, right.row());
        if (leftGroup != rightGroup) {
            // Groups keep their order whatever the column's sort order.
            return (sortOrder() == Qt::AscendingOrder) == (leftGroup < rightGroup);
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace hullcheck::ui
