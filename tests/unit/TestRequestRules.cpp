#include "core/Language.h"
#include "core/Request.h"
#include "core/RequestPolicy.h"

#include <QTest>

using namespace sitegov;

Q_DECLARE_METATYPE(sitegov::RequestState)

namespace {

UnitLine line(AdminLevel level, OrgKind kind)
{
    UnitLine l;
    l.unitId = 99;
    l.level = level;
    l.kind = kind;
    if (level == AdminLevel::Township)
        l.governments << UnitLine::Government{5, AdminLevel::Township, QStringLiteral("安海镇")};
    if (level == AdminLevel::Township || level == AdminLevel::County)
        l.governments << UnitLine::Government{4, AdminLevel::County, QStringLiteral("晋江市")};
    if (level != AdminLevel::Province)
        l.governments << UnitLine::Government{3, AdminLevel::City, QStringLiteral("泉州市")};
    l.governments << UnitLine::Government{1, AdminLevel::Province, QStringLiteral("福建省")};
    return l;
}

QString describe(const QList<ChainStep>& steps)
{
    QStringList out;
    for (const ChainStep& s : steps)
        out << RequestRules::key(s.kind) + u'@' + QString::number(s.unitId);
    return out.join(u' ');
}

RequestFacts openFacts()
{
    RequestFacts f;
    f.type = RequestType::Open;
    f.reason = QStringLiteral("新设机构需要网站");
    f.unitLevel = AdminLevel::City;
    f.unitKind = OrgKind::Department;
    f.proposed.code = QStringLiteral("3505000099");
    f.proposed.name = QStringLiteral("泉州市数据管理局网站");
    f.proposed.domain = QStringLiteral("sjglj.quanzhou.gov.cn");
    f.proposed.url = QStringLiteral("https://sjglj.quanzhou.gov.cn/");
    f.proposed.kind = SiteKind::Department;
    f.proposed.status = SiteStatus::Operating;
    f.proposed.hostOrgId = 9;
    f.proposedHost.known = true;
    f.proposedHost.level = AdminLevel::City;
    f.proposedHost.kind = OrgKind::Department;
    f.proposedHost.divisionCode = QStringLiteral("350500");
    f.proposedHost.domainLabel = QStringLiteral("quanzhou");
    f.hasSecurityReport = true;
    return f;
}

QStringList errors(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        if (f.isError())
            out << f.field;
    }
    return out;
}

} // namespace

class TestRequestRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void chains_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("chain");
        QTest::newRow("township") << int(AdminLevel::Township) << int(OrgKind::Government) << "review@4 review@3 approve@1";
        QTest::newRow("county government") << int(AdminLevel::County) << int(OrgKind::Government) << "review@3 approve@1";
        QTest::newRow("county department") << int(AdminLevel::County) << int(OrgKind::Department) << "review@3 approve@1";
        QTest::newRow("city government") << int(AdminLevel::City) << int(OrgKind::Government) << "approve@1";
        QTest::newRow("city department") << int(AdminLevel::City) << int(OrgKind::Department) << "approve@1";
        QTest::newRow("province") << int(AdminLevel::Province) << int(OrgKind::Department) << "approve@1 file@1";
    }

    void chains()
    {
        QFETCH(int, level);
        QFETCH(int, kind);
        QFETCH(QString, chain);
        const auto steps = RequestRules::chainFor(line(AdminLevel(level), OrgKind(kind)));
        QVERIFY(steps.ok());
        QCOMPARE(describe(*steps), chain);
        for (int i = 0; i < steps->size(); ++i)
            QCOMPARE(steps->at(i).position, i + 1);
    }

    void chainNeedsTheTree()
    {
        UnitLine broken = line(AdminLevel::County, OrgKind::Government);
        broken.governments.removeIf([](const UnitLine::Government& g) { return g.level == AdminLevel::City; });
        QVERIFY(!RequestRules::chainFor(broken).ok());
        UnitLine orphan;
        orphan.level = AdminLevel::City;
        QVERIFY(!RequestRules::chainFor(orphan).ok());
    }

    void transitions_data()
    {
        QTest::addColumn<RequestState>("from");
        QTest::addColumn<RequestState>("to");
        QTest::addColumn<bool>("allowed");
        using S = RequestState;
        const QList<S> all = RequestRules::states();
        // Every pair; the allowed ones listed here, all others refused.
        const QSet<QPair<int, int>> allowed{{int(S::Draft), int(S::Submitted)}, {int(S::Draft), int(S::Withdrawn)},
            {int(S::Returned), int(S::Submitted)}, {int(S::Returned), int(S::Withdrawn)},
            {int(S::Submitted), int(S::InReview)}, {int(S::Submitted), int(S::Approved)},
            {int(S::Submitted), int(S::Rejected)}, {int(S::Submitted), int(S::Returned)},
            {int(S::Submitted), int(S::Withdrawn)}, {int(S::InReview), int(S::InReview)},
            {int(S::InReview), int(S::Approved)}, {int(S::InReview), int(S::Rejected)},
            {int(S::InReview), int(S::Returned)}, {int(S::InReview), int(S::Withdrawn)},
            {int(S::Approved), int(S::Executed)}};
        for (S from : all) {
            for (S to : all) {
                const QByteArray name = (RequestRules::key(from) + QStringLiteral(" -> ") + RequestRules::key(to)).toUtf8();
                QTest::newRow(name.constData()) << from << to << allowed.contains({int(from), int(to)});
            }
        }
    }

    void transitions()
    {
        QFETCH(RequestState, from);
        QFETCH(RequestState, to);
        QFETCH(bool, allowed);
        QCOMPARE(RequestRules::canTransition(from, to), allowed);
    }

    void openPolicy()
    {
        RequestFacts f = openFacts();
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).isEmpty());
        // A unit that runs a site cannot open a second.
        f.proposedHost.otherOpenSites = 1;
        QCOMPARE(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)), QStringList{QStringLiteral("host")});
        f = openFacts();
        // A county department is flagged and needs a written justification.
        f.unitLevel = AdminLevel::County;
        f.proposedHost.level = AdminLevel::County;
        QVERIFY(RequestPolicy::openingFlagged(f));
        QCOMPARE(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)), QStringList{QStringLiteral("justification")});
        f.justification = QStringLiteral("上级要求单独设立");
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).isEmpty());
        bool flagged = false;
        for (const Finding& w : RequestPolicy::check(f, RequestPolicy::Stage::Submission))
            flagged = flagged || (!w.isError() && w.field == u"unit");
        QVERIFY(flagged);
        // Domain pattern: a bad domain blocks, an odd shape warns.
        f = openFacts();
        f.proposed.domain = QStringLiteral("not a domain");
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).contains(QStringLiteral("domain")));
        // Going live needs a passed security test: a warning on submission, blocking at execution.
        f = openFacts();
        f.hasSecurityReport = false;
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).isEmpty());
        QCOMPARE(errors(RequestPolicy::check(f, RequestPolicy::Stage::Execution)), QStringList{QStringLiteral("attachments")});
        f.reason.clear();
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).contains(QStringLiteral("reason")));
    }

    void closeMigrateMergeChange()
    {
        RequestFacts f;
        f.type = RequestType::Close;
        f.reason = QStringLiteral("并入集约化平台");
        f.hasSubject = true;
        f.subject.id = 5;
        f.subject.name = QStringLiteral("旧网站");
        f.subject.status = SiteStatus::Operating;
        QCOMPARE(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)), QStringList{QStringLiteral("attachments")});
        f.hasMigrationEvidence = true;
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).isEmpty());
        f.subject.status = SiteStatus::Closed;
        QCOMPARE(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)), QStringList{QStringLiteral("site")});

        f.type = RequestType::Migrate;
        f.subject.status = SiteStatus::Operating;
        f.subject.platform = Platform::Unified;
        QCOMPARE(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)), QStringList{QStringLiteral("site")});
        f.subject.platform = Platform::Standalone;
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).isEmpty());

        f.type = RequestType::Merge;
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).contains(QStringLiteral("target")));
        f.hasTarget = true;
        f.target = f.subject;
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).contains(QStringLiteral("target")));
        f.target.id = 6;
        f.target.status = SiteStatus::Operating;
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).isEmpty());

        f.type = RequestType::Change;
        f.proposed = f.subject;
        QVERIFY(errors(RequestPolicy::check(f, RequestPolicy::Stage::Submission)).contains(QStringLiteral("proposal")));
    }
};

QTEST_GUILESS_MAIN(TestRequestRules)
#include "TestRequestRules.moc"
