#pragma once

#include "gui/AppContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sitegov {

// Adds a unit under a parent, or edits a unit's name, level, kind, division code and domain label.
class UnitDialog final : public QDialog
{
    Q_OBJECT

public:
    UnitDialog(AppContext& context, qint64 unitId, qint64 parentId, QWidget* parent);
    qint64 savedUnitId() const { return m_saved; }

public Q_SLOTS:
    void accept() override;
    // Escape, Cancel or the close button: unsaved changes are asked about first.
    void reject() override;

private:
    AppContext& m_context;
    qint64 m_unitId;
    qint64 m_parentId;
    qint64 m_saved = 0;
    QLineEdit* m_name;
    QComboBox* m_level;
    QComboBox* m_kind;
    QLineEdit* m_division;
    QLineEdit* m_label;
    QLabel* m_message;
};

} // namespace sitegov
