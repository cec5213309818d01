#include "core/bench/finding.h"

#include <array>
#include <utility>

namespace hullcheck::core {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> fromName(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    for (const auto &[value, text] : table) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QString toName(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, text] : table) {
        if (entry == value) {
            return QString::fromLatin1(text);
        }
    }
    return {};
}

constexpr std::array<std::pair<Status, const char *>, 6> StatusNames{{{Status::Pass, "pass"},
                                                                      {Status::Fail, "fail"},
                                                                      {Status::Warn, "warn"},
                                                                      {Status::Info, "info"},
                                                                      {Status::Skip, "skip"},
                                                                      {Status::Waived, "waived"}}};
constexpr std::array<std::pair<Severity, const char *>, 5> SeverityNames{{{Severity::Critical, "critical"},
                                                                          {Severity::High, "high"},
                                                                          {Severity::Medium, "medium"},
                                                                          {Severity::Low, "low"},
                                                                          {Severity::Info, "info"}}};
constexpr std::array<std::pair<Scope, const char *>, 7> ScopeNames{{{Scope::Host, "host"},
                                                                    {Scope::Daemon, "daemon"},
                                                                    {Scope::Container, "container"},
                                                                    {Scope::Image, "image"},
                                                                    {Scope::Network, "network"},
                                                                    {Scope::Volume, "volume"},
                                                                    {Scope::Connection, "connection"}}};

} // namespace

QString statusName(Status status)
{
    return toName(StatusNames, status);
}

QString severityName(Severity severity)
{
    return toName(SeverityNames, severity);
}

QString scopeName(Scope scope)
{
    return toName(ScopeNames, scope);
}

std::optional<Status> statusFromName(const QString &name)
{
    return fromName(StatusNames, name);
}

std::optional<Severity> severityFromName(const QString &name)
{
    return fromName(SeverityNames, name);
}

std::optional<Scope> scopeFromName(const QString &name)
{
    return fromName(ScopeNames, name);
}

QJsonObject Target::toJson() const
{
    return QJsonObject{
        {QLatin1String("kind"), scopeName(kind)}, {QLatin1String("id"), id}, {QLatin1String("name"), name}};
}

} // namespace hullcheck::core
