#pragma once

#include "core/bench/finding.h"
#include "core/report/reportmodel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hullcheck::core {

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
    // register, skipped checks, methodology.
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

private:
    void writeSummary(const ReportModel &model);
    void writeRule(const ReportRuleResults &rule);
    void writeWaivers(const ReportModel &model);
    void writeSkipped(const ReportModel &model);
};

} // namespace hullcheck::core
