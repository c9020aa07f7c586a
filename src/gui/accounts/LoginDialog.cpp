#include "gui/accounts/LoginDialog.h"

#include "db/DatabaseLocation.h"

#include "gui/common/Background.h"
#include "gui/common/Icons.h"
#include "storage/AccountService.h"
#include "storage/ConsoleDatabase.h"
#include "ui_LoginDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace sitegov {

LoginDialog::LoginDialog(QString databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::LoginDialog)
    , m_databasePath(std::move(databasePath))
{
    m_ui->setupUi(this);
    setWindowIcon(themeIcon(QStringLiteral("sitegov")));
    m_ui->databaseLabel->setText(tr("Database: %1").arg(db::DatabaseLocation::displayName(m_databasePath)));
    m_ui->databaseLabel->setToolTip(QDir::toNativeSeparators(m_databasePath));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_ui->messageLabel->setVisible(false);
    QPalette p = m_ui->messageLabel->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->messageLabel->setPalette(p);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUsername(const QString& username)
{
    m_ui->usernameEdit->setText(username);
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->usernameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_ui->messageLabel->setText(tr("Checking…"));
        m_ui->messageLabel->setVisible(true);
    }
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void LoginDialog::accept()
{
    const QString username = m_ui->usernameEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (username.isEmpty()) {
        m_ui->messageLabel->setText(tr("Enter your user name."));
        m_ui->messageLabel->setVisible(true);
        m_ui->usernameEdit->setFocus();
        return;
    }
    setBusy(true);
    struct Login
    {
        Session session;
        QString path;
    };
    runInBackground(
        this,
        [path = m_databasePath, username, password]() -> Result<Login> {
            const auto location = db::DatabaseLocation::parse(path);
            if (location && location->isPostgres()) {
                auto db = ConsoleDatabase::openAs(path, username, password);
                if (!db)
                    return db.error();
                const auto session = AccountService((*db)->connection()).startSession(username);
                if (!session)
                    return session.error();
                return Login{*session, (*db)->path()};
            }
            auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            if (!db)
                return db.error();
            const auto session = AccountService((*db)->connection()).authenticate(username, password);
            if (!session)
                return session.error();
            return Login{*session, path};
        },
        [this](const Result<Login>& result) {
            setBusy(false);
            if (!result) {
                m_ui->messageLabel->setText(result.error().message);
                m_ui->messageLabel->setVisible(true);
                m_ui->passwordEdit->clear();
                m_ui->passwordEdit->setFocus();
                return;
            }
            m_session = result->session;
            m_connectedPath = result->path;
            QDialog::accept();
        });
}

} // namespace sitegov
