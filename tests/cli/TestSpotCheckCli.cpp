// The spot checks' documents and spreadsheets through the sitegovctl program, on the demo database:
// the quarterly bulletin as PDF (its text, read back with pdftotext, names every failing site) and as
// ODF text, every figure of the document against the same figure computed here in SQL, and the
// assessments of a month exported, filled in and imported again (CSV in UTF-8 and GBK, XLSX), all or
// nothing with every bad row named.

#include "CtlProcess.h"
#include "DemoDatabase.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "report/BulletinDocument.h"
#include "storage/BulletinQueries.h"
#include "storage/PasswordHasher.h"
#include "storage/TableReader.h"

#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <fstream>
#include <iterator>

using namespace sitegov;
using namespace sitegov::ctltest;

namespace {

// sitegovctl in Chinese, as an office runs it.
Run ctlZh(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SITEGOV_LANG"), QStringLiteral("zh_CN"));
    env.insert(QStringLiteral("SITEGOV_PASSWORD"), QString::fromLatin1(DemoBuilder::kPassword));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SITEGOVCTL_PATH), args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// The cells of every table of a document, row by row.
QList<QList<QStringList>> tables(QTextDocument& doc)
{
    QList<QList<QStringList>> out;
    for (QTextFrame* f : doc.rootFrame()->childFrames()) {
        auto* t = qobject_cast<QTextTable*>(f);
        if (!t)
            continue;
        QList<QStringList> rows;
        for (int r = 0; r < t->rows(); ++r) {
            QStringList cells;
            for (int c = 0; c < t->columns(); ++c) {
                QTextCursor from = t->cellAt(r, c).firstCursorPosition();
                from.setPosition(t->cellAt(r, c).lastCursorPosition().position(), QTextCursor::KeepAnchor);
                cells << from.selectedText().trimmed();
            }
            rows << cells;
        }
        out << rows;
    }
    return out;
}

} // namespace

class TestSpotCheckCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    Period m_quarter; // the last complete quarter: every month of it assessed in the demo
    Period m_month; // this month: the plans are drawn and assigned, nothing assessed

    // Confirmed assessments of the quarter of sites hosted in the province (the whole demo).
    QString checks() const
    {
        const int first = m_quarter.firstMonthIndex();
        QStringList months;
        for (int i = first; i <= m_quarter.lastMonthIndex(); ++i)
            months << QStringLiteral("'%1'").arg(Period::month(i / 12, i % 12 + 1).toString());
        return QStringLiteral("FROM assessments a JOIN sites s ON s.id = a.site_id JOIN organisations h ON h.id = "
                              "s.host_org_id WHERE a.status = 'confirmed' AND a.period IN (%1)")
            .arg(months.join(u','));
    }

    int count(const QString& sql) const { return scalar(m_db, sql).toInt(); }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        QVERIFY(m_dir.isValid());
        // The demo on either engine (on PostgreSQL a copy of the cluster's template of it).
        m_db = test::demoDatabase(m_dir, QStringLiteral("demo.db"), {2017, OfficeClock::today()});
        QVERIFY(!m_db.isEmpty());
        const QDate before = OfficeClock::today().addMonths(-3);
        m_quarter = Period::quarter(before.year(), (before.month() - 1) / 3 + 1);
        m_month = Period::monthOf(OfficeClock::today());
    }

    // The console's changes to a plan through the command line: assign checkers, add a site by hand
    // and take one out (each with its reason), lock; the same refusals as the service (a checker of
    // another office, an inspector planning, a change to a locked plan), each change audited.
    void planChangesThroughTheCommandLine()
    {
        const QString next = m_month.next().toString();
        const QStringList office{QStringLiteral("--month"), next, QStringLiteral("--org"), QStringLiteral("350000"),
            QStringLiteral("-d"), m_db};
        const QStringList director{QStringLiteral("--as"), QStringLiteral("director")};
        auto run = [&](const QStringList& words, const QStringList& more) { return ctl(words + more + office); };
        Run r = run({QStringLiteral("spotcheck"), QStringLiteral("assign"), QStringLiteral("--checker"),
                        QStringLiteral("inspector-jinjiang")},
            director);
        QCOMPARE(r.code, 1); // no plan drawn for that month yet
        QVERIFY2(r.err.contains(QLatin1String("spotcheck plan")), qPrintable(r.err));
        r = run({QStringLiteral("spotcheck"), QStringLiteral("plan"), QStringLiteral("--seed"), QStringLiteral("7")},
            director);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString plan = scalar(m_db,
            QStringLiteral("SELECT p.id FROM spot_check_plans p JOIN organisations o ON o.id = p.org_id "
                           "WHERE o.division_code = '350000' AND p.month = '%1'")
                .arg(next));
        QVERIFY(plan.toInt() > 0);
        const QString items = QStringLiteral("SELECT count(*) FROM spot_check_items WHERE plan_id = %1").arg(plan);
        const QString audit = QStringLiteral("SELECT count(*) FROM audit_log");
        const int planned = scalar(m_db, items).toInt();
        QVERIFY(planned > 0);
        int audited = scalar(m_db, audit).toInt();

        // A running site that the draw left out, added by hand; its reason is required.
        const QString outside = scalar(m_db,
            QStringLiteral("SELECT s.code FROM sites s WHERE s.status = 'operating' AND s.id NOT IN (SELECT site_id FROM "
                           "spot_check_items WHERE plan_id = %1) ORDER BY s.code LIMIT 1")
                .arg(plan));
        QVERIFY(!outside.isEmpty());
        r = run({QStringLiteral("spotcheck"), QStringLiteral("add"), outside}, director);
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("spotcheck"), QStringLiteral("add"), outside, QStringLiteral("--note"),
                    QStringLiteral("群众反映较多")},
            director);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(scalar(m_db, items).toInt(), planned + 1);
        QCOMPARE(scalar(m_db,
                     QStringLiteral("SELECT i.origin || '|' || i.added_note FROM spot_check_items i JOIN sites s ON "
                                    "s.id = i.site_id WHERE i.plan_id = %1 AND s.code = '%2'")
                         .arg(plan, outside)),
            QStringLiteral("added|群众反映较多"));
        QVERIFY(scalar(m_db, audit).toInt() > audited);

        // Taken out again, with its reason; a drawn site stays in the plan.
        r = run({QStringLiteral("spotcheck"), QStringLiteral("remove"), outside, QStringLiteral("--note"),
                    QStringLiteral("网站正在改版")},
            director);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(scalar(m_db, items).toInt(), planned);
        const QString drawn = scalar(m_db,
            QStringLiteral("SELECT s.code FROM spot_check_items i JOIN sites s ON s.id = i.site_id WHERE i.plan_id = %1 "
                           "ORDER BY i.position LIMIT 1")
                .arg(plan));
        r = run({QStringLiteral("spotcheck"), QStringLiteral("remove"), drawn, QStringLiteral("--note"),
                    QStringLiteral("网站正在改版")},
            director);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("A drawn site stays in the plan")), qPrintable(r.err));
        QCOMPARE(scalar(m_db, items).toInt(), planned);

        // A checker of another office is refused; the office's own inspector gets every site left.
        r = run({QStringLiteral("spotcheck"), QStringLiteral("assign"), QStringLiteral("--checker"),
                    QStringLiteral("inspector-jinjiang")},
            director);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Only an active inspector")), qPrintable(r.err));
        const QString unassigned
            = QStringLiteral("SELECT count(*) FROM spot_check_items WHERE plan_id = %1 AND removed_at IS NULL AND "
                             "checker_id IS NULL")
                  .arg(plan);
        QCOMPARE(scalar(m_db, unassigned).toInt(), planned);
        r = run({QStringLiteral("spotcheck"), QStringLiteral("assign"), QStringLiteral("--checker"),
                    QStringLiteral("inspector")},
            director);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(scalar(m_db, unassigned).toInt(), 0);
        r = run({QStringLiteral("spotcheck"), QStringLiteral("assign"), QStringLiteral("--checker"),
                    QStringLiteral("inspector-jinjiang"), QStringLiteral("--no-checker")},
            director);
        QCOMPARE(r.code, 2);

        // An inspector may not lock the plan; the director may, and then nothing is added.
        r = run({QStringLiteral("spotcheck"), QStringLiteral("lock")},
            {QStringLiteral("--as"), QStringLiteral("inspector")});
        QCOMPARE(r.code, 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT status FROM spot_check_plans WHERE id = %1").arg(plan)),
            QStringLiteral("open"));
        audited = scalar(m_db, audit).toInt();
        r = run({QStringLiteral("spotcheck"), QStringLiteral("lock")}, director);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT status FROM spot_check_plans WHERE id = %1").arg(plan)),
            QStringLiteral("locked"));
        QVERIFY(scalar(m_db, audit).toInt() > audited);
        r = run({QStringLiteral("spotcheck"), QStringLiteral("add"), outside, QStringLiteral("--note"),
                    QStringLiteral("补充抽查")},
            director);
        QCOMPARE(r.code, 1);
    }

    // The PDF: A4 pages numbered at the foot, its text names every failing site of the quarter and
    // says the figures SQL gives.
    void bulletinAsPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("bulletin.pdf"));
        const Run r = ctlZh({QStringLiteral("bulletin"), QStringLiteral("--quarter"), m_quarter.toString(),
            QStringLiteral("--org"), QStringLiteral("350000"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--output"), pdf, QStringLiteral("--number"), QStringLiteral("闽政办网〔2026〕9号"),
            QStringLiteral("--database"), m_db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess text;
        text.start(
            QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0, "pdftotext (poppler-utils) is needed");
        const QString all = QString::fromUtf8(text.readAllStandardOutput());
        const QString flat = squeeze(all);

        const QStringList failing = column(m_db,
            QStringLiteral("SELECT DISTINCT s.name ") + checks() + QStringLiteral(" AND a.passed = 0 ORDER BY s.name"));
        QVERIFY(failing.size() >= 3);
        for (const QString& name : failing)
            QVERIFY2(flat.contains(squeeze(name)), qPrintable(name));
        QVERIFY(flat.contains(QStringLiteral("闽政办网〔2026〕9号")));
        QVERIFY(flat.contains(QStringLiteral("福建省人民政府办公厅")));
        QVERIFY(flat.contains(QStringLiteral("主要问题")));
        QVERIFY(flat.contains(QStringLiteral("工作要求")));
        QVERIFY(flat.contains(QStringLiteral("抄送")));
        // Every city's mayor is copied, from the registry's units (named as the Chinese document names them).
        Language::install(QStringLiteral("zh_CN"));
        QStringList heads;
        for (const QString& city : column(m_db,
                 QStringLiteral("SELECT c.name FROM organisations c JOIN organisations p ON p.id = c.parent_id WHERE "
                                "p.parent_id IS NULL AND c.kind = 'government'")))
            heads << BulletinQueries::headOf(city);
        Language::install(QStringLiteral("en"));
        QCOMPARE(heads.size(), 10);
        for (const QString& head : std::as_const(heads))
            QVERIFY2(flat.contains(squeeze(head)), qPrintable(head));
        // The figures of 总体情况, as SQL counts them.
        const int sitesChecked = count(QStringLiteral("SELECT count(DISTINCT a.site_id) ") + checks());
        const int sitesFailing = count(
            QStringLiteral("SELECT count(DISTINCT a.site_id) ") + checks() + QStringLiteral(" AND a.passed = 0"));
        const int running
            = count(QStringLiteral("SELECT count(*) FROM sites WHERE status IN ('operating', 'migrating')"));
        const int checkCount = count(QStringLiteral("SELECT count(*) ") + checks());
        for (const int n : {sitesChecked, sitesFailing, running, checkCount, sitesChecked - sitesFailing})
            QVERIFY2(flat.contains(QString::number(n)), qPrintable(QString::number(n)));
        // Numbered pages: "— 1 —" on the first, as many as pdfinfo counts.
        QVERIFY2(flat.contains(QStringLiteral("—1—")), qPrintable(all.right(400)));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(60000));
        const QString details = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(details.contains(QRegularExpression(QStringLiteral(R"(Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\))"))),
            qPrintable(details));
        const int pages = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(details).captured(1).toInt();
        QVERIFY(pages >= 2);
        QVERIFY(flat.contains(QStringLiteral("—%1—").arg(pages)));
    }

    // The ODF text document (what WPS and Word open) holds the same words.
    void bulletinAsOdt()
    {
        const QString odt = m_dir.filePath(QStringLiteral("bulletin.odt"));
        const Run r = ctlZh({QStringLiteral("bulletin"), QStringLiteral("--quarter"), m_quarter.toString(),
            QStringLiteral("--org"), QStringLiteral("350000"), QStringLiteral("--format=odt"),
            QStringLiteral("--output"), odt, QStringLiteral("--database"), m_db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        std::ifstream in(odt.toStdString(), std::ios::binary);
        QVERIFY(in.good());
        Poco::Zip::ZipArchive archive(in);
        const auto mimetype = archive.findHeader("mimetype");
        QVERIFY(mimetype != archive.headerEnd());
        const auto content = archive.findHeader("content.xml");
        QVERIFY(content != archive.headerEnd());
        in.clear();
        Poco::Zip::ZipInputStream zip(in, content->second);
        const std::string xml((std::istreambuf_iterator<char>(zip)), std::istreambuf_iterator<char>());
        const QString text = QString::fromStdString(xml);
        for (const QString& name :
            column(m_db, QStringLiteral("SELECT DISTINCT s.name ") + checks() + QStringLiteral(" AND a.passed = 0")))
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(QStringLiteral("table:table")));

        // A document needs a file to go to; unknown formats are refused.
        QCOMPARE(ctl({QStringLiteral("bulletin"), QStringLiteral("--quarter"), m_quarter.toString(),
                         QStringLiteral("--org"), QStringLiteral("350000"), QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("--database"), m_db})
                     .code,
            2);
        QCOMPARE(ctl({QStringLiteral("bulletin"), QStringLiteral("--quarter"), m_quarter.toString(),
                         QStringLiteral("--org"), QStringLiteral("350000"), QStringLiteral("--format"),
                         QStringLiteral("doc"), QStringLiteral("--output"), odt, QStringLiteral("--database"), m_db})
                     .code,
            2);
    }

    // Every figure the document shows, cell by cell, against SQL: pass rate by city (and the
    // province's own level), the failing sites, accountability by measure.
    void everyFigureOfTheDocumentEqualsSql()
    {
        auto db = ConsoleDatabase::open(m_db, Database::Mode::RequireCurrent);
        QVERIFY(db);
        const QString province = scalar(m_db, QStringLiteral("SELECT id FROM organisations WHERE parent_id IS NULL"));
        const auto f = BulletinQueries::compute((*db)->connection(), province.toLongLong(), m_quarter);
        QVERIFY2(f.ok(), qPrintable(f.error().fullText()));
        auto doc = BulletinDocument::document(*f, {});
        const auto t = tables(*doc);
        // Tables 1 to 3, the error-report messages by unit (always), and the portals that missed the
        // 8 hours of a key policy when the quarter had any (their figures: TestAnnualReports and
        // TestPolicyReposts).
        const bool repostTable = f->repostItems > 0 && !f->reposts.isEmpty();
        QCOMPARE(t.size(), repostTable ? 5 : 4);
        const QLocale locale;

        // Table 1: a row per group (the province's own level, then each city), and the total.
        const QList<QStringList>& groups = t.at(0);
        QCOMPARE(groups.size(), 1 + int(f->groups.size()) + 1);
        int summed = 0;
        for (int row = 1; row < groups.size() - 1; ++row) {
            const QStringList& cells = groups.at(row);
            const QString name = cells.at(1);
            const QString unit = scalar(m_db,
                QStringLiteral(
                    "SELECT c.id FROM organisations c JOIN organisations p ON p.id = c.parent_id WHERE p.parent_id "
                    "IS NULL AND c.kind = 'government' AND c.name = '%1'")
                    .arg(name));
            // A city: the sites hosted in its jurisdiction; the province's own level: the sites hosted
            // by units at province level.
            const QString scope = unit.isEmpty()
                ? QStringLiteral(" AND h.level = 'province'")
                : QStringLiteral(" AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = %1)")
                      .arg(unit);
            const int checked = count(QStringLiteral("SELECT count(DISTINCT a.site_id) ") + checks() + scope);
            const int failed = count(QStringLiteral("SELECT count(DISTINCT a.site_id) ") + checks() + scope
                + QStringLiteral(" AND a.passed = 0"));
            QCOMPARE(cells.at(2), locale.toString(checked));
            QCOMPARE(cells.at(3), locale.toString(checked - failed));
            QCOMPARE(cells.at(4), locale.toString(failed));
            if (checked > 0)
                QCOMPARE(cells.at(5), locale.toString(100.0 * (checked - failed) / checked, 'f', 1) + locale.percent());
            summed += checked;
        }
        const int sitesChecked = count(QStringLiteral("SELECT count(DISTINCT a.site_id) ") + checks());
        QCOMPARE(summed, sitesChecked);
        QCOMPARE(groups.constLast().at(2), locale.toString(sitesChecked));

        // Table 2: each failing site once.
        QStringList failing
            = column(m_db, QStringLiteral("SELECT DISTINCT s.name ") + checks() + QStringLiteral(" AND a.passed = 0"));
        QStringList listed;
        for (int row = 1; row < t.at(1).size(); ++row)
            listed << t.at(1).at(row).at(2);
        failing.sort();
        listed.sort();
        QCOMPARE(listed, failing);

        // Table 3: accountability records of the quarter's failing checks, by measure.
        const QString records = QStringLiteral("SELECT count(*) FROM accountability_records r WHERE r.rectification_id "
                                               "IN (SELECT a.rectification_id ")
            + checks() + QStringLiteral(" AND a.passed = 0) AND r.measure = '%1'");
        int total = 0;
        const QList<std::pair<QString, AccountabilityMeasure>> measures{
            {QStringLiteral("interview"), AccountabilityMeasure::Interview},
            {QStringLiteral("written_examination"), AccountabilityMeasure::WrittenExamination},
            {QStringLiteral("reprimand"), AccountabilityMeasure::Reprimand},
            {QStringLiteral("transfer"), AccountabilityMeasure::Transfer},
            {QStringLiteral("dismissal"), AccountabilityMeasure::Dismissal}};
        for (const auto& [key, measure] : measures) {
            const int n = count(records.arg(key));
            total += n;
            bool found = false;
            for (const QStringList& cells : t.at(2)) {
                if (cells.at(0) == SpotCheckRules::displayName(measure)) {
                    QCOMPARE(cells.at(1), locale.toString(n));
                    found = true;
                }
            }
            QVERIFY(found);
        }
        QVERIFY(total > 0);
        QCOMPARE(t.at(2).constLast().at(1), locale.toString(total));
        // The report-back day, the title and the number.
        const QString plain = doc->toPlainText();
        QVERIFY(plain.contains(BulletinDocument::title(*f)));
        QVERIFY(
            plain.contains(QStringLiteral("[%1] No. %2").arg(m_quarter.yearNumber()).arg(m_quarter.quarterNumber())));
    }

    // A month's assessments out to a spreadsheet, filled in by the checker, and back.
    void assessmentsExportAndImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("CSV UTF-8") << QStringLiteral("a.csv") << QStringList();
        QTest::newRow("CSV GBK") << QStringLiteral("b.csv")
                                 << QStringList{QStringLiteral("--encoding"), QStringLiteral("gbk")};
        QTest::newRow("XLSX") << QStringLiteral("c.xlsx") << QStringList();
    }

    void assessmentsExportAndImport()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        const QString path = m_dir.filePath(file);
        Run r = ctl(QStringList{QStringLiteral("assessment"), QStringLiteral("export"), QStringLiteral("--org"),
                        QStringLiteral("350000"), QStringLiteral("--month"), m_month.toString(),
                        QStringLiteral("--output"), path, QStringLiteral("--database"), m_db}
            + options);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto table = TableReader::read(path);
        QVERIFY2(table.ok(), qPrintable(table.error().fullText()));
        const QString plan = scalar(m_db,
            QStringLiteral("SELECT p.id FROM spot_check_plans p JOIN organisations o ON o.id = p.org_id WHERE "
                           "o.parent_id IS NULL AND p.month = '%1'")
                .arg(m_month.toString()));
        QCOMPARE(table->rows.size(),
            count(QStringLiteral("SELECT count(*) FROM spot_check_items WHERE removed_at IS NULL AND plan_id = %1")
                      .arg(plan)));
        QCOMPARE(table->header.constFirst(), QStringLiteral("网站标识码"));
        const int update = int(table->header.indexOf(QStringLiteral("动态要闻更新")));
        const int updateNote = int(table->header.indexOf(QStringLiteral("动态要闻更新（说明）")));
        const int url = int(table->header.indexOf(QStringLiteral("证据网址")));
        QVERIFY(update > 0 && updateNote > 0 && url > 0);

        // The checker deducts 2 points of 动态要闻更新 (news updates) from the first two sites, with a note.
        QStringList lines{table->header.join(u',')};
        QStringList codes;
        for (int i = 0; i < 2; ++i) {
            QStringList cells = table->rows.at(i).cells;
            while (cells.size() < table->header.size())
                cells << QString();
            cells[update] = QStringLiteral("2");
            cells[updateNote] = QStringLiteral("近两周动态未更新");
            cells[url] = QStringLiteral("https://example.gov.cn/news/");
            codes << cells.at(0);
            lines << cells.join(u',');
        }
        const QString filled
            = m_dir.filePath(QStringLiteral("filled-") + QFileInfo(file).completeBaseName() + QStringLiteral(".csv"));
        {
            QFile out(filled);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(lines.join(u'\n').toUtf8());
        }
        r = ctl({QStringLiteral("assessment"), QStringLiteral("import"), filled, QStringLiteral("--org"),
            QStringLiteral("350000"), QStringLiteral("--month"), m_month.toString(), QStringLiteral("--as"),
            QStringLiteral("inspector"), QStringLiteral("--database"), m_db});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        for (const QString& code : std::as_const(codes)) {
            const QString row = scalar(m_db,
                QStringLiteral(
                    "SELECT a.status || '|' || a.deductions || '|' || e.note FROM assessments a JOIN sites s ON s.id "
                    "= a.site_id JOIN spot_check_items i ON i.id = a.item_id JOIN assessment_evidence e ON "
                    "e.assessment_id = a.id AND e.item_key = 'deduction:info_update' WHERE s.code = '%1' AND "
                    "i.plan_id = %2")
                    .arg(code, plan));
            QVERIFY2(row.startsWith(QStringLiteral("draft|")) && row.contains(QStringLiteral("\"info_update\":2"))
                    && row.endsWith(QStringLiteral("近两周动态未更新")),
                qPrintable(row));
        }
        // The export shows them, and imports again unchanged.
        r = ctl(QStringList{QStringLiteral("assessment"), QStringLiteral("export"), QStringLiteral("--org"),
                    QStringLiteral("350000"), QStringLiteral("--month"), m_month.toString(), QStringLiteral("--output"),
                    path, QStringLiteral("--database"), m_db}
            + options);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto again = TableReader::read(path);
        QVERIFY(again.ok());
        QCOMPARE(again->rows.at(0).cells.value(update), QStringLiteral("2"));
        r = ctl({QStringLiteral("assessment"), QStringLiteral("import"), path, QStringLiteral("--org"),
            QStringLiteral("350000"), QStringLiteral("--month"), m_month.toString(), QStringLiteral("--as"),
            QStringLiteral("inspector"), QStringLiteral("--database"), m_db});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    }

    // A file with bad rows changes nothing, and every bad row is named with its line.
    void badRowsAreAllNamedAndNothingLands()
    {
        const QString before
            = scalar(m_db, QStringLiteral("SELECT count(*) || '/' || coalesce(max(updated_at), '') FROM assessments"));
        const QString code = scalar(m_db,
            QStringLiteral(
                "SELECT s.code FROM spot_check_items i JOIN spot_check_plans p ON p.id = i.plan_id JOIN sites s ON "
                "s.id = i.site_id JOIN organisations o ON o.id = p.org_id WHERE o.parent_id IS NULL AND p.month = "
                "'%1' ORDER BY i.position LIMIT 1 OFFSET 3")
                .arg(m_month.toString()));
        QVERIFY(!code.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QStringLiteral("网站标识码,动态要闻更新,否决：首页长期不更新,加分\n"
                                     "%1,1,,\n" // line 2: good
                                     "9999999999,1,,\n" // line 3: not in the plan
                                     "%1,1,,\n" // line 4: the same site again
                                     "%2,两分,,\n" // line 5: not a number
                                     "%2,99,,\n" // line 6: over the indicator's points (and a duplicate)
                                     "%2,,也许,\n") // line 7: neither yes nor no
                          .arg(code,
                              scalar(m_db,
                                  QStringLiteral("SELECT s.code FROM spot_check_items i JOIN spot_check_plans p ON "
                                                 "p.id = i.plan_id JOIN sites s ON s.id = i.site_id JOIN organisations "
                                                 "o ON o.id = p.org_id WHERE o.parent_id IS NULL AND p.month = '%1' "
                                                 "ORDER BY i.position LIMIT 1 OFFSET 4")
                                      .arg(m_month.toString())))
                          .toUtf8());
        }
        const Run r = ctl({QStringLiteral("assessment"), QStringLiteral("import"), path, QStringLiteral("--org"),
            QStringLiteral("350000"), QStringLiteral("--month"), m_month.toString(), QStringLiteral("--as"),
            QStringLiteral("inspector"), QStringLiteral("--database"), m_db});
        QCOMPARE(r.code, 1);
        for (const int line : {3, 4, 5, 6, 7})
            QVERIFY2(r.err.contains(QStringLiteral("line %1").arg(line)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("line 2")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
        QCOMPARE(
            scalar(m_db, QStringLiteral("SELECT count(*) || '/' || coalesce(max(updated_at), '') FROM assessments")),
            before);
    }
};

QTEST_MAIN(TestSpotCheckCli)
#include "TestSpotCheckCli.moc"
