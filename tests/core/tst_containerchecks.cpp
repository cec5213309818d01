// Builtin container checks (core/bench/containerchecks.cpp) and the rule packs of CIS §4–§7 and the practices.
//
// Every case starts from an object of tests/data/snapshot-docker-20.10.json, captured from the test daemon
// (tests/data/README.md): hc-running (read-only, limits, cap-drop ALL, no-new-privileges, user 1000), hc-root
// (--user 0:0), hc-net (internal network), hc-stopped (exited), hc-created, hc-privileged (created, privileged),
// hc-sock (created, docker.sock of the test daemon bind-mounted), image hc/busybox:1.0, network hc-internal, volume
// hc-data. A row names its base object and changes fields of it (and of the snapshot around it) to make each case.
#include "fakes/benchtestsupport.h"

#include "core/bench/builtinchecks.h"
#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/snapshot/snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace hullcheck::core;
using namespace hullcheck::tests;

namespace {

constexpr const char *ApparmorHost = R"({"securityOptions": ["name=apparmor", "name=seccomp,profile=default"]})";
constexpr const char *SelinuxHost = R"({"securityOptions": ["name=selinux", "name=seccomp,profile=default"]})";
constexpr const char *ActiveManager = R"({"infoPatch": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true,
    "NodeAddr": "10.0.0.1", "Managers": 3, "Nodes": 5, "Cluster": {"Spec": {
    "EncryptionConfig": {"AutoLockManagers": false}, "CAConfig": {"NodeCertExpiry": 7776000000000000}}}}}})";
constexpr const char *BridgeNetworkId = "f1773a6d926cf2308097881135b7f327afd54b07b1a2ab479ca65d56010d52fc";
constexpr const char *InternalNetworkId = "e332513073b4216656fb9ac7ca1f4b3d0dc3b0ca0b50607fdeff67cc55578ee7";

QString rulesDirectory()
{
    return QStringLiteral(HULLCHECK_TEST_DATA_DIR "/../../resources/rules");
}

const QStringList &packFiles()
{
    static const QStringList Files{QStringLiteral("cis-4-images.yaml"),
                                   QStringLiteral("cis-5-runtime.yaml"),
                                   QStringLiteral("cis-6-operations.yaml"),
                                   QStringLiteral("cis-7-swarm.yaml"),
                                   QStringLiteral("practices-objects.yaml")};
    return Files;
}

// The five packs, loaded and merged; an empty pack when the loader is not written yet.
Result<RulePack> loadPacks()
{
    QList<RulePack> packs;
    for (const QString &file : packFiles()) {
        QFile input(rulesDirectory() + QLatin1Char('/') + file);
        if (!input.open(QIODevice::ReadOnly)) {
            return Error{ErrorKind::Io, file, {}};
        }
        Result<RulePack> pack = RulePackLoader::fromYaml(input.readAll(), file);
        if (!pack.ok()) {
            return pack.error();
        }
        packs.append(std::move(pack).value());
    }
    return RulePackLoader::merge(packs);
}

} // namespace

class TestContainerChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtins_data();
    void builtins();
    void everyBuiltinIsRegistered();
    void rulePacksLoad();
    void rulePacksOnCapturedSnapshot();
    void declarativeRules_data();
    void declarativeRules();
};

