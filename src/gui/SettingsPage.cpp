#include "gui/SettingsPage.h"

#include "core/BuildInfo.h"
#include "core/Language.h"
#include "gui/PageHeader.h"
#include "storage/Database.h"
#include "ui_SettingsPage.h"

#include <QDir>
#include <QVBoxLayout>

namespace sitegov {

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_ui(new Ui::SettingsPage)
{
    auto* body = new QWidget(this);
    m_ui->setupUi(body);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title(), this));
    layout->addWidget(body, 1);

    for (const QString& code : Language::available())
        m_ui->languageCombo->addItem(Language::displayName(code), code);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(Language::current()));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_ui->languageCombo->currentData().toString();
        if (code != Language::current())
            Q_EMIT languageChangeRequested(code);
    });

    m_ui->databasePathValue->setText(QDir::toNativeSeparators(context.database->path()));
    m_ui->schemaValue->setText(QString::number(context.database->schemaVersion()));
    m_ui->versionLabel->setText(tr("SiteGov %1").arg(BuildInfo::version()));
    connect(m_ui->openDatabaseButton, &QPushButton::clicked, this, &SettingsPage::openDatabaseRequested);
    connect(m_ui->newDatabaseButton, &QPushButton::clicked, this, &SettingsPage::newDatabaseRequested);
    connect(m_ui->aboutButton, &QPushButton::clicked, this, &SettingsPage::aboutRequested);
}

SettingsPage::~SettingsPage() = default;

} // namespace sitegov
