#include "storage/XlsxCellFormat.h"

#include <QTest>

using sitegov::XlsxCellFormat;

class TestXlsxCellFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberText_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        const auto row = [](const char* stored, const char* shown) {
            QTest::newRow(stored) << QString::fromLatin1(stored) << QString::fromLatin1(shown);
        };
        row("3501000012", "3501000012");
        row("3.501000012E9", "3501000012");
        row("3501000012.0", "3501000012");
        row("1.5", "1.5");
        row("-7", "-7");
        row("-0", "0");
        row("0", "0");
        row("0.30000000000000004", "0.3");
        row("0.1", "0.1");
        row("123456.789", "123456.789");
        row("1E-3", "0.001");
        row("1.23E-7", "0.000000123");
        row("1E-12", "1e-12");
        row("1.23E+20", "123000000000000000000");
        row("-1.5E+21", "-1.5e+21");
        row("1.5E-7", "0.00000015");
        row("350102199001011000", "350102199001011000");
        row("99999999999999.9", "99999999999999.9");
        row(" 42 ", "42");
        row("abc", "abc");
        row("", "");
        row("inf", "inf");
    }

    void numberText()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(XlsxCellFormat::numberText(stored), shown);
    }

    void dateText_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QString>("shown");
        QTest::newRow("1900-01-01") << QStringLiteral("1") << false << QStringLiteral("1900-01-01");
        QTest::newRow("1900-02-28") << QStringLiteral("59") << false << QStringLiteral("1900-02-28");
        QTest::newRow("Lotus leap day") << QStringLiteral("60") << false << QStringLiteral("1900-02-29");
        QTest::newRow("1900-03-01") << QStringLiteral("61") << false << QStringLiteral("1900-03-01");
        QTest::newRow("2021-03-05") << QStringLiteral("44260") << false << QStringLiteral("2021-03-05");
        QTest::newRow("with time") << QStringLiteral("44260.5") << false << QStringLiteral("2021-03-05 12:00:00");
        QTest::newRow("rounding to the second") << QStringLiteral("44260.49999999") << false
                                                << QStringLiteral("2021-03-05 12:00:00");
        QTest::newRow("time alone") << QStringLiteral("0.75") << false << QStringLiteral("18:00:00");
        QTest::newRow("1904 zero") << QStringLiteral("0") << true << QStringLiteral("1904-01-01");
        QTest::newRow("1904") << QStringLiteral("42795") << true << QStringLiteral("2021-03-02");
        QTest::newRow("9999-12-31") << QStringLiteral("2958465") << false << QStringLiteral("9999-12-31");
        QTest::newRow("beyond Excel") << QStringLiteral("2958466") << false << QStringLiteral("2958466");
        QTest::newRow("negative") << QStringLiteral("-1") << false << QStringLiteral("-1");
        QTest::newRow("not a number") << QStringLiteral("x") << false << QStringLiteral("x");
    }

    void dateText()
    {
        QFETCH(QString, stored);
        QFETCH(bool, date1904);
        QFETCH(QString, shown);
        QCOMPARE(XlsxCellFormat::dateText(stored, date1904), shown);
    }

    void isDateFormat_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("date");
        QTest::newRow("general") << 0 << QString() << false;
        QTest::newRow("built-in 14") << 14 << QString() << true;
        QTest::newRow("built-in 22") << 22 << QString() << true;
        QTest::newRow("built-in 31 (CJK)") << 31 << QString() << true;
        QTest::newRow("built-in 45") << 45 << QString() << true;
        QTest::newRow("built-in 49 (text)") << 49 << QString() << false;
        QTest::newRow("built-in 2") << 2 << QString() << false;
        QTest::newRow("yyyy-mm-dd") << 164 << QStringLiteral("yyyy-mm-dd") << true;
        QTest::newRow("chinese date") << 176 << QStringLiteral("yyyy\"年\"m\"月\"d\"日\";@") << true;
        QTest::newRow("time") << 165 << QStringLiteral("h:mm:ss AM/PM") << true;
        QTest::newRow("elapsed") << 166 << QStringLiteral("[h]:mm") << true;
        QTest::newRow("decimals") << 167 << QStringLiteral("0.00_ ") << false;
        QTest::newRow("red") << 168 << QStringLiteral("[Red]#,##0.00") << false;
        QTest::newRow("locale prefix") << 169 << QStringLiteral("[$-804]#,##0") << false;
        QTest::newRow("quoted unit") << 170 << QStringLiteral("0\"day\"") << false;
        QTest::newRow("escaped d") << 171 << QStringLiteral("0\\d") << false;
        QTest::newRow("scientific") << 172 << QStringLiteral("0.00E+00") << false;
        QTest::newRow("General text") << 173 << QStringLiteral("General") << false;
        QTest::newRow("text") << 174 << QStringLiteral("@") << false;
        QTest::newRow("second section") << 175 << QStringLiteral("0;yyyy") << false;
        QTest::newRow("custom overrides built-in id") << 14 << QStringLiteral("0.00") << false;
    }

    void isDateFormat()
    {
        QFETCH(int, id);
        QFETCH(QString, code);
        QFETCH(bool, date);
        QCOMPARE(XlsxCellFormat::isDateFormat(id, code), date);
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("cr") << QStringLiteral("a_x000D_b") << QStringLiteral("a\rb");
        QTest::newRow("control") << QStringLiteral("_x0001_") << QStringLiteral("\x01");
        QTest::newRow("literal escape") << QStringLiteral("_x005F_x0041_") << QStringLiteral("_x0041_");
        QTest::newRow("lowercase hex") << QStringLiteral("_x000d_") << QStringLiteral("\r");
        QTest::newRow("not an escape") << QStringLiteral("_x00G1_ _x12_") << QStringLiteral("_x00G1_ _x12_");
        QTest::newRow("underscore at end") << QStringLiteral("a_x") << QStringLiteral("a_x");
    }

    void escapes()
    {
        QFETCH(QString, stored);
        QFETCH(QString, text);
        QCOMPARE(XlsxCellFormat::unescape(stored), text);
        QCOMPARE(XlsxCellFormat::unescape(XlsxCellFormat::escape(text)), text);
    }
};

QTEST_GUILESS_MAIN(TestXlsxCellFormat)
#include "TestXlsxCellFormat.moc"
