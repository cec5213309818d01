#pragma once

#include "ui/statuspalette.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace hullcheck::ui {

// A summary tile: a large number over a caption, with an optional tone accent (e.g. "12 Running" in green).
class StatCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatCard)

public:
    explicit StatCard(const QString &caption, std::optional<Tone> tone = std::nullopt, QWidget *parent = nullptr);
    ~StatCard() override;

    void setValue(int value);
    int value() const { return m_value; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<Tone> m_tone;
    int m_value = 0;
    QLabel *m_valueLabel = nullptr;
    QLabel *m_captionLabel = nullptr;
};

} // namespace hullcheck::ui
