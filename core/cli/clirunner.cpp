#include "core/cli/clirunner.h"

#include "core/bench/engine.h"
#include "core/bench/policyloader.h"
#include "core/bench/rulepackloader.h"
#include "core/coreruntime.h"
#include "core/docker/apiversion.h"
#include "core/docker/curldockerapi.h"
#include "core/docker/endpointresolver.h"
#include "core/fileio.h"
#include "core/remediation/fixlog.h"
#include "core/remediation/fixplan.h"
#include "core/remediation/livefix.h"
#include "core/report/reportrenderer.h"
#include "core/snapshot/snapshot.h"
#include "core/snapshot/snapshotcollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::CliRunner)
};

// SIGINT during a collection aborts the transfers instead of killing the process mid-write.
std::atomic_bool interrupted{false}; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): set by the handler

extern "C" void handleInterrupt(int /*signal*/)
{
    interrupted.store(true);
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
}

} // namespace

// The command line of hullcheck-cli (declared in the header, defined here: it is private to the runner).
struct ConnectionOptionNames
{
    QCommandLineOption host{{QStringLiteral("H"), QStringLiteral("host")},
                            Tr::tr("Daemon socket to connect to (unix:///path, tcp://host:port)."),
                            Tr::tr("endpoint")};
    QCommandLineOption context{{QStringLiteral("c"), QStringLiteral("context")},
                               Tr::tr("Docker context to use (overrides DOCKER_HOST and the current context)."),
                               Tr::tr("name")};
    QCommandLineOption tls{QStringLiteral("tls"),
                           Tr::tr("Use TLS without verifying the daemon's certificate (unsafe).")};
    QCommandLineOption tlsVerify{QStringLiteral("tlsverify"), Tr::tr("Use TLS and verify the daemon's certificate.")};
    QCommandLineOption tlsCaCert{
        QStringLiteral("tlscacert"), Tr::tr("Trust certs signed only by this CA."), Tr::tr("file")};
    QCommandLineOption tlsCert{
        QStringLiteral("tlscert"), Tr::tr("Path to the TLS client certificate."), Tr::tr("file")};
    QCommandLineOption tlsKey{QStringLiteral("tlskey"), Tr::tr("Path to the TLS client key."), Tr::tr("file")};
    QCommandLineOption config{QStringLiteral("config"),
                              Tr::tr("Location of the docker client config files (default ~/.docker)."),
                              Tr::tr("dir")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               Tr::tr("Seconds to wait for each answer of the daemon (default 30)."),
                               Tr::tr("seconds"),
                               QStringLiteral("30")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({host, context, tls, tlsVerify, tlsCaCert, tlsCert, tlsKey, config, timeout});
    }

    ConnectionOptions read(const QCommandLineParser &parser) const
    {
        ConnectionOptions options;
        options.host = parser.value(host);
        options.context = parser.value(context);
        options.tls = parser.isSet(tls);
        if (parser.isSet(tlsVerify)) {
            options.tlsVerify = true;
        }
        options.tlsCaCert = parser.value(tlsCaCert);
        options.tlsCert = parser.value(tlsCert);
        options.tlsKey = parser.value(tlsKey);
        options.configDir = parser.value(config);
        return options;
    }
};

namespace {

Result<TransportOptions> transportOptions(const QCommandLineParser &parser, const ConnectionOptionNames &names)
{
    bool valid = false;
    const double seconds = parser.value(names.timeout).toDouble(&valid);
    if (!valid || seconds <= 0 || seconds > 3600) {
        return Error{ErrorKind::InvalidArgument,
                     Tr::tr("--timeout needs a number of seconds between 0 and 3600, not \"%1\".")
                         .arg(parser.value(names.timeout)),
                     {}};
    }
    TransportOptions options;
    options.requestTimeoutMs = static_cast<int>(seconds * 1000);
    options.connectTimeoutMs = std::min(options.requestTimeoutMs, options.connectTimeoutMs);
    return options;
}

} // namespace

