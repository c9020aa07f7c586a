#include "storage/TableEncoding.h"

#include <QStringEncoder>
#include <QTest>

using sitegov::TableEncoding;

class TestTableEncoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstInvalid");
        QTest::newRow("ascii") << QByteArray("plain ascii text, longer than eight bytes") << -1;
        QTest::newRow("chinese") << QStringLiteral("福建省人民政府").toUtf8() << -1;
        QTest::newRow("four-byte") << QStringLiteral("😀").toUtf8() << -1;
        QTest::newRow("lone continuation") << QByteArray("abcdefghij\x80") << 10;
        QTest::newRow("overlong slash") << QByteArray("ab\xC0\xAF") << 2;
        QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF") << 0;
        QTest::newRow("surrogate") << QByteArray("a\xED\xA0\x80") << 1;
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("truncated at end") << QByteArray("ab\xE7\xA6") << 2;
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << 0;
        QTest::newRow("gbk") << QByteArray("\xB8\xA3\xBD\xA8") << 0;
    }

    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstInvalid);
        QCOMPARE(int(TableEncoding::firstInvalidUtf8(bytes)), firstInvalid);
    }

    void gb18030_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstInvalid");
        QStringEncoder gb("GB18030");
        QTest::newRow("chinese") << QByteArray(gb(QStringLiteral("福建省人民政府办公厅"))) << -1;
        QTest::newRow("four-byte bmp") << QByteArray("\x81\x30\x81\x30") << -1;
        QTest::newRow("emoji") << QByteArray(gb(QStringLiteral("a😀"))) << -1;
        QTest::newRow("last supplementary") << QByteArray("\xE3\x32\x9A\x35") << -1;
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xE3\x32\x9A\x36") << 0;
        QTest::newRow("gap after the bmp") << QByteArray("a\x84\x31\xA5\x30") << 1;
        QTest::newRow("0x80") << QByteArray("ab\x80") << 2;
        QTest::newRow("0xFF") << QByteArray("\xFF\xA1") << 0;
        QTest::newRow("lead at end") << QByteArray("a\xB8") << 1;
        QTest::newRow("bad trail") << QByteArray("\xB8\x20") << 0;
        QTest::newRow("bad four-byte") << QByteArray("\x81\x30\x20\x30") << 0;
    }

    void gb18030()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstInvalid);
        QCOMPARE(int(TableEncoding::firstInvalidGb18030(bytes)), firstInvalid);
    }

    void lineAt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::newRow("start") << QByteArray("abc") << 0 << 1;
        QTest::newRow("lf") << QByteArray("a\nb\nc") << 4 << 3;
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\nc") << 6 << 3;
        QTest::newRow("cr") << QByteArray("a\rb\rc") << 4 << 3;
        QTest::newRow("on the lf of a crlf") << QByteArray("a\r\nb") << 2 << 2;
    }

    void lineAt()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        QFETCH(int, line);
        QCOMPARE(TableEncoding::lineAt(bytes, offset), line);
    }
};

QTEST_GUILESS_MAIN(TestTableEncoding)
#include "TestTableEncoding.moc"
