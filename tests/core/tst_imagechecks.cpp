// Builtin image checks (core/bench/imagechecks.cpp): secrets (4.10, B3), image history (4.3, 4.7, 4.9), age (4.4),
// size (B2), healthchecks (4.6, 5.27), registries (4.2), content trust (4.5) and image sprawl (6.1).
//
// Every case starts from an object of tests/data/snapshot-docker-20.10.json, captured from the test daemon
// (tests/data/README.md): the busybox image hc/busybox:1.0 built offline FROM scratch (COPY of busybox, an ENV
// HC_API_TOKEN, USER 1000, labels, no healthcheck, no registry digest) and the containers made from it (hc-running,
// hc-root, ...). The snapshot was taken with --redact, so environment values read "<redacted>"; the rows plant
// their own secret values and check that none of them reaches the evidence.
#include "core/bench/builtinchecks.h"
#include "core/snapshot/snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hullcheck::core;

namespace {

QString statusText(Status status)
{
    switch (status) {
    case Status::Pass: return QStringLiteral("pass");
    case Status::Info: return QStringLiteral("info");
    case Status::Skip: return QStringLiteral("skip");
    case Status::Waived: return QStringLiteral("waived");
    case Status::Warn: return QStringLiteral("warn");
    case Status::Fail: return QStringLiteral("fail");
    }
    return {};
}

const Snapshot &capturedSnapshot()
{
    static const Snapshot snapshot = [] {
        QFile file(QStringLiteral(HULLCHECK_TEST_DATA_DIR "/snapshot-docker-20.10.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read the captured snapshot");
        }
        Result<Snapshot> loaded = Snapshot::fromJson(file.readAll());
        if (!loaded.ok()) {
            qFatal("cannot parse the captured snapshot");
        }
        return std::move(loaded).value();
    }();
    return snapshot;
}

// Sets a dotted path ("HostConfig.CapAdd"); the string "<remove>" removes the key. Keys holding dots are set by
// giving their parent object whole.
void setPath(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        return;
    }
    const QString &key = path.first();
    if (path.size() == 1) {
        if (value.toString() == QLatin1String("<remove>")) {
            object.remove(key);
        } else {
            object.insert(key, value);
        }
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setPath(child, path.mid(1), value);
    object.insert(key, child);
}

QJsonObject patched(QJsonObject object, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        setPath(object, it.key().split(QLatin1Char('.')), it.value());
    }
    return object;
}

QString nameOf(const QJsonObject &object)
{
    QString name = object.value(QLatin1String("Name")).toString();
    return name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
}

// Index of the object called `name` in an array of containers, networks or volumes ("Name"), or images
// (a RepoTag).
qsizetype indexOf(const QJsonArray &array, const QString &name)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        if (nameOf(object) == name) {
            return i;
        }
        for (const auto &tag : object.value(QLatin1String("RepoTags")).toArray()) {
            if (tag.toString() == name) {
                return i;
            }
        }
    }
    return -1;
}

void patchArrayEntry(QJsonArray &array, const QString &name, const QJsonObject &patch)
{
    const qsizetype index = indexOf(array, name);
    QVERIFY2(index >= 0, qPrintable(name));
    array.replace(index, patched(array.at(index).toObject(), patch));
}

void append(QJsonArray &array, const QJsonValue &values)
{
    for (const auto &value : values.toArray()) {
        array.append(value);
    }
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &element : value.toArray()) {
        list.append(element.toString());
    }
    return list;
}

