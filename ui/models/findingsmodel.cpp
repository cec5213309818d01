#include "ui/models/findingsmodel.h"

#include "ui/formatting.h"
#include "ui/statuspalette.h"

namespace hullcheck::ui {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FindingsModel::~FindingsModel() = default;

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::Finding *FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_findings.at(static_cast<size_t>(row)) : nullptr;
}

QVariant FindingsModel::displayData(const core::Finding &finding, int column) const
{
    switch (static_cast<Column>(column)) {
    case StatusColumn: return formatting::statusText(finding.status);
    case SeverityColumn: return formatting::severityText(finding.severity);
    case CisColumn: return finding.cisId;
    case RuleColumn: return finding.ruleId;
    case TitleColumn: return finding.title;
    case ObjectKindColumn: return formatting::scopeText(finding.target.kind);
    case ObjectNameColumn: return finding.target.name;
    case ColumnCount: break;
    }
    return {};
}

QVariant FindingsModel::sortData(int row, int column) const
{
    const core::Finding &finding = m_findings.at(static_cast<size_t>(row));
    switch (static_cast<Column>(column)) {
    case StatusColumn: return static_cast<int>(finding.status);
    case SeverityColumn: return static_cast<int>(finding.severity);
    case CisColumn: return m_keys.at(static_cast<size_t>(row)).cisKey;
    case ObjectKindColumn: return static_cast<int>(finding.target.kind);
    default: return displayData(finding, column);
    }
}

// U+FFFF is a noncharacter: it is in no text a user types or pastes into the filter.
constexpr QChar SearchSeparator(0xFFFF);

FindingsModel::RowKeys FindingsModel::keysOf(const core::Finding &finding) const
{
    QString text;
    for (int column = 0; column < ColumnCount; ++column) {
        text.append(displayData(finding, column).toString());
        text.append(SearchSeparator);
    }
    return RowKeys{text.toCaseFolded(),
                   formatting::cisSortKey(finding.cisId),
                   formatting::cisSortKey(formatting::cisSection(finding.cisId)),
                   QString(core::scopeName(finding.target.kind) + QLatin1Char('/') + finding.target.name)};
}

bool FindingsModel::rowContains(int row, const QString &foldedText) const
{
    return m_keys.at(static_cast<size_t>(row)).searchText.contains(foldedText, Qt::CaseSensitive);
}

const QString &FindingsModel::sectionKeyAt(int row) const
{
    return m_keys.at(static_cast<size_t>(row)).sectionKey;
}

const QString &FindingsModel::objectKeyAt(int row) const
{
    return m_keys.at(static_cast<size_t>(row)).objectKey;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Finding &finding = m_findings.at(static_cast<size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole: return displayData(finding, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !finding.reason.isEmpty()) {
            return finding.reason;
        }
        return index.column() == TitleColumn && !finding.evidence.isEmpty() ? QVariant(finding.evidence) : QVariant();
    case SortRole: return sortData(index.row(), index.column());
    case StatusRole: return QVariant::fromValue(finding.status);
    case SeverityRole: return QVariant::fromValue(finding.severity);
    case ScopeRole: return QVariant::fromValue(finding.target.kind);
    case ToneRole:
        return index.column() == StatusColumn ? QVariant(static_cast<int>(statusTone(finding.status))) : QVariant();
    case SectionRole: return formatting::cisSection(finding.cisId);
    case ObjectRole: return m_keys.at(static_cast<size_t>(index.row())).objectKey;
    default: return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case StatusColumn: return tr("Status");
    case SeverityColumn: return tr("Severity");
    case CisColumn: return tr("CIS");
    case RuleColumn: return tr("Rule");
    case TitleColumn: return tr("Title");
    case ObjectKindColumn: return tr("Object kind");
    case ObjectNameColumn: return tr("Object");
    case ColumnCount: break;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void FindingsModel::setFindings(const QList<core::Finding> &findings)
{
    std::vector<RowKeys> keys;
    keys.reserve(static_cast<size_t>(findings.size()));
    for (const core::Finding &finding : findings) {
        keys.push_back(keysOf(finding));
    }
    beginResetModel();
    m_findings.assign(findings.begin(), findings.end());
    m_keys = std::move(keys);
    endResetModel();
}

void FindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    m_keys.clear();
    endResetModel();
}

} // namespace hullcheck::ui
