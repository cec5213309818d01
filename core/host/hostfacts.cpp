#include "core/host/hostfacts.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <grp.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::HostFacts)
};

constexpr qint64 MaxConfigFileBytes = 1 << 20;

QString userName(uid_t uid)
{
    struct passwd entry
    {};
    struct passwd *found = nullptr;
    std::array<char, 4096> buffer{};
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found) {
        return QString::fromLocal8Bit(found->pw_name);
    }
    return {};
}

QString groupName(gid_t gid)
{
    struct group entry
    {};
    struct group *found = nullptr;
    std::array<char, 4096> buffer{};
    if (getgrgid_r(gid, &entry, buffer.data(), buffer.size(), &found) == 0 && found) {
        return QString::fromLocal8Bit(found->gr_name);
    }
    return {};
}

QString homeOf(uid_t uid)
{
    struct passwd entry
    {};
    struct passwd *found = nullptr;
    std::array<char, 4096> buffer{};
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found) {
        return QString::fromLocal8Bit(found->pw_dir);
    }
    return {};
}

// A connected unix socket to `path`, closed by the destructor.
class UnixConnection
{
public:
    explicit UnixConnection(const QString &path)
    {
        const QByteArray encoded = QFile::encodeName(path);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (encoded.size() >= static_cast<qsizetype>(sizeof(address.sun_path))) {
            m_error = Tr::tr("the socket path is too long");
            return;
        }
        std::memcpy(address.sun_path, encoded.constData(), static_cast<size_t>(encoded.size()));
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the sockets API takes a generic sockaddr
        if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            close();
        }
    }
    ~UnixConnection() { close(); }
    Q_DISABLE_COPY_MOVE(UnixConnection)

    int fd() const { return m_fd; }
    QString error() const { return m_error; }

private:
    void close()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    int m_fd = -1;
    QString m_error;
};

// The inode of the server-side end of our connection, through the kernel's sock_diag interface.
ino_t peerInode(int fd)
{
    struct stat own
    {};
    if (::fstat(fd, &own) != 0) {
        return 0;
    }
    const int diag = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (diag < 0) {
        return 0;
    }
    struct
    {
        nlmsghdr header;
        unix_diag_req request;
    } message{};
    message.header.nlmsg_len = sizeof(message);
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST;
    message.request.sdiag_family = AF_UNIX;
    message.request.udiag_states = ~0U;
    message.request.udiag_ino = static_cast<__u32>(own.st_ino);
    message.request.udiag_show = UDIAG_SHOW_PEER;
    message.request.udiag_cookie[0] = ~0U;
    message.request.udiag_cookie[1] = ~0U;
    ino_t peer = 0;
    if (::send(diag, &message, sizeof(message), 0) == static_cast<ssize_t>(sizeof(message))) {
        std::array<char, 8192> buffer{};
        const ssize_t received = ::recv(diag, buffer.data(), buffer.size(), 0);
        // Parsed by hand: the NLMSG_*/RTA_* macros are C casts. Layout: nlmsghdr, unix_diag_msg, then
        // attributes {u16 length, u16 type, payload}, each padded to 4 bytes.
        const auto align = [](size_t length) {
            return (length + 3U) & ~size_t{3};
        };
        nlmsghdr header{};
        if (received >= static_cast<ssize_t>(sizeof(header))) {
            std::memcpy(&header, buffer.data(), sizeof(header));
        }
        if (header.nlmsg_type == SOCK_DIAG_BY_FAMILY && header.nlmsg_len <= static_cast<size_t>(received)) {
            size_t offset = align(sizeof(nlmsghdr)) + align(sizeof(unix_diag_msg));
            while (offset + 4 <= header.nlmsg_len) {
                std::uint16_t length = 0;
                std::uint16_t type = 0;
                std::memcpy(&length, buffer.data() + offset, 2);
                std::memcpy(&type, buffer.data() + offset + 2, 2);
                if (length < 4 || offset + length > header.nlmsg_len) {
                    break;
                }
                if (type == UNIX_DIAG_PEER && length >= 8) {
                    std::uint32_t inode = 0;
                    std::memcpy(&inode, buffer.data() + offset + 4, 4);
                    peer = inode;
                }
                offset += align(length);
            }
        }
    }
    ::close(diag);
    return peer;
}

// The process holding a socket inode in its file table.
qint64 processHoldingSocket(ino_t inode)
{
    const QString wanted = QStringLiteral("socket:[%1]").arg(inode);
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        const qint64 value = pid.toLongLong(&numeric);
        if (!numeric) {
            continue;
        }
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
            std::array<char, 64> target{};
            const QByteArray link = QFile::encodeName(fds.filePath(fd));
            const ssize_t length = ::readlink(link.constData(), target.data(), target.size() - 1);
            if (length > 0 && QLatin1String(target.data(), length) == wanted) {
                return value;
            }
        }
    }
    return 0;
}

QStringList readCommandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList arguments;
    for (const QByteArray &argument : file.readAll().split('\0')) {
        if (!argument.isEmpty()) {
            arguments.append(QString::fromLocal8Bit(argument));
        }
    }
    return arguments;
}

// The executable and command line of facts.daemonPid, however the pid was found.
void readDaemonProcess(HostFacts &facts)
{
    facts.daemonExecutable = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(facts.daemonPid));
    facts.daemonCommandLine = readCommandLine(facts.daemonPid);
    if (facts.daemonCommandLine.isEmpty()) {
        facts.daemonError = Tr::tr("cannot read the command line of process %1").arg(facts.daemonPid);
    }
}

// The process and owner of a daemon listening on a loopback TCP port. Only a listening socket in our own network
// namespace counts, so a port published by another namespace is never mistaken for the daemon.
void findTcpDaemonProcess(const Endpoint &endpoint, HostFacts &facts)
{
    QList<quint64> inodes;
    for (const QString &table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (file.open(QIODevice::ReadOnly)) {
            inodes += listeningSocketInodes(file.readAll(), static_cast<quint16>(endpoint.port));
        }
    }
    for (const quint64 inode : std::as_const(inodes)) {
        if (const qint64 pid = processHoldingSocket(static_cast<ino_t>(inode)); pid > 0) {
            facts.daemonPid = pid;
            facts.daemonPidSource = QStringLiteral("/proc/net/tcp listening socket");
            break;
        }
    }
    if (facts.daemonPid == 0) {
        facts.daemonError = Tr::tr("no process of this host listens on TCP port %1").arg(endpoint.port);
        return;
    }
    readDaemonProcess(facts);
    struct stat process
    {};
    // /proc/<pid> belongs to the process's effective uid, what SO_PEERCRED gives for a unix socket.
    if (::stat(QFile::encodeName(QStringLiteral("/proc/%1").arg(facts.daemonPid)).constData(), &process) == 0) {
        facts.daemonUid = process.st_uid;
    }
}