// The snapshot and policy around the object, changed as the row's context says:
//   securityOptions [..]        /info SecurityOptions
//   socket "/path"              the daemon socket the scan used
//   infoPatch {dotted: value}   /info
//   imagePatch {..}             the image hc/busybox:1.0
//   networkPatch {name: {..}}   networks by name
//   addImages/addNetworks/addVolumes [..]
//   hostCollected bool, daemonArgs [..], configText "..."   host facts
//   requiredLabels [..], trustedRegistries [..], maxImageAgeDays, maxLayers, maxImageSizeBytes   policy
void applyContext(Snapshot &snapshot, Policy &policy, const QJsonObject &context)
{
    if (context.contains(QLatin1String("securityOptions"))) {
        snapshot.info.insert(QLatin1String("SecurityOptions"), context.value(QLatin1String("securityOptions")));
    }
    if (context.contains(QLatin1String("socket"))) {
        snapshot.endpoint.transport = Endpoint::Transport::Unix;
        snapshot.endpoint.socketPath = context.value(QLatin1String("socket")).toString();
    }
    snapshot.info = patched(snapshot.info, context.value(QLatin1String("infoPatch")).toObject());
    if (context.contains(QLatin1String("imagePatch"))) {
        patchArrayEntry(
            snapshot.images, QStringLiteral("hc/busybox:1.0"), context.value(QLatin1String("imagePatch")).toObject());
    }
    const QJsonObject networkPatch = context.value(QLatin1String("networkPatch")).toObject();
    for (auto it = networkPatch.begin(); it != networkPatch.end(); ++it) {
        patchArrayEntry(snapshot.networks, it.key(), it.value().toObject());
    }
    append(snapshot.images, context.value(QLatin1String("addImages")));
    append(snapshot.networks, context.value(QLatin1String("addNetworks")));
    append(snapshot.volumes, context.value(QLatin1String("addVolumes")));
    if (context.contains(QLatin1String("hostCollected"))) {
        snapshot.host.collected = context.value(QLatin1String("hostCollected")).toBool();
    }
    if (context.contains(QLatin1String("daemonArgs"))) {
        snapshot.host.daemonCommandLine = stringList(context.value(QLatin1String("daemonArgs")));
    }
    if (context.contains(QLatin1String("configText"))) {
        snapshot.host.configFileText = context.value(QLatin1String("configText")).toString();
    }
    policy.requiredLabels = stringList(context.value(QLatin1String("requiredLabels")));
    policy.trustedRegistries = stringList(context.value(QLatin1String("trustedRegistries")));
    if (context.contains(QLatin1String("maxImageAgeDays"))) {
        policy.maxImageAgeDays = context.value(QLatin1String("maxImageAgeDays")).toInt();
    }
    if (context.contains(QLatin1String("maxLayers"))) {
        policy.maxLayers = context.value(QLatin1String("maxLayers")).toInt();
    }
    if (context.contains(QLatin1String("maxImageSizeBytes"))) {
        policy.maxImageSizeBytes = static_cast<qint64>(context.value(QLatin1String("maxImageSizeBytes")).toDouble());
    }
}

// Runs one builtin on "container:NAME", "image:TAG", "network:NAME", "volume:NAME" or "daemon".
CheckOutcome runBuiltin(const QString &builtin,
                        const QString &base,
                        const QJsonObject &patch,
                        const QJsonObject &params,
                        const QJsonObject &context)
{
    Snapshot snapshot = capturedSnapshot();
    Policy policy;
    applyContext(snapshot, policy, context);

    Rule rule;
    rule.id = QStringLiteral("HC-TEST");
    rule.builtin = builtin;
    rule.params = params;
    const QString kind = base.section(QLatin1Char(':'), 0, 0);
    const QString name = base.section(QLatin1Char(':'), 1);
    QJsonObject object;
    if (kind == QLatin1String("container")) {
        rule.scope = Scope::Container;
        object = snapshot.containers.at(indexOf(snapshot.containers, name)).toObject();
    } else if (kind == QLatin1String("image")) {
        rule.scope = Scope::Image;
        object = snapshot.images.at(indexOf(snapshot.images, name)).toObject();
    } else if (kind == QLatin1String("network")) {
        rule.scope = Scope::Network;
        object = snapshot.networks.at(indexOf(snapshot.networks, name)).toObject();
    } else if (kind == QLatin1String("volume")) {
        rule.scope = Scope::Volume;
        object = snapshot.volumes.at(indexOf(snapshot.volumes, name)).toObject();
    } else {
        rule.scope = Scope::Daemon;
    }
    const ScanContext scan(snapshot, policy);
    if (rule.scope == Scope::Daemon) {
        object = scan.daemonObject();
    }
    object = patched(object, patch);
    const BuiltinCheck *check = BuiltinChecks::instance().find(builtin);
    if (!check) {
        CheckOutcome missing;
        missing.status = Status::Skip;
        missing.reason = QStringLiteral("no builtin ") + builtin;
        return missing;
    }
    return (*check)(scan, object, rule);
}

QJsonObject json(const char *text)
{
    if (!text || !*text) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad JSON in a test row: %s (%s)", qPrintable(error.errorString()), text);
    }
    return document.object();
}

