#include "gui/inspections/InspectionForm.h"

#include "gui/common/Icons.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitegov {

namespace {
enum Column { ItemColumn, ResultColumn, NoteColumn };

QColor resultColor(std::optional<ItemResult> r)
{
    if (!r)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (*r) {
    case ItemResult::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case ItemResult::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case ItemResult::NotApplicable:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}
} // namespace

InspectionForm::InspectionForm(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_items(new QTableWidget(this))
    , m_note(new QLineEdit(this))
    , m_progress(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_readOnlyNotice(new QLabel(tr("Your role does not log inspections: you can only look at them."), this))
    , m_restPassed(new QPushButton(tr("Mark rest &passed"), this))
    , m_save(new QPushButton(tr("&Save and next"), this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("inspectionTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("inspectionSubtitle"));
    m_subtitle->setWordWrap(true);

    m_items->setObjectName(QStringLiteral("checklistItems"));
    m_items->setColumnCount(3);
    m_items->setHorizontalHeaderLabels({tr("Checklist item"), tr("Result"), tr("Note (required when failed)")});
    m_items->verticalHeader()->setVisible(false);
    m_items->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_items->setTabKeyNavigation(false);
    m_items->setWordWrap(false);
    m_items->setAccessibleName(tr("Checklist"));
    m_items->installEventFilter(this);
    connect(m_items, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_loading || item->column() != NoteColumn)
            return;
        refreshRow(item->row());
        Q_EMIT edited();
    });
    // Leaving a failed item's note moves on to the next item.
    connect(m_items->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        [this](QWidget*, QAbstractItemDelegate::EndEditHint hint) {
            const int row = m_items->currentRow();
            if (hint == QAbstractItemDelegate::RevertModelCache || row < 0)
                return;
            moveTo(row + 1);
        });

    m_note->setObjectName(QStringLiteral("inspectionNote"));
    m_note->setPlaceholderText(tr("A note on the whole inspection (optional)"));
    m_note->setMaxLength(InspectionRules::kMaxNote);
    m_note->setAccessibleName(tr("Inspection note"));
    connect(m_note, &QLineEdit::textEdited, this, &InspectionForm::edited);

    m_progress->setObjectName(QStringLiteral("inspectionProgress"));
    m_problem->setObjectName(QStringLiteral("inspectionProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_legend = new QLabel(tr("Keys: <b>P</b> passed · <b>F</b> failed (then type the note, Enter) · <b>N</b> not applicable · "
                                 "<b>↑↓</b> move · <b>Ctrl+Enter</b> save and go to the next site"),
        this);
    m_legend->setObjectName(QStringLiteral("inspectionLegend"));
    m_legend->setWordWrap(true);
    m_legend->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_readOnlyNotice->setObjectName(QStringLiteral("inspectionReadOnlyNotice"));
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_readOnlyNotice->hide();

    m_restPassed->setObjectName(QStringLiteral("restPassedButton"));
    m_restPassed->setToolTip(tr("Mark every item not yet decided as passed (Alt+P)"));
    connect(m_restPassed, &QPushButton::clicked, this, &InspectionForm::markRestPassed);
    m_save->setObjectName(QStringLiteral("saveInspectionButton"));
    m_save->setToolTip(tr("Save this inspection and open the next site still to inspect (Ctrl+Enter)"));
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &InspectionForm::saveRequested);
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!m_readOnly) {
                m_items->setFocus(); // an open note editor loses the focus and commits its text
                Q_EMIT saveRequested();
            }
        });
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_restPassed);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_readOnlyNotice);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(m_legend);
    layout->addLayout(buttons);
    setFocusProxy(m_items);
    connect(this, &InspectionForm::edited, this, [this] { m_modified = true; });
}

