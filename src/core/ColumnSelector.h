#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace sitegov {

// Where a column page's items are, when the default rule does not find them (docs/design/probe.md,
// "Selector rules"). Three forms:
//   (empty)            the default: list items (li) and table rows (tr) that hold a link, outside the
//                      page's header, navigation and footer
//   ul.news-list       a CSS-like path of up to four simple selectors (tag, #id, .class, combined as
//                      div#main.list), each inside the one before: the items are the li and tr that
//                      hold a link inside the elements it matches (or, where there are none, its links)
//   re:PATTERN         a regular expression: the items are the lines of the page's text it matches
class ColumnSelector final
{
    Q_DECLARE_TR_FUNCTIONS(ColumnSelector)

public:
    struct Step
    {
        QString tag; // lower case; empty: any
        QString id;
        QStringList classes;
    };

    enum class Kind { Default, Path, Pattern };

    static Result<ColumnSelector> parse(const QString& text);

    Kind kind() const { return m_kind; }
    const QList<Step>& steps() const { return m_steps; }
    const QRegularExpression& pattern() const { return m_pattern; }
    const QString& text() const { return m_text; }

private:
    Kind m_kind = Kind::Default;
    QList<Step> m_steps;
    QRegularExpression m_pattern;
    QString m_text;
};

} // namespace sitegov
