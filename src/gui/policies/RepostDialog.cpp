#include "gui/policies/RepostDialog.h"

#include "core/OfficeClock.h"
#include "gui/common/FormDialog.h"
#include "gui/common/FormFields.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PolicyService.h"
#include "storage/SiteRepository.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

namespace sitegov {

RepostDialog::RepostDialog(AppContext& context, qint64 itemId, const QString& siteCode, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_item(itemId)
    , m_site(new QLineEdit(siteCode, this))
    , m_siteName(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_found(new QDateTimeEdit(this))
    , m_general(FormDialog::messageLine(this))
    , m_fields(std::make_unique<FormFields>())
{
    setWindowTitle(tr("Record a repost"));
    setObjectName(QStringLiteral("repostDialog"));
    m_site->setObjectName(QStringLiteral("repostSiteEdit"));
    m_site->setMaxLength(20);
    m_site->setPlaceholderText(tr("The portal's identifier code"));
    m_siteName->setObjectName(QStringLiteral("repostSiteName"));
    m_siteName->setWordWrap(true);
    m_url->setObjectName(QStringLiteral("repostUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_found->setObjectName(QStringLiteral("repostFoundEdit"));
    m_found->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_found->setCalendarPopup(true);
    const QDateTime now = OfficeClock::now();
    m_found->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));

    auto* form = new QFormLayout;
    auto row = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        FormFields::markRequired(label);
        form->addRow(label, field);
    };
    row(tr("&Portal:"), m_site);
    form->addRow(QString(), m_siteName);
    row(tr("&Address:"), m_url);
    row(tr("&Appeared:"), m_found);
    m_fields->add(QStringLiteral("site"), m_site);
    m_fields->add(QStringLiteral("url"), m_url);
    m_fields->add(QStringLiteral("found_at"), m_found);
    m_fields->setGeneral(m_general);
    FormDialog::layOut(this, form, m_general,
        tr("The repost you saw on the portal, recorded with your account. An earlier time than one recorded already "
           "replaces it."));
    connect(m_site, &QLineEdit::textChanged, this, &RepostDialog::updateSite);
    updateSite();
    resize(520, sizeHint().height());
}

RepostDialog::~RepostDialog() = default;

void RepostDialog::updateSite()
{
    const QString code = m_site->text().trimmed();
    if (code.isEmpty())
        m_siteName->clear();
    else if (const auto site = SiteRepository(m_context.database->connection()).byCode(code))
        m_siteName->setText(site->name);
    else
        m_siteName->setText(tr("No site has this code."));
}

void RepostDialog::accept()
{
    QList<Finding> findings;
    const QString code = m_site->text().trimmed();
    if (code.isEmpty())
        findings << Finding{
            Finding::Severity::Error, QStringLiteral("site"), tr("Enter the portal's identifier code.")};
    else if (!SiteRepository(m_context.database->connection()).byCode(code))
        findings << Finding{Finding::Severity::Error, QStringLiteral("site"),
            tr("There is no site with the identifier code %1.").arg(code)};
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (m_url->text().trimmed().isEmpty() || !url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty())
        findings << Finding{Finding::Severity::Error, QStringLiteral("url"),
            tr("Enter the address of the reposted page (http:// or https://).")};
    const QDateTime found(m_found->date(), m_found->time());
    const QDateTime now = OfficeClock::now();
    if (found > QDateTime(now.date(), now.time()).addSecs(60))
        findings << Finding{
            Finding::Severity::Error, QStringLiteral("found_at"), tr("The repost cannot have appeared in the future.")};
    m_fields->show(findings);
    if (!findings.isEmpty())
        return;
    const Status s = PolicyService(m_context.database->connection())
                         .recordRepost(m_context.session, m_item, code, m_url->text(), found);
    if (!s) {
        m_fields->show({Finding{Finding::Severity::Error, QString(), s.error().message}});
        return;
    }
    QDialog::accept();
}

} // namespace sitegov
