// The role × action matrix through the command line: every role (an account of Quanzhou's city
// government per role) tries every change sitegovctl can make, on an object inside its jurisdiction
// (Jinjiang, a county under Quanzhou) and outside it (Siming, in Xiamen). The outcome is what the
// services' tests assert: done only where the role holds the permission and the object is within
// its units; otherwise exit 1 with the service's refusal, and nothing changed but the login's record.
// The commands run in this process through Cli::run, the program's own entry (sitegovctl's main
// only adds the standard streams): 128 processes, each checking an argon2 password at full cost,
// would take minutes; the script-level tests (TestRequestCli, TestRegistryCli) run the program.
#include "cli/Cli.h"
#include "cli/CtlProcess.h"
#include "cli/DemoFixture.h"
#include "core/Inspection.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "core/Permissions.h"
#include "storage/AssessmentService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <utility>

using namespace sitegov;
using namespace sitegov::ctltest;

namespace {

struct MatrixAction
{
    QString name; // the command, as the rows name it
    Action permission;
    bool jurisdiction = true; // false: a database-wide change, the same inside and outside
};

// The account of each role, at Quanzhou's government.
const QList<std::pair<Role, QString>> kAccounts{{Role::Administrator, QStringLiteral("admin-quanzhou")},
    {Role::Director, QStringLiteral("director-quanzhou")}, {Role::Approver, QStringLiteral("approver-quanzhou")},
    {Role::Inspector, QStringLiteral("inspector-quanzhou")}};

// Every change through the command line, with the permission its service checks.
const QList<MatrixAction> kActions{{QStringLiteral("site add"), Action::EditSites},
    {QStringLiteral("site edit"), Action::EditSites}, {QStringLiteral("site close"), Action::EditSites},
    {QStringLiteral("unit add"), Action::ManageOrganisations},
    {QStringLiteral("unit edit"), Action::ManageOrganisations},
    {QStringLiteral("unit move"), Action::ManageOrganisations}, {QStringLiteral("person add"), Action::AssignPersons},
    {QStringLiteral("person edit"), Action::AssignPersons}, {QStringLiteral("assign"), Action::AssignPersons},
    {QStringLiteral("unassign"), Action::AssignPersons}, {QStringLiteral("inspection log"), Action::LogInspection},
    {QStringLiteral("review draft"), Action::WriteReview}, {QStringLiteral("review sign"), Action::SignReview},
    {QStringLiteral("rectification fix"), Action::ManageRectification},
    {QStringLiteral("request file"), Action::FileRequest}, {QStringLiteral("request approve"), Action::DecideRequest},
    {QStringLiteral("assessment submit"), Action::AssessSites},
    {QStringLiteral("assessment confirm"), Action::ReviewAssessments},
    {QStringLiteral("assessment return"), Action::ReviewAssessments},
    {QStringLiteral("accountability add"), Action::RecordAccountability},
    {QStringLiteral("spotcheck plan"), Action::PlanSpotChecks},
    {QStringLiteral("spotcheck assign"), Action::PlanSpotChecks},
    {QStringLiteral("spotcheck add"), Action::PlanSpotChecks},
    {QStringLiteral("spotcheck remove"), Action::PlanSpotChecks},
    {QStringLiteral("spotcheck lock"), Action::PlanSpotChecks},
    {QStringLiteral("spotcheck share"), Action::PlanSpotChecks}, {QStringLiteral("user add"), Action::ManageAccounts},
    {QStringLiteral("user disable"), Action::ManageAccounts}, {QStringLiteral("user enable"), Action::ManageAccounts},
    {QStringLiteral("user passwd"), Action::ManageAccounts},
    {QStringLiteral("settings set"), Action::ManageSettings, false}, {QStringLiteral("site status"), Action::EditSites},
    {QStringLiteral("unit deactivate"), Action::ManageOrganisations},
    {QStringLiteral("person deactivate"), Action::AssignPersons}};

// Who may do what, written out as the services' tests assert it (not derived from Permissions, so
// that a change to either shows here): the roles that succeed inside their jurisdiction.
const QHash<QString, QList<Role>> kAllowed{{QStringLiteral("site add"), {Role::Administrator}},
    {QStringLiteral("site edit"), {Role::Administrator}}, {QStringLiteral("site close"), {Role::Administrator}},
    {QStringLiteral("unit add"), {Role::Administrator}}, {QStringLiteral("unit edit"), {Role::Administrator}},
    {QStringLiteral("unit move"), {Role::Administrator}},
    {QStringLiteral("person add"), {Role::Administrator, Role::Director}},
    {QStringLiteral("person edit"), {Role::Administrator, Role::Director}},
    {QStringLiteral("assign"), {Role::Administrator, Role::Director}},
    {QStringLiteral("unassign"), {Role::Administrator, Role::Director}},
    {QStringLiteral("inspection log"), {Role::Inspector}},
    {QStringLiteral("review draft"), {Role::Director, Role::Inspector}},
    {QStringLiteral("review sign"), {Role::Director}},
    {QStringLiteral("rectification fix"), {Role::Administrator, Role::Director, Role::Inspector}},
    {QStringLiteral("request file"), {Role::Administrator, Role::Director, Role::Inspector}},
    {QStringLiteral("request approve"), {Role::Approver}}, {QStringLiteral("assessment submit"), {Role::Inspector}},
    {QStringLiteral("assessment confirm"), {Role::Director}}, {QStringLiteral("assessment return"), {Role::Director}},
    {QStringLiteral("accountability add"), {Role::Director}}, {QStringLiteral("spotcheck plan"), {Role::Director}},
    {QStringLiteral("spotcheck assign"), {Role::Director}}, {QStringLiteral("spotcheck add"), {Role::Director}},
    {QStringLiteral("spotcheck remove"), {Role::Director}}, {QStringLiteral("spotcheck lock"), {Role::Director}},
    {QStringLiteral("spotcheck share"), {Role::Director}}, {QStringLiteral("user add"), {Role::Administrator}},
    {QStringLiteral("user disable"), {Role::Administrator}}, {QStringLiteral("user enable"), {Role::Administrator}},
    {QStringLiteral("user passwd"), {Role::Administrator}}, {QStringLiteral("settings set"), {Role::Administrator}},
    {QStringLiteral("site status"), {Role::Administrator}}, {QStringLiteral("unit deactivate"), {Role::Administrator}},
    {QStringLiteral("person deactivate"), {Role::Administrator, Role::Director}}};

// The objects of one side (inside or outside the accounts' jurisdiction).
struct Side
{
    QString county; // the county government's division code
    QString department; // a department of the county that runs no site
    QString site; // an operating site of the county (its code)
    QString person; // a person of the site's host unit
    QString review; // a draft weekly review of the county
    QString rectification; // an open rectification item
    QString request; // a request submitted by the county's inspector, at its city's step
    QString draft; // a draft assessment of the city office's plan of this month, on a site without a checker
    QString submitted; // a submitted assessment of the same plan
    QString failing; // the rectification item a failing site's confirmed assessment of the city's plans opened
    QString city; // the city government's division code: the office whose spot-check plans these are
    QString planSite; // a drawn site of the city office's open plan of next month
    QString addSite; // a running site of the city's jurisdiction that plan does not hold
    QString addedSite; // a site added to that plan by hand
    QString inspector; // the county's inspector's account
    QString disabled; // a disabled account of the county
    QString idle; // a person of the county's department who holds no assignment
};

} // namespace