CliRunner::CliRunner(FILE *out, FILE *err, FILE *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
}

struct CommandLine
{
    QCommandLineParser parser;
    ConnectionOptionNames connection;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, Tr::tr("Show the version.")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Tr::tr("Write to this file instead of standard output."),
                              Tr::tr("file")};
    QCommandLineOption redact{QStringLiteral("redact"),
                              Tr::tr("snapshot: replace environment values by a placeholder in the file too (standard "
                                     "output is always redacted).")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   Tr::tr("Parallel requests to the daemon (default 8)."),
                                   Tr::tr("n"),
                                   QStringLiteral("8")};
    QCommandLineOption noHost{QStringLiteral("no-host-facts"),
                              Tr::tr("Do not read host files and processes, even for a local daemon.")};
    QCommandLineOption snapshotFile{
        QStringLiteral("snapshot"), Tr::tr("scan: scan a saved snapshot instead of a daemon."), Tr::tr("file")};
    QCommandLineOption format{QStringLiteral("format"),
                              Tr::tr("scan: report format: json, html, pdf, csv, sarif, junit or md (default json)."),
                              Tr::tr("format"),
                              QStringLiteral("json")};
    QCommandLineOption includePassed{QStringLiteral("include-passed"),
                                     Tr::tr("scan: list passed results one by one (default for csv, sarif, junit).")};
    QCommandLineOption noPassed{
        QStringLiteral("no-passed"),
        Tr::tr("scan: count passed results per rule but do not list them (default for html, pdf, "
               "md; json always lists every result).")};
    QCommandLineOption pageSize{QStringLiteral("page-size"),
                                Tr::tr("scan: PDF page size, a4 or letter (default a4)."),
                                Tr::tr("size"),
                                QStringLiteral("a4")};
    QCommandLineOption policy{QStringLiteral("policy"), Tr::tr("scan: policy file (YAML)."), Tr::tr("file")};
    QCommandLineOption rules{QStringLiteral("rules"),
                             Tr::tr("scan: rule packs from this directory instead of the built-in ones."),
                             Tr::tr("dir")};
    QCommandLineOption failOn{QStringLiteral("fail-on"),
                              Tr::tr("scan: exit 1 when a result fails at this severity or above "
                                     "(critical, high, medium, low)."),
                              Tr::tr("severity")};
    QCommandLineOption plan{QStringLiteral("plan"),
                            Tr::tr("fix: print the fixes (commands and patches); change nothing.")};
    QCommandLineOption apply{QStringLiteral("apply"),
                             Tr::tr("fix: apply the live fix of --rule to --target, then rescan it.")};
    QCommandLineOption yes{QStringLiteral("yes"), Tr::tr("fix: apply without asking.")};
    QCommandLineOption rule{QStringLiteral("rule"), Tr::tr("fix: only this rule (id or CIS id)."), Tr::tr("id")};
    QCommandLineOption target{QStringLiteral("target"), Tr::tr("fix: only this object (name or id)."), Tr::tr("name")};
    QCommandLineOption fixLog{
        QStringLiteral("fix-log"),
        Tr::tr("fix: the fix log to append to; scan: the fix log to report (default in the application "
               "data directory)."),
        Tr::tr("file")};
    QCommandLineOption memory{
        QStringLiteral("memory"), Tr::tr("fix: memory limit to propose, e.g. 512m (default 512m)."), Tr::tr("size")};
    QCommandLineOption cpus{
        QStringLiteral("cpus"), Tr::tr("fix: CPU limit to propose, e.g. 1.5 (default: shares)."), Tr::tr("n")};
    QCommandLineOption cpuShares{
        QStringLiteral("cpu-shares"), Tr::tr("fix: CPU weight to propose (default 512)."), Tr::tr("n")};
    QCommandLineOption pidsLimit{
        QStringLiteral("pids-limit"), Tr::tr("fix: process limit to propose (default 200)."), Tr::tr("n")};

    CommandLine()
    {
        parser.setApplicationDescription(
            Tr::tr("Hullcheck: how safe is this Docker host?\n\nCommands:\n"
                   "  snapshot   Collect a snapshot of a daemon (JSON) for later or offline scans\n"
                   "  scan       Run the benchmark on a daemon or a saved snapshot and write the report\n"
                   "  fix        Print the fixes for failing results (--plan), or apply a live fix (--apply)"));
        parser.addOption(help);
        parser.addOption(version);
        parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("The command to run: snapshot, scan or fix."));
        connection.addTo(parser);
        parser.addOptions({output,   redact, concurrency, noHost, snapshotFile, format,   includePassed, noPassed,
                           pageSize, policy, rules,       failOn, plan,         apply,    yes,           rule,
                           target,   fixLog, memory,      cpus,   cpuShares,    pidsLimit});
    }
};

