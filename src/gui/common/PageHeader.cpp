#include "gui/common/PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sitegov {

PageHeader::PageHeader(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_scope(new QLabel(this))
    , m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("pageHeader"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAccessibleName(title);
    m_scope->setObjectName(QStringLiteral("pageScope"));
    m_scope->setVisible(false);
    QPalette p = m_scope->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_scope->setPalette(p);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_scope);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(titles, 1);
    layout->addLayout(m_actions);
}

void PageHeader::setScope(const QString& scope)
{
    m_scope->setText(scope);
    m_scope->setVisible(!scope.isEmpty());
}

void PageHeader::addAction(QWidget* button)
{
    m_actions->addWidget(button);
}

} // namespace sitegov
