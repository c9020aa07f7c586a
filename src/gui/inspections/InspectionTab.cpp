#include "gui/inspections/InspectionTab.h"

#include <QDateEdit>

namespace sitegov {

InspectionTab::InspectionTab(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

QDateEdit* InspectionTab::dateEdit(QWidget* parent, const QString& name, const QString& format)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(format);
    return edit;
}

} // namespace sitegov