// A history of one step per command, oldest first (the API lists newest first).
QByteArray history(std::initializer_list<const char *> oldestFirst)
{
    QJsonArray steps;
    for (const char *command : oldestFirst) {
        steps.prepend(QJsonObject{{QLatin1String("CreatedBy"), QString::fromUtf8(command)},
                                  {QLatin1String("Id"), QStringLiteral("<missing>")}});
    }
    return QJsonDocument(QJsonObject{{QLatin1String("History"), steps}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestImageChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtins_data();
    void builtins();
    void everyBuiltinIsRegistered();
};

void TestImageChecks::builtins_data()
{
    QTest::addColumn<QString>("builtin");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QJsonObject>("context");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("contains"); // in evidence or reason
    QTest::addColumn<QString>("lacks");    // in none of evidence, reason, value

    const auto row = [](const char *name,
                        const char *builtin,
                        const char *base,
                        const char *patch,
                        const char *expected,
                        const char *contains = "",
                        const char *context = "",
                        const char *params = "",
                        const char *lacks = "") {
        QTest::newRow(name) << QString::fromUtf8(builtin) << QString::fromUtf8(base) << json(patch) << json(params)
                            << json(context) << QString::fromUtf8(expected) << QString::fromUtf8(contains)
                            << QString::fromUtf8(lacks);
    };
    const char *image = "image:hc/busybox:1.0";

    // secrets (4.10, B3): names and kinds in the evidence, never a value.
    row("secrets: the test image's ENV HC_API_TOKEN", "secrets", image, "", "fail", "HC_API_TOKEN");
    row("secrets: hc-running's environment", "secrets", "container:hc-running", "", "fail", "HC_SECRET_PASSWORD");
    row("secrets: inherited from the image", "secrets", "container:hc-running", "", "fail", "from the image");
    row("secrets: harmless names and values",
        "secrets",
        "container:hc-running",
        R"({"Config.Env": ["PATH=/usr/local/bin:/usr/bin", "DB_PASSWORD_FILE=/run/secrets/db", "TOKEN_TTL=3600",
            "AUTH_ENABLED=true", "PASSWORD=", "SECRET_KEY_BASE_DIR=/srv"], "Config.Labels": {"hc.test": "1"}})",
        "pass");
    row("secrets: a planted password",
        "secrets",
        "container:hc-running",
        R"({"Config.Env": ["DB_PASSWORD=hunter2-planted-value"]})",
        "fail",
        "DB_PASSWORD",
        "",
        "",
        "hunter2-planted-value");
    row("secrets: AWS key id under a harmless name",
        "secrets",
        "container:hc-running",
        R"({"Config.Env": ["SOME_SETTING=AKIAABCDEFGHIJKLMNOP"]})",
        "fail",
        "AWS",
        "",
        "",
        "AKIAABCDEFGHIJKLMNOP");
    row("secrets: credentials in a URL",
        "secrets",
        "container:hc-running",
        R"({"Config.Env": ["DATABASE_URL=postgres://app:s3cr3tPass@db:5432/app"]})",
        "fail",
        "credentials in a URL",
        "",
        "",
        "s3cr3tPass");
    row("secrets: a URL with a variable",
        "secrets",
        "container:hc-running",
        R"({"Config.Env": ["DATABASE_URL=postgres://app:${DB_PASS}@db:5432/app"], "Config.Labels": {}})",
        "pass");
    row("secrets: a private key in a label",
        "secrets",
        image,
        R"({"Config.Env": [], "Config.Labels": {"key": "-----BEGIN RSA PRIVATE KEY-----\nMIIEplantedKEYdata\n"}})",
        "fail",
        "private key",
        "",
        "",
        "MIIEplantedKEYdata");
    row("secrets: a long random token",
        "secrets",
        image,
        R"({"Config.Env": ["X_VALUE=Zq3kP9vR2mT8wY5nB7cF1hJ4lD6sG0aXeUiOp"], "Config.Labels": {}, "History": []})",
        "fail",
        "random token",
        "",
        "",
        "Zq3kP9vR2mT8wY5nB7cF1hJ4lD6sG0aXeUiOp");
    row("secrets: a sha256 checksum is no secret",
        "secrets",
        image,
        R"({"Config.Env": ["BUSYBOX_SHA256=9a1bb8c5e2c0f2e1d9e8a1b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"],
            "Config.Labels": {}, "History": []})",
        "pass");
    row("secrets: GitHub token in an ENV step",
        "secrets",
        image,
        R"({"Config.Env": [], "Config.Labels": {}, "History": [{"CreatedBy":
            "/bin/sh -c #(nop)  ENV GH_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789AB"}]})",
        "fail",
        "GH_TOKEN",
        "",
        "",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB");
    row("secrets: a build argument of a RUN step",
        "secrets",
        image,
        R"({"Config.Env": [], "Config.Labels": {}, "History": [{"CreatedBy":
            "|1 NPM_TOKEN=npm-planted-0451 /bin/sh -c npm ci"}]})",
        "fail",
        "NPM_TOKEN",
        "",
        "",
        "npm-planted-0451");
    row("secrets: BuildKit build argument",
        "secrets",
        image,
        R"({"Config.Env": [], "Config.Labels": {}, "History": [{"CreatedBy":
            "RUN |1 API_KEY=bk-planted-77 /bin/sh -c ./fetch.sh # buildkit"}]})",
        "fail",
        "API_KEY",
        "",
        "",
        "bk-planted-77");
    row("secrets: an ARG without a value",
        "secrets",
        image,
        R"({"Config.Env": [], "Config.Labels": {}, "History": [{"CreatedBy": "/bin/sh -c #(nop)  ARG API_TOKEN"}]})",
        "pass");
    row("secrets: --password on the command line",
        "secrets",
        "container:hc-running",
        R"({"Config.Env": [], "Config.Labels": {}, "Config.Cmd": ["app", "--password=planted-pw-123"]})",
        "fail",
        "--password",
        "",
        "",
        "planted-pw-123");

    // history-update-alone (4.7): real parsing, not a substring of "update".
    row("update: the test image", "history-update-alone", image, "", "pass");
    row("update: apt-get update alone",
        "history-update-alone",
        image,
        history({"/bin/sh -c apt-get update"}).constData(),
        "fail",
        "apt-get update");
    row("update: with an install",
        "history-update-alone",
        image,
        history({"/bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl"}).constData(),
        "pass");
    row("update: apk update alone",
        "history-update-alone",
        image,
        history({"/bin/sh -c apk update"}).constData(),
        "fail",
        "apk update");
    row("update: apk add --update",
        "history-update-alone",
        image,
        history({"/bin/sh -c apk add --update --no-cache curl"}).constData(),
        "pass");
    row("update: update-ca-certificates",
        "history-update-alone",
        image,
        history({"/bin/sh -c update-ca-certificates && echo update"}).constData(),
        "pass");
    row("update: pip --upgrade",
        "history-update-alone",
        image,
        history({"/bin/sh -c pip install --upgrade pip"}).constData(),
        "pass");
    row("update: yum update alone",
        "history-update-alone",
        image,
        history({"/bin/sh -c yum -y update"}).constData(),
        "fail",
        "yum update");
    row("update: yum update with install",
        "history-update-alone",
        image,
        history({"/bin/sh -c yum -y update && yum -y install httpd && yum clean all"}).constData(),
        "pass");
    row("update: BuildKit, options before the verb",
        "history-update-alone",
        image,
        history({"RUN /bin/sh -c DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=3 -qq update # buildkit"})
            .constData(),
        "fail",
        "apt-get update");
    row("update: separate steps",
        "history-update-alone",
        image,
        history({"/bin/sh -c apt-get update", "/bin/sh -c apt-get install -y curl"}).constData(),
        "fail",
        "step 1/2");

    // history-add (4.9): the base layer's ADD is not counted; URLs are not shown.
    row("add: the test image uses COPY", "history-add", image, "", "pass");
    row("add: base layer only",
        "history-add",
        image,
        history({"/bin/sh -c #(nop) ADD file:0123abcd in / ", "/bin/sh -c #(nop)  CMD [\"sh\"]"}).constData(),
        "pass");
    row("add: files into /app",
        "history-add",
        image,
        history({"/bin/sh -c #(nop) ADD file:0123abcd in / ", "/bin/sh -c #(nop) ADD dir:4567ef in /app "}).constData(),
        "fail",
        "/app");
    row("add: a remote URL (BuildKit)",
        "history-add",
        image,
        history(
            {"ADD alpine-minirootfs.tar.gz / # buildkit", "ADD https://user:tok3n@example.com/x.tgz /opt/ # buildkit"})
            .constData(),
        "fail",
        "remote URL",
        "",
        "",
        "tok3n");

    // history-build-tools (4.3, B4)
    row("tools: the test image", "history-build-tools", image, "", "pass");
    row("tools: build-essential left",
        "history-build-tools",
        image,
        history({"/bin/sh -c apt-get update && apt-get install -y build-essential libpq-dev"}).constData(),
        "fail",
        "build-essential");
    row("tools: installed and purged in one step",
        "history-build-tools",
        image,
        history({"/bin/sh -c apt-get update && apt-get install -y build-essential && make && apt-get purge -y "
                 "build-essential"})
            .constData(),
        "pass");
    row("tools: apk virtual group removed",
        "history-build-tools",
        image,
        history({"/bin/sh -c apk add --no-cache --virtual .build-deps gcc musl-dev make && make install && apk del "
                 ".build-deps"})
            .constData(),
        "pass");
    row("tools: apk gcc left",
        "history-build-tools",
        image,
        history({"/bin/sh -c apk add --no-cache gcc"}).constData(),
        "fail",
        "gcc");
    row("tools: go build in the final image",
        "history-build-tools",
        image,
        history({"/bin/sh -c go build -o /app ."}).constData(),
        "fail",
        "go build");
    row("tools: removed in a later step",
        "history-build-tools",
        image,
        history({"/bin/sh -c apt-get install -y gcc", "/bin/sh -c apt-get remove -y gcc"}).constData(),
        "pass");
    row("tools: runtime packages only",
        "history-build-tools",
        image,
        history({"/bin/sh -c apt-get update && apt-get install -y curl ca-certificates"}).constData(),
        "pass");

    // image-age (4.4, B1): measured from the snapshot's time (2026-11-28).
    row("age: built the day of the scan", "image-age", image, "", "pass");
    row("age: old", "image-age", image, R"({"Created": "2020-01-02T03:04:05.123456789Z"})", "fail", "2020-01-02");
    row("age: reproducible build",
        "image-age",
        image,
        R"({"Created": "1970-01-01T00:00:00Z"})",
        "skip",
        "reproducible");
    row("age: the policy's limit",
        "image-age",
        image,
        R"({"Created": "2026-10-01T00:00:00Z"})",
        "fail",
        "limit 30",
        R"({"maxImageAgeDays": 30})");

    // image-size-layers (B2)
    row("size: small", "image-size-layers", image, "", "pass", "2 layer");
    row("size: too many layers", "image-size-layers", image, "", "fail", "more than 1 layers", R"({"maxLayers": 1})");
    row("size: too large", "image-size-layers", image, R"({"Size": 2147483648})", "fail", "larger than");
    row("size: package managers named",
        "image-size-layers",
        image,
        history({"/bin/sh -c apt-get update && apt-get install -y curl"}).constData(),
        "pass",
        "apt-get");

    // healthcheck (4.6 images, 5.27 containers, C1): NONE counts as none.
    row("health: the test image has none", "healthcheck", image, "", "fail", "no HEALTHCHECK");
    row("health: image with a test, command not shown",
        "healthcheck",
        image,
        R"({"Config.Healthcheck": {"Test": ["CMD-SHELL", "curl -fsu admin:hunter2 http://localhost/"],
            "Interval": 30000000000}})",
        "pass",
        "CMD-SHELL",
        "",
        "",
        "hunter2");
    row("health: image NONE", "healthcheck", image, R"({"Config.Healthcheck": {"Test": ["NONE"]}})", "fail", "NONE");
    row("health: hc-running has none", "healthcheck", "container:hc-running", "", "fail");
    row("health: container with one",
        "healthcheck",
        "container:hc-running",
        R"({"Config.Healthcheck": {"Test": ["CMD", "/bin/true"]}, "State.Health": {"Status": "healthy"}})",
        "pass",
        "healthy");
    row("health: container takes the image's",
        "healthcheck",
        "container:hc-stopped",
        "",
        "pass",
        "image",
        R"({"imagePatch": {"Config.Healthcheck": {"Test": ["CMD", "/bin/true"]}}})");
    row("health: container --no-healthcheck",
        "healthcheck",
        "container:hc-running",
        R"({"Config.Healthcheck": {"Test": ["NONE"]}})",
        "fail",
        "NONE",
        R"({"imagePatch": {"Config.Healthcheck": {"Test": ["CMD", "/bin/true"]}}})");
    row("health: unhealthy",
        "healthcheck",
        "container:hc-running",
        R"({"Config.Healthcheck": {"Test": ["CMD", "/bin/true"]},
            "State.Health": {"Status": "unhealthy", "FailingStreak": 4}})",
        "warn",
        "failing streak 4");

    // trusted-registry (4.2, B5)
    row("registry: built locally", "trusted-registry", image, "", "info", "built locally");
    row("registry: no allow-list",
        "trusted-registry",
        image,
        R"({"RepoDigests": ["nginx@sha256:1111111111111111111111111111111111111111111111111111111111111111"]})",
        "info",
        "docker.io");
    row("registry: allowed",
        "trusted-registry",
        image,
        R"({"RepoDigests": ["nginx@sha256:1111111111111111111111111111111111111111111111111111111111111111"]})",
        "pass",
        "docker.io",
        R"({"trustedRegistries": ["docker.io"]})");
    row("registry: not allowed",
        "trusted-registry",
        image,
        R"({"RepoDigests": ["nginx@sha256:1111111111111111111111111111111111111111111111111111111111111111"]})",
        "fail",
        "docker.io",
        R"({"trustedRegistries": ["registry.example.com"]})");
    row("registry: with a port",
        "trusted-registry",
        image,
        R"({"RepoDigests": ["registry.example.com:5000/team/app@sha256:1111111111111111111111111111111111111111111111111111111111111111"]})",
        "pass",
        "registry.example.com:5000",
        R"({"trustedRegistries": ["registry.example.com:5000"]})");

    // content-trust (4.5) and image-sprawl (6.1), once per daemon
    row("trust: a client setting", "content-trust", "daemon", "", "info", "client");
    row("sprawl: in use", "image-sprawl", "daemon", "", "info", "1 image(s): 1 in use by 7 container(s), 0 unused");
    row("sprawl: unused and untagged",
        "image-sprawl",
        "daemon",
        "",
        "info",
        "2 image(s): 1 in use by 7 container(s), 1 unused (1 untagged)",
        R"({"addImages": [{"Id": "sha256:3333", "RepoTags": [], "RepoDigests": []}]})");
    row("sprawl: over a limit",
        "image-sprawl",
        "daemon",
        "",
        "fail",
        "1 unused",
        R"({"addImages": [{"Id": "sha256:3333", "RepoTags": ["old:1"], "RepoDigests": []}]})",
        R"({"max_unused": 0})");
}

