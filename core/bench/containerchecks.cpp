// Builtin checks over containers (CIS Docker Benchmark v1.6.0 §4.1, §5 and the practices of groups A and C), plus
// the daemon-scope checks that summarise containers (6.2) and the swarm (§7).
//
// Conventions shared by every check here:
// - A tripped check reports Status::Fail; the engine turns it into the rule's on_fail (fail, warn or info).
//   Softer findings a check meets on the way are reported as Warn, and checks that cannot apply report Skip with
//   the reason. Pass carries what was looked at, so a pass is evidence too.
// - Evidence names keys, paths, settings and process names; it never carries an environment value or a command
//   line argument, which may hold secrets.
// - `value` fills the {value} placeholder of the rule's remediation (the offending setting, path or port).
// - Containers in every state are evaluated; a check that needs a running container says so with Skip.
#include "core/bench/builtinchecks.h"
#include "core/bench/checksupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::ContainerChecks)
};

// ---------------------------------------------------------------------------------------------------------------
// JSON and parameter helpers (those every builtin file uses are in core/bench/checksupport.h)

QString textAt(const QJsonValue &root, std::initializer_list<const char *> keys)
{
    return at(root, keys).toString();
}

QString paramText(const Rule &rule, const char *key, const QString &fallback = {})
{
    const QJsonValue value = rule.params.value(QLatin1String(key));
    return value.isString() ? value.toString() : fallback;
}

bool paramBool(const Rule &rule, const char *key, bool fallback)
{
    const QJsonValue value = rule.params.value(QLatin1String(key));
    return value.isBool() ? value.toBool() : fallback;
}

bool isRunning(const QJsonObject &container)
{
    return at(container, {"State", "Running"}).toBool();
}

