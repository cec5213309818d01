#include "core/bench/policy.h"

#include "core/bench/checksupport.h"

namespace hullcheck::core {

namespace {

// "*" is any run of characters (slashes too: image names hold them), "?" one character; the rest is literal.
// QRegularExpression::wildcardToRegularExpression() is not used: in Qt 6.4 its "*" stops at "/" and "[" is
// special, so "*" would not match "registry.example.com/app:1".
QString globPattern(const QString &glob)
{
    QString pattern = QStringLiteral("\\A(?:");
    QString literal;
    for (const QChar character : glob) {
        if (character == QLatin1Char('*') || character == QLatin1Char('?')) {
            pattern.append(QRegularExpression::escape(literal));
            literal.clear();
            pattern.append(character == QLatin1Char('*') ? QLatin1String(".*") : QLatin1String("."));
        } else {
            literal.append(character);
        }
    }
    pattern.append(QRegularExpression::escape(literal));
    pattern.append(QLatin1String(")\\z"));
    return pattern;
}

} // namespace

bool Waiver::matches(const Finding &finding) const
{
    if (ruleId.isEmpty() || (ruleId != finding.ruleId && ruleId != finding.cisId)) {
        return false;
    }
    const QRegularExpression &expression =
        cachedRegularExpression(globPattern(targetPattern), QRegularExpression::DotMatchesEverythingOption);
    return expression.match(finding.target.name).hasMatch() || expression.match(finding.target.id).hasMatch();
}

bool Waiver::isExpired(const QDate &today) const
{
    return expires.isValid() && expires < today;
}

bool Policy::isDisabled(const QString &ruleId, const QString &cisId) const
{
    return (!ruleId.isEmpty() && disabledRules.contains(ruleId)) || (!cisId.isEmpty() && disabledRules.contains(cisId));
}

} // namespace hullcheck::core
