#include "fakes/hostiledaemon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace hullcheck::tests {

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Any JSON value as a body, scalars included (QJsonDocument only writes objects and arrays).
QByteArray bodyBytes(const QJsonValue &value)
{
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// "/v1.41/images/sha256%3Aab/json?x=1" -> "/images/sha256:ab/json"
QString resourceOf(const QString &requestPath)
{
    static const QRegularExpression versionPrefix(QStringLiteral("^/v[0-9]+\\.[0-9]+(?=/)"));
    QString path = requestPath;
    path.remove(versionPrefix);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    if (query >= 0) {
        path.truncate(query);
    }
    return QUrl::fromPercentEncoding(path.toUtf8());
}

} // namespace

HostileDaemon::HostileDaemon(const core::Snapshot &source)
{
    const auto add = [this](const QString &resource, const QJsonValue &body) {
        m_order.append(resource);
        m_captured.insert(resource, body);
    };
    add(text("/info"), source.info);
    add(text("/version"), source.version);

    QJsonArray containerList;
    for (const QJsonValue &entry : source.containers) {
        const QJsonObject container = entry.toObject();
        containerList.append(QJsonObject{
            {text("Id"), container.value(QLatin1String("Id"))},
            {text("Names"), QJsonArray{container.value(QLatin1String("Name"))}},
            {text("Image"), container.value(QLatin1String("Config")).toObject().value(QLatin1String("Image"))},
            {text("ImageID"), container.value(QLatin1String("Image"))},
            {text("State"), container.value(QLatin1String("State")).toObject().value(QLatin1String("Status"))}});
    }
    add(text("/containers/json"), containerList);
    QJsonArray imageList;
    for (const QJsonValue &entry : source.images) {
        const QJsonObject image = entry.toObject();
        imageList.append(QJsonObject{{text("Id"), image.value(QLatin1String("Id"))},
                                     {text("RepoTags"), image.value(QLatin1String("RepoTags"))},
                                     {text("Size"), image.value(QLatin1String("Size"))}});
    }
    add(text("/images/json"), imageList);
    QJsonArray networkList;
    for (const QJsonValue &entry : source.networks) {
        QJsonObject network = entry.toObject();
        network.remove(QLatin1String("Containers")); // like the daemon's list
        networkList.append(network);
    }
    add(text("/networks"), networkList);
    add(text("/volumes"), QJsonObject{{text("Volumes"), source.volumes}, {text("Warnings"), QJsonValue::Null}});

    for (const QJsonValue &entry : source.containers) {
        QJsonObject container = entry.toObject();
        const QString id = container.value(QLatin1String("Id")).toString();
        const QJsonValue top = container.take(QLatin1String("Top"));
        add(QStringLiteral("/containers/%1/json").arg(id), container);
        if (top.isObject()) {
            add(QStringLiteral("/containers/%1/top").arg(id), top);
        }
    }
    for (const QJsonValue &entry : source.images) {
        QJsonObject image = entry.toObject();
        const QString id = image.value(QLatin1String("Id")).toString();
        const QJsonValue history = image.take(QLatin1String("History"));
        add(QStringLiteral("/images/%1/json").arg(id), image);
        add(QStringLiteral("/images/%1/history").arg(id), history.isArray() ? history : QJsonArray());
    }
    for (const QJsonValue &entry : source.networks) {
        add(QStringLiteral("/networks/%1").arg(entry.toObject().value(QLatin1String("Id")).toString()), entry);
    }
    m_answers = m_captured;
}

HostileDaemon::~HostileDaemon() = default;

bool HostileDaemon::listen()
{
    m_server = std::make_unique<FakeHttpServer>([this](const QString & /*method*/, const QString &path) {
        return reply(path);
    });
    if (!m_server->listen()) {
        return false;
    }
    m_url = m_server->url();
    return true;
}

QString HostileDaemon::url() const
{
    return m_url;
}

void HostileDaemon::shutDown()
{
    m_server.reset(); // wakes stalled answers, closes every connection, removes the socket
}

QStringList HostileDaemon::resources() const
{
    return m_order;
}

QJsonValue HostileDaemon::answer(const QString &resource) const
{
    const std::lock_guard lock(m_mutex);
    return m_answers.value(resource, QJsonValue::Undefined);
}

QString HostileDaemon::genericResource(const QString &resource)
{
    static const QRegularExpression objectId(QStringLiteral("^/(containers|images|networks)/(?!json$)[^/]+"));
    QString generic = resource;
    generic.replace(objectId, QStringLiteral("/\\1/{id}"));
    return generic;
}

void HostileDaemon::setAnswer(const QString &resource, const QJsonValue &body)
{
    const std::lock_guard lock(m_mutex);
    m_answers.insert(resource, body);
}

void HostileDaemon::setMisbehaviour(Misbehaviour misbehaviour)
{
    const std::lock_guard lock(m_mutex);
    m_misbehaviour = std::move(misbehaviour);
}

void HostileDaemon::setApiVersions(const QByteArray &maximum, const QByteArray &minimum)
{
    const std::lock_guard lock(m_mutex);
    m_apiVersion = maximum;
    m_minApiVersion = minimum;
}

void HostileDaemon::stopAfter(int requests)
{
    const std::lock_guard lock(m_mutex);
    m_remainingBeforeStop = requests;
}

void HostileDaemon::reset()
{
    const std::lock_guard lock(m_mutex);
    m_answers = m_captured;
    m_misbehaviour = nullptr;
    m_apiVersion = "1.41";
    m_minApiVersion = "1.12";
    m_remainingBeforeStop = -1;
}

int HostileDaemon::requestCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_requestCount;
}

FakeHttpServer::Reply HostileDaemon::reply(const QString &path)
{
    const QString resource = resourceOf(path);
    Misbehaviour misbehaviour;
    QJsonValue body;
    QByteArray apiVersion;
    QByteArray minApiVersion;
    {
        const std::lock_guard lock(m_mutex);
        ++m_requestCount;
        if (m_remainingBeforeStop == 0) {
            FakeHttpServer::Reply stopped; // no bytes, connection closed: what a killed daemon leaves
            stopped.close = true;
            return stopped;
        }
        if (m_remainingBeforeStop > 0) {
            --m_remainingBeforeStop;
        }
        misbehaviour = m_misbehaviour;
        body = m_answers.value(resource, QJsonValue::Undefined);
        apiVersion = m_apiVersion;
        minApiVersion = m_minApiVersion;
    }
    if (misbehaviour) {
        if (std::optional<FakeHttpServer::Reply> hostile = misbehaviour(resource)) {
            return *hostile;
        }
    }
    if (resource == QLatin1String("/_ping")) {
        FakeHttpServer::Reply ping;
        ping.raw = "HTTP/1.1 200 OK\r\nApi-Version: " + apiVersion + "\r\n" +
                   (minApiVersion.isEmpty() ? QByteArray() : "Min-Api-Version: " + minApiVersion + "\r\n") +
                   "Ostype: linux\r\nServer: Docker/20.10.24+dfsg1 (linux)\r\nContent-Length: 2\r\n\r\nOK";
        return ping;
    }
    if (body.isUndefined()) {
        return FakeHttpServer::json(404, R"({"message":"page not found"})");
    }
    return FakeHttpServer::json(200, bodyBytes(body));
}

} // namespace hullcheck::tests
