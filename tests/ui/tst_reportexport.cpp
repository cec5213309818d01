// File → Export…: the dialog's choices map onto the CLI's options, and the window writes the same file as
// `hullcheck-cli scan --snapshot FILE --format F` (apart from the generation time) and as renderReport itself.
#include "core/bench/rulepackloader.h"
#include "core/report/reportrenderer.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace hullcheck;
using namespace hullcheck::ui;

namespace {

const QString CapturedSnapshot = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10-hostfacts.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the CLI on the same snapshot; empty on failure (with a warning saying why).
QByteArray cliReport(const QString &format, const QStringList &extra, const QString &output)
{
    QProcess process;
    process.start(QStringLiteral(HULLCHECK_CLI_PATH),
                  QStringList{QStringLiteral("scan"),
                              QStringLiteral("--snapshot"),
                              CapturedSnapshot,
                              QStringLiteral("--format"),
                              format,
                              QStringLiteral("-o"),
                              output} +
                      extra);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "hullcheck-cli failed:" << process.readAllStandardError();
        return {};
    }
    return readAll(output);
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogMapsChoicesToCliOptions();
    void exportEqualsCliAndRenderer_data();
    void exportEqualsCliAndRenderer();
    void unwritablePathShowsInMessageBar();

private:
    void openCaptured(MainWindow &window);
    QTemporaryDir m_dir;
};

void TestReportExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HullcheckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reportexport"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestReportExport::openCaptured(MainWindow &window)
{
    QSignalSpy results(&window, &MainWindow::resultsShown);
    window.openSnapshotFile(CapturedSnapshot);
    QVERIFY(results.wait(20000));
}

void TestReportExport::dialogMapsChoicesToCliOptions()
{
    ExportDialog dialog(QStringLiteral("hullcheck-host1-20240501-1200"), m_dir.path());
    // PDF first, with the default name and the format's suffix.
    QCOMPARE(dialog.format(), core::ReportFormat::Pdf);
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("hullcheck-host1-20240501-1200.pdf")));
    QVERIFY(!dialog.options().includePassed.has_value()); // the default, like the CLI without a flag
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("includePassedCheck"));
    auto *pageSize = dialog.findChild<QComboBox *>(QStringLiteral("pageSizeCombo"));
    QVERIFY(!check->isChecked());
    QVERIFY(pageSize->isEnabled());
    check->setChecked(true);
    dialog.setPageSize(core::PageSize::Letter);
    QCOMPARE(dialog.options().includePassed, std::optional<bool>(true));
    QCOMPARE(dialog.options().pageSize, core::PageSize::Letter);

    // Another format changes the suffix and the defaults.
    dialog.setFormat(core::ReportFormat::Junit);
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("hullcheck-host1-20240501-1200.xml")));
    QVERIFY(check->isChecked()); // machine formats list passed results by default
    QVERIFY(!pageSize->isEnabled());
    check->setChecked(false);
    QCOMPARE(dialog.options().includePassed, std::optional<bool>(false));
    dialog.setFormat(core::ReportFormat::Json);
    QVERIFY(!check->isEnabled()); // the JSON report always lists every result
    QVERIFY(!dialog.options().includePassed.has_value());

    // A custom file name keeps its own suffix.
    dialog.setPath(m_dir.filePath(QStringLiteral("audit.txt")));
    dialog.setFormat(core::ReportFormat::Markdown);
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("audit.txt")));

    // No file, no export.
    dialog.setPath({});
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
}

void TestReportExport::exportEqualsCliAndRenderer_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("cliFlags");
    QTest::addColumn<std::optional<bool>>("includePassed");
    for (const QString &format : core::reportFormatNames()) {
        QTest::newRow(qPrintable(format)) << format << QStringList() << std::optional<bool>();
    }
    QTest::newRow("html, passed") << QStringLiteral("html") << QStringList{QStringLiteral("--include-passed")}
                                  << std::optional<bool>(true);
    QTest::newRow("csv, no passed") << QStringLiteral("csv") << QStringList{QStringLiteral("--no-passed")}
                                    << std::optional<bool>(false);
    QTest::newRow("pdf, letter") << QStringLiteral("pdf")
                                 << QStringList{QStringLiteral("--page-size"), QStringLiteral("letter")}
                                 << std::optional<bool>();
}