void findDaemonProcess(const Endpoint &endpoint, HostFacts &facts)
{
    if (endpoint.transport != Endpoint::Transport::Unix) {
        findTcpDaemonProcess(endpoint, facts);
        return;
    }
    const UnixConnection connection(endpoint.socketPath);
    if (connection.fd() < 0) {
        facts.daemonError = Tr::tr("cannot connect to %1: %2").arg(endpoint.socketPath, connection.error());
        return;
    }
    ucred credentials{};
    socklen_t length = sizeof(credentials);
    if (::getsockopt(connection.fd(), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0) {
        facts.daemonError = Tr::tr("SO_PEERCRED failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    facts.daemonPid = credentials.pid;
    facts.daemonPidSource = QStringLiteral("SO_PEERCRED");
    if (credentials.pid == 0) {
        facts.daemonError = Tr::tr("the daemon runs in another PID namespace");
        return;
    }
    if (credentials.pid == 1) {
        // Socket activation: systemd created the listening socket, so the peer credentials name PID 1. The
        // process that accepted our connection is the daemon; the kernel tells which socket that is.
        // Accepting happens asynchronously, so give the daemon a moment.
        for (int attempt = 0; attempt < 20 && facts.daemonPid == 1; ++attempt) {
            if (const ino_t peer = peerInode(connection.fd()); peer != 0) {
                if (const qint64 pid = processHoldingSocket(peer); pid > 1) {
                    facts.daemonPid = pid;
                    facts.daemonPidSource = QStringLiteral("SO_PEERCRED (socket activation) + sock_diag peer");
                    break;
                }
            }
            ::usleep(10000);
        }
    }
    readDaemonProcess(facts);
    facts.daemonUid = credentials.uid;
}

void readConfigFile(HostFacts &facts, const QJsonObject &info)
{
    auto [path, isExplicit] = daemonConfigFileFor(facts.daemonCommandLine);
    const bool rootless =
        info.value(QLatin1String("SecurityOptions")).toArray().contains(QStringLiteral("name=rootless"));
    if (!isExplicit && rootless) {
        const QString home = homeOf(static_cast<uid_t>(facts.daemonUid));
        if (!home.isEmpty()) {
            path = home + QStringLiteral("/.config/docker/daemon.json");
        }
    }
    facts.configFile = path;
    facts.configFileExplicit = isExplicit;
    QFile file(path);
    facts.configFileExists = file.exists();
    if (!facts.configFileExists) {
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        facts.configFileError = file.errorString();
        return;
    }
    if (file.size() > MaxConfigFileBytes) {
        facts.configFileError = Tr::tr("larger than 1 MiB; not read");
        return;
    }
    facts.configFileText = QString::fromUtf8(file.readAll());
}

QByteArray readSmallFile(const QString &path, QString *error, qint64 maxBytes = MaxConfigFileBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        }
        return {};
    }
    return file.read(maxBytes);
}

void appendError(QString &errors, const QString &error)
{
    if (error.isEmpty()) {
        return;
    }
    if (!errors.isEmpty()) {
        errors += QStringLiteral("; ");
    }
    errors += error;
}

QStringList binaryDirectories(const HostFactsSources &sources)
{
    if (!sources.binaryDirectories.isEmpty()) {
        return sources.binaryDirectories;
    }
    QStringList directories = QString::fromLocal8Bit(qgetenv("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const char *directory : {"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"}) {
        directories.append(QString::fromLatin1(directory));
    }
    directories.removeDuplicates();
    return directories;
}

QString findBinary(const QString &name, const QStringList &directories)
{
    if (name.isEmpty()) {
        return {};
    }
    if (name.startsWith(QLatin1Char('/'))) {
        return QFileInfo(name).isExecutable() ? name : QString();
    }
    return QStandardPaths::findExecutable(name, directories);
}

// Runs a short command; false with `error` set when it cannot start, times out or exits non-zero.
bool runCommand(const QString &program, const QStringList &arguments, int timeoutMs, QByteArray &output, QString &error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs)) {
        error = Tr::tr("%1 did not start: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        error = Tr::tr("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return false;
    }
    output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString message =
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        error = Tr::tr("%1 failed (exit code %2): %3").arg(program).arg(process.exitCode()).arg(message);
        return false;
    }
    return true;
}

QString lastValue(const QStringList &values)
{
    return values.isEmpty() ? QString() : values.last();
}

// A daemon setting: the command line first, then daemon.json.
QString daemonOption(const HostFacts &facts,
                     const QJsonObject &config,
                     const QStringList &flags,
                     const QString &key,
                     QString *source = nullptr)
{
    const QString fromCommandLine = lastValue(commandLineFlagValues(facts.daemonCommandLine, flags));
    if (!fromCommandLine.isEmpty()) {
        if (source) {
            *source = flags.first();
        }
        return fromCommandLine;
    }
    const QJsonValue value = config.value(key);
    if (value.isString()) {
        if (source) {
            *source = QStringLiteral("daemon.json %1").arg(key);
        }
        return value.toString();
    }
    return {};
}

bool daemonBoolOption(const HostFacts &facts, const QJsonObject &config, const QString &flag, const QString &key)
{
    const QString fromCommandLine = lastValue(commandLineFlagValues(facts.daemonCommandLine, {flag}, true));
    if (!fromCommandLine.isEmpty()) {
        return fromCommandLine.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0 &&
               fromCommandLine != QLatin1String("0");
    }
    return config.value(key).toBool(false);
}

QStringList daemonHosts(const HostFacts &facts, const QJsonObject &config)
{
    QStringList hosts =
        commandLineFlagValues(facts.daemonCommandLine, {QStringLiteral("--host"), QStringLiteral("-H")});
    for (const QJsonValue &host : config.value(QLatin1String("hosts")).toArray()) {
        hosts.append(host.toString());
    }
    return hosts;
}

