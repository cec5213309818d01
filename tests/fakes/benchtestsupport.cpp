#include "fakes/benchtestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace hullcheck::core;

namespace hullcheck::tests {

namespace {

// tests/data, where the captured daemon JSON lives (tests/data/README.md).
QString testDataDirectory()
{
    return QStringLiteral(HULLCHECK_TEST_DATA_DIR);
}

// Sets a dotted path ("HostConfig.CapAdd"); the string "<remove>" removes the key. Keys holding dots are set by
// giving their parent object whole.
void setPath(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        return;
    }
    const QString &key = path.first();
    if (path.size() == 1) {
        if (value.toString() == QLatin1String("<remove>")) {
            object.remove(key);
        } else {
            object.insert(key, value);
        }
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setPath(child, path.mid(1), value);
    object.insert(key, child);
}

QJsonObject patched(QJsonObject object, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        setPath(object, it.key().split(QLatin1Char('.')), it.value());
    }
    return object;
}

QString nameOf(const QJsonObject &object)
{
    QString name = object.value(QLatin1String("Name")).toString();
    return name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
}

// Index of the object called `name` in an array of containers, networks or volumes ("Name"), or images
// (a RepoTag).
qsizetype indexOf(const QJsonArray &array, const QString &name)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        if (nameOf(object) == name) {
            return i;
        }
        for (const auto &tag : object.value(QLatin1String("RepoTags")).toArray()) {
            if (tag.toString() == name) {
                return i;
            }
        }
    }
    return -1;
}

void append(QJsonArray &array, const QJsonValue &values)
{
    for (const auto &value : values.toArray()) {
        array.append(value);
    }
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &element : value.toArray()) {
        list.append(element.toString());
    }
    return list;
}

// The snapshot and policy around the object, changed as the row's context says (see runBuiltin()).
void applyContext(Snapshot &snapshot, Policy &policy, const QJsonObject &context)
{
    if (context.contains(QLatin1String("securityOptions"))) {
        snapshot.info.insert(QLatin1String("SecurityOptions"), context.value(QLatin1String("securityOptions")));
    }
    if (context.contains(QLatin1String("socket"))) {
        snapshot.endpoint.transport = Endpoint::Transport::Unix;
        snapshot.endpoint.socketPath = context.value(QLatin1String("socket")).toString();
    }
    snapshot.info = patched(snapshot.info, context.value(QLatin1String("infoPatch")).toObject());
    if (context.contains(QLatin1String("imagePatch"))) {
        patchArrayEntry(
            snapshot.images, QStringLiteral("hc/busybox:1.0"), context.value(QLatin1String("imagePatch")).toObject());
    }
    const QJsonObject networkPatch = context.value(QLatin1String("networkPatch")).toObject();
    for (auto it = networkPatch.begin(); it != networkPatch.end(); ++it) {
        patchArrayEntry(snapshot.networks, it.key(), it.value().toObject());
    }
    append(snapshot.images, context.value(QLatin1String("addImages")));
    append(snapshot.networks, context.value(QLatin1String("addNetworks")));
    append(snapshot.volumes, context.value(QLatin1String("addVolumes")));
    if (context.contains(QLatin1String("hostCollected"))) {
        snapshot.host.collected = context.value(QLatin1String("hostCollected")).toBool();
    }
    if (context.contains(QLatin1String("daemonArgs"))) {
        snapshot.host.daemonCommandLine = stringList(context.value(QLatin1String("daemonArgs")));
    }
    if (context.contains(QLatin1String("configText"))) {
        snapshot.host.configFileText = context.value(QLatin1String("configText")).toString();
    }
    policy.requiredLabels = stringList(context.value(QLatin1String("requiredLabels")));
    policy.trustedRegistries = stringList(context.value(QLatin1String("trustedRegistries")));
    if (context.contains(QLatin1String("maxImageAgeDays"))) {
        policy.maxImageAgeDays = context.value(QLatin1String("maxImageAgeDays")).toInt();
    }
    if (context.contains(QLatin1String("maxLayers"))) {
        policy.maxLayers = context.value(QLatin1String("maxLayers")).toInt();
    }
    if (context.contains(QLatin1String("maxImageSizeBytes"))) {
        policy.maxImageSizeBytes = static_cast<qint64>(context.value(QLatin1String("maxImageSizeBytes")).toDouble());
    }
}

} // namespace

QString statusText(Status status)
{
    switch (status) {
    case Status::Pass: return QStringLiteral("pass");
    case Status::Info: return QStringLiteral("info");
    case Status::Skip: return QStringLiteral("skip");
    case Status::Waived: return QStringLiteral("waived");
    case Status::Warn: return QStringLiteral("warn");
    case Status::Fail: return QStringLiteral("fail");
    }
    return {};
}

