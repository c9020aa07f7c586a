#include "gui/reviews/WeeklyReviewEditor.h"

#include "core/OfficeClock.h"
#include "gui/common/DetailPanel.h"
#include "gui/common/FileDialog.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UnsavedChanges.h"
#include "gui/reviews/ReviewDocument.h"
#include "storage/ConsoleDatabase.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitegov {

namespace {

const char* const kBad = "#b71c1c";
const char* const kGood = "#2e7d32";

QTableWidget* factTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    t->setWordWrap(false);
    t->setMaximumHeight(150);
    return t;
}

QPlainTextEdit* textEdit(const QString& name, const QString& accessible, const QString& placeholder, QWidget* parent)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setAccessibleName(accessible);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(64);
    // All three fit beside the figures on a 1366x768 screen; longer text scrolls.
    e->setMaximumHeight(e->fontMetrics().lineSpacing() * 6 + 16);
    return e;
}

} // namespace

WeeklyReviewEditor::WeeklyReviewEditor(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_start(new QPushButton(tr("&Write the review"), this))
    , m_body(new QWidget(this))
    , m_coverage(new QLabel(this))
    , m_failed(new QLabel(this))
    , m_rectification(new QLabel(this))
    , m_overdue(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_failures(factTable({tr("Checklist item"), tr("Failures")}, QStringLiteral("reviewFailuresTable"), this))
    , m_worst(factTable({tr("Site"), tr("Code"), tr("Failures")}, QStringLiteral("reviewWorstSitesTable"), this))
    , m_highlights(textEdit(QStringLiteral("reviewHighlightsEdit"), tr("Highlights"),
          tr("What went well this week: sites kept up to date, problems fixed quickly…"), this))
    , m_problems(textEdit(QStringLiteral("reviewProblemsEdit"), tr("Problems"),
          tr("What went wrong: sites not inspected, repeated failures, overdue rectification…"), this))
    , m_instructions(textEdit(QStringLiteral("reviewInstructionsEdit"), tr("Instructions"),
          tr("What is to be done next week, by whom and by when…"), this))
    , m_save(new QPushButton(tr("&Save draft"), this))
    , m_refresh(new QPushButton(tr("Update &figures"), this))
    , m_sign(new QPushButton(tr("Si&gn…"), this))
    , m_pdf(new QPushButton(tr("Export to &PDF…"), this))
{
    DetailPanel::setTitleStyle(m_title);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_notice->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("startReviewButton"));
    m_start->setIcon(themeIcon(QStringLiteral("reviews")));
    m_save->setObjectName(QStringLiteral("saveReviewButton"));
    m_save->setToolTip(tr("Save the review as a draft (Ctrl+S)"));
    m_refresh->setObjectName(QStringLiteral("refreshFiguresButton"));
    m_refresh->setToolTip(tr("Take the week's figures again from the inspections and rectification items"));
    m_sign->setObjectName(QStringLiteral("signReviewButton"));
    m_sign->setIcon(themeIcon(QStringLiteral("approved")));
    m_sign->setToolTip(tr("Sign the review: it is locked from then on"));
    m_pdf->setObjectName(QStringLiteral("exportReviewButton"));
    m_pdf->setToolTip(tr("Export the review to PDF (File > Print, Ctrl+P, prints it)"));

    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QAction::triggered, this, [this] {
        if (m_save->isEnabled() && m_save->isVisible())
            save();
    });
    addAction(saveShortcut);
    connect(m_start, &QPushButton::clicked, this, [this] { startReview(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { refreshFigures(); });
    connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    for (QPlainTextEdit* e : {m_highlights, m_problems, m_instructions}) {
        connect(e, &QPlainTextEdit::modificationChanged, this, [this] { updateActions(); });
        e->installEventFilter(this);
    }

    // The figures: read only, as the review recorded them.
    auto* facts = new QGroupBox(tr("The week's figures"), m_body);
    auto* grid = new QFormLayout;
    grid->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QLabel* l : {m_coverage, m_failed, m_rectification, m_overdue})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_coverage->setObjectName(QStringLiteral("reviewCoverage"));
    m_overdue->setObjectName(QStringLiteral("reviewOverdue"));
    grid->addRow(tr("Inspection coverage:"), m_coverage);
    grid->addRow(tr("Inspections with failures:"), m_failed);
    grid->addRow(tr("Rectification:"), m_rectification);
    grid->addRow(tr("Overdue at the end of the week:"), m_overdue);
    m_asOf->setWordWrap(true);
    QPalette muted = m_asOf->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_asOf->setPalette(muted);
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_failures, 1);
    tables->addWidget(m_worst, 1);
    m_noFailures = new QLabel(tr("No checklist item failed this week."), m_body);
    m_noFailures->setObjectName(QStringLiteral("reviewNoFailures"));
    auto* factsLayout = new QVBoxLayout(facts);
    factsLayout->addLayout(grid);
    factsLayout->addLayout(tables);
    factsLayout->addWidget(m_noFailures);
    factsLayout->addWidget(m_asOf);

    auto* comments = new QGroupBox(tr("Comments"), m_body);
    auto* commentsLayout = new QFormLayout(comments);
    commentsLayout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    commentsLayout->addRow(tr("&Highlights:"), m_highlights);
    commentsLayout->addRow(tr("P&roblems:"), m_problems);
    commentsLayout->addRow(tr("&Instructions:"), m_instructions);

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(facts);
    bodyLayout->addWidget(comments, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_state);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_save, m_refresh, m_sign})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_pdf);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addLayout(startRow);
    layout->addWidget(m_scroll, 1);
    layout->addStretch();
    layout->addLayout(actions);
    clear();

    // A draft's text not saved yet is asked about before anything drops it (UnsavedChanges).
    UnsavedChanges::Editor editor;
    editor.isModified = [this] { return isModified() && m_mayWrite; };
    editor.describe = [this] { return tr("The weekly review of %1 for %2").arg(m_unitName, m_week.displayName()); };
    editor.save = [this] { return save(); };
    editor.discard = [this] { setText(m_review); updateActions(); };
    UnsavedChanges::track(this, std::move(editor));
}

