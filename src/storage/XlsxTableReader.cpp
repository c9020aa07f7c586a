#include "storage/XlsxTableReader.h"

#include "storage/XlsxCellFormat.h"
#include "storage/XlsxPackage.h"

#include <QHash>
#include <QList>
#include <QXmlStreamReader>

#include <algorithm>
#include <limits>

namespace sitegov {

namespace {

constexpr QLatin1String kContentTypes("[Content_Types].xml");

struct Relationship
{
    QString type;
    QString target;
};

// The value of the relationship-id attribute (r:id, whatever the prefix), which is namespaced
// unlike the element's own attributes.
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

// Resolves a relationship target against the folder of the part that holds it.
QString resolve(const QString& base, const QString& target)
{
    QStringList parts;
    if (!target.startsWith(u'/'))
        parts = base.split(u'/', Qt::SkipEmptyParts);
    const QStringList add = target.split(u'/', Qt::SkipEmptyParts);
    for (const QString& p : add) {
        if (p == u".")
            continue;
        if (p == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else {
            parts.append(p);
        }
    }
    return parts.join(u'/');
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

QString relsOf(const QString& part)
{
    const QString folder = folderOf(part);
    const QString file = part.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/") + file + QStringLiteral(".rels");
}

bool isTrue(QStringView v)
{
    return v == u"1" || v == u"true" || v == u"on";
}

// The text of the element the reader is on, to its end, refused when it grows beyond `maxChars`
// (checked as it is read, not after: a text split by comments could otherwise grow without end).
bool readBoundedText(QXmlStreamReader& xml, int maxChars, QString* text)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters() && depth == 1) {
            if (text->size() + xml.text().size() > maxChars)
                return false;
            text->append(xml.text());
        }
    }
    return true;
}

// The text of a <si> or <is> element: <t> directly, or the <t> of each rich-text run <r>; phonetic
// guides <rPh> are not part of the text. Leaves the reader on the element's end. False when the
// text is longer than `maxChars`.
bool readStringItem(QXmlStreamReader& xml, int maxChars, QString* out)
{
    QString text;
    int depth = 1;
    int skip = 0;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (skip > 0 || xml.name() == u"rPh" || xml.name() == u"phoneticPr")
                ++skip;
            else if (xml.name() == u"t") {
                if (!readBoundedText(xml, maxChars, &text))
                    return false;
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
            if (skip > 0)
                --skip;
        }
    }
    *out = XlsxCellFormat::unescape(text);
    return true;
}

// What the table takes in memory as it is read, estimated for TableReadOptions::maxMemoryBytes: a
// string's slot in its list (with the list's spare capacity) and its characters on the heap.
constexpr qint64 kSlotBytes = qint64(sizeof(QString));
constexpr qint64 kRowBytes = 2 * qint64(sizeof(TableRow)) + 2 * qint64(sizeof(int)) + 16;

qint64 textBytes(qsizetype chars)
{
    return chars > 0 ? 32 + 2 * qint64(chars) : 0;
}