class TestCliMatrix final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{databaseFolderTemplate()};
    Cli m_cli;
    QString m_base;
    QString m_db;
    bool m_dirty = true; // the case's copy was changed: the next case takes a new one
    int m_copies = 0;
    Side m_in;
    Side m_out;
    // This week: its reviews are drafts (last week's are signed in the demo, and locked).
    const QString m_week = IsoWeek::of(OfficeClock::today()).key();

    // Next month: the city offices' plans drawn for it in the set-up are open (this month's are
    // locked by their first assessments).
    const QString m_next = Period::monthOf(OfficeClock::today().addMonths(1)).toString();
    QString m_input; // standard input of the next ctl(): a new password

    QString one(const QString& path, const QString& sql) { return scalar(path, sql); }

    // sitegovctl ARGS, with the demo accounts' password in SITEGOV_PASSWORD (initTestCase).
    Run ctl(const QStringList& args)
    {
        QString out;
        QString err;
        QString in = std::exchange(m_input, QString());
        QTextStream o(&out);
        QTextStream e(&err);
        QTextStream i(&in);
        CliIo io{o, e, i};
        Run r;
        r.code = m_cli.run(QStringList{QStringLiteral("sitegovctl")} + args, io);
        o.flush();
        e.flush();
        r.out = out;
        r.err = err;
        return r;
    }

    // The command line of `action` for `user` against `side`; `tag` makes names unique.
    QStringList command(const QString& action, const Side& s, const QString& tag)
    {
        QStringList a = action.split(u' ');
        if (action == u"site add")
            a << QStringLiteral("--unit") << s.department << QStringLiteral("--name") << tag + QStringLiteral("网站")
              << QStringLiteral("--domain") << tag + QStringLiteral(".example.gov.cn");
        else if (action == u"site edit")
            a << s.site << QStringLiteral("--operator") << tag;
        else if (action == u"site close")
            a << s.site;
        else if (action == u"unit add")
            a << QStringLiteral("--parent") << s.county << QStringLiteral("--name") << tag + QStringLiteral("局");
        else if (action == u"unit edit")
            a << s.department << QStringLiteral("--label") << QStringLiteral("cs");
        else if (action == u"unit move")
            a << s.department << QStringLiteral("--to") << s.county.left(4) + QStringLiteral("00");
        else if (action == u"person add")
            a << QStringLiteral("--unit") << s.department << QStringLiteral("--name") << tag;
        else if (action == u"person edit")
            a << s.person << QStringLiteral("--phone") << QStringLiteral("0595-1234567");
        else if (action == u"assign")
            a << s.site << QStringLiteral("--role") << QStringLiteral("editor") << QStringLiteral("--person")
              << s.person;
        else if (action == u"unassign")
            a << s.site << QStringLiteral("--role") << QStringLiteral("caretaker");
        else if (action == u"inspection log")
            a << QStringLiteral("--site") << s.site << QStringLiteral("--others") << QStringLiteral("pass");
        else if (action == u"review draft")
            a << QStringLiteral("--unit") << s.county << QStringLiteral("--week") << m_week << QStringLiteral("--problems")
              << tag;
        else if (action == u"review sign")
            a << s.review;
        else if (action == u"rectification fix")
            a << s.rectification << QStringLiteral("--note") << QStringLiteral("已整改");
        else if (action == u"request file")
            a << QStringLiteral("--unit") << s.department << QStringLiteral("--name") << tag + QStringLiteral("网站")
              << QStringLiteral("--domain") << tag + QStringLiteral(".example.gov.cn") << QStringLiteral("--reason")
              << QStringLiteral("业务需要");
        else if (action == u"request approve")
            a << s.request << QStringLiteral("--comment") << QStringLiteral("同意");
        else if (action == u"assessment submit")
            a << s.draft;
        else if (action == u"assessment confirm")
            a << s.submitted << QStringLiteral("--note") << QStringLiteral("情况属实");
        else if (action == u"assessment return")
            a << s.submitted << QStringLiteral("--reason") << QStringLiteral("证据不足");
        else if (action == u"accountability add")
            a << s.failing << QStringLiteral("--person") << tag << QStringLiteral("--post")
              << QStringLiteral("网站负责人") << QStringLiteral("--measure") << QStringLiteral("interview");
        else if (action == u"spotcheck plan")
            a << QStringLiteral("--org") << s.city << QStringLiteral("--month") << m_next << QStringLiteral("--seed")
              << QStringLiteral("7");
        else if (action == u"spotcheck assign")
            a << QStringLiteral("--org") << s.city << QStringLiteral("--month") << m_next << QStringLiteral("--checker")
              << QStringLiteral("inspector-quanzhou") << s.planSite;
        else if (action == u"spotcheck add")
            a << QStringLiteral("--org") << s.city << QStringLiteral("--month") << m_next << QStringLiteral("--note")
              << QStringLiteral("群众反映较多") << s.addSite;
        else if (action == u"spotcheck remove")
            a << QStringLiteral("--org") << s.city << QStringLiteral("--month") << m_next << QStringLiteral("--note")
              << QStringLiteral("重复") << s.addedSite;
        else if (action == u"spotcheck lock")
            a << QStringLiteral("--org") << s.city << QStringLiteral("--month") << m_next;
        else if (action == u"spotcheck share")
            a << QStringLiteral("--org") << s.city << QStringLiteral("--percent") << QStringLiteral("60");
        else if (action == u"user add") {
            a << QStringLiteral("--username") << tag << QStringLiteral("--org") << s.county << QStringLiteral("--role")
              << QStringLiteral("inspector");
            m_input = QStringLiteral("matrix-password-1\n");
        } else if (action == u"user disable")
            a << QStringLiteral("--username") << s.inspector;
        else if (action == u"user enable")
            a << QStringLiteral("--username") << s.disabled;
        else if (action == u"user passwd") {
            a << QStringLiteral("--username") << s.inspector;
            m_input = QStringLiteral("matrix-password-1\n");
        } else if (action == u"settings set")
            a << QStringLiteral("--backup-keep") << QStringLiteral("30");
        else if (action == u"site status")
            a << s.site << QStringLiteral("--status") << QStringLiteral("migrating");
        else if (action == u"unit deactivate")
            a << s.department;
        else if (action == u"person deactivate")
            a << s.idle;
        return a;
    }

    // The changes recorded apart from logins.
    QString changes(const QString& path)
    {
        return one(path,
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT IN ('login', 'login_failed', 'lockout')"));
    }

    bool side(Side& s, const QString& county, const QString& city, const QString& inspector, const QString& report)
    {
        const QString& db = m_base;
        s.county = county;
        s.department = one(db,
            QStringLiteral(
                "SELECT o.id FROM organisations o JOIN organisations p ON p.id = o.parent_id WHERE "
                "p.division_code = '%1' AND p.kind = 'government' AND o.kind = 'department' AND NOT EXISTS "
                "(SELECT 1 FROM sites x WHERE x.host_org_id = o.id) AND NOT EXISTS (SELECT 1 FROM requests r "
                "WHERE r.unit_id = o.id) ORDER BY o.id LIMIT 1")
                .arg(county));
        s.site = one(db,
            QStringLiteral("SELECT x.code FROM sites x JOIN organisations o ON o.id = x.host_org_id WHERE "
                           "o.division_code = '%1' AND x.status = 'operating' ORDER BY x.id LIMIT 1")
                .arg(county));
        s.rectification = one(db,
            QStringLiteral("SELECT r.id FROM rectifications r JOIN sites x ON x.id = r.site_id JOIN organisations o ON "
                           "o.id = x.host_org_id JOIN organisations c ON c.id = o.city_org_id WHERE c.division_code = "
                           "'%1' AND r.status = 'open' ORDER BY r.id LIMIT 1")
                .arg(city));
        if (s.department.isEmpty() || s.site.isEmpty() || s.rectification.isEmpty()) {
            qWarning("no department, site or open item in %s", qPrintable(county));
            return false;
        }
        // By the province's accounts: a person of the site's unit, its caretaker; a draft review; a
        // request at the city's step.
        const QString host = one(db, QStringLiteral("SELECT host_org_id FROM sites WHERE code = '%1'").arg(s.site));
        Run r = ctl({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("-d"), db, QStringLiteral("--as"),
            QStringLiteral("admin"), QStringLiteral("--unit"), host, QStringLiteral("--name"),
            QStringLiteral("矩阵测试") + county});
        s.person = r.out.section(u'\n', 0, 0).trimmed();
        if (r.code == 0)
            r = ctl({QStringLiteral("assign"), s.site, QStringLiteral("-d"), db, QStringLiteral("--as"),
                QStringLiteral("admin"), QStringLiteral("--role"), QStringLiteral("caretaker"),
                QStringLiteral("--person"), s.person});
        if (r.code == 0) {
            r = ctl({QStringLiteral("review"), QStringLiteral("draft"), QStringLiteral("-d"), db,
                QStringLiteral("--as"), QStringLiteral("director"), QStringLiteral("--unit"), county,
                QStringLiteral("--week"), m_week, QStringLiteral("--highlights"), QStringLiteral("按时巡查")});
            s.review = r.out.section(u'\n', 0, 0).trimmed();
        }
        if (r.code == 0) {
            const QString unit = one(db,
                QStringLiteral("SELECT o.id FROM organisations o JOIN organisations p ON p.id = o.parent_id WHERE "
                               "p.division_code = '%1' AND p.kind = 'government' AND o.kind = 'department' AND o.id "
                               "<> %2 AND NOT EXISTS (SELECT 1 FROM sites x WHERE x.host_org_id = o.id AND x.status "
                               "<> 'closed') AND NOT EXISTS (SELECT 1 FROM requests q WHERE q.unit_id = o.id) ORDER "
                               "BY o.id LIMIT 1")
                    .arg(county, s.department));
            r = ctl({QStringLiteral("request"), QStringLiteral("file"), QStringLiteral("-d"), db,
                QStringLiteral("--as"), inspector, QStringLiteral("--unit"), unit, QStringLiteral("--name"),
                QStringLiteral("矩阵申请网站"), QStringLiteral("--domain"),
                QStringLiteral("jz%1.example.gov.cn").arg(county), QStringLiteral("--reason"),
                QStringLiteral("业务需要"), QStringLiteral("--justification"), QStringLiteral("经市政府同意单独设立"),
                QStringLiteral("--attach"), QStringLiteral("security_report:") + report, QStringLiteral("--submit")});
            s.request = r.out.section(u'\n', 0, 0).trimmed();
        }
        if (r.code != 0) {
            qWarning("setting up %s: %s", qPrintable(county), qPrintable(r.err));
            return false;
        }
        s.city = city;
        s.inspector = inspector;
        r = ctl({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("-d"), db, QStringLiteral("--unit"),
            s.department, QStringLiteral("--name"), QStringLiteral("待调离") + county});
        s.idle = r.out.section(u'\n', 0, 0).trimmed();
        if (r.code != 0) {
            qWarning("an idle person of %s: %s", qPrintable(county), qPrintable(r.err));
            return false;
        }
        s.disabled = QStringLiteral("left-") + county;
        m_input = QStringLiteral("matrix-password-1\n");
        r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("-d"), db, QStringLiteral("--username"),
            s.disabled, QStringLiteral("--org"), county, QStringLiteral("--role"), QStringLiteral("inspector")});
        if (r.code == 0)
            r = ctl({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("-d"), db,
                QStringLiteral("--username"), s.disabled});
        if (r.code != 0) {
            qWarning("a disabled account of %s: %s", qPrintable(county), qPrintable(r.err));
            return false;
        }
        return plan(s) && assessments(s, city);
    }

    // The city office's open plan of next month (drawn by the command line itself), with a site
    // added by hand; a drawn site of it, and a running site of the city it does not hold.
    bool plan(Side& s)
    {
        const QString& db = m_base;
        const QString org = one(db,
            QStringLiteral("SELECT id FROM organisations WHERE division_code = '%1' AND kind = 'government'")
                .arg(s.city));
        Run r = ctl(
            {QStringLiteral("spotcheck"), QStringLiteral("plan"), QStringLiteral("-d"), db, QStringLiteral("--org"),
                s.city, QStringLiteral("--month"), m_next, QStringLiteral("--seed"), QStringLiteral("3")});
        const QString planId = one(
            db, QStringLiteral("SELECT id FROM spot_check_plans WHERE org_id = %1 AND month = '%2'").arg(org, m_next));
        const QString notIn = QStringLiteral(
            "SELECT x.code FROM sites x JOIN organisations o ON o.id = x.host_org_id WHERE o.city_org_id = %1 AND "
            "x.status = 'operating' AND NOT EXISTS (SELECT 1 FROM spot_check_items i WHERE i.plan_id = %2 AND "
            "i.site_id = x.id) ORDER BY x.id LIMIT 1 OFFSET %3");
        if (r.code == 0 && !planId.isEmpty()) {
            s.addedSite = one(db, notIn.arg(org, planId).arg(1));
            r = ctl({QStringLiteral("spotcheck"), QStringLiteral("add"), QStringLiteral("-d"), db,
                QStringLiteral("--org"), s.city, QStringLiteral("--month"), m_next, QStringLiteral("--note"),
                QStringLiteral("上月整改未完成"), s.addedSite});
        }
        s.addSite = one(db, notIn.arg(org, planId).arg(0));
        s.planSite = one(db,
            QStringLiteral("SELECT x.code FROM spot_check_items i JOIN sites x ON x.id = i.site_id WHERE i.plan_id = "
                           "%1 AND i.origin = 'drawn' ORDER BY i.id LIMIT 1")
                .arg(planId));
        if (r.code != 0 || s.addSite.isEmpty() || s.planSite.isEmpty() || s.addedSite == s.addSite) {
            qWarning("next month's plan of %s: %s", qPrintable(s.city), qPrintable(r.err));
            return false;
        }
        return true;
    }

    // The side's spot-check objects, made through the assessment service as the city office's
    // checkers would (the command line has no form to fill in an assessment): a draft and a
    // submitted assessment of the city's plan of this month, on sites the plan gives no checker
    // (an inspector of the office checks those); and a failing site's rectification item.
    bool assessments(Side& s, const QString& city)
    {
        const QString& db = m_base;
        const QStringList items = column(db,
            QStringLiteral("SELECT i.id FROM spot_check_items i JOIN spot_check_plans p ON p.id = i.plan_id JOIN "
                           "organisations o ON o.id = p.org_id WHERE o.division_code = '%1' AND o.kind = 'government' "
                           "AND p.month = '%2' AND i.removed_at IS NULL AND i.checker_id IS NULL AND NOT EXISTS "
                           "(SELECT 1 FROM assessments a WHERE a.item_id = i.id) ORDER BY i.id LIMIT 2")
                .arg(city, Period::monthOf(OfficeClock::today()).toString()));
        s.failing = one(db,
            QStringLiteral("SELECT a.rectification_id FROM assessments a JOIN spot_check_items i ON i.id = a.item_id "
                           "JOIN spot_check_plans p ON p.id = i.plan_id JOIN organisations o ON o.id = p.org_id WHERE "
                           "o.division_code = '%1' AND o.kind = 'government' AND a.rectification_id IS NOT NULL "
                           "ORDER BY a.id LIMIT 1")
                .arg(city));
        if (items.size() != 2 || s.failing.isEmpty()) {
            qWarning("no unassessed sites of this month's plan or failing site of %s", qPrintable(city));
            return false;
        }
        auto opened = ConsoleDatabase::open(db, Database::Mode::RequireCurrent);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().fullText()));
            return false;
        }
        AssessmentService service((*opened)->connection());
        const Session checkers = Session::system(QStringLiteral("抽查组"));
        const auto draft = service.save(checkers, items.at(0).toLongLong(), AssessmentDraft{});
        const auto submitted = service.save(checkers, items.at(1).toLongLong(), AssessmentDraft{});
        if (!draft || !submitted || !service.submit(checkers, *submitted)) {
            qWarning("assessments of %s could not be saved", qPrintable(city));
            return false;
        }
        s.draft = QString::number(*draft);
        s.submitted = QString::number(*submitted);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        qputenv("SITEGOV_PASSWORD", DemoBuilder::kPassword);
        m_base = demo(m_dir, QStringLiteral("base.db"));
        QVERIFY(!m_base.isEmpty());
        QString error;
        for (const auto& [role, user] : kAccounts) {
            if (role == Role::Approver)
                continue; // the demo's approver-quanzhou
            error = addAccount(m_base, user, QStringLiteral("350500"), role);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QString report = m_dir.filePath(QStringLiteral("security-report.pdf"));
        QFile f(report);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("%PDF-1.4 security test passed\n") > 0);
        f.close();
        QVERIFY(side(
            m_in, QStringLiteral("350582"), QStringLiteral("350500"), QStringLiteral("inspector-jinjiang"), report));
        QVERIFY(side(
            m_out, QStringLiteral("350203"), QStringLiteral("350200"), QStringLiteral("inspector-siming"), report));
        // The table says what Permissions says, role by role (the caretaker's right to write and sign a
        // review needs a linked person, which these accounts are not).
        for (const MatrixAction& a : kActions) {
            for (const auto& [role, user] : kAccounts)
                QCOMPARE(kAllowed.value(a.name).contains(role), Permissions::allows({role}, a.permission));
        }
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("inside");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("hasRole");
        for (const MatrixAction& a : kActions) {
            for (const auto& [role, user] : kAccounts) {
                const bool hasRole = kAllowed.value(a.name).contains(role);
                for (const bool inside : {false, true}) {
                    QTest::addRow("%s/%s/%s", qPrintable(a.name), qPrintable(Permissions::key(role)),
                        inside ? "inside" : "outside")
                        << a.name << user << inside << (hasRole && (inside || !a.jurisdiction)) << hasRole;
                }
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, action);
        QFETCH(QString, user);
        QFETCH(bool, inside);
        QFETCH(bool, allowed);
        QFETCH(bool, hasRole);
        // A refused case changes nothing (asserted below): the next one may use the same copy.
        if (m_dirty) {
            if (!m_db.isEmpty())
                test::removeDatabase(m_db);
            m_db = test::copyDatabase(m_base, m_dir, QStringLiteral("case%1.db").arg(++m_copies));
            QVERIFY(!m_db.isEmpty());
            m_dirty = false;
        }
        const QString before = changes(m_db);
        const QString tag = QStringLiteral("jz%1").arg(m_copies) + user.section(u'-', 0, 0);
        const Run r = ctl(command(action, inside ? m_in : m_out, tag)
            + QStringList{QStringLiteral("-d"), m_db, QStringLiteral("--as"), user});
        if (allowed) {
            QVERIFY2(r.code == 0, qPrintable(r.err));
            m_dirty = true;
            QVERIFY2(changes(m_db).toInt() > before.toInt(), "done without an audit record");
            QCOMPARE(one(m_db,
                         QStringLiteral("SELECT account_name FROM audit_log WHERE action NOT IN ('login', "
                                        "'login_failed', 'lockout') ORDER BY id DESC LIMIT 1")),
                user);
            return;
        }
        QVERIFY2(r.code == 1, qPrintable(QString::number(r.code) + u' ' + r.out + r.err));
        QVERIFY2(!r.err.trimmed().isEmpty(), "refused without a reason");
        // Without the role, the service names the account's roles (a review's writer hears who signs);
        // with it, the jurisdiction refuses.
        if (!hasRole) {
            const bool writer = action == u"review sign" && user.startsWith(QLatin1String("inspector"));
            QVERIFY2(
                r.err.contains(writer ? QLatin1String("Only a director or the caretaker") : QLatin1String("may not")),
                qPrintable(r.err));
        }
        if (changes(m_db) != before) {
            m_dirty = true;
            QFAIL("a refused command changed the database");
        }
    }
};

QTEST_GUILESS_MAIN(TestCliMatrix)
#include "TestCliMatrix.moc"