void TestContainerChecks::builtins_data()
{
    addBuiltinColumns();
    const BuiltinRow row;

    // root-user (4.1, C2). hc-root was created with --user 0:0, which docker-bench does not flag.
    row("root: hc-root --user 0:0", "root-user", "container:hc-root", "", "fail", "0:0");
    row("root: hc-running user 1000", "root-user", "container:hc-running", "", "pass", "1000");
    row("root: root:root", "root-user", "container:hc-running", R"({"Config.User": "root:root"})", "fail");
    row("root: 0:<gid>", "root-user", "container:hc-running", R"({"Config.User": "0:1000"})", "fail");
    row("root: root", "root-user", "container:hc-running", R"({"Config.User": "root"})", "fail");
    row("root: 0", "root-user", "container:hc-running", R"({"Config.User": "0"})", "fail");
    row("root: 1000:0 is not root", "root-user", "container:hc-running", R"({"Config.User": "1000:0"})", "pass");
    row("root: app is not root", "root-user", "container:hc-running", R"({"Config.User": "app"})", "pass");
    row("root: empty falls back to the image (1000)",
        "root-user",
        "container:hc-running",
        R"({"Config.User": ""})",
        "pass",
        "image");
    row("root: empty, image empty",
        "root-user",
        "container:hc-running",
        R"({"Config.User": ""})",
        "fail",
        "empty: root",
        R"({"imagePatch": {"Config.User": ""}})");
    row("root: userns-remap turns it into a warning",
        "root-user",
        "container:hc-root",
        "",
        "warn",
        "user namespaces",
        R"({"securityOptions": ["name=userns", "name=seccomp,profile=default"]})");
    row("root: image user 1000", "root-user", "image:hc/busybox:1.0", "", "pass");
    row("root: image user 0:0", "root-user", "image:hc/busybox:1.0", R"({"Config.User": "0:0"})", "fail");

    // capabilities (5.4, A7)
    row("caps: hc-running drops ALL", "capabilities", "container:hc-running", "", "pass", "CapDrop: ALL");
    row("caps: hc-root keeps the default set", "capabilities", "container:hc-root", "", "info", "default");
    row("caps: SYS_ADMIN",
        "capabilities",
        "container:hc-root",
        R"({"HostConfig.CapAdd": ["SYS_ADMIN"]})",
        "fail",
        "SYS_ADMIN");
    row("caps: CAP_ prefix, lower case",
        "capabilities",
        "container:hc-root",
        R"({"HostConfig.CapAdd": ["cap_net_admin"]})",
        "fail",
        "NET_ADMIN");
    row("caps: ALL", "capabilities", "container:hc-root", R"({"HostConfig.CapAdd": ["ALL"]})", "fail", "ALL");
    row("caps: a default one back after drop ALL",
        "capabilities",
        "container:hc-running",
        R"({"HostConfig.CapAdd": ["NET_BIND_SERVICE"]})",
        "pass",
        "CapDrop: ALL");
    row("caps: a non-default, non-dangerous one",
        "capabilities",
        "container:hc-root",
        R"({"HostConfig.CapAdd": ["SYSLOG"]})",
        "warn",
        "SYSLOG");
    row("caps: privileged counts as all", "capabilities", "container:hc-privileged", "", "fail", "Privileged");

    // sensitive-mounts (5.6): read-only / is still a finding; below a sensitive path counts.
    row("mounts: hc-running has a named volume only", "sensitive-mounts", "container:hc-running", "", "pass");
    row("mounts: hc-sock's socket is no sensitive directory", "sensitive-mounts", "container:hc-sock", "", "pass");
    row("mounts: / read-only",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/", "Destination": "/host", "RW": false}]})",
        "fail",
        "read-only");
    row("mounts: /etc/ssh writable",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/etc/ssh", "Destination": "/ssh", "RW": true}]})",
        "fail",
        "/etc/ssh");
    row("mounts: /etc/ssh read-only",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/etc/ssh", "Destination": "/ssh", "RW": false}]})",
        "fail",
        "/etc/ssh");
    row("mounts: /usr/share read-only warns",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/usr/share", "Destination": "/s", "RW": false}]})",
        "warn",
        "/usr/share");
    row("mounts: /usr writable",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/usr/", "Destination": "/u", "RW": true}]})",
        "fail");
    row("mounts: /etc/localtime read-only is harmless",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/etc/localtime", "Destination": "/etc/localtime", "RW": false}]})",
        "pass");
    row("mounts: /etc/localtime writable",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/etc/localtime", "Destination": "/etc/localtime", "RW": true}]})",
        "fail");
    row("mounts: /var/run read-only is /run",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/var/run/dbus", "Destination": "/d", "RW": false}]})",
        "fail",
        "/run/dbus");
    row("mounts: /bootstrap is not /boot",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/bootstrap", "Destination": "/b", "RW": true}]})",
        "pass");
    row("mounts: the data root",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/tmp/hc.iuSf/data/containers", "Destination": "/c", "RW": true}]})",
        "fail");
    row("mounts: a local volume that binds /etc",
        "sensitive-mounts",
        "container:hc-running",
        R"({"Mounts": [{"Type": "volume", "Name": "hostetc", "Source": "/tmp/hc.iuSf/data/volumes/hostetc/_data",
            "Destination": "/e", "RW": true}]})",
        "fail",
        "hostetc",
        R"({"addVolumes": [{"Name": "hostetc", "Driver": "local",
            "Options": {"type": "none", "o": "bind", "device": "/etc"}}]})");

    // socket-mount (5.32, A2): the real socket, its directories, other names.
    row("socket: hc-sock", "socket-mount", "container:hc-sock", "", "fail", "daemon's socket");
    row("socket: hc-running", "socket-mount", "container:hc-running", "", "pass");
    row("socket: read-only still counts",
        "socket-mount",
        "container:hc-sock",
        R"({"Mounts": [{"Type": "bind", "Source": "/tmp/hc.iuSf/docker.sock", "Destination": "/s", "RW": false}]})",
        "fail");
    row("socket: the socket's directory",
        "socket-mount",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/tmp/hc.iuSf", "Destination": "/hc", "RW": true}]})",
        "fail",
        "directory");
    row("socket: /tmp above it",
        "socket-mount",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/tmp", "Destination": "/t", "RW": true}]})",
        "fail");
    row("socket: /var/run with the default socket",
        "socket-mount",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/var/run", "Destination": "/r", "RW": true}]})",
        "fail",
        "",
        R"({"socket": "/var/run/docker.sock"})");
    row("socket: /run is /var/run",
        "socket-mount",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/run", "Destination": "/r", "RW": true}]})",
        "fail",
        "",
        R"({"socket": "/var/run/docker.sock"})");
    row("socket: another name for a docker.sock",
        "socket-mount",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/srv/engine/docker.sock", "Destination": "/e", "RW": true}]})",
        "fail");
    row("socket: mounted as /var/run/docker.sock",
        "socket-mount",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/srv/proxy.sock", "Destination": "/var/run/docker.sock"}]})",
        "fail");
    row("socket: containerd's directory",
        "socket-mount",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/run/containerd", "Destination": "/c", "RW": true}]})",
        "fail");
    row("socket: an unrelated directory",
        "socket-mount",
        "container:hc-running",
        R"({"Mounts": [{"Type": "bind", "Source": "/srv/data", "Destination": "/data", "RW": true}]})",
        "pass");

    // sshd-process (5.7, C3): processes from /top; --pid=host does not fake a result.
    row("sshd: hc-running runs sleep", "sshd-process", "container:hc-running", "", "pass", "1 process");
    row("sshd: /usr/sbin/sshd -D",
        "sshd-process",
        "container:hc-running",
        R"({"Top.Processes": [["root", "10", "1", "0", "20:38", "?", "00:00:00", "/usr/sbin/sshd -D"]]})",
        "fail",
        "sshd (PID 10)");
    row("sshd: process title",
        "sshd-process",
        "container:hc-running",
        R"({"Top.Processes": [["root", "11", "1", "0", "20:38", "?", "00:00:00",
            "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups"]]})",
        "fail");
    row("sshd: grep sshd is not sshd",
        "sshd-process",
        "container:hc-running",
        R"({"Top.Processes": [["root", "12", "1", "0", "20:38", "?", "00:00:00", "grep sshd"]]})",
        "pass");
    row("sshd: --pid=host cannot attribute",
        "sshd-process",
        "container:hc-running",
        R"({"HostConfig.PidMode": "host", "Top.Processes": [
            ["root", "1", "0", "0", "20:38", "?", "00:00:00", "/usr/sbin/sshd -D"],
            ["root", "12", "1", "0", "20:38", "?", "00:00:00", "grep sshd"]]})",
        "warn",
        "host PID namespace: cannot attribute processes");
    row("sshd: stopped", "sshd-process", "container:hc-stopped", "", "skip", "not running");
    row("sshd: stopped, port 22 exposed",
        "sshd-process",
        "container:hc-stopped",
        R"({"Config.ExposedPorts": {"22/tcp": {}}})",
        "warn",
        "22/tcp");
    row("sshd: running, port 22 exposed",
        "sshd-process",
        "container:hc-running",
        R"({"Config.ExposedPorts": {"22/tcp": {}}})",
        "warn",
        "22/tcp");

    // published-ports (5.8, 5.9, 5.14): from PortBindings, so stopped containers count; IPv6 wildcard.
    row("ports: none",
        "published-ports",
        "container:hc-running",
        "",
        "pass",
        "no published ports",
        "",
        R"({"check": "wildcard"})");
    row("ports: privileged host port",
        "published-ports",
        "container:hc-running",
        R"({"HostConfig.PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "80"}]}})",
        "fail",
        "127.0.0.1:80->80/tcp",
        "",
        R"({"check": "privileged", "below": 1024})");
    row("ports: 8080 is not privileged",
        "published-ports",
        "container:hc-running",
        R"({"HostConfig.PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}})",
        "pass",
        "",
        "",
        R"({"check": "privileged"})");
    row("ports: 0.0.0.0",
        "published-ports",
        "container:hc-running",
        R"({"HostConfig.PortBindings": {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}})",
        "fail",
        "0.0.0.0:8080",
        "",
        R"({"check": "wildcard"})");
    row("ports: IPv6 ::",
        "published-ports",
        "container:hc-running",
        R"({"HostConfig.PortBindings": {"80/tcp": [{"HostIp": "::", "HostPort": "8080"}]}})",
        "fail",
        "[::]:8080",
        "",
        R"({"check": "wildcard"})");
    row("ports: empty address is the daemon default 0.0.0.0",
        "published-ports",
        "container:hc-running",
        R"({"HostConfig.PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}})",
        "fail",
        "default address",
        "",
        R"({"check": "wildcard"})");
    row("ports: empty address with the daemon's --ip 127.0.0.1",
        "published-ports",
        "container:hc-running",
        R"({"HostConfig.PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}})",
        "pass",
        "127.0.0.1",
        R"({"networkPatch": {"bridge": {"Options": {"com.docker.network.bridge.default_bridge": "true",
            "com.docker.network.bridge.name": "docker0",
            "com.docker.network.bridge.host_binding_ipv4": "127.0.0.1"}}}})",
        R"({"check": "wildcard"})");
    row("ports: one interface",
        "published-ports",
        "container:hc-running",
        R"({"HostConfig.PortBindings": {"80/tcp": [{"HostIp": "10.0.0.5", "HostPort": "8080"}]}})",
        "pass",
        "",
        "",
        R"({"check": "wildcard"})");
    row("ports: a stopped container counts",
        "published-ports",
        "container:hc-stopped",
        R"({"HostConfig.PortBindings": {"443/tcp": [{"HostIp": "0.0.0.0", "HostPort": "443"}]}})",
        "fail",
        "",
        "",
        R"({"check": "wildcard"})");
    row("ports: -P on a created container",
        "published-ports",
        "container:hc-created",
        R"({"HostConfig.PublishAllPorts": true, "Config.ExposedPorts": {"8080/tcp": {}}})",
        "fail",
        "8080/tcp",
        "",
        R"({"check": "wildcard"})");
    row("ports: list for review",
        "published-ports",
        "container:hc-running",
        R"({"HostConfig.PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}})",
        "fail",
        "review",
        "",
        R"({"check": "list"})");
    row("ports: host network",
        "published-ports",
        "container:hc-running",
        R"({"HostConfig.NetworkMode": "host"})",
        "skip",
        "host network",
        "",
        R"({"check": "wildcard"})");

    // apparmor (5.2): only where the host has AppArmor.
    row("apparmor: host without AppArmor", "apparmor", "container:hc-running", "", "skip", "host has no AppArmor");
    row("apparmor: default profile applies",
        "apparmor",
        "container:hc-running",
        "",
        "pass",
        "docker-default",
        ApparmorHost);
    row("apparmor: recorded profile",
        "apparmor",
        "container:hc-running",
        R"({"AppArmorProfile": "docker-default"})",
        "pass",
        "docker-default",
        ApparmorHost);
    row("apparmor: privileged is unconfined",
        "apparmor",
        "container:hc-privileged",
        "",
        "fail",
        "privileged",
        ApparmorHost);
    row("apparmor: apparmor=unconfined",
        "apparmor",
        "container:hc-running",
        R"({"HostConfig.SecurityOpt": ["apparmor=unconfined"]})",
        "fail",
        "unconfined",
        ApparmorHost);

    // selinux (5.3): label=disable added by Docker is not a pass; no-new-privileges is no SELinux option.
    row("selinux: host without SELinux", "selinux", "container:hc-privileged", "", "skip", "SELinux");
    row("selinux: privileged got label=disable",
        "selinux",
        "container:hc-privileged",
        "",
        "fail",
        "added by Docker for --privileged",
        SelinuxHost);
    row("selinux: --pid=host got label=disable",
        "selinux",
        "container:hc-running",
        R"({"HostConfig.PidMode": "host", "HostConfig.SecurityOpt": ["label=disable"]})",
        "fail",
        "--pid=host",
        SelinuxHost);
    row("selinux: no-new-privileges is no label",
        "selinux",
        "container:hc-running",
        "",
        "fail",
        "no SELinux label",
        SelinuxHost);
    row("selinux: a process label",
        "selinux",
        "container:hc-running",
        R"({"ProcessLabel": "system_u:system_r:container_t:s0:c1,c2"})",
        "pass",
        "container_t",
        SelinuxHost);
    row("selinux: label=type",
        "selinux",
        "container:hc-running",
        R"({"HostConfig.SecurityOpt": ["label=type:svirt_apache_t"]})",
        "pass",
        "svirt_apache_t",
        SelinuxHost);

    // seccomp (5.22, A10)
    row("seccomp: daemon default", "seccomp", "container:hc-running", "", "pass", "default");
    row("seccomp: seccomp=unconfined",
        "seccomp",
        "container:hc-running",
        R"({"HostConfig.SecurityOpt": ["seccomp=unconfined"]})",
        "fail");
    row("seccomp: seccomp:unconfined",
        "seccomp",
        "container:hc-running",
        R"({"HostConfig.SecurityOpt": ["seccomp:unconfined"]})",
        "fail");
    row("seccomp: privileged", "seccomp", "container:hc-privileged", "", "fail", "Privileged");
    row("seccomp: daemon default unconfined",
        "seccomp",
        "container:hc-running",
        "",
        "fail",
        "unconfined",
        R"({"securityOptions": ["name=seccomp,profile=unconfined"]})");
    row("seccomp: custom profile, content not shown",
        "seccomp",
        "container:hc-running",
        R"({"HostConfig.SecurityOpt": ["seccomp={\"defaultAction\":\"SCMP_ACT_ERRNO\"}"]})",
        "pass",
        "custom",
        "",
        "",
        "SCMP_ACT_ERRNO");
    row("seccomp: no support",
        "seccomp",
        "container:hc-running",
        "",
        "skip",
        "no seccomp",
        R"({"securityOptions": []})");

    // no-new-privileges (5.26): per container, with the daemon default as a fallback.
    row("nnp: hc-running sets it", "no-new-privileges", "container:hc-running", "", "pass");
    row("nnp: hc-root, daemon without default", "no-new-privileges", "container:hc-root", "", "fail");
    row("nnp: hc-root, daemon flag",
        "no-new-privileges",
        "container:hc-root",
        "",
        "pass",
        "daemon",
        R"({"daemonArgs": ["dockerd", "--no-new-privileges", "-H", "unix:///run/docker.sock"]})");
    row("nnp: hc-root, daemon.json",
        "no-new-privileges",
        "container:hc-root",
        "",
        "pass",
        "daemon",
        R"({"configText": "{\"no-new-privileges\": true}"})");
    row("nnp: hc-root, remote daemon",
        "no-new-privileges",
        "container:hc-root",
        "",
        "warn",
        "remote",
        R"({"hostCollected": false})");
    row("nnp: explicit false overrides the daemon",
        "no-new-privileges",
        "container:hc-root",
        R"({"HostConfig.SecurityOpt": ["no-new-privileges:false"]})",
        "fail",
        "",
        R"({"daemonArgs": ["dockerd", "--no-new-privileges"]})");
    row("nnp: =true",
        "no-new-privileges",
        "container:hc-root",
        R"({"HostConfig.SecurityOpt": ["no-new-privileges=true"]})",
        "pass");

    // latest-tag (5.28, B6)
    row("tag: hc/busybox:1.0 has no registry digest", "latest-tag", "container:hc-running", "", "warn", "digest");
    row("tag: :latest",
        "latest-tag",
        "container:hc-running",
        R"({"Config.Image": "hc/busybox:latest"})",
        "fail",
        "latest");
    row("tag: no tag", "latest-tag", "container:hc-running", R"({"Config.Image": "busybox"})", "fail", "no tag");
    row("tag: a registry port is no tag",
        "latest-tag",
        "container:hc-running",
        R"({"Config.Image": "registry.example.com:5000/app"})",
        "fail",
        "no tag");
    row("tag: version tag with a digest",
        "latest-tag",
        "container:hc-running",
        "",
        "pass",
        "sha256",
        R"({"imagePatch": {"RepoDigests": ["hc/busybox@sha256:1111111111111111111111111111111111111111111111111111111111111111"]}})");
    row("tag: digest",
        "latest-tag",
        "container:hc-running",
        R"({"Config.Image": "hc/busybox@sha256:1111111111111111111111111111111111111111111111111111111111111111"})",
        "pass",
        "digest");
    row("tag: the tag moved to another image",
        "latest-tag",
        "container:hc-running",
        "",
        "warn",
        "now names",
        R"({"imagePatch": {"RepoTags": ["hc/busybox:latest"]},
            "addImages": [{"Id": "sha256:2222222222222222222222222222222222222222222222222222222222222222",
                           "RepoTags": ["hc/busybox:1.0"], "RepoDigests": []}]})");

    // default-bridge (5.30), multi-network (A6)
    row("bridge: hc-running is on none", "default-bridge", "container:hc-running", "", "pass");
    row("bridge: hc-net is on hc-internal", "default-bridge", "container:hc-net", "", "pass", "hc-internal");
    const QByteArray onBridge =
        QByteArray(R"({"NetworkSettings.Networks": {"bridge": {"NetworkID": ")") + BridgeNetworkId + R"("}}})";
    row("bridge: on docker0", "default-bridge", "container:hc-running", onBridge.constData(), "fail", "docker0");
    row("bridge: created container, NetworkMode default",
        "default-bridge",
        "container:hc-created",
        R"({"NetworkSettings.Networks": {}, "HostConfig.NetworkMode": "default"})",
        "fail");
    row("multi: hc-net one network", "multi-network", "container:hc-net", "", "pass");
    const QByteArray internalAndBridge = QByteArray(R"({"NetworkSettings.Networks": {"hc-internal": {"NetworkID": ")") +
                                         InternalNetworkId + R"("}, "bridge": {"NetworkID": ")" + BridgeNetworkId +
                                         R"("}}})";
    row("multi: internal + bridge",
        "multi-network",
        "container:hc-net",
        internalAndBridge.constData(),
        "fail",
        "bridge");
    row("multi: two internal networks",
        "multi-network",
        "container:hc-net",
        R"({"NetworkSettings.Networks": {"hc-internal": {"NetworkID": "e332513073b4216656fb9ac7ca1f4b3d0dc3b0ca0b50607fdeff67cc55578ee7"}, "backend": {"NetworkID": "b1"}}})",
        "pass",
        "internal",
        R"({"addNetworks": [{"Id": "b1", "Name": "backend", "Driver": "bridge", "Internal": true}]})");

    // restart-policy (5.15): no false result either way.
    row("restart: no", "restart-policy", "container:hc-running", "", "pass");
    row("restart: always",
        "restart-policy",
        "container:hc-running",
        R"({"HostConfig.RestartPolicy": {"Name": "always", "MaximumRetryCount": 0}})",
        "pass");
    row("restart: unless-stopped",
        "restart-policy",
        "container:hc-running",
        R"({"HostConfig.RestartPolicy": {"Name": "unless-stopped", "MaximumRetryCount": 0}})",
        "pass");
    row("restart: on-failure:3",
        "restart-policy",
        "container:hc-running",
        R"({"HostConfig.RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 3}})",
        "pass");
    row("restart: on-failure:5",
        "restart-policy",
        "container:hc-running",
        R"({"HostConfig.RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 5}})",
        "pass");
    row("restart: on-failure:6",
        "restart-policy",
        "container:hc-running",
        R"({"HostConfig.RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 6}})",
        "fail",
        "on-failure:6");
    row("restart: on-failure without maximum",
        "restart-policy",
        "container:hc-running",
        R"({"HostConfig.RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 0}})",
        "fail",
        "forever");
    row("restart: swarm task",
        "restart-policy",
        "container:hc-running",
        R"({"Config.Labels": {"com.docker.swarm.task.id": "abc"}})",
        "skip",
        "swarm");

    // oom-restarts (C1)
    row("oom: hc-running", "oom-restarts", "container:hc-running", "", "pass");
    row("oom: OOMKilled", "oom-restarts", "container:hc-stopped", R"({"State.OOMKilled": true})", "fail", "OOMKilled");
    row("oom: restarts", "oom-restarts", "container:hc-running", R"({"RestartCount": 12})", "fail", "12");
    row("oom: few restarts", "oom-restarts", "container:hc-running", R"({"RestartCount": 3})", "pass");

    // drift (A9)
    row("drift: stopped", "drift", "container:hc-stopped", "", "skip", "not running");
    row("drift: read-only root", "drift", "container:hc-running", "", "pass", "read-only");
    row("drift: not collected", "drift", "container:hc-root", "", "skip", "not collected");
    row("drift: changed files",
        "drift",
        "container:hc-root",
        R"({"Changes": [{"Kind": 0, "Path": "/etc"}, {"Kind": 1, "Path": "/etc/cron.d/x"}, {"Kind": 1, "Path": "/tmp/a"}]})",
        "fail",
        "/etc/cron.d/x",
        "",
        "",
        "/tmp/a");
    row("drift: only /tmp", "drift", "container:hc-root", R"({"Changes": [{"Kind": 1, "Path": "/tmp/a"}]})", "pass");

    // required-labels (C4)
    row("labels: no policy", "required-labels", "container:hc-running", "", "skip", "no required labels");
    row("labels: present",
        "required-labels",
        "container:hc-running",
        "",
        "pass",
        "org.opencontainers.image.source",
        R"({"requiredLabels": ["org.opencontainers.image.source"]})");
    row("labels: missing owner",
        "required-labels",
        "container:hc-running",
        "",
        "fail",
        "owner",
        R"({"requiredLabels": ["owner", "hc.test"]})");
    row("labels: image",
        "required-labels",
        "image:hc/busybox:1.0",
        "",
        "fail",
        "owner",
        R"({"requiredLabels": ["owner"]})");
    row("labels: network present",
        "required-labels",
        "network:hc-internal",
        "",
        "pass",
        "hc.test",
        R"({"requiredLabels": ["hc.test"]})");
    row("labels: network missing",
        "required-labels",
        "network:hc-internal",
        "",
        "fail",
        "owner",
        R"({"requiredLabels": ["owner"]})");
    row("labels: volume present",
        "required-labels",
        "volume:hc-data",
        "",
        "pass",
        "",
        R"({"requiredLabels": ["hc.test"]})");

    // container-sprawl (6.2)
    row("sprawl: counts", "container-sprawl", "daemon", "", "info", "7 containers");
    row("sprawl: over a limit", "container-sprawl", "daemon", "", "fail", "4 not running", "", R"({"max_stopped": 2})");

    // swarm (§7): inactive is skip, never pass.
    for (const char *check : {"managers",
                              "listen-address",
                              "overlay-encryption",
                              "secrets",
                              "autolock",
                              "autolock-rotation",
                              "node-cert-expiry",
                              "ca-rotation",
                              "plane-separation"}) {
        const QByteArray name = QByteArray("swarm inactive: ") + check;
        const QByteArray params = QByteArray(R"({"check": ")") + check + R"("})";
        QTest::newRow(name.constData()) << QStringLiteral("swarm") << QStringLiteral("daemon") << QJsonObject()
                                        << json(params.constData()) << QJsonObject() << QStringLiteral("skip")
                                        << QStringLiteral("swarm mode not enabled") << QString();
    }
    row("swarm: 3 managers", "swarm", "daemon", "", "pass", "3 manager", ActiveManager, R"({"check": "managers"})");
    row("swarm: 4 managers",
        "swarm",
        "daemon",
        R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true, "Managers": 4, "Nodes": 6}}})",
        "fail",
        "even",
        "",
        R"({"check": "managers"})");
    row("swarm: auto-lock off",
        "swarm",
        "daemon",
        "",
        "fail",
        "AutoLockManagers = false",
        ActiveManager,
        R"({"check": "autolock"})");
    row("swarm: worker",
        "swarm",
        "daemon",
        R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": false}}})",
        "skip",
        "not a manager",
        "",
        R"({"check": "autolock"})");
    row("swarm: 90-day certificates",
        "swarm",
        "daemon",
        "",
        "pass",
        "90",
        ActiveManager,
        R"({"check": "node-cert-expiry", "max_days": 90})");
    row("swarm: plain overlay",
        "swarm",
        "daemon",
        "",
        "fail",
        "app-net",
        R"({"infoPatch": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true}},
            "addNetworks": [{"Id": "o1", "Name": "app-net", "Driver": "overlay", "Options": {}},
                            {"Id": "o2", "Name": "secure-net", "Driver": "overlay", "Options": {"encrypted": ""}}]})",
        R"({"check": "overlay-encryption"})");
    row("swarm: listen address is a review",
        "swarm",
        "daemon",
        "",
        "warn",
        "10.0.0.1",
        ActiveManager,
        R"({"check": "listen-address"})");
}

