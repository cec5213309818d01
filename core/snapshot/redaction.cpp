#include "core/snapshot/redaction.h"

#include "core/snapshot/snapshot.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hullcheck::core::redaction {

namespace {

const QString &placeholder()
{
    static const QString text = QString::fromLatin1(RedactedValue);
    return text;
}

QJsonArray redactEnvArray(const QJsonArray &env)
{
    QJsonArray redacted;
    for (const auto &entry : env) {
        redacted.append(entry.isString() ? QJsonValue(redactEnvEntry(entry.toString())) : entry);
    }
    return redacted;
}

QJsonObject redactConfig(QJsonObject config)
{
    if (config.value(QLatin1String("Env")).isArray()) {
        config.insert(QLatin1String("Env"), redactEnvArray(config.value(QLatin1String("Env")).toArray()));
    }
    return config;
}

// KEY=value tokens (value up to the next unquoted space, or a quoted string).
const QRegularExpression &assignment()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re((^|\s)([A-Za-z_][A-Za-z0-9_.-]*)=("[^"]*"|'[^']*'|\S*))re"));
    return pattern;
}

QString redactAssignments(const QString &text)
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = assignment().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart(3) - last);
        result += placeholder();
        last = match.capturedEnd(3);
    }
    result += text.mid(last);
    return result;
}

} // namespace

QString redactEnvEntry(const QString &entry)
{
    const qsizetype equals = entry.indexOf(QLatin1Char('='));
    if (equals < 0) {
        return entry;
    }
    return entry.left(equals + 1) + placeholder();
}

QString redactHistoryCommand(const QString &createdBy)
{
    static const QRegularExpression envOrArg(QStringLiteral(R"re(#\(nop\)\s+(ENV|ARG)\s+)re"));
    const QRegularExpressionMatch instruction = envOrArg.match(createdBy);
    if (instruction.hasMatch()) {
        const QString rest = createdBy.mid(instruction.capturedEnd());
        if (!rest.contains(QLatin1Char('='))) {
            // Legacy "ENV KEY value" form: keep the key, drop the value.
            const qsizetype space = rest.indexOf(QLatin1Char(' '));
            return space < 0 ? createdBy : createdBy.left(instruction.capturedEnd() + space + 1) + placeholder();
        }
        return createdBy.left(instruction.capturedEnd()) + redactAssignments(rest);
    }
    static const QRegularExpression buildArgs(QStringLiteral(R"re(^\|(\d+)\s+)re"));
    const QRegularExpressionMatch prefix = buildArgs.match(createdBy);
    if (prefix.hasMatch()) {
        // "|N a=1 b=2 cmd...": the N build arguments precede the command.
        int remaining = prefix.captured(1).toInt();
        QString result = prefix.captured(0);
        qsizetype position = prefix.capturedEnd();
        while (remaining-- > 0 && position < createdBy.size()) {
            qsizetype end = createdBy.indexOf(QLatin1Char(' '), position);
            if (end < 0) {
                end = createdBy.size();
            }
            result += redactEnvEntry(createdBy.mid(position, end - position));
            if (end < createdBy.size()) {
                result += QLatin1Char(' ');
            }
            position = end + 1;
        }
        if (position < createdBy.size()) {
            result += createdBy.mid(position);
        }
        return result;
    }
    return createdBy;
}

QJsonObject redactInspect(const QJsonObject &inspect)
{
    QJsonObject redacted = inspect;
    for (const char *key : {"Config", "ContainerConfig"}) {
        const QLatin1String name(key);
        if (redacted.value(name).isObject()) {
            redacted.insert(name, redactConfig(redacted.value(name).toObject()));
        }
    }
    if (redacted.value(QLatin1String("History")).isArray()) {
        QJsonArray history;
        for (const auto &layer : redacted.value(QLatin1String("History")).toArray()) {
            QJsonObject entry = layer.toObject();
            if (entry.value(QLatin1String("CreatedBy")).isString()) {
                entry.insert(QLatin1String("CreatedBy"),
                             redactHistoryCommand(entry.value(QLatin1String("CreatedBy")).toString()));
            }
            history.append(entry);
        }
        redacted.insert(QLatin1String("History"), history);
    }
    return redacted;
}

} // namespace hullcheck::core::redaction
