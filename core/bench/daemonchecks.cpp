// Builtin checks over the daemon (CIS Docker Benchmark v1.6.0 §1.2.2 and §2, practices A1 and A2).
//
// Live values first: where /info, /version or the default bridge network show the effective setting, that is
// what is judged (a daemon.json edited but not reloaded changes nothing). Settings the API does not show come
// from the daemon's command line and daemon.json in the host facts; without them the result is Skip "needs host
// access", never a guess. Podman answers the same API without several dockerd fields and settings: those checks
// report Skip with the reason instead of failing on a missing field.
//
// A tripped check reports Status::Fail; the engine turns it into the rule's on_fail. `value` fills {value} in the
// remediation.
#include "core/bench/builtinchecks.h"
#include "core/bench/checksupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <climits>
#include <optional>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::DaemonChecks)
};

QJsonObject infoOf(const QJsonObject &daemon)
{
    return daemon.value(QLatin1String("info")).toObject();
}

QJsonArray componentsOf(const QJsonObject &daemon)
{
    return daemon.value(QLatin1String("version")).toObject().value(QLatin1String("Components")).toArray();
}

// Podman serves the Docker API; it names itself in /version Components.
bool isPodman(const QJsonObject &daemon)
{
    const QJsonArray components = componentsOf(daemon);
    return std::any_of(components.begin(), components.end(), [](const QJsonValue &component) {
        return component.toObject()
            .value(QLatin1String("Name"))
            .toString()
            .contains(QLatin1String("Podman"), Qt::CaseInsensitive);
    });
}

QString hostSkipReason(const HostFacts &host)
{
    return host.unavailableReason.isEmpty() ? Tr::tr("needs host access") : host.unavailableReason;
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: break;
    }
    return {};
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray()) {
            list.append(entry.isString() ? entry.toString() : jsonText(entry));
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            list.append(it.key() + QLatin1Char('=') + jsonText(it.value()));
        }
    } else if (!value.isUndefined() && !value.isNull()) {
        const QString text = value.isString() ? value.toString() : jsonText(value);
        if (!text.isEmpty()) {
            list.append(text);
        }
    }
    return list;
}

std::optional<bool> boolOf(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        return boolOf(value.toArray().last()); // a repeated flag: the last one wins
    }
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1")) {
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0")) {
        return false;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------------
// Settings only the command line and daemon.json show

struct Setting
{
    std::optional<QJsonValue> value;
    QString source; // "command line --iptables" / "daemon.json iptables"
};

Setting readSetting(const ScanContext &context, const QStringList &flags, const QString &key)
{
    Setting setting;
    for (const QString &flag : flags) {
        if (const auto fromCommandLine = context.daemonSetting(flag, {})) {
            setting.value = fromCommandLine;
            setting.source = Tr::tr("command line %1").arg(flag);
            return setting;
        }
    }
    if (!key.isEmpty()) {
        if (const auto fromConfig = context.daemonSetting({}, key)) {
            setting.value = fromConfig;
            setting.source = Tr::tr("%1 key \"%2\"").arg(context.snapshot().host.configFile, key);
        }
    }
    return setting;
}

// Why host settings cannot be judged, or empty when they can.
QString settingsUnavailable(const ScanContext &context, const QString &what)
{
    const HostFacts &host = context.snapshot().host;
    if (!host.collected) {
        return Tr::tr("%1: %2 is only visible on the daemon's command line or in its daemon.json")
            .arg(hostSkipReason(host), what);
    }
    if (host.daemonCommandLine.isEmpty()) {
        return Tr::tr("the daemon's command line could not be read (%1), so %2 is unknown")
            .arg(host.daemonError.isEmpty() ? Tr::tr("no process found") : host.daemonError, what);
    }
    if (!host.configFileError.isEmpty()) {
        return Tr::tr("%1 could not be read (%2), so %3 is unknown").arg(host.configFile, host.configFileError, what);
    }
    return {};
}

QStringList flagsParam(const Rule &rule)
{
    QStringList flags = stringsOf(rule.params.value(QLatin1String("flags")));
    const QString flag = rule.params.value(QLatin1String("flag")).toString();
    if (!flag.isEmpty()) {
        flags.prepend(flag);
    }
    return flags;
}