const Snapshot &capturedSnapshot()
{
    static const Snapshot snapshot = [] {
        QFile file(testDataDirectory() + QStringLiteral("/snapshot-docker-20.10.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read the captured snapshot");
        }
        Result<Snapshot> loaded = Snapshot::fromJson(file.readAll());
        if (!loaded.ok()) {
            qFatal("cannot parse the captured snapshot");
        }
        return std::move(loaded).value();
    }();
    return snapshot;
}

void patchArrayEntry(QJsonArray &array, const QString &name, const QJsonObject &patch)
{
    const qsizetype index = indexOf(array, name);
    QVERIFY2(index >= 0, qPrintable(name));
    array.replace(index, patched(array.at(index).toObject(), patch));
}

QJsonObject json(const char *text)
{
    if (!text || !*text) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad JSON in a test row: %s (%s)", qPrintable(error.errorString()), text);
    }
    return document.object();
}

CheckOutcome runBuiltin(const QString &builtin,
                        const QString &base,
                        const QJsonObject &patch,
                        const QJsonObject &params,
                        const QJsonObject &context)
{
    Snapshot snapshot = capturedSnapshot();
    Policy policy;
    applyContext(snapshot, policy, context);

    Rule rule;
    rule.id = QStringLiteral("HC-TEST");
    rule.builtin = builtin;
    rule.params = params;
    const QString kind = base.section(QLatin1Char(':'), 0, 0);
    const QString name = base.section(QLatin1Char(':'), 1);
    QJsonObject object;
    if (kind == QLatin1String("container")) {
        rule.scope = Scope::Container;
        object = snapshot.containers.at(indexOf(snapshot.containers, name)).toObject();
    } else if (kind == QLatin1String("image")) {
        rule.scope = Scope::Image;
        object = snapshot.images.at(indexOf(snapshot.images, name)).toObject();
    } else if (kind == QLatin1String("network")) {
        rule.scope = Scope::Network;
        object = snapshot.networks.at(indexOf(snapshot.networks, name)).toObject();
    } else if (kind == QLatin1String("volume")) {
        rule.scope = Scope::Volume;
        object = snapshot.volumes.at(indexOf(snapshot.volumes, name)).toObject();
    } else {
        rule.scope = Scope::Daemon;
    }
    const ScanContext scan(snapshot, policy);
    if (rule.scope == Scope::Daemon) {
        object = scan.daemonObject();
    }
    object = patched(object, patch);
    const BuiltinCheck *check = BuiltinChecks::instance().find(builtin);
    if (!check) {
        CheckOutcome missing;
        missing.status = Status::Skip;
        missing.reason = QStringLiteral("no builtin ") + builtin;
        return missing;
    }
    return (*check)(scan, object, rule);
}

void addBuiltinColumns()
{
    QTest::addColumn<QString>("builtin");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QJsonObject>("context");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("contains"); // in evidence or reason
    QTest::addColumn<QString>("lacks");    // in none of evidence, reason, value
}

void BuiltinRow::operator()(const char *name,
                            const char *builtin,
                            const char *base,
                            const char *patch,
                            const char *expected,
                            const char *contains,
                            const char *context,
                            const char *params,
                            const char *lacks) const
{
    QTest::newRow(name) << QString::fromUtf8(builtin) << QString::fromUtf8(base) << json(patch) << json(params)
                        << json(context) << QString::fromUtf8(expected) << QString::fromUtf8(contains)
                        << QString::fromUtf8(lacks);
}

void verifyBuiltinRow()
{
    QFETCH(QString, builtin);
    QFETCH(QString, base);
    QFETCH(QJsonObject, patch);
    QFETCH(QJsonObject, params);
    QFETCH(QJsonObject, context);
    QFETCH(QString, expected);
    QFETCH(QString, contains);
    QFETCH(QString, lacks);

    const CheckOutcome result = runBuiltin(builtin, base, patch, params, context);
    const QString seen = result.evidence + QStringLiteral(" | ") + result.reason;
    QVERIFY2(statusText(result.status) == expected,
             qPrintable(QStringLiteral("%1 (expected %2): %3").arg(statusText(result.status), expected, seen)));
    if (!contains.isEmpty()) {
        QVERIFY2(seen.contains(contains), qPrintable(seen));
    }
    if (!lacks.isEmpty()) {
        QVERIFY2(!seen.contains(lacks) && !result.value.contains(lacks), qPrintable(seen));
    }
    if (result.status == Status::Skip) {
        QVERIFY2(!result.reason.isEmpty(), "a skip says why");
    }
}

} // namespace hullcheck::tests
