#include "storage/DemoBuilder.h"

#include "core/Organisation.h"
#include "core/Site.h"
#include "storage/AccountService.h"
#include "storage/Database.h"
#include "storage/OrganisationRepository.h"
#include "storage/PasswordHasher.h"
#include "storage/PersonService.h"
#include "storage/RegistryQueries.h"
#include "storage/RequestService.h"
#include "storage/SiteRepository.h"
#include "storage/RegistryService.h"
#include "storage/Sql.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    OrganisationRepository orgs;
    RegistryService registry;
    QHash<QString, int> serials; // division code -> last serial used
    QHash<QString, qint64> governmentByDivision;
    DemoSummary summary;
    Error error;

    Builder(QSqlDatabase d, quint32 seed, QDate t)
        : db(d)
        , rng(seed)
        , today(t)
        , orgs(d)
        , registry(d)
    {
    }

    bool chance(int percent) { return int(rng.bounded(100)) < percent; }

    QDate dateBetween(int fromYear, int toYear)
    {
        const QDate from(fromYear, 1, 1);
        const qint64 span = from.daysTo(QDate(toYear, 12, 31));
        return from.addDays(rng.bounded(span + 1));
    }

    qint64 addOrg(qint64 parent, const QString& name, AdminLevel level, OrgKind kind, const QString& division,
        const QString& label)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = kind;
        o.divisionCode = division;
        o.domainLabel = label;
        const auto id = registry.createOrganisation(actor, o);
        if (!id) {
            error = id.error();
            return 0;
        }
        ++summary.organisations;
        if (kind == OrgKind::Government)
            governmentByDivision.insert(division, *id);
        return *id;
    }

    QString nextCode(const QString& division)
    {
        const int serial = ++serials[division];
        return division + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
    }

    QString icp() { return QStringLiteral("闽ICP备%1号").arg(5000000 + rng.bounded(9000000)); }

    QString psb(const QString& division)
    {
        return QStringLiteral("闽公网安备 %1%2号").arg(division.left(4) + QStringLiteral("02")).arg(
            QStringLiteral("%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0')));
    }

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

    bool addSite(qint64 hostOrg, qint64 supervisor, const QString& division, const QString& name,
        const QString& domain, SiteKind kind, SiteStatus status, Platform platform, const QString& operatorName,
        int openedFrom, RegistryService::DuplicatePolicy duplicates = RegistryService::DuplicatePolicy::Refuse)
    {
        Site s;
        s.code = nextCode(division);
        s.name = name;
        s.domain = domain;
        s.url = QStringLiteral("https://") + domain + u'/';
        s.kind = kind;
        s.status = status;
        s.platform = platform;
        s.hostOrgId = hostOrg;
        s.supervisorOrgId = supervisor;
        s.operatorName = operatorName;
        if (status != SiteStatus::Planned) {
            s.icpFiling = icp();
            s.psbFiling = psb(division);
            s.openedOn = dateBetween(openedFrom, 2015);
        }
        if (status == SiteStatus::Closed)
            s.closedOn = dateBetween(2016, 2017);
        const auto id = registry.registerSite(actor, s, duplicates);
        if (!id) {
            error = id.error();
            return false;
        }
        ++summary.sites;
        return true;
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

    // Consolidation as the seed reports it: most city department sites and half the county
    // portals have moved onto the unified platforms; most sites of units that should not run one
    // have been closed.
    SiteStatus pickStatus(int closedPct, int migratingPct, int plannedPct = 0)
    {
        const int r = int(rng.bounded(100));
        if (r < closedPct)
            return SiteStatus::Closed;
        if (r < closedPct + migratingPct)
            return SiteStatus::Migrating;
        if (r < closedPct + migratingPct + plannedPct)
            return SiteStatus::Planned;
        return SiteStatus::Operating;
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
    RequestService requests(db);
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
            if (const auto a = requests.addAttachment(who, *id, kind, name, content); !a)
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
                                   "s.status <> 'closed' AND s.flags & 1 ORDER BY s.id LIMIT 3")))
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
    QFile file(QStringLiteral(":/sitegov/demo/fujian.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The demo data resource is missing from this build."), file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return Error{tr("The demo data resource is damaged."), parseError.errorString()};
    const QJsonObject root = doc.object();

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
    auto str = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); };

    const QJsonObject province = root.value(QLatin1String("province")).toObject();
    const QString provCode = str(province, "code");
    const QString provLabel = str(province, "domain");
    const QString provShort = str(province, "short");
    const qint64 provId = b.addOrg(0, str(province, "name"), AdminLevel::Province, OrgKind::Government, provCode,
        provLabel);
    if (!provId)
        return b.error;
    const QString provOperator = QStringLiteral("福建省经济信息中心");
    if (!b.addSite(provId, provId, provCode, QStringLiteral("中国福建"), QStringLiteral("www.%1.gov.cn").arg(provLabel),
            SiteKind::Portal, SiteStatus::Operating, Platform::Unified, provOperator, 2001))
        return b.error;

    const QJsonArray provDepts = root.value(QLatin1String("provinceDepartments")).toArray();
    for (const QJsonValue& v : provDepts) {
        const QJsonObject d = v.toObject();
        const QString name = provShort + str(d, "name");
        const qint64 id = b.addOrg(provId, name, AdminLevel::Province, OrgKind::Department, provCode, str(d, "label"));
        if (!id)
            return b.error;
        const SiteStatus status = b.pickStatus(6, 8);
        const Platform platform = b.chance(85) ? Platform::Unified : Platform::Standalone;
        if (!b.addSite(id, provId, provCode, name + QStringLiteral("网站"),
                QStringLiteral("%1.%2.gov.cn").arg(str(d, "label"), provLabel), SiteKind::Department, status,
                platform, provOperator, 2003))
            return b.error;
    }

    const QJsonArray cityDepts = root.value(QLatin1String("cityDepartments")).toArray();
    const QJsonArray countyDepts = root.value(QLatin1String("countyDepartments")).toArray();
    const QJsonObject townships = root.value(QLatin1String("townships")).toObject();
    const QJsonArray cities = root.value(QLatin1String("cities")).toArray();
    for (const QJsonValue& cv : cities) {
        const QJsonObject city = cv.toObject();
        const QString cityName = str(city, "name");
        const QString cityCode = str(city, "code");
        const QString cityLabel = str(city, "domain");
        const QString governmentName = cityName.endsWith(QStringLiteral("实验区"))
            ? cityName + QStringLiteral("管理委员会")
            : cityName + QStringLiteral("人民政府");
        const qint64 cityId = b.addOrg(provId, governmentName, AdminLevel::City, OrgKind::Government, cityCode,
            cityLabel);
        if (!cityId)
            return b.error;
        const QString cityOperator = cityName + QStringLiteral("信息中心");
        const QString portalName = cityName.endsWith(QStringLiteral("实验区"))
            ? QStringLiteral("平潭综合实验区门户网站")
            : QStringLiteral("%1人民政府门户网站").arg(cityName);
        if (!b.addSite(cityId, provId, cityCode, portalName, QStringLiteral("www.%1.gov.cn").arg(cityLabel),
                SiteKind::Portal, SiteStatus::Operating, b.chance(80) ? Platform::Unified : Platform::Standalone,
                cityOperator, 2002))
            return b.error;

        // Each city keeps a sample of its departments in the registry; 80% of city department sites
        // had moved onto the city's unified platform in 2017.
        for (const QJsonValue& dv : cityDepts) {
            if (!b.chance(60))
                continue;
            const QJsonObject d = dv.toObject();
            const QString name = cityName + str(d, "name");
            const qint64 id = b.addOrg(cityId, name, AdminLevel::City, OrgKind::Department, cityCode, str(d, "label"));
            if (!id)
                return b.error;
            if (b.chance(20))
                continue; // no site of its own: publishes through the city portal
            const SiteStatus status = b.pickStatus(12, 8, 2);
            if (!b.addSite(id, cityId, cityCode, name + QStringLiteral("网站"),
                    QStringLiteral("%1.%2.gov.cn").arg(str(d, "label"), cityLabel), SiteKind::Department, status,
                    b.chance(80) ? Platform::Unified : Platform::Standalone, cityOperator, 2004))
                return b.error;
        }

        const QJsonArray counties = city.value(QLatin1String("counties")).toArray();
        for (const QJsonValue& kv : counties) {
            const QJsonObject county = kv.toObject();
            const QString countyName = str(county, "name");
            const QString countyCode = str(county, "code");
            const QString countyLabel = str(county, "domain");
            const qint64 countyId = b.addOrg(cityId, countyName + QStringLiteral("人民政府"), AdminLevel::County,
                OrgKind::Government, countyCode, countyLabel);
            if (!countyId)
                return b.error;
            const SiteStatus portalStatus = b.chance(8) ? SiteStatus::Migrating : SiteStatus::Operating;
            // Half of the county portals had moved onto the city's platform in 2017.
            if (!b.addSite(countyId, cityId, countyCode, QStringLiteral("%1%2人民政府网").arg(cityName, countyName),
                    QStringLiteral("www.%1.gov.cn").arg(countyLabel), SiteKind::Portal, portalStatus,
                    b.chance(50) ? Platform::Unified : Platform::Standalone, cityOperator, 2005))
                return b.error;

            // County departments should not run sites of their own (原则上不开设): most of theirs
            // were closed in the consolidation; a few remain, flagged for migration or closure.
            for (const QJsonValue& dv : countyDepts) {
                const QJsonObject d = dv.toObject();
                const QString name = countyName + str(d, "name");
                const qint64 id = b.addOrg(countyId, name, AdminLevel::County, OrgKind::Department, countyCode,
                    str(d, "label"));
                if (!id)
                    return b.error;
                if (!b.chance(14))
                    continue;
                const SiteStatus status = b.pickStatus(70, 12);
                if (!b.addSite(id, countyId, countyCode, name + QStringLiteral("网站"),
                        QStringLiteral("%1.%2.gov.cn").arg(str(d, "label"), countyLabel), SiteKind::Department,
                        status, Platform::Standalone, countyName + QStringLiteral("信息中心"), 2006))
                    return b.error;
            }

            const QJsonArray towns = townships.value(countyCode).toArray();
            int townIndex = 0;
            for (const QJsonValue& tv : towns) {
                const QString townName = tv.toString();
                const QString label = QStringLiteral("t%1").arg(++townIndex);
                const qint64 id = b.addOrg(countyId, countyName + townName + QStringLiteral("人民政府"),
                    AdminLevel::Township, OrgKind::Government, countyCode, label);
                if (!id)
                    return b.error;
                const SiteStatus status = b.pickStatus(65, 15);
                if (!b.addSite(id, countyId, countyCode, countyName + townName + QStringLiteral("网站"),
                        QStringLiteral("%1.%2.gov.cn").arg(label, countyLabel), SiteKind::Portal, status,
                        Platform::Standalone, countyName + QStringLiteral("信息中心"), 2008))
                    return b.error;
            }
        }
    }

    const QJsonArray specials = root.value(QLatin1String("specialSites")).toArray();
    for (const QJsonValue& sv : specials) {
        const QJsonObject s = sv.toObject();
        const QString division = str(s, "division");
        const qint64 host = b.governmentByDivision.value(division);
        if (host == 0)
            return Error{tr("The demo data names an unknown division %1.").arg(division), {}};
        const auto hostOrg = b.orgs.byId(host);
        if (!hostOrg)
            return hostOrg.error();
        if (!b.addSite(host, host, division, str(s, "name"),
                QStringLiteral("%1.%2.gov.cn").arg(str(s, "label"), hostOrg->domainLabel), SiteKind::Special,
                b.pickStatus(10, 0), Platform::Unified, provOperator, 2010))
            return b.error;
    }

    // Sites an import brought in twice: a department still running its old site beside the new one,
    // recorded as reality and flagged for merging.
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT s.host_org_id, o.division_code, o.domain_label, p.domain_label, o.name FROM sites s "
                                   "JOIN organisations o ON o.id = s.host_org_id JOIN organisations p ON p.id = o.parent_id "
                                   "WHERE s.status = 'operating' AND o.level = 'city' AND o.kind = 'department' "
                                   "ORDER BY s.id LIMIT 3")))
            return Sql::error(q, tr("The demo sites could not be read."));
        QList<std::tuple<qint64, QString, QString, QString, QString>> picks;
        while (q.next()) {
            picks << std::tuple{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString()};
        }
        q.finish();
        for (const auto& [org, division, label, cityLabel, name] : picks) {
            if (!b.addSite(org, 0, division, name + QStringLiteral("网站（旧版）"),
                    QStringLiteral("%1old.%2.gov.cn").arg(label, cityLabel), SiteKind::Department, SiteStatus::Operating,
                    Platform::Standalone, name, 2008, RegistryService::DuplicatePolicy::Flag))
                return b.error;
        }
    }

    if (!b.assignResponsiblePersons())
        return b.error;

    // Accounts for every role, all with the password in DemoBuilder::kPassword (listed in the README).
    const auto hash = PasswordHasher::hash(QString::fromLatin1(kPassword));
    if (!hash)
        return hash.error();
    AccountService accounts(db);
    auto addAccount = [&](const QString& username, const QString& name, qint64 org, QList<Role> roles) -> Status {
        const auto id = accounts.createWithPasswordHash(b.actor, {username, name, org, std::move(roles)}, *hash);
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
    for (const QJsonValue& cv : cities) {
        const QJsonObject city = cv.toObject();
        const qint64 cityId = b.governmentByDivision.value(str(city, "code"));
        if (const Status st = addAccount(QStringLiteral("approver-") + str(city, "pinyin"),
                str(city, "name") + QStringLiteral("人民政府办公室审核人"), cityId, {Role::Approver});
            !st)
            return st.error();
    }

    // County inspectors, who file their county's requests.
    for (const auto& [username, name, code] :
        {std::tuple{QStringLiteral("inspector-jinjiang"), QStringLiteral("蔡志强（晋江市人民政府办公室巡查员）"), QStringLiteral("350582")},
            std::tuple{QStringLiteral("inspector-siming"), QStringLiteral("郑丽华（思明区人民政府办公室巡查员）"), QStringLiteral("350203")}}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM organisations WHERE division_code = ? AND kind = 'government' AND level = "
                                 "'county'"));
        q.addBindValue(code);
        if (!q.exec() || !q.next())
            return Sql::error(q, tr("The demo units could not be read."));
        const qint64 unit = q.value(0).toLongLong();
        q.finish();
        if (const Status st = addAccount(username, name, unit, {Role::Inspector}); !st)
            return st.error();
    }

    if (const Status st = buildRequests(db, options.today); !st)
        return st.error();
    if (const Status st = buildInspections(db, options.today, options.seed); !st)
        return st.error();

    if (const Status st = buildReviews(db, options.today, options.seed); !st)
        return st.error();

    if (const Status s = tx.commit(); !s)
        return s.error();
    return b.summary;
}

} // namespace sitegov
