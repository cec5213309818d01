#include "core/remediation/containerartefacts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <utility>
#include <vector>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::Remediation)
};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array) {
        if (element.isString()) {
            list.append(element.toString());
        }
    }
    return list;
}

// A key=value pair of the environment or the labels; `placeholder` names the variable that replaces a secret.
struct Entry
{
    QString key;
    QString value;
    QString placeholder;
};

struct Health
{
    bool set = false;
    bool disable = false;
    QString command; // shell form
    qint64 interval = 0;
    qint64 timeout = 0;
    qint64 startPeriod = 0;
    int retries = 0;
};

struct Ulimit
{
    QString name;
    qint64 soft = 0;
    qint64 hard = 0;
};

// Everything `docker run` needs to recreate a container, read from its inspect object.
struct Recipe
{
    QString name;
    QString image;
    bool tty = false;
    bool stdinOpen = false;
    bool autoRemove = false;
    bool privileged = false;
    bool readOnly = false;
    bool init = false;
    bool publishAll = false;
    bool oomKillDisable = false;
    bool entrypointSet = false;
    QStringList entrypoint;
    bool commandSet = false;
    QStringList command;
    QList<Entry> env;
    QList<Entry> labels;
    QString user;
    QString workingDir;
    QString hostname;
    QString domainname;
    QStringList binds;  // -v SOURCE:TARGET[:OPTIONS]
    QStringList mounts; // --mount type=...,source=...,target=...
    QList<std::pair<QString, QString>> tmpfs;
    QStringList anonymousVolumes; // -v /path
    QStringList volumesFrom;
    QStringList ports; // [IP:]HOSTPORT:CONTAINERPORT[/PROTO]
    QStringList expose;
    QString network;
    QStringList extraNetworks;
    QString restart;
    qint64 memory = 0;
    qint64 memorySwap = 0;
    qint64 memoryReservation = 0;
    int memorySwappiness = -1;
    qint64 nanoCpus = 0;
    qint64 cpuShares = 0;
    qint64 cpuQuota = 0;
    qint64 cpuPeriod = 0;
    QString cpusetCpus;
    QString cpusetMems;
    qint64 pidsLimit = 0;
    qint64 shmSize = 0;
    int oomScoreAdj = 0;
    int blkioWeight = 0;
    QStringList capAdd;
    QStringList capDrop;
    QStringList securityOpt;
    QStringList devices;
    QStringList groupAdd;
    QStringList dns;
    QStringList dnsSearch;
    QStringList dnsOptions;
    QStringList extraHosts;
    QList<std::pair<QString, QString>> sysctls;
    QString logDriver;
    QList<std::pair<QString, QString>> logOptions;
    QList<Ulimit> ulimits;
    Health health;
    QString pidMode;
    QString ipcMode;
    QString utsMode;
    QString usernsMode;
    QString cgroupParent;
    QString runtime;
    QString stopSignal;
    int stopTimeout = -1;
    QStringList notes;
};

constexpr qint64 DefaultShmSize = 64LL * 1024 * 1024;
constexpr qint64 NanosPerSecond = 1000000000LL;

QString placeholderName(const QString &key)
{
    QString name = key.toUpper();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Z0-9_]"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.at(0).isDigit()) {
        name.prepend(QLatin1Char('_'));
    }
    return name;
}

Entry makeEntry(const QString &key, const QString &value, const QSet<QString> &secretKeys)
{
    Entry entry{key, value, {}};
    if (secretKeys.contains(key) || value == QLatin1String(RedactedValue)) {
        entry.placeholder = placeholderName(key);
    }
    return entry;
}

QString goDuration(qint64 nanos)
{
    if (nanos % NanosPerSecond == 0) {
        return QString::number(nanos / NanosPerSecond) + QLatin1Char('s');
    }
    return QString::number(nanos / 1000000) + QStringLiteral("ms");
}

QString cpusText(qint64 nanoCpus)
{
    return QString::number(static_cast<double>(nanoCpus) / static_cast<double>(NanosPerSecond), 'g', 9);
}

QString portText(const QString &hostIp, const QString &hostPort, const QString &containerPort)
{
    QString text;
    if (!hostIp.isEmpty()) {
        text = (hostIp.contains(QLatin1Char(':')) ? QLatin1Char('[') + hostIp + QLatin1Char(']') : hostIp) +
               QLatin1Char(':') + hostPort + QLatin1Char(':');
    } else if (!hostPort.isEmpty()) {
        text = hostPort + QLatin1Char(':');
    }
    return text + containerPort;
}

void readHealth(Recipe &recipe, const QJsonObject &health, const QJsonObject &imageHealth)
{
    if (health.isEmpty() || health == imageHealth) {
        return;
    }
    const QStringList test = stringList(health.value(QLatin1String("Test")));
    recipe.health.set = true;
    if (test.value(0) == QLatin1String("NONE")) {
        recipe.health.disable = true;
        return;
    }
    if (test.value(0) == QLatin1String("CMD-SHELL")) {
        recipe.health.command = test.mid(1).join(QLatin1Char(' '));
    } else if (test.value(0) == QLatin1String("CMD")) {
        QStringList words;
        for (const QString &word : test.mid(1)) {
            words.append(shellQuote(word));
        }
        recipe.health.command = words.join(QLatin1Char(' '));
    }
    recipe.health.interval = health.value(QLatin1String("Interval")).toInteger();
    recipe.health.timeout = health.value(QLatin1String("Timeout")).toInteger();
    recipe.health.startPeriod = health.value(QLatin1String("StartPeriod")).toInteger();
    recipe.health.retries = health.value(QLatin1String("Retries")).toInt();
}

