#include "core/bench/policyloader.h"

#include "core/bench/yamlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::PolicyLoader)
};

constexpr int SupportedVersion = 1;
constexpr qint64 BytesPerMegabyte = 1024LL * 1024;

constexpr std::array PolicyKeys{"version",
                                "waivers",
                                "disabled_rules",
                                "severity_overrides",
                                "required_labels",
                                "trusted_registries",
                                "thresholds",
                                "remediation"};
constexpr std::array WaiverKeys{"rule", "target", "reason", "approver", "expires"};
constexpr std::array ThresholdKeys{"max_image_age_days", "max_layers", "max_image_size_mb"};
constexpr std::array RemediationKeys{
    "memory_limit_mb", "cpu_shares", "cpus", "pids_limit", "restart_policy", "restart_max_retries"};
constexpr std::array RestartPolicies{"no", "on-failure", "always", "unless-stopped"};
// The Engine's own bounds, so that a proposed value is one the daemon accepts.
constexpr qint64 MinimumMemoryMegabytes = 6;
constexpr qint64 MaximumMemoryMegabytes = 4LL * 1024 * 1024;
constexpr qint64 MinimumCpuShares = 2;
constexpr qint64 MaximumCpuShares = 262144;
constexpr qint64 MaximumPidsLimit = 4194304;
constexpr double MaximumCpus = 4096;

// One key of a mapping, with its nodes for line numbers (core/bench/yamlsupport.h).
using Entry = YamlEntry;

// The keys of a mapping, each checked against the allowed ones and seen once.
template <size_t N>
QList<Entry> entriesOf(const YAML::Node &node, const QString &what, const std::array<const char *, N> &allowed)
{
    if (!node.IsMap()) {
        fail(node, Tr::tr("%1 must be a mapping (key: value lines)").arg(what));
    }
    QList<Entry> entries;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!it->first.IsScalar()) {
            fail(it->first, Tr::tr("the keys of %1 must be plain words").arg(what));
        }
        const QString key = fromStd(it->first.Scalar());
        if (std::none_of(allowed.begin(), allowed.end(), [&key](const char *candidate) {
                return key == QLatin1String(candidate);
            })) {
            fail(it->first,
                 Tr::tr("unknown key \"%1\" in %2 (expected one of: %3)").arg(key, what, joinedNames(allowed)));
        }
        if (std::any_of(entries.begin(), entries.end(), [&key](const Entry &entry) {
                return entry.key == key;
            })) {
            fail(it->first, Tr::tr("key \"%1\" appears twice in %2").arg(key, what));
        }
        entries.append(Entry{key, it->first, it->second});
    }
    return entries;
}

const Entry *findEntry(const QList<Entry> &entries, const char *key)
{
    const auto found = std::find_if(entries.begin(), entries.end(), [key](const Entry &entry) {
        return entry.key == QLatin1String(key);
    });
    return found == entries.end() ? nullptr : &*found;
}

QString text(const Entry &entry)
{
    if (entry.value.IsNull()) {
        return {};
    }
    if (!entry.value.IsScalar()) {
        fail(entry, Tr::tr("\"%1\" must be a text").arg(entry.key));
    }
    return fromStd(entry.value.Scalar()).trimmed();
}

QStringList textList(const Entry &entry)
{
    QStringList list;
    if (entry.value.IsNull()) {
        return list;
    }
    if (!entry.value.IsSequence()) {
        fail(entry, Tr::tr("\"%1\" must be a list, like [a, b]").arg(entry.key));
    }
    for (const YAML::Node &item : entry.value) {
        if (!item.IsScalar() || fromStd(item.Scalar()).trimmed().isEmpty()) {
            fail(item, Tr::tr("the entries of \"%1\" must be non-empty texts").arg(entry.key));
        }
        list.append(fromStd(item.Scalar()).trimmed());
    }
    return list;
}

qint64 nonNegativeInteger(const Entry &entry, qint64 maximum)
{
    const YAML::Node &node = entry.value;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    const QString value = node.IsScalar() ? fromStd(node.Scalar()).trimmed() : QString();
    const bool quoted = node.IsScalar() && isQuoted(node);
    if (!node.IsScalar() || quoted || !integer.match(value).hasMatch()) {
        fail(entry, Tr::tr("\"%1\" must be a whole number").arg(entry.key));
    }
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (ok && number < 0) {
        fail(node, Tr::tr("\"%1\" must not be negative").arg(entry.key));
    }
    if (!ok || number > maximum) {
        fail(node, Tr::tr("\"%1\" is too large (at most %2)").arg(entry.key).arg(maximum));
    }
    return number;
}

