#include "core/bench/checksupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QPair>

namespace hullcheck::core {

QJsonValue at(const QJsonValue &root, std::initializer_list<const char *> keys)
{
    QJsonValue current = root;
    for (const char *key : keys) {
        if (!current.isObject()) {
            return {QJsonValue::Undefined};
        }
        current = current.toObject().value(QLatin1String(key));
    }
    return current;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const auto &element : value.toArray()) {
        if (element.isString()) {
            list.append(element.toString());
        }
    }
    return list;
}

QStringList paramStrings(const Rule &rule, const char *key, const QStringList &fallback)
{
    const QJsonValue value = rule.params.value(QLatin1String(key));
    if (value.isArray()) {
        QStringList list;
        for (const auto &element : value.toArray()) {
            if (element.isString()) {
                list.append(element.toString());
            } else if (element.isDouble()) {
                list.append(QString::number(element.toDouble(), 'g', 15));
            }
        }
        return list;
    }
    if (value.isString()) {
        return {value.toString()};
    }
    return fallback;
}

std::optional<double> paramNumber(const Rule &rule, const char *key)
{
    const QJsonValue value = rule.params.value(QLatin1String(key));
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (ok) {
            return number;
        }
    }
    return std::nullopt;
}

CheckOutcome outcome(Status status, const QString &evidence, const QString &reason, const QString &value)
{
    CheckOutcome result;
    result.status = status;
    result.evidence = evidence;
    result.reason = reason;
    result.value = value;
    return result;
}

CheckOutcome skip(const QString &reason)
{
    return outcome(Status::Skip, QString(), reason);
}

QString listText(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

const QRegularExpression &cachedRegularExpression(const QString &pattern, QRegularExpression::PatternOptions options)
{
    thread_local QHash<QPair<QString, int>, QRegularExpression> cache;
    const QPair<QString, int> key(pattern, static_cast<int>(options.toInt()));
    auto found = cache.find(key);
    if (found == cache.end()) {
        QRegularExpression expression(pattern, options);
        expression.optimize();
        found = cache.insert(key, expression);
    }
    return *found;
}

} // namespace hullcheck::core
