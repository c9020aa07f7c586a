#include "gui/accounts/AccountsDialog.h"

#include "core/OfficeClock.h"
#include "gui/accounts/PasswordDialog.h"
#include "gui/common/FormDialog.h"
#include "gui/common/MessageBox.h"
#include "storage/AccountService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/RegistryQueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitegov {

AccountsDialog::AccountsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(new QTableWidget(this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
{
    setWindowTitle(tr("Accounts"));
    resize(900, 520);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Name"), tr("Unit"), tr("Roles"), tr("State"), tr("Last login")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);

    auto* add = new QPushButton(tr("&New account…"), this);
    add->setObjectName(QStringLiteral("newAccountButton"));
    m_toggle->setObjectName(QStringLiteral("toggleAccountButton"));
    auto* reset = new QPushButton(tr("&Reset password…"), this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(reset);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    connect(reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem* state = row >= 0 ? m_table->item(row, 4) : nullptr;
        m_toggle->setText(state && state->data(Qt::UserRole).toBool() ? tr("&Enable") : tr("&Disable"));
    });
    reload();
}

void AccountsDialog::reload()
{
    const auto accounts = AccountService(m_context.database->connection()).list();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!accounts) {
        MessageBox::warning(this, windowTitle(), accounts.error().fullText());
        return;
    }
    const QDateTime now = OfficeClock::nowUtc();
    for (const Account& a : *accounts) {
        // Administrators see the accounts of their own jurisdiction.
        const auto within
            = Authorizer::withinJurisdiction(m_context.database->connection(), m_context.session, a.orgId);
        if (!within || !*within)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* user = new QTableWidgetItem(a.username);
        user->setData(Qt::UserRole, a.id);
        m_table->setItem(row, 0, user);
        m_table->setItem(row, 1, new QTableWidgetItem(a.displayName));
        m_table->setItem(row, 2, new QTableWidgetItem(a.orgName));
        m_table->setItem(row, 3, new QTableWidgetItem(Permissions::displayNames(a.roles)));
        QString state = a.disabled ? tr("Disabled") : tr("Active");
        if (!a.disabled && a.lockedUntil.isValid() && a.lockedUntil > now)
            state = tr("Locked until %1").arg(OfficeClock::format(a.lockedUntil, QStringLiteral("HH:mm")));
        auto* stateItem = new QTableWidgetItem(state);
        stateItem->setData(Qt::UserRole, a.disabled);
        if (a.disabled)
            stateItem->setForeground(QColor(0x75, 0x75, 0x75));
        m_table->setItem(row, 4, stateItem);
        m_table->setItem(
            row, 5, new QTableWidgetItem(OfficeClock::format(a.lastLoginAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

qint64 AccountsDialog::selectedAccount() const
{
    const int row = m_table->currentRow();
    return row < 0 ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void AccountsDialog::report(const Status& status, const QString& done)
{
    if (!status)
        MessageBox::warning(this, windowTitle(), status.error().fullText());
    else if (!done.isEmpty())
        reload();
}

void AccountsDialog::addAccount()
{
    NewAccountDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::toggleDisabled()
{
    const qint64 id = selectedAccount();
    if (id == 0)
        return;
    const int row = m_table->currentRow();
    const bool disabled = m_table->item(row, 4)->data(Qt::UserRole).toBool();
    const QString username = m_table->item(row, 0)->text();
    if (!disabled
        && MessageBox::question(this, tr("Disable account"),
               tr("Disable %1? The account can no longer log in; its history stays.").arg(username))
            != MessageBox::Yes)
        return;
    report(AccountService(m_context.database->connection()).setDisabled(m_context.session, id, !disabled), username);
}

void AccountsDialog::resetPassword()
{
    const qint64 id = selectedAccount();
    if (id == 0)
        return;
    const QString username = m_table->item(m_table->currentRow(), 0)->text();
    PasswordDialog dialog(tr("Reset password"), tr("A new password for %1:").arg(username), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setCursor(Qt::BusyCursor);
    const Status s
        = AccountService(m_context.database->connection()).setPassword(m_context.session, id, dialog.password());
    unsetCursor();
    report(s, username);
    if (s)
        MessageBox::information(this, tr("Reset password"), tr("The password of %1 was changed.").arg(username));
}

NewAccountDialog::NewAccountDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_username(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(FormDialog::messageLine(this))
{
    setWindowTitle(tr("New account"));
    m_username->setObjectName(QStringLiteral("newUsernameEdit"));
    m_name->setObjectName(QStringLiteral("newNameEdit"));
    m_unit->setObjectName(QStringLiteral("newUnitCombo"));
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->setMinimumContentsLength(24);
    const auto units = RegistryQueries(m_context.database->connection()).unitChoices(m_context.session);
    if (units) {
        for (const Choice& unit : *units)
            m_unit->addItem(unit.text, unit.id);
    }
    if (!units) {
        FormDialog::show(m_message, units.error().message);
        m_message->setToolTip(units.error().detail);
    }

    auto* roles = new QHBoxLayout;
    for (Role r : Permissions::allRoles()) {
        auto* box = new QCheckBox(Permissions::displayName(r), this);
        box->setObjectName(QStringLiteral("role_") + Permissions::key(r));
        box->setProperty("role", Permissions::key(r));
        roles->addWidget(box);
        m_roles << box;
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("U&nit:"), m_unit);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    FormDialog::layOut(this, form, m_message);
}

void NewAccountDialog::accept()
{
    auto show = [this](const QString& text) {
        FormDialog::show(m_message, text);
    };
    if (m_password->text() != m_repeat->text()) {
        show(tr("The two passwords differ."));
        return;
    }
    const int unitIndex = m_unit->findText(m_unit->currentText());
    if (unitIndex < 0) {
        show(tr("Choose the unit from the list."));
        m_unit->setFocus();
        return;
    }
    NewAccount account;
    account.username = m_username->text().trimmed();
    account.displayName = m_name->text().trimmed();
    account.orgId = m_unit->itemData(unitIndex).toLongLong();
    for (QCheckBox* box : m_roles) {
        if (box->isChecked())
            account.roles << *Permissions::role(box->property("role").toString());
    }
    setCursor(Qt::BusyCursor);
    const auto id
        = AccountService(m_context.database->connection()).create(m_context.session, account, m_password->text());
    unsetCursor();
    if (!id) {
        show(id.error().message);
        return;
    }
    m_createdId = *id;
    QDialog::accept();
}

} // namespace sitegov
