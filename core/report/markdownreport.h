#pragma once

#include "core/report/reportdocument.h"

#include <QByteArray>
#include <QString>

namespace hullcheck::core {

// The report as GitHub-flavoured Markdown: status as emoji and text, tables per object. Text from the scan is
// escaped (|, <, >, &, and Markdown's emphasis and link characters), so it cannot inject markup or HTML.
class MarkdownReport final : public ReportDocument
{
public:
    static QByteArray render(const ReportModel &model);

protected:
    void begin(const QString &title) override;
    void end() override;
    void heading(int level, const QString &text, const QString &anchor) override;
    void paragraph(const QString &text) override;
    void facts(const QList<ReportFact> &facts) override;
    void table(const QStringList &headers, const QList<QList<ReportCell>> &rows) override;
    void tableOfContents(const QList<ReportTocEntry> &entries) override;

private:
    MarkdownReport() = default;
    QString m_out;
};

} // namespace hullcheck::core
