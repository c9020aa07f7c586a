#pragma once

#include "core/Checklist.h"
#include "gui/AppContext.h"

#include <QVariantMap>
#include <QWidget>

class QDateEdit;

namespace sitegov {

// One tab of the Inspections page. The page loads a tab when it is shown and its data may have
// changed (load()), hands it the checklist in force, and passes on what it reports.
class InspectionTab : public QWidget
{
    Q_OBJECT

public:
    InspectionTab(AppContext& context, QWidget* parent);

    virtual void load() = 0;
    virtual void setChecklist(const Checklist& checklist) { Q_UNUSED(checklist); }

Q_SIGNALS:
    void busyChanged(bool busy);
    void statusMessage(const QString& message);
    void navigateRequested(const QString& pageId, const QVariantMap& arguments);
    // Inspections or rectification items were saved here: the other tabs and the badge are stale.
    void dataChanged();

protected:
    AppContext& context() const { return m_context; }
    // A calendar date box in the tabs' format.
    static QDateEdit* dateEdit(QWidget* parent, const QString& name, const QString& format = QStringLiteral("yyyy-MM-dd"));

private:
    AppContext& m_context;
};

} // namespace sitegov
