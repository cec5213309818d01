#include "core/bench/policywriter.h"

#include "core/bench/policyloader.h"
#include "core/bench/yamlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <limits>
#include <optional>
#include <string>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::PolicyWriter)
};

std::string toStd(const QString &text)
{
    return text.toStdString();
}

// The waiver as one block-sequence entry ("- rule: ...\n  target: ..."), every text double-quoted by yaml-cpp
// so a target such as "*web" or a reason with a colon stays a plain string.
QByteArray waiverEntry(const Waiver &waiver)
{
    YAML::Emitter out;
    out << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "rule" << YAML::Value << YAML::DoubleQuoted << toStd(waiver.ruleId);
    out << YAML::Key << "target" << YAML::Value << YAML::DoubleQuoted << toStd(waiver.targetPattern);
    out << YAML::Key << "reason" << YAML::Value << YAML::DoubleQuoted << toStd(waiver.reason);
    if (!waiver.approver.isEmpty()) {
        out << YAML::Key << "approver" << YAML::Value << YAML::DoubleQuoted << toStd(waiver.approver);
    }
    if (waiver.expires.isValid()) {
        out << YAML::Key << "expires" << YAML::Value << toStd(waiver.expires.toString(Qt::ISODate));
    }
    out << YAML::EndMap << YAML::EndSeq;
    return QByteArray(out.c_str()) + '\n';
}

QByteArray indented(const QByteArray &block, int indent)
{
    const QByteArray prefix(indent, ' ');
    QByteArray result;
    for (const QByteArray &line : block.split('\n')) {
        if (!line.isEmpty()) {
            result += prefix + line + '\n';
        }
    }
    return result;
}

// Inserts the entry as text; nullopt when the layout is one this does not edit (flow style, "waivers: ~").
std::optional<QByteArray> insertAsText(const QByteArray &yaml, const QByteArray &entry)
{
    const YAML::Node root = YAML::Load(yaml.toStdString());
    QByteArray text = yaml;
    if (!text.isEmpty() && !text.endsWith('\n')) {
        text += '\n';
    }
    if (!root || root.IsNull()) {
        return text + "version: 1\nwaivers:\n" + indented(entry, 2);
    }
    if (!root.IsMap()) {
        return std::nullopt;
    }
    int waiversLine = -1;
    int nextKeyLine = std::numeric_limits<int>::max();
    YAML::Node waivers;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it->first.Scalar() == "waivers") {
            waiversLine = it->first.Mark().line;
            waivers = it->second;
        }
    }
    if (waiversLine < 0) {
        return text + "waivers:\n" + indented(entry, 2);
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        const int line = it->first.Mark().line;
        if (line > waiversLine && line < nextKeyLine) {
            nextKeyLine = line;
        }
    }
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast(); // the text ends with '\n'
    int insertAt = 0;
    int indent = 2;
    if (waivers.IsNull()) {
        // Only "waivers:" with nothing (or a comment) after the colon.
        const QByteArray rest = lines.value(waiversLine).mid(lines.value(waiversLine).indexOf(':') + 1).trimmed();
        if (!rest.isEmpty() && !rest.startsWith('#')) {
            return std::nullopt;
        }
        insertAt = waiversLine + 1;
    } else if (waivers.IsSequence() && waivers.Style() == YAML::EmitterStyle::Block) {
        indent = waivers.Mark().column;
        insertAt = std::min(nextKeyLine, static_cast<int>(lines.size()));
        // Blank lines and top-level comments just before the next key belong to that key.
        while (insertAt - 1 > waiversLine &&
               (lines.at(insertAt - 1).trimmed().isEmpty() || lines.at(insertAt - 1).startsWith('#'))) {
            --insertAt;
        }
    } else {
        return std::nullopt;
    }
    for (const QByteArray &line : indented(entry, indent).split('\n')) {
        if (!line.isEmpty()) {
            lines.insert(insertAt++, line);
        }
    }
    return lines.join('\n') + '\n';
}

// Rewrites the whole document through yaml-cpp; comments are lost, so this is only the fallback.
QByteArray insertByRewrite(const QByteArray &yaml, const Waiver &waiver)
{
    YAML::Node root = YAML::Load(yaml.toStdString());
    const YAML::Node entry = YAML::Load(waiverEntry(waiver).toStdString())[0];
    if (!root["waivers"] || !root["waivers"].IsSequence()) {
        root["waivers"] = YAML::Node(YAML::NodeType::Sequence);
    }
    root["waivers"].SetStyle(YAML::EmitterStyle::Block);
    root["waivers"].push_back(entry);
    YAML::Emitter out;
    out << root;
    return QByteArray(out.c_str()) + '\n';
}

bool loadsWithWaiver(const QByteArray &yaml, const QString &fileName, qsizetype expectedCount)
{
    const Result<Policy> policy = PolicyLoader::fromYaml(yaml, fileName);
    return policy.ok() && policy.value().waivers.size() == expectedCount;
}

} // namespace

Result<QByteArray> PolicyWriter::withWaiver(const QByteArray &yaml, const Waiver &waiver, const QString &fileName)
{
    if (waiver.ruleId.trimmed().isEmpty() || waiver.targetPattern.trimmed().isEmpty() ||
        waiver.reason.trimmed().isEmpty()) {
        return Error{ErrorKind::InvalidArgument, Tr::tr("A waiver needs a rule, a target and a reason."), {}};
    }
    const Result<Policy> before = PolicyLoader::fromYaml(yaml, fileName);
    if (!before.ok()) {
        Error error = before.error();
        //: %1 is the loader's message, naming the file and line
        error.message = Tr::tr("The policy file has errors; fix them before adding a waiver.\n%1").arg(error.message);
        return error;
    }
    const qsizetype expected = before.value().waivers.size() + 1;
    const QByteArray entry = waiverEntry(waiver);
    try {
        if (const std::optional<QByteArray> edited = insertAsText(yaml, entry);
            edited && loadsWithWaiver(*edited, fileName, expected)) {
            return *edited;
        }
        const QByteArray rewritten = insertByRewrite(yaml, waiver);
        if (loadsWithWaiver(rewritten, fileName, expected)) {
            return rewritten;
        }
    } catch (const YAML::Exception &exception) {
        return Error{ErrorKind::Parse, Tr::tr("Cannot add the waiver to %1.").arg(fileName), fromStd(exception.what())};
    }
    return Error{ErrorKind::Parse, Tr::tr("Cannot add the waiver to %1.").arg(fileName), {}};
}

VoidResult PolicyWriter::appendWaiver(const QString &path, const Waiver &waiver)
{
    QByteArray yaml;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            return Error{ErrorKind::Io, Tr::tr("Cannot read the policy %1: %2").arg(path, existing.errorString()), {}};
        }
        yaml = existing.readAll();
        existing.close();
    }
    const Result<QByteArray> updated = withWaiver(yaml, waiver, path);
    if (!updated.ok()) {
        return updated.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(updated.value()) != updated.value().size() || !file.commit()) {
        return Error{ErrorKind::Io, Tr::tr("Cannot write the policy %1: %2").arg(path, file.errorString()), {}};
    }
    return Done{};
}

} // namespace hullcheck::core