void TestContainerChecks::builtins()
{
    verifyBuiltinRow();
}

void TestContainerChecks::everyBuiltinIsRegistered()
{
    for (const char *name : {"root-user",
                             "capabilities",
                             "sensitive-mounts",
                             "socket-mount",
                             "sshd-process",
                             "published-ports",
                             "apparmor",
                             "selinux",
                             "seccomp",
                             "no-new-privileges",
                             "latest-tag",
                             "default-bridge",
                             "multi-network",
                             "restart-policy",
                             "oom-restarts",
                             "drift",
                             "required-labels",
                             "container-sprawl",
                             "swarm"}) {
        QVERIFY2(BuiltinChecks::instance().find(QString::fromLatin1(name)), name);
    }
}

// The five packs load, every CIS id of §4–§7 is there exactly once, ids and fields are complete.
void TestContainerChecks::rulePacksLoad()
{
    QList<RulePack> packs;
    for (const QString &file : packFiles()) {
        QFile input(rulesDirectory() + QLatin1Char('/') + file);
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
        const Result<RulePack> pack = RulePackLoader::fromYaml(input.readAll(), file);
        if (!pack.ok() && pack.error().kind == ErrorKind::Unsupported) {
            QSKIP("RulePackLoader::fromYaml is not written yet");
        }
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
        QCOMPARE(pack.value().name, QStringLiteral("hullcheck"));
        QCOMPARE(pack.value().version, QStringLiteral("2026.11.0"));
        packs.append(pack.value());
    }
    const Result<RulePack> merged = RulePackLoader::merge(packs);
    QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().message));

    QStringList expected;
    for (int i = 1; i <= 12; ++i) {
        expected.append(QStringLiteral("4.%1").arg(i));
    }
    for (int i = 1; i <= 32; ++i) {
        expected.append(QStringLiteral("5.%1").arg(i));
    }
    expected << QStringLiteral("6.1") << QStringLiteral("6.2");
    for (int i = 1; i <= 9; ++i) {
        expected.append(QStringLiteral("7.%1").arg(i));
    }
    QHash<QString, int> seen;
    QSet<QString> ids;
    for (const Rule &rule : merged.value().rules) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY2(rule.id.startsWith(QLatin1String("HC-")), qPrintable(rule.id));
        QVERIFY2(!rule.title.isEmpty() && !rule.description.isEmpty() && !rule.rationale.isEmpty(),
                 qPrintable(rule.id));
        QVERIFY2(!rule.remediation.isEmpty() && !rule.references.isEmpty(), qPrintable(rule.id));
        if (!rule.cisId.isEmpty()) {
            ++seen[rule.cisId];
            QVERIFY2(rule.cisLevel == 1 || rule.cisLevel == 2, qPrintable(rule.id));
        }
        if (!rule.builtin.isEmpty()) {
            QVERIFY2(BuiltinChecks::instance().find(rule.builtin), qPrintable(rule.builtin));
        }
    }
    for (const QString &cis : expected) {
        QVERIFY2(seen.value(cis) == 1,
                 qPrintable(QStringLiteral("CIS %1 appears %2 times").arg(cis).arg(seen.value(cis))));
    }
    QCOMPARE(seen.size(), expected.size());
}

