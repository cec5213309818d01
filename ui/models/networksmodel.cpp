#include "ui/models/networksmodel.h"

#include <QJsonArray>

namespace hullcheck::ui {

NetworksModel::NetworksModel(QObject *parent)
    : InventoryModel(ColumnCount, ResultColumn, parent)
{
}

NetworksModel::~NetworksModel() = default;

QString NetworksModel::columnTitle(int column) const
{
    switch (static_cast<Column>(column)) {
    case NameColumn: return tr("Name");
    case ResultColumn: return tr("Result");
    case DriverColumn: return tr("Driver");
    case ScopeColumn: return tr("Scope");
    case InternalColumn: return tr("Internal");
    case SubnetsColumn: return tr("Subnets");
    case ContainersColumn: return tr("Containers");
    case ColumnCount: break;
    }
    return {};
}

bool NetworksModel::isNumericColumn(int column) const
{
    return column == ContainersColumn;
}

QJsonArray NetworksModel::objects(const core::Snapshot &snapshot) const
{
    return snapshot.networks;
}

std::vector<InventoryModel::Cell> NetworksModel::cells(const QJsonObject &network, const QDateTime & /*now*/) const
{
    QStringList subnets;
    for (const QJsonValue config : network[u"IPAM"][u"Config"].toArray()) {
        const QString subnet = config[u"Subnet"].toString();
        if (!subnet.isEmpty()) {
            subnets.append(subnet);
        }
    }
    // The daemon lists the containers attached to the network (running ones) by endpoint.
    const QJsonObject attached = network[u"Containers"].toObject();
    QStringList names;
    for (const QJsonValue endpoint : attached) {
        names.append(endpoint[u"Name"].toString());
    }
    names.sort();

    return {textCell(network[u"Name"].toString(), objectId(network)),
            textCell(network[u"Driver"].toString()),
            textCell(network[u"Scope"].toString()),
            yesNoCell(network[u"Internal"].toBool()),
            textCell(subnets.join(QStringLiteral(", "))),
            numberCell(attached.size(), QString::number(attached.size()), names.join(QLatin1Char('\n')))};
}

core::Scope NetworksModel::scope() const
{
    return core::Scope::Network;
}

} // namespace hullcheck::ui