bool isPrivileged(const QJsonObject &container)
{
    return at(container, {"HostConfig", "Privileged"}).toBool();
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// "KEY=value" / "KEY:value" options of HostConfig.SecurityOpt: the values of one key ("apparmor", "label", ...).
QStringList securityOptValues(const QJsonObject &container, const QString &key)
{
    QStringList values;
    for (const QString &option : strings(at(container, {"HostConfig", "SecurityOpt"}))) {
        if (option.startsWith(key + QLatin1Char('=')) || option.startsWith(key + QLatin1Char(':'))) {
            values.append(option.mid(key.size() + 1));
        } else if (option == key) {
            values.append(QString());
        }
    }
    return values;
}

// ---------------------------------------------------------------------------------------------------------------
// Snapshot lookups

QJsonObject findNetwork(const ScanContext &context, const QString &id, const QString &name)
{
    const QJsonArray &networks = context.snapshot().networks;
    for (const auto &value : networks) {
        QJsonObject network = value.toObject();
        if (!id.isEmpty() && network.value(QLatin1String("Id")).toString() == id) {
            return network;
        }
    }
    for (const auto &value : networks) {
        QJsonObject network = value.toObject();
        if (!name.isEmpty() && network.value(QLatin1String("Name")).toString() == name) {
            return network;
        }
    }
    return {};
}

QJsonObject findVolume(const ScanContext &context, const QString &name)
{
    for (const auto &value : context.snapshot().volumes) {
        QJsonObject volume = value.toObject();
        if (volume.value(QLatin1String("Name")).toString() == name) {
            return volume;
        }
    }
    return {};
}

QJsonObject defaultBridgeNetwork(const ScanContext &context)
{
    for (const auto &value : context.snapshot().networks) {
        QJsonObject network = value.toObject();
        if (textAt(network, {"Options", "com.docker.network.bridge.default_bridge"}) == QLatin1String("true")) {
            return network;
        }
    }
    return findNetwork(context, QString(), QStringLiteral("bridge"));
}

// The image a container was created from, by ID.
QJsonObject imageOf(const ScanContext &context, const QJsonObject &container)
{
    return context.imageById(container.value(QLatin1String("Image")).toString());
}

// ---------------------------------------------------------------------------------------------------------------
// Paths

// /var/run is a symlink to /run on every current distribution: compare them as one.
QString canonicalHostPath(const QString &path)
{
    QString clean = QDir::cleanPath(path.trimmed());
    if (clean == QLatin1String("/var/run") || clean.startsWith(QLatin1String("/var/run/"))) {
        clean = QStringLiteral("/run") + clean.mid(8);
    }
    return clean;
}

// `path` is `base` or lies below it. "/" only matches itself: everything lies below the root.
bool sameOrUnder(const QString &path, const QString &base)
{
    if (base == QLatin1String("/")) {
        return path == base;
    }
    return path == base || path.startsWith(base + QLatin1Char('/'));
}

struct HostMount
{
    QString source;      // host path, canonical
    QString destination; // path in the container
    bool readOnly = false;
    QString via; // how the host path got in: "bind" or "volume NAME (bind of a host directory)"
};

// Every mount that puts a host path into the container: bind mounts, and local volumes created with
// `--opt type=none --opt o=bind --opt device=/host/path`, which are bind mounts in disguise.
QList<HostMount> hostMounts(const ScanContext &context, const QJsonObject &container)
{
    QList<HostMount> mounts;
    for (const auto &value : container.value(QLatin1String("Mounts")).toArray()) {
        const QJsonObject mount = value.toObject();
        const QString type = mount.value(QLatin1String("Type")).toString();
        HostMount entry;
        entry.destination = mount.value(QLatin1String("Destination")).toString();
        entry.readOnly = mount.contains(QLatin1String("RW")) && !mount.value(QLatin1String("RW")).toBool(true);
        if (type == QLatin1String("bind")) {
            entry.source = canonicalHostPath(mount.value(QLatin1String("Source")).toString());
            entry.via = QStringLiteral("bind");
        } else if (type == QLatin1String("volume")) {
            const QString name = mount.value(QLatin1String("Name")).toString();
            const QJsonObject options = findVolume(context, name).value(QLatin1String("Options")).toObject();
            const QStringList flags = options.value(QLatin1String("o")).toString().split(QLatin1Char(','));
            const QString device = options.value(QLatin1String("device")).toString();
            if (!flags.contains(QLatin1String("bind")) || device.isEmpty()) {
                continue;
            }
            entry.source = canonicalHostPath(device);
            entry.via = Tr::tr("volume %1 (a bind of a host path)").arg(name);
        } else {
            continue;
        }
        if (!entry.source.isEmpty()) {
            mounts.append(entry);
        }
    }
    return mounts;
}

QString describeMount(const HostMount &mount)
{
    QString text = mount.source + QStringLiteral(" -> ") + mount.destination;
    if (mount.via != QLatin1String("bind")) {
        text += QStringLiteral(" (") + mount.via + QLatin1Char(')');
    }
    if (mount.readOnly) {
        text += Tr::tr(" (read-only)");
    }
    return text;
}

// ---------------------------------------------------------------------------------------------------------------
// root-user (4.1, C2): Config.User of a container (falling back to its image's) or of an image.

bool isRootUser(const QString &spec)
{
    const QString user = spec.trimmed().section(QLatin1Char(':'), 0, 0).trimmed();
    if (user.isEmpty() || user == QLatin1String("root")) {
        return true;
    }
    bool numeric = false;
    const qlonglong uid = user.toLongLong(&numeric);
    return numeric && uid == 0;
}

CheckOutcome checkRootUser(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    QString user = textAt(object, {"Config", "User"});
    QString source = QStringLiteral("Config.User");
    if (rule.scope == Scope::Container && user.trimmed().isEmpty()) {
        const QJsonObject image = imageOf(context, object);
        if (!image.isEmpty()) {
            user = textAt(image, {"Config", "User"});
            source = Tr::tr("the image's Config.User");
        }
    }
    const QString shown = user.trimmed().isEmpty() ? Tr::tr("(empty: root)") : quoted(user);
    const QString evidence = source + QStringLiteral(" = ") + shown;
    if (!isRootUser(user)) {
        return outcome(Status::Pass, evidence, QString(), user);
    }
    const QString value = user.trimmed().isEmpty() ? QStringLiteral("root") : user.trimmed();
    if (context.hostHas(QStringLiteral("userns")) || context.hostHas(QStringLiteral("rootless"))) {
        return outcome(Status::Warn,
                       evidence,
                       Tr::tr("runs as root inside the container; the daemon maps it to an unprivileged host user "
                              "(user namespaces or rootless mode)"),
                       value);
    }
    return outcome(Status::Fail, evidence, Tr::tr("runs as root"), value);
}

// ---------------------------------------------------------------------------------------------------------------
// capabilities (5.4, A7)

QString capabilityName(QString name)
{
    name = name.trimmed().toUpper();
    if (name.startsWith(QLatin1String("CAP_"))) {
        name.remove(0, 4);
    }
    return name;
}

QStringList capabilityNames(const QStringList &names)
{
    QStringList list;
    for (const QString &name : names) {
        list.append(capabilityName(name));
    }
    return list;
}

CheckOutcome checkCapabilities(const ScanContext & /*context*/, const QJsonObject &object, const Rule &rule)
{
    // Docker's default set (moby oci/caps/defaults.go).
    static const QStringList defaultSet{QStringLiteral("CHOWN"),
                                        QStringLiteral("DAC_OVERRIDE"),
                                        QStringLiteral("FSETID"),
                                        QStringLiteral("FOWNER"),
                                        QStringLiteral("MKNOD"),
                                        QStringLiteral("NET_RAW"),
                                        QStringLiteral("SETGID"),
                                        QStringLiteral("SETUID"),
                                        QStringLiteral("SETFCAP"),
                                        QStringLiteral("SETPCAP"),
                                        QStringLiteral("NET_BIND_SERVICE"),
                                        QStringLiteral("SYS_CHROOT"),
                                        QStringLiteral("KILL"),
                                        QStringLiteral("AUDIT_WRITE")};
    static const QStringList dangerousSet{QStringLiteral("SYS_ADMIN"),
                                          QStringLiteral("NET_ADMIN"),
                                          QStringLiteral("SYS_PTRACE"),
                                          QStringLiteral("SYS_MODULE"),
                                          QStringLiteral("DAC_READ_SEARCH"),
                                          QStringLiteral("ALL")};
    const QStringList defaults = capabilityNames(paramStrings(rule, "default", defaultSet));
    const QStringList dangerous = capabilityNames(paramStrings(rule, "dangerous", dangerousSet));

    if (isPrivileged(object)) {
        return outcome(Status::Fail,
                       Tr::tr("HostConfig.Privileged = true: every capability"),
                       Tr::tr("a privileged container has all capabilities"),
                       QStringLiteral("--privileged"));
    }
    const QStringList added = capabilityNames(strings(at(object, {"HostConfig", "CapAdd"})));
    const QStringList dropped = capabilityNames(strings(at(object, {"HostConfig", "CapDrop"})));
    const bool dropsAll = dropped.contains(QLatin1String("ALL"));

    QStringList risky;
    QStringList extra;
    for (const QString &cap : added) {
        if (dangerous.contains(cap)) {
            risky.append(cap);
        } else if (!defaults.contains(cap)) {
            extra.append(cap);
        }
    }
    QStringList parts;
    if (!added.isEmpty()) {
        parts.append(QStringLiteral("CapAdd: ") + listText(added));
    }
    parts.append(dropped.isEmpty() ? Tr::tr("CapDrop: none") : QStringLiteral("CapDrop: ") + listText(dropped));
    const QString evidence = parts.join(QStringLiteral("; "));

    if (!risky.isEmpty()) {
        return outcome(Status::Fail,
                       evidence,
                       Tr::tr("dangerous capabilities added: %1").arg(listText(risky)),
                       QStringList(risky + extra).join(QLatin1Char(',')));
    }
    if (!extra.isEmpty()) {
        return outcome(Status::Warn,
                       evidence,
                       Tr::tr("capabilities beyond Docker's default set: %1").arg(listText(extra)),
                       extra.join(QLatin1Char(',')));
    }
    if (dropsAll) {
        return outcome(Status::Pass, evidence, Tr::tr("drops every capability and adds back only default ones"));
    }
    if (!dropped.isEmpty()) {
        return outcome(Status::Pass, evidence);
    }
    return outcome(Status::Info,
                   evidence,
                   Tr::tr("keeps Docker's default capability set; --cap-drop ALL with only the needed --cap-add is "
                          "stronger"));
}

// ---------------------------------------------------------------------------------------------------------------
// sensitive-mounts (5.6)
//
// A bind mount of a sensitive host path, or of anything below it, is a finding (docker-bench only matches the exact
// paths and only writable mounts). Read-only does not make every path safe:
// - writable: fail;
// - read-only of "/", /etc, /proc, /run (= /var/run) or below: still fail. They hold credentials (/etc/shadow, SSH
//   host keys, TLS keys), other processes' environments (/proc/<pid>/environ) and sockets: connect(2) on a socket
//   ignores the read-only flag, so a read-only /run still hands over the Docker socket;
// - read-only of the other sensitive paths (/boot, /dev, /lib, /sys, /usr): warn (disclosure, no takeover);
// - read-only mounts of a few well-known harmless files (the host's time zone, CA certificates): not a finding.

CheckOutcome checkSensitiveMounts(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    QStringList sensitive = paramStrings(rule,
                                         "paths",
                                         {QStringLiteral("/"),
                                          QStringLiteral("/boot"),
                                          QStringLiteral("/dev"),
                                          QStringLiteral("/etc"),
                                          QStringLiteral("/lib"),
                                          QStringLiteral("/proc"),
                                          QStringLiteral("/sys"),
                                          QStringLiteral("/usr"),
                                          QStringLiteral("/run"),
                                          QStringLiteral("/var/run")});
    if (paramBool(rule, "include_data_root", true)) {
        const QString dataRoot = context.snapshot().info.value(QLatin1String("DockerRootDir")).toString();
        if (!dataRoot.isEmpty()) {
            sensitive.append(dataRoot);
        }
    }
    const QStringList readOnlyStillFails =
        paramStrings(rule,
                     "readonly_fail",
                     {QStringLiteral("/"), QStringLiteral("/etc"), QStringLiteral("/proc"), QStringLiteral("/run")});
    const QStringList harmless = paramStrings(rule,
                                              "harmless",
                                              {QStringLiteral("/etc/localtime"),
                                               QStringLiteral("/etc/timezone"),
                                               QStringLiteral("/usr/share/zoneinfo"),
                                               QStringLiteral("/etc/ssl/certs"),
                                               QStringLiteral("/etc/ca-certificates"),
                                               QStringLiteral("/etc/pki/ca-trust/extracted"),
                                               QStringLiteral("/etc/machine-id")});
    const auto underAny = [](const QString &path, const QStringList &bases) {
        return std::any_of(bases.begin(), bases.end(), [&path](const QString &base) {
            return sameOrUnder(path, canonicalHostPath(base));
        });
    };

    const QList<HostMount> mounts = hostMounts(context, object);
    QStringList failing;
    QStringList warning;
    QString value;
    QString warnValue;
    for (const HostMount &mount : mounts) {
        if (!underAny(mount.source, sensitive)) {
            continue;
        }
        if (mount.readOnly && underAny(mount.source, harmless)) {
            continue;
        }
        if (!mount.readOnly || underAny(mount.source, readOnlyStillFails)) {
            failing.append(describeMount(mount));
            if (value.isEmpty()) {
                value = mount.source;
            }
        } else {
            warning.append(describeMount(mount));
            if (warnValue.isEmpty()) {
                warnValue = mount.source;
            }
        }
    }
    if (!failing.isEmpty()) {
        return outcome(Status::Fail,
                       listText(failing + warning),
                       Tr::tr("sensitive host paths are mounted; read-only does not protect credentials or sockets"),
                       value);
    }
    if (!warning.isEmpty()) {
        return outcome(
            Status::Warn, listText(warning), Tr::tr("sensitive host paths are mounted read-only"), warnValue);
    }
    return outcome(Status::Pass,
                   mounts.isEmpty() ? Tr::tr("no bind mounts")
                                    : Tr::tr("%1 bind mount(s), none of a sensitive host path").arg(mounts.size()));
}

// ---------------------------------------------------------------------------------------------------------------
// socket-mount (5.32, A2)
//
// The daemon's real socket (the one this scan used), any directory above it, the default sockets of Docker,
// containerd and Podman and their directories, and any path named like an engine socket. Mount flags do not
// matter: connect(2) works on a read-only mount.

// Why a mount exposes an engine socket, or an empty string. sockets.first() is the daemon's own.
QString socketExposure(const HostMount &mount, const QStringList &sockets, const QStringList &names)
{
    for (const QString &socket : sockets) {
        if (mount.source == socket) {
            return socket == sockets.first() ? Tr::tr("the daemon's socket") : Tr::tr("an engine socket");
        }
        if (mount.source == QLatin1String("/") || socket.startsWith(mount.source + QLatin1Char('/'))) {
            return Tr::tr("a directory holding %1").arg(socket);
        }
    }
    const auto namedLikeSocket = [&names](const QString &path) {
        const QString fileName = QFileInfo(path).fileName();
        return !fileName.isEmpty() && names.contains(fileName);
    };
    if (namedLikeSocket(mount.source) || namedLikeSocket(mount.destination)) {
        return Tr::tr("named like an engine socket");
    }
    return {};
}

CheckOutcome checkSocketMount(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    QStringList sockets{canonicalHostPath(context.daemonSocketPath())};
    for (const QString &path : paramStrings(rule,
                                            "sockets",
                                            {QStringLiteral("/run/docker.sock"),
                                             QStringLiteral("/run/containerd/containerd.sock"),
                                             QStringLiteral("/run/podman/podman.sock")})) {
        const QString canonical = canonicalHostPath(path);
        if (!sockets.contains(canonical)) {
            sockets.append(canonical);
        }
    }
    const QStringList names =
        paramStrings(rule,
                     "names",
                     {QStringLiteral("docker.sock"), QStringLiteral("podman.sock"), QStringLiteral("containerd.sock")});
    QStringList hits;
    QString value;
    for (const HostMount &mount : hostMounts(context, object)) {
        const QString why = socketExposure(mount, sockets, names);
        if (!why.isEmpty()) {
            hits.append(describeMount(mount) + QStringLiteral(": ") + why);
            if (value.isEmpty()) {
                value = mount.source;
            }
        }
    }
    if (!hits.isEmpty()) {
        return outcome(Status::Fail,
                       listText(hits),
                       Tr::tr("the container can control the container engine and so the host"),
                       value);
    }
    return outcome(Status::Pass, Tr::tr("no mount exposes %1").arg(sockets.first()));
}

// ---------------------------------------------------------------------------------------------------------------
// sshd-process (5.7, C3)
//
// The process list is the daemon's `ps` on the host (GET /containers/{id}/top), so nothing runs in the container.
// With --pid=host that list is the host's: no process can be attributed to the container, so the check says so
// instead of guessing (docker-bench reports its own `grep sshd` there).

bool exposesPort(const QJsonObject &container, const QString &port)
{
    const std::initializer_list<QJsonValue> maps{at(container, {"Config", "ExposedPorts"}),
                                                 at(container, {"HostConfig", "PortBindings"}),
                                                 at(container, {"NetworkSettings", "Ports"})};
    return std::any_of(maps.begin(), maps.end(), [&port](const QJsonValue &map) {
        return map.toObject().contains(port);
    });
}

// The program names of `processes` found in a /top answer: "sshd (PID 10)". Only the program counts:
// "/usr/sbin/sshd -D", "sshd: /usr/sbin/sshd -D [listener]", "sshd: user@pts/0"; "grep sshd" does not.
QStringList findProcesses(const QJsonObject &top, const QStringList &processes)
{
    const QStringList titles = strings(top.value(QLatin1String("Titles")));
    qsizetype commandColumn = -1;
    qsizetype pidColumn = -1;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QString title = titles.at(i).toUpper();
        if (title == QLatin1String("CMD") || title == QLatin1String("COMMAND") || title == QLatin1String("ARGS")) {
            commandColumn = i;
        } else if (title == QLatin1String("PID")) {
            pidColumn = i;
        }
    }
    QStringList escaped;
    for (const QString &name : processes) {
        escaped.append(QRegularExpression::escape(name));
    }
    const QRegularExpression &program = cachedRegularExpression(
        QString(QStringLiteral("^(?:\\S*/)?(") + escaped.join(QLatin1Char('|')) + QStringLiteral(")(?::|$)")));
    QStringList found;
    for (const auto &row : top.value(QLatin1String("Processes")).toArray()) {
        const QJsonArray columns = row.toArray();
        if (columns.isEmpty()) {
            continue;
        }
        const qsizetype column =
            commandColumn >= 0 && commandColumn < columns.size() ? commandColumn : columns.size() - 1;
        const QString command = columns.at(column).toString().trimmed();
        const QRegularExpressionMatch match = program.match(command.section(QLatin1Char(' '), 0, 0));
        if (!match.hasMatch()) {
            continue;
        }
        const QString pid = pidColumn >= 0 && pidColumn < columns.size() ? columns.at(pidColumn).toString() : QString();
        found.append(pid.isEmpty() ? match.captured(1) : Tr::tr("%1 (PID %2)").arg(match.captured(1), pid));
    }
    return found;
}

