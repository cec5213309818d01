#include "core/cli/clirunner.h"

#include "core/coreruntime.h"
#include "core/docker/apiversion.h"
#include "core/docker/curldockerapi.h"
#include "core/docker/endpointresolver.h"
#include "core/snapshot/snapshot.h"
#include "core/snapshot/snapshotcollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

int CliRunner::run(const QStringList &arguments)
{
    const auto fail = [this](const QString &message) {
        print(m_err, tr("hullcheck-cli: %1\n").arg(message));
        return ExitError;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Hullcheck: how safe is this Docker host?\n\nCommands:\n"
           "  snapshot   Collect a snapshot of a daemon (JSON) for later or offline scans"));
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    const QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")};
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run: snapshot."));

    const ConnectionOptionNames connection;
    connection.addTo(parser);
    const QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to this file (mode 0600) instead of standard output."),
                                    tr("file")};
    const QCommandLineOption redact{QStringLiteral("redact"),
                                    tr("Replace environment values by a placeholder in the file too (standard "
                                       "output is always redacted).")};
    const QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                         tr("Parallel requests to the daemon (default 8)."),
                                         tr("n"),
                                         QStringLiteral("8")};
    const QCommandLineOption noHost{QStringLiteral("no-host-facts"),
                                    tr("Do not read host files and processes, even for a local daemon.")};
    parser.addOptions({output, redact, concurrency, noHost});

    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(version)) {
        print(m_out,
              tr("hullcheck-cli %1\nEngine API %2 to %3\n%4\n")
                  .arg(QStringLiteral(HULLCHECK_VERSION),
                       ClientMinApiVersion.toString(),
                       ClientMaxApiVersion.toString(),
                       CoreRuntime::transportVersion()));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help)) {
        print(m_out, parser.helpText());
        return ExitOk;
    }
    if (positional.isEmpty()) {
        print(m_err, parser.helpText());
        return fail(tr("no command given; try \"hullcheck-cli snapshot\"."));
    }
    const QString &command = positional.first();
    if (command != QLatin1String("snapshot")) {
        return fail(tr("unknown command \"%1\"; try --help.").arg(command));
    }
    if (positional.size() > 1) {
        return fail(tr("unexpected argument \"%1\".").arg(positional.at(1)));
    }

    const Result<Endpoint> endpoint = EndpointResolver().resolve(connection.read(parser));
    if (!endpoint.ok()) {
        return fail(endpoint.error().message);
    }
    if (endpoint.value().isUnverified() && endpoint.value().tls.enabled) {
        print(m_err,
              tr("hullcheck-cli: warning: TLS verification of %1 is off (--tls without --tlsverify); the daemon's "
                 "identity is not checked.\n")
                  .arg(endpoint.value().url()));
    }
    const Result<TransportOptions> transport = transportOptions(parser, connection);
    if (!transport.ok()) {
        return fail(transport.error().message);
    }
    CollectOptions collectOptions;
    bool validConcurrency = false;
    collectOptions.concurrency = parser.value(concurrency).toInt(&validConcurrency);
    if (!validConcurrency || collectOptions.concurrency < 1 || collectOptions.concurrency > 64) {
        return fail(tr("--concurrency needs a number from 1 to 64."));
    }
    collectOptions.collectHostFacts = !parser.isSet(noHost);

    Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint.value(), transport.value());
    if (!api.ok()) {
        return fail(api.error().message);
    }
    interrupted.store(false);
    const auto previousHandler = std::signal(SIGINT, handleInterrupt);
    Result<Snapshot> snapshot = collectSnapshot(*api.value(), collectOptions, interrupted);
    std::signal(SIGINT, previousHandler);
    if (!snapshot.ok()) {
        return fail(snapshot.error().message);
    }

    if (!parser.isSet(output)) {
        // Standard output ends up in terminals, CI logs and pastes: never print environment values there.
        const QByteArray bytes = snapshot.value().redactedCopy().toJsonBytes();
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
        return ExitOk;
    }
    const Snapshot &written = parser.isSet(redact) ? snapshot.value().redactedCopy() : snapshot.value();
    const Status saved = written.save(parser.value(output));
    if (!saved.ok()) {
        return fail(saved.error().message);
    }
    print(m_out,
          tr("Snapshot of %1 written to %2: %3 containers, %4 images, %5 networks, %6 volumes (%7 ms).\n")
              .arg(written.displayName(), parser.value(output))
              .arg(written.containers.size())
              .arg(written.images.size())
              .arg(written.networks.size())
              .arg(written.volumes.size())
              .arg(written.collectionMs));
    for (const QString &warning : written.warnings) {
        print(m_err, tr("hullcheck-cli: warning: %1\n").arg(warning));
    }
    return ExitOk;
}

} // namespace hullcheck::core
