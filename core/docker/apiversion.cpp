#include "core/docker/apiversion.h"

#include <QCoreApplication>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::ApiVersion)
};

} // namespace

std::optional<ApiVersion> ApiVersion::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 2) {
        return std::nullopt;
    }
    bool majorOk = false;
    bool minorOk = false;
    const int major = parts.at(0).toInt(&majorOk);
    const int minor = parts.at(1).toInt(&minorOk);
    if (!majorOk || !minorOk || major < 0 || minor < 0) {
        return std::nullopt;
    }
    return ApiVersion{major, minor};
}

QString ApiVersion::toString() const
{
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

Result<ApiVersion> negotiateApiVersion(const QString &serverMaxHeader, const QString &serverMinHeader)
{
    ApiVersion serverMax = ClientMinApiVersion;
    if (!serverMaxHeader.trimmed().isEmpty()) {
        const std::optional<ApiVersion> parsed = ApiVersion::parse(serverMaxHeader);
        if (!parsed) {
            return Error{
                ErrorKind::ApiVersion,
                Tr::tr("The daemon announced an API version Hullcheck cannot read (\"%1\").").arg(serverMaxHeader),
                QStringLiteral("API-Version header: %1").arg(serverMaxHeader)};
        }
        serverMax = *parsed;
    }
    if (serverMax < ClientMinApiVersion) {
        return Error{ErrorKind::ApiVersion,
                     Tr::tr("The daemon speaks Engine API %1, older than the %2 Hullcheck needs (Docker Engine 19.03). "
                            "Upgrade the daemon.")
                         .arg(serverMax.toString(), ClientMinApiVersion.toString()),
                     QStringLiteral("server max %1").arg(serverMax.toString())};
    }
    if (!serverMinHeader.trimmed().isEmpty()) {
        const std::optional<ApiVersion> serverMin = ApiVersion::parse(serverMinHeader);
        if (serverMin && *serverMin > ClientMaxApiVersion) {
            return Error{ErrorKind::ApiVersion,
                         Tr::tr("The daemon requires Engine API %1 or newer; this Hullcheck speaks up to %2. "
                                "Update Hullcheck.")
                             .arg(serverMin->toString(), ClientMaxApiVersion.toString()),
                         QStringLiteral("server min %1").arg(serverMin->toString())};
        }
    }
    return serverMax < ClientMaxApiVersion ? serverMax : ClientMaxApiVersion;
}

} // namespace hullcheck::core
