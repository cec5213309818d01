#pragma once

class QTableView;

// The look and behaviour every table of the dashboard shares, so the pages stay consistent.
namespace hullcheck::ui {

// Sortable, whole-row single selection, alternating rows, read-only, no row numbers, last column stretched.
void setUpTableView(QTableView *view);

// Each column as wide as its contents plus a margin, but at most `maxWidth`.
void fitColumnsToContents(QTableView *view, int maxWidth = 360);

} // namespace hullcheck::ui
