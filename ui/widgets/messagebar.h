#pragma once

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;

namespace hullcheck::ui {

// An inline bar for errors, warnings and notes at the top of a page (instead of a modal box): an icon,
// word-wrapped text, an optional action button ("Retry", "Connect…") and a close button.
// Hidden until showMessage().
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Error, Warning, Info };

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    // `action`, when given, is triggered by the bar's button, labelled `actionText` (or the action's own text).
    void showMessage(Kind kind, const QString &text, QAction *action = nullptr, const QString &actionText = {});

    // A standing note: shows `text`, or hides the bar when it is empty.
    void setNote(Kind kind, const QString &text);
    // The text while the bar is shown; empty when it is hidden.
    QString shownText() const;

    Kind kind() const { return m_kind; }
    QString text() const;

public slots:
    void dismiss();

signals:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateIcon();
    void handleActionClicked();

    Kind m_kind = Kind::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_actionButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    QPointer<QAction> m_action;
};

} // namespace hullcheck::ui
