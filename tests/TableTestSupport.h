#pragma once

#include "storage/TableData.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitegov::test {

// A row as compact text for comparisons: "7:a|b|c", with line breaks shown as \n and \r.
inline QString rowText(int line, const QStringList& cells)
{
    QStringList shown;
    for (QString c : cells) {
        c.replace(u'\\', QStringLiteral("\\\\"));
        c.replace(u'\n', QStringLiteral("\\n"));
        c.replace(u'\r', QStringLiteral("\\r"));
        c.replace(u'|', QStringLiteral("\\|"));
        shown << c;
    }
    return QString::number(line) + u':' + shown.join(u'|');
}

inline QStringList rowsText(const TableData& data)
{
    QStringList out;
    for (const TableRow& r : data.rows)
        out << rowText(r.line, r.cells);
    return out;
}

inline quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data) {
        crc ^= uchar(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A ZIP archive of stored (or, on request, deflated) entries, for hand-made XLSX packages and
// broken ones.
class ZipBuilder final
{
public:
    ZipBuilder& add(const QString& name, const QByteArray& data, bool deflate = false)
    {
        m_entries.append({name.toUtf8(), data, deflate, {}, 0, 0});
        return *this;
    }

    // An entry deflated elsewhere (raw deflate): `size` bytes with the CRC-32 `crc` when unpacked.
    ZipBuilder& addDeflated(const QString& name, const QByteArray& deflated, quint32 crc, quint32 size)
    {
        m_entries.append({name.toUtf8(), {}, true, deflated, crc, size});
        return *this;
    }

    QByteArray build() const
    {
        QByteArray out;
        QByteArray central;
        for (const Entry& entry : m_entries) {
            const QByteArray& name = entry.name;
            const bool deflate = entry.deflate;
            const bool predeflated = !entry.deflated.isNull();
            const quint32 offset = quint32(out.size());
            const quint32 crc = predeflated ? entry.crc : crc32(entry.data);
            const quint32 size = predeflated ? entry.size : quint32(entry.data.size());
            // qCompress gives a 4-byte length, then a zlib stream: 2 header bytes, raw deflate, adler32.
            const QByteArray zlib = deflate && !predeflated ? qCompress(entry.data, 9) : QByteArray();
            const QByteArray packed = predeflated ? entry.deflated : deflate ? zlib.mid(6, zlib.size() - 10) : entry.data;
            const quint16 method = deflate ? 8 : 0;
            QByteArray local;
            put32(local, 0x04034b50);
            put16(local, 20);
            put16(local, 0x0800); // UTF-8 names
            put16(local, method);
            put16(local, 0);
            put16(local, 0x21);
            put32(local, crc);
            put32(local, quint32(packed.size()));
            put32(local, size);
            put16(local, quint16(name.size()));
            put16(local, 0);
            out += local + name + packed;
            put32(central, 0x02014b50);
            put16(central, 20);
            put16(central, 20);
            put16(central, 0x0800);
            put16(central, method);
            put16(central, 0);
            put16(central, 0x21);
            put32(central, crc);
            put32(central, quint32(packed.size()));
            put32(central, size);
            put16(central, quint16(name.size()));
            put16(central, 0);
            put16(central, 0);
            put16(central, 0);
            put16(central, 0);
            put32(central, 0);
            put32(central, offset);
            central += name;
        }
        const quint32 centralOffset = quint32(out.size());
        out += central;
        put32(out, 0x06054b50);
        put16(out, 0);
        put16(out, 0);
        put16(out, quint16(m_entries.size()));
        put16(out, quint16(m_entries.size()));
        put32(out, quint32(central.size()));
        put32(out, centralOffset);
        put16(out, 0);
        return out;
    }

private:
    static void put16(QByteArray& b, quint16 v)
    {
        b.append(char(v & 0xFF));
        b.append(char(v >> 8));
    }
    static void put32(QByteArray& b, quint32 v)
    {
        put16(b, quint16(v & 0xFFFF));
        put16(b, quint16(v >> 16));
    }

    struct Entry
    {
        QByteArray name;
        QByteArray data;
        bool deflate = false;
        QByteArray deflated; // addDeflated(): the packed bytes, with their CRC and unpacked size
        quint32 crc = 0;
        quint32 size = 0;
    };
    QList<Entry> m_entries;
};

// The smallest XLSX package: one sheet whose <sheetData> content is `rows`, and optional shared
// strings and styles.
inline QByteArray minimalXlsx(const QByteArray& rows, const QByteArray& sharedStrings = {}, const QByteArray& styles = {},
    const QByteArray& workbookPr = {})
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rns = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    const QByteArray relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" + relType + "worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    ZipBuilder zip;
    zip.add(QStringLiteral("[Content_Types].xml"),
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    zip.add(QStringLiteral("_rels/.rels"),
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"" + relType + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    zip.add(QStringLiteral("xl/workbook.xml"),
        "<workbook " + ns + " " + rns + ">" + workbookPr + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    if (!sharedStrings.isNull()) {
        rels += "<Relationship Id=\"rId2\" Type=\"" + relType + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        zip.add(QStringLiteral("xl/sharedStrings.xml"), "<sst " + ns + ">" + sharedStrings + "</sst>");
    }
    if (!styles.isNull()) {
        rels += "<Relationship Id=\"rId3\" Type=\"" + relType + "styles\" Target=\"styles.xml\"/>";
        zip.add(QStringLiteral("xl/styles.xml"), "<styleSheet " + ns + ">" + styles + "</styleSheet>");
    }
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>");
    zip.add(QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet " + ns + "><sheetData>" + rows + "</sheetData></worksheet>");
    return zip.build();
}

} // namespace sitegov::test
