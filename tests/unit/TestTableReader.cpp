#include "TableTestSupport.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TableReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

using sitegov::TableData;
using sitegov::TableReader;
using sitegov::TableReadOptions;
using sitegov::test::minimalXlsx;
using sitegov::test::rowsText;
using sitegov::test::rowText;
using sitegov::test::ZipBuilder;

namespace {

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

QByteArray gbk(const QString& s)
{
    QStringEncoder e("GB18030");
    return e(s);
}

QByteArray utf16le(const QString& s, bool bom = true)
{
    QStringEncoder e(QStringEncoder::Utf16LE);
    return (bom ? QByteArrayLiteral("\xFF\xFE") : QByteArray()) + QByteArray(e(s));
}

QByteArray utf16be(const QString& s)
{
    QStringEncoder e(QStringEncoder::Utf16BE);
    return QByteArrayLiteral("\xFE\xFF") + QByteArray(e(s));
}

QString fixture(const char* name)
{
    return QStringLiteral(SITEGOV_SOURCE_DIR "/tests/data/tables/") + QLatin1String(name);
}

QByteArray fixtureBytes(const char* name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

const QString kUtf8Table = QStringLiteral("代码,名称\r\n3501,福建省人民政府办公厅\r\n");

// A raw deflate stream of `head`, then `unit` repeated to about `bytes` bytes, then `tail`: the
// repeated part is compressed once, as a chunk of about 1 MiB ending in a full flush (which ends on
// a byte boundary and forgets the history), and those bytes are repeated. Hundreds of MiB pack
// into a few hundred KiB, as in the workbook of under 2 MB.
struct Deflated
{
    QByteArray data;
    quint32 crc = 0;
    quint32 size = 0;
};

Deflated deflateRepeated(const QByteArray& head, const QByteArray& unit, qint64 bytes, const QByteArray& tail)
{
    const QByteArray chunk = unit.repeated(std::max<qsizetype>(1, (1 << 20) / unit.size()));
    const qint64 copies = std::max<qint64>(1, (bytes - head.size() - tail.size()) / chunk.size());
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    const auto pack = [&z](const QByteArray& in, int flush) {
        QByteArray out;
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
        z.avail_in = uInt(in.size());
        char buffer[1 << 16];
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
        return out;
    };
    const QByteArray packedHead = pack(head, Z_FULL_FLUSH);
    const QByteArray packedChunk = pack(chunk, Z_FULL_FLUSH);
    const QByteArray packedTail = pack(tail, Z_FINISH);
    deflateEnd(&z);
    const auto crcOf = [](const QByteArray& b) {
        return ::crc32(0, reinterpret_cast<const Bytef*>(b.constData()), uInt(b.size()));
    };
    uLong crc = crcOf(head);
    const uLong chunkCrc = crcOf(chunk);
    for (qint64 i = 0; i < copies; ++i)
        crc = ::crc32_combine(crc, chunkCrc, z_off_t(chunk.size()));
    crc = ::crc32_combine(crc, crcOf(tail), z_off_t(tail.size()));
    Deflated d;
    d.data = packedHead + packedChunk.repeated(copies) + packedTail;
    d.crc = quint32(crc);
    d.size = quint32(head.size() + copies * chunk.size() + tail.size());
    return d;
}

const QByteArray kMainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

// A workbook whose sheet and (optionally) shared strings are given packed.
QByteArray workbookWith(const Deflated& sheet, const Deflated* strings)
{
    const QByteArray relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" + relType + "worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (strings)
        rels += "<Relationship Id=\"rId2\" Type=\"" + relType + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    ZipBuilder zip;
    zip.add(QStringLiteral("[Content_Types].xml"), "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    zip.add(QStringLiteral("_rels/.rels"),
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"" + relType + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    zip.add(QStringLiteral("xl/workbook.xml"),
        "<workbook " + kMainNs + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>");
    if (strings)
        zip.addDeflated(QStringLiteral("xl/sharedStrings.xml"), strings->data, strings->crc, strings->size);
    zip.addDeflated(QStringLiteral("xl/worksheets/sheet1.xml"), sheet.data, sheet.crc, sheet.size);
    return zip.build();
}

Deflated plain(const QByteArray& xml)
{
    // qCompress gives a 4-byte length, then a zlib stream: 2 header bytes, raw deflate, adler32.
    const QByteArray zlib = qCompress(xml, 9);
    return {zlib.mid(6, zlib.size() - 10), sitegov::test::crc32(xml), quint32(xml.size())};
}

} // namespace

class TestTableReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("maxField");
        QTest::addColumn<int>("maxColumns");
        QTest::addColumn<QString>("expectEncoding");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("error");

        const int aut = int(TableReadOptions::Encoding::Auto);
        const QStringList chineseRow{QStringLiteral("2:3501|福建省人民政府办公厅")};
        const QString chineseHeader = QStringLiteral("1:代码|名称");
        const auto ok = [&](const char* name, const QByteArray& bytes, const QString& enc, const QString& header,
                            const QStringList& rows, int encoding = int(TableReadOptions::Encoding::Auto)) {
            QTest::newRow(name) << bytes << encoding << 0 << 0 << enc << header << rows << QString();
        };
        const auto bad = [&](const char* name, const QByteArray& bytes, const QString& error,
                             int encoding = int(TableReadOptions::Encoding::Auto), int maxField = 0, int maxColumns = 0) {
            QTest::newRow(name) << bytes << encoding << maxField << maxColumns << QString() << QString()
                                << QStringList() << error;
        };

        // Encodings
        ok("utf-8", utf8(kUtf8Table), QStringLiteral("UTF-8"), chineseHeader, chineseRow);
        ok("utf-8 bom", QByteArrayLiteral("\xEF\xBB\xBF") + utf8(kUtf8Table), QStringLiteral("UTF-8 (BOM)"),
            chineseHeader, chineseRow);
        ok("gbk", gbk(kUtf8Table), QStringLiteral("GB18030"), chineseHeader, chineseRow);
        ok("gbk forced", gbk(kUtf8Table), QStringLiteral("GB18030"), chineseHeader, chineseRow,
            int(TableReadOptions::Encoding::Gbk));
        // "省" in GBK (CA A1) is also valid UTF-8 (U+02A1): a line of it alone must not look like UTF-8.
        ok("gbk line that is valid utf-8", gbk(QStringLiteral("代码,名称\n1,省\n2,福建省人民政府\n")),
            QStringLiteral("GB18030"), QStringLiteral("1:代码|名称"),
            {QStringLiteral("2:1|省"), QStringLiteral("3:2|福建省人民政府")});
        ok("gb18030 four-byte", gbk(QStringLiteral("a,b\n1,😀𠀀\n")), QStringLiteral("GB18030"),
            QStringLiteral("1:a|b"), {QStringLiteral("2:1|😀𠀀")});
        ok("utf-8 four-byte", utf8(QStringLiteral("a,b\n1,😀𠀀\n")), QStringLiteral("UTF-8"), QStringLiteral("1:a|b"),
            {QStringLiteral("2:1|😀𠀀")});
        ok("utf-16le bom", utf16le(kUtf8Table), QStringLiteral("UTF-16LE"), chineseHeader, chineseRow);
        ok("utf-16be bom", utf16be(kUtf8Table), QStringLiteral("UTF-16BE"), chineseHeader, chineseRow);
        ok("utf-16 forced, no bom", utf16le(kUtf8Table, false), QStringLiteral("UTF-16LE"), chineseHeader, chineseRow,
            int(TableReadOptions::Encoding::Utf16));
        ok("utf-16 tab-separated (Excel's Unicode text)", utf16le(QStringLiteral("代码\t名称\r\n3501\t福建\r\n")),
            QStringLiteral("UTF-16LE"), chineseHeader, {QStringLiteral("2:3501|福建")});
        ok("utf-8 forced", utf8(kUtf8Table), QStringLiteral("UTF-8"), chineseHeader, chineseRow,
            int(TableReadOptions::Encoding::Utf8));
        bad("utf-8 forced on gbk", gbk(kUtf8Table), QStringLiteral("not valid UTF-8: line 1"),
            int(TableReadOptions::Encoding::Utf8));
        bad("gbk forced on garbage", QByteArrayLiteral("a,b\n1,\x80\x80\n"), QStringLiteral("not valid GBK (GB18030): line 2"),
            int(TableReadOptions::Encoding::Gbk));
        bad("utf-8 bom then invalid", QByteArrayLiteral("\xEF\xBB\xBF" "a,b\n1,2\n\xC3\x28,x\n"),
            QStringLiteral("not valid UTF-8: line 3"));
        bad("neither utf-8 nor gbk", QByteArrayLiteral("a,b\n1,2\n3,\x80\xFF\x80\xFF\n"),
            QStringLiteral("neither UTF-8 nor GBK: line 3"));
        bad("neither, after a gbk line", gbk(QStringLiteral("a,b\n1,福建\n")) + QByteArrayLiteral("2,\xFF\n"),
            QStringLiteral("neither UTF-8 nor GBK: line 3"));
        bad("mixed utf-8 with one gbk line",
            utf8(QStringLiteral("代码,名称\n1,福建省人民政府\n")) + gbk(QStringLiteral("2,福州市人民政府\n"))
                + utf8(QStringLiteral("3,厦门市人民政府\n")),
            QStringLiteral("line 3 is not"));
        bad("nul byte", QByteArrayLiteral("a,b\n1,\0\n").left(7) + QByteArrayLiteral("2\n"), QStringLiteral("Line 2 contains a NUL byte"));
        bad("utf-16 without bom (nul bytes)", utf16le(QStringLiteral("a,b\n"), false), QStringLiteral("NUL byte"));
        bad("utf-16 nul character", utf16le(QStringLiteral("a,b\n1,")) + QByteArray(2, '\0'), QStringLiteral("NUL character"));
        bad("utf-16 lone surrogate", utf16le(QStringLiteral("a,b\n1,")) + QByteArrayLiteral("\x3D\xD8") + utf16le(QStringLiteral("x\n"), false),
            QStringLiteral("not valid UTF-16: line 2"));
        bad("utf-16 odd length", utf16le(QStringLiteral("a,b\n")) + QByteArrayLiteral("x"), QStringLiteral("odd number of bytes"));

        // Delimiters
        ok("semicolon", "a;b;c\n1;2;3", QStringLiteral("UTF-8"), QStringLiteral("1:a|b|c"), {QStringLiteral("2:1|2|3")});
        ok("tab", "a\tb\n1\t2\n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"), {QStringLiteral("2:1|2")});
        ok("comma inside quotes does not count", "\"a,b\";c\n1;2\n", QStringLiteral("UTF-8"), QStringLiteral("1:a,b|c"),
            {QStringLiteral("2:1|2")});
        ok("semicolon table with commas in data", "a;b\n1,5;2,5\n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"),
            {QStringLiteral("2:1,5|2,5")});
        ok("single column", "code\n1\n2\n", QStringLiteral("UTF-8"), QStringLiteral("1:code"),
            {QStringLiteral("2:1"), QStringLiteral("3:2")});
        ok("excel sep line", "sep=;\na;b\n1;2\n", QStringLiteral("UTF-8"), QStringLiteral("2:a|b"), {QStringLiteral("3:1|2")});
        ok("delimiter found after empty lines", "\n\n;;\na;b\n1;2\n", QStringLiteral("UTF-8"), QStringLiteral("4:a|b"),
            {QStringLiteral("5:1|2")});

