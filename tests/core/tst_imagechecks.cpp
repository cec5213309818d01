// Builtin image checks (core/bench/imagechecks.cpp): secrets (4.10, B3), image history (4.3, 4.7, 4.9), age (4.4),
// size (B2), healthchecks (4.6, 5.27), registries (4.2), content trust (4.5) and image sprawl (6.1).
//
// Every case starts from an object of tests/data/snapshot-docker-20.10.json, captured from the test daemon
// (tests/data/README.md): the busybox image hc/busybox:1.0 built offline FROM scratch (COPY of busybox, an ENV
// HC_API_TOKEN, USER 1000, labels, no healthcheck, no registry digest) and the containers made from it (hc-running,
// hc-root, ...). The snapshot was taken with --redact, so environment values read "<redacted>"; the rows plant
// their own secret values and check that none of them reaches the evidence.
#include "fakes/benchtestsupport.h"

#include "core/bench/builtinchecks.h"
#include "core/snapshot/snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hullcheck::core;
using namespace hullcheck::tests;

namespace {

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
    addBuiltinColumns();
    const BuiltinRow row;
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
    verifyBuiltinRow();
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
