#pragma once

#include "core/docker/endpoint.h"
#include "core/hullcheck_core_export.h"

#include <QJsonObject>
#include <QList>
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
    QString owner; // user name, empty when unknown
    QString group; // group name, empty when unknown
    uint mode = 0; // permission bits only (07777)
    QString error; // why it could not be examined, e.g. "permission denied"

    QJsonObject toJson() const;
    static FileFacts fromJson(const QJsonObject &object);
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

    QJsonObject toJson() const;
    static HostFacts fromJson(const QJsonObject &object);

    const FileFacts *file(const QString &path) const;
};

// Collects host facts for a local daemon. `info` is the daemon's /info (DockerRootDir, ...).
// Never guesses the daemon by process name: the pid comes from the socket's peer credentials.
HULLCHECK_CORE_EXPORT HostFacts collectHostFacts(const Endpoint &endpoint, const QJsonObject &info);

// stat(2) of one path without following a final symlink.
HULLCHECK_CORE_EXPORT FileFacts statFile(const QString &path);

// The daemon.json a daemon with this command line reads: --config-file X / --config-file=X, else
// /etc/docker/daemon.json (rootful). Returns the path and whether it was explicit.
HULLCHECK_CORE_EXPORT std::pair<QString, bool> daemonConfigFileFor(const QStringList &commandLine);

} // namespace hullcheck::core
