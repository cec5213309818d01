#include "samplesnapshot.h"

#include "core/docker/endpointresolver.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hullcheck::tests {

namespace {

using core::Snapshot;

QJsonObject container(const QString &id,
                      const QString &name,
                      const QJsonObject &state,
                      const QString &image,
                      const QString &user,
                      const QString &created)
{
    return QJsonObject{
        {QStringLiteral("Id"), id},
        {QStringLiteral("Name"), QString(QLatin1Char('/') + name)},
        {QStringLiteral("Created"), created},
        {QStringLiteral("Image"), QString(QStringLiteral("sha256:") + id)},
        {QStringLiteral("State"), state},
        {QStringLiteral("Config"),
         QJsonObject{
             {QStringLiteral("Image"), image},
             {QStringLiteral("User"), user},
             {QStringLiteral("Env"),
              QJsonArray{QStringLiteral("PATH=/usr/bin"), QString(QStringLiteral("API_TOKEN=") + sampleSecret())}}}},
        {QStringLiteral("NetworkSettings"),
         QJsonObject{{QStringLiteral("Networks"), QJsonObject{{QStringLiteral("bridge"), QJsonObject{}}}}}},
    };
}

QJsonObject state(const QString &status, int exitCode = 0)
{
    return QJsonObject{{QStringLiteral("Status"), status},
                       {QStringLiteral("Running"), status == QLatin1String("running")},
                       {QStringLiteral("ExitCode"), exitCode}};
}

QJsonObject image(const QString &id, const QJsonArray &tags, qint64 size, const QString &created)
{
    return QJsonObject{{QStringLiteral("Id"), QString(QStringLiteral("sha256:") + id)},
                       {QStringLiteral("RepoTags"), tags},
                       {QStringLiteral("Size"), size},
                       {QStringLiteral("Created"), created},
                       {QStringLiteral("Config"), QJsonObject{{QStringLiteral("User"), QString()}}}};
}

QJsonObject network(const QString &id, const QString &name, bool internal, const QStringList &subnets, int attached)
{
    QJsonArray ipam;
    for (const QString &subnet : subnets) {
        ipam.append(QJsonObject{{QStringLiteral("Subnet"), subnet}});
    }
    QJsonObject containers;
    for (int i = 0; i < attached; ++i) {
        containers.insert(QStringLiteral("endpoint%1").arg(i),
                          QJsonObject{{QStringLiteral("Name"), QStringLiteral("c%1").arg(i)}});
    }
    return QJsonObject{{QStringLiteral("Id"), id},
                       {QStringLiteral("Name"), name},
                       {QStringLiteral("Driver"), QStringLiteral("bridge")},
                       {QStringLiteral("Scope"), QStringLiteral("local")},
                       {QStringLiteral("Internal"), internal},
                       {QStringLiteral("IPAM"), QJsonObject{{QStringLiteral("Config"), ipam}}},
                       {QStringLiteral("Containers"), containers}};
}

QJsonObject volume(const QString &name)
{
    return QJsonObject{{QStringLiteral("Name"), name},
                       {QStringLiteral("Driver"), QStringLiteral("local")},
                       {QStringLiteral("Mountpoint"), QStringLiteral("/var/lib/docker/volumes/%1/_data").arg(name)}};
}

QJsonObject volumeMount(const QString &name)
{
    return QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Name"), name}};
}

} // namespace

QString sampleSecret()
{
    return QStringLiteral("s3cr3t-token-that-must-not-show");
}

