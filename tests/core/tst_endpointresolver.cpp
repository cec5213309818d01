#include "core/docker/contextstore.h"
#include "core/docker/endpoint.h"
#include "core/docker/endpointresolver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace hullcheck::core;

// Expectations checked against the real docker CLI 28.2.2 (/usr/local/bin/docker) with a temporary HOME:
// - `DOCKER_HOST=<value> docker context ls --format '{{.Name}} {{.DockerEndpoint}} {{.Error}}'` for the host forms in
//   parsesHost: "" and "unix://" give unix:///var/run/docker.sock; "tcp://example.com" gives :2375; "tcp://" and
//   "tcp://:2375" give tcp://localhost:2375; "example.com:1234" gives tcp://example.com:1234; "tcp://[::1]" is
//   rejected ("invalid bind address format") while "tcp://[::1]:" and "tcp://::1" give tcp://[::1]:2375;
//   "tcp://user@host:1" drops the user; "TCP://..." and "http://..." are rejected; "tcp://host:abc" and
//   "tcp://ho st:1" are rejected; leading/trailing spaces are trimmed.
// - With DOCKER_TLS_VERIFY=1 (or --tls) and no host the CLI uses tcp://localhost:2376; with TLS and
//   DOCKER_HOST=tcp://example.com it still uses port 2375.
// - `docker --config DIR --tlsverify` still reads ~/.docker/ca.pem (the default cert path ignores --config), while
//   DOCKER_CONFIG=DIR moves it to DIR/ca.pem.
// - `docker -H tcp://a:1 -c foo` fails with "conflicting options"; `docker -c foo version` fails with
//   context "foo": context not found: <config>/contexts/meta/<sha256 of foo>/meta.json.
// - With a listener on 127.0.0.1 that records whether the first bytes are a TLS ClientHello: a context without
//   TLS data speaks plain HTTP (also with --tlsverify or DOCKER_TLS_VERIFY=1, which do not apply to contexts); a
//   context with SkipTLSVerify=true and no files speaks TLS; an empty contexts/tls/<id>/docker/ directory turns
//   TLS on; DOCKER_TLS=1, --tls, --tlsverify=false and DOCKER_TLS_VERIFY=0 all speak TLS.
// - `docker context create` writes meta.json as {"Name":..,"Metadata":{..},"Endpoints":{"docker":{"Host":..,
//   "SkipTLSVerify":..}}} under contexts/meta/<sha256 of the name>/.

namespace {

struct Case
{
    // Input. Paths may use the placeholders expanded by Sandbox::expand().
    QString host{};
    QString context{};
    bool tls = false;
    int tlsVerify = -1; // -1: not given, 0: --tlsverify=false, 1: --tlsverify
    QString tlsCaCert{};
    QString tlsCert{};
    QString tlsKey{};
    QString configDir{};
    QStringList env{};    // NAME=VALUE; HOME is always set to the sandbox home
    QString configJson{}; // written to ~/.docker/config.json when not empty

    // Expected outcome.
    bool ok = true;
    ErrorKind kind = ErrorKind::InvalidArgument;
    QStringList errorContains{};
    QString url{};
    QString source{};
    QString contextName{};
    bool tlsEnabled = false;
    bool tlsVerified = true;
    QString caFile{};
    QString certFile{};
    QString keyFile{};
    bool unverified = false;
};

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    return file.write(content) == content.size();
}

constexpr QByteArrayView PemPlaceholder("-----BEGIN CERTIFICATE-----\nnot a real one\n-----END CERTIFICATE-----\n");

// A temporary HOME with a docker context store laid out as the CLI writes it.
class Sandbox
{
public:
    bool isValid() const { return m_dir.isValid() && m_ok; }
    QString home() const { return m_dir.path() + QStringLiteral("/home"); }
    QString dockerDir() const { return home() + QStringLiteral("/.docker"); }
    QString altDir() const { return m_dir.path() + QStringLiteral("/alt"); }

    QString metaPath(const QString &configDir, const QString &name) const
    {
        return configDir + QStringLiteral("/contexts/meta/") + sha256Hex(name) + QStringLiteral("/meta.json");
    }
    QString tlsDir(const QString &configDir, const QString &name) const
    {
        return configDir + QStringLiteral("/contexts/tls/") + sha256Hex(name) + QStringLiteral("/docker");
    }

    void addContext(const QString &configDir, const QString &name, const QByteArray &metaJson)
    {
        m_ok = m_ok && writeFile(metaPath(configDir, name), metaJson);
    }
    void addContext(const QString &configDir, const QString &name, const QString &host, bool skipTlsVerify)
    {
        const QByteArray json = QByteArrayLiteral("{\"Name\":\"") + name.toUtf8() +
                                QByteArrayLiteral("\",\"Metadata\":{\"Description\":\"test context\"},"
                                                  "\"Endpoints\":{\"docker\":{\"Host\":\"") +
                                host.toUtf8() + QByteArrayLiteral("\",\"SkipTLSVerify\":") +
                                (skipTlsVerify ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) +
                                QByteArrayLiteral("}}}");
        addContext(configDir, name, json);
    }
    void addTlsFiles(const QString &configDir, const QString &name, const QStringList &files)
    {
        const QString dir = tlsDir(configDir, name);
        m_ok = m_ok && QDir().mkpath(dir);
        for (const QString &file : files) {
            m_ok = m_ok && writeFile(dir + QLatin1Char('/') + file, PemPlaceholder.toByteArray());
        }
    }
    void addFile(const QString &path, const QByteArray &content) { m_ok = m_ok && writeFile(path, content); }

