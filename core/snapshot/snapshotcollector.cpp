#include "core/snapshot/snapshotcollector.h"

#include "core/docker/curldockerapi.h"
#include "core/host/hostfacts.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::SnapshotCollector)
};

Error cancelled()
{
    return Error{ErrorKind::Cancelled, Tr::tr("Cancelled."), {}};
}

// A request path as a user reads it: decoded, with ids shortened to docker's 12 digits
// ("/images/sha256:2676010681729023d0.../json" -> "/images/sha256:267601068172/json").
QString shownPath(const QString &path)
{
    static const QRegularExpression longId(QStringLiteral("([0-9a-f]{12})[0-9a-f]{52}"));
    QString shown = QUrl::fromPercentEncoding(path.toUtf8());
    shown.replace(longId, QStringLiteral("\\1"));
    return shown;
}

Error unexpectedShape(const QString &what, const QString &expected)
{
    return Error{
        ErrorKind::Parse,
        Tr::tr("The daemon's answer to %1 has an unexpected shape: expected %2.").arg(shownPath(what), expected),
        QStringLiteral("shape: %1 expected %2").arg(what, expected)};
}

// The daemon's errors say what went wrong, not which of the hundreds of requests of a collection it was.
Error aboutRequest(Error error, const QString &path)
{
    const QString shown = shownPath(path);
    if (error.kind == ErrorKind::Cancelled || error.message.contains(path) || error.message.contains(shown)) {
        return error;
    }
    error.message = Tr::tr("%1 (while reading %2)").arg(error.message, shown);
    return error;
}

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Runs task(0..count-1) on up to `concurrency` threads. Stops handing out work at the first error or on
// cancel, and returns that error. Each thread's DockerApi calls use their own keep-alive connection.
VoidResult runParallel(int count, int concurrency, const CancelFlag &cancel, const std::function<VoidResult(int)> &task)
{
    if (count == 0) {
        return Done{};
    }
    std::atomic_int next{0};
    std::atomic_bool failed{false};
    std::optional<Error> firstError;
    std::mutex errorMutex;
    const auto work = [&] {
        while (!failed.load() && !cancel.load()) {
            const int index = next.fetch_add(1);
            if (index >= count) {
                return;
            }
            const VoidResult status = task(index);
            if (!status.ok()) {
                const std::lock_guard lock(errorMutex);
                if (!firstError) {
                    firstError = status.error();
                }
                failed.store(true);
                return;
            }
        }
    };
    const int threads = std::clamp(concurrency, 1, count);
    std::vector<std::thread> pool;
    pool.reserve(static_cast<size_t>(threads - 1));
    for (int i = 1; i < threads; ++i) {
        pool.emplace_back(work);
    }
    work(); // the calling thread works too
    for (std::thread &thread : pool) {
        thread.join();
    }
    if (firstError) {
        return *firstError;
    }
    if (cancel.load()) {
        return cancelled();
    }
    return Done{};
}

// Collects warnings from worker threads.
class Warnings
{
public:
    void add(const QString &warning)
    {
        const std::lock_guard lock(m_mutex);
        m_list.append(warning);
    }
    QStringList list() const
    {
        const std::lock_guard lock(m_mutex);
        return m_list;
    }

private:
    mutable std::mutex m_mutex;
    QStringList m_list;
};

class ProgressReporter
{
public:
    explicit ProgressReporter(const ProgressCallback &callback)
        : m_callback(callback)
    {
    }
    void begin(CollectProgress::Stage stage, int total)
    {
        m_stage = stage;
        m_total = total;
        m_done.store(0);
        emitProgress(0);
    }
    void step() { emitProgress(m_done.fetch_add(1) + 1); }

private:
    void emitProgress(int done)
    {
        if (m_callback) {
            const std::lock_guard lock(m_mutex);
            m_callback(CollectProgress{m_stage, done, m_total});
        }
    }
    const ProgressCallback &m_callback;
    CollectProgress::Stage m_stage = CollectProgress::Stage::Connecting;
    int m_total = 0;
    std::atomic_int m_done{0};
    std::mutex m_mutex;
};

// An object that disappeared between the list and the inspect (404) is left out with a warning.
bool vanished(const Error &error)
{
    return error.kind == ErrorKind::Http && error.httpStatus == 404;
}