Snapshot sampleSnapshot()
{
    Snapshot snapshot;
    snapshot.endpoint = core::EndpointResolver::parseHost(QStringLiteral("unix:///run/docker.sock")).value();
    snapshot.endpoint.source = QStringLiteral("default");
    snapshot.apiVersion = QStringLiteral("1.41");
    snapshot.serverApiVersion = QStringLiteral("1.41");
    snapshot.collectedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    snapshot.collectionMs = 840;
    snapshot.toolVersion = QStringLiteral("0.1.0");
    snapshot.info = QJsonObject{{QStringLiteral("Name"), QStringLiteral("host1")},
                                {QStringLiteral("ID"), QStringLiteral("ABCD:EFGH")},
                                {QStringLiteral("OperatingSystem"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")},
                                {QStringLiteral("KernelVersion"), QStringLiteral("6.1.0-18-amd64")},
                                {QStringLiteral("Architecture"), QStringLiteral("x86_64")},
                                {QStringLiteral("DockerRootDir"), QStringLiteral("/var/lib/docker")}};
    snapshot.version = QJsonObject{{QStringLiteral("Version"), QStringLiteral("20.10.24+dfsg1")},
                                   {QStringLiteral("ApiVersion"), QStringLiteral("1.41")}};

    QJsonObject running = state(QStringLiteral("running"));
    running.insert(QStringLiteral("Health"), QJsonObject{{QStringLiteral("Status"), QStringLiteral("healthy")}});
    QJsonObject web = container(QStringLiteral("aaaa1111"),
                                QStringLiteral("web"),
                                running,
                                QStringLiteral("nginx:1.25"),
                                QString(),
                                QStringLiteral("2024-04-01T10:00:00.123456789Z"));
    QJsonObject webNetworks = web.value(QStringLiteral("NetworkSettings")).toObject();
    webNetworks.insert(QStringLiteral("Ports"),
                       QJsonObject{{QStringLiteral("443/tcp"), QJsonValue::Null},
                                   {QStringLiteral("80/tcp"),
                                    QJsonArray{QJsonObject{{QStringLiteral("HostIp"), QStringLiteral("0.0.0.0")},
                                                           {QStringLiteral("HostPort"), QStringLiteral("8080")}}}}});
    webNetworks.insert(
        QStringLiteral("Networks"),
        QJsonObject{{QStringLiteral("frontend"), QJsonObject{}}, {QStringLiteral("backend"), QJsonObject{}}});
    web.insert(QStringLiteral("NetworkSettings"), webNetworks);
    web.insert(QStringLiteral("Mounts"), QJsonArray{volumeMount(QStringLiteral("webdata"))});

    QJsonObject db = container(QStringLiteral("bbbb2222"),
                               QStringLiteral("db"),
                               state(QStringLiteral("exited"), 137),
                               QStringLiteral("postgres:16"),
                               QStringLiteral("postgres"),
                               QStringLiteral("2023-01-15T08:30:00Z"));
    db.insert(QStringLiteral("Mounts"),
              QJsonArray{volumeMount(QStringLiteral("dbdata")), volumeMount(QStringLiteral("webdata"))});

    snapshot.containers = QJsonArray{
        web,
        db,
        container(QStringLiteral("cccc3333"),
                  QStringLiteral("job"),
                  state(QStringLiteral("created")),
                  QStringLiteral("busybox"),
                  QStringLiteral("1000:1000"),
                  QStringLiteral("2024-04-30T11:59:00Z")),
        container(QStringLiteral("dddd4444"),
                  QStringLiteral("cache"),
                  state(QStringLiteral("paused")),
                  QStringLiteral("redis:7"),
                  QString(),
                  QStringLiteral("2024-02-01T00:00:00Z")),
        container(QStringLiteral("eeee5555"),
                  QStringLiteral("broken"),
                  state(QStringLiteral("dead")),
                  QStringLiteral("busybox"),
                  QString(),
                  QStringLiteral("2022-06-01T00:00:00Z")),
        container(QStringLiteral("ffff6666"),
                  QStringLiteral("flappy"),
                  state(QStringLiteral("restarting")),
                  QStringLiteral("busybox"),
                  QString(),
                  QStringLiteral("2024-03-01T00:00:00Z")),
    };

    // Sizes chosen so that sorting by text ("187.0 MB" < "43.0 MB" < "9.5 MB") differs from sorting by value.
    QJsonObject untagged =
        image(QStringLiteral("3333cccc3333cccc"), QJsonArray{}, 187000000, QStringLiteral("2023-06-01T00:00:00Z"));
    untagged.insert(
        QStringLiteral("Config"),
        QJsonObject{{QStringLiteral("User"), QStringLiteral("app")},
                    {QStringLiteral("Healthcheck"),
                     QJsonObject{{QStringLiteral("Test"), QJsonArray{QStringLiteral("CMD"), QStringLiteral("true")}}}},
                    {QStringLiteral("Env"), QJsonArray{QString(QStringLiteral("KEY=") + sampleSecret())}}});
    QJsonObject disabledCheck = image(QStringLiteral("4444dddd4444dddd"),
                                      QJsonArray{QStringLiteral("redis:7")},
                                      120000000,
                                      QStringLiteral("2024-01-01T00:00:00Z"));
    disabledCheck.insert(QStringLiteral("Config"),
                         QJsonObject{{QStringLiteral("Healthcheck"),
                                      QJsonObject{{QStringLiteral("Test"), QJsonArray{QStringLiteral("NONE")}}}}});
    snapshot.images = QJsonArray{
        image(QStringLiteral("1111aaaa1111aaaa"),
              QJsonArray{QStringLiteral("nginx:1.25"), QStringLiteral("nginx:latest")},
              9500000,
              QStringLiteral("2024-04-01T00:00:00Z")),
        image(QStringLiteral("2222bbbb2222bbbb"),
              QJsonArray{QStringLiteral("postgres:16")},
              43000000,
              QStringLiteral("2024-02-01T00:00:00Z")),
        untagged,
        disabledCheck,
    };

    snapshot.networks = QJsonArray{
        network(QStringLiteral("n1"), QStringLiteral("bridge"), false, {QStringLiteral("172.17.0.0/16")}, 10),
        network(QStringLiteral("n2"),
                QStringLiteral("backend"),
                true,
                {QStringLiteral("10.1.0.0/24"), QStringLiteral("fd00::/64")},
                2),
        network(QStringLiteral("n3"), QStringLiteral("host"), false, {}, 0),
    };
    snapshot.volumes = QJsonArray{
        volume(QStringLiteral("webdata")), volume(QStringLiteral("dbdata")), volume(QStringLiteral("orphan"))};
    snapshot.warnings = {QStringLiteral("Container 0123456789ab disappeared during the collection.")};
    return snapshot;
}

} // namespace hullcheck::tests
