#include "core/bench/rulepackloader.h"

#include "core/bench/builtinchecks.h"
#include "core/bench/yamlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::RulePackLoader)
};

// Conditions and values nest at most this deep: YAML aliases can make a node contain itself.
constexpr int MaxDepth = 64;
// At most this many YAML nodes are converted per file, so aliases cannot blow up a small file.
constexpr int MaxNodes = 100000;

constexpr std::array RuleKeys{"id",
                              "cis",
                              "level",
                              "title",
                              "description",
                              "rationale",
                              "severity",
                              "scope",
                              "automated",
                              "evidence_source",
                              "applies_when",
                              "fail_when",
                              "pass_when",
                              "builtin",
                              "params",
                              "on_fail",
                              "evidence",
                              "remediation",
                              "references"};
constexpr std::array PackKeys{"pack", "version", "rules"};
constexpr std::array<std::pair<Condition::Op, const char *>, 14> Operators{{
    {Condition::Op::Eq, "eq"},
    {Condition::Op::Ne, "ne"},
    {Condition::Op::In, "in"},
    {Condition::Op::Contains, "contains"},
    {Condition::Op::Matches, "matches"},
    {Condition::Op::Lt, "lt"},
    {Condition::Op::Gt, "gt"},
    {Condition::Op::Exists, "exists"},
    {Condition::Op::Empty, "empty"},
    {Condition::Op::All, "all"},
    {Condition::Op::Any, "any"},
    {Condition::Op::Not, "not"},
    {Condition::Op::AnyElement, "any_element"},
    {Condition::Op::AllElements, "all_elements"},
}};

// One key of a mapping, with its nodes for line numbers (core/bench/yamlsupport.h).
using Entry = YamlEntry;

class Mapping
{
public:
    // `what` names the mapping in messages ("rule", "condition").
    template <size_t N>
    Mapping(const YAML::Node &node, const QString &what, const std::array<const char *, N> &allowed)
        : m_node(node)
    {
        if (!node.IsMap()) {
            fail(node, Tr::tr("%1 must be a mapping (key: value lines)").arg(what));
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node key = it->first;
            if (!key.IsScalar()) {
                fail(key, Tr::tr("the keys of a %1 must be plain words").arg(what));
            }
            const QString name = fromStd(key.Scalar());
            if (std::none_of(allowed.begin(), allowed.end(), [&name](const char *candidate) {
                    return name == QLatin1String(candidate);
                })) {
                fail(key,
                     Tr::tr("unknown key \"%1\" in %2 (expected one of: %3)").arg(name, what, joinedNames(allowed)));
            }
            if (find(name)) {
                fail(key, Tr::tr("key \"%1\" appears twice in this %2").arg(name, what));
            }
            m_entries.append(Entry{name, key, it->second});
        }
    }

    const YAML::Node &node() const { return m_node; }
    const QList<Entry> &entries() const { return m_entries; }

    const Entry *find(const QString &key) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.key == key) {
                return &entry;
            }
        }
        return nullptr;
    }
    const Entry *find(const char *key) const { return find(QLatin1String(key)); }

private:
    YAML::Node m_node;
    QList<Entry> m_entries;
};

// Text of a scalar; null (an empty value) is the empty string.
QString text(const Entry &entry)
{
    if (entry.value.IsNull()) {
        return {};
    }
    if (!entry.value.IsScalar()) {
        fail(entry, Tr::tr("\"%1\" must be a text").arg(entry.key));
    }
    return fromStd(entry.value.Scalar());
}

QString requiredText(const Mapping &map, const char *key, const QString &what)
{
    const Entry *entry = map.find(key);
    if (!entry) {
        fail(map.node(), Tr::tr("%1 has no \"%2\"").arg(what, QLatin1String(key)));
    }
    const QString value = text(*entry).trimmed();
    if (value.isEmpty()) {
        fail(*entry, Tr::tr("\"%1\" is empty").arg(entry->key));
    }
    return value;
}

