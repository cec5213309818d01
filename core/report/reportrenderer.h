#pragma once

#include "core/hullcheck_core_export.h"
#include "core/report/reportinput.h"
#include "core/result.h"

#include <QByteArray>

namespace hullcheck::core {

// The report of a scan in one format, as the bytes of the file (the CLI's --format, the GUI's File → Export).
// Same input → same bytes, apart from the generation time. PDF needs a QGuiApplication (createPdfCapableApplication).
HULLCHECK_CORE_EXPORT Result<QByteArray> renderReport(ReportFormat format, const ReportInput &input);

} // namespace hullcheck::core