namespace {

// SIGINT aborts the collection's transfers, then the previous handler is back.
class InterruptGuard
{
public:
    InterruptGuard()
        : m_previous(std::signal(SIGINT, handleInterrupt))
    {
        interrupted.store(false);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    Q_DISABLE_COPY_MOVE(InterruptGuard)

private:
    void (*m_previous)(int);
};

} // namespace

Result<Snapshot> CliRunner::acquireSnapshot(const CommandLine &commandLine, std::shared_ptr<CurlDockerApi> *apiOut)
{
    const QCommandLineParser &parser = commandLine.parser;
    if (parser.isSet(commandLine.snapshotFile)) {
        return Snapshot::load(parser.value(commandLine.snapshotFile));
    }
    const Result<Endpoint> endpoint = EndpointResolver().resolve(commandLine.connection.read(parser));
    if (!endpoint.ok()) {
        return endpoint.error();
    }
    if (endpoint.value().isUnverified() && endpoint.value().tls.enabled) {
        print(m_err,
              Tr::tr("hullcheck-cli: warning: TLS verification of %1 is off (--tls without --tlsverify); the daemon's "
                     "identity is not checked. A scan reports this as a critical finding (HC-CONNECTION-TLS-VERIFY).\n")
                  .arg(endpoint.value().url()));
    } else if (endpoint.value().isUnverified()) {
        print(m_err,
              Tr::tr("hullcheck-cli: warning: %1 is plain TCP: the traffic is unencrypted and the daemon's identity "
                     "is not checked. A scan reports this as a critical finding (HC-CONNECTION-PLAIN-TCP).\n")
                  .arg(endpoint.value().url()));
    }
    const Result<TransportOptions> transport = transportOptions(parser, commandLine.connection);
    if (!transport.ok()) {
        return transport.error();
    }
    CollectOptions collectOptions;
    bool validConcurrency = false;
    collectOptions.concurrency = parser.value(commandLine.concurrency).toInt(&validConcurrency);
    if (!validConcurrency || collectOptions.concurrency < 1 || collectOptions.concurrency > 64) {
        return Error{ErrorKind::InvalidArgument, Tr::tr("--concurrency needs a number from 1 to 64."), {}};
    }
    collectOptions.collectHostFacts = !parser.isSet(commandLine.noHost);
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint.value(), transport.value());
    if (!api.ok()) {
        return api.error();
    }
    if (apiOut) {
        *apiOut = api.value();
    }
    const InterruptGuard guard;
    Result<Snapshot> snapshot = collectSnapshot(*api.value(), collectOptions, interrupted);
    if (snapshot.ok()) {
        for (const QString &warning : snapshot.value().warnings) {
            print(m_err, Tr::tr("hullcheck-cli: warning: %1\n").arg(warning));
        }
    }
    return snapshot;
}

