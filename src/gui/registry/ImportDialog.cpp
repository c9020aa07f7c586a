#include "gui/registry/ImportDialog.h"

#include "gui/common/Background.h"
#include "gui/common/FileDialog.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TableReader.h"

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
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitegov {

namespace {
struct Outcome
{
    Result<ImportReport> report = Error{};
    QString format;
};
} // namespace

ImportDialog::ImportDialog(AppContext& context, ExchangeKind kind, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_kind(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose…"), this))
    , m_summary(new QLabel(this))
    , m_issues(new QTableWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_importAll(new QPushButton(tr("&Import"), this))
    , m_importGood(new QPushButton(this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_cancelFlag(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Import into the registry"));
    resize(820, 560);
    for (ExchangeKind k : {ExchangeKind::Organisations, ExchangeKind::Persons, ExchangeKind::Sites, ExchangeKind::Assignments})
        m_kind->addItem(RegistryExchange::kindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setColumnCount(3);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Kind"), tr("What is wrong")});
    m_issues->verticalHeader()->setVisible(false);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setWordWrap(true);
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
    form->addRow(tr("&File:"), fileRow);
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
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_file->text().isEmpty())
            preview();
    });
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
    preview();
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

void ImportDialog::preview()
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
    m_issues->setRowCount(0);
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
    if (r.cancelled) {
        m_summary->setText(tr("Cancelled: nothing was changed."));
    } else if (final && r.committed) {
        m_summary->setText(QStringLiteral("<span style='color:#2e7d32'>✔ %1</span>")
                               .arg(tr("Imported %1 of %2 rows.").arg(locale.toString(r.imported), locale.toString(r.rows))));
    } else if (final) {
        m_summary->setText(tr("Nothing was imported."));
    } else if (r.rows == 0) {
        m_summary->setText(tr("The file has no rows under its header."));
    } else if (r.failed == 0) {
        m_summary->setText(QStringLiteral("<span style='color:#2e7d32'>✔ %1</span>")
                               .arg(tr("All %1 rows are good and ready to import.").arg(locale.toString(r.rows))));
    } else {
        m_summary->setText(QStringLiteral("<span style='color:#c62828'>✘ %1</span>")
                               .arg(tr("%1 of %2 rows have errors: nothing is imported unless you choose to import only the "
                                       "%3 good rows.")
                                        .arg(locale.toString(r.failed), locale.toString(r.rows), locale.toString(r.imported))));
    }
    m_importGood->setText(tr("Import only the %1 &good rows").arg(locale.toString(r.imported)));
    m_importGood->setVisible(!final && r.failed > 0 && r.imported > 0);
    m_importAll->setEnabled(!final && r.rows > 0 && r.failed == 0);
    m_importAll->setVisible(!r.committed);
    m_issues->setRowCount(0);
    const int shown = int(qMin<qsizetype>(r.issues.size(), 5000));
    m_issues->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const ImportIssue& issue = r.issues.at(i);
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, issue.line);
        m_issues->setItem(i, 0, line);
        auto* kind = new QTableWidgetItem(issue.error ? tr("✘ error") : tr("⚠ warning"));
        kind->setForeground(issue.error ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00));
        m_issues->setItem(i, 1, kind);
        m_issues->setItem(i, 2, new QTableWidgetItem(issue.message));
    }
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
}

} // namespace sitegov
