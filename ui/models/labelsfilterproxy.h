#pragma once

#include <QSortFilterProxyModel>

namespace hullcheck::ui {

// Sorting and filtering of the Labels table: free text over every column, and "missing labels only".
class LabelsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelsFilterProxy)

public:
    explicit LabelsFilterProxy(QObject *parent = nullptr);
    ~LabelsFilterProxy() override;

    void setFilterText(const QString &text);
    void setMissingOnly(bool missingOnly);
    bool missingOnly() const { return m_missingOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_missingOnly = false;
};

} // namespace hullcheck::ui
