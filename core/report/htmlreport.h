#pragma once

#include "core/report/reportdocument.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace hullcheck::core {

// The report as one self-contained HTML file: inline CSS, no script, no external resource; every text from the
// scan is HTML-escaped; statuses are coloured badges that always carry their text. The PDF renders the same HTML
// (in a variant QTextDocument understands: page breaks, page numbers in the table of contents, and the summary's
// charts as <img src="chart:status"> and <img src="chart:sections">, pictures the PDF adds as resources, since
// QTextDocument draws no SVG).
class HtmlReport final : public ReportDocument
{
public:
    enum class Target { Browser, Pdf };
    static constexpr const char *StatusChartUrl = "chart:status";
    static constexpr const char *SectionsChartUrl = "chart:sections";

    static QByteArray render(const ReportModel &model);
    // For the PDF: `pages` maps an anchor of the table of contents to its page number (empty: none yet).
    static QString renderForPdf(const ReportModel &model, const QHash<QString, int> &pages);

protected:
    void begin(const QString &title) override;
    void end() override;
    void heading(int level, const QString &text, const QString &anchor) override;
    void paragraph(const QString &text) override;
    void facts(const QList<ReportFact> &facts) override;
    void table(const QStringList &headers, const QList<QList<ReportCell>> &rows) override;
    void tableOfContents(const QList<ReportTocEntry> &entries) override;
    void pageBreak() override;
    void charts(const ReportModel &model) override;

private:
    explicit HtmlReport(Target target, QHash<QString, int> pages = {});

    Target m_target;
    QHash<QString, int> m_pages;
    bool m_breakBeforeNext = false;
    QString m_out;
};

} // namespace hullcheck::core
