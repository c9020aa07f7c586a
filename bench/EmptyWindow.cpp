// sitegov-benchwindow: the reference for the console's cold start (bench/run, cold_start). The least a
// Qt Widgets program with a table does before its first painted window, built like the console
// (same Qt, same build type) and ended the same way: a main window with a table view under a header
// of eight columns, shown at the requested size, its events processed until it has painted, grabbed
// and written to a PNG file. No database, no login, no data.
//
//   sitegov-benchwindow --size 1366x768 --screenshot FILE
#include <QApplication>
#include <QCommandLineParser>
#include <QHeaderView>
#include <QImageWriter>
#include <QMainWindow>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTableView>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1366x768")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Write the painted window here, then exit."),
        QStringLiteral("FILE")});
    parser.process(app);
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (size.size() != 2 || !parser.isSet(QStringLiteral("screenshot"))) {
        std::fprintf(stderr, "usage: sitegov-benchwindow --size WxH --screenshot FILE\n");
        return 2;
    }
    QMainWindow window;
    QStandardItemModel model(0, 8);
    auto* table = new QTableView(&window);
    table->setModel(&model);
    table->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(table);
    window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.show();
    // As the console's screenshot does (src/gui/Screenshot.cpp): let the window lay out and paint.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QImageWriter writer(parser.value(QStringLiteral("screenshot")));
    if (!writer.write(window.grab().toImage())) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return 1;
    }
    return 0;
}
