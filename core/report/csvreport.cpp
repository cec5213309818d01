#include "core/report/csvreport.h"

#include "core/report/reportmodel.h"

#include <algorithm>

namespace hullcheck::core {

namespace {

void appendField(QString &out, const QString &field)
{
    static const QString Special = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(field.begin(), field.end(), [](QChar c) {
        return Special.contains(c);
    });
    if (!quote) {
        out.append(field);
        return;
    }
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    out.append(QLatin1Char('"') % escaped % QLatin1Char('"'));
}

void appendRow(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out.append(QLatin1Char(','));
        }
        appendField(out, fields.at(i));
    }
    out.append(QLatin1String("\r\n"));
}

} // namespace

QByteArray csvReport(const ReportModel &model)
{
    QString out;
    appendRow(out,
              {QStringLiteral("status"),
               QStringLiteral("severity"),
               QStringLiteral("rule_id"),
               QStringLiteral("cis_id"),
               QStringLiteral("title"),
               QStringLiteral("target_kind"),
               QStringLiteral("target_id"),
               QStringLiteral("target_name"),
               QStringLiteral("evidence"),
               QStringLiteral("remediation"),
               QStringLiteral("reason")});
    for (const Finding *finding : model.findings()) {
        appendRow(out,
                  {statusName(finding->status),
                   severityName(finding->severity),
                   finding->ruleId,
                   finding->cisId,
                   finding->title,
                   scopeName(finding->target.kind),
                   finding->target.id,
                   finding->target.name,
                   finding->evidence,
                   finding->remediation,
                   finding->reason});
    }
    return out.toUtf8();
}

} // namespace hullcheck::core
