#pragma once

#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QByteArray>

#include <memory>

class QCoreApplication;

namespace hullcheck::core {

class ReportModel;

// The report as PDF (A4 or Letter, ReportOptions::pageSize): the HTML report laid out by QTextDocument and
// painted page by page on a QPdfWriter, with a running header, "Page n of m" footers, and page numbers in the
// table of contents. Fonts come from the system (fontconfig); nothing is fetched. Text layout needs a
// QGuiApplication: without one this returns an error.
Result<QByteArray> pdfReport(const ReportModel &model);

// The application object for a headless program that may write PDFs (hullcheck-cli --format pdf): a
// QGuiApplication on the "offscreen" platform unless QT_QPA_PLATFORM names another, so no display is needed.
// The only place outside core/report/pdf* that gets a QtGui object, and it gets it as a QCoreApplication.
HULLCHECK_CORE_EXPORT std::unique_ptr<QCoreApplication> createPdfCapableApplication(int &argc, char **argv);

} // namespace hullcheck::core
