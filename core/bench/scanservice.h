#pragma once

#include "core/bench/engine.h"
#include "core/bench/rule.h"
#include "core/docker/endpoint.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"
#include "core/snapshot/snapshot.h"

#include <QObject>
#include <QString>

#include <memory>

class QThreadPool;

namespace hullcheck::core {

class SnapshotService;

// A scan = a snapshot plus the benchmark. scan() collects through SnapshotService and then evaluates the rules;
// evaluate() runs the rules on a snapshot the caller already has (opened from a file, or after a waiver).
// Evaluation runs on the service's own one-thread pool, never on the calling thread and never on the global
// pool: evaluate() itself fans the rules out over the global pool and waits for them, so occupying a global
// thread with the outer job could deadlock it. The built-in rule pack is loaded once
// (on the first evaluation, off the calling thread); the policy file is read on every evaluation, so a waiver
// written to it shows at the next evaluate(). A newer request or cancel() drops older answers.
class HULLCHECK_CORE_EXPORT ScanService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanService)

public:
    explicit ScanService(QObject *parent = nullptr);
    ~ScanService() override;

    bool isBusy() const;
    bool isCollecting() const;
    SnapshotService *snapshotService() const { return m_snapshots; }

    // Empty: no policy. Takes effect at the next evaluation.
    void setPolicyFile(const QString &path) { m_policyFile = path; }
    QString policyFile() const { return m_policyFile; }

    // The rule pack of the last evaluation; null before the first one finished.
    std::shared_ptr<const RulePack> rules() const { return m_rules; }
    // The policy of the last finished evaluation (empty when it used none); null before the first one.
    std::shared_ptr<const Policy> policy() const { return m_policy; }

public slots:
    void scan(const hullcheck::core::Endpoint &endpoint);
    void evaluate(const hullcheck::core::Snapshot &snapshot);
    void cancel();

signals:
    void busyChanged(bool busy);
    void progressChanged(const QString &stage, int done, int total);
    // The collection part of scan() finished; the evaluation starts now.
    void snapshotCollected(const hullcheck::core::Snapshot &snapshot);
    void scanFinished(const hullcheck::core::Snapshot &snapshot, const hullcheck::core::ScanResult &result);
    // Collecting failed (daemon errors).
    void scanFailed(const hullcheck::core::Error &error);
    // The rule pack or the policy file could not be loaded; the snapshot itself is fine.
    void evaluationFailed(const hullcheck::core::Error &error);

private:
    void updateBusy();

    SnapshotService *m_snapshots = nullptr;
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<const RulePack> m_rules;
    std::shared_ptr<const Policy> m_policy;
    QString m_policyFile;
    quint64 m_generation = 0;
    bool m_evaluating = false;
    bool m_busy = false;
};

} // namespace hullcheck::core
