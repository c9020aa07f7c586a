#include "gui/AboutDialog.h"

#include "core/BuildInfo.h"
#include "gui/common/Icons.h"
#include "ui_AboutDialog.h"

#include <QDialogButtonBox>
#include <QDir>

namespace sitegov {

AboutDialog::AboutDialog(const QString& databasePath, int schemaVersion, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AboutDialog)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(themeIcon(QStringLiteral("sitegov")).pixmap(64, 64));
    QFont f = m_ui->nameLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_ui->nameLabel->setFont(f);
    m_ui->versionValue->setText(BuildInfo::version());
    m_ui->buildValue->setText(tr("commit %1, %2, %3").arg(BuildInfo::commit(), BuildInfo::buildType(), BuildInfo::compiler()));
    m_ui->qtValue->setText(BuildInfo::qtVersion());
    m_ui->databaseValue->setText(
        tr("%1 (schema version %2)").arg(QDir::toNativeSeparators(databasePath)).arg(schemaVersion));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace sitegov
