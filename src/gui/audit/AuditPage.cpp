#include "gui/audit/AuditPage.h"

#include "core/OfficeClock.h"
#include "gui/common/Background.h"
#include "gui/common/FileDialog.h"
#include "gui/common/ListPane.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageHeader.h"
#include "gui/common/People.h"
#include "gui/common/QueryTableModel.h"
#include "gui/common/StateView.h"
#include "storage/AuditLog.h"
#include "storage/ConsoleDatabase.h"
#include "storage/ListQueries.h"
#include "storage/TableWriter.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace sitegov {

namespace {

using Column = AuditListQuery::Column;
constexpr auto Id = AuditListQuery::Id;
constexpr auto At = AuditListQuery::At;
constexpr auto Action = AuditListQuery::Action;
constexpr auto ObjectType = AuditListQuery::ObjectType;
constexpr auto Summary = AuditListQuery::Summary;

class AuditModel final : public QueryTableModel
{
public:
    AuditModel(const QString& path, QObject* parent)
        : QueryTableModel(path,
            {AuditPage::tr("No."), AuditPage::tr("Time"), AuditPage::tr("Account"), AuditPage::tr("Action"),
                AuditPage::tr("Object"), AuditPage::tr("Object no."), AuditPage::tr("Summary")},
            parent)
    { }

protected:
    QVariant display(int, int column, const QVariant& raw) const override
    {
        switch (column) {
        case At: {
            const QString shown = OfficeClock::format(raw.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            return shown.isEmpty() ? raw : QVariant(shown);
        }
        case AuditListQuery::Account:
            return People::name(raw.toString());
        case Action:
            return AuditPage::actionName(raw.toString());
        case ObjectType:
            return AuditPage::objectTypeName(raw.toString());
        default:
            return raw;
        }
    }

    // Who acted, by name in the list; the login name (what the record holds) in the tooltip.
    QVariant toolTip(int row, int column) const override
    {
        if (column == AuditListQuery::Account)
            return People::toolTip(raw(row, column).toString());
        return {};
    }
};

} // namespace

QString AuditPage::actionName(const QString& key)
{
    static const QHash<QString, const char*> names{{QStringLiteral("create"), QT_TR_NOOP("created")},
        {QStringLiteral("update"), QT_TR_NOOP("changed")}, {QStringLiteral("delete"), QT_TR_NOOP("deleted")},
        {QStringLiteral("login"), QT_TR_NOOP("logged in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("wrong password")},
        {QStringLiteral("lockout"), QT_TR_NOOP("locked out")}, {QStringLiteral("disable"), QT_TR_NOOP("disabled")},
        {QStringLiteral("enable"), QT_TR_NOOP("enabled")}, {QStringLiteral("password"), QT_TR_NOOP("password changed")},
        {QStringLiteral("restore"), QT_TR_NOOP("restored")}, {QStringLiteral("status"), QT_TR_NOOP("status changed")},
        {QStringLiteral("move"), QT_TR_NOOP("moved")}, {QStringLiteral("assign"), QT_TR_NOOP("assigned")},
        {QStringLiteral("unassign"), QT_TR_NOOP("assignment ended")},
        {QStringLiteral("import"), QT_TR_NOOP("imported")}, {QStringLiteral("submit"), QT_TR_NOOP("submitted")},
        {QStringLiteral("approve"), QT_TR_NOOP("approved")}, {QStringLiteral("reject"), QT_TR_NOOP("rejected")},
        {QStringLiteral("return"), QT_TR_NOOP("returned")}, {QStringLiteral("withdraw"), QT_TR_NOOP("withdrawn")},
        {QStringLiteral("execute"), QT_TR_NOOP("executed")}, {QStringLiteral("sign"), QT_TR_NOOP("signed")},
        {QStringLiteral("correct"), QT_TR_NOOP("corrected")}};
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : tr(it.value());
}

QString AuditPage::objectTypeName(const QString& key)
{
    static const QHash<QString, const char*> names{{QStringLiteral("site"), QT_TR_NOOP("site")},
        {QStringLiteral("organisation"), QT_TR_NOOP("unit")}, {QStringLiteral("account"), QT_TR_NOOP("account")},
        {QStringLiteral("database"), QT_TR_NOOP("database")}, {QStringLiteral("setting"), QT_TR_NOOP("setting")},
        {QStringLiteral("person"), QT_TR_NOOP("person")}, {QStringLiteral("assignment"), QT_TR_NOOP("assignment")},
        {QStringLiteral("request"), QT_TR_NOOP("request")}, {QStringLiteral("inspection"), QT_TR_NOOP("inspection")},
        {QStringLiteral("rectification"), QT_TR_NOOP("rectification")},
        {QStringLiteral("review"), QT_TR_NOOP("weekly review")}};
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : tr(it.value());
}

AuditPage::AuditPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new AuditModel(context.database->path(), this))
{
    auto* header = new PageHeader(title(), this);
    header->setScope(tr("Every change to governed data, who made it and when; records cannot be changed."));
    auto* verify = new QPushButton(tr("Check the chain"), this);
    verify->setObjectName(QStringLiteral("auditVerifyButton"));
    auto* exportButton = new QPushButton(tr("E&xport"), this);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    exportButton->setToolTip(tr("Export the listed records as shown (Ctrl+Shift+E), or with each change's before and "
                                "after and the chain's hashes, for an auditor"));
    header->addAction(verify);
    header->addAction(exportButton);

    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_from->setDate(OfficeClock::today().addMonths(-3));
    m_to->setDate(OfficeClock::today());
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("auditAccount"));
    m_account->setAccessibleName(tr("Account filter"));
    m_account->setMinimumContentsLength(14);
    m_objectType = new QComboBox(this);
    m_objectType->setObjectName(QStringLiteral("auditObjectType"));
    m_objectType->setAccessibleName(tr("Object filter"));
    m_objectType->addItem(tr("All objects"), QString());
    for (const char* key : {"site", "organisation", "account", "person", "assignment", "request", "inspection",
             "rectification", "review", "setting", "database"})
        m_objectType->addItem(objectTypeName(QString::fromLatin1(key)), QString::fromLatin1(key));
    auto options = ListPane::Options::named(QStringLiteral("auditSearch"),
        tr("Search the summaries and object numbers (Ctrl+F)"), QString(), QStringLiteral("auditTable"),
        tr("Audit records"));
    options.table.sortedBy(Id, Qt::DescendingOrder);
    options.table.title = tr("Audit trail");
    m_pane = new ListPane(m_model, options, this);
    m_search = m_pane->search();
    m_table = m_pane->table();

    m_pane->filters()->addWidget(new QLabel(tr("From"), this));
    m_pane->filters()->addWidget(m_from);
    m_pane->filters()->addWidget(new QLabel(tr("to"), this));
    m_pane->filters()->addWidget(m_to);
    m_pane->filters()->addWidget(m_account);
    m_pane->filters()->addWidget(m_objectType);
    m_pane->addSearch(1);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a record to see what changed."));
    m_detail->setMinimumWidth(280);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_pane->addHeader(header);
    m_pane->setContent(splitter);
    m_state = m_pane->state();

    m_count = m_pane->count();
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_chainStatus = new QLabel(this);
    m_chainStatus->setObjectName(QStringLiteral("auditChainStatus"));
    m_pane->footer()->addStretch();
    m_pane->footer()->addWidget(m_chainStatus);

    m_pane->fillParent();

    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_account, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_objectType, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showDetail(current.isValid() ? current.row() : -1); });
    connect(m_model, &QueryTableModel::loadingChanged, this, [this](bool loading) { setBusy(loading); });
    connect(m_model, &QueryTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…") : tr("%1 records").arg(QLocale().toString(total)));
    });
    connect(m_model, &QueryTableModel::firstRowsLoaded, this, [this] {
        if (m_model->rowCount() == 0)
            m_state->showEmpty(tr("No audit record matches these filters."));
        else
            m_state->showContent();
        m_pane->fitColumns();
    });
    connect(m_model, &QueryTableModel::loadFailed, this,
        [this](const Error& e) { m_state->showError(e, [this] { refresh(); }); });
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("The list as shown…"), this, [this] {
        QString message;
        if (m_pane->list()->exportInteractively(this, &message))
            Q_EMIT statusMessage(message);
    });
    exportMenu->addAction(tr("With each change's before and after…"), this, [this] {
        const QString file = FileDialog::getSaveFileName(this, tr("Export the audit trail"),
            QStringLiteral("audit-%1.csv").arg(OfficeClock::today().toString(Qt::ISODate)), tr("CSV files (*.csv)"));
        if (file.isEmpty())
            return;
        QString error;
        if (exportCsv(file, &error))
            Q_EMIT statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)));
        else
            MessageBox::warning(this, tr("Export the audit trail"), error);
    });
    exportButton->setMenu(exportMenu);
}

