#include "ui/widgets/messagebar.h"

#include "ui/statuspalette.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace hullcheck::ui {

namespace {

Tone toneOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Error: return Tone::Critical;
    case MessageBar::Kind::Warning: return Tone::Caution;
    case MessageBar::Kind::Info: return Tone::Info;
    }
    return Tone::Info;
}

QStyle::StandardPixmap iconOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Error: return QStyle::SP_MessageBoxCritical;
    case MessageBar::Kind::Warning: return QStyle::SP_MessageBoxWarning;
    case MessageBar::Kind::Info: return QStyle::SP_MessageBoxInformation;
    }
    return QStyle::SP_MessageBoxInformation;
}

constexpr int AccentWidth = 4;

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setFrameShape(QFrame::NoFrame);

    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_actionButton->setObjectName(QStringLiteral("messageAction"));
    m_actionButton->hide();
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(AccentWidth + 8, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_actionButton, &QPushButton::clicked, this, &MessageBar::handleActionClicked);

    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(Kind kind, const QString &text, QAction *action, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_action = action;
    if (action) {
        m_actionButton->setText(actionText.isEmpty() ? action->iconText() : actionText);
        m_actionButton->show();
    } else {
        m_actionButton->hide();
    }
    updateIcon();
    update();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::dismiss()
{
    if (isHidden()) {
        return;
    }
    hide();
    m_action.clear();
    emit dismissed();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange) {
        updateIcon();
    }
}

void MessageBar::paintEvent(QPaintEvent * /*event*/)
{
    // Painted from the inherited palette on every paint, so the bar follows light/dark theme switches.
    const Tone tone = toneOf(m_kind);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(toneColor(tone), 1.0));
    painter.setBrush(tintedBackground(tone, palette()));
    painter.drawRoundedRect(box, 4.0, 4.0);
    QPainterPath outline;
    outline.addRoundedRect(box, 4.0, 4.0);
    painter.setClipPath(outline);
    painter.fillRect(QRectF(box.left(), box.top(), AccentWidth, box.height()), toneColor(tone));
}

void MessageBar::updateIcon()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconOf(m_kind)).pixmap(iconSize, iconSize));
}

void MessageBar::handleActionClicked()
{
    if (m_action) {
        m_action->trigger();
    }
}

void MessageBar::setNote(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        dismiss();
    } else {
        showMessage(kind, text);
    }
}

QString MessageBar::shownText() const
{
    return isHidden() ? QString() : text();
}

} // namespace hullcheck::ui
