#pragma once

#include "core/bench/finding.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace hullcheck::ui {

// Benchmark results, one row per rule and object. Sorting uses SortRole: status and severity by rank (worst
// last, so a descending sort puts fails first), CIS ids naturally ("5.2" before "5.10").
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column {
        StatusColumn,
        SeverityColumn,
        CisColumn,
        RuleColumn,
        TitleColumn,
        ObjectKindColumn,
        ObjectNameColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // rank or natural key, not translated text
        StatusRole,                  // core::Status
        SeverityRole,                // core::Severity
        ScopeRole,                   // core::Scope of the object
        ToneRole,                    // ui::Tone as int, status column only (for StatusBadgeDelegate)
        SectionRole,                 // CIS section ("5"), "HC" without a CIS id
        ObjectRole,                  // "kind/name", to group by object
    };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFindings(const QList<core::Finding> &findings);
    void clear();
    // Null for a row outside the model.
    const core::Finding *findingAt(int row) const;

private:
    QVariant displayData(const core::Finding &finding, int column) const;
    QVariant sortData(const core::Finding &finding, int column) const;

    std::vector<core::Finding> m_findings;
};

} // namespace hullcheck::ui
