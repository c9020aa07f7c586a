#pragma once

#include "gui/AppContext.h"

#include <QDialog>
#include <memory>

class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace sitegov {

class FormFields;

// Records by hand that a portal reposted a key policy item: the portal (by its identifier code,
// named back as it is typed), the reposted page's address and when it appeared. Each problem shows
// beside its field.
class RepostDialog final : public QDialog
{
    Q_OBJECT

public:
    RepostDialog(AppContext& context, qint64 itemId, const QString& siteCode, QWidget* parent);
    ~RepostDialog() override;

    QLineEdit* siteEdit() const { return m_site; }
    QLineEdit* urlEdit() const { return m_url; }
    QDateTimeEdit* foundEdit() const { return m_found; }
    // The message beside each field: site, url, found_at.
    FormFields* fields() const { return m_fields.get(); }

    void accept() override;

private:
    void updateSite();

    AppContext& m_context;
    qint64 m_item;
    QLineEdit* m_site;
    QLabel* m_siteName;
    QLineEdit* m_url;
    QDateTimeEdit* m_found;
    QLabel* m_general;
    std::unique_ptr<FormFields> m_fields;
};

} // namespace sitegov
