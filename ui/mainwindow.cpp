#include "ui/mainwindow.h"
namespace hullcheck::ui {
MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}
} // namespace hullcheck::ui
