#include "demo/DemoBuilder.h"

#include "core/Organisation.h"
#include "core/Site.h"
#include "demo/DemoRegistry.h"
#include "storage/AccountService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/PasswordHasher.h"
#include "storage/PersonService.h"
#include "storage/RegistryQueries.h"
#include "storage/RequestAttachments.h"
#include "storage/RequestWorkflow.h"
#include "storage/SiteRepository.h"
#include "storage/RegistryService.h"
#include "db/ScramVerifier.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QHash>
#include <QSet>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace sitegov {

namespace {

struct Builder
{
    QSqlDatabase db;
    QRandomGenerator rng;
    QDate today;
    Session actor = Session::system(QStringLiteral("demo"));
    RegistryService registry;
    DemoSummary summary;
    Error error;

    Builder(QSqlDatabase d, quint32 seed, QDate t)
        : db(d)
        , rng(seed)
        , today(t)
        , registry(d)
    {
    }

    bool chance(int percent) { return int(rng.bounded(100)) < percent; }

    QString personName()
    {
        static const QString surnames = QStringLiteral(
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范"
            "汪廖石金韦贾夏方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛顾龚邵万武钱戴严孔汤");
        static const QString given = QStringLiteral(
            "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华建国志文斌辉鹏宇晨欣怡婷雪琳海峰林晓燕红玲龙飞波宁凯东亮翔坤然"
            "清福榕闽泉鑫森源");
        QString name = surnames.at(rng.bounded(surnames.size()));
        const int parts = chance(70) ? 2 : 1;
        for (int i = 0; i < parts; ++i)
            name += given.at(rng.bounded(given.size()));
        return name;
    }

    QString mobile()
    {
        static const char* prefixes[] = {"133", "135", "136", "138", "139", "150", "152", "158", "159", "186", "188", "189"};
        return QString::fromLatin1(prefixes[rng.bounded(12)])
            + QStringLiteral("%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
    }

    // Registers the planned registry through the audited services, in the plan's order; returns the
    // units' numbers (by their index in the plan).
    bool registerAll(const DemoRegistry& plan, QList<qint64>& unitIds)
    {
        int next = 0; // the next site of the plan
        auto sitesUpTo = [&](int unit) {
            for (; next < plan.sites.size() && plan.sites.at(next).afterUnit <= unit; ++next) {
                const DemoSite& d = plan.sites.at(next);
                Site s = d.site;
                s.hostOrgId = unitIds.at(d.host);
                s.supervisorOrgId = d.supervisor < 0 ? 0 : unitIds.at(d.supervisor);
                const auto id = registry.registerSite(actor, s,
                    d.duplicate ? RegistryService::DuplicatePolicy::Flag : RegistryService::DuplicatePolicy::Refuse);
                if (!id) {
                    error = id.error();
                    return false;
                }
                ++summary.sites;
            }
            return true;
        };
        for (int i = 0; i < plan.units.size(); ++i) {
            const DemoUnit& u = plan.units.at(i);
            Organisation o;
            o.parentId = u.parent < 0 ? 0 : unitIds.at(u.parent);
            o.name = u.name;
            o.level = u.level;
            o.kind = u.kind;
            o.divisionCode = u.divisionCode;
            o.domainLabel = u.domainLabel;
            const auto id = registry.createOrganisation(actor, o);
            if (!id) {
                error = id.error();
                return false;
            }
            ++summary.organisations;
            unitIds.append(*id);
            if (!sitesUpTo(i))
                return false;
        }
        return sitesUpTo(int(plan.units.size()));
    }

    // Persons of a unit for each role, created on first use.
    QHash<QPair<qint64, int>, qint64> personFor;
    QSet<QString> namesUsed;

    qint64 newPerson(PersonService& persons, qint64 org, const QString& title)
    {
        Person p;
        p.orgId = org;
        do {
            p.name = personName();
        } while (namesUsed.contains(QString::number(org) + p.name));
        namesUsed.insert(QString::number(org) + p.name);
        p.title = title;
        p.phone = mobile();
        p.email = QStringLiteral("staff%1@fj.gov.cn").arg(10000 + namesUsed.size());
        const auto id = persons.createPerson(actor, p);
        if (!id) {
            error = id.error();
            return 0;
        }
        ++summary.persons;
        return *id;
    }

    bool assignResponsiblePersons()
    {
        PersonService persons(db);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT s.id, s.host_org_id, s.status, s.opened_on, o.kind FROM sites s JOIN "
                                   "organisations o ON o.id = s.host_org_id WHERE s.status IN ('operating', 'migrating') "
                                   "ORDER BY s.id"))) {
            error = Sql::error(q, DemoBuilder::tr("The demo sites could not be read."));
            return false;
        }
        struct Open
        {
            qint64 site;
            qint64 org;
            QDate opened;
            bool government;
        };
        QList<Open> open;
        while (q.next()) {
            open << Open{q.value(0).toLongLong(), q.value(1).toLongLong(), Sql::toDate(q.value(3)),
                q.value(4).toString() == u"government"};
        }
        q.finish();
        const QList<std::pair<AssignmentRole, int>> roles{{AssignmentRole::FirstResponsible, 100},
            {AssignmentRole::Security, 94}, {AssignmentRole::Caretaker, 90}, {AssignmentRole::Editor, 75}};
        for (const Open& o : open) {
            for (const auto& [role, pct] : roles) {
                if (!chance(pct))
                    continue; // a gap the registry flags
                QString title;
                switch (role) {
                case AssignmentRole::FirstResponsible:
                    title = o.government ? QStringLiteral("办公室主任") : QStringLiteral("办公室负责人");
                    break;
                case AssignmentRole::Security:
                    title = QStringLiteral("信息中心主任");
                    break;
                case AssignmentRole::Caretaker:
                    title = QStringLiteral("分管副主任");
                    break;
                case AssignmentRole::Editor:
                    title = QStringLiteral("信息员");
                    break;
                }
                const auto key = qMakePair(o.org, int(role));
                qint64 person = personFor.value(key);
                if (person == 0) {
                    person = newPerson(persons, o.org, title);
                    if (person == 0)
                        return false;
                    personFor.insert(key, person);
                }
                QDate start = o.opened.isValid() ? o.opened : today.addYears(-3);
                // A quarter of the caretakers and editors took over from a predecessor: the history shows both.
                if ((role == AssignmentRole::Caretaker || role == AssignmentRole::Editor) && chance(25)) {
                    const qint64 before = newPerson(persons, o.org, title);
                    if (before == 0)
                        return false;
                    const auto first = persons.assign(actor, o.site, before, role, start);
                    if (!first) {
                        error = first.error();
                        return false;
                    }
                    start = start.daysTo(today) > 60 ? start.addDays(rng.bounded(int(start.daysTo(today)) - 30) + 1)
                                                     : start.addDays(1);
                }
                const auto id = persons.assign(actor, o.site, person, role, start);
                if (!id) {
                    error = id.error();
                    return false;
                }
                ++summary.assignments;
            }
        }
        return true;
    }
};

} // namespace