void setPath(HostFacts &facts, const QString &role, const QString &path, const QString &source)
{
    if (!path.isEmpty()) {
        facts.paths.insert(role, path);
    }
    facts.pathSources.insert(role, source);
}

// ListenStream= lines of a systemd socket unit.
QString socketUnitListenPath(const QString &unitFile)
{
    const QByteArray text = readSmallFile(unitFile, nullptr);
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.startsWith(QLatin1String("ListenStream="))) {
            const QString value = line.mid(static_cast<qsizetype>(std::strlen("ListenStream="))).trimmed();
            if (value.startsWith(QLatin1Char('/'))) {
                return value;
            }
        }
    }
    return {};
}

void findUnitFiles(HostFacts &facts, const HostFactsSources &sources)
{
    const QStringList units{QStringLiteral("docker.service"), QStringLiteral("docker.socket")};
    QHash<QString, QString> found;
    QString error;
    const QString systemctl = findBinary(QStringLiteral("systemctl"), binaryDirectories(sources));
    if (sources.useSystemctl && !systemctl.isEmpty() && QFileInfo::exists(QStringLiteral("/run/systemd/system"))) {
        QByteArray output;
        if (runCommand(systemctl,
                       QStringList{QStringLiteral("show"), QStringLiteral("-p"), QStringLiteral("FragmentPath")} +
                           units,
                       sources.commandTimeoutMs,
                       output,
                       error)) {
            // One "FragmentPath=..." line per unit, in the order asked; empty when the unit does not exist.
            qsizetype index = 0;
            for (const QByteArray &rawLine : output.split('\n')) {
                const QString line = QString::fromUtf8(rawLine).trimmed();
                if (!line.startsWith(QLatin1String("FragmentPath="))) {
                    continue;
                }
                const QString path = line.section(QLatin1Char('='), 1);
                if (index < units.size() && !path.isEmpty()) {
                    found.insert(units.at(index), path);
                }
                ++index;
            }
        }
    }
    for (const QString &unit : units) {
        const QString role = QStringLiteral("unit:") + unit;
        if (found.contains(unit)) {
            setPath(facts, role, found.value(unit), QStringLiteral("systemctl show -p FragmentPath"));
            continue;
        }
        bool located = false;
        for (const QString &directory : sources.unitDirectories) {
            const QString candidate = QDir(directory).filePath(unit);
            if (QFileInfo::exists(candidate)) {
                setPath(facts, role, candidate, Tr::tr("found in %1").arg(directory));
                located = true;
                break;
            }
        }
        if (!located) {
            QString reason = Tr::tr("no %1 in %2").arg(unit, sources.unitDirectories.join(QStringLiteral(", ")));
            if (!error.isEmpty()) {
                reason += QStringLiteral(" (") + error + QLatin1Char(')');
            }
            setPath(facts, role, {}, reason);
        }
    }
}

// The processes the daemon started (every thread's children: Go forks from any thread).
QList<qint64> childProcesses(qint64 pid)
{
    QList<qint64> children;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray text = readSmallFile(tasks.filePath(task) + QStringLiteral("/children"), nullptr, 65536);
        for (const QByteArray &child : text.simplified().split(' ')) {
            bool numeric = false;
            const qint64 value = child.toLongLong(&numeric);
            if (numeric) {
                children.append(value);
            }
        }
    }
    return children;
}

void findContainerdSocket(HostFacts &facts, const QJsonObject &config)
{
    const QString defaultSocket = QStringLiteral("/run/containerd/containerd.sock");
    setPath(facts, QStringLiteral("containerd_socket_default"), defaultSocket, QStringLiteral("default"));
    QString source;
    const QString explicitSocket =
        daemonOption(facts, config, {QStringLiteral("--containerd")}, QStringLiteral("containerd"), &source);
    if (!explicitSocket.isEmpty()) {
        setPath(facts, QStringLiteral("containerd_socket"), explicitSocket, source);
        return;
    }
    QString execRoot = daemonOption(facts, config, {QStringLiteral("--exec-root")}, QStringLiteral("exec-root"));
    if (execRoot.isEmpty()) {
        execRoot = QStringLiteral("/var/run/docker");
    }
    const QString managedSocket = execRoot + QStringLiteral("/containerd/containerd.sock");
    // dockerd uses the system containerd when its socket exists at start-up, else it starts its own under the
    // exec-root (Debian's docker.io on a host without the containerd service). Its own shows as a child process.
    bool managedRunning = false;
    if (facts.daemonPid > 1 && QFileInfo::exists(managedSocket)) {
        for (const qint64 child : childProcesses(facts.daemonPid)) {
            const QString name = QString::fromLocal8Bit(
                readSmallFile(QStringLiteral("/proc/%1/comm").arg(child), nullptr, 256).trimmed());
            if (name == QLatin1String("containerd")) {
                managedRunning = true;
                break;
            }
        }
    }
    if (managedRunning) {
        setPath(facts,
                QStringLiteral("containerd_socket"),
                managedSocket,
                Tr::tr("containerd started by the daemon under its exec-root"));
    } else if (QFileInfo::exists(defaultSocket)) {
        setPath(facts, QStringLiteral("containerd_socket"), defaultSocket, Tr::tr("the system containerd"));
    } else if (QFileInfo::exists(managedSocket)) {
        setPath(facts, QStringLiteral("containerd_socket"), managedSocket, Tr::tr("under the daemon's exec-root"));
    } else {
        setPath(
            facts, QStringLiteral("containerd_socket"), defaultSocket, Tr::tr("default (no containerd socket found)"));
    }
}

void findSocket(HostFacts &facts, const Endpoint &endpoint, const QJsonObject &config)
{
    if (endpoint.transport == Endpoint::Transport::Unix) {
        setPath(facts, QStringLiteral("socket"), endpoint.socketPath, Tr::tr("the connection's socket"));
        return;
    }
    const QStringList hosts = daemonHosts(facts, config);
    for (const QString &host : hosts) {
        if (host.startsWith(QLatin1String("unix://"))) {
            setPath(facts, QStringLiteral("socket"), host.mid(7), Tr::tr("the daemon's -H %1").arg(host));
            return;
        }
    }
    for (const QString &host : hosts) {
        if (host.startsWith(QLatin1String("fd://"))) {
            const QString unit = facts.path(QStringLiteral("unit:docker.socket"));
            const QString listen = unit.isEmpty() ? QString() : socketUnitListenPath(unit);
            if (!listen.isEmpty()) {
                setPath(facts, QStringLiteral("socket"), listen, Tr::tr("ListenStream of %1").arg(unit));
                return;
            }
        }
    }
    setPath(facts,
            QStringLiteral("socket"),
            QStringLiteral("/var/run/docker.sock"),
            facts.daemonCommandLine.isEmpty() ? Tr::tr("default (the daemon's command line is unknown)")
                                              : QStringLiteral("default"));
}

