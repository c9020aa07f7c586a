// sitegovctl annual-report through the real program on the demo database: the office's report as
// JSON (figures against the test's SQL, the demo's entered fields), list, set with a wrong value
// named and nothing saved, --as honoured (an approver refused; the director's changes audited under
// the director), sign and publish in order, the XLSX read back cell by cell, the PDF's text (in
// Chinese, read back with pdftotext) naming the form and its lines; usage errors exit 2.
#include "CtlProcess.h"
#include "DemoDatabase.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "storage/PasswordHasher.h"
#include "storage/TableReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::ctltest;

class TestAnnualReportCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_past = 0;

    QStringList target(const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("-d"), m_db, QStringLiteral("--year"), QString::number(m_past),
                   QStringLiteral("--org"), QStringLiteral("350000")}
            + more;
    }

    QHash<QString, QJsonValue> lines(const QString& json)
    {
        QHash<QString, QJsonValue> out;
        const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("lines")).toArray();
        for (const QJsonValue& v : a)
            out.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject().value(QStringLiteral("value")));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        QVERIFY(m_dir.isValid());
        m_db = test::demoDatabase(m_dir, QStringLiteral("demo.db"), {2017, OfficeClock::today()});
        QVERIFY(!m_db.isEmpty());
        m_past = OfficeClock::today().year() - 1;
    }

    void showAndList()
    {
        const Run r = ctl(QStringList{QStringLiteral("annual-report")} + target({QStringLiteral("--json")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("office"));
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(o.value(QStringLiteral("year")).toInt(), m_past);
        const auto l = lines(r.out);
        QCOMPARE(l.value(QStringLiteral("training_people")).toInteger(), 186);
        QCOMPARE(l.value(QStringLiteral("org_name")).toString(), QStringLiteral("福建省人民政府"));
        QCOMPARE(l.value(QStringLiteral("sites_running")).toInteger(),
            scalar(m_db,
                QStringLiteral("SELECT count(*) FROM sites WHERE status IN ('operating', 'migrating', 'closed') AND "
                               "coalesce(opened_on, '') <= '%1-12-31' AND ((closed_on IS NULL AND status <> 'closed') OR "
                               "closed_on > '%1-12-31')")
                    .arg(m_past))
                .toLongLong());
        QVERIFY(!l.contains(QStringLiteral("messages_received"))); // a site's line, not the office's
        QVERIFY(l.value(QStringLiteral("training_sessions")).toInteger() == 2);

        // This year's report, not started for a city: shown as a draft would be, nothing made.
        const QString before = scalar(m_db, QStringLiteral("SELECT count(*) FROM annual_reports"));
        const Run city = ctl({QStringLiteral("annual-report"), QStringLiteral("-d"), m_db, QStringLiteral("--year"),
            QString::number(m_past + 1), QStringLiteral("--org"), QStringLiteral("350500"), QStringLiteral("--json")});
        QVERIFY2(city.code == 0, qPrintable(city.err));
        QCOMPARE(QJsonDocument::fromJson(city.out.toUtf8()).object().value(QStringLiteral("id")).toInt(), 0);
        QCOMPARE(lines(city.out).value(QStringLiteral("tickets_received")).toInteger(),
            scalar(m_db,
                QStringLiteral("SELECT count(*) FROM tickets t JOIN org_ancestors x ON x.org_id = t.unit_id WHERE "
                               "x.ancestor_id = (SELECT id FROM organisations WHERE division_code = '350500' AND kind = "
                               "'government') AND substr(t.received_on, 1, 4) = '%1'")
                    .arg(m_past + 1))
                .toLongLong());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM annual_reports")), before);

        const Run list = ctl({QStringLiteral("annual-report"), QStringLiteral("list"), QStringLiteral("-d"), m_db,
            QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 3);

        QCOMPARE(ctl({QStringLiteral("annual-report"), QStringLiteral("-d"), m_db, QStringLiteral("--org"),
                         QStringLiteral("350000")})
                     .code,
            2); // no year
        QCOMPARE(ctl(QStringList{QStringLiteral("annual-report")} + target({QStringLiteral("--format"), QStringLiteral("xlsx")})).code,
            2); // no output
    }

    void setSignPublish()
    {
        const QString id = scalar(m_db,
            QStringLiteral("SELECT r.id FROM annual_reports r JOIN organisations o ON o.id = r.org_id WHERE "
                           "o.division_code = '350000' AND r.site_id IS NULL AND r.year = %1")
                .arg(m_past));
        QVERIFY(!id.isEmpty());
        const QString fields = QStringLiteral("SELECT fields_json FROM annual_reports WHERE id = ") + id;
        const QString was = scalar(m_db, fields);

        Run r = ctl(QStringList{QStringLiteral("annual-report"), QStringLiteral("set")}
            + target({QStringLiteral("--as"), QStringLiteral("director"), QStringLiteral("training_sessions=three"),
                QStringLiteral("fake_sites_found=4")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("training_sessions: Enter a whole number")), qPrintable(r.err));
        QCOMPARE(scalar(m_db, fields), was);

        r = ctl(QStringList{QStringLiteral("annual-report"), QStringLiteral("set")}
            + target({QStringLiteral("--as"), QStringLiteral("approver"), QStringLiteral("training_sessions=3")}));
        QCOMPARE(r.code, 1);
        QCOMPARE(scalar(m_db, fields), was);

        r = ctl(QStringList{QStringLiteral("annual-report"), QStringLiteral("set")}
            + target({QStringLiteral("--as"), QStringLiteral("director"), QStringLiteral("training_sessions=3"),
                QStringLiteral("head=陈志明")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(scalar(m_db, fields).contains(QStringLiteral("\"training_sessions\":\"3\"")));
        QCOMPARE(scalar(m_db,
                     QStringLiteral("SELECT count(*) FROM audit_log a JOIN accounts c ON c.id = a.account_id WHERE "
                                    "a.object_type = 'annual_report' AND a.object_id = '%1' AND a.action = 'update' AND "
                                    "c.username = 'director'")
                         .arg(id)),
            QStringLiteral("1"));

        QCOMPARE(ctl(QStringList{QStringLiteral("annual-report"), QStringLiteral("publish")}
                     + target({QStringLiteral("--as"), QStringLiteral("director")}))
                     .code,
            1); // not signed yet
        QCOMPARE(ctl(QStringList{QStringLiteral("annual-report"), QStringLiteral("sign")}
                     + target({QStringLiteral("--as"), QStringLiteral("inspector")}))
                     .code,
            1);
        r = ctl(QStringList{QStringLiteral("annual-report"), QStringLiteral("sign")}
            + target({QStringLiteral("--as"), QStringLiteral("director")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT state FROM annual_reports WHERE id = ") + id), QStringLiteral("signed"));
        QCOMPARE(ctl(QStringList{QStringLiteral("annual-report"), QStringLiteral("set")}
                     + target({QStringLiteral("--as"), QStringLiteral("director"), QStringLiteral("training_sessions=5")}))
                     .code,
            1);
        r = ctl(QStringList{QStringLiteral("annual-report"), QStringLiteral("publish")}
            + target({QStringLiteral("--as"), QStringLiteral("director")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT state FROM annual_reports WHERE id = ") + id), QStringLiteral("published"));
    }

    void xlsxAndPdf()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("office.xlsx"));
        Run r = ctl(QStringList{QStringLiteral("annual-report")}
            + target({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto table = TableReader::read(xlsx, {});
        QVERIFY(table);
        QHash<QString, QString> byKey;
        for (const TableRow& row : table->rows)
            byKey.insert(row.cells.value(4), row.cells.value(2));
        QCOMPARE(byKey.value(QStringLiteral("report_year")), QString::number(m_past));
        QCOMPARE(byKey.value(QStringLiteral("training_people")), QStringLiteral("186"));
        QCOMPARE(byKey.value(QStringLiteral("head")), QStringLiteral("陈志明"));
        QCOMPARE(byKey.value(QStringLiteral("org_name")), QStringLiteral("福建省人民政府"));
        QCOMPARE(byKey.value(QStringLiteral("spot_checks")),
            scalar(m_db,
                QStringLiteral("SELECT count(*) FROM assessments WHERE status = 'confirmed' AND substr(period, 1, 4) = '%1'")
                    .arg(m_past)));

        // In Chinese, as an office prints it: the form's title and headings in the PDF's text.
        const QString pdf = m_dir.filePath(QStringLiteral("site.pdf"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SITEGOV_LANG"), QStringLiteral("zh_CN"));
        p.setProcessEnvironment(env);
        const QString site = scalar(m_db, QStringLiteral("SELECT s.code FROM annual_reports r JOIN sites s ON s.id = r.site_id"));
        p.start(QStringLiteral(SITEGOVCTL_PATH),
            {QStringLiteral("annual-report"), QStringLiteral("-d"), m_db, QStringLiteral("--year"), QString::number(m_past),
                QStringLiteral("--site"), site, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0, "pdftotext (poppler-utils) is needed");
        QString t = QString::fromUtf8(text.readAllStandardOutput());
        t.remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString& words : {QStringLiteral("政府网站工作年度报表"), QStringLiteral("政府网站标识码"),
                 QStringLiteral("网站总访问量（次）"), QStringLiteral("41,276,930"), QStringLiteral("可用率"), site})
            QVERIFY2(t.contains(words), qPrintable(words));
    }
};

QTEST_GUILESS_MAIN(TestAnnualReportCli)
#include "TestAnnualReportCli.moc"
