#include "core/bench/yamlsupport.h"

#include <QCoreApplication>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::YamlSupport)
};

// Where each document of a stream starts: the mark of its root node (a null root included), as the node's Mark().
class DocumentStarts final : public YAML::EventHandler
{
public:
    std::vector<YAML::Mark> roots;

    void OnDocumentStart(const YAML::Mark & /*mark*/) override { m_rootSeen = false; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t /*anchor*/) override { node(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t /*anchor*/) override { node(mark); }
    void OnScalar(const YAML::Mark &mark,
                  const std::string & /*tag*/,
                  YAML::anchor_t /*anchor*/,
                  const std::string & /*value*/) override
    {
        node(mark);
    }
    void OnSequenceStart(const YAML::Mark &mark,
                         const std::string & /*tag*/,
                         YAML::anchor_t /*anchor*/,
                         YAML::EmitterStyle::value /*style*/) override
    {
        node(mark);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &mark,
                    const std::string & /*tag*/,
                    YAML::anchor_t /*anchor*/,
                    YAML::EmitterStyle::value /*style*/) override
    {
        node(mark);
    }
    void OnMapEnd() override {}

private:
    void node(const YAML::Mark &mark)
    {
        if (!m_rootSeen) {
            roots.push_back(mark);
            m_rootSeen = true;
        }
    }

    bool m_rootSeen = false;
};

// The root marks of the stream's first documents, at most `limit`. yaml-cpp 0.7 (Debian 12) does not consume a token
// it cannot start a node with (a stray ","): each further document is then an empty one at the same place, and
// YAML::LoadAll() collects them for ever, until memory runs out (jbeder/yaml-cpp#1040, fixed upstream by #1319).
// A document that starts where the previous one did is that loop, reported as a syntax error at its line.
std::vector<YAML::Mark> documentRoots(const std::string &text, std::size_t limit)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    DocumentStarts starts;
    while (starts.roots.size() < limit && parser.HandleNextDocument(starts)) {
        const std::size_t count = starts.roots.size();
        if (count >= 2 && starts.roots.at(count - 1).pos == starts.roots.at(count - 2).pos) {
            throw LoadFailure{starts.roots.back().line + 1, Tr::tr("YAML syntax error: unexpected character")};
        }
    }
    return starts.roots;
}

} // namespace

int lineOf(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 1 : mark.line + 1;
}

[[noreturn]] void fail(const YAML::Node &node, const QString &message)
{
    throw LoadFailure{lineOf(node), message};
}

[[noreturn]] void fail(const YamlEntry &entry, const QString &message)
{
    fail(entry.value.IsNull() ? entry.keyNode : entry.value, message);
}

bool isQuoted(const YAML::Node &node)
{
    // yaml-cpp tags plain scalars "?", quoted and block scalars "!"; "!!str" is spelled out.
    return node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str";
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString located(const QString &fileName, int line, const QString &message)
{
    return QString(fileName + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message);
}

VoidResult readYamlDocument(const QByteArray &yaml,
                            const QString &fileName,
                            const QString &oneDocumentMessage,
                            const std::function<void(const YAML::Node &root)> &read)
{
    try {
        const std::string text = yaml.toStdString();
        // A third document tells a real second document from the endless empty ones (documentRoots()).
        const std::vector<YAML::Mark> roots = documentRoots(text, 3);
        if (roots.size() > 1) {
            throw LoadFailure{roots.at(1).line + 1, oneDocumentMessage};
        }
        read(roots.empty() ? YAML::Node() : YAML::Load(text));
        return Done{};
    } catch (const LoadFailure &failure) {
        return Error{ErrorKind::Parse, located(fileName, failure.line, failure.message), {}};
    } catch (const YAML::Exception &exception) {
        const int line = exception.mark.is_null() ? 1 : exception.mark.line + 1;
        return Error{ErrorKind::Parse,
                     located(fileName, line, Tr::tr("YAML syntax error: %1").arg(fromStd(exception.msg))),
                     fromStd(exception.what())};
    }
}

} // namespace hullcheck::core
