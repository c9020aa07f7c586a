#include "probe/FooterScan.h"

#include "probe/HtmlDocument.h"

#include <QRegularExpression>

namespace sitegov::probe {

namespace {

QString around(const QString& text, qsizetype start, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, start - 20);
    return text.mid(from, length + (start - from) + 20).simplified();
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

} // namespace

FooterFacts FooterScan::scan(const HtmlDocument& page)
{
    return scan(page.text(), page.markers());
}

FooterFacts FooterScan::scan(const QString& text, const QStringList& markers)
{
    FooterFacts f;
    // 我为政府网站找错: the platform's script or link, or its name on the page.
    for (const QString& m : markers) {
        if (m.contains(QLatin1String("zfwzgl.www.gov.cn"), Qt::CaseInsensitive)
            || m.contains(QLatin1String("jiucuo"), Qt::CaseInsensitive)) {
            f.errorEntry = true;
            f.errorEntryEvidence = m.left(300);
            break;
        }
    }
    if (!f.errorEntry) {
        for (const char16_t* words : {u"我为政府网站找错", u"政府网站找错"}) {
            const qsizetype at = text.indexOf(QStringView(words));
            if (at >= 0) {
                f.errorEntry = true;
                f.errorEntryEvidence = around(text, at, QStringView(words).size());
                break;
            }
        }
    }

    static const QRegularExpression code(QStringLiteral(R"(网站标识码\s*[：:]?\s*((?:bm|BM)[0-9]{8}|[0-9]{10})(?![0-9]))"));
    if (const auto m = code.match(text); m.hasMatch()) {
        f.siteCode = m.captured(1);
        f.siteCodeEvidence = around(text, m.capturedStart(), m.capturedLength());
    } else {
        static const QRegularExpression attr(QStringLiteral(
            R"(site_?code['"]?\s*[=:]\s*['"]?((?:bm|BM)[0-9]{8}|[0-9]{10})(?![0-9]))"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString& m : markers) {
            if (const auto a = attr.match(m); a.hasMatch()) {
                f.siteCode = a.captured(1);
                f.siteCodeEvidence = m.left(300);
                break;
            }
        }
    }

    static const QRegularExpression icp(QStringLiteral(
        R"(([\x{4e00}-\x{9fff}]{1,2})\s*ICP\s*备\s*([0-9]{4,12})\s*号?(?:\s*-\s*([0-9]{1,3}))?)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = icp.match(text); m.hasMatch()) {
        f.icp = normaliseIcp(m.captured(0));
        f.icpEvidence = around(text, m.capturedStart(), m.capturedLength());
    }

    static const QRegularExpression psb(QStringLiteral(R"(([\x{4e00}-\x{9fff}]{1,2})\s*公网安备\s*([0-9]{14})\s*号?)"));
    if (const auto m = psb.match(text); m.hasMatch()) {
        f.psb = m.captured(1) + QStringLiteral("公网安备") + m.captured(2) + QStringLiteral("号");
        f.psbEvidence = around(text, m.capturedStart(), m.capturedLength());
    }

    for (const QString& m : markers) {
        if (m.contains(QLatin1String("conac.cn"), Qt::CaseInsensitive)
            || m.contains(QLatin1String("_ideConac"), Qt::CaseInsensitive)
            || ((m.startsWith(QLatin1String("alt=")) || m.startsWith(QLatin1String("title=")))
                && m.contains(QStringLiteral("党政机关")))) {
            f.conac = true;
            f.conacEvidence = m.left(300);
            break;
        }
    }
    return f;
}

QString FooterScan::normaliseIcp(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(([\x{4e00}-\x{9fff}]{1,2})\s*ICP\s*备\s*([0-9]{4,12})\s*号?(?:\s*-\s*([0-9]{1,3}))?)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return squeeze(text);
    QString out = m.captured(1) + QStringLiteral("ICP备") + m.captured(2) + QStringLiteral("号");
    if (!m.captured(3).isEmpty())
        out += u'-' + m.captured(3);
    return out;
}

QString FooterScan::psbDigits(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("([0-9]{14})"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : squeeze(text);
}

bool FooterScan::sameSiteCode(const QString& shown, const QString& registered)
{
    return squeeze(shown).compare(squeeze(registered), Qt::CaseInsensitive) == 0;
}

bool FooterScan::sameIcp(const QString& shown, const QString& registered)
{
    const QString a = normaliseIcp(shown);
    const QString b = normaliseIcp(registered);
    if (a == b)
        return true;
    // One with its site number, the other without: the same filing.
    return a.startsWith(b + u'-') || b.startsWith(a + u'-');
}

bool FooterScan::samePsb(const QString& shown, const QString& registered)
{
    return psbDigits(shown) == psbDigits(registered);
}

} // namespace sitegov::probe