bool boolean(const Entry &entry)
{
    if (entry.value.IsScalar() && !isQuoted(entry.value)) {
        const QString value = fromStd(entry.value.Scalar());
        if (value == QLatin1String("true") || value == QLatin1String("True") || value == QLatin1String("TRUE")) {
            return true;
        }
        if (value == QLatin1String("false") || value == QLatin1String("False") || value == QLatin1String("FALSE")) {
            return false;
        }
    }
    fail(entry, Tr::tr("\"%1\" must be true or false").arg(entry.key));
}

// A plain scalar as YAML 1.2's core schema reads it: booleans, numbers, else text.
QJsonValue plainScalar(const QString &value)
{
    if (value == QLatin1String("true") || value == QLatin1String("True") || value == QLatin1String("TRUE")) {
        return true;
    }
    if (value == QLatin1String("false") || value == QLatin1String("False") || value == QLatin1String("FALSE")) {
        return false;
    }
    static const QRegularExpression decimal(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (decimal.match(value).hasMatch()) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok) {
            return number;
        }
    }
    static const QRegularExpression based(QStringLiteral("^0([xo])([0-9a-fA-F]+)$"));
    const QRegularExpressionMatch match = based.match(value);
    if (match.hasMatch()) {
        bool ok = false;
        const qulonglong number = match.captured(2).toULongLong(&ok, match.captured(1) == QLatin1String("x") ? 16 : 8);
        if (ok) {
            return static_cast<double>(number);
        }
    }
    return value;
}

class PackReader
{
public:
    explicit PackReader(QString fileName)
        : m_fileName(std::move(fileName))
    {
    }