// A dockerd setting the API does not show (CIS 2.3, 2.4, 2.10, 2.11, 2.14, 2.16).
// params: flag (and flags: aliases), key (daemon.json), type (bool | string | list), default (its value when set
// nowhere), and one test: expect (the value that passes), expect_set (true: must be set; false: must not be),
// fail_contains (a list element or string containing it fails). Optional: only_driver (passes, from /info, when
// the storage driver is another one), api_debug (fails, from /info, when Debug is on).
CheckOutcome daemonSettingCheck(const ScanContext &context, const QJsonObject &daemon, const Rule &rule)
{
    const QStringList flags = flagsParam(rule);
    const QString key = rule.params.value(QLatin1String("key")).toString();
    const QString what = flags.isEmpty() ? key : flags.first();
    if (isPodman(daemon)) {
        return skip(Tr::tr("Podman has no dockerd settings (%1)").arg(what));
    }
    const QJsonObject info = infoOf(daemon);
    const QString onlyDriver = rule.params.value(QLatin1String("only_driver")).toString();
    const QString driver = info.value(QLatin1String("Driver")).toString();
    if (!onlyDriver.isEmpty() && !driver.isEmpty() && driver != onlyDriver) {
        CheckOutcome outcome;
        outcome.evidence =
            Tr::tr("storage driver %1 (/info Driver): %2 applies to %3 only").arg(driver, what, onlyDriver);
        return outcome;
    }
    if (rule.params.value(QLatin1String("api_debug")).toBool() && info.value(QLatin1String("Debug")).toBool()) {
        CheckOutcome outcome;
        outcome.status = Status::Fail;
        outcome.value = QStringLiteral("debug");
        outcome.evidence = Tr::tr("debug logging is on (/info Debug = true)");
        return outcome;
    }
    if (const QString unavailable = settingsUnavailable(context, what); !unavailable.isEmpty()) {
        return skip(unavailable);
    }

    const Setting setting = readSetting(context, flags, key);
    const QString type = rule.params.value(QLatin1String("type")).toString(QStringLiteral("string"));
    const QJsonValue defaultValue = rule.params.value(QLatin1String("default"));
    const QJsonValue effective = setting.value.value_or(defaultValue);
    CheckOutcome outcome;
    if (setting.value) {
        outcome.evidence = Tr::tr("%1 = %2 (%3)").arg(what, jsonText(*setting.value), setting.source);
    } else if (!defaultValue.isUndefined()) {
        outcome.evidence = Tr::tr("%1 is not set: the default %2 applies").arg(what, jsonText(defaultValue));
    } else {
        outcome.evidence =
            Tr::tr("%1 is not set on the command line nor in %2").arg(what, context.snapshot().host.configFile);
    }
    outcome.value = setting.value ? jsonText(*setting.value) : jsonText(defaultValue);

    bool tripped = false;
    if (rule.params.contains(QLatin1String("expect_set"))) {
        const bool mustBeSet = rule.params.value(QLatin1String("expect_set")).toBool();
        const bool isSet = setting.value && !stringsOf(*setting.value).isEmpty();
        tripped = mustBeSet != isSet;
    } else if (const QString needle = rule.params.value(QLatin1String("fail_contains")).toString(); !needle.isEmpty()) {
        const QStringList values = stringsOf(effective);
        tripped = std::any_of(values.begin(), values.end(), [&needle](const QString &entry) {
            return entry.contains(needle);
        });
    } else if (rule.params.contains(QLatin1String("expect"))) {
        const QJsonValue expect = rule.params.value(QLatin1String("expect"));
        if (type == QLatin1String("bool") || expect.isBool()) {
            const std::optional<bool> actual = boolOf(effective);
            if (!actual) {
                return skip(Tr::tr("%1 has a value that is not a boolean: %2").arg(what, jsonText(effective)));
            }
            tripped = *actual != expect.toBool();
        } else {
            QString actual = effective.isArray() ? stringsOf(effective).value(stringsOf(effective).size() - 1)
                                                 : effective.toString();
            tripped = actual.compare(expect.toString(), Qt::CaseInsensitive) != 0;
        }
    } else {
        return skip(Tr::tr("the rule gives no test (params: expect, expect_set or fail_contains)"));
    }
    if (tripped) {
        outcome.status = Status::Fail;
    }
    return outcome;
}

// ---------------------------------------------------------------------------------------------------------------
// TLS on TCP (CIS 2.7, practice A2)

bool isLocalListener(const QString &host)
{
    return host.startsWith(QLatin1String("unix://")) || host.startsWith(QLatin1String("fd://")) ||
           host.startsWith(QLatin1String("npipe://"));
}

// The daemon's listeners (-H / --host, daemon.json "hosts"; Podman: the service URI) and whether each TCP one
// demands client certificates.
struct Listeners
{
    QStringList local;
    QStringList verified;   // tcp with --tlsverify
    QStringList unverified; // tcp with --tls only, or without TLS
    QString tlsMode;        // "tlsverify", "tls" or "none"
};

Listeners daemonListeners(const ScanContext &context, const QJsonObject &daemon)
{
    const HostFacts &host = context.snapshot().host;
    const QJsonObject config = daemon.value(QLatin1String("config")).toObject();
    QStringList hosts;
    if (isPodman(daemon)) {
        // podman system service [options] [URI]
        for (const QString &argument : host.daemonCommandLine) {
            if (argument.startsWith(QLatin1String("unix://")) || argument.startsWith(QLatin1String("tcp://"))) {
                hosts.append(argument);
            }
        }
    } else {
        hosts = commandLineFlagValues(host.daemonCommandLine, {QStringLiteral("--host"), QStringLiteral("-H")});
        for (const QJsonValue &value : config.value(QLatin1String("hosts")).toArray()) {
            hosts.append(value.toString());
        }
    }
    const auto flagOn = [&](const QString &flag, const QString &key) {
        const QStringList values = commandLineFlagValues(host.daemonCommandLine, {flag}, true);
        if (!values.isEmpty()) {
            return boolOf(values.last()).value_or(false);
        }
        return config.value(key).toBool(false);
    };
    const bool verify = !isPodman(daemon) && flagOn(QStringLiteral("--tlsverify"), QStringLiteral("tlsverify"));
    const bool tls = verify || (!isPodman(daemon) && flagOn(QStringLiteral("--tls"), QStringLiteral("tls")));
    Listeners listeners;
    listeners.tlsMode = verify ? QStringLiteral("tlsverify") : tls ? QStringLiteral("tls") : QStringLiteral("none");
    if (hosts.isEmpty() && !isPodman(daemon)) {
        hosts.append(QStringLiteral("unix:///var/run/docker.sock")); // dockerd's default
    }
    for (const QString &listener : hosts) {
        if (isLocalListener(listener)) {
            listeners.local.append(listener);
        } else if (verify) {
            listeners.verified.append(listener);
        } else {
            listeners.unverified.append(listener);
        }
    }
    return listeners;
}