CheckOutcome checkSshdProcess(const ScanContext & /*context*/, const QJsonObject &object, const Rule &rule)
{
    const QStringList processNames = paramStrings(rule, "processes", {QStringLiteral("sshd")});
    const QString sshPort = paramText(rule, "port", QStringLiteral("22/tcp"));
    const bool portExposed = exposesPort(object, sshPort);
    const QString portNote = Tr::tr("port %1 is exposed").arg(sshPort);

    if (textAt(object, {"HostConfig", "PidMode"}) == QLatin1String("host")) {
        return outcome(Status::Warn,
                       QStringLiteral("HostConfig.PidMode = host") +
                           (portExposed ? QStringLiteral("; ") + portNote : QString()),
                       Tr::tr("host PID namespace: cannot attribute processes"));
    }
    if (!isRunning(object)) {
        if (portExposed) {
            return outcome(Status::Warn, portNote, Tr::tr("not running; %1").arg(portNote), sshPort);
        }
        return skip(Tr::tr("not running"));
    }
    const QJsonObject top = object.value(QLatin1String("Top")).toObject();
    if (top.isEmpty()) {
        if (portExposed) {
            return outcome(Status::Warn, portNote, Tr::tr("the process list was not collected; %1").arg(portNote));
        }
        return skip(Tr::tr("the process list was not collected"));
    }
    const QStringList found = findProcesses(top, processNames);
    const qsizetype processCount = top.value(QLatin1String("Processes")).toArray().size();
    if (!found.isEmpty()) {
        return outcome(Status::Fail,
                       Tr::tr("running: %1").arg(listText(found)) +
                           (portExposed ? QStringLiteral("; ") + portNote : QString()),
                       Tr::tr("an SSH daemon runs in the container"),
                       found.first().section(QLatin1Char(' '), 0, 0));
    }
    const QString evidence =
        Tr::tr("no %1 among %2 process(es)").arg(processNames.join(QLatin1Char('/'))).arg(processCount);
    if (portExposed) {
        return outcome(Status::Warn, evidence + QStringLiteral("; ") + portNote, portNote, sshPort);
    }
    return outcome(Status::Pass, evidence);
}

