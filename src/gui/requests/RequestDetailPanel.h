#pragma once

#include "core/Request.h"
#include "gui/AppContext.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sitegov {

struct RequestRecord;

// One request beside the list: where it stands, its approval chain with each decision, the policy
// checks the next decider must weigh, its attachments and its full history, with the actions the
// account may take on it now (edit, submit, withdraw; approve, return, reject; export to PDF).
class RequestDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    RequestDetailPanel(AppContext& context, QWidget* parent);

    void showRequest(qint64 requestId);
    qint64 requestId() const { return m_requestId; }
    QTableWidget* chain() const { return m_chain; }
    QTableWidget* history() const { return m_history; }
    QTableWidget* attachments() const { return m_attachments; }

    // The actions, also reachable from tests; each asks for confirmation where it matters.
    void edit();
    void submit();
    void withdraw();
    void decide(Decision decision);
    // Without a path, asks where to save.
    bool exportPdf(const QString& path = {});
    // A print preview of the request (File > Print, Ctrl+P).
    void print();

    // The latest opinion on a request as rich text ("Latest opinion: Returned by 泉州市人民政府办公室,
    // 陈志明, 2026-11-20 10:02" over the comment); empty when no decision carried a comment. `login`:
    // whose opinion it is. The detail shows it above its tabs, the edit form of a returned request
    // and the decision dialog at their top: read without scrolling by the filer and the next decider.
    static QString latestOpinion(const AppContext& context, const RequestRecord& request, const QList<ChainStep>& steps,
        QString* login = nullptr);

Q_SIGNALS:
    void changed(qint64 requestId); // the request was changed from here
    void statusMessage(const QString& text);

private:
    void showOpinion(const RequestRecord& request, const QList<ChainStep>& steps);
    void addAttachment();
    void openAttachment();
    void saveAttachment();
    void removeAttachment();
    qint64 selectedAttachment() const;

    AppContext& m_context;
    qint64 m_requestId = 0;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_findings;
    QLabel* m_opinion;
    QTabWidget* m_tabs;
    QWidget* m_fields;
    QFormLayout* m_form;
    QTableWidget* m_chain;
    QTableWidget* m_attachments;
    QTableWidget* m_history;
    QPushButton* m_edit;
    QPushButton* m_submit;
    QPushButton* m_withdraw;
    QPushButton* m_approve;
    QPushButton* m_return;
    QPushButton* m_reject;
    QPushButton* m_pdf;
    QPushButton* m_addFile;
    QPushButton* m_openFile;
    QPushButton* m_saveFile;
    QPushButton* m_removeFile;
    bool m_isFiler = false;
    bool m_editable = false;
};

} // namespace sitegov
