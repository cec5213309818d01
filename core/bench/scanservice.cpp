#include "core/bench/scanservice.h"

#include "core/bench/policyloader.h"
#include "core/bench/rulepackloader.h"
#include "core/snapshot/snapshotservice.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace hullcheck::core {

namespace {

struct Outcome
{
    std::shared_ptr<const RulePack> rules;
    std::shared_ptr<const Policy> policy;
    std::optional<ScanResult> result;
    Error error;
};

// Runs on the pool: touches only its arguments.
Outcome evaluateOffThread(const Snapshot &snapshot, std::shared_ptr<const RulePack> rules, const QString &policyFile)
{
    Outcome outcome;
    if (!rules) {
        Result<RulePack> loaded = RulePackLoader::builtin();
        if (!loaded.ok()) {
            outcome.error = loaded.error();
            return outcome;
        }
        rules = std::make_shared<const RulePack>(std::move(loaded).value());
    }
    outcome.rules = rules;
    Policy policy;
    if (!policyFile.isEmpty()) {
        const Result<Policy> loaded = PolicyLoader::fromFile(policyFile);
        if (!loaded.ok()) {
            outcome.error = loaded.error();
            return outcome;
        }
        policy = loaded.value();
    }
    outcome.policy = std::make_shared<const Policy>(policy);
    outcome.result = core::evaluate(snapshot, *rules, policy);
    return outcome;
}

} // namespace

ScanService::ScanService(QObject *parent)
    : QObject(parent)
    , m_snapshots(new SnapshotService(this))
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1); // a newer evaluation queues behind the one that is running
    connect(m_snapshots, &SnapshotService::busyChanged, this, &ScanService::updateBusy);
    connect(m_snapshots, &SnapshotService::progressChanged, this, &ScanService::progressChanged);
    connect(m_snapshots, &SnapshotService::collectionFailed, this, &ScanService::scanFailed);
    connect(m_snapshots, &SnapshotService::snapshotCollected, this, [this](const Snapshot &snapshot) {
        emit snapshotCollected(snapshot);
        evaluate(snapshot);
    });
}

ScanService::~ScanService()
{
    ++m_generation;
    m_pool->waitForDone(); // evaluations are short (~20 ms for 200 containers) and hold no locks we own
}

bool ScanService::isBusy() const
{
    return m_evaluating || m_snapshots->isBusy();
}

bool ScanService::isCollecting() const
{
    return m_snapshots->isBusy();
}

void ScanService::scan(const Endpoint &endpoint)
{
    ++m_generation;
    m_evaluating = false;
    m_snapshots->collect(endpoint);
    updateBusy();
}

void ScanService::evaluate(const Snapshot &snapshot)
{
    const quint64 generation = ++m_generation;
    m_evaluating = true;
    updateBusy();
    emit progressChanged(tr("Evaluating rules"), 0, 0);

    auto *watcher = new QFutureWatcher<Outcome>(this); // dies with the service: no late callback
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, snapshot] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // cancelled or superseded
        }
        m_evaluating = false;
        const Outcome outcome = watcher->result();
        if (outcome.rules) {
            m_rules = outcome.rules;
        }
        if (outcome.policy) {
            m_policy = outcome.policy;
        }
        updateBusy();
        if (outcome.result) {
            emit scanFinished(snapshot, *outcome.result);
        } else {
            emit evaluationFailed(outcome.error);
        }
    });
    watcher->setFuture(QtConcurrent::run(m_pool, evaluateOffThread, snapshot, m_rules, m_policyFile));
}

void ScanService::cancel()
{
    ++m_generation;
    m_evaluating = false;
    m_snapshots->cancel();
    updateBusy();
}

void ScanService::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

} // namespace hullcheck::core