bool CliRunner::needsGuiApplication(const QStringList &arguments)
{
    // Before the application exists, so no QCommandLineParser: "--format pdf" or "--format=pdf".
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.compare(QLatin1String("--format=pdf"), Qt::CaseInsensitive) == 0) {
            return true;
        }
        if (argument == QLatin1String("--format") && i + 1 < arguments.size() &&
            arguments.at(i + 1).compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

int CliRunner::fail(const QString &message)
{
    print(m_err, Tr::tr("hullcheck-cli: %1\n").arg(message));
    return ExitError;
}

int CliRunner::run(const QStringList &arguments)
{
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(commandLine.version)) {
        print(m_out,
              Tr::tr("hullcheck-cli %1\nEngine API %2 to %3\n%4\n")
                  .arg(QStringLiteral(HULLCHECK_VERSION),
                       ClientMinApiVersion.toString(),
                       ClientMaxApiVersion.toString(),
                       CoreRuntime::transportVersion()));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(commandLine.help)) {
        print(m_out, parser.helpText());
        return ExitOk;
    }
    if (positional.isEmpty()) {
        print(m_err, parser.helpText());
        return fail(Tr::tr("no command given; try \"hullcheck-cli scan\" or \"hullcheck-cli snapshot\"."));
    }
    if (positional.size() > 1) {
        return fail(Tr::tr("unexpected argument \"%1\".").arg(positional.at(1)));
    }
    const QString &command = positional.first();
    if (command == QLatin1String("snapshot")) {
        return runSnapshot(commandLine);
    }
    if (command == QLatin1String("scan")) {
        return runScan(commandLine);
    }
    if (command == QLatin1String("fix")) {
        return runFix(commandLine);
    }
    return fail(Tr::tr("unknown command \"%1\"; try --help.").arg(command));
}

int CliRunner::runSnapshot(const CommandLine &commandLine)
{
    const QCommandLineParser &parser = commandLine.parser;
    if (parser.isSet(commandLine.snapshotFile)) {
        return fail(Tr::tr("--snapshot belongs to \"scan\"; \"snapshot\" collects from a daemon."));
    }
    const Result<Snapshot> snapshot = acquireSnapshot(commandLine);
    if (!snapshot.ok()) {
        return fail(snapshot.error().message);
    }
    if (!parser.isSet(commandLine.output)) {
        // Standard output ends up in terminals, CI logs and pastes: never print environment values there.
        const QByteArray bytes = snapshot.value().redactedCopy().toJsonBytes();
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
        return ExitOk;
    }
    const Snapshot written = parser.isSet(commandLine.redact) ? snapshot.value().redactedCopy() : snapshot.value();
    const QString path = parser.value(commandLine.output);
    const VoidResult saved = written.save(path);
    if (!saved.ok()) {
        return fail(saved.error().message);
    }
    print(m_out,
          Tr::tr("Snapshot of %1 written to %2: %3 containers, %4 images, %5 networks, %6 volumes (%7 ms).\n")
              .arg(written.displayName(), path)
              .arg(written.containers.size())
              .arg(written.images.size())
              .arg(written.networks.size())
              .arg(written.volumes.size())
              .arg(written.collectionMs));
    return ExitOk;
}

Result<ReportOptions> CliRunner::reportOptions(const CommandLine &commandLine, ReportFormat format)
{
    const QCommandLineParser &parser = commandLine.parser;
    ReportOptions options;
    if (parser.isSet(commandLine.includePassed) && parser.isSet(commandLine.noPassed)) {
        return Error{ErrorKind::InvalidArgument, Tr::tr("--include-passed and --no-passed exclude each other."), {}};
    }
    if (parser.isSet(commandLine.includePassed) || parser.isSet(commandLine.noPassed)) {
        options.includePassed = parser.isSet(commandLine.includePassed);
    }
    const QString size = parser.value(commandLine.pageSize).toLower();
    if (size != QLatin1String("a4") && size != QLatin1String("letter")) {
        return Error{ErrorKind::InvalidArgument,
                     Tr::tr("--page-size needs a4 or letter, not \"%1\".").arg(parser.value(commandLine.pageSize)),
                     {}};
    }
    options.pageSize = size == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
    if (!isTextFormat(format) && !parser.isSet(commandLine.output)) {
        return Error{ErrorKind::InvalidArgument,
                     Tr::tr("--format %1 writes a binary file: give it with -o FILE.").arg(reportFormatName(format)),
                     {}};
    }
    return options;
}

