#include "TestSupport.h"
#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "storage/AccountService.h"
#include "storage/AuditLog.h"
#include "storage/ChecklistService.h"
#include "demo/DemoBuilder.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryQueries.h"
#include "storage/RegistryService.h"
#include "storage/RequestAttachments.h"
#include "storage/RequestQueries.h"
#include "storage/RequestWorkflow.h"
#include "storage/SiteRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sitegov;

class TestRequests final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    Session as(const QString& username)
    {
        const auto a = AccountService(m_db->connection()).byUsername(username);
        return a ? AccountService::sessionFor(*a) : Session{};
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    }

    QStringList actions(qint64 requestId)
    {
        QStringList out;
        for (const RequestEvent& e : RequestQueries(m_db->connection()).history(requestId).value())
            out << e.action;
        return out;
    }

    // An open site of a county department or township, and its county government.
    std::pair<qint64, qint64> flaggedSite(int skip)
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT s.id, o.parent_id FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE "
                              "s.status <> 'closed' AND s.flags & 1 AND NOT EXISTS (SELECT 1 FROM requests r WHERE "
                              "r.site_id = s.id) ORDER BY s.id LIMIT 1 OFFSET %1")
                   .arg(skip));
        return q.next() ? std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()} : std::pair<qint64, qint64>{0, 0};
    }

    Session cityApproverOf(qint64 county)
    {
        return as(QStringLiteral("approver-%1").arg([&] {
            QSqlQuery q(m_db->connection());
            q.exec(QStringLiteral("SELECT c.division_code FROM organisations k JOIN organisations c ON c.id = k.city_org_id "
                                  "WHERE k.id = %1")
                       .arg(county));
            q.next();
            const QHash<QString, QString> pinyin{{QStringLiteral("350100"), QStringLiteral("fuzhou")},
                {QStringLiteral("350200"), QStringLiteral("xiamen")}, {QStringLiteral("350300"), QStringLiteral("putian")},
                {QStringLiteral("350400"), QStringLiteral("sanming")}, {QStringLiteral("350500"), QStringLiteral("quanzhou")},
                {QStringLiteral("350600"), QStringLiteral("zhangzhou")}, {QStringLiteral("350700"), QStringLiteral("nanping")},
                {QStringLiteral("350800"), QStringLiteral("longyan")}, {QStringLiteral("350900"), QStringLiteral("ningde")}};
            return pinyin.value(q.value(0).toString());
        }()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(DemoBuilder::build(*m_db, {2017, QDate(2026, 11, 28)}).ok());
        // An account with two roles, to try approving one's own request.
        const auto province = scalar(QStringLiteral("SELECT id FROM organisations WHERE parent_id IS NULL"));
        QVERIFY(AccountService(m_db->connection())
                    .create(Session::system(QStringLiteral("t")),
                        {QStringLiteral("both"), QStringLiteral("两个角色"), province, {Role::Inspector, Role::Approver}},
                        QStringLiteral("long enough password"))
                    .ok());
    }

    void demoHasEveryState()
    {
        for (RequestState s : RequestRules::states()) {
            QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM requests WHERE state = '%1'").arg(RequestRules::key(s))) > 0,
                qPrintable(RequestRules::key(s)));
        }
    }

    void countyClosureReturnedResubmittedApprovedExecuted()
    {
        RequestQueries queries(m_db->connection());
        RequestWorkflow requests(m_db->connection());
        RequestAttachments attachments(m_db->connection());
        const auto [site, county] = flaggedSite(0);
        QVERIFY(site && county);
        const Session filer = as(QStringLiteral("inspector"));
        const Session city = cityApproverOf(county);
        const Session province = as(QStringLiteral("approver"));
        QVERIFY(city.accountId != 0);

        RequestDraft d;
        d.type = RequestType::Close;
        d.unitId = county;
        d.siteId = site;
        d.reason = QStringLiteral("原则上不开设，已并入门户网站");
        const auto id = requests.saveDraft(filer, d);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        // Closing needs migration evidence: refused without it.
        const Status early = requests.submit(filer, *id);
        QVERIFY(!early.ok());
        QVERIFY(early.error().message.contains(QLatin1String("migrated")));
        QVERIFY(attachments.add(filer, *id, AttachmentKind::MigrationEvidence, QStringLiteral("/tmp/证明.pdf"),
                            QByteArray("%PDF-1.4 evidence"))
                    .ok());
        QVERIFY(requests.submit(filer, *id).ok());
        auto r = queries.byId(*id);
        QCOMPARE(r->state, RequestState::Submitted);
        QCOMPARE(r->stepCount, 2);
        QCOMPARE(r->currentStep, 1);
        // Only the city's approver decides step 1; the province's cannot yet, and the filer never.
        QVERIFY(!requests.decide(province, *id, Decision::Approve, {}).ok());
        QVERIFY(!requests.decide(filer, *id, Decision::Approve, {}).ok());
        QVERIFY(queries.inboxCount(city).value() >= 1);
        // A return needs a comment.
        QVERIFY(!requests.decide(city, *id, Decision::Return, QString()).ok());
        QVERIFY(requests.decide(city, *id, Decision::Return, QStringLiteral("请补充说明")).ok());
        QCOMPARE(queries.byId(*id)->state, RequestState::Returned);
        // Editable again by the filer, then resubmitted: a new round of steps.
        d.id = *id;
        d.reason = QStringLiteral("原则上不开设，已并入门户网站（补充：数据已归档）");
        QVERIFY(requests.saveDraft(filer, d).ok());
        QVERIFY(requests.submit(filer, *id).ok());
        r = queries.byId(*id);
        QCOMPARE(r->round, 2);
        QVERIFY(requests.decide(city, *id, Decision::Approve, QStringLiteral("同意")).ok());
        r = queries.byId(*id);
        QCOMPARE(r->state, RequestState::InReview);
        QCOMPARE(r->currentStep, 2);
        // Edits are refused once it is under review.
        QVERIFY(!requests.saveDraft(filer, d).ok());
        QVERIFY(requests.decide(province, *id, Decision::Approve, QStringLiteral("同意关停")).ok());
        r = queries.byId(*id);
        QCOMPARE(r->state, RequestState::Executed);
        const auto closed = SiteRepository(m_db->connection()).byId(site);
        QCOMPARE(closed->status, SiteStatus::Closed);
        QCOMPARE(closed->closedOn, OfficeClock::today()); // the office's day, whatever the machine's zone
        QCOMPARE(actions(*id), (QStringList{QStringLiteral("create"), QStringLiteral("attach"), QStringLiteral("submit"),
                                   QStringLiteral("return"), QStringLiteral("edit"), QStringLiteral("submit"),
                                   QStringLiteral("approve"), QStringLiteral("approve"), QStringLiteral("execute")}));
        // The closure itself is in the audit trail, by the province's approver.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'site' AND object_id = '%1' AND "
                                       "action = 'status' AND account_name = 'approver'")
                            .arg(site)),
            1);
        QVERIFY(!requests.withdraw(filer, *id).ok()); // executed: final
        QVERIFY(AuditLog::verify(m_db->connection())->ok);
    }

    void provinceRequestsAreFiledNationally()
    {
        RequestQueries queries(m_db->connection());
        RequestWorkflow requests(m_db->connection());
        RequestAttachments attachments(m_db->connection());
        const Session filer = as(QStringLiteral("inspector"));
        const Session province = as(QStringLiteral("approver"));
        const qint64 unit = scalar(QStringLiteral("SELECT o.id FROM organisations o WHERE o.level = 'province' AND o.kind = "
                                                  "'department' AND NOT EXISTS (SELECT 1 FROM sites s WHERE s.host_org_id = "
                                                  "o.id AND s.status <> 'closed') AND NOT EXISTS (SELECT 1 FROM requests r "
                                                  "WHERE r.unit_id = o.id) ORDER BY o.id LIMIT 1"));
        QVERIFY(unit);
        RequestDraft d;
        d.type = RequestType::Open;
        d.unitId = unit;
        d.reason = QStringLiteral("新设单位");
        d.proposal.name = QStringLiteral("新开网站");
        d.proposal.code = RegistryQueries(m_db->connection()).nextSiteCode(QStringLiteral("350000")).value();
        d.proposal.domain = QStringLiteral("xinkai.fujian.gov.cn");
        d.proposal.url = QStringLiteral("https://xinkai.fujian.gov.cn/");
        d.proposal.kind = SiteKind::Department;
        const auto id = requests.saveDraft(filer, d);
        QVERIFY(id.ok());
        QVERIFY(requests.submit(filer, *id).ok());
        // Going live needs the security test report at the decisive approval.
        const Status missing = requests.decide(province, *id, Decision::Approve, {});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("security")));
        QCOMPARE(queries.byId(*id)->state, RequestState::Submitted);
        // Attachments are added by the filer while it is editable only.
        QVERIFY(!attachments.add(filer, *id, AttachmentKind::SecurityReport, QStringLiteral("r.txt"), QByteArray("ok")).ok());
        QVERIFY(requests.withdraw(filer, *id).ok());

        d.id = 0;
        const auto again = requests.saveDraft(filer, d);
        QVERIFY(attachments.add(filer, *again, AttachmentKind::SecurityReport, QStringLiteral("r.txt"), QByteArray("通过")).ok());
        QVERIFY(!attachments.add(filer, *again, AttachmentKind::Other, QStringLiteral("empty.txt"), QByteArray()).ok());
        QVERIFY(!attachments.add(filer, *again, AttachmentKind::Other, QStringLiteral("big.bin"),
                             QByteArray(int(RequestAttachments::kMaxBytes) + 1, 'x'))
                     .ok());
        QVERIFY(requests.submit(filer, *again).ok());
        QVERIFY(requests.decide(province, *again, Decision::Approve, QStringLiteral("同意")).ok());
        auto r = queries.byId(*again);
        QCOMPARE(r->state, RequestState::Approved);
        QCOMPARE(r->currentStep, 2);
        QVERIFY(!SiteRepository(m_db->connection()).byCode(d.proposal.code).ok()); // not yet in effect
        // The filing cannot be rejected; it is recorded, and the request takes effect.
        QVERIFY(!requests.decide(province, *again, Decision::Reject, QStringLiteral("no")).ok());
        QVERIFY(requests.decide(province, *again, Decision::Approve, QStringLiteral("已备案")).ok());
        r = queries.byId(*again);
        QCOMPARE(r->state, RequestState::Executed);
        const auto opened = SiteRepository(m_db->connection()).byCode(d.proposal.code);
        QVERIFY(opened.ok());
        QCOMPARE(opened->status, SiteStatus::Operating);
        QCOMPARE(r->resultSiteId, opened->id);
        const QStringList acts = actions(*again);
        QVERIFY(acts.size() >= 2);
        QCOMPARE(acts.at(acts.size() - 2), QStringLiteral("file"));
        QCOMPARE(acts.last(), QStringLiteral("execute"));
    }

    void nobodyApprovesTheirOwnRequest()
    {
        RequestQueries queries(m_db->connection());
        RequestWorkflow requests(m_db->connection());
        const Session both = as(QStringLiteral("both"));
        const qint64 site = scalar(QStringLiteral("SELECT s.id FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE "
                                                  "o.level = 'province' AND s.status = 'operating' AND s.platform = "
                                                  "'standalone' AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.site_id = "
                                                  "s.id) LIMIT 1"));
        QVERIFY(site);
        RequestDraft d;
        d.type = RequestType::Migrate;
        d.unitId = scalar(QStringLiteral("SELECT host_org_id FROM sites WHERE id = %1").arg(site));
        d.siteId = site;
        d.reason = QStringLiteral("迁移");
        const auto id = requests.saveDraft(both, d);
        QVERIFY(id.ok());
        QVERIFY(requests.submit(both, *id).ok());
        const Status own = requests.decide(both, *id, Decision::Approve, {});
        QVERIFY(!own.ok());
        QVERIFY(own.error().message.contains(QLatin1String("own request")));
        QVERIFY(queries.inboxCount(both).value() < queries.inboxCount(as(QStringLiteral("approver"))).value());
        // Others may not withdraw or edit it.
        QVERIFY(!requests.withdraw(as(QStringLiteral("inspector")), *id).ok());
        // An approver of another city cannot decide a step that is not theirs.
        QVERIFY(!requests.decide(as(QStringLiteral("approver-xiamen")), *id, Decision::Approve, {}).ok());
        QVERIFY(requests.decide(as(QStringLiteral("approver")), *id, Decision::Approve, {}).ok());
        QCOMPARE(queries.byId(*id)->state, RequestState::Approved); // province level: awaits filing
    }

    void policiesRefuseSubmission()
    {
        RequestQueries queries(m_db->connection());
        RequestWorkflow requests(m_db->connection());
        const Session filer = as(QStringLiteral("inspector-jinjiang"));
        // Jinjiang's government runs its portal: it cannot open a second site.
        RequestDraft d;
        d.type = RequestType::Open;
        d.unitId = filer.orgId;
        d.reason = QStringLiteral("第二个网站");
        d.proposal.name = QStringLiteral("晋江第二网站");
        d.proposal.code = RegistryQueries(m_db->connection()).nextSiteCode(QStringLiteral("350582")).value();
        d.proposal.domain = QStringLiteral("www.jinjiang2.gov.cn");
        d.proposal.url = QStringLiteral("https://www.jinjiang2.gov.cn/");
        d.proposal.kind = SiteKind::Portal;
        const auto id = requests.saveDraft(filer, d);
        QVERIFY(id.ok());
        const Status s = requests.submit(filer, *id);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("one unit runs at most one site")));
        // A county department without a written justification is refused, with one it is filed.
        const qint64 department = scalar(QStringLiteral("SELECT id FROM organisations WHERE parent_id = %1 AND kind = "
                                                        "'department' AND NOT EXISTS (SELECT 1 FROM sites s WHERE "
                                                        "s.host_org_id = organisations.id AND s.status <> 'closed') AND NOT "
                                                        "EXISTS (SELECT 1 FROM requests r WHERE r.unit_id = organisations.id) "
                                                        "LIMIT 1")
                                             .arg(filer.orgId));
        QVERIFY(department);
        d.unitId = department;
        d.proposal.kind = SiteKind::Department;
        d.proposal.domain = QStringLiteral("bm2.jinjiang.gov.cn");
        d.proposal.url = QStringLiteral("https://bm2.jinjiang.gov.cn/");
        const auto flagged = requests.saveDraft(filer, d);
        QVERIFY(flagged.ok());
        QVERIFY(!requests.submit(filer, *flagged).ok());
        d.id = *flagged;
        d.justification = QStringLiteral("经市政府同意单独设立");
        QVERIFY(requests.saveDraft(filer, d).ok());
        QVERIFY(requests.submit(filer, *flagged).ok());
        const auto findings = queries.checks(*flagged, RequestPolicy::Stage::Decision);
        bool shown = false;
        for (const Finding& f : *findings)
            shown = shown || (!f.isError() && f.message.contains(QStringLiteral("原则上不开设")));
        QVERIFY(shown);
        // Filing for a unit outside one's jurisdiction is refused.
        RequestDraft outside = d;
        outside.id = 0;
        outside.unitId = scalar(QStringLiteral("SELECT id FROM organisations WHERE division_code = '350200' AND kind = 'government'"));
        QVERIFY(!requests.saveDraft(filer, outside).ok());
        // An approver may not file.
        QVERIFY(!requests.saveDraft(as(QStringLiteral("approver")), outside).ok());
    }

    // Withdrawing changes the request: an account that may no longer change it (here its unit was
    // moved out of the filer's jurisdiction) may not withdraw it either, and nothing is written.
    void withdrawingNeedsTheRightToChange()
    {
        RequestQueries queries(m_db->connection());
        RequestWorkflow requests(m_db->connection());
        RegistryService registry(m_db->connection());
        const Session system = Session::system(QStringLiteral("t"));
        const Session filer = as(QStringLiteral("inspector-jinjiang"));
        QVERIFY(filer.accountId);
        // Quanzhou's government: its division holds Jinjiang's, and it is outside Jinjiang's jurisdiction.
        const qint64 quanzhou = scalar(QStringLiteral("SELECT id FROM organisations WHERE division_code = '350500' AND kind = "
                                                      "'government'"));
        QVERIFY(quanzhou);
        const auto unit = registry.createOrganisation(system,
            {0, filer.orgId, QStringLiteral("晋江市撤回测试中心"), AdminLevel::County, OrgKind::Department,
                QStringLiteral("350582"), {}, true});
        QVERIFY(unit.ok());
        RequestDraft d;
        d.type = RequestType::Open;
        d.unitId = *unit;
        d.reason = QStringLiteral("开设");
        d.proposal.name = QStringLiteral("撤回测试网站");
        d.proposal.code = RegistryQueries(m_db->connection()).nextSiteCode(QStringLiteral("350582")).value();
        d.proposal.domain = QStringLiteral("chehui.jinjiang.gov.cn");
        d.proposal.url = QStringLiteral("https://chehui.jinjiang.gov.cn/");
        d.proposal.kind = SiteKind::Department;
        const auto id = requests.saveDraft(filer, d);
        QVERIFY(id.ok());
        d.id = *id;

        QVERIFY(registry.moveOrganisation(system, *unit, quanzhou).ok());
        QVERIFY(!requests.saveDraft(filer, d).ok()); // editable() refuses
        const int audit = int(scalar(QStringLiteral("SELECT count(*) FROM audit_log")));
        const QStringList before = actions(*id);
        const Status refused = requests.withdraw(filer, *id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("jurisdiction")), qPrintable(refused.error().message));
        QCOMPARE(queries.byId(*id)->state, RequestState::Draft);
        QCOMPARE(actions(*id), before);
        QCOMPARE(int(scalar(QStringLiteral("SELECT count(*) FROM audit_log"))), audit);

        // Back within the filer's jurisdiction, the filer withdraws it.
        QVERIFY(registry.moveOrganisation(system, *unit, filer.orgId).ok());
        QVERIFY(requests.withdraw(filer, *id).ok());
        QCOMPARE(queries.byId(*id)->state, RequestState::Withdrawn);
    }

    void executionIsAtomic()
    {
        RequestQueries queries(m_db->connection());
        RequestWorkflow requests(m_db->connection());
        RequestAttachments attachments(m_db->connection());
        const Session filer = as(QStringLiteral("inspector"));
        const qint64 unit = scalar(QStringLiteral("SELECT o.id FROM organisations o WHERE o.level = 'city' AND o.kind = "
                                                  "'department' AND NOT EXISTS (SELECT 1 FROM sites s WHERE s.host_org_id = "
                                                  "o.id AND s.status <> 'closed') ORDER BY o.id LIMIT 1"));
        const QString division = scalar(QStringLiteral("SELECT division_code FROM organisations WHERE id = %1").arg(unit)) == 0
            ? QString()
            : QString::number(scalar(QStringLiteral("SELECT division_code FROM organisations WHERE id = %1").arg(unit)));
        RequestDraft d;
        d.type = RequestType::Open;
        d.unitId = unit;
        d.reason = QStringLiteral("开设");
        d.proposal.name = QStringLiteral("原子性测试网站");
        d.proposal.code = RegistryQueries(m_db->connection()).nextSiteCode(division).value();
        d.proposal.domain = QStringLiteral("atom.fuzhou.gov.cn");
        d.proposal.url = QStringLiteral("https://atom.fuzhou.gov.cn/");
        d.proposal.kind = SiteKind::Department;
        const auto id = requests.saveDraft(filer, d);
        QVERIFY(id.ok());
        QVERIFY(attachments.add(filer, *id, AttachmentKind::SecurityReport, QStringLiteral("s.txt"), QByteArray("ok")).ok());
        QVERIFY(requests.submit(filer, *id).ok());
        // Meanwhile someone registers another site under the very code the request proposes.
        Site clash;
        clash.code = d.proposal.code;
        clash.name = QStringLiteral("抢先登记的网站");
        clash.domain = QStringLiteral("clash.fuzhou.gov.cn");
        clash.url = QStringLiteral("https://clash.fuzhou.gov.cn/");
        clash.kind = SiteKind::Special;
        clash.status = SiteStatus::Planned;
        clash.hostOrgId = scalar(QStringLiteral("SELECT parent_id FROM organisations WHERE id = %1").arg(unit));
        QVERIFY(RegistryService(m_db->connection()).registerSite(Session::system(QStringLiteral("t")), clash).ok());
        const int sites = int(scalar(QStringLiteral("SELECT count(*) FROM sites")));
        const int events = int(scalar(QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = %1").arg(*id)));
        const int audit = int(scalar(QStringLiteral("SELECT count(*) FROM audit_log")));
        const Status s = requests.decide(as(QStringLiteral("approver")), *id, Decision::Approve, QStringLiteral("同意"));
        QVERIFY(!s.ok());
        // Neither the request nor the registry moved.
        const auto r = queries.byId(*id);
        QCOMPARE(r->state, RequestState::Submitted);
        QCOMPARE(r->currentStep, 1);
        QVERIFY(!queries.steps(*id)->at(0).decision.has_value());
        QCOMPARE(int(scalar(QStringLiteral("SELECT count(*) FROM sites"))), sites);
        QCOMPARE(int(scalar(QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = %1").arg(*id))), events);
        QCOMPARE(int(scalar(QStringLiteral("SELECT count(*) FROM audit_log"))), audit);
    }

    void attachmentsRoundTrip()
    {
        RequestAttachments attachments(m_db->connection());
        const Session filer = as(QStringLiteral("inspector"));
        const qint64 draft = scalar(QStringLiteral("SELECT id FROM requests WHERE state = 'draft' LIMIT 1"));
        QVERIFY(draft);
        const QByteArray content("%PDF-1.4\n\x00\x01\x02 binary \xff", 24);
        const auto id = attachments.add(filer, draft, AttachmentKind::Letter, QStringLiteral("请示.pdf"), content);
        QVERIFY(id.ok());
        QCOMPARE(attachments.content(*id).value(), content);
        const auto list = attachments.list(draft);
        QCOMPARE(list->constLast().fileName, QStringLiteral("请示.pdf"));
        QCOMPARE(list->constLast().size, qint64(content.size()));
        QVERIFY(attachments.remove(filer, *id).ok());
        QVERIFY(!attachments.content(*id).ok());
    }

    // Issue 14, item 1: a file chosen to attach is checked before it is read: the database this
    // program has open and its working files, a folder, a pipe and a device are refused, each named.
    void attachmentFilesAreCheckedBeforeTheyAreRead()
    {
        RequestAttachments attachments(m_db->connection());
        const Session filer = as(QStringLiteral("inspector"));
        const qint64 draft = scalar(QStringLiteral("SELECT id FROM requests WHERE state = 'draft' LIMIT 1"));
        QVERIFY(draft);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.pdf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString path = m_db->path();
        const QList<QPair<QString, QString>> refused{
            {path, QStringLiteral("is the SiteGov database itself")},
            {path + QStringLiteral("-wal"), QStringLiteral("is a working file of the SiteGov database")},
            {path + QStringLiteral("-shm"), QStringLiteral("is a working file of the SiteGov database")},
            {dir.path(), QStringLiteral("is a folder")},
            {fifo, QStringLiteral("is a named pipe")},
            {QStringLiteral("/dev/zero"), QStringLiteral("is a device")},
        };
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM request_attachments"));
        for (const auto& [file, expected] : refused) {
            const auto added = attachments.addFile(filer, draft, AttachmentKind::Other, file);
            QVERIFY2(!added.ok(), qPrintable(file));
            QVERIFY2(added.error().message.contains(expected), qPrintable(added.error().message));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM request_attachments")), before);
        const QString letter = dir.filePath(QStringLiteral("请示.txt"));
        QFile f(letter);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("请示内容");
        f.close();
        const auto id = attachments.addFile(filer, draft, AttachmentKind::Letter, letter);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().fullText()));
        QCOMPARE(attachments.content(*id).value(), QByteArray("请示内容"));
        QVERIFY(attachments.remove(filer, *id).ok());
        // The same checks for a checklist file.
        const auto list = ChecklistService::readFile(path + QStringLiteral("-shm"));
        QVERIFY(!list.ok());
        QVERIFY2(list.error().message.contains(QLatin1String("working file")), qPrintable(list.error().message));
        QVERIFY(!ChecklistService::readFile(QStringLiteral("/dev/zero")).ok());
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "TestRequests.moc"
