#include "core/coreruntime.h"
#include "core/docker/endpointresolver.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QByteArray>
#include <QCommandLineParser>
#include <QPixmap>
#include <QSize>
#include <QTimer>

#include <cstdio>

namespace {

constexpr QSize ScreenshotSize(1400, 900);
constexpr int ScreenshotDelayMs = 600;

// `hullcheck --help` and `--version` must work without a display (scripts and packaging tests ask it what it
// supports): with no display at all, they run on the offscreen platform.
void useOffscreenForHelpWithoutDisplay(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
        qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
        return;
    }
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]); // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version" ||
            argument == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const hullcheck::core::CoreRuntime runtime; // before any thread starts
    useOffscreenForHelpWithoutDisplay(argc, argv);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hullcheck"));
    QApplication::setApplicationName(QStringLiteral("hullcheck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hullcheck"));
    QApplication::setApplicationVersion(QStringLiteral(HULLCHECK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hullcheck.Hullcheck"));

    // The language chosen in Settings, else the system's; Qt's own strings and Hullcheck's (embedded in
    // hullcheck_core under :/i18n).
    const hullcheck::ui::LanguageSetup language;

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Security dashboard for Docker hosts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption({QStringLiteral("H"), QStringLiteral("host")},
                                        QApplication::translate("main", "Daemon socket to connect to."),
                                        QApplication::translate("main", "host"));
    const QCommandLineOption contextOption({QStringLiteral("c"), QStringLiteral("context")},
                                           QApplication::translate("main", "Docker context to use."),
                                           QApplication::translate("main", "context"));
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"),
        QApplication::translate("main", "Open a saved snapshot instead of connecting to a daemon."),
        QApplication::translate("main", "file"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       //: %1 lists the page names
                                       QApplication::translate("main", "Page to show first: %1.")
                                           .arg(hullcheck::ui::MainWindow::pageNames().join(QStringLiteral(", "))),
                                       QApplication::translate("main", "page"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "With --snapshot: once its scan has finished, save a picture of the window "
                                "(1400x900) to this PNG file and quit."),
        QApplication::translate("main", "file"));
    parser.addOptions({hostOption, contextOption, snapshotOption, tabOption, screenshotOption});
    parser.process(application);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "hullcheck: %s\n", qPrintable(message));
        return 2;
    };
    if (parser.isSet(screenshotOption) && !parser.isSet(snapshotOption)) {
        return fail(QApplication::translate("main", "--screenshot needs --snapshot FILE."));
    }
    if (parser.isSet(tabOption) && !hullcheck::ui::MainWindow::pageNames().contains(parser.value(tabOption))) {
        return fail(
            QApplication::translate("main", "unknown --tab \"%1\"; use one of %2.")
                .arg(parser.value(tabOption), hullcheck::ui::MainWindow::pageNames().join(QStringLiteral(", "))));
    }

    hullcheck::ui::MainWindow window;
    if (parser.isSet(screenshotOption)) {
        // A picture of a saved snapshot's results: a fixed size, the chosen page, after the scan has finished. (The
        // README's pictures come from tests/screenshots, which also sets up selections and dialogs.)
        const QString output = parser.value(screenshotOption);
        const QString tab = parser.value(tabOption);
        window.resize(ScreenshotSize);
        QObject::connect(&window,
                         &hullcheck::ui::MainWindow::openFailed,
                         &application,
                         [&fail](const QString &, const QString &message) {
                             QApplication::exit(fail(message));
                         });
        QObject::connect(
            &window, &hullcheck::ui::MainWindow::resultsShown, &application, [&window, output, tab, &fail] {
                if (!tab.isEmpty()) {
                    window.showPage(tab);
                }
                window.resize(ScreenshotSize);
                // Let layouts and the chart settle before grabbing.
                QTimer::singleShot(ScreenshotDelayMs, &window, [&window, output, &fail] {
                    const QPixmap picture = window.grab();
                    if (!picture.save(output, "PNG")) {
                        QApplication::exit(fail(QApplication::translate("main", "cannot write %1.").arg(output)));
                        return;
                    }
                    QApplication::exit(0);
                });
            });
    }
    window.show();
    if (parser.isSet(tabOption)) {
        window.showPage(parser.value(tabOption));
    }
    if (parser.isSet(snapshotOption)) {
        window.openSnapshotFile(parser.value(snapshotOption));
    } else {
        hullcheck::core::ConnectionOptions options;
        options.host = parser.value(hostOption);
        options.context = parser.value(contextOption);
        window.connectTo(options);
    }
    return QApplication::exec();
}