void InspectionForm::setChecklist(const Checklist& checklist)
{
    m_checklist = checklist;
    m_loading = true;
    m_items->setRowCount(int(checklist.items.size()));
    m_results.fill(std::nullopt, checklist.items.size());
    for (int row = 0; row < checklist.items.size(); ++row) {
        const ChecklistItem& item = checklist.items.at(row);
        auto* name = new QTableWidgetItem(QStringLiteral("%1. %2").arg(row + 1).arg(item.name()));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setToolTip(item.hint());
        m_items->setItem(row, ItemColumn, name);
        auto* result = new QTableWidgetItem;
        result->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_items->setItem(row, ResultColumn, result);
        auto* note = new QTableWidgetItem;
        note->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        m_items->setItem(row, NoteColumn, note);
    }
    m_loading = false;
    clear();
}

void InspectionForm::clear()
{
    m_loading = true;
    m_results.fill(std::nullopt, m_checklist.items.size());
    for (int row = 0; row < m_items->rowCount(); ++row) {
        m_items->item(row, NoteColumn)->setText({});
        refreshRow(row);
    }
    m_note->clear();
    updateNoteVisibility();
    m_problem->hide();
    m_loading = false;
    m_modified = false;
    updateProgress();
    if (m_items->rowCount() > 0)
        m_items->setCurrentCell(0, ResultColumn);
}

void InspectionForm::setOutcomes(const Outcomes& outcomes, const QString& note)
{
    clear();
    m_loading = true;
    for (int row = 0; row < m_checklist.items.size(); ++row) {
        const auto it = outcomes.constFind(m_checklist.items.at(row).key);
        if (it == outcomes.cend())
            continue;
        m_results[row] = it->result;
        m_items->item(row, NoteColumn)->setText(it->note);
        refreshRow(row);
    }
    m_note->setText(note);
    updateNoteVisibility();
    m_loading = false;
    m_modified = false;
    updateProgress();
}

void InspectionForm::setTitle(const QString& title, const QString& subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void InspectionForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_items->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::SelectedClicked);
    m_note->setReadOnly(readOnly);
    m_restPassed->setVisible(!readOnly);
    m_save->setVisible(!readOnly);
    // Looking only: no keys to learn, no count of items decided, the note only when there is one.
    m_items->setHorizontalHeaderLabels(
        {tr("Checklist item"), tr("Result"), readOnly ? tr("Note") : tr("Note (required when failed)")});
    m_readOnlyNotice->setVisible(readOnly);
    m_legend->setVisible(!readOnly);
    m_progress->setVisible(!readOnly);
    updateNoteVisibility();
    for (int row = 0; row < m_items->rowCount(); ++row)
        refreshRow(row);
}

void InspectionForm::updateNoteVisibility()
{
    m_note->setVisible(!m_readOnly || !m_note->text().isEmpty());
}

void InspectionForm::setSaveText(const QString& text)
{
    m_save->setText(text);
}

void InspectionForm::setResult(int row, ItemResult result)
{
    if (row < 0 || row >= m_results.size() || m_readOnly)
        return;
    m_results[row] = result;
    refreshRow(row);
    updateProgress();
    m_problem->hide();
    Q_EMIT edited();
}

void InspectionForm::setItemNote(int row, const QString& note)
{
    if (row >= 0 && row < m_items->rowCount())
        m_items->item(row, NoteColumn)->setText(note);
}

std::optional<ItemResult> InspectionForm::result(int row) const
{
    return row >= 0 && row < m_results.size() ? m_results.at(row) : std::nullopt;
}

Outcomes InspectionForm::outcomes() const
{
    Outcomes out;
    for (int row = 0; row < m_checklist.items.size(); ++row) {
        if (!m_results.at(row))
            continue;
        out.insert(m_checklist.items.at(row).key, ItemOutcome{*m_results.at(row), m_items->item(row, NoteColumn)->text().trimmed()});
    }
    return out;
}

QString InspectionForm::note() const
{
    return m_note->text().trimmed();
}

int InspectionForm::decided() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const auto& r) { return r.has_value(); }));
}

