#include "core/cli/clirunner.h"

#include "core/bench/engine.h"
#include "core/bench/policyloader.h"
#include "core/bench/rulepackloader.h"
#include "core/coreruntime.h"
#include "core/docker/apiversion.h"
#include "core/docker/curldockerapi.h"
#include "core/docker/endpointresolver.h"
#include "core/fileio.h"
#include "core/report/reportrenderer.h"
#include "core/snapshot/snapshot.h"
#include "core/snapshot/snapshotcollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <csignal>

namespace hullcheck::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hullcheck::core::CliRunner", text);
}

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
                            tr("Daemon socket to connect to (unix:///path, tcp://host:port)."),
                            tr("endpoint")};
    QCommandLineOption context{{QStringLiteral("c"), QStringLiteral("context")},
                               tr("Docker context to use (overrides DOCKER_HOST and the current context)."),
                               tr("name")};
    QCommandLineOption tls{QStringLiteral("tls"), tr("Use TLS without verifying the daemon's certificate (unsafe).")};
    QCommandLineOption tlsVerify{QStringLiteral("tlsverify"), tr("Use TLS and verify the daemon's certificate.")};
    QCommandLineOption tlsCaCert{QStringLiteral("tlscacert"), tr("Trust certs signed only by this CA."), tr("file")};
    QCommandLineOption tlsCert{QStringLiteral("tlscert"), tr("Path to the TLS client certificate."), tr("file")};
    QCommandLineOption tlsKey{QStringLiteral("tlskey"), tr("Path to the TLS client key."), tr("file")};
    QCommandLineOption config{
        QStringLiteral("config"), tr("Location of the docker client config files (default ~/.docker)."), tr("dir")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               tr("Seconds to wait for each answer of the daemon (default 30)."),
                               tr("seconds"),
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
        return Error{
            ErrorKind::InvalidArgument,
            tr("--timeout needs a number of seconds between 0 and 3600, not \"%1\".").arg(parser.value(names.timeout)),
            {}};
    }
    TransportOptions options;
    options.requestTimeoutMs = static_cast<int>(seconds * 1000);
    options.connectTimeoutMs = std::min(options.requestTimeoutMs, options.connectTimeoutMs);
    return options;
}

} // namespace

CliRunner::CliRunner(FILE *out, FILE *err)
    : m_out(out)
    , m_err(err)
{
}

struct CommandLine
{
    QCommandLineParser parser;
    ConnectionOptionNames connection;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              tr("Write to this file instead of standard output."),
                              tr("file")};
    QCommandLineOption redact{QStringLiteral("redact"),
                              tr("snapshot: replace environment values by a placeholder in the file too (standard "
                                 "output is always redacted).")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   tr("Parallel requests to the daemon (default 8)."),
                                   tr("n"),
                                   QStringLiteral("8")};
    QCommandLineOption noHost{QStringLiteral("no-host-facts"),
                              tr("Do not read host files and processes, even for a local daemon.")};
    QCommandLineOption snapshotFile{
        QStringLiteral("snapshot"), tr("scan: scan a saved snapshot instead of a daemon."), tr("file")};
    QCommandLineOption format{QStringLiteral("format"),
                              tr("scan: report format: json, html, pdf, csv, sarif, junit or md (default json)."),
                              tr("format"),
                              QStringLiteral("json")};
    QCommandLineOption includePassed{QStringLiteral("include-passed"),
                                     tr("scan: list passed results one by one (default for csv, sarif, junit).")};
    QCommandLineOption noPassed{QStringLiteral("no-passed"),
                                tr("scan: count passed results per rule but do not list them (default for html, pdf, "
                                   "md; json always lists every result).")};
    QCommandLineOption pageSize{QStringLiteral("page-size"),
                                tr("scan: PDF page size, a4 or letter (default a4)."),
                                tr("size"),
                                QStringLiteral("a4")};
    QCommandLineOption policy{QStringLiteral("policy"), tr("scan: policy file (YAML)."), tr("file")};
    QCommandLineOption rules{
        QStringLiteral("rules"), tr("scan: rule packs from this directory instead of the built-in ones."), tr("dir")};
    QCommandLineOption failOn{QStringLiteral("fail-on"),
                              tr("scan: exit 1 when a result fails at this severity or above "
                                 "(critical, high, medium, low)."),
                              tr("severity")};

    CommandLine()
    {
        parser.setApplicationDescription(
            tr("Hullcheck: how safe is this Docker host?\n\nCommands:\n"
               "  snapshot   Collect a snapshot of a daemon (JSON) for later or offline scans\n"
               "  scan       Run the benchmark on a daemon or a saved snapshot and write the report"));
        parser.addOption(help);
        parser.addOption(version);
        parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run: snapshot or scan."));
        connection.addTo(parser);
        parser.addOptions({output,
                           redact,
                           concurrency,
                           noHost,
                           snapshotFile,
                           format,
                           includePassed,
                           noPassed,
                           pageSize,
                           policy,
                           rules,
                           failOn});
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

Result<Snapshot> CliRunner::acquireSnapshot(const CommandLine &commandLine)
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
              tr("hullcheck-cli: warning: TLS verification of %1 is off (--tls without --tlsverify); the daemon's "
                 "identity is not checked.\n")
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
        return Error{ErrorKind::InvalidArgument, tr("--concurrency needs a number from 1 to 64."), {}};
    }
    collectOptions.collectHostFacts = !parser.isSet(commandLine.noHost);
    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint.value(), transport.value());
    if (!api.ok()) {
        return api.error();
    }
    const InterruptGuard guard;
    Result<Snapshot> snapshot = collectSnapshot(*api.value(), collectOptions, interrupted);
    if (snapshot.ok()) {
        for (const QString &warning : snapshot.value().warnings) {
            print(m_err, tr("hullcheck-cli: warning: %1\n").arg(warning));
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
    print(m_err, tr("hullcheck-cli: %1\n").arg(message));
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
              tr("hullcheck-cli %1\nEngine API %2 to %3\n%4\n")
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
        return fail(tr("no command given; try \"hullcheck-cli scan\" or \"hullcheck-cli snapshot\"."));
    }
    if (positional.size() > 1) {
        return fail(tr("unexpected argument \"%1\".").arg(positional.at(1)));
    }
    const QString &command = positional.first();
    if (command == QLatin1String("snapshot")) {
        return runSnapshot(commandLine);
    }
    if (command == QLatin1String("scan")) {
        return runScan(commandLine);
    }
    return fail(tr("unknown command \"%1\"; try --help.").arg(command));
}

