#include "ui/models/volumesmodel.h"

#include "ui/formatting.h"

#include <QJsonArray>

namespace hullcheck::ui {

VolumesModel::VolumesModel(QObject *parent)
    : InventoryModel(ColumnCount, ResultColumn, parent)
{
}

VolumesModel::~VolumesModel() = default;

QString VolumesModel::columnTitle(int column) const
{
    switch (static_cast<Column>(column)) {
    case NameColumn: return tr("Name");
    case ResultColumn: return tr("Result");
    case DriverColumn: return tr("Driver");
    case MountpointColumn: return tr("Mountpoint");
    case UsedByColumn: return tr("Used by");
    case ColumnCount: break;
    }
    return {};
}

QJsonArray VolumesModel::objects(const core::Snapshot &snapshot) const
{
    return snapshot.volumes;
}

QString VolumesModel::objectId(const QJsonObject &volume) const
{
    return volume[u"Name"].toString();
}

void VolumesModel::prepare(const core::Snapshot &snapshot)
{
    m_users.clear();
    for (const QJsonValue value : snapshot.containers) {
        const QJsonObject container = value.toObject();
        for (const QJsonValue mount : container[u"Mounts"].toArray()) {
            if (mount[u"Type"].toString() == QLatin1String("volume")) {
                m_users[mount[u"Name"].toString()].append(formatting::containerName(container));
            }
        }
    }
    for (QStringList &names : m_users) {
        names.sort();
        names.removeDuplicates();
    }
}

std::vector<InventoryModel::Cell> VolumesModel::cells(const QJsonObject &volume, const QDateTime & /*now*/) const
{
    const QString name = objectId(volume);
    return {textCell(name),
            textCell(volume[u"Driver"].toString()),
            textCell(volume[u"Mountpoint"].toString()),
            textCell(m_users.value(name).join(QStringLiteral(", ")))};
}

core::Scope VolumesModel::scope() const
{
    return core::Scope::Volume;
}

} // namespace hullcheck::ui
