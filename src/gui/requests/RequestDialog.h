#pragma once

#include "core/Request.h"
#include "gui/AppContext.h"
#include "storage/RequestRecord.h"

#include <QDialog>
#include <QScopedPointer>

#include <optional>

class QPushButton;

namespace Ui {
class RequestDialog;
}

namespace sitegov {

class FormFields;

// Files a request or edits a draft (or a returned request): the type (none chosen for the user: a
// type closes or changes a site), the requesting unit, the site it is about, the proposed site or
// change, the reason and justification, and the attachments. Required fields are marked; the
// approval chain it will follow and the policy checks of submission are shown as the user types,
// each finding beside its field; "Save draft" keeps it, "Save and submit" (Ctrl+Enter) sends it on
// when the checks allow. Two columns, so that it fits a 1024×768 screen. Closing it with unsaved
// changes asks first (UnsavedChanges: saving keeps a draft).
class RequestDialog final : public QDialog
{
    Q_OBJECT

public:
    // requestId 0: a new request (of `type` when the user chose one already, about `siteId` if given).
    RequestDialog(AppContext& context, qint64 requestId, QWidget* parent, std::optional<RequestType> type = std::nullopt,
        qint64 siteId = 0);
    ~RequestDialog() override;

    qint64 savedRequestId() const { return m_requestId; }
    bool submitted() const { return m_submitted; }
    // Adds a file to attach when the request is saved; false (with a message shown) when it is not an
    // ordinary readable file (storage's UserFile checks: never the database), is empty or too large.
    bool addAttachment(AttachmentKind kind, const QString& path);

public Q_SLOTS:
    // Escape, Cancel or the close button: unsaved changes are asked about first.
    void reject() override;

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
    std::optional<RequestType> type() const;
    RequestDraft draft() const;
    bool filesChanged() const;

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
    QScopedPointer<FormFields> m_fields;
};

} // namespace sitegov
