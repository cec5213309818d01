#include "core/snapshot/snapshotservice.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace hullcheck::core {

SnapshotService::SnapshotService(QObject *parent)
    : QObject(parent)
{
}

SnapshotService::~SnapshotService()
{
    cancel();
    // Workers hold shared_ptrs to what they use, so waiting is only needed to not leave a thread behind.
    const QList<QThread *> threads = findChildren<QThread *>();
    for (QThread *thread : threads) {
        thread->wait();
    }
}

void SnapshotService::collect(const Endpoint &endpoint)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    setBusy(true);

    // Everything the worker touches is captured by value or shared_ptr, never `this`: results come back as
    // queued calls on this object, which Qt drops if the service is gone.
    auto cancelFlag = m_cancel;
    const TransportOptions transport = m_transport;
    const CollectOptions collectOptions = m_collect;
    QPointer<SnapshotService> self(this);
    QThread *thread = QThread::create([self, endpoint, cancelFlag, transport, collectOptions, generation] {
        const auto deliver = [self, generation](auto &&function) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, function = std::forward<decltype(function)>(function)] {
                    if (self && self->m_generation == generation) {
                        function(self.data());
                    }
                },
                Qt::QueuedConnection);
        };
        Result<std::shared_ptr<CurlDockerApi>> api = CurlDockerApi::create(endpoint, transport);
        if (!api.ok()) {
            deliver([error = api.error()](SnapshotService *service) {
                service->setBusy(false);
                emit service->collectionFailed(error);
            });
            return;
        }
        const ProgressCallback progress = [deliver](const CollectProgress &step) {
            deliver([step](SnapshotService *service) {
                emit service->progressChanged(CollectProgress::stageName(step.stage), step.done, step.total);
            });
        };
        Result<Snapshot> snapshot = collectSnapshot(*api.value(), collectOptions, *cancelFlag, progress);
        if (snapshot.ok()) {
            deliver([result = std::move(snapshot).value()](SnapshotService *service) {
                service->setBusy(false);
                emit service->snapshotCollected(result);
            });
        } else {
            deliver([error = snapshot.error()](SnapshotService *service) {
                service->setBusy(false);
                emit service->collectionFailed(error);
            });
        }
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

void SnapshotService::cancel()
{
    if (m_cancel) {
        m_cancel->store(true); // aborts transfers in flight through curl's progress callback
    }
    ++m_generation; // answers of the cancelled run are dropped
    setBusy(false);
}

void SnapshotService::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

} // namespace hullcheck::core
