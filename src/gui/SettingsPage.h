#pragma once

#include "gui/Page.h"

#include <QScopedPointer>

namespace Ui {
class SettingsPage;
}

namespace sitegov {

class PageHeader;

// Language, database and About.
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    SettingsPage(AppContext& context, QWidget* parent);
    ~SettingsPage() override;

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    QString iconName() const override { return QStringLiteral("settings"); }

Q_SIGNALS:
    void languageChangeRequested(const QString& code);
    void openDatabaseRequested();
    void newDatabaseRequested();
    void aboutRequested();

private:
    const QScopedPointer<Ui::SettingsPage> m_ui;
};

} // namespace sitegov
