#include "gui/PlannedPage.h"

#include "gui/common/Icons.h"
#include "gui/common/PageHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sitegov {

PlannedPage::PlannedPage(AppContext& context, const QString& id, const QString& title, const QString& icon,
    const QString& description, QWidget* parent)
    : Page(context, parent)
    , m_id(id)
    , m_title(title)
    , m_icon(icon)
{
    auto* header = new PageHeader(title, this);
    auto* picture = new QLabel(this);
    picture->setPixmap(themeIcon(icon).pixmap(64, 64));
    picture->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("plannedDescription"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(640);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addStretch();
    layout->addWidget(picture, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace sitegov