    // The standard layout every resolver row runs against.
    void populate()
    {
        const QString docker = dockerDir();
        m_ok = m_ok && QDir().mkpath(docker);
        addContext(docker, QStringLiteral("prod"), QStringLiteral("tcp://prod.example.com:2376"), false);
        addTlsFiles(docker,
                    QStringLiteral("prod"),
                    {QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")});
        addContext(docker, QStringLiteral("plain"), QStringLiteral("tcp://10.0.0.5:2375"), false);
        addContext(docker, QStringLiteral("skip"), QStringLiteral("tcp://skip.example.com:2376"), true);
        addContext(docker, QStringLiteral("local"), QStringLiteral("unix:///run/local.sock"), false);
        addTlsFiles(docker, QStringLiteral("local"), {QStringLiteral("ca.pem")});
        addContext(docker, QStringLiteral("emptydir"), QStringLiteral("tcp://empty.example.com:2376"), false);
        addTlsFiles(docker, QStringLiteral("emptydir"), {});
        addContext(docker, QStringLiteral("halfpair"), QStringLiteral("tcp://half.example.com:2376"), false);
        addTlsFiles(docker, QStringLiteral("halfpair"), {QStringLiteral("ca.pem"), QStringLiteral("cert.pem")});
        addContext(docker, QStringLiteral("nohost"), QStringLiteral(""), false);
        addContext(docker, QStringLiteral("sshctx"), QStringLiteral("ssh://me@build.example.com"), false);
        addContext(docker, QStringLiteral("broken"), QByteArrayLiteral("{\"Name\":\"broken\",\"Endpoints\":{"));
        addContext(
            docker, QStringLiteral("noendpoint"), QByteArrayLiteral("{\"Name\":\"noendpoint\",\"Endpoints\":{}}"));
        addContext(docker,
                   QStringLiteral("badtype"),
                   QByteArrayLiteral("{\"Name\":\"badtype\",\"Endpoints\":{\"docker\":{\"Host\":42}}}"));
        // encoding/json matches keys case-insensitively, so hand-written files like this one work with the CLI.
        addContext(
            docker,
            QStringLiteral("lower"),
            QByteArrayLiteral("{\"name\":\"lower\",\"endpoints\":{\"docker\":{\"host\":\"tcp://lower.example.com:"
                              "2376\",\"skiptlsverify\":true}}}"));

        // A second config directory, for DOCKER_CONFIG and --config.
        addContext(altDir(), QStringLiteral("altctx"), QStringLiteral("tcp://alt.example.com:2376"), false);
        addFile(altDir() + QStringLiteral("/config.json"), QByteArrayLiteral("{\"currentContext\":\"altctx\"}"));

        // DOCKER_CERT_PATH candidates.
        for (const QString &file : {QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")}) {
            addFile(m_dir.path() + QStringLiteral("/certs/") + file, PemPlaceholder.toByteArray());
        }
        addFile(m_dir.path() + QStringLiteral("/certs-ca-only/ca.pem"), PemPlaceholder.toByteArray());
        addFile(m_dir.path() + QStringLiteral("/certs-half/ca.pem"), PemPlaceholder.toByteArray());
        addFile(m_dir.path() + QStringLiteral("/certs-half/cert.pem"), PemPlaceholder.toByteArray());
    }

    // @HOME@, @DOCKER@ (~/.docker), @ALT@, @ROOT@ (the sandbox), @CTXTLS:name@ and @META:name@ (in ~/.docker).
    QString expand(const QString &text) const
    {
        QString result = text;
        result.replace(QStringLiteral("@HOME@"), home());
        result.replace(QStringLiteral("@DOCKER@"), dockerDir());
        result.replace(QStringLiteral("@ALT@"), altDir());
        result.replace(QStringLiteral("@ROOT@"), m_dir.path());
        static const QRegularExpression perContext(QStringLiteral("@(CTXTLS|META):([a-z]+)@"));
        QRegularExpressionMatch match = perContext.match(result);
        while (match.hasMatch()) {
            const QString name = match.captured(2);
            const QString path =
                match.captured(1) == QLatin1String("CTXTLS") ? tlsDir(dockerDir(), name) : metaPath(dockerDir(), name);
            result.replace(match.capturedStart(), match.capturedLength(), path);
            match = perContext.match(result);
        }
        return result;
    }

    QProcessEnvironment environment(const QStringList &variables) const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), home());
        for (const QString &variable : variables) {
            const qsizetype equals = variable.indexOf(QLatin1Char('='));
            environment.insert(variable.left(equals), expand(variable.mid(equals + 1)));
        }
        return environment;
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = true;
};

} // namespace

Q_DECLARE_METATYPE(Case)
Q_DECLARE_METATYPE(hullcheck::core::Endpoint)

class TestEndpointResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolves_data();
    void resolves();
    void parsesHost_data();
    void parsesHost();
    void hidesPasswordsInErrors();
    void configDirFallsBackToHomePath();
    void hashesContextNames_data();
    void hashesContextNames();
    void readsContextStore();
    void readsCurrentContext_data();
    void readsCurrentContext();
    void endpointJsonRoundTrip_data();
    void endpointJsonRoundTrip();
    void endpointJsonHoldsOnlyPaths();
    void classifiesEndpoints_data();
    void classifiesEndpoints();

private:
    // One store layout shared by the resolves() rows; each row brings its own config.json and environment.
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestEndpointResolver::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox>();
    m_sandbox->populate();
    QVERIFY(m_sandbox->isValid());
}