    RulePack read(const YAML::Node &root)
    {
        if (root.IsNull()) {
            throw LoadFailure{1, Tr::tr("the file is empty; a rule pack needs \"pack\", \"version\" and \"rules\"")};
        }
        const Mapping map(root, Tr::tr("rule pack"), PackKeys);
        RulePack pack;
        pack.name = requiredText(map, "pack", Tr::tr("the rule pack"));
        pack.version = requiredText(map, "version", Tr::tr("the rule pack"));
        const Entry *rules = map.find("rules");
        if (!rules) {
            fail(root, Tr::tr("the rule pack has no \"rules\""));
        }
        if (!rules->value.IsSequence()) {
            fail(*rules, Tr::tr("\"rules\" must be a list of rules"));
        }
        QHash<QString, int> lines;
        for (const YAML::Node &node : rules->value) {
            Rule rule = readRule(node);
            const auto previous = lines.constFind(rule.id);
            if (previous != lines.constEnd()) {
                fail(node,
                     Tr::tr("duplicate rule id \"%1\" (first defined at %2:%3)")
                         .arg(rule.id, m_fileName)
                         .arg(*previous));
            }
            lines.insert(rule.id, rule.sourceLine);
            pack.rules.append(std::move(rule));
        }
        return pack;
    }

private:
    Rule readRule(const YAML::Node &node)
    {
        const Mapping map(node, Tr::tr("rule"), RuleKeys);
        Rule rule;
        rule.sourceFile = m_fileName;
        rule.sourceLine = lineOf(node);
        rule.id = requiredText(map, "id", Tr::tr("a rule"));
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        if (!idPattern.match(rule.id).hasMatch()) {
            fail(*map.find("id"),
                 Tr::tr("rule id \"%1\" may hold only letters, digits, '.', '_' and '-'").arg(rule.id));
        }
        const QString self = Tr::tr("rule %1").arg(rule.id);
        rule.title = requiredText(map, "title", self);

        const QString severity = requiredText(map, "severity", self);
        if (const auto value = severityFromName(severity)) {
            rule.severity = *value;
        } else {
            fail(*map.find("severity"),
                 Tr::tr("unknown severity \"%1\" (expected critical, high, medium, low or info)").arg(severity));
        }
        const QString scope = requiredText(map, "scope", self);
        if (const auto value = scopeFromName(scope)) {
            rule.scope = *value;
        } else {
            fail(*map.find("scope"),
                 Tr::tr("unknown scope \"%1\" (expected host, daemon, container, image, network, volume or connection)")
                     .arg(scope));
        }

        // Exactly one kind of check, and the extras only where they are used.
        QList<const Entry *> checks;
        for (const Entry &entry : map.entries()) {
            if (entry.key == QLatin1String("fail_when") || entry.key == QLatin1String("pass_when") ||
                entry.key == QLatin1String("builtin")) {
                checks.append(&entry);
            }
        }
        if (checks.size() > 1) {
            fail(checks.at(1)->keyNode,
                 Tr::tr("rule %1 has both \"%2\" and \"%3\"; use exactly one of fail_when, pass_when and builtin")
                     .arg(rule.id, checks.at(0)->key, checks.at(1)->key));
        }

        if (const Entry *entry = map.find("cis")) {
            rule.cisId = text(*entry).trimmed();
            static const QRegularExpression cisPattern(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
            if (!cisPattern.match(rule.cisId).hasMatch()) {
                fail(*entry, Tr::tr("CIS id \"%1\" must be numbers separated by dots, like \"5.10\"").arg(rule.cisId));
            }
        }
        if (const Entry *entry = map.find("level")) {
            const QString level = text(*entry);
            if (level != QLatin1String("1") && level != QLatin1String("2")) {
                fail(*entry, Tr::tr("CIS level must be 1 or 2, not \"%1\"").arg(level));
            }
            rule.cisLevel = level.toInt();
        }
        if (const Entry *entry = map.find("description")) {
            rule.description = text(*entry).trimmed();
        }
        if (const Entry *entry = map.find("rationale")) {
            rule.rationale = text(*entry).trimmed();
        }
        if (const Entry *entry = map.find("remediation")) {
            rule.remediation = text(*entry).trimmed();
        }
        if (const Entry *entry = map.find("automated")) {
            rule.automated = boolean(*entry);
        }
        if (const Entry *entry = map.find("evidence_source")) {
            const QString source = text(*entry);
            if (source == QLatin1String("api")) {
                rule.evidenceSource = Rule::EvidenceSource::Api;
            } else if (source == QLatin1String("host")) {
                rule.evidenceSource = Rule::EvidenceSource::Host;
            } else {
                fail(*entry, Tr::tr("unknown evidence_source \"%1\" (expected api or host)").arg(source));
            }
        }
        if (const Entry *entry = map.find("on_fail")) {
            const QString status = text(*entry);
            const auto value = statusFromName(status);
            if (!value || (*value != Status::Fail && *value != Status::Warn && *value != Status::Info)) {
                fail(*entry, Tr::tr("unknown on_fail \"%1\" (expected fail, warn or info)").arg(status));
            }
            rule.onFail = *value;
        }
        if (const Entry *entry = map.find("references")) {
            rule.references = textList(*entry);
        }
        if (const Entry *entry = map.find("applies_when")) {
            rule.appliesWhen = conditionOf(*entry);
        }
        if (const Entry *entry = map.find("fail_when")) {
            rule.failWhen = conditionOf(*entry);
        }
        if (const Entry *entry = map.find("pass_when")) {
            rule.passWhen = conditionOf(*entry);
        }
        if (const Entry *entry = map.find("builtin")) {
            rule.builtin = text(*entry).trimmed();
            if (rule.builtin.isEmpty()) {
                fail(*entry, Tr::tr("\"builtin\" is empty"));
            }
            if (!BuiltinChecks::instance().find(rule.builtin)) {
                fail(*entry,
                     Tr::tr("unknown built-in check \"%1\" (known: %2)")
                         .arg(rule.builtin, BuiltinChecks::instance().names().join(QStringLiteral(", "))));
            }
        }
        if (const Entry *entry = map.find("params")) {
            if (!entry->value.IsMap()) {
                fail(*entry, Tr::tr("\"params\" must be a mapping"));
            }
            rule.params = toJson(entry->value, 0).toObject();
        }
        if (const Entry *entry = map.find("evidence")) {
            if (entry->value.IsNull()) {
                fail(*entry, Tr::tr("\"evidence\" is empty"));
            }
            if (entry->value.IsSequence()) {
                for (const YAML::Node &path : entry->value) {
                    rule.evidencePaths.append(readPath(path, QStringLiteral("evidence")));
                }
            } else {
                rule.evidencePaths.append(readPath(entry->value, QStringLiteral("evidence")));
            }
        }

        if (rule.automated && checks.isEmpty()) {
            fail(node,
                 Tr::tr("rule %1 has no check: add fail_when, pass_when or builtin, or mark it automated: false")
                     .arg(rule.id));
        }
        if (!rule.automated && !checks.isEmpty()) {
            fail(checks.first()->keyNode,
                 Tr::tr("rule %1 is a manual review (automated: false) and cannot have \"%2\"")
                     .arg(rule.id, checks.first()->key));
        }
        if (const Entry *entry = map.find("params"); entry && rule.builtin.isEmpty()) {
            fail(entry->keyNode, Tr::tr("\"params\" is only used with \"builtin\""));
        }
        if (const Entry *entry = map.find("evidence"); entry && !rule.failWhen && !rule.passWhen) {
            fail(entry->keyNode, Tr::tr("\"evidence\" is only used with fail_when or pass_when"));
        }
        return rule;
    }

    QStringList textList(const Entry &entry)
    {
        QStringList list;
        if (entry.value.IsNull()) {
            return list;
        }
        if (!entry.value.IsSequence()) {
            fail(entry, Tr::tr("\"%1\" must be a list").arg(entry.key));
        }
        for (const YAML::Node &item : entry.value) {
            if (!item.IsScalar()) {
                fail(item, Tr::tr("the entries of \"%1\" must be texts").arg(entry.key));
            }
            list.append(fromStd(item.Scalar()));
        }
        return list;
    }

    JsonPath readPath(const YAML::Node &node, const QString &key)
    {
        JsonPath path;
        if (node.IsScalar()) {
            const QString value = fromStd(node.Scalar()).trimmed();
            if (value == QLatin1String(".")) {
                return path; // the element itself
            }
            path = value.split(QLatin1Char('.'));
        } else if (node.IsSequence()) {
            for (const YAML::Node &segment : node) {
                if (!segment.IsScalar()) {
                    fail(segment, Tr::tr("the segments of a path must be texts"));
                }
                path.append(fromStd(segment.Scalar()));
            }
        } else {
            fail(
                node,
                Tr::tr("\"%1\" must be a path: Dotted.Keys, a list of keys, or \".\" for the element itself").arg(key));
        }
        if (path.isEmpty() || std::any_of(path.begin(), path.end(), [](const QString &segment) {
                return segment.isEmpty();
            })) {
            fail(node, Tr::tr("path \"%1\" has an empty segment").arg(path.join(QLatin1Char('.'))));
        }
        if (std::any_of(path.begin(), path.end(), [](const QString &segment) {
                return segment.endsWith(QLatin1String("[]"));
            })) {
            fail(node,
                 Tr::tr("path \"%1\": write any_element or all_elements instead of \"[]\"")
                     .arg(path.join(QLatin1Char('.'))));
        }
        return path;
    }

    QJsonValue toJson(const YAML::Node &node, int depth)
    {
        if (depth > MaxDepth || ++m_nodes > MaxNodes) {
            fail(node, Tr::tr("the value is nested too deeply or too large"));
        }
        switch (node.Type()) {
        case YAML::NodeType::Scalar: {
            const QString value = fromStd(node.Scalar());
            return isQuoted(node) ? QJsonValue(value) : plainScalar(value);
        }
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node &item : node) {
                array.append(toJson(item, depth + 1));
            }
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!it->first.IsScalar()) {
                    fail(it->first, Tr::tr("the keys of a mapping must be texts"));
                }
                const QString key = fromStd(it->first.Scalar());
                if (object.contains(key)) {
                    fail(it->first, Tr::tr("key \"%1\" appears twice in this mapping").arg(key));
                }
                object.insert(key, toJson(it->second, depth + 1));
            }
            return object;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined: break;
        }
        return QJsonValue(QJsonValue::Null);
    }

    Condition conditionOf(const Entry &entry)
    {
        if (entry.value.IsNull()) {
            fail(entry, Tr::tr("the condition is empty"));
        }
        return readCondition(entry.value, 0);
    }

    Condition readCondition(const YAML::Node &node, int depth)
    {
        if (depth > MaxDepth || ++m_nodes > MaxNodes) {
            fail(node, Tr::tr("conditions are nested too deeply"));
        }
        static constexpr std::array ConditionKeys{"path",
                                                  "eq",
                                                  "ne",
                                                  "in",
                                                  "contains",
                                                  "matches",
                                                  "lt",
                                                  "gt",
                                                  "exists",
                                                  "empty",
                                                  "all",
                                                  "any",
                                                  "not",
                                                  "any_element",
                                                  "all_elements"};
        if (node.IsNull()) {
            fail(node, Tr::tr("the condition is empty"));
        }
        const Mapping map(node, Tr::tr("condition"), ConditionKeys);
        Condition condition;
        const Entry *operatorEntry = nullptr;
        for (const Entry &entry : map.entries()) {
            const auto known = std::find_if(Operators.begin(), Operators.end(), [&entry](const auto &candidate) {
                return entry.key == QLatin1String(candidate.second);
            });
            if (known == Operators.end()) {
                continue; // "path"
            }
            if (operatorEntry) {
                fail(
                    entry.keyNode,
                    Tr::tr("a condition has one operator, this one has \"%1\" and \"%2\"; combine them with all or any")
                        .arg(operatorEntry->key, entry.key));
            }
            operatorEntry = &entry;
            condition.op = known->first;
        }
        if (!operatorEntry) {
            fail(node, Tr::tr("the condition has no operator (expected one of: %1)").arg(operatorNames()));
        }
        const Entry &entry = *operatorEntry;
        const YAML::Node &value = entry.value;
        const Entry *pathEntry = map.find("path");
        const bool combinator = condition.op == Condition::Op::All || condition.op == Condition::Op::Any ||
                                condition.op == Condition::Op::Not;
        if (combinator && pathEntry) {
            fail(pathEntry->keyNode, Tr::tr("\"%1\" takes no path; put the paths in its conditions").arg(entry.key));
        }
        if (!combinator) {
            if (!pathEntry) {
                fail(node,
                     Tr::tr("the condition \"%1\" needs a path (\"path: .\" for the element itself)").arg(entry.key));
            }
            if (pathEntry->value.IsNull()) {
                fail(*pathEntry, Tr::tr("\"path\" is empty (\"path: .\" for the element itself)"));
            }
            condition.path = readPath(pathEntry->value, QStringLiteral("path"));
        }

        switch (condition.op) {
        case Condition::Op::Eq:
        case Condition::Op::Ne:
        case Condition::Op::Contains: condition.operand = toJson(value, depth + 1); break;
        case Condition::Op::In:
            if (!value.IsSequence()) {
                fail(entry, Tr::tr("\"in\" needs a list of values: in: [a, b]"));
            }
            for (const YAML::Node &item : value) {
                condition.operands.append(toJson(item, depth + 1));
            }
            break;
        case Condition::Op::Matches: {
            if (!value.IsScalar()) {
                fail(entry, Tr::tr("\"matches\" needs a regular expression"));
            }
            const QString pattern = fromStd(value.Scalar());
            condition.pattern = QRegularExpression(pattern);
            if (!condition.pattern.isValid()) {
                fail(entry,
                     Tr::tr("invalid regular expression \"%1\": %2 at offset %3")
                         .arg(pattern, condition.pattern.errorString())
                         .arg(condition.pattern.patternErrorOffset()));
            }
            break;
        }
        case Condition::Op::Lt:
        case Condition::Op::Gt:
            condition.operand = toJson(value, depth + 1);
            if (!condition.operand.isDouble()) {
                fail(entry, Tr::tr("\"%1\" needs a number").arg(entry.key));
            }
            break;
        case Condition::Op::Exists:
        case Condition::Op::Empty: condition.operand = boolean(entry); break;
        case Condition::Op::All:
        case Condition::Op::Any:
            if (!value.IsSequence() || value.size() == 0) {
                fail(entry, Tr::tr("\"%1\" needs a list of conditions").arg(entry.key));
            }
            for (const YAML::Node &child : value) {
                condition.children.append(readCondition(child, depth + 1));
            }
            break;
        case Condition::Op::Not:
        case Condition::Op::AnyElement:
        case Condition::Op::AllElements:
            if (!value.IsMap()) {
                fail(entry, Tr::tr("\"%1\" needs one condition (a mapping)").arg(entry.key));
            }
            condition.children.append(readCondition(value, depth + 1));
            break;
        }
        return condition;
    }

    static QString operatorNames()
    {
        QStringList names;
        for (const auto &[op, name] : Operators) {
            names.append(QLatin1String(name));
        }
        return names.join(QStringLiteral(", "));
    }

    QString m_fileName;
    int m_nodes = 0;
};