// ---------------------------------------------------------------------------------------------------------------
// published-ports (5.8 privileged host ports, 5.9 list for review, 5.14 wildcard binds, A6)
//
// From HostConfig.PortBindings, so created and stopped containers count, merged with NetworkSettings.Ports of
// running ones (which also holds the ports of -P). An empty HostIp binds the daemon's default address (--ip, shown
// as the bridge option host_binding_ipv4), which is 0.0.0.0 and :: unless changed.

struct PortBinding
{
    QString containerPort; // "80/tcp"
    QString hostIp;        // as configured, "" for the default
    QString effectiveIp;   // what it binds
    QString hostPort;      // "" or "0": chosen by the daemon
};

QString defaultBindAddress(const ScanContext &context, const QJsonObject &container)
{
    const QJsonObject networks = at(container, {"NetworkSettings", "Networks"}).toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        const QJsonObject network =
            findNetwork(context, it.value().toObject().value(QLatin1String("NetworkID")).toString(), it.key());
        QString address = textAt(network, {"Options", "com.docker.network.bridge.host_binding_ipv4"});
        if (!address.isEmpty()) {
            return address;
        }
    }
    const QString address =
        textAt(defaultBridgeNetwork(context), {"Options", "com.docker.network.bridge.host_binding_ipv4"});
    return address.isEmpty() ? QStringLiteral("0.0.0.0") : address;
}

bool isWildcardAddress(const QString &address)
{
    static const QStringList wildcards{QStringLiteral("0.0.0.0"),
                                       QStringLiteral("::"),
                                       QStringLiteral("[::]"),
                                       QStringLiteral("::0"),
                                       QStringLiteral("0:0:0:0:0:0:0:0")};
    return wildcards.contains(address.trimmed());
}

QList<PortBinding> portBindings(const ScanContext &context, const QJsonObject &container)
{
    const QString defaultAddress = defaultBindAddress(context, container);
    QList<PortBinding> bindings;
    QSet<QString> seen;
    const auto addFrom = [&](const QJsonObject &map) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            for (const auto &entry : it.value().toArray()) {
                PortBinding binding;
                binding.containerPort = it.key();
                binding.hostIp = entry.toObject().value(QLatin1String("HostIp")).toString().trimmed();
                binding.hostPort = entry.toObject().value(QLatin1String("HostPort")).toString().trimmed();
                binding.effectiveIp = binding.hostIp.isEmpty() ? defaultAddress : binding.hostIp;
                const QString key = binding.containerPort + QLatin1Char('|') + binding.effectiveIp + QLatin1Char('|') +
                                    binding.hostPort;
                if (!seen.contains(key)) {
                    seen.insert(key);
                    bindings.append(binding);
                }
            }
        }
    };
    addFrom(at(container, {"HostConfig", "PortBindings"}).toObject());
    addFrom(at(container, {"NetworkSettings", "Ports"}).toObject());
    // -P on a container that is not running: each exposed port will get a daemon-chosen host port.
    if (at(container, {"HostConfig", "PublishAllPorts"}).toBool() && !isRunning(container)) {
        const QJsonObject exposed = at(container, {"Config", "ExposedPorts"}).toObject();
        for (auto it = exposed.begin(); it != exposed.end(); ++it) {
            const QString key = it.key() + QLatin1Char('|') + defaultAddress + QStringLiteral("|");
            if (!seen.contains(key)) {
                seen.insert(key);
                bindings.append(PortBinding{it.key(), QString(), defaultAddress, QString()});
            }
        }
    }
    return bindings;
}

QString describeBinding(const PortBinding &binding)
{
    QString address =
        binding.effectiveIp.contains(QLatin1Char(':')) && !binding.effectiveIp.startsWith(QLatin1Char('['))
            ? QLatin1Char('[') + binding.effectiveIp + QLatin1Char(']')
            : binding.effectiveIp;
    const QString port =
        binding.hostPort.isEmpty() || binding.hostPort == QLatin1String("0") ? Tr::tr("(any port)") : binding.hostPort;
    QString text = address + QLatin1Char(':') + port + QStringLiteral("->") + binding.containerPort;
    if (binding.hostIp.isEmpty()) {
        text += Tr::tr(" (default address)");
    }
    return text;
}

int firstPort(const QString &hostPort)
{
    bool ok = false;
    const int port = hostPort.section(QLatin1Char('-'), 0, 0).toInt(&ok);
    return ok ? port : 0;
}

CheckOutcome checkPublishedPorts(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    const QString mode = paramText(rule, "check", QStringLiteral("wildcard"));
    if (textAt(object, {"HostConfig", "NetworkMode"}) == QLatin1String("host")) {
        return skip(Tr::tr("host network: the container's ports are the host's and are not published (see 5.10)"));
    }
    const QList<PortBinding> bindings = portBindings(context, object);
    if (bindings.isEmpty()) {
        return outcome(Status::Pass, Tr::tr("no published ports"));
    }
    QStringList all;
    QStringList hits;
    QString value;
    const int below = static_cast<int>(paramNumber(rule, "below").value_or(1024));
    for (const PortBinding &binding : bindings) {
        all.append(describeBinding(binding));
        bool hit = false;
        if (mode == QLatin1String("privileged")) {
            const int port = firstPort(binding.hostPort);
            hit = port > 0 && port < below;
        } else if (mode == QLatin1String("wildcard")) {
            hit = isWildcardAddress(binding.effectiveIp);
        } else { // "list": every published port is for review
            hit = true;
        }
        if (hit) {
            hits.append(describeBinding(binding));
            if (value.isEmpty()) {
                value = mode == QLatin1String("privileged") ? binding.hostPort : binding.containerPort;
            }
        }
    }
    if (hits.isEmpty()) {
        return outcome(Status::Pass, listText(all));
    }
    QString reason;
    if (mode == QLatin1String("privileged")) {
        reason = Tr::tr("host ports below %1 are published").arg(below);
    } else if (mode == QLatin1String("wildcard")) {
        reason = Tr::tr("ports are published on every host interface");
    } else {
        reason = Tr::tr("review that every published port is needed");
    }
    return outcome(Status::Fail, listText(hits), reason, value);
}

// ---------------------------------------------------------------------------------------------------------------
// apparmor (5.2), selinux (5.3), seccomp (5.22, A10), no-new-privileges (5.26)

CheckOutcome checkAppArmor(const ScanContext &context, const QJsonObject &object, const Rule & /*rule*/)
{
    if (!context.hostHas(QStringLiteral("apparmor"))) {
        return skip(Tr::tr("host has no AppArmor"));
    }
    // What runc gets (moby daemon/oci_linux.go WithApparmor): the option, else the recorded profile, else
    // "unconfined" for privileged containers and docker-default for the others.
    const QStringList options = securityOptValues(object, QStringLiteral("apparmor"));
    const QString recorded = object.value(QLatin1String("AppArmorProfile")).toString();
    QString profile;
    QString source;
    if (!options.isEmpty() && !options.last().isEmpty()) {
        profile = options.last();
        source = QStringLiteral("HostConfig.SecurityOpt apparmor=") + profile;
    } else if (!recorded.isEmpty()) {
        profile = recorded;
        source = QStringLiteral("AppArmorProfile = ") + quoted(recorded);
    } else if (isPrivileged(object)) {
        profile = QStringLiteral("unconfined");
        source = Tr::tr("privileged: no AppArmor profile");
    } else {
        profile = QStringLiteral("docker-default");
        source = Tr::tr("no profile recorded: Docker applies docker-default at start");
    }
    if (profile == QLatin1String("unconfined")) {
        return outcome(Status::Fail, source, Tr::tr("runs without AppArmor confinement"), profile);
    }
    return outcome(Status::Pass, source, QString(), profile);
}