// The packs on the captured snapshot, through the engine: the false results of docker-bench do not happen.
void TestContainerChecks::rulePacksOnCapturedSnapshot()
{
    const Result<RulePack> merged = loadPacks();
    if (!merged.ok() && merged.error().kind == ErrorKind::Unsupported) {
        QSKIP("RulePackLoader::fromYaml is not written yet");
    }
    QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().message));
    const ScanResult result = evaluate(capturedSnapshot(), merged.value(), Policy(), QDate(2026, 11, 28));
    const auto find = [&result](const QString &ruleId, const QString &target) -> const Finding * {
        for (const Finding &finding : result.findings) {
            if (finding.ruleId == ruleId && finding.target.name == target) {
                return &finding;
            }
        }
        return nullptr;
    };
    const auto expectStatus = [&find](const char *ruleId, const char *target, Status status) {
        const Finding *finding = find(QString::fromLatin1(ruleId), QString::fromLatin1(target));
        if (!finding) {
            QFAIL(qPrintable(QStringLiteral("%1 on %2 missing").arg(QLatin1String(ruleId), QLatin1String(target))));
        }
        QVERIFY2(finding->status == status,
                 qPrintable(QStringLiteral("%1 on %2: %3 (%4 | %5)")
                                .arg(QLatin1String(ruleId),
                                     QLatin1String(target),
                                     statusText(finding->status),
                                     finding->evidence,
                                     finding->reason)));
    };
    expectStatus("HC-CONTAINER-ROOT-USER", "hc-root", Status::Fail); // --user 0:0
    expectStatus("HC-CONTAINER-ROOT-USER", "hc-running", Status::Pass);
    expectStatus("HC-CONTAINER-PRIVILEGED", "hc-privileged", Status::Fail); // created, not running: still counted
    expectStatus("HC-CONTAINER-PRIVILEGED", "hc-running", Status::Pass);
    expectStatus("HC-CONTAINER-DOCKER-SOCKET", "hc-sock", Status::Fail);
    expectStatus("HC-CONTAINER-DOCKER-SOCKET", "hc-running", Status::Pass);
    expectStatus("HC-CONTAINER-APPARMOR", "hc-running", Status::Skip); // the test host has no AppArmor
    expectStatus("HC-CONTAINER-SELINUX", "hc-privileged", Status::Skip);
    expectStatus("HC-CONTAINER-MEMORY-LIMIT", "hc-running", Status::Pass);
    expectStatus("HC-CONTAINER-MEMORY-LIMIT", "hc-root", Status::Fail);
    expectStatus("HC-CONTAINER-READONLY-ROOTFS", "hc-running", Status::Pass);
    expectStatus("HC-CONTAINER-PIDS-LIMIT", "hc-running", Status::Pass);
    expectStatus("HC-CONTAINER-PIDS-LIMIT", "hc-sock", Status::Fail); // PidsLimit null
    expectStatus("HC-CONTAINER-NO-NEW-PRIVILEGES", "hc-running", Status::Pass);
    expectStatus("HC-CONTAINER-SSHD", "hc-running", Status::Pass);
    expectStatus("HC-CONTAINER-SSHD", "hc-stopped", Status::Skip);
    expectStatus("HC-CONTAINER-ULIMITS", "hc-running", Status::Pass);
    expectStatus("HC-CONTAINER-SECRETS", "hc-running", Status::Fail); // HC_API_TOKEN, HC_SECRET_PASSWORD
    expectStatus("HC-IMAGE-SECRETS", "hc/busybox:1.0", Status::Fail); // ENV HC_API_TOKEN in history
    expectStatus("HC-IMAGE-ADD", "hc/busybox:1.0", Status::Pass);     // COPY only
    expectStatus("HC-DAEMON-SWARM-MODE", "vm", Status::Pass);
    expectStatus("HC-DAEMON-SWARM-MANAGERS", "vm", Status::Skip); // not a pass while swarm is off
    expectStatus("HC-DAEMON-SWARM-AUTOLOCK", "vm", Status::Skip);
    expectStatus("HC-DAEMON-CONTENT-TRUST", "vm", Status::Info);
    expectStatus("HC-DAEMON-IMAGE-SPRAWL", "vm", Status::Info);
    expectStatus("HC-CONTAINER-HOST-DEVICES", "hc-privileged", Status::Warn); // privileged = every device

    const Finding *secrets = find(QStringLiteral("HC-CONTAINER-SECRETS"), QStringLiteral("hc-running"));
    QVERIFY(secrets);
    QVERIFY2(secrets->evidence.contains(QLatin1String("HC_API_TOKEN")), qPrintable(secrets->evidence));
    QVERIFY(!secrets->remediation.contains(QLatin1String("{value}")));
    const Finding *root = find(QStringLiteral("HC-CONTAINER-ROOT-USER"), QStringLiteral("hc-root"));
    QVERIFY(root);
    QVERIFY2(root->remediation.contains(QLatin1String("hc-root")) && root->remediation.contains(QLatin1String("0:0")),
             qPrintable(root->remediation));
}

