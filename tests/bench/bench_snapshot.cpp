// Benchmark (not a test): snapshot time for a daemon with N containers, next to the floor of the same
// requests made one after another on a single keep-alive connection.
//
//   hullcheck-bench-snapshot -H unix:///path/docker.sock --image hc/busybox:1.0 --containers 200 [--running 100]
//
// Creates the missing containers (label hc.bench=1, --network none), measures, and with --cleanup removes them.
#include "core/bench/engine.h"
#include "core/bench/rulepackloader.h"
#include "core/coreruntime.h"
#include "core/docker/curldockerapi.h"
#include "core/docker/endpointresolver.h"
#include "core/report/jsonreport.h"
#include "core/snapshot/snapshotcollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace hullcheck::core;

namespace {

const std::atomic_bool NoCancel{false};

QString benchName(int index)
{
    return QStringLiteral("hc-bench-%1").arg(index, 4, 10, QLatin1Char('0'));
}

bool ensureContainers(DockerApi &api, const QString &image, int count, int running)
{
    const Result<QJsonValue> listed =
        api.getJson(QStringLiteral("/containers/json?all=1&filters=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(R"({"label":["hc.bench=1"]})"))),
                    NoCancel);
    if (!listed.ok()) {
        std::fprintf(stderr, "list: %s\n", qPrintable(listed.error().message));
        return false;
    }
    QHash<QString, QJsonObject> existing; // by name
    for (const QJsonValue &container : listed.value().toArray()) {
        const QJsonObject object = container.toObject();
        existing.insert(object.value(QLatin1String("Names")).toArray().first().toString().mid(1), object);
    }
    QElapsedTimer timer;
    timer.start();
    int createdCount = 0;
    int startedCount = 0;
    for (int i = 0; i < count; ++i) {
        const auto found = existing.constFind(benchName(i));
        if (found != existing.constEnd()) {
            // A previous run with fewer running containers left this one stopped.
            if (i < running && found->value(QLatin1String("State")).toString() != QLatin1String("running")) {
                const QString id = found->value(QLatin1String("Id")).toString();
                const Result<QJsonValue> started =
                    api.postJson(QStringLiteral("/containers/%1/start").arg(id), {}, NoCancel);
                if (!started.ok()) {
                    std::fprintf(
                        stderr, "start %s: %s\n", qPrintable(benchName(i)), qPrintable(started.error().message));
                    return false;
                }
                ++startedCount;
            }
            continue;
        }
        const QJsonObject body{
            {QLatin1String("Image"), image},
            {QLatin1String("Cmd"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("36000")}},
            {QLatin1String("Labels"), QJsonObject{{QLatin1String("hc.bench"), QStringLiteral("1")}}},
            {QLatin1String("HostConfig"), QJsonObject{{QLatin1String("NetworkMode"), QStringLiteral("none")}}},
        };
        const Result<QJsonValue> created = api.postJson(QStringLiteral("/containers/create?name=") + benchName(i),
                                                        QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                        NoCancel);
        if (!created.ok()) {
            std::fprintf(stderr, "create %s: %s\n", qPrintable(benchName(i)), qPrintable(created.error().message));
            return false;
        }
        ++createdCount;
        if (i < running) {
            const QString id = created.value().toObject().value(QLatin1String("Id")).toString();
            const Result<QJsonValue> started =
                api.postJson(QStringLiteral("/containers/%1/start").arg(id), {}, NoCancel);
            if (!started.ok()) {
                std::fprintf(stderr, "start %s: %s\n", qPrintable(benchName(i)), qPrintable(started.error().message));
                return false;
            }
            ++startedCount;
        }
    }
    if (createdCount > 0 || startedCount > 0) {
        std::printf("setup: created %d containers and started %d in %.1f s\n",
                    createdCount,
                    startedCount,
                    static_cast<double>(timer.elapsed()) / 1000.0);
    }
    return true;
}

void removeContainers(DockerApi &api)
{
    const Result<QJsonValue> listed =
        api.getJson(QStringLiteral("/containers/json?all=1&filters=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(R"({"label":["hc.bench=1"]})"))),
                    NoCancel);
    if (!listed.ok()) {
        return;
    }
    for (const QJsonValue &container : listed.value().toArray()) {
        const QString id = container.toObject().value(QLatin1String("Id")).toString();
        // DELETE is not part of DockerApi yet; a forced remove through the kill + remove endpoints is enough here.
        api.postJson(QStringLiteral("/containers/%1/kill").arg(id), {}, NoCancel);
    }
}

// The requests a snapshot makes, in order, from a finished snapshot.
QStringList requestsOf(const Snapshot &snapshot)
{
    QStringList paths = {QStringLiteral("/info"),
                         QStringLiteral("/version"),
                         QStringLiteral("/containers/json?all=1"),
                         QStringLiteral("/images/json"),
                         QStringLiteral("/networks"),
                         QStringLiteral("/volumes")};
    for (const QJsonValue &value : snapshot.containers) {
        const QJsonObject container = value.toObject();
        const QString id = container.value(QLatin1String("Id")).toString();
        paths.append(QStringLiteral("/containers/%1/json").arg(id));
        if (container.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool()) {
            paths.append(QStringLiteral("/containers/%1/top").arg(id));
        }
    }
    for (const QJsonValue &value : snapshot.images) {
        const QString id = value.toObject().value(QLatin1String("Id")).toString();
        paths.append(QStringLiteral("/images/%1/json").arg(id));
        paths.append(QStringLiteral("/images/%1/history").arg(id));
    }
    for (const QJsonValue &value : snapshot.networks) {
        paths.append(QStringLiteral("/networks/%1").arg(value.toObject().value(QLatin1String("Id")).toString()));
    }
    return paths;
}

// Peak resident set size of this process so far, in MiB (Linux reports ru_maxrss in KiB).
double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    const CoreRuntime runtime;
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Snapshot benchmark for Hullcheck"));
    parser.addHelpOption();
    const QCommandLineOption host(
        {QStringLiteral("H"), QStringLiteral("host")}, QStringLiteral("Daemon."), QStringLiteral("url"));
    const QCommandLineOption image(QStringLiteral("image"),
                                   QStringLiteral("Image for the containers."),
                                   QStringLiteral("ref"),
                                   QStringLiteral("hc/busybox:1.0"));
    const QCommandLineOption containers(QStringLiteral("containers"),
                                        QStringLiteral("Containers to have."),
                                        QStringLiteral("n"),
                                        QStringLiteral("200"));
    const QCommandLineOption running(
        QStringLiteral("running"), QStringLiteral("How many of them run."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption runs(
        QStringLiteral("runs"), QStringLiteral("Repetitions (median)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption cleanup(QStringLiteral("cleanup"),
                                     QStringLiteral("Stop the benchmark containers afterwards."));
    parser.addOptions({host, image, containers, running, runs, cleanup});
    parser.process(application);

    ConnectionOptions connection;
    connection.host = parser.value(host);
    const Result<Endpoint> endpoint = EndpointResolver().resolve(connection);
    if (!endpoint.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(endpoint.error().message));
        return 2;
    }
    TransportOptions oneConnection;
    oneConnection.maxConnections = 1;
    Result<std::shared_ptr<CurlDockerApi>> setupApi = CurlDockerApi::create(endpoint.value());
    if (!setupApi.ok() ||
        !ensureContainers(
            *setupApi.value(), parser.value(image), parser.value(containers).toInt(), parser.value(running).toInt())) {
        return 2;
    }

    const Result<RulePack> rules = RulePackLoader::builtin();
    if (!rules.ok()) {
        std::fprintf(stderr, "rules: %s\n", qPrintable(rules.error().message));
        return 2;
    }
    const int repetitions = std::max(1, parser.value(runs).toInt());
    std::vector<double> scanMs;
    std::vector<double> evaluationMs;
    std::vector<double> reportMs;
    std::vector<double> snapshotMs;
    qsizetype findingCount = 0;
    std::vector<double> floorMs;
    Snapshot last;
    for (int run = 0; run < repetitions; ++run) {
        last = Snapshot(); // one snapshot in memory at a time, as in a scan
        // A fresh client each time: connection set-up is part of what the user waits for.
        Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint.value());
        QElapsedTimer timer;
        timer.start();
        Result<Snapshot> snapshot = collectSnapshot(*api.value(), CollectOptions{}, NoCancel);
        snapshotMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!snapshot.ok()) {
            std::fprintf(stderr, "snapshot: %s\n", qPrintable(snapshot.error().message));
            return 2;
        }
        last = std::move(snapshot).value();
        QElapsedTimer evaluation;
        evaluation.start();
        const ScanResult result = evaluate(last, rules.value(), Policy());
        evaluationMs.push_back(static_cast<double>(evaluation.nsecsElapsed()) / 1e6);
        evaluation.restart();
        const QByteArray report = reportJsonBytes(result, last);
        reportMs.push_back(static_cast<double>(evaluation.nsecsElapsed()) / 1e6);
        scanMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        findingCount = result.findings.size();
        if (report.isEmpty()) {
            return 2;
        }

        Result<std::shared_ptr<CurlDockerApi>> floorApi = CurlDockerApi::create(endpoint.value(), oneConnection);
        const QStringList paths = requestsOf(last);
        timer.restart();
        if (!floorApi.value()->ping(NoCancel).ok()) {
            return 2;
        }
        for (const QString &path : paths) {
            if (!floorApi.value()->getJson(path, NoCancel).ok()) {
                std::fprintf(stderr, "floor request %s failed\n", qPrintable(path));
            }
        }
        floorMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    int runningCount = 0;
    for (const QJsonValue &container : last.containers) {
        runningCount +=
            container.toObject().value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool();
    }
    const double snapshotMedian = median(snapshotMs);
    const double floorMedian = median(floorMs);
    std::printf("daemon: %s, Engine %s, API %s\n",
                qPrintable(endpoint.value().url()),
                qPrintable(last.version.value(QLatin1String("Version")).toString()),
                qPrintable(last.apiVersion));
    std::printf("objects: %lld containers (%d running), %lld images, %lld networks, %lld volumes; %lld requests\n",
                static_cast<long long>(last.containers.size()),
                runningCount,
                static_cast<long long>(last.images.size()),
                static_cast<long long>(last.networks.size()),
                static_cast<long long>(last.volumes.size()),
                static_cast<long long>(requestsOf(last).size() + 1));
    std::printf("snapshot (8 connections, median of %d): %.1f ms\n", repetitions, snapshotMedian);
    std::printf(
        "raw API floor (same requests, one keep-alive connection, median of %d): %.1f ms\n", repetitions, floorMedian);
    std::printf("evaluation of %lld rules (%lld results): %.1f ms; JSON report: %.1f ms\n",
                static_cast<long long>(rules.value().rules.size()),
                static_cast<long long>(findingCount),
                median(evaluationMs),
                median(reportMs));
    std::printf("scan = snapshot + evaluation + JSON: %.1f ms\n", median(scanMs));
    std::printf("ratio snapshot / floor: %.2f, scan / floor: %.2f (target: at most 2.0)\n",
                snapshotMedian / floorMedian,
                median(scanMs) / floorMedian);
    // Holds one snapshot, its results and report at a time, and the floor's answers one by one: close to what
    // `hullcheck-cli scan` needs, plus the benchmark's own bookkeeping.
    std::printf("peak RSS of this process: %.0f MiB\n", peakRssMiB());
    if (parser.isSet(cleanup)) {
        removeContainers(*setupApi.value());
    }
    return 0;
}
