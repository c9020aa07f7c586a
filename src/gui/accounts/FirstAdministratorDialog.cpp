#include "gui/accounts/FirstAdministratorDialog.h"

#include "core/Domain.h"
#include "gui/common/Icons.h"
#include "storage/ConsoleDatabase.h"
#include "storage/FirstStart.h"
#include "ui_FirstAdministratorDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace sitegov {

FirstAdministratorDialog::FirstAdministratorDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::FirstAdministratorDialog)
    , m_database(database)
{
    m_ui->setupUi(this);
    setWindowIcon(themeIcon(QStringLiteral("sitegov")));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create and log in"));
    for (AdminLevel level : Vocabulary::adminLevels())
        m_ui->unitLevelCombo->addItem(Vocabulary::displayName(level), Vocabulary::key(level));
    m_ui->messageLabel->setVisible(false);
    QPalette p = m_ui->messageLabel->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->messageLabel->setPalette(p);

    // With units registered already, the administrator belongs to the top one (the province).
    const auto top = FirstStart(m_database.connection()).topUnit();
    if (!top) {
        showMessage(top.error().message);
        m_ui->messageLabel->setToolTip(top.error().detail);
    } else if (*top) {
        m_existingUnit = (*top)->id;
        m_ui->unitNameEdit->setText((*top)->name);
        m_ui->unitNameEdit->setReadOnly(true);
        for (QWidget* w : {static_cast<QWidget*>(m_ui->unitLevelCombo), static_cast<QWidget*>(m_ui->unitLevelLabel),
                 static_cast<QWidget*>(m_ui->divisionEdit), static_cast<QWidget*>(m_ui->divisionLabel)})
            w->setVisible(false);
        m_ui->usernameEdit->setFocus();
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
}

FirstAdministratorDialog::~FirstAdministratorDialog() = default;

void FirstAdministratorDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void FirstAdministratorDialog::accept()
{
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        showMessage(tr("The two passwords differ."));
        m_ui->repeatEdit->setFocus();
        return;
    }
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    if (m_existingUnit == 0) {
        if (m_ui->unitNameEdit->text().trimmed().isEmpty()) {
            showMessage(tr("Give the name of your unit, for example 福建省人民政府办公厅."));
            m_ui->unitNameEdit->setFocus();
            return;
        }
        if (!sixDigits.match(m_ui->divisionEdit->text().trimmed()).hasMatch()) {
            showMessage(tr("The division code has 6 digits, for example 350000 for Fujian."));
            m_ui->divisionEdit->setFocus();
            return;
        }
    }
    Organisation org;
    if (m_existingUnit == 0) {
        org.name = m_ui->unitNameEdit->text().trimmed();
        org.level
            = Vocabulary::adminLevel(m_ui->unitLevelCombo->currentData().toString()).value_or(AdminLevel::Province);
        org.kind = OrgKind::Government;
        org.divisionCode = m_ui->divisionEdit->text().trimmed();
    }
    const NewAccount account{m_ui->usernameEdit->text().trimmed(), m_ui->fullNameEdit->text().trimmed(), m_existingUnit,
        {Role::Administrator}};
    setCursor(Qt::BusyCursor);
    const auto session
        = FirstStart(m_database.connection()).createAdministrator(account, m_ui->passwordEdit->text(), org);
    unsetCursor();
    if (!session) {
        showMessage(session.error().message);
        return;
    }
    m_session = *session;
    QDialog::accept();
}

} // namespace sitegov
