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

    // For FindingsFilterProxy, which filters and sorts thousands of rows per keystroke: these read keys computed
    // once per row in setFindings, with no QVariant and no new string per call. `row` must be in the model.
    // Whether any column's text contains `foldedText`, which must be case-folded (QString::toCaseFolded).
    bool rowContains(int row, const QString &foldedText) const;
    // cisSortKey of the row's CIS section, and its ObjectRole ("kind/name").
    const QString &sectionKeyAt(int row) const;
    const QString &objectKeyAt(int row) const;

private:
    struct RowKeys
    {
        QString searchText; // every column's text, case-folded, each ended by a character no filter text holds
        QString cisKey;     // SortRole of the CIS column
        QString sectionKey;
        QString objectKey;
    };

    QVariant displayData(const core::Finding &finding, int column) const;
    QVariant sortData(int row, int column) const;
    RowKeys keysOf(const core::Finding &finding) const;

    std::vector<core::Finding> m_findings;
    std::vector<RowKeys> m_keys; // one per finding
};

} // namespace hullcheck::ui
