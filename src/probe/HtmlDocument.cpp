#include "probe/HtmlDocument.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringConverter>
#include <functional>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace sitegov::probe {

namespace {

QString str(const xmlChar* s)
{
    return s ? QString::fromUtf8(reinterpret_cast<const char*>(s)) : QString();
}

QString name(const xmlNode* n)
{
    return n && n->name ? str(n->name).toLower() : QString();
}

QString attribute(const xmlNode* n, const char* attr)
{
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(attr));
    const QString out = str(v);
    xmlFree(v);
    return out;
}

bool isBlock(const QString& tag)
{
    static const QSet<QString> blocks{QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("li"),
        QStringLiteral("tr"), QStringLiteral("br"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("table"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("dl"), QStringLiteral("dd"), QStringLiteral("dt"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("nav"), QStringLiteral("aside"), QStringLiteral("form"), QStringLiteral("hr"),
        QStringLiteral("tbody"), QStringLiteral("thead"), QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("center")};
    return blocks.contains(tag);
}

bool isHidden(const QString& tag)
{
    return tag == u"script" || tag == u"style" || tag == u"noscript" || tag == u"template" || tag == u"head"
        || tag == u"iframe" || tag == u"object";
}

// The page's header, navigation and footer: where the default item rule does not look.
bool isChrome(const xmlNode* n)
{
    const QString tag = name(n);
    if (tag == u"header" || tag == u"nav" || tag == u"footer")
        return true;
    static const QRegularExpression token(
        QStringLiteral("^(nav|menu|head|foot|breadcrumb|crumb|topbar|top-bar|bottom|copyright)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const char* attr : {"id", "class"}) {
        for (const QString& t : attribute(n, attr).split(u' ', Qt::SkipEmptyParts)) {
            if (token.match(t).hasMatch())
                return true;
        }
    }
    return false;
}

bool hasLink(const xmlNode* n)
{
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name(c) == u"a" && xmlHasProp(c, reinterpret_cast<const xmlChar*>("href")))
            return true;
        if (hasLink(c))
            return true;
    }
    return false;
}

bool hasDescendant(const xmlNode* n, const QString& tag)
{
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name(c) == tag || hasDescendant(c, tag))
            return true;
    }
    return false;
}

void collectText(const xmlNode* n, QString& out)
{
    for (const xmlNode* c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            QString t = str(c->content);
            t.replace(QChar(0xa0), u' ');
            t.replace(QChar(0x3000), u' ');
            for (QChar ch : t) {
                if (ch.isSpace()) {
                    if (!out.isEmpty() && !out.endsWith(u' ') && !out.endsWith(u'\n'))
                        out += u' ';
                } else {
                    out += ch;
                }
            }
            continue;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const QString tag = name(c);
        if (isHidden(tag))
            continue;
        const bool block = isBlock(tag);
        if (block && !out.isEmpty() && !out.endsWith(u'\n')) {
            if (out.endsWith(u' '))
                out.chop(1);
            out += u'\n';
        }
        if (tag == u"td" || tag == u"th") {
            if (!out.isEmpty() && !out.endsWith(u' ') && !out.endsWith(u'\n'))
                out += u' ';
        }
        collectText(c->children, out);
        if (block && !out.isEmpty() && !out.endsWith(u'\n')) {
            if (out.endsWith(u' '))
                out.chop(1);
            out += u'\n';
        }
    }
}

QString textOf(const xmlNode* n)
{
    QString out;
    collectText(n->children, out);
    return out.simplified();
}

bool matchesStep(const xmlNode* n, const ColumnSelector::Step& step)
{
    if (!step.tag.isEmpty() && name(n) != step.tag)
        return false;
    if (!step.id.isEmpty() && attribute(n, "id") != step.id)
        return false;
    if (!step.classes.isEmpty()) {
        const QStringList classes = attribute(n, "class").split(u' ', Qt::SkipEmptyParts);
        for (const QString& c : step.classes) {
            if (!classes.contains(c))
                return false;
        }
    }
    return true;
}