CheckOutcome daemonTcpTls(const ScanContext &context, const QJsonObject &daemon, const Rule &)
{
    const Snapshot &snapshot = context.snapshot();
    const Endpoint &endpoint = snapshot.endpoint;
    const HostFacts &host = snapshot.host;
    CheckOutcome outcome;
    QStringList evidence;
    QStringList problems;

    // Our own connection: the API itself proves a plain TCP daemon.
    bool connectionVerifiedTls = false;
    if (endpoint.transport == Endpoint::Transport::Tcp) {
        const QString url = endpoint.url();
        if (!endpoint.tls.enabled) {
            problems.append(Tr::tr("this scan reached the daemon over plain TCP at %1: anyone who can reach that port "
                                   "controls the daemon, and so the host")
                                .arg(url));
            outcome.value = url;
        } else if (!endpoint.tls.verify) {
            problems.append(
                Tr::tr("this scan reached %1 over TLS without verifying the daemon's certificate").arg(url));
            outcome.value = url;
        } else {
            connectionVerifiedTls = true;
            evidence.append(Tr::tr("this scan used TLS with a verified server certificate (%1)").arg(url));
        }
    } else {
        evidence.append(Tr::tr("this scan used the unix socket %1").arg(endpoint.socketPath));
    }

    const bool listenersKnown = host.collected && !host.daemonCommandLine.isEmpty();
    if (listenersKnown) {
        const Listeners listeners = daemonListeners(context, daemon);
        QStringList all = listeners.local + listeners.verified + listeners.unverified;
        evidence.append(Tr::tr("listeners: %1 (TLS: %2)").arg(all.join(QStringLiteral(", ")), listeners.tlsMode));
        if (!listeners.unverified.isEmpty()) {
            problems.append(
                listeners.tlsMode == QLatin1String("tls")
                    ? Tr::tr("%1 uses TLS without --tlsverify: any client can connect without a certificate")
                          .arg(listeners.unverified.join(QStringLiteral(", ")))
                    : Tr::tr("%1 accepts connections without TLS")
                          .arg(listeners.unverified.join(QStringLiteral(", "))));
            if (outcome.value.isEmpty()) {
                outcome.value = listeners.unverified.first();
            }
        }
    }

    outcome.evidence = (problems + evidence).join(QStringLiteral("; "));
    if (!problems.isEmpty()) {
        outcome.status = Status::Fail;
        return outcome;
    }
    if (!listenersKnown) {
        const QString why =
            host.collected ? Tr::tr("the daemon's command line could not be read") : hostSkipReason(host);
        if (connectionVerifiedTls) {
            outcome.status = Status::Info;
            outcome.reason = Tr::tr("TLS is in use; whether the daemon demands client certificates (--tlsverify) and "
                                    "which other ports it listens on are unknown (%1)")
                                 .arg(why);
            return outcome;
        }
        CheckOutcome skipped = skip(Tr::tr("%1: the daemon's TCP listeners are only visible on its command line and in "
                                           "daemon.json (this scan used the unix socket)")
                                        .arg(why));
        skipped.evidence = outcome.evidence;
        return skipped;
    }
    return outcome;
}

// ---------------------------------------------------------------------------------------------------------------
// Live /info and network settings

