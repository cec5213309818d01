#pragma once

#include "core/hullcheck_core_export.h"
#include "core/report/reportinput.h"
#include "core/result.h"
#include "core/snapshot/snapshot.h"

#include <QStringList>

#include <cstdio>

namespace hullcheck::core {

struct CommandLine;

// hullcheck-cli: parses the command line and runs one command. Lives in core so that the headless
// executable is a thin main() and the commands can be tested in-process.
// Exit codes: 0 success, 1 scan --fail-on found a failure at that severity or above, 2 any error (one clear
// line on stderr).
class HULLCHECK_CORE_EXPORT CliRunner final
{
public:
    CliRunner(FILE *out, FILE *err);

    int run(const QStringList &arguments);

    // True when the arguments ask for a PDF, which needs a QGuiApplication (createPdfCapableApplication) for
    // text layout; main() decides before it creates the application.
    static bool needsGuiApplication(const QStringList &arguments);

    static constexpr int ExitOk = 0;
    static constexpr int ExitFindings = 1;
    static constexpr int ExitError = 2;

private:
    int runSnapshot(const CommandLine &commandLine);
    int runScan(const CommandLine &commandLine);
    Result<Snapshot> acquireSnapshot(const CommandLine &commandLine);
    static Result<ReportOptions> reportOptions(const CommandLine &commandLine, ReportFormat format);
    int fail(const QString &message);

    FILE *m_out;
    FILE *m_err;
};

} // namespace hullcheck::core
