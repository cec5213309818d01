#include "core/report/reportrenderer.h"

#include "core/report/csvreport.h"
#include "core/report/htmlreport.h"
#include "core/report/jsonreport.h"
#include "core/report/junitreport.h"
#include "core/report/markdownreport.h"
#include "core/report/pdfreport.h"
#include "core/report/reportmodel.h"
#include "core/report/sarifreport.h"

namespace hullcheck::core {

Result<QByteArray> renderReport(ReportFormat format, const ReportInput &input)
{
    if (format == ReportFormat::Json) {
        return reportJsonBytes(input.result, input.snapshot); // the stable contract: every result, always
    }
    const ReportModel model(input, format);
    switch (format) {
    case ReportFormat::Json: break;
    case ReportFormat::Html: return HtmlReport::render(model);
    case ReportFormat::Pdf: return pdfReport(model);
    case ReportFormat::Csv: return csvReport(model);
    case ReportFormat::Sarif: return sarifReport(model);
    case ReportFormat::Junit: return junitReport(model);
    case ReportFormat::Markdown: return MarkdownReport::render(model);
    }
    return Error{ErrorKind::InvalidArgument, QStringLiteral("unknown report format"), {}};
}

} // namespace hullcheck::core
