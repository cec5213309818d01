#include "ui/models/labelsmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <utility>

namespace hullcheck::ui {

namespace {

// One labelled object: how it is named in the table and its labels.
struct Labelled
{
    QString name;
    QJsonObject labels;
};

QString shortId(const QString &id)
{
    return id.startsWith(QLatin1String("sha256:")) ? id.mid(7, 12) : id.left(12);
}

std::vector<Labelled> labelledObjects(const core::Snapshot &snapshot)
{
    std::vector<Labelled> objects;
    for (const QJsonValue container : snapshot.containers) {
        QString name = container[u"Name"].toString();
        if (name.startsWith(QLatin1Char('/'))) {
            name.remove(0, 1);
        }
        //: a label's carrier in the Labels table: %1 a container name
        objects.push_back({LabelsModel::tr("container %1").arg(name), container[u"Config"][u"Labels"].toObject()});
    }
    for (const QJsonValue image : snapshot.images) {
        const QJsonArray tags = image[u"RepoTags"].toArray();
        const QString name = tags.isEmpty() ? shortId(image[u"Id"].toString()) : tags.first().toString();
        //: %1 an image tag or short id
        objects.push_back({LabelsModel::tr("image %1").arg(name), image[u"Config"][u"Labels"].toObject()});
    }
    for (const QJsonValue network : snapshot.networks) {
        //: %1 a network name
        objects.push_back(
            {LabelsModel::tr("network %1").arg(network[u"Name"].toString()), network[u"Labels"].toObject()});
    }
    for (const QJsonValue volume : snapshot.volumes) {
        //: %1 a volume name
        objects.push_back({LabelsModel::tr("volume %1").arg(volume[u"Name"].toString()), volume[u"Labels"].toObject()});
    }
    return objects;
}

int statusRank(LabelsModel::LabelStatus status)
{
    switch (status) {
    case LabelsModel::LabelStatus::Missing: return 2;
    case LabelsModel::LabelStatus::Required: return 1;
    case LabelsModel::LabelStatus::Present: return 0;
    }
    return 0;
}

} // namespace

LabelsModel::LabelsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LabelsModel::~LabelsModel() = default;

int LabelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LabelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Tone LabelsModel::statusTone(LabelStatus status)
{
    switch (status) {
    case LabelStatus::Missing: return ui::statusTone(core::Status::Fail);
    case LabelStatus::Required: return ui::statusTone(core::Status::Pass);
    case LabelStatus::Present: return ui::statusTone(core::Status::Info);
    }
    return Tone::Info;
}

QString LabelsModel::statusText(LabelStatus status)
{
    switch (status) {
    //: a label the policy requires, which some objects lack
    case LabelStatus::Missing: return tr("Missing");
    //: a label the policy requires, carried by these objects
    case LabelStatus::Required: return tr("Required");
    //: a label the policy does not ask for
    case LabelStatus::Present: return tr("Label");
    }
    return {};
}

QVariant LabelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(static_cast<size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return row.key;
        case ValueColumn: return row.status == LabelStatus::Missing ? tr("(not set)") : row.value;
        case StatusColumn: return statusText(row.status);
        case CountColumn: return static_cast<int>(row.objects.size());
        case ObjectsColumn: return row.objects.join(QStringLiteral(", "));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && row.status == LabelStatus::Missing) {
            //: %1 a label key
            return tr("The policy requires the label %1; these objects do not carry it.").arg(row.key);
        }
        return index.column() == ObjectsColumn ? row.objects.join(QLatin1Char('\n')) : QVariant();
    case SortRole:
        switch (index.column()) {
        case StatusColumn: return statusRank(row.status);
        case CountColumn: return static_cast<int>(row.objects.size());
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case ToneRole:
        return index.column() == StatusColumn ? QVariant(static_cast<int>(statusTone(row.status))) : QVariant();
    case StatusRole: return static_cast<int>(row.status);
    case ObjectsRole: return row.objects;
    default: return {};
    }
}

QVariant LabelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case StatusColumn: return tr("Policy");
    case CountColumn: return tr("Objects");
    case ObjectsColumn: return tr("Carried by / missing on");
    default: return {};
    }
}

void LabelsModel::setSnapshot(const core::Snapshot &snapshot, const QStringList &requiredLabels)
{
    const QSet<QString> required(requiredLabels.begin(), requiredLabels.end());
    QMap<std::pair<QString, QString>, QStringList> carriers; // sorted by key, then value
    QMap<QString, QStringList> missing;
    for (const Labelled &object : labelledObjects(snapshot)) {
        for (auto it = object.labels.begin(); it != object.labels.end(); ++it) {
            carriers[{it.key(), it.value().toString()}].append(object.name);
        }
        for (const QString &key : requiredLabels) {
            if (!object.labels.contains(key)) {
                missing[key].append(object.name);
            }
        }
    }

    beginResetModel();
    m_rows.clear();
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        m_rows.push_back({it.key(), {}, LabelStatus::Missing, it.value()});
    }
    for (auto it = carriers.cbegin(); it != carriers.cend(); ++it) {
        const LabelStatus status = required.contains(it.key().first) ? LabelStatus::Required : LabelStatus::Present;
        m_rows.push_back({it.key().first, it.key().second, status, it.value()});
    }
    endResetModel();
}

void LabelsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace hullcheck::ui
