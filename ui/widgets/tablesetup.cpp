#include "ui/widgets/tablesetup.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace hullcheck::ui {

void setUpTableView(QTableView *view)
{
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void fitColumnsToContents(QTableView *view, int maxWidth)
{
    view->resizeColumnsToContents();
    const int columns = view->model() ? view->model()->columnCount() : 0;
    for (int column = 0; column < columns; ++column) {
        view->setColumnWidth(column, std::min(view->columnWidth(column) + 12, maxWidth));
    }
}

} // namespace hullcheck::ui
