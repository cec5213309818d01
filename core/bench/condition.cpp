#include "core/bench/condition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hullcheck::core {

namespace {

bool isEmptyValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null: return true;
    case QJsonValue::String: return value.toString().isEmpty();
    case QJsonValue::Array: return value.toArray().isEmpty();
    case QJsonValue::Object: return value.toObject().isEmpty();
    default: return false;
    }
}

// Equality as a rule author means it: 1 == 1.0, "true" != true.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() == b.toDouble();
    }
    return a == b;
}

bool containsValue(const QJsonValue &haystack, const QJsonValue &needle)
{
    if (haystack.isArray()) {
        const QJsonArray array = haystack.toArray();
        return std::any_of(array.begin(), array.end(), [&needle](const QJsonValue &element) {
            return sameValue(element, needle);
        });
    }
    if (haystack.isString() && needle.isString()) {
        return haystack.toString().contains(needle.toString());
    }
    return false;
}

bool matchesPattern(const QJsonValue &value, const QRegularExpression &pattern)
{
    if (value.isString()) {
        return pattern.match(value.toString()).hasMatch();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [&pattern](const QJsonValue &element) {
            return element.isString() && pattern.match(element.toString()).hasMatch();
        });
    }
    return false;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("(missing)");
}

} // namespace

QJsonValue resolvePath(const QJsonValue &root, const JsonPath &path)
{
    QJsonValue current = root;
    for (const QString &segment : path) {
        if (current.isObject()) {
            current = current.toObject().value(segment);
        } else if (current.isArray()) {
            bool numeric = false;
            const int index = segment.toInt(&numeric);
            if (!numeric || index < 0 || index >= current.toArray().size()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            current = current.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

bool Condition::evaluate(const QJsonValue &object) const
{
    const QJsonValue value = resolvePath(object, path);
    switch (op) {
    case Op::Eq: return !value.isUndefined() && sameValue(value, operand);
    case Op::Ne: return !(!value.isUndefined() && sameValue(value, operand));
    case Op::In:
        return !value.isUndefined() &&
               std::any_of(operands.begin(), operands.end(), [&value](const QJsonValue &candidate) {
                   return sameValue(value, candidate);
               });
    case Op::Contains: return containsValue(value, operand);
    case Op::Matches: return matchesPattern(value, pattern);
    case Op::Lt: return value.isDouble() && value.toDouble() < operand.toDouble();
    case Op::Gt: return value.isDouble() && value.toDouble() > operand.toDouble();
    case Op::Exists: return (!value.isUndefined() && !value.isNull()) == operand.toBool(true);
    case Op::Empty: return isEmptyValue(value) == operand.toBool(true);
    case Op::All:
        return std::all_of(children.begin(), children.end(), [&object](const Condition &child) {
            return child.evaluate(object);
        });
    case Op::Any:
        return std::any_of(children.begin(), children.end(), [&object](const Condition &child) {
            return child.evaluate(object);
        });
    case Op::Not: return !children.isEmpty() && !children.first().evaluate(object);
    case Op::AnyElement:
    case Op::AllElements: {
        if (!value.isArray() || children.isEmpty()) {
            return op == Op::AllElements && isEmptyValue(value);
        }
        const QJsonArray array = value.toArray();
        const Condition &child = children.first();
        const auto holds = [&child](const QJsonValue &element) {
            return child.evaluate(element);
        };
        return op == Op::AnyElement ? std::any_of(array.begin(), array.end(), holds)
                                    : std::all_of(array.begin(), array.end(), holds);
    }
    }
    return false;
}

QString Condition::describe() const
{
    const QString where = path.isEmpty() ? QStringLiteral(".") : path.join(QLatin1Char('.'));
    const auto joined = [this](const QString &separator) -> QString {
        QStringList parts;
        for (const Condition &child : children) {
            parts.append(child.describe());
        }
        return QLatin1Char('(') + parts.join(separator) + QLatin1Char(')');
    };
    switch (op) {
    case Op::Eq: return where + QStringLiteral(" = ") + valueText(operand);
    case Op::Ne: return where + QStringLiteral(" != ") + valueText(operand);
    case Op::In: {
        QStringList values;
        for (const QJsonValue &candidate : operands) {
            values.append(valueText(candidate));
        }
        return where + QStringLiteral(" in [") + values.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case Op::Contains: return where + QStringLiteral(" contains ") + valueText(operand);
    case Op::Matches: return where + QStringLiteral(" matches /") + pattern.pattern() + QLatin1Char('/');
    case Op::Lt: return where + QStringLiteral(" < ") + valueText(operand);
    case Op::Gt: return where + QStringLiteral(" > ") + valueText(operand);
    case Op::Exists: return where + (operand.toBool(true) ? QStringLiteral(" exists") : QStringLiteral(" is missing"));
    case Op::Empty:
        return where + (operand.toBool(true) ? QStringLiteral(" is empty") : QStringLiteral(" is not empty"));
    case Op::All: return joined(QStringLiteral(" and "));
    case Op::Any: return joined(QStringLiteral(" or "));
    case Op::Not: return QStringLiteral("not ") + joined(QString());
    case Op::AnyElement: return QStringLiteral("some ") + where + QStringLiteral(" has ") + joined(QString());
    case Op::AllElements: return QStringLiteral("every ") + where + QStringLiteral(" has ") + joined(QString());
    }
    return {};
}

} // namespace hullcheck::core