void TestEndpointResolver::resolves_data()
{
    QTest::addColumn<Case>("row");
    const QString defaultSocket = QStringLiteral("unix:///var/run/docker.sock");
    const QString configPlain = QStringLiteral(R"({"auths":{},"currentContext":"plain"})");

    // Precedence: --host > --context (conflict) > DOCKER_HOST > DOCKER_CONTEXT > config.json > default.
    QTest::newRow("default socket") << Case{.url = defaultSocket, .source = QStringLiteral("default")};
    QTest::newRow("--host beats DOCKER_HOST, DOCKER_CONTEXT and config.json") << Case{
        .host = QStringLiteral("tcp://one.example.com:2375"),
        .env = {QStringLiteral("DOCKER_HOST=tcp://two.example.com:2375"), QStringLiteral("DOCKER_CONTEXT=prod")},
        .configJson = configPlain,
        .url = QStringLiteral("tcp://one.example.com:2375"),
        .source = QStringLiteral("--host"),
        .unverified = true};
    QTest::newRow("--context beats DOCKER_HOST")
        << Case{.context = QStringLiteral("prod"),
                .env = {QStringLiteral("DOCKER_HOST=tcp://two.example.com:2375")},
                .url = QStringLiteral("tcp://prod.example.com:2376"),
                .source = QStringLiteral("context \"prod\""),
                .contextName = QStringLiteral("prod"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@CTXTLS:prod@/ca.pem"),
                .certFile = QStringLiteral("@CTXTLS:prod@/cert.pem"),
                .keyFile = QStringLiteral("@CTXTLS:prod@/key.pem")};
    QTest::newRow("DOCKER_HOST beats DOCKER_CONTEXT") << Case{
        .env = {QStringLiteral("DOCKER_HOST=tcp://two.example.com:2375"), QStringLiteral("DOCKER_CONTEXT=prod")},
        .url = QStringLiteral("tcp://two.example.com:2375"),
        .source = QStringLiteral("DOCKER_HOST"),
        .unverified = true};
    QTest::newRow("DOCKER_CONTEXT beats config.json")
        << Case{.env = {QStringLiteral("DOCKER_CONTEXT=prod")},
                .configJson = configPlain,
                .url = QStringLiteral("tcp://prod.example.com:2376"),
                .source = QStringLiteral("context \"prod\" (DOCKER_CONTEXT)"),
                .contextName = QStringLiteral("prod"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@CTXTLS:prod@/ca.pem"),
                .certFile = QStringLiteral("@CTXTLS:prod@/cert.pem"),
                .keyFile = QStringLiteral("@CTXTLS:prod@/key.pem")};
    QTest::newRow("config.json beats the default") << Case{.configJson = configPlain,
                                                           .url = QStringLiteral("tcp://10.0.0.5:2375"),
                                                           .source = QStringLiteral("context \"plain\" (config.json)"),
                                                           .contextName = QStringLiteral("plain"),
                                                           .unverified = true};
    QTest::newRow("config.json without currentContext") << Case{
        .configJson = QStringLiteral(R"({"auths":{}})"), .url = defaultSocket, .source = QStringLiteral("default")};
    QTest::newRow("empty DOCKER_HOST and DOCKER_CONTEXT are unset")
        << Case{.env = {QStringLiteral("DOCKER_HOST="), QStringLiteral("DOCKER_CONTEXT=")},
                .configJson = configPlain,
                .url = QStringLiteral("tcp://10.0.0.5:2375"),
                .source = QStringLiteral("context \"plain\" (config.json)"),
                .contextName = QStringLiteral("plain"),
                .unverified = true};
    QTest::newRow("--host and --context conflict") << Case{.host = QStringLiteral("tcp://one.example.com:2375"),
                                                           .context = QStringLiteral("prod"),
                                                           .ok = false,
                                                           .errorContains = {QStringLiteral("conflicting options")}};

    // Config directory.
    QTest::newRow("DOCKER_CONFIG honoured") << Case{.env = {QStringLiteral("DOCKER_CONFIG=@ALT@")},
                                                    .configJson = configPlain,
                                                    .url = QStringLiteral("tcp://alt.example.com:2376"),
                                                    .source = QStringLiteral("context \"altctx\" (config.json)"),
                                                    .contextName = QStringLiteral("altctx"),
                                                    .unverified = true};
    QTest::newRow("--config honoured and beats DOCKER_CONFIG")
        << Case{.configDir = QStringLiteral("@ALT@"),
                .env = {QStringLiteral("DOCKER_CONFIG=@ROOT@/nowhere")},
                .url = QStringLiteral("tcp://alt.example.com:2376"),
                .source = QStringLiteral("context \"altctx\" (config.json)"),
                .contextName = QStringLiteral("altctx"),
                .unverified = true};
    QTest::newRow("--config hides contexts of ~/.docker")
        << Case{.context = QStringLiteral("prod"),
                .configDir = QStringLiteral("@ALT@"),
                .ok = false,
                .errorContains = {QStringLiteral("prod"), QStringLiteral("@ALT@/contexts")}};

    // The default context.
    QTest::newRow("--context default") << Case{.context = QStringLiteral("default"),
                                               .url = defaultSocket,
                                               .source = QStringLiteral("context \"default\""),
                                               .contextName = QStringLiteral("default")};
    QTest::newRow("--context default takes DOCKER_HOST")
        << Case{.context = QStringLiteral("default"),
                .env = {QStringLiteral("DOCKER_HOST=tcp://two.example.com:2375")},
                .url = QStringLiteral("tcp://two.example.com:2375"),
                .source = QStringLiteral("context \"default\""),
                .contextName = QStringLiteral("default"),
                .unverified = true};
    QTest::newRow("DOCKER_CONTEXT default with TLS from the environment")
        << Case{.env = {QStringLiteral("DOCKER_CONTEXT=default"),
                        QStringLiteral("DOCKER_TLS_VERIFY=1"),
                        QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs")},
                .url = QStringLiteral("tcp://localhost:2376"),
                .source = QStringLiteral("context \"default\" (DOCKER_CONTEXT)"),
                .contextName = QStringLiteral("default"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@ROOT@/certs/ca.pem"),
                .certFile = QStringLiteral("@ROOT@/certs/cert.pem"),
                .keyFile = QStringLiteral("@ROOT@/certs/key.pem")};
    QTest::newRow("config.json currentContext default")
        << Case{.configJson = QStringLiteral(R"({"currentContext":"default"})"),
                .url = defaultSocket,
                .source = QStringLiteral("context \"default\" (config.json)"),
                .contextName = QStringLiteral("default")};

    // Unknown and broken contexts.
    QTest::newRow("unknown --context") << Case{
        .context = QStringLiteral("nope"),
        .ok = false,
        .errorContains = {QStringLiteral("\"nope\""), QStringLiteral("@DOCKER@/contexts")}};
    QTest::newRow("unknown context in config.json")
        << Case{.configJson = QStringLiteral(R"({"currentContext":"gone"})"),
                .ok = false,
                .errorContains = {QStringLiteral("\"gone\"")}};
    QTest::newRow("malformed meta.json") << Case{.context = QStringLiteral("broken"),
                                                 .ok = false,
                                                 .kind = ErrorKind::Parse,
                                                 .errorContains = {QStringLiteral("@META:broken@")}};
    QTest::newRow("meta.json with a wrong type")
        << Case{.context = QStringLiteral("badtype"),
                .ok = false,
                .kind = ErrorKind::Parse,
                .errorContains = {QStringLiteral("@META:badtype@"), QStringLiteral("Host")}};
    QTest::newRow("context without a docker endpoint")
        << Case{.context = QStringLiteral("noendpoint"),
                .ok = false,
                .errorContains = {QStringLiteral("\"noendpoint\""), QStringLiteral("docker endpoint")}};
    QTest::newRow("malformed config.json") << Case{.configJson = QStringLiteral("{\"currentContext\": "),
                                                   .ok = false,
                                                   .kind = ErrorKind::Parse,
                                                   .errorContains = {QStringLiteral("@DOCKER@/config.json")}};
    QTest::newRow("config.json currentContext not a string")
        << Case{.configJson = QStringLiteral(R"({"currentContext": ["prod"]})"),
                .ok = false,
                .kind = ErrorKind::Parse,
                .errorContains = {QStringLiteral("@DOCKER@/config.json"), QStringLiteral("currentContext")}};
    QTest::newRow("malformed config.json is not read when DOCKER_HOST decides")
        << Case{.env = {QStringLiteral("DOCKER_HOST=unix:///tmp/d.sock")},
                .configJson = QStringLiteral("{"),
                .url = QStringLiteral("unix:///tmp/d.sock"),
                .source = QStringLiteral("DOCKER_HOST")};

    // Host forms through the resolver.
    QTest::newRow("tcp default port without TLS") << Case{.env = {QStringLiteral("DOCKER_HOST=tcp://example.com")},
                                                          .url = QStringLiteral("tcp://example.com:2375"),
                                                          .source = QStringLiteral("DOCKER_HOST"),
                                                          .unverified = true};
    QTest::newRow("tcp default port stays 2375 with TLS, as in the CLI") << Case{
        .tlsVerify = 1,
        .env = {QStringLiteral("DOCKER_HOST=tcp://example.com"), QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs")},
        .url = QStringLiteral("tcp://example.com:2375"),
        .source = QStringLiteral("DOCKER_HOST"),
        .tlsEnabled = true,
        .caFile = QStringLiteral("@ROOT@/certs/ca.pem"),
        .certFile = QStringLiteral("@ROOT@/certs/cert.pem"),
        .keyFile = QStringLiteral("@ROOT@/certs/key.pem")};
    QTest::newRow("TLS without a host goes to localhost:2376") << Case{.tls = true,
                                                                       .url = QStringLiteral("tcp://localhost:2376"),
                                                                       .source = QStringLiteral("default"),
                                                                       .tlsEnabled = true,
                                                                       .tlsVerified = false,
                                                                       .caFile = QStringLiteral("@DOCKER@/ca.pem"),
                                                                       .unverified = true};
    QTest::newRow("ssh unsupported") << Case{.host = QStringLiteral("ssh://me@build.example.com"),
                                             .ok = false,
                                             .kind = ErrorKind::Unsupported,
                                             .errorContains = {QStringLiteral("ssh://")}};
    QTest::newRow("ssh in a context unsupported")
        << Case{.context = QStringLiteral("sshctx"),
                .ok = false,
                .kind = ErrorKind::Unsupported,
                .errorContains = {QStringLiteral("sshctx"), QStringLiteral("ssh://")}};
    QTest::newRow("fd invalid") << Case{
        .env = {QStringLiteral("DOCKER_HOST=fd://")}, .ok = false, .errorContains = {QStringLiteral("fd://")}};
    QTest::newRow("IPv6") << Case{.host = QStringLiteral("tcp://[::1]:2376"),
                                  .url = QStringLiteral("tcp://[::1]:2376"),
                                  .source = QStringLiteral("--host"),
                                  .unverified = true};

    // TLS from flags and environment.
    QTest::newRow("DOCKER_TLS_VERIFY with DOCKER_CERT_PATH")
        << Case{.env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376"),
                        QStringLiteral("DOCKER_TLS_VERIFY=1"),
                        QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("DOCKER_HOST"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@ROOT@/certs/ca.pem"),
                .certFile = QStringLiteral("@ROOT@/certs/cert.pem"),
                .keyFile = QStringLiteral("@ROOT@/certs/key.pem")};
    QTest::newRow("DOCKER_TLS_VERIFY=0 still enables verified TLS (non-empty)")
        << Case{.env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376"),
                        QStringLiteral("DOCKER_TLS_VERIFY=0"),
                        QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs-ca-only")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("DOCKER_HOST"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@ROOT@/certs-ca-only/ca.pem")};
    QTest::newRow("default cert path is ~/.docker; missing defaults dropped except the CA")
        << Case{.tlsVerify = 1,
                .env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("DOCKER_HOST"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@DOCKER@/ca.pem")};
    QTest::newRow("--config does not move the default cert path")
        << Case{.tlsVerify = 1,
                .configDir = QStringLiteral("@ALT@"),
                .env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("DOCKER_HOST"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@DOCKER@/ca.pem")};
    QTest::newRow("DOCKER_CONFIG moves the default cert path") << Case{
        .tlsVerify = 1,
        .env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376"), QStringLiteral("DOCKER_CONFIG=@ALT@")},
        .url = QStringLiteral("tcp://secure.example.com:2376"),
        .source = QStringLiteral("DOCKER_HOST"),
        .tlsEnabled = true,
        .caFile = QStringLiteral("@ALT@/ca.pem")};
    QTest::newRow("--tls without verify is recorded as unverified")
        << Case{.host = QStringLiteral("tcp://secure.example.com:2376"),
                .tls = true,
                .env = {QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("--host"),
                .tlsEnabled = true,
                .tlsVerified = false,
                .caFile = QStringLiteral("@ROOT@/certs/ca.pem"),
                .certFile = QStringLiteral("@ROOT@/certs/cert.pem"),
                .keyFile = QStringLiteral("@ROOT@/certs/key.pem"),
                .unverified = true};
    QTest::newRow("DOCKER_TLS enables unverified TLS")
        << Case{.env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376"),
                        QStringLiteral("DOCKER_TLS=1"),
                        QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs-ca-only")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("DOCKER_HOST"),
                .tlsEnabled = true,
                .tlsVerified = false,
                .caFile = QStringLiteral("@ROOT@/certs-ca-only/ca.pem"),
                .unverified = true};
    QTest::newRow("--tlsverify=false beats DOCKER_TLS_VERIFY but keeps TLS on")
        << Case{.tlsVerify = 0,
                .env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376"),
                        QStringLiteral("DOCKER_TLS_VERIFY=1"),
                        QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs-ca-only")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("DOCKER_HOST"),
                .tlsEnabled = true,
                .tlsVerified = false,
                .caFile = QStringLiteral("@ROOT@/certs-ca-only/ca.pem"),
                .unverified = true};
    QTest::newRow("explicit --tlscacert beats DOCKER_CERT_PATH, kept even when missing")
        << Case{.tlsVerify = 1,
                .tlsCaCert = QStringLiteral("@ROOT@/elsewhere/ca.pem"),
                .env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376"),
                        QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("DOCKER_HOST"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@ROOT@/elsewhere/ca.pem"),
                .certFile = QStringLiteral("@ROOT@/certs/cert.pem"),
                .keyFile = QStringLiteral("@ROOT@/certs/key.pem")};
    QTest::newRow("explicit --tlscert and --tlskey kept even when missing")
        << Case{.tlsVerify = 1,
                .tlsCert = QStringLiteral("@ROOT@/elsewhere/cert.pem"),
                .tlsKey = QStringLiteral("@ROOT@/elsewhere/key.pem"),
                .env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376"),
                        QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs-ca-only")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("DOCKER_HOST"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@ROOT@/certs-ca-only/ca.pem"),
                .certFile = QStringLiteral("@ROOT@/elsewhere/cert.pem"),
                .keyFile = QStringLiteral("@ROOT@/elsewhere/key.pem")};
    QTest::newRow("default cert.pem without key.pem is ignored")
        << Case{.tlsVerify = 1,
                .env = {QStringLiteral("DOCKER_HOST=tcp://secure.example.com:2376"),
                        QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs-half")},
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("DOCKER_HOST"),
                .tlsEnabled = true,
                .caFile = QStringLiteral("@ROOT@/certs-half/ca.pem")};
    QTest::newRow("--tlscacert alone does not enable TLS")
        << Case{.host = QStringLiteral("tcp://secure.example.com:2376"),
                .tlsCaCert = QStringLiteral("@ROOT@/certs/ca.pem"),
                .url = QStringLiteral("tcp://secure.example.com:2376"),
                .source = QStringLiteral("--host"),
                .unverified = true};
    QTest::newRow("TLS flags ignored for a unix host") << Case{.host = QStringLiteral("unix:///tmp/d.sock"),
                                                               .tlsVerify = 1,
                                                               .env = {QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs")},
                                                               .url = QStringLiteral("unix:///tmp/d.sock"),
                                                               .source = QStringLiteral("--host")};

    // TLS of contexts.
    QTest::newRow("context with TLS material") << Case{.context = QStringLiteral("prod"),
                                                       .url = QStringLiteral("tcp://prod.example.com:2376"),
                                                       .source = QStringLiteral("context \"prod\""),
                                                       .contextName = QStringLiteral("prod"),
                                                       .tlsEnabled = true,
                                                       .caFile = QStringLiteral("@CTXTLS:prod@/ca.pem"),
                                                       .certFile = QStringLiteral("@CTXTLS:prod@/cert.pem"),
                                                       .keyFile = QStringLiteral("@CTXTLS:prod@/key.pem")};
    QTest::newRow("context with SkipTLSVerify") << Case{.context = QStringLiteral("skip"),
                                                        .url = QStringLiteral("tcp://skip.example.com:2376"),
                                                        .source = QStringLiteral("context \"skip\""),
                                                        .contextName = QStringLiteral("skip"),
                                                        .tlsEnabled = true,
                                                        .tlsVerified = false,
                                                        .unverified = true};
    QTest::newRow("context without TLS ignores TLS flags and environment")
        << Case{.context = QStringLiteral("plain"),
                .tlsVerify = 1,
                .env = {QStringLiteral("DOCKER_TLS_VERIFY=1"), QStringLiteral("DOCKER_CERT_PATH=@ROOT@/certs")},
                .url = QStringLiteral("tcp://10.0.0.5:2375"),
                .source = QStringLiteral("context \"plain\""),
                .contextName = QStringLiteral("plain"),
                .unverified = true};
    QTest::newRow("context with an empty TLS directory uses TLS")
        << Case{.context = QStringLiteral("emptydir"),
                .url = QStringLiteral("tcp://empty.example.com:2376"),
                .source = QStringLiteral("context \"emptydir\""),
                .contextName = QStringLiteral("emptydir"),
                .tlsEnabled = true};
    QTest::newRow("context with cert.pem but no key.pem") << Case{.context = QStringLiteral("halfpair"),
                                                                  .url = QStringLiteral("tcp://half.example.com:2376"),
                                                                  .source = QStringLiteral("context \"halfpair\""),
                                                                  .contextName = QStringLiteral("halfpair"),
                                                                  .tlsEnabled = true,
                                                                  .caFile = QStringLiteral("@CTXTLS:halfpair@/ca.pem")};
    QTest::newRow("unix context ignores its TLS files") << Case{.context = QStringLiteral("local"),
                                                                .url = QStringLiteral("unix:///run/local.sock"),
                                                                .source = QStringLiteral("context \"local\""),
                                                                .contextName = QStringLiteral("local")};
    QTest::newRow("context without a host uses the default socket")
        << Case{.context = QStringLiteral("nohost"),
                .url = defaultSocket,
                .source = QStringLiteral("context \"nohost\""),
                .contextName = QStringLiteral("nohost")};
    QTest::newRow("meta.json keys match case-insensitively")
        << Case{.context = QStringLiteral("lower"),
                .url = QStringLiteral("tcp://lower.example.com:2376"),
                .source = QStringLiteral("context \"lower\""),
                .contextName = QStringLiteral("lower"),
                .tlsEnabled = true,
                .tlsVerified = false,
                .unverified = true};
}

void TestEndpointResolver::resolves()
{
    QFETCH(Case, row);
    const Sandbox &sandbox = *m_sandbox;
    const QString configPath = sandbox.dockerDir() + QStringLiteral("/config.json");
    const auto removeConfig = qScopeGuard([&configPath] {
        QFile::remove(configPath);
    });
    if (!row.configJson.isEmpty()) {
        QVERIFY(writeFile(configPath, row.configJson.toUtf8()));
    }

    ConnectionOptions options;
    options.host = sandbox.expand(row.host);
    options.context = row.context;
    options.tls = row.tls;
    if (row.tlsVerify >= 0) {
        options.tlsVerify = row.tlsVerify == 1;
    }
    options.tlsCaCert = sandbox.expand(row.tlsCaCert);
    options.tlsCert = sandbox.expand(row.tlsCert);
    options.tlsKey = sandbox.expand(row.tlsKey);
    options.configDir = sandbox.expand(row.configDir);

    const EndpointResolver resolver(sandbox.environment(row.env));
    const Result<Endpoint> result = resolver.resolve(options);

    if (!row.ok) {
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value().url() : QString()));
        QCOMPARE(errorKindName(result.error().kind), errorKindName(row.kind));
        for (const QString &part : std::as_const(row.errorContains)) {
            const QString expected = sandbox.expand(part);
            QVERIFY2(result.error().message.contains(expected),
                     qPrintable(result.error().message + QStringLiteral(" lacks ") + expected));
        }
        return;
    }

    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Endpoint &endpoint = result.value();
    QCOMPARE(endpoint.url(), row.url);
    QCOMPARE(endpoint.source, row.source);
    QCOMPARE(endpoint.contextName, row.contextName);
    QCOMPARE(endpoint.tls.enabled, row.tlsEnabled);
    QCOMPARE(endpoint.tls.verify, row.tlsVerified);
    QCOMPARE(endpoint.tls.caFile, sandbox.expand(row.caFile));
    QCOMPARE(endpoint.tls.certFile, sandbox.expand(row.certFile));
    QCOMPARE(endpoint.tls.keyFile, sandbox.expand(row.keyFile));
    QCOMPARE(endpoint.isUnverified(), row.unverified);
}

void TestEndpointResolver::parsesHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("url");

    const QString invalid = errorKindName(ErrorKind::InvalidArgument);
    const QString unsupported = errorKindName(ErrorKind::Unsupported);
    QTest::newRow("empty") << QString() << true << QString() << QStringLiteral("unix:///var/run/docker.sock");
    QTest::newRow("unix:// alone") << QStringLiteral("unix://") << true << QString()
                                   << QStringLiteral("unix:///var/run/docker.sock");
    QTest::newRow("unix path") << QStringLiteral("unix:///tmp/d.sock") << true << QString()
                               << QStringLiteral("unix:///tmp/d.sock");
    QTest::newRow("unix nested scheme") << QStringLiteral("unix://a://b") << false << invalid << QString();
    QTest::newRow("tcp no port") << QStringLiteral("tcp://example.com") << true << QString()
                                 << QStringLiteral("tcp://example.com:2375");
    QTest::newRow("tcp empty colon port")
        << QStringLiteral("tcp://example.com:") << true << QString() << QStringLiteral("tcp://example.com:2375");
    QTest::newRow("tcp:// alone") << QStringLiteral("tcp://") << true << QString()
                                  << QStringLiteral("tcp://localhost:2375");
    QTest::newRow("tcp no host") << QStringLiteral("tcp://:2375") << true << QString()
                                 << QStringLiteral("tcp://localhost:2375");
    QTest::newRow("no scheme") << QStringLiteral("example.com:1234") << true << QString()
                               << QStringLiteral("tcp://example.com:1234");
    QTest::newRow("spaces trimmed") << QStringLiteral(" tcp://example.com:1 ") << true << QString()
                                    << QStringLiteral("tcp://example.com:1");
    QTest::newRow("IPv6 with port") << QStringLiteral("tcp://[::1]:2376") << true << QString()
                                    << QStringLiteral("tcp://[::1]:2376");
    QTest::newRow("IPv6 trailing colon") << QStringLiteral("tcp://[::1]:") << true << QString()
                                         << QStringLiteral("tcp://[::1]:2375");
    QTest::newRow("IPv6 brackets without port") << QStringLiteral("tcp://[::1]") << false << invalid << QString();
    QTest::newRow("IPv6 without brackets")
        << QStringLiteral("tcp://::1") << true << QString() << QStringLiteral("tcp://[::1]:2375");
    QTest::newRow("IPv6 without brackets, hex tail")
        << QStringLiteral("tcp://fe80::a") << false << invalid << QString();
    QTest::newRow("user dropped") << QStringLiteral("tcp://me@example.com:1") << true << QString()
                                  << QStringLiteral("tcp://example.com:1");
    QTest::newRow("query dropped") << QStringLiteral("tcp://example.com:2375?x=1") << true << QString()
                                   << QStringLiteral("tcp://example.com:2375");
    QTest::newRow("trailing slash") << QStringLiteral("tcp://example.com:2375/") << true << QString()
                                    << QStringLiteral("tcp://example.com:2375");
    QTest::newRow("trailing path") << QStringLiteral("tcp://example.com:2375/v1") << false << invalid << QString();
    QTest::newRow("letters in port") << QStringLiteral("tcp://example.com:abc") << false << invalid << QString();
    QTest::newRow("port out of range") << QStringLiteral("tcp://example.com:99999") << false << invalid << QString();
    QTest::newRow("port zero") << QStringLiteral("tcp://example.com:0") << false << invalid << QString();
    QTest::newRow("space in host") << QStringLiteral("tcp://exa mple.com:1") << false << invalid << QString();
    QTest::newRow("scheme is case-sensitive") << QStringLiteral("TCP://example.com:1") << false << invalid << QString();
    QTest::newRow("http") << QStringLiteral("http://example.com") << false << invalid << QString();
    QTest::newRow("fd") << QStringLiteral("fd://") << false << invalid << QString();
    QTest::newRow("ssh") << QStringLiteral("ssh://me@example.com") << false << unsupported << QString();
    QTest::newRow("npipe") << QStringLiteral("npipe:////./pipe/docker_engine") << false << unsupported << QString();
}

void TestEndpointResolver::parsesHost()
{
    QFETCH(QString, host);
    QFETCH(bool, ok);
    QFETCH(QString, kind);
    QFETCH(QString, url);

    const Result<Endpoint> result = EndpointResolver::parseHost(host);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result.value().url(), url);
    } else {
        QCOMPARE(errorKindName(result.error().kind), kind);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestEndpointResolver::hidesPasswordsInErrors()
{
    const Result<Endpoint> result = EndpointResolver::parseHost(QStringLiteral("tcp://me:s3cret@example.com:abc"));
    QVERIFY(!result.ok());
    QVERIFY2(!result.error().message.contains(QStringLiteral("s3cret")), qPrintable(result.error().message));
    QVERIFY2(!result.error().detail.contains(QStringLiteral("s3cret")), qPrintable(result.error().detail));
    QVERIFY(result.error().message.contains(QStringLiteral("example.com")));
}

void TestEndpointResolver::configDirFallsBackToHomePath()
{
    QProcessEnvironment environment;
    const EndpointResolver resolver(environment);
    QCOMPARE(resolver.configDir({}), QDir::homePath() + QStringLiteral("/.docker"));

    environment.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent/home/"));
    QCOMPARE(EndpointResolver(environment).configDir({}), QStringLiteral("/nonexistent/home/.docker"));
}

void TestEndpointResolver::hashesContextNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hash");
    // printf NAME | sha256sum
    QTest::newRow("prod") << QStringLiteral("prod")
                          << QStringLiteral("6754af9632a2745e85c293e5aac0863370d9bd3330b9938c00cadfd215227d77");
    QTest::newRow("default") << QStringLiteral("default")
                             << QStringLiteral("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f");
    // The directory `docker context create plain` made.
    QTest::newRow("plain") << QStringLiteral("plain")
                           << QStringLiteral("a116c9ed46d6207734a43317d30fd88f52ac8634c37d904bbf4e41d865f90475");
}

void TestEndpointResolver::hashesContextNames()
{
    QFETCH(QString, name);
    QFETCH(QString, hash);
    QCOMPARE(ContextStore::directoryNameFor(name), hash);
}

void TestEndpointResolver::readsContextStore()
{
    Sandbox sandbox;
    sandbox.populate();
    QVERIFY(sandbox.isValid());
    const ContextStore store(sandbox.dockerDir());

    const Result<DockerContext> prod = store.context(QStringLiteral("prod"));
    QVERIFY(prod.ok());
    QCOMPARE(prod.value().name, QStringLiteral("prod"));
    QCOMPARE(prod.value().description, QStringLiteral("test context"));
    QCOMPARE(prod.value().host, QStringLiteral("tcp://prod.example.com:2376"));
    QCOMPARE(prod.value().skipTlsVerify, false);
    QVERIFY(prod.value().hasTlsData);
    QCOMPARE(prod.value().keyFile, sandbox.expand(QStringLiteral("@CTXTLS:prod@/key.pem")));

    const Result<DockerContext> plain = store.context(QStringLiteral("plain"));
    QVERIFY(plain.ok());
    QVERIFY(!plain.value().hasTlsData);
    QVERIFY(plain.value().caFile.isEmpty());

    QCOMPARE(errorKindName(store.context(QStringLiteral("default")).error().kind),
             errorKindName(ErrorKind::InvalidArgument));

    // Broken, typed-wrong and endpoint-less entries are skipped; the rest is sorted by name.
    const Result<QList<DockerContext>> all = store.contexts();
    QVERIFY(all.ok());
    QStringList names;
    for (const DockerContext &context : all.value()) {
        names.append(context.name);
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("emptydir"),
                          QStringLiteral("halfpair"),
                          QStringLiteral("local"),
                          QStringLiteral("lower"),
                          QStringLiteral("nohost"),
                          QStringLiteral("plain"),
                          QStringLiteral("prod"),
                          QStringLiteral("skip"),
                          QStringLiteral("sshctx")}));

    // A directory without a store is empty, not an error.
    const Result<QList<DockerContext>> none = ContextStore(sandbox.home() + QStringLiteral("/missing")).contexts();
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());
}

void TestEndpointResolver::readsCurrentContext_data()
{
    QTest::addColumn<QByteArray>("configJson"); // null: no config.json
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("current");
    QTest::newRow("no config.json") << QByteArray() << true << QString();
    QTest::newRow("empty object") << QByteArrayLiteral("{}") << true << QString();
    QTest::newRow("empty file") << QByteArrayLiteral("\n") << true << QString();
    QTest::newRow("set") << QByteArrayLiteral(R"({"currentContext":"prod"})") << true << QStringLiteral("prod");
    QTest::newRow("key case") << QByteArrayLiteral(R"({"CurrentContext":"prod"})") << true << QStringLiteral("prod");
    QTest::newRow("null") << QByteArrayLiteral(R"({"currentContext":null})") << true << QString();
    QTest::newRow("truncated") << QByteArrayLiteral(R"({"currentContext":"pr)") << false << QString();
    QTest::newRow("array") << QByteArrayLiteral("[]") << false << QString();
}

void TestEndpointResolver::readsCurrentContext()
{
    QFETCH(QByteArray, configJson);
    QFETCH(bool, ok);
    QFETCH(QString, current);

    Sandbox sandbox;
    const QString configPath = sandbox.dockerDir() + QStringLiteral("/config.json");
    if (!configJson.isNull()) {
        sandbox.addFile(configPath, configJson);
    }
    QVERIFY(sandbox.isValid());

    const Result<QString> result = ContextStore(sandbox.dockerDir()).currentContext();
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result.value(), current);
    } else {
        QCOMPARE(errorKindName(result.error().kind), errorKindName(ErrorKind::Parse));
        QVERIFY2(result.error().message.contains(configPath), qPrintable(result.error().message));
    }
}

void TestEndpointResolver::endpointJsonRoundTrip_data()
{
    QTest::addColumn<Endpoint>("endpoint");

    Endpoint unixEndpoint;
    unixEndpoint.socketPath = QStringLiteral("/run/user/1000/docker.sock");
    unixEndpoint.source = QStringLiteral("DOCKER_HOST");
    QTest::newRow("unix") << unixEndpoint;

    Endpoint tls;
    tls.transport = Endpoint::Transport::Tcp;
    tls.hostName = QStringLiteral("prod.example.com");
    tls.port = 2376;
    tls.tls = TlsSettings{
        true, true, QStringLiteral("/c/ca.pem"), QStringLiteral("/c/cert.pem"), QStringLiteral("/c/key.pem")};
    tls.source = QStringLiteral("context \"prod\"");
    tls.contextName = QStringLiteral("prod");
    QTest::newRow("tcp TLS") << tls;

    Endpoint unverified = tls;
    unverified.hostName = QStringLiteral("::1");
    unverified.tls.verify = false;
    unverified.tls.certFile.clear();
    unverified.tls.keyFile.clear();
    QTest::newRow("tcp TLS unverified IPv6") << unverified;
}

void TestEndpointResolver::endpointJsonRoundTrip()
{
    QFETCH(Endpoint, endpoint);
    const QJsonObject json = endpoint.toJson();
    QCOMPARE(json.value(QStringLiteral("url")).toString(), endpoint.url());

    const Endpoint back = Endpoint::fromJson(json);
    QCOMPARE(back.transport, endpoint.transport);
    QCOMPARE(back.socketPath, endpoint.socketPath);
    QCOMPARE(back.hostName, endpoint.hostName);
    QCOMPARE(back.port, endpoint.port);
    QCOMPARE(back.tls.enabled, endpoint.tls.enabled);
    QCOMPARE(back.tls.verify, endpoint.tls.verify);
    QCOMPARE(back.tls.caFile, endpoint.tls.caFile);
    QCOMPARE(back.tls.certFile, endpoint.tls.certFile);
    QCOMPARE(back.tls.keyFile, endpoint.tls.keyFile);
    QCOMPARE(back.source, endpoint.source);
    QCOMPARE(back.contextName, endpoint.contextName);
    QCOMPARE(back.url(), endpoint.url());
    QCOMPARE(back.toJson(), json);
}

void TestEndpointResolver::endpointJsonHoldsOnlyPaths()
{
    Endpoint endpoint;
    endpoint.transport = Endpoint::Transport::Tcp;
    endpoint.hostName = QStringLiteral("h");
    endpoint.port = 2376;
    endpoint.tls.enabled = true;
    endpoint.tls.keyFile = QStringLiteral("/c/key.pem");
    const QJsonObject json = endpoint.toJson();

    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({QStringLiteral("context"),
                          QStringLiteral("host"),
                          QStringLiteral("port"),
                          QStringLiteral("socket_path"),
                          QStringLiteral("source"),
                          QStringLiteral("tls"),
                          QStringLiteral("transport"),
                          QStringLiteral("url")}));
    QCOMPARE(json.value(QStringLiteral("transport")).toString(), QStringLiteral("tcp"));
    const QJsonObject tls = json.value(QStringLiteral("tls")).toObject();
    QStringList tlsKeys = tls.keys();
    tlsKeys.sort();
    QCOMPARE(tlsKeys,
             QStringList({QStringLiteral("ca_file"),
                          QStringLiteral("cert_file"),
                          QStringLiteral("enabled"),
                          QStringLiteral("key_file"),
                          QStringLiteral("verify")}));
    QCOMPARE(tls.value(QStringLiteral("key_file")).toString(), QStringLiteral("/c/key.pem"));
}

void TestEndpointResolver::classifiesEndpoints_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("tls"); // 0: off, 1: verified, 2: not verified
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("unverified");
    QTest::addColumn<QString>("description");

    QTest::newRow("unix") << QStringLiteral("unix:///var/run/docker.sock") << 0 << true << false
                          << QStringLiteral("unix:///var/run/docker.sock");
    QTest::newRow("localhost") << QStringLiteral("tcp://localhost:2375") << 0 << true << true
                               << QStringLiteral("tcp://localhost:2375 (plain TCP, unencrypted)");
    QTest::newRow("LOCALHOST.") << QStringLiteral("tcp://LOCALHOST.:2375") << 0 << true << true
                                << QStringLiteral("tcp://LOCALHOST.:2375 (plain TCP, unencrypted)");
    QTest::newRow("127.0.0.1") << QStringLiteral("tcp://127.0.0.1:2376") << 1 << true << false
                               << QStringLiteral("tcp://127.0.0.1:2376 (TLS, verified)");
    QTest::newRow("127.8.9.10") << QStringLiteral("tcp://127.8.9.10:2376") << 2 << true << true
                                << QStringLiteral("tcp://127.8.9.10:2376 (TLS, NOT verified)");
    QTest::newRow("::1") << QStringLiteral("tcp://[::1]:2376") << 1 << true << false
                         << QStringLiteral("tcp://[::1]:2376 (TLS, verified)");
    QTest::newRow("IPv4-mapped loopback") << QStringLiteral("tcp://[::ffff:127.0.0.1]:2376") << 1 << true << false
                                          << QStringLiteral("tcp://[::ffff:127.0.0.1]:2376 (TLS, verified)");
    QTest::newRow("10.0.0.5") << QStringLiteral("tcp://10.0.0.5:2376") << 1 << false << false
                              << QStringLiteral("tcp://10.0.0.5:2376 (TLS, verified)");
    QTest::newRow("128.0.0.1") << QStringLiteral("tcp://128.0.0.1:2375") << 0 << false << true
                               << QStringLiteral("tcp://128.0.0.1:2375 (plain TCP, unencrypted)");
    QTest::newRow("name") << QStringLiteral("tcp://docker.example.com:2376") << 2 << false << true
                          << QStringLiteral("tcp://docker.example.com:2376 (TLS, NOT verified)");
    QTest::newRow("localhost lookalike") << QStringLiteral("tcp://localhost.example.com:2376") << 1 << false << false
                                         << QStringLiteral("tcp://localhost.example.com:2376 (TLS, verified)");
}

void TestEndpointResolver::classifiesEndpoints()
{
    QFETCH(QString, host);
    QFETCH(int, tls);
    QFETCH(bool, local);
    QFETCH(bool, unverified);
    QFETCH(QString, description);

    Result<Endpoint> parsed = EndpointResolver::parseHost(host);
    QVERIFY(parsed.ok());
    Endpoint endpoint = parsed.value();
    if (endpoint.transport == Endpoint::Transport::Tcp) {
        endpoint.tls.enabled = tls != 0;
        endpoint.tls.verify = tls != 2;
    }
    QCOMPARE(endpoint.isLocal(), local);
    QCOMPARE(endpoint.isUnverified(), unverified);
    QCOMPARE(endpoint.describe(), description);
}

QTEST_GUILESS_MAIN(TestEndpointResolver)
#include "tst_endpointresolver.moc"