void TestImageChecks::builtins()
{
    QFETCH(QString, builtin);
    QFETCH(QString, base);
    QFETCH(QJsonObject, patch);
    QFETCH(QJsonObject, params);
    QFETCH(QJsonObject, context);
    QFETCH(QString, expected);
    QFETCH(QString, contains);
    QFETCH(QString, lacks);

    const CheckOutcome result = runBuiltin(builtin, base, patch, params, context);
    const QString seen = result.evidence + QStringLiteral(" | ") + result.reason;
    QVERIFY2(statusText(result.status) == expected,
             qPrintable(QStringLiteral("%1 (expected %2): %3").arg(statusText(result.status), expected, seen)));
    if (!contains.isEmpty()) {
        QVERIFY2(seen.contains(contains), qPrintable(seen));
    }
    if (!lacks.isEmpty()) {
        QVERIFY2(!seen.contains(lacks) && !result.value.contains(lacks), qPrintable(seen));
    }
    if (result.status == Status::Skip) {
        QVERIFY2(!result.reason.isEmpty(), "a skip says why");
    }
}

void TestImageChecks::everyBuiltinIsRegistered()
{
    for (const char *name : {"secrets",
                             "image-age",
                             "image-size-layers",
                             "history-build-tools",
                             "history-update-alone",
                             "history-add",
                             "healthcheck",
                             "trusted-registry",
                             "content-trust",
                             "image-sprawl"}) {
        QVERIFY2(BuiltinChecks::instance().find(QString::fromLatin1(name)), name);
    }
}

QTEST_GUILESS_MAIN(TestImageChecks)

#include "tst_imagechecks.moc"
