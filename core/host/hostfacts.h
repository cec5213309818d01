#pragma once

#include "core/docker/endpoint.h"
#include "core/hullcheck_core_export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hullcheck::core {

// Ownership and mode of one file on the daemon's host, as stat(2) saw it.
struct HULLCHECK_CORE_EXPORT FileFacts
{
    QString path;
    bool exists = false;
    QString type; // "file", "directory", "socket", "symlink", "other"
    uint uid = 0;
    uint gid = 0;
    QString owner;      // user name, empty when unknown
    QString group;      // group name, empty when unknown
    uint mode = 0;      // permission bits only (07777)
    QString error;      // why it could not be examined, e.g. "permission denied"
    QString linkTarget; // for a symlink: the path it resolves to (examined as well), empty when unresolved

    QJsonObject toJson() const;
    static FileFacts fromJson(const QJsonObject &object);
};

// Where host facts are read from. The defaults are the real system paths; tests point them at files they write.
struct HULLCHECK_CORE_EXPORT HostFactsSources
{
    QString etcGroup = QStringLiteral("/etc/group");
    QString etcPasswd = QStringLiteral("/etc/passwd");
    // auditctl is run (`auditctl -l`) when found: a name is looked up in binaryDirectories, a path is used as is.
    // Empty: never run it, read the rule files only.
    QString auditctl = QStringLiteral("auditctl");
    QString auditRulesFile = QStringLiteral("/etc/audit/audit.rules");
    QString auditRulesDirectory = QStringLiteral("/etc/audit/rules.d"); // *.rules
    // Empty: /proc/<daemon pid>/mountinfo when readable, else /proc/self/mountinfo.
    QString mountInfo;
    QString etcDocker = QStringLiteral("/etc/docker"); // its certs.d holds the registry certificates
    QString etcDefaultDocker = QStringLiteral("/etc/default/docker");
    QString etcSysconfigDocker = QStringLiteral("/etc/sysconfig/docker");
    QString containerdConfig = QStringLiteral("/etc/containerd/config.toml");
    QString runContainerd = QStringLiteral("/run/containerd");
    QStringList unitDirectories = {QStringLiteral("/etc/systemd/system"),
                                   QStringLiteral("/run/systemd/system"),
                                   QStringLiteral("/lib/systemd/system"),
                                   QStringLiteral("/usr/lib/systemd/system")};
    bool useSystemctl = true; // ask `systemctl show -p FragmentPath` when systemd runs (/run/systemd/system)
    // Where dockerd, containerd, runc... are looked up. Empty: $PATH plus the usual sbin and bin directories.
    QStringList binaryDirectories;
    int commandTimeoutMs = 5000; // for auditctl and systemctl
};

// The audit rules of the host: what `auditctl -l` lists (the loaded rules), or else the rule files.
struct HULLCHECK_CORE_EXPORT AuditFacts
{
    QString source;          // "auditctl", "files" or "none" (neither auditctl nor any rule file)
    QStringList sourceFiles; // the rule files read, for "files"
    QStringList rules;       // one rule a line; comments and blank lines are dropped
    QString error;           // why auditctl or a rule file could not be read (collection went on)

    QJsonObject toJson() const;
    static AuditFacts fromJson(const QJsonObject &object);
};

// A group of /etc/group and who is in it: its listed members and the users whose primary group it is.
struct HULLCHECK_CORE_EXPORT GroupFacts
{
    QString name;
    qint64 gid = -1;
    bool exists = false;
    QStringList members; // sorted, unique
    QString error;

    QJsonObject toJson() const;
    static GroupFacts fromJson(const QJsonObject &object);
};

// Which mount holds the daemon's data root (CIS 1.1.1), from the daemon's mountinfo.
struct HULLCHECK_CORE_EXPORT MountFacts
{
    QString path;              // DockerRootDir
    QString checkedPath;       // the path examined: the data root, or its parent under userns-remap
    bool usernsRemap = false;  // the data root is the per-remap subdirectory
    bool known = false;        // a mount containing checkedPath was found
    bool isMountPoint = false; // checkedPath is a mount point of its own
    QString mountPoint;        // the mount containing checkedPath
    QString fsRoot;            // the directory of its filesystem mounted there: "/" unless it is a bind mount
    QString device;            // its major:minor
    QString fsType;
    QString source;        // its source (device, tmpfs, ...)
    QString rootDevice;    // major:minor of "/", to tell a bind mount of the root filesystem
    QString mountInfoFile; // where the mounts were read
    QString error;

    QJsonObject toJson() const;
    static MountFacts fromJson(const QJsonObject &object);
};

// What the host tells about the daemon when it runs on this machine. Remote daemons get
// collected == false with the reason.
struct HULLCHECK_CORE_EXPORT HostFacts
{
    bool collected = false;
    QString unavailableReason; // when !collected, e.g. "needs host access: the daemon is remote"