Result<RulePack> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, Tr::tr("Cannot read the rule pack %1: %2").arg(path, file.errorString()), {}};
    }
    return RulePackLoader::fromYaml(file.readAll(), path);
}

Result<RulePack> readFiles(const QDir &dir, const QStringList &names)
{
    QList<RulePack> packs;
    for (const QString &name : names) {
        Result<RulePack> pack = readFile(dir.filePath(name));
        if (!pack.ok()) {
            return pack.error();
        }
        packs.append(std::move(pack).value());
    }
    return RulePackLoader::merge(packs);
}

} // namespace

Result<RulePack> RulePackLoader::builtin(Texts texts)
{
    const QDir dir(QStringLiteral(":/rules"));
    const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        return Error{ErrorKind::Parse, Tr::tr("No built-in rule packs in :/rules"), {}};
    }
    Result<RulePack> pack = readFiles(dir, names);
    if (pack.ok() && texts == Texts::Translated) {
        for (Rule &rule : pack.value().rules) {
            for (QString *text : {&rule.title, &rule.description, &rule.rationale, &rule.remediation}) {
                if (!text->isEmpty()) {
                    *text = QCoreApplication::translate(RuleTextContext, text->toUtf8().constData());
                }
            }
        }
    }
    return pack;
}

Result<RulePack> RulePackLoader::fromDirectory(const QString &directory)
{
    const QFileInfo info(directory);
    if (!info.exists()) {
        return Error{ErrorKind::Io, Tr::tr("The rule directory %1 does not exist").arg(directory), {}};
    }
    if (!info.isDir()) {
        return Error{ErrorKind::Io, Tr::tr("%1 is not a directory").arg(directory), {}};
    }
    if (!info.isReadable() || !info.isExecutable()) {
        return Error{ErrorKind::Io, Tr::tr("Cannot read the rule directory %1").arg(directory), {}};
    }
    const QDir dir(directory);
    const QStringList names =
        dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        return Error{
            ErrorKind::Parse, Tr::tr("The rule directory %1 holds no rule packs (*.yaml, *.yml)").arg(directory), {}};
    }
    return readFiles(dir, names);
}