bool WeeklyReviewEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::InputMethod) {
        if (auto* edit = qobject_cast<QPlainTextEdit*>(watched); edit && edit->isReadOnly())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void WeeklyReviewEditor::clear()
{
    m_unitId = 0;
    m_unitName.clear();
    m_week = {};
    m_review = {};
    m_title->setText(tr("Weekly review"));
    m_state->clear();
    m_notice->setText(tr("Choose a unit in the list to read or write its review of the week."));
    m_notice->setStyleSheet({});
    m_start->hide();
    m_scroll->hide();
    updateActions();
}

void WeeklyReviewEditor::showUnitWeek(qint64 unitId, const QString& unitName, const IsoWeek& week, qint64 reviewId)
{
    Q_UNUSED(reviewId)
    m_unitId = unitId;
    m_unitName = unitName;
    m_week = week;
    reload();
}

void WeeklyReviewEditor::reload()
{
    if (m_unitId == 0 || !m_week.isValid())
        return clear();
    WeeklyReviewService reviews(m_context.database->connection());
    const auto found = reviews.find(m_unitId, m_week);
    if (!found) {
        m_review = {};
        m_notice->setText(found.error().fullText());
        m_notice->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kBad)));
        m_scroll->hide();
        m_start->hide();
        updateActions();
        return;
    }
    m_review = *found;
    m_mayWrite = bool(reviews.mayWrite(m_context.session, m_unitId));
    m_maySign = bool(reviews.maySign(m_context.session, m_unitId));
    const QLocale locale;
    m_title->setText(tr("%1 · %2").arg(m_unitName, m_week.displayName()));
    m_title->setToolTip(tr("%1 to %2").arg(ReviewDocument::day(m_week.monday()), ReviewDocument::day(m_week.sunday())));
    m_notice->setStyleSheet({});

    if (m_review.id == 0) {
        m_state->setText(QStringLiteral("<b style=\"color:%1\">%2</b>")
                             .arg(QLatin1String(kBad), WeeklyReviewService::missingName().toHtmlEscaped()));
        const bool started = m_week.monday() <= OfficeClock::today();
        m_notice->setText(!started ? tr("This week has not begun yet.")
                : m_mayWrite
                ? tr("No review has been written for this week yet. Writing it starts a draft pre-filled with "
                     "the week's figures.")
                : tr("No review has been written for this week yet; the unit's director or caretaker writes it."));
        m_start->setVisible(started && m_mayWrite);
        m_scroll->hide();
        updateActions();
        return;
    }

    m_start->hide();
    m_scroll->show();
    if (m_review.isSigned()) {
        m_state->setText(
            QStringLiteral("<b style=\"color:%1\">%2</b>")
                .arg(QLatin1String(kGood), WeeklyReviewService::displayName(ReviewStatus::Signed).toHtmlEscaped()));
        m_notice->setText(
            tr("Signed by %1 on %2. A signed review is locked: it can be read and exported, not changed.")
                .arg(m_review.signedBy,
                    ReviewDocument::day(OfficeClock::toOffice(m_review.signedAt).date()) + QLatin1Char(' ')
                        + OfficeClock::format(m_review.signedAt, QStringLiteral("HH:mm"))));
    } else {
        m_state->setText(WeeklyReviewService::displayName(ReviewStatus::Draft));
        m_notice->setText(m_maySign ? tr("Draft by %1. Save it as you write; signing locks it.").arg(m_review.author)
                : m_mayWrite ? tr("Draft by %1. A director or the unit's caretaker signs it.").arg(m_review.author)
                             : tr("Draft by %1, not yet signed.").arg(m_review.author));
    }
    showFacts(m_review.facts);
    setText(m_review);
    updateActions();
}

