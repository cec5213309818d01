#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <functional>
#include <string>

// Helpers shared by the YAML loaders (policyloader.cpp, rulepackloader.cpp). Private to core: nothing here is
// exported. yaml-cpp stays out of core headers, so its types are only declared here; the loaders include
// <yaml-cpp/yaml.h> themselves.
namespace YAML { // NOLINT(readability-identifier-naming): yaml-cpp's own namespace, only declared here
class Node;
}

namespace hullcheck::core {

// An error at a line of the file, thrown while reading a document; readYamlDocument() turns it into an Error.
struct LoadFailure
{
    int line = 1;
    QString message;
};

// One key of a mapping, with the nodes for line numbers. `Node` is always YAML::Node (use YamlEntry); it is a
// template parameter only so that this header needs no yaml-cpp include.
template <typename Node = YAML::Node>
struct BasicYamlEntry
{
    QString key;
    Node keyNode;
    Node value;
};
using YamlEntry = BasicYamlEntry<>;

// The 1-based line of a node; 1 when the node has no mark.
int lineOf(const YAML::Node &node);
[[noreturn]] void fail(const YAML::Node &node, const QString &message);
// An empty value ("key:" at the end of a line) is marked on the next line; this names the key's line instead.
[[noreturn]] void fail(const YamlEntry &entry, const QString &message);

// Whether a scalar was written quoted ("1", 'true') or as a block, so it is text whatever it reads like.
bool isQuoted(const YAML::Node &node);
QString fromStd(const std::string &text);

// "FILE:LINE: message"
QString located(const QString &fileName, int line, const QString &message);

// "a, b, c" for the allowed keys in messages.
template <std::size_t N>
QString joinedNames(const std::array<const char *, N> &names)
{
    QStringList list;
    for (const char *name : names) {
        list.append(QLatin1String(name));
    }
    return list.join(QStringLiteral(", "));
}

// Parses `yaml`, the text of `fileName`, as one YAML document and hands its root (a null node for an empty text)
// to `read`. A LoadFailure thrown by `read`, a second document (`oneDocumentMessage`) and a YAML syntax error
// come back as a Parse error whose message starts with "FILE:LINE: ".
VoidResult readYamlDocument(const QByteArray &yaml,
                            const QString &fileName,
                            const QString &oneDocumentMessage,
                            const std::function<void(const YAML::Node &root)> &read);

} // namespace hullcheck::core