Result<RulePack> RulePackLoader::fromYaml(const QByteArray &yaml, const QString &fileName)
{
    RulePack pack;
    const VoidResult read = readYamlDocument(yaml,
                                             fileName,
                                             Tr::tr("a rule pack is one YAML document; remove the \"---\""),
                                             [&pack, &fileName](const YAML::Node &root) {
                                                 pack = PackReader(fileName).read(root);
                                             });
    if (!read.ok()) {
        return read.error();
    }
    return pack;
}

Result<RulePack> RulePackLoader::merge(const QList<RulePack> &packs)
{
    RulePack merged;
    QStringList names;
    QStringList versions;
    QHash<QString, const Rule *> seen;
    for (const RulePack &pack : packs) {
        if (!names.contains(pack.name)) {
            names.append(pack.name);
        }
        if (!versions.contains(pack.version)) {
            versions.append(pack.version);
        }
        for (const Rule &rule : pack.rules) {
            if (const Rule *first = seen.value(rule.id)) {
                return Error{ErrorKind::Parse,
                             located(rule.sourceFile,
                                     rule.sourceLine,
                                     Tr::tr("duplicate rule id \"%1\" (first defined at %2:%3)")
                                         .arg(rule.id, first->sourceFile)
                                         .arg(first->sourceLine)),
                             {}};
            }
            seen.insert(rule.id, &rule);
        }
    }
    for (const RulePack &pack : packs) {
        merged.rules.append(pack.rules);
    }
    merged.name = names.join(QLatin1Char('+'));
    merged.version = versions.join(QLatin1Char('+'));
    return merged;
}

} // namespace hullcheck::core
