// Every report format from one scan of the captured snapshot: parsed back and checked (CSV by an RFC 4180 parser,
// SARIF against the OASIS schema, JUnit counts, PDF text through pdftotext), and a planted secret in none of them.
#include "fakes/benchtestsupport.h"

#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/remediation/fixlog.h"
#include "core/report/pdfreport.h"
#include "core/report/reportdocument.h"
#include "core/report/reportmodel.h"
#include "core/report/reportrenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace hullcheck::core;
using namespace hullcheck::tests;

namespace {

const QString PlantedSecret = QStringLiteral("planted-s3cret-value-7f3a");
const QString PlantedEvidence = QStringLiteral("said \"hi\", then\r\nleft, twice");
const QString SchemaPath = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/../../../shared/data/sarif-schema-2.1.0.json");

// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas, CR, LF and doubled quotes.
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(std::exchange(field, {}));
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *error = QStringLiteral("bare CR at %1").arg(i);
                return {};
            }
            ++i;
            record.append(std::exchange(field, {}));
            records.append(std::exchange(record, {}));
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            *error = QStringLiteral("bare LF at %1").arg(i);
            return {};
        } else {
            field.append(c);
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty()) {
        *error = QStringLiteral("the last record does not end with CRLF");
        return {};
    }
    return records;
}