bool isLoopbackCidr(const QString &cidr)
{
    const QString address = cidr.section(QLatin1Char('/'), 0, 0);
    bool ok = true;
    const int prefix = cidr.contains(QLatin1Char('/')) ? cidr.section(QLatin1Char('/'), 1).toInt(&ok) : -1;
    const QByteArray latin1 = address.toLatin1();
    std::array<unsigned char, 4> v4{};
    if (inet_pton(AF_INET, latin1.constData(), v4.data()) == 1) {
        return ok && v4[0] == 127 && (prefix < 0 || prefix >= 8);
    }
    std::array<unsigned char, 16> v6{};
    if (inet_pton(AF_INET6, latin1.constData(), v6.data()) == 1) {
        constexpr std::array<unsigned char, 16> Loopback{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        return ok && v6 == Loopback && (prefix < 0 || prefix == 128);
    }
    return false;
}

// "localhost:5000", "127.0.0.1:5000", "[::1]:5000"
bool isLoopbackRegistry(const QString &name)
{
    QString hostPart = name;
    if (hostPart.startsWith(QLatin1Char('['))) {
        hostPart = hostPart.mid(1).section(QLatin1Char(']'), 0, 0);
    } else if (hostPart.count(QLatin1Char(':')) == 1) {
        hostPart = hostPart.section(QLatin1Char(':'), 0, 0);
    }
    return hostPart.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || isLoopbackCidr(hostPart);
}

// CIS 2.5 / B5: insecure registries the running daemon uses (/info RegistryConfig), except loopback (Docker's
// built-in 127.0.0.0/8, and ::1/128).
CheckOutcome insecureRegistries(const ScanContext &context, const QJsonObject &daemon, const Rule &)
{
    const QJsonObject info = infoOf(daemon);
    if (!info.contains(QLatin1String("RegistryConfig"))) {
        return skip(Tr::tr("the daemon does not report RegistryConfig in /info"));
    }
    const QJsonObject registryConfig = info.value(QLatin1String("RegistryConfig")).toObject();
    QStringList insecure;
    QStringList ignored;
    for (const QString &cidr : stringsOf(registryConfig.value(QLatin1String("InsecureRegistryCIDRs")))) {
        (isLoopbackCidr(cidr) ? ignored : insecure).append(cidr);
    }
    const QJsonObject indexes = registryConfig.value(QLatin1String("IndexConfigs")).toObject();
    for (auto it = indexes.constBegin(); it != indexes.constEnd(); ++it) {
        const QJsonObject index = it.value().toObject();
        if (index.contains(QLatin1String("Secure")) && !index.value(QLatin1String("Secure")).toBool()) {
            (isLoopbackRegistry(it.key()) ? ignored : insecure).append(it.key());
        }
    }
    CheckOutcome outcome;
    QStringList evidence;
    evidence.append(insecure.isEmpty() ? Tr::tr("no insecure registries in /info RegistryConfig")
                                       : Tr::tr("insecure registries: %1").arg(insecure.join(QStringLiteral(", "))));
    if (!ignored.isEmpty()) {
        evidence.append(Tr::tr("loopback, ignored: %1").arg(ignored.join(QStringLiteral(", "))));
    }
    // A daemon.json edited but not yet applied: say so, judge the running daemon.
    if (context.snapshot().host.collected) {
        const QStringList configured =
            stringsOf(daemon.value(QLatin1String("config")).toObject().value(QLatin1String("insecure-registries")));
        QStringList pending;
        for (const QString &entry : configured) {
            if (!insecure.contains(entry) && !ignored.contains(entry) && !isLoopbackRegistry(entry) &&
                !isLoopbackCidr(entry)) {
                pending.append(entry);
            }
        }
        if (!pending.isEmpty()) {
            evidence.append(Tr::tr("%1 also lists %2, which the running daemon does not use (not restarted since?)")
                                .arg(context.snapshot().host.configFile, pending.join(QStringLiteral(", "))));
        }
    }
    if (isPodman(daemon)) {
        evidence.append(Tr::tr("Podman reads insecure registries from registries.conf; /info may not list them"));
    }
    outcome.evidence = evidence.join(QStringLiteral("; "));
    if (!insecure.isEmpty()) {
        outcome.status = Status::Fail;
        outcome.value = insecure.join(QStringLiteral(", "));
    }
    return outcome;
}

// CIS 2.2 / A6: inter-container communication on the default bridge, from the live network's options.
CheckOutcome bridgeIcc(const ScanContext &context, const QJsonObject &daemon, const Rule &)
{
    const QJsonObject bridge = daemon.value(QLatin1String("bridge")).toObject();
    if (bridge.isEmpty()) {
        return skip(isPodman(daemon)
                        ? Tr::tr("Podman has no default \"bridge\" network (its default network is "
                                 "\"podman\", which has no enable_icc option)")
                        : Tr::tr("the daemon has no default bridge network (started with --bridge=none?)"));
    }
    const QJsonObject options = bridge.value(QLatin1String("Options")).toObject();
    const QString key = QStringLiteral("com.docker.network.bridge.enable_icc");
    if (!options.contains(key)) {
        return skip(Tr::tr("the default bridge network does not report %1").arg(key));
    }
    const QString value = options.value(key).toString();
    CheckOutcome outcome;
    outcome.value = value;
    outcome.evidence = Tr::tr("default bridge network: %1 = %2").arg(key, value);
    if (value != QLatin1String("false")) {
        outcome.status = Status::Fail;
        const HostFacts &host = context.snapshot().host;
        if (host.collected) {
            const QJsonValue configured = daemon.value(QLatin1String("config")).toObject().value(QLatin1String("icc"));
            const QStringList flag = commandLineFlagValues(host.daemonCommandLine, {QStringLiteral("--icc")}, true);
            if ((configured.isBool() && !configured.toBool()) ||
                (!flag.isEmpty() && !boolOf(flag.last()).value_or(true))) {
                outcome.evidence += Tr::tr("; icc=false is configured but not in effect: restart the daemon");
            }
        }
    }
    return outcome;
}

// CIS 2.15: live restore, from /info.
CheckOutcome liveRestore(const ScanContext &, const QJsonObject &daemon, const Rule &)
{
    if (isPodman(daemon)) {
        return skip(Tr::tr("Podman has no long-running daemon that containers depend on; live restore does not apply"));
    }
    const QJsonObject info = infoOf(daemon);
    if (!info.contains(QLatin1String("LiveRestoreEnabled"))) {
        return skip(Tr::tr("the daemon does not report LiveRestoreEnabled in /info"));
    }
    CheckOutcome outcome;
    const bool enabled = info.value(QLatin1String("LiveRestoreEnabled")).toBool();
    outcome.evidence =
        Tr::tr("/info LiveRestoreEnabled = %1").arg(enabled ? QStringLiteral("true") : QStringLiteral("false"));
    if (enabled) {
        return outcome;
    }
    const QString swarm =
        info.value(QLatin1String("Swarm")).toObject().value(QLatin1String("LocalNodeState")).toString();
    if (swarm == QLatin1String("active")) {
        outcome.status = Status::Info;
        outcome.reason = Tr::tr("this node is in swarm mode, which does not support live restore");
        return outcome;
    }
    outcome.status = Status::Fail;
    return outcome;
}

// CIS 2.13: the default logging driver sends logs off the host. params: local (drivers that keep logs on the
// host: fail), review (drivers that may or may not forward: info).
CheckOutcome loggingDriver(const ScanContext &, const QJsonObject &daemon, const Rule &rule)
{
    const QString driver = infoOf(daemon).value(QLatin1String("LoggingDriver")).toString();
    if (driver.isEmpty()) {
        return skip(isPodman(daemon)
                        ? Tr::tr("Podman does not report a default logging driver in /info (see log_driver "
                                 "in containers.conf)")
                        : Tr::tr("the daemon does not report LoggingDriver in /info"));
    }
    QStringList local = stringsOf(rule.params.value(QLatin1String("local")));
    if (local.isEmpty()) {
        local = {QStringLiteral("json-file"), QStringLiteral("local"), QStringLiteral("none")};
    }
    QStringList review = stringsOf(rule.params.value(QLatin1String("review")));
    if (!rule.params.contains(QLatin1String("review"))) {
        review = {QStringLiteral("journald")};
    }
    CheckOutcome outcome;
    outcome.value = driver;
    outcome.evidence = Tr::tr("/info LoggingDriver = %1").arg(driver);
    if (local.contains(driver)) {
        outcome.status = Status::Fail;
        outcome.reason = driver == QLatin1String("none") ? Tr::tr("container logs are discarded")
                                                         : Tr::tr("container logs stay on this host only");
    } else if (review.contains(driver)) {
        outcome.status = Status::Info;
        outcome.reason = Tr::tr("%1 keeps logs on this host unless it is set up to forward them").arg(driver);
    }
    return outcome;
}

// CIS 2.12: an authorization plugin, from /info Plugins.Authorization.
CheckOutcome authorizationPlugins(const ScanContext &, const QJsonObject &daemon, const Rule &)
{
    if (isPodman(daemon)) {
        return skip(Tr::tr("Podman does not support Docker authorization plugins"));
    }
    const QJsonObject info = infoOf(daemon);
    if (!info.value(QLatin1String("Plugins")).isObject()) {
        return skip(Tr::tr("the daemon does not report Plugins in /info"));
    }
    const QStringList plugins =
        stringsOf(info.value(QLatin1String("Plugins")).toObject().value(QLatin1String("Authorization")));
    CheckOutcome outcome;
    if (plugins.isEmpty()) {
        outcome.status = Status::Fail;
        outcome.evidence = Tr::tr("/info Plugins.Authorization is empty");
    } else {
        outcome.evidence = Tr::tr("authorization plugins: %1").arg(plugins.join(QStringLiteral(", ")));
        outcome.value = plugins.join(QStringLiteral(", "));
    }
    return outcome;
}

// CIS 2.18: experimental features, from /info ExperimentalBuild (true when dockerd runs with --experimental).
CheckOutcome experimentalBuild(const ScanContext &, const QJsonObject &daemon, const Rule &)
{
    if (isPodman(daemon)) {
        // Podman's Docker-compatible /info always says true; it has no experimental mode to turn off.
        return skip(Tr::tr("Podman always reports ExperimentalBuild = true; it has no experimental daemon mode"));
    }
    const QJsonObject info = infoOf(daemon);
    if (!info.value(QLatin1String("ExperimentalBuild")).isBool()) {
        return skip(Tr::tr("the daemon does not report ExperimentalBuild in /info"));
    }
    CheckOutcome outcome;
    const bool experimental = info.value(QLatin1String("ExperimentalBuild")).toBool();
    outcome.evidence =
        Tr::tr("/info ExperimentalBuild = %1").arg(experimental ? QStringLiteral("true") : QStringLiteral("false"));
    if (experimental) {
        outcome.status = Status::Fail;
    }
    return outcome;
}

// ---------------------------------------------------------------------------------------------------------------
// Versions (CIS 1.2.2, practice A1)

struct Version
{
    QString text; // as reported
    std::array<int, 3> numbers{};
    int preRelease = INT_MAX; // alpha n, beta 1000+n, rc 2000+n; a release sorts after all of them
    QString suffix;           // "+dfsg1", "~ds1": a distribution's repack
    bool valid = false;

    QString series() const { return QStringLiteral("%1.%2").arg(numbers[0]).arg(numbers[1]); }
    std::array<int, 4> key() const { return {numbers[0], numbers[1], numbers[2], preRelease}; }
    bool operator<(const Version &other) const { return key() < other.key(); }
    bool distributionBuild() const { return !suffix.isEmpty(); }
};

Version parseVersion(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((\d+)\.(\d+)(?:\.(\d+))?(?:-(rc|beta|alpha)\.?(\d+))?([+~][0-9A-Za-z.+~]*)?)"));
    Version version;
    version.text = text.trimmed();
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return version;
    }
    version.valid = true;
    if (version.text.contains(QLatin1Char(' ')) || version.text.contains(QLatin1Char('\n'))) {
        version.text = match.captured(0); // "runc version 1.1.5+ds1\ncommit: ..." (Podman) → "1.1.5+ds1"
    }
    for (int i = 0; i < 3; ++i) {
        version.numbers[static_cast<size_t>(i)] = match.captured(i + 1).toInt();
    }
    if (match.hasCaptured(4)) {
        const QString kind = match.captured(4);
        const int base = kind == QLatin1String("rc") ? 2000 : kind == QLatin1String("beta") ? 1000 : 0;
        version.preRelease = base + match.captured(5).toInt();
    }
    version.suffix = match.captured(6);
    return version;
}

