#include "ui/delegates/statusbadgedelegate.h"

#include "ui/statuspalette.h"

#include <QApplication>
#include <QPainter>

namespace hullcheck::ui {

namespace {

constexpr int BadgePadding = 8;
constexpr int BadgeMargin = 4;

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int toneRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_toneRole(toneRole)
{
}

StatusBadgeDelegate::~StatusBadgeDelegate() = default;

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant tone = index.data(m_toneRole);
    if (!tone.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear(); // the style draws the background, selection and focus; the badge goes on top
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QFontMetrics metrics(opt.font);
    const QRect available = opt.rect.adjusted(BadgeMargin, 2, -BadgeMargin, -2);
    const int textWidth = metrics.horizontalAdvance(label);
    const bool fits = textWidth + 2 * BadgePadding <= available.width();
    QRect badge(0,
                0,
                fits ? textWidth + 2 * BadgePadding : available.width(),
                std::min(metrics.height() + 4, available.height()));
    badge.moveCenter(available.center());
    badge.moveLeft(available.left());
    const QColor fill = toneColor(static_cast<Tone>(tone.toInt()));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(readableTextOn(fill));
    painter->setFont(opt.font);
    // Elide only when the column is too narrow; eliding at the exact advance can cut a letter off.
    painter->drawText(badge,
                      Qt::AlignCenter,
                      fits ? label : metrics.elidedText(label, Qt::ElideRight, badge.width() - 2 * BadgePadding));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_toneRole).isValid()) {
        size.rwidth() += 2 * (BadgePadding + BadgeMargin);
        size.rheight() = std::max(size.height(), option.fontMetrics.height() + 8);
    }
    return size;
}

} // namespace hullcheck::ui
