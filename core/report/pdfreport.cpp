#include "core/report/pdfreport.h"

#include "core/report/htmlreport.h"
#include "core/report/reportmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::PdfReport)
};

constexpr int Resolution = 300; // dots per inch of the PDF's coordinate system
constexpr double MarginMm = 18;
constexpr double HeaderMm = 22; // top margin, holding the running header
constexpr double FooterMm = 18; // bottom margin, holding the page number

double millimetres(double mm)
{
    return mm * Resolution / 25.4;
}

// The page each anchor of the table of contents lands on, from the laid-out document.
QHash<QString, int> anchorPages(const QTextDocument &document, double pageHeight)
{
    QHash<QString, int> pages;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                // A block that starts a page lies a rounding error above the page's top edge.
                const double top = layout->blockBoundingRect(block).top() + 1.0;
                pages.insert(name, static_cast<int>(std::floor(top / pageHeight)) + 1);
            }
        }
    }
    return pages;
}

void drawPageFrame(QPainter &painter, const QRectF &content, const ReportModel &model, int page, int pageCount)
{
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x54, 0x6e, 0x7a));
    const double gap = millimetres(4);
    if (page > 1) { // the cover has no running header
        const QRectF header(content.left(), content.top() - millimetres(10), content.width(), millimetres(6));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, model.title());
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, model.generatedAt());
        painter.drawLine(QPointF(content.left(), content.top() - gap + millimetres(1)),
                         QPointF(content.right(), content.top() - gap + millimetres(1)));
    }
    const QRectF footer(content.left(), content.bottom() + gap, content.width(), millimetres(6));
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop, Tr::tr("Page %1 of %2").arg(page).arg(pageCount));
    painter.restore();
}

// The HTML's SVG charts drawn again with QPainter (QTextDocument draws no SVG), at the PDF's resolution.
class ChartPainter
{
public:
    static constexpr double Scale = Resolution / 96.0;

    explicit ChartPainter(int height)
        : m_image(qRound(chart::Width * Scale), qRound(height * Scale), QImage::Format_RGB32)
    {
        m_image.fill(Qt::white);
        m_painter.begin(&m_image);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setRenderHint(QPainter::TextAntialiasing);
        m_painter.scale(Scale, Scale);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(11);
        m_painter.setFont(font);
        m_painter.setPen(Qt::NoPen);
    }

    QImage finish()
    {
        m_painter.end();
        return m_image;
    }

    void rect(const QRectF &rect, const char *colour) { m_painter.fillRect(rect, QColor(QLatin1String(colour))); }

    void text(const QRectF &rect, Qt::Alignment alignment, const QString &text, const char *colour)
    {
        m_painter.setPen(QColor(QLatin1String(colour)));
        m_painter.drawText(rect, alignment | Qt::AlignVCenter, text);
        m_painter.setPen(Qt::NoPen);
    }

    void stackedBar(const QMap<Status, int> &counts, double x, double y, double width, double height)
    {
        for (const BarSegment &segment : stackedSegments(counts, x, width)) {
            const StatusColour colour = statusColour(segment.status);
            rect(QRectF(segment.x, y, segment.width, height), colour.background);
            if (segment.labelled) {
                text(QRectF(segment.x, y, segment.width, height),
                     Qt::AlignHCenter,
                     QString::number(segment.count),
                     colour.text);
            }
        }
    }

private:
    QImage m_image;
    QPainter m_painter;
};

QImage statusChart(const ReportModel &model)
{
    const QMap<Status, int> totals = statusTotals(model);
    ChartPainter painter(chart::StatusHeight);
    painter.stackedBar(totals, 0, 0, chart::Width, chart::StatusBarHeight);
    double x = 0;
    for (Status status : ReportModel::statusOrder()) {
        painter.rect(QRectF(x, chart::LegendTop, 12, 12), statusColour(status).background);
        painter.text(QRectF(x + 16, chart::LegendTop - 2, chart::LegendItemWidth - 16, 16),
                     Qt::AlignLeft,
                     Tr::tr("%1 %2").arg(ReportModel::statusLabel(status)).arg(totals.value(status, 0)),
                     "#212121");
        x += chart::LegendItemWidth;
    }
    return painter.finish();
}

