#include "ui/widgets/statcard.h"

#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace hullcheck::ui {

namespace {

constexpr int AccentWidth = 4;

} // namespace

StatCard::StatCard(const QString &caption, std::optional<Tone> tone, QWidget *parent)
    : QFrame(parent)
    , m_tone(tone)
    , m_valueLabel(new QLabel(this))
    , m_captionLabel(new QLabel(caption, this))
{
    QFont big = m_valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_valueLabel->setFont(big);
    m_valueLabel->setObjectName(QStringLiteral("value"));
    m_captionLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(AccentWidth + 12, 8, 12, 8);
    layout->setSpacing(0);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_captionLabel);
    setMinimumWidth(110);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setValue(0);
}

StatCard::~StatCard() = default;

void StatCard::setValue(int value)
{
    m_value = value;
    m_valueLabel->setText(QLocale().toString(value));
    setAccessibleName(QStringLiteral("%1 %2").arg(m_valueLabel->text(), m_captionLabel->text()));
}

void StatCard::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 6.0, 6.0);
    if (m_tone) {
        QPainterPath outline;
        outline.addRoundedRect(box, 6.0, 6.0);
        painter.setClipPath(outline);
        painter.fillRect(QRectF(box.left(), box.top(), AccentWidth, box.height()), toneColor(*m_tone));
    }
}

} // namespace hullcheck::ui
