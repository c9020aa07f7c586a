#pragma once

#include <QString>
#include <QStringList>

namespace sitegov::probe {

class HtmlDocument;

// What the foot of a page shows (docs/design/probe.md, "The foot of the page"): the entry to the
// national error-reporting platform (我为政府网站找错), the site's identifier code, the ICP filing,
// the public-security filing and the party and government website mark (党政机关网站标识), each with
// the text or attribute it was read from.
struct FooterFacts
{
    bool errorEntry = false;
    QString errorEntryEvidence;
    QString siteCode; // as shown: 3501000012, bm35000001
    QString siteCodeEvidence;
    QString icp; // normalised: 闽ICP备05012345号-1
    QString icpEvidence;
    QString psb; // normalised: 闽公网安备35010202000123号
    QString psbEvidence;
    bool conac = false;
    QString conacEvidence;
};

class FooterScan final
{
public:
    static FooterFacts scan(const HtmlDocument& page);
    static FooterFacts scan(const QString& text, const QStringList& markers);

    // Whether what a page shows matches the registry's value (spaces and case aside; an ICP filing
    // with or without its "-N" site number).
    static bool sameSiteCode(const QString& shown, const QString& registered);
    static bool sameIcp(const QString& shown, const QString& registered);
    static bool samePsb(const QString& shown, const QString& registered);
    static QString normaliseIcp(const QString& text);
    static QString psbDigits(const QString& text);
};

} // namespace sitegov::probe
