#pragma once

#include "core/bench/finding.h"
#include "core/report/reportmodel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hullcheck::core {

// The status colours of DEVELOPERS.md, as in the GUI: a badge's background and text colour ("#c62828").
struct StatusColour
{
    const char *background;
    const char *text;
};
HULLCHECK_CORE_EXPORT StatusColour statusColour(Status status);

// The executive summary's charts, in CSS pixels (1/96 inch), for the SVG of the HTML and the picture of the PDF.
namespace chart {
constexpr int Width = 640;
constexpr int StatusBarHeight = 28;  // the bar of all results, one segment per status
constexpr int LegendTop = 36;        // below it, a legend: colour, status, count
constexpr int LegendItemWidth = 106; // six items in a row
constexpr int StatusHeight = 56;
constexpr int RowHeight = 22; // results by section: one row per section
constexpr int BarHeight = 16;
constexpr int LabelWidth = 250;        // the section's title, left of its bar
constexpr int BarWidth = 330;          // the longest bar; the total follows the bar
constexpr int MinLabelledSegment = 22; // narrower segments carry no count inside (the legend and total do)
inline int sectionsHeight(qsizetype sections)
{
    return static_cast<int>(sections) * RowHeight + 4;
}
} // namespace chart

// Results of the whole scan by status (sum over the sections).
QMap<Status, int> statusTotals(const ReportModel &model);

// One segment of a stacked bar: where it starts, how wide it is, and whether its count fits inside.
struct BarSegment
{
    Status status = Status::Pass;
    int count = 0;
    double x = 0;
    double width = 0;
    bool labelled = false;
};
// The segments of a bar `width` wide starting at `x`, one per status with results, in report order. Both the
// HTML (SVG) and the PDF (QPainter) charts draw from this, so they agree.
QList<BarSegment> stackedSegments(const QMap<Status, int> &counts, double x, double width);

// A table cell: text, shown as a status badge when `status` is set, or in a monospace font.
struct ReportCell
{
    QString text;
    std::optional<Status> status;
    bool code = false;
};

struct ReportTocEntry
{
    QString anchor;
    QString text;
    int level = 1; // 1: part, 2: section inside it
};

// The building blocks of a human-readable report (Markdown, HTML, and through HTML the PDF). The content and its
// order are decided once, in write(); each format only says how a block looks.
class ReportDocument
{
public:
    ReportDocument() = default;
    virtual ~ReportDocument() = default;
    Q_DISABLE_COPY_MOVE(ReportDocument)

    // Writes the whole report: cover, table of contents, executive summary, results by section, waiver
    // register, fix log, skipped checks, methodology.
    void write(const ReportModel &model);

protected:
    virtual void begin(const QString &title) = 0;
    virtual void end() = 0;
    virtual void heading(int level, const QString &text, const QString &anchor) = 0;
    virtual void paragraph(const QString &text) = 0;
    virtual void facts(const QList<ReportFact> &facts) = 0;
    virtual void table(const QStringList &headers, const QList<QList<ReportCell>> &rows) = 0;
    virtual void tableOfContents(const QList<ReportTocEntry> &entries) = 0;
    virtual void pageBreak() {}
    // The executive summary's charts (results by status, results by CIS section); documents without pictures
    // (Markdown) have the summary table only.
    virtual void charts(const ReportModel &model) { Q_UNUSED(model) }

private:
    void writeSummary(const ReportModel &model);
    void writeRule(const ReportRuleResults &rule);
    void writeWaivers(const ReportModel &model);
    void writeFixLog(const ReportModel &model);
    void writeSkipped(const ReportModel &model);
};

} // namespace hullcheck::core
