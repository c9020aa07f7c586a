#include "gui/requests/DecisionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitegov {

DecisionDialog::DecisionDialog(Decision decision, const QString& requestTitle, const QString& stepText,
    const QString& approvalEffect, bool decisive, const QList<Finding>& findings, QWidget* parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_blocked(decision == Decision::Approve && decisive && SiteRules::hasErrors(findings))
    , m_comment(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_opinion(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("decisionDialog"));
    QString verb;
    switch (decision) {
    case Decision::Approve:
        verb = tr("Approve");
        break;
    case Decision::Return:
        verb = tr("Return for changes");
        break;
    case Decision::Reject:
        verb = tr("Reject");
        break;
    }
    setWindowTitle(tr("%1: %2").arg(verb, requestTitle));
    setMinimumWidth(520);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(QStringLiteral("<b>%1</b><br/>%2").arg(requestTitle.toHtmlEscaped(), stepText.toHtmlEscaped()), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_opinion->setObjectName(QStringLiteral("decisionOpinion"));
    m_opinion->setWordWrap(true);
    m_opinion->setTextFormat(Qt::RichText);
    m_opinion->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_opinion->setFrameShape(QFrame::StyledPanel);
    m_opinion->setMargin(6);
    m_opinion->hide();
    layout->addWidget(m_opinion);

    QString consequence;
    if (decision == Decision::Approve)
        consequence = approvalEffect;
    else if (decision == Decision::Return)
        consequence = tr("The filer gets the request back to change and submit again; the chain starts over.");
    else
        consequence = tr("The request ends here; the filer can file a new one.");
    auto* what = new QLabel(consequence, this);
    what->setWordWrap(true);
    layout->addWidget(what);

    if (!findings.isEmpty()) {
        QString html = QStringLiteral("<b>%1</b>").arg(tr("Policy checks").toHtmlEscaped());
        for (const Finding& f : findings) {
            html += QStringLiteral("<div style=\"color:%1\">%2 %3</div>")
                        .arg(f.isError() ? QStringLiteral("#b71c1c") : QStringLiteral("#8a4b00"),
                            f.isError() ? QStringLiteral("✖") : QStringLiteral("⚠"), f.message.toHtmlEscaped());
        }
        auto* checks = new QLabel(html, this);
        checks->setObjectName(QStringLiteral("decisionFindings"));
        checks->setWordWrap(true);
        checks->setTextFormat(Qt::RichText);
        layout->addWidget(checks);
    }

    auto* commentLabel = new QLabel(tr("&Comment for the record:"), this);
    commentLabel->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("decisionComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(110);
    m_comment->setPlaceholderText(decision == Decision::Approve ? tr("For example: Approved.") : tr("Say why, for the filer."));
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    m_hint->setObjectName(QStringLiteral("decisionHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8a4b00"));
    layout->addWidget(m_hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(verb, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("decisionOkButton"));
    m_ok->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ok->setToolTip(tr("%1 (Ctrl+Enter)").arg(verb));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    m_comment->setFocus();
    update();
}

void DecisionDialog::setPreviousOpinion(const QString& html)
{
    m_opinion->setText(html);
    m_opinion->setVisible(!html.isEmpty());
}

QString DecisionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void DecisionDialog::update()
{
    if (m_blocked) {
        m_ok->setEnabled(false);
        m_hint->setText(tr("The errors above must be resolved before the request can be approved: return it to the filer."));
        return;
    }
    const bool needsComment = m_decision != Decision::Approve && comment().isEmpty();
    m_ok->setEnabled(!needsComment);
    m_hint->setText(needsComment ? tr("A comment is required: the filer needs to know why.") : QString());
}

} // namespace sitegov