void findTlsFiles(HostFacts &facts, const QJsonObject &config)
{
    const bool verify = daemonBoolOption(facts, config, QStringLiteral("--tlsverify"), QStringLiteral("tlsverify"));
    const bool tls = daemonBoolOption(facts, config, QStringLiteral("--tls"), QStringLiteral("tls"));
    const struct
    {
        const char *role;
        const char *flag;
        const char *key;
        const char *defaultName;
    } files[] = {{"tls_ca", "--tlscacert", "tlscacert", "ca.pem"},
                 {"tls_cert", "--tlscert", "tlscert", "cert.pem"},
                 {"tls_key", "--tlskey", "tlskey", "key.pem"}};
    const QString home = homeOf(static_cast<uid_t>(facts.daemonUid));
    for (const auto &file : files) {
        const QString role = QString::fromLatin1(file.role);
        QString source;
        const QString path =
            daemonOption(facts, config, {QString::fromLatin1(file.flag)}, QString::fromLatin1(file.key), &source);
        if (!path.isEmpty()) {
            setPath(facts, role, path, source);
        } else if ((verify || tls) && !home.isEmpty()) {
            // dockerd's defaults: ~/.docker/{ca,cert,key}.pem of the user it runs as.
            setPath(facts,
                    role,
                    home + QStringLiteral("/.docker/") + QString::fromLatin1(file.defaultName),
                    Tr::tr("default of --%1").arg(QString::fromLatin1(file.key)));
        } else {
            setPath(facts,
                    role,
                    {},
                    Tr::tr("the daemon is not configured for TLS (no %1)").arg(QString::fromLatin1(file.flag)));
        }
    }
}

void findBinaries(HostFacts &facts, const QJsonObject &info, const HostFactsSources &sources)
{
    const QStringList directories = binaryDirectories(sources);
    QString executable = facts.daemonExecutable;
    executable.remove(QStringLiteral(" (deleted)"));
    if (QFileInfo(executable).fileName() == QLatin1String("dockerd")) {
        setPath(facts, QStringLiteral("dockerd"), executable, Tr::tr("the daemon's executable (/proc/PID/exe)"));
    } else if (const QString found = findBinary(QStringLiteral("dockerd"), directories); !found.isEmpty()) {
        setPath(facts, QStringLiteral("dockerd"), found, Tr::tr("found on the search path"));
    } else {
        setPath(
            facts, QStringLiteral("dockerd"), {}, Tr::tr("dockerd is not installed (not found on the search path)"));
    }
    QString runc = info.value(QLatin1String("Runtimes"))
                       .toObject()
                       .value(QLatin1String("runc"))
                       .toObject()
                       .value(QLatin1String("path"))
                       .toString();
    if (runc.isEmpty()) {
        runc = QStringLiteral("runc");
    }
    const QList<std::pair<QString, QString>> binaries{
        {QStringLiteral("containerd"), QStringLiteral("containerd")},
        {QStringLiteral("containerd-shim"), QStringLiteral("containerd-shim")},
        {QStringLiteral("containerd-shim-runc-v1"), QStringLiteral("containerd-shim-runc-v1")},
        {QStringLiteral("containerd-shim-runc-v2"), QStringLiteral("containerd-shim-runc-v2")},
        {QStringLiteral("runc"), runc},
    };
    for (const auto &[role, name] : binaries) {
        const QString found = findBinary(name, directories);
        if (found.isEmpty()) {
            setPath(facts, role, {}, Tr::tr("%1 is not installed (not found on the search path)").arg(name));
        } else {
            setPath(facts, role, found, Tr::tr("found on the search path"));
        }
    }
}

void findRegistryCerts(HostFacts &facts, const HostFactsSources &sources)
{
    constexpr int MaxCertFiles = 1000;
    facts.registryCertsDirectory = QDir(sources.etcDocker).filePath(QStringLiteral("certs.d"));
    setPath(facts, QStringLiteral("certs_d"), facts.registryCertsDirectory, QStringLiteral("default"));
    const QFileInfo directory(facts.registryCertsDirectory);
    if (!directory.exists()) {
        return;
    }
    if (!directory.isReadable()) {
        facts.registryCertsError = Tr::tr("%1 is not readable").arg(facts.registryCertsDirectory);
        return;
    }
    QDirIterator iterator(facts.registryCertsDirectory,
                          {QStringLiteral("*.crt"), QStringLiteral("*.cert"), QStringLiteral("*.key")},
                          QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
    while (iterator.hasNext()) {
        if (facts.registryCertFiles.size() >= MaxCertFiles) {
            facts.registryCertsError = Tr::tr("more than %1 files; the rest were not examined").arg(MaxCertFiles);
            break;
        }
        facts.registryCertFiles.append(iterator.next());
    }
    facts.registryCertFiles.sort();
}

void readAuditRules(HostFacts &facts, const HostFactsSources &sources)
{
    AuditFacts &audit = facts.audit;
    const QString auditctl = findBinary(sources.auditctl, binaryDirectories(sources));
    if (!auditctl.isEmpty()) {
        QByteArray output;
        QString error;
        if (runCommand(auditctl, {QStringLiteral("-l")}, sources.commandTimeoutMs, output, error)) {
            audit.source = QStringLiteral("auditctl");
            for (const QByteArray &rawLine : output.split('\n')) {
                const QString line = QString::fromLocal8Bit(rawLine).trimmed();
                if (!line.isEmpty() && line != QLatin1String("No rules")) {
                    audit.rules.append(line);
                }
            }
            return;
        }
        audit.error = error;
    }
    QStringList files;
    if (QFileInfo::exists(sources.auditRulesFile)) {
        files.append(sources.auditRulesFile);
    }
    const QDir directory(sources.auditRulesDirectory);
    for (const QString &name : directory.entryList({QStringLiteral("*.rules")}, QDir::Files, QDir::Name)) {
        files.append(directory.filePath(name));
    }
    for (const QString &file : files) {
        QString error;
        const QByteArray text = readSmallFile(file, &error);
        if (!error.isEmpty()) {
            appendError(audit.error, error);
            continue;
        }
        audit.sourceFiles.append(file);
        for (const QByteArray &rawLine : text.split('\n')) {
            const QString line = QString::fromLocal8Bit(rawLine).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
                audit.rules.append(line);
            }
        }
    }
    audit.source = audit.sourceFiles.isEmpty() ? QStringLiteral("none") : QStringLiteral("files");
}

