#include "core/docker/endpointresolver.h"

#include "core/docker/contextstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>

// Behaviour follows the docker CLI v28 (github.com/docker/cli): cli/command/cli.go (resolveContextName,
// resolveDefaultDockerEndpoint, getServerHost), opts/hosts.go (ParseHost, ParseTCPAddr), cli/flags/options.go
// (TLS flags and their defaults), cli/context/docker/load.go (TLS of a context endpoint) and cli/config/config.go.

namespace hullcheck::core {

namespace {

constexpr QLatin1String DefaultContextName("default");
constexpr int DefaultHttpPort = 2375; // opts.defaultHTTPPort
constexpr int DefaultTlsPort = 2376;  // opts.defaultTLSHTTPPort
constexpr QLatin1String DefaultTcpHost("localhost");

QString env(const QProcessEnvironment &environment, const char *name)
{
    return environment.value(QString::fromLatin1(name));
}

// Hides a password in "scheme://user:password@host" so a DOCKER_HOST value can appear in a message.
QString redacted(const QString &host)
{
    const qsizetype schemeEnd = host.indexOf(QLatin1String("://"));
    const qsizetype authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    qsizetype authorityEnd = host.indexOf(QLatin1Char('/'), authorityStart);
    if (authorityEnd < 0) {
        authorityEnd = host.size();
    }
    if (authorityEnd <= authorityStart) {
        return host;
    }
    const qsizetype at = host.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at < authorityStart) {
        return host;
    }
    const qsizetype colon = host.indexOf(QLatin1Char(':'), authorityStart);
    if (colon < 0 || colon > at) {
        return host;
    }
    return host.left(colon + 1) + QStringLiteral("***") + host.mid(at);
}

Error invalidHost(const QString &host, const QString &detail)
{
    //: %1 is the -H/DOCKER_HOST value the user gave
    return Error{ErrorKind::InvalidArgument,
                 QCoreApplication::translate("hullcheck::core::EndpointResolver",
                                             "Invalid Docker host \"%1\". Use unix:///path/to/socket or "
                                             "tcp://host:port.")
                     .arg(redacted(host)),
                 detail,
                 0};
}

bool isDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

// Characters Go's net/url accepts in a host name (encodeHost mode), plus any non-ASCII character.
bool isValidHostName(QStringView host)
{
    constexpr std::string_view AllowedPunctuation = "-._~!$&'()*+,;=<>\"";
    return std::all_of(host.begin(), host.end(), [AllowedPunctuation](QChar c) {
        const char16_t code = c.unicode();
        if (code >= 0x80) {
            return true;
        }
        const char ascii = static_cast<char>(code);
        return std::isalnum(static_cast<unsigned char>(ascii)) != 0 ||
               AllowedPunctuation.find(ascii) != std::string_view::npos;
    });
}

bool isIpv6Literal(const QString &text)
{
    QString address = text;
    const qsizetype zone = address.indexOf(QLatin1Char('%'));
    if (zone >= 0) {
        address.truncate(zone);
    }
    std::array<unsigned char, 16> bytes{};
    return inet_pton(AF_INET6, address.toLatin1().constData(), bytes.data()) == 1;
}

struct HostAndPort
{
    QString host; // empty: the default host
    QString port; // digits; empty: the default port
};

// The host:port part of what follows "tcp://", split as net/url does: the authority ends at the first '/', '?' or
// '#', and user information ends at the last '@'. The CLI ignores user information, a query and a fragment.
Result<QString> authorityHostPort(const QString &original, const QString &address)
{
    qsizetype authorityEnd = address.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype index = address.indexOf(stop);
        if (index >= 0 && index < authorityEnd) {
            authorityEnd = index;
        }
    }
    QString path = address.mid(authorityEnd);
    for (const QChar stop : {QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype index = path.indexOf(stop);
        if (index >= 0) {
            path.truncate(index);
        }
    }
    // The CLI keeps a path as the API base path ("tcp://host:2375/prefix"); Hullcheck has no use for one.
    if (!path.isEmpty() && path != QLatin1String("/")) {
        return invalidHost(original, QStringLiteral("a path after the address is not supported: ") + path);
    }
    const QString authority = address.left(authorityEnd);
    return authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
}

// "[v6]:port". net.SplitHostPort fails on "[v6]" without a port, and the CLI's retry cannot fix a bracketed host.
Result<HostAndPort> splitBracketed(const QString &original, const QString &hostPort)
{
    const qsizetype close = hostPort.lastIndexOf(QLatin1Char(']'));
    if (close < 0) {
        return invalidHost(original, QStringLiteral("missing ']' in host"));
    }
    const QString afterBracket = hostPort.mid(close + 1);
    if (afterBracket.isEmpty()) {
        return invalidHost(original, QStringLiteral("invalid bind address format: ") + hostPort);
    }
    if (!afterBracket.startsWith(QLatin1Char(':')) || !isDigits(QStringView(afterBracket).mid(1))) {
        return invalidHost(original, QStringLiteral("invalid port after host: ") + afterBracket);
    }
    HostAndPort result{hostPort.mid(1, close - 1), afterBracket.mid(1)};
    if (!isIpv6Literal(result.host)) {
        return invalidHost(original, QStringLiteral("invalid IPv6 address: ") + result.host);
    }
    return result;
}

// "host", "host:port", ":port", or an IPv6 address without brackets.
Result<HostAndPort> splitPlain(const QString &original, const QString &hostPort)
{
    // net/url: whatever follows the last ':' must be a (possibly empty) number.
    const qsizetype lastColon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (lastColon >= 0 && !isDigits(QStringView(hostPort).mid(lastColon + 1))) {
        return invalidHost(original, QStringLiteral("invalid port after host: ") + hostPort.mid(lastColon));
    }
    if (hostPort.count(QLatin1Char(':')) > 1) {
        // "tcp://::1": too many colons for host:port, so the CLI takes it all as an IPv6 host on the default port.
        if (!isIpv6Literal(hostPort)) {
            return invalidHost(original, QStringLiteral("invalid IPv6 address: ") + hostPort);
        }
        return HostAndPort{hostPort, QString()};
    }
    HostAndPort result{lastColon >= 0 ? hostPort.left(lastColon) : hostPort,
                       lastColon >= 0 ? hostPort.mid(lastColon + 1) : QString()};
    if (!isValidHostName(result.host)) {
        return invalidHost(original, QStringLiteral("invalid character in host name: ") + result.host);
    }
    return result;
}

// opts.ParseTCPAddr with tcp://localhost:2375 as the default. `address` is what follows "tcp://".
// Note that the CLI defaults the port to 2375 even when TLS is on; only a missing host with TLS gives 2376.
Result<Endpoint> parseTcp(const QString &original, const QString &address)
{
    Endpoint endpoint;
    endpoint.transport = Endpoint::Transport::Tcp;
    endpoint.hostName = DefaultTcpHost;
    endpoint.port = DefaultHttpPort;
    if (address.isEmpty() || address == QLatin1String("tcp://")) {
        return endpoint;
    }

    QString addr = address.startsWith(QLatin1String("tcp://")) ? address.mid(6) : address;
    if (addr.isEmpty() || addr.contains(QLatin1String("://"))) {
        return invalidHost(original, QStringLiteral("invalid proto, expected tcp: ") + redacted(address));
    }
    if (addr.endsWith(QLatin1String("]:"))) {
        addr += QString::number(DefaultHttpPort);
    }

    const Result<QString> hostPort = authorityHostPort(original, addr);
    if (!hostPort.ok()) {
        return hostPort.error();
    }
    const Result<HostAndPort> split = hostPort.value().startsWith(QLatin1Char('['))
                                          ? splitBracketed(original, hostPort.value())
                                          : splitPlain(original, hostPort.value());
    if (!split.ok()) {
        return split.error();
    }

    if (!split.value().host.isEmpty()) {
        endpoint.hostName = split.value().host;
    }
    const QString &port = split.value().port;
    if (!port.isEmpty()) {
        // The CLI accepts any number here; a port outside 1-65535 can never connect, so it is rejected early.
        bool ok = false;
        const int number = port.size() <= 5 ? port.toInt(&ok) : 0;
        if (!ok || number < 1 || number > 65535) {
            return invalidHost(original, QStringLiteral("port out of range: ") + port);
        }
        endpoint.port = number;
    }
    return endpoint;
}

QString fileInDir(const QString &dir, const QString &fileName)
{
    return QDir::cleanPath(dir + QLatin1Char('/') + fileName);
}

Result<Endpoint> resolveDefault(const QProcessEnvironment &environment,
                                const QString &configDirWithoutFlag,
                                const QString &host,
                                const ConnectionOptions &options)
{
    // cli/flags/options.go: --tlsverify given at all (true or false) turns TLS on; DOCKER_TLS_VERIFY and DOCKER_TLS
    // are the defaults of --tlsverify and --tls. Verification is off unless --tlsverify is in effect.
    const bool verify =
        options.tlsVerify.has_value() ? *options.tlsVerify : !env(environment, "DOCKER_TLS_VERIFY").isEmpty();
    const bool tlsEnabled =
        options.tls || !env(environment, "DOCKER_TLS").isEmpty() || options.tlsVerify.has_value() || verify;

    Endpoint endpoint;
    if (host.trimmed().isEmpty() && tlsEnabled) {
        // opts.ParseHost(defaultToTLS=true, ""): with TLS and no host the CLI goes to tcp://localhost:2376.
        endpoint.transport = Endpoint::Transport::Tcp;
        endpoint.hostName = DefaultTcpHost;
        endpoint.port = DefaultTlsPort;
    } else {
        Result<Endpoint> parsed = EndpointResolver::parseHost(host);
        if (!parsed.ok()) {
            return parsed;
        }
        endpoint = std::move(parsed.value());
    }

    // TLS applies to tcp only (docker.Endpoint.ClientOpts skips it for sockets).
    if (!tlsEnabled || endpoint.transport != Endpoint::Transport::Tcp) {
        return endpoint;
    }

    // DOCKER_CERT_PATH defaults to config.Dir() as it was when the flags were installed: DOCKER_CONFIG or
    // ~/.docker. The --config flag is parsed later, so it does not move the default certificate directory.
    QString certDir = env(environment, "DOCKER_CERT_PATH");
    if (certDir.isEmpty()) {
        certDir = configDirWithoutFlag;
    }

    endpoint.tls.enabled = true;
    endpoint.tls.verify = verify;
    // The CA default is kept even when missing (the CLI then fails to read it); a missing default client
    // certificate or key is dropped silently, as in ClientOptions.SetDefaultOptions.
    endpoint.tls.caFile =
        !options.tlsCaCert.isEmpty() ? options.tlsCaCert : fileInDir(certDir, QStringLiteral("ca.pem"));
    const auto defaultIfPresent = [&certDir](const QString &fileName) {
        const QString path = fileInDir(certDir, fileName);
        return QFileInfo::exists(path) ? path : QString();
    };
    const bool certGiven = !options.tlsCert.isEmpty();
    const bool keyGiven = !options.tlsKey.isEmpty();
    endpoint.tls.certFile = certGiven ? options.tlsCert : defaultIfPresent(QStringLiteral("cert.pem"));
    endpoint.tls.keyFile = keyGiven ? options.tlsKey : defaultIfPresent(QStringLiteral("key.pem"));
    // A client certificate is only used as a pair; a lone default file is ignored, as by the CLI. Explicitly given
    // files stay, so the transport can report the missing half.
    if (endpoint.tls.certFile.isEmpty() != endpoint.tls.keyFile.isEmpty()) {
        if (!certGiven) {
            endpoint.tls.certFile.clear();
        }
        if (!keyGiven) {
            endpoint.tls.keyFile.clear();
        }
    }
    return endpoint;
}

Result<Endpoint> resolveContext(const QString &configDir, const QString &name)
{
    const Result<DockerContext> context = ContextStore(configDir).context(name);
    if (!context.ok()) {
        return context.error();
    }
    const DockerContext &dockerContext = context.value();

    // The context's host goes to the API client as stored; an empty one means the client default.
    Result<Endpoint> parsed = EndpointResolver::parseHost(dockerContext.host);
    if (!parsed.ok()) {
        Error error = parsed.error();
        //: %1 is a docker context name, %2 the reason its host is unusable
        error.message = QCoreApplication::translate("hullcheck::core::EndpointResolver", "Docker context \"%1\": %2")
                            .arg(name, error.message);
        return error;
    }
    Endpoint endpoint = std::move(parsed.value());

    // cli/context/docker/load.go: a TLS config exists when the context has TLS data (its tls/<id>/docker/
    // directory) or SkipTLSVerify; it is ignored for sockets. Flags and DOCKER_TLS* do not apply to contexts.
    if (endpoint.transport == Endpoint::Transport::Tcp && (dockerContext.hasTlsData || dockerContext.skipTlsVerify)) {
        endpoint.tls.enabled = true;
        endpoint.tls.verify = !dockerContext.skipTlsVerify;
        endpoint.tls.caFile = dockerContext.caFile;
        // The client certificate is loaded only when both cert.pem and key.pem are there.
        if (!dockerContext.certFile.isEmpty() && !dockerContext.keyFile.isEmpty()) {
            endpoint.tls.certFile = dockerContext.certFile;
            endpoint.tls.keyFile = dockerContext.keyFile;
        }
    }
    return endpoint;
}

} // namespace