void readCommand(Recipe &recipe, const QJsonObject &config, const QJsonObject &imageConfig)
{
    const QJsonValue entrypoint = config.value(QLatin1String("Entrypoint"));
    const QJsonValue cmd = config.value(QLatin1String("Cmd"));
    recipe.entrypointSet = entrypoint != imageConfig.value(QLatin1String("Entrypoint"));
    recipe.entrypoint = stringList(entrypoint);
    recipe.command = stringList(cmd);
    // A new entrypoint resets the image's command, so it is given again.
    recipe.commandSet = recipe.entrypointSet || cmd != imageConfig.value(QLatin1String("Cmd"));
}

void readMounts(Recipe &recipe, const QJsonObject &inspect, const QJsonObject &hostConfig, const QJsonObject &image)
{
    recipe.binds = stringList(hostConfig.value(QLatin1String("Binds")));
    QSet<QString> targets;
    for (const QString &bind : std::as_const(recipe.binds)) {
        targets.insert(bind.section(QLatin1Char(':'), 1, 1));
    }
    const QJsonArray mounts = hostConfig.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &value : mounts) {
        const QJsonObject mount = value.toObject();
        const QString type = mount.value(QLatin1String("Type")).toString();
        const QString target = mount.value(QLatin1String("Target")).toString();
        QStringList fields{QStringLiteral("type=") + type};
        if (!mount.value(QLatin1String("Source")).toString().isEmpty()) {
            fields.append(QStringLiteral("source=") + mount.value(QLatin1String("Source")).toString());
        }
        fields.append(QStringLiteral("target=") + target);
        if (mount.value(QLatin1String("ReadOnly")).toBool()) {
            fields.append(QStringLiteral("readonly"));
        }
        const QString propagation =
            mount.value(QLatin1String("BindOptions")).toObject().value(QLatin1String("Propagation")).toString();
        if (!propagation.isEmpty()) {
            fields.append(QStringLiteral("bind-propagation=") + propagation);
        }
        const qint64 tmpfsSize =
            mount.value(QLatin1String("TmpfsOptions")).toObject().value(QLatin1String("SizeBytes")).toInteger();
        if (tmpfsSize > 0) {
            fields.append(QStringLiteral("tmpfs-size=") + QString::number(tmpfsSize));
        }
        recipe.mounts.append(fields.join(QLatin1Char(',')));
        targets.insert(target);
    }
    const QJsonObject tmpfs = hostConfig.value(QLatin1String("Tmpfs")).toObject();
    for (auto it = tmpfs.begin(); it != tmpfs.end(); ++it) {
        recipe.tmpfs.append({it.key(), it.value().toString()});
        targets.insert(it.key());
    }
    // Anonymous volumes the container asked for (-v /path), not the ones its image declares.
    const QJsonObject imageVolumes =
        image.value(QLatin1String("Config")).toObject().value(QLatin1String("Volumes")).toObject();
    const QJsonArray actual = inspect.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &value : actual) {
        const QJsonObject mount = value.toObject();
        const QString destination = mount.value(QLatin1String("Destination")).toString();
        if (mount.value(QLatin1String("Type")).toString() == QLatin1String("volume") &&
            !targets.contains(destination) && !imageVolumes.contains(destination)) {
            recipe.anonymousVolumes.append(destination);
        }
    }
    recipe.volumesFrom = stringList(hostConfig.value(QLatin1String("VolumesFrom")));
}

void readNetworking(Recipe &recipe,
                    const QJsonObject &inspect,
                    const QJsonObject &hostConfig,
                    const QJsonObject &config)
{
    const QJsonObject bindings = hostConfig.value(QLatin1String("PortBindings")).toObject();
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        QString containerPort = it.key();
        if (containerPort.endsWith(QLatin1String("/tcp"))) {
            containerPort.chop(4);
        }
        const QJsonArray hosts = it.value().toArray();
        for (const QJsonValue &host : hosts) {
            const QJsonObject binding = host.toObject();
            recipe.ports.append(portText(binding.value(QLatin1String("HostIp")).toString(),
                                         binding.value(QLatin1String("HostPort")).toString(),
                                         containerPort));
        }
    }
    recipe.publishAll = hostConfig.value(QLatin1String("PublishAllPorts")).toBool();
    const QJsonObject exposed = config.value(QLatin1String("ExposedPorts")).toObject();
    for (auto it = exposed.begin(); it != exposed.end(); ++it) {
        if (!bindings.contains(it.key())) {
            recipe.expose.append(it.key());
        }
    }
    const QString mode = hostConfig.value(QLatin1String("NetworkMode")).toString();
    recipe.network = mode == QLatin1String("default") ? QString() : mode;
    const QJsonObject networks =
        inspect.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Networks")).toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        if (it.key() != mode && !(mode == QLatin1String("default") && it.key() == QLatin1String("bridge"))) {
            recipe.extraNetworks.append(it.key());
        }
    }
    recipe.dns = stringList(hostConfig.value(QLatin1String("Dns")));
    recipe.dnsSearch = stringList(hostConfig.value(QLatin1String("DnsSearch")));
    recipe.dnsOptions = stringList(hostConfig.value(QLatin1String("DnsOptions")));
    recipe.extraHosts = stringList(hostConfig.value(QLatin1String("ExtraHosts")));
}