bool InspectionForm::validate()
{
    for (int row = 0; row < m_results.size(); ++row) {
        if (!m_results.at(row)) {
            showProblem(tr("Item %1 (%2) has no result yet: press P, F or N.").arg(row + 1).arg(m_checklist.items.at(row).name()));
            moveTo(row);
            return false;
        }
    }
    const QList<OutcomeProblem> problems = InspectionRules::check(m_checklist, outcomes());
    if (!problems.isEmpty()) {
        showProblem(problems.constFirst().message);
        const int row = m_checklist.indexOf(problems.constFirst().key);
        if (row >= 0) {
            m_items->setCurrentCell(row, NoteColumn);
            m_items->editItem(m_items->item(row, NoteColumn));
        }
        return false;
    }
    m_problem->hide();
    return true;
}

void InspectionForm::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void InspectionForm::focusItems()
{
    m_items->setFocus();
    if (m_items->currentRow() < 0 && m_items->rowCount() > 0)
        m_items->setCurrentCell(0, ResultColumn);
}

void InspectionForm::markRestPassed()
{
    if (m_readOnly)
        return;
    int last = -1;
    for (int row = 0; row < m_results.size(); ++row) {
        if (!m_results.at(row)) {
            m_results[row] = ItemResult::Pass;
            refreshRow(row);
            last = row;
        }
    }
    updateProgress();
    if (last >= 0)
        Q_EMIT edited();
    m_problem->hide();
    m_items->setFocus();
}

bool InspectionForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_items && event->type() == QEvent::KeyPress && !m_readOnly) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_items->currentRow();
        // Alt+P as the button's mnemonic, also when the list view would take it for a search.
        if (key->key() == Qt::Key_P && key->modifiers() == Qt::AltModifier) {
            markRestPassed();
            return true;
        }
        if (row < 0 || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_P:
        case Qt::Key_1:
            setResult(row, ItemResult::Pass);
            moveTo(row + 1);
            return true;
        case Qt::Key_N:
        case Qt::Key_3:
            setResult(row, ItemResult::NotApplicable);
            moveTo(row + 1);
            return true;
        case Qt::Key_F:
        case Qt::Key_2:
            setResult(row, ItemResult::Fail);
            m_items->setCurrentCell(row, NoteColumn);
            m_items->editItem(m_items->item(row, NoteColumn));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_items->setCurrentCell(row, NoteColumn);
            m_items->editItem(m_items->item(row, NoteColumn));
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InspectionForm::moveTo(int row)
{
    if (row >= m_items->rowCount()) {
        // Past the last item: on to the note, or to saving when everything is decided.
        if (decided() == m_results.size())
            m_save->setFocus();
        else
            m_items->setCurrentCell(m_items->rowCount() - 1, ResultColumn);
        return;
    }
    m_items->setCurrentCell(qMax(0, row), ResultColumn);
    m_items->setFocus();
}

void InspectionForm::refreshRow(int row)
{
    QTableWidgetItem* result = m_items->item(row, ResultColumn);
    QTableWidgetItem* note = m_items->item(row, NoteColumn);
    if (!result || !note)
        return;
    const std::optional<ItemResult> r = m_results.value(row);
    result->setText(r ? InspectionRules::displayName(*r) : m_readOnly ? tr("—") : tr("— (P / F / N)"));
    result->setForeground(resultColor(r));
    QFont f = result->font();
    f.setBold(r == ItemResult::Fail);
    result->setFont(f);
    result->setIcon(r == ItemResult::Pass ? themeIcon(QStringLiteral("approved"))
            : r == ItemResult::Fail       ? themeIcon(QStringLiteral("rejected"))
                                          : QIcon());
    const bool missingNote = r == ItemResult::Fail && note->text().trimmed().isEmpty();
    note->setBackground(missingNote ? QColor(0xff, 0xeb, 0xee) : QBrush());
    note->setToolTip(missingNote ? tr("A failed item needs a note: what is wrong?") : QString());
}

void InspectionForm::updateProgress()
{
    m_progress->setText(tr("%1 of %n item(s) decided", nullptr, int(m_results.size())).arg(decided()));
}

} // namespace sitegov
