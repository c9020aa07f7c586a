#pragma once

#include "core/ColumnSelector.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace sitegov::probe {

// A fetched page read by libxml2's HTML parser (the tag soup of real sites, in their charset: the
// answer's Content-Type, else the page's own meta tag, else UTF-8 when the bytes are UTF-8 and
// GB18030 otherwise). It gives what the checks read: the visible text a line per block, the links,
// the attributes that name outside services (the 找错 and 党政机关 scripts), and a column's items.
class HtmlDocument final
{
public:
    struct Link
    {
        QUrl url; // resolved against the page (and its <base>), without its fragment
        QString text;
    };

    static HtmlDocument parse(const QByteArray& body, const QString& contentType, const QUrl& url);
    HtmlDocument();
    ~HtmlDocument();
    HtmlDocument(HtmlDocument&&) noexcept;
    HtmlDocument& operator=(HtmlDocument&&) noexcept;

    bool isValid() const;
    // The visible text (no script, style or head), one line per block element, spaces collapsed.
    QString text() const;
    // The http(s) links of <a href> and <area href>, each once, in page order.
    QList<Link> links() const;
    // "name=value" of the attributes that say where a script, image or link comes from or what it is
    // (src, href, id, alt, title, and any attribute whose name holds "code").
    QStringList markers() const;
    // The items of a column page (ColumnSelector): each item's text on one line.
    QStringList items(const ColumnSelector& selector) const;
    // The charset the page was read in.
    QString charset() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace sitegov::probe
