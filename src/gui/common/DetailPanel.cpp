#include "gui/common/DetailPanel.h"

#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace sitegov {

QTableWidget* DetailPanel::table(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void DetailPanel::setTitleStyle(QLabel* title)
{
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
}

} // namespace sitegov
