#pragma once

#include <QStyledItemDelegate>

namespace hullcheck::ui {

// Paints a cell as a rounded badge in the colour of its tone, always with the text label: colour is never
// the only signal. Cells whose `toneRole` is empty are painted as usual.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    // `toneRole` holds a ui::Tone as int.
    explicit StatusBadgeDelegate(int toneRole, QObject *parent = nullptr);
    ~StatusBadgeDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_toneRole;
};

} // namespace hullcheck::ui
