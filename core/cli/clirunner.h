#pragma once

#include "core/bench/policy.h"
#include "core/bench/rule.h"
#include "core/hullcheck_core_export.h"
#include "core/remediation/fixplan.h"
#include "core/report/reportinput.h"
#include "core/result.h"
#include "core/snapshot/snapshot.h"

#include <QStringList>

#include <cstdio>
#include <memory>

namespace hullcheck::core {

struct CommandLine;
class CurlDockerApi;

// hullcheck-cli: parses the command line and runs one command. Lives in core so that the headless
// executable is a thin main() and the commands can be tested in-process.
// Exit codes: 0 success, 1 scan --fail-on found a failure at that severity or above, 2 any error (one clear
// line on stderr). `fix --apply` asks on `in` unless --yes, and refuses when `in` is not a terminal.
class HULLCHECK_CORE_EXPORT CliRunner final
{
public:
    CliRunner(FILE *out, FILE *err, FILE *in = stdin);

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
    int runFix(const CommandLine &commandLine);
    // `api` receives the connection used, for commands that go on talking to the daemon.
    Result<Snapshot> acquireSnapshot(const CommandLine &commandLine, std::shared_ptr<CurlDockerApi> *api = nullptr);
    struct Benchmark
    {
        RulePack rules;
        Policy policy;
    };
    // --rules (else the built-in packs) and --policy.
    static Result<Benchmark> loadBenchmark(const CommandLine &commandLine);
    // The values of --memory, --cpus, --cpu-shares and --pids-limit over `defaults` (the policy's).
    static Result<FixValues> fixValues(const CommandLine &commandLine, const FixValues &defaults);
    bool confirm(const QString &question);
    static Result<ReportOptions> reportOptions(const CommandLine &commandLine, ReportFormat format);
    int fail(const QString &message);

    FILE *m_out;
    FILE *m_err;
    FILE *m_in;
};

} // namespace hullcheck::core