void TestReportExport::exportEqualsCliAndRenderer()
{
    QFETCH(QString, format);
    QFETCH(QStringList, cliFlags);
    QFETCH(std::optional<bool>, includePassed);
    const core::ReportFormat reportFormat = *core::reportFormatFromName(format);
    core::ReportOptions options;
    options.includePassed = includePassed;
    options.pageSize = cliFlags.contains(QStringLiteral("letter")) ? core::PageSize::Letter : core::PageSize::A4;

    MainWindow window;
    window.show();
    openCaptured(window);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("gui.") + format);
    QSignalSpy exported(&window, &MainWindow::reportExported);
    window.exportReport(reportFormat, path, options);
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.first().first().toString(), path);
    QVERIFY(window.findChild<QToolButton *>(QStringLiteral("openExportButton"))->isVisible());
    const QByteArray gui = readAll(path);
    QVERIFY(!gui.isEmpty());

    // The same input through renderReport directly.
    const core::Result<core::RulePack> rules = core::RulePackLoader::builtin();
    QVERIFY(rules.ok());
    const core::Result<QByteArray> direct = core::renderReport(
        reportFormat, core::ReportInput{*window.scanResult(), *window.snapshot(), rules.value(), {}, options});
    QVERIFY(direct.ok());
    if (reportFormat == core::ReportFormat::Pdf) {
        // QPdfWriter stamps its own creation date and document id; the rest must be the same size and kind.
        QVERIFY(gui.startsWith("%PDF-"));
        QVERIFY(qAbs(gui.size() - direct.value().size()) < 256);
        const QByteArray media = options.pageSize == core::PageSize::Letter ? QByteArrayLiteral("/MediaBox [0 0 612.")
                                                                            : QByteArrayLiteral("/MediaBox [0 0 595.");
        QVERIFY2(gui.contains(media), media.constData());
        return;
    }
    QCOMPARE(gui, direct.value());

    // And the CLI, once the generation time is the same.
    const QByteArray cli = cliReport(format, cliFlags, m_dir.filePath(QStringLiteral("cli.") + format));
    QVERIFY(!cli.isEmpty());
    // The generation time is the one field allowed to differ: render again at each time stamp the CLI's file holds
    // (the CLI's generation time among them) until one gives the CLI's bytes.
    const QRegularExpression stamp(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
    QStringList stamps;
    for (const QRegularExpressionMatch &match : stamp.globalMatch(QString::fromUtf8(cli))) {
        stamps.append(match.captured());
    }
    stamps.removeDuplicates();
    bool same = false;
    for (const QString &candidate : stamps) {
        core::ScanResult result = *window.scanResult();
        result.generatedAt = QDateTime::fromString(candidate, Qt::ISODate);
        const core::Result<QByteArray> rerendered =
            core::renderReport(reportFormat, core::ReportInput{result, *window.snapshot(), rules.value(), {}, options});
        QVERIFY(rerendered.ok());
        if (rerendered.value() == cli) {
            same = true;
            break;
        }
    }
    if (!same) {
        QCOMPARE(cli, gui); // shows where they differ
    }
}

void TestReportExport::unwritablePathShowsInMessageBar()
{
    MainWindow window;
    window.show();
    openCaptured(window);
    QSignalSpy exported(&window, &MainWindow::reportExported);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.html"));
    window.exportReport(core::ReportFormat::Html, path, {});
    auto *bar = window.findChild<MessageBar *>(QStringLiteral("messageBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("report.html")), qPrintable(bar->text()));
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFile::exists(path));
    QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled()); // may try again
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
