#include "gui/registry/ImportDialog.h"

#include "gui/common/Background.h"
#include "gui/common/FileDialog.h"
#include "gui/common/ListTable.h"
#include "gui/registry/ImportPreviewModel.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TableReader.h"
#include "storage/UserFile.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sitegov {

namespace {
struct Outcome
{
    Result<ImportReport> report = Error{};
    QString format;
    TableData table;
};

// The file's own issues (its header, the file as a whole), apart from its rows'.
bool aboutTheFile(const ImportIssue& issue, const QList<int>& rowLines)
{
    return issue.line == 0 || !rowLines.contains(issue.line);
}
} // namespace

ImportDialog::ImportDialog(AppContext& context, ExchangeKind kind, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_kind(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose…"), this))
    , m_summary(new QLabel(this))
    , m_fileIssues(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_rows(new ImportPreviewModel(this))
    , m_shown(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_importAll(new QPushButton(tr("&Import"), this))
    , m_importGood(new QPushButton(this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_cancelFlag(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Import into the registry"));
    resize(900, 600);
    for (ExchangeKind k : {ExchangeKind::Organisations, ExchangeKind::Persons, ExchangeKind::Sites, ExchangeKind::Assignments})
        m_kind->addItem(RegistryExchange::kindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_fileIssues->setObjectName(QStringLiteral("importFileIssues"));
    m_fileIssues->setWordWrap(true);
    m_fileIssues->setTextFormat(Qt::RichText);
    m_fileIssues->setVisible(false);
    m_show->setObjectName(QStringLiteral("importShow"));
    m_show->addItem(tr("Every row"), -1);
    m_show->addItem(tr("Rows with errors"), int(ImportPreviewModel::Result::Error));
    m_show->addItem(tr("New rows"), int(ImportPreviewModel::Result::Created));
    m_show->addItem(tr("Updated rows"), int(ImportPreviewModel::Result::Updated));
    m_show->addItem(tr("Unchanged rows"), int(ImportPreviewModel::Result::Unchanged));
    m_shown->setSourceModel(m_rows);
    m_shown->setFilterRole(ImportPreviewModel::ResultRole);
    m_table->setModel(m_shown);
    ListTable::Options table;
    table.objectName = QStringLiteral("importRows");
    table.accessibleName = tr("The file's rows and what the import does with each");
    table.sortIndicatorShown = false;
    table.maxColumnWidth = 360;
    ListTable::attach(m_table, table);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_importAll->setObjectName(QStringLiteral("importAllButton"));
    m_importGood->setObjectName(QStringLiteral("importGoodButton"));
    m_importAll->setEnabled(false);
    m_importGood->setVisible(false);

    auto* note = new QLabel(tr("The first line names the columns, in Chinese or in English (an export shows them). CSV "
                               "files may be UTF-8 (with or without BOM) or GBK, as Excel writes them; XLSX files are read "
                               "from their first sheet. Units: import parents before their units. Import units, then "
                               "persons, then sites, then assignments."),
        this);
    note->setWordWrap(true);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&What:"), m_kind);
    // A label with a buddy, so that its mnemonic works (and is not shown as a literal "&").
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_browse);
    form->addRow(fileLabel, fileRow);
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    auto* showRow = new QHBoxLayout;
    showRow->addWidget(m_summary, 1);
    showRow->addWidget(showLabel);
    showRow->addWidget(m_show);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_importGood);
    buttons->addWidget(m_importAll);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addLayout(showRow);
    layout->addWidget(m_fileIssues);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_file->text().isEmpty())
            startPreview();
    });
    connect(m_show, &QComboBox::currentIndexChanged, this, &ImportDialog::applyShowFilter);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelFlag->store(true); });
    connect(m_importAll, &QPushButton::clicked, this, [this] { runImport(RegistryExchange::ImportMode::AllOrNothing); });
    connect(m_importGood, &QPushButton::clicked, this, [this] { runImport(RegistryExchange::ImportMode::GoodRowsOnly); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_cancelFlag->store(true);
        if (m_report.committed)
            accept();
        else
            reject();
    });
}

ImportDialog::~ImportDialog()
{
    m_cancelFlag->store(true);
}

void ImportDialog::chooseFile()
{
    const QString file = FileDialog::getOpenFileName(this, tr("Import from"), QDir::homePath(),
        tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
    if (!file.isEmpty())
        setFile(file);
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    // Checked before anything reads it, whoever gave the path (the file dialog checks too).
    if (const Status s = UserFile::checkReadable(path, m_context.database->path()); !s) {
        m_report = ImportReport{};
        m_rows->clear();
        m_fileIssues->setVisible(false);
        m_summary->setText(QStringLiteral("<span style='color:#c62828'>✘ %1</span>").arg(s.error().message.toHtmlEscaped()));
        m_summary->setToolTip(s.error().detail);
        setRunning(false);
        Q_EMIT previewReady();
        return;
    }
    startPreview();
}

void ImportDialog::applyShowFilter()
{
    const int wanted = m_show->currentData().toInt();
    m_shown->setFilterFixedString(wanted < 0 ? QString() : QString::number(wanted));
}

void ImportDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_browse->setEnabled(!running);
    m_kind->setEnabled(!running);
    m_importAll->setEnabled(!running && m_report.rows > 0 && m_report.failed == 0 && !m_report.committed);
    m_importGood->setEnabled(!running);
    if (running) {
        m_progress->setRange(0, 0);
        m_cancelFlag->store(false);
    }
}

void ImportDialog::startPreview()
{
    start(RegistryExchange::ImportMode::DryRun);
}

