#include "core/report/htmlreport.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::HtmlReport)
};

// The DEVELOPERS.md status scheme, as in the GUI: background and text colour of each badge.
struct StatusColours
{
    const char *name;
    const char *background;
    const char *text;
};

constexpr std::array<StatusColours, 6> Colours{{{"pass", "#2e7d32", "#ffffff"},
                                                {"fail", "#c62828", "#ffffff"},
                                                {"warn", "#f9a825", "#000000"},
                                                {"info", "#1565c0", "#ffffff"},
                                                {"skip", "#9e9e9e", "#000000"},
                                                {"waived", "#cfd8dc", "#000000"}}};

QString styleSheet()
{
    QString css =
        QStringLiteral("body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#212121;margin:2em;}"
                       "h1{font-size:20pt;} h2{font-size:15pt;border-bottom:1px solid #90a4ae;margin-top:1.2em;}"
                       "h3{font-size:11pt;margin-top:1em;margin-bottom:0.2em;}"
                       "table{border-collapse:collapse;margin:0.4em 0 0.8em 0;}"
                       "th,td{border:1px solid #b0bec5;padding:3px 6px;text-align:left;vertical-align:top;}"
                       "th{background-color:#eceff1;} td.label{font-weight:bold;background-color:#f5f5f5;}"
                       "code,td.code{font-family:'DejaVu Sans Mono',monospace;font-size:9pt;}"
                       ".badge{font-weight:bold;padding:1px 4px;}");
    for (const StatusColours &colour : Colours) {
        css += QStringLiteral(".%1{background-color:%2;color:%3;}")
                   .arg(QLatin1String(colour.name), QLatin1String(colour.background), QLatin1String(colour.text));
    }
    return css;
}

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

QString cellHtml(const ReportCell &cell)
{
    if (cell.status) {
        const QString name = statusName(*cell.status);
        // A table cell painted with the colour: QTextDocument (the PDF) ignores padding on inline spans.
        return QStringLiteral("<td class=\"badge ") % name % QStringLiteral("\">") % escaped(cell.text) %
               QStringLiteral("</td>");
    }
    return (cell.code ? QStringLiteral("<td class=\"code\">") : QStringLiteral("<td>")) % escaped(cell.text) %
           QStringLiteral("</td>");
}

QString svgText(double x, double y, const QString &text, const char *colour, const char *anchor = "start")
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"%3\" text-anchor=\"%4\">%5</text>")
        .arg(x)
        .arg(y)
        .arg(QLatin1String(colour), QLatin1String(anchor), escaped(text));
}

QString svgRect(double x, double y, double width, double height, const char *colour)
{
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
        .arg(x)
        .arg(y)
        .arg(width)
        .arg(height)
        .arg(QLatin1String(colour));
}

QString svgOpen(int height, const QString &label)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                          "role=\"img\" aria-label=\"%3\" font-family=\"DejaVu Sans,Arial,sans-serif\" "
                          "font-size=\"11\">\n")
        .arg(chart::Width)
        .arg(height)
        .arg(escaped(label));
}

// One bar of `width` pixels, a segment per status in report order, each with its count inside when it fits.
QString svgStackedBar(const QMap<Status, int> &counts, double x, double y, double width, double height)
{
    QString svg;
    for (const BarSegment &segment : stackedSegments(counts, x, width)) {
        const StatusColour colour = statusColour(segment.status);
        svg += svgRect(segment.x, y, segment.width, height, colour.background);
        if (segment.labelled) {
            svg += svgText(segment.x + segment.width / 2,
                           y + height / 2 + 4,
                           QString::number(segment.count),
                           colour.text,
                           "middle");
        }
    }
    return svg;
}

QString statusSvg(const QMap<Status, int> &totals)
{
    QString svg = svgOpen(chart::StatusHeight, Tr::tr("Results by status"));
    svg += svgStackedBar(totals, 0, 0, chart::Width, chart::StatusBarHeight);
    int x = 0;
    for (Status status : ReportModel::statusOrder()) {
        svg += svgRect(x, chart::LegendTop, 12, 12, statusColour(status).background);
        svg += svgText(x + 16,
                       chart::LegendTop + 10,
                       Tr::tr("%1 %2").arg(ReportModel::statusLabel(status)).arg(totals.value(status, 0)),
                       "#212121");
        x += chart::LegendItemWidth;
    }
    return svg + QStringLiteral("</svg>\n");
}

QString sectionsSvg(const QList<ReportSection> &sections)
{
    QString svg = svgOpen(chart::sectionsHeight(sections.size()), Tr::tr("Results by CIS section"));
    int largest = 1;
    for (const ReportSection &section : sections) {
        int total = 0;
        for (int count : section.counts) {
            total += count;
        }
        largest = std::max(largest, total);
    }
    double y = 2;
    for (const ReportSection &section : sections) {
        int total = 0;
        for (int count : section.counts) {
            total += count;
        }
        const double width = static_cast<double>(chart::BarWidth) * total / largest;
        const double top = y + (chart::RowHeight - chart::BarHeight) / 2.0;
        svg += svgText(0, top + chart::BarHeight - 4, section.title, "#212121");
        svg += svgStackedBar(section.counts, chart::LabelWidth, top, width, chart::BarHeight);
        svg += svgText(chart::LabelWidth + width + 6, top + chart::BarHeight - 4, QString::number(total), "#212121");
        y += chart::RowHeight;
    }
    return svg + QStringLiteral("</svg>\n");
}

} // namespace

