#pragma once

#include "core/Site.h"
#include "gui/AppContext.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SiteDialog;
}

namespace sitegov {

// Registers a site or edits one, with every field of docs/design/domain.md. The rules (SiteRules) are checked
// as the user types: errors in red block saving, warnings in amber are shown and allowed.
class SiteDialog final : public QDialog
{
    Q_OBJECT

public:
    // siteId 0: register a new site (optionally for `hostOrgId`).
    SiteDialog(AppContext& context, qint64 siteId, QWidget* parent, qint64 hostOrgId = 0);
    ~SiteDialog() override;

    qint64 savedSiteId() const { return m_savedId; }
    Site site() const; // the form's content

public Q_SLOTS:
    void accept() override;
    // Escape, Cancel or the close button: unsaved changes are asked about first.
    void reject() override;

private:
    void load(const Site& site);
    void recheck();
    void suggestCode();

    const QScopedPointer<Ui::SiteDialog> m_ui;
    AppContext& m_context;
    qint64 m_siteId;
    qint64 m_savedId = 0;
    int m_flags = 0;
};

} // namespace sitegov
