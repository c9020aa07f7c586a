#include "TableTestSupport.h"
#include "storage/CsvRecordParser.h"

#include <QTest>

using sitegov::CsvRecordParser;
using sitegov::TableRow;
using sitegov::test::rowText;

namespace {

// Parses `text` fed in two pieces split at `at`, and then in one-character pieces.
QStringList parse(const QString& text, qsizetype at, QChar delimiter = u',', CsvRecordParser::Problem* problem = nullptr,
    int* problemLine = nullptr)
{
    CsvRecordParser parser(delimiter, 1000, 100);
    QList<TableRow> rows;
    bool ok = parser.feed(QStringView(text).left(at), &rows) && parser.feed(QStringView(text).sliced(at), &rows)
        && parser.finish(&rows);
    if (problem)
        *problem = ok ? CsvRecordParser::Problem::None : parser.problem();
    if (problemLine)
        *problemLine = parser.problemLine();
    QStringList out;
    for (const TableRow& r : rows)
        out << rowText(r.line, r.cells);
    return out;
}

QStringList parseByChar(const QString& text)
{
    CsvRecordParser parser(u',', 1000, 100);
    QList<TableRow> rows;
    for (qsizetype i = 0; i < text.size(); ++i)
        parser.feed(QStringView(text).sliced(i, 1), &rows);
    parser.finish(&rows);
    QStringList out;
    for (const TableRow& r : rows)
        out << rowText(r.line, r.cells);
    return out;
}

} // namespace

class TestCsvRecordParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every record, empty ones included (the reader drops those), with its line; the text is fed
    // split at every position, so that a chunk boundary anywhere gives the same records.
    void records_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("records");
        QTest::newRow("simple") << QStringLiteral("a,b\r\n1,2\r\n") << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:1|2")};
        QTest::newRow("crlf in quotes") << QStringLiteral("\"x\r\ny\",z\r\nq")
                                        << QStringList{QStringLiteral("1:x\\r\\ny|z"), QStringLiteral("3:q")};
        QTest::newRow("cr then lf outside quotes") << QStringLiteral("a\r\n\r\nb")
                                                   << QStringList{QStringLiteral("1:a"), QStringLiteral("2:"), QStringLiteral("3:b")};
        QTest::newRow("lf cr is two line ends") << QStringLiteral("a\n\rb")
                                                << QStringList{QStringLiteral("1:a"), QStringLiteral("2:"), QStringLiteral("3:b")};
        QTest::newRow("doubled quote") << QStringLiteral("\"a\"\"b\",\"\"\"\"") << QStringList{QStringLiteral("1:a\"b|\"")};
        QTest::newRow("quote closes then text") << QStringLiteral("\"a\"b\"c,d") << QStringList{QStringLiteral("1:ab\"c|d")};
        QTest::newRow("literal quote") << QStringLiteral("a\"b,\"c\"") << QStringList{QStringLiteral("1:a\"b|c")};
        QTest::newRow("empty fields") << QStringLiteral(",,\n,") << QStringList{QStringLiteral("1:||"), QStringLiteral("2:|")};
        QTest::newRow("surrogate pairs") << QStringLiteral("😀,\"𠀀\"\n") << QStringList{QStringLiteral("1:😀|𠀀")};
        QTest::newRow("quoted at end, no newline") << QStringLiteral("a,\"b\"") << QStringList{QStringLiteral("1:a|b")};
    }

    void records()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, records);
        for (qsizetype at = 0; at <= text.size(); ++at)
            QCOMPARE(parse(text, at), records);
        QCOMPARE(parseByChar(text), records);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("line");
        QTest::newRow("unterminated") << QStringLiteral("a\n\"b\nc") << int(CsvRecordParser::Problem::UnterminatedQuote) << 2;
        QTest::newRow("nul") << QStringLiteral("a\nb") + QChar(u'\0') << int(CsvRecordParser::Problem::NulCharacter) << 2;
        QTest::newRow("too long") << QStringLiteral("a\n") + QString(1001, u'x') << int(CsvRecordParser::Problem::FieldTooLong) << 2;
        QTest::newRow("too many columns") << QStringLiteral("a\n\n") + QString(100, u',')
                                          << int(CsvRecordParser::Problem::TooManyColumns) << 3;
    }

    void problems()
    {
        QFETCH(QString, text);
        QFETCH(int, problem);
        QFETCH(int, line);
        for (qsizetype at = 0; at <= text.size(); at += 7) {
            CsvRecordParser::Problem got = CsvRecordParser::Problem::None;
            int gotLine = 0;
            parse(text, at, u',', &got, &gotLine);
            QCOMPARE(int(got), problem);
            QCOMPARE(gotLine, line);
        }
    }

    void delimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("none") << QStringLiteral("code\n1") << QChar(u',');
        QTest::newRow("comma") << QStringLiteral("a,b;c,d") << QChar(u',');
        QTest::newRow("semicolon") << QStringLiteral("a;b;c,d\n1,2,3,4,5") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("a\tb\tc") << QChar(u'\t');
        QTest::newRow("quoted commas") << QStringLiteral("\"a,b,c\";\"d,e\"") << QChar(u';');
        QTest::newRow("quoted newline") << QStringLiteral("\"a\nb\";c\n1,2,3,4") << QChar(u';');
        QTest::newRow("tie prefers comma") << QStringLiteral("a,b;c") << QChar(u',');
        QTest::newRow("empty lines first") << QStringLiteral("\n\n,,,\na;b") << QChar(u';');
    }

    void delimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvRecordParser::detectDelimiter(text), delimiter);
    }
};

QTEST_GUILESS_MAIN(TestCsvRecordParser)
#include "TestCsvRecordParser.moc"