// Declarative rules of the packs through the loader and the engine, on one changed container of the snapshot.
void TestContainerChecks::declarativeRules_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("expected");

    const auto row =
        [](const char *name, const char *ruleId, const char *container, const char *patch, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(ruleId) << QString::fromLatin1(container) << json(patch)
                                << QString::fromLatin1(expected);
        };
    row("5.5 privileged", "HC-CONTAINER-PRIVILEGED", "hc-privileged", "", "fail");
    row("5.5 not privileged", "HC-CONTAINER-PRIVILEGED", "hc-root", "", "pass");
    row("5.10 host network", "HC-CONTAINER-HOST-NETWORK", "hc-root", R"({"HostConfig.NetworkMode": "host"})", "fail");
    row("5.10 bridge", "HC-CONTAINER-HOST-NETWORK", "hc-root", R"({"HostConfig.NetworkMode": "bridge"})", "pass");
    row("5.11 no memory limit", "HC-CONTAINER-MEMORY-LIMIT", "hc-root", "", "fail");
    row("5.11 limited", "HC-CONTAINER-MEMORY-LIMIT", "hc-running", "", "pass");
    row("5.12 nothing set", "HC-CONTAINER-CPU-LIMIT", "hc-root", "", "fail");
    row("5.12 CpuQuota only", "HC-CONTAINER-CPU-LIMIT", "hc-root", R"({"HostConfig.CpuQuota": 50000})", "pass");
    row("5.12 NanoCpus", "HC-CONTAINER-CPU-LIMIT", "hc-root", R"({"HostConfig.NanoCpus": 1000000000})", "pass");
    row("5.12 CpuShares", "HC-CONTAINER-CPU-LIMIT", "hc-root", R"({"HostConfig.CpuShares": 512})", "pass");
    row("5.13 writable root", "HC-CONTAINER-READONLY-ROOTFS", "hc-root", "", "fail");
    row("5.13 read-only root", "HC-CONTAINER-READONLY-ROOTFS", "hc-running", "", "pass");
    row("5.16 pid host", "HC-CONTAINER-HOST-PID", "hc-root", R"({"HostConfig.PidMode": "host"})", "fail");
    row("5.16 pid of a container",
        "HC-CONTAINER-HOST-PID",
        "hc-root",
        R"({"HostConfig.PidMode": "container:abc"})",
        "pass");
    row("5.17 ipc host", "HC-CONTAINER-HOST-IPC", "hc-root", R"({"HostConfig.IpcMode": "host"})", "fail");
    row("5.18 a device",
        "HC-CONTAINER-HOST-DEVICES",
        "hc-root",
        R"({"HostConfig.Devices": [{"PathOnHost": "/dev/sda", "PathInContainer": "/dev/sda",
            "CgroupPermissions": "rwm"}]})",
        "warn");
    row("5.18 a GPU request",
        "HC-CONTAINER-HOST-DEVICES",
        "hc-root",
        R"({"HostConfig.DeviceRequests": [{"Driver": "nvidia", "Count": -1}]})",
        "warn");
    row("5.18 privileged has every device", "HC-CONTAINER-HOST-DEVICES", "hc-privileged", "", "warn");
    row("5.18 none", "HC-CONTAINER-HOST-DEVICES", "hc-root", "", "pass");
    row("5.19 override listed",
        "HC-CONTAINER-ULIMITS",
        "hc-root",
        R"({"HostConfig.Ulimits": [{"Name": "nofile", "Soft": 1024, "Hard": 2048}]})",
        "info");
    row("5.19 defaults", "HC-CONTAINER-ULIMITS", "hc-root", "", "pass");
    row("5.20 rshared",
        "HC-CONTAINER-MOUNT-PROPAGATION",
        "hc-sock",
        R"({"Mounts": [{"Type": "bind", "Source": "/mnt", "Destination": "/mnt", "Propagation": "rshared"}]})",
        "fail");
    row("5.20 shared",
        "HC-CONTAINER-MOUNT-PROPAGATION",
        "hc-sock",
        R"({"Mounts": [{"Type": "bind", "Source": "/mnt", "Destination": "/mnt", "Propagation": "shared"}]})",
        "fail");
    row("5.20 rprivate", "HC-CONTAINER-MOUNT-PROPAGATION", "hc-sock", "", "pass");
    row("5.21 uts host", "HC-CONTAINER-HOST-UTS", "hc-root", R"({"HostConfig.UTSMode": "host"})", "fail");
    row("5.25 cgroup parent",
        "HC-CONTAINER-CGROUP-PARENT",
        "hc-root",
        R"({"HostConfig.CgroupParent": "/custom"})",
        "warn");
    row("5.25 default cgroup", "HC-CONTAINER-CGROUP-PARENT", "hc-root", "", "pass");
    row("5.29 null", "HC-CONTAINER-PIDS-LIMIT", "hc-root", "", "fail");
    row("5.29 zero", "HC-CONTAINER-PIDS-LIMIT", "hc-root", R"({"HostConfig.PidsLimit": 0})", "fail");
    row("5.29 minus one", "HC-CONTAINER-PIDS-LIMIT", "hc-root", R"({"HostConfig.PidsLimit": -1})", "fail");
    row("5.29 limited", "HC-CONTAINER-PIDS-LIMIT", "hc-running", "", "pass");
    row("5.31 userns host", "HC-CONTAINER-HOST-USERNS", "hc-root", R"({"HostConfig.UsernsMode": "host"})", "fail");
    row("A9 log driver none",
        "HC-CONTAINER-LOG-DRIVER",
        "hc-root",
        R"({"HostConfig.LogConfig": {"Type": "none", "Config": {}}})",
        "warn");
    row("A9 json-file", "HC-CONTAINER-LOG-DRIVER", "hc-root", "", "pass");
}