void readResources(Recipe &recipe, const QJsonObject &hostConfig)
{
    const auto number = [&hostConfig](const char *key) {
        return hostConfig.value(QLatin1String(key)).toInteger();
    };
    recipe.memory = number("Memory");
    recipe.memorySwap = number("MemorySwap");
    recipe.memoryReservation = number("MemoryReservation");
    if (hostConfig.value(QLatin1String("MemorySwappiness")).isDouble()) {
        recipe.memorySwappiness = hostConfig.value(QLatin1String("MemorySwappiness")).toInt();
    }
    recipe.nanoCpus = number("NanoCpus");
    recipe.cpuShares = number("CpuShares");
    recipe.cpuQuota = number("CpuQuota");
    recipe.cpuPeriod = number("CpuPeriod");
    recipe.cpusetCpus = hostConfig.value(QLatin1String("CpusetCpus")).toString();
    recipe.cpusetMems = hostConfig.value(QLatin1String("CpusetMems")).toString();
    recipe.pidsLimit = std::max<qint64>(0, number("PidsLimit"));
    recipe.shmSize = number("ShmSize");
    recipe.oomScoreAdj = static_cast<int>(number("OomScoreAdj"));
    recipe.oomKillDisable = hostConfig.value(QLatin1String("OomKillDisable")).toBool();
    recipe.blkioWeight = static_cast<int>(number("BlkioWeight"));
    const QJsonArray ulimits = hostConfig.value(QLatin1String("Ulimits")).toArray();
    for (const QJsonValue &value : ulimits) {
        const QJsonObject ulimit = value.toObject();
        recipe.ulimits.append({ulimit.value(QLatin1String("Name")).toString(),
                               ulimit.value(QLatin1String("Soft")).toInteger(),
                               ulimit.value(QLatin1String("Hard")).toInteger()});
    }
}

void readSecurity(Recipe &recipe, const QJsonObject &hostConfig)
{
    recipe.privileged = hostConfig.value(QLatin1String("Privileged")).toBool();
    recipe.readOnly = hostConfig.value(QLatin1String("ReadonlyRootfs")).toBool();
    recipe.capAdd = stringList(hostConfig.value(QLatin1String("CapAdd")));
    recipe.capDrop = stringList(hostConfig.value(QLatin1String("CapDrop")));
    recipe.securityOpt = stringList(hostConfig.value(QLatin1String("SecurityOpt")));
    recipe.groupAdd = stringList(hostConfig.value(QLatin1String("GroupAdd")));
    const QJsonArray devices = hostConfig.value(QLatin1String("Devices")).toArray();
    for (const QJsonValue &value : devices) {
        const QJsonObject device = value.toObject();
        QString text = device.value(QLatin1String("PathOnHost")).toString() + QLatin1Char(':') +
                       device.value(QLatin1String("PathInContainer")).toString();
        const QString permissions = device.value(QLatin1String("CgroupPermissions")).toString();
        if (!permissions.isEmpty() && permissions != QLatin1String("rwm")) {
            text += QLatin1Char(':') + permissions;
        }
        recipe.devices.append(text);
    }
    const QString ipc = hostConfig.value(QLatin1String("IpcMode")).toString();
    recipe.ipcMode = ipc == QLatin1String("private") ? QString() : ipc;
    recipe.pidMode = hostConfig.value(QLatin1String("PidMode")).toString();
    recipe.utsMode = hostConfig.value(QLatin1String("UTSMode")).toString();
    recipe.usernsMode = hostConfig.value(QLatin1String("UsernsMode")).toString();
    recipe.cgroupParent = hostConfig.value(QLatin1String("CgroupParent")).toString();
    const QJsonObject sysctls = hostConfig.value(QLatin1String("Sysctls")).toObject();
    for (auto it = sysctls.begin(); it != sysctls.end(); ++it) {
        recipe.sysctls.append({it.key(), it.value().toString()});
    }
}

