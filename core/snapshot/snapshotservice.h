#pragma once

#include "core/docker/curldockerapi.h"
#include "core/docker/endpoint.h"
#include "core/hullcheck_core_export.h"
#include "core/result.h"
#include "core/snapshot/snapshot.h"
#include "core/snapshot/snapshotcollector.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace hullcheck::core {

// Collects snapshots off the calling (GUI) thread. Calls return at once; answers arrive as signals on the
// service's thread. A new collect() supersedes a running one; cancel() aborts transfers in flight.
// Long jobs get their own QThread (not the global pool), which the destructor stops and joins.
class HULLCHECK_CORE_EXPORT SnapshotService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotService)

public:
    explicit SnapshotService(QObject *parent = nullptr);
    ~SnapshotService() override;

    bool isBusy() const { return m_busy; }
    void setTransportOptions(const TransportOptions &options) { m_transport = options; }
    const TransportOptions &transportOptions() const { return m_transport; }
    void setCollectOptions(const CollectOptions &options) { m_collect = options; }

public slots:
    void collect(const hullcheck::core::Endpoint &endpoint);
    void cancel();

signals:
    void busyChanged(bool busy);
    void progressChanged(const QString &stage, int done, int total);
    void snapshotCollected(const hullcheck::core::Snapshot &snapshot);
    void collectionFailed(const hullcheck::core::Error &error);

private:
    void setBusy(bool busy);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_busy = false;
    TransportOptions m_transport;
    CollectOptions m_collect;
};

} // namespace hullcheck::core
