#pragma once

#include "core/hullcheck_core_export.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace hullcheck::core {

// A path into an object's JSON: segments, where "[]" after a segment means "every element of this array"
// is only allowed through Condition::AnyElement / AllElements. Written in YAML as "HostConfig.Privileged" or,
// when a key holds dots, as a list: [Options, com.docker.network.bridge.enable_icc].
using JsonPath = QStringList;

HULLCHECK_CORE_EXPORT QJsonValue resolvePath(const QJsonValue &root, const JsonPath &path);

// A declarative check over an object's JSON. Missing values resolve to undefined: eq/in/contains/matches/lt/gt
// are false on them, `exists: false` and `empty: true` are true.
struct HULLCHECK_CORE_EXPORT Condition
{
    enum class Op {
        Eq,          // value == operand (numbers compared as numbers, strings exactly, bools)
        Ne,          // not Eq
        In,          // value equals one of operands
        Contains,    // array contains operand, or string contains operand
        Matches,     // string matches the regular expression (also: any array element matches)
        Lt,          // number < operand
        Gt,          // number > operand
        Exists,      // value is present and not null == operand (bool)
        Empty,       // value is missing, null, "", [], {} or 0-length == operand (bool)
        All,         // every child holds
        Any,         // at least one child holds
        Not,         // the single child does not hold
        AnyElement,  // the value at path is an array and some element satisfies the child (paths relative to it)
        AllElements, // the value at path is an array and every element satisfies the child (empty array: true)
    };

    Op op = Op::Eq;
    JsonPath path;
    QJsonValue operand;         // Eq, Ne, Contains, Lt, Gt, Exists, Empty
    QList<QJsonValue> operands; // In
    QRegularExpression pattern; // Matches
    QList<Condition> children;  // All, Any, Not (one), AnyElement/AllElements (one)

    bool evaluate(const QJsonValue &object) const;
    // A short text of what it tests, for evidence: "HostConfig.Privileged = true".
    QString describe() const;
};

} // namespace hullcheck::core
