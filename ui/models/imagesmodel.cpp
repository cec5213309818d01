#include "ui/models/imagesmodel.h"

#include "ui/formatting.h"

#include <QJsonArray>

namespace hullcheck::ui {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue entry : value.toArray()) {
        list.append(entry.toString());
    }
    return list;
}

// Config.Healthcheck.Test of ["NONE"] disables a healthcheck inherited from the base image.
bool hasHealthcheck(const QJsonObject &image)
{
    const QJsonArray test = image[u"Config"][u"Healthcheck"][u"Test"].toArray();
    return !test.isEmpty() && test.first().toString() != QLatin1String("NONE");
}

} // namespace

ImagesModel::ImagesModel(QObject *parent)
    : InventoryModel(ColumnCount, ResultColumn, parent)
{
}

ImagesModel::~ImagesModel() = default;

QString ImagesModel::columnTitle(int column) const
{
    switch (static_cast<Column>(column)) {
    case TagsColumn: return tr("Tags");
    case ResultColumn: return tr("Result");
    case IdColumn: return tr("ID");
    case SizeColumn: return tr("Size");
    case CreatedColumn: return tr("Created");
    case UserColumn: return tr("User");
    case HealthcheckColumn: return tr("Healthcheck");
    case ColumnCount: break;
    }
    return {};
}

bool ImagesModel::isNumericColumn(int column) const
{
    return column == SizeColumn;
}

QJsonArray ImagesModel::objects(const core::Snapshot &snapshot) const
{
    return snapshot.images;
}

std::vector<InventoryModel::Cell> ImagesModel::cells(const QJsonObject &image, const QDateTime &now) const
{
    const QString id = objectId(image);
    QStringList tags = stringList(image[u"RepoTags"]);
    tags.removeAll(QStringLiteral("<none>:<none>"));
    const qint64 size = image[u"Size"].toInteger();

    return {textCell(tags.isEmpty() ? tr("<none>") : tags.join(QStringLiteral(", ")),
                     stringList(image[u"RepoDigests"]).join(QLatin1Char('\n'))),
            textCell(formatting::shortId(id), id),
            numberCell(size, formatting::dataSize(size)),
            timeCell(formatting::parseDockerTime(image[u"Created"].toString()), now),
            textCell(formatting::userText(image[u"Config"][u"User"].toString())),
            yesNoCell(hasHealthcheck(image))};
}

core::Scope ImagesModel::scope() const
{
    return core::Scope::Image;
}

} // namespace hullcheck::ui