qint64 integerBetween(const Entry &entry, qint64 minimum, qint64 maximum)
{
    const qint64 number = nonNegativeInteger(entry, maximum);
    if (number < minimum) {
        fail(entry.value, Tr::tr("\"%1\" must be at least %2").arg(entry.key).arg(minimum));
    }
    return number;
}

RemediationDefaults readRemediation(const YAML::Node &node)
{
    RemediationDefaults defaults;
    const QList<Entry> entries = entriesOf(node, Tr::tr("remediation"), RemediationKeys);
    if (const Entry *entry = findEntry(entries, "memory_limit_mb")) {
        defaults.memoryBytes =
            integerBetween(*entry, MinimumMemoryMegabytes, MaximumMemoryMegabytes) * BytesPerMegabyte;
    }
    if (const Entry *entry = findEntry(entries, "cpu_shares")) {
        defaults.cpuShares = integerBetween(*entry, MinimumCpuShares, MaximumCpuShares);
    }
    if (const Entry *entry = findEntry(entries, "cpus")) {
        static const QRegularExpression decimal(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
        const QString value = entry->value.IsScalar() ? fromStd(entry->value.Scalar()).trimmed() : QString();
        const double cpus = value.toDouble();
        if (!entry->value.IsScalar() || isQuoted(entry->value) || !decimal.match(value).hasMatch() || cpus < 0.01 ||
            cpus > MaximumCpus) {
            fail(*entry, Tr::tr("\"cpus\" must be a number of CPUs from 0.01 to %1, like 1.5").arg(MaximumCpus));
        }
        defaults.nanoCpus = static_cast<qint64>(std::llround(cpus * 1e9));
    }
    if (const Entry *entry = findEntry(entries, "pids_limit")) {
        defaults.pidsLimit = integerBetween(*entry, 1, MaximumPidsLimit);
    }
    if (const Entry *entry = findEntry(entries, "restart_policy")) {
        const QString name = text(*entry);
        if (std::none_of(RestartPolicies.begin(), RestartPolicies.end(), [&name](const char *candidate) {
                return name == QLatin1String(candidate);
            })) {
            fail(*entry,
                 Tr::tr("unknown restart policy \"%1\" (expected one of: %2)").arg(name, joinedNames(RestartPolicies)));
        }
        defaults.restartPolicy = name;
    }
    if (const Entry *entry = findEntry(entries, "restart_max_retries")) {
        if (defaults.restartPolicy && *defaults.restartPolicy != QLatin1String("on-failure")) {
            fail(*entry,
                 Tr::tr("\"restart_max_retries\" only applies to the on-failure restart policy, not to \"%1\"")
                     .arg(*defaults.restartPolicy));
        }
        defaults.restartMaxRetries = static_cast<int>(integerBetween(*entry, 1, std::numeric_limits<int>::max()));
    }
    return defaults;
}

Waiver readWaiver(const YAML::Node &node)
{
    const QList<Entry> entries = entriesOf(node, Tr::tr("a waiver"), WaiverKeys);
    Waiver waiver;
    const auto required = [&entries, &node](const char *key) {
        const Entry *entry = findEntry(entries, key);
        if (!entry) {
            fail(node, Tr::tr("the waiver has no \"%1\"").arg(QLatin1String(key)));
        }
        const QString value = text(*entry);
        if (value.isEmpty()) {
            fail(*entry, Tr::tr("\"%1\" is empty").arg(entry->key));
        }
        return value;
    };
    waiver.ruleId = required("rule");
    waiver.targetPattern = required("target");
    waiver.reason = required("reason");
    if (const Entry *entry = findEntry(entries, "approver")) {
        waiver.approver = text(*entry);
    }
    if (const Entry *entry = findEntry(entries, "expires")) {
        const QString value = text(*entry);
        static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        waiver.expires = QDate::fromString(value, Qt::ISODate);
        if (!isoDate.match(value).hasMatch() || !waiver.expires.isValid()) {
            fail(*entry, Tr::tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(value));
        }
    }
    return waiver;
}

Policy readPolicy(const YAML::Node &root)
{
    Policy policy;
    if (root.IsNull()) {
        return policy; // an empty file: no waivers, default thresholds
    }
    const QList<Entry> entries = entriesOf(root, Tr::tr("the policy"), PolicyKeys);
    if (const Entry *entry = findEntry(entries, "version")) {
        const QString version = entry->value.IsScalar() ? fromStd(entry->value.Scalar()).trimmed() : QString();
        if (version != QString::number(SupportedVersion)) {
            fail(*entry,
                 Tr::tr("unsupported policy version \"%1\" (this Hullcheck reads version %2)")
                     .arg(version)
                     .arg(SupportedVersion));
        }
    }
    if (const Entry *entry = findEntry(entries, "waivers")) {
        if (!entry->value.IsNull() && !entry->value.IsSequence()) {
            fail(*entry, Tr::tr("\"waivers\" must be a list of waivers"));
        }
        if (entry->value.IsSequence()) {
            for (const YAML::Node &node : entry->value) {
                policy.waivers.append(readWaiver(node));
            }
        }
    }
    if (const Entry *entry = findEntry(entries, "disabled_rules")) {
        policy.disabledRules = textList(*entry);
    }
    if (const Entry *entry = findEntry(entries, "required_labels")) {
        policy.requiredLabels = textList(*entry);
    }
    if (const Entry *entry = findEntry(entries, "trusted_registries")) {
        policy.trustedRegistries = textList(*entry);
    }
    if (const Entry *entry = findEntry(entries, "severity_overrides")) {
        if (!entry->value.IsNull()) {
            const QString what = QStringLiteral("severity_overrides");
            if (!entry->value.IsMap()) {
                fail(*entry, Tr::tr("\"severity_overrides\" must be a mapping of rule id: severity"));
            }
            for (auto it = entry->value.begin(); it != entry->value.end(); ++it) {
                if (!it->first.IsScalar() || fromStd(it->first.Scalar()).trimmed().isEmpty()) {
                    fail(it->first, Tr::tr("the keys of %1 must be rule ids or CIS ids").arg(what));
                }
                const QString ruleId = fromStd(it->first.Scalar()).trimmed();
                if (policy.severityOverrides.contains(ruleId)) {
                    fail(it->first, Tr::tr("key \"%1\" appears twice in %2").arg(ruleId, what));
                }
                const QString name = it->second.IsScalar() ? fromStd(it->second.Scalar()).trimmed() : QString();
                const auto severity = severityFromName(name);
                if (!severity) {
                    fail(it->second,
                         Tr::tr("unknown severity \"%1\" for %2 (expected critical, high, medium, low or info)")
                             .arg(name, ruleId));
                }
                policy.severityOverrides.insert(ruleId, *severity);
            }
        }
    }
    if (const Entry *entry = findEntry(entries, "thresholds"); entry && !entry->value.IsNull()) {
        const QList<Entry> thresholds = entriesOf(entry->value, Tr::tr("thresholds"), ThresholdKeys);
        constexpr qint64 IntMax = std::numeric_limits<int>::max();
        if (const Entry *value = findEntry(thresholds, "max_image_age_days")) {
            policy.maxImageAgeDays = static_cast<int>(nonNegativeInteger(*value, IntMax));
        }
        if (const Entry *value = findEntry(thresholds, "max_layers")) {
            policy.maxLayers = static_cast<int>(nonNegativeInteger(*value, IntMax));
        }
        if (const Entry *value = findEntry(thresholds, "max_image_size_mb")) {
            policy.maxImageSizeBytes =
                nonNegativeInteger(*value, std::numeric_limits<qint64>::max() / BytesPerMegabyte) * BytesPerMegabyte;
        }
    }
    if (const Entry *entry = findEntry(entries, "remediation"); entry && !entry->value.IsNull()) {
        policy.remediation = readRemediation(entry->value);
    }
    return policy;
}

} // namespace

Result<Policy> PolicyLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, Tr::tr("Cannot read the policy file %1: %2").arg(path, file.errorString()), {}};
    }
    return fromYaml(file.readAll(), path);
}

Result<Policy> PolicyLoader::fromYaml(const QByteArray &yaml, const QString &fileName)
{
    Policy policy;
    const VoidResult read = readYamlDocument(
        yaml, fileName, Tr::tr("a policy is one YAML document; remove the \"---\""), [&policy](const YAML::Node &root) {
            policy = readPolicy(root);
        });
    if (!read.ok()) {
        return read.error();
    }
    policy.sourceFile = fileName;
    return policy;
}

} // namespace hullcheck::core
