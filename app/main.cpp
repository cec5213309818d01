#include "core/coreruntime.h"
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    const hullcheck::core::CoreRuntime runtime;
    QApplication application(argc, argv);
    hullcheck::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