// A Debian-style fix: the same package version, or a later +debNNuM security update of the same upload.
bool packageFixed(const QString &installed, const QString &fixed)
{
    if (installed.isEmpty()) {
        return false;
    }
    if (installed == fixed) {
        return true;
    }
    static const QRegularExpression update(QStringLiteral(R"(^(.*\+deb\d+u)(\d+)$)"));
    const QRegularExpressionMatch a = update.match(installed);
    const QRegularExpressionMatch b = update.match(fixed);
    return a.hasMatch() && b.hasMatch() && a.captured(1) == b.captured(1) &&
           a.captured(2).toInt() >= b.captured(2).toInt();
}

struct Component
{
    QString name;  // "engine", "containerd", "runc"
    QString label; // "Docker Engine"
    Version version;
    QString package; // the distribution package version, when known ("1.1.5+ds1-1+deb12u1")
    QString skipReason;
};

// "runc_1.1.5+ds1-1+deb12u1_amd64" → "1.1.5+ds1-1+deb12u1"; "1.6.20~ds1-1+deb12u3" stays.
QString packageVersion(const QString &candidate, const Version &version)
{
    QString text = candidate.trimmed();
    if (text.count(QLatin1Char('_')) >= 2) {
        text = text.section(QLatin1Char('_'), 1, 1);
    }
    const QString upstream =
        QStringLiteral("%1.%2.%3").arg(version.numbers[0]).arg(version.numbers[1]).arg(version.numbers[2]);
    return text.startsWith(upstream) && text.contains(QLatin1Char('-')) ? text : QString();
}