    qint64 daemonPid = 0; // from SO_PEERCRED on the daemon's socket
    qint64 daemonUid = 0;
    QString daemonPidSource;       // how the pid was found
    QString daemonExecutable;      // /proc/<pid>/exe
    QStringList daemonCommandLine; // /proc/<pid>/cmdline, one argument per entry
    QString daemonError;           // why the process could not be examined

    QString configFile;              // the daemon.json the daemon uses: --config-file, else the default
    bool configFileExplicit = false; // given with --config-file
    bool configFileExists = false;
    QString configFileText; // its content when readable (daemon.json holds no secrets values by design)
    QString configFileError;

    QList<FileFacts> files; // socket, config file, data root, ... every path a check needs

    // The paths the checks need, by role: "socket", "config_file", "data_root", "etc_docker", "certs_d",
    // "tls_ca", "tls_cert", "tls_key", "unit:docker.service", "unit:docker.socket", "etc_default_docker",
    // "etc_sysconfig_docker", "containerd_socket" (the one the daemon uses), "containerd_socket_default",
    // "run_containerd", "containerd_config", "dockerd", "containerd", "containerd-shim",
    // "containerd-shim-runc-v1", "containerd-shim-runc-v2", "runc". A role without a path (no TLS files,
    // a binary that is not installed) is absent from `paths`; `pathSources` tells how each was found or why not.
    QMap<QString, QString> paths;
    QMap<QString, QString> pathSources;

    QString registryCertsDirectory; // <etc docker>/certs.d
    QStringList registryCertFiles;  // every *.crt, *.cert and *.key beneath it
    QString registryCertsError;

    AuditFacts audit;
    GroupFacts dockerGroup; // the daemon's socket group (--group, default "docker")
    GroupFacts socketGroup; // the group that owns the socket file, when it is another one
    MountFacts dataRootMount;

    QJsonObject toJson() const;
    static HostFacts fromJson(const QJsonObject &object);

    const FileFacts *file(const QString &path) const;
    // The facts of a path, following symlinks whose targets were examined (up to 8 hops).
    const FileFacts *resolvedFile(const QString &path) const;
    // The path of a role, empty when there is none.
    QString path(const QString &role) const { return paths.value(role); }
};

// Collects host facts for a local daemon. `info` is the daemon's /info (DockerRootDir, ...).
// Never guesses the daemon by process name: the pid comes from the socket's peer credentials.
// Never fails: what cannot be read is recorded in the `error` fields.
HULLCHECK_CORE_EXPORT HostFacts collectHostFacts(const Endpoint &endpoint,
                                                 const QJsonObject &info,
                                                 const HostFactsSources &sources = {});

// The values of a command-line flag, as Go's pflag reads them: "--name value", "--name=value", and for a
// one-letter alias "-x value", "-x=value", "-xvalue". `isBool`: "--name" alone is "true" and takes no value.
HULLCHECK_CORE_EXPORT QStringList commandLineFlagValues(const QStringList &commandLine,
                                                        const QStringList &names,
                                                        bool isBool = false);

// Audit rules that watch `path`: "-w PATH" (also a watched parent directory, since directory watches are
// recursive), "-F path=PATH" and "-F dir=PATH" (or a parent). Rules with the "never" action are ignored.
HULLCHECK_CORE_EXPORT QStringList auditRulesWatching(const QStringList &rules, const QString &path);

// The inodes of sockets listening on TCP `port`, from the text of /proc/net/tcp or /proc/net/tcp6 (state 0A).
// A daemon reached over tcp://127.0.0.1:PORT is found through the listening socket it holds.
HULLCHECK_CORE_EXPORT QList<quint64> listeningSocketInodes(const QByteArray &procNetTcp, quint16 port);

// Parses /proc/<pid>/mountinfo text and fills the mount fields of `facts` for facts.checkedPath.
HULLCHECK_CORE_EXPORT void findMountOf(const QByteArray &mountInfo, MountFacts &facts);

// Members of a group: the users listed in its /etc/group line plus those whose primary group it is.
HULLCHECK_CORE_EXPORT GroupFacts groupFromFiles(const QByteArray &etcGroup,
                                                const QByteArray &etcPasswd,
                                                const QString &name,
                                                qint64 gid = -1);

// stat(2) of one path without following a final symlink.
HULLCHECK_CORE_EXPORT FileFacts statFile(const QString &path);

// The daemon.json a daemon with this command line reads: --config-file X / --config-file=X, else
// /etc/docker/daemon.json (rootful). Returns the path and whether it was explicit.
HULLCHECK_CORE_EXPORT std::pair<QString, bool> daemonConfigFileFor(const QStringList &commandLine);

} // namespace hullcheck::core
