// holdfast-floor: the least a Qt app like Holdfast can do to show a window:
// a QMainWindow holding a QChartView, after opening a QSQLITE file and reading
// one row from it. scripts/bench-startup starts it next to holdfast; its
// start-up time and memory are the floor the budgets are measured against.
//   holdfast-floor DATA_DIR   (opens DATA_DIR/holdfast.sqlite)

#include "ui/PaintProbe.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLineSeries>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const QString dir = arguments.size() > 1 ? arguments.at(1) : QDir::currentPath();

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(QDir(dir).filePath(u"holdfast.sqlite"_s));
    db.open();
    int tables = 0;
    {
        QSqlQuery query(db);
        if (query.exec(u"SELECT count(*) FROM sqlite_master"_s) && query.next())
            tables = query.value(0).toInt();
    }

    auto *series = new QLineSeries;
    for (int i = 0; i < 7; ++i)
        series->append(i, (i * 3 + tables) % 7);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->legend()->hide();

    QMainWindow window;
    window.setWindowTitle(u"Holdfast floor"_s);
    window.setCentralWidget(new QChartView(chart, &window));
    window.resize(1100, 720);
    holdfast::ui::PaintProbe::watch(&window, "mainWindow");
    window.show();
    return QApplication::exec();
}
