#pragma once

#include "gui/common/Page.h"

namespace sitegov {

// A page whose activity arrives in a later release: it says what it will hold, and shows no
// control that does not work yet.
class PlannedPage final : public Page
{
    Q_OBJECT

public:
    PlannedPage(AppContext& context, const QString& id, const QString& title, const QString& icon,
        const QString& description, QWidget* parent);

    QString pageId() const override { return m_id; }
    QString title() const override { return m_title; }
    QString iconName() const override { return m_icon; }

private:
    QString m_id;
    QString m_title;
    QString m_icon;
};

} // namespace sitegov
