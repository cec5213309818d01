// libFuzzer target: a docker CLI context's meta.json (-c NAME, DOCKER_CONTEXT, currentContext), read and its host
// parsed the way EndpointResolver uses it.
#include "fuzzsupport.h"

#include "core/docker/contextstore.h"
#include "core/docker/endpointresolver.h"

#include <cstddef>
#include <cstdint>

using namespace hullcheck;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const core::Result<core::DockerContextMeta> meta =
        core::ContextStore::parseMeta(fuzz::bytesOf(data, size), QStringLiteral("meta.json"));
    if (!meta.ok() || !meta.value().hasDockerEndpoint) {
        return 0;
    }
    (void)core::EndpointResolver::parseHost(meta.value().context.host);
    return 0;
}