// `bytes` as the file `name` in `directory`; its path, or an empty string when it cannot be written.
QString writeTemporary(const QTemporaryDir &directory, const QString &name, const QByteArray &bytes)
{
    QFile file(directory.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return file.fileName();
}

std::optional<QString> pdfText(const QByteArray &pdf, QString *error)
{
    QTemporaryDir directory;
    const QString path = writeTemporary(directory, QStringLiteral("report.pdf"), pdf);
    if (path.isEmpty()) {
        *error = QStringLiteral("cannot write the PDF");
        return std::nullopt;
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error =
            QStringLiteral("pdftotext (poppler-utils) failed: ") + QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFormat_data();
    void everyFormat();
    void csvParsesBack();
    void sarifIsValid();
    void junitCountsAreRight();
    void documents_data();
    void documents();
    void passedResultsSwitch();
    void htmlChartsAreSvgWithText();
    void fixLogInDocuments();
    void pdfHasCoverSectionsAndPageNumbers_data();
    void pdfHasCoverSectionsAndPageNumbers();

private:
    QByteArray render(ReportFormat format, const ReportOptions &options = {}) const;
    int count(Status status) const;

    ReportInput m_input;
};

void TestReports::initTestCase()
{
    Snapshot snapshot = capturedSnapshot();
    // A secret in a container's environment, and a waiver, so every format has a waived result to show.
    QJsonArray containers = snapshot.containers;
    patchArrayEntry(containers,
                    QStringLiteral("hc-privileged"),
                    {{QStringLiteral("Config.Env"),
                      QJsonArray{QStringLiteral("PATH=/bin"),
                                 QString(QStringLiteral("HC_SECRET_PASSWORD=") + PlantedSecret),
                                 QString(QStringLiteral("APP_SETTING=") + PlantedSecret)}}});
    snapshot.containers = containers;
    snapshot.redacted = false;
    const Result<RulePack> rules = RulePackLoader::builtin();
    QVERIFY(rules.ok());
    Policy policy;
    policy.sourceFile = QStringLiteral("policy.yaml");
    policy.waivers.append({QStringLiteral("4.1"),
                           QStringLiteral("hc-root"),
                           QStringLiteral("Legacy image, rebuild planned"),
                           QStringLiteral("security-team"),
                           QDate(2099, 12, 31)});
    ScanResult result = evaluate(snapshot, rules.value(), policy, QDate(2026, 1, 1));
    result.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    // Evidence with a comma, a quote and a line break, for the CSV's quoting.
    auto failing = std::find_if(result.findings.begin(), result.findings.end(), [](const Finding &finding) {
        return finding.status == Status::Fail;
    });
    QVERIFY(failing != result.findings.end());
    failing->evidence = PlantedEvidence;
    m_input = ReportInput{result, snapshot, rules.value(), policy, {}};
    QVERIFY(count(Status::Waived) > 0);
    QVERIFY(count(Status::Fail) > 0 && count(Status::Skip) > 0 && count(Status::Pass) > 0);
}

QByteArray TestReports::render(ReportFormat format, const ReportOptions &options) const
{
    ReportInput input = m_input;
    input.options = options;
    const Result<QByteArray> bytes = renderReport(format, input);
    if (!bytes.ok()) {
        qWarning("%s", qPrintable(bytes.error().message));
        return {};
    }
    return bytes.value();
}

int TestReports::count(Status status) const
{
    return static_cast<int>(
        std::count_if(m_input.result.findings.begin(), m_input.result.findings.end(), [status](const Finding &finding) {
            return finding.status == status;
        }));
}

void TestReports::everyFormat_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &name : reportFormatNames()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestReports::everyFormat()
{
    QFETCH(QString, format);
    const std::optional<ReportFormat> parsed = reportFormatFromName(format);
    QVERIFY(parsed);
    const QByteArray bytes = render(*parsed);
    QVERIFY(!bytes.isEmpty());
    QString text = QString::fromUtf8(bytes);
    if (*parsed == ReportFormat::Pdf) {
        QVERIFY(bytes.startsWith("%PDF-"));
        QString error;
        const std::optional<QString> extracted = pdfText(bytes, &error);
        QVERIFY2(extracted, qPrintable(error));
        text = *extracted;
    } else {
        // Same input, same bytes (the generation time is fixed here).
        QCOMPARE(render(*parsed), bytes);
    }
    QVERIFY2(!text.contains(PlantedSecret), "a secret value leaked into the report");
    QVERIFY(text.contains(QLatin1String("hc-privileged")));
}

void TestReports::csvParsesBack()
{
    QString error;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(render(ReportFormat::Csv)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), m_input.result.findings.size() + 1); // header + every result
    QCOMPARE(records.first(),
             QString::fromLatin1("status,severity,rule_id,cis_id,title,target_kind,target_id,target_name,evidence,"
                                 "remediation,reason")
                 .split(QLatin1Char(',')));
    int planted = 0;
    for (const QStringList &record : records) {
        QCOMPARE(record.size(), 11);
        planted += record.at(8) == PlantedEvidence ? 1 : 0;
    }
    QCOMPARE(planted, 1);
}

void TestReports::sarifIsValid()
{
    const QByteArray bytes = render(ReportFormat::Sarif);
    QJsonParseError parseError{};
    const QJsonObject sarif = QJsonDocument::fromJson(bytes, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(sarif.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonObject run = sarif.value(QLatin1String("runs")).toArray().first().toObject();
    const QJsonObject driver = run.value(QLatin1String("tool")).toObject().value(QLatin1String("driver")).toObject();
    QCOMPARE(driver.value(QLatin1String("name")).toString(), QStringLiteral("Hullcheck"));
    const QJsonArray rules = driver.value(QLatin1String("rules")).toArray();
    const QJsonArray results = run.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), m_input.result.findings.size());
    int suppressed = 0;
    int errors = 0;
    for (const auto &value : results) {
        const QJsonObject result = value.toObject();
        const int index = result.value(QLatin1String("ruleIndex")).toInt(-1);
        QVERIFY(index >= 0 && index < rules.size());
        QCOMPARE(rules.at(index).toObject().value(QLatin1String("id")), result.value(QLatin1String("ruleId")));
        const QString level = result.value(QLatin1String("level")).toString();
        QVERIFY(result.value(QLatin1String("kind")).toString() == QLatin1String("fail") ||
                level == QLatin1String("none"));
        errors += level == QLatin1String("error") ? 1 : 0;
        suppressed += result.contains(QLatin1String("suppressions")) ? 1 : 0;
    }
    QCOMPARE(suppressed, count(Status::Waived));
    QVERIFY(errors > 0); // hc-privileged fails critically
    QVERIFY(!rules.first()
                 .toObject()
                 .value(QLatin1String("help"))
                 .toObject()
                 .value(QLatin1String("text"))
                 .toString()
                 .isEmpty());

    if (!QFile::exists(SchemaPath)) {
        QSKIP(qPrintable(
            QStringLiteral("the OASIS SARIF schema is not at %1 (CI has it); schema check skipped").arg(SchemaPath)));
    }
    QTemporaryDir directory;
    const QString path = writeTemporary(directory, QStringLiteral("report.sarif"), bytes);
    QVERIFY(!path.isEmpty());
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, jsonschema\n"
                                 "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))\n"),
                  path,
                  SchemaPath});
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().right(2000).constData());
}

