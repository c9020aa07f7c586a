#include "gui/accounts/FirstAdministratorDialog.h"

#include "core/Domain.h"
#include "gui/common/Icons.h"
#include "storage/AccountService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/RegistryService.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "ui_FirstAdministratorDialog.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>

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
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT id, name FROM organisations WHERE parent_id IS NULL ORDER BY id LIMIT 1")) && q.next()) {
        m_existingUnit = q.value(0).toLongLong();
        m_ui->unitNameEdit->setText(q.value(1).toString());
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
    setCursor(Qt::BusyCursor);
    QSqlDatabase& db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive()) {
        unsetCursor();
        showMessage(tx.beginError().message);
        return;
    }
    qint64 unit = m_existingUnit;
    if (unit == 0) {
        Organisation org;
        org.name = m_ui->unitNameEdit->text().trimmed();
        org.level = Vocabulary::adminLevel(m_ui->unitLevelCombo->currentData().toString()).value_or(AdminLevel::Province);
        org.kind = OrgKind::Government;
        org.divisionCode = m_ui->divisionEdit->text().trimmed();
        const auto created = RegistryService(db).createOrganisation(Session::system(QStringLiteral("first start")), org);
        if (!created) {
            unsetCursor();
            showMessage(created.error().message);
            return;
        }
        unit = *created;
    }
    AccountService accounts(db);
    const NewAccount account{m_ui->usernameEdit->text().trimmed(), m_ui->fullNameEdit->text().trimmed(), unit,
        {Role::Administrator}};
    const auto id = accounts.createFirstAdministrator(account, m_ui->passwordEdit->text());
    if (!id) {
        unsetCursor();
        showMessage(id.error().message);
        return;
    }
    if (const Status s = tx.commit(); !s) {
        unsetCursor();
        showMessage(s.error().message);
        return;
    }
    const auto created = accounts.byId(*id);
    unsetCursor();
    if (!created) {
        showMessage(created.error().message);
        return;
    }
    m_session = AccountService::sessionFor(*created);
    QDialog::accept();
}

} // namespace sitegov