void walk(xmlNode* n, const std::function<bool(xmlNode*)>& visit)
{
    for (xmlNode* c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!visit(c))
            continue;
        walk(c->children, visit);
    }
}

QString charsetOf(const QByteArray& body, const QString& contentType)
{
    static const QRegularExpression header(
        QStringLiteral("charset\\s*=\\s*\"?([A-Za-z0-9_\\-]+)"), QRegularExpression::CaseInsensitiveOption);
    QString charset;
    if (const auto m = header.match(contentType); m.hasMatch())
        charset = m.captured(1);
    if (charset.isEmpty()) {
        const QString head = QString::fromLatin1(body.left(4096));
        if (const auto m = header.match(head); m.hasMatch())
            charset = m.captured(1);
    }
    if (charset.isEmpty()) {
        auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString probe = decoder(body.left(256 * 1024));
        Q_UNUSED(probe);
        charset = decoder.hasError() ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
    }
    QString lower = charset.toLower();
    // Pages that say UTF-8 and are not (a server's default header over a GBK page): read as GB18030
    // when much of the text is not UTF-8 and all of it is GB18030. A UTF-8 page with a few broken
    // bytes stays UTF-8 (they read as U+FFFD).
    if (lower == u"utf-8" || lower == u"utf8") {
        const QByteArray sample = body.left(256 * 1024);
        const QString asUtf8 = QString::fromUtf8(sample);
        qsizetype nonAscii = 0;
        qsizetype broken = 0;
        for (const QChar c : asUtf8) {
            if (c.unicode() >= 0x80)
                ++nonAscii;
            if (c.unicode() == 0xFFFD)
                ++broken;
        }
        if (broken * 10 > nonAscii) {
            auto gb = QStringDecoder("GB18030", QStringDecoder::Flag::Stateless);
            const QString asGb = gb(sample);
            Q_UNUSED(asGb);
            if (!gb.hasError())
                lower = QStringLiteral("gb18030");
        }
    }
    // Pages that say GB2312 or GBK use the whole of GBK: read them with its superset.
    if (lower == u"gb2312" || lower == u"gbk" || lower == u"x-gbk" || lower == u"gb_2312-80" || lower == u"gb18030")
        return QStringLiteral("GB18030");
    return charset.toUpper();
}

} // namespace

struct HtmlDocument::Data
{
    htmlDocPtr doc = nullptr;
    QUrl base;
    QString charset;
    ~Data()
    {
        if (doc)
            xmlFreeDoc(doc);
    }
};

HtmlDocument::HtmlDocument()
    : d(std::make_unique<Data>())
{ }

HtmlDocument::~HtmlDocument() = default;
HtmlDocument::HtmlDocument(HtmlDocument&&) noexcept = default;
HtmlDocument& HtmlDocument::operator=(HtmlDocument&&) noexcept = default;

HtmlDocument HtmlDocument::parse(const QByteArray& body, const QString& contentType, const QUrl& url)
{
    HtmlDocument doc;
    doc.d->base = url;
    doc.d->charset = charsetOf(body, contentType);
    const int options
        = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    const QByteArray enc = doc.d->charset.toLatin1();
    doc.d->doc = htmlReadMemory(
        body.constData(), int(body.size()), url.toString().toUtf8().constData(), enc.constData(), options);
    if (!doc.d->doc && !body.isEmpty())
        doc.d->doc = htmlReadMemory(body.constData(), int(body.size()), nullptr, "UTF-8", options);
    if (doc.d->doc) {
        // A <base href> changes what relative links mean.
        walk(xmlDocGetRootElement(doc.d->doc), [&doc](xmlNode* n) {
            if (name(n) == u"base") {
                const QString href = attribute(n, "href");
                if (!href.isEmpty())
                    doc.d->base = doc.d->base.resolved(QUrl(href.trimmed()));
                return false;
            }
            return true;
        });
    }
    return doc;
}