void TestReports::junitCountsAreRight()
{
    QXmlStreamReader xml(render(ReportFormat::Junit));
    struct Counts
    {
        int tests = 0;
        int failures = 0;
        int skipped = 0;
    };
    Counts total;
    Counts suite;
    Counts declaredTotal;
    int suites = 0;
    const auto attribute = [&xml](const char *name) {
        return xml.attributes().value(QLatin1String(name)).toInt();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("testsuites")) {
            declaredTotal = {attribute("tests"), attribute("failures"), attribute("skipped")};
            QCOMPARE(attribute("errors"), 0);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("testsuite")) {
            suite = {attribute("tests"), attribute("failures"), attribute("skipped")};
            ++suites;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("testcase")) {
            ++total.tests;
            --suite.tests;
            QVERIFY(!xml.attributes().value(QLatin1String("classname")).isEmpty());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("failure")) {
            ++total.failures;
            --suite.failures;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("skipped")) {
            ++total.skipped;
            --suite.skipped;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("testsuite")) {
            QCOMPARE(suite.tests, 0); // each suite's attributes count its own cases
            QCOMPARE(suite.failures, 0);
            QCOMPARE(suite.skipped, 0);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(suites >= 8); // CIS 1-7 and HC
    QCOMPARE(total.tests, m_input.result.findings.size());
    QCOMPARE(declaredTotal.tests, total.tests);
    QCOMPARE(declaredTotal.failures, total.failures);
    QCOMPARE(declaredTotal.skipped, total.skipped);
    // fail → failure; warn → failure (automated) or skipped (manual review); skip and waived → skipped.
    QCOMPARE(total.failures + total.skipped,
             count(Status::Fail) + count(Status::Warn) + count(Status::Skip) + count(Status::Waived));
    QVERIFY(total.failures >= count(Status::Fail));
}

void TestReports::documents_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("md") << QStringLiteral("md");
    QTest::newRow("html") << QStringLiteral("html");
}

void TestReports::documents()
{
    QFETCH(QString, format);
    const QString text = QString::fromUtf8(render(*reportFormatFromName(format)));
    for (const char *part : {"Executive summary",
                             "Contents",
                             "CIS 5: Container Runtime",
                             "CIS 1: Host Configuration",
                             "Hullcheck practices",
                             "Waiver register",
                             "Legacy image, rebuild planned",
                             "security-team",
                             "2099-12-31",
                             "Skipped checks",
                             "Fix log",
                             "No fixes were applied through Hullcheck.",
                             "Methodology",
                             "hc-privileged",
                             "2026-01-02T03:04:05Z",
                             "VIKP:2BH2"}) {
        QVERIFY2(text.contains(QLatin1String(part)), part);
    }
    QVERIFY(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    if (format == QLatin1String("html")) {
        for (const char *external : {"src=", "<link", "url(", "@import", "<iframe", "<object"}) { // self-contained
            QVERIFY2(!text.contains(QLatin1String(external), Qt::CaseInsensitive), external);
        }
        QVERIFY(text.contains(QLatin1String("#c62828")) && text.contains(QLatin1String("class=\"badge fail\">Fail<")));
        QVERIFY(text.contains(QLatin1String("said &quot;hi&quot;"))); // escaped
    }
}

void TestReports::passedResultsSwitch()
{
    ReportOptions without;
    without.includePassed = false;
    QString error;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(render(ReportFormat::Csv, without)), &error);
    QCOMPARE(records.size(), m_input.result.findings.size() - count(Status::Pass) + 1);
    ReportOptions with;
    with.includePassed = true;
    QVERIFY(render(ReportFormat::Html, with).size() > render(ReportFormat::Html).size()); // documents default to off
}

void TestReports::htmlChartsAreSvgWithText()
{
    const QString html = QString::fromUtf8(render(ReportFormat::Html));
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    const qsizetype statusStart = html.indexOf(QLatin1String("<svg"));
    QVERIFY(statusStart >= 0);
    const qsizetype statusEnd = html.indexOf(QLatin1String("</svg>"), statusStart);
    const qsizetype sectionsStart = html.indexOf(QLatin1String("<svg"), statusEnd);
    QVERIFY(statusEnd > statusStart && sectionsStart > statusEnd);
    const qsizetype sectionsEnd = html.indexOf(QLatin1String("</svg>"), sectionsStart);
    QVERIFY(sectionsEnd > sectionsStart);
    // Charts sit in the executive summary, before the results.
    QVERIFY(html.indexOf(QLatin1String("id=\"summary\"")) < statusStart);
    QVERIFY(sectionsEnd < html.indexOf(QLatin1String("id=\"results\"")));
    const QString statusChart = html.mid(statusStart, statusEnd - statusStart);
    for (Status status : ReportModel::statusOrder()) { // a text label with the count per status, not colour alone
        const QString label = ReportModel::statusLabel(status) + QLatin1Char(' ') + QString::number(count(status));
        QVERIFY2(statusChart.contains(QLatin1Char('>') + label + QLatin1String("</text>")), qPrintable(label));
        QVERIFY(statusChart.contains(QLatin1String(statusColour(status).background)));
    }
    const QString sectionsChart = html.mid(sectionsStart, sectionsEnd - sectionsStart);
    for (const char *section : {"CIS 1: Host Configuration", "CIS 5: Container Runtime", "Hullcheck practices"}) {
        QVERIFY2(sectionsChart.contains(QLatin1String(section)), section);
    }
}