CheckOutcome checkSelinux(const ScanContext &context, const QJsonObject &object, const Rule & /*rule*/)
{
    if (!context.hostHas(QStringLiteral("selinux"))) {
        return skip(Tr::tr("host has no SELinux (the daemon reports no SELinux support)"));
    }
    const QStringList labels = securityOptValues(object, QStringLiteral("label"));
    if (labels.contains(QLatin1String("disable")) || labels.contains(QLatin1String("disable:true"))) {
        QStringList causes;
        if (isPrivileged(object)) {
            causes.append(QStringLiteral("--privileged"));
        }
        if (textAt(object, {"HostConfig", "PidMode"}) == QLatin1String("host")) {
            causes.append(QStringLiteral("--pid=host"));
        }
        if (textAt(object, {"HostConfig", "IpcMode"}) == QLatin1String("host")) {
            causes.append(QStringLiteral("--ipc=host"));
        }
        QString evidence = QStringLiteral("HostConfig.SecurityOpt label=disable");
        if (!causes.isEmpty()) {
            evidence += Tr::tr(" (added by Docker for %1)").arg(listText(causes));
        }
        return outcome(
            Status::Fail, evidence, Tr::tr("SELinux separation is disabled"), QStringLiteral("label=disable"));
    }
    QStringList set;
    for (const QString &label : labels) {
        if (label.startsWith(QLatin1String("type:")) || label.startsWith(QLatin1String("user:")) ||
            label.startsWith(QLatin1String("role:")) || label.startsWith(QLatin1String("level:"))) {
            set.append(QStringLiteral("label=") + label);
        }
    }
    if (!set.isEmpty()) {
        return outcome(Status::Pass, QStringLiteral("HostConfig.SecurityOpt ") + listText(set));
    }
    const QString processLabel = object.value(QLatin1String("ProcessLabel")).toString();
    if (!processLabel.isEmpty()) {
        return outcome(Status::Pass, QStringLiteral("ProcessLabel = ") + quoted(processLabel));
    }
    return outcome(Status::Fail, Tr::tr("no SELinux label"), Tr::tr("the container has no SELinux label"));
}

CheckOutcome checkSeccomp(const ScanContext &context, const QJsonObject &object, const Rule & /*rule*/)
{
    if (isPrivileged(object)) {
        return outcome(Status::Fail,
                       Tr::tr("HostConfig.Privileged = true: seccomp is not applied"),
                       Tr::tr("privileged containers run without seccomp"),
                       QStringLiteral("--privileged"));
    }
    const QStringList options = securityOptValues(object, QStringLiteral("seccomp"));
    if (!options.isEmpty()) {
        const QString &profile = options.last();
        if (profile == QLatin1String("unconfined")) {
            return outcome(Status::Fail,
                           QStringLiteral("HostConfig.SecurityOpt seccomp=unconfined"),
                           Tr::tr("seccomp is disabled"),
                           QStringLiteral("unconfined"));
        }
        // Docker stores the profile's JSON text here: name its size, not its content.
        return outcome(Status::Pass,
                       Tr::tr("custom seccomp profile (%1 characters)").arg(profile.size()),
                       Tr::tr("a custom profile: review that it is at least as strict as Docker's default"));
    }
    for (const QString &option : context.securityOptions()) {
        if (option == QLatin1String("name=seccomp") || option.startsWith(QLatin1String("name=seccomp,"))) {
            const QString profile = option.section(QStringLiteral("profile="), 1, 1).section(QLatin1Char(','), 0, 0);
            if (profile == QLatin1String("unconfined")) {
                return outcome(Status::Fail,
                               Tr::tr("no profile of its own; the daemon's default profile is unconfined"),
                               Tr::tr("seccomp is disabled daemon-wide"),
                               QStringLiteral("unconfined"));
            }
            return outcome(Status::Pass,
                           Tr::tr("the daemon's default seccomp profile (%1)")
                               .arg(profile.isEmpty() ? QStringLiteral("default") : profile));
        }
    }
    return skip(Tr::tr("the daemon reports no seccomp support (no name=seccomp in SecurityOptions)"));
}

bool truthy(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isDouble()) {
        return value.toDouble() != 0;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        return text != QLatin1String("false") && text != QLatin1String("0") && text != QLatin1String("no");
    }
    if (value.isArray()) { // given several times: the last one wins
        const QJsonArray array = value.toArray();
        return !array.isEmpty() && truthy(array.last());
    }
    return value.isNull() || value.isUndefined(); // a bare flag
}

CheckOutcome checkNoNewPrivileges(const ScanContext &context, const QJsonObject &object, const Rule & /*rule*/)
{
    const QStringList options = securityOptValues(object, QStringLiteral("no-new-privileges"));
    if (!options.isEmpty()) {
        const QString &setting = options.last();
        if (setting.isEmpty() || setting == QLatin1String("true")) {
            return outcome(Status::Pass, QStringLiteral("HostConfig.SecurityOpt no-new-privileges"));
        }
        return outcome(Status::Fail,
                       QStringLiteral("HostConfig.SecurityOpt no-new-privileges:") + setting,
                       Tr::tr("explicitly allows gaining privileges (overrides the daemon default)"),
                       setting);
    }
    const std::optional<QJsonValue> daemonDefault =
        context.daemonSetting(QStringLiteral("--no-new-privileges"), QStringLiteral("no-new-privileges"));
    if (daemonDefault && truthy(*daemonDefault)) {
        return outcome(Status::Pass, Tr::tr("not set on the container; the daemon sets no-new-privileges for all"));
    }
    if (!context.snapshot().host.collected) {
        return outcome(Status::Warn,
                       Tr::tr("not set on the container"),
                       Tr::tr("the daemon default (--no-new-privileges) cannot be seen on a remote daemon"));
    }
    return outcome(Status::Fail,
                   Tr::tr("not set on the container, and the daemon does not set it by default"),
                   QString(),
                   QStringLiteral("no-new-privileges"));
}

// ---------------------------------------------------------------------------------------------------------------
// latest-tag (5.28, B6)

// "busybox" -> "busybox:latest"; "docker.io/library/x:1" -> "x:1"; digests are kept.
QString normalizedReference(QString reference)
{
    reference = reference.trimmed();
    for (const char *prefix : {"docker.io/library/", "index.docker.io/library/", "docker.io/", "index.docker.io/"}) {
        if (reference.startsWith(QLatin1String(prefix))) {
            reference.remove(0, static_cast<qsizetype>(qstrlen(prefix)));
            break;
        }
    }
    if (reference.contains(QLatin1Char('@'))) {
        return reference;
    }
    const qsizetype slash = reference.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon <= slash) {
        reference += QStringLiteral(":latest");
    }
    return reference;
}

QString shortId(QString id)
{
    if (id.startsWith(QLatin1String("sha256:"))) {
        id.remove(0, 7);
    }
    return id.left(12);
}