Result<QJsonArray> objectList(const Result<QJsonValue> &answer, const QString &what, const char *idKey)
{
    if (!answer.ok()) {
        return answer.error();
    }
    // GET /volumes wraps its list: {"Volumes": [...], "Warnings": [...]}; Volumes may be null.
    QJsonValue value = answer.value();
    if (QLatin1String(idKey) == QLatin1String("Name")) {
        if (!value.isObject()) {
            return unexpectedShape(what, Tr::tr("an object with \"Volumes\""));
        }
        value = value.toObject().value(QLatin1String("Volumes"));
        if (value.isNull() || value.isUndefined()) {
            return QJsonArray();
        }
    }
    if (!value.isArray()) {
        return unexpectedShape(what, Tr::tr("a list"));
    }
    const QJsonArray list = value.toArray();
    for (const auto &entry : list) {
        if (!entry.isObject() || !entry.toObject().value(QLatin1String(idKey)).isString() ||
            entry.toObject().value(QLatin1String(idKey)).toString().isEmpty()) {
            return unexpectedShape(what, Tr::tr("objects with a \"%1\" string").arg(QLatin1String(idKey)));
        }
    }
    return list;
}

struct Listing
{
    QJsonObject info;
    QJsonObject version;
    QJsonArray containers;
    QJsonArray images;
    QJsonArray networks;
    QJsonArray volumes;
};

Result<Listing> listEverything(DockerApi &api, const CollectOptions &options, const CancelFlag &cancel)
{
    const QStringList paths = {QStringLiteral("/info"),
                               QStringLiteral("/version"),
                               QStringLiteral("/containers/json?all=1"),
                               QStringLiteral("/images/json"),
                               QStringLiteral("/networks"),
                               QStringLiteral("/volumes")};
    std::vector<std::optional<Result<QJsonValue>>> answers(static_cast<size_t>(paths.size()));
    const VoidResult status =
        runParallel(static_cast<int>(paths.size()), options.concurrency, cancel, [&](int index) -> VoidResult {
            Result<QJsonValue> answer = api.getJson(paths.at(index), cancel);
            if (!answer.ok()) {
                return aboutRequest(answer.error(), paths.at(index));
            }
            answers.at(static_cast<size_t>(index)) = std::move(answer);
            return Done{};
        });
    if (!status.ok()) {
        return status.error();
    }
    Listing listing;
    const auto object = [&](int index) -> std::optional<QJsonObject> {
        const QJsonValue &value = answers.at(static_cast<size_t>(index))->value();
        return value.isObject() ? std::optional<QJsonObject>(value.toObject()) : std::nullopt;
    };
    const std::optional<QJsonObject> info = object(0);
    if (!info) {
        return unexpectedShape(QStringLiteral("/info"), Tr::tr("an object"));
    }
    const std::optional<QJsonObject> version = object(1);
    if (!version) {
        return unexpectedShape(QStringLiteral("/version"), Tr::tr("an object"));
    }
    listing.info = *info;
    listing.version = *version;
    struct ListSpec
    {
        int index;
        const char *idKey;
        QJsonArray *target;
    };
    for (const ListSpec &spec : {ListSpec{2, "Id", &listing.containers},
                                 ListSpec{3, "Id", &listing.images},
                                 ListSpec{4, "Id", &listing.networks},
                                 ListSpec{5, "Name", &listing.volumes}}) {
        Result<QJsonArray> list =
            objectList(*answers.at(static_cast<size_t>(spec.index)), paths.at(spec.index), spec.idKey);
        if (!list.ok()) {
            return list.error();
        }
        *spec.target = std::move(list).value();
    }
    return listing;
}

// Inspects each listed object in parallel; `fetch` fills slot i or reports an error.
Result<QJsonArray> inspectAll(const QJsonArray &listed,
                              const CollectOptions &options,
                              const CancelFlag &cancel,
                              ProgressReporter &reporter,
                              const std::function<Result<std::optional<QJsonObject>>(const QJsonObject &)> &fetch)
{
    std::vector<std::optional<QJsonObject>> results(static_cast<size_t>(listed.size()));
    const VoidResult status =
        runParallel(static_cast<int>(listed.size()), options.concurrency, cancel, [&](int index) -> VoidResult {
            Result<std::optional<QJsonObject>> inspected = fetch(listed.at(index).toObject());
            if (!inspected.ok()) {
                return inspected.error();
            }
            results.at(static_cast<size_t>(index)) = std::move(inspected).value();
            reporter.step();
            return Done{};
        });
    if (!status.ok()) {
        return status.error();
    }
    QJsonArray result;
    for (std::optional<QJsonObject> &slot : results) {
        if (slot) {
            result.append(*slot);
        }
    }
    return result;
}