namespace {

// One row of SQL for the demo's picks.
qint64 pick(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Status DemoBuilder::buildRequests(QSqlDatabase& db, const QDate& today)
{
    Q_UNUSED(today);
    AccountService accounts(db);
    auto session = [&accounts](const QString& username) {
        const auto a = accounts.byUsername(username);
        return a ? AccountService::sessionFor(*a) : Session{};
    };
    const Session inspector = session(QStringLiteral("inspector"));
    const Session jinjiang = session(QStringLiteral("inspector-jinjiang"));
    const Session province = session(QStringLiteral("approver"));
    const Session quanzhou = session(QStringLiteral("approver-quanzhou"));
    RequestWorkflow requests(db);
    RequestAttachments attachments(db);
    const QByteArray evidence = QStringLiteral("数据迁移说明：网站全部栏目与信息已迁移至集约化平台，原站点数据已归档。").toUtf8();
    const QByteArray letter = QStringLiteral("关于网站变更的请示（正式公文扫描件）").toUtf8();
    const QByteArray security = QStringLiteral("网站安全检测报告：高危漏洞 0 项，检测结论：通过。").toUtf8();

    auto file = [&](const Session& who, RequestDraft draft, QList<std::pair<AttachmentKind, QByteArray>> files,
                    bool submit) -> Result<qint64> {
        // Titles as a Chinese general office writes them (the demo is Chinese whatever the language).
        QString subject = draft.proposal.name;
        if (draft.siteId != 0)
            subject = SiteRepository(db).byId(draft.siteId).value().name;
        switch (draft.type) {
        case RequestType::Open:
            draft.title = QStringLiteral("关于开设%1的请示").arg(subject);
            break;
        case RequestType::Close:
            draft.title = QStringLiteral("关于关停%1的请示").arg(subject);
            break;
        case RequestType::Migrate:
            draft.title = QStringLiteral("关于%1迁移至集约化平台的请示").arg(subject);
            break;
        case RequestType::Merge:
            draft.title = QStringLiteral("关于%1整合并入门户网站的请示").arg(subject);
            break;
        case RequestType::Change:
            draft.title = QStringLiteral("关于%1变更名称的请示").arg(subject);
            break;
        }
        const auto id = requests.saveDraft(who, draft);
        if (!id)
            return id.error();
        for (const auto& [kind, content] : files) {
            const QString name = kind == AttachmentKind::MigrationEvidence ? QStringLiteral("数据迁移说明.txt")
                : kind == AttachmentKind::SecurityReport                   ? QStringLiteral("安全检测报告.txt")
                                                                           : QStringLiteral("请示.txt");
            if (const auto a = attachments.add(who, *id, kind, name, content); !a)
                return a.error();
        }
        if (submit) {
            if (const Status s = requests.submit(who, *id); !s)
                return s.error();
        }
        return *id;
    };

    const qint64 provinceId = pick(db, QStringLiteral("SELECT id FROM organisations WHERE parent_id IS NULL"));
    const qint64 jinjiangId = jinjiang.orgId;
    // Sites to work on, picked by what they are.
    const qint64 cityStandalone = pick(db, QStringLiteral(
        "SELECT s.id FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE o.level = 'city' AND o.kind = "
        "'department' AND s.status = 'operating' AND s.platform = 'standalone' ORDER BY s.id LIMIT 1"));
    const qint64 jinjiangPortal = pick(db, QStringLiteral(
        "SELECT s.id FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE o.division_code = '350582' AND "
        "o.level = 'county' AND o.kind = 'government' AND s.kind = 'portal' ORDER BY s.id LIMIT 1"));
    const qint64 jinjiangNoSite = pick(db, QStringLiteral(
        "SELECT o.id FROM organisations o JOIN organisations p ON p.id = o.parent_id WHERE p.division_code = '350582' AND "
        "p.level = 'county' AND o.kind = 'department' AND NOT EXISTS (SELECT 1 FROM sites s WHERE s.host_org_id = o.id "
        "AND s.status <> 'closed') ORDER BY o.id LIMIT 1"));
    const qint64 provinceNoSite = pick(db, QStringLiteral(
        "SELECT o.id FROM organisations o WHERE o.level = 'province' AND o.kind = 'department' AND NOT EXISTS (SELECT 1 "
        "FROM sites s WHERE s.host_org_id = o.id AND s.status <> 'closed') ORDER BY o.id LIMIT 1"));
    const qint64 cityUnit = pick(db, QStringLiteral("SELECT host_org_id FROM sites WHERE id = %1").arg(cityStandalone));

    // Executed: a city department's site moved onto the unified platform.
    if (cityStandalone) {
        RequestDraft d;
        d.type = RequestType::Migrate;
        d.unitId = cityUnit;
        d.siteId = cityStandalone;
        d.reason = QStringLiteral("按照集约化建设要求，迁移至市级政府网站统一技术平台。");
        const auto id = file(inspector, d, {{AttachmentKind::Letter, letter}}, true);
        if (!id)
            return id.error();
        if (const Status s = requests.decide(province, *id, Decision::Approve, QStringLiteral("同意迁移。")); !s)
            return s;
    }
    // Sites of county departments and townships still open (flagged for consolidation): their
    // closures and mergers go through the county, its city and the province.
    QList<std::pair<qint64, qint64>> flagged; // site, its unit's county government
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT s.id, o.parent_id FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE "
                                   "s.status <> 'closed' AND (s.flags & 1) <> 0 ORDER BY s.id LIMIT 3")))
            return Sql::error(q, tr("The demo sites could not be read."));
        while (q.next())
            flagged << std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
    }
    auto cityApprover = [&](qint64 county) {
        const qint64 account = pick(db, QStringLiteral("SELECT a.id FROM accounts a JOIN account_roles r ON r.account_id = "
                                                       "a.id AND r.role = 'approver' JOIN organisations c ON c.id = "
                                                       "a.org_id JOIN organisations k ON k.city_org_id = c.id WHERE k.id = %1")
                                            .arg(county));
        const auto a = accounts.byId(account);
        return a ? AccountService::sessionFor(*a) : Session{};
    };
    // In review (step 2 of 2): closing one; its city has approved, the province is next.
    if (!flagged.isEmpty()) {
        RequestDraft d;
        d.type = RequestType::Close;
        d.unitId = flagged.at(0).second;
        d.siteId = flagged.at(0).first;
        d.reason = QStringLiteral("县级政府部门、乡镇原则上不开设网站，信息已并入县级政府门户网站。");
        const auto id = file(inspector, d, {{AttachmentKind::MigrationEvidence, evidence}}, true);
        if (!id)
            return id.error();
        if (const Status s = requests.decide(cityApprover(d.unitId), *id, Decision::Approve,
                QStringLiteral("情况属实，同意报省审批。"));
            !s)
            return s;
    }
    // Submitted: merging another into its county's portal, waiting for the city.
    if (flagged.size() > 1) {
        RequestDraft d;
        d.type = RequestType::Merge;
        d.unitId = flagged.at(1).second;
        d.siteId = flagged.at(1).first;
        d.targetSiteId = pick(db, QStringLiteral("SELECT id FROM sites WHERE host_org_id = %1 AND kind = 'portal' AND status "
                                                 "<> 'closed'")
                                      .arg(d.unitId));
        d.reason = QStringLiteral("整合至县级政府门户网站。");
        if (d.targetSiteId != 0) {
            const auto id = file(inspector, d, {{AttachmentKind::MigrationEvidence, evidence}}, true);
            if (!id)
                return id.error();
        }
    }
    // Withdrawn: a third, filed and taken back.
    if (flagged.size() > 2) {
        RequestDraft d;
        d.type = RequestType::Migrate;
        d.unitId = flagged.at(2).second;
        d.siteId = flagged.at(2).first;
        d.reason = QStringLiteral("拟迁移至统一平台。");
        const auto id = file(inspector, d, {}, false);
        if (!id)
            return id.error();
        if (const Status s = requests.withdraw(inspector, *id, QStringLiteral("改为关停申请。")); !s)
            return s;
    }
    if (jinjiangPortal) {
        RequestDraft d;
        d.type = RequestType::Change;
        d.unitId = jinjiangId;
        d.siteId = jinjiangPortal;
        d.proposal.name = QStringLiteral("晋江市人民政府门户网站");
        d.reason = QStringLiteral("统一门户网站名称。");
        const auto id = file(jinjiang, d, {}, true);
        if (!id)
            return id.error();
        if (const Status s = requests.decide(quanzhou, *id, Decision::Return, QStringLiteral("请附正式请示文件后重新报送。")); !s)
            return s;
    }
    // Rejected: a county department asks to open a site of its own.
    if (jinjiangNoSite) {
        RequestDraft d;
        d.type = RequestType::Open;
        d.unitId = jinjiangNoSite;
        d.reason = QStringLiteral("业务宣传需要。");
        d.justification = QStringLiteral("业务量大，需单独发布信息。");
        d.proposal.name = QStringLiteral("晋江市某部门网站");
        d.proposal.code = RegistryQueries(db).nextSiteCode(QStringLiteral("350582")).value();
        d.proposal.domain = QStringLiteral("bm.jinjiang.gov.cn");
        d.proposal.url = QStringLiteral("https://bm.jinjiang.gov.cn/");
        d.proposal.kind = SiteKind::Department;
        const auto id = file(jinjiang, d, {{AttachmentKind::SecurityReport, security}}, true);
        if (!id)
            return id.error();
        if (const Status s = requests.decide(quanzhou, *id, Decision::Reject,
                QStringLiteral("县级政府部门原则上不开设网站，请通过门户网站发布信息。"));
            !s)
            return s;
    }
    // Approved, awaiting the national filing: a provincial department opens its site.
    // Draft: another provincial request not yet submitted.
    if (provinceNoSite) {
        const auto unit = OrganisationRepository(db).byId(provinceNoSite);
        RequestDraft d;
        d.type = RequestType::Open;
        d.unitId = provinceNoSite;
        d.reason = QStringLiteral("机构改革后新组建单位，需开设部门网站。");
        d.proposal.name = unit ? unit->name + QStringLiteral("网站") : QStringLiteral("新网站");
        d.proposal.code = RegistryQueries(db).nextSiteCode(QStringLiteral("350000")).value();
        const QString label = unit && !unit->domainLabel.isEmpty() ? unit->domainLabel : QStringLiteral("xin");
        d.proposal.domain = label + QStringLiteral(".fujian.gov.cn");
        d.proposal.url = QStringLiteral("https://%1/").arg(d.proposal.domain);
        d.proposal.kind = SiteKind::Department;
        d.proposal.platform = Platform::Unified;
        const auto id = file(inspector, d, {{AttachmentKind::Letter, letter}, {AttachmentKind::SecurityReport, security}}, true);
        if (!id)
            return id.error();
        if (const Status s = requests.decide(province, *id, Decision::Approve, QStringLiteral("同意开设，报国务院办公厅备案。")); !s)
            return s;
        RequestDraft draft;
        draft.type = RequestType::Close;
        draft.unitId = provinceId;
        draft.siteId = pick(db, QStringLiteral("SELECT s.id FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE "
                                               "o.level = 'province' AND s.kind = 'special' AND s.status = 'operating' ORDER "
                                               "BY s.id LIMIT 1"));
        draft.reason = QStringLiteral("专项任务已完成，拟关停专项网站。");
        if (draft.siteId != 0) {
            if (const auto saved = file(inspector, draft, {}, false); !saved)
                return saved.error();
        }
    }
    return {};
}