void readGroups(HostFacts &facts, const QJsonObject &config, const HostFactsSources &sources)
{
    QString groupError;
    QString passwdError;
    const QByteArray group = readSmallFile(sources.etcGroup, &groupError);
    const QByteArray passwd = readSmallFile(sources.etcPasswd, &passwdError);
    QString name =
        daemonOption(facts, config, {QStringLiteral("--group"), QStringLiteral("-G")}, QStringLiteral("group"));
    if (name.isEmpty()) {
        name = QStringLiteral("docker");
    }
    bool numeric = false;
    const qint64 gid = name.toLongLong(&numeric);
    facts.dockerGroup = numeric ? groupFromFiles(group, passwd, {}, gid) : groupFromFiles(group, passwd, name);
    if (numeric && facts.dockerGroup.name.isEmpty()) {
        facts.dockerGroup.name = name;
    }
    appendError(facts.dockerGroup.error, groupError);
    appendError(facts.dockerGroup.error, passwdError);

    if (const FileFacts *socket = facts.resolvedFile(facts.path(QStringLiteral("socket")));
        socket && socket->exists && static_cast<qint64>(socket->gid) != facts.dockerGroup.gid) {
        facts.socketGroup = groupFromFiles(group, passwd, {}, socket->gid);
        appendError(facts.socketGroup.error, groupError);
    }
}

void findDataRootMount(HostFacts &facts, const QJsonObject &info, const HostFactsSources &sources)
{
    MountFacts &mount = facts.dataRootMount;
    mount.path = info.value(QLatin1String("DockerRootDir")).toString();
    if (mount.path.isEmpty()) {
        mount.error = Tr::tr("/info has no DockerRootDir");
        return;
    }
    const QJsonArray options = info.value(QLatin1String("SecurityOptions")).toArray();
    mount.usernsRemap = options.contains(QStringLiteral("name=userns"));
    QString checked = mount.usernsRemap ? QFileInfo(mount.path).path() : mount.path;
    if (const QString canonical = QFileInfo(checked).canonicalFilePath(); !canonical.isEmpty()) {
        checked = canonical;
    }
    mount.checkedPath = checked;

    QStringList candidates;
    if (!sources.mountInfo.isEmpty()) {
        candidates.append(sources.mountInfo);
    } else {
        if (facts.daemonPid > 0) {
            candidates.append(QStringLiteral("/proc/%1/mountinfo").arg(facts.daemonPid));
        }
        candidates.append(QStringLiteral("/proc/self/mountinfo"));
    }
    for (const QString &candidate : candidates) {
        QString error;
        const QByteArray text = readSmallFile(candidate, &error, 16 * MaxConfigFileBytes);
        if (text.isEmpty()) {
            appendError(mount.error, error);
            continue;
        }
        mount.error.clear();
        mount.mountInfoFile = candidate;
        findMountOf(text, mount);
        return;
    }
}

QString unescapeMountField(const QByteArray &field)
{
    // mountinfo escapes space, tab, newline and backslash as \ooo.
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(static_cast<char>(code));
                i += 3;
                continue;
            }
        }
        out.append(field.at(i));
    }
    return QString::fromLocal8Bit(out);
}

bool isBeneath(const QString &path, const QString &directory)
{
    if (directory == QLatin1String("/")) {
        return path.startsWith(QLatin1Char('/'));
    }
    return path == directory || path.startsWith(directory + QLatin1Char('/'));
}

QString cleanPath(const QString &path)
{
    QString clean = QDir::cleanPath(path);
    return clean.isEmpty() ? path : clean;
}

} // namespace

QJsonObject FileFacts::toJson() const
{
    QJsonObject object{{QLatin1String("path"), path}, {QLatin1String("exists"), exists}};
    if (exists) {
        object.insert(QLatin1String("type"), type);
        object.insert(QLatin1String("uid"), static_cast<qint64>(uid));
        object.insert(QLatin1String("gid"), static_cast<qint64>(gid));
        object.insert(QLatin1String("owner"), owner);
        object.insert(QLatin1String("group"), group);
        object.insert(QLatin1String("mode"), QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0')));
    }
    if (!error.isEmpty()) {
        object.insert(QLatin1String("error"), error);
    }
    if (!linkTarget.isEmpty()) {
        object.insert(QLatin1String("link_target"), linkTarget);
    }
    return object;
}

FileFacts FileFacts::fromJson(const QJsonObject &object)
{
    FileFacts facts;
    facts.path = object.value(QLatin1String("path")).toString();
    facts.exists = object.value(QLatin1String("exists")).toBool();
    facts.type = object.value(QLatin1String("type")).toString();
    facts.uid = static_cast<uint>(object.value(QLatin1String("uid")).toInteger());
    facts.gid = static_cast<uint>(object.value(QLatin1String("gid")).toInteger());
    facts.owner = object.value(QLatin1String("owner")).toString();
    facts.group = object.value(QLatin1String("group")).toString();
    facts.mode = object.value(QLatin1String("mode")).toString().toUInt(nullptr, 8) & 07777U;
    facts.error = object.value(QLatin1String("error")).toString();
    facts.linkTarget = object.value(QLatin1String("link_target")).toString();
    return facts;
}

QJsonObject AuditFacts::toJson() const
{
    return QJsonObject{{QLatin1String("source"), source},
                       {QLatin1String("source_files"), QJsonArray::fromStringList(sourceFiles)},
                       {QLatin1String("rules"), QJsonArray::fromStringList(rules)},
                       {QLatin1String("error"), error}};
}

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &entry : value.toArray()) {
        list.append(entry.toString());
    }
    return list;
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

} // namespace

AuditFacts AuditFacts::fromJson(const QJsonObject &object)
{
    AuditFacts facts;
    facts.source = object.value(QLatin1String("source")).toString();
    facts.sourceFiles = stringList(object.value(QLatin1String("source_files")));
    facts.rules = stringList(object.value(QLatin1String("rules")));
    facts.error = object.value(QLatin1String("error")).toString();
    return facts;
}