void AuditPage::fillAccounts()
{
    const QString current = m_account->currentData().toString();
    const QSignalBlocker block(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), QString());
    if (const auto names = AuditLog::accountNames(context().database->connection())) {
        for (const QString& name : *names)
            m_account->addItem(People::nameWithLogin(name), name);
    }
    m_account->setCurrentIndex(qMax(0, m_account->findData(current)));
}

void AuditPage::refresh()
{
    fillAccounts();
    applyFilter();
}

void AuditPage::navigate(const QVariantMap& arguments)
{
    if (arguments.contains(QStringLiteral("objectType")))
        m_objectType->setCurrentIndex(qMax(0, m_objectType->findData(arguments.value(QStringLiteral("objectType")))));
    if (arguments.contains(QStringLiteral("search")))
        m_search->setText(arguments.value(QStringLiteral("search")).toString());
}

AuditFilter AuditPage::filter() const
{
    // Times are stored in UTC; the dates the user picks are the office's days.
    AuditFilter f;
    f.fromUtc = OfficeClock::startOfDay(m_from->date()).toString(Qt::ISODateWithMs);
    f.toUtc = OfficeClock::startOfDay(m_to->date().addDays(1)).toString(Qt::ISODateWithMs);
    f.account = m_account->currentData().toString();
    f.objectType = m_objectType->currentData().toString();
    f.text = m_search->text();
    return f;
}