Component findComponent(const QJsonObject &daemon, const QString &name)
{
    const QJsonObject info = infoOf(daemon);
    const QJsonObject versionObject = daemon.value(QLatin1String("version")).toObject();
    Component component;
    component.name = name;
    QJsonObject found;
    for (const QJsonValue &value : componentsOf(daemon)) {
        const QJsonObject entry = value.toObject();
        const QString entryName = entry.value(QLatin1String("Name")).toString();
        const bool matches = name == QLatin1String("engine")
                                 ? entryName == QLatin1String("Engine") || entryName.contains(QLatin1String("Podman"))
                                 : entryName.compare(name, Qt::CaseInsensitive) == 0 ||
                                       entryName.contains(QStringLiteral("(%1)").arg(name), Qt::CaseInsensitive);
        if (matches) {
            found = entry;
            break;
        }
    }
    const QJsonObject details = found.value(QLatin1String("Details")).toObject();
    QString text = found.value(QLatin1String("Version")).toString();
    if (name == QLatin1String("engine")) {
        component.label = QStringLiteral("Docker Engine");
        if (found.value(QLatin1String("Name")).toString().contains(QLatin1String("Podman"))) {
            component.skipReason = Tr::tr("Podman %1: the release table covers Docker Engine only").arg(text);
            return component;
        }
        if (text.isEmpty()) {
            text = versionObject.value(QLatin1String("Version")).toString();
        }
    } else {
        component.label = name;
        if (name == QLatin1String("containerd") && isPodman(daemon)) {
            component.skipReason = Tr::tr("Podman does not use containerd");
            return component;
        }
        const QString commitKey =
            name == QLatin1String("runc") ? QStringLiteral("RuncCommit") : QStringLiteral("ContainerdCommit");
        const QString commit = info.value(commitKey).toObject().value(QLatin1String("ID")).toString();
        if (text.isEmpty()) {
            text = commit;
        }
        component.version = parseVersion(text);
        for (const QString &candidate : {details.value(QLatin1String("Package")).toString(),
                                         details.value(QLatin1String("GitCommit")).toString(),
                                         commit}) {
            if (component.package.isEmpty() && component.version.valid) {
                component.package = packageVersion(candidate, component.version);
            }
        }
    }
    if (text.isEmpty()) {
        component.skipReason = Tr::tr("%1: the daemon does not report its version").arg(component.label);
        return component;
    }
    if (!component.version.valid) {
        component.version = parseVersion(text);
    }
    if (!component.version.valid) {
        component.skipReason = Tr::tr("%1: cannot read the version \"%2\"").arg(component.label, text);
    }
    return component;
}

struct Verdict
{
    Status status = Status::Pass;
    QString text;
};

