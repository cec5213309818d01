#pragma once

#include "core/bench/finding.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace hullcheck::ui {

class FindingsModel;

// Filters a FindingsModel by status, severity, scope and free text (any column, case-insensitive), and groups
// rows by CIS section or by object: grouped rows sort by their group first, then by the chosen column. Each
// setter refilters only when its value changes. Rows of another source model are filtered out.
class FindingsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsFilterProxy)

public:
    enum class Grouping { None, Section, Object };

    explicit FindingsFilterProxy(QObject *parent = nullptr);
    ~FindingsFilterProxy() override;

    // Empty sets accept everything.
    void setStatuses(const QSet<core::Status> &statuses);
    void setSeverity(std::optional<core::Severity> severity);
    void setScopes(const QSet<core::Scope> &scopes);
    void setFilterText(const QString &text);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    // Fail and warn: the results that need action.
    static QSet<core::Status> problemStatuses();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Null when the source model is not a FindingsModel.
    const FindingsModel *findingsModel() const;
    const QString &groupKey(const FindingsModel &model, int sourceRow) const;

    QSet<core::Status> m_statuses;
    std::optional<core::Severity> m_severity;
    QSet<core::Scope> m_scopes;
    QString m_filterText;
    QString m_foldedText; // m_filterText case-folded, as FindingsModel::rowContains takes it
    Grouping m_grouping = Grouping::None;
};

} // namespace hullcheck::ui
