#pragma once

#include "core/Request.h"
#include "core/SiteRules.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sitegov {

// Confirms a decision on a request's step: what is decided and what follows from it (the final
// approval changes the registry), the policy checks the approver must weigh, and the comment that
// goes on the record (required to reject or return).
class DecisionDialog final : public QDialog
{
    Q_OBJECT

public:
    // `approvalEffect` says what approving this step does; `decisive`: approving it runs the final
    // checks, whose errors then block the approval.
    DecisionDialog(Decision decision, const QString& requestTitle, const QString& stepText,
        const QString& approvalEffect, bool decisive, const QList<Finding>& findings, QWidget* parent);

    QString comment() const;
    // The latest opinion on the request (RequestDetailPanel::latestOpinion), shown under its title so
    // that the decider reads what the step before said; nothing when empty.
    void setPreviousOpinion(const QString& html);

private:
    void update();

    Decision m_decision;
    bool m_blocked;
    QPlainTextEdit* m_comment;
    QLabel* m_hint;
    QLabel* m_opinion;
    QPushButton* m_ok;
};

} // namespace sitegov
