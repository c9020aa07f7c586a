#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

namespace sitegov {

// What the panels that show one record beside a list (a site, a request, a site's probe, a weekly
// review) make alike.
class DetailPanel final
{
public:
    // A small read-only table of the record's facts: its headers, no row numbers, whole rows selected
    // one at a time, the last column stretched.
    static QTableWidget* table(const QStringList& headers, const QString& objectName, QWidget* parent);
    // The record's title: bold, a little larger than the text, wrapping.
    static void setTitleStyle(QLabel* title);
};

} // namespace sitegov
