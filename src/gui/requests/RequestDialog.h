#pragma once

#include "core/Request.h"
#include "gui/AppContext.h"
#include "storage/RequestRecord.h"

#include <QDialog>
#include <QScopedPointer>

class QPushButton;

namespace Ui {
class RequestDialog;
}

namespace sitegov {

// Files a request or edits a draft (or a returned request): the type, the requesting unit, the site
// it is about, the proposed site or change, the reason and justification, and the attachments. The
// approval chain it will follow and the policy checks of submission are shown as the user types;
// "Save draft" keeps it, "Save and submit" (Ctrl+Enter) sends it on when the checks allow.
class RequestDialog final : public QDialog
{
    Q_OBJECT

public:
    // requestId 0: a new request (of `type`, about `siteId` if given).
    RequestDialog(AppContext& context, qint64 requestId, QWidget* parent, RequestType type = RequestType::Close,
        qint64 siteId = 0);
    ~RequestDialog() override;

    qint64 savedRequestId() const { return m_requestId; }
    bool submitted() const { return m_submitted; }
    // Adds a file to attach when the request is saved; false (with a message shown) if unreadable.
    bool addAttachment(AttachmentKind kind, const QString& path);

private:
    struct PendingFile
    {
        qint64 savedId = 0; // an attachment already stored with the request
        AttachmentKind kind = AttachmentKind::Other;
        QString path;       // a file to add on save
        QString fileName;
        qint64 size = 0;
    };

    void load();
    void typeChanged();
    void unitChanged();
    void recheck();
    void chooseFile();
    void removeSelectedFile();
    void refreshFiles();
    bool save(bool submit);
    RequestType type() const;
    RequestDraft draft() const;

    const QScopedPointer<Ui::RequestDialog> m_ui;
    AppContext& m_context;
    qint64 m_requestId;
    qint64 m_initialSite;
    qint64 m_initialTarget = 0;
    bool m_submitted = false;
    bool m_loading = false;
    QList<PendingFile> m_files;
    QList<qint64> m_removed;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_submitButton = nullptr;
};

} // namespace sitegov
