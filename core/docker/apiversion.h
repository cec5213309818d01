#pragma once

#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QString>

#include <compare>
#include <optional>

namespace hullcheck::core {

// A Docker Engine API version, "1.41".
struct HULLCHECK_CORE_EXPORT ApiVersion
{
    int major = 1;
    int minor = 0;

    static std::optional<ApiVersion> parse(const QString &text);
    QString toString() const;

    auto operator<=>(const ApiVersion &) const = default; // NOLINT(modernize-use-nullptr): clang-tidy 14 misreads <=>
};

// The range this client speaks. Engine 20.10 is 1.41; Engine 28.3 is 1.51.
inline constexpr ApiVersion ClientMinApiVersion{1, 40};
inline constexpr ApiVersion ClientMaxApiVersion{1, 51};

// Chooses the version to put in request paths after GET /_ping: the lower of the server's maximum
// (the API-Version header) and ours. Fails with ErrorKind::ApiVersion when the server is older than
// ClientMinApiVersion, or when its minimum (Min-API-Version) is newer than ClientMaxApiVersion.
// A server that sends no API-Version header is treated as speaking ClientMinApiVersion.
HULLCHECK_CORE_EXPORT Result<ApiVersion> negotiateApiVersion(const QString &serverMaxHeader,
                                                             const QString &serverMinHeader);

} // namespace hullcheck::core
