#include "gui/settings/SettingsPage.h"

#include "core/BuildInfo.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/PasswordDialog.h"
#include "gui/common/Background.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UnsavedChanges.h"
#include "gui/common/PageHeader.h"
#include "gui/scores/BackendSettings.h"
#include "gui/scores/ScoreSyncController.h"
#include "net/NetError.h"
#include "net/ScoreClient.h"
#include "storage/AccountService.h"
#include "storage/AppSettings.h"
#include "storage/BackupService.h"
#include "storage/ConsoleDatabase.h"
#include "ui_SettingsPage.h"

#include <QDir>
#include <QFileInfo>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sitegov {

SettingsPage::SettingsPage(AppContext& context, ScoreSyncController* sync, QWidget* parent)
    : Page(context, parent)
    , m_ui(new Ui::SettingsPage)
    , m_sync(sync)
{
    auto* body = new QWidget(this);
    m_ui->setupUi(body);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title(), this));
    layout->addWidget(scroll, 1);

    const Session& session = context.session;
    m_ui->manageAccountsButton->setVisible(session.can(Action::ManageAccounts));
    m_ui->backupGroup->setVisible(session.can(Action::BackupRestore));
    m_ui->changePasswordButton->setVisible(!session.isSystem());

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
    connect(m_ui->logoutButton, &QPushButton::clicked, this, &SettingsPage::logoutRequested);
    connect(m_ui->switchUserButton, &QPushButton::clicked, this, &SettingsPage::switchUserRequested);
    connect(m_ui->changePasswordButton, &QPushButton::clicked, this, &SettingsPage::changeOwnPassword);
    connect(m_ui->manageAccountsButton, &QPushButton::clicked, this, [this] {
        AccountsDialog dialog(this->context(), this);
        dialog.exec();
    });
    connect(m_ui->backupNowButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(QStringLiteral("sitegov-backup-%1.db")
                                                    .arg(OfficeClock::now().toString(QStringLiteral("yyyyMMdd-HHmm"))));
        const QString file
            = FileDialog::getSaveFileName(this, tr("Back up the database"), suggested, tr("SiteGov databases (*.db)"));
        if (!file.isEmpty())
            backupTo(file);
    });
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::getOpenFileName(
            this, tr("Restore from a backup"), {}, tr("SiteGov databases (*.db);;All files (*)"));
        if (!file.isEmpty())
            restoreFrom(file);
    });
    connect(m_ui->browseFolderButton, &QPushButton::clicked, this, [this] {
        const QString dir = FileDialog::getExistingDirectory(
            this, tr("Folder for automatic backups"), m_ui->backupFolderEdit->text());
        if (!dir.isEmpty())
            m_ui->backupFolderEdit->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_ui->saveBackupPolicyButton, &QPushButton::clicked, this, &SettingsPage::saveBackupPolicy);

    const bool manage = session.can(Action::ManageSettings);
    m_ui->backendUrlEdit->setReadOnly(!manage);
    m_ui->backendCaEdit->setReadOnly(!manage);
    if (!manage)
        m_ui->backendUrlEdit->setToolTip(
            tr("Only an administrator changes the backend address; your token is your own."));
    m_ui->backendTokenEdit->setToolTip(
        tr("The token from \"sitegov-server token create\". It is kept in your own settings "
           "and never shown again."));
    connect(m_ui->backendTestButton, &QPushButton::clicked, this, &SettingsPage::testConnection);
    connect(m_ui->backendSaveButton, &QPushButton::clicked, this, &SettingsPage::saveBackend);
    connect(m_ui->backendForgetButton, &QPushButton::clicked, this, [this] {
        BackendSettings::forgetToken(m_ui->backendUrlEdit->text());
        m_sync->reloadConfig();
        showBackend();
        m_ui->backendResultLabel->setText(tr("The saved token was forgotten."));
    });
    showBackend();
}

