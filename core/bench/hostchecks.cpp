// Builtin checks over the daemon's host (CIS Docker Benchmark v1.6.0 §1.1 and §3, practices A2 and A9).
//
// Every check reads the snapshot's host facts (core/host/hostfacts.h), never the machine it runs on, so a saved
// snapshot gives the same results anywhere. Conventions:
// - A tripped check reports Status::Fail; the engine turns it into the rule's on_fail.
// - A path that does not exist on the host, or that the daemon does not use (no TLS, a binary that is not
//   installed), gives Skip with the reason naming it: nothing to check is not a pass.
// - File modes are compared as bit masks: a mode passes "0644" only when it has no bit outside 0644, so 0602 and
//   0466 fail (the reference tool compares them as decimal numbers and passes both).
// - Paths come from the daemon itself (its socket, --config-file, --tlscacert, DockerRootDir, /proc/PID/exe), not
//   from hard-coded defaults; the defaults are only used where the daemon has no say.
// - `value` fills {value} in the remediation: the path to fix.
#include "core/bench/builtinchecks.h"
#include "core/bench/checksupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::HostChecks)
};

constexpr int MaxListed = 10; // offending files named in evidence; the rest are counted

QString octal(uint mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// "0644" (or 644, or 420 as a JSON number meant as decimal) → 0644.
std::optional<uint> modeParam(const QJsonValue &value)
{
    bool ok = false;
    uint mode = 0;
    if (value.isString()) {
        mode = value.toString().toUInt(&ok, 8);
    } else if (value.isDouble()) {
        // YAML 644 arrives as the number 644; it is meant as octal digits.
        mode = QString::number(value.toInteger()).toUInt(&ok, 8);
    }
    if (!ok || mode > 07777) {
        return std::nullopt;
    }
    return mode;
}

// Names the permission bits of `bits`: "group write, others read".
QString describeBits(uint bits)
{
    static const struct
    {
        uint bit;
        const char *name;
    } names[] = {
        {04000, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "setuid")},
        {02000, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "setgid")},
        {01000, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "sticky")},
        {00400, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "owner read")},
        {00200, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "owner write")},
        {00100, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "owner execute")},
        {00040, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "group read")},
        {00020, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "group write")},
        {00010, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "group execute")},
        {00004, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "others read")},
        {00002, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "others write")},
        {00001, QT_TRANSLATE_NOOP("hullcheck::core::HostChecks", "others execute")},
    };
    QStringList parts;
    for (const auto &entry : names) {
        if (bits & entry.bit) {
            parts.append(Tr::tr(entry.name));
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString ownerText(const FileFacts &file)
{
    const QString owner = file.owner.isEmpty() ? QString::number(file.uid) : file.owner;
    const QString group = file.group.isEmpty() ? QString::number(file.gid) : file.group;
    return QStringLiteral("%1:%2 (%3:%4)").arg(owner, group).arg(file.uid).arg(file.gid);
}

// A user or group given by name in a rule; "root" (and "0") match id 0 whatever the name database says, so
// 0:0 counts as root (the reference tool's 4.1 misses that).
bool idMatches(const QString &wanted, uint id, const QString &name)
{
    if (wanted == QLatin1String("root") || wanted == QLatin1String("0")) {
        return id == 0;
    }
    bool numeric = false;
    const uint wantedId = wanted.toUInt(&numeric);
    return numeric ? wantedId == id : wanted == name;
}

// A file a rule is about: `path`, or a `role` (alias `path_key`) from the host facts ("socket", "config_file",
// "tls_ca", "unit:docker.service", ...).
struct Located
{
    QString path;
    const FileFacts *file = nullptr; // symlinks followed
    QString skipReason;              // set when there is nothing to check
};

Located locate(const ScanContext &context, const Rule &rule, bool needExisting = true)
{
    const HostFacts &host = context.snapshot().host;
    Located located;
    if (!host.collected) {
        located.skipReason = host.unavailableReason.isEmpty() ? Tr::tr("needs host access") : host.unavailableReason;
        return located;
    }
    QString role = rule.params.value(QLatin1String("role")).toString();
    if (role.isEmpty()) {
        role = rule.params.value(QLatin1String("path_key")).toString();
    }
    located.path = rule.params.value(QLatin1String("path")).toString();
    if (located.path.isEmpty() && !role.isEmpty()) {
        located.path = host.path(role);
        // Snapshots taken before the roles were recorded still know these.
        if (located.path.isEmpty() && !host.pathSources.contains(role)) {
            if (role == QLatin1String("socket")) {
                located.path = context.daemonSocketPath();
            } else if (role == QLatin1String("config_file")) {
                located.path = host.configFile;
            } else if (role == QLatin1String("data_root")) {
                located.path = context.snapshot().info.value(QLatin1String("DockerRootDir")).toString();
            }
        }
        if (located.path.isEmpty()) {
            QString reason = rule.params.value(QLatin1String("absent_reason")).toString();
            if (reason.isEmpty()) {
                reason = host.pathSources.value(role);
            }
            located.skipReason = reason.isEmpty()
                                     ? Tr::tr("no path for \"%1\" was recorded when the snapshot was taken").arg(role)
                                     : reason;
            return located;
        }
    }
    if (located.path.isEmpty()) {
        located.skipReason = Tr::tr("the rule names no path (params: path or role)");
        return located;
    }
    located.file = host.resolvedFile(located.path);
    if (!located.file) {
        located.skipReason = Tr::tr("%1 was not examined when the snapshot was taken").arg(located.path);
    } else if (!located.file->error.isEmpty()) {
        located.skipReason = Tr::tr("cannot examine %1: %2").arg(located.path, located.file->error);
    } else if (needExisting && !located.file->exists) {
        located.skipReason = Tr::tr("%1 does not exist on this host").arg(located.path);
    }
    return located;
}

QString describeFile(const Located &located)
{
    if (located.file && located.file->path != located.path) {
        return Tr::tr("%1 (a link to %2)").arg(located.path, located.file->path);
    }
    return located.path;
}

// ---------------------------------------------------------------------------------------------------------------
// Ownership and modes

// Owner (and group) of one file. params: path | role; user (default root); group (default root; "" to ignore).
CheckOutcome fileOwner(const ScanContext &context, const QJsonObject &, const Rule &rule)
{
    const Located located = locate(context, rule);
    if (!located.skipReason.isEmpty()) {
        return skip(located.skipReason);
    }
    const QString user = rule.params.value(QLatin1String("user")).toString(QStringLiteral("root"));
    const QString group = rule.params.value(QLatin1String("group")).toString(QStringLiteral("root"));
    const FileFacts &file = *located.file;
    CheckOutcome outcome;
    outcome.value = located.path;
    const bool userOk = idMatches(user, file.uid, file.owner);
    const bool groupOk = group.isEmpty() || idMatches(group, file.gid, file.group);
    outcome.evidence = Tr::tr("%1: owner %2").arg(describeFile(located), ownerText(file));
    if (!userOk || !groupOk) {
        outcome.status = Status::Fail;
        outcome.reason =
            group.isEmpty() ? Tr::tr("expected owner %1").arg(user) : Tr::tr("expected owner %1:%2").arg(user, group);
    }
    return outcome;
}

// Mode of one file. params: path | role; max ("0644": no bit outside the mask) or exactly ("0400").
CheckOutcome fileMode(const ScanContext &context, const QJsonObject &, const Rule &rule)
{
    const Located located = locate(context, rule);
    if (!located.skipReason.isEmpty()) {
        return skip(located.skipReason);
    }
    const FileFacts &file = *located.file;
    CheckOutcome outcome;
    outcome.value = located.path;
    outcome.evidence = Tr::tr("%1: mode %2").arg(describeFile(located), octal(file.mode));
    if (const std::optional<uint> exactly = modeParam(rule.params.value(QLatin1String("exactly")))) {
        if (file.mode != *exactly) {
            outcome.status = Status::Fail;
            outcome.reason = Tr::tr("expected exactly %1").arg(octal(*exactly));
        }
        return outcome;
    }
    const std::optional<uint> max = modeParam(rule.params.value(QLatin1String("max")));
    if (!max) {
        return skip(Tr::tr("the rule gives no valid mode (params: max or exactly, e.g. \"0644\")"));
    }
    if (const uint extra = file.mode & ~*max) {
        outcome.status = Status::Fail;
        outcome.evidence += Tr::tr("; bits outside %1: %2 (%3)").arg(octal(*max), octal(extra), describeBits(extra));
    }
    return outcome;
}

// The registry certificate files under certs.d (CIS 3.7 / 3.8): each *.crt, *.cert and *.key.
struct CertFiles
{
    QList<const FileFacts *> files;
    QString skipReason;
    QString directory;
};

CertFiles certFiles(const ScanContext &context)
{
    const HostFacts &host = context.snapshot().host;
    CertFiles certs;
    if (!host.collected) {
        certs.skipReason = host.unavailableReason.isEmpty() ? Tr::tr("needs host access") : host.unavailableReason;
        return certs;
    }
    certs.directory =
        host.registryCertsDirectory.isEmpty() ? host.path(QStringLiteral("certs_d")) : host.registryCertsDirectory;
    const FileFacts *directory = host.resolvedFile(certs.directory);
    if (certs.directory.isEmpty() || !directory) {
        certs.skipReason = Tr::tr("the registry certificate directory was not examined when the snapshot was taken");
    } else if (!directory->exists) {
        certs.skipReason = Tr::tr("%1 does not exist on this host: no registry certificates").arg(certs.directory);
    } else if (!host.registryCertsError.isEmpty() && host.registryCertFiles.isEmpty()) {
        certs.skipReason = Tr::tr("cannot examine %1: %2").arg(certs.directory, host.registryCertsError);
    }
    for (const QString &path : host.registryCertFiles) {
        if (const FileFacts *file = host.resolvedFile(path)) {
            certs.files.append(file);
        }
    }
    return certs;
}

QString listed(const QStringList &items)
{
    if (items.size() <= MaxListed) {
        return items.join(QStringLiteral(", "));
    }
    return Tr::tr("%1 and %2 more")
        .arg(items.mid(0, MaxListed).join(QStringLiteral(", ")))
        .arg(items.size() - MaxListed);
}

// The result of a check over the registry certificates: fail naming each offending file, else pass.
CheckOutcome certsOutcome(const CertFiles &certs, const QStringList &offenders, const QStringList &paths)
{
    CheckOutcome outcome;
    outcome.evidence = Tr::tr("%n certificate or key file(s) under %1", nullptr, static_cast<int>(certs.files.size()))
                           .arg(certs.directory);
    if (!offenders.isEmpty()) {
        outcome.status = Status::Fail;
        outcome.evidence += QStringLiteral(": ") + listed(offenders);
        outcome.value = paths.join(QLatin1Char(' '));
    }
    return outcome;
}

// params: user (default root), group (default root; "" to ignore).
CheckOutcome certsOwner(const ScanContext &context, const QJsonObject &, const Rule &rule)
{
    const CertFiles certs = certFiles(context);
    if (!certs.skipReason.isEmpty()) {
        return skip(certs.skipReason);
    }
    const QString user = rule.params.value(QLatin1String("user")).toString(QStringLiteral("root"));
    const QString group = rule.params.value(QLatin1String("group")).toString(QStringLiteral("root"));
    QStringList offenders;
    QStringList paths;
    for (const FileFacts *file : certs.files) {
        if (!file->exists) {
            continue;
        }
        if (!idMatches(user, file->uid, file->owner) ||
            (!group.isEmpty() && !idMatches(group, file->gid, file->group))) {
            offenders.append(Tr::tr("%1 owned by %2").arg(file->path, ownerText(*file)));
            paths.append(file->path);
        }
    }
    return certsOutcome(certs, offenders, paths);
}

// params: max (default "0444", certificates), key_max (default "0400", *.key files).
CheckOutcome certsMode(const ScanContext &context, const QJsonObject &, const Rule &rule)
{
    const CertFiles certs = certFiles(context);
    if (!certs.skipReason.isEmpty()) {
        return skip(certs.skipReason);
    }
    const uint certMax = modeParam(rule.params.value(QLatin1String("max"))).value_or(0444);
    const uint keyMax = modeParam(rule.params.value(QLatin1String("key_max"))).value_or(0400);
    QStringList offenders;
    QStringList paths;
    for (const FileFacts *file : certs.files) {
        if (!file->exists) {
            continue;
        }
        const uint max = file->path.endsWith(QLatin1String(".key")) ? keyMax : certMax;
        if (const uint extra = file->mode & ~max) {
            offenders.append(Tr::tr("%1 mode %2 (%3 beyond %4)")
                                 .arg(file->path, octal(file->mode), describeBits(extra), octal(max)));
            paths.append(file->path);
        }
    }
    return certsOutcome(certs, offenders, paths);
}

// The daemon's socket (A2, CIS 3.15 / 3.16) at the path the daemon really uses: the connection's socket, or the
// daemon's -H unix://, or the ListenStream of docker.socket. params: check (owner | mode | all, default all),
// user (default root), max (default "0660"). The group must be the daemon's socket group (--group, default
// docker) or root, which is stricter. A rootless daemon's socket belongs to the user running it.
CheckOutcome socketPermissions(const ScanContext &context, const QJsonObject &, const Rule &rule)
{
    Rule located = rule;
    if (!located.params.contains(QLatin1String("path")) && !located.params.contains(QLatin1String("role"))) {
        located.params.insert(QLatin1String("role"), QStringLiteral("socket"));
    }
    const Located socket = locate(context, located);
    if (!socket.skipReason.isEmpty()) {
        return skip(socket.skipReason);
    }
    const HostFacts &host = context.snapshot().host;
    const QString check = rule.params.value(QLatin1String("check")).toString(QStringLiteral("all"));
    const bool checkOwner = check != QLatin1String("mode");
    const bool checkMode = check != QLatin1String("owner");
    const FileFacts &file = *socket.file;
    const bool rootless = context.hostHas(QStringLiteral("rootless"));

    CheckOutcome outcome;
    outcome.value = socket.path;
    QStringList evidence{Tr::tr("%1: owner %2, mode %3").arg(describeFile(socket), ownerText(file), octal(file.mode))};
    QStringList problems;
    if (checkOwner) {
        if (rootless) {
            if (static_cast<qint64>(file.uid) != host.daemonUid) {
                problems.append(Tr::tr("a rootless daemon's socket should belong to the user running it (uid %1)")
                                    .arg(host.daemonUid));
            }
        } else {
            const QString user = rule.params.value(QLatin1String("user")).toString(QStringLiteral("root"));
            const QString group = host.dockerGroup.name.isEmpty() ? QStringLiteral("docker") : host.dockerGroup.name;
            if (!idMatches(user, file.uid, file.owner)) {
                problems.append(Tr::tr("owner should be %1").arg(user));
            }
            const bool groupOk = file.gid == 0 || file.group == group ||
                                 (host.dockerGroup.exists && static_cast<qint64>(file.gid) == host.dockerGroup.gid);
            if (!groupOk) {
                problems.append(Tr::tr("group should be %1 (the daemon's socket group) or root").arg(group));
            } else if (file.gid == 0) {
                evidence.append(Tr::tr("group root: only root can use the socket"));
            }
        }
    }
    if (checkMode) {
        const uint max = modeParam(rule.params.value(QLatin1String("max"))).value_or(0660);
        if (const uint extra = file.mode & ~max) {
            problems.append(Tr::tr("bits outside %1: %2 (%3)").arg(octal(max), octal(extra), describeBits(extra)));
        }
    }
    if (!problems.isEmpty()) {
        outcome.status = Status::Fail;
        evidence += problems;
    }
    outcome.evidence = evidence.join(QStringLiteral("; "));
    return outcome;
}

// ---------------------------------------------------------------------------------------------------------------
// Partition and users

// CIS 1.1.1: the data root (its parent under userns-remap) is a mount point of its own, and not a bind mount of
// the root filesystem.
CheckOutcome dataRootPartition(const ScanContext &context, const QJsonObject &, const Rule &)
{
    const HostFacts &host = context.snapshot().host;
    if (!host.collected) {
        return skip(host.unavailableReason.isEmpty() ? Tr::tr("needs host access") : host.unavailableReason);
    }
    const MountFacts &mount = host.dataRootMount;
    if (!mount.known) {
        if (mount.path.isEmpty() && mount.error.isEmpty()) {
            return skip(Tr::tr("the data root's mount was not recorded when the snapshot was taken"));
        }
        const QString path = mount.checkedPath.isEmpty() ? mount.path : mount.checkedPath;
        return skip(Tr::tr("cannot tell which mount holds the data root %1: %2").arg(path, mount.error));
    }
    CheckOutcome outcome;
    outcome.value = mount.checkedPath;
    const QString what = mount.usernsRemap
                             ? Tr::tr("%1 (parent of the userns-remap data root %2)").arg(mount.checkedPath, mount.path)
                             : mount.checkedPath;
    // dockerd bind-mounts its data root onto itself (to set mount propagation), so being a mount point proves
    // nothing: the mount must be a filesystem's root ("/"), and not the root filesystem's device.
    const bool ownFilesystem = mount.fsRoot.isEmpty() || mount.fsRoot == QLatin1String("/");
    const bool rootDevice = !mount.rootDevice.isEmpty() && mount.device == mount.rootDevice;
    if (mount.isMountPoint && ownFilesystem && !rootDevice) {
        outcome.evidence = Tr::tr("%1 is a filesystem of its own: %2 (%3, device %4)")
                               .arg(what, mount.source, mount.fsType, mount.device);
        return outcome;
    }
    outcome.status = Status::Fail;
    if (mount.isMountPoint && !ownFilesystem) {
        outcome.evidence =
            Tr::tr("%1 is a bind mount of the directory %2 of %3 (%4, device %5), not a partition of its "
                   "own (dockerd bind-mounts its data root onto itself)")
                .arg(what, mount.fsRoot, mount.source, mount.fsType, mount.device);
    } else if (mount.isMountPoint) {
        outcome.evidence = Tr::tr("%1 is a mount point, but of the root filesystem's device %2: it shares the root "
                                  "filesystem's space")
                               .arg(what, mount.device);
    } else {
        outcome.evidence = Tr::tr("%1 is not a mount point; it lies on the filesystem mounted at %2 (%3, %4)")
                               .arg(what, mount.mountPoint, mount.source, mount.fsType);
    }
    return outcome;
}

// CIS 1.1.2: who can use the daemon's socket: its owner, the members of its group when the mode lets the group
// write (connecting to a unix socket needs write permission), everyone when others may write. Reports them
// (info), or warns about members outside params.trusted_users when the rule lists them, and when every local user
// can connect. Never a pass/fail guess about people.
CheckOutcome dockerGroupMembers(const ScanContext &context, const QJsonObject &, const Rule &rule)
{
    const HostFacts &host = context.snapshot().host;
    if (!host.collected) {
        return skip(host.unavailableReason.isEmpty() ? Tr::tr("needs host access") : host.unavailableReason);
    }
    CheckOutcome outcome;
    outcome.status = Status::Info;
    if (context.hostHas(QStringLiteral("rootless"))) {
        outcome.evidence = Tr::tr("rootless daemon: only its own user (uid %1) controls it").arg(host.daemonUid);
        return outcome;
    }
    QString socketPath = host.path(QStringLiteral("socket"));
    if (socketPath.isEmpty()) {
        socketPath = context.daemonSocketPath();
    }
    const FileFacts *socket = host.resolvedFile(socketPath);
    const bool socketKnown = socket && socket->exists;
    QStringList evidence;
    QStringList members;
    const GroupFacts *group = &host.dockerGroup;
    if (socketKnown) {
        evidence.append(Tr::tr("%1: owner %2, mode %3").arg(socketPath, ownerText(*socket), octal(socket->mode)));
        if (socket->mode & 0002) {
            outcome.status = Status::Warn;
            outcome.reason = Tr::tr("every local user can connect to the socket (others may write)");
        }
        if (host.socketGroup.exists && static_cast<qint64>(socket->gid) == host.socketGroup.gid) {
            group = &host.socketGroup;
        }
        if (!(socket->mode & 0020) || socket->gid == 0) {
            evidence.append(
                Tr::tr("the socket's group grants no access (mode %1, group %2): no group membership gives "
                       "control of the daemon")
                    .arg(octal(socket->mode), socket->group.isEmpty() ? QString::number(socket->gid) : socket->group));
            group = nullptr;
        }
    }
    if (group) {
        if (group->name.isEmpty()) {
            return skip(Tr::tr("the socket group's members were not recorded when the snapshot was taken"));
        }
        if (!group->exists) {
            evidence.append(group->error.isEmpty()
                                ? Tr::tr("no group %1 in /etc/group: only root can use the socket").arg(group->name)
                                : Tr::tr("group %1 could not be read: %2").arg(group->name, group->error));
        } else if (group->members.isEmpty()) {
            evidence.append(Tr::tr("group %1 (gid %2) has no members").arg(group->name).arg(group->gid));
        } else {
            members = group->members;
            evidence.append(Tr::tr("group %1 (gid %2): %3")
                                .arg(group->name)
                                .arg(group->gid)
                                .arg(members.join(QStringLiteral(", "))));
            evidence.append(Tr::tr("each member can control the daemon, which is root-equivalent on this host"));
        }
    }
    outcome.evidence = evidence.join(QStringLiteral("; "));
    outcome.value = members.join(QLatin1Char(' '));
    const QJsonArray trusted = rule.params.value(QLatin1String("trusted_users")).toArray();
    if (!trusted.isEmpty()) {
        QStringList untrusted;
        for (const QString &member : members) {
            if (!trusted.contains(member)) {
                untrusted.append(member);
            }
        }
        if (!untrusted.isEmpty()) {
            outcome.status = Status::Warn;
            outcome.value = untrusted.join(QLatin1Char(' '));
            const QString reason = Tr::tr("not in the trusted users: %1").arg(untrusted.join(QStringLiteral(", ")));
            outcome.reason = outcome.reason.isEmpty() ? reason : outcome.reason + QStringLiteral("; ") + reason;
        }
    }
    return outcome;
}

// ---------------------------------------------------------------------------------------------------------------
// Audit (CIS 1.1.3 - 1.1.18, practice A9)

QString auditSourceText(const AuditFacts &audit)
{
    if (audit.source == QLatin1String("auditctl")) {
        return Tr::tr("%n rule(s) loaded (auditctl -l)", nullptr, static_cast<int>(audit.rules.size()));
    }
    if (audit.source == QLatin1String("files")) {
        return Tr::tr("%n rule(s) in %1", nullptr, static_cast<int>(audit.rules.size()))
            .arg(audit.sourceFiles.join(QStringLiteral(", ")));
    }
    return Tr::tr("no audit rules: auditctl is not installed and there are no rule files");
}

// One path is watched by an audit rule. params: path | role (alias path_key). Skips when the path does not exist.
CheckOutcome auditRule(const ScanContext &context, const QJsonObject &, const Rule &rule)
{
    const Located located = locate(context, rule);
    if (!located.skipReason.isEmpty()) {
        return skip(located.skipReason);
    }
    const AuditFacts &audit = context.snapshot().host.audit;
    QStringList candidates{located.path};
    if (located.file && located.file->path != located.path) {
        candidates.append(located.file->path);
    }
    QStringList watching;
    for (const QString &candidate : candidates) {
        watching += auditRulesWatching(audit.rules, candidate);
    }
    watching.removeDuplicates();
    CheckOutcome outcome;
    outcome.value = located.path;
    if (!watching.isEmpty()) {
        outcome.evidence =
            Tr::tr("%1 is watched by: %2 (%3)")
                .arg(describeFile(located), watching.join(QStringLiteral(" | ")), auditSourceText(audit));
        return outcome;
    }
    outcome.status = Status::Fail;
    outcome.evidence = Tr::tr("no audit rule watches %1; %2").arg(describeFile(located), auditSourceText(audit));
    if (!audit.error.isEmpty()) {
        outcome.reason = audit.error;
    }
    return outcome;
}

// A9: the host has an audit system with rules at all.
CheckOutcome auditConfigured(const ScanContext &context, const QJsonObject &, const Rule &)
{
    const HostFacts &host = context.snapshot().host;
    if (!host.collected) {
        return skip(host.unavailableReason.isEmpty() ? Tr::tr("needs host access") : host.unavailableReason);
    }
    const AuditFacts &audit = host.audit;
    if (audit.source.isEmpty()) {
        return skip(Tr::tr("the audit rules were not recorded when the snapshot was taken"));
    }
    CheckOutcome outcome;
    outcome.evidence = auditSourceText(audit);
    int dockerRules = 0;
    for (const QString &line : audit.rules) {
        if (line.contains(QLatin1String("docker")) || line.contains(QLatin1String("containerd")) ||
            line.contains(QLatin1String("runc"))) {
            ++dockerRules;
        }
    }
    if (!audit.rules.isEmpty()) {
        outcome.evidence += Tr::tr("; %n of them about docker, containerd or runc", nullptr, dockerRules);
    }
    if (!audit.error.isEmpty()) {
        outcome.reason =
            audit.source == QLatin1String("files")
                ? Tr::tr("the rules come from the rule files, not from the running audit system: %1").arg(audit.error)
                : audit.error;
    }
    if (audit.rules.isEmpty()) {
        outcome.status = Status::Fail;
    }
    return outcome;
}

} // namespace

void registerHostChecks(BuiltinChecks &checks)
{
    checks.add(QStringLiteral("audit-rule"), auditRule);
    checks.add(QStringLiteral("audit-configured"), auditConfigured);
    checks.add(QStringLiteral("file-owner"), fileOwner);
    checks.add(QStringLiteral("file-mode"), fileMode);
    checks.add(QStringLiteral("certs-owner"), certsOwner);
    checks.add(QStringLiteral("certs-mode"), certsMode);
    checks.add(QStringLiteral("socket-permissions"), socketPermissions);
    checks.add(QStringLiteral("data-root-partition"), dataRootPartition);
    checks.add(QStringLiteral("docker-group-members"), dockerGroupMembers);
}

} // namespace hullcheck::core
