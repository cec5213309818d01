#include "core/bench/builtinchecks.h"

#include "core/docker/endpointresolver.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hullcheck::core {

namespace {

QJsonObject findDefaultBridge(const QJsonArray &networks)
{
    for (const auto &value : networks) {
        const QJsonObject network = value.toObject();
        const QJsonObject options = network.value(QLatin1String("Options")).toObject();
        if (options.value(QLatin1String("com.docker.network.bridge.default_bridge")).toString() ==
                QLatin1String("true") ||
            (network.value(QLatin1String("Name")).toString() == QLatin1String("bridge") &&
             network.value(QLatin1String("Driver")).toString() == QLatin1String("bridge"))) {
            return network;
        }
    }
    return {};
}

QJsonObject parsedConfig(const HostFacts &host)
{
    if (host.configFileText.trimmed().isEmpty()) {
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(host.configFileText.toUtf8());
    return document.isObject() ? document.object() : QJsonObject();
}

} // namespace

ScanContext::ScanContext(const Snapshot &snapshot, const Policy &policy)
    : m_snapshot(snapshot)
    , m_policy(policy)
{
    QJsonObject endpoint = snapshot.endpoint.toJson();
    endpoint.insert(QLatin1String("api_version"), snapshot.apiVersion);
    m_daemon = QJsonObject{
        {QLatin1String("info"), snapshot.info},
        {QLatin1String("version"), snapshot.version},
        {QLatin1String("bridge"), findDefaultBridge(snapshot.networks)},
        {QLatin1String("config"), parsedConfig(snapshot.host)},
        {QLatin1String("args"), QJsonArray::fromStringList(snapshot.host.daemonCommandLine)},
        {QLatin1String("endpoint"), endpoint},
        {QLatin1String("host_collected"), snapshot.host.collected},
    };
    m_host = QJsonObject{
        {QLatin1String("host"), snapshot.host.toJson()},
        {QLatin1String("info"), snapshot.info},
        {QLatin1String("version"), snapshot.version},
    };
    m_connection = snapshot.endpoint.toJson();
    m_connection.insert(QLatin1String("facts"), snapshot.connection.toJson());
    for (qsizetype i = 0; i < snapshot.images.size(); ++i) {
        m_imageIndex.insert(snapshot.images.at(i).toObject().value(QLatin1String("Id")).toString(), i);
    }
}

QJsonObject ScanContext::imageById(const QString &id) const
{
    const auto found = m_imageIndex.constFind(id);
    return found == m_imageIndex.constEnd() ? QJsonObject() : m_snapshot.images.at(*found).toObject();
}

QStringList ScanContext::securityOptions() const
{
    QStringList options;
    for (const auto &option : m_snapshot.info.value(QLatin1String("SecurityOptions")).toArray()) {
        options.append(option.toString());
    }
    return options;
}

bool ScanContext::hostHas(const QString &securityOption) const
{
    const QString wanted = QStringLiteral("name=") + securityOption;
    const QStringList options = securityOptions();
    return std::any_of(options.begin(), options.end(), [&wanted](const QString &option) {
        return option == wanted || option.startsWith(wanted + QLatin1Char(','));
    });
}

QString ScanContext::daemonSocketPath() const
{
    if (m_snapshot.endpoint.transport == Endpoint::Transport::Unix && !m_snapshot.endpoint.socketPath.isEmpty()) {
        return m_snapshot.endpoint.socketPath;
    }
    return EndpointResolver::defaultSocketPath();
}

std::optional<QJsonValue> ScanContext::daemonSetting(const QString &flag, const QString &configKey) const
{
    const QStringList &arguments = m_snapshot.host.daemonCommandLine;
    QJsonArray values;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!flag.isEmpty() && argument.startsWith(flag + QLatin1Char('='))) {
            const QString text = argument.mid(flag.size() + 1);
            if (text == QLatin1String("true") || text == QLatin1String("false")) {
                values.append(text == QLatin1String("true"));
            } else {
                values.append(text);
            }
        } else if (!flag.isEmpty() && argument == flag) {
            // dockerd's boolean flags stand alone; its other flags take the next argument.
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1Char('-'))) {
                values.append(arguments.at(++i));
            } else {
                values.append(true);
            }
        }
    }
    if (!values.isEmpty()) {
        return values.size() == 1 ? values.first() : QJsonValue(values);
    }
    if (!configKey.isEmpty()) {
        const QJsonObject config = m_daemon.value(QLatin1String("config")).toObject();
        if (config.contains(configKey)) {
            return config.value(configKey);
        }
    }
    return std::nullopt;
}

BuiltinChecks::BuiltinChecks()
{
    registerHostChecks(*this);
    registerDaemonChecks(*this);
    registerContainerChecks(*this);
    registerImageChecks(*this);
    registerConnectionChecks(*this);
}

const BuiltinChecks &BuiltinChecks::instance()
{
    static const BuiltinChecks checks;
    return checks;
}

const BuiltinCheck *BuiltinChecks::find(const QString &name) const
{
    const auto found = m_checks.constFind(name);
    return found == m_checks.constEnd() ? nullptr : &*found;
}

QStringList BuiltinChecks::names() const
{
    QStringList list = m_checks.keys();
    list.sort();
    return list;
}

void BuiltinChecks::add(const QString &name, BuiltinCheck check)
{
    Q_ASSERT(!m_checks.contains(name)); // two builtins with one name is a programming error
    m_checks.insert(name, std::move(check));
}

} // namespace hullcheck::core
