#include "core/host/hostfacts.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("hullcheck::core::HostFacts", text);
}

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
            m_error = tr("the socket path is too long");
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

void findDaemonProcess(const Endpoint &endpoint, HostFacts &facts)
{
    if (endpoint.transport != Endpoint::Transport::Unix) {
        facts.daemonError = tr("the daemon process is found through its unix socket; this endpoint is TCP");
        return;
    }
    const UnixConnection connection(endpoint.socketPath);
    if (connection.fd() < 0) {
        facts.daemonError = tr("cannot connect to %1: %2").arg(endpoint.socketPath, connection.error());
        return;
    }
    ucred credentials{};
    socklen_t length = sizeof(credentials);
    if (::getsockopt(connection.fd(), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0) {
        facts.daemonError = tr("SO_PEERCRED failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    facts.daemonPid = credentials.pid;
    facts.daemonPidSource = QStringLiteral("SO_PEERCRED");
    if (credentials.pid == 0) {
        facts.daemonError = tr("the daemon runs in another PID namespace");
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
    facts.daemonExecutable = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(facts.daemonPid));
    facts.daemonCommandLine = readCommandLine(facts.daemonPid);
    if (facts.daemonCommandLine.isEmpty()) {
        facts.daemonError = tr("cannot read the command line of process %1").arg(facts.daemonPid);
    }
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
        facts.configFileError = tr("larger than 1 MiB; not read");
        return;
    }
    facts.configFileText = QString::fromUtf8(file.readAll());
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

HostFacts collectHostFacts(const Endpoint &endpoint, const QJsonObject &info)
{
    HostFacts facts;
    if (!endpoint.isLocal()) {
        facts.unavailableReason = tr("needs host access: the daemon at %1 is remote").arg(endpoint.url());
        return facts;
    }
    facts.collected = true;
    findDaemonProcess(endpoint, facts);
    readConfigFile(facts, info);

    QStringList paths;
    if (endpoint.transport == Endpoint::Transport::Unix) {
        paths.append(endpoint.socketPath);
    }
    paths.append(facts.configFile);
    const QString dataRoot = info.value(QLatin1String("DockerRootDir")).toString();
    if (!dataRoot.isEmpty()) {
        paths.append(dataRoot);
    }
    for (const QString &path : paths) {
        facts.files.append(statFile(path));
    }
    qCDebug(lcHost) << "daemon pid" << facts.daemonPid << "via" << facts.daemonPidSource << "config"
                    << facts.configFile;
    return facts;
}

} // namespace hullcheck::core
