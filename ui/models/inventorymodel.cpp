#include "ui/models/inventorymodel.h"

#include "ui/formatting.h"

#include <limits>

namespace hullcheck::ui {

InventoryModel::InventoryModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{
}

InventoryModel::~InventoryModel() = default;

InventoryModel::Cell InventoryModel::textCell(const QString &text, const QString &toolTip)
{
    Cell cell;
    cell.text = text;
    cell.toolTip = toolTip;
    return cell;
}

InventoryModel::Cell InventoryModel::timeCell(const QDateTime &when, const QDateTime &now)
{
    Cell cell;
    cell.text = formatting::ageText(when, now);
    cell.toolTip = formatting::dateTimeText(when);
    // Unknown times sort first, as the oldest.
    cell.sortKey = when.isValid() ? when.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    return cell;
}

InventoryModel::Cell InventoryModel::numberCell(qint64 value, const QString &text, const QString &toolTip)
{
    Cell cell;
    cell.text = text;
    cell.toolTip = toolTip;
    cell.sortKey = value;
    return cell;
}

InventoryModel::Cell InventoryModel::yesNoCell(bool value)
{
    Cell cell;
    cell.text = formatting::yesNo(value);
    cell.sortKey = value;
    return cell;
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

const InventoryModel::Cell *InventoryModel::cellAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    const Row &row = m_rows.at(static_cast<size_t>(index.row()));
    const auto column = static_cast<size_t>(index.column());
    return column < row.cells.size() ? &row.cells.at(column) : nullptr;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    const Cell *cell = cellAt(index);
    if (!cell) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return cell->text;
    case Qt::ToolTipRole: return cell->toolTip.isEmpty() ? QVariant() : QVariant(cell->toolTip);
    case Qt::TextAlignmentRole: return QVariant::fromValue(alignment(index.column()));
    case SortRole: return cell->sortKey.isValid() ? cell->sortKey : QVariant(cell->text);
    case ToneRole: return cell->tone ? QVariant(static_cast<int>(*cell->tone)) : QVariant();
    case ObjectIdRole: return m_rows.at(static_cast<size_t>(index.row())).id;
    default: return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        return columnTitle(section);
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(alignment(section));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool InventoryModel::isNumericColumn(int /*column*/) const
{
    return false;
}

Qt::Alignment InventoryModel::alignment(int column) const
{
    return (isNumericColumn(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

void InventoryModel::prepare(const core::Snapshot & /*snapshot*/)
{
}

QString InventoryModel::objectId(const QJsonObject &object) const
{
    return object.value(QLatin1String("Id")).toString();
}

void InventoryModel::setSnapshot(const core::Snapshot &snapshot)
{
    prepare(snapshot);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonArray all = objects(snapshot);
    std::vector<Row> rows;
    rows.reserve(static_cast<size_t>(all.size()));
    for (const QJsonValue value : all) {
        const QJsonObject object = value.toObject();
        rows.push_back(Row{objectId(object), object, cells(object, now)});
        Q_ASSERT(rows.back().cells.size() == static_cast<size_t>(m_columnCount));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void InventoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QJsonObject InventoryModel::inspectAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(static_cast<size_t>(row)).inspect : QJsonObject();
}

} // namespace hullcheck::ui