Result<QJsonObject> inspectObject(DockerApi &api, const QString &path, const CancelFlag &cancel)
{
    Result<QJsonValue> answer = api.getJson(path, cancel);
    if (!answer.ok()) {
        return aboutRequest(answer.error(), path);
    }
    // Without its id, an inspect answer cannot be told apart from the others, nor its results from theirs.
    if (!answer.value().isObject() || answer.value().toObject().value(QLatin1String("Id")).toString().isEmpty()) {
        return unexpectedShape(path, Tr::tr("an object with an \"Id\" string"));
    }
    return answer.value().toObject();
}

// What the per-object stages share.
struct CollectContext
{
    DockerApi &api;
    const CollectOptions &options;
    const CancelFlag &cancel;
    ProgressReporter &reporter;
    Warnings &warnings;
};

// Inspects one listed object; nullopt when it disappeared (404) since the listing, with a warning.
Result<std::optional<QJsonObject>>
inspectListed(CollectContext &context, const QString &path, const QString &vanishedWarning)
{
    Result<QJsonObject> inspect = inspectObject(context.api, path, context.cancel);
    if (!inspect.ok()) {
        if (vanished(inspect.error())) {
            context.warnings.add(vanishedWarning);
            return std::optional<QJsonObject>();
        }
        return inspect.error();
    }
    return std::optional<QJsonObject>(std::move(inspect).value());
}

// Attaches a further answer (a container's processes, an image's history) under `key`. The daemon refusing it
// (an HTTP error) only costs a warning; a broken connection or answer fails the collection.
VoidResult attach(
    CollectContext &context, QJsonObject &object, const char *key, const QString &path, const QString &failureWarning)
{
    Result<QJsonValue> answer = context.api.getJson(path, context.cancel);
    if (!answer.ok()) {
        if (answer.error().kind != ErrorKind::Http) {
            return aboutRequest(answer.error(), path);
        }
        context.warnings.add(failureWarning.arg(answer.error().message));
        return Done{};
    }
    const bool wantList = QLatin1String(key) == QLatin1String("History");
    if (wantList ? !answer.value().isArray() : !answer.value().isObject()) {
        return unexpectedShape(path, wantList ? Tr::tr("a list") : Tr::tr("an object"));
    }
    object.insert(QLatin1String(key), answer.value());
    return Done{};
}

using Inspector = std::function<Result<std::optional<QJsonObject>>(CollectContext &, const QString &id)>;

Result<QJsonArray> inspectStage(CollectContext &context,
                                const QJsonArray &listed,
                                CollectProgress::Stage stage,
                                const char *idKey,
                                const Inspector &inspector)
{
    context.reporter.begin(stage, static_cast<int>(listed.size()));
    return inspectAll(listed, context.options, context.cancel, context.reporter, [&](const QJsonObject &entry) {
        return inspector(context, entry.value(QLatin1String(idKey)).toString());
    });
}

Result<std::optional<QJsonObject>> inspectContainer(CollectContext &context, const QString &id)
{
    Result<std::optional<QJsonObject>> inspected =
        inspectListed(context,
                      QStringLiteral("/containers/%1/json").arg(pathSegment(id)),
                      Tr::tr("Container %1 disappeared during the collection.").arg(id.left(12)));
    if (!inspected.ok() || !inspected.value()) {
        return inspected;
    }
    QJsonObject container = std::move(*inspected.value());
    const bool running = container.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool();
    if (context.options.collectProcesses && running) {
        // The daemon runs ps on its host: no exec into the container, no tools needed inside it.
        const VoidResult attached =
            attach(context,
                   container,
                   "Top",
                   QStringLiteral("/containers/%1/top").arg(pathSegment(id)),
                   Tr::tr("Processes of container %1 could not be listed: %2").arg(id.left(12)));
        if (!attached.ok()) {
            return attached.error();
        }
    }
    return std::optional<QJsonObject>(std::move(container));
}

Result<std::optional<QJsonObject>> inspectImage(CollectContext &context, const QString &id)
{
    Result<std::optional<QJsonObject>> inspected =
        inspectListed(context,
                      QStringLiteral("/images/%1/json").arg(pathSegment(id)),
                      Tr::tr("Image %1 disappeared during the collection.").arg(id));
    if (!inspected.ok() || !inspected.value() || !context.options.collectHistory) {
        return inspected;
    }
    QJsonObject image = std::move(*inspected.value());
    const VoidResult attached = attach(context,
                                       image,
                                       "History",
                                       QStringLiteral("/images/%1/history").arg(pathSegment(id)),
                                       Tr::tr("History of image %1 could not be read: %2").arg(id));
    if (!attached.ok()) {
        return attached.error();
    }
    return std::optional<QJsonObject>(std::move(image));
}

Result<std::optional<QJsonObject>> inspectNetwork(CollectContext &context, const QString &id)
{
    return inspectListed(context,
                         QStringLiteral("/networks/%1").arg(pathSegment(id)),
                         Tr::tr("Network %1 disappeared during the collection.").arg(id.left(12)));
}

} // namespace

