#include "core/fileio.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <sys/stat.h>

namespace hullcheck::core {

VoidResult writeFileAtomically(const QString &path, const QByteArray &bytes, bool ownerOnly)
{
    const auto failure = [&path](const QString &reason) {
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("hullcheck::core::FileIo", "Cannot write %1: %2").arg(path, reason),
                     {}};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(file.errorString());
    }
    if (ownerOnly && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return failure(QCoreApplication::translate("hullcheck::core::FileIo", "cannot restrict its permissions"));
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return failure(file.errorString());
    }
    return Done{};
}

} // namespace hullcheck::core
