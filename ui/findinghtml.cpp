#include "ui/findinghtml.h"

#include "ui/formatting.h"
#include "ui/statuspalette.h"

#include <QCoreApplication>
#include <QUrl>

namespace hullcheck::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("hullcheck::ui::FindingDetails", text);
}

QString paragraph(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString section(const QString &heading, const QString &html)
{
    return html.isEmpty() ? QString() : QStringLiteral("<h4>%1</h4><p>%2</p>").arg(heading.toHtmlEscaped(), html);
}

QString referenceLinks(const QStringList &references)
{
    QStringList items;
    for (const QString &reference : references) {
        const QUrl url(reference, QUrl::StrictMode);
        const bool web =
            url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        items.append(web ? QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                               .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), reference.toHtmlEscaped())
                         : QStringLiteral("<li>%1</li>").arg(reference.toHtmlEscaped()));
    }
    return items.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
}

} // namespace

QString findingDetailsHtml(const core::Finding &finding, const core::Rule *rule)
{
    const QColor fill = statusColor(finding.status);
    //: badge in the result details: the status, then the severity
    const QString badge = QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                              .arg(fill.name(), readableTextOn(fill).name(), formatting::statusText(finding.status));
    QString facts = QStringLiteral("<table cellspacing=\"2\">");
    const auto row = [&facts](const QString &label, const QString &html) {
        if (!html.isEmpty()) {
            facts +=
                QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), html);
        }
    };
    row(translate("Status:"), badge);
    row(translate("Severity:"), formatting::severityText(finding.severity).toHtmlEscaped());
    row(translate("CIS id:"), finding.cisId.toHtmlEscaped());
    row(translate("Rule:"), finding.ruleId.toHtmlEscaped());
    //: %1 the kind of object ("Container"), %2 its name
    row(translate("Object:"),
        translate("%1 %2").arg(formatting::scopeText(finding.target.kind), finding.target.name).toHtmlEscaped());
    facts += QStringLiteral("</table>");

    QString html = QStringLiteral("<h3>%1</h3>").arg(finding.title.toHtmlEscaped()) + facts;
    const bool explained = finding.status == core::Status::Skip || finding.status == core::Status::Waived;
    html += section(explained ? translate("Reason") : translate("Note"), paragraph(finding.reason));
    html += section(translate("Evidence"),
                    finding.evidence.isEmpty() ? QString()
                                               : QStringLiteral("<code>%1</code>").arg(paragraph(finding.evidence)));
    if (rule) {
        html += section(translate("Description"), paragraph(rule->description));
        html += section(translate("Rationale"), paragraph(rule->rationale));
    }
    html += section(translate("Remediation"), paragraph(finding.remediation));
    if (rule) {
        html += section(translate("References"), referenceLinks(rule->references));
    }
    return html;
}

} // namespace hullcheck::ui