// "B7" -> column 1 (0-based), row 7. False when malformed.
bool parseReference(QStringView ref, int* column, int* row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.sliced(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

struct Workbook
{
    QString sheetName;
    QString sheetRelId;
    bool date1904 = false;
};

} // namespace

Result<TableData> XlsxTableReader::read(QIODevice* device, const TableReadOptions& options)
{
    auto opened = XlsxPackage::open(device, options);
    if (!opened)
        return opened.error();
    XlsxPackage& package = **opened;

    auto readRelationships = [&](const QString& relsPart, QHash<QString, Relationship>* out) -> Status {
        if (!package.contains(relsPart))
            return {};
        return package.parseXml(relsPart, [&](QXmlStreamReader& xml) -> Status {
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
                    const auto a = xml.attributes();
                    if (a.value(QLatin1String("TargetMode")) == u"External")
                        continue;
                    out->insert(a.value(QLatin1String("Id")).toString(),
                        Relationship{a.value(QLatin1String("Type")).toString(), a.value(QLatin1String("Target")).toString()});
                }
            }
            return {};
        });
    };

    // The workbook part: named by the package's relationships, or where every producer puts it.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    {
        QHash<QString, Relationship> root;
        if (auto st = readRelationships(QStringLiteral("_rels/.rels"), &root); !st)
            return st.error();
        for (const Relationship& r : std::as_const(root)) {
            if (r.type.endsWith(QLatin1String("/officeDocument"))) {
                workbookPart = resolve(QString(), r.target);
                break;
            }
        }
    }
    if (!package.contains(workbookPart)) {
        if (!package.contains(kContentTypes))
            return Error{tr("The file is a ZIP archive, not an XLSX workbook."), QStringLiteral("no %1").arg(workbookPart)};
        return Error{tr("The file is an Office document, but not an XLSX workbook."),
            QStringLiteral("no %1").arg(workbookPart)};
    }

    Workbook book;
    if (auto st = package.parseXml(workbookPart,
            [&](QXmlStreamReader& xml) -> Status {
                while (!xml.atEnd()) {
                    if (xml.readNext() != QXmlStreamReader::StartElement)
                        continue;
                    if (xml.name() == u"workbookPr") {
                        book.date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
                    } else if (xml.name() == u"sheet" && book.sheetRelId.isEmpty()) {
                        book.sheetName = xml.attributes().value(QLatin1String("name")).toString();
                        book.sheetRelId = relationshipId(xml.attributes());
                    }
                }
                return {};
            });
        !st)
        return st.error();
    if (book.sheetRelId.isEmpty())
        return Error{tr("The XLSX workbook has no worksheet."), workbookPart};

    QHash<QString, Relationship> rels;
    if (auto st = readRelationships(relsOf(workbookPart), &rels); !st)
        return st.error();
    const QString base = folderOf(workbookPart);
    const auto sheetRel = rels.constFind(book.sheetRelId);
    if (sheetRel == rels.cend())
        return XlsxPackage::damaged(QStringLiteral("relationship %1 of the first sheet is missing").arg(book.sheetRelId));
    if (!sheetRel->type.endsWith(QLatin1String("/worksheet")))
        return Error{tr("The first sheet of the workbook is a chart or dialog sheet, not a table: move the table to "
                        "the first sheet."),
            sheetRel->type};
    const QString sheetPart = resolve(base, sheetRel->target);
    QString stringsPart;
    QString stylesPart;
    for (const Relationship& r : std::as_const(rels)) {
        if (r.type.endsWith(QLatin1String("/sharedStrings")))
            stringsPart = resolve(base, r.target);
        else if (r.type.endsWith(QLatin1String("/styles")))
            stylesPart = resolve(base, r.target);
    }

    // Styles: which cell formats (by index) show dates.
    QList<bool> dateStyle;
    if (!stylesPart.isEmpty() && package.contains(stylesPart)) {
        if (auto st = package.parseXml(stylesPart,
                [&](QXmlStreamReader& xml) -> Status {
                    QHash<int, QString> codes;
                    bool inCellXfs = false;
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isStartElement()) {
                            const auto a = xml.attributes();
                            if (xml.name() == u"numFmt") {
                                codes.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                    a.value(QLatin1String("formatCode")).toString());
                            } else if (xml.name() == u"cellXfs") {
                                inCellXfs = true;
                            } else if (xml.name() == u"xf" && inCellXfs) {
                                if (dateStyle.size() >= 65536)
                                    return XlsxPackage::damaged(QStringLiteral("too many cell formats"));
                                const int id = a.value(QLatin1String("numFmtId")).toInt();
                                const auto code = codes.constFind(id);
                                dateStyle.append(code == codes.cend() ? XlsxCellFormat::isBuiltInDateFormat(id)
                                                                      : XlsxCellFormat::isDateFormat(id, *code));
                            }
                        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
                            inCellXfs = false;
                        }
                    }
                    return {};
                });
            !st)
            return st.error();
    }

    // Everything the table holds counts against one memory limit, as it is read: a workbook of a
    // few MiB can otherwise unpack to tens of millions of strings.
    qint64 memory = 0;
    const auto tooMuchMemory = [&options](const QString& where) {
        return Error{tr("The XLSX file is too large to read: its table would take more than %1 MiB of memory.")
                         .arg(options.maxMemoryBytes >> 20),
            where};
    };
    const auto tooLongText = [&options](const QString& where) {
        return Error{tr("The XLSX file holds a text longer than %1 characters, the most that can be read.")
                         .arg(options.maxFieldChars),
            where};
    };

    QStringList strings;
    if (!stringsPart.isEmpty() && package.contains(stringsPart)) {
        if (auto st = package.parseXml(stringsPart,
                [&](QXmlStreamReader& xml) -> Status {
                    while (!xml.atEnd()) {
                        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"si")
                            continue;
                        QString text;
                        if (!readStringItem(xml, options.maxFieldChars, &text))
                            return tooLongText(QStringLiteral("%1, string %2").arg(stringsPart).arg(strings.size()));
                        // The list's slot twice: it grows by doubling.
                        memory += 2 * kSlotBytes + textBytes(text.size());
                        if (memory > options.maxMemoryBytes)
                            return tooMuchMemory(QStringLiteral("%1, %2 strings").arg(stringsPart).arg(strings.size()));
                        strings.append(text);
                    }
                    return {};
                });
            !st)
            return st.error();
    }

    if (!package.contains(sheetPart))
        return XlsxPackage::damaged(QStringLiteral("%1 is missing").arg(sheetPart));

    TableData data;
    data.format = QStringLiteral("XLSX");
    data.sheetName = book.sheetName;
    // Rows as read, cells from column A; the table's first column is cut off at the end.
    QList<TableRow> rows;
    QList<int> lastFilled; // per row: the index of its last non-empty cell
    int firstColumn = std::numeric_limits<int>::max();
    qint64 cells = 0;

    auto sheetResult = package.parseXml(sheetPart, [&](QXmlStreamReader& xml) -> Status {
        int rowNumber = 0;
        bool inData = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"sheetData")
                inData = false;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"sheetData") {
                inData = true;
                continue;
            }
            if (!inData || xml.name() != u"row")
                continue;
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNumber = (ok && r >= 1 && r <= 1048576) ? r : rowNumber + 1;
            TableRow row;
            row.line = rowNumber;
            if (!lastFilled.isEmpty())
                row.cells.reserve(lastFilled.last() + 1);
            int last = -1;
            int column = -1;
            // The cells of this row.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"row")
                    break;
                if (!xml.isStartElement() || xml.name() != u"c")
                    continue;
                const auto a = xml.attributes();
                int refColumn = 0;
                int refRow = 0;
                column = parseReference(a.value(QLatin1String("r")), &refColumn, &refRow) ? refColumn : column + 1;
                const QStringView type = a.value(QLatin1String("t"));
                const int style = a.value(QLatin1String("s")).toInt();
                QString value;
                QString inlineText;
                bool haveInline = false;
                bool haveValue = false;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == u"c")
                        break;
                    if (!xml.isStartElement())
                        continue;
                    if (xml.name() == u"v") {
                        if (!readBoundedText(xml, options.maxFieldChars, &value))
                            return tooLongText(QStringLiteral("%1, row %2").arg(sheetPart).arg(rowNumber));
                        haveValue = true;
                    } else if (xml.name() == u"is") {
                        if (!readStringItem(xml, options.maxFieldChars, &inlineText))
                            return tooLongText(QStringLiteral("%1, row %2").arg(sheetPart).arg(rowNumber));
                        haveInline = true;
                    } else {
                        xml.skipCurrentElement(); // <f> formulas and the rest: the cached value counts
                    }
                }
                QString text;
                bool shared = false;
                if (type == u"s") {
                    if (haveValue) {
                        bool isIndex = false;
                        const qsizetype index = value.trimmed().toLongLong(&isIndex);
                        if (!isIndex || index < 0 || index >= strings.size())
                            return XlsxPackage::damaged(
                                QStringLiteral("row %1: shared string %2 does not exist").arg(rowNumber).arg(value));
                        text = strings.at(index);
                        shared = true; // the cell shares the string's characters
                    }
                } else if (type == u"inlineStr") {
                    text = haveInline ? inlineText : XlsxCellFormat::unescape(value);
                } else if (type == u"str") {
                    text = XlsxCellFormat::unescape(value);
                } else if (type == u"b") {
                    if (haveValue)
                        text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == u"e") {
                    text = value; // "#N/A", "#DIV/0!": shown, so that the importer names the cell
                } else if (type == u"d") {
                    const QString v = value.trimmed();
                    text = v.endsWith(QLatin1String("T00:00:00")) ? v.left(v.size() - 9) : v;
                } else if (haveValue) {
                    const bool date = style >= 0 && style < dateStyle.size() && dateStyle.at(style);
                    text = date ? XlsxCellFormat::dateText(value, book.date1904) : XlsxCellFormat::numberText(value);
                }
                if (text.isEmpty())
                    continue;
                if (column >= options.maxColumns)
                    return Error{tr("Row %1 has a value in column %2; at most %3 columns can be read.")
                                     .arg(rowNumber)
                                     .arg(column + 1)
                                     .arg(options.maxColumns),
                        {}};
                if (text.size() > options.maxFieldChars)
                    return Error{tr("Row %1 has a cell longer than %2 characters, the most that can be read.")
                                     .arg(rowNumber)
                                     .arg(options.maxFieldChars),
                        {}};
                if (row.cells.size() <= column) {
                    cells += column + 1 - row.cells.size();
                    if (cells > options.maxCells)
                        return Error{tr("The file has more than %1 cells, the most that can be read.").arg(options.maxCells),
                            {}};
                    row.cells.resize(column + 1);
                }
                if (!shared) {
                    memory += textBytes(text.size());
                    if (memory > options.maxMemoryBytes)
                        return tooMuchMemory(QStringLiteral("%1, row %2").arg(sheetPart).arg(rowNumber));
                }
                row.cells[column] = text;
                last = qMax(last, column);
                firstColumn = qMin(firstColumn, column);
            }
            if (last >= 0) {
                row.cells.resize(last + 1);
                // Every row after the header is padded to the header's width at the end: counted now.
                const qint64 padded = rows.isEmpty() ? 0 : std::max<qint64>(0, lastFilled.first() + 1 - row.cells.size());
                cells += padded;
                if (cells > options.maxCells)
                    return Error{tr("The file has more than %1 cells, the most that can be read.").arg(options.maxCells),
                        {}};
                memory += kRowBytes + kSlotBytes * std::max<qint64>(row.cells.capacity(), row.cells.size() + padded);
                if (memory > options.maxMemoryBytes)
                    return tooMuchMemory(QStringLiteral("%1, row %2").arg(sheetPart).arg(rowNumber));
                rows.append(std::move(row));
                lastFilled.append(last);
            }
        }
        return {};
    });
    if (!sheetResult)
        return sheetResult.error();
    if (rows.isEmpty())
        return Error{tr("The first sheet of the workbook is empty."), sheetPart};

    const int headerWidth = lastFilled.first() + 1 - firstColumn;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        TableRow& row = rows[i];
        if (firstColumn > 0)
            row.cells.remove(0, firstColumn);
        if (i > 0 && row.cells.size() < headerWidth)
            row.cells.resize(headerWidth);
        if (i == 0) {
            data.header = std::move(row.cells);
            data.headerLine = row.line;
        } else {
            data.rows.append(std::move(row));
        }
    }
    return data;
}

} // namespace sitegov
