#pragma once
#include <QMainWindow>
namespace hullcheck::ui {
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
} // namespace hullcheck::ui