QString CollectProgress::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Connecting: return Tr::tr("Connecting to the daemon");
    case Stage::Listing: return Tr::tr("Listing objects");
    case Stage::Containers: return Tr::tr("Inspecting containers");
    case Stage::Images: return Tr::tr("Inspecting images");
    case Stage::Networks: return Tr::tr("Inspecting networks");
    case Stage::Host: return Tr::tr("Reading host facts");
    case Stage::Done: return Tr::tr("Done");
    }
    return {};
}

Result<Snapshot> collectSnapshot(DockerApi &api,
                                 const CollectOptions &options,
                                 const CancelFlag &cancel,
                                 const ProgressCallback &progress)
{
    QElapsedTimer timer;
    timer.start();
    ProgressReporter reporter(progress);
    Warnings warnings;

    reporter.begin(CollectProgress::Stage::Connecting, 1);
    const Result<PingInfo> ping = api.ping(cancel);
    if (!ping.ok()) {
        return ping.error();
    }
    reporter.begin(CollectProgress::Stage::Listing, 1);
    Result<Listing> listed = listEverything(api, options, cancel);
    if (!listed.ok()) {
        return listed.error();
    }
    const Listing &listing = listed.value();
    // /_ping may leave the minimum out; /version has it too, and a daemon refuses requests below it.
    const std::optional<ApiVersion> daemonMinimum =
        ApiVersion::parse(listing.version.value(QLatin1String("MinAPIVersion")).toString());
    if (daemonMinimum && *daemonMinimum > ping.value().negotiated) {
        return Error{ErrorKind::ApiVersion,
                     Tr::tr("The daemon requires Engine API %1 or newer (its answer to /version), but Hullcheck "
                            "speaks it at %2 (Hullcheck knows %3 to %4). Update Hullcheck.")
                         .arg(daemonMinimum->toString(),
                              ping.value().negotiated.toString(),
                              ClientMinApiVersion.toString(),
                              ClientMaxApiVersion.toString()),
                     QStringLiteral("/version MinAPIVersion %1").arg(daemonMinimum->toString())};
    }

    Snapshot snapshot;
    snapshot.endpoint = api.endpoint();
    snapshot.apiVersion = ping.value().negotiated.toString();
    snapshot.serverApiVersion = ping.value().serverApiVersion;
    snapshot.collectedAt = QDateTime::currentDateTimeUtc();
    snapshot.toolVersion = QStringLiteral(HULLCHECK_VERSION);
    snapshot.info = listing.info;
    snapshot.version = listing.version;
    snapshot.volumes = listing.volumes;

    CollectContext context{api, options, cancel, reporter, warnings};
    struct StageSpec
    {
        CollectProgress::Stage stage;
        const QJsonArray *listed;
        Inspector inspector;
        QJsonArray *target;
    };
    for (const StageSpec &spec :
         {StageSpec{CollectProgress::Stage::Containers, &listing.containers, inspectContainer, &snapshot.containers},
          StageSpec{CollectProgress::Stage::Images, &listing.images, inspectImage, &snapshot.images},
          StageSpec{CollectProgress::Stage::Networks, &listing.networks, inspectNetwork, &snapshot.networks}}) {
        Result<QJsonArray> inspected = inspectStage(context, *spec.listed, spec.stage, "Id", spec.inspector);
        if (!inspected.ok()) {
            return inspected.error();
        }
        *spec.target = std::move(inspected).value();
    }

    if (cancel.load()) {
        return cancelled();
    }
    if (options.collectHostFacts) {
        reporter.begin(CollectProgress::Stage::Host, 1);
        snapshot.host = collectHostFacts(api.endpoint(), snapshot.info);
    } else {
        snapshot.host.unavailableReason = Tr::tr("host facts were not requested");
    }
    snapshot.connection = collectConnectionFacts(api.endpoint());
    if (const auto *curlApi = dynamic_cast<const CurlDockerApi *>(&api)) {
        snapshot.serverCertificateFingerprint = curlApi->serverCertificateFingerprint();
    }
    snapshot.warnings = warnings.list();
    snapshot.collectionMs = timer.elapsed();
    reporter.begin(CollectProgress::Stage::Done, 1);
    qCDebug(lcSnapshot) << "collected" << snapshot.containers.size() << "containers," << snapshot.images.size()
                        << "images," << snapshot.networks.size() << "networks," << snapshot.volumes.size()
                        << "volumes in" << snapshot.collectionMs << "ms";
    return snapshot;
}

} // namespace hullcheck::core
