#pragma once

#include "core/bench/finding.h"
#include "core/snapshot/snapshot.h"
#include "ui/statuspalette.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace hullcheck::ui {

// A table of one kind of Docker object from a snapshot. Rows are computed once per snapshot (display text,
// sort key, tooltip, tone), so sorting and filtering hundreds of rows does not re-read the JSON.
// Each kind (ContainersModel, ImagesModel, ...) defines its columns and how a snapshot becomes rows.
// Every kind has a Result column (filled by setResults): the worst status of the object's benchmark results as
// a badge, with the number of fail and warn results.
class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and times by value; text otherwise
        ToneRole,                    // ui::Tone as int, for cells painted as a badge
        ObjectIdRole,                // the Docker object's full id (or name, for volumes)
        FailCountRole,               // the object's fail results
        WarnCountRole,               // the object's warn results
    };

    ~InventoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSnapshot(const core::Snapshot &snapshot);
    void clear();
    // The benchmark results of a scan of the shown snapshot; results about other kinds of objects are ignored.
    void setResults(const QList<core::Finding> &findings);
    int resultColumn() const { return m_resultColumn; }
    QList<core::Finding> findingsAt(int row) const;

    // The object's inspect data as the daemon returned it. Not redacted: redact before showing it.
    QJsonObject inspectAt(int row) const;

    // Whether any column's text of `row`, or the object's full id, contains `foldedText`, which must be case-folded
    // (QString::toCaseFolded). Compares against text folded once per row, so filtering thousands of rows per
    // keystroke makes no QVariant and no string per cell.
    bool rowContains(int row, const QString &foldedText) const;

    // For InventoryFilterProxy's locale-aware sort: compares the text of two rows in `column` as
    // QString::localeAwareCompare does, through collation keys made once per column instead of collating the
    // strings on every comparison. Nullopt when either cell sorts by value (numbers, times).
    std::optional<int> compareText(int leftRow, int rightRow, int column) const;

protected:
    struct Cell
    {
        QString text;
        QVariant sortKey; // invalid: sort by text
        QString toolTip;
        std::optional<Tone> tone;
    };

    // `resultColumn` is where the Result column goes; cells() returns every other column.
    InventoryModel(int columnCount, int resultColumn, QObject *parent);

    static Cell textCell(const QString &text, const QString &toolTip = {});
    // Age as text ("3 days ago"), sorted by time, exact time as tooltip.
    static Cell timeCell(const QDateTime &when, const QDateTime &now);
    static Cell numberCell(qint64 value, const QString &text, const QString &toolTip = {});
    static Cell yesNoCell(bool value);

    virtual QString columnTitle(int column) const = 0;
    // The kind of benchmark target this model lists.
    virtual core::Scope scope() const = 0;
    // Numeric columns are right-aligned, header included.
    virtual bool isNumericColumn(int column) const;
    // The snapshot's inspect objects of this kind.
    virtual QJsonArray objects(const core::Snapshot &snapshot) const = 0;
    // Runs once per snapshot before cells(), for kinds whose cells depend on other objects.
    virtual void prepare(const core::Snapshot &snapshot);
    // One cell per column except the Result column; `now` dates ages.
    virtual std::vector<Cell> cells(const QJsonObject &object, const QDateTime &now) const = 0;
    // The object's full id; volumes have only a name.
    virtual QString objectId(const QJsonObject &object) const;

private:
    struct Row
    {
        QString id;
        QJsonObject inspect;
        std::vector<Cell> cells;         // one per column
        std::vector<qsizetype> findings; // the object's results, as indexes into m_findings
        int fails = 0;
        int warns = 0;
        QString searchText; // see updateSearchText()
    };

    Cell resultCell(const Row &row) const;
    // The id and every cell's text, case-folded, each ended by a character no filter text holds, so a match
    // never spans two columns.
    static void updateSearchText(Row &row);

    const Cell *cellAt(const QModelIndex &index) const;
    Qt::Alignment alignment(int column) const;

    int m_columnCount;
    int m_resultColumn;
    std::vector<Row> m_rows;
    // The results of setResults, shared with the caller's list rather than copied per object: a scan of thousands
    // of containers has hundreds of thousands of them.
    QList<core::Finding> m_findings;
    // Collation keys of each column's text, by row; a column's are made when a sort first needs them.
    mutable std::vector<std::vector<QCollatorSortKey>> m_collationKeys;
};

} // namespace hullcheck::ui
