#pragma once

#include <QWidget>

namespace hullcheck::ui {

// The benchmark score (0..100) as a big number inside a ring filled to the score, in the score's tone
// (green, amber, red). The number is always there: colour is never the only signal.
class ScoreRing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreRing)

public:
    explicit ScoreRing(QWidget *parent = nullptr);
    ~ScoreRing() override;

    // -1: no score yet.
    void setScore(int score);
    int score() const { return m_score; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_score = -1;
};

} // namespace hullcheck::ui