CheckOutcome checkLatestTag(const ScanContext &context, const QJsonObject &object, const Rule & /*rule*/)
{
    const QString reference = textAt(object, {"Config", "Image"}).trimmed();
    const QString imageId = object.value(QLatin1String("Image")).toString();
    static const QRegularExpression hexId(QStringLiteral("^(sha256:)?[0-9a-f]{12,64}$"));
    const QString evidence = QStringLiteral("Config.Image = ") + quoted(reference);
    if (reference.isEmpty()) {
        return skip(Tr::tr("the container names no image"));
    }
    if (hexId.match(reference).hasMatch()) {
        return outcome(Status::Pass, evidence + Tr::tr(" (pinned by image ID)"));
    }
    if (reference.contains(QLatin1Char('@'))) {
        return outcome(Status::Pass, evidence + Tr::tr(" (pinned by digest)"));
    }
    const qsizetype slash = reference.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    const QString tag = colon > slash ? reference.mid(colon + 1) : QString();
    if (tag.isEmpty()) {
        return outcome(Status::Fail,
                       evidence + Tr::tr(" (no tag: means :latest); runs image %1").arg(shortId(imageId)),
                       Tr::tr("not pinned: the image is whatever :latest was when the container was created"),
                       reference);
    }
    if (tag == QLatin1String("latest")) {
        return outcome(Status::Fail,
                       evidence + Tr::tr("; runs image %1").arg(shortId(imageId)),
                       Tr::tr("not pinned: :latest moves with every push"),
                       reference);
    }
    // Pinned by a version tag: does the tag still name the image the container runs, and can it be verified?
    const QString wanted = normalizedReference(reference);
    for (const auto &value : context.snapshot().images) {
        const QJsonObject image = value.toObject();
        for (const QString &repoTag : strings(image.value(QLatin1String("RepoTags")))) {
            if (normalizedReference(repoTag) == wanted && image.value(QLatin1String("Id")).toString() != imageId) {
                return outcome(Status::Warn,
                               evidence +
                                   Tr::tr("; runs image %1 but the tag now names image %2")
                                       .arg(shortId(imageId), shortId(image.value(QLatin1String("Id")).toString())),
                               Tr::tr("the tag was moved: the container runs an older image"),
                               reference);
            }
        }
    }
    const QJsonObject image = imageOf(context, object);
    if (!image.isEmpty() && strings(image.value(QLatin1String("RepoDigests"))).isEmpty()) {
        return outcome(Status::Warn,
                       evidence +
                           Tr::tr("; image %1 has no registry digest (built locally or loaded)").arg(shortId(imageId)),
                       Tr::tr("pinned by tag only: without a registry digest the tag cannot be verified or pinned by "
                              "digest"),
                       reference);
    }
    const QStringList digests = strings(image.value(QLatin1String("RepoDigests")));
    return outcome(Status::Pass, digests.isEmpty() ? evidence : evidence + QStringLiteral("; ") + digests.first());
}

// ---------------------------------------------------------------------------------------------------------------
// default-bridge (5.30, A6), multi-network (A6)

CheckOutcome checkDefaultBridge(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    const QStringList bridgeNames = paramStrings(rule, "bridge_names", {QStringLiteral("docker0")});
    const QStringList networkNames = paramStrings(rule, "network_names", {QStringLiteral("bridge")});
    const QJsonObject networks = at(object, {"NetworkSettings", "Networks"}).toObject();
    QStringList attached;
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        attached.append(it.key());
        const QJsonObject network =
            findNetwork(context, it.value().toObject().value(QLatin1String("NetworkID")).toString(), it.key());
        const QJsonObject options = network.value(QLatin1String("Options")).toObject();
        const QString bridge = options.value(QLatin1String("com.docker.network.bridge.name")).toString();
        if (networkNames.contains(it.key()) || bridgeNames.contains(bridge) ||
            options.value(QLatin1String("com.docker.network.bridge.default_bridge")).toString() ==
                QLatin1String("true")) {
            return outcome(Status::Fail,
                           Tr::tr("attached to network %1%2")
                               .arg(it.key(), bridge.isEmpty() ? QString() : Tr::tr(" (bridge %1)").arg(bridge)),
                           Tr::tr("on the default bridge, where every container can reach every other"),
                           it.key());
        }
    }
    const QString mode = textAt(object, {"HostConfig", "NetworkMode"});
    if (networks.isEmpty() && (mode == QLatin1String("default") || networkNames.contains(mode))) {
        return outcome(Status::Fail,
                       QStringLiteral("HostConfig.NetworkMode = ") + quoted(mode),
                       Tr::tr("on the default bridge, where every container can reach every other"),
                       mode);
    }
    return outcome(Status::Pass,
                   attached.isEmpty() ? QStringLiteral("HostConfig.NetworkMode = ") + quoted(mode)
                                      : Tr::tr("networks: %1").arg(listText(attached)));
}

CheckOutcome checkMultiNetwork(const ScanContext &context, const QJsonObject &object, const Rule & /*rule*/)
{
    const QJsonObject networks = at(object, {"NetworkSettings", "Networks"}).toObject();
    QStringList names;
    QStringList open;
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        names.append(it.key());
        const QJsonObject network =
            findNetwork(context, it.value().toObject().value(QLatin1String("NetworkID")).toString(), it.key());
        if (!network.value(QLatin1String("Internal")).toBool()) {
            open.append(it.key());
        }
    }
    if (names.size() < 2) {
        return outcome(Status::Pass,
                       names.isEmpty() ? Tr::tr("no networks") : Tr::tr("one network: %1").arg(names.first()));
    }
    const QString evidence = Tr::tr("%1 networks: %2").arg(names.size()).arg(listText(names));
    if (open.isEmpty()) {
        return outcome(Status::Pass, evidence + Tr::tr(" (all internal)"));
    }
    return outcome(Status::Fail,
                   evidence + Tr::tr("; not internal: %1").arg(listText(open)),
                   Tr::tr("joins several networks, at least one of them with outside access: it bridges them"),
                   names.join(QLatin1Char(',')));
}

// ---------------------------------------------------------------------------------------------------------------
// restart-policy (5.15)
//
// The docker-bench tracker shows this check wrong both ways (#521/#522, #537/#541, #538/#539, #542). Here:
// - only "on-failure" has a retry count; MaximumRetryCount is 0 for every other policy and means nothing there;
// - on-failure with 1..5 retries passes (5 is a maximum, not a required value);
// - on-failure with 0 retries means "retry forever": that fails, as does more than 5;
// - "no", "always" and "unless-stopped" pass (CIS limits on-failure only);
// - swarm tasks are restarted by the orchestrator under the service's policy, which the snapshot does not hold.

CheckOutcome checkRestartPolicy(const ScanContext & /*context*/, const QJsonObject &object, const Rule &rule)
{
    const int maximum = static_cast<int>(paramNumber(rule, "max_retries").value_or(5));
    const QJsonObject labels = at(object, {"Config", "Labels"}).toObject();
    if (labels.contains(QLatin1String("com.docker.swarm.task.id")) ||
        labels.contains(QLatin1String("com.docker.swarm.service.id"))) {
        return skip(Tr::tr("swarm task: restarts follow the service's restart policy"));
    }
    const QString name = textAt(object, {"HostConfig", "RestartPolicy", "Name"});
    const int retries = at(object, {"HostConfig", "RestartPolicy", "MaximumRetryCount"}).toInt();
    if (name.isEmpty() || name == QLatin1String("no")) {
        return outcome(Status::Pass, Tr::tr("restart policy: no"));
    }
    if (name == QLatin1String("always") || name == QLatin1String("unless-stopped")) {
        return outcome(Status::Pass, Tr::tr("restart policy: %1").arg(name));
    }
    if (name == QLatin1String("on-failure")) {
        const QString setting = QStringLiteral("on-failure:%1").arg(retries);
        if (retries <= 0) {
            return outcome(Status::Fail,
                           Tr::tr("restart policy: on-failure without a maximum"),
                           Tr::tr("restarts a failing container forever"),
                           QStringLiteral("on-failure"));
        }
        if (retries > maximum) {
            return outcome(Status::Fail,
                           Tr::tr("restart policy: %1").arg(setting),
                           Tr::tr("more than %1 restart attempts").arg(maximum),
                           setting);
        }
        return outcome(Status::Pass, Tr::tr("restart policy: %1").arg(setting));
    }
    return skip(Tr::tr("unknown restart policy \"%1\"").arg(name));
}

// ---------------------------------------------------------------------------------------------------------------
// oom-restarts (C1)

