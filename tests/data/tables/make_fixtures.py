#!/usr/bin/python3
"""Makes the XLSX fixtures of TestTableReader. Run once; the outputs are committed.

  openpyxl.xlsx      written by openpyxl 3.0 (python3-openpyxl): inline strings, numbers, a date and a
                     datetime, a boolean, a formula without cached value, a sparse row, a missing row.
  excel-style.xlsx   hand-written parts laid out as Excel writes them: rich-text shared strings with a
                     phonetic guide, inline strings, str/b/e cells, built-in and custom date formats,
                     _xHHHH_ escapes, a prefixed namespace, the data sheet second in the file but
                     first in the workbook, an absolute relationship target.
  date1904.xlsx      the 1904 date system.
  streamed.xlsx      excel-style.xlsx written to a stream that cannot seek, as streaming producers do:
                     every entry's sizes and CRC follow its data in a data descriptor.
"""
import datetime
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def openpyxl_fixture():
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "站点"
    ws.append(["网站标识码", "网站名称", "开办日期", "数量", "比例"])
    ws.append([3501000012, "福建省人民政府办公厅", datetime.date(2021, 3, 5), 12, 1.5])
    ws.append(["0350", "福州市人民政府", datetime.datetime(2020, 1, 2, 13, 30), -7, 0.25])
    # row 4 is sparse: A and D only
    ws["A4"] = "3501000013"
    ws["D4"] = 3
    # row 5 is missing; row 6 has a boolean and a formula openpyxl stores without a value
    ws["A6"] = True
    ws["B6"] = "=1+1"
    ws["C6"] = "多行\n文本"
    wb.save(os.path.join(HERE, "openpyxl.xlsx"))


CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""


def excel_style_fixture():
    workbook = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr defaultThemeVersion="166925"/><x:sheets><x:sheet name="数据" sheetId="2" r:id="rId7"/><x:sheet name="说明" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"""
    rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.fujian.gov.cn/" TargetMode="External"/></Relationships>"""
    styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="0.00_ "/><numFmt numFmtId="178" formatCode="[Red]#,##0.00"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><cellXfs count="6"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" applyNumberFormat="1"/><xf numFmtId="178" fontId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"""
    shared = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6"><si><t>网站标识码</t></si><si><t>网站名称</t></si><si><r><rPr><b/></rPr><t>开办</t></r><r><t xml:space="preserve"> 日期</t></r><rPh sb="0" eb="2"><t>カイ</t></rPh></si><si><t>金额</t></si><si><t xml:space="preserve">  前后空格  </t></si><si><t>第一行_x000D_
第二行</t></si></sst>"""
    sheet2 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="B2:F9"/><sheetData>
<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="s"><v>3</v></c><c r="F2" s="5"/></row>
<row r="3"><c r="B3" t="inlineStr"><is><t>350100_x005F_x0041_</t></is></c><c r="C3" t="inlineStr"><is><r><t>福建省</t></r><r><rPr><i/></rPr><t>人民政府</t></r></is></c><c r="D3" s="1"><v>44260</v></c><c r="E3" s="3"><v>1234.5</v></c></row>
<row r="4"><c r="B4"><v>3501000012</v></c><c r="C4" t="s"><v>4</v></c><c r="D4" s="2"><v>44197.5</v></c><c r="E4" s="4"><v>0.30000000000000004</v></c></row>
<row r="5" spans="2:6"><c r="B5" t="str"><f>A1&amp;"x"</f><v>公式结果</v></c><c r="C5" t="b"><v>1</v></c><c r="D5" t="e"><v>#N/A</v></c><c r="E5"><v>1.23E+20</v></c></row>
<row r="7"><c r="B7" s="5"/><c r="C7" s="5"/></row>
<row r="8"><c r="B8" t="s"><v>5</v></c><c><v>-0.5</v></c></row>
<row r="9"><c r="C9" t="inlineStr"><is><t>越界</t></is></c><c r="H9" t="inlineStr"><is><t>多余</t></is></c></row>
</sheetData></worksheet>"""
    sheet1 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明页</t></is></c></row></sheetData></worksheet>"""
    path = os.path.join(HERE, "excel-style.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet1)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", shared)
        z.writestr("xl/worksheets/sheet2.xml", sheet2)


def date1904_fixture():
    workbook = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
    rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""
    styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"""
    sheet = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c></row><row r="2"><c r="A2" s="1"><v>42795</v></c></row></sheetData></worksheet>"""
    path = os.path.join(HERE, "date1904.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/worksheets/sheet1.xml", sheet)


class Unseekable:
    def __init__(self, f):
        self.f = f

    def write(self, b):
        return self.f.write(b)

    def flush(self):
        self.f.flush()


def streamed_fixture():
    source = zipfile.ZipFile(os.path.join(HERE, "excel-style.xlsx"))
    with open(os.path.join(HERE, "streamed.xlsx"), "wb") as out:
        with zipfile.ZipFile(Unseekable(out), "w", zipfile.ZIP_DEFLATED) as z:
            for info in source.infolist():
                z.writestr(info.filename, source.read(info.filename))


if __name__ == "__main__":
    openpyxl_fixture()
    excel_style_fixture()
    date1904_fixture()
    streamed_fixture()