int CliRunner::runSnapshot(const CommandLine &commandLine)
{
    const QCommandLineParser &parser = commandLine.parser;
    if (parser.isSet(commandLine.snapshotFile)) {
        return fail(tr("--snapshot belongs to \"scan\"; \"snapshot\" collects from a daemon."));
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
          tr("Snapshot of %1 written to %2: %3 containers, %4 images, %5 networks, %6 volumes (%7 ms).\n")
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
        return Error{ErrorKind::InvalidArgument, tr("--include-passed and --no-passed exclude each other."), {}};
    }
    if (parser.isSet(commandLine.includePassed) || parser.isSet(commandLine.noPassed)) {
        options.includePassed = parser.isSet(commandLine.includePassed);
    }
    const QString size = parser.value(commandLine.pageSize).toLower();
    if (size != QLatin1String("a4") && size != QLatin1String("letter")) {
        return Error{ErrorKind::InvalidArgument,
                     tr("--page-size needs a4 or letter, not \"%1\".").arg(parser.value(commandLine.pageSize)),
                     {}};
    }
    options.pageSize = size == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
    if (!isTextFormat(format) && !parser.isSet(commandLine.output)) {
        return Error{ErrorKind::InvalidArgument,
                     tr("--format %1 writes a binary file: give it with -o FILE.").arg(reportFormatName(format)),
                     {}};
    }
    return options;
}

int CliRunner::runScan(const CommandLine &commandLine)
{
    const QCommandLineParser &parser = commandLine.parser;
    const std::optional<ReportFormat> format = reportFormatFromName(parser.value(commandLine.format));
    if (!format) {
        return fail(tr("unknown --format \"%1\"; use one of %2.")
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
            return fail(
                tr("--fail-on needs critical, high, medium or low, not \"%1\".").arg(parser.value(commandLine.failOn)));
        }
    }
    // Rules and policy first: a broken file is reported before any daemon traffic.
    const Result<RulePack> rules = parser.isSet(commandLine.rules)
                                       ? RulePackLoader::fromDirectory(parser.value(commandLine.rules))
                                       : RulePackLoader::builtin();
    if (!rules.ok()) {
        return fail(rules.error().message);
    }
    Policy policy;
    if (parser.isSet(commandLine.policy)) {
        Result<Policy> loaded = PolicyLoader::fromFile(parser.value(commandLine.policy));
        if (!loaded.ok()) {
            return fail(loaded.error().message);
        }
        policy = std::move(loaded).value();
    }
    const Result<Snapshot> snapshot = acquireSnapshot(commandLine);
    if (!snapshot.ok()) {
        return fail(snapshot.error().message);
    }
    ReportInput input{
        evaluate(snapshot.value(), rules.value(), policy), snapshot.value(), rules.value(), policy, options.value()};
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
              tr("Scan of %1: score %2/100; %3 fail, %4 warn, %5 pass, %6 info, %7 skip, %8 waived. Report: %9\n")
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

} // namespace hullcheck::core
