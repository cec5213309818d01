#pragma once

#include "core/hullcheck_core_export.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <utility>

namespace hullcheck::core {

// A streaming JSON writer for large reports: QJsonObject sorts and copies on every insert, which made the
// findings list of a 200-container scan the slowest part of it. Keys come out in the order they are written,
// so the report reads in the contract's order. Indents with two spaces, like `jq`.
class HULLCHECK_CORE_EXPORT JsonWriter final
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    // Distinct names, not overloads: a u"" literal would otherwise pick value(bool).
    void string(QStringView text);
    void number(qint64 value);
    void boolean(bool flag);
    void null();
    // A string value, or null when it is empty.
    void stringOrNull(QStringView text);
    // A key and its value in one call.
    void stringField(QStringView name, QStringView text);
    void numberField(QStringView name, qint64 value);

    QByteArray take();

private:
    void separate();
    void newline();
    void writeString(QStringView text);

    QByteArray m_out;
    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace hullcheck::core