Recipe readRecipe(const ContainerFixInput &input)
{
    const QJsonObject &inspect = input.inspect;
    const QJsonObject config = inspect.value(QLatin1String("Config")).toObject();
    const QJsonObject hostConfig = inspect.value(QLatin1String("HostConfig")).toObject();
    const QJsonObject imageConfig = input.image.value(QLatin1String("Config")).toObject();
    Recipe recipe;
    recipe.name = inspect.value(QLatin1String("Name")).toString();
    if (recipe.name.startsWith(QLatin1Char('/'))) {
        recipe.name.remove(0, 1);
    }
    recipe.image = config.value(QLatin1String("Image")).toString();
    recipe.tty = config.value(QLatin1String("Tty")).toBool();
    recipe.stdinOpen = config.value(QLatin1String("OpenStdin")).toBool();
    readCommand(recipe, config, imageConfig);

    const QSet<QString> imageEnv = [&imageConfig] {
        const QStringList list = stringList(imageConfig.value(QLatin1String("Env")));
        return QSet<QString>(list.begin(), list.end());
    }();
    for (const QString &entry : stringList(config.value(QLatin1String("Env")))) {
        if (imageEnv.contains(entry)) {
            continue; // inherited from the image: recreating gives it again
        }
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals < 0) {
            recipe.env.append({entry, {}, {}});
        } else {
            recipe.env.append(makeEntry(entry.left(equals), entry.mid(equals + 1), input.secretKeys));
        }
    }
    const QJsonObject imageLabels = imageConfig.value(QLatin1String("Labels")).toObject();
    const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (imageLabels.value(it.key()) != it.value()) {
            recipe.labels.append(makeEntry(it.key(), it.value().toString(), input.secretKeys));
        }
    }
    const QString user = config.value(QLatin1String("User")).toString();
    recipe.user = user == imageConfig.value(QLatin1String("User")).toString() ? QString() : user;
    const QString workingDir = config.value(QLatin1String("WorkingDir")).toString();
    recipe.workingDir =
        workingDir == imageConfig.value(QLatin1String("WorkingDir")).toString() ? QString() : workingDir;
    const QString hostname = config.value(QLatin1String("Hostname")).toString();
    const bool defaultHostname = inspect.value(QLatin1String("Id")).toString().startsWith(hostname);
    recipe.hostname = defaultHostname || recipe.network == QLatin1String("host") ? QString() : hostname;
    recipe.domainname = config.value(QLatin1String("Domainname")).toString();
    readHealth(recipe,
               config.value(QLatin1String("Healthcheck")).toObject(),
               imageConfig.value(QLatin1String("Healthcheck")).toObject());
    const QString stopSignal = config.value(QLatin1String("StopSignal")).toString();
    recipe.stopSignal =
        stopSignal == imageConfig.value(QLatin1String("StopSignal")).toString() ? QString() : stopSignal;
    if (config.value(QLatin1String("StopTimeout")).isDouble()) {
        recipe.stopTimeout = config.value(QLatin1String("StopTimeout")).toInt();
    }

    readMounts(recipe, inspect, hostConfig, input.image);
    readNetworking(recipe, inspect, hostConfig, config);
    if (!recipe.hostname.isEmpty() && recipe.network.startsWith(QLatin1String("container:"))) {
        recipe.hostname.clear();
    }
    readResources(recipe, hostConfig);
    readSecurity(recipe, hostConfig);

    const QJsonObject restart = hostConfig.value(QLatin1String("RestartPolicy")).toObject();
    const QString policy = restart.value(QLatin1String("Name")).toString();
    const int retries = restart.value(QLatin1String("MaximumRetryCount")).toInt();
    if (!policy.isEmpty() && policy != QLatin1String("no")) {
        recipe.restart = policy == QLatin1String("on-failure") && retries > 0
                             ? policy + QLatin1Char(':') + QString::number(retries)
                             : policy;
    }
    recipe.autoRemove = hostConfig.value(QLatin1String("AutoRemove")).toBool();
    recipe.init = hostConfig.value(QLatin1String("Init")).toBool();
    const QString runtime = hostConfig.value(QLatin1String("Runtime")).toString();
    recipe.runtime = runtime == QLatin1String("runc") ? QString() : runtime;
    const QJsonObject log = hostConfig.value(QLatin1String("LogConfig")).toObject();
    const QString logDriver = log.value(QLatin1String("Type")).toString();
    recipe.logDriver = logDriver == input.defaultLogDriver ? QString() : logDriver;
    const QJsonObject logOptions = log.value(QLatin1String("Config")).toObject();
    for (auto it = logOptions.begin(); it != logOptions.end(); ++it) {
        recipe.logOptions.append({it.key(), it.value().toString()});
    }
    return recipe;
}

// The fixes for the failing rules; returns the rules it repaired.
QStringList applyFixes(Recipe &recipe, const ContainerFixInput &input)
{
    QStringList fixed;
    const auto fixes = [&input, &fixed](const char *ruleId) {
        const bool failing = input.failingRules.contains(QLatin1String(ruleId));
        if (failing) {
            fixed.append(QLatin1String(ruleId));
        }
        return failing;
    };
    const FixValues &values = input.values;
    if (fixes("HC-CONTAINER-PRIVILEGED")) {
        recipe.privileged = false;
    }
    if (fixes("HC-CONTAINER-READONLY-ROOTFS")) {
        recipe.readOnly = true;
        recipe.notes.append(Tr::tr("--read-only: give every path the application writes a volume or a tmpfs "
                                   "(for example --tmpfs /tmp)."));
    }
    if (fixes("HC-CONTAINER-CAPABILITIES")) {
        recipe.capDrop = {QStringLiteral("ALL")};
        QStringList kept;
        for (const QString &capability : std::as_const(recipe.capAdd)) {
            QString bare = capability.toUpper();
            if (bare.startsWith(QLatin1String("CAP_"))) {
                bare.remove(0, 4);
            }
            if (!input.dangerousCaps.contains(bare)) {
                kept.append(capability);
            }
        }
        recipe.capAdd = kept;
    }
    if (fixes("HC-CONTAINER-NO-NEW-PRIVILEGES")) {
        recipe.securityOpt.removeIf([](const QString &option) {
            return option.startsWith(QLatin1String("no-new-privileges"));
        });
        recipe.securityOpt.append(QStringLiteral("no-new-privileges"));
    }
    if (fixes("HC-CONTAINER-SECCOMP")) {
        recipe.securityOpt.removeIf([](const QString &option) {
            return option == QLatin1String("seccomp=unconfined") || option == QLatin1String("seccomp:unconfined");
        });
    }
    if (fixes("HC-CONTAINER-HOST-NETWORK")) {
        recipe.network.clear();
    }
    if (fixes("HC-CONTAINER-HOST-PID")) {
        recipe.pidMode.clear();
    }
    if (fixes("HC-CONTAINER-HOST-IPC")) {
        recipe.ipcMode.clear();
    }
    if (fixes("HC-CONTAINER-HOST-UTS")) {
        recipe.utsMode.clear();
    }
    if (fixes("HC-CONTAINER-HOST-USERNS")) {
        recipe.usernsMode.clear();
    }
    if (fixes(fixrules::Memory)) {
        recipe.memory = values.memoryBytes;
        recipe.memorySwap = values.memoryBytes;
    }
    if (fixes(fixrules::Cpu)) {
        recipe.nanoCpus = values.nanoCpus;
        recipe.cpuQuota = values.cpuQuota;
        recipe.cpuShares = values.nanoCpus > 0 || values.cpuQuota > 0 ? recipe.cpuShares : values.cpuShares;
    }
    if (fixes(fixrules::Pids)) {
        recipe.pidsLimit = values.pidsLimit;
    }
    if (fixes(fixrules::Restart)) {
        const bool onFailure = values.restartPolicy.isEmpty() || values.restartPolicy == QLatin1String("on-failure");
        recipe.restart = onFailure ? QString(QStringLiteral("on-failure:") + QString::number(values.restartRetries))
                                   : values.restartPolicy;
        recipe.autoRemove = false;
    }
    if (fixes("HC-CONTAINER-SECRETS")) {
        recipe.notes.append(Tr::tr("Secret values are not copied: provide them as environment variables of the shell "
                                   "(or an .env file for compose), better from a secret store, and rotate the exposed "
                                   "ones."));
    }
    return fixed;
}