        // Quotes
        ok("doubled quotes", "name,note\n\"He said \"\"hi\"\"\",x\n", QStringLiteral("UTF-8"), QStringLiteral("1:name|note"),
            {QStringLiteral("2:He said \"hi\"|x")});
        ok("empty quoted", "a,b\n\"\",\"\"\"\"\n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"), {QStringLiteral("2:|\"")});
        ok("embedded comma and newline", "a,b\n\"x,y\",\"line1\nline2\"\n3,4\n", QStringLiteral("UTF-8"),
            QStringLiteral("1:a|b"), {QStringLiteral("2:x,y|line1\\nline2"), QStringLiteral("4:3|4")});
        ok("embedded crlf", "a,b\r\n\"1\r\n2\r\n3\",x\r\n4,5\r\n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"),
            {QStringLiteral("2:1\\r\\n2\\r\\n3|x"), QStringLiteral("5:4|5")});
        ok("multi-line header", "\"a\nb\",c\n1,2\n", QStringLiteral("UTF-8"), QStringLiteral("1:a\\nb|c"),
            {QStringLiteral("3:1|2")});
        ok("quote inside unquoted field kept", "a,b\nabc\"def,x\"\n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"),
            {QStringLiteral("2:abc\"def|x\"")});
        ok("text after closing quote", "a,b\n\"abc\"def,x\n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"),
            {QStringLiteral("2:abcdef|x")});
        ok("spaces kept", "a,b\n 1 , \"2\" \n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"),
            {QStringLiteral("2: 1 | \"2\" ")});
        bad("unterminated quote", "a,b\n1,2\n\"open,3\n4,5\n", QStringLiteral("starts on line 3 is never closed"));
        bad("unterminated quote after embedded lines", "a,b\n\"x\ny\",1\n2,\"z\n", QStringLiteral("starts on line 4"));

        // Line ends and empty records
        ok("cr only", "a,b\r1,2\r3,4\r", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"),
            {QStringLiteral("2:1|2"), QStringLiteral("3:3|4")});
        ok("mixed line ends", "a,b\r\n1,2\n3,4\r5,6", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"),
            {QStringLiteral("2:1|2"), QStringLiteral("3:3|4"), QStringLiteral("4:5|6")});
        ok("no trailing newline", "a,b\n1,2", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"), {QStringLiteral("2:1|2")});
        ok("empty lines skipped, numbering kept", "\n\na,b\n\n1,2\r\n\r\n\n3,4\n\n", QStringLiteral("UTF-8"),
            QStringLiteral("3:a|b"), {QStringLiteral("5:1|2"), QStringLiteral("8:3|4")});
        ok("records of empty cells skipped", "a,b,c\n,,\n1,2,3\n,\n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b|c"),
            {QStringLiteral("3:1|2|3")});
        ok("ragged rows kept as parsed", "a,b,c\n1,2\n1,2,3,4\n1,\n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b|c"),
            {QStringLiteral("2:1|2"), QStringLiteral("3:1|2|3|4"), QStringLiteral("4:1|")});
        ok("header only", "a,b\n", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"), {});
        ok("header only, no newline", "a,b", QStringLiteral("UTF-8"), QStringLiteral("1:a|b"), {});
        bad("empty file", QByteArray(), QStringLiteral("empty"));
        bad("only line breaks", "\r\n\n\r\n", QStringLiteral("empty"));
        bad("only a bom", "\xEF\xBB\xBF", QStringLiteral("empty"));
        bad("only delimiters", ",,,\n,,\n", QStringLiteral("empty"));

        // Limits
        bad("field too long", "a,b\n1,2\n3," + QByteArray(101, 'x') + "\n", QStringLiteral("Line 3 has a field longer than 100"),
            aut, 100, 0);
        bad("quoted field too long", "a,b\n\"" + QByteArray(200, 'x') + "\"\n", QStringLiteral("Line 2 has a field longer than 100"),
            aut, 100, 0);
        bad("too many columns", "a,b\n" + QByteArray(10, ',') + "\n", QStringLiteral("Line 2 has more than 5 columns"), aut, 0, 5);
    }

    void csv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(int, maxField);
        QFETCH(int, maxColumns);
        QFETCH(QString, expectEncoding);
        QFETCH(QString, header);
        QFETCH(QStringList, rows);
        QFETCH(QString, error);

        TableReadOptions options;
        options.encoding = TableReadOptions::Encoding(encoding);
        if (maxField > 0)
            options.maxFieldChars = maxField;
        if (maxColumns > 0)
            options.maxColumns = maxColumns;
        const auto result = TableReader::readBytes(bytes, options);
        if (!error.isEmpty()) {
            if (result.ok())
                QFAIL(qPrintable(QStringLiteral("no error; read: ") + rowText(result->headerLine, result->header)));
            QVERIFY2(result.error().message.contains(error), qPrintable(result.error().fullText()));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(result->format, QStringLiteral("CSV"));
        QCOMPARE(result->encoding, expectEncoding);
        QCOMPARE(rowText(result->headerLine, result->header), header);
        QCOMPARE(rowsText(*result), rows);
    }

    // Files larger than one decoding slice (1 MiB): multi-byte characters and quoted line breaks
    // across the slice boundaries, line numbers right to the end.
    void csvLarge_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << QStringLiteral("UTF-8");
        QTest::newRow("gbk") << QStringLiteral("GB18030");
        QTest::newRow("utf-16le") << QStringLiteral("UTF-16LE");
    }

    void csvLarge()
    {
        QFETCH(QString, encoding);
        QString text = QStringLiteral("网站标识码,网站名称,备注\r\n");
        const int n = 40000;
        for (int i = 0; i < n; ++i) {
            text += QStringLiteral("35%1,福建省第%2人民政府办公厅,").arg(i, 8, 10, QLatin1Char('0')).arg(i);
            text += (i % 1000 == 7) ? QStringLiteral("\"两行\n备注\"\r\n") : QStringLiteral("无\r\n");
        }
        QByteArray bytes = encoding == u"UTF-8" ? utf8(text) : encoding == u"GB18030" ? gbk(text) : utf16le(text);
        QVERIFY(bytes.size() > 1200 * 1024);
        const auto result = TableReader::readBytes(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(result->encoding, encoding);
        QCOMPARE(result->rows.size(), n);
        int line = 2;
        for (int i = 0; i < n; ++i) {
            const auto& row = result->rows.at(i);
            QCOMPARE(row.line, line);
            QCOMPARE(row.cells.size(), 3);
            QCOMPARE(row.cells.at(0), QStringLiteral("35%1").arg(i, 8, 10, QLatin1Char('0')));
            QCOMPARE(row.cells.at(1), QStringLiteral("福建省第%1人民政府办公厅").arg(i));
            line += (i % 1000 == 7) ? 2 : 1;
        }
    }

    void xlsxFixtureOpenpyxl()
    {
        const auto result = TableReader::read(fixture("openpyxl.xlsx"));
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(result->format, QStringLiteral("XLSX"));
        QCOMPARE(result->sheetName, QStringLiteral("站点"));
        QCOMPARE(rowText(result->headerLine, result->header), QStringLiteral("1:网站标识码|网站名称|开办日期|数量|比例"));
        QCOMPARE(rowsText(*result),
            QStringList({QStringLiteral("2:3501000012|福建省人民政府办公厅|2021-03-05|12|1.5"),
                QStringLiteral("3:0350|福州市人民政府|2020-01-02 13:30:00|-7|0.25"), QStringLiteral("4:3501000013|||3|"),
                QStringLiteral("6:TRUE||多行\\n文本||")}));
    }

    void xlsxFixtureExcelStyle_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("sizes in the local headers") << QStringLiteral("excel-style.xlsx");
        QTest::newRow("sizes in data descriptors") << QStringLiteral("streamed.xlsx");
    }

    void xlsxFixtureExcelStyle()
    {
        QFETCH(QString, file);
        const auto result = TableReader::read(fixture(qPrintable(file)));
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(result->sheetName, QStringLiteral("数据"));
        QCOMPARE(rowText(result->headerLine, result->header), QStringLiteral("2:网站标识码|网站名称|开办 日期|金额"));
        QCOMPARE(rowsText(*result),
            QStringList({QStringLiteral("3:350100_x0041_|福建省人民政府|2021-03-05|1234.5"),
                QStringLiteral("4:3501000012|  前后空格  |2021-01-01 12:00:00|0.3"),
                QStringLiteral("5:公式结果|TRUE|#N/A|123000000000000000000"), QStringLiteral("8:第一行\\r\\n第二行|-0.5||"),
                QStringLiteral("9:|越界|||||多余")}));
    }

    void xlsxFixtureDate1904()
    {
        const auto result = TableReader::read(fixture("date1904.xlsx"));
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(rowsText(*result), QStringList{QStringLiteral("2:2021-03-02")});
    }

    void xlsxChosenByContent()
    {
        // An XLSX file named .csv is still read as XLSX, and CSV named .xlsx as CSV.
        QTemporaryDir dir;
        QFile xlsx(dir.filePath(QStringLiteral("really-xlsx.csv")));
        QVERIFY(xlsx.open(QIODevice::WriteOnly));
        xlsx.write(fixtureBytes("date1904.xlsx"));
        xlsx.close();
        auto a = TableReader::read(xlsx.fileName());
        QVERIFY2(a.ok(), qPrintable(a.error().fullText()));
        QCOMPARE(a->format, QStringLiteral("XLSX"));
        QFile csv(dir.filePath(QStringLiteral("really-csv.xlsx")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("a,b\n1,2\n");
        csv.close();
        auto b = TableReader::read(csv.fileName());
        QVERIFY2(b.ok(), qPrintable(b.error().fullText()));
        QCOMPARE(b->format, QStringLiteral("CSV"));
        auto c = TableReader::read(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QLatin1String("does not exist")), qPrintable(c.error().message));
        auto d = TableReader::read(dir.path());
        QVERIFY(!d.ok());
    }

    void xlsxParts_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QByteArray>("shared");
        QTest::addColumn<QByteArray>("styles");
        QTest::addColumn<QByteArray>("workbookPr");
        QTest::addColumn<QStringList>("expected"); // header first
        QTest::addColumn<QString>("error");

        const QByteArray none;
        const QByteArray twoCols = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                                   "<c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c></row>";
        QTest::newRow("numbers") << twoCols + "<row r=\"2\"><c r=\"A2\"><v>3501000012</v></c><c r=\"B2\"><v>1.5</v></c></row>"
                                 << none << none << none
                                 << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:3501000012|1.5")} << QString();
        QTest::newRow("exponent integer") << twoCols + "<row r=\"2\"><c r=\"A2\"><v>3.501000012E9</v></c></row>" << none
                                          << none << none
                                          << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:3501000012|")}
                                          << QString();
        QTest::newRow("shared strings with runs")
            << QByteArray("<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>")
            << QByteArray("<si><t>x</t></si><si><r><t>福</t></r><r><t xml:space=\"preserve\"> 建</t></r></si>") << none << none
            << QStringList{QStringLiteral("1:x|福 建")} << QString();
        QTest::newRow("rows and cells without references")
            << QByteArray("<row><c t=\"inlineStr\"><is><t>h1</t></is></c><c t=\"inlineStr\"><is><t>h2</t></is></c></row>"
                          "<row><c><v>1</v></c><c><v>2</v></c></row>")
            << none << none << none << QStringList{QStringLiteral("1:h1|h2"), QStringLiteral("2:1|2")} << QString();
        QTest::newRow("date style, time style")
            << twoCols + "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>45000</v></c><c r=\"B3\" s=\"2\"><v>0.75</v></c></row>" << none
            << QByteArray("<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"21\"/></cellXfs>") << none
            << QStringList{QStringLiteral("1:a|b"), QStringLiteral("3:2023-03-15|18:00:00")} << QString();
        QTest::newRow("1904 flag") << twoCols + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c></row>" << none
                                   << QByteArray("<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>")
                                   << QByteArray("<workbookPr date1904=\"true\"/>")
                                   << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:1904-01-01|")} << QString();
        QTest::newRow("table not in column A")
            << QByteArray("<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"D3\" t=\"inlineStr\"><is><t>b</t></is></c></row>"
                          "<row r=\"4\"><c r=\"D4\"><v>2</v></c></row>")
            << none << none << none << QStringList{QStringLiteral("3:a|b"), QStringLiteral("4:|2")} << QString();
        QTest::newRow("empty sheet") << QByteArray() << none << none << none << QStringList() << QStringLiteral("empty");
        QTest::newRow("only empty cells") << QByteArray("<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>") << none << none << none
                                          << QStringList() << QStringLiteral("empty");
        QTest::newRow("missing shared string") << QByteArray("<row><c t=\"s\"><v>5</v></c></row>")
                                               << QByteArray("<si><t>x</t></si>") << none << none << QStringList()
                                               << QStringLiteral("damaged");
        QTest::newRow("shared string index not a number") << QByteArray("<row><c t=\"s\"><v>x</v></c></row>")
                                                          << QByteArray("<si><t>x</t></si>") << none << none
                                                          << QStringList() << QStringLiteral("damaged");
        QTest::newRow("malformed xml") << QByteArray("<row><c><v>1</v></row>") << none << none << none << QStringList()
                                       << QStringLiteral("damaged");
        QTest::newRow("column beyond the limit") << QByteArray("<row><c r=\"ALM1\"><v>1</v></c></row>") << none << none
                                                 << none << QStringList() << QStringLiteral("column 1001");
        QTest::newRow("huge row number ignored") << QByteArray("<row r=\"99999999\"><c><v>1</v></c></row>") << none
                                                 << none << none << QStringList{QStringLiteral("1:1")} << QString();
        QTest::newRow("entity expansion refused")
            << QByteArray("<row><c t=\"inlineStr\"><is><t>&unknown;</t></is></c></row>") << none << none << none
            << QStringList() << QStringLiteral("damaged");
    }

    void xlsxParts()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QByteArray, shared);
        QFETCH(QByteArray, styles);
        QFETCH(QByteArray, workbookPr);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        const auto result = TableReader::readBytes(minimalXlsx(rows, shared, styles, workbookPr));
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.contains(error), qPrintable(result.error().fullText()));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(QStringList{rowText(result->headerLine, result->header)} + rowsText(*result), expected);
    }

    void xlsxBroken_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxEntries");
        QTest::addColumn<qint64>("maxUnpacked");
        QTest::addColumn<QString>("error");

        const QByteArray good = fixtureBytes("excel-style.xlsx");
        QVERIFY(!good.isEmpty());
        QByteArray flipped = good;
        for (qsizetype i = good.size() / 3; i < good.size() / 3 + 40; ++i)
            flipped[i] = char(flipped[i] ^ 0x5A);
        QByteArray stored = minimalXlsx("<row><c><v>1</v></c></row>");
        QByteArray storedFlipped = stored;
        storedFlipped[storedFlipped.indexOf("<v>1</v>") + 3] = '2'; // CRC no longer matches

        QTest::newRow("truncated to half") << good.left(good.size() / 2) << 0 << qint64(0) << QStringLiteral("damaged");
        QTest::newRow("truncated header") << good.left(20) << 0 << qint64(0) << QStringLiteral("damaged");
        QTest::newRow("corrupt deflate data") << flipped << 0 << qint64(0) << QStringLiteral("damaged");
        QTest::newRow("crc mismatch") << storedFlipped << 0 << qint64(0) << QStringLiteral("damaged");
        QTest::newRow("zip, not xlsx") << ZipBuilder().add(QStringLiteral("hello.txt"), "hello").build() << 0 << qint64(0)
                                       << QStringLiteral("ZIP archive, not an XLSX");
        QTest::newRow("word document")
            << ZipBuilder()
                   .add(QStringLiteral("[Content_Types].xml"), "<Types/>")
                   .add(QStringLiteral("word/document.xml"), "<document/>")
                   .build()
            << 0 << qint64(0) << QStringLiteral("not an XLSX workbook");
        QTest::newRow("empty zip") << QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0') << 0 << qint64(0)
                                   << QStringLiteral("ZIP archive, not an XLSX");
        QTest::newRow("duplicate entries")
            << ZipBuilder().add(QStringLiteral("a.xml"), "<a/>").add(QStringLiteral("a.xml"), "<b/>").build() << 0
            << qint64(0) << QStringLiteral("damaged");
        QTest::newRow("too many entries") << good << 3 << qint64(0) << QStringLiteral("more than 3 parts");
        QTest::newRow("unpacks too large") << good << 0 << qint64(1000) << QStringLiteral("unpacks to more than");
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0') << 0 << qint64(0)
                             << QStringLiteral("Excel 97-2003");
        QTest::newRow("no worksheet")
            << ZipBuilder()
                   .add(QStringLiteral("xl/workbook.xml"), "<workbook><sheets/></workbook>")
                   .build()
            << 0 << qint64(0) << QStringLiteral("no worksheet");
        QTest::newRow("sheet part missing")
            << ZipBuilder()
                   .add(QStringLiteral("xl/workbook.xml"),
                       "<workbook xmlns:r=\"urn:r\"><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets></workbook>")
                   .add(QStringLiteral("xl/_rels/workbook.xml.rels"),
                       "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/none.xml\"/></Relationships>")
                   .build()
            << 0 << qint64(0) << QStringLiteral("damaged");
        QTest::newRow("garbage after zip magic") << QByteArray("PK\x03\x04", 4) + QByteArray(100, '\xEE') << 0 << qint64(0)
                                                 << QStringLiteral("damaged");
    }

    void xlsxBroken()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxEntries);
        QFETCH(qint64, maxUnpacked);
        QFETCH(QString, error);
        TableReadOptions options;
        if (maxEntries > 0)
            options.maxZipEntries = maxEntries;
        if (maxUnpacked > 0)
            options.maxUncompressedBytes = maxUnpacked;
        const auto result = TableReader::readBytes(bytes, options);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().fullText()));
    }

    // A sheet that deflates 32 MiB of empty rows into some 32 KiB: refused once 8 MiB are unpacked,
    // without unpacking the rest.
    void zipBomb()
    {
        QByteArray rows = "<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>";
        rows += QByteArray("<row/>").repeated((32 << 20) / 6);
        const QByteArray plain = minimalXlsx("<row><c><v>1</v></c></row>");
        QByteArray bomb = ZipBuilder()
                              .add(QStringLiteral("xl/workbook.xml"),
                                  "<workbook xmlns:r=\"urn:r\"><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets></workbook>")
                              .add(QStringLiteral("xl/_rels/workbook.xml.rels"),
                                  "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
                                  "Target=\"worksheets/sheet1.xml\"/></Relationships>")
                              .add(QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData>" + rows + "</sheetData></worksheet>", true)
                              .build();
        QVERIFY(bomb.size() < 1 << 20);
        TableReadOptions options;
        options.maxUncompressedBytes = 8 << 20;
        QElapsedTimer timer;
        timer.start();
        const auto result = TableReader::readBytes(bomb, options);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QLatin1String("unpacks to more than 8 MiB")), qPrintable(result.error().fullText()));
        // With the default limit (512 MiB) the same file is read: the limit, not the ratio, decides.
        const auto whole = TableReader::readBytes(bomb);
        QVERIFY2(whole.ok(), qPrintable(whole.error().fullText()));
        QCOMPARE(whole->header, QStringList{QStringLiteral("a")});
        qInfo("32 MiB sheet in a %lld-byte file: refused and read in %lld ms", qint64(bomb.size()), timer.elapsed());
    }

    // Issue 14, item 8: workbooks of a few MiB or less that unpack to hundreds of MiB (or say they
    // unpack to 3 GiB) are refused early, while the reader's memory stays bounded: each is read in a
    // child process (TableReadProbe), which reports its peak resident memory before and after.
    void hostileWorkbooksAreRefusedInBoundedMemory_data()
    {
        QTest::addColumn<QByteArray>("xlsx");
        QTest::addColumn<QString>("message");
        const QByteArray sheetHead = "<worksheet " + kMainNs + "><dimension ref=\"A1:XFD1048576\"/><sheetData>";
        const QByteArray sheetTail = "</sheetData></worksheet>";
        const Deflated oneCell = plain(sheetHead + "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>" + sheetTail);
        const qint64 mib = 1 << 20;

        const Deflated strings = deflateRepeated("<sst " + kMainNs + ">", "<si><t>a</t></si>", 400 * mib, "</sst>");
        QTest::newRow("25 million shared strings") << workbookWith(oneCell, &strings) << QStringLiteral("too large to read");

        const Deflated huge = deflateRepeated(sheetHead, "<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>",
            qint64(3) << 30, sheetTail);
        QTest::newRow("a sheet of 3 GiB") << workbookWith(huge, nullptr) << QStringLiteral("unpacks to more than 512 MiB");
        // The same sheet, its size in the archive a lie: stopped by the memory it would take.
        Deflated lying = huge;
        lying.size = 1 << 20;
        QTest::newRow("a sheet of 3 GiB that says 1 MiB") << workbookWith(lying, nullptr) << QStringLiteral("too large to read");

        const Deflated padded = deflateRepeated(sheetHead
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                  "<c r=\"ALL1\" t=\"inlineStr\"><is><t>z</t></is></c></row>",
            "<row><c><v>1</v></c></row>", 400 * mib, sheetTail);
        QTest::newRow("16 million rows under a header of 1000 columns")
            << workbookWith(padded, nullptr) << QStringLiteral("too large to read");

        const Deflated text = deflateRepeated("<sst " + kMainNs + "><si><t>", QByteArray(1024, 'a'), 400 * mib, "</t></si></sst>");
        QTest::newRow("one text of 400 MiB") << workbookWith(oneCell, &text) << QStringLiteral("longer than");

        const Deflated deep = deflateRepeated("<sst " + kMainNs + "><si>", "<r>", 100 * mib, "</si></sst>");
        QTest::newRow("elements nested 35 million deep") << workbookWith(oneCell, &deep) << QStringLiteral("damaged");
    }

    void hostileWorkbooksAreRefusedInBoundedMemory()
    {
        QFETCH(QByteArray, xlsx);
        QFETCH(QString, message);
        QVERIFY(xlsx.size() < 16 << 20);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xlsx);
        file.close();
        QProcess probe;
        probe.start(QStringLiteral(TABLE_READ_PROBE_PATH), {path});
        QVERIFY(probe.waitForFinished(300000));
        const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput()).split(u'\n');
        QVERIFY2(probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0 && lines.size() >= 3,
            probe.readAllStandardError().constData());
        const qint64 usedKiB = lines.at(2).toLongLong() - lines.at(1).toLongLong();
        qInfo("%s: %lld-byte file, %lld MiB of memory, then: %s", QTest::currentDataTag(), qint64(xlsx.size()),
            usedKiB >> 10, qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(message), qPrintable(lines.at(0)));
        // The table's own limit is 256 MiB (TableReadOptions::maxMemoryBytes); with what the XML
        // reader and the allocator add, well under twice that.
        QVERIFY2(usedKiB < 400 * 1024, qPrintable(QStringLiteral("%1 MiB").arg(usedKiB >> 10)));
    }

    // Issue 14, item 8: only an ordinary file is read, and anything else is named before it is
    // opened (a named pipe hung the import, a folder gave "Unknown error", /dev/zero "The file is
    // empty"); nor is a database in use read as a table (it would lose this program its locks).
    void refusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        auto r = TableReader::read(dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.endsWith(QLatin1String("is a folder, not a file.")), qPrintable(r.error().message));
        r = TableReader::read(QStringLiteral("/dev/zero"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.endsWith(QLatin1String("is a device, not a file.")), qPrintable(r.error().message));
        r = TableReader::read(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("does not exist")), qPrintable(r.error().message));

        // A pipe. Should the reader open it, a writer opens it too and closes it at once, so that the
        // reader sees an empty file instead of waiting for ever.
        const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::atomic<bool> done{false};
        std::thread writer([&done, name = QFile::encodeName(fifo)] {
            while (!done) {
                const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0)
                    ::close(fd);
                else
                    ::usleep(1000);
            }
        });
        r = TableReader::read(fifo);
        done = true;
        writer.join();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("is a named pipe, not a file")), qPrintable(r.error().message));

        const QString path = dir.filePath(QStringLiteral("office.db"));
        {
            auto db = sitegov::ConsoleDatabase::open(path);
            QVERIFY(db.ok());
            r = TableReader::read(path);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("is the SiteGov database itself")), qPrintable(r.error().message));
            r = TableReader::read(path + QStringLiteral("-wal"));
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("is a working file of the SiteGov database")),
                qPrintable(r.error().message));
        }
        // Closed, but the database the caller works on.
        TableReadOptions options;
        options.databasePath = path;
        r = TableReader::read(path, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("is the SiteGov database itself")), qPrintable(r.error().message));
    }

    void fileSizeLimit()
    {
        TableReadOptions options;
        options.maxFileBytes = 10;
        const auto result = TableReader::readBytes("a,b\n1,2\n3,4\n", options);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1String("larger than")));
        options.maxFileBytes = 100;
        options.maxCells = 3;
        const auto cells = TableReader::readBytes("a,b\n1,2\n3,4\n", options);
        QVERIFY(!cells.ok());
        QVERIFY(cells.error().message.contains(QLatin1String("more than 3 cells")));
    }
};

QTEST_GUILESS_MAIN(TestTableReader)
#include "TestTableReader.moc"
