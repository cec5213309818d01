#include "ui/formatting.h"

#include "core/snapshot/redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <array>

namespace hullcheck::ui::formatting {

namespace {

QString translate(const char *text, int n = -1)
{
    return QCoreApplication::translate("hullcheck::ui::formatting", text, nullptr, n);
}

} // namespace

QDateTime parseDockerTime(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01"))) {
        return {};
    }
    // Qt reads at most milliseconds; drop the rest of the fraction but keep the zone suffix.
    QString trimmed = text;
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        qsizetype end = dot + 1;
        while (end < trimmed.size() && trimmed.at(end).isDigit()) {
            ++end;
        }
        trimmed = QString(trimmed.left(std::min(end, dot + 4)) + trimmed.mid(end));
    }
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString ageText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid()) {
        return {};
    }
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    constexpr qint64 Day = 24 * Hour;
    constexpr qint64 Month = 30 * Day;
    constexpr qint64 Year = 365 * Day;
    if (seconds < Minute) {
        return translate("just now");
    }
    if (seconds < Hour) {
        return translate("%n minute(s) ago", static_cast<int>(seconds / Minute));
    }
    if (seconds < Day) {
        return translate("%n hour(s) ago", static_cast<int>(seconds / Hour));
    }
    if (seconds < 2 * Month) {
        return translate("%n day(s) ago", static_cast<int>(seconds / Day));
    }
    if (seconds < 2 * Year) {
        return translate("%n month(s) ago", static_cast<int>(seconds / Month));
    }
    return translate("%n year(s) ago", static_cast<int>(seconds / Year));
}

QString dateTimeText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString durationText(qint64 milliseconds)
{
    if (milliseconds < 1000) {
        //: milliseconds
        return translate("%1 ms").arg(milliseconds);
    }
    //: seconds
    return translate("%1 s").arg(QLocale().toString(static_cast<double>(milliseconds) / 1000.0, 'f', 1));
}

QString shortId(const QString &id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    return id.mid(colon + 1, 12);
}

QString yesNo(bool value)
{
    return value ? translate("yes") : translate("no");
}

QString userText(const QString &user)
{
    return user.isEmpty() ? translate("root (default)") : user;
}

QString containerName(const QJsonObject &container)
{
    const QString name = container.value(QLatin1String("Name")).toString();
    return name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
}

QString redactedJson(const QJsonObject &inspect)
{
    const QJsonObject redacted = core::redaction::redactInspect(inspect);
    return QString::fromUtf8(QJsonDocument(redacted).toJson(QJsonDocument::Indented));
}

} // namespace hullcheck::ui::formatting

namespace hullcheck::ui::formatting {

QString statusText(core::Status status)
{
    switch (status) {
    case core::Status::Pass: return QCoreApplication::translate("hullcheck::ui::formatting", "Pass");
    case core::Status::Info: return QCoreApplication::translate("hullcheck::ui::formatting", "Info");
    case core::Status::Skip: return QCoreApplication::translate("hullcheck::ui::formatting", "Skip");
    case core::Status::Waived: return QCoreApplication::translate("hullcheck::ui::formatting", "Waived");
    case core::Status::Warn: return QCoreApplication::translate("hullcheck::ui::formatting", "Warn");
    case core::Status::Fail: return QCoreApplication::translate("hullcheck::ui::formatting", "Fail");
    }
    return {};
}

QString severityText(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Info: return QCoreApplication::translate("hullcheck::ui::formatting", "Info");
    case core::Severity::Low: return QCoreApplication::translate("hullcheck::ui::formatting", "Low");
    case core::Severity::Medium: return QCoreApplication::translate("hullcheck::ui::formatting", "Medium");
    case core::Severity::High: return QCoreApplication::translate("hullcheck::ui::formatting", "High");
    case core::Severity::Critical: return QCoreApplication::translate("hullcheck::ui::formatting", "Critical");
    }
    return {};
}

QString scopeText(core::Scope scope)
{
    switch (scope) {
    case core::Scope::Host: return QCoreApplication::translate("hullcheck::ui::formatting", "Host");
    case core::Scope::Daemon: return QCoreApplication::translate("hullcheck::ui::formatting", "Daemon");
    case core::Scope::Container: return QCoreApplication::translate("hullcheck::ui::formatting", "Container");
    case core::Scope::Image: return QCoreApplication::translate("hullcheck::ui::formatting", "Image");
    case core::Scope::Network: return QCoreApplication::translate("hullcheck::ui::formatting", "Network");
    case core::Scope::Volume: return QCoreApplication::translate("hullcheck::ui::formatting", "Volume");
    case core::Scope::Connection: return QCoreApplication::translate("hullcheck::ui::formatting", "Connection");
    }
    return {};
}

QString cisSection(const QString &cisId)
{
    return cisId.isEmpty() ? QStringLiteral("HC") : cisId.section(QLatin1Char('.'), 0, 0);
}

QString sectionTitle(const QString &section)
{
    static constexpr std::array<const char *, 7> Titles = {
        QT_TRANSLATE_NOOP("hullcheck::ui::formatting", "1 Host configuration"),
        QT_TRANSLATE_NOOP("hullcheck::ui::formatting", "2 Docker daemon configuration"),
        QT_TRANSLATE_NOOP("hullcheck::ui::formatting", "3 Docker daemon configuration files"),
        QT_TRANSLATE_NOOP("hullcheck::ui::formatting", "4 Container images and build file"),
        QT_TRANSLATE_NOOP("hullcheck::ui::formatting", "5 Container runtime"),
        QT_TRANSLATE_NOOP("hullcheck::ui::formatting", "6 Docker security operations"),
        QT_TRANSLATE_NOOP("hullcheck::ui::formatting", "7 Docker Swarm configuration"),
    };
    bool ok = false;
    const int number = section.toInt(&ok);
    if (ok && number >= 1 && number <= static_cast<int>(Titles.size())) {
        return QCoreApplication::translate("hullcheck::ui::formatting", Titles.at(static_cast<size_t>(number - 1)));
    }
    if (section == QLatin1String("HC")) {
        return QCoreApplication::translate("hullcheck::ui::formatting", "Hullcheck practices");
    }
    return section;
}

QString cisSortKey(const QString &cisId)
{
    if (cisId.isEmpty()) {
        return QStringLiteral("~");
    }
    QStringList parts;
    for (const QString &part : cisId.split(QLatin1Char('.'))) {
        bool ok = false;
        const int number = part.toInt(&ok);
        parts.append(ok ? QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0')) : part);
    }
    return parts.join(QLatin1Char('.'));
}

} // namespace hullcheck::ui::formatting