int CliRunner::runScan(const CommandLine &commandLine)
{
    const QCommandLineParser &parser = commandLine.parser;
    const std::optional<ReportFormat> format = reportFormatFromName(parser.value(commandLine.format));
    if (!format) {
        return fail(Tr::tr("unknown --format \"%1\"; use one of %2.")
                        .arg(parser.value(commandLine.format), reportFormatNames().join(QStringLiteral(", "))));
    }
    const Result<ReportOptions> options = reportOptions(commandLine, *format);
    if (!options.ok()) {
        return fail(options.error().message);
    }
    std::optional<Severity> failOn;
    if (parser.isSet(commandLine.failOn)) {
        failOn = severityFromName(parser.value(commandLine.failOn));
        if (!failOn || *failOn == Severity::Info) {
            return fail(Tr::tr("--fail-on needs critical, high, medium or low, not \"%1\".")
                            .arg(parser.value(commandLine.failOn)));
        }
    }
    // Rules and policy first: a broken file is reported before any daemon traffic.
    const Result<Benchmark> benchmark = loadBenchmark(commandLine);
    if (!benchmark.ok()) {
        return fail(benchmark.error().message);
    }
    const RulePack &rules = benchmark.value().rules;
    const Policy &policy = benchmark.value().policy;
    const Result<Snapshot> snapshot = acquireSnapshot(commandLine);
    if (!snapshot.ok()) {
        return fail(snapshot.error().message);
    }
    ReportInput input{evaluate(snapshot.value(), rules, policy), snapshot.value(), rules, policy, options.value()};
    // The fixes applied to this daemon (entries logged for its endpoint); a missing log means none were applied.
    const FixLog log(parser.isSet(commandLine.fixLog) ? parser.value(commandLine.fixLog) : FixLog::defaultPath());
    const Result<QList<FixLogEntry>> entries = log.readFor(snapshot.value().endpoint.url());
    if (entries.ok()) {
        input.fixLog = entries.value();
    } else { // the scan itself does not need the log: report without it
        print(m_err, Tr::tr("hullcheck-cli: warning: %1\n").arg(entries.error().message));
    }
    const ScanResult &result = input.result;
    const Result<QByteArray> rendered = renderReport(*format, input);
    if (!rendered.ok()) {
        return fail(rendered.error().message);
    }
    const QByteArray &report = rendered.value();
    if (parser.isSet(commandLine.output)) {
        const QString path = parser.value(commandLine.output);
        const VoidResult written = writeFileAtomically(path, report, false);
        if (!written.ok()) {
            return fail(written.error().message);
        }
        const ScanSummary &summary = result.summary;
        print(m_out,
              Tr::tr("Scan of %1: score %2/100; %3 fail, %4 warn, %5 pass, %6 info, %7 skip, %8 waived. Report: %9\n")
                  .arg(snapshot.value().displayName())
                  .arg(summary.score)
                  .arg(summary.byStatus.value(Status::Fail))
                  .arg(summary.byStatus.value(Status::Warn))
                  .arg(summary.byStatus.value(Status::Pass))
                  .arg(summary.byStatus.value(Status::Info))
                  .arg(summary.byStatus.value(Status::Skip))
                  .arg(summary.byStatus.value(Status::Waived))
                  .arg(path));
    } else {
        std::fwrite(report.constData(), 1, static_cast<size_t>(report.size()), m_out);
    }
    if (failOn) {
        const bool failed =
            std::any_of(result.findings.begin(), result.findings.end(), [&failOn](const Finding &finding) {
                return finding.status == Status::Fail && finding.severity >= *failOn;
            });
        return failed ? ExitFindings : ExitOk;
    }
    return ExitOk;
}

