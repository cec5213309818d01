// `hullcheck --snapshot FILE --tab PAGE --screenshot OUT.png`: a 1400x900 PNG of the window after
// the scan, exit 0; exit 2 with a message for an unreadable file or an unknown page; --help names the option.
#include "ui/mainwindow.h"

#include <QImage>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hullcheck::ui;

namespace {

const QString Snapshot = QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10-hostfacts.json");

struct Run
{
    int exitCode = -1;
    QString output;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HULLCHECK_APP_PATH), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void showsPagesByName();
    void helpMentionsScreenshot();
    void grabsWindow_data();
    void grabsWindow();
    void failsOnUnreadableSnapshot();
    void failsOnUnknownTab();
};

void TestScreenshot::showsPagesByName()
{
    MainWindow window;
    const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    for (const QString &name : MainWindow::pageNames()) {
        QVERIFY(window.showPage(name));
        QVERIFY2(tabs->currentWidget()->objectName().startsWith(name), qPrintable(name));
    }
    QVERIFY(!window.showPage(QStringLiteral("nonsense")));
}

void TestScreenshot::helpMentionsScreenshot()
{
    const Run run = runApp({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.output.contains(QStringLiteral("--screenshot")));
    QVERIFY(run.output.contains(QStringLiteral("--tab")));
}

void TestScreenshot::grabsWindow_data()
{
    QTest::addColumn<QString>("tab");
    for (const QString &name : {QStringLiteral("overview"), QStringLiteral("labels")}) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestScreenshot::grabsWindow()
{
    QFETCH(QString, tab);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(QStringLiteral("shot.png"));
    const Run run = runApp(
        {QStringLiteral("--snapshot"), Snapshot, QStringLiteral("--tab"), tab, QStringLiteral("--screenshot"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QImage image(output);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1400, 900));
}

void TestScreenshot::failsOnUnreadableSnapshot()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("shot.png"));
    const Run run = runApp({QStringLiteral("--snapshot"),
                            QStringLiteral("/nonexistent/missing-snapshot.json"),
                            QStringLiteral("--screenshot"),
                            output});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(QStringLiteral("missing-snapshot.json")), qPrintable(run.output));
    QVERIFY(!QFile::exists(output));
}

void TestScreenshot::failsOnUnknownTab()
{
    const Run run = runApp({QStringLiteral("--snapshot"),
                            Snapshot,
                            QStringLiteral("--tab"),
                            QStringLiteral("nope"),
                            QStringLiteral("--screenshot"),
                            QStringLiteral("/tmp/unused.png")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.output.contains(QStringLiteral("nope")));
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