// "/run:rw,size=1m", as both --tmpfs and compose's tmpfs take it.
QStringList tmpfsTexts(const Recipe &r)
{
    QStringList texts;
    for (const auto &[path, options] : r.tmpfs) {
        texts.append(options.isEmpty() ? path : path + QLatin1Char(':') + options);
    }
    return texts;
}

// docker run ------------------------------------------------------------------------------------------------

QString entryWord(const Entry &entry)
{
    if (entry.placeholder.isEmpty()) {
        return shellQuote(entry.value.isNull() ? entry.key : entry.key + QLatin1Char('=') + entry.value);
    }
    // Double quotes, so the shell expands the placeholder; the key needs escaping of what is special there.
    QString key = entry.key;
    static const QRegularExpression special(QStringLiteral("([\"\\\\$`])"));
    key.replace(special, QStringLiteral("\\\\1"));
    return QLatin1Char('"') + key + QStringLiteral("=${") + entry.placeholder + QStringLiteral("}\"");
}

class RunCommand
{
public:
    void flag(const QString &name) { m_lines.append(name); }
    void option(const QString &name, const QString &value)
    {
        m_lines.append(name + QLatin1Char(' ') + shellQuote(value));
    }
    void optionRaw(const QString &name, const QString &quoted) { m_lines.append(name + QLatin1Char(' ') + quoted); }
    void options(const QString &name, const QStringList &values)
    {
        for (const QString &value : values) {
            option(name, value);
        }
    }
    void number(const QString &name, qint64 value, bool when)
    {
        if (when) {
            m_lines.append(name + QLatin1Char(' ') + QString::number(value));
        }
    }
    QString text(const QStringList &tail) const
    {
        return QStringLiteral("docker run -d \\\n  ") +
               (m_lines + QStringList{tail.join(QLatin1Char(' '))}).join(QStringLiteral(" \\\n  "));
    }

private:
    QStringList m_lines;
};

