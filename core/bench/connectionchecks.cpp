// Builtin checks of the connection a scan used (scope "connection"): the client's own TLS files, as the snapshot's
// connection facts recorded them. Rules: resources/rules/practices-connection.yaml.
#include "core/bench/builtinchecks.h"
#include "core/bench/checksupport.h"

#include <QCoreApplication>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::ConnectionChecks)
};

QString octal(uint mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// Who besides the owner may do what: "group read, others read and write".
QString accessText(uint bits)
{
    QStringList parts;
    for (const auto &[shift, who] : {std::pair{3U, Tr::tr("group")}, std::pair{0U, Tr::tr("others")}}) {
        QStringList can;
        if ((bits >> shift) & 04U) {
            can.append(Tr::tr("read"));
        }
        if ((bits >> shift) & 02U) {
            can.append(Tr::tr("write"));
        }
        if ((bits >> shift) & 01U) {
            can.append(Tr::tr("execute"));
        }
        if (!can.isEmpty()) {
            parts.append(Tr::tr("%1 may %2").arg(who, can.join(Tr::tr(" and "))));
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString fileText(const FileFacts &file)
{
    const QString owner = file.owner.isEmpty() ? QString::number(file.uid) : file.owner;
    const QString where = file.linkTarget.isEmpty() ? file.path : Tr::tr("%1 (-> %2)").arg(file.path, file.linkTarget);
    return Tr::tr("%1: owner %2, mode %3").arg(where, owner, octal(file.mode));
}

const char *const OlderSnapshot =
    QT_TRANSLATE_NOOP("hullcheck::core::ConnectionChecks",
                      "the snapshot does not record the connection's files (it was saved by an older Hullcheck)");

// The client key must be the owner's alone: anyone who can read it can act as this client, and through the
// daemon, as root on its host. Bits are compared as a mask (params.forbidden, default 0077).
CheckOutcome clientKeyPermissions(const ScanContext &context, const QJsonObject &, const Rule &rule)
{
    const ConnectionFacts &facts = context.snapshot().connection;
    if (!facts.collected) {
        return skip(Tr::tr(OlderSnapshot));
    }
    const FileFacts &key = facts.clientKey;
    if (key.path.isEmpty()) {
        return skip(Tr::tr("the connection uses no client key"));
    }
    if (!key.exists) {
        return skip(key.error.isEmpty() ? Tr::tr("%1 did not exist when the snapshot was taken").arg(key.path)
                                        : Tr::tr("cannot examine %1: %2").arg(key.path, key.error));
    }
    if (key.type != QLatin1String("file")) {
        return skip(Tr::tr("%1 is not a regular file (%2)").arg(key.path, key.type));
    }
    const QStringList forbiddenParam = paramStrings(rule, "forbidden", {QStringLiteral("0077")});
    bool ok = false;
    const uint forbidden = forbiddenParam.value(0).toUInt(&ok, 8) & 07777U;
    if (!ok) {
        return skip(Tr::tr("the rule's parameter \"forbidden\" is not an octal mode"));
    }
    const uint extra = key.mode & forbidden;
    if (extra != 0) {
        return outcome(Status::Fail, Tr::tr("%1; %2").arg(fileText(key), accessText(extra)), {}, key.path);
    }
    return outcome(Status::Pass, fileText(key), {}, key.path);
}

// The client certificate, against the time the snapshot was taken (so a report from a saved snapshot says the
// same): expired or not yet valid fails, expiring within params.warn_days (default 30) warns.
CheckOutcome clientCertificateValidity(const ScanContext &context, const QJsonObject &, const Rule &rule)
{
    const Snapshot &snapshot = context.snapshot();
    const ConnectionFacts &facts = snapshot.connection;
    if (!facts.collected) {
        return skip(Tr::tr(OlderSnapshot));
    }
    const QString path = facts.clientCertificate.path;
    if (path.isEmpty()) {
        return skip(Tr::tr("the connection uses no client certificate"));
    }
    if (!facts.clientCertificateError.isEmpty() || !facts.clientCertificateNotAfter.isValid()) {
        return skip(Tr::tr("cannot read the validity of %1: %2").arg(path, facts.clientCertificateError));
    }
    const QDateTime now = snapshot.collectedAt.toUTC();
    const QString from = facts.clientCertificateNotBefore.toString(Qt::ISODate);
    const QString until = facts.clientCertificateNotAfter.toString(Qt::ISODate);
    if (now > facts.clientCertificateNotAfter) {
        return outcome(Status::Fail, Tr::tr("%1 expired on %2").arg(path, until), {}, path);
    }
    if (facts.clientCertificateNotBefore.isValid() && now < facts.clientCertificateNotBefore) {
        return outcome(Status::Fail, Tr::tr("%1 is not valid before %2").arg(path, from), {}, path);
    }
    const double warnDays = paramNumber(rule, "warn_days").value_or(30);
    const qint64 daysLeft = now.daysTo(facts.clientCertificateNotAfter);
    if (daysLeft < warnDays) {
        return outcome(Status::Warn,
                       Tr::tr("%1 expires on %2, in %n day(s)", nullptr, static_cast<int>(daysLeft)).arg(path, until),
                       Tr::tr("renew it before it expires"),
                       path);
    }
    return outcome(Status::Pass, Tr::tr("%1 is valid from %2 until %3").arg(path, from, until), {}, path);
}

} // namespace

void registerConnectionChecks(BuiltinChecks &checks)
{
    checks.add(QStringLiteral("client-key-permissions"), clientKeyPermissions);
    checks.add(QStringLiteral("client-certificate-validity"), clientCertificateValidity);
}

} // namespace hullcheck::core