void SettingsPage::showBackend()
{
    const BackendConfig config = m_sync->config();
    if (config.fromCommandLine) {
        m_ui->backendUrlEdit->setText(config.url);
        m_ui->backendResultLabel->setText(
            tr("This run uses the backend given on the command line (%1); what you save here "
               "applies from the next start.")
                .arg(config.url));
    } else {
        m_ui->backendUrlEdit->setText(config.url);
        m_ui->backendCaEdit->setText(config.caFile);
    }
    // The saved token is never shown again: the field stays empty and says whether one is saved.
    m_ui->backendTokenEdit->clear();
    const bool saved = config.fromCommandLine ? !config.token.isEmpty() : BackendSettings::hasToken(config.url);
    m_ui->backendTokenEdit->setPlaceholderText(
        saved ? tr("A token is saved (type a new one to replace it)") : tr("No token saved"));
    m_ui->backendForgetButton->setEnabled(!config.fromCommandLine && saved);
}

QByteArray SettingsPage::tokenForTest() const
{
    const QByteArray typed = m_ui->backendTokenEdit->text().trimmed().toUtf8();
    if (!typed.isEmpty())
        return typed;
    const BackendConfig config = m_sync->config();
    if (config.fromCommandLine && config.url == m_ui->backendUrlEdit->text().trimmed())
        return config.token;
    return BackendSettings::savedToken(m_ui->backendUrlEdit->text());
}

void SettingsPage::testConnection()
{
    net::ClientOptions options;
    options.baseUrl = m_ui->backendUrlEdit->text().trimmed();
    options.token = tokenForTest();
    options.caFile = m_ui->backendCaEdit->text().trimmed();
    options.attempts = 1;
    options.connectTimeoutMs = 5000;
    options.receiveTimeoutMs = 10000;
    m_ui->backendTestButton->setEnabled(false);
    m_ui->backendResultLabel->setStyleSheet(QString());
    m_ui->backendResultLabel->setText(tr("Testing the connection to %1…").arg(options.baseUrl));
    setBusy(true);
    const int generation = ++m_testGeneration;
    runInBackground(
        this, [options]() -> Result<net::ScoreClient::Check> { return net::ScoreClient(options).checkConnection(); },
        [this, generation](const Result<net::ScoreClient::Check>& result) {
            if (generation != m_testGeneration)
                return;
            setBusy(false);
            m_ui->backendTestButton->setEnabled(true);
            if (!result) {
                m_ui->backendResultLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
                m_ui->backendResultLabel->setText(tr("✘ %1").arg(result.error().message));
                m_ui->backendResultLabel->setToolTip(result.error().detail);
                return;
            }
            m_ui->backendResultLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
            m_ui->backendResultLabel->setToolTip(QString());
            m_ui->backendResultLabel->setText(
                tr("✔ Connected to the SiteGov backend %1: the token is accepted and scores exist for %n period(s).",
                    nullptr, result->periods)
                    .arg(result->version));
        });
}