QString dockerRun(const Recipe &r)
{
    RunCommand run;
    run.option(QStringLiteral("--name"), r.name);
    const auto when = [&run](bool set, const char *flag) {
        if (set) {
            run.flag(QLatin1String(flag));
        }
    };
    const auto text = [&run](const QString &value, const char *flag) {
        if (!value.isEmpty()) {
            run.option(QLatin1String(flag), value);
        }
    };
    when(r.tty, "-t");
    when(r.stdinOpen, "-i");
    when(r.autoRemove, "--rm");
    text(r.hostname, "--hostname");
    text(r.domainname, "--domainname");
    text(r.user, "--user");
    text(r.workingDir, "--workdir");
    for (const Entry &entry : r.env) {
        run.optionRaw(QStringLiteral("-e"), entryWord(entry));
    }
    for (const Entry &entry : r.labels) {
        run.optionRaw(QStringLiteral("--label"), entryWord(entry));
    }
    text(r.network, "--network");
    run.options(QStringLiteral("-p"), r.ports);
    when(r.publishAll, "-P");
    run.options(QStringLiteral("--expose"), r.expose);
    run.options(QStringLiteral("--dns"), r.dns);
    run.options(QStringLiteral("--dns-search"), r.dnsSearch);
    run.options(QStringLiteral("--dns-option"), r.dnsOptions);
    run.options(QStringLiteral("--add-host"), r.extraHosts);
    run.options(QStringLiteral("-v"), r.binds);
    run.options(QStringLiteral("-v"), r.anonymousVolumes);
    run.options(QStringLiteral("--mount"), r.mounts);
    run.options(QStringLiteral("--tmpfs"), tmpfsTexts(r));
    run.options(QStringLiteral("--volumes-from"), r.volumesFrom);
    text(r.restart, "--restart");
    text(r.memory > 0 ? dockerSize(r.memory) : QString(), "--memory");
    text(r.memorySwap != 0 ? (r.memorySwap < 0 ? QStringLiteral("-1") : dockerSize(r.memorySwap)) : QString(),
         "--memory-swap");
    text(r.memoryReservation > 0 ? dockerSize(r.memoryReservation) : QString(), "--memory-reservation");
    run.number(QStringLiteral("--memory-swappiness"), r.memorySwappiness, r.memorySwappiness >= 0);
    text(r.nanoCpus > 0 ? cpusText(r.nanoCpus) : QString(), "--cpus");
    run.number(QStringLiteral("--cpu-shares"), r.cpuShares, r.cpuShares > 0);
    run.number(QStringLiteral("--cpu-quota"), r.cpuQuota, r.cpuQuota > 0);
    run.number(QStringLiteral("--cpu-period"), r.cpuPeriod, r.cpuPeriod > 0);
    text(r.cpusetCpus, "--cpuset-cpus");
    text(r.cpusetMems, "--cpuset-mems");
    run.number(QStringLiteral("--pids-limit"), r.pidsLimit, r.pidsLimit > 0);
    text(r.shmSize > 0 && r.shmSize != DefaultShmSize ? dockerSize(r.shmSize) : QString(), "--shm-size");
    run.number(QStringLiteral("--oom-score-adj"), r.oomScoreAdj, r.oomScoreAdj != 0);
    when(r.oomKillDisable, "--oom-kill-disable");
    run.number(QStringLiteral("--blkio-weight"), r.blkioWeight, r.blkioWeight > 0);
    for (const Ulimit &ulimit : r.ulimits) {
        run.option(QStringLiteral("--ulimit"),
                   ulimit.name + QLatin1Char('=') + QString::number(ulimit.soft) + QLatin1Char(':') +
                       QString::number(ulimit.hard));
    }
    when(r.privileged, "--privileged");
    when(r.readOnly, "--read-only");
    run.options(QStringLiteral("--cap-drop"), r.capDrop);
    run.options(QStringLiteral("--cap-add"), r.capAdd);
    run.options(QStringLiteral("--security-opt"), r.securityOpt);
    run.options(QStringLiteral("--device"), r.devices);
    run.options(QStringLiteral("--group-add"), r.groupAdd);
    for (const auto &[key, value] : r.sysctls) {
        run.option(QStringLiteral("--sysctl"), key + QLatin1Char('=') + value);
    }
    text(r.pidMode, "--pid");
    text(r.ipcMode, "--ipc");
    text(r.utsMode, "--uts");
    text(r.usernsMode, "--userns");
    text(r.cgroupParent, "--cgroup-parent");
    text(r.runtime, "--runtime");
    when(r.init, "--init");
    text(r.stopSignal, "--stop-signal");
    run.number(QStringLiteral("--stop-timeout"), r.stopTimeout, r.stopTimeout >= 0);
    text(r.logDriver, "--log-driver");
    for (const auto &[key, value] : r.logOptions) {
        run.option(QStringLiteral("--log-opt"), key + QLatin1Char('=') + value);
    }
    if (r.health.set && r.health.disable) {
        run.flag(QStringLiteral("--no-healthcheck"));
    } else if (r.health.set) {
        text(r.health.command, "--health-cmd");
        text(r.health.interval > 0 ? goDuration(r.health.interval) : QString(), "--health-interval");
        text(r.health.timeout > 0 ? goDuration(r.health.timeout) : QString(), "--health-timeout");
        text(r.health.startPeriod > 0 ? goDuration(r.health.startPeriod) : QString(), "--health-start-period");
        run.number(QStringLiteral("--health-retries"), r.health.retries, r.health.retries > 0);
    }
    QStringList tail;
    QStringList command = r.commandSet ? r.command : QStringList();
    if (r.entrypointSet) {
        // --entrypoint takes one program; further entrypoint words go before the command.
        run.option(QStringLiteral("--entrypoint"), r.entrypoint.isEmpty() ? QString() : r.entrypoint.first());
        command = r.entrypoint.mid(1) + command;
    }
    tail.append(shellQuote(r.image));
    for (const QString &word : std::as_const(command)) {
        tail.append(shellQuote(word));
    }
    return run.text(tail);
}

// compose --------------------------------------------------------------------------------------------------

// Compose interpolates $ in every value: literal dollars are doubled.
QString composeText(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('$'), QStringLiteral("$$"));
    return yamlQuote(escaped);
}

class YamlWriter
{
public:
    explicit YamlWriter(int indent)
        : m_indent(indent)
    {
    }
    void scalar(const char *key, const QString &quotedValue)
    {
        m_lines.append(pad() + QLatin1String(key) + QStringLiteral(": ") + quotedValue);
    }
    void text(const char *key, const QString &value)
    {
        if (!value.isEmpty()) {
            scalar(key, composeText(value));
        }
    }
    void number(const char *key, qint64 value, bool when)
    {
        if (when) {
            scalar(key, QString::number(value));
        }
    }
    void flag(const char *key, bool value)
    {
        if (value) {
            scalar(key, QStringLiteral("true"));
        }
    }
    void list(const char *key, const QStringList &values)
    {
        if (values.isEmpty()) {
            return;
        }
        m_lines.append(pad() + QLatin1String(key) + QLatin1Char(':'));
        for (const QString &value : values) {
            m_lines.append(pad() + QStringLiteral("  - ") + composeText(value));
        }
    }
    void map(const char *key, const QList<Entry> &entries)
    {
        if (entries.isEmpty()) {
            return;
        }
        m_lines.append(pad() + QLatin1String(key) + QLatin1Char(':'));
        for (const Entry &entry : entries) {
            const QString value = entry.placeholder.isEmpty()
                                      ? composeText(entry.value)
                                      : yamlQuote(QStringLiteral("${") + entry.placeholder + QLatin1Char('}'));
            m_lines.append(pad() + QStringLiteral("  ") + yamlQuote(entry.key) + QStringLiteral(": ") + value);
        }
    }
    void open(const char *key)
    {
        m_lines.append(pad() + QLatin1String(key) + QLatin1Char(':'));
        m_indent += 2;
    }
    void openQuoted(const QString &key)
    {
        m_lines.append(pad() + yamlQuote(key) + QLatin1Char(':'));
        m_indent += 2;
    }
    void close() { m_indent -= 2; }
    QStringList lines() const { return m_lines; }

private:
    QString pad() const { return QString(m_indent, QLatin1Char(' ')); }
    int m_indent;
    QStringList m_lines;
};

