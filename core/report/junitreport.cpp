#include "core/report/junitreport.h"

#include "core/report/reportmodel.h"

#include <QXmlStreamWriter>

namespace hullcheck::core {

namespace {

enum class Outcome { Passed, Failed, Skipped };

Outcome outcome(const Finding &finding, const Rule *rule)
{
    switch (finding.status) {
    case Status::Fail: return Outcome::Failed;
    case Status::Warn: return rule != nullptr && !rule->automated ? Outcome::Skipped : Outcome::Failed;
    case Status::Skip:
    case Status::Waived: return Outcome::Skipped;
    case Status::Pass:
    case Status::Info: return Outcome::Passed;
    }
    return Outcome::Passed;
}

struct Counts
{
    qint64 tests = 0;
    qint64 failures = 0;
    qint64 skipped = 0;

    void add(Outcome value)
    {
        ++tests;
        failures += value == Outcome::Failed ? 1 : 0;
        skipped += value == Outcome::Skipped ? 1 : 0;
    }
};

void writeCounts(QXmlStreamWriter &xml, const Counts &counts)
{
    xml.writeAttribute(QStringLiteral("tests"), QString::number(counts.tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(counts.failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(counts.skipped));
    xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
}

QString details(const Finding &finding)
{
    QStringList lines;
    if (!finding.evidence.isEmpty()) {
        lines.append(QStringLiteral("Evidence: ") + finding.evidence);
    }
    if (!finding.reason.isEmpty()) {
        lines.append(QStringLiteral("Reason: ") + finding.reason);
    }
    if (!finding.remediation.isEmpty()) {
        lines.append(QStringLiteral("Remediation: ") + finding.remediation);
    }
    return lines.join(QLatin1Char('\n'));
}

void writeTestCase(QXmlStreamWriter &xml, const Finding &finding, const Rule *rule)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("classname"), finding.ruleId);
    xml.writeAttribute(QStringLiteral("name"),
                       finding.title % QStringLiteral(" [") % ReportModel::targetLabel(finding.target) %
                           QStringLiteral("]"));
    xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
    const QString message = finding.reason.isEmpty() ? finding.evidence : finding.reason;
    switch (outcome(finding, rule)) {
    case Outcome::Failed:
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), message.isEmpty() ? finding.title : message);
        xml.writeAttribute(QStringLiteral("type"),
                           finding.status == Status::Warn ? QStringLiteral("warn") : severityName(finding.severity));
        xml.writeCharacters(details(finding));
        xml.writeEndElement();
        break;
    case Outcome::Skipped:
        xml.writeEmptyElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"), statusName(finding.status) % QStringLiteral(": ") % message);
        break;
    case Outcome::Passed:
        if (finding.status == Status::Info && !finding.evidence.isEmpty()) {
            xml.writeTextElement(QStringLiteral("system-out"), finding.evidence);
        }
        break;
    }
    xml.writeEndElement();
}

} // namespace

QByteArray junitReport(const ReportModel &model)
{
    // Counts first: the attributes come before the test cases.
    Counts total;
    QList<Counts> perSection;
    for (const ReportSection &section : model.sections()) {
        Counts counts;
        for (const ReportRuleResults &rule : section.rules) {
            for (const Finding *finding : rule.findings) {
                counts.add(outcome(*finding, rule.rule));
                total.add(outcome(*finding, rule.rule));
            }
        }
        perSection.append(counts);
    }

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), model.title());
    writeCounts(xml, total);
    for (qsizetype i = 0; i < model.sections().size(); ++i) {
        const ReportSection &section = model.sections().at(i);
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), section.title);
        xml.writeAttribute(QStringLiteral("id"), section.id);
        writeCounts(xml, perSection.at(i));
        xml.writeAttribute(QStringLiteral("timestamp"), model.generatedAt());
        xml.writeAttribute(QStringLiteral("hostname"),
                           model.input().snapshot.info.value(QLatin1String("Name")).toString());
        for (const ReportRuleResults &rule : section.rules) {
            for (const Finding *finding : rule.findings) {
                writeTestCase(xml, *finding, rule.rule);
            }
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace hullcheck::core
