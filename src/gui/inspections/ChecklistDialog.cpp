#include "gui/inspections/ChecklistDialog.h"

#include "gui/common/FileDialog.h"
#include "storage/ChecklistService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/UserFile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitegov {

namespace {
enum Column { KeyColumn, NameZhColumn, NameEnColumn, DeadlineColumn, HintZhColumn, HintEnColumn, ColumnCount };
} // namespace

ChecklistDialog::ChecklistDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_title(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_version(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("checklistDialog"));
    setWindowTitle(tr("Daily inspection checklist"));
    m_title->setObjectName(QStringLiteral("checklistTitle"));
    m_table->setObjectName(QStringLiteral("checklistTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Name (Chinese)"), tr("Name (English)"), tr("Deadline (days)"),
        tr("Hint (Chinese)"), tr("Hint (English)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Checklist items"));
    m_problem->setObjectName(QStringLiteral("checklistProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* note = new QLabel(tr("Saving stores a new version of the list. Inspections already logged keep the version they "
                               "were made with; the deadline is the default for the rectification item a failure opens."),
        this);
    note->setWordWrap(true);

    auto* add = new QPushButton(tr("&Add item"), this);
    add->setObjectName(QStringLiteral("addChecklistItem"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeChecklistItem"));
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move do&wn"), this);
    auto* import = new QPushButton(tr("&Import JSON…"), this);
    auto* exportButton = new QPushButton(tr("&Export JSON…"), this);
    auto* tools = new QHBoxLayout;
    for (QPushButton* b : {add, remove, up, down})
        tools->addWidget(b);
    tools->addStretch(1);
    tools->addWidget(import);
    tools->addWidget(exportButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveChecklistButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save as new version"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("In force:"), m_version);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(tools);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1100, 560);

    connect(add, &QPushButton::clicked, this, &ChecklistDialog::addItem);
    connect(remove, &QPushButton::clicked, this, &ChecklistDialog::removeItem);
    connect(up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Import a checklist"), {}, tr("Checklists (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getSaveFileName(this, tr("Export the checklist"), QStringLiteral("checklist.json"),
            tr("Checklists (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto current = ChecklistService(m_context.database->connection()).current();
    if (current) {
        load(*current);
        m_version->setText(current->version == 0 ? tr("the built-in list (%n item(s))", nullptr, int(current->items.size()))
                                                 : tr("version %1 (%n item(s))", nullptr, int(current->items.size()))
                                                       .arg(current->version));
    } else {
        showProblem(current.error().fullText());
    }
}

void ChecklistDialog::load(const Checklist& checklist)
{
    m_title->setText(checklist.title);
    m_table->setRowCount(0);
    for (const ChecklistItem& item : checklist.items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{item.key, item.nameZh, item.nameEn, QString::number(item.deadlineDays), item.hintZh, item.hintEn};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
}

Result<Checklist> ChecklistDialog::edited() const
{
    Checklist list;
    list.title = m_title->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto cell = [this, row](int c) { return m_table->item(row, c) ? m_table->item(row, c)->text().trimmed() : QString(); };
        ChecklistItem item;
        item.key = cell(KeyColumn);
        item.nameZh = cell(NameZhColumn);
        item.nameEn = cell(NameEnColumn);
        item.hintZh = cell(HintZhColumn);
        item.hintEn = cell(HintEnColumn);
        bool ok = false;
        item.deadlineDays = cell(DeadlineColumn).toInt(&ok);
        if (!ok)
            return Error{tr("Row %1: the deadline must be a whole number of days.").arg(row + 1), {}};
        list.items << item;
    }
    // The same checks as the resource file: what the dialog saves loads again.
    return Checklist::fromJson(list.toJson());
}

bool ChecklistDialog::save()
{
    const auto list = edited();
    if (!list) {
        showProblem(list.error().fullText());
        return false;
    }
    const auto version = ChecklistService(m_context.database->connection()).save(m_context.session, *list);
    if (!version) {
        showProblem(version.error().fullText());
        return false;
    }
    m_saved = *version;
    return true;
}

bool ChecklistDialog::importFile(const QString& path)
{
    // Read by storage, after its checks: an ordinary file, not the database or one of its files.
    const auto list = ChecklistService::readFile(path, m_context.database->path());
    if (!list) {
        showProblem(list.error().code.startsWith(QLatin1String("file."))
                ? list.error().message
                : tr("%1 is not a valid checklist: %2").arg(QDir::toNativeSeparators(path), list.error().fullText()));
        return false;
    }
    load(*list);
    showProblem({});
    return true;
}

bool ChecklistDialog::exportFile(const QString& path)
{
    const auto list = edited();
    if (!list) {
        showProblem(list.error().fullText());
        return false;
    }
    if (const Status s = UserFile::checkWritable(path, m_context.database->path()); !s) {
        showProblem(s.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(list->toJson()) < 0 || !file.commit()) {
        showProblem(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

QString ChecklistDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ChecklistDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ChecklistDialog::addItem()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells{QString(), QString(), QString(), QStringLiteral("5"), QString(), QString()};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    m_table->setCurrentCell(row, KeyColumn);
    m_table->editItem(m_table->item(row, KeyColumn));
}

void ChecklistDialog::removeItem()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

void ChecklistDialog::moveItem(int step)
{
    const int row = m_table->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    for (int c = 0; c < ColumnCount; ++c) {
        QTableWidgetItem* a = m_table->takeItem(row, c);
        QTableWidgetItem* b = m_table->takeItem(target, c);
        m_table->setItem(row, c, b);
        m_table->setItem(target, c, a);
    }
    m_table->setCurrentCell(target, m_table->currentColumn());
}

} // namespace sitegov