void ImportDialog::runImport(RegistryExchange::ImportMode mode)
{
    start(mode);
}

void ImportDialog::start(RegistryExchange::ImportMode mode)
{
    const QString file = QDir::fromNativeSeparators(m_file->text());
    if (file.isEmpty())
        return;
    m_summary->setText(mode == RegistryExchange::ImportMode::DryRun ? tr("Reading and checking %1…").arg(QFileInfo(file).fileName())
                                                                    : tr("Importing…"));
    m_rows->clear();
    m_fileIssues->setVisible(false);
    setRunning(true);
    const auto kind = ExchangeKind(m_kind->currentData().toInt());
    QPointer<QProgressBar> bar = m_progress;
    auto cancel = m_cancelFlag;
    runInBackground(
        this,
        [path = m_context.database->path(), session = m_context.session, file, kind, mode, bar, cancel]() -> Outcome {
            Outcome out;
            const auto table = TableReader::read(file);
            if (!table) {
                out.report = table.error();
                return out;
            }
            out.format = table->format == u"CSV" ? QStringLiteral("CSV, %1").arg(table->encoding) : table->format;
            out.table = *table;
            auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            if (!db) {
                out.report = db.error();
                return out;
            }
            out.report = RegistryExchange::import((*db)->connection(), session, kind, *table, mode,
                [bar, cancel](int done, int total) {
                    QMetaObject::invokeMethod(
                        bar,
                        [bar, done, total] {
                            if (bar) {
                                bar->setRange(0, total);
                                bar->setValue(done);
                            }
                        },
                        Qt::QueuedConnection);
                    return !cancel->load();
                });
            return out;
        },
        [this, mode](const Outcome& outcome) {
            if (!outcome.report) {
                m_report = ImportReport{};
                setRunning(false);
                m_summary->setText(QStringLiteral("<span style='color:#c62828'>✘ %1</span>")
                                       .arg(outcome.report.error().message.toHtmlEscaped()));
                m_summary->setToolTip(outcome.report.error().detail);
                Q_EMIT previewReady();
                return;
            }
            m_report = *outcome.report;
            m_rows->setReport(outcome.table, m_report);
            setRunning(false);
            showReport(m_report, mode != RegistryExchange::ImportMode::DryRun);
            if (!outcome.format.isEmpty())
                m_file->setToolTip(outcome.format);
            if (mode == RegistryExchange::ImportMode::DryRun)
                Q_EMIT previewReady();
            else
                Q_EMIT importFinished(m_report.committed);
        });
}

void ImportDialog::showReport(const ImportReport& r, bool final)
{
    const QLocale locale;
    // What the import does, or did, row by row: new, updated, unchanged, and the rows with errors.
    const QString counts = tr("%1 new, %2 updated, %3 unchanged, %4 with errors")
                               .arg(locale.toString(r.count(RowAction::Created)), locale.toString(r.count(RowAction::Updated)),
                                   locale.toString(r.count(RowAction::Unchanged)), locale.toString(r.failed));
    if (r.cancelled) {
        m_summary->setText(tr("Cancelled: nothing was changed."));
    } else if (final && r.committed) {
        m_summary->setText(QStringLiteral("<span style='color:#2e7d32'>✔ %1</span>")
                               .arg(tr("Imported %1 of %2 rows: %3.").arg(locale.toString(r.imported), locale.toString(r.rows), counts)
                                        .toHtmlEscaped()));
    } else if (final) {
        m_summary->setText(tr("Nothing was imported."));
    } else if (r.rows == 0) {
        m_summary->setText(tr("The file has no rows under its header."));
    } else if (r.failed == 0) {
        m_summary->setText(QStringLiteral("<span style='color:#2e7d32'>✔ %1</span>")
                               .arg(tr("All %1 rows are good and ready to import: %2.").arg(locale.toString(r.rows), counts)
                                        .toHtmlEscaped()));
    } else {
        m_summary->setText(QStringLiteral("<span style='color:#c62828'>✘ %1</span>")
                               .arg(tr("%1 of %2 rows have errors: nothing is imported unless you choose to import only the "
                                       "%3 good rows (%4).")
                                        .arg(locale.toString(r.failed), locale.toString(r.rows), locale.toString(r.imported), counts)
                                        .toHtmlEscaped()));
    }
    m_importGood->setText(tr("Import only the %1 &good rows").arg(locale.toString(r.imported)));
    m_importGood->setVisible(!final && r.failed > 0 && r.imported > 0);
    m_importAll->setEnabled(!final && r.rows > 0 && r.failed == 0);
    m_importAll->setVisible(!r.committed);

    // What is about the file itself (its header: columns not known) above the rows.
    QList<int> rowLines;
    for (int row = 0; row < m_rows->rowCount(); ++row)
        rowLines << m_rows->index(row, ImportPreviewModel::LineColumn).data().toInt();
    QStringList fileIssues;
    for (const ImportIssue& issue : r.issues) {
        if (aboutTheFile(issue, rowLines))
            fileIssues << QStringLiteral("%1 %2").arg(issue.error ? QStringLiteral("✘") : QStringLiteral("⚠"),
                              issue.message.toHtmlEscaped());
    }
    m_fileIssues->setText(QStringLiteral("<span style='color:#8a4b00'>%1</span>").arg(fileIssues.join(QStringLiteral("<br>"))));
    m_fileIssues->setVisible(!fileIssues.isEmpty());
    // Errors first when there are any: that is what to fix.
    if (!final && r.failed > 0)
        m_show->setCurrentIndex(m_show->findData(int(ImportPreviewModel::Result::Error)));
    applyShowFilter();
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->model()->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 360));
}

} // namespace sitegov