void WeeklyReviewEditor::showFacts(const WeeklySummary& f)
{
    const QLocale locale;
    const double coverage = f.coverage() * 100.0;
    const QString coverageColour = coverage < 90.0 ? QLatin1String(kBad) : QLatin1String(kGood);
    m_coverage->setText(QStringLiteral("<b style=\"color:%1\">%2%</b> %3")
                            .arg(coverageColour, locale.toString(coverage, 'f', 1),
                                tr("(%1 of %2 site-days inspected, %n running site(s))", nullptr, f.sites)
                                    .arg(locale.toString(f.siteDaysInspected), locale.toString(f.siteDaysExpected))
                                    .toHtmlEscaped()));
    m_failed->setText(
        tr("%1 (%2 failed items)").arg(locale.toString(f.failedInspections), locale.toString(f.failures)));
    m_rectification->setText(
        tr("%1 new, %2 fixed").arg(locale.toString(f.newRectifications), locale.toString(f.fixedRectifications)));
    m_overdue->setText(f.overdueRectifications > 0
            ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                  .arg(QLatin1String(kBad), locale.toString(f.overdueRectifications))
            : locale.toString(f.overdueRectifications));
    m_asOf->setText(f.to.isValid() && f.to < m_week.sunday()
            ? tr("Figures as of %1, while the week was running; update them once it is over.")
                  .arg(ReviewDocument::day(f.to))
            : tr("Figures for %1 to %2.").arg(ReviewDocument::day(f.from), ReviewDocument::day(f.to)));

    const QHash<QString, QString> names = WeeklyReviewService(m_context.database->connection()).itemNames();
    m_failures->setRowCount(int(f.failuresByItem.size()));
    for (int i = 0; i < f.failuresByItem.size(); ++i) {
        const auto& [key, count] = f.failuresByItem.at(i);
        auto* name = new QTableWidgetItem(names.value(key, key));
        name->setToolTip(names.value(key, key));
        m_failures->setItem(i, 0, name);
        auto* n = new QTableWidgetItem(locale.toString(count));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_failures->setItem(i, 1, n);
    }
    m_failures->setVisible(!f.failuresByItem.isEmpty());
    m_worst->setVisible(!f.worst.isEmpty());
    m_noFailures->setVisible(f.failuresByItem.isEmpty());
    m_worst->setRowCount(int(f.worst.size()));
    for (int i = 0; i < f.worst.size(); ++i) {
        const WeeklySummary::Site& s = f.worst.at(i);
        auto* name = new QTableWidgetItem(s.name);
        name->setToolTip(s.name);
        m_worst->setItem(i, 0, name);
        m_worst->setItem(i, 1, new QTableWidgetItem(s.code));
        auto* n = new QTableWidgetItem(locale.toString(s.failures));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_worst->setItem(i, 2, n);
    }
}

void WeeklyReviewEditor::setText(const WeeklyReview& r)
{
    const bool locked = r.isSigned() || !m_mayWrite;
    for (const auto& [edit, value] : {std::pair{m_highlights, r.highlights}, std::pair{m_problems, r.problems},
             std::pair{m_instructions, r.instructions}}) {
        edit->setPlainText(value);
        edit->setReadOnly(locked);
        edit->document()->setModified(false);
    }
}

ReviewText WeeklyReviewEditor::text() const
{
    return ReviewText{m_highlights->toPlainText(), m_problems->toPlainText(), m_instructions->toPlainText()};
}

bool WeeklyReviewEditor::isModified() const
{
    if (m_review.id == 0 || m_review.isSigned())
        return false;
    return m_highlights->document()->isModified() || m_problems->document()->isModified()
        || m_instructions->document()->isModified();
}

