#pragma once

#include "gui/AppContext.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace sitegov {

class FormFields;

// Registers one key policy item by hand: its title, the issuing body, the source address and when
// it was published. Each problem shows beside its field.
class PolicyDialog final : public QDialog
{
    Q_OBJECT

public:
    PolicyDialog(AppContext& context, QWidget* parent);
    ~PolicyDialog() override;

    qint64 savedId() const { return m_saved; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* issuerCombo() const { return m_issuer; }
    QLineEdit* urlEdit() const { return m_url; }
    QDateTimeEdit* publishedEdit() const { return m_published; }
    // The message beside each field: title, issuer, source_url, published_at.
    FormFields* fields() const { return m_fields.get(); }

    void accept() override;

private:
    AppContext& m_context;
    QLineEdit* m_title;
    QComboBox* m_issuer;
    QLineEdit* m_url;
    QDateTimeEdit* m_published;
    QLabel* m_general;
    std::unique_ptr<FormFields> m_fields;
    qint64 m_saved = 0;
};

} // namespace sitegov
