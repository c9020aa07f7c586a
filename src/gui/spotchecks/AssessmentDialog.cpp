#include "gui/spotchecks/AssessmentDialog.h"

#include "core/OfficeClock.h"
#include "db/Database.h"
#include "gui/common/FileDialog.h"
#include "gui/common/InputDialog.h"
#include "gui/common/MessageBox.h"
#include "storage/AssessmentFindings.h"
#include "storage/AssessmentOutbox.h"
#include "storage/ProbeQueries.h"
#include "storage/SpotCheckService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sitegov {

AssessmentDialog::~AssessmentDialog() = default;

AssessmentDialog::AssessmentDialog(AppContext& context, qint64 itemId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_itemId(itemId)
    , m_service(context.database->connection())
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("Assessment"));
    resize(900, 680);
    build();
    load();
}

QLineEdit* AssessmentDialog::evidenceUrl(const QString& evidenceKey) const
{
    if (evidenceKey.startsWith(QStringLiteral("veto:")))
        return m_vetoes.value(evidenceKey.mid(5)).url;
    return m_deductions.value(evidenceKey.mid(10)).url;
}

QLineEdit* AssessmentDialog::evidenceNote(const QString& evidenceKey) const
{
    if (evidenceKey.startsWith(QStringLiteral("veto:")))
        return m_vetoes.value(evidenceKey.mid(5)).note;
    return m_deductions.value(evidenceKey.mid(10)).note;
}

QLabel* AssessmentDialog::evidenceFiles(const QString& evidenceKey) const
{
    if (evidenceKey.startsWith(QStringLiteral("veto:")))
        return m_vetoes.value(evidenceKey.mid(5)).files;
    return m_deductions.value(evidenceKey.mid(10)).files;
}

QWidget* AssessmentDialog::evidenceRow(
    Row& row, const QString& evidenceKey, const QString& findings, const QString& probe)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* line = new QHBoxLayout;
    row.url = new QLineEdit(box);
    row.url->setObjectName(QStringLiteral("url:") + evidenceKey);
    row.url->setPlaceholderText(tr("Address where it shows"));
    row.url->setAccessibleName(tr("Evidence address"));
    row.note = new QLineEdit(box);
    row.note->setObjectName(QStringLiteral("note:") + evidenceKey);
    row.note->setPlaceholderText(tr("What was found"));
    row.note->setAccessibleName(tr("Evidence note"));
    row.attach = new QToolButton(box);
    row.attach->setObjectName(QStringLiteral("attach:") + evidenceKey);
    row.attach->setText(tr("Attach…"));
    row.attach->setToolTip(tr("Store a screenshot or a saved page with this evidence."));
    line->addWidget(row.url, 2);
    line->addWidget(row.note, 3);
    line->addWidget(row.attach);
    layout->addLayout(line);
    row.files = new QLabel(box);
    row.files->setObjectName(QStringLiteral("files:") + evidenceKey);
    row.files->setWordWrap(true);
    row.files->setTextFormat(Qt::RichText);
    row.files->setVisible(false);
    layout->addWidget(row.files);
    if (!probe.isEmpty()) {
        auto* measured = new QLabel(probe, box);
        measured->setObjectName(QStringLiteral("probe:") + evidenceKey);
        measured->setWordWrap(true);
        measured->setTextInteractionFlags(Qt::TextSelectableByMouse);
        measured->setStyleSheet(QStringLiteral("color: #0d47a1;"));
        layout->addWidget(measured);
        m_probe.insert(evidenceKey, measured);
    }
    if (!findings.isEmpty()) {
        auto* found = new QLabel(findings, box);
        found->setObjectName(QStringLiteral("findings:") + evidenceKey);
        found->setWordWrap(true);
        found->setStyleSheet(QStringLiteral("color: #8d4e00;"));
        layout->addWidget(found);
    }
    connect(row.url, &QLineEdit::textEdited, this, &AssessmentDialog::updateButtons);
    connect(row.note, &QLineEdit::textEdited, this, &AssessmentDialog::updateButtons);
    connect(row.attach, &QToolButton::clicked, this, [this, evidenceKey] { attachFile(evidenceKey); });
    connect(row.files, &QLabel::linkActivated, this, [this](const QString& link) {
        const qint64 id = link.section(u':', 1).toLongLong();
        if (link.startsWith(QStringLiteral("open:")))
            openFile(id);
        else if (link.startsWith(QStringLiteral("remove:")))
            removeFile(id);
    });
    return box;
}