Result<CliRunner::Benchmark> CliRunner::loadBenchmark(const CommandLine &commandLine)
{
    const QCommandLineParser &parser = commandLine.parser;
    Result<RulePack> rules = parser.isSet(commandLine.rules)
                                 ? RulePackLoader::fromDirectory(parser.value(commandLine.rules))
                                 : RulePackLoader::builtin();
    if (!rules.ok()) {
        return rules.error();
    }
    Benchmark benchmark{std::move(rules).value(), Policy()};
    if (parser.isSet(commandLine.policy)) {
        Result<Policy> policy = PolicyLoader::fromFile(parser.value(commandLine.policy));
        if (!policy.ok()) {
            return policy.error();
        }
        benchmark.policy = std::move(policy).value();
    }
    return benchmark;
}

namespace {

// "512m", "1g", "64k", "1048576": bytes.
std::optional<qint64> parseSize(const QString &text)
{
    static const QRegularExpression size(QStringLiteral("^([0-9]+)([bkmg]?)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = size.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    qint64 bytes = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toLower();
    const int shift = unit == QLatin1String("k")   ? 10
                      : unit == QLatin1String("m") ? 20
                      : unit == QLatin1String("g") ? 30
                                                   : 0;
    bytes <<= shift;
    return bytes;
}

} // namespace

Result<FixValues> CliRunner::fixValues(const CommandLine &commandLine, const FixValues &defaults)
{
    const QCommandLineParser &parser = commandLine.parser;
    FixValues values = defaults;
    const auto invalid = [](const QString &option, const QString &value) {
        return Error{ErrorKind::InvalidArgument, Tr::tr("--%1 does not take \"%2\".").arg(option, value), {}};
    };
    if (parser.isSet(commandLine.memory)) {
        const std::optional<qint64> bytes = parseSize(parser.value(commandLine.memory));
        if (!bytes || *bytes <= 0) {
            return invalid(QStringLiteral("memory"), parser.value(commandLine.memory));
        }
        values.memoryBytes = *bytes;
    }
    if (parser.isSet(commandLine.cpus)) {
        bool valid = false;
        const double cpus = parser.value(commandLine.cpus).toDouble(&valid);
        if (!valid || cpus <= 0 || cpus > 4096) {
            return invalid(QStringLiteral("cpus"), parser.value(commandLine.cpus));
        }
        values.nanoCpus = static_cast<qint64>(cpus * 1e9);
    }
    if (parser.isSet(commandLine.cpuShares)) {
        values.nanoCpus = 0; // --cpu-shares on the command line wins over cpus from the policy
        values.cpuQuota = 0;
    }
    const auto positive = [&parser](const QCommandLineOption &option, qint64 &target) {
        if (!parser.isSet(option)) {
            return true;
        }
        bool valid = false;
        target = parser.value(option).toLongLong(&valid);
        return valid && target > 0;
    };
    if (!positive(commandLine.cpuShares, values.cpuShares)) {
        return invalid(QStringLiteral("cpu-shares"), parser.value(commandLine.cpuShares));
    }
    if (!positive(commandLine.pidsLimit, values.pidsLimit)) {
        return invalid(QStringLiteral("pids-limit"), parser.value(commandLine.pidsLimit));
    }
    return values;
}

bool CliRunner::confirm(const QString &question)
{
    print(m_out, question);
    std::fflush(m_out);
    char answer[64] = {};
    if (!std::fgets(answer, sizeof answer, m_in)) {
        return false;
    }
    const QString text = QString::fromLocal8Bit(answer).trimmed().toLower();
    return text == QLatin1String("y") || text == QLatin1String("yes");
}

int CliRunner::runFix(const CommandLine &commandLine)
{
    const QCommandLineParser &parser = commandLine.parser;
    const bool apply = parser.isSet(commandLine.apply);
    if (apply && parser.isSet(commandLine.plan)) {
        return fail(Tr::tr("--plan and --apply exclude each other."));
    }
    if (apply && (!parser.isSet(commandLine.rule) || !parser.isSet(commandLine.target))) {
        return fail(Tr::tr("fix --apply needs --rule ID and --target NAME: it changes one object at a time."));
    }
    if (apply && parser.isSet(commandLine.snapshotFile)) {
        return fail(Tr::tr("fix --apply changes a live daemon; --snapshot only works with --plan."));
    }
    const Result<Benchmark> benchmark = loadBenchmark(commandLine);
    if (!benchmark.ok()) {
        return fail(benchmark.error().message);
    }
    const RulePack &rules = benchmark.value().rules;
    const Policy &policy = benchmark.value().policy;
    // The policy's remediation block proposes the values; flags override them.
    const Result<FixValues> values = fixValues(commandLine, fixValuesFor(policy));
    if (!values.ok()) {
        return fail(values.error().message);
    }
    std::shared_ptr<CurlDockerApi> api;
    const Result<Snapshot> snapshot = acquireSnapshot(commandLine, &api);
    if (!snapshot.ok()) {
        return fail(snapshot.error().message);
    }
    const ScanResult result = evaluate(snapshot.value(), rules, policy);
    const FixFilter filter{parser.value(commandLine.rule), parser.value(commandLine.target)};
    const QList<FixPlan> plans = planFixes(snapshot.value(), result, rules, policy, filter, values.value());
    if (!apply) {
        if (plans.isEmpty()) {
            print(m_out, Tr::tr("Nothing to fix: no failing result matches.\n"));
        }
        for (const FixPlan &plan : plans) {
            print(m_out, plan.toText() + QLatin1Char('\n'));
        }
        return ExitOk;
    }
    const auto live = std::find_if(plans.begin(), plans.end(), [](const FixPlan &plan) {
        return plan.kind == FixKind::Live && !plan.apiPath.isEmpty();
    });
    if (live == plans.end()) {
        return fail(Tr::tr("no live fix for %1 on %2: the result does not fail there, or it can only be fixed by "
                           "recreating the object (see fix --plan).")
                        .arg(filter.rule, filter.target));
    }
    print(m_out, live->toText());
    if (!parser.isSet(commandLine.yes)) {
        if (isatty(fileno(m_in)) == 0) {
            return fail(Tr::tr("not changing %1 without confirmation: standard input is not a terminal; add --yes.")
                            .arg(live->target.name));
        }
        if (!confirm(Tr::tr("Apply this change to %1? [y/N] ").arg(live->target.name))) {
            return fail(Tr::tr("cancelled; nothing changed."));
        }
    }
    const FixLog log(parser.isSet(commandLine.fixLog) ? parser.value(commandLine.fixLog) : FixLog::defaultPath());
    const LiveFixContext context{snapshot.value(), rules, policy, &log};
    const InterruptGuard guard;
    const Result<LiveFixOutcome> outcome = applyLiveFix(*api, *live, context, interrupted);
    if (!outcome.ok()) {
        return fail(outcome.error().message);
    }
    for (const QString &warning : outcome.value().warnings) {
        print(m_err, Tr::tr("hullcheck-cli: warning: %1\n").arg(warning));
    }
    const QString now = QString::fromUtf8(QJsonDocument(outcome.value().after).toJson(QJsonDocument::Compact));
    print(m_out,
          Tr::tr("Applied to %1: %2\n%3 on %1 is now: %4\nLogged to %5\n")
              .arg(live->target.name, now, live->ruleId, statusName(outcome.value().status), log.path()));
    return outcome.value().status == Status::Pass ? ExitOk : ExitError;
}

} // namespace hullcheck::core