bool HtmlDocument::isValid() const
{
    return d && d->doc && xmlDocGetRootElement(d->doc);
}

QString HtmlDocument::charset() const
{
    return d ? d->charset : QString();
}

QString HtmlDocument::text() const
{
    if (!isValid())
        return {};
    QString out;
    collectText(xmlDocGetRootElement(d->doc), out);
    QStringList lines;
    for (const QString& line : out.split(u'\n')) {
        const QString t = line.simplified();
        if (!t.isEmpty())
            lines << t;
    }
    return lines.join(u'\n');
}

QList<HtmlDocument::Link> HtmlDocument::links() const
{
    QList<Link> out;
    if (!isValid())
        return out;
    QSet<QString> seen;
    walk(xmlDocGetRootElement(d->doc), [&](xmlNode* n) {
        const QString tag = name(n);
        if (tag != u"a" && tag != u"area")
            return true;
        const QString href = attribute(n, "href").trimmed();
        if (href.isEmpty() || href.startsWith(u'#'))
            return true;
        QUrl url = d->base.resolved(QUrl(href));
        const QString scheme = url.scheme().toLower();
        if (scheme != u"http" && scheme != u"https")
            return true;
        url.setFragment(QString());
        const QString key = url.toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            return true;
        seen.insert(key);
        out.append(Link{url, textOf(n)});
        return true;
    });
    return out;
}

QStringList HtmlDocument::markers() const
{
    QStringList out;
    if (!isValid())
        return out;
    walk(xmlDocGetRootElement(d->doc), [&out](xmlNode* n) {
        for (const xmlAttr* a = n->properties; a; a = a->next) {
            const QString attr = str(a->name).toLower();
            if (attr == u"src" || attr == u"href" || attr == u"id" || attr == u"alt" || attr == u"title"
                || attr.contains(QLatin1String("code"))) {
                xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
                out << attr + u'=' + str(v);
                xmlFree(v);
            }
        }
        return true;
    });
    return out;
}

QStringList HtmlDocument::items(const ColumnSelector& selector) const
{
    QStringList out;
    if (!isValid())
        return out;
    xmlNode* root = xmlDocGetRootElement(d->doc);
    if (selector.kind() == ColumnSelector::Kind::Pattern) {
        for (const QString& line : text().split(u'\n')) {
            if (selector.pattern().match(line).hasMatch())
                out << line;
        }
        return out;
    }
    // The list entries that hold a link, innermost, under `scope`.
    const auto entries = [](xmlNode* scope, bool skipChrome) {
        QList<xmlNode*> found;
        walk(scope->children, [&](xmlNode* n) {
            if (skipChrome && isChrome(n))
                return false;
            const QString tag = name(n);
            if ((tag == u"li" || tag == u"tr") && hasLink(n) && !hasDescendant(n, tag))
                found << n;
            return true;
        });
        return found;
    };
    if (selector.kind() == ColumnSelector::Kind::Default) {
        for (xmlNode* n : entries(root, true))
            out << textOf(n);
        return out;
    }
    // A path: the elements that match its steps, each inside the one before.
    QList<xmlNode*> scopes{root};
    for (const ColumnSelector::Step& step : selector.steps()) {
        QList<xmlNode*> next;
        QSet<xmlNode*> seen;
        for (xmlNode* scope : scopes) {
            walk(scope->children, [&](xmlNode* n) {
                if (matchesStep(n, step) && !seen.contains(n)) {
                    seen.insert(n);
                    next << n;
                }
                return true;
            });
        }
        scopes = next;
    }
    for (xmlNode* scope : scopes) {
        QList<xmlNode*> found = entries(scope, false);
        if (found.isEmpty()) {
            // No list entries: each child element that holds a link is an item.
            for (xmlNode* c = scope->children; c; c = c->next) {
                if (c->type == XML_ELEMENT_NODE && (name(c) == u"a" || hasLink(c)))
                    found << c;
            }
        }
        for (xmlNode* n : found)
            out << textOf(n);
    }
    return out;
}

} // namespace sitegov::probe
