#include "storage/TableEncoding.h"

#include <QStringDecoder>

#include <cstring>

namespace sitegov {

namespace {

constexpr uchar kBomUtf8[] = {0xEF, 0xBB, 0xBF};

inline bool isCont(uchar b)
{
    return (b & 0xC0) == 0x80;
}

// Characters a Chinese or English table plausibly holds, beyond ASCII: Latin-1 letters and signs,
// general punctuation, CJK symbols and punctuation, CJK ideographs, full-width forms.
bool plausible(char32_t c)
{
    return (c >= 0xA0 && c <= 0xFF) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

} // namespace

qsizetype TableEncoding::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Fast path over ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            if (i + 1 >= n || !isCont(p[i + 1]))
                return i;
            i += 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            if (i + 2 >= n || !isCont(p[i + 1]) || !isCont(p[i + 2]))
                return i;
            if (b == 0xE0 && p[i + 1] < 0xA0)
                return i; // overlong
            if (b == 0xED && p[i + 1] >= 0xA0)
                return i; // surrogate
            i += 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            if (i + 3 >= n || !isCont(p[i + 1]) || !isCont(p[i + 2]) || !isCont(p[i + 3]))
                return i;
            if (b == 0xF0 && p[i + 1] < 0x90)
                return i; // overlong
            if (b == 0xF4 && p[i + 1] >= 0x90)
                return i; // beyond U+10FFFF
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

qsizetype TableEncoding::firstInvalidGb18030(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b == 0x80 || b == 0xFF || i + 1 >= n)
            return i;
        const uchar b2 = p[i + 1];
        if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE)) {
            i += 2;
            continue;
        }
        if (b2 < 0x30 || b2 > 0x39 || i + 3 >= n)
            return i;
        const uchar b3 = p[i + 2];
        const uchar b4 = p[i + 3];
        if (b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39)
            return i;
        // Four-byte sequences are a linear index: 0..39419 is the rest of the BMP, 189000..1237575
        // the supplementary planes; anything between or beyond maps to no character.
        const int index = (((b - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
        if (!(index <= 39419 || (index >= 189000 && index <= 1237575)))
            return i;
        i += 4;
    }
    return -1;
}

int TableEncoding::lineAt(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    const char* p = bytes.data();
    const qsizetype end = qMin(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (p[i] == '\n') {
            ++line;
        } else if (p[i] == '\r') {
            if (i + 1 < bytes.size() && p[i + 1] == '\n' && i + 1 < end)
                ++i;
            ++line;
        }
    }
    return line;
}

QString TableEncoding::hexAround(QByteArrayView bytes, qsizetype offset)
{
    const QByteArray slice = bytes.sliced(qMin(offset, bytes.size()), qMin<qsizetype>(8, bytes.size() - qMin(offset, bytes.size()))).toByteArray();
    return QStringLiteral("byte offset %1: %2").arg(offset).arg(QString::fromLatin1(slice.toHex(' ')));
}

// A line that is valid UTF-8 and whose non-ASCII characters are all plausible table text, at least
// one of them CJK. GBK bytes almost never decode like that: their UTF-8 reading is a jumble of
// Latin, IPA and Cyrillic letters.
bool TableEncoding::looksLikeUtf8Text(QByteArrayView line)
{
    if (firstInvalidUtf8(line) >= 0)
        return false;
    bool cjk = false;
    bool nonAscii = false;
    const QString text = QString::fromUtf8(line);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (c < 0x80)
            continue;
        nonAscii = true;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (!plausible(c))
            return false;
        if (c >= 0x3000)
            cjk = true;
    }
    return nonAscii && cjk;
}

// The offset of the first line that reads as genuine UTF-8 text, or -1.
qsizetype TableEncoding::firstUtf8Line(QByteArrayView bytes)
{
    qsizetype start = 0;
    const qsizetype n = bytes.size();
    while (start < n) {
        qsizetype end = start;
        bool ascii = true;
        while (end < n && bytes[end] != '\n' && bytes[end] != '\r') {
            if (uchar(bytes[end]) >= 0x80)
                ascii = false;
            ++end;
        }
        if (!ascii && looksLikeUtf8Text(bytes.sliced(start, end - start)))
            return start;
        start = end + 1;
    }
    return -1;
}

Result<TableEncoding::Detected> TableEncoding::detect(QByteArrayView bytes, TableReadOptions::Encoding wanted)
{
    using E = TableReadOptions::Encoding;
    const bool utf8Bom = bytes.size() >= 3 && std::memcmp(bytes.data(), kBomUtf8, 3) == 0;
    const bool le = bytes.size() >= 2 && uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xFE;
    const bool be = bytes.size() >= 2 && uchar(bytes[0]) == 0xFE && uchar(bytes[1]) == 0xFF;

    if (wanted == E::Utf16 || (wanted == E::Auto && (le || be))) {
        Detected d;
        d.kind = be ? Kind::Utf16BE : Kind::Utf16LE;
        d.bomLength = (le || be) ? 2 : 0;
        d.name = be ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
        if ((bytes.size() - d.bomLength) % 2 != 0)
            return Error{tr("The file is not valid UTF-16: it has an odd number of bytes."),
                QStringLiteral("%1 bytes").arg(bytes.size())};
        return d;
    }

    const int bom = (utf8Bom && wanted != E::Gbk) ? 3 : 0;
    const QByteArrayView body = bytes.sliced(bom);
    const qsizetype nul = body.indexOf('\0');
    if (nul >= 0)
        return Error{tr("Line %1 contains a NUL byte: this is a binary file, or UTF-16 text without a byte-order "
                        "mark, not a CSV file.")
                         .arg(lineAt(body, nul)),
            hexAround(body, nul + bom)};

    const qsizetype badUtf8 = firstInvalidUtf8(body);
    if (wanted == E::Utf8 || (wanted == E::Auto && bom > 0)) {
        if (badUtf8 >= 0)
            return Error{tr("The file is not valid UTF-8: line %1 cannot be decoded.").arg(lineAt(body, badUtf8)),
                hexAround(body, badUtf8 + bom)};
        return Detected{Kind::Utf8, bom, bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8")};
    }
    if (wanted == E::Auto && badUtf8 < 0)
        return Detected{Kind::Utf8, 0, QStringLiteral("UTF-8")};

    if (wanted == E::Auto) {
        const qsizetype utf8Line = firstUtf8Line(body);
        if (utf8Line >= 0)
            return Error{tr("The file mixes encodings: line %1 is UTF-8, but line %2 is not. Save the whole file "
                            "again as UTF-8.")
                             .arg(lineAt(body, utf8Line))
                             .arg(lineAt(body, badUtf8)),
                hexAround(body, badUtf8)};
    }
    const qsizetype badGbk = firstInvalidGb18030(body);
    if (badGbk >= 0) {
        if (wanted == E::Gbk)
            return Error{tr("The file is not valid GBK (GB18030): line %1 cannot be decoded.").arg(lineAt(body, badGbk)),
                hexAround(body, badGbk)};
        return Error{tr("The file is neither UTF-8 nor GBK: line %1 cannot be decoded. Save it again as UTF-8 "
                        "CSV.")
                         .arg(lineAt(body, badGbk)),
            QStringLiteral("first non-UTF-8 %1; first non-GB18030 %2")
                .arg(hexAround(body, badUtf8), hexAround(body, badGbk))};
    }
    return Detected{Kind::Gb18030, 0, QStringLiteral("GB18030")};
}

} // namespace sitegov