HtmlReport::HtmlReport(Target target, QHash<QString, int> pages)
    : m_target(target)
    , m_pages(std::move(pages))
{
}

QByteArray HtmlReport::render(const ReportModel &model)
{
    HtmlReport document(Target::Browser);
    document.write(model);
    return document.m_out.toUtf8();
}

QString HtmlReport::renderForPdf(const ReportModel &model, const QHash<QString, int> &pages)
{
    HtmlReport document(Target::Pdf, pages);
    document.write(model);
    return document.m_out;
}

void HtmlReport::begin(const QString &title)
{
    m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>") %
             escaped(title) % QStringLiteral("</title>\n<style>") % styleSheet() %
             QStringLiteral("@media print{.page-break{page-break-before:always;}}</style>\n</head>\n<body>\n");
}

void HtmlReport::end()
{
    m_out += QStringLiteral("</body>\n</html>\n");
}

void HtmlReport::heading(int level, const QString &text, const QString &anchor)
{
    const QString tag = QStringLiteral("h") + QString::number(level);
    const QString id = anchor.isEmpty() ? QString() : QStringLiteral(" id=\"") % anchor % QLatin1Char('"');
    // QTextDocument knows anchors by <a name>, browsers by id.
    const QString name = anchor.isEmpty() || m_target == Target::Browser
                             ? QString()
                             : QStringLiteral("<a name=\"") % anchor % QStringLiteral("\"></a>");
    // The PDF breaks pages before the heading that follows a break: the heading's block then starts the page, so
    // its position gives the right page number for the table of contents.
    const QString style =
        std::exchange(m_breakBeforeNext, false) ? QStringLiteral(" style=\"page-break-before:always\"") : QString();
    m_out += QLatin1Char('<') % tag % id % style % QLatin1Char('>') % name % escaped(text) % QStringLiteral("</") %
             tag % QStringLiteral(">\n");
}

void HtmlReport::paragraph(const QString &text)
{
    m_out += QStringLiteral("<p>") % escaped(text) % QStringLiteral("</p>\n");
}

void HtmlReport::facts(const QList<ReportFact> &facts)
{
    m_out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const ReportFact &fact : facts) {
        m_out += QStringLiteral("<tr><td class=\"label\">") % escaped(fact.label) % QStringLiteral("</td><td>") %
                 escaped(fact.value) % QStringLiteral("</td></tr>\n");
    }
    m_out += QStringLiteral("</table>\n");
}

void HtmlReport::table(const QStringList &headers, const QList<QList<ReportCell>> &rows)
{
    m_out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<tr>");
    for (const QString &header : headers) {
        m_out += QStringLiteral("<th>") % escaped(header) % QStringLiteral("</th>");
    }
    m_out += QStringLiteral("</tr>\n");
    for (const QList<ReportCell> &row : rows) {
        m_out += QStringLiteral("<tr>");
        for (const ReportCell &cell : row) {
            m_out += cellHtml(cell);
        }
        m_out += QStringLiteral("</tr>\n");
    }
    m_out += QStringLiteral("</table>\n");
}

void HtmlReport::tableOfContents(const QList<ReportTocEntry> &entries)
{
    m_out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" class=\"toc\">\n");
    for (const ReportTocEntry &entry : entries) {
        const QString indent = entry.level > 1 ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") : QString();
        const int page = m_pages.value(entry.anchor, 0);
        const QString pageText = page > 0 ? QString::number(page) : QString();
        m_out += QStringLiteral("<tr><td style=\"border:none\">") % indent % QStringLiteral("<a href=\"#") %
                 entry.anchor % QStringLiteral("\">") % escaped(entry.text) %
                 QStringLiteral("</a></td><td style=\"border:none\" align=\"right\">") % pageText %
                 QStringLiteral("</td></tr>\n");
    }
    m_out += QStringLiteral("</table>\n");
}

void HtmlReport::charts(const ReportModel &model)
{
    m_out += QStringLiteral("<h3>") % escaped(Tr::tr("Results by status")) % QStringLiteral("</h3>\n");
    if (m_target == Target::Pdf) {
        m_out += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
                     .arg(QLatin1String(StatusChartUrl))
                     .arg(chart::Width)
                     .arg(chart::StatusHeight)
                     .arg(escaped(Tr::tr("Results by status")));
    } else {
        m_out += statusSvg(statusTotals(model));
    }
    m_out += QStringLiteral("<h3>") % escaped(Tr::tr("Results by CIS section")) % QStringLiteral("</h3>\n");
    if (m_target == Target::Pdf) {
        m_out += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
                     .arg(QLatin1String(SectionsChartUrl))
                     .arg(chart::Width)
                     .arg(chart::sectionsHeight(model.sections().size()))
                     .arg(escaped(Tr::tr("Results by CIS section")));
    } else {
        m_out += sectionsSvg(model.sections());
    }
}

void HtmlReport::pageBreak()
{
    if (m_target == Target::Pdf) {
        m_breakBeforeNext = true;
    } else {
        m_out += QStringLiteral("<div class=\"page-break\"></div>\n");
    }
}

} // namespace hullcheck::core
