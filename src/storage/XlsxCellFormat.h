#pragma once

#include <QString>
#include <QStringView>

namespace sitegov {

// How an XLSX cell's stored value becomes the text a user saw in Excel.
class XlsxCellFormat final
{
public:
    // A number as Excel's "General" shows it, without exponent where it has 15 significant digits
    // or fewer: 3501000012 (not 3.501000012E9), 1.5, 0.3 (for 0.30000000000000004), -2.
    // Text that is not a number comes back unchanged.
    static QString numberText(QStringView stored);

    // A serial date (1900 system unless date1904): "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" with a time of
    // day, "HH:mm:ss" for a time alone (below 1). Out of Excel's range: the number as numberText.
    static QString dateText(QStringView stored, bool date1904);

    // Whether a number format shows a date or time: the built-in ids 14-22, 27-36, 45-47, 50-58, or
    // a format code with y, m, d, h or s outside quotes, brackets and escapes.
    static bool isDateFormat(int numFmtId, QStringView formatCode);
    static bool isBuiltInDateFormat(int numFmtId);

    // OOXML escapes: "_x000D_" is a carriage return, "_x005F_" a literal underscore.
    static QString unescape(const QString& text);
    // The reverse, for characters XML cannot carry and for text that looks like an escape.
    static QString escape(const QString& text);
};

} // namespace sitegov
