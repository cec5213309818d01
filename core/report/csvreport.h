#pragma once

#include <QByteArray>

namespace hullcheck::core {

class ReportModel;

// RFC 4180 CSV, UTF-8: a header row, then one row per listed result in report order; CRLF line ends; fields with
// a comma, quote, CR or LF are quoted and their quotes doubled.
QByteArray csvReport(const ReportModel &model);

} // namespace hullcheck::core