QImage sectionsChart(const ReportModel &model)
{
    const QList<ReportSection> &sections = model.sections();
    ChartPainter painter(chart::sectionsHeight(sections.size()));
    const auto total = [](const ReportSection &section) {
        int sum = 0;
        for (int count : section.counts) {
            sum += count;
        }
        return sum;
    };
    int largest = 1;
    for (const ReportSection &section : sections) {
        largest = std::max(largest, total(section));
    }
    double y = 2;
    for (const ReportSection &section : sections) {
        const double width = static_cast<double>(chart::BarWidth) * total(section) / largest;
        const double top = y + (chart::RowHeight - chart::BarHeight) / 2.0;
        painter.text(QRectF(0, top, chart::LabelWidth - 6, chart::BarHeight), Qt::AlignLeft, section.title, "#212121");
        painter.stackedBar(section.counts, chart::LabelWidth, top, width, chart::BarHeight);
        painter.text(QRectF(chart::LabelWidth + width + 6, top, 60, chart::BarHeight),
                     Qt::AlignLeft,
                     QString::number(total(section)),
                     "#212121");
        y += chart::RowHeight;
    }
    return painter.finish();
}

} // namespace

Result<QByteArray> pdfReport(const ReportModel &model)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr) {
        return Error{ErrorKind::Unsupported,
                     Tr::tr("Writing a PDF needs text layout, which this program was started without."),
                     QStringLiteral("pdfReport: no QGuiApplication")};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        const QPageSize size(model.input().options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
        // Full-page mode: the painter covers the whole sheet, so the header and footer can go in the margins.
        writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
        QPageLayout layout = writer.pageLayout();
        layout.setMode(QPageLayout::FullPageMode);
        writer.setPageLayout(layout);
        writer.setTitle(model.title());
        writer.setCreator(QStringLiteral("Hullcheck " HULLCHECK_VERSION));

        const QRectF sheet = writer.pageLayout().fullRectPixels(Resolution);
        const QRectF content = sheet.adjusted(
            millimetres(MarginMm), millimetres(HeaderMm), -millimetres(MarginMm), -millimetres(FooterMm));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setPageSize(content.size());
        const QImage statusImage = statusChart(model);
        const QImage sectionsImage = sectionsChart(model);
        const auto addCharts = [&document, &statusImage, &sectionsImage] {
            document.addResource(
                QTextDocument::ImageResource, QUrl(QLatin1String(HtmlReport::StatusChartUrl)), statusImage);
            document.addResource(
                QTextDocument::ImageResource, QUrl(QLatin1String(HtmlReport::SectionsChartUrl)), sectionsImage);
        };
        addCharts();
        // Lay out once to learn where the sections land, then again with those page numbers in the contents
        // (a number does not change the contents' height).
        document.setHtml(HtmlReport::renderForPdf(model, {}));
        document.setHtml(HtmlReport::renderForPdf(model, anchorPages(document, content.height())));

        QPainter painter(&writer);
        const int pageCount = document.pageCount();
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0) {
                writer.newPage();
            }
            painter.save();
            painter.translate(content.left(), content.top() - page * content.height());
            document.drawContents(&painter, QRectF(0, page * content.height(), content.width(), content.height()));
            painter.restore();
            drawPageFrame(painter, content, model, page + 1, pageCount);
        }
        painter.end();
    }
    return bytes;
}

std::unique_ptr<QCoreApplication> createPdfCapableApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // Text layout needs no display; a stale DISPLAY (ssh, CI) would otherwise abort the program.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace hullcheck::core
