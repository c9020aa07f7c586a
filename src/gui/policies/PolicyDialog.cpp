#include "gui/policies/PolicyDialog.h"

#include "core/OfficeClock.h"
#include "gui/common/FormDialog.h"
#include "gui/common/FormFields.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PolicyService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sitegov {

PolicyDialog::PolicyDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_title(new QLineEdit(this))
    , m_issuer(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_published(new QDateTimeEdit(this))
    , m_general(FormDialog::messageLine(this))
    , m_fields(std::make_unique<FormFields>())
{
    setWindowTitle(tr("Register a key policy"));
    setObjectName(QStringLiteral("policyDialog"));
    m_title->setObjectName(QStringLiteral("policyTitleEdit"));
    m_title->setMaxLength(RepostRules::kMaxTitle);
    m_issuer->setObjectName(QStringLiteral("policyIssuerCombo"));
    m_issuer->setEditable(true);
    // The issuing bodies of the State Council and the provincial government, as they sign.
    m_issuer->addItems({QStringLiteral("国务院"), QStringLiteral("国务院办公厅"), QStringLiteral("福建省人民政府"),
        QStringLiteral("福建省人民政府办公厅")});
    m_url->setObjectName(QStringLiteral("policyUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://www.gov.cn/zhengce/..."));
    m_published->setObjectName(QStringLiteral("policyPublishedEdit"));
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_published->setCalendarPopup(true);
    const QDateTime now = OfficeClock::now();
    m_published->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));

    auto* form = new QFormLayout;
    auto row = [this, form](const QString& text, QWidget* field, bool required) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        if (required)
            FormFields::markRequired(label);
        form->addRow(label, field);
    };
    row(tr("&Title:"), m_title, true);
    row(tr("&Issued by:"), m_issuer, true);
    row(tr("&Published:"), m_published, true);
    row(tr("&Source address:"), m_url, false);
    m_fields->add(QStringLiteral("title"), m_title);
    m_fields->add(QStringLiteral("issuer"), m_issuer);
    m_fields->add(QStringLiteral("published_at"), m_published);
    m_fields->add(QStringLiteral("source_url"), m_url);
    m_fields->setGeneral(m_general);
    FormDialog::layOut(this, form, m_general,
        tr("A key policy of the State Council or the provincial government: every government portal of a county or "
           "above reposts it in its repost column within 8 hours of its publication."));
    resize(560, sizeHint().height());
}

PolicyDialog::~PolicyDialog() = default;

void PolicyDialog::accept()
{
    PolicyItemInput in;
    in.title = m_title->text();
    in.issuer = m_issuer->currentText();
    in.sourceUrl = m_url->text();
    in.publishedAt = QDateTime(m_published->date(), m_published->time());
    PolicyService service(m_context.database->connection());
    QList<Finding> findings;
    for (const PolicyService::FieldProblem& p : service.check(in))
        findings << Finding{Finding::Severity::Error, p.field, p.message};
    m_fields->show(findings);
    if (!findings.isEmpty())
        return;
    const auto id = service.add(m_context.session, in);
    if (!id) {
        // The same title the same day is about the title; the rest about the form.
        const auto same = service.find(in.title, in.publishedAt.date());
        m_fields->show({Finding{
            Finding::Severity::Error, same && *same ? QStringLiteral("title") : QString(), id.error().message}});
        return;
    }
    m_saved = *id;
    QDialog::accept();
}

} // namespace sitegov