QList<Entry> pairsAsEntries(const QList<std::pair<QString, QString>> &pairs)
{
    QList<Entry> entries;
    for (const auto &[key, value] : pairs) {
        entries.append({key, value, {}});
    }
    return entries;
}

void composeResources(YamlWriter &yaml, const Recipe &r)
{
    yaml.text("restart", r.restart);
    yaml.text("mem_limit", r.memory > 0 ? dockerSize(r.memory) : QString());
    if (r.memorySwap != 0) {
        yaml.scalar("memswap_limit", r.memorySwap < 0 ? QStringLiteral("-1") : composeText(dockerSize(r.memorySwap)));
    }
    yaml.text("mem_reservation", r.memoryReservation > 0 ? dockerSize(r.memoryReservation) : QString());
    yaml.number("mem_swappiness", r.memorySwappiness, r.memorySwappiness >= 0);
    if (r.nanoCpus > 0) {
        yaml.scalar("cpus", cpusText(r.nanoCpus));
    }
    yaml.number("cpu_shares", r.cpuShares, r.cpuShares > 0);
    yaml.number("cpu_quota", r.cpuQuota, r.cpuQuota > 0);
    yaml.number("cpu_period", r.cpuPeriod, r.cpuPeriod > 0);
    yaml.text("cpuset", r.cpusetCpus);
    yaml.number("pids_limit", r.pidsLimit, r.pidsLimit > 0);
    yaml.text("shm_size", r.shmSize > 0 && r.shmSize != DefaultShmSize ? dockerSize(r.shmSize) : QString());
    yaml.number("oom_score_adj", r.oomScoreAdj, r.oomScoreAdj != 0);
    yaml.flag("oom_kill_disable", r.oomKillDisable);
    if (r.blkioWeight > 0) {
        yaml.open("blkio_config");
        yaml.number("weight", r.blkioWeight, true);
        yaml.close();
    }
    if (!r.ulimits.isEmpty()) {
        yaml.open("ulimits");
        for (const Ulimit &ulimit : r.ulimits) {
            yaml.openQuoted(ulimit.name);
            yaml.number("soft", ulimit.soft, true);
            yaml.number("hard", ulimit.hard, true);
            yaml.close();
        }
        yaml.close();
    }
}

void composeSecurity(YamlWriter &yaml, const Recipe &r)
{
    yaml.flag("privileged", r.privileged);
    yaml.flag("read_only", r.readOnly);
    yaml.list("cap_drop", r.capDrop);
    yaml.list("cap_add", r.capAdd);
    yaml.list("security_opt", r.securityOpt);
    yaml.list("devices", r.devices);
    yaml.list("group_add", r.groupAdd);
    yaml.map("sysctls", pairsAsEntries(r.sysctls));
    yaml.text("pid", r.pidMode);
    yaml.text("ipc", r.ipcMode);
    yaml.text("uts", r.utsMode);
    yaml.text("userns_mode", r.usernsMode);
    yaml.text("cgroup_parent", r.cgroupParent);
    yaml.text("runtime", r.runtime);
    yaml.flag("init", r.init);
}