void AuditPage::applyFilter()
{
    if (m_model->rowCount() == 0)
        m_state->showLoading(tr("Reading the audit trail…"));
    m_model->setQuery(AuditListQuery::build(filter()));
}

void AuditPage::showDetail(int row)
{
    if (row < 0) {
        m_detail->clear();
        return;
    }
    auto pretty = [](const QVariant& v) {
        if (v.isNull() || v.toString().isEmpty())
            return tr("(nothing)");
        return QString::fromUtf8(QJsonDocument::fromJson(v.toString().toUtf8()).toJson(QJsonDocument::Indented));
    };
    QString text = m_model->raw(row, Summary).toString() + QStringLiteral("\n\n");
    text += tr("Before:") + u'\n' + pretty(m_model->raw(row, AuditListQuery::BeforeColumn)) + u'\n';
    text += tr("After:") + u'\n' + pretty(m_model->raw(row, AuditListQuery::AfterColumn));
    m_detail->setPlainText(text);
}

bool AuditPage::exportCsv(const QString& file, QString* error)
{
    // Through storage's TableWriter: the database's own files are refused, a failed export leaves
    // no file, and formulas in summaries are neutralised.
    TableWriter csv(file, TableWriteOptions{});
    csv.writeHeader({tr("No."), tr("Time (UTC)"), tr("Account"), tr("Action"), tr("Object"), tr("Object no."),
        tr("Summary"), tr("Before"), tr("After"), tr("Hash")});
    // The whole filtered list in id order, page by page on a connection of its own.
    ListQuery query = AuditListQuery::build(filter());
    const int pageSize = 5000;
    for (int offset = 0;; offset += pageSize) {
        const auto page = QueryPager::fetch(
            context().database->path(), query, AuditListQuery::Id, Qt::AscendingOrder, pageSize, offset);
        if (!page) {
            *error = page.error().fullText();
            return false;
        }
        for (const auto& r : page->rows) {
            csv.writeRow({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                r.at(4).toString(), r.at(5).toString(), r.at(6).toString(), r.at(7).toString(), r.at(8).toString(),
                r.at(9).toString()});
        }
        if (page->atEnd || !csv.ok())
            break;
    }
    if (const Status s = csv.finish(); !s) {
        *error = s.error().fullText();
        return false;
    }
    return true;
}

void AuditPage::verifyChain()
{
    m_chainStatus->setText(tr("Checking the chain…"));
    setBusy(true);
    runInBackground(
        this,
        [path = context().database->path()]() -> Result<AuditLog::Verification> {
            auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            if (!db)
                return db.error();
            return AuditLog::verify((*db)->connection());
        },
        [this](const Result<AuditLog::Verification>& result) {
            setBusy(false);
            if (!result) {
                m_chainStatus->setText(result.error().message);
                return;
            }
            if (result->ok) {
                m_chainStatus->setText(tr("✔ Chain whole: %1 records").arg(QLocale().toString(result->records)));
                m_chainStatus->setToolTip(tr("Last hash: %1").arg(result->headHash));
                m_chainStatus->setStyleSheet(QStringLiteral("color: #2e7d32"));
            } else {
                m_chainStatus->setText(
                    tr("✘ Chain broken at record %1: %2").arg(result->firstBadId).arg(result->reason));
                m_chainStatus->setStyleSheet(QStringLiteral("color: #c62828"));
            }
        });
}

} // namespace sitegov
