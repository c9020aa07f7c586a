#include "TestSupport.h"
#include "core/Registry.h"
#include "storage/AccountService.h"
#include "storage/ChecklistService.h"
#include "storage/InspectionQueries.h"
#include "storage/InspectionService.h"
#include "storage/PasswordHasher.h"
#include "storage/PersonService.h"
#include "storage/RectificationService.h"
#include "storage/RegistryService.h"
#include "storage/WeeklyReviewService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// Weekly reviews (一周一点评) on a small unit tree: province P > city C > county K > department D,
// and city C2, each running one site; the week reviewed is 2026-W48 (23-29 November), written on
// Wednesday 2 December.
class TestWeeklyReviews final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_p = 0, m_c = 0, m_k = 0, m_d = 0, m_c2 = 0;
    qint64 m_siteP = 0, m_siteC = 0, m_siteK = 0, m_siteD = 0, m_siteC2 = 0;
    Checklist m_list;
    const IsoWeek m_week{2026, 48};
    const QDate m_today{2026, 12, 2};
    Session m_directorK, m_inspectorK, m_inspectorC2;

    QSqlDatabase& db() { return m_db->connection(); }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 org(qint64 parent, const QString& name, AdminLevel level, OrgKind kind, const QString& code, const QString& label)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = kind;
        o.divisionCode = code;
        o.domainLabel = label;
        const auto id = RegistryService(db()).createOrganisation(m_system, o);
        return id ? *id : 0;
    }

    qint64 site(qint64 host, const QString& code, const QString& name, const QString& domain, SiteKind kind)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = domain;
        s.url = QStringLiteral("https://%1/").arg(domain);
        s.kind = kind;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        const auto id = RegistryService(db()).registerSite(m_system, s, RegistryService::DuplicatePolicy::Flag);
        return id ? *id : 0;
    }

    Session account(const QString& username, qint64 orgId, QList<Role> roles)
    {
        const auto id = AccountService(db()).create(m_system, NewAccount{username, username, orgId, roles}, QStringLiteral("secret pass"));
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return AccountService::sessionFor(AccountService(db()).byId(*id).value());
    }

    Outcomes outcomes(const QStringList& failing = {}) const
    {
        Outcomes o;
        for (const ChecklistItem& i : m_list.items)
            o.insert(i.key, ItemOutcome{});
        for (const QString& key : failing)
            o[key] = ItemOutcome{ItemResult::Fail, QStringLiteral("不合格：%1").arg(key)};
        return o;
    }

    bool log(const Session& who, qint64 siteId, const QDate& day, const QStringList& failing = {})
    {
        InspectionInput in;
        in.siteId = siteId;
        in.day = day;
        in.outcomes = outcomes(failing);
        const auto saved = InspectionService(db()).log(who, in, day);
        if (!saved)
            qWarning("%s", qPrintable(saved.error().fullText()));
        return saved.ok();
    }

    static QString why(const Status& s) { return s.ok() ? QString() : s.error().fullText(); }
    template<typename T>
    static QString why(const Result<T>& r) { return r.ok() ? QString() : r.error().fullText(); }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        m_p = org(0, QStringLiteral("福建省人民政府"), AdminLevel::Province, OrgKind::Government, QStringLiteral("350000"), QStringLiteral("fujian"));
        m_c = org(m_p, QStringLiteral("泉州市人民政府"), AdminLevel::City, OrgKind::Government, QStringLiteral("350500"), QStringLiteral("quanzhou"));
        m_k = org(m_c, QStringLiteral("晋江市人民政府"), AdminLevel::County, OrgKind::Government, QStringLiteral("350582"), QStringLiteral("jinjiang"));
        m_d = org(m_k, QStringLiteral("晋江市教育局"), AdminLevel::County, OrgKind::Department, QStringLiteral("350582"), QStringLiteral("jyj"));
        m_c2 = org(m_p, QStringLiteral("厦门市人民政府"), AdminLevel::City, OrgKind::Government, QStringLiteral("350200"), QStringLiteral("xm"));
        QVERIFY(m_p && m_c && m_k && m_d && m_c2);
        m_siteP = site(m_p, QStringLiteral("3500000001"), QStringLiteral("福建省人民政府门户网站"), QStringLiteral("www.fujian.gov.cn"), SiteKind::Portal);
        m_siteC = site(m_c, QStringLiteral("3505000001"), QStringLiteral("泉州市人民政府网"), QStringLiteral("www.quanzhou.gov.cn"), SiteKind::Portal);
        m_siteK = site(m_k, QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网"), QStringLiteral("www.jinjiang.gov.cn"), SiteKind::Portal);
        m_siteD = site(m_d, QStringLiteral("3505820002"), QStringLiteral("晋江市教育局网站"), QStringLiteral("jyj.jinjiang.gov.cn"), SiteKind::Department);
        m_siteC2 = site(m_c2, QStringLiteral("3502000001"), QStringLiteral("厦门市人民政府网"), QStringLiteral("www.xm.gov.cn"), SiteKind::Portal);
        QVERIFY(m_siteP && m_siteC && m_siteK && m_siteD && m_siteC2);
        m_list = ChecklistService(db()).current().value();
        QVERIFY(m_list.items.size() >= 3);
        m_directorK = account(QStringLiteral("director-k"), m_k, {Role::Director});
        m_inspectorK = account(QStringLiteral("inspector-k"), m_k, {Role::Inspector});
        m_inspectorC2 = account(QStringLiteral("inspector-c2"), m_c2, {Role::Inspector});

        // The week under K: site K inspected four days (one failing two items), D twice (one
        // failing); K once outside the week.
        const QString a = m_list.items.at(0).key;
        const QString b = m_list.items.at(1).key;
        QVERIFY(log(m_inspectorK, m_siteK, QDate(2026, 11, 23), {a, b}));
        QVERIFY(log(m_inspectorK, m_siteK, QDate(2026, 11, 24)));
        QVERIFY(log(m_inspectorK, m_siteK, QDate(2026, 11, 26), {a}));
        QVERIFY(log(m_inspectorK, m_siteK, QDate(2026, 11, 27)));
        QVERIFY(log(m_inspectorK, m_siteD, QDate(2026, 11, 25), {b}));
        QVERIFY(log(m_inspectorK, m_siteD, QDate(2026, 11, 27)));
        QVERIFY(log(m_inspectorK, m_siteK, QDate(2026, 11, 30), {a}));
    }

    void prefilledWithTheWeeksFacts()
    {
        WeeklyReviewService reviews(db());
        const auto expected = InspectionQueries(db()).weeklySummary(m_k, m_week, m_today);
        QVERIFY2(expected.ok(), qPrintable(why(expected)));
        QCOMPARE(expected->siteDaysExpected, 14);
        QCOMPARE(expected->siteDaysInspected, 6);
        QCOMPARE(expected->failures, 4);
        const qint64 auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'weekly_review'"));

        const auto r = reviews.open(m_inspectorK, m_k, m_week, m_today);
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(r->id > 0);
        QCOMPARE(r->status, ReviewStatus::Draft);
        QCOMPARE(r->unitName, QStringLiteral("晋江市人民政府"));
        QCOMPARE(r->week, m_week);
        QCOMPARE(r->author, QStringLiteral("inspector-k"));
        QCOMPARE(r->authorId, m_inspectorK.accountId);
        QCOMPARE(r->facts.toJson(), expected->toJson());
        QCOMPARE(r->facts.coverage(), 6.0 / 14.0);
        QCOMPARE(r->facts.worst.constFirst().id, m_siteK);
        QVERIFY(r->highlights.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'weekly_review' AND action = 'create' "
                                       "AND object_id = ?"), {QString::number(r->id)}), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'weekly_review'")), auditBefore + 1);

        // Opening it again finds the same review; find() sees it; a unit and week without one is empty.
        QCOMPARE(reviews.open(m_directorK, m_k, m_week, m_today)->id, r->id);
        QCOMPARE(reviews.find(m_k, m_week)->id, r->id);
        QCOMPARE(reviews.find(m_k, m_week.previous())->id, qint64(0));
        QVERIFY(!reviews.byId(987654).ok());

        // A week still to come cannot be reviewed; an invalid one is refused.
        const auto future = reviews.open(m_directorK, m_k, IsoWeek::of(m_today).next(), m_today);
        QVERIFY(!future.ok());
        QVERIFY(future.error().message.contains(QStringLiteral("not begun")));
        QVERIFY(!reviews.open(m_directorK, m_k, IsoWeek{2026, 60}, m_today).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM weekly_reviews")), 1);
    }

    void figuresTakenAgainWhileDraft()
    {
        WeeklyReviewService reviews(db());
        const qint64 id = reviews.find(m_k, m_week)->id;
        // A late entry for the week: the draft keeps its figures until they are taken again.
        InspectionInput in;
        in.siteId = m_siteD;
        in.day = QDate(2026, 11, 28);
        in.outcomes = outcomes();
        in.reason = QStringLiteral("纸质记录补录");
        QVERIFY(InspectionService(db()).log(m_inspectorK, in, m_today).ok());
        QCOMPARE(reviews.byId(id)->facts.siteDaysInspected, 6);
        QVERIFY2(reviews.refreshFacts(m_inspectorK, id, m_today).ok(), "refresh");
        QCOMPARE(reviews.byId(id)->facts.siteDaysInspected, 7);
        QCOMPARE(reviews.byId(id)->facts.toJson(), InspectionQueries(db()).weeklySummary(m_k, m_week, m_today)->toJson());
        // Someone else's unit: refused.
        QVERIFY(!reviews.refreshFacts(m_inspectorC2, id, m_today).ok());
    }

    void saveThenSignLocks()
    {
        WeeklyReviewService reviews(db());
        const qint64 id = reviews.find(m_k, m_week)->id;
        const ReviewText text{QStringLiteral("  本周首页更新及时。 "), QStringLiteral("教育局网站漏巡三天。"),
            QStringLiteral("看护人每日巡查，周五前报送整改情况。")};
        QVERIFY2(reviews.save(m_inspectorK, id, text).ok(), "save");
        auto r = reviews.byId(id);
        QCOMPARE(r->highlights, QStringLiteral("本周首页更新及时。")); // trimmed
        QCOMPARE(r->problems, text.problems);
        QCOMPARE(r->status, ReviewStatus::Draft);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'weekly_review' AND action = 'update' "
                                       "AND object_id = ?"), {QString::number(id)}), 2); // the refresh and the save

        // Too long, and signing an empty review: refused.
        QVERIFY(!reviews.save(m_inspectorK, id, ReviewText{QString(WeeklyReviewService::kMaxText + 1, u'字'), {}, {}}).ok());
        QCOMPARE(reviews.byId(id)->highlights, QStringLiteral("本周首页更新及时。"));
        const Status empty = reviews.sign(m_directorK, id, ReviewText{});
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(QStringLiteral("empty")));

        // The inspector drafts but is no caretaker of the unit: may not sign.
        const Status byInspector = reviews.sign(m_inspectorK, id, text);
        QVERIFY(!byInspector.ok());
        QVERIFY2(byInspector.error().message.contains(QStringLiteral("director or the caretaker")), qPrintable(why(byInspector)));
        QCOMPARE(reviews.byId(id)->status, ReviewStatus::Draft);

        QVERIFY2(reviews.sign(m_directorK, id, text).ok(), "sign");
        r = reviews.byId(id);
        QCOMPARE(r->status, ReviewStatus::Signed);
        QCOMPARE(r->signedBy, QStringLiteral("director-k"));
        QVERIFY(r->signedAt.isValid());
        QVERIFY(qAbs(r->signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'weekly_review' AND action = 'sign' "
                                       "AND object_id = ?"), {QString::number(id)}), 1);

        // Locked: the service refuses every change...
        const Status again = reviews.save(m_directorK, id, ReviewText{QStringLiteral("改"), {}, {}});
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("locked")));
        QVERIFY(!reviews.sign(m_directorK, id, text).ok());
        QVERIFY(!reviews.refreshFacts(m_directorK, id, m_today).ok());
        QCOMPARE(reviews.byId(id)->highlights, QStringLiteral("本周首页更新及时。"));
        // ...and so does the database, whoever writes to it.
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("UPDATE weekly_reviews SET highlights = ? WHERE id = ?")));
        q.addBindValue(QStringLiteral("篡改"));
        q.addBindValue(id);
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(QStringLiteral("signed weekly review cannot be changed")), qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(QStringLiteral("UPDATE weekly_reviews SET status = 'draft' WHERE id = ?")));
        q.addBindValue(id);
        QVERIFY(!q.exec());
        QVERIFY(q.prepare(QStringLiteral("DELETE FROM weekly_reviews WHERE id = ?")));
        q.addBindValue(id);
        QVERIFY(!q.exec());
        QCOMPARE(reviews.byId(id)->status, ReviewStatus::Signed);
        QCOMPARE(reviews.byId(id)->highlights, QStringLiteral("本周首页更新及时。"));
        // Opening it again returns the signed review (nothing is started anew).
        QCOMPARE(reviews.open(m_directorK, m_k, m_week, m_today)->id, id);
    }

    void permissions()
    {
        WeeklyReviewService reviews(db());
        // An inspector of another city: not even a draft.
        const auto other = reviews.open(m_inspectorC2, m_d, m_week, m_today);
        QVERIFY(!other.ok());
        QVERIFY2(other.error().message.contains(QStringLiteral("outside your jurisdiction")), qPrintable(other.error().message));
        QCOMPARE(reviews.find(m_d, m_week)->id, qint64(0));
        // Approvers and administrators do not write reviews.
        const Session approver = account(QStringLiteral("approver-p"), m_p, {Role::Approver});
        const Session admin = account(QStringLiteral("admin-p"), m_p, {Role::Administrator});
        QVERIFY(!reviews.open(approver, m_d, m_week, m_today).ok());
        QVERIFY(!reviews.open(admin, m_d, m_week, m_today).ok());
        QVERIFY(!reviews.mayWrite(approver, m_d).ok());

        // The inspector of K drafts D's review; the director of C2 may not sign it.
        const auto draft = reviews.open(m_inspectorK, m_d, m_week, m_today);
        QVERIFY2(draft.ok(), qPrintable(why(draft)));
        const ReviewText text{QStringLiteral("按时巡查。"), {}, {}};
        const Status saved = reviews.save(m_inspectorK, draft->id, text);
        QVERIFY2(saved.ok(), qPrintable(why(saved)));
        QVERIFY(!reviews.save(m_inspectorC2, draft->id, text).ok());
        const Session directorC2 = account(QStringLiteral("director-c2"), m_c2, {Role::Director});
        const Status foreign = reviews.sign(directorC2, draft->id, text);
        QVERIFY(!foreign.ok());
        QVERIFY(foreign.error().message.contains(QStringLiteral("outside your jurisdiction")));

        // The caretaker of D's site signs: linked to an account with no director role.
        const Session caretaker = account(QStringLiteral("caretaker-d"), m_c2, {Role::Inspector});
        QVERIFY(!reviews.maySign(caretaker, m_d).ok());
        PersonService persons(db());
        Person p;
        p.name = QStringLiteral("林看护");
        p.orgId = m_d;
        const auto person = persons.createPerson(m_system, p);
        QVERIFY(person.ok());
        QVERIFY(persons.linkAccount(m_system, *person, caretaker.accountId).ok());
        QVERIFY(persons.assign(m_system, m_siteD, *person, AssignmentRole::Caretaker, QDate(2026, 1, 1)).ok());
        QVERIFY(reviews.isCaretaker(caretaker, m_d).value());
        QVERIFY(reviews.isCaretaker(caretaker, m_k).value()); // D lies under K
        QVERIFY(!reviews.isCaretaker(caretaker, m_c2).value());
        QVERIFY2(reviews.sign(caretaker, draft->id, text).ok(), "caretaker signs");
        QCOMPARE(reviews.byId(draft->id)->signedBy, QStringLiteral("caretaker-d"));
    }

    void missingForWeek()
    {
        WeeklyReviewService reviews(db());
        // K and D signed W48; C has a draft; P and C2 have nothing.
        const auto draft = reviews.open(m_system, m_c, m_week, m_today);
        QVERIFY(draft.ok());
        const auto missing = reviews.missingForWeek(m_week);
        QVERIFY2(missing.ok(), qPrintable(why(missing)));
        QStringList names;
        for (const MissingReview& m : *missing)
            names << m.unitName;
        // In pinyin order: Fujian, Quanzhou, Xiamen.
        QCOMPARE(names, (QStringList{QStringLiteral("福建省人民政府"), QStringLiteral("泉州市人民政府"), QStringLiteral("厦门市人民政府")}));
        for (const MissingReview& m : *missing) {
            QCOMPARE(m.sites, 1);
            QCOMPARE(m.reviewId, m.unitId == m_c ? draft->id : qint64(0));
        }
        QCOMPARE(reviews.missingCount(m_week).value(), 3);
        QCOMPARE(reviews.missingCount(m_week, m_c).value(), 1); // C itself; K and D signed
        QCOMPARE(reviews.missingForWeek(m_week, m_k)->size(), 0);
        // The week before: every unit with running sites; a closed site no longer counts.
        QCOMPARE(reviews.missingCount(m_week.previous()).value(), 5);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE sites SET status = 'closed' WHERE id = %1").arg(m_siteC2)));
        QCOMPARE(reviews.missingCount(m_week.previous()).value(), 4);
        QCOMPARE(reviews.missingCount(m_week).value(), 2);
        QVERIFY(q.exec(QStringLiteral("UPDATE sites SET status = 'operating' WHERE id = %1").arg(m_siteC2)));
        // A site approved after a week's Sunday is not owed a review for that week (docs/design/glossary.md):
        // C2's only site opened on Tuesday 1 December counts from W49, not for W48 or the week before.
        QVERIFY(q.exec(QStringLiteral("UPDATE sites SET opened_on = '2026-12-01' WHERE id = %1").arg(m_siteC2)));
        QCOMPARE(reviews.missingCount(m_week).value(), 2);
        QCOMPARE(reviews.owingCount(m_week).value(), 4);
        QCOMPARE(reviews.missingCount(m_week.previous()).value(), 4);
        QCOMPARE(reviews.owingCount(m_week.next()).value(), 5);
        // Opened on the Sunday itself, it is owed for that week.
        QVERIFY(q.exec(QStringLiteral("UPDATE sites SET opened_on = '2026-11-29' WHERE id = %1").arg(m_siteC2)));
        QCOMPARE(reviews.missingCount(m_week).value(), 3);
        QVERIFY(q.exec(QStringLiteral("UPDATE sites SET opened_on = '2020-01-01' WHERE id = %1").arg(m_siteC2)));
    }

    void listQuery()
    {
        auto rows = [this](const ReviewFilter& f) {
            const ListQuery list = WeeklyReviewListQuery::build(f);
            QList<QVector<QVariant>> out;
            const auto page = QueryPager::fetch(m_db->path(), list, -1, Qt::AscendingOrder, 100, 0);
            if (!page) {
                qWarning("%s", qPrintable(page.error().fullText()));
                return out;
            }
            const auto count = QueryPager::count(m_db->path(), list);
            if (!count || *count != page->rows.size())
                qWarning("count %lld differs from %lld rows", count ? *count : -1LL, qint64(page->rows.size()));
            return page->rows;
        };
        ReviewFilter f;
        f.week = m_week.key();
        f.previousWeek = m_week.previous().key();
        auto list = rows(f);
        QCOMPARE(list.size(), 5);
        // Missing first, then drafts, then signed, each by name.
        QStringList statuses;
        for (const auto& r : list)
            statuses << r.at(WeeklyReviewListQuery::Status).toString();
        QCOMPARE(statuses, (QStringList{QStringLiteral("missing"), QStringLiteral("missing"), QStringLiteral("draft"),
                               QStringLiteral("signed"), QStringLiteral("signed")}));
        for (const auto& r : list) {
            QCOMPARE(r.at(WeeklyReviewListQuery::Week).toString(), m_week.key());
            QCOMPARE(r.at(WeeklyReviewListQuery::MissingLastWeekColumn).toInt(), 1); // nobody signed W47
            if (r.at(WeeklyReviewListQuery::UnitIdColumn).toLongLong() == m_k) {
                QCOMPARE(r.at(WeeklyReviewListQuery::Author).toString(), QStringLiteral("inspector-k"));
                QCOMPARE(r.at(WeeklyReviewListQuery::Coverage).toDouble(), 7.0 / 14.0);
                QVERIFY(!r.at(WeeklyReviewListQuery::SignedAt).toString().isEmpty());
            }
            if (r.at(WeeklyReviewListQuery::Status).toString() == u"missing") {
                QCOMPARE(r.at(WeeklyReviewListQuery::IdColumn).toLongLong(), qint64(0));
                QVERIFY(r.at(WeeklyReviewListQuery::Coverage).isNull());
            }
        }
        f.status = QStringLiteral("missing");
        QCOMPARE(rows(f).size(), 2);
        f.status = QStringLiteral("unsigned");
        QCOMPARE(rows(f).size(), 3);
        f.status = QStringLiteral("signed");
        QCOMPARE(rows(f).size(), 2);
        f.status.clear();
        f.unitId = m_k;
        QCOMPARE(rows(f).size(), 2);
        f.unitId = 0;
        f.text = QStringLiteral("晋江");
        QCOMPARE(rows(f).size(), 2);
        f.text = QStringLiteral("caretaker");
        QCOMPARE(rows(f).size(), 0); // authors are searched, signers are not
        f.text = QStringLiteral("inspector-k");
        QCOMPARE(rows(f).size(), 2);

        // Every week: the reviews written, newest week first; the flag follows last week.
        ReviewFilter all;
        all.previousWeek = m_week.key();
        list = rows(all);
        QCOMPARE(list.size(), 3);
        for (const auto& r : list) {
            const qint64 unit = r.at(WeeklyReviewListQuery::UnitIdColumn).toLongLong();
            QCOMPARE(r.at(WeeklyReviewListQuery::MissingLastWeekColumn).toInt(), unit == m_c ? 1 : 0);
        }
        all.status = QStringLiteral("draft");
        QCOMPARE(rows(all).size(), 1);
        // Every sort column sorts.
        const ListQuery q = WeeklyReviewListQuery::build(f);
        for (int c = 0; c < WeeklyReviewListQuery::ColumnCount; ++c)
            QVERIFY(QueryPager::fetch(m_db->path(), q, c, Qt::DescendingOrder, 10, 0).ok());
    }
};

QTEST_GUILESS_MAIN(TestWeeklyReviews)
#include "TestWeeklyReviews.moc"