QString compose(const Recipe &r)
{
    YamlWriter yaml(0);
    yaml.open("services");
    yaml.openQuoted(r.name);
    yaml.text("image", r.image);
    yaml.text("container_name", r.name);
    if (r.entrypointSet) {
        yaml.list("entrypoint", r.entrypoint);
        if (r.entrypoint.isEmpty()) {
            yaml.scalar("entrypoint", QStringLiteral("[]"));
        }
    }
    if (r.commandSet) {
        yaml.list("command", r.command);
        if (r.command.isEmpty()) {
            yaml.scalar("command", QStringLiteral("[]"));
        }
    }
    yaml.flag("tty", r.tty);
    yaml.flag("stdin_open", r.stdinOpen);
    yaml.text("hostname", r.hostname);
    yaml.text("domainname", r.domainname);
    yaml.text("user", r.user);
    yaml.text("working_dir", r.workingDir);
    yaml.map("environment", r.env);
    yaml.map("labels", r.labels);
    const bool modeNetwork = r.network == QLatin1String("none") || r.network == QLatin1String("host") ||
                             r.network == QLatin1String("bridge") || r.network.startsWith(QLatin1String("container:"));
    if (modeNetwork) {
        yaml.text("network_mode", r.network);
    } else if (!r.network.isEmpty()) {
        yaml.list("networks", QStringList{r.network} + r.extraNetworks);
    }
    yaml.list("ports", r.ports);
    yaml.list("expose", r.expose);
    yaml.list("dns", r.dns);
    yaml.list("dns_search", r.dnsSearch);
    yaml.list("dns_opt", r.dnsOptions);
    yaml.list("extra_hosts", r.extraHosts);
    yaml.list("volumes", r.binds + r.anonymousVolumes);
    yaml.list("tmpfs", tmpfsTexts(r));
    yaml.list("volumes_from", r.volumesFrom);
    composeResources(yaml, r);
    composeSecurity(yaml, r);
    yaml.text("stop_signal", r.stopSignal);
    yaml.text("stop_grace_period", r.stopTimeout >= 0 ? QString::number(r.stopTimeout) + QLatin1Char('s') : QString());
    if (!r.logDriver.isEmpty() || !r.logOptions.isEmpty()) {
        yaml.open("logging");
        yaml.text("driver", r.logDriver);
        yaml.map("options", pairsAsEntries(r.logOptions));
        yaml.close();
    }
    if (r.health.set) {
        yaml.open("healthcheck");
        if (r.health.disable) {
            yaml.flag("disable", true);
        } else {
            yaml.list("test", {QStringLiteral("CMD-SHELL"), r.health.command});
            yaml.text("interval", r.health.interval > 0 ? goDuration(r.health.interval) : QString());
            yaml.text("timeout", r.health.timeout > 0 ? goDuration(r.health.timeout) : QString());
            yaml.text("start_period", r.health.startPeriod > 0 ? goDuration(r.health.startPeriod) : QString());
            yaml.number("retries", r.health.retries, r.health.retries > 0);
        }
        yaml.close();
    }
    yaml.close();
    yaml.close();
    // Named volumes and networks the service uses exist already: declare them external.
    QStringList volumes;
    for (const QString &bind : r.binds) {
        const QString source = bind.section(QLatin1Char(':'), 0, 0);
        if (!source.startsWith(QLatin1Char('/')) && !volumes.contains(source)) {
            volumes.append(source);
        }
    }
    const auto external = [&yaml](const char *section, const QStringList &names) {
        if (names.isEmpty()) {
            return;
        }
        yaml.open(section);
        for (const QString &name : names) {
            yaml.openQuoted(name);
            yaml.flag("external", true);
            yaml.close();
        }
        yaml.close();
    };
    external("volumes", volumes);
    external("networks", modeNetwork || r.network.isEmpty() ? QStringList() : QStringList{r.network} + r.extraNetworks);
    return yaml.lines().join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(word).hasMatch()) {
        return word;
    }
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString yamlQuote(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted.append(QLatin1Char('"'));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': quoted.append(QStringLiteral("\\\"")); break;
        case '\\': quoted.append(QStringLiteral("\\\\")); break;
        case '\n': quoted.append(QStringLiteral("\\n")); break;
        case '\t': quoted.append(QStringLiteral("\\t")); break;
        case '\r': quoted.append(QStringLiteral("\\r")); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                quoted.append(QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')));
            } else {
                quoted.append(c);
            }
        }
    }
    quoted.append(QLatin1Char('"'));
    return quoted;
}

ContainerArtefacts containerArtefacts(const ContainerFixInput &input)
{
    Recipe recipe = readRecipe(input);
    ContainerArtefacts artefacts;
    artefacts.fixedRules = applyFixes(recipe, input);
    for (const Entry &entry : std::as_const(recipe.env) + recipe.labels) {
        if (!entry.placeholder.isEmpty() && !artefacts.placeholders.contains(entry.placeholder)) {
            artefacts.placeholders.append(entry.placeholder);
        }
    }
    artefacts.dockerRun = dockerRun(recipe);
    artefacts.compose = compose(recipe);
    artefacts.notes = recipe.notes;
    if (!artefacts.placeholders.isEmpty()) {
        artefacts.notes.append(Tr::tr("Set these variables before running it: %1.")
                                   .arg(artefacts.placeholders.join(QStringLiteral(", "))));
    }
    for (const QString &network : std::as_const(recipe.extraNetworks)) {
        artefacts.notes.append(Tr::tr("Then connect the other network: docker network connect %1 %2")
                                   .arg(shellQuote(network), shellQuote(recipe.name)));
    }
    artefacts.notes.append(
        Tr::tr("Stop and rename or remove the old container first: docker rm -f %1").arg(shellQuote(recipe.name)));
    return artefacts;
}

// daemon.json ----------------------------------------------------------------------------------------------

QString unifiedDiff(const QString &before, const QString &after, const QString &path)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const auto n = static_cast<size_t>(a.size());
    const auto m = static_cast<size_t>(b.size());
    // Longest common subsequence table, from the end.
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            lcs[i][j] = a.at(static_cast<qsizetype>(i)) == b.at(static_cast<qsizetype>(j))
                            ? lcs[i + 1][j + 1] + 1
                            : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    QStringList lines{QStringLiteral("--- ") + path,
                      QStringLiteral("+++ ") + path,
                      QStringLiteral("@@ -1,%1 +1,%2 @@").arg(n).arg(m)};
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(static_cast<qsizetype>(i)) == b.at(static_cast<qsizetype>(j))) {
            lines.append(QLatin1Char(' ') + a.at(static_cast<qsizetype>(i)));
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            lines.append(QLatin1Char('+') + b.at(static_cast<qsizetype>(j)));
            ++j;
        } else {
            lines.append(QLatin1Char('-') + a.at(static_cast<qsizetype>(i)));
            ++i;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<DaemonJsonPatch> daemonJsonPatch(const QString &currentText, const QJsonObject &changes, const QString &path)
{
    QJsonObject current;
    if (!currentText.trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(currentText.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return Error{
                ErrorKind::Parse,
                Tr::tr("%1 is not a JSON object; fix it by hand before merging: %2").arg(path, error.errorString()),
                {}};
        }
        current = document.object();
    }
    QJsonObject merged = current;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    DaemonJsonPatch patch;
    patch.before = QString::fromUtf8(QJsonDocument(current).toJson(QJsonDocument::Indented)).trimmed();
    patch.after = QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Indented)).trimmed();
    patch.diff = unifiedDiff(patch.before, patch.after, path);
    return patch;
}

} // namespace hullcheck::core
