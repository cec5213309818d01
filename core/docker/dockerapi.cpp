#include "core/docker/dockerapi.h"

namespace hullcheck::core {

DockerApi::~DockerApi() = default;

} // namespace hullcheck::core
