#include "core/report/jsonwriter.h"

namespace hullcheck::core {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first) {
        m_out += ',';
    }
    if (m_depth > 0) {
        newline();
    }
    m_first = false;
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(m_depth * 2, ' ');
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    ++m_depth;
    m_first = true;
}

void JsonWriter::endObject()
{
    --m_depth;
    if (!m_first) {
        newline();
    }
    m_out += '}';
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    ++m_depth;
    m_first = true;
}

void JsonWriter::endArray()
{
    endObject(); // same layout
    m_out.back() = ']';
}

void JsonWriter::key(QStringView name)
{
    separate();
    writeString(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    separate();
    writeString(text);
}

void JsonWriter::number(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
}

void JsonWriter::boolean(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::stringOrNull(QStringView text)
{
    if (text.isEmpty()) {
        null();
    } else {
        string(text);
    }
}

void JsonWriter::stringField(QStringView name, QStringView text)
{
    key(name);
    string(text);
}

void JsonWriter::numberField(QStringView name, qint64 value)
{
    key(name);
    number(value);
}

QByteArray JsonWriter::take()
{
    m_out += '\n';
    return std::exchange(m_out, {});
}

void JsonWriter::writeString(QStringView text)
{
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    const char *data = utf8.constData();
    qsizetype plainFrom = 0;
    // Plain runs are copied in one go; only quotes, backslashes and control characters are escaped.
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto code = static_cast<unsigned char>(data[i]);
        if (code >= 0x20 && code != '"' && code != '\\') {
            continue;
        }
        m_out.append(data + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (code) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        default:
            m_out += "\\u00";
            m_out += "0123456789abcdef"[code >> 4];
            m_out += "0123456789abcdef"[code & 0x0f];
        }
    }
    m_out.append(data + plainFrom, utf8.size() - plainFrom);
    m_out += '"';
}

} // namespace hullcheck::core
