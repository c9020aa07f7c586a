#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AboutDialog;
}

namespace sitegov {

// Version, build and database of the running console.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString& databasePath, int schemaVersion, QWidget* parent);
    ~AboutDialog() override;

private:
    const QScopedPointer<Ui::AboutDialog> m_ui;
};

} // namespace sitegov
