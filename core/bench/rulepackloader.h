#pragma once

#include "core/bench/rule.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace hullcheck::core {

// The translation context of the built-in rules' texts.
inline constexpr const char *RuleTextContext = "hullcheck::rules";

// Reads YAML rule packs (format: resources/rules/FORMAT.md). Every error names the file and line.
class HULLCHECK_CORE_EXPORT RulePackLoader final
{
public:
    // Built-in rule texts (title, description, rationale, remediation) are translatable: the
    // hullcheck-ruletexts tool hands them to lupdate under the context "hullcheck::rules".
    enum class Texts { Translated, Source };
    // The packs compiled into Hullcheck (resources/rules/*.yaml, under ":/rules"), their texts in the
    // language of the installed translators unless `texts` asks for the English source.
    static Result<RulePack> builtin(Texts texts = Texts::Translated);
    // Every *.yaml / *.yml file of a directory, in name order, merged into one pack (--rules DIR).
    static Result<RulePack> fromDirectory(const QString &directory);
    // One file's text; `fileName` is used in messages and Rule::sourceFile.
    static Result<RulePack> fromYaml(const QByteArray &yaml, const QString &fileName);
    // Several packs into one: rule ids must be unique across them; the version lists each pack's.
    static Result<RulePack> merge(const QList<RulePack> &packs);
};

} // namespace hullcheck::core
