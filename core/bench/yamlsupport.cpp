#include "core/bench/yamlsupport.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::YamlSupport)
};

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
        const std::vector<YAML::Node> documents = YAML::LoadAll(yaml.toStdString());
        if (documents.size() > 1) {
            throw LoadFailure{lineOf(documents.at(1)), oneDocumentMessage};
        }
        read(documents.empty() ? YAML::Node() : documents.front());
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