CheckOutcome checkOomRestarts(const ScanContext & /*context*/, const QJsonObject &object, const Rule &rule)
{
    const int maximum = static_cast<int>(paramNumber(rule, "max_restarts").value_or(5));
    const bool oomKilled = at(object, {"State", "OOMKilled"}).toBool();
    const int restarts = object.value(QLatin1String("RestartCount")).toInt();
    const bool restarting = at(object, {"State", "Restarting"}).toBool();
    QStringList evidence{Tr::tr("RestartCount = %1").arg(restarts)};
    if (oomKilled) {
        evidence.prepend(QStringLiteral("State.OOMKilled = true"));
    }
    if (restarting) {
        evidence.append(QStringLiteral("State.Restarting = true"));
    }
    if (oomKilled) {
        return outcome(Status::Fail,
                       evidence.join(QStringLiteral("; ")),
                       Tr::tr("the kernel killed it for lack of memory"),
                       QString::number(restarts));
    }
    if (restarts > maximum || restarting) {
        return outcome(Status::Fail,
                       evidence.join(QStringLiteral("; ")),
                       restarting ? Tr::tr("in a restart loop") : Tr::tr("restarted more than %1 times").arg(maximum),
                       QString::number(restarts));
    }
    return outcome(Status::Pass, evidence.join(QStringLiteral("; ")));
}

// ---------------------------------------------------------------------------------------------------------------
// drift (A9, C2): files changed in a running container against its image. Needs GET /containers/{id}/changes,
// stored under "Changes" when the collector fetched it.

CheckOutcome checkDrift(const ScanContext & /*context*/, const QJsonObject &object, const Rule &rule)
{
    if (!isRunning(object)) {
        return skip(Tr::tr("not running"));
    }
    if (at(object, {"HostConfig", "ReadonlyRootfs"}).toBool()) {
        return outcome(Status::Pass, Tr::tr("read-only root filesystem: the image's files cannot change"));
    }
    const QJsonValue changes = object.value(QLatin1String("Changes"));
    if (!changes.isArray() && !changes.isNull()) {
        return skip(Tr::tr("file changes were not collected (GET /containers/{id}/changes)"));
    }
    const QStringList ignored = paramStrings(rule, "ignore", {QStringLiteral("/tmp"), QStringLiteral("/run")});
    QStringList paths;
    for (const auto &value : changes.toArray()) {
        const QString path = value.toObject().value(QLatin1String("Path")).toString();
        const bool ignore = std::any_of(ignored.begin(), ignored.end(), [&path](const QString &base) {
            return sameOrUnder(path, base);
        });
        if (!ignore && !path.isEmpty()) {
            paths.append(path);
        }
    }
    // The daemon also lists every directory above a changed file as modified: keep the leaves.
    QStringList changed;
    for (const QString &entry : paths) {
        const bool parent = std::any_of(paths.begin(), paths.end(), [&entry](const QString &candidate) {
            return candidate != entry && candidate.startsWith(entry + QLatin1Char('/'));
        });
        if (!parent) {
            changed.append(entry);
        }
    }
    if (changed.isEmpty()) {
        return outcome(Status::Pass, Tr::tr("no changes against the image"));
    }
    QStringList shown = changed.mid(0, 5);
    if (changed.size() > shown.size()) {
        shown.append(Tr::tr("… (%1 in all)").arg(changed.size()));
    }
    return outcome(Status::Fail,
                   listText(shown),
                   Tr::tr("files changed since the container started from its image"),
                   QString::number(changed.size()));
}

// ---------------------------------------------------------------------------------------------------------------
// required-labels (C4): containers, images, networks, volumes

CheckOutcome checkRequiredLabels(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    QStringList required = context.policy().requiredLabels;
    for (const QString &label : paramStrings(rule, "labels", {})) {
        if (!required.contains(label)) {
            required.append(label);
        }
    }
    if (required.isEmpty()) {
        return skip(Tr::tr("no required labels in the policy (requiredLabels)"));
    }
    const QJsonObject labels = rule.scope == Scope::Container || rule.scope == Scope::Image
                                   ? at(object, {"Config", "Labels"}).toObject()
                                   : object.value(QLatin1String("Labels")).toObject();
    QStringList missing;
    QStringList present;
    for (const QString &key : required) {
        if (labels.value(key).toString().trimmed().isEmpty()) {
            missing.append(key);
        } else {
            present.append(key);
        }
    }
    if (!missing.isEmpty()) {
        return outcome(Status::Fail,
                       Tr::tr("missing: %1").arg(listText(missing)) +
                           (present.isEmpty() ? QString() : Tr::tr("; present: %1").arg(listText(present))),
                       Tr::tr("required labels are missing"),
                       missing.join(QLatin1Char(',')));
    }
    return outcome(Status::Pass, Tr::tr("present: %1").arg(listText(present)));
}

// ---------------------------------------------------------------------------------------------------------------
// container-sprawl (6.2): daemon scope

CheckOutcome checkContainerSprawl(const ScanContext &context, const QJsonObject & /*daemon*/, const Rule &rule)
{
    QMap<QString, int> byState;
    const QJsonArray &containers = context.snapshot().containers;
    for (const auto &value : containers) {
        ++byState[textAt(value, {"State", "Status"})];
    }
    const int total = static_cast<int>(containers.size());
    const int running = byState.value(QStringLiteral("running")) + byState.value(QStringLiteral("paused")) +
                        byState.value(QStringLiteral("restarting"));
    const int stopped = total - running;
    QStringList states;
    for (auto it = byState.cbegin(); it != byState.cend(); ++it) {
        states.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key().isEmpty() ? Tr::tr("unknown") : it.key()));
    }
    QString evidence = Tr::tr("%1 containers: %2; %3 not running").arg(total).arg(listText(states)).arg(stopped);
    const QJsonObject &info = context.snapshot().info;
    if (info.contains(QLatin1String("Containers"))) {
        evidence += Tr::tr("; /info: %1 containers, %2 running")
                        .arg(info.value(QLatin1String("Containers")).toInt())
                        .arg(info.value(QLatin1String("ContainersRunning")).toInt());
    }
    if (const std::optional<double> maximum = paramNumber(rule, "max_stopped"); maximum && stopped > *maximum) {
        return outcome(Status::Fail,
                       evidence,
                       Tr::tr("more than %1 containers are not running").arg(*maximum),
                       QString::number(stopped));
    }
    return outcome(Status::Info,
                   evidence,
                   Tr::tr("review containers that are not running and remove those no longer needed"),
                   QString::number(stopped));
}

// ---------------------------------------------------------------------------------------------------------------
// swarm (§7)

struct SwarmView
{
    QJsonObject swarm;   // /info Swarm
    QJsonObject cluster; // /info Swarm.Cluster: managers only
    bool manager = false;
    QString nodeAddress;
};