void WeeklyReviewEditor::updateActions()
{
    const bool draft = m_review.id != 0 && !m_review.isSigned();
    m_save->setVisible(draft && m_mayWrite);
    m_save->setEnabled(isModified());
    m_refresh->setVisible(draft && m_mayWrite);
    m_sign->setVisible(draft && m_maySign);
    m_pdf->setVisible(m_review.id != 0);
}

void WeeklyReviewEditor::warn(const QString& title, const Error& error)
{
    MessageBox::warning(this, title, error.message, error.detail);
}

bool WeeklyReviewEditor::startReview()
{
    if (m_unitId == 0 || m_review.id != 0)
        return false;
    const auto r = WeeklyReviewService(m_context.database->connection())
                       .open(m_context.session, m_unitId, m_week, OfficeClock::today());
    if (!r) {
        warn(tr("Write the review"), r.error());
        return false;
    }
    Q_EMIT statusMessage(
        tr("Draft review of %1 for %2 started with the week's figures.").arg(m_unitName, m_week.displayName()));
    reload();
    m_highlights->setFocus();
    Q_EMIT changed(r->id);
    return true;
}

bool WeeklyReviewEditor::save()
{
    if (m_review.id == 0 || m_review.isSigned())
        return false;
    if (const Status s
        = WeeklyReviewService(m_context.database->connection()).save(m_context.session, m_review.id, text());
        !s) {
        warn(tr("Save draft"), s.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Draft review of %1 for %2 saved.").arg(m_unitName, m_week.displayName()));
    const qint64 id = m_review.id;
    reload();
    Q_EMIT changed(id);
    return true;
}

void WeeklyReviewEditor::saveIfModified()
{
    if (isModified() && m_mayWrite)
        save();
}

bool WeeklyReviewEditor::refreshFigures()
{
    if (m_review.id == 0 || m_review.isSigned())
        return false;
    WeeklyReviewService reviews(m_context.database->connection());
    if (isModified()) {
        if (const Status s = reviews.save(m_context.session, m_review.id, text()); !s) {
            warn(tr("Update figures"), s.error());
            return false;
        }
    }
    if (const Status s = reviews.refreshFacts(m_context.session, m_review.id, OfficeClock::today()); !s) {
        warn(tr("Update figures"), s.error());
        return false;
    }
    Q_EMIT statusMessage(tr("The week's figures were taken again."));
    const qint64 id = m_review.id;
    reload();
    Q_EMIT changed(id);
    return true;
}

bool WeeklyReviewEditor::sign()
{
    if (m_review.id == 0 || m_review.isSigned())
        return false;
    const ReviewText t = text();
    if (t.highlights.trimmed().isEmpty() && t.problems.trimmed().isEmpty() && t.instructions.trimmed().isEmpty()) {
        warn(tr("Sign the review"), Error{tr("Write the highlights, problems or instructions before signing."), {}});
        return false;
    }
    if (MessageBox::confirm(this, tr("Sign the review"),
            tr("Sign the weekly review of %1 for %2?").arg(m_unitName, m_week.displayName()),
            tr("It is saved as it stands and locked: nobody can change it afterwards, its figures included."),
            tr("Sign and lock"))
        != MessageBox::Accept)
        return false;
    if (const Status s = WeeklyReviewService(m_context.database->connection()).sign(m_context.session, m_review.id, t);
        !s) {
        warn(tr("Sign the review"), s.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Weekly review of %1 for %2 signed.").arg(m_unitName, m_week.displayName()));
    const qint64 id = m_review.id;
    reload();
    Q_EMIT changed(id);
    return true;
}

bool WeeklyReviewEditor::print()
{
    if (m_review.id == 0)
        return false;
    const auto doc = ReviewDocument::build(*m_context.database, m_review.id);
    if (!doc) {
        warn(tr("Print"), doc.error());
        return true;
    }
    PrintedForm::preview(this, *doc);
    return true;
}

bool WeeklyReviewEditor::exportPdf(const QString& givenPath)
{
    if (m_review.id == 0)
        return false;
    const auto doc = ReviewDocument::build(*m_context.database, m_review.id);
    if (!doc) {
        warn(tr("Export to PDF"), doc.error());
        return false;
    }
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(ReviewDocument::suggestedFileName(m_review));
        path = FileDialog::getSaveFileName(this, tr("Export to PDF"), suggested, tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
    }
    const auto pages = PrintedForm::writePdf(path, *doc);
    if (!pages) {
        warn(tr("Export to PDF"), pages.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sitegov
