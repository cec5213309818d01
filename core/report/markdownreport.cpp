#include "core/report/markdownreport.h"

namespace hullcheck::core {

namespace {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar character : text) {
        switch (character.unicode()) {
        case '&': out.append(QLatin1String("&amp;")); break;
        case '<': out.append(QLatin1String("&lt;")); break;
        case '>': out.append(QLatin1String("&gt;")); break;
        case '|':
        case '\\':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '#':
            out.append(QLatin1Char('\\'));
            out.append(character);
            break;
        case '\r': break;
        case '\n': out.append(QLatin1String("<br>")); break;
        default: out.append(character);
        }
    }
    return out;
}

QString emoji(Status status)
{
    switch (status) {
    case Status::Pass: return QStringLiteral("✅");
    case Status::Fail: return QStringLiteral("❌");
    case Status::Warn: return QStringLiteral("⚠️");
    case Status::Info: return QStringLiteral("ℹ️");
    case Status::Skip: return QStringLiteral("⏭️");
    case Status::Waived: return QStringLiteral("💤");
    }
    return {};
}

QString cellText(const ReportCell &cell)
{
    if (cell.text.isEmpty()) {
        return {};
    }
    if (cell.status) {
        return emoji(*cell.status) % QLatin1Char(' ') % escaped(cell.text);
    }
    return escaped(cell.text);
}

} // namespace

QByteArray MarkdownReport::render(const ReportModel &model)
{
    MarkdownReport document;
    document.ReportDocument::write(model);
    return document.m_out.toUtf8();
}

void MarkdownReport::begin(const QString & /*title*/)
{
}

void MarkdownReport::end()
{
}

void MarkdownReport::heading(int level, const QString &text, const QString &anchor)
{
    if (!anchor.isEmpty()) {
        m_out += QStringLiteral("<a id=\"") % anchor % QStringLiteral("\"></a>\n\n");
    }
    m_out += QString(level, QLatin1Char('#')) % QLatin1Char(' ') % escaped(text) % QStringLiteral("\n\n");
}

void MarkdownReport::paragraph(const QString &text)
{
    m_out += escaped(text) % QStringLiteral("\n\n");
}

void MarkdownReport::facts(const QList<ReportFact> &facts)
{
    QList<QList<ReportCell>> rows;
    for (const ReportFact &fact : facts) {
        rows.append({{fact.label, std::nullopt, false}, {fact.value, std::nullopt, false}});
    }
    table({QString(), QString()}, rows);
}

void MarkdownReport::table(const QStringList &headers, const QList<QList<ReportCell>> &rows)
{
    QStringList header;
    for (const QString &text : headers) {
        header.append(escaped(text));
    }
    m_out += QStringLiteral("| ") % header.join(QStringLiteral(" | ")) % QStringLiteral(" |\n|") %
             QStringLiteral("---|").repeated(headers.size()) % QLatin1Char('\n');
    for (const QList<ReportCell> &row : rows) {
        QStringList cells;
        for (const ReportCell &cell : row) {
            cells.append(cellText(cell));
        }
        m_out += QStringLiteral("| ") % cells.join(QStringLiteral(" | ")) % QStringLiteral(" |\n");
    }
    m_out += QLatin1Char('\n');
}

void MarkdownReport::tableOfContents(const QList<ReportTocEntry> &entries)
{
    for (const ReportTocEntry &entry : entries) {
        m_out += QString((entry.level - 1) * 2, QLatin1Char(' ')) % QStringLiteral("- [") % escaped(entry.text) %
                 QStringLiteral("](#") % entry.anchor % QStringLiteral(")\n");
    }
    m_out += QLatin1Char('\n');
}

} // namespace hullcheck::core