EndpointResolver::EndpointResolver(QProcessEnvironment environment)
{
    m_environment.swap(environment);
}

QString EndpointResolver::defaultSocketPath()
{
    return QStringLiteral("/var/run/docker.sock");
}

QString EndpointResolver::configDir(const ConnectionOptions &options) const
{
    if (!options.configDir.isEmpty()) {
        return QDir::cleanPath(options.configDir);
    }
    const QString fromEnvironment = env(m_environment, "DOCKER_CONFIG");
    if (!fromEnvironment.isEmpty()) {
        return QDir::cleanPath(fromEnvironment);
    }
    QString home = env(m_environment, "HOME");
    if (home.isEmpty()) {
        home = QDir::homePath();
    }
    return QDir::cleanPath(home + QStringLiteral("/.docker"));
}

Result<Endpoint> EndpointResolver::parseHost(const QString &host)
{
    const QString value = host.trimmed();
    Endpoint endpoint;
    if (value.isEmpty()) {
        endpoint.socketPath = defaultSocketPath();
        return endpoint;
    }

    // Without "://" the whole value is a tcp address ("host:2375").
    const qsizetype separator = value.indexOf(QLatin1String("://"));
    const QString scheme = separator < 0 ? QStringLiteral("tcp") : value.left(separator);
    const QString rest = separator < 0 ? value : value.mid(separator + 3);

    if (scheme == QLatin1String("tcp")) {
        return parseTcp(host, rest);
    }
    if (scheme == QLatin1String("unix")) {
        const QString path = rest.startsWith(QLatin1String("unix://")) ? rest.mid(7) : rest;
        if (path.contains(QLatin1String("://"))) {
            return invalidHost(host, QStringLiteral("invalid proto, expected unix: ") + path);
        }
        endpoint.socketPath = path.isEmpty() ? defaultSocketPath() : path;
        return endpoint;
    }
    if (scheme == QLatin1String("ssh")) {
        //: %1 is the ssh:// endpoint the user gave
        return Error{ErrorKind::Unsupported,
                     QCoreApplication::translate("hullcheck::core::EndpointResolver",
                                                 "ssh:// endpoints (%1) are not supported yet. Connect through "
                                                 "tcp:// with TLS, or run Hullcheck on the Docker host and use "
                                                 "its local socket.")
                         .arg(redacted(value)),
                     QStringLiteral("ssh connection helper not implemented"),
                     0};
    }
    if (scheme == QLatin1String("npipe")) {
        //: %1 is the npipe:// endpoint the user gave
        return Error{ErrorKind::Unsupported,
                     QCoreApplication::translate("hullcheck::core::EndpointResolver",
                                                 "npipe:// endpoints (%1) are Windows named pipes and are not "
                                                 "supported. Use tcp:// with TLS or a unix socket.")
                         .arg(value),
                     QStringLiteral("npipe transport not available"),
                     0};
    }
    if (scheme == QLatin1String("fd")) {
        //: %1 is the fd:// value the user gave
        return Error{ErrorKind::InvalidArgument,
                     QCoreApplication::translate("hullcheck::core::EndpointResolver",
                                                 "fd:// (%1) is only valid for the Docker daemon itself, not for "
                                                 "clients. Use unix:// or tcp://.")
                         .arg(value),
                     QStringLiteral("fd:// is a daemon-side socket activation address"),
                     0};
    }
    return invalidHost(host, QStringLiteral("invalid bind address format: ") + redacted(value));
}

