#include "gui/common/StateView.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sitegov {

namespace {
QLabel* centredLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

StateView::StateView(QWidget* content, QWidget* parent)
    : QStackedWidget(parent)
    , m_content(content)
    , m_loading(new QWidget(this))
    , m_loadingText(centredLabel(m_loading))
    , m_empty(new QWidget(this))
    , m_emptyText(centredLabel(m_empty))
    , m_emptyAction(new QPushButton(m_empty))
    , m_error(new QWidget(this))
    , m_errorText(centredLabel(m_error))
    , m_errorDetailsToggle(new QToolButton(m_error))
    , m_errorDetails(new QPlainTextEdit(m_error))
    , m_retry(new QPushButton(tr("Try again"), m_error))
{
    {
        auto* bar = new QProgressBar(m_loading);
        bar->setRange(0, 0);
        bar->setMaximumWidth(320);
        bar->setTextVisible(false);
        bar->setAccessibleName(tr("Loading"));
        auto* l = new QVBoxLayout(m_loading);
        l->addStretch();
        l->addWidget(m_loadingText);
        l->addWidget(bar, 0, Qt::AlignHCenter);
        l->addStretch();
    }
    {
        m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
        m_emptyAction->setObjectName(QStringLiteral("emptyStateAction"));
        auto* l = new QVBoxLayout(m_empty);
        l->addStretch();
        l->addWidget(m_emptyText);
        l->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
        l->addStretch();
        connect(m_emptyAction, &QPushButton::clicked, this, [this] {
            if (m_emptyCallback)
                m_emptyCallback();
        });
    }
    {
        m_errorText->setObjectName(QStringLiteral("errorStateText"));
        m_errorDetailsToggle->setText(tr("Details"));
        m_errorDetailsToggle->setCheckable(true);
        m_errorDetailsToggle->setArrowType(Qt::RightArrow);
        m_errorDetailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_errorDetails->setReadOnly(true);
        m_errorDetails->setVisible(false);
        m_errorDetails->setMaximumHeight(160);
        m_retry->setObjectName(QStringLiteral("retryButton"));
        auto* l = new QVBoxLayout(m_error);
        l->addStretch();
        l->addWidget(m_errorText);
        l->addWidget(m_retry, 0, Qt::AlignHCenter);
        l->addWidget(m_errorDetailsToggle, 0, Qt::AlignHCenter);
        l->addWidget(m_errorDetails);
        l->addStretch();
        connect(m_errorDetailsToggle, &QToolButton::toggled, this, [this](bool on) {
            m_errorDetails->setVisible(on);
            m_errorDetailsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        });
        connect(m_retry, &QPushButton::clicked, this, [this] {
            if (m_retryCallback)
                m_retryCallback();
        });
    }
    addWidget(m_content);
    addWidget(m_loading);
    addWidget(m_empty);
    addWidget(m_error);
    setCurrentWidget(m_content);
}

void StateView::showLoading(const QString& text)
{
    m_loadingText->setText(text);
    setCurrentWidget(m_loading);
}

void StateView::showEmpty(const QString& text, const QString& actionText, std::function<void()> action)
{
    m_emptyText->setText(text);
    m_emptyAction->setText(actionText);
    m_emptyAction->setVisible(!actionText.isEmpty() && action);
    m_emptyCallback = std::move(action);
    setCurrentWidget(m_empty);
}

void StateView::showError(const Error& error, std::function<void()> retry)
{
    m_errorText->setText(error.message);
    m_errorDetails->setPlainText(error.detail);
    m_errorDetailsToggle->setVisible(!error.detail.isEmpty());
    m_errorDetailsToggle->setChecked(false);
    m_retry->setVisible(bool(retry));
    m_retryCallback = std::move(retry);
    setCurrentWidget(m_error);
}

void StateView::showContent()
{
    setCurrentWidget(m_content);
}

StateView::State StateView::state() const
{
    if (currentWidget() == m_loading)
        return State::Loading;
    if (currentWidget() == m_empty)
        return State::Empty;
    if (currentWidget() == m_error)
        return State::Error;
    return State::Content;
}

} // namespace sitegov