Result<DemoSummary> DemoBuilder::build(Database& database, const Options& options)
{
    QSqlDatabase& db = database.connection();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM sites)"))
            || !q.next())
            return Sql::error(q, tr("The database could not be read."));
        if (q.value(0).toInt() > 0)
            return Error{tr("The database already holds data; the demo is only built into an empty database."), {}};
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();

    Builder b(db, options.seed, options.today);
    const auto plan = DemoRegistry::plan(b.rng);
    if (!plan)
        return plan.error();
    QList<qint64> unitIds;
    if (!b.registerAll(*plan, unitIds))
        return b.error;
    const qint64 provId = unitIds.at(0);

    if (!b.assignResponsiblePersons())
        return b.error;

    // Accounts for every role, all with the password in DemoBuilder::kPassword (listed in the README).
    const auto hash = PasswordHasher::hash(QString::fromLatin1(kPassword));
    if (!hash)
        return hash.error();
    // On PostgreSQL every account is a login role too, with the same password (one verifier for all:
    // a demo's).
    const QString verifier = db.driverName() == QLatin1String("QPSQL")
        ? ::sitegov::db::ScramVerifier::make(QString::fromLatin1(kPassword))
        : QString();
    AccountService accounts(db);
    auto addAccount = [&](const QString& username, const QString& name, qint64 org, QList<Role> roles) -> Status {
        const auto id
            = accounts.createWithPasswordHash(b.actor, {username, name, org, std::move(roles)}, *hash, verifier);
        if (!id)
            return id.error();
        ++b.summary.accounts;
        return {};
    };
    const QString office = QStringLiteral("福建省人民政府办公厅");
    for (const auto& [username, name, roles] :
        {std::tuple{QStringLiteral("admin"), QStringLiteral("林建华（%1系统管理员）").arg(office), QList<Role>{Role::Administrator}},
            std::tuple{QStringLiteral("director"), QStringLiteral("陈志明（%1主任）").arg(office), QList<Role>{Role::Director}},
            std::tuple{QStringLiteral("approver"), QStringLiteral("黄晓燕（%1审核人）").arg(office), QList<Role>{Role::Approver}},
            std::tuple{QStringLiteral("inspector"), QStringLiteral("吴海峰（%1巡查员）").arg(office), QList<Role>{Role::Inspector}}}) {
        if (const Status st = addAccount(username, name, provId, roles); !st)
            return st.error();
    }
    for (const DemoRegistry::City& city : plan->cities) {
        const qint64 cityId = unitIds.at(plan->governmentOf(city.code));
        if (const Status st = addAccount(QStringLiteral("approver-") + city.pinyin,
                city.name + QStringLiteral("人民政府办公室审核人"), cityId, {Role::Approver});
            !st)
            return st.error();
    }

    // County inspectors, who file their county's requests.
    for (const auto& [username, name, code] :
        {std::tuple{QStringLiteral("inspector-jinjiang"), QStringLiteral("蔡志强（晋江市人民政府办公室巡查员）"), QStringLiteral("350582")},
            std::tuple{QStringLiteral("inspector-siming"), QStringLiteral("郑丽华（思明区人民政府办公室巡查员）"), QStringLiteral("350203")}}) {
        const int county = plan->governmentOf(code);
        if (county < 0)
            return Error{tr("The demo data names an unknown division %1.").arg(code), {}};
        const qint64 unit = unitIds.at(county);
        if (const Status st = addAccount(username, name, unit, {Role::Inspector}); !st)
            return st.error();
    }

    if (const Status st = buildRequests(db, options.today); !st)
        return st.error();
    if (const Status st = buildInspections(db, options.today, options.seed); !st)
        return st.error();

    if (const Status st = buildReviews(db, options.today, options.seed); !st)
        return st.error();
    if (const Status st = buildSpotChecks(db, options.today, options.seed); !st)
        return st.error();
    if (const Status st = buildProbe(db, options.today, options.seed); !st)
        return st.error();
    if (const Status st = buildTickets(db, options.today, options.seed); !st)
        return st.error();
    if (const Status st = buildPolicies(db, options.today, options.seed); !st)
        return st.error();
    if (const Status st = buildAnnualReports(db, options.today); !st)
        return st.error();

    if (const Status s = tx.commit(); !s)
        return s.error();
    return b.summary;
}

} // namespace sitegov