void TestReports::fixLogInDocuments()
{
    QTemporaryDir directory;
    const FixLog log(directory.filePath(QStringLiteral("fixes.jsonl")));
    FixLogEntry entry;
    entry.when = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    entry.endpoint = m_input.snapshot.endpoint.url();
    entry.target = Target{Scope::Container, QStringLiteral("0123abcd"), QStringLiteral("hc-fixed-object")};
    entry.ruleId = QStringLiteral("container.memory-limit");
    entry.before = QJsonObject{{QStringLiteral("Memory"), 0}};
    entry.after = QJsonObject{{QStringLiteral("Memory"), 536870912}};
    entry.ok = true;
    entry.result = QStringLiteral("pass");
    QVERIFY(log.append(entry).ok());
    const Result<QList<FixLogEntry>> entries = log.read();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1);

    ReportInput input = m_input;
    input.fixLog = entries.value();
    for (ReportFormat format : {ReportFormat::Html, ReportFormat::Markdown}) {
        const Result<QByteArray> bytes = renderReport(format, input);
        QVERIFY(bytes.ok());
        const QString text = QString::fromUtf8(bytes.value());
        QVERIFY(text.contains(QLatin1String("Fix log")));
        QVERIFY(text.contains(QLatin1String("hc-fixed-object")));
        QVERIFY(text.contains(QLatin1String("container.memory-limit")));
        QVERIFY(text.contains(QLatin1String("536870912")));
        QVERIFY(!text.contains(QLatin1String("No fixes were applied through Hullcheck.")));
    }
    // The machine formats are unchanged by the log.
    for (ReportFormat format : {ReportFormat::Json, ReportFormat::Csv, ReportFormat::Sarif, ReportFormat::Junit}) {
        const Result<QByteArray> with = renderReport(format, input);
        QVERIFY(with.ok());
        QCOMPARE(with.value(), render(format));
    }
}

void TestReports::pdfHasCoverSectionsAndPageNumbers_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("a4") << static_cast<int>(PageSize::A4) << QStringLiteral("(A4)");
    QTest::newRow("letter") << static_cast<int>(PageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
}

void TestReports::pdfHasCoverSectionsAndPageNumbers()
{
    QFETCH(int, pageSize);
    QFETCH(QString, pdfinfoSize);
    ReportOptions options;
    options.pageSize = static_cast<PageSize>(pageSize);
    const QByteArray pdf = render(ReportFormat::Pdf, options);
    QVERIFY(pdf.startsWith("%PDF-"));
    QString error;
    const std::optional<QString> text = pdfText(pdf, &error);
    QVERIFY2(text, qPrintable(error));
    for (const char *part : {"Hullcheck report: vm",
                             "Daemon name",
                             "Daemon ID",
                             "VIKP:2BH2",
                             "Engine version",
                             "20.10.24",
                             "API version",
                             "Endpoint",
                             "unix://",
                             "TLS",
                             "SHA-256",
                             "Snapshot collected",
                             "Rule pack",
                             "Scope",
                             "Contents",
                             "Executive summary",
                             "CIS 5: Container Runtime",
                             "Waiver register",
                             "Skipped checks",
                             "Fix log",
                             "applied through Hullcheck.", // pdftotext writes the "fi" of "No fixes" as a ligature
                             "Results by status",
                             "Results by CIS section",
                             "Methodology",
                             "hc-privileged",
                             "Page 1 of",
                             "Page 2 of"}) {
        QVERIFY2(text->contains(QLatin1String(part)), part);
    }
    QVERIFY(!text->contains(PlantedSecret));
    QTemporaryDir directory;
    const QString path = writeTemporary(directory, QStringLiteral("report.pdf"), pdf);
    QVERIFY(!path.isEmpty());
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(60000));
    const QString answer = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(answer.contains(pdfinfoSize), qPrintable(answer));
}

// PDF text layout needs a QGuiApplication: the same offscreen one hullcheck-cli creates for --format pdf.
int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = createPdfCapableApplication(argc, argv);
    TestReports test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reports.moc"
