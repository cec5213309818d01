#include "ui/models/inventorymodel.h"

#include "ui/formatting.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <limits>

namespace hullcheck::ui {

InventoryModel::InventoryModel(int columnCount, int resultColumn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_resultColumn(resultColumn)
{
    Q_ASSERT(resultColumn >= 0 && resultColumn < columnCount);
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
    case FailCountRole: return m_rows.at(static_cast<size_t>(index.row())).fails;
    case WarnCountRole: return m_rows.at(static_cast<size_t>(index.row())).warns;
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
        std::vector<Cell> rowCells = cells(object, now);
        rowCells.insert(rowCells.begin() + m_resultColumn, Cell{});
        rows.push_back(Row{objectId(object), object, std::move(rowCells), {}, 0, 0, {}});
        Q_ASSERT(rows.back().cells.size() == static_cast<size_t>(m_columnCount));
        updateSearchText(rows.back());
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_findings.clear();
    m_collationKeys.clear();
    endResetModel();
}

void InventoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_findings.clear();
    m_collationKeys.clear();
    endResetModel();
}

InventoryModel::Cell InventoryModel::resultCell(const Row &row) const
{
    Cell cell;
    if (row.findings.empty()) {
        cell.sortKey = -1;
        return cell;
    }
    core::Status worst = core::Status::Pass;
    for (const qsizetype index : row.findings) {
        worst = std::max(worst, m_findings.at(index).status);
    }
    QStringList parts;
    if (row.fails > 0) {
        //: count of fail results of one object, as in "2 fail · 3 warn"
        parts.append(tr("%1 fail").arg(row.fails));
    }
    if (row.warns > 0) {
        //: count of warn results of one object, as in "2 fail · 3 warn"
        parts.append(tr("%1 warn").arg(row.warns));
    }
    cell.text = parts.isEmpty() ? formatting::statusText(worst) : parts.join(QStringLiteral(" · "));
    cell.tone = statusTone(worst);
    cell.sortKey = static_cast<qint64>(worst) * 1'000'000 + row.fails * 1000LL + row.warns;
    //: %1 the worst status of the object's results
    cell.toolTip = tr("%n result(s), worst: %1", nullptr, static_cast<int>(row.findings.size()))
                       .arg(formatting::statusText(worst));
    return cell;
}

void InventoryModel::setResults(const QList<core::Finding> &findings)
{
    m_findings = findings;
    QHash<QString, std::vector<size_t>> rowsById; // ids are unique, but a repeated one still gets its results
    rowsById.reserve(static_cast<qsizetype>(m_rows.size()));
    for (size_t index = 0; index < m_rows.size(); ++index) {
        Row &row = m_rows.at(index);
        row.findings.clear();
        row.fails = 0;
        row.warns = 0;
        rowsById[row.id].push_back(index);
    }
    const core::Scope kind = scope();
    for (qsizetype index = 0; index < m_findings.size(); ++index) {
        const core::Finding &finding = m_findings.at(index);
        if (finding.target.kind != kind) {
            continue;
        }
        const auto found = rowsById.constFind(finding.target.id);
        if (found == rowsById.constEnd()) {
            continue;
        }
        for (const size_t rowIndex : *found) {
            Row &row = m_rows.at(rowIndex);
            row.findings.push_back(index);
            row.fails += finding.status == core::Status::Fail ? 1 : 0;
            row.warns += finding.status == core::Status::Warn ? 1 : 0;
        }
    }
    if (static_cast<size_t>(m_resultColumn) < m_collationKeys.size()) {
        m_collationKeys.at(static_cast<size_t>(m_resultColumn)).clear();
    }
    for (Row &row : m_rows) {
        row.cells.at(static_cast<size_t>(m_resultColumn)) = resultCell(row);
        updateSearchText(row);
    }
    if (!m_rows.empty()) {
        emit dataChanged(index(0, m_resultColumn), index(rowCount() - 1, m_resultColumn));
    }
}

// U+FFFF is a noncharacter: it is in no text a user types or pastes into the filter.
constexpr QChar SearchSeparator(0xFFFF);

void InventoryModel::updateSearchText(Row &row)
{
    qsizetype length = row.id.size() + 1;
    for (const Cell &cell : row.cells) {
        length += cell.text.size() + 1;
    }
    QString text;
    text.reserve(length);
    text.append(row.id);
    text.append(SearchSeparator);
    for (const Cell &cell : row.cells) {
        text.append(cell.text);
        text.append(SearchSeparator);
    }
    row.searchText = text.toCaseFolded();
}

bool InventoryModel::rowContains(int row, const QString &foldedText) const
{
    return row >= 0 && row < rowCount() &&
           m_rows.at(static_cast<size_t>(row)).searchText.contains(foldedText, Qt::CaseSensitive);
}

std::optional<int> InventoryModel::compareText(int leftRow, int rightRow, int column) const
{
    if (leftRow < 0 || rightRow < 0 || leftRow >= rowCount() || rightRow >= rowCount() || column < 0 ||
        column >= m_columnCount) {
        return std::nullopt;
    }
    const auto index = static_cast<size_t>(column);
    const Cell &left = m_rows.at(static_cast<size_t>(leftRow)).cells.at(index);
    const Cell &right = m_rows.at(static_cast<size_t>(rightRow)).cells.at(index);
    if (left.sortKey.isValid() || right.sortKey.isValid()) {
        return std::nullopt;
    }
    if (m_collationKeys.size() != static_cast<size_t>(m_columnCount)) {
        m_collationKeys.resize(static_cast<size_t>(m_columnCount));
    }
    std::vector<QCollatorSortKey> &keys = m_collationKeys.at(index);
    if (keys.size() != m_rows.size()) {
        keys.clear();
        keys.reserve(m_rows.size());
        for (const Row &row : m_rows) {
            // The collator QString::localeAwareCompare uses.
            keys.push_back(QCollator::defaultSortKey(row.cells.at(index).text));
        }
    }
    return keys.at(static_cast<size_t>(leftRow)).compare(keys.at(static_cast<size_t>(rightRow)));
}

QList<core::Finding> InventoryModel::findingsAt(int row) const
{
    QList<core::Finding> findings;
    if (row >= 0 && row < rowCount()) {
        const std::vector<qsizetype> &indexes = m_rows.at(static_cast<size_t>(row)).findings;
        findings.reserve(static_cast<qsizetype>(indexes.size()));
        for (const qsizetype index : indexes) {
            findings.append(m_findings.at(index));
        }
    }
    return findings;
}

QJsonObject InventoryModel::inspectAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(static_cast<size_t>(row)).inspect : QJsonObject();
}

} // namespace hullcheck::ui
