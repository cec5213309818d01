#pragma once

#include "core/bench/builtinchecks.h"
#include "core/bench/finding.h"
#include "core/bench/rule.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

// Helpers shared by the builtin checks (containerchecks.cpp, daemonchecks.cpp, hostchecks.cpp, imagechecks.cpp).
// Private to core: nothing here is exported.
namespace hullcheck::core {

// JSON

// The value at a path of object keys ({"HostConfig", "Privileged"}); Undefined when a step is not an object.
QJsonValue at(const QJsonValue &root, std::initializer_list<const char *> keys);
// The string elements of an array; other elements are left out.
QStringList strings(const QJsonValue &value);

// Rule parameters (Rule::params)

// A list of texts (numbers as text), or one text as a list of one; `fallback` when it is neither.
QStringList paramStrings(const Rule &rule, const char *key, const QStringList &fallback);
// A number, or a text that reads as one.
std::optional<double> paramNumber(const Rule &rule, const char *key);

// Outcomes

CheckOutcome outcome(Status status, const QString &evidence, const QString &reason = {}, const QString &value = {});
// Skip with the reason it could not apply.
CheckOutcome skip(const QString &reason);

// "a, b, c"
QString listText(const QStringList &items);

// A compiled regular expression for a pattern that comes from rule parameters or a policy: compiling costs far
// more than matching, and the same pattern is used on every object of a scan. Cached per thread.
const QRegularExpression &cachedRegularExpression(const QString &pattern,
                                                  QRegularExpression::PatternOptions options = {});

} // namespace hullcheck::core
