#include "TableTestSupport.h"
#include "storage/TableReader.h"
#include "storage/TableWriter.h"
#include "storage/XlsxPackage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QRandomGenerator>
#include <QXmlStreamReader>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

using sitegov::TableReader;
using sitegov::TableWriteOptions;
using sitegov::TableWriter;
using sitegov::test::rowsText;
using sitegov::test::rowText;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TableWriteOptions csvOptions(TableWriteOptions::CsvEncoding encoding, bool neutralise = true)
{
    TableWriteOptions o;
    o.format = TableWriteOptions::Format::Csv;
    o.csvEncoding = encoding;
    o.neutraliseFormulas = neutralise;
    return o;
}

TableWriteOptions xlsxOptions()
{
    TableWriteOptions o;
    o.format = TableWriteOptions::Format::Xlsx;
    return o;
}

// Only the target may be left in the folder: no temporary files.
QStringList folderEntries(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestTableWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("neutralise");
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<QByteArray>("expected"); // after the header line "a,b\r\n"

        const int bom = int(TableWriteOptions::CsvEncoding::Utf8WithBom);
        const int utf8 = int(TableWriteOptions::CsvEncoding::Utf8);
        const int gbk = int(TableWriteOptions::CsvEncoding::Gbk);
        QTest::newRow("bom") << bom << true << QStringList{QStringLiteral("1"), QStringLiteral("福建")}
                             << QByteArray("\xEF\xBB\xBF" "a,b\r\n1,\xE7\xA6\x8F\xE5\xBB\xBA\r\n");
        QTest::newRow("utf-8") << utf8 << true << QStringList{QStringLiteral("1"), QStringLiteral("福建")}
                               << QByteArray("a,b\r\n1,\xE7\xA6\x8F\xE5\xBB\xBA\r\n");
        QTest::newRow("gbk") << gbk << true << QStringList{QStringLiteral("1"), QStringLiteral("福建")}
                             << QByteArray("a,b\r\n1,\xB8\xA3\xBD\xA8\r\n");
        QTest::newRow("gbk euro sign") << gbk << true << QStringList{QStringLiteral("€")} << QByteArray("a,b\r\n\x80\r\n");
        QTest::newRow("quoting") << utf8 << true
                                 << QStringList{QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                                        QStringLiteral(" pad "), QString()}
                                 << QByteArray("a,b\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad \",\r\n");
        QTest::newRow("formulas neutralised")
            << utf8 << true
            << QStringList{QStringLiteral("=1+1"), QStringLiteral("+86 591"), QStringLiteral("-5"), QStringLiteral("@SUM(A1)"),
                   QStringLiteral("-x"), QStringLiteral("a=b")}
            << QByteArray("a,b\r\n'=1+1,'+86 591,-5,'@SUM(A1),'-x,a=b\r\n");
        QTest::newRow("formulas kept when asked") << utf8 << false << QStringList{QStringLiteral("=1+1")}
                                                  << QByteArray("a,b\r\n=1+1\r\n");
    }

    void csv()
    {
        QFETCH(int, encoding);
        QFETCH(bool, neutralise);
        QFETCH(QStringList, row);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        TableWriter writer(path, csvOptions(TableWriteOptions::CsvEncoding(encoding), neutralise));
        QVERIFY(writer.writeHeader({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(writer.writeRow(row));
        QVERIFY(!QFile::exists(path)); // nothing appears before finish()
        const auto st = writer.finish();
        QVERIFY2(st.ok(), qPrintable(st.error().fullText()));
        QCOMPARE(readAll(path), expected);
        QCOMPARE(folderEntries(dir), QStringList{QStringLiteral("out.csv")});
    }

    void csvRoundTrip_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("detected");
        QTest::newRow("bom") << int(TableWriteOptions::CsvEncoding::Utf8WithBom) << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("utf-8") << int(TableWriteOptions::CsvEncoding::Utf8) << QStringLiteral("UTF-8");
        QTest::newRow("gbk") << int(TableWriteOptions::CsvEncoding::Gbk) << QStringLiteral("GB18030");
    }

    void csvRoundTrip()
    {
        QFETCH(int, encoding);
        QFETCH(QString, detected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        TableWriter writer(path, csvOptions(TableWriteOptions::CsvEncoding(encoding), false));
        writer.writeHeader({QStringLiteral("网站标识码"), QStringLiteral("网站名称")});
        writer.writeRow({QStringLiteral("0350"), QStringLiteral("福建省人民政府办公厅")});
        writer.writeRow({QStringLiteral("3501000012"), QStringLiteral("两行\n名称, \"引号\"")});
        writer.writeRow({QStringLiteral("3"), QString()});
        QVERIFY(writer.finish().ok());
        const auto read = TableReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error().fullText()));
        QCOMPARE(read->encoding, detected);
        QCOMPARE(rowText(read->headerLine, read->header), QStringLiteral("1:网站标识码|网站名称"));
        QCOMPARE(rowsText(*read),
            QStringList({QStringLiteral("2:0350|福建省人民政府办公厅"), QStringLiteral("3:3501000012|两行\\n名称, \"引号\""),
                QStringLiteral("5:3|")}));
    }

    void gbkUnencodableFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\r\n");
        }
        TableWriter writer(path, csvOptions(TableWriteOptions::CsvEncoding::Gbk));
        QVERIFY(writer.writeHeader({QStringLiteral("代码"), QStringLiteral("名称")}));
        QVERIFY(writer.writeRow({QStringLiteral("1"), QStringLiteral("多行\n名称")}));
        QVERIFY(!writer.writeRow({QStringLiteral("2"), QStringLiteral("网站😀名称😀")}));
        QVERIFY(!writer.writeRow({QStringLiteral("3"), QStringLiteral("福建")}));
        const auto st = writer.finish();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("Line 4")), qPrintable(st.error().message));
        QVERIFY2(st.error().message.contains(QStringLiteral("😀")), qPrintable(st.error().message));
        QVERIFY(!st.error().message.contains(QStringLiteral("😀😀")));
        QCOMPARE(readAll(path), QByteArray("previous export\r\n"));
        QCOMPARE(folderEntries(dir), QStringList{QStringLiteral("out.csv")});
    }

    void finishFailureLeavesNoFile_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::newRow("csv") << false;
        QTest::newRow("xlsx") << true;
    }

    void finishFailureLeavesNoFile()
    {
        QFETCH(bool, xlsx);
        QTemporaryDir dir;
        // The target's folder does not exist.
        {
            TableWriter writer(dir.filePath(QStringLiteral("no/such/folder/out.x")), xlsx ? xlsxOptions() : TableWriteOptions{});
            QVERIFY(!writer.writeHeader({QStringLiteral("a")}));
            const auto st = writer.finish();
            QVERIFY(!st.ok());
            QVERIFY2(st.error().message.contains(QLatin1String("cannot be written")), qPrintable(st.error().message));
        }
        // The target is a folder: everything is written, and the last step fails.
        const QString target = dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
        QFile(target + QStringLiteral("/inside")).open(QIODevice::WriteOnly);
        {
            TableWriter writer(target, xlsx ? xlsxOptions() : TableWriteOptions{});
            writer.writeHeader({QStringLiteral("a")});
            writer.writeRow({QStringLiteral("1")});
            const auto st = writer.finish();
            QVERIFY(!st.ok());
            QVERIFY2(st.error().message.contains(QLatin1String("cannot be written")), qPrintable(st.error().message));
        }
        QVERIFY(QFileInfo(target).isDir());
        QCOMPARE(folderEntries(dir), QStringList());
        // A writer dropped or cancelled before finish() leaves nothing either.
        {
            TableWriter writer(dir.filePath(QStringLiteral("dropped")), xlsx ? xlsxOptions() : TableWriteOptions{});
            writer.writeHeader({QStringLiteral("a")});
        }
        {
            TableWriter writer(dir.filePath(QStringLiteral("cancelled")), xlsx ? xlsxOptions() : TableWriteOptions{});
            writer.writeHeader({QStringLiteral("a")});
            writer.cancel();
            QVERIFY(!writer.finish().ok());
        }
        QCOMPARE(folderEntries(dir), QStringList());
    }

    // A disk that fills up: the last buffered write fails inside finish(), which must say so and leave
    // the previous file as it was. RLIMIT_FSIZE stands in for the full disk (writes past it fail
    // with EFBIG); a device or pipe at the target is refused, not replaced by a regular file.
    void fullDiskIsReported_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::addColumn<int>("rows");
        // About 70 KB: every write but the last buffered one fits.
        QTest::newRow("csv, full at the last write") << false << 1000;
        QTest::newRow("csv, full midway") << false << 4000;
        QTest::newRow("xlsx") << true << 4000;
    }

    void fullDiskIsReported()
    {
        QFETCH(bool, xlsx);
        QFETCH(int, rows);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous export\r\n");
        previous.close();
        // Rows of 70 bytes that compress badly.
        QList<QStringList> lines;
        QRandomGenerator random(7);
        for (int i = 0; i < rows; ++i) {
            QByteArray bytes(32, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            lines.append({QString::number(i), QString::fromLatin1(bytes.toHex())});
        }
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        bool allWritten = true;
        sitegov::Status st;
        {
            TableWriter writer(path, xlsx ? xlsxOptions() : TableWriteOptions{});
            allWritten = writer.writeHeader({QStringLiteral("n"), QStringLiteral("noise")});
            for (const QStringList& row : std::as_const(lines))
                allWritten = allWritten && writer.writeRow(row);
            st = writer.finish();
        }
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        Q_UNUSED(allWritten) // a write may fail before finish() or only in it: either way finish() says so
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("cannot be written")), qPrintable(st.error().message));
        QCOMPARE(readAll(path), QByteArray("previous export\r\n"));
        QCOMPARE(folderEntries(dir), QStringList{QStringLiteral("out")});

        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        {
            TableWriter writer(fifo, xlsx ? xlsxOptions() : TableWriteOptions{});
            QVERIFY(!writer.writeHeader({QStringLiteral("a")}));
            const auto refused = writer.finish();
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("not a regular file")), qPrintable(refused.error().message));
        }
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
        QCOMPARE(folderEntries(dir), QStringList{QStringLiteral("out")}); // and the pipe, which is no file
    }

    void xlsxRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sites.xlsx"));
        QCOMPARE(TableWriter::formatForPath(path), TableWriteOptions::Format::Xlsx);
        TableWriteOptions options = xlsxOptions();
        options.sheetName = QStringLiteral("站点: 2024/1 [全部]");
        const QStringList header{QStringLiteral("网站标识码"), QStringLiteral("网站名称"), QStringLiteral("备注")};
        const QList<QStringList> rows{
            {QStringLiteral("0350"), QStringLiteral("福建省人民政府办公厅"), QStringLiteral("两行\n备注")},
            {QStringLiteral("3501000012345678901234"), QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-5")},
            {QStringLiteral("007"), QString(), QStringLiteral("  空格  ")},
            {QStringLiteral("_x0041_ literal"), QStringLiteral("ctl\x01char"), QStringLiteral("cr\r\nlf")},
            {QStringLiteral("😀 emoji"), QStringLiteral("<&>\"'"), QString()},
            {QStringLiteral("1.50"), QStringLiteral("1E5"), QStringLiteral("TRUE")},
        };
        TableWriter writer(path, options);
        QVERIFY(writer.writeHeader(header));
        for (const auto& r : rows)
            QVERIFY(writer.writeRow(r));
        QCOMPARE(writer.rowsWritten(), int(rows.size()));
        const auto st = writer.finish();
        QVERIFY2(st.ok(), qPrintable(st.error().fullText()));
        QCOMPARE(folderEntries(dir), QStringList{QStringLiteral("sites.xlsx")});

        // Frozen header row, bold header, text format, column widths from the content.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto package = sitegov::XlsxPackage::open(&file, sitegov::TableReadOptions{});
        QVERIFY(package.ok());
        QString pane;
        QList<double> widths;
        auto st2 = (*package)->parseXml(QStringLiteral("xl/worksheets/sheet1.xml"), [&](QXmlStreamReader& xml) {
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == u"pane")
                    pane = xml.attributes().value(QLatin1String("state")).toString();
                else if (xml.name() == u"col")
                    widths << xml.attributes().value(QLatin1String("width")).toDouble();
            }
            return sitegov::Status();
        });
        QVERIFY(st2.ok());
        QCOMPARE(pane, QStringLiteral("frozen"));
        QCOMPARE(widths.size(), 3);
        QVERIFY2(widths.at(0) > 20 && widths.at(1) > 20 && widths.at(2) >= 8, qPrintable(QString::number(widths.at(0))));
        bool bold = false;
        QVERIFY((*package)->parseXml(QStringLiteral("xl/styles.xml"), [&](QXmlStreamReader& xml) {
                              while (!xml.atEnd()) {
                                  if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"b")
                                      bold = true;
                              }
                              return sitegov::Status();
                          })
                    .ok());
        QVERIFY(bold);
        file.close();

        const auto read = TableReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error().fullText()));
        QCOMPARE(read->format, QStringLiteral("XLSX"));
        QCOMPARE(read->sheetName, QStringLiteral("站点_ 2024_1 _全部_"));
        QCOMPARE(read->header, header);
        // A text cell runs nothing in a spreadsheet: it is written as it is (no apostrophe to show).
        QCOMPARE(rowsText(*read),
            QStringList({QStringLiteral("2:0350|福建省人民政府办公厅|两行\\n备注"),
                QStringLiteral("3:3501000012345678901234|=HYPERLINK(\"http://x\")|-5"), QStringLiteral("4:007||  空格  "),
                QStringLiteral("5:_x0041_ literal|ctl\x01char|cr\\r\\nlf"), QStringLiteral("6:😀 emoji|<&>\"'|"),
                QStringLiteral("7:1.50|1E5|TRUE")}));
    }

    void xlsxLimits()
    {
        QTemporaryDir dir;
        TableWriter writer(dir.filePath(QStringLiteral("big.xlsx")), xlsxOptions());
        QVERIFY(writer.writeHeader({QStringLiteral("a")}));
        QVERIFY(!writer.writeRow({QString(32768, u'x')}));
        const auto st = writer.finish();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("Row 2 has a cell longer than 32767")),
            qPrintable(st.error().message));
        QCOMPARE(folderEntries(dir), QStringList());
    }

    // 100,000 rows of eight columns: written, then read back. Prints the times; asserts none.
    void largeExport_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::newRow("csv") << false;
        QTest::newRow("xlsx") << true;
    }

    void largeExport()
    {
        QFETCH(bool, xlsx);
        QTemporaryDir dir;
        const QString path = dir.filePath(xlsx ? QStringLiteral("big.xlsx") : QStringLiteral("big.csv"));
        const int n = 100000;
        QElapsedTimer timer;
        timer.start();
        {
            TableWriter writer(path, xlsx ? xlsxOptions() : TableWriteOptions{});
            writer.writeHeader({QStringLiteral("网站标识码"), QStringLiteral("网站名称"), QStringLiteral("主办单位"),
                QStringLiteral("域名"), QStringLiteral("开办日期"), QStringLiteral("状态"), QStringLiteral("联系人"),
                QStringLiteral("电话")});
            for (int i = 0; i < n; ++i) {
                writer.writeRow({QStringLiteral("35%1").arg(i, 8, 10, QLatin1Char('0')),
                    QStringLiteral("福建省第%1人民政府网站").arg(i), QStringLiteral("福建省人民政府办公厅"),
                    QStringLiteral("www%1.fujian.gov.cn").arg(i), QStringLiteral("2021-03-05"), QStringLiteral("运行"),
                    QStringLiteral("张三"), QStringLiteral("0591-8700%1").arg(i % 10000, 4, 10, QLatin1Char('0'))});
            }
            const auto st = writer.finish();
            QVERIFY2(st.ok(), qPrintable(st.error().fullText()));
        }
        const qint64 writeMs = timer.restart();
        const auto read = TableReader::read(path);
        const qint64 readMs = timer.elapsed();
        QVERIFY2(read.ok(), qPrintable(read.error().fullText()));
        QCOMPARE(read->rows.size(), n);
        QCOMPARE(read->rows.last().line, n + 1);
        QCOMPARE(read->rows.last().cells.at(0), QStringLiteral("3500099999"));
        QCOMPARE(read->rows.last().cells.at(7), QStringLiteral("0591-87009999"));
        qInfo("%s, %d rows x 8 columns: %lld bytes, written in %lld ms, read in %lld ms", xlsx ? "XLSX" : "CSV", n,
            QFileInfo(path).size(), writeMs, readMs);
    }
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "TestTableWriter.moc"