QJsonObject GroupFacts::toJson() const
{
    return QJsonObject{{QLatin1String("name"), name},
                       {QLatin1String("gid"), gid},
                       {QLatin1String("exists"), exists},
                       {QLatin1String("members"), QJsonArray::fromStringList(members)},
                       {QLatin1String("error"), error}};
}

GroupFacts GroupFacts::fromJson(const QJsonObject &object)
{
    GroupFacts facts;
    facts.name = object.value(QLatin1String("name")).toString();
    facts.gid = object.value(QLatin1String("gid")).toInteger(-1);
    facts.exists = object.value(QLatin1String("exists")).toBool();
    facts.members = stringList(object.value(QLatin1String("members")));
    facts.error = object.value(QLatin1String("error")).toString();
    return facts;
}

QJsonObject MountFacts::toJson() const
{
    return QJsonObject{{QLatin1String("path"), path},
                       {QLatin1String("checked_path"), checkedPath},
                       {QLatin1String("userns_remap"), usernsRemap},
                       {QLatin1String("known"), known},
                       {QLatin1String("is_mount_point"), isMountPoint},
                       {QLatin1String("mount_point"), mountPoint},
                       {QLatin1String("fs_root"), fsRoot},
                       {QLatin1String("device"), device},
                       {QLatin1String("fs_type"), fsType},
                       {QLatin1String("source"), source},
                       {QLatin1String("root_device"), rootDevice},
                       {QLatin1String("mountinfo"), mountInfoFile},
                       {QLatin1String("error"), error}};
}

MountFacts MountFacts::fromJson(const QJsonObject &object)
{
    MountFacts facts;
    facts.path = object.value(QLatin1String("path")).toString();
    facts.checkedPath = object.value(QLatin1String("checked_path")).toString();
    facts.usernsRemap = object.value(QLatin1String("userns_remap")).toBool();
    facts.known = object.value(QLatin1String("known")).toBool();
    facts.isMountPoint = object.value(QLatin1String("is_mount_point")).toBool();
    facts.mountPoint = object.value(QLatin1String("mount_point")).toString();
    facts.fsRoot = object.value(QLatin1String("fs_root")).toString();
    facts.device = object.value(QLatin1String("device")).toString();
    facts.fsType = object.value(QLatin1String("fs_type")).toString();
    facts.source = object.value(QLatin1String("source")).toString();
    facts.rootDevice = object.value(QLatin1String("root_device")).toString();
    facts.mountInfoFile = object.value(QLatin1String("mountinfo")).toString();
    facts.error = object.value(QLatin1String("error")).toString();
    return facts;
}

QJsonObject HostFacts::toJson() const
{
    QJsonArray fileArray;
    for (const FileFacts &file : files) {
        fileArray.append(file.toJson());
    }
    return QJsonObject{
        {QLatin1String("collected"), collected},
        {QLatin1String("unavailable_reason"), unavailableReason},
        {QLatin1String("daemon"),
         QJsonObject{{QLatin1String("pid"), daemonPid},
                     {QLatin1String("uid"), daemonUid},
                     {QLatin1String("pid_source"), daemonPidSource},
                     {QLatin1String("executable"), daemonExecutable},
                     {QLatin1String("command_line"), QJsonArray::fromStringList(daemonCommandLine)},
                     {QLatin1String("error"), daemonError}}},
        {QLatin1String("config_file"),
         QJsonObject{{QLatin1String("path"), configFile},
                     {QLatin1String("explicit"), configFileExplicit},
                     {QLatin1String("exists"), configFileExists},
                     {QLatin1String("text"), configFileText},
                     {QLatin1String("error"), configFileError}}},
        {QLatin1String("files"), fileArray},
        {QLatin1String("paths"), stringMap(paths)},
        {QLatin1String("path_sources"), stringMap(pathSources)},
        {QLatin1String("registry_certs"),
         QJsonObject{{QLatin1String("directory"), registryCertsDirectory},
                     {QLatin1String("files"), QJsonArray::fromStringList(registryCertFiles)},
                     {QLatin1String("error"), registryCertsError}}},
        {QLatin1String("audit"), audit.toJson()},
        {QLatin1String("groups"),
         QJsonObject{{QLatin1String("docker"), dockerGroup.toJson()}, {QLatin1String("socket"), socketGroup.toJson()}}},
        {QLatin1String("data_root_mount"), dataRootMount.toJson()},
    };
}

HostFacts HostFacts::fromJson(const QJsonObject &object)
{
    HostFacts facts;
    facts.collected = object.value(QLatin1String("collected")).toBool();
    facts.unavailableReason = object.value(QLatin1String("unavailable_reason")).toString();
    const QJsonObject daemon = object.value(QLatin1String("daemon")).toObject();
    facts.daemonPid = daemon.value(QLatin1String("pid")).toInteger();
    facts.daemonUid = daemon.value(QLatin1String("uid")).toInteger();
    facts.daemonPidSource = daemon.value(QLatin1String("pid_source")).toString();
    facts.daemonExecutable = daemon.value(QLatin1String("executable")).toString();
    for (const auto &argument : daemon.value(QLatin1String("command_line")).toArray()) {
        facts.daemonCommandLine.append(argument.toString());
    }
    facts.daemonError = daemon.value(QLatin1String("error")).toString();
    const QJsonObject config = object.value(QLatin1String("config_file")).toObject();
    facts.configFile = config.value(QLatin1String("path")).toString();
    facts.configFileExplicit = config.value(QLatin1String("explicit")).toBool();
    facts.configFileExists = config.value(QLatin1String("exists")).toBool();
    facts.configFileText = config.value(QLatin1String("text")).toString();
    facts.configFileError = config.value(QLatin1String("error")).toString();
    for (const auto &file : object.value(QLatin1String("files")).toArray()) {
        facts.files.append(FileFacts::fromJson(file.toObject()));
    }
    facts.paths = stringMap(object.value(QLatin1String("paths")));
    facts.pathSources = stringMap(object.value(QLatin1String("path_sources")));
    const QJsonObject certs = object.value(QLatin1String("registry_certs")).toObject();
    facts.registryCertsDirectory = certs.value(QLatin1String("directory")).toString();
    facts.registryCertFiles = stringList(certs.value(QLatin1String("files")));
    facts.registryCertsError = certs.value(QLatin1String("error")).toString();
    facts.audit = AuditFacts::fromJson(object.value(QLatin1String("audit")).toObject());
    const QJsonObject groups = object.value(QLatin1String("groups")).toObject();
    facts.dockerGroup = GroupFacts::fromJson(groups.value(QLatin1String("docker")).toObject());
    facts.socketGroup = GroupFacts::fromJson(groups.value(QLatin1String("socket")).toObject());
    facts.dataRootMount = MountFacts::fromJson(object.value(QLatin1String("data_root_mount")).toObject());
    return facts;
}