void AssessmentDialog::showFiles(Row& row, const QString& evidenceKey)
{
    const QList<EvidenceFile> files = m_record ? m_record->evidence.value(evidenceKey).files : QList<EvidenceFile>();
    QStringList parts;
    const QLocale locale;
    for (const EvidenceFile& f : files) {
        QString part = QStringLiteral("<a href=\"open:%1\">%2</a> (%3)")
                           .arg(f.id)
                           .arg(f.fileName.toHtmlEscaped(), locale.formattedDataSize(f.size));
        if (m_editable)
            part += QStringLiteral(" <a href=\"remove:%1\">%2</a>").arg(f.id).arg(tr("remove"));
        parts << part;
    }
    row.files->setText(parts.isEmpty() ? QString() : tr("Files: %1").arg(parts.join(QStringLiteral(" · "))));
    row.files->setVisible(!parts.isEmpty());
    row.attach->setVisible(m_editable);
}

void AssessmentDialog::build()
{
    auto& db = m_context.database->connection();
    const auto item = SpotCheckService(db).item(m_itemId);
    if (item)
        m_item = *item;
    const auto plan = SpotCheckService(db).plan(m_item.planId);
    m_month = plan ? plan->month : Period::monthOf(OfficeClock::today());
    const ScoringRules& rules = m_service.model().rules();

    QMap<QString, QList<SiteFinding>> findings;
    if (const auto found = AssessmentFindings(db).inspections(m_item.siteId, m_month))
        findings = AssessmentFindings::byEvidenceKey(rules, *found);
    // What the probe measured over the month, beside the veto items it bears on.
    QMap<QString, QStringList> probe;
    if (const auto measured = ProbeQueries(db).evidence(m_item.siteId, m_month.firstDay(), m_month.lastDay()))
        probe = AssessmentFindings::probeByEvidenceKey(*measured);
    auto findingText = [&findings](const QString& key) {
        QStringList lines;
        for (const SiteFinding& f : findings.value(key))
            lines << QStringLiteral("• ") + f.text;
        return lines.join(u'\n');
    };

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(
        tr("<b>%1</b> (%2) · %3 · %4")
            .arg(m_item.siteName.toHtmlEscaped(), m_item.siteCode, m_item.hostUnit.toHtmlEscaped(), m_month.toString()),
        this);
    title->setObjectName(QStringLiteral("assessmentTitle"));
    layout->addWidget(title);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("assessmentState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* form = new QVBoxLayout(content);

    auto* vetoGroup = new QGroupBox(tr("Veto items (any one fails the site)"), content);
    auto* vetoForm = new QFormLayout(vetoGroup);
    for (const ScoringRules::Veto& v : rules.vetoes()) {
        Row row;
        row.box = new QCheckBox(v.displayName(), vetoGroup);
        row.box->setObjectName(QStringLiteral("veto:") + v.key);
        const QString key = SpotCheckRules::vetoKey(v.key);
        QWidget* evidence = evidenceRow(row, key, findingText(key), probe.value(key).join(u'\n'));
        vetoForm->addRow(row.box, evidence);
        connect(row.box, &QCheckBox::toggled, this, &AssessmentDialog::updateScore);
        m_vetoes.insert(v.key, row);
    }
    form->addWidget(vetoGroup);

    const QLocale locale;
    for (const ScoringRules::Category& c : rules.categories()) {
        auto* group = new QGroupBox(tr("%1 (%2 points)").arg(c.displayName(), locale.toString(c.points)), content);
        auto* grid = new QFormLayout(group);
        for (const ScoringRules::Indicator& i : c.indicators) {
            Row row;
            auto* line = new QWidget(group);
            auto* h = new QHBoxLayout(line);
            h->setContentsMargins(0, 0, 0, 0);
            row.spin = new QDoubleSpinBox(line);
            row.spin->setObjectName(QStringLiteral("deduction:") + i.key);
            row.spin->setAccessibleName(tr("Points deducted: %1").arg(i.displayName()));
            row.spin->setRange(0, i.points);
            row.spin->setSingleStep(0.5);
            row.spin->setDecimals(1);
            row.spin->setPrefix(QStringLiteral("−"));
            h->addWidget(row.spin);
            h->addWidget(
                evidenceRow(row, SpotCheckRules::deductionKey(i.key), findingText(SpotCheckRules::deductionKey(i.key))),
                1);
            grid->addRow(tr("%1 (%2)").arg(i.displayName(), locale.toString(i.points)), line);
            connect(row.spin, &QDoubleSpinBox::valueChanged, this, &AssessmentDialog::updateScore);
            m_deductions.insert(i.key, row);
        }
        form->addWidget(group);
    }

    auto* other = new QGroupBox(tr("Bonus and scope"), content);
    auto* otherForm = new QFormLayout(other);
    m_publicServices = new QCheckBox(tr("The site offers public services"), other);
    m_publicServices->setObjectName(QStringLiteral("publicServices"));
    m_publicServices->setChecked(true);
    m_publicServices->setToolTip(
        tr("A department site without public services is scored out of 75 and scaled by 4/3."));
    m_publicServices->setEnabled(m_item.kind == SiteKind::Department);
    otherForm->addRow(m_publicServices);
    m_bonus = new QDoubleSpinBox(other);
    m_bonus->setObjectName(QStringLiteral("bonus"));
    m_bonus->setRange(0, rules.bonusMax());
    m_bonus->setSingleStep(1);
    m_bonus->setEnabled(rules.bonusAppliesTo(m_item.kind));
    m_bonus->setToolTip(tr("Counted only for portals whose deduction score is above %1.").arg(rules.bonusThreshold()));
    otherForm->addRow(tr("Bonus points:"), m_bonus);
    m_summary = new QPlainTextEdit(other);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setMaximumHeight(70);
    otherForm->addRow(tr("Overall note:"), m_summary);
    form->addWidget(other);
    connect(m_publicServices, &QCheckBox::toggled, this, &AssessmentDialog::updateScore);
    connect(m_bonus, &QDoubleSpinBox::valueChanged, this, &AssessmentDialog::updateScore);

    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto* bottom = new QHBoxLayout;
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("assessmentScore"));
    bottom->addWidget(m_score, 1);
    bottom->addWidget(new QLabel(tr("Rectify by:"), this));
    m_deadline = new QDateEdit(OfficeClock::today().addDays(SpotCheckRules::kDefaultRectificationDays), this);
    m_deadline->setObjectName(QStringLiteral("rectificationDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setMinimumDate(OfficeClock::today());
    m_deadline->setToolTip(tr("The deadline of the rectification item a failing site gets when it is confirmed."));
    bottom->addWidget(m_deadline);
    layout->addLayout(bottom);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveAssessment"));
    m_submit = buttons->addButton(tr("Submit for review"), QDialogButtonBox::ActionRole);
    m_submit->setObjectName(QStringLiteral("submitAssessment"));
    m_return = buttons->addButton(tr("Return to checker…"), QDialogButtonBox::ActionRole);
    m_return->setObjectName(QStringLiteral("returnAssessment"));
    m_confirm = buttons->addButton(tr("Confirm"), QDialogButtonBox::ActionRole);
    m_confirm->setObjectName(QStringLiteral("confirmAssessment"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirm(); });
    connect(m_return, &QPushButton::clicked, this, [this] {
        const auto reason = InputDialog::getMultiLineText(
            this, tr("Return the assessment"), tr("Why does it go back to its checker?"));
        if (reason)
            returnToChecker(*reason);
    });
}

void AssessmentDialog::load()
{
    const auto record = m_service.forItem(m_itemId);
    m_record.reset();
    if (record && *record)
        m_record = **record;
    m_assessmentId = m_record ? m_record->id : 0;
    m_editable = m_service.editable(m_context.session, m_itemId).ok();
    m_reviewable = m_record && m_service.reviewable(m_context.session, m_record->id).ok();
    if (m_record) {
        const ScoreInput& in = m_record->input;
        for (auto it = m_vetoes.begin(); it != m_vetoes.end(); ++it) {
            it->box->setChecked(in.vetoes.contains(it.key()));
            const Evidence e = m_record->evidence.value(SpotCheckRules::vetoKey(it.key()));
            it->url->setText(e.url);
            it->note->setText(e.note);
        }
        for (auto it = m_deductions.begin(); it != m_deductions.end(); ++it) {
            it->spin->setValue(in.deductions.value(it.key()));
            const Evidence e = m_record->evidence.value(SpotCheckRules::deductionKey(it.key()));
            it->url->setText(e.url);
            it->note->setText(e.note);
        }
        m_publicServices->setChecked(in.hasPublicServices);
        m_bonus->setValue(in.bonus);
        m_summary->setPlainText(m_record->summary);
        QString state = tr("Status: %1").arg(SpotCheckRules::displayName(m_record->status));
        if (!m_record->checkerName.isEmpty())
            state += tr(" · checked by %1").arg(m_record->checkerName);
        if (m_record->status == AssessmentStatus::Returned && !m_record->reviewNote.isEmpty())
            state += tr(" · returned: %1").arg(m_record->reviewNote);
        if (m_record->status == AssessmentStatus::Confirmed) {
            state += tr(" · confirmed by %1 on %2")
                         .arg(m_record->reviewerName, QLocale().toString(m_record->confirmedOn, QLocale::ShortFormat));
            state += sendingText();
        }
        m_state->setText(state);
    } else {
        m_state->setText(tr("Not assessed yet."));
    }
    const bool edit = m_editable;
    for (const Row& r : std::as_const(m_vetoes)) {
        r.box->setEnabled(edit);
        r.url->setReadOnly(!edit);
        r.note->setReadOnly(!edit);
    }
    for (const Row& r : std::as_const(m_deductions)) {
        r.spin->setReadOnly(!edit);
        r.url->setReadOnly(!edit);
        r.note->setReadOnly(!edit);
    }
    for (auto it = m_vetoes.begin(); it != m_vetoes.end(); ++it)
        showFiles(*it, SpotCheckRules::vetoKey(it.key()));
    for (auto it = m_deductions.begin(); it != m_deductions.end(); ++it)
        showFiles(*it, SpotCheckRules::deductionKey(it.key()));
    m_publicServices->setEnabled(edit && m_item.kind == SiteKind::Department);
    m_bonus->setReadOnly(!edit);
    m_summary->setReadOnly(!edit);
    updateScore();
}

AssessmentDraft AssessmentDialog::draft() const
{
    AssessmentDraft d;
    d.publicServices = m_publicServices->isChecked();
    for (auto it = m_vetoes.cbegin(); it != m_vetoes.cend(); ++it) {
        if (it->box->isChecked())
            d.vetoes << it.key();
        if (!it->url->text().trimmed().isEmpty() || !it->note->text().trimmed().isEmpty())
            d.evidence.insert(SpotCheckRules::vetoKey(it.key()), Evidence{it->url->text(), it->note->text(), {}});
    }
    for (auto it = m_deductions.cbegin(); it != m_deductions.cend(); ++it) {
        if (it->spin->value() > 0)
            d.deductions.insert(it.key(), it->spin->value());
        if (!it->url->text().trimmed().isEmpty() || !it->note->text().trimmed().isEmpty())
            d.evidence.insert(SpotCheckRules::deductionKey(it.key()), Evidence{it->url->text(), it->note->text(), {}});
    }
    d.bonus = m_bonus->value();
    d.summary = m_summary->toPlainText();
    return d;
}

void AssessmentDialog::updateScore()
{
    const auto card = m_service.preview(m_itemId, draft());
    if (!card) {
        m_score->setText(card.error().message);
        m_total = 0;
    } else {
        m_total = card->total;
        const QLocale locale;
        QString text = tr("Score: <b>%1</b> (deductions %2, bonus %3)")
                           .arg(locale.toString(card->total, 'f', 2), locale.toString(card->deductionScore, 'f', 2),
                               locale.toString(card->bonus, 'f', 2));
        if (card->scaled)
            text += tr(" · scaled by 4/3");
        text += card->passed ? tr(" · <span style='color:#1b5e20'>passes</span>")
                             : tr(" · <span style='color:#b71c1c'>fails</span>");
        m_score->setText(text);
        m_deadline->setEnabled(!card->passed);
    }
    updateButtons();
}

void AssessmentDialog::updateButtons()
{
    m_save->setEnabled(m_editable);
    m_submit->setEnabled(m_editable);
    m_confirm->setEnabled(m_reviewable);
    m_return->setEnabled(m_reviewable);
    m_save->setVisible(m_editable || !m_reviewable);
    m_submit->setVisible(m_editable || !m_reviewable);
    m_confirm->setVisible(m_reviewable);
    m_return->setVisible(m_reviewable);
}

bool AssessmentDialog::save()
{
    const auto id = m_service.save(m_context.session, m_itemId, draft());
    if (!id) {
        MessageBox::warning(this, tr("Save the assessment"), id.error().message, id.error().detail);
        return false;
    }
    m_assessmentId = *id;
    load();
    Q_EMIT changed();
    return true;
}

bool AssessmentDialog::submit()
{
    if (!save())
        return false;
    const Status s = m_service.submit(m_context.session, m_assessmentId);
    if (!s) {
        MessageBox::warning(this, tr("Submit the assessment"), s.error().message, s.error().detail);
        return false;
    }
    load();
    Q_EMIT changed();
    return true;
}

bool AssessmentDialog::confirm()
{
    const Status s
        = m_service.confirm(m_context.session, m_assessmentId, QString(), m_deadline->date(), OfficeClock::today());
    if (!s) {
        MessageBox::warning(this, tr("Confirm the assessment"), s.error().message, s.error().detail);
        return false;
    }
    load();
    Q_EMIT changed();
    Q_EMIT confirmed();
    return true;
}

bool AssessmentDialog::returnToChecker(const QString& reason)
{
    const Status s = m_service.returnToChecker(m_context.session, m_assessmentId, reason);
    if (!s) {
        MessageBox::warning(this, tr("Return the assessment"), s.error().message, s.error().detail);
        return false;
    }
    load();
    Q_EMIT changed();
    return true;
}

QString AssessmentDialog::sendingText() const
{
    const auto entry = AssessmentOutbox(m_context.database->connection()).entry(m_record->id);
    if (!entry || !*entry)
        return {};
    const OutboxEntry& e = **entry;
    const QLocale locale;
    switch (e.state) {
    case SendState::Waiting:
        return e.error.isEmpty() ? tr(" · waiting to be sent to the backend")
                                 : tr(" · waiting to be sent to the backend (last try: %1)").arg(e.error);
    case SendState::Sent:
        return tr(" · sent to the backend on %1, which scored it %2")
            .arg(locale.toString(OfficeClock::toOffice(e.sentAt), QLocale::ShortFormat),
                locale.toString(e.backendTotal, 'f', 2));
    case SendState::Refused:
        return tr(" · refused by the backend: %1").arg(e.error);
    case SendState::Replaced:
        return tr(" · not sent: a newer assessment of the same site and month replaced it");
    }
    return {};
}

bool AssessmentDialog::attachFile(const QString& evidenceKey, const QString& givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        path = FileDialog::getOpenFileName(this, tr("Attach evidence"), QString(),
            tr("Screenshots and saved pages (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mht *.mhtml);;All "
               "files (*)"));
        if (path.isEmpty())
            return false;
    }
    // The file belongs to a stored assessment: save what is typed first.
    if (!save())
        return false;
    const auto id = m_service.addFile(m_context.session, m_assessmentId, evidenceKey, path);
    if (!id) {
        MessageBox::warning(this, tr("Attach evidence"), id.error().message, id.error().detail);
        return false;
    }
    load();
    Q_EMIT changed();
    return true;
}

bool AssessmentDialog::removeFile(qint64 fileId)
{
    const Status s = m_service.removeFile(m_context.session, fileId);
    if (!s) {
        MessageBox::warning(this, tr("Remove the file"), s.error().message, s.error().detail);
        return false;
    }
    load();
    Q_EMIT changed();
    return true;
}

bool AssessmentDialog::openFile(qint64 fileId)
{
    QString name;
    const auto content = m_service.fileContent(fileId, &name);
    if (!content) {
        MessageBox::warning(this, tr("Open the file"), content.error().message, content.error().detail);
        return false;
    }
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    const QString path
        = QDir(m_openedFiles->path()).filePath(QStringLiteral("%1-%2").arg(fileId).arg(QFileInfo(name).fileName()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size()) {
        MessageBox::warning(
            this, tr("Open the file"), tr("The file could not be copied out to be opened."), file.errorString());
        return false;
    }
    file.close();
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace sitegov
