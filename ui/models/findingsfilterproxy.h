#pragma once

#include "core/bench/finding.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace hullcheck::ui {

// Filters a FindingsModel by status, severity, scope and free text (any column), and groups rows by CIS
// section or by object: grouped rows sort by their group first, then by the chosen column.
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
    QVariant groupKey(const QModelIndex &index) const;

    QSet<core::Status> m_statuses;
    std::optional<core::Severity> m_severity;
    QSet<core::Scope> m_scopes;
    QString m_filterText;
    Grouping m_grouping = Grouping::None;
};

} // namespace hullcheck::ui