Result<Endpoint> EndpointResolver::resolve(const ConnectionOptions &options) const
{
    if (!options.host.isEmpty() && !options.context.isEmpty()) {
        return Error{ErrorKind::InvalidArgument,
                     QCoreApplication::translate("hullcheck::core::EndpointResolver",
                                                 "conflicting options: either specify --host or --context, not both"),
                     QStringLiteral("both --host and --context given"),
                     0};
    }

    // resolveContextName: --context, then --host or DOCKER_HOST (the default context), then DOCKER_CONTEXT, then
    // currentContext in config.json, then the default context.
    QString contextName;
    QString source;
    QString host; // the default context's host (getServerHost)
    const QString dockerHost = env(m_environment, "DOCKER_HOST");
    const QString dockerContext = env(m_environment, "DOCKER_CONTEXT");
    if (!options.context.isEmpty()) {
        contextName = options.context;
        source = QStringLiteral("context \"%1\"").arg(contextName);
        host = dockerHost;
    } else if (!options.host.isEmpty()) {
        source = QStringLiteral("--host");
        host = options.host;
    } else if (!dockerHost.isEmpty()) {
        source = QStringLiteral("DOCKER_HOST");
        host = dockerHost;
    } else if (!dockerContext.isEmpty()) {
        contextName = dockerContext;
        source = QStringLiteral("context \"%1\" (DOCKER_CONTEXT)").arg(contextName);
    } else {
        const Result<QString> current = ContextStore(configDir(options)).currentContext();
        if (!current.ok()) {
            return current.error();
        }
        contextName = current.value();
        source = contextName.isEmpty() ? QStringLiteral("default")
                                       : QStringLiteral("context \"%1\" (config.json)").arg(contextName);
    }

    if (contextName.isEmpty() || contextName == DefaultContextName) {
        ConnectionOptions withoutConfigFlag = options;
        withoutConfigFlag.configDir.clear();
        Result<Endpoint> endpoint = resolveDefault(m_environment, configDir(withoutConfigFlag), host, options);
        if (endpoint.ok()) {
            endpoint.value().source = source;
            endpoint.value().contextName = contextName;
        }
        return endpoint;
    }

    Result<Endpoint> endpoint = resolveContext(configDir(options), contextName);
    if (endpoint.ok()) {
        endpoint.value().source = source;
        endpoint.value().contextName = contextName;
    }
    return endpoint;
}

} // namespace hullcheck::core
