#include "ui/models/labelsfilterproxy.h"

#include "ui/models/labelsmodel.h"

namespace hullcheck::ui {

LabelsFilterProxy::LabelsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LabelsModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

LabelsFilterProxy::~LabelsFilterProxy() = default;

void LabelsFilterProxy::setFilterText(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

void LabelsFilterProxy::setMissingOnly(bool missingOnly)
{
    if (m_missingOnly != missingOnly) {
        m_missingOnly = missingOnly;
        invalidateFilter();
    }
}

bool LabelsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_missingOnly) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(LabelsModel::StatusRole).toInt() != static_cast<int>(LabelsModel::LabelStatus::Missing)) {
            return false;
        }
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace hullcheck::ui