bool SettingsPage::saveBackend()
{
    const QString url = m_ui->backendUrlEdit->text().trimmed();
    if (!url.isEmpty()) {
        net::ClientOptions options;
        options.baseUrl = url;
        if (const Status s = net::ScoreClient(options).validate();
            !s && net::NetError::failure(s.error()) == net::Failure::InvalidAddress) {
            MessageBox::warning(this, tr("Assessment backend"), s.error().message);
            return false;
        }
    }
    const BackendConfig before = m_sync->config();
    if (context().session.can(Action::ManageSettings)
        && (url != before.url || m_ui->backendCaEdit->text().trimmed() != before.caFile || before.fromCommandLine)) {
        const Status s = BackendSettings::saveAddress(
            *context().database, context().session, url, m_ui->backendCaEdit->text().trimmed());
        if (!s) {
            MessageBox::warning(this, tr("Assessment backend"), s.error().fullText());
            return false;
        }
    }
    const QByteArray token = m_ui->backendTokenEdit->text().trimmed().toUtf8();
    if (!token.isEmpty())
        BackendSettings::saveToken(url, token);
    m_sync->reloadConfig();
    showBackend();
    m_ui->backendResultLabel->setStyleSheet(QString());
    m_ui->backendResultLabel->setText(tr("Backend settings saved."));
    Q_EMIT statusMessage(tr("Backend settings saved."));
    return true;
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::refresh()
{
    const Session& session = context().session;
    QString who
        = session.displayName.isEmpty() ? session.username : tr("%1 (%2)").arg(session.displayName, session.username);
    if (!session.roles.isEmpty())
        who += QStringLiteral(" · ") + Permissions::displayNames(session.roles);
    m_ui->loggedInValue->setText(who);

    if (session.can(Action::BackupRestore)) {
        const auto policy = AppSettings(context().database->connection()).backupPolicy();
        m_ui->autoBackupCheck->setChecked(policy.enabled);
        m_ui->backupFolderEdit->setText(QDir::toNativeSeparators(policy.folder));
        m_ui->keepSpin->setValue(policy.keep);
        QString last;
        if (!policy.folder.isEmpty()) {
            const QStringList files
                = QDir(policy.folder).entryList({QStringLiteral("sitegov-backup-*-*-*.db")}, QDir::Files, QDir::Name);
            if (!files.isEmpty())
                last = tr("Last automatic backup: %1").arg(files.constLast());
        }
        m_ui->lastBackupLabel->setText(last);
    }
}

void SettingsPage::changeOwnPassword()
{
    PasswordDialog dialog(tr("Change my password"), tr("Your new password:"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setCursor(Qt::BusyCursor);
    const Status s = AccountService(context().database->connection())
                         .setPassword(context().session, context().session.accountId, dialog.password());
    unsetCursor();
    if (!s)
        MessageBox::warning(this, tr("Change my password"), s.error().fullText());
    else
        Q_EMIT statusMessage(tr("Your password was changed."));
}

void SettingsPage::saveBackupPolicy()
{
    AppSettings::BackupPolicy policy;
    policy.enabled = m_ui->autoBackupCheck->isChecked();
    policy.folder = QDir::fromNativeSeparators(m_ui->backupFolderEdit->text().trimmed());
    policy.keep = m_ui->keepSpin->value();
    const Status s = AppSettings(context().database->connection()).setBackupPolicy(context().session, policy);
    if (!s) {
        MessageBox::warning(this, tr("Backups"), s.error().fullText());
        return;
    }
    Q_EMIT statusMessage(tr("Backup settings saved."));
}

bool SettingsPage::backupTo(const QString& file)
{
    setCursor(Qt::BusyCursor);
    const Status s = BackupService::backup(context().database->path(), file);
    unsetCursor();
    if (!s) {
        MessageBox::warning(this, tr("Back up the database"), s.error().fullText());
        return false;
    }
    Q_EMIT statusMessage(tr("Backup written to %1.").arg(QDir::toNativeSeparators(file)));
    return true;
}

bool SettingsPage::restoreFrom(const QString& file, bool confirm)
{
    if (confirm
        && MessageBox::question(this, tr("Restore from a backup"),
               tr("Replace the whole database %1 with the backup %2?\n\nThe backup is checked first. The current "
                  "database is kept beside it, and everybody logs in again afterwards.")
                   .arg(QDir::toNativeSeparators(context().database->path()), QDir::toNativeSeparators(file)))
            != MessageBox::Yes)
        return false;
    // Everybody logs in again afterwards: unsaved work is saved (into the database being replaced,
    // kept beside it) or dropped now.
    if (!UnsavedChanges::confirmLeave(this, tr("Restore from a backup")))
        return false;
    setCursor(Qt::BusyCursor);
    const auto kept = BackupService::restore(file, context().database->path(), context().session);
    unsetCursor();
    if (!kept) {
        MessageBox::warning(this, tr("Restore from a backup"), kept.error().fullText());
        return false;
    }
    if (confirm) {
        MessageBox::information(this, tr("Restore from a backup"),
            tr("The backup was restored. The replaced database was kept as %1.").arg(QDir::toNativeSeparators(*kept)));
    }
    Q_EMIT databaseRestored();
    return true;
}

} // namespace sitegov
