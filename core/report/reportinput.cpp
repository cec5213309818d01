#include "core/report/reportinput.h"

#include <array>
#include <utility>

namespace hullcheck::core {

namespace {

constexpr std::array<std::pair<ReportFormat, const char *>, 7> FormatNames{{{ReportFormat::Json, "json"},
                                                                            {ReportFormat::Html, "html"},
                                                                            {ReportFormat::Pdf, "pdf"},
                                                                            {ReportFormat::Csv, "csv"},
                                                                            {ReportFormat::Sarif, "sarif"},
                                                                            {ReportFormat::Junit, "junit"},
                                                                            {ReportFormat::Markdown, "md"}}};

} // namespace

QString reportFormatName(ReportFormat format)
{
    for (const auto &[value, name] : FormatNames) {
        if (value == format) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    for (const auto &[value, text] : FormatNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

QStringList reportFormatNames()
{
    QStringList names;
    for (const auto &entry : FormatNames) {
        names.append(QString::fromLatin1(entry.second));
    }
    return names;
}

bool isTextFormat(ReportFormat format)
{
    return format != ReportFormat::Pdf;
}

bool includesPassedByDefault(ReportFormat format)
{
    return format != ReportFormat::Html && format != ReportFormat::Pdf && format != ReportFormat::Markdown;
}

} // namespace hullcheck::core