const FileFacts *HostFacts::file(const QString &path) const
{
    for (const FileFacts &entry : files) {
        if (entry.path == path) {
            return &entry;
        }
    }
    return nullptr;
}

const FileFacts *HostFacts::resolvedFile(const QString &path) const
{
    const FileFacts *facts = file(path);
    for (int hop = 0; hop < 8 && facts && facts->type == QLatin1String("symlink") && !facts->linkTarget.isEmpty();
         ++hop) {
        const FileFacts *target = file(facts->linkTarget);
        if (!target) {
            break;
        }
        facts = target;
    }
    return facts;
}

FileFacts statFile(const QString &path)
{
    FileFacts facts;
    facts.path = path;
    struct stat status
    {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        if (errno != ENOENT && errno != ENOTDIR) {
            facts.error = QString::fromLocal8Bit(std::strerror(errno));
        }
        return facts;
    }
    facts.exists = true;
    if (S_ISREG(status.st_mode)) {
        facts.type = QStringLiteral("file");
    } else if (S_ISDIR(status.st_mode)) {
        facts.type = QStringLiteral("directory");
    } else if (S_ISSOCK(status.st_mode)) {
        facts.type = QStringLiteral("socket");
    } else if (S_ISLNK(status.st_mode)) {
        facts.type = QStringLiteral("symlink");
    } else {
        facts.type = QStringLiteral("other");
    }
    facts.uid = status.st_uid;
    facts.gid = status.st_gid;
    facts.owner = userName(status.st_uid);
    facts.group = groupName(status.st_gid);
    facts.mode = status.st_mode & 07777U;
    if (S_ISLNK(status.st_mode)) {
        facts.linkTarget = QFileInfo(path).canonicalFilePath();
    }
    return facts;
}

std::pair<QString, bool> daemonConfigFileFor(const QStringList &commandLine)
{
    for (qsizetype i = 1; i < commandLine.size(); ++i) {
        const QString &argument = commandLine.at(i);
        if (argument == QLatin1String("--config-file") && i + 1 < commandLine.size()) {
            return {commandLine.at(i + 1), true};
        }
        if (argument.startsWith(QLatin1String("--config-file="))) {
            return {argument.mid(static_cast<qsizetype>(std::strlen("--config-file="))), true};
        }
    }
    return {QStringLiteral("/etc/docker/daemon.json"), false};
}

QStringList commandLineFlagValues(const QStringList &commandLine, const QStringList &names, bool isBool)
{
    QStringList values;
    for (qsizetype i = 1; i < commandLine.size(); ++i) {
        const QString &argument = commandLine.at(i);
        if (argument == QLatin1String("--")) {
            break;
        }
        for (const QString &name : names) {
            const bool shorthand = name.size() == 2 && name.startsWith(QLatin1Char('-'));
            if (argument == name) {
                if (isBool) {
                    values.append(QStringLiteral("true"));
                } else if (i + 1 < commandLine.size()) {
                    values.append(commandLine.at(i + 1));
                    ++i;
                }
                break;
            }
            if (argument.startsWith(name + QLatin1Char('='))) {
                values.append(argument.mid(name.size() + 1));
                break;
            }
            if (shorthand && !isBool && argument.startsWith(name) && argument.size() > 2) {
                values.append(argument.mid(2));
                break;
            }
        }
    }
    return values;
}

namespace {

// /var/run is a link to /run on every current distribution; rules name either.
QString auditPath(const QString &path)
{
    QString clean = cleanPath(path);
    if (clean == QLatin1String("/var/run") || clean.startsWith(QLatin1String("/var/run/"))) {
        clean.remove(0, 4);
    }
    return clean;
}

} // namespace

QStringList auditRulesWatching(const QStringList &rules, const QString &path)
{
    const QString wanted = auditPath(path);
    QStringList matching;
    for (const QString &rule : rules) {
        const QStringList tokens = rule.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool never = false;
        bool watches = false;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString &token = tokens.at(i);
            const QString next = i + 1 < tokens.size() ? tokens.at(i + 1) : QString();
            if ((token == QLatin1String("-a") || token == QLatin1String("-A")) &&
                next.contains(QLatin1String("never"))) {
                never = true;
            }
            if (token == QLatin1String("-W") || token == QLatin1String("-d") || token == QLatin1String("-D")) {
                never = true; // removes rules, adds none
            }
            if (token == QLatin1String("-w") && !next.isEmpty()) {
                // A watch on a directory is recursive, so it covers everything beneath it.
                watches = watches || isBeneath(wanted, auditPath(next));
            }
            if (token == QLatin1String("-F") && !next.isEmpty()) {
                if (next.startsWith(QLatin1String("path="))) {
                    watches = watches || auditPath(next.mid(5)) == wanted;
                } else if (next.startsWith(QLatin1String("dir="))) {
                    watches = watches || isBeneath(wanted, auditPath(next.mid(4)));
                }
            }
        }
        if (watches && !never) {
            matching.append(rule);
        }
    }
    return matching;
}

QList<quint64> listeningSocketInodes(const QByteArray &procNetTcp, quint16 port)
{
    // Lines: "sl local_address rem_address st ... inode", addresses as HEXIP:HEXPORT; the first line is a header.
    constexpr int LocalAddressColumn = 1;
    constexpr int StateColumn = 3;
    constexpr int InodeColumn = 9;
    const QByteArray listening("0A");
    QList<quint64> inodes;
    const QList<QByteArray> lines = procNetTcp.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> columns = lines.at(i).simplified().split(' ');
        if (columns.size() <= InodeColumn || columns.at(StateColumn) != listening) {
            continue;
        }
        const QByteArray &local = columns.at(LocalAddressColumn);
        bool validPort = false;
        const uint localPort = local.mid(local.lastIndexOf(':') + 1).toUInt(&validPort, 16);
        bool validInode = false;
        const quint64 inode = columns.at(InodeColumn).toULongLong(&validInode);
        if (validPort && validInode && localPort == port && inode != 0) {
            inodes.append(inode);
        }
    }
    return inodes;
}

