#include "core/coreruntime.h"

#include <QString>

#include <curl/curl.h>

namespace hullcheck::core {

CoreRuntime::CoreRuntime()
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

CoreRuntime::~CoreRuntime()
{
    curl_global_cleanup();
}

QString CoreRuntime::transportVersion()
{
    return QString::fromLatin1(curl_version());
}

} // namespace hullcheck::core