QDate dateParam(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Verdict
judgeComponent(const Component &component, const QJsonObject &table, const QJsonObject &daemon, const QDate &today)
{
    Verdict verdict;
    const Version &version = component.version;
    QStringList notes;
    const QString shown = component.package.isEmpty()
                              ? QStringLiteral("%1 %2").arg(component.label, version.text)
                              : Tr::tr("%1 %2 (package %3)").arg(component.label, version.text, component.package);
    const QJsonObject entry = table.value(component.name).toObject();
    if (entry.isEmpty()) {
        verdict.status = Status::Info;
        verdict.text = Tr::tr("%1: not in the release table").arg(shown);
        return verdict;
    }

    // Support of the release series.
    const QJsonArray seriesList = entry.value(QLatin1String("series")).toArray();
    Version oldest;
    Version newest;
    QJsonObject series;
    for (const QJsonValue &value : seriesList) {
        const QJsonObject candidate = value.toObject();
        const QString name = candidate.value(QLatin1String("series")).toString();
        const Version seriesVersion =
            parseVersion(name.contains(QLatin1Char('.')) ? name : name + QStringLiteral(".0"));
        if (!oldest.valid || seriesVersion < oldest) {
            oldest = seriesVersion;
        }
        if (!newest.valid || newest < seriesVersion) {
            newest = seriesVersion;
        }
        if (name == version.series() || name == QString::number(version.numbers[0])) {
            series = candidate;
        }
    }
    bool unknownSeries = false;
    if (!series.isEmpty()) {
        const QString status = series.value(QLatin1String("status")).toString();
        const QDate until = dateParam(series.value(QLatin1String("until")));
        const QDate since = dateParam(series.value(QLatin1String("since")));
        const QString note = series.value(QLatin1String("note")).toString();
        const QString name = series.value(QLatin1String("series")).toString();
        if (status == QLatin1String("unmaintained") || (until.isValid() && until < today)) {
            verdict.status = Status::Warn;
            const QDate end = until.isValid() && until < today ? until : since;
            notes.append(end.isValid()
                             ? Tr::tr("release series %1 is unmaintained since %2").arg(name, end.toString(Qt::ISODate))
                             : Tr::tr("release series %1 is unmaintained").arg(name));
        } else {
            notes.append(until.isValid()
                             ? Tr::tr("release series %1 is maintained until %2").arg(name, until.toString(Qt::ISODate))
                             : Tr::tr("release series %1 is maintained").arg(name));
        }
        if (!note.isEmpty()) {
            notes.last() += QStringLiteral(" (") + note + QLatin1Char(')');
        }
    } else if (oldest.valid && version.key() < oldest.key()) {
        verdict.status = Status::Warn;
        notes.append(
            Tr::tr("older than every release series in the table (oldest %1): unmaintained").arg(oldest.series()));
    } else {
        unknownSeries = true;
        notes.append(newest.valid && newest < version
                         ? Tr::tr("newer than the release table: its support and advisories are not known yet")
                         : Tr::tr("release series %1 is not in the table").arg(version.series()));
    }

    // Known vulnerabilities.
    const QJsonObject info = infoOf(daemon);
    const bool authzPlugins =
        !stringsOf(info.value(QLatin1String("Plugins")).toObject().value(QLatin1String("Authorization"))).isEmpty();
    const bool swarm =
        info.value(QLatin1String("Swarm")).toObject().value(QLatin1String("LocalNodeState")).toString() ==
        QLatin1String("active");
    QStringList vulnerable;
    QStringList unconfirmed;
    QStringList fixedByPackage;
    int notApplicable = 0;
    for (const QJsonValue &value : entry.value(QLatin1String("vulnerabilities")).toArray()) {
        const QJsonObject advisory = value.toObject();
        const QString id = advisory.value(QLatin1String("id")).toString();
        const Version introduced = parseVersion(advisory.value(QLatin1String("introduced")).toString());
        if (introduced.valid && version < introduced) {
            continue;
        }
        std::optional<Version> sameSeries;
        bool newerSeriesFixed = false;
        QStringList fixedTexts;
        for (const QString &text : stringsOf(advisory.value(QLatin1String("fixed")))) {
            const Version fixed = parseVersion(text);
            if (!fixed.valid) {
                continue;
            }
            fixedTexts.append(text);
            if (fixed.numbers[0] == version.numbers[0] && fixed.numbers[1] == version.numbers[1]) {
                sameSeries = fixed;
            } else if (std::array<int, 2>{version.numbers[0], version.numbers[1]} <
                       std::array<int, 2>{fixed.numbers[0], fixed.numbers[1]}) {
                newerSeriesFixed = true;
            }
        }
        // Fixed in this series: older patches are affected. Not fixed in this series although a later series
        // has the fix: the whole series is affected. Newer than every fixed series: not affected.
        const bool affected = sameSeries ? version < *sameSeries : newerSeriesFixed;
        if (!affected) {
            continue;
        }
        const QString when = advisory.value(QLatin1String("when")).toString();
        if ((when == QLatin1String("authorization-plugins") && !authzPlugins) ||
            (when == QLatin1String("swarm") && !swarm)) {
            ++notApplicable;
            continue;
        }
        QString description = id;
        const QString severity = advisory.value(QLatin1String("severity")).toString();
        const QString summary = advisory.value(QLatin1String("summary")).toString();
        if (!severity.isEmpty() || !summary.isEmpty()) {
            description += QStringLiteral(" (") +
                           QStringList{severity, summary}
                               .filter(QRegularExpression(QStringLiteral(".")))
                               .join(QStringLiteral(": ")) +
                           QLatin1Char(')');
        }
        description += Tr::tr(", fixed in %1").arg(fixedTexts.join(QStringLiteral(", ")));
        const QStringList packageFixes = stringsOf(advisory.value(QLatin1String("distro_fixed")));
        const auto fixedBy = std::find_if(packageFixes.begin(), packageFixes.end(), [&component](const QString &fix) {
            return packageFixed(component.package, fix);
        });
        if (fixedBy != packageFixes.end()) {
            fixedByPackage.append(Tr::tr("%1 (fixed by package %2)").arg(id, *fixedBy));
        } else if (version.distributionBuild()) {
            unconfirmed.append(description);
        } else {
            vulnerable.append(description);
        }
    }
    if (!vulnerable.isEmpty()) {
        verdict.status = Status::Fail;
        notes.append(Tr::tr("vulnerable: %1").arg(vulnerable.join(QStringLiteral("; "))));
    }
    if (!unconfirmed.isEmpty()) {
        verdict.status = std::max(verdict.status, Status::Warn);
        notes.append(Tr::tr("a distribution build (%1): upstream advisories affect %2 but the distribution may have "
                            "backported fixes, check its security tracker: %3")
                         .arg(version.suffix, version.series(), unconfirmed.join(QStringLiteral("; "))));
    }
    if (!fixedByPackage.isEmpty()) {
        notes.append(fixedByPackage.join(QStringLiteral("; ")));
    }
    if (notApplicable > 0) {
        notes.append(Tr::tr("%n advisory(ies) do not apply to this configuration (authorization plugins or swarm not "
                            "in use)",
                            nullptr,
                            notApplicable));
    }
    if (unknownSeries && verdict.status == Status::Pass) {
        verdict.status = Status::Info;
    }
    verdict.text = shown + QStringLiteral(": ") + notes.join(QStringLiteral("; "));
    return verdict;
}

// CIS 1.2.2 / A1: the engine, containerd and runc against a shipped release table (params.table: date, and per
// component its release series with support status and known vulnerabilities with fixed-in versions).
// params.components: which to check (default engine, containerd, runc). An unknown newer version is "info", not
// vulnerable; distribution builds (+dfsg, ~ds) whose upstream version is affected get "warn", since distributions
// backport fixes, unless the table lists the fixing package.
CheckOutcome engineVersion(const ScanContext &context, const QJsonObject &daemon, const Rule &rule)
{
    const QJsonObject table = rule.params.value(QLatin1String("table")).toObject();
    if (table.isEmpty()) {
        return skip(Tr::tr("the rule has no release table (params.table)"));
    }
    QStringList names = stringsOf(rule.params.value(QLatin1String("components")));
    if (names.isEmpty()) {
        names = {QStringLiteral("engine"), QStringLiteral("containerd"), QStringLiteral("runc")};
    }
    const QDateTime collected = context.snapshot().collectedAt;
    const QDate today = collected.isValid() ? collected.date() : QDate::currentDate();
    const QDate tableDate = dateParam(table.value(QLatin1String("date")));

    CheckOutcome outcome;
    outcome.status = Status::Pass;
    QStringList lines;
    lines.append(tableDate.isValid() ? Tr::tr("release table of %1 (%n day(s) before this snapshot)",
                                              nullptr,
                                              static_cast<int>(tableDate.daysTo(today)))
                                           .arg(tableDate.toString(Qt::ISODate))
                                     : Tr::tr("release table without a date"));
    QStringList toUpgrade;
    int judged = 0;
    for (const QString &name : names) {
        const Component component = findComponent(daemon, name);
        if (!component.skipReason.isEmpty()) {
            lines.append(component.skipReason);
            continue;
        }
        ++judged;
        const Verdict verdict = judgeComponent(component, table, daemon, today);
        outcome.status = std::max(outcome.status, verdict.status);
        lines.append(verdict.text);
        if (verdict.status == Status::Fail || verdict.status == Status::Warn) {
            toUpgrade.append(QStringLiteral("%1 %2").arg(component.label, component.version.text));
        }
    }
    const QString kernel = infoOf(daemon).value(QLatin1String("KernelVersion")).toString();
    if (!kernel.isEmpty()) {
        lines.append(Tr::tr("kernel %1, shared by every container: keep it patched with the host OS").arg(kernel));
    }
    outcome.evidence = lines.join(QStringLiteral("; "));
    outcome.value = toUpgrade.join(QStringLiteral(", "));
    if (judged == 0) {
        CheckOutcome skipped = skip(Tr::tr("no component could be compared with the release table"));
        skipped.evidence = outcome.evidence;
        return skipped;
    }
    return outcome;
}

} // namespace

void registerDaemonChecks(BuiltinChecks &checks)
{
    checks.add(QStringLiteral("engine-version"), engineVersion);
    checks.add(QStringLiteral("daemon-setting"), daemonSettingCheck);
    checks.add(QStringLiteral("daemon-tcp-tls"), daemonTcpTls);
    checks.add(QStringLiteral("insecure-registries"), insecureRegistries);
    checks.add(QStringLiteral("bridge-icc"), bridgeIcc);
    checks.add(QStringLiteral("live-restore"), liveRestore);
    checks.add(QStringLiteral("logging-driver"), loggingDriver);
    checks.add(QStringLiteral("authorization-plugins"), authorizationPlugins);
    checks.add(QStringLiteral("experimental-build"), experimentalBuild);
}

} // namespace hullcheck::core