QString notManagerReason()
{
    return Tr::tr("not a manager node: the swarm's settings are visible on managers only");
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

CheckOutcome swarmManagers(const SwarmView &view, const Rule &rule)
{
    if (!view.manager) {
        return skip(notManagerReason());
    }
    const int managers = view.swarm.value(QLatin1String("Managers")).toInt();
    const int nodes = view.swarm.value(QLatin1String("Nodes")).toInt();
    const int maximum = static_cast<int>(paramNumber(rule, "max_managers").value_or(7));
    const QString evidence = Tr::tr("%1 manager(s) of %2 node(s)").arg(managers).arg(nodes);
    if (managers > maximum) {
        return outcome(Status::Fail, evidence, Tr::tr("more managers than needed"), QString::number(managers));
    }
    if (managers > 1 && managers % 2 == 0) {
        return outcome(Status::Fail,
                       evidence,
                       Tr::tr("an even number of managers adds no fault tolerance"),
                       QString::number(managers));
    }
    return outcome(Status::Pass, evidence);
}

CheckOutcome swarmOverlayEncryption(const ScanContext &context)
{
    QStringList plain;
    QStringList encrypted;
    for (const auto &value : context.snapshot().networks) {
        const QJsonObject network = value.toObject();
        if (network.value(QLatin1String("Driver")).toString() != QLatin1String("overlay")) {
            continue;
        }
        const QString name = network.value(QLatin1String("Name")).toString();
        if (network.value(QLatin1String("Options")).toObject().contains(QLatin1String("encrypted"))) {
            encrypted.append(name);
        } else {
            plain.append(name);
        }
    }
    if (!plain.isEmpty()) {
        return outcome(Status::Fail,
                       Tr::tr("overlay networks without encryption: %1").arg(listText(plain)),
                       Tr::tr("traffic between nodes on these networks is not encrypted"),
                       plain.first());
    }
    return outcome(Status::Pass,
                   encrypted.isEmpty() ? Tr::tr("no overlay networks")
                                       : Tr::tr("encrypted overlay networks: %1").arg(listText(encrypted)));
}

CheckOutcome swarmAutoLock(const SwarmView &view, bool rotation)
{
    if (view.cluster.isEmpty()) {
        return skip(notManagerReason());
    }
    const bool autoLock = at(view.cluster, {"Spec", "EncryptionConfig", "AutoLockManagers"}).toBool();
    const QString evidence = QStringLiteral("Spec.EncryptionConfig.AutoLockManagers = ") + boolText(autoLock);
    if (rotation) {
        return outcome(Status::Warn,
                       evidence,
                       autoLock ? Tr::tr("manual review: the API does not show when the unlock key was last rotated")
                                : Tr::tr("auto-lock is off, so there is no unlock key to rotate (see 7.5)"));
    }
    return autoLock ? outcome(Status::Pass, evidence)
                    : outcome(Status::Fail,
                              evidence,
                              Tr::tr("the managers' raft keys are stored unencrypted at rest"),
                              QStringLiteral("false"));
}

CheckOutcome swarmNodeCertExpiry(const SwarmView &view, const Rule &rule)
{
    if (view.cluster.isEmpty()) {
        return skip(notManagerReason());
    }
    // Nanoseconds; 0 or missing means Docker's default of 90 days.
    const double nanoseconds = at(view.cluster, {"Spec", "CAConfig", "NodeCertExpiry"}).toDouble();
    const double days = nanoseconds > 0 ? nanoseconds / 86400e9 : 90.0;
    const double maximum = paramNumber(rule, "max_days").value_or(90);
    const QString evidence = Tr::tr("node certificates expire after %1 day(s)%2")
                                 .arg(days, 0, 'g', 4)
                                 .arg(nanoseconds > 0 ? QString() : Tr::tr(" (Docker's default)"));
    if (days > maximum) {
        return outcome(Status::Fail,
                       evidence,
                       Tr::tr("node certificates live longer than %1 days").arg(maximum),
                       QString::number(days, 'g', 4));
    }
    return outcome(Status::Pass, evidence);
}

// swarm (§7): daemon scope, one builtin with params.check. When swarm mode is off, nothing is checked and the
// result is skip, not pass (docker-bench passes all nine).
CheckOutcome checkSwarm(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    QJsonObject info = object.value(QLatin1String("info")).toObject();
    if (info.isEmpty()) {
        info = context.snapshot().info;
    }
    SwarmView view;
    view.swarm = info.value(QLatin1String("Swarm")).toObject();
    const QString state = view.swarm.value(QLatin1String("LocalNodeState")).toString();
    if (state.isEmpty() || state == QLatin1String("inactive")) {
        return skip(Tr::tr("swarm mode not enabled"));
    }
    if (state != QLatin1String("active")) {
        return skip(Tr::tr("swarm node state is \"%1\"").arg(state));
    }
    view.cluster = view.swarm.value(QLatin1String("Cluster")).toObject();
    view.manager = view.swarm.value(QLatin1String("ControlAvailable")).toBool() || !view.cluster.isEmpty();
    view.nodeAddress = view.swarm.value(QLatin1String("NodeAddr")).toString();
    const QString nodeEvidence = QStringLiteral("Swarm.NodeAddr = ") + quoted(view.nodeAddress);
    const QString check = paramText(rule, "check");

    if (check == QLatin1String("managers")) {
        return swarmManagers(view, rule);
    }
    if (check == QLatin1String("listen-address")) {
        return outcome(Status::Warn,
                       nodeEvidence,
                       Tr::tr("manual review: the listen socket of port 2377 needs host access; check that it is "
                              "bound to %1 and not to every interface")
                           .arg(view.nodeAddress.isEmpty() ? Tr::tr("one address") : view.nodeAddress),
                       view.nodeAddress);
    }
    if (check == QLatin1String("overlay-encryption")) {
        return swarmOverlayEncryption(context);
    }
    if (check == QLatin1String("secrets")) {
        return outcome(Status::Warn,
                       Tr::tr("swarm secrets are not part of the snapshot"),
                       Tr::tr("manual review: services should take their secrets from docker secret, not from "
                              "environment variables or images"));
    }
    if (check == QLatin1String("autolock") || check == QLatin1String("autolock-rotation")) {
        return swarmAutoLock(view, check == QLatin1String("autolock-rotation"));
    }
    if (check == QLatin1String("node-cert-expiry")) {
        return swarmNodeCertExpiry(view, rule);
    }
    if (check == QLatin1String("ca-rotation")) {
        if (view.cluster.isEmpty()) {
            return skip(notManagerReason());
        }
        return outcome(Status::Warn,
                       QStringLiteral("RootRotationInProgress = ") +
                           boolText(view.cluster.value(QLatin1String("RootRotationInProgress")).toBool()),
                       Tr::tr("manual review: the API shows no history of root CA rotations (docker swarm ca "
                              "--rotate)"));
    }
    if (check == QLatin1String("plane-separation")) {
        return outcome(Status::Warn,
                       nodeEvidence,
                       Tr::tr("manual review: check that --data-path-addr puts container traffic on an interface "
                              "other than the management address"),
                       view.nodeAddress);
    }
    return skip(Tr::tr("unknown swarm check \"%1\"").arg(check));
}

} // namespace

void registerContainerChecks(BuiltinChecks &checks)
{
    checks.add(QStringLiteral("root-user"), checkRootUser);
    checks.add(QStringLiteral("capabilities"), checkCapabilities);
    checks.add(QStringLiteral("sensitive-mounts"), checkSensitiveMounts);
    checks.add(QStringLiteral("socket-mount"), checkSocketMount);
    checks.add(QStringLiteral("sshd-process"), checkSshdProcess);
    checks.add(QStringLiteral("published-ports"), checkPublishedPorts);
    checks.add(QStringLiteral("apparmor"), checkAppArmor);
    checks.add(QStringLiteral("selinux"), checkSelinux);
    checks.add(QStringLiteral("seccomp"), checkSeccomp);
    checks.add(QStringLiteral("no-new-privileges"), checkNoNewPrivileges);
    checks.add(QStringLiteral("latest-tag"), checkLatestTag);
    checks.add(QStringLiteral("default-bridge"), checkDefaultBridge);
    checks.add(QStringLiteral("multi-network"), checkMultiNetwork);
    checks.add(QStringLiteral("restart-policy"), checkRestartPolicy);
    checks.add(QStringLiteral("oom-restarts"), checkOomRestarts);
    checks.add(QStringLiteral("drift"), checkDrift);
    checks.add(QStringLiteral("required-labels"), checkRequiredLabels);
    checks.add(QStringLiteral("container-sprawl"), checkContainerSprawl);
    checks.add(QStringLiteral("swarm"), checkSwarm);
}

} // namespace hullcheck::core
