#include "ui/widgets/scorering.h"

#include "ui/statuspalette.h"

#include <QPainter>
#include <QPainterPath>

namespace hullcheck::ui {

namespace {

constexpr int RingWidth = 12;
constexpr int FullCircle = 360 * 16; // QPainter angles are in 1/16 degree

} // namespace

ScoreRing::ScoreRing(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(120, 120);
    setAccessibleName(tr("Score"));
}

ScoreRing::~ScoreRing() = default;

void ScoreRing::setScore(int score)
{
    m_score = score;
    //: accessible description of the score ring, %1 the score
    setAccessibleDescription(score < 0 ? tr("No score") : tr("Score %1 of 100").arg(score));
    update();
}

QSize ScoreRing::sizeHint() const
{
    return {150, 150};
}

void ScoreRing::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height()) - RingWidth - 2;
    QRectF ring(0, 0, side, side);
    ring.moveCenter(QRectF(rect()).center());

    QPen track(palette().color(QPalette::Mid), RingWidth, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(track);
    painter.drawEllipse(ring);
    if (m_score >= 0) {
        QPen arc(toneColor(scoreTone(m_score)), RingWidth, Qt::SolidLine, Qt::RoundCap);
        painter.setPen(arc);
        painter.drawArc(ring, 90 * 16, -FullCircle * std::clamp(m_score, 0, 100) / 100);
    }

    QFont number = font();
    number.setPixelSize(std::max(12, side / 3));
    number.setBold(true);
    painter.setFont(number);
    painter.setPen(palette().color(QPalette::WindowText));
    const QString text = m_score < 0 ? QStringLiteral("–") : QString::number(m_score);
    QRectF upper = ring;
    upper.setBottom(ring.center().y() + side / 8.0);
    painter.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, text);
    QFont caption = font();
    caption.setPixelSize(std::max(9, side / 10));
    painter.setFont(caption);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QRectF lower = ring;
    lower.setTop(ring.center().y() + side / 8.0);
    //: under the score in the ring: the score is out of 100
    painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop, tr("of 100"));
}

} // namespace hullcheck::ui