void findMountOf(const QByteArray &mountInfo, MountFacts &facts)
{
    const QString wanted = cleanPath(facts.checkedPath);
    qsizetype bestLength = -1;
    for (const QByteArray &line : mountInfo.split('\n')) {
        // id parent major:minor root mount-point options [optional...] - fstype source super-options
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype separator = fields.indexOf(QByteArray("-"));
        if (fields.size() < 7 || separator < 6 || separator + 2 >= fields.size()) {
            continue;
        }
        const QString mountPoint = unescapeMountField(fields.at(4));
        const QString device = QString::fromLatin1(fields.at(2));
        if (mountPoint == QLatin1String("/")) {
            facts.rootDevice = device; // the last mount on "/" is the visible one
        }
        if (!isBeneath(wanted, mountPoint)) {
            continue;
        }
        // The longest mount point wins; among equal ones the last, which is mounted on top.
        if (mountPoint.size() >= bestLength) {
            bestLength = mountPoint.size();
            facts.known = true;
            facts.mountPoint = mountPoint;
            facts.fsRoot = unescapeMountField(fields.at(3));
            facts.device = device;
            facts.fsType = QString::fromLatin1(fields.at(separator + 1));
            facts.source = unescapeMountField(fields.at(separator + 2));
        }
    }
    facts.isMountPoint = facts.known && facts.mountPoint == wanted;
    if (!facts.known && facts.error.isEmpty()) {
        facts.error = Tr::tr("no mount contains %1").arg(wanted);
    }
}

GroupFacts groupFromFiles(const QByteArray &etcGroup, const QByteArray &etcPasswd, const QString &name, qint64 gid)
{
    GroupFacts facts;
    facts.name = name;
    facts.gid = gid;
    for (const QByteArray &rawLine : etcGroup.split('\n')) {
        // name:password:gid:member,member
        const QList<QByteArray> fields = rawLine.trimmed().split(':');
        if (fields.size() < 4 || rawLine.startsWith('#')) {
            continue;
        }
        const QString lineName = QString::fromLocal8Bit(fields.at(0));
        bool numeric = false;
        const qint64 lineGid = fields.at(2).toLongLong(&numeric);
        if (!numeric || (name.isEmpty() ? lineGid != gid : lineName != name)) {
            continue;
        }
        facts.exists = true;
        facts.name = lineName;
        facts.gid = lineGid;
        for (const QByteArray &member : fields.at(3).split(',')) {
            if (!member.trimmed().isEmpty()) {
                facts.members.append(QString::fromLocal8Bit(member.trimmed()));
            }
        }
        break;
    }
    if (facts.exists) {
        for (const QByteArray &rawLine : etcPasswd.split('\n')) {
            // name:password:uid:gid:gecos:home:shell
            const QList<QByteArray> fields = rawLine.trimmed().split(':');
            bool numeric = false;
            if (fields.size() >= 4 && fields.at(3).toLongLong(&numeric) == facts.gid && numeric) {
                facts.members.append(QString::fromLocal8Bit(fields.at(0)));
            }
        }
        facts.members.sort();
        facts.members.removeDuplicates();
    }
    return facts;
}

HostFacts collectHostFacts(const Endpoint &endpoint, const QJsonObject &info, const HostFactsSources &sources)
{
    HostFacts facts;
    if (!endpoint.isLocal()) {
        facts.unavailableReason = Tr::tr("needs host access: the daemon at %1 is remote").arg(endpoint.url());
        return facts;
    }
    facts.collected = true;
    findDaemonProcess(endpoint, facts);
    readConfigFile(facts, info);
    const QJsonObject config = QJsonDocument::fromJson(facts.configFileText.toUtf8()).object();

    findUnitFiles(facts, sources);
    findSocket(facts, endpoint, config);
    setPath(facts,
            QStringLiteral("config_file"),
            facts.configFile,
            facts.configFileExplicit ? QStringLiteral("--config-file") : QStringLiteral("default"));
    const QString dataRoot = info.value(QLatin1String("DockerRootDir")).toString();
    setPath(facts,
            QStringLiteral("data_root"),
            dataRoot,
            dataRoot.isEmpty() ? Tr::tr("/info has no DockerRootDir") : QStringLiteral("/info DockerRootDir"));
    setPath(facts, QStringLiteral("etc_docker"), sources.etcDocker, QStringLiteral("default"));
    setPath(facts, QStringLiteral("etc_default_docker"), sources.etcDefaultDocker, QStringLiteral("default"));
    setPath(facts, QStringLiteral("etc_sysconfig_docker"), sources.etcSysconfigDocker, QStringLiteral("default"));
    setPath(facts, QStringLiteral("containerd_config"), sources.containerdConfig, QStringLiteral("default"));
    setPath(facts, QStringLiteral("run_containerd"), sources.runContainerd, QStringLiteral("default"));
    findTlsFiles(facts, config);
    findContainerdSocket(facts, config);
    findBinaries(facts, info, sources);
    findRegistryCerts(facts, sources);

    // The socket, config file and data root first (as before), then every other path once.
    QStringList paths;
    if (endpoint.transport == Endpoint::Transport::Unix) {
        paths.append(endpoint.socketPath);
    }
    paths.append(facts.configFile);
    if (!dataRoot.isEmpty()) {
        paths.append(dataRoot);
    }
    paths += facts.paths.values();
    paths += facts.registryCertFiles;
    QSet<QString> seen;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        if (path.isEmpty() || seen.contains(path)) {
            continue;
        }
        seen.insert(path);
        const FileFacts file = statFile(path);
        if (!file.linkTarget.isEmpty() && paths.size() < 1000) {
            paths.append(file.linkTarget);
        }
        facts.files.append(file);
    }

    readAuditRules(facts, sources);
    readGroups(facts, config, sources);
    findDataRootMount(facts, info, sources);
    qCDebug(lcHost) << "daemon pid" << facts.daemonPid << "via" << facts.daemonPidSource << "config" << facts.configFile
                    << "audit" << facts.audit.source << facts.audit.rules.size();
    return facts;
}

} // namespace hullcheck::core