void TestContainerChecks::declarativeRules()
{
    QFETCH(QString, ruleId);
    QFETCH(QString, container);
    QFETCH(QJsonObject, patch);
    QFETCH(QString, expected);

    const Result<RulePack> pack = loadPacks();
    if (!pack.ok() && pack.error().kind == ErrorKind::Unsupported) {
        QSKIP("RulePackLoader::fromYaml is not written yet");
    }
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
    RulePack one;
    for (const Rule &rule : pack.value().rules) {
        if (rule.id == ruleId) {
            one.rules.append(rule);
        }
    }
    QCOMPARE(one.rules.size(), 1);

    Snapshot snapshot = capturedSnapshot();
    patchArrayEntry(snapshot.containers, container, patch);
    const ScanResult result = evaluate(snapshot, one, Policy(), QDate(2026, 11, 28));
    const auto found = std::find_if(result.findings.begin(), result.findings.end(), [&container](const Finding &f) {
        return f.target.name == container;
    });
    QVERIFY(found != result.findings.end());
    QVERIFY2(
        statusText(found->status) == expected,
        qPrintable(QStringLiteral("%1 (expected %2): %3").arg(statusText(found->status), expected, found->evidence)));
    QVERIFY(!found->evidence.isEmpty());
}

QTEST_GUILESS_MAIN(TestContainerChecks)

#include "tst_containerchecks.moc"
