#include "ui/models/containersmodel.h"

#include "ui/formatting.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace hullcheck::ui {

namespace {

// Orders the State column by how much the user cares, not alphabetically.
int stateRank(const QString &status)
{
    static const QStringList order = {QStringLiteral("running"),
                                      QStringLiteral("restarting"),
                                      QStringLiteral("paused"),
                                      QStringLiteral("created"),
                                      QStringLiteral("exited"),
                                      QStringLiteral("dead")};
    const qsizetype rank = order.indexOf(status);
    return rank < 0 ? static_cast<int>(order.size()) : static_cast<int>(rank);
}

// "0.0.0.0:8080→80/tcp, 443/tcp", like `docker ps`. Published ports come from NetworkSettings.Ports of a running
// container; a stopped one only has its configured HostConfig.PortBindings.
QString portsText(const QJsonObject &container)
{
    QJsonObject ports = container[u"NetworkSettings"][u"Ports"].toObject();
    if (ports.isEmpty()) {
        ports = container[u"HostConfig"][u"PortBindings"].toObject();
    }
    QStringList keys = ports.keys();
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('/'), 0, 0).toInt() < b.section(QLatin1Char('/'), 0, 0).toInt();
    });
    QStringList parts;
    for (const QString &containerPort : std::as_const(keys)) {
        const QJsonArray bindings = ports.value(containerPort).toArray();
        if (bindings.isEmpty()) {
            parts.append(containerPort);
            continue;
        }
        for (const QJsonValue binding : bindings) {
            QString hostIp = binding[u"HostIp"].toString();
            if (hostIp.contains(QLatin1Char(':'))) {
                hostIp = QString(QLatin1Char('[') + hostIp + QLatin1Char(']'));
            }
            const QString hostPort = binding[u"HostPort"].toString();
            parts.append(QString(hostIp + QLatin1Char(':') + hostPort + QStringLiteral("→") + containerPort));
        }
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

QString stateToolTip(const QJsonObject &state)
{
    QStringList lines;
    const QDateTime started = formatting::parseDockerTime(state[u"StartedAt"].toString());
    const QDateTime finished = formatting::parseDockerTime(state[u"FinishedAt"].toString());
    if (started.isValid()) {
        lines.append(ContainersModel::tr("Started: %1").arg(formatting::dateTimeText(started)));
    }
    if (finished.isValid() && state[u"Status"].toString() != QLatin1String("running")) {
        lines.append(ContainersModel::tr("Finished: %1").arg(formatting::dateTimeText(finished)));
    }
    if (state[u"OOMKilled"].toBool()) {
        lines.append(ContainersModel::tr("Killed for running out of memory"));
    }
    const QString error = state[u"Error"].toString();
    if (!error.isEmpty()) {
        lines.append(ContainersModel::tr("Error: %1").arg(error));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ContainersModel::ContainersModel(QObject *parent)
    : InventoryModel(ColumnCount, ResultColumn, parent)
{
}

ContainersModel::~ContainersModel() = default;

QString ContainersModel::stateText(const QJsonObject &state)
{
    struct Label
    {
        QLatin1String key;
        const char *text = nullptr;
    };
    static constexpr std::array<Label, 9> Labels = {{
        {QLatin1String("healthy"), QT_TRANSLATE_NOOP("hullcheck::ui::ContainersModel", "Running (healthy)")},
        {QLatin1String("unhealthy"), QT_TRANSLATE_NOOP("hullcheck::ui::ContainersModel", "Running (unhealthy)")},
        {QLatin1String("starting"), QT_TRANSLATE_NOOP("hullcheck::ui::ContainersModel", "Running (health: starting)")},
        {QLatin1String("running"), QT_TRANSLATE_NOOP("hullcheck::ui::ContainersModel", "Running")},
        {QLatin1String("created"), QT_TRANSLATE_NOOP("hullcheck::ui::ContainersModel", "Created")},
        {QLatin1String("paused"), QT_TRANSLATE_NOOP("hullcheck::ui::ContainersModel", "Paused")},
        {QLatin1String("restarting"), QT_TRANSLATE_NOOP("hullcheck::ui::ContainersModel", "Restarting")},
        {QLatin1String("removing"), QT_TRANSLATE_NOOP("hullcheck::ui::ContainersModel", "Removing")},
        {QLatin1String("dead"), QT_TRANSLATE_NOOP("hullcheck::ui::ContainersModel", "Dead")},
    }};
    QString status = state[u"Status"].toString();
    if (status == QLatin1String("exited")) {
        //: %1 is the exit code of the container's main process
        return tr("Exited (%1)").arg(state[u"ExitCode"].toInt());
    }
    // A running container with a healthcheck shows its health, as `docker ps` does.
    const QString health = state[u"Health"][u"Status"].toString();
    const QString key = status == QLatin1String("running") && !health.isEmpty() ? health : status;
    for (const Label &label : Labels) {
        if (label.key == key) {
            return tr(label.text);
        }
    }
    return status;
}

QString ContainersModel::columnTitle(int column) const
{
    switch (static_cast<Column>(column)) {
    case NameColumn: return tr("Name");
    case ResultColumn: return tr("Result");
    case ImageColumn: return tr("Image");
    case StateColumn: return tr("State");
    case PortsColumn: return tr("Ports");
    case NetworksColumn: return tr("Networks");
    case UserColumn: return tr("User");
    case CreatedColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

QJsonArray ContainersModel::objects(const core::Snapshot &snapshot) const
{
    return snapshot.containers;
}

std::vector<InventoryModel::Cell> ContainersModel::cells(const QJsonObject &container, const QDateTime &now) const
{
    const QJsonObject state = container[u"State"].toObject();
    const QString status = state[u"Status"].toString();
    Cell stateCell = textCell(stateText(state), stateToolTip(state));
    stateCell.sortKey = stateRank(status);
    stateCell.tone = containerStateTone(status);
    QStringList networks = container[u"NetworkSettings"][u"Networks"].toObject().keys();
    networks.sort();

    return {textCell(formatting::containerName(container), formatting::shortId(objectId(container))),
            textCell(container[u"Config"][u"Image"].toString(), container[u"Image"].toString()),
            stateCell,
            textCell(portsText(container)),
            textCell(networks.join(QStringLiteral(", "))),
            textCell(formatting::userText(container[u"Config"][u"User"].toString())),
            timeCell(formatting::parseDockerTime(container[u"Created"].toString()), now)};
}

core::Scope ContainersModel::scope() const
{
    return core::Scope::Container;
}

} // namespace hullcheck::ui
