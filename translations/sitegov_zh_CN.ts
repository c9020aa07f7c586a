<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SiteGov</source>
            <translation>关于 SiteGov</translation>
        </message>
        <message>
            <source>SiteGov</source>
            <translation>SiteGov</translation>
        </message>
        <message>
            <source>Governance console for a province's government websites</source>
            <translation>全省政府网站监管控制台</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>版本：</translation>
        </message>
        <message>
            <source>Build:</source>
            <translation>构建：</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt：</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
    </context>
    <context>
        <name>AccountCommands</name>
        <message>
            <source>New password: </source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>Repeat the password: </source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>user add needs --username, --org and --role.</source>
            <translation>user add 需要 --username、--org 和 --role。</translation>
        </message>
        <message>
            <source>Unknown role in "%1": use administrator, director, approver, inspector (comma-separated).</source>
            <translation>“%1”中有未知角色：请使用 administrator、director、approver、inspector（以逗号分隔）。</translation>
        </message>
        <message>
            <source>No password was given on standard input.</source>
            <translation>标准输入未提供密码。</translation>
        </message>
        <message>
            <source>Account %1 created (number %2).</source>
            <translation>已创建账号 %1（编号 %2）。</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <source>Give the account with --username.</source>
            <translation>请用 --username 指定账号。</translation>
        </message>
        <message>
            <source>Account %1 disabled.</source>
            <translation>账号 %1 已停用。</translation>
        </message>
        <message>
            <source>Account %1 enabled.</source>
            <translation>账号 %1 已启用。</translation>
        </message>
        <message>
            <source>The password of %1 was changed.</source>
            <translation>%1 的密码已修改。</translation>
        </message>
        <message>
            <source>The audit trail is broken at record %1: %2</source>
            <translation>审计记录链在第 %1 条处断裂：%2</translation>
        </message>
        <message>
            <source>The audit trail is whole: %1 records, last hash %2.</source>
            <translation>审计记录链完整：共 %1 条，最后哈希值 %2。</translation>
        </message>
        <message>
            <source>Give the backup file with --output.</source>
            <translation>请用 --output 指定备份文件。</translation>
        </message>
        <message>
            <source>Backup written to %1 (%2 bytes).</source>
            <translation>备份已写入 %1（%2 字节）。</translation>
        </message>
        <message>
            <source>Give exactly one backup file: sitegovctl restore FILE --database PATH.</source>
            <translation>请指定且只指定一个备份文件：sitegovctl restore 文件 --database 路径。</translation>
        </message>
        <message>
            <source>Restored %1 into %2.</source>
            <translation>已将 %1 恢复到 %2。</translation>
        </message>
        <message>
            <source>The replaced database was kept as %1.</source>
            <translation>被替换的数据库已保留为 %1。</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>Audit anchor to keep elsewhere (it shows records removed later): --expect-count %1 --expect-head %2</source>
            <translation>审计锚点（请另行保存，可据此发现日后被删除的记录）：--expect-count %1 --expect-head %2</translation>
        </message>
        <message>
            <source>--expect-count takes the number of records that a backup or audit verify printed.</source>
            <translation>--expect-count 须为备份或审计校验时输出的记录条数。</translation>
        </message>
        <message>
            <source>--expect-head takes the 64-character hash that a backup or audit verify printed.</source>
            <translation>--expect-head 须为备份或审计校验时输出的 64 位哈希值。</translation>
        </message>
        <message>
            <source>The audit trail does not agree with the anchor: %1</source>
            <translation>审计记录链与锚点不符：%1</translation>
        </message>
        <message>
            <source>It agrees with the anchor: its record %1 is there, and %2 records were written after it.</source>
            <translation>与锚点相符：锚点所指的第 %1 条记录仍在，其后又写入 %2 条记录。</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>AccountService</name>
        <message>
            <source>The accounts could not be read.</source>
            <translation>无法读取账号信息。</translation>
        </message>
        <message>
            <source>There is no account with the number %1.</source>
            <translation>不存在编号为 %1 的账号。</translation>
        </message>
        <message>
            <source>There is no account named "%1".</source>
            <translation>不存在名为“%1”的账号。</translation>
        </message>
        <message>
            <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores, and starts with a letter or digit.</source>
            <translation>用户名由 2 到 64 个字母、数字、点、连字符或下划线组成，并以字母或数字开头。</translation>
        </message>
        <message>
            <source>Give the person's name.</source>
            <translation>请填写姓名。</translation>
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation>请为账号指定至少一个角色。</translation>
        </message>
        <message>
            <source>Choose the unit the account belongs to.</source>
            <translation>请选择账号所属单位。</translation>
        </message>
        <message>
            <source>The unit could not be read.</source>
            <translation>无法读取该单位。</translation>
        </message>
        <message>
            <source>The chosen unit does not exist or is no longer active.</source>
            <translation>所选单位不存在或已停用。</translation>
        </message>
        <message>
            <source>The user name "%1" is taken.</source>
            <translation>用户名“%1”已被使用。</translation>
        </message>
        <message>
            <source>The account could not be saved.</source>
            <translation>无法保存账号。</translation>
        </message>
        <message>
            <source>The first administrator exists already: log in instead.</source>
            <translation>首个管理员已存在：请直接登录。</translation>
        </message>
        <message>
            <source>The password hash is not an argon2 hash.</source>
            <translation>密码哈希不是 argon2 格式。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的账号。</translation>
        </message>
        <message>
            <source>%1 is the last active administrator and cannot be disabled.</source>
            <translation>%1 是最后一个可用的管理员，不能停用。</translation>
        </message>
        <message>
            <source>The account could not be changed.</source>
            <translation>无法修改账号。</translation>
        </message>
        <message>
            <source>The password could not be changed.</source>
            <translation>无法修改密码。</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>The account %1 is disabled. Ask an administrator.</source>
            <translation>账号 %1 已停用，请联系管理员。</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account %1 is locked until %2.</source>
            <translation>密码错误次数过多：账号 %1 已锁定至 %2。</translation>
        </message>
        <message>
            <source>The login could not be recorded.</source>
            <translation>无法记录本次登录。</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account %1 is locked for %2 minutes.</source>
            <translation>密码错误次数过多：账号 %1 已锁定 %2 分钟。</translation>
        </message>
        <message>
            <source>The account's database login could not be changed.</source>
            <translation>无法更改该账号的数据库登录角色。</translation>
        </message>
        <message>
            <source>This connection is not the database login of the account %1.</source>
            <translation>此连接不是账号 %1 的数据库登录角色。</translation>
        </message>
    </context>
    <context>
        <name>AccountabilityService</name>
        <message>
            <source>Name the person held to account.</source>
            <translation>请填写被问责人姓名。</translation>
        </message>
        <message>
            <source>A name holds at most 100 characters, a post 200 and a note 4000.</source>
            <translation>姓名最多 100 个字符，职务最多 200 个字符，备注最多 4000 个字符。</translation>
        </message>
        <message>
            <source>The day of the decision is today or earlier.</source>
            <translation>问责决定日期应为今天或更早。</translation>
        </message>
        <message>
            <source>The decision cannot come before the rectification item was opened (%1).</source>
            <translation>问责决定日期不能早于整改事项的立项日期（%1）。</translation>
        </message>
        <message>
            <source>The accountability record could not be saved.</source>
            <translation>问责记录未能保存。</translation>
        </message>
        <message>
            <source>The accountability records could not be read.</source>
            <translation>问责记录未能读取。</translation>
        </message>
    </context>
    <context>
        <name>AdminCommands</name>
        <message>
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Give what to change: --backend-url, --backend-ca, --backup, --backup-folder or --backup-keep.</source>
            <translation>请给出要修改的设置：--backend-url、--backend-ca、--backup、--backup-folder 或 --backup-keep。</translation>
        </message>
        <message>
            <source>--backup takes on or off.</source>
            <translation>--backup 的取值为 on 或 off。</translation>
        </message>
        <message>
            <source>--backup-keep takes a number of backups.</source>
            <translation>--backup-keep 的取值为保留备份的份数。</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
        <message>
            <source>Name the office with --org.</source>
            <translation>请用 --org 指定单位。</translation>
        </message>
        <message>
            <source>--percent takes a whole number from the office's least share to 100.</source>
            <translation>--percent 的取值为该单位最低抽查比例至 100 之间的整数。</translation>
        </message>
        <message>
            <source>The office checks %1% of its running sites a month from now on.</source>
            <translation>自即日起，该单位每月抽查其运行网站的 %1%。</translation>
        </message>
        <message>
            <source>The office checks %1% of its running sites a month.</source>
            <translation>该单位每月抽查其运行网站的 %1%。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Division code</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Parent no.</source>
            <translation>上级编号</translation>
        </message>
        <message>
            <source>Open sites</source>
            <translation>未关停网站</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Object no.</source>
            <translation>对象编号</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportCommands</name>
        <message>
            <source>Give the year of the report with --year, e.g. --year %1.</source>
            <translation>用 --year 指定报表年度，例如 --year %1。</translation>
        </message>
        <message>
            <source>Name the office with --org (and the site with --site for a site's report).</source>
            <translation>用 --org 指定办公厅（室）（网站的报表再用 --site 指定网站）。</translation>
        </message>
        <message>
            <source>The site %1 is not hosted within %2.</source>
            <translation>网站 %1 的主办单位不在 %2 辖区内。</translation>
        </message>
        <message>
            <source>Unknown format "%1": use text, json, xlsx or pdf.</source>
            <translation>未知格式“%1”：请用 text、json、xlsx 或 pdf。</translation>
        </message>
        <message>
            <source>Give the file to write with --output.</source>
            <translation>用 --output 指定要写入的文件。</translation>
        </message>
        <message>
            <source>Writing a document needs the graphical libraries: run it through the sitegovctl program.</source>
            <translation>生成文档需要图形库：请通过 sitegovctl 程序运行。</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>已写入 %1。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n page(s)).</source>
            <translation>
                <numerusform>已写入 %1（%n 页）。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2), %3</source>
            <translation>%1（%2），%3</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>"%1" is not a year.</source>
            <translation>“%1”不是年份。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>签发人</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>"%1" is not KEY=VALUE.</source>
            <translation>“%1”不是“键=值”的形式。</translation>
        </message>
        <message>
            <source>Give the fields to set as KEY=VALUE (the keys are in docs/cli.md).</source>
            <translation>请以“键=值”给出要填写的字段（键名见 docs/cli.md）。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n field(s) of %1.</source>
            <translation>
                <numerusform>已保存%1的 %n 个字段。</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed %1; its figures are kept as they stand now.</source>
            <translation>已签发%1，其数据按当前情况固定。</translation>
        </message>
        <message>
            <source>Published %1.</source>
            <translation>已发布%1。</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportDocument</name>
        <message>
            <source>%1 (%2)</source>
            <comment>report title, year</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Reporting unit: %1    Year: %2    State: %3</source>
            <translation>填报单位：%1    年度：%2    状态：%3</translation>
        </message>
        <message>
            <source>Draft: the figures from SiteGov are those of %1 and change until the report is signed.</source>
            <translation>草稿：系统生成的数据截至 %1，签发前会随数据变化。</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <source>SiteGov: %1</source>
            <translation>系统生成：%1</translation>
        </message>
        <message>
            <source>entered by the office</source>
            <translation>办公厅（室）填报</translation>
        </message>
        <message>
            <source>entered by the unit</source>
            <translation>主办单位填报</translation>
        </message>
        <message>
            <source>Signed by %1 on %2.</source>
            <translation>%1 于 %2 签发。</translation>
        </message>
        <message>
            <source>Published by %1 on %2.</source>
            <translation>%1 于 %2 发布。</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键名</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>报表名称</translation>
        </message>
        <message>
            <source>Reporting unit</source>
            <translation>填报单位</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportForm</name>
        <message>
            <source>Sign-off</source>
            <translation>填报信息</translation>
        </message>
        <message>
            <source>Head of the unit</source>
            <translation>单位负责人</translation>
        </message>
        <message>
            <source>Reviewed by</source>
            <translation>审核人</translation>
        </message>
        <message>
            <source>Filled in by</source>
            <translation>填报人</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Basic information</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Reporting office</source>
            <translation>填报单位</translation>
        </message>
        <message>
            <source>the registry's unit</source>
            <translation>网站名录中的单位</translation>
        </message>
        <message>
            <source>Government websites</source>
            <translation>政府网站情况</translation>
        </message>
        <message>
            <source>Websites running at the end of the year</source>
            <translation>年底运行的政府网站数量</translation>
        </message>
        <message>
            <source>registry: sites hosted in the jurisdiction, opened by 31 December and not closed by then</source>
            <translation>网站名录：辖区内主办、12月31日前已开通且未关停的网站</translation>
        </message>
        <message>
            <source>Websites opened in the year</source>
            <translation>本年度新开设网站数量</translation>
        </message>
        <message>
            <source>requests: opening requests carried out in the year</source>
            <translation>申请：本年度已执行的开设申请</translation>
        </message>
        <message>
            <source>Websites closed in the year</source>
            <translation>本年度关停网站数量</translation>
        </message>
        <message>
            <source>requests: closing requests carried out in the year</source>
            <translation>申请：本年度已执行的关停申请</translation>
        </message>
        <message>
            <source>Websites merged in the year</source>
            <translation>本年度整合网站数量</translation>
        </message>
        <message>
            <source>requests: merging requests carried out in the year</source>
            <translation>申请：本年度已执行的整合申请</translation>
        </message>
        <message>
            <source>Websites migrated to the unified platform in the year</source>
            <translation>本年度迁移至集约化平台的网站数量</translation>
        </message>
        <message>
            <source>requests: migration requests carried out in the year</source>
            <translation>申请：本年度已执行的迁移申请</translation>
        </message>
        <message>
            <source>Spot checks</source>
            <translation>抽查情况</translation>
        </message>
        <message>
            <source>Rounds of spot checks</source>
            <translation>抽查轮次</translation>
        </message>
        <message>
            <source>spot checks: monthly plans of the offices in the jurisdiction</source>
            <translation>抽查：辖区内各办公厅（室）的月度抽查计划</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>抽查次数</translation>
        </message>
        <message>
            <source>spot checks: confirmed assessments of the year's months</source>
            <translation>抽查：本年度各月已确认的检查</translation>
        </message>
        <message>
            <source>Websites checked</source>
            <translation>抽查网站数量</translation>
        </message>
        <message>
            <source>spot checks: distinct sites among the confirmed assessments</source>
            <translation>抽查：已确认检查涉及的网站（不重复计）</translation>
        </message>
        <message>
            <source>Websites that passed</source>
            <translation>合格网站数量</translation>
        </message>
        <message>
            <source>spot checks: sites checked none of whose checks failed</source>
            <translation>抽查：各次检查均合格的网站</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>合格率</translation>
        </message>
        <message>
            <source>spot checks: websites that passed over websites checked</source>
            <translation>抽查：合格网站数量 ÷ 抽查网站数量</translation>
        </message>
        <message>
            <source>Error-report messages</source>
            <translation>“我为政府网站找错”网民留言办理情况</translation>
        </message>
        <message>
            <source>Messages received</source>
            <translation>收到留言数量</translation>
        </message>
        <message>
            <source>tickets: received in the year, sites of the jurisdiction</source>
            <translation>找错留言：本年度收到、辖区内单位的留言</translation>
        </message>
        <message>
            <source>Valid messages</source>
            <translation>有效留言数量</translation>
        </message>
        <message>
            <source>tickets: of those, verified valid</source>
            <translation>找错留言：其中核实有效的</translation>
        </message>
        <message>
            <source>Closed on time</source>
            <translation>按期办结数量</translation>
        </message>
        <message>
            <source>tickets: valid and closed by their deadline</source>
            <translation>找错留言：有效且在期限内办结的</translation>
        </message>
        <message>
            <source>On-time rate</source>
            <translation>按期办结率</translation>
        </message>
        <message>
            <source>tickets: closed on time over valid</source>
            <translation>找错留言：按期办结数量 ÷ 有效留言数量</translation>
        </message>
        <message>
            <source>Accountability</source>
            <translation>问责情况</translation>
        </message>
        <message>
            <source>People held to account</source>
            <translation>问责人数</translation>
        </message>
        <message>
            <source>accountability records decided in the year, sites of the jurisdiction</source>
            <translation>本年度作出的问责记录，辖区内网站</translation>
        </message>
        <message>
            <source>accountability records of this measure</source>
            <translation>该问责方式的问责记录</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>约谈</translation>
        </message>
        <message>
            <source>Written self-examinations</source>
            <translation>书面检查</translation>
        </message>
        <message>
            <source>Circulated criticisms</source>
            <translation>通报批评</translation>
        </message>
        <message>
            <source>Transfers from post</source>
            <translation>调离岗位</translation>
        </message>
        <message>
            <source>Dismissals</source>
            <translation>免职</translation>
        </message>
        <message>
            <source>Security checks</source>
            <translation>安全检查情况</translation>
        </message>
        <message>
            <source>Security checks carried out</source>
            <translation>开展安全检查次数</translation>
        </message>
        <message>
            <source>Security problems found</source>
            <translation>发现安全问题数量</translation>
        </message>
        <message>
            <source>Security problems fixed</source>
            <translation>整改安全问题数量</translation>
        </message>
        <message>
            <source>Fake government websites</source>
            <translation>假冒政府网站处置情况</translation>
        </message>
        <message>
            <source>Fake websites found</source>
            <translation>发现假冒政府网站数量</translation>
        </message>
        <message>
            <source>Fake websites dealt with</source>
            <translation>处置假冒政府网站数量</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训情况</translation>
        </message>
        <message>
            <source>Training sessions held</source>
            <translation>举办培训次数</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>培训人数</translation>
        </message>
        <message>
            <source>registry</source>
            <translation>网站名录</translation>
        </message>
        <message>
            <source>Website name</source>
            <translation>网站名称</translation>
        </message>
        <message>
            <source>Homepage address</source>
            <translation>首页网址</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Website type</source>
            <translation>网站类型</translation>
        </message>
        <message>
            <source>Government website identifier code</source>
            <translation>政府网站标识码</translation>
        </message>
        <message>
            <source>ICP filing number</source>
            <translation>ICP备案编号</translation>
        </message>
        <message>
            <source>Public security filing number</source>
            <translation>公安机关备案号</translation>
        </message>
        <message>
            <source>Operation and supervision</source>
            <translation>运行监管情况</translation>
        </message>
        <message>
            <source>Requests carried out</source>
            <translation>已执行的网站变更申请</translation>
        </message>
        <message>
            <source>requests: carried out in the year, about the site or resulting in it</source>
            <translation>申请：本年度已执行、涉及本网站或产生本网站的申请</translation>
        </message>
        <message>
            <source>Days inspected</source>
            <translation>日常巡查天数</translation>
        </message>
        <message>
            <source>inspections: days of the year with a daily inspection</source>
            <translation>巡查：本年度有日常巡查记录的天数</translation>
        </message>
        <message>
            <source>Days with problems found</source>
            <translation>巡查发现问题天数</translation>
        </message>
        <message>
            <source>inspections: days with an inspection that failed an item</source>
            <translation>巡查：有检查项不合格的巡查天数</translation>
        </message>
        <message>
            <source>Problems to rectify</source>
            <translation>需整改问题数量</translation>
        </message>
        <message>
            <source>rectification items opened in the year</source>
            <translation>本年度立项的整改事项</translation>
        </message>
        <message>
            <source>Problems rectified</source>
            <translation>已整改问题数量</translation>
        </message>
        <message>
            <source>of those, closed</source>
            <translation>其中已销号的</translation>
        </message>
        <message>
            <source>Availability probes</source>
            <translation>可用性监测次数</translation>
        </message>
        <message>
            <source>probe: probes of the year's days</source>
            <translation>监测：本年度各日的监测次数</translation>
        </message>
        <message>
            <source>Probes that failed</source>
            <translation>监测不可访问次数</translation>
        </message>
        <message>
            <source>probe: of those, the site could not be reached</source>
            <translation>监测：其中网站无法访问的</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>可用率</translation>
        </message>
        <message>
            <source>probe: probes that succeeded over probes</source>
            <translation>监测：访问成功次数 ÷ 监测次数</translation>
        </message>
        <message>
            <source>Error-report messages received</source>
            <translation>收到“我为政府网站找错”留言数量</translation>
        </message>
        <message>
            <source>tickets: received in the year</source>
            <translation>找错留言：本年度收到的</translation>
        </message>
        <message>
            <source>Spot checks passed</source>
            <translation>抽查合格次数</translation>
        </message>
        <message>
            <source>spot checks: of those, passed</source>
            <translation>抽查：其中合格的</translation>
        </message>
        <message>
            <source>Average spot-check score</source>
            <translation>抽查平均得分</translation>
        </message>
        <message>
            <source>spot checks: mean total of those assessments</source>
            <translation>抽查：这些检查总分的平均值</translation>
        </message>
        <message>
            <source>Performance score of the year</source>
            <translation>年度绩效考核得分</translation>
        </message>
        <message>
            <source>scores: the backend's score of the year, when synchronised</source>
            <translation>绩效得分：已同步的考核后台年度得分</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>访问量</translation>
        </message>
        <message>
            <source>Unique visitors</source>
            <translation>独立用户访问总量（个）</translation>
        </message>
        <message>
            <source>Total visits</source>
            <translation>网站总访问量（次）</translation>
        </message>
        <message>
            <source>Information published</source>
            <translation>信息发布</translation>
        </message>
        <message>
            <source>Items published in total</source>
            <translation>信息发布总数（条）</translation>
        </message>
        <message>
            <source>Overview items updated</source>
            <translation>概况类信息更新量（条）</translation>
        </message>
        <message>
            <source>Government news items updated</source>
            <translation>政务动态信息更新量（条）</translation>
        </message>
        <message>
            <source>Items of the information disclosure catalogue updated</source>
            <translation>信息公开目录信息更新量（条）</translation>
        </message>
        <message>
            <source>Columns and topics</source>
            <translation>专栏专题</translation>
        </message>
        <message>
            <source>Columns maintained</source>
            <translation>维护数量（个）</translation>
        </message>
        <message>
            <source>Columns opened</source>
            <translation>新开设数量（个）</translation>
        </message>
        <message>
            <source>Interpretation and response</source>
            <translation>解读回应</translation>
        </message>
        <message>
            <source>Interpretations published</source>
            <translation>解读信息发布总数（条）</translation>
        </message>
        <message>
            <source>Responses to public concerns and major public opinion</source>
            <translation>回应公众关注热点或重大舆情数量（次）</translation>
        </message>
        <message>
            <source>Online services</source>
            <translation>办事服务</translation>
        </message>
        <message>
            <source>Catalogue of services published</source>
            <translation>是否发布服务事项目录</translation>
        </message>
        <message>
            <source>Registered users</source>
            <translation>注册用户数（个）</translation>
        </message>
        <message>
            <source>Government services offered</source>
            <translation>政务服务事项数量（项）</translation>
        </message>
        <message>
            <source>Services handled wholly online</source>
            <translation>可全程在线办理政务服务事项数量（项）</translation>
        </message>
        <message>
            <source>Cases handled</source>
            <translation>办件量（件）</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>互动交流</translation>
        </message>
        <message>
            <source>Messages dealt with</source>
            <translation>办结留言数量（条）</translation>
        </message>
        <message>
            <source>Average time to deal with a message (days)</source>
            <translation>平均办理时间（天）</translation>
        </message>
        <message>
            <source>Replies made public</source>
            <translation>公开答复数量（条）</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>安全防护</translation>
        </message>
        <message>
            <source>Security tests and assessments</source>
            <translation>安全检测评估次数（次）</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>发现问题数量（个）</translation>
        </message>
        <message>
            <source>Problems fixed</source>
            <translation>问题整改数量（个）</translation>
        </message>
        <message>
            <source>Security monitoring and early warning in place</source>
            <translation>是否建立安全监测预警机制</translation>
        </message>
        <message>
            <source>Emergency drill held</source>
            <translation>是否开展应急演练</translation>
        </message>
        <message>
            <source>Person responsible for the site's security named</source>
            <translation>是否明确网站安全负责人</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Draft</source>
            <comment>an annual report's state</comment>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Signed</source>
            <comment>an annual report's state</comment>
            <translation>已签发</translation>
        </message>
        <message>
            <source>Published</source>
            <comment>an annual report's state</comment>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Annual report on the supervision of government websites</source>
            <translation>政府网站监管年度报表</translation>
        </message>
        <message>
            <source>Annual report on the work of a government website</source>
            <translation>政府网站工作年度报表</translation>
        </message>
        <message>
            <source>%1 is not a field of this report.</source>
            <translation>%1 不是本报表的字段。</translation>
        </message>
        <message>
            <source>Enter a whole number, 0 or more.</source>
            <translation>请填写不小于 0 的整数。</translation>
        </message>
        <message>
            <source>Enter a number, 0 or more (for example 2.5).</source>
            <translation>请填写不小于 0 的数字（例如 2.5）。</translation>
        </message>
        <message>
            <source>Enter yes or no.</source>
            <translation>请填写“是”或“否”。</translation>
        </message>
        <message>
            <source>At most %1 characters.</source>
            <translation>最多 %1 个字。</translation>
        </message>
        <message>
            <source>Enter a telephone number: digits, spaces, +, - and brackets.</source>
            <translation>请填写电话号码：数字、空格、+、- 和括号。</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportQueries</name>
        <message>
            <source>The figures of the annual report could not be read.</source>
            <translation>无法读取年度报表的数据。</translation>
        </message>
        <message>
            <source>There is no unit with the number %1.</source>
            <translation>没有编号为 %1 的单位。</translation>
        </message>
        <message>
            <source>There is no site with the number %1.</source>
            <translation>没有编号为 %1 的网站。</translation>
        </message>
        <message>
            <source>The units could not be read.</source>
            <translation>无法读取单位列表。</translation>
        </message>
        <message>
            <source>The unit could not be read.</source>
            <translation>无法读取该单位。</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportService</name>
        <message>
            <source>%1 %2 of %3</source>
            <comment>year, report title, office</comment>
            <translation>%3%1年度%2</translation>
        </message>
        <message>
            <source>%1 %2 of %3 (%4)</source>
            <comment>year, report title, site, code</comment>
            <translation>%3（%4）%1年度%2</translation>
        </message>
        <message>
            <source>The annual report could not be read.</source>
            <translation>无法读取年度报表。</translation>
        </message>
        <message>
            <source>There is no annual report with the number %1.</source>
            <translation>没有编号为 %1 的年度报表。</translation>
        </message>
        <message>
            <source>The annual reports could not be read.</source>
            <translation>无法读取年度报表列表。</translation>
        </message>
        <message>
            <source>An annual report is for a year such as 2026.</source>
            <translation>年度报表按年度填报，例如 2026。</translation>
        </message>
        <message>
            <source>The site could not be read.</source>
            <translation>无法读取网站。</translation>
        </message>
        <message>
            <source>There is no site with the number %1.</source>
            <translation>没有编号为 %1 的网站。</translation>
        </message>
        <message>
            <source>The unit could not be read.</source>
            <translation>无法读取单位。</translation>
        </message>
        <message>
            <source>There is no unit with the number %1.</source>
            <translation>没有编号为 %1 的单位。</translation>
        </message>
        <message>
            <source>The supervision report is an office's: choose a government, not a department.</source>
            <translation>监管年度报表由政府办公厅（室）填报：请选择政府，而非部门。</translation>
        </message>
        <message>
            <source>The annual report could not be made.</source>
            <translation>无法创建年度报表。</translation>
        </message>
        <message>
            <source>The annual report could not be saved.</source>
            <translation>无法保存年度报表。</translation>
        </message>
        <message>
            <source>Someone else changed the annual report meanwhile; open it again.</source>
            <translation>年度报表已被他人修改，请重新打开。</translation>
        </message>
        <message>
            <source>The annual report is %1: it takes no more changes.</source>
            <translation>年度报表状态为“%1”，不能再修改。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>The annual report is already %1.</source>
            <translation>年度报表的状态已是“%1”。</translation>
        </message>
        <message>
            <source>Sign the annual report before publishing it.</source>
            <translation>请先签发年度报表再发布。</translation>
        </message>
        <message>
            <source>The annual report is already published.</source>
            <translation>年度报表已经发布。</translation>
        </message>
    </context>
    <context>
        <name>Api</name>
        <message>
            <source>is not a cursor this server gave out</source>
            <translation>不是本服务器给出的游标</translation>
        </message>
        <message>
            <source>must be one of province, city, county, township</source>
            <translation>必须是 province、city、county、township 之一</translation>
        </message>
        <message>
            <source>must be a 6-digit administrative-division code</source>
            <translation>必须是 6 位行政区划代码</translation>
        </message>
        <message>
            <source>The server could not complete the request.</source>
            <translation>服务器无法完成该请求。</translation>
        </message>
        <message>
            <source>must be one of portal, department, special</source>
            <translation>必须是 portal、department、special 之一</translation>
        </message>
        <message>
            <source>No site with this code is registered.</source>
            <translation>没有登记该标识码的网站。</translation>
        </message>
        <message>
            <source>The site vanished after it was stored.</source>
            <translation>网站保存后却找不到了。</translation>
        </message>
        <message>
            <source>no site with this code is registered (register it with PUT /api/v1/sites/{code} first)</source>
            <translation>没有登记该标识码的网站（请先用 PUT /api/v1/sites/{code} 登记）</translation>
        </message>
        <message>
            <source>The site vanished after it was assessed.</source>
            <translation>网站考核后却找不到了。</translation>
        </message>
        <message>
            <source>must be a site identifier code</source>
            <translation>必须是网站标识码</translation>
        </message>
        <message>
            <source>ends before from begins</source>
            <translation>结束早于 from 的开始</translation>
        </message>
        <message>
            <source>must be region or level</source>
            <translation>必须是 region 或 level</translation>
        </message>
        <message>
            <source>%1 is not allowed here; allowed: %2.</source>
            <translation>此处不允许 %1；允许的方法：%2。</translation>
        </message>
        <message>
            <source>No such resource.</source>
            <translation>没有这个资源。</translation>
        </message>
        <message>
            <source>This endpoint needs an Authorization: Bearer TOKEN header.</source>
            <translation>此接口需要 Authorization: Bearer 令牌 请求头。</translation>
        </message>
        <message>
            <source>The token is not valid or has been revoked.</source>
            <translation>令牌无效或已被吊销。</translation>
        </message>
        <message>
            <source>This endpoint needs a token with the %1 scope.</source>
            <translation>此接口需要具有 %1 权限的令牌。</translation>
        </message>
        <message>
            <source>The body must be JSON, sent as Content-Type: application/json (UTF-8).</source>
            <translation>请求体必须是 JSON，并以 Content-Type: application/json（UTF-8）发送。</translation>
        </message>
        <message>
            <source>The body is larger than %1 bytes.</source>
            <translation>请求体超过 %1 字节。</translation>
        </message>
        <message>
            <source>The Content-Length header is not a length in bytes.</source>
            <translation>Content-Length 头不是以字节计的长度。</translation>
        </message>
        <message>
            <source>Only Transfer-Encoding: chunked is understood.</source>
            <translation>仅支持 Transfer-Encoding: chunked。</translation>
        </message>
        <message>
            <source>The request has two different Content-Length headers.</source>
            <translation>请求中有两个不同的 Content-Length 头。</translation>
        </message>
        <message>
            <source>The request has both Content-Length and Transfer-Encoding headers.</source>
            <translation>请求中同时有 Content-Length 和 Transfer-Encoding 头。</translation>
        </message>
    </context>
    <context>
        <name>AppSettings</name>
        <message>
            <source>The setting could not be saved.</source>
            <translation>无法保存设置。</translation>
        </message>
        <message>
            <source>Choose a folder for the automatic backups.</source>
            <translation>请选择自动备份的文件夹。</translation>
        </message>
        <message>
            <source>Keep from 1 to 3650 backups.</source>
            <translation>保留的备份数量须在 1 到 3650 之间。</translation>
        </message>
        <message>
            <source>The settings could not be read.</source>
            <translation>无法读取设置。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentCommands</name>
        <message>
            <source>Name the office whose plan it is with --org.</source>
            <translation>请用 --org 指定抽查计划所属的办公室。</translation>
        </message>
        <message>
            <source>Assessments %1</source>
            <translation>%1抽查评分</translation>
        </message>
        <message>
            <source>Exported %1 sites of the plan of %2 to %3.</source>
            <translation>已将 %2 抽查计划的 %1 个网站导出到 %3。</translation>
        </message>
        <message>
            <source>Imported the assessments of %1 of %2 sites from %3 (%4).</source>
            <translation>已从 %3（%4）导入 %2 个网站中 %1 个网站的评分。</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors; correct them and import the file again.</source>
            <translation>
                <numerusform>未导入任何数据：%n 行有错误，请改正后重新导入该文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>No row of the file fills in an assessment: nothing was imported.</source>
            <translation>文件中没有填写任何评分的行：未导入任何数据。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentExchange</name>
        <message>
            <source>The office has no spot-check plan for %1.</source>
            <translation>该办公室没有 %1 的抽查计划。</translation>
        </message>
        <message>
            <source>The office has no spot-check plan for %1: draw it first.</source>
            <translation>该办公室没有 %1 的抽查计划：请先抽取计划。</translation>
        </message>
        <message>
            <source>The file has no column "%1" (%2): the first line must name the columns.</source>
            <translation>文件中没有“%1”（%2）列：第一行须为列名。</translation>
        </message>
        <message>
            <source>The column "%1" is neither a veto item nor an indicator of the rule set in force (%2).</source>
            <translation>“%1”列既不是现行评分细则（%2）的单项否决指标，也不是其评分指标。</translation>
        </message>
        <message>
            <source>column "%1": %2</source>
            <translation>“%1”列：%2</translation>
        </message>
        <message>
            <source>the site's identifier code is empty</source>
            <translation>网站标识码为空</translation>
        </message>
        <message>
            <source>the site %1 is not in the plan of %2 for %3</source>
            <translation>网站 %1 不在 %2 %3 的抽查计划中</translation>
        </message>
        <message>
            <source>the site %1 has a row above already</source>
            <translation>网站 %1 在前面已有一行</translation>
        </message>
        <message>
            <source>the site %1 is called %2</source>
            <translation>网站 %1 的名称是“%2”</translation>
        </message>
        <message>
            <source>write 是 or 否 (yes or no), not "%1"</source>
            <translation>请填写“是”或“否”，而不是“%1”</translation>
        </message>
        <message>
            <source>only department sites may be scored without public services</source>
            <translation>只有部门网站可以按无办事服务评分</translation>
        </message>
        <message>
            <source>"%1" is not a number of points</source>
            <translation>“%1”不是分值</translation>
        </message>
        <message>
            <source>deduct between 0 and %1 points</source>
            <translation>扣分应在 0 至 %1 分之间</translation>
        </message>
        <message>
            <source>the bonus is between 0 and %1 points</source>
            <translation>加分应在 0 至 %1 分之间</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>AssessmentFindings</name>
        <message>
            <source>The inspections of the period could not be read.</source>
            <translation>本期巡查记录未能读取。</translation>
        </message>
        <message>
            <source>Daily inspection %1: %2 failed</source>
            <translation>%1 日常巡查：%2 不合格</translation>
        </message>
        <message>
            <source>Daily inspections: %1 failed %2 times (%3 to %4)</source>
            <translation>日常巡查：%1 不合格 %2 次（%3 至 %4）</translation>
        </message>
        <message>
            <source>: %1</source>
            <translation>：%1</translation>
        </message>
        <message>
            <source>The rectification items could not be read.</source>
            <translation>整改事项未能读取。</translation>
        </message>
        <message>
            <source>Rectification item %1 (%2, due %3): %4</source>
            <translation>整改事项 %1（%2，期限 %3）：%4</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm</source>
            <comment>a probe's time in the assessment form</comment>
            <translation>yyyy年M月d日 HH:mm</translation>
        </message>
        <message>
            <source>Probe, %1 to %2: %3 of %4 probes failed (%5%), %6.</source>
            <translation>监测（%1 至 %2）：%4 次探测中 %3 次失败（%5%），%6。</translation>
        </message>
        <message>
            <source>Failed probe at %1: %2%3 after %4 ms (%5)</source>
            <translation>%1 探测失败：%2%3，耗时 %4 毫秒（%5）</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more failed probe(s).</source>
            <translation>
                <numerusform>……另有 %n 次探测失败。</numerusform>
            </translation>
        </message>
        <message>
            <source>Probe: the homepage's newest date was %1 when it was last checked (%2).</source>
            <translation>监测：最近一次检查（%2）时首页最新日期为 %1。</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <comment>first and last time a finding was seen</comment>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>Probe found %1%2 (%3).</source>
            <translation>监测发现%1%2（%3）。</translation>
        </message>
        <message>
            <source>Probe found %1 "%2"%3 (%4).</source>
            <translation>监测发现%1“%2”%3（%4）。</translation>
        </message>
        <message>
            <source>Probe: %1 stale and %2 blank columns in the period (the veto line is 5 of either).</source>
            <translation>监测：本期 %1 个栏目不更新、%2 个栏目空白（任一类达到 5 个即单项否决）。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentOutbox</name>
        <message>
            <source>The assessment could not be queued for the backend.</source>
            <translation>测评结果未能加入报送后台的队列。</translation>
        </message>
        <message>
            <source>There is no assessment with the number %1.</source>
            <translation>没有编号为 %1 的测评。</translation>
        </message>
        <message>
            <source>The assessments waiting for the backend could not be read.</source>
            <translation>待报送后台的测评未能读取。</translation>
        </message>
        <message>
            <source>The sending state could not be saved.</source>
            <translation>报送状态未能保存。</translation>
        </message>
        <message>
            <source>The assessment %1 is not confirmed, so it is not sent.</source>
            <translation>测评 %1 尚未确认，不予报送。</translation>
        </message>
        <message>
            <source>The assessment %1 needs no sending: %2.</source>
            <translation>测评 %1 无需报送：%2。</translation>
        </message>
        <message>
            <source>The sending state could not be read.</source>
            <translation>报送状态未能读取。</translation>
        </message>
        <message>
            <source>The assessment could not be claimed for sending.</source>
            <translation>无法锁定该评分以便报送。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentReviewCommands</name>
        <message>
            <source>assessment %1 of %2 (%3) for %4</source>
            <translation>%2（%3）%4的测评（编号 %1）</translation>
        </message>
        <message>
            <source>Give the number of one assessment.</source>
            <translation>请给出一份测评的编号。</translation>
        </message>
        <message>
            <source>The assessment was not submitted: %1</source>
            <translation>测评未提交：%1</translation>
        </message>
        <message>
            <source>Submitted %1 for review.</source>
            <translation>已将%1提交审核。</translation>
        </message>
        <message>
            <source>The assessment was not confirmed: %1</source>
            <translation>测评未确认：%1</translation>
        </message>
        <message>
            <source>Confirmed %1: score %2, failing; rectification item %3 is due on %4.</source>
            <translation>已确认%1：得分 %2，不合格；整改事项 %3 的整改期限为 %4。</translation>
        </message>
        <message>
            <source>Confirmed %1: score %2, passed.</source>
            <translation>已确认%1：得分 %2，合格。</translation>
        </message>
        <message>
            <source>It waits in the outbox until `sitegovctl outbox send` or the console's next sync sends it.</source>
            <translation>该评分在待报送队列中等候，由 `sitegovctl outbox send` 或控制台下次同步报送考核后台。</translation>
        </message>
        <message>
            <source>Say why the assessment goes back to its checker with --reason.</source>
            <translation>请用 --reason 说明退回检查人的理由。</translation>
        </message>
        <message>
            <source>The assessment was not returned: %1</source>
            <translation>测评未退回：%1</translation>
        </message>
        <message>
            <source>Returned %1 to its checker %2.</source>
            <translation>已将%1退回检查人%2。</translation>
        </message>
        <message>
            <source>Assessment %1: %2 (%3), %4</source>
            <translation>测评 %1：%2（%3），%4</translation>
        </message>
        <message>
            <source>Plan of %1; unit %2</source>
            <translation>%1的抽查计划；主办单位：%2</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>Score: %1 (deductions leave %2, bonus %3), %4</source>
            <translation>得分：%1（扣分后 %2，加分 %3），%4</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>failing</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Veto: %1</source>
            <translation>单项否决：%1</translation>
        </message>
        <message>
            <source>Deduction: %1 −%2</source>
            <translation>扣分：%1 −%2</translation>
        </message>
        <message>
            <source>Summary: %1</source>
            <translation>总体评价：%1</translation>
        </message>
        <message>
            <source>Checker: %1</source>
            <translation>检查人：%1</translation>
        </message>
        <message>
            <source>Reviewer: %1</source>
            <translation>审核人：%1</translation>
        </message>
        <message>
            <source>Rectification item %1, due on %2</source>
            <translation>整改事项 %1，整改期限 %2</translation>
        </message>
        <message>
            <source>%1, scored %2 by the backend</source>
            <translation>%1，考核后台得分 %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Sending: %1</source>
            <translation>报送：%1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Give the number of the failing site's rectification item.</source>
            <translation>请给出不合格网站整改事项的编号。</translation>
        </message>
        <message>
            <source>Name the person held to account with --person.</source>
            <translation>请用 --person 写明被问责人员。</translation>
        </message>
        <message>
            <source>--measure takes one of: %1.</source>
            <translation>--measure 可取：%1。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>The accountability record was not saved: %1</source>
            <translation>问责记录未保存：%1</translation>
        </message>
        <message>
            <source>Accountability record %1: %2, %3, on rectification item %4.</source>
            <translation>问责记录 %1：%2，%3，对应整改事项 %4。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>问责方式</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>决定日期</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSender</name>
        <message>
            <source>The backend answered the assessment of %1 for %2 with something that is not its score; it is sent again later.</source>
            <translation>考核后台对 %1 %2 评分的答复不是得分，稍后将重新报送。</translation>
        </message>
        <message>
            <source>The backend refused the assessment: %1</source>
            <translation>考核后台拒收该评分：%1</translation>
        </message>
        <message>
            <source>status %1</source>
            <translation>状态码 %1</translation>
        </message>
        <message>
            <source>The backend refused the token (401 Unauthorized): enter a valid write token in Settings.</source>
            <translation>考核后台拒绝了该令牌（401 未授权）：请在“设置”中输入有效的写入令牌。</translation>
        </message>
        <message>
            <source>The token in Settings may only read scores: sending assessments needs a write token (sitegov-server token create --scope write).</source>
            <translation>“设置”中的令牌只能读取得分：报送评分需要写入令牌（sitegov-server token create --scope write）。</translation>
        </message>
        <message>
            <source>The backend at this address does not take assessments (status %1): check the backend address in Settings.</source>
            <translation>该地址的考核后台不接收评分（状态码 %1）：请检查“设置”中的后台地址。</translation>
        </message>
        <message>
            <source>The backend failed with an internal error (status %1).</source>
            <translation>考核后台发生内部错误（状态码 %1）。</translation>
        </message>
        <message>
            <source>The backend answered with an unexpected status %1.</source>
            <translation>考核后台返回了意外的状态码 %1。</translation>
        </message>
        <message>
            <source>The backend refused to register the site %1: %2</source>
            <translation>考核后台拒绝登记网站 %1：%2</translation>
        </message>
        <message>
            <source>The backend could not register the site %1 (status %2).</source>
            <translation>考核后台未能登记网站 %1（状态码 %2）。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentService</name>
        <message>
            <source>The assessment could not be read.</source>
            <translation>测评未能读取。</translation>
        </message>
        <message>
            <source>There is no such assessment.</source>
            <translation>没有这项测评。</translation>
        </message>
        <message>
            <source>The evidence could not be read.</source>
            <translation>佐证材料未能读取。</translation>
        </message>
        <message>
            <source>The history of the assessment could not be read.</source>
            <translation>测评的处理记录未能读取。</translation>
        </message>
        <message>
            <source>The history of the assessment could not be written.</source>
            <translation>测评的处理记录未能写入。</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>无角色</translation>
        </message>
        <message>
            <source>Your account (%1) may not %2.</source>
            <translation>您的账号（%1）无权%2。</translation>
        </message>
        <message>
            <source>%1 has left the plan: %2</source>
            <translation>%1 已退出抽查计划：%2</translation>
        </message>
        <message>
            <source>%1 is assigned to %2 for checking.</source>
            <translation>%1 已分配给 %2 检查。</translation>
        </message>
        <message>
            <source>%1 has no checker yet: an inspector of %2 checks it, or the plan assigns it.</source>
            <translation>%1 尚未分配检查人：由%2的巡查人检查，或在计划中分配。</translation>
        </message>
        <message>
            <source>The assessment of %1 is submitted and waits for review: it changes only if the reviewer returns it.</source>
            <translation>%1 的测评已提交待审核：审核人退回后方可修改。</translation>
        </message>
        <message>
            <source>The assessment of %1 is confirmed and locked.</source>
            <translation>%1 的测评已确认并锁定。</translation>
        </message>
        <message>
            <source>Only a submitted assessment is confirmed or returned; this one is: %1.</source>
            <translation>只有已提交的测评才能确认或退回；该测评当前为：%1。</translation>
        </message>
        <message>
            <source>Another person reviews an assessment: you checked %1 yourself.</source>
            <translation>测评须由他人审核：%1 是您本人检查的。</translation>
        </message>
        <message>
            <source>The assessment cannot be scored: %1</source>
            <translation>测评无法计分：%1</translation>
        </message>
        <message>
            <source>The overall note is longer than %1 characters.</source>
            <translation>总体评价超过 %1 个字符。</translation>
        </message>
        <message>
            <source>Evidence for an unknown item "%1".</source>
            <translation>佐证材料对应的指标“%1”不存在。</translation>
        </message>
        <message>
            <source>The evidence of an item is too long (a note holds %1 characters, an address 2000).</source>
            <translation>佐证材料过长（说明最多 %1 个字符，网址最多 2000 个字符）。</translation>
        </message>
        <message>
            <source>The assessment could not be saved.</source>
            <translation>测评未能保存。</translation>
        </message>
        <message>
            <source>The evidence could not be saved.</source>
            <translation>佐证材料未能保存。</translation>
        </message>
        <message>
            <source>Every veto item and deduction needs its evidence (a note, and an address or a file) before the assessment is submitted. Missing: %1.</source>
            <translation>每个单项否决项和扣分项都须附佐证材料（说明，以及网址或文件）后才能提交测评。缺少：%1。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>The assessment could not be submitted.</source>
            <translation>测评未能提交。</translation>
        </message>
        <message>
            <source>Say why the assessment goes back to its checker.</source>
            <translation>请说明退回检查人的理由。</translation>
        </message>
        <message>
            <source>The reason is longer than %1 characters.</source>
            <translation>理由超过 %1 个字符。</translation>
        </message>
        <message>
            <source>The assessment could not be returned.</source>
            <translation>测评未能退回。</translation>
        </message>
        <message>
            <source>The note is longer than %1 characters.</source>
            <translation>备注超过 %1 个字符。</translation>
        </message>
        <message>
            <source>%1 fails the spot check: set the rectification deadline, today or later.</source>
            <translation>%1 抽查不合格：请设定整改期限（今天或以后）。</translation>
        </message>
        <message>
            <source>Spot check %1 by %2 (score %3): %4</source>
            <translation>%2 %1 抽查（得分 %3）：%4</translation>
        </message>
        <message>
            <source>The assessment could not be confirmed.</source>
            <translation>测评未能确认。</translation>
        </message>
        <message>
            <source>The file %1 is larger than %2 MiB, the most one piece of evidence may be.</source>
            <translation>文件 %1 超过 %2 MiB，单份佐证材料不能超过此大小。</translation>
        </message>
        <message>
            <source>The file %1 is empty.</source>
            <translation>文件 %1 是空的。</translation>
        </message>
        <message>
            <source>The file could not be stored with the assessment.</source>
            <translation>文件未能随测评保存。</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>文件未能读取。</translation>
        </message>
        <message>
            <source>There is no such file.</source>
            <translation>没有这个文件。</translation>
        </message>
        <message>
            <source>The file could not be removed.</source>
            <translation>文件未能删除。</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>An audited change was attempted outside a transaction; nothing was changed.</source>
            <translation>在事务之外尝试进行需审计的更改；未作任何改动。</translation>
        </message>
        <message>
            <source>The audit trail could not be read; nothing was changed.</source>
            <translation>无法读取审计记录；未作任何改动。</translation>
        </message>
        <message>
            <source>The audit record could not be written; nothing was changed.</source>
            <translation>无法写入审计记录；未作任何改动。</translation>
        </message>
        <message>
            <source>The audit trail could not be read.</source>
            <translation>无法读取审计记录。</translation>
        </message>
        <message>
            <source>Record %1 is missing: it was deleted.</source>
            <translation>第 %1 条记录缺失：已被删除。</translation>
        </message>
        <message>
            <source>Record %1 does not follow the record before it: records were inserted, deleted or replaced.</source>
            <translation>第 %1 条记录与前一条记录不衔接：有记录被插入、删除或替换。</translation>
        </message>
        <message>
            <source>Record %1 was changed after it was written.</source>
            <translation>第 %1 条记录在写入后被修改。</translation>
        </message>
        <message>
            <source>The last records (from %1 to %2) were deleted.</source>
            <translation>最后的若干条记录（第 %1 至 %2 条）已被删除。</translation>
        </message>
        <message>
            <source>Record %1 was written behind the program's back.</source>
            <translation>第 %1 条记录是绕过本程序写入的。</translation>
        </message>
        <message>
            <source>The trail has %1 records, fewer than the %2 of the anchor: records at its end were removed.</source>
            <translation>记录链现有 %1 条记录，少于锚点的 %2 条：末尾的记录已被删除。</translation>
        </message>
        <message>
            <source>The anchor's last record (hash %1) is not in the trail: records at its end were removed or replaced.</source>
            <translation>锚点所指的最后一条记录（哈希值 %1）已不在记录链中：末尾的记录已被删除或替换。</translation>
        </message>
        <message>
            <source>The anchor's last record is record %1 of the trail, but the anchor counts %2 records: records were removed or inserted.</source>
            <translation>锚点所指的最后一条记录现为记录链的第 %1 条，而锚点记载为 %2 条：有记录被删除或插入。</translation>
        </message>
    </context>
    <context>
        <name>Authorizer</name>
        <message>
            <source>The unit tree could not be read.</source>
            <translation>无法读取单位层级。</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>无角色</translation>
        </message>
        <message>
            <source>Your account (%1) may not %2.</source>
            <translation>您的账号（%1）无权%2。</translation>
        </message>
        <message>
            <source>%1 is outside your jurisdiction: you may not %2 there.</source>
            <translation>%1 不在您的管辖范围内：您无权在此%2。</translation>
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <source>%1 is a folder: give a file name for the backup.</source>
            <translation>%1 是文件夹：请为备份指定文件名。</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>The backup could not be written to %1.</source>
            <translation>无法将备份写入 %1。</translation>
        </message>
        <message>
            <source>The backup was written but does not check out; it was deleted.</source>
            <translation>备份已写入但校验未通过；已将其删除。</translation>
        </message>
        <message>
            <source>%1 exists and cannot be replaced.</source>
            <translation>%1 已存在且无法替换。</translation>
        </message>
        <message>
            <source>The backup could not be moved to %1.</source>
            <translation>无法将备份移动到 %1。</translation>
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>文件 %1 不存在。</translation>
        </message>
        <message>
            <source>%1 cannot be opened as a database.</source>
            <translation>无法将 %1 作为数据库打开。</translation>
        </message>
        <message>
            <source>%1 is not a readable SQLite database: it is damaged or not a database.</source>
            <translation>%1 不是可读取的 SQLite 数据库：文件已损坏或不是数据库。</translation>
        </message>
        <message>
            <source>%1 is damaged (SQLite's integrity check failed).</source>
            <translation>%1 已损坏（SQLite 完整性检查未通过）。</translation>
        </message>
        <message>
            <source>%1 is not a SiteGov console database.</source>
            <translation>%1 不是 SiteGov 控制台数据库。</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of SiteGov (schema %2).</source>
            <translation>%1 由更新版本的 SiteGov 写入（结构版本 %2）。</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>The audit trail in %1 has been tampered with: %2</source>
            <translation>%1 中的审计记录已被篡改：%2</translation>
        </message>
        <message>
            <source>The backup was refused; nothing was changed. %1</source>
            <translation>备份被拒绝；未作任何改动。%1</translation>
        </message>
        <message>
            <source>The current database could not be kept aside; nothing was changed.</source>
            <translation>无法保留当前数据库的副本；未作任何改动。</translation>
        </message>
        <message>
            <source>No folder is set for the automatic backups.</source>
            <translation>尚未设置自动备份文件夹。</translation>
        </message>
        <message>
            <source>The backup folder %1 cannot be created.</source>
            <translation>无法创建备份文件夹 %1。</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>数据库 %1 不存在。</translation>
        </message>
        <message>
            <source>The backup could not be copied.</source>
            <translation>无法复制备份。</translation>
        </message>
        <message>
            <source>The backup could not be converted to the database's page size of %1 bytes.</source>
            <translation>无法将备份转换为数据库的页面大小（%1 字节）。</translation>
        </message>
        <message>
            <source>The backup could not be prepared for the restore; nothing was changed.</source>
            <translation>无法为恢复准备备份；未作任何改动。</translation>
        </message>
        <message>
            <source>The restore failed.</source>
            <translation>恢复失败。</translation>
        </message>
        <message>
            <source>The restore failed; nothing was changed.</source>
            <translation>恢复失败；未作任何改动。</translation>
        </message>
        <message>
            <source>Another restore of this database is under way; nothing was changed. Try again when it has finished.</source>
            <translation>该数据库的另一项恢复正在进行；未作任何改动。请待其完成后重试。</translation>
        </message>
        <message>
            <source>The restore failed; nothing was changed. The database as it was is also kept as %1.</source>
            <translation>恢复失败；未作任何改动。原数据库另已保留为 %1。</translation>
        </message>
    </context>
    <context>
        <name>BulletinDocument</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>a day in the bulletin</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>(%1)</source>
            <comment>numbering of a point in the bulletin</comment>
            <translation>（%1）</translation>
        </message>
        <message>
            <source>To the people's governments of the cities, and the departments of %1:</source>
            <translation>各设区市人民政府，%1各部门：</translation>
        </message>
        <message>
            <source>To the people's governments of the counties and districts, and the departments of %1:</source>
            <translation>各县（市、区）人民政府，%1各部门：</translation>
        </message>
        <message>
            <source>To the people's governments of the townships, and the departments of %1:</source>
            <translation>各乡镇人民政府、街道办事处，%1各部门：</translation>
        </message>
        <message>
            <source>City or department</source>
            <translation>设区市/部门</translation>
        </message>
        <message>
            <source>County or department</source>
            <translation>县（市、区）/部门</translation>
        </message>
        <message>
            <source>Township or department</source>
            <translation>乡镇（街道）/部门</translation>
        </message>
        <message>
            <source>General Office of %1</source>
            <comment>the office that issues a bulletin</comment>
            <translation>%1办公厅</translation>
        </message>
        <message>
            <source>Bulletin on the spot checks of government websites in quarter %1 of %2</source>
            <translation>关于%2年第%1季度政府网站抽查情况的通报</translation>
        </message>
        <message>
            <source>[%1] No. %2</source>
            <comment>a document number: year, number</comment>
            <translation>〔%1〕%2号</translation>
        </message>
        <message>
            <source>To carry out the requirements on the management of government websites, %1 checked the government websites of its jurisdiction in quarter %2 of %3. The results are announced as follows.</source>
            <translation>为落实政府网站管理有关要求，%1对%3年第%2季度辖区内政府网站开展了抽查。现将有关情况通报如下。</translation>
        </message>
        <message>
            <source>1. Overall</source>
            <translation>一、总体情况</translation>
        </message>
        <message>
            <source>%1 at %2 level</source>
            <comment>running sites by level</comment>
            <translation>%2%1个</translation>
        </message>
        <message>
            <source>The jurisdiction runs %1 government websites (%2). In the quarter, %3 sites were checked in %4 checks of %5 monthly plans, %6 of the running sites; %7 passed and %8 failed, a pass rate of %9.</source>
            <translation>辖区内共有运行政府网站%1个（%2）。本季度按%5个月度抽查计划开展抽查%4次，抽查网站%3个，占运行网站总数的%6；其中合格%7个，不合格%8个，合格率%9。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>an accountability measure and its count</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>For the failing sites, %1 people were held to account (%2).</source>
            <translation>对不合格网站问责%1人次（%2）。</translation>
        </message>
        <message>
            <source>2. Main problems</source>
            <translation>二、主要问题</translation>
        </message>
        <message>
            <source>No site checked in the quarter failed.</source>
            <translation>本季度抽查的网站均合格。</translation>
        </message>
        <message>
            <source>The following sites failed the spot checks:</source>
            <translation>以下网站抽查不合格：</translation>
        </message>
        <message>
            <source>%1 %2 (%3), run by %4, checked in %5: %6</source>
            <comment>a failing site in the bulletin</comment>
            <translation>%1%4主办的%2（%3），%5抽查：%6</translation>
        </message>
        <message>
            <source>scored %1</source>
            <translation>得分%1</translation>
        </message>
        <message>
            <source>3. Requirements</source>
            <translation>三、工作要求</translation>
        </message>
        <message>
            <source>%1 The units whose sites failed rectify them by the deadlines in the table below, hold the people responsible to account, and report the rectification and the accountability in writing to %2 by %3.</source>
            <translation>%1网站抽查不合格的单位要按下表所列期限完成整改，严肃追究相关人员责任，并于%3前将整改和问责情况书面报送%2。</translation>
        </message>
        <message>
            <source>%1 Every office keeps to its monthly spot checks of at least its share of the running sites and to the daily inspection of its sites, and finds and corrects problems early.</source>
            <translation>%1各地各部门要按月开展抽查，抽查比例不低于规定要求，坚持日常巡查，及早发现和纠正问题。</translation>
        </message>
        <message>
            <source>%1 The results of the spot checks count in the annual performance assessment of government websites.</source>
            <translation>%1抽查结果纳入政府网站年度绩效考核。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Table 1: Pass rate by %1</source>
            <translation>表1：各%1抽查合格率</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Sites checked</source>
            <translation>抽查网站数</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格数</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格数</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>合格率</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Table 2: Failing sites</source>
            <translation>表2：抽查不合格网站名单</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站名称</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Rectify by</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>Table 3: Accountability</source>
            <translation>表3：问责情况</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>问责方式</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人次</translation>
        </message>
        <message>
            <source>Copy to: %1.</source>
            <translation>抄送：%1。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>— %1 —</source>
            <comment>a page number</comment>
            <translation>— %1 —</translation>
        </message>
        <message>
            <source>Key policies: %1 key policy items of the State Council and the provincial government were published in the quarter, to be reposted by %2 government portals of counties and above. Of the %3 reposts due, %4 (%5) came within 8 hours and %6 (%7) within 24 hours.</source>
            <translation>重要政策信息转载：本季度国务院和省政府发布重要政策信息 %1 条，应由 %2 个县级以上政府门户网站转载。应转载 %3 条次，8 小时内转载 %4 条次（%5），24 小时内转载 %6 条次（%7）。</translation>
        </message>
        <message>
            <source>Every portal reposted every item within 8 hours.</source>
            <translation>各门户网站均在 8 小时内转载全部重要政策信息。</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>门户网站</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>条数</translation>
        </message>
        <message>
            <source>Within 8 hours</source>
            <translation>8 小时内</translation>
        </message>
        <message>
            <source>Within 24 hours</source>
            <translation>24 小时内</translation>
        </message>
        <message>
            <source>Share within 8 hours</source>
            <translation>8 小时内转载率</translation>
        </message>
        <message>
            <source>The units received %1 messages of the error-report platform in the quarter, %2 of them valid; %3 valid messages were dealt with on time, an on-time rate of %4.</source>
            <translation>本季度各单位共收到“我为政府网站找错”平台网民留言%1条，其中有效留言%2条，按期办结%3条，按期办结率%4。</translation>
        </message>
        <message>
            <source>Table %1: Portals that did not repost every key policy within 8 hours</source>
            <translation>表%1：未在 8 小时内全部转载重要政策信息的门户网站</translation>
        </message>
        <message>
            <source>Table %1: Error-report messages by unit</source>
            <translation>表%1：各单位“我为政府网站找错”留言办理情况</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到留言数</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效留言数</translation>
        </message>
        <message>
            <source>Closed on time</source>
            <translation>按期办结数量</translation>
        </message>
        <message>
            <source>On-time rate</source>
            <translation>按期办结率</translation>
        </message>
    </context>
    <context>
        <name>BulletinQueries</name>
        <message>
            <source>Province level</source>
            <translation>省本级</translation>
        </message>
        <message>
            <source>City level</source>
            <translation>市本级</translation>
        </message>
        <message>
            <source>County level</source>
            <translation>县本级</translation>
        </message>
        <message>
            <source>Township level</source>
            <translation>乡镇本级</translation>
        </message>
        <message>
            <source>Director of %1</source>
            <translation>%1主任</translation>
        </message>
        <message>
            <source>Mayor of %1</source>
            <translation>%1市长</translation>
        </message>
        <message>
            <source>County head of %1</source>
            <translation>%1县长</translation>
        </message>
        <message>
            <source>District head of %1</source>
            <translation>%1区长</translation>
        </message>
        <message>
            <source>Head of %1</source>
            <translation>%1主要负责同志</translation>
        </message>
        <message>
            <source>A bulletin is for one quarter, written as 2026-Q3.</source>
            <translation>通报按季度编制，季度写作 2026-Q3。</translation>
        </message>
        <message>
            <source>The figures of the bulletin could not be read.</source>
            <translation>通报数据未能读取。</translation>
        </message>
    </context>
    <context>
        <name>CalendarStore</name>
        <message>
            <source>The working-day calendar could not be read.</source>
            <translation>工作日日历未能读取。</translation>
        </message>
        <message>
            <source>The working-day calendar could not be saved.</source>
            <translation>工作日日历未能保存。</translation>
        </message>
        <message>
            <source>%1 is larger than 1 MiB: it is not a working-day calendar.</source>
            <translation>%1 大于 1 MiB，不是工作日日历文件。</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>The checklist is not valid JSON: %1 (at byte %2).</source>
            <translation>巡查清单不是有效的 JSON：%1（位于第 %2 字节）。</translation>
        </message>
        <message>
            <source>The checklist must be an object with a list of "items".</source>
            <translation>巡查清单必须是一个对象，其中包含“items”列表。</translation>
        </message>
        <message>
            <source>The checklist has no items.</source>
            <translation>巡查清单没有任何巡查项。</translation>
        </message>
        <message>
            <source>The checklist has %1 items; at most %2 are allowed.</source>
            <translation>巡查清单有 %1 项，最多允许 %2 项。</translation>
        </message>
        <message>
            <source>Item %1: the key "%2" must be lower-case letters, digits and _ (starting with a letter).</source>
            <translation>第 %1 项：标识“%2”只能由小写字母、数字和 _ 组成，并以字母开头。</translation>
        </message>
        <message>
            <source>Item %1: the key "%2" is used twice.</source>
            <translation>第 %1 项：标识“%2”重复。</translation>
        </message>
        <message>
            <source>Item %1 (%2): give its name in Chinese and in English.</source>
            <translation>第 %1 项（%2）：请填写中文和英文名称。</translation>
        </message>
        <message>
            <source>Item %1 (%2): the deadline must be a whole number of days from 1 to 365.</source>
            <translation>第 %1 项（%2）：整改期限必须是 1 至 365 之间的整数天。</translation>
        </message>
        <message>
            <source>The built-in checklist is missing from the program.</source>
            <translation>程序中缺少内置的巡查清单。</translation>
        </message>
        <message>
            <source>Item %1 (%2): its key or a name reads as another column of an inspection file ("%3"): choose another.</source>
            <translation>第 %1 项（%2）：其标识或名称与巡查文件中的另一列（“%3”）相同，无法区分：请另取一个。</translation>
        </message>
    </context>
    <context>
        <name>ChecklistService</name>
        <message>
            <source>The checklist could not be read.</source>
            <translation>无法读取巡查清单。</translation>
        </message>
        <message>
            <source>Version %1 of the checklist does not exist.</source>
            <translation>巡查清单第 %1 版不存在。</translation>
        </message>
        <message>
            <source>The checklist could not be saved.</source>
            <translation>无法保存巡查清单。</translation>
        </message>
        <message>
            <source>%1 is larger than 1 MiB: it is not a checklist.</source>
            <translation>%1 超过 1 MiB，不是巡查清单。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The command line of SiteGov, over the same database as the console.</source>
            <translation>SiteGov 命令行工具，与控制台使用同一数据库。</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>Run "sitegovctl COMMAND --help" for the options of a command.</source>
            <translation>运行“sitegovctl 命令 --help”查看该命令的选项。</translation>
        </message>
        <message>
            <source>Unknown language "%1": use zh_CN or en.</source>
            <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>未知选项 %1。</translation>
        </message>
        <message>
            <source>"%1" needs a subcommand: %2</source>
            <translation>“%1”需要子命令：%2</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>显示本帮助。</translation>
        </message>
        <message>
            <source>Run "sitegovctl %1 --help" for its options.</source>
            <translation>运行“sitegovctl %1 --help”查看其选项。</translation>
        </message>
        <message>
            <source>Create the database or bring its schema up to date.</source>
            <translation>创建数据库或将其结构升级到最新版本。</translation>
        </message>
        <message>
            <source>Build the Fujian demo database.</source>
            <translation>生成福建省演示数据库。</translation>
        </message>
        <message>
            <source>Random seed: the same seed gives the same demo (default 2017).</source>
            <translation>随机种子：相同的种子生成相同的演示数据（默认 2017）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>The date the demo treats as today (default: today).</source>
            <translation>演示数据视为“今天”的日期（默认：今天）。</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>The account's user name.</source>
            <translation>账号的用户名。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Create an account; the password is read from standard input.</source>
            <translation>创建账号；密码从标准输入读取。</translation>
        </message>
        <message>
            <source>The new user name (letters, digits, . _ -).</source>
            <translation>新用户名（字母、数字、. _ -）。</translation>
        </message>
        <message>
            <source>The person's full name.</source>
            <translation>姓名。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>The account's unit: its number, its 6-digit division code or its exact name.</source>
            <translation>账号所属单位：编号、6 位行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>UNIT</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Roles, comma-separated: administrator, director, approver, inspector.</source>
            <translation>角色，以逗号分隔：administrator、director、approver、inspector。</translation>
        </message>
        <message>
            <source>ROLES</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>List the accounts: user name, name, unit, roles, state.</source>
            <translation>列出账号：用户名、姓名、单位、角色、状态。</translation>
        </message>
        <message>
            <source>Disable an account: it can no longer log in.</source>
            <translation>停用账号：停用后无法登录。</translation>
        </message>
        <message>
            <source>Enable a disabled account again.</source>
            <translation>重新启用已停用的账号。</translation>
        </message>
        <message>
            <source>Set an account's password, read from standard input.</source>
            <translation>设置账号密码，从标准输入读取。</translation>
        </message>
        <message>
            <source>Check the audit trail's hash chain; exits 1 naming the first bad record.</source>
            <translation>校验审计记录的哈希链；发现问题时以 1 退出并指出第一条问题记录。</translation>
        </message>
        <message>
            <source>Write a consistent copy of the database, even while it is in use.</source>
            <translation>写出数据库的一致性副本，数据库正在使用时亦可。</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>要写入的备份文件。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Check a backup, keep the current database beside it, and restore the backup.</source>
            <translation>校验备份，在旁保留当前数据库，然后恢复备份。</translation>
        </message>
        <message>
            <source>The backup file to restore.</source>
            <translation>要恢复的备份文件。</translation>
        </message>
        <message>
            <source>Import sites, orgs, persons or assignments from CSV (UTF-8 or GBK) or XLSX; all or nothing.</source>
            <translation>从 CSV（UTF-8 或 GBK）或 XLSX 导入网站、单位、人员或责任分工；要么全部导入，要么都不导入。</translation>
        </message>
        <message>
            <source>sites, orgs, persons or assignments</source>
            <translation>sites（网站）、orgs（单位）、persons（人员）或 assignments（责任分工）</translation>
        </message>
        <message>
            <source>The CSV or XLSX file; the first line names the columns.</source>
            <translation>CSV 或 XLSX 文件；第一行为列名。</translation>
        </message>
        <message>
            <source>Import the good rows even if some rows have errors.</source>
            <translation>即使部分行有错误，也导入无误的行。</translation>
        </message>
        <message>
            <source>Check every row and report, changing nothing.</source>
            <translation>逐行检查并报告，不作任何改动。</translation>
        </message>
        <message>
            <source>The CSV file's encoding: auto (default), utf-8 or gbk.</source>
            <translation>CSV 文件编码：auto（默认）、utf-8 或 gbk。</translation>
        </message>
        <message>
            <source>ENCODING</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Export sites, orgs, persons or assignments to CSV or XLSX.</source>
            <translation>将网站、单位、人员或责任分工导出为 CSV 或 XLSX。</translation>
        </message>
        <message>
            <source>The file to write.</source>
            <translation>要写入的文件。</translation>
        </message>
        <message>
            <source>csv or xlsx (default: from the file name).</source>
            <translation>csv 或 xlsx（默认：按文件名判断）。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>CSV encoding: utf-8-bom (default), utf-8 or gbk.</source>
            <translation>CSV 编码：utf-8-bom（默认）、utf-8 或 gbk。</translation>
        </message>
        <message>
            <source>Name the columns with their English keys.</source>
            <translation>使用英文键名作为列名。</translation>
        </message>
        <message>
            <source>List requests and where each stands (tab-separated or JSON).</source>
            <translation>列出申请及其进展（制表符分隔或 JSON）。</translation>
        </message>
        <message>
            <source>Only requests in this state: open, draft, submitted, in_review, returned, approved, rejected, withdrawn or executed.</source>
            <translation>只列出此状态的申请：open（办理中）、draft、submitted、in_review、returned、approved、rejected、withdrawn 或 executed。</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Only requests of this type: open, close, migrate, merge or change.</source>
            <translation>只列出此类型的申请：open（开设）、close（关停）、migrate（迁移）、merge（整合）或 change（变更）。</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Only requests of this unit and the units under it.</source>
            <translation>只列出此单位及其下属单位的申请。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Only requests whose title or unit contains this text.</source>
            <translation>只列出标题或单位包含此文字的申请。</translation>
        </message>
        <message>
            <source>Show one request: its chain, checks, attachments and history.</source>
            <translation>显示一项申请：审批链、核查、附件和处理记录。</translation>
        </message>
        <message>
            <source>The request's number.</source>
            <translation>申请编号。</translation>
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation>输出 JSON，而不是文本。</translation>
        </message>
        <message>
            <source>Import daily inspections recorded elsewhere from CSV (UTF-8 or GBK) or XLSX; all or nothing.</source>
            <translation>从 CSV（UTF-8 或 GBK）或 XLSX 导入在别处记录的每日巡查；全部成功才导入。</translation>
        </message>
        <message>
            <source>The CSV or XLSX file: site_code, day, inspector, a column per checklist item (pass, fail, na) and notes.</source>
            <translation>CSV 或 XLSX 文件：网站标识码、巡查日期、巡查人，每个巡查项一列（通过、不通过、不适用）及说明。</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Export daily inspections to CSV or XLSX (imports again as it is).</source>
            <translation>将每日巡查导出为 CSV 或 XLSX（可原样再导入）。</translation>
        </message>
        <message>
            <source>The first day (yyyy-MM-dd).</source>
            <translation>起始日期（yyyy-MM-dd）。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>The last day (yyyy-MM-dd).</source>
            <translation>截止日期（yyyy-MM-dd）。</translation>
        </message>
        <message>
            <source>Only the sites of this unit and the units below it (division code or name).</source>
            <translation>仅限该单位及其下级单位的网站（行政区划代码或单位名称）。</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Show the daily checklist in force: its version and items.</source>
            <translation>显示现行每日巡查清单：版本和巡查项。</translation>
        </message>
        <message>
            <source>Print it as JSON (the format checklist set reads).</source>
            <translation>以 JSON 输出（即 checklist set 读取的格式）。</translation>
        </message>
        <message>
            <source>Put a new daily checklist (JSON) in force as a new version (administrators).</source>
            <translation>启用新的每日巡查清单（JSON），保存为新版本（仅管理员）。</translation>
        </message>
        <message>
            <source>The checklist as JSON, as checklist show --json prints it.</source>
            <translation>JSON 格式的巡查清单，与 checklist show --json 的输出相同。</translation>
        </message>
        <message>
            <source>List rectification items, overdue first.</source>
            <translation>列出整改事项，逾期的排在前面。</translation>
        </message>
        <message>
            <source>Only the overdue items.</source>
            <translation>仅列出逾期事项。</translation>
        </message>
        <message>
            <source>Only items in this status: open, fixed, rechecked, closed, unresolved or overdue.</source>
            <translation>仅列出该状态的事项：open（待整改）、fixed（已整改）、rechecked（已复查）、closed（已销号）、unresolved（未办结）或 overdue（逾期）。</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Only the items of this unit and the units below it (division code or name).</source>
            <translation>仅限该单位及其下级单位的事项（行政区划代码或单位名称）。</translation>
        </message>
        <message>
            <source>List weekly reviews; with --week, every unit with running sites and its review of that week or none.</source>
            <translation>列出一周一点评；指定 --week 时，列出每个有运行网站的单位及其该周点评（或未报送）。</translation>
        </message>
        <message>
            <source>The ISO week, e.g. 2026-W47: list every unit with running sites.</source>
            <translation>ISO 周，如 2026-W47：列出每个有运行网站的单位。</translation>
        </message>
        <message>
            <source>YYYY-Www</source>
            <translation>YYYY-Www</translation>
        </message>
        <message>
            <source>Only this unit and the units under it: its number, its 6-digit division code or its exact name.</source>
            <translation>仅限该单位及其下级单位：单位编号、6 位行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>Only reviews in this status: draft, signed, or with --week also missing or unsigned.</source>
            <translation>仅限该状态的点评：draft（草稿）、signed（已签发），指定 --week 时还可用 missing（未报送）或 unsigned（未签发）。</translation>
        </message>
        <message>
            <source>Show one weekly review: the week's figures and the reviewer's comments.</source>
            <translation>显示一份一周一点评：本周数据和点评意见。</translation>
        </message>
        <message>
            <source>The weekly review's number.</source>
            <translation>一周一点评的编号。</translation>
        </message>
        <message>
            <source>Give the file to write with --output.</source>
            <translation>请用 --output 指定要写入的文件。</translation>
        </message>
        <message>
            <source>--format takes csv or xlsx.</source>
            <translation>--format 可取 csv 或 xlsx。</translation>
        </message>
        <message>
            <source>--encoding takes utf-8-bom, utf-8 or gbk.</source>
            <translation>--encoding 可取 utf-8-bom、utf-8 或 gbk。</translation>
        </message>
        <message>
            <source>No unit "%1": give its number, its 6-digit division code or its exact name.</source>
            <translation>没有单位“%1”：请给出其编号、6 位行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>The database %1 does not exist: check the path given with --database (sitegovctl migrate creates a new one).</source>
            <translation>数据库 %1 不存在：请检查 --database 给出的路径（新建数据库请用 sitegovctl migrate）。</translation>
        </message>
        <message>
            <source>Nothing was imported: all %1 rows have errors.</source>
            <translation>未导入任何数据：全部 %1 行均有错误。</translation>
        </message>
        <message>
            <source>Nothing was imported: %1 of %2 rows have errors. Fix them, or use --good-rows-only to import the %3 good rows.</source>
            <translation>未导入任何数据：%2 行中有 %1 行存在错误。请修正，或使用 --good-rows-only 导入 %3 行无误数据。</translation>
        </message>
        <message>
            <source>More than one unit is named "%1": give the number of the one you mean.</source>
            <translation>有多个单位名为“%1”：请给出所指单位的编号。</translation>
        </message>
        <message>
            <source>under %1</source>
            <translation>隶属%1</translation>
        </message>
        <message>
            <source>The number of records an earlier backup or audit verify printed: fewer now means records at the end were removed.</source>
            <translation>此前备份或审计校验时输出的记录条数：现有记录少于此数，说明末尾的记录已被删除。</translation>
        </message>
        <message>
            <source>The last hash an earlier backup or audit verify printed: that record must still be in the trail (at record N with --expect-count).</source>
            <translation>此前备份或审计校验时输出的最后哈希值：该记录必须仍在记录链中（与 --expect-count 同用时须为第 N 条）。</translation>
        </message>
        <message>
            <source>HASH</source>
            <translation>哈希值</translation>
        </message>
        <message>
            <source>Usage: sitegovctl [--lang zh_CN|en] [--wait SECONDS] COMMAND [OPTIONS]</source>
            <translation>用法：sitegovctl [--lang zh_CN|en] [--wait 秒数] 命令 [选项]</translation>
        </message>
        <message>
            <source>Global options: --help, --version, --lang zh_CN|en, --wait SECONDS (how long a command waits for another program writing to the database; default %1).</source>
            <translation>全局选项：--help、--version、--lang zh_CN|en、--wait 秒数（其他程序正在写入数据库时，命令最多等待的时间；默认 %1 秒）。</translation>
        </message>
        <message>
            <source>--wait takes a number of seconds from 0 to 86400.</source>
            <translation>--wait 须为 0 至 86400 之间的秒数。</translation>
        </message>
        <message>
            <source>Empty the database first if it exists (through SQLite, safe while it is open elsewhere).</source>
            <translation>如数据库已存在，先将其清空（通过 SQLite 进行，其他程序正在使用时亦安全）。</translation>
        </message>
        <message>
            <source>--encoding takes auto, utf-8 or gbk.</source>
            <translation>--encoding 可取 auto、utf-8 或 gbk。</translation>
        </message>
        <message>
            <source>line %1: error: %2</source>
            <translation>第 %1 行：错误：%2</translation>
        </message>
        <message>
            <source>line %1: warning: %2</source>
            <translation>第 %1 行：警告：%2</translation>
        </message>
        <message>
            <source>The month, e.g. 2026-11 (default: this month).</source>
            <translation>月份，如 2026-11（默认：本月）。</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>YYYY-MM</translation>
        </message>
        <message>
            <source>Draw an office's monthly spot-check plan (or draw an open plan again) and print it.</source>
            <translation>抽取本级的月度抽查计划（或重新抽取未锁定的计划）并打印。</translation>
        </message>
        <message>
            <source>The office: a government of province, city or county level, by number, division code or name.</source>
            <translation>抽查单位：省、市、县级人民政府，可用编号、行政区划代码或名称。</translation>
        </message>
        <message>
            <source>The draw's seed (default: a new one); the same seed draws the same sites.</source>
            <translation>抽取种子（默认：新生成）；相同种子抽出相同网站。</translation>
        </message>
        <message>
            <source>The share of the running sites to check, in percent (default: the office's setting).</source>
            <translation>抽查比例（百分数，默认：本单位的设置）。</translation>
        </message>
        <message>
            <source>PERCENT</source>
            <translation>百分比</translation>
        </message>
        <message>
            <source>List the month's spot-check plans of the offices within a unit.</source>
            <translation>列出某单位辖区内各级当月的抽查计划。</translation>
        </message>
        <message>
            <source>Only the offices within this unit: its number, its 6-digit division code or its exact name.</source>
            <translation>仅该单位辖区内的抽查单位：编号、6 位行政区划代码或准确名称。</translation>
        </message>
        <message>
            <source>Show an office's spot-check plan of a month with its sites.</source>
            <translation>显示某单位某月的抽查计划及其网站。</translation>
        </message>
        <message>
            <source>The office: its number, its 6-digit division code or its exact name.</source>
            <translation>抽查单位：编号、6 位行政区划代码或准确名称。</translation>
        </message>
        <message>
            <source>The figures of an office's quarterly spot-check bulletin from its confirmed assessments.</source>
            <translation>根据已确认的测评生成某单位季度抽查情况通报的数据。</translation>
        </message>
        <message>
            <source>The quarter, e.g. 2026-Q3.</source>
            <translation>季度，如 2026-Q3。</translation>
        </message>
        <message>
            <source>YYYY-Qn</source>
            <translation>YYYY-Qn</translation>
        </message>
        <message>
            <source>Permission: %1 (%2).</source>
            <translation>所需权限：%1（%2）。</translation>
        </message>
        <message>
            <source>With --as USER the account's roles and jurisdiction (its unit and the units under it) apply, and the audit trail names it; without --as the command line acts with the whole database's rights.</source>
            <translation>使用 --as 用户名 时，按该账号的角色和管辖范围（本单位及下级单位）校验，审计日志记为该账号；不使用 --as 时，命令行以整个数据库的权限操作。</translation>
        </message>
        <message>
            <source>Act as this account (its roles and jurisdiction apply); its password is read from SITEGOV_PASSWORD, or asked for.</source>
            <translation>以该账号身份操作（按其角色和管辖范围校验）；密码取自 SITEGOV_PASSWORD 环境变量，未设置时提示输入。</translation>
        </message>
        <message>
            <source>Password of %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>The rectification item's number.</source>
            <translation>整改事项编号。</translation>
        </message>
        <message>
            <source>Sign a weekly review as saved (or with the text given); it is locked from then on.</source>
            <translation>按已保存的内容（或按给出的文字）签发一周一点评，签发后即锁定。</translation>
        </message>
        <message>
            <source>The highlights, instead of the saved ones.</source>
            <translation>亮点（替换已保存的内容）。</translation>
        </message>
        <message>
            <source>The problems, instead of the saved ones.</source>
            <translation>存在问题（替换已保存的内容）。</translation>
        </message>
        <message>
            <source>The instructions, instead of the saved ones.</source>
            <translation>工作要求（替换已保存的内容）。</translation>
        </message>
        <message>
            <source>Report a rectification item fixed.</source>
            <translation>报告整改事项已整改。</translation>
        </message>
        <message>
            <source>What was done to fix it (required).</source>
            <translation>整改情况（必填）。</translation>
        </message>
        <message>
            <source>Record that a fixed item passed its re-check.</source>
            <translation>记录已整改事项复查通过。</translation>
        </message>
        <message>
            <source>What the re-check found.</source>
            <translation>复查情况。</translation>
        </message>
        <message>
            <source>Record that a fixed item failed its re-check: it is open again.</source>
            <translation>记录已整改事项复查未通过，事项重新打开。</translation>
        </message>
        <message>
            <source>What is still wrong (required).</source>
            <translation>仍然存在的问题（必填）。</translation>
        </message>
        <message>
            <source>Close a re-checked item (an item not re-checked only with a reason).</source>
            <translation>对已复查事项销号（未复查的事项须说明理由）。</translation>
        </message>
        <message>
            <source>A closing note; the reason when it was not re-checked.</source>
            <translation>销号说明；未复查时填写销号理由。</translation>
        </message>
        <message>
            <source>File a request (a draft, or submitted with --submit); prints its number.</source>
            <translation>填报申请（保存为草稿，加 --submit 则同时提交），输出申请编号。</translation>
        </message>
        <message>
            <source>open (default), close, migrate, merge or change.</source>
            <translation>open（开设，默认）、close（关停）、migrate（迁移）、merge（整合）或 change（变更）。</translation>
        </message>
        <message>
            <source>The requesting unit: its number, division code or exact name.</source>
            <translation>申请单位：单位编号、行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>close, migrate, merge, change: the site concerned (its number or identifier code).</source>
            <translation>关停、迁移、整合、变更：所涉网站（网站编号或网站标识码）。</translation>
        </message>
        <message>
            <source>SITE</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>merge: the site it merges into.</source>
            <translation>整合：并入的网站。</translation>
        </message>
        <message>
            <source>The title (default: the type and the site's name).</source>
            <translation>标题（默认：申请类型和网站名称）。</translation>
        </message>
        <message>
            <source>The reason for the request.</source>
            <translation>申请理由。</translation>
        </message>
        <message>
            <source>A written justification (a unit that in principle opens no site of its own).</source>
            <translation>特殊需求说明（原则上不开设网站的单位须提供）。</translation>
        </message>
        <message>
            <source>open: the new site's name; change: the new name.</source>
            <translation>开设：新网站名称；变更：新名称。</translation>
        </message>
        <message>
            <source>open: the new site's identifier code (default: the unit's next free one).</source>
            <translation>开设：新网站的网站标识码（默认：本单位下一个可用标识码）。</translation>
        </message>
        <message>
            <source>open: the new site's domain; change: the new domain.</source>
            <translation>开设：新网站域名；变更：新域名。</translation>
        </message>
        <message>
            <source>DOMAIN</source>
            <translation>域名</translation>
        </message>
        <message>
            <source>open: portal, department (default) or special.</source>
            <translation>开设：portal（门户网站）、department（部门网站，默认）或 special（专项网站）。</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>open: unified (default) or standalone.</source>
            <translation>开设：unified（集约化平台，默认）或 standalone（独立部署）。</translation>
        </message>
        <message>
            <source>PLATFORM</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>open: who runs the site.</source>
            <translation>开设：网站运维单位。</translation>
        </message>
        <message>
            <source>change: the new host unit.</source>
            <translation>变更：新的主办单位。</translation>
        </message>
        <message>
            <source>Attach a file (repeatable); KIND is letter, domain_form, security_report, migration_evidence or other.</source>
            <translation>附加文件（可重复使用）；类型为 letter（正式申请公函）、domain_form（域名申请表）、security_report（安全检测报告）、migration_evidence（数据迁移证明）或 other（其他材料）。</translation>
        </message>
        <message>
            <source>KIND:FILE</source>
            <translation>类型:文件</translation>
        </message>
        <message>
            <source>Submit the request once it is saved.</source>
            <translation>保存后随即提交申请。</translation>
        </message>
        <message>
            <source>Submit a draft or returned request to the first step of its chain.</source>
            <translation>将草稿或退回修改的申请提交至审批流程的第一步。</translation>
        </message>
        <message>
            <source>Approve the step of a request that waits for your unit (the last approval carries it out).</source>
            <translation>审核通过等待本单位审批的申请步骤（最后一步审批通过即执行）。</translation>
        </message>
        <message>
            <source>A comment for the record.</source>
            <translation>审批意见（记录在案）。</translation>
        </message>
        <message>
            <source>Return a request to its filer for changes.</source>
            <translation>将申请退回申请人修改。</translation>
        </message>
        <message>
            <source>What the filer should change (required).</source>
            <translation>申请人需要修改的内容（必填）。</translation>
        </message>
        <message>
            <source>Reject a request; it ends there.</source>
            <translation>驳回申请，申请就此终结。</translation>
        </message>
        <message>
            <source>Why the request is rejected (required).</source>
            <translation>驳回理由（必填）。</translation>
        </message>
        <message>
            <source>Withdraw your own request; it ends there.</source>
            <translation>撤回本人填报的申请，申请就此终结。</translation>
        </message>
        <message>
            <source>Why it is withdrawn.</source>
            <translation>撤回理由。</translation>
        </message>
        <message>
            <source>Record the national filing of an approved request, which carries it out on the registry.</source>
            <translation>记录已批准申请的全国备案，并随即在网站登记中执行。</translation>
        </message>
        <message>
            <source>Permission: none beyond access to the database file (the command line acts as itself).</source>
            <translation>所需权限：能访问数据库文件即可（命令行以自身身份操作）。</translation>
        </message>
        <message>
            <source>No site "%1": give its number or its identifier code.</source>
            <translation>没有网站“%1”：请给出网站编号或网站标识码。</translation>
        </message>
        <message>
            <source>--%1 takes a date such as 2026-11-28.</source>
            <translation>--%1 应为日期，如 2026-11-28。</translation>
        </message>
        <message>
            <source>Print the bash completion script (the package installs it; or: source &lt;(sitegovctl completion bash)).</source>
            <translation>输出 bash 命令补全脚本（安装包会自动安装；也可执行 source &lt;(sitegovctl completion bash)）。</translation>
        </message>
        <message>
            <source>Start or change a unit's weekly review of a week (a draft, with the week's figures); prints its number.</source>
            <translation>新建或修改某单位某周的一周一点评（草稿，附当周数据）；输出其编号。</translation>
        </message>
        <message>
            <source>The unit: its number, division code or exact name.</source>
            <translation>单位：单位编号、行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>The week, e.g. 2026-W47 (default: last week).</source>
            <translation>周次，如 2026-W47（默认：上周）。</translation>
        </message>
        <message>
            <source>WEEK</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>Log one daily inspection as the acting account, from options or from JSON on standard input; prints its number.</source>
            <translation>以当前操作账号登记一次每日巡查，内容取自选项或标准输入的 JSON；输出其编号。</translation>
        </message>
        <message>
            <source>The site: its number or identifier code.</source>
            <translation>网站：网站编号或网站标识码。</translation>
        </message>
        <message>
            <source>The day inspected (default: today).</source>
            <translation>巡查日期（默认：今天）。</translation>
        </message>
        <message>
            <source>An item's result (repeatable): KEY=pass, KEY=na or KEY=fail:WHAT IS WRONG.</source>
            <translation>某一检查项的结果（可重复）：项目键=pass、项目键=na 或 项目键=fail:问题描述。</translation>
        </message>
        <message>
            <source>KEY=RESULT</source>
            <translation>项目键=结果</translation>
        </message>
        <message>
            <source>The result of the items not named: pass or na.</source>
            <translation>未列出的检查项的结果：pass（通过）或 na（不适用）。</translation>
        </message>
        <message>
            <source>RESULT</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>A note on the inspection.</source>
            <translation>巡查备注。</translation>
        </message>
        <message>
            <source>Why it is entered late or corrected (required then; recorded in the audit trail).</source>
            <translation>补录或更正的原因（此时必填，将记入审计记录）。</translation>
        </message>
        <message>
            <source>Read the inspection from standard input as JSON: {"site", "day", "items": {KEY: "pass" or {"result": "fail", "note": ...}}, "others", "note", "reason"}.</source>
            <translation>从标准输入读取 JSON 格式的巡查记录：{"site", "day", "items": {项目键: "pass" 或 {"result": "fail", "note": ...}}, "others", "note", "reason"}。</translation>
        </message>
        <message>
            <source>The site's number or identifier code.</source>
            <translation>网站编号或网站标识码。</translation>
        </message>
        <message>
            <source>The host unit: its number, division code or exact name.</source>
            <translation>主办单位：单位编号、行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>The site's name.</source>
            <translation>网站名称。</translation>
        </message>
        <message>
            <source>The identifier code (default: the unit's next free one).</source>
            <translation>网站标识码（默认：本单位下一个可用标识码）。</translation>
        </message>
        <message>
            <source>The identifier code.</source>
            <translation>网站标识码。</translation>
        </message>
        <message>
            <source>The domain (the address follows it unless --url is given).</source>
            <translation>域名（未给出 --url 时，网址随域名生成）。</translation>
        </message>
        <message>
            <source>The address.</source>
            <translation>网址。</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>portal, department or special.</source>
            <translation>portal（门户网站）、department（部门网站）或 special（专项网站）。</translation>
        </message>
        <message>
            <source>unified or standalone.</source>
            <translation>unified（集约化平台）或 standalone（独立部署）。</translation>
        </message>
        <message>
            <source>planned (default), operating or migrating.</source>
            <translation>planned（拟开设，默认）、operating（运行中）或 migrating（迁移中）。</translation>
        </message>
        <message>
            <source>The supervising unit, when not the host.</source>
            <translation>主管单位（与主办单位不同时）。</translation>
        </message>
        <message>
            <source>Who runs the site.</source>
            <translation>网站运维单位。</translation>
        </message>
        <message>
            <source>The ICP filing number.</source>
            <translation>ICP备案号。</translation>
        </message>
        <message>
            <source>The public security filing number.</source>
            <translation>公安机关备案号。</translation>
        </message>
        <message>
            <source>The day it opened (yyyy-MM-dd).</source>
            <translation>开通日期（yyyy-MM-dd）。</translation>
        </message>
        <message>
            <source>Notes.</source>
            <translation>备注。</translation>
        </message>
        <message>
            <source>The unit it belongs under (number, division code or name).</source>
            <translation>上级单位（单位编号、行政区划代码或名称）。</translation>
        </message>
        <message>
            <source>The unit's name.</source>
            <translation>单位名称。</translation>
        </message>
        <message>
            <source>province, city, county or township (default: its parent's).</source>
            <translation>province（省级）、city（市级）、county（县级）或 township（乡镇）（默认：与上级单位相同）。</translation>
        </message>
        <message>
            <source>province, city, county or township.</source>
            <translation>province（省级）、city（市级）、county（县级）或 township（乡镇）。</translation>
        </message>
        <message>
            <source>LEVEL</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>government or department (default).</source>
            <translation>government（政府）或 department（部门，默认）。</translation>
        </message>
        <message>
            <source>government or department.</source>
            <translation>government（政府）或 department（部门）。</translation>
        </message>
        <message>
            <source>The 6-digit division code (default: its parent's).</source>
            <translation>6 位行政区划代码（默认：与上级单位相同）。</translation>
        </message>
        <message>
            <source>The 6-digit division code.</source>
            <translation>6 位行政区划代码。</translation>
        </message>
        <message>
            <source>The label of its domain (the X of www.X.gov.cn).</source>
            <translation>域名标识（www.X.gov.cn 中的 X）。</translation>
        </message>
        <message>
            <source>LABEL</source>
            <translation>标识</translation>
        </message>
        <message>
            <source>The person's number.</source>
            <translation>责任人编号。</translation>
        </message>
        <message>
            <source>The person's unit: its number, division code or exact name.</source>
            <translation>责任人所在单位：单位编号、行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>The person's name.</source>
            <translation>姓名。</translation>
        </message>
        <message>
            <source>Their post.</source>
            <translation>职务。</translation>
        </message>
        <message>
            <source>Their telephone number.</source>
            <translation>联系电话。</translation>
        </message>
        <message>
            <source>PHONE</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Their e-mail address.</source>
            <translation>电子邮箱。</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <source>first_responsible, security, caretaker or editor.</source>
            <translation>first_responsible（第一责任人）、security（安全责任人）、caretaker（看护人）或 editor（编辑）。</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>职责</translation>
        </message>
        <message>
            <source>The person: their number, or their name in the site's unit.</source>
            <translation>责任人：责任人编号，或其在网站主办单位中的姓名。</translation>
        </message>
        <message>
            <source>PERSON</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>The first day (default: today).</source>
            <translation>起始日期（默认：今天）。</translation>
        </message>
        <message>
            <source>A note.</source>
            <translation>备注。</translation>
        </message>
        <message>
            <source>The last day (default: today).</source>
            <translation>截止日期（默认：今天）。</translation>
        </message>
        <message>
            <source>Register a site; prints its number.</source>
            <translation>登记网站；输出其编号。</translation>
        </message>
        <message>
            <source>Change a site's record: what is given replaces what is there.</source>
            <translation>修改网站登记信息：给出的内容替换原有内容。</translation>
        </message>
        <message>
            <source>Record a site as closed (on a day, default today).</source>
            <translation>将网站登记为已关停（关停日期默认为今天）。</translation>
        </message>
        <message>
            <source>The closing day (default: today).</source>
            <translation>关停日期（默认：今天）。</translation>
        </message>
        <message>
            <source>Add a unit under another; prints its number.</source>
            <translation>在某单位下新增单位；输出其编号。</translation>
        </message>
        <message>
            <source>Change a unit: what is given replaces what is there.</source>
            <translation>修改单位信息：给出的内容替换原有内容。</translation>
        </message>
        <message>
            <source>Move a unit under another unit.</source>
            <translation>将单位调整到另一单位之下。</translation>
        </message>
        <message>
            <source>The unit to move it under.</source>
            <translation>调整后的上级单位。</translation>
        </message>
        <message>
            <source>Add a responsible person to a unit; prints their number.</source>
            <translation>为单位新增责任人；输出其编号。</translation>
        </message>
        <message>
            <source>Change a person: what is given replaces what is there.</source>
            <translation>修改责任人信息：给出的内容替换原有内容。</translation>
        </message>
        <message>
            <source>Make a person the holder of a role on a site (the current holder's term ends).</source>
            <translation>指定某人担任网站的某项职责（现任人员的任期随之结束）。</translation>
        </message>
        <message>
            <source>End the current holder's term of a role on a site.</source>
            <translation>结束网站某项职责现任人员的任期。</translation>
        </message>
        <message>
            <source>Print JSON instead of text (as --format json).</source>
            <translation>以 JSON 代替文本输出（同 --format json）。</translation>
        </message>
        <message>
            <source>The office whose plan it is: its number, its 6-digit division code or its exact name.</source>
            <translation>抽查计划所属的办公室：其编号、6 位行政区划代码或准确名称。</translation>
        </message>
        <message>
            <source>Export an office's spot-check assessments of a month to CSV or XLSX: a row per site of its plan, a column per veto item and indicator (imports again).</source>
            <translation>将某办公室某月的抽查评分导出为 CSV 或 XLSX：计划中每个网站一行，每个单项否决指标和评分指标一列（可再次导入）。</translation>
        </message>
        <message>
            <source>Import spot-check assessments from CSV (UTF-8 or GBK) or XLSX into an office's plan of a month, as the checker's drafts; all or nothing, every bad row named.</source>
            <translation>从 CSV（UTF-8 或 GBK）或 XLSX 将抽查评分导入某办公室某月的计划，保存为检查人的草稿；全部成功才导入，每个错误行均列出。</translation>
        </message>
        <message>
            <source>The CSV or XLSX file: site_code, a column per veto item (yes/no) and indicator (points deducted), their notes, bonus, evidence_url, summary.</source>
            <translation>CSV 或 XLSX 文件：网站标识码，每个单项否决指标（是/否）和评分指标（扣分）各一列，及其说明、加分、证据网址、总体说明。</translation>
        </message>
        <message>
            <source>Submit each assessment for review after saving it.</source>
            <translation>保存后将每份评分提交审核。</translation>
        </message>
        <message>
            <source>text (default) or json for the figures; pdf or odt for the document to issue (with --output).</source>
            <translation>text（默认）或 json 输出数据；pdf 或 odt 输出待印发的文稿（需 --output）。</translation>
        </message>
        <message>
            <source>The PDF or ODF text file to write.</source>
            <translation>要写入的 PDF 或 ODF 文本文件。</translation>
        </message>
        <message>
            <source>The document's number (default: the year and the quarter, as 〔2026〕3号).</source>
            <translation>文号（默认按年份和季度编写，如〔2026〕3号）。</translation>
        </message>
        <message>
            <source>The day the units report their rectification back by (default: a month after the quarter).</source>
            <translation>各单位报送整改情况的截止日期（默认为季度结束后一个月）。</translation>
        </message>
        <message>
            <source>"%1" is not a month: write it as 2026-11.</source>
            <translation>“%1”不是月份：请写作 2026-11。</translation>
        </message>
        <message>
            <source>The assessment's number (assessment_id in `sitegovctl spotcheck show --json`).</source>
            <translation>测评编号（`sitegovctl spotcheck show --json` 中的 assessment_id）。</translation>
        </message>
        <message>
            <source>Submit a saved assessment for review (the checker); every veto item and deduction needs its evidence.</source>
            <translation>将已保存的测评提交审核（检查人）；每个单项否决项和扣分项均须附证据。</translation>
        </message>
        <message>
            <source>Confirm a submitted assessment (a reviewer of the office, not its checker): it counts from then on, waits in the outbox for the backend, and a failing site gets a rectification item.</source>
            <translation>确认已提交的测评（由本办公室审核人确认，不得为检查人本人）：确认后计入结果，进入待报送队列等候报送考核后台，不合格网站生成整改事项。</translation>
        </message>
        <message>
            <source>A failing site's rectification deadline (default: 30 days from today).</source>
            <translation>不合格网站的整改期限（默认：自今日起30天）。</translation>
        </message>
        <message>
            <source>The reviewer's note.</source>
            <translation>审核意见。</translation>
        </message>
        <message>
            <source>Return a submitted assessment to its checker, saying why (a reviewer of the office).</source>
            <translation>将已提交的测评退回检查人并说明理由（本办公室审核人）。</translation>
        </message>
        <message>
            <source>Why it goes back (required).</source>
            <translation>退回理由（必填）。</translation>
        </message>
        <message>
            <source>Show an assessment: its score, veto items and deductions, evidence, history and sending state.</source>
            <translation>显示一份测评：得分、单项否决项和扣分项、证据、处理记录和报送状态。</translation>
        </message>
        <message>
            <source>Record who was held to account for a failing site, and by which measure, on its rectification item; prints the record's number.</source>
            <translation>在不合格网站的整改事项上记录问责人员和问责方式；输出记录编号。</translation>
        </message>
        <message>
            <source>The number of the rectification item the failing site's assessment opened.</source>
            <translation>不合格网站的测评生成的整改事项编号。</translation>
        </message>
        <message>
            <source>The person held to account (required).</source>
            <translation>被问责人员（必填）。</translation>
        </message>
        <message>
            <source>Their post and unit.</source>
            <translation>其职务和所在单位。</translation>
        </message>
        <message>
            <source>interview (约谈), written_examination (书面检查), reprimand (通报批评), transfer (调离) or dismissal (免职).</source>
            <translation>interview（约谈）、written_examination（书面检查）、reprimand（通报批评）、transfer（调离）或 dismissal（免职）。</translation>
        </message>
        <message>
            <source>MEASURE</source>
            <translation>问责方式</translation>
        </message>
        <message>
            <source>The day of the decision (default: today).</source>
            <translation>作出决定的日期（默认：今日）。</translation>
        </message>
        <message>
            <source>List the accountability records of a rectification item.</source>
            <translation>列出一个整改事项的问责记录。</translation>
        </message>
        <message>
            <source>Send the confirmed assessments waiting in the outbox to sitegov-server (the write token in SITEGOV_BACKEND_TOKEN), and print each one's state.</source>
            <translation>将待报送队列中已确认的评分报送 sitegov-server（写入令牌放在 SITEGOV_BACKEND_TOKEN 中），并输出每份的报送状态。</translation>
        </message>
        <message>
            <source>The backend's address (default: the one set in the console's Settings).</source>
            <translation>考核后台地址（默认：控制台设置中的地址）。</translation>
        </message>
        <message>
            <source>Extra trusted certificates (PEM) for HTTPS (default: the Settings').</source>
            <translation>HTTPS 额外信任的证书（PEM）（默认：设置中的证书）。</translation>
        </message>
        <message>
            <source>Send this refused or waiting assessment again now (repeatable).</source>
            <translation>立即重新报送这份被拒收或等待中的评分（可重复）。</translation>
        </message>
        <message>
            <source>List the confirmed assessments in the outbox: waiting, sent, refused (with the backend's reason) or replaced.</source>
            <translation>列出待报送队列中已确认的评分：等待报送、已报送、被拒收（附考核后台的理由）或已被替换。</translation>
        </message>
        <message>
            <source>Only waiting, sent, refused or replaced.</source>
            <translation>只列出 waiting（等待报送）、sent（已报送）、refused（被拒收）或 replaced（已被替换）的评分。</translation>
        </message>
        <message>
            <source>List the registry's sites, as the console's Sites page filters them.</source>
            <translation>列出登记的网站，筛选方式与控制台“网站”页相同。</translation>
        </message>
        <message>
            <source>Only sites whose code, name, domain or unit contain every word of this text.</source>
            <translation>只列出标识码、名称、域名或单位包含此文本中每个词的网站。</translation>
        </message>
        <message>
            <source>Only the sites of this unit and the units under it: its number, division code or exact name.</source>
            <translation>只列出此单位及其下级单位的网站：单位编号、区划代码或完整名称。</translation>
        </message>
        <message>
            <source>Only sites of this kind (portal or department).</source>
            <translation>只列出此类网站（portal 门户网站或 department 部门网站）。</translation>
        </message>
        <message>
            <source>Only sites in this status (e.g. operating, closed).</source>
            <translation>只列出此状态的网站（如 operating、closed）。</translation>
        </message>
        <message>
            <source>Only sites whose host unit is of this level.</source>
            <translation>只列出主办单位为此层级的网站。</translation>
        </message>
        <message>
            <source>Only sites the registry flags.</source>
            <translation>只列出有登记标记的网站。</translation>
        </message>
        <message>
            <source>Show a site: its fields, its flags, and who answers for it now and before.</source>
            <translation>显示一个网站：登记信息、标记以及现任和历任负责人员。</translation>
        </message>
        <message>
            <source>The site's identifier code or number.</source>
            <translation>网站标识码或编号。</translation>
        </message>
        <message>
            <source>List the responsible persons, with how many sites each answers for now.</source>
            <translation>列出网站负责人员及每人现负责的网站数。</translation>
        </message>
        <message>
            <source>Only persons whose name, phone or unit contain this text.</source>
            <translation>只列出姓名、电话或所在单位包含此文本的人员。</translation>
        </message>
        <message>
            <source>Only the persons of this unit: its number, division code or exact name.</source>
            <translation>只列出此单位的人员：单位编号、区划代码或完整名称。</translation>
        </message>
        <message>
            <source>Include the persons no longer active.</source>
            <translation>包括已不在岗的人员。</translation>
        </message>
        <message>
            <source>Only tickets in this state: open, replied, closed, overdue or unclosed.</source>
            <translation>仅列出该状态的留言：open（待办理）、replied（已答复）、closed（已办结）、overdue（逾期）或 unclosed（未办结）。</translation>
        </message>
        <message>
            <source>Only messages of this type: late, inaccurate, unanswered or unusable.</source>
            <translation>仅列出该类型的留言：late（不及时）、inaccurate（不准确）、unanswered（不回应）或 unusable（不实用）。</translation>
        </message>
        <message>
            <source>Only tickets whose number, site, unit or text contains this.</source>
            <translation>仅列出编号、网站、单位或留言内容包含该文字的留言。</translation>
        </message>
        <message>
            <source>List error-report tickets (我为政府网站找错) with their deadlines; overdue ones are flagged.</source>
            <translation>列出“我为政府网站找错”留言及其办理期限，逾期的加标记。</translation>
        </message>
        <message>
            <source>Export error-report tickets to CSV or XLSX with their replies and state (the first columns import again).</source>
            <translation>将找错留言连同答复和办理状态导出为 CSV 或 XLSX（前几列可再次导入）。</translation>
        </message>
        <message>
            <source>Import the error-report platform's messages from CSV (UTF-8 or GBK) or XLSX; all or nothing, every bad row named.</source>
            <translation>从找错平台导出的 CSV（UTF-8 或 GBK）或 XLSX 文件导入留言；全部导入或全部不导入，逐行列出有误的行。</translation>
        </message>
        <message>
            <source>The CSV or XLSX file: 留言编号, 网站标识码, 留言类型, 留言内容, 收到时间 (or message_no, site_code, kind, body, received_at).</source>
            <translation>CSV 或 XLSX 文件：留言编号、网站标识码、留言类型、留言内容、收到时间（或 message_no、site_code、kind、body、received_at）。</translation>
        </message>
        <message>
            <source>Register one message of the error-report platform by hand.</source>
            <translation>手工登记一条找错平台留言。</translation>
        </message>
        <message>
            <source>The platform's message number.</source>
            <translation>平台留言编号。</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>The site's identifier code.</source>
            <translation>网站标识码。</translation>
        </message>
        <message>
            <source>late, inaccurate, unanswered or unusable.</source>
            <translation>late（不及时）、inaccurate（不准确）、unanswered（不回应）或 unusable（不实用）。</translation>
        </message>
        <message>
            <source>The message's text.</source>
            <translation>留言内容。</translation>
        </message>
        <message>
            <source>When it was received (default: now), e.g. 2026-09-30 16:20.</source>
            <translation>收到时间（默认为现在），如 2026-09-30 16:20。</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Record the unit's reply to a message.</source>
            <translation>登记网站主办单位对留言的答复。</translation>
        </message>
        <message>
            <source>The reply.</source>
            <translation>答复内容。</translation>
        </message>
        <message>
            <source>Record whether a message is valid.</source>
            <translation>登记留言是否有效。</translation>
        </message>
        <message>
            <source>The message is valid.</source>
            <translation>留言有效。</translation>
        </message>
        <message>
            <source>The message is not valid.</source>
            <translation>留言无效。</translation>
        </message>
        <message>
            <source>Close a verified message (a valid one after the unit's reply).</source>
            <translation>办结已核实的留言（有效留言须在单位答复后办结）。</translation>
        </message>
        <message>
            <source>A quarter's error-report figures per unit: received, valid, closed on time, on-time rate.</source>
            <translation>按单位统计一个季度的找错留言：收到数、有效数、按期办结数、按期办结率。</translation>
        </message>
        <message>
            <source>The quarter, e.g. 2026-Q4.</source>
            <translation>季度，如 2026-Q4。</translation>
        </message>
        <message>
            <source>Import a year's holiday arrangement (JSON, as resources/calendar/2026.json) for the working-day deadlines.</source>
            <translation>导入某一年的节假日安排（JSON，格式同 resources/calendar/2026.json），用于按工作日计算办理期限。</translation>
        </message>
        <message>
            <source>The calendar file of one year.</source>
            <translation>一年的日历文件。</translation>
        </message>
        <message>
            <source>List the years of the working-day calendar and their sources.</source>
            <translation>列出工作日日历已有的年份及其依据。</translation>
        </message>
        <message>
            <source>Give the one file to import.</source>
            <translation>请指定一个要导入的文件。</translation>
        </message>
        <message>
            <source>Assign a checker to sites of an office's plan (without SITE: every site that has none).</source>
            <translation>为本机关抽查计划中的网站指定检查人（不指定网站时：所有尚无检查人的网站）。</translation>
        </message>
        <message>
            <source>The checker's user name: an active inspector of the office.</source>
            <translation>检查人的用户名：本机关在用的巡查员。</translation>
        </message>
        <message>
            <source>Take the checker off the sites instead.</source>
            <translation>改为取消这些网站的检查人。</translation>
        </message>
        <message>
            <source>Sites of the plan, by identifier code or number.</source>
            <translation>计划中的网站，按网站标识码或编号。</translation>
        </message>
        <message>
            <source>Add a site to an office's open plan by hand, with the reason.</source>
            <translation>向本机关未锁定的抽查计划手工增加网站，并说明理由。</translation>
        </message>
        <message>
            <source>Why the site is added.</source>
            <translation>增加该网站的理由。</translation>
        </message>
        <message>
            <source>The site, by identifier code or number.</source>
            <translation>网站，按网站标识码或编号。</translation>
        </message>
        <message>
            <source>Take a site added by hand out of an office's open plan again, with the reason (drawn sites stay).</source>
            <translation>将手工增加的网站从未锁定的抽查计划中移出，并说明理由（抽取的网站保留）。</translation>
        </message>
        <message>
            <source>Why the site leaves the plan.</source>
            <translation>移出计划的理由。</translation>
        </message>
        <message>
            <source>Lock an office's plan of a month: checking starts, its sites can no longer be drawn again.</source>
            <translation>锁定本机关当月抽查计划：开始检查，计划中的网站不再重新抽取。</translation>
        </message>
        <message>
            <source>The SiteGov database: a file, or a PostgreSQL database as postgresql://USER@HOST[:PORT]/DATABASE (default: %1).</source>
            <translation>SiteGov 数据库：数据库文件，或 PostgreSQL 数据库，写作 postgresql://用户@主机[:端口]/数据库（默认：%1）。</translation>
        </message>
        <message>
            <source>PATH|URL</source>
            <translation>路径|地址</translation>
        </message>
        <message>
            <source>Only the portals of this unit and the units under it: its number, its 6-digit division code or its exact name.</source>
            <translation>只统计该单位及其下级单位的门户网站：单位编号、6 位行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>List key policy items (重要政策信息) with how many obliged portals reposted them within 8 hours, late or not yet.</source>
            <translation>列出重要政策信息，以及应转载的门户网站中 8 小时内转载、超时转载和尚未转载的数量。</translation>
        </message>
        <message>
            <source>Only items in this state: open, closed or overdue.</source>
            <translation>只列出该状态的信息：open（跟踪中）、closed（已结束）或 overdue（超时未转载）。</translation>
        </message>
        <message>
            <source>Only items whose title or issuing body contains this.</source>
            <translation>只列出标题或发布机关包含该文字的信息。</translation>
        </message>
        <message>
            <source>Where each obliged portal stands with one key policy item: within 8 hours, late (how late), not yet.</source>
            <translation>一条重要政策信息在各应转载门户网站的转载情况：8 小时内、超时（超出多久）、尚未转载。</translation>
        </message>
        <message>
            <source>The key policy item's number (policy list).</source>
            <translation>重要政策信息的编号（见 policy list）。</translation>
        </message>
        <message>
            <source>Register one key policy item by hand.</source>
            <translation>手工登记一条重要政策信息。</translation>
        </message>
        <message>
            <source>The policy's title.</source>
            <translation>政策信息的标题。</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>The issuing body, e.g. 国务院.</source>
            <translation>发布机关，如 国务院。</translation>
        </message>
        <message>
            <source>BODY</source>
            <translation>机关</translation>
        </message>
        <message>
            <source>When it was published (office time), e.g. 2026-12-07 09:30.</source>
            <translation>发布时间（本地时间），如 2026-12-07 09:30。</translation>
        </message>
        <message>
            <source>Where it was published (optional).</source>
            <translation>原文地址（可选）。</translation>
        </message>
        <message>
            <source>Import key policy items from CSV (UTF-8 or GBK) or XLSX; all or nothing, every bad row named.</source>
            <translation>从 CSV（UTF-8 或 GBK）或 XLSX 导入重要政策信息；全部成功才导入，逐行指出错误。</translation>
        </message>
        <message>
            <source>The CSV or XLSX file: 标题, 发布机关, 发布时间 and optionally 来源地址 (or title, issuer, published_at, source_url).</source>
            <translation>CSV 或 XLSX 文件：标题、发布机关、发布时间，可选来源地址（或 title、issuer、published_at、source_url）。</translation>
        </message>
        <message>
            <source>Record by hand that a portal reposted a key policy item, with the page's address.</source>
            <translation>手工记录某门户网站已转载一条重要政策信息，并填写转载页面地址。</translation>
        </message>
        <message>
            <source>The portal's identifier code.</source>
            <translation>门户网站的网站标识码。</translation>
        </message>
        <message>
            <source>The address of the reposted page.</source>
            <translation>转载页面的地址。</translation>
        </message>
        <message>
            <source>When the repost appeared (office time; default: now), e.g. 2026-12-07 15:30.</source>
            <translation>转载时间（本地时间，默认当前时间），如 2026-12-07 15:30。</translation>
        </message>
        <message>
            <source>Close a key policy item: the probe no longer looks for it; its figures stay.</source>
            <translation>结束跟踪一条重要政策信息：监测程序不再查找，统计数据保留。</translation>
        </message>
        <message>
            <source>Make a registered probe column its portal's designated repost column (转载专栏).</source>
            <translation>将已登记的监测栏目设为该门户网站的转载专栏。</translation>
        </message>
        <message>
            <source>The column's number.</source>
            <translation>栏目编号。</translation>
        </message>
        <message>
            <source>A quarter's reposts per obliged portal: items, within 8 hours, within 24 hours and their shares.</source>
            <translation>各应转载门户网站的季度转载情况：信息条数、8 小时内及 24 小时内转载数和转载率。</translation>
        </message>
        <message>
            <source>The year the report is about, e.g. 2026.</source>
            <translation>报表所属年度，例如 2026。</translation>
        </message>
        <message>
            <source>YEAR</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>A site's report (政府网站工作年度报表) instead of the office's: its identifier code or number.</source>
            <translation>改为网站的报表（政府网站工作年度报表）：网站标识码或编号。</translation>
        </message>
        <message>
            <source>An annual report (国办函〔2018〕12号) of an office or a site: printed, or written as XLSX or PDF.</source>
            <translation>办公厅（室）或网站的年度报表（国办函〔2018〕12号）：打印，或写成 XLSX、PDF。</translation>
        </message>
        <message>
            <source>text (default) or json to print it; xlsx or pdf to write it (with --output).</source>
            <translation>text（默认）或 json 为打印；xlsx 或 pdf 为写入文件（配合 --output）。</translation>
        </message>
        <message>
            <source>The XLSX or PDF file to write.</source>
            <translation>要写入的 XLSX 或 PDF 文件。</translation>
        </message>
        <message>
            <source>List the annual reports with their state.</source>
            <translation>列出年度报表及其状态。</translation>
        </message>
        <message>
            <source>Only the reports of this year.</source>
            <translation>只列该年度的报表。</translation>
        </message>
        <message>
            <source>Fill in fields of a draft annual report (made when there is none) as KEY=VALUE.</source>
            <translation>以“键=值”填写年度报表草稿的字段（没有报表时新建草稿）。</translation>
        </message>
        <message>
            <source>A field and its value, e.g. training_sessions=4; an empty value clears it.</source>
            <translation>字段及其值，例如 training_sessions=4；值为空即清除。</translation>
        </message>
        <message>
            <source>Sign an annual report: its figures are kept as they stand and it takes no more changes.</source>
            <translation>签发年度报表：数据按当前情况固定，不能再修改。</translation>
        </message>
        <message>
            <source>Publish a signed annual report.</source>
            <translation>发布已签发的年度报表。</translation>
        </message>
        <message>
            <source>List the settings every console on the database shares (assessment backend, automatic backups).</source>
            <translation>列出本数据库所有控制台共用的设置（绩效考核服务、自动备份）。</translation>
        </message>
        <message>
            <source>Change the shared settings as the console's Settings page does: the assessment backend, the automatic backups.</source>
            <translation>按控制台“设置”页的方式修改共用设置：绩效考核服务、自动备份。</translation>
        </message>
        <message>
            <source>The assessment backend's address, http(s)://HOST[:PORT] (empty: none).</source>
            <translation>绩效考核服务的地址，格式为 http(s)://主机[:端口]（留空：不使用）。</translation>
        </message>
        <message>
            <source>An extra trusted certificate (PEM file) for the backend (empty: none).</source>
            <translation>考核服务额外信任的证书（PEM 文件；留空：无）。</translation>
        </message>
        <message>
            <source>Automatic daily backups: on or off.</source>
            <translation>每日自动备份：on（开启）或 off（关闭）。</translation>
        </message>
        <message>
            <source>on|off</source>
            <translation>on|off</translation>
        </message>
        <message>
            <source>The folder of the automatic backups.</source>
            <translation>自动备份的存放文件夹。</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>How many automatic backups to keep (1 to 3650).</source>
            <translation>保留的自动备份份数（1 至 3650）。</translation>
        </message>
        <message>
            <source>Show an office's spot-check share (the part of its running sites drawn a month), or set it with --percent.</source>
            <translation>查看单位的抽查比例（每月从其运行网站中抽取的比例），或用 --percent 设定。</translation>
        </message>
        <message>
            <source>The new share in percent: at least the office's level's default, at most 100.</source>
            <translation>新的抽查比例（百分数）：不低于该单位所在层级的默认比例，不高于 100。</translation>
        </message>
        <message>
            <source>Print the share as JSON.</source>
            <translation>以 JSON 格式输出抽查比例。</translation>
        </message>
        <message>
            <source>List the units as a tree, each before the units under it: number, division code, name, level, kind.</source>
            <translation>按层级列出单位，上级单位在前、下级单位在后：编号、行政区划代码、名称、层级、类型。</translation>
        </message>
        <message>
            <source>Only this unit and the units under it: its number, division code or exact name.</source>
            <translation>只列出该单位及其下级单位：单位编号、行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>List deactivated units too.</source>
            <translation>同时列出已停用的单位。</translation>
        </message>
        <message>
            <source>List the audit trail, newest first, filtered by day, account, action, object or text.</source>
            <translation>列出审计记录（最新的在前），可按日期、账号、操作、对象或文字筛选。</translation>
        </message>
        <message>
            <source>From this day (yyyy-MM-dd, the office's time).</source>
            <translation>起始日期（yyyy-MM-dd，按本单位所在时区）。</translation>
        </message>
        <message>
            <source>To this day, inclusive (yyyy-MM-dd).</source>
            <translation>截止日期，含当天（yyyy-MM-dd）。</translation>
        </message>
        <message>
            <source>Only what this account did (its user name).</source>
            <translation>只列出该账号的操作（填写用户名）。</translation>
        </message>
        <message>
            <source>Only this action, as the trail records it: create, update, approve, lock, login, ...</source>
            <translation>只列出该类操作（按审计记录中的写法）：create、update、approve、lock、login 等。</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Only this kind of object: site, organisation, account, request, setting, ...</source>
            <translation>只列出该类对象：site、organisation、account、request、setting 等。</translation>
        </message>
        <message>
            <source>Summary contains this text, or the object's number is it.</source>
            <translation>摘要包含该文字，或对象编号与之相同。</translation>
        </message>
        <message>
            <source>Change a site's status (planned, operating, migrating, closed) on a day, default today.</source>
            <translation>变更网站状态（筹建、运行、迁移中、关停），变更日期默认为今天。</translation>
        </message>
        <message>
            <source>planned, operating, migrating or closed.</source>
            <translation>planned（筹建）、operating（运行）、migrating（迁移中）或 closed（关停）。</translation>
        </message>
        <message>
            <source>The day of the change (default: today).</source>
            <translation>变更日期（默认：今天）。</translation>
        </message>
        <message>
            <source>Deactivate a unit that runs no open site and has no active unit under it.</source>
            <translation>停用单位：该单位须无在运行网站，且无在用的下级单位。</translation>
        </message>
        <message>
            <source>Make a deactivated unit active again.</source>
            <translation>重新启用已停用的单位。</translation>
        </message>
        <message>
            <source>Deactivate a responsible person who holds no current assignment.</source>
            <translation>停用责任人：该责任人须无在任的网站职责。</translation>
        </message>
        <message>
            <source>Make a deactivated person active again.</source>
            <translation>重新启用已停用的责任人。</translation>
        </message>
    </context>
    <context>
        <name>ColumnSelector</name>
        <message>
            <source>The selector's regular expression "%1" is not valid: %2.</source>
            <translation>选择规则中的正则表达式“%1”无效：%2。</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <source>The selector "%1" has more than four steps: name the list's element more closely.</source>
            <translation>选择规则“%1”超过四级：请更直接地指明列表所在元素。</translation>
        </message>
        <message>
            <source>The selector "%1" is not understood: write a tag, #id or .class (for example ul.news-list or #content), or re: followed by a regular expression.</source>
            <translation>无法识别选择规则“%1”：请填写标签、#id 或 .class（例如 ul.news-list 或 #content），或以 re: 开头后接正则表达式。</translation>
        </message>
    </context>
    <context>
        <name>CsvTableReader</name>
        <message>
            <source>This system cannot decode GBK text.</source>
            <translation>本系统无法解码 GBK 文本。</translation>
        </message>
        <message>
            <source>The file has more than %1 cells, the most that can be read.</source>
            <translation>文件超过 %1 个单元格，超出可读取的上限。</translation>
        </message>
        <message>
            <source>Line %1 has a field longer than %2 characters, the most that can be read.</source>
            <translation>第 %1 行有超过 %2 个字符的字段，超出可读取的上限。</translation>
        </message>
        <message>
            <source>Line %1 has more than %2 columns, the most that can be read.</source>
            <translation>第 %1 行超过 %2 列，超出可读取的上限。</translation>
        </message>
        <message>
            <source>The quoted field that starts on line %1 is never closed.</source>
            <translation>从第 %1 行开始的引号字段没有结束引号。</translation>
        </message>
        <message>
            <source>Line %1 contains a NUL character: this is not a text file.</source>
            <translation>第 %1 行含有 NUL 字符：这不是文本文件。</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>The file is not valid UTF-16: line %1 cannot be decoded.</source>
            <translation>文件不是有效的 UTF-16：第 %1 行无法解码。</translation>
        </message>
        <message>
            <source>The file is empty: it has no header line.</source>
            <translation>文件为空：没有表头行。</translation>
        </message>
    </context>
    <context>
        <name>CsvWriter</name>
        <message>
            <source>Line %1 contains characters that GBK cannot represent: %2. Export as UTF-8 instead.</source>
            <translation>第 %1 行含有 GBK 无法表示的字符：%2。请改为导出 UTF-8。</translation>
        </message>
    </context>
    <context>
        <name>DashboardStats</name>
        <message>
            <source>The account's unit could not be read.</source>
            <translation>无法读取账号所属单位。</translation>
        </message>
        <message>
            <source>The open requests could not be counted.</source>
            <translation>无法统计办理中的申请。</translation>
        </message>
        <message>
            <source>The error reports could not be counted.</source>
            <translation>找错留言未能统计。</translation>
        </message>
        <message>
            <source>The key policy items could not be counted.</source>
            <translation>无法统计重要政策信息。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>No database file was given.</source>
            <translation>未指定数据库文件。</translation>
        </message>
        <message>
            <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
            <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>数据库 %1 不存在。</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>The database %1 cannot be opened.</source>
            <translation>无法打开数据库 %1。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>The database %1 cannot be prepared for use.</source>
            <translation>无法初始化数据库 %1。</translation>
        </message>
        <message>
            <source>The database %1 is at schema version %2 but this program needs version %3: run "sitegovctl migrate" first.</source>
            <translation>数据库 %1 的结构版本为 %2，本程序需要版本 %3：请先运行“sitegovctl migrate”。</translation>
        </message>
        <message>
            <source>%1 is not a database file.</source>
            <translation>%1 不是数据库文件。</translation>
        </message>
        <message>
            <source>%1 cannot be deleted.</source>
            <translation>无法删除 %1。</translation>
        </message>
        <message>
            <source>The database %1 cannot be emptied.</source>
            <translation>无法清空数据库 %1。</translation>
        </message>
        <message>
            <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
            <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
        </message>
        <message>
            <source>The database %1 does not exist, and this login may not create databases: ask the server's administrator to create it (createdb).</source>
            <translation>数据库 %1 不存在，且该登录账号无权创建数据库：请联系服务器管理员创建（createdb）。</translation>
        </message>
        <message>
            <source>The database %1 could not be created.</source>
            <translation>无法创建数据库 %1。</translation>
        </message>
        <message>
            <source>Only a PostgreSQL database is logged in to as a database role.</source>
            <translation>只有 PostgreSQL 数据库才以数据库角色登录。</translation>
        </message>
        <message>
            <source>The account %1 is disabled. Ask an administrator.</source>
            <translation>账号 %1 已停用，请联系管理员。</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>The logins of the database %1 are named with the prefix %2, not %3: add ?role_prefix=%2 to its address.</source>
            <translation>数据库 %1 的登录角色以前缀 %2 命名，而不是 %3：请在其地址中加上 ?role_prefix=%2。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseFiles</name>
        <message>
            <source>%1 is the SiteGov database itself. It cannot be used as an ordinary file (that would damage it while it is in use): choose another file.</source>
            <translation>%1 就是 SiteGov 数据库本身，不能作为普通文件使用（否则会在使用中损坏数据库）：请选择其他文件。</translation>
        </message>
        <message>
            <source>%1 is a working file of the SiteGov database %2. It must not be opened as an ordinary file (that would damage the database while it is in use): choose another file.</source>
            <translation>%1 是 SiteGov 数据库 %2 的工作文件，不得作为普通文件打开（否则会在使用中损坏数据库）：请选择其他文件。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseLocation</name>
        <message>
            <source>No database was given: name a database file or a PostgreSQL address (postgresql://USER@HOST/DATABASE).</source>
            <translation>未指定数据库：请给出数据库文件或 PostgreSQL 地址（postgresql://用户@主机/数据库）。</translation>
        </message>
        <message>
            <source>%1 is not a PostgreSQL address of the form %2.</source>
            <translation>%1 不是格式为 %2 的 PostgreSQL 地址。</translation>
        </message>
        <message>
            <source>A PostgreSQL address must not hold a password: PostgreSQL's own ~/.pgpass or PGPASSWORD supply it.</source>
            <translation>PostgreSQL 地址中不得包含密码：密码由 PostgreSQL 自身的 ~/.pgpass 或 PGPASSWORD 提供。</translation>
        </message>
        <message>
            <source>The PostgreSQL address %1 names no database: it ends with /DATABASE, as in %2.</source>
            <translation>PostgreSQL 地址 %1 未指明数据库：地址应以 /数据库名 结尾，如 %2。</translation>
        </message>
        <message>
            <source>sslmode must be one of %1, not %2.</source>
            <translation>sslmode 只能是 %1 之一，不能是 %2。</translation>
        </message>
        <message>
            <source>The PostgreSQL address may have only sslmode and role_prefix after the question mark, not %1.</source>
            <translation>PostgreSQL 地址问号后只能带 sslmode 和 role_prefix，不能带 %1。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseWait</name>
        <message>
            <source>Another task of this program is writing to the database; nothing was changed. Try again when it has finished.</source>
            <translation>本程序的另一项任务正在写入数据库；未作任何改动。请待其完成后重试。</translation>
        </message>
        <message>
            <source>Another program (%1, process %2) is writing to the database; nothing was changed. Try again when it has finished.</source>
            <translation>另一个程序（%1，进程 %2）正在写入数据库；未作任何改动。请待其完成后重试。</translation>
        </message>
        <message>
            <source>Another program is writing to the database; nothing was changed. Try again when it has finished.</source>
            <translation>另一个程序正在写入数据库；未作任何改动。请待其完成后重试。</translation>
        </message>
        <message>
            <source>Waiting for another task of this program to finish writing to the database…</source>
            <translation>正在等待本程序的另一项任务完成数据库写入……</translation>
        </message>
        <message>
            <source>Waiting for another program (%1, process %2) to finish writing to the database…</source>
            <translation>正在等待另一个程序（%1，进程 %2）完成数据库写入……</translation>
        </message>
        <message>
            <source>Waiting for another program to finish writing to the database…</source>
            <translation>正在等待另一个程序完成数据库写入……</translation>
        </message>
    </context>
    <context>
        <name>DemoAssessments</name>
        <message>
            <source>The demo covers 1 to 120 months.</source>
            <translation>演示数据覆盖 1 到 120 个月。</translation>
        </message>
    </context>
    <context>
        <name>DemoBuilder</name>
        <message>
            <source>The database could not be read.</source>
            <translation>无法读取数据库。</translation>
        </message>
        <message>
            <source>The database already holds data; the demo is only built into an empty database.</source>
            <translation>数据库中已有数据；演示数据只能生成到空数据库中。</translation>
        </message>
        <message>
            <source>The demo data names an unknown division %1.</source>
            <translation>演示数据引用了未知的行政区划 %1。</translation>
        </message>
        <message>
            <source>The demo sites could not be read.</source>
            <translation>无法读取演示网站。</translation>
        </message>
        <message>
            <source>The demo units could not be read.</source>
            <translation>无法读取演示单位。</translation>
        </message>
        <message>
            <source>The demo accounts could not be read.</source>
            <translation>无法读取演示账号。</translation>
        </message>
        <message>
            <source>The demo inspections could not be written.</source>
            <translation>无法写入演示巡查记录。</translation>
        </message>
        <message>
            <source>The demo's sites could not be read.</source>
            <translation>演示数据的网站未能读取。</translation>
        </message>
        <message>
            <source>The demo's columns could not be read.</source>
            <translation>无法读取演示数据的栏目。</translation>
        </message>
        <message>
            <source>The demo's portals could not be read.</source>
            <translation>无法读取演示数据的门户网站。</translation>
        </message>
        <message>
            <source>The demo's units could not be read.</source>
            <translation>无法读取演示数据的单位。</translation>
        </message>
    </context>
    <context>
        <name>DemoRegistry</name>
        <message>
            <source>The demo data resource is missing from this build.</source>
            <translation>本程序缺少演示数据资源。</translation>
        </message>
        <message>
            <source>The demo data resource is damaged.</source>
            <translation>演示数据资源已损坏。</translation>
        </message>
        <message>
            <source>The demo data names an unknown division %1.</source>
            <translation>演示数据引用了未知的行政区划 %1。</translation>
        </message>
    </context>
    <context>
        <name>FirstAdministratorDialog</name>
        <message>
            <source>Set up SiteGov</source>
            <translation>初始化 SiteGov</translation>
        </message>
        <message>
            <source>This database has no accounts yet. Create the first administrator: the account that creates the others.</source>
            <translation>此数据库尚无账号。请创建首个管理员：由该账号创建其他账号。</translation>
        </message>
        <message>
            <source>&amp;Your unit:</source>
            <translation>所在单位(&amp;Y)：</translation>
        </message>
        <message>
            <source>Unit &amp;level:</source>
            <translation>单位层级(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Division code:</source>
            <translation>行政区划代码(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>FirstStart</name>
        <message>
            <source>The units could not be read.</source>
            <translation>无法读取单位列表。</translation>
        </message>
    </context>
    <context>
        <name>FollowUpCommands</name>
        <message>
            <source>Give the number of one weekly review.</source>
            <translation>请给出一份一周一点评的编号。</translation>
        </message>
        <message>
            <source>The review was not signed: write the highlights, problems or instructions before signing.</source>
            <translation>点评未签发：请先填写亮点、存在问题或工作要求。</translation>
        </message>
        <message>
            <source>The review was not signed: %1</source>
            <translation>点评未签发：%1</translation>
        </message>
        <message>
            <source>Weekly review %1 of %2 for %3 signed.</source>
            <translation>%2%3的一周一点评（编号 %1）已签发。</translation>
        </message>
        <message>
            <source>Give the number of one rectification item.</source>
            <translation>请给出一项整改事项的编号。</translation>
        </message>
        <message>
            <source>Rectification item %1 was not changed: %2</source>
            <translation>整改事项 %1 未变更：%2</translation>
        </message>
        <message>
            <source>Rectification item %1: %2.</source>
            <translation>整改事项 %1：%2。</translation>
        </message>
        <message>
            <source>Give the unit with --unit (and the week with --week).</source>
            <translation>请用 --unit 指定单位（并用 --week 指定周次）。</translation>
        </message>
        <message>
            <source>--week takes a week such as 2026-W47.</source>
            <translation>--week 应为周次，如 2026-W47。</translation>
        </message>
        <message>
            <source>The review was not saved: %1</source>
            <translation>点评未保存：%1</translation>
        </message>
        <message>
            <source>Weekly review %1 of %2 for %3 saved as a draft.</source>
            <translation>%2%3的一周一点评（编号 %1）已保存为草稿。</translation>
        </message>
    </context>
    <context>
        <name>FoundationCommands</name>
        <message>
            <source>%1 is at schema version %2.</source>
            <translation>%1 的结构版本为 %2。</translation>
        </message>
        <message>
            <source>The seed must be a whole number from 0 to 4294967295.</source>
            <translation>种子必须是 0 到 4294967295 之间的整数。</translation>
        </message>
        <message>
            <source>--today takes a date as YYYY-MM-DD.</source>
            <translation>--today 需要 YYYY-MM-DD 格式的日期。</translation>
        </message>
        <message>
            <source>%1 cannot be replaced: %2</source>
            <translation>无法替换 %1：%2</translation>
        </message>
        <message>
            <source>Use --replace to build the demo into this file afresh.</source>
            <translation>使用 --replace 可在此文件中重新生成演示数据。</translation>
        </message>
        <message>
            <source>Demo database %1: %2 units, %3 sites, %4 accounts (seed %5).</source>
            <translation>演示数据库 %1：%2 个单位，%3 个网站，%4 个账号（种子 %5）。</translation>
        </message>
    </context>
    <context>
        <name>HeaderIndex</name>
        <message>
            <source>The column "%1" appears twice in the header.</source>
            <translation>表头中“%1”列出现了两次。</translation>
        </message>
    </context>
    <context>
        <name>HttpServer</name>
        <message>
            <source>Cannot listen on %1:%2.</source>
            <translation>无法在 %1:%2 上监听。</translation>
        </message>
        <message>
            <source>Cannot serve HTTPS with the certificate %1 and the key %2.</source>
            <translation>无法用证书 %1 和私钥 %2 提供 HTTPS 服务。</translation>
        </message>
        <message>
            <source>Cannot start serving on %1:%2.</source>
            <translation>无法在 %1:%2 上开始服务。</translation>
        </message>
    </context>
    <context>
        <name>InspectionCommands</name>
        <message>
            <source>Imported %1 of %2 inspections from %3 (%4).</source>
            <translation>已从 %3（%4）导入巡查记录 %1 条（共 %2 条）。</translation>
        </message>
        <message>
            <source>--from is after --to.</source>
            <translation>--from 晚于 --to。</translation>
        </message>
        <message>
            <source>Exported %1 inspections to %2.</source>
            <translation>已将 %1 条巡查记录导出到 %2。</translation>
        </message>
        <message>
            <source>Checklist: the built-in list (no version saved yet)</source>
            <translation>巡查清单：内置清单（尚未保存版本）</translation>
        </message>
        <message>
            <source>Checklist: version %1</source>
            <translation>巡查清单：第 %1 版</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>标识</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>巡查项</translation>
        </message>
        <message>
            <source>Deadline (days)</source>
            <translation>整改期限（天）</translation>
        </message>
        <message>
            <source>Give the one checklist file (JSON) to put in force.</source>
            <translation>请指定一个要启用的巡查清单文件（JSON）。</translation>
        </message>
        <message numerus="yes">
            <source>Checklist version %1 with %n item(s) is now in force.</source>
            <translation>
                <numerusform>第 %1 版巡查清单（%n 个巡查项）已启用。</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown status "%1": use one of %2.</source>
            <translation>未知状态“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Responsible unit</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>下发日期</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message numerus="yes">
            <source>%n rectification item(s).</source>
            <translation>
                <numerusform>共 %n 项整改事项。</numerusform>
            </translation>
        </message>
        <message>
            <source>An item's result is KEY=pass, KEY=na or KEY=fail:WHAT IS WRONG (not "%1").</source>
            <translation>检查项结果应为 项目键=pass、项目键=na 或 项目键=fail:问题描述（而不是“%1”）。</translation>
        </message>
        <message>
            <source>Standard input is not a JSON object: %1</source>
            <translation>标准输入不是 JSON 对象：%1</translation>
        </message>
        <message>
            <source>Give the site inspected (--site, or "site" in the JSON).</source>
            <translation>请给出所巡查的网站（--site，或 JSON 中的 "site"）。</translation>
        </message>
        <message>
            <source>--others takes pass or na.</source>
            <translation>--others 取值为 pass 或 na。</translation>
        </message>
        <message>
            <source>inspection log takes options only (see --help).</source>
            <translation>inspection log 只接受选项（见 --help）。</translation>
        </message>
        <message>
            <source>The day takes a date such as 2026-11-28.</source>
            <translation>巡查日期应为日期，如 2026-11-28。</translation>
        </message>
        <message>
            <source>The checklist has no item "%1": its items are %2.</source>
            <translation>检查清单中没有“%1”项：清单项目为 %2。</translation>
        </message>
        <message>
            <source>The inspection was not saved: %1</source>
            <translation>巡查记录未保存：%1</translation>
        </message>
        <message numerus="yes">
            <source>Inspection %1 of site %2 on %3 saved; %n item(s) failed.</source>
            <translation>
                <numerusform>网站 %2 在 %3 的巡查记录（编号 %1）已保存；%n 项不通过。</numerusform>
            </translation>
        </message>
        <message>
            <source>Rectification item %1 opened.</source>
            <translation>已生成整改事项 %1。</translation>
        </message>
    </context>
    <context>
        <name>InspectionExchange</name>
        <message>
            <source>The file has no column "%1" (%2): the first line must name the columns.</source>
            <translation>文件中没有“%1”（%2）列：第一行须为列名。</translation>
        </message>
        <message>
            <source>The file has no column for these checklist items: %1.</source>
            <translation>文件中缺少以下巡查项的列：%1。</translation>
        </message>
        <message>
            <source>Checklist version %1</source>
            <translation>巡查清单第 %1 版</translation>
        </message>
        <message>
            <source>The column "%1" is not an item of the checklist in force; rows that fill it in are refused.</source>
            <translation>“%1”列不是现行巡查清单的巡查项；填写了该列的行将被拒绝。</translation>
        </message>
        <message>
            <source>The row has %1 columns, the header %2.</source>
            <translation>该行有 %1 列，表头有 %2 列。</translation>
        </message>
        <message>
            <source>A cell holds a control character: the row is refused.</source>
            <translation>单元格中含有控制字符，该行被拒绝。</translation>
        </message>
        <message>
            <source>The site's identifier code is missing.</source>
            <translation>缺少网站标识码。</translation>
        </message>
        <message>
            <source>The day of the inspection is missing.</source>
            <translation>缺少巡查日期。</translation>
        </message>
        <message>
            <source>"%1" is not a date: write it as 2026-11-28.</source>
            <translation>“%1”不是日期，请写成 2026-11-28 的形式。</translation>
        </message>
        <message>
            <source>%1 is still to come: an inspection is recorded for a day that has been.</source>
            <translation>%1 尚未到来：只能录入已过日期的巡查。</translation>
        </message>
        <message>
            <source>Say who inspected (the inspector column is empty).</source>
            <translation>请填写巡查人（巡查人列为空）。</translation>
        </message>
        <message>
            <source>The inspector's name is longer than %1 characters.</source>
            <translation>巡查人姓名超过 %1 个字符。</translation>
        </message>
        <message>
            <source>"%1" has no result: write pass, fail or na (通过, 不通过, 不适用).</source>
            <translation>“%1”没有结果：请填写通过、不通过或不适用（pass、fail、na）。</translation>
        </message>
        <message>
            <source>"%1" for "%2" is not pass, fail or na (通过, 不通过, 不适用).</source>
            <translation>“%2”的结果“%1”无效：应为通过、不通过或不适用（pass、fail、na）。</translation>
        </message>
        <message>
            <source>"%1" failed without a note: say what is wrong.</source>
            <translation>“%1”不通过但没有说明：请写明存在的问题。</translation>
        </message>
        <message>
            <source>"%1" is not an item of the checklist in force.</source>
            <translation>“%1”不是现行巡查清单的巡查项。</translation>
        </message>
        <message>
            <source>Line %1 already has %2's inspection of %3 on %4.</source>
            <translation>第 %1 行已有 %2 于 %4 对 %3 的巡查记录。</translation>
        </message>
        <message>
            <source>The site could not be read.</source>
            <translation>无法读取网站。</translation>
        </message>
        <message>
            <source>There is no site with the identifier code %1.</source>
            <translation>没有网站标识码为 %1 的网站。</translation>
        </message>
        <message>
            <source>The accounts could not be read.</source>
            <translation>无法读取账号。</translation>
        </message>
        <message>
            <source>The checklist could not be read.</source>
            <translation>无法读取巡查清单。</translation>
        </message>
        <message>
            <source>The inspections could not be read.</source>
            <translation>无法读取巡查记录。</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
        <message>
            <source>The file has no column for "%1", an item of the checklist in force on %2.</source>
            <translation>文件中没有“%1”一列，它是 %2 施行的巡查清单中的项目。</translation>
        </message>
        <message>
            <source>"%1" is not an item of the checklist in force on %2.</source>
            <translation>“%1”不是 %2 施行的巡查清单中的项目。</translation>
        </message>
        <message>
            <source>Column "%1": "%2" is not the name of the site %3, which is "%4" (column "%5"): correct one of the two.</source>
            <translation>“%1”列：“%2”不是网站 %3 的名称，该网站名为“%4”（“%5”列）。请更正其中之一。</translation>
        </message>
        <message>
            <source>Column "%1": "%2" is not %3. An account records only its own inspections: leave the column empty or write %3; another inspector's rows are imported by that inspector, or by the command line without --as.</source>
            <translation>“%1”列：“%2”不是 %3。账号只能录入本人的巡查记录：请将该列留空或填写 %3；其他巡查人员的记录由其本人导入，或由命令行不带 --as 导入。</translation>
        </message>
        <message>
            <source>Column "%1": the account of %2 is disabled; no inspection is credited to it.</source>
            <translation>“%1”列：%2 的账号已停用，不能记入其巡查记录。</translation>
        </message>
        <message>
            <source>Column "%1": %2 is a %3, not an inspector: the account does not log inspections.</source>
            <translation>“%1”列：%2 的角色是%3，不是巡查员，该账号不能登记巡查。</translation>
        </message>
        <message>
            <source>Column "%1": %2 of %3 does not inspect %4: the site lies outside the account's unit.</source>
            <translation>“%1”列：%3的 %2 不负责巡查%4：该网站不在该账号所属单位的管辖范围内。</translation>
        </message>
    </context>
    <context>
        <name>InspectionQueries</name>
        <message>
            <source>The sites could not be counted.</source>
            <translation>无法统计网站数量。</translation>
        </message>
        <message>
            <source>The inspection coverage could not be read.</source>
            <translation>无法读取巡查覆盖情况。</translation>
        </message>
        <message>
            <source>The unit could not be read.</source>
            <translation>无法读取单位。</translation>
        </message>
        <message>
            <source>There is no unit with the number %1.</source>
            <translation>没有编号为 %1 的单位。</translation>
        </message>
        <message>
            <source>The week's figures could not be computed.</source>
            <translation>无法计算本周数据。</translation>
        </message>
        <message>
            <source>The rectification items could not be counted.</source>
            <translation>无法统计整改事项。</translation>
        </message>
    </context>
    <context>
        <name>InspectionRules</name>
        <message>
            <source>"%1" has no result.</source>
            <translation>“%1”尚未填写结果。</translation>
        </message>
        <message>
            <source>"%1" failed: say what is wrong in its note.</source>
            <translation>“%1”不通过：请在说明中写明问题。</translation>
        </message>
        <message>
            <source>The note on "%1" is longer than %2 characters.</source>
            <translation>“%1”的说明超过 %2 个字。</translation>
        </message>
        <message>
            <source>"%1" is not on the checklist.</source>
            <translation>“%1”不在巡查清单中。</translation>
        </message>
        <message>
            <source>A stored inspection result could not be read.</source>
            <translation>无法读取已保存的巡查结果。</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>不通过</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
    </context>
    <context>
        <name>InspectionService</name>
        <message>
            <source>The inspection could not be read.</source>
            <translation>无法读取巡查记录。</translation>
        </message>
        <message>
            <source>There is no inspection with the number %1.</source>
            <translation>没有编号为 %1 的巡查记录。</translation>
        </message>
        <message>
            <source>An inspection cannot be logged for a day still to come (%1).</source>
            <translation>不能为尚未到来的日期（%1）登记巡查。</translation>
        </message>
        <message>
            <source>%1 is not today: say why the inspection is entered late.</source>
            <translation>%1 不是今天：请说明补录原因。</translation>
        </message>
        <message>
            <source>The inspection of %1 can no longer be edited: correct it, giving the reason.</source>
            <translation>%1 的巡查记录已不能直接修改：请填写原因进行更正。</translation>
        </message>
        <message>
            <source>This inspection is %1's: correct it only with a reason, which is recorded.</source>
            <translation>这是 %1 的巡查记录：只能填写原因进行更正，更正将被记录。</translation>
        </message>
        <message>
            <source>Say who inspected.</source>
            <translation>请填写巡查人。</translation>
        </message>
        <message>
            <source>The day of the inspection is missing or still to come.</source>
            <translation>巡查日期缺失或尚未到来。</translation>
        </message>
        <message>
            <source>%1 already logged an inspection of this site on %2.</source>
            <translation>%1 已于 %2 登记过该网站的巡查。</translation>
        </message>
        <message>
            <source>%1 is closed: it is no longer inspected.</source>
            <translation>%1 已关停，不再巡查。</translation>
        </message>
        <message>
            <source>(%1 more)</source>
            <translation>（另有 %1 项）</translation>
        </message>
        <message>
            <source>The note is longer than %1 characters.</source>
            <translation>说明超过 %1 个字。</translation>
        </message>
        <message>
            <source>The inspection could not be saved.</source>
            <translation>无法保存巡查记录。</translation>
        </message>
        <message>
            <source>There is no site with the number %1.</source>
            <translation>没有编号为 %1 的网站。</translation>
        </message>
        <message>
            <source>%1 opened on %2: there is no inspection of it on %3.</source>
            <translation>%1 于 %2 开通，%3 时尚未开通，不能登记当日巡查。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to SiteGov</source>
            <translation>登录 SiteGov</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>SiteGov</source>
            <translation>SiteGov</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>Open another SiteGov database file</source>
            <translation>打开另一个 SiteGov 数据库文件</translation>
        </message>
        <message>
            <source>&amp;New Database…</source>
            <translation>新建数据库(&amp;N)…</translation>
        </message>
        <message>
            <source>Create an empty SiteGov database file</source>
            <translation>新建一个空的 SiteGov 数据库文件</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Close SiteGov</source>
            <translation>关闭 SiteGov</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Reload the current page</source>
            <translation>重新加载当前页面</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <source>Show the window on the whole screen</source>
            <translation>全屏显示窗口</translation>
        </message>
        <message>
            <source>&amp;About SiteGov</source>
            <translation>关于 SiteGov(&amp;A)</translation>
        </message>
        <message>
            <source>Version, build and database</source>
            <translation>版本、构建与数据库信息</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 &amp;Qt</translation>
        </message>
        <message>
            <source>The Qt version this program uses</source>
            <translation>本程序使用的 Qt 版本</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Export the List…</source>
            <translation>导出列表(&amp;E)…</translation>
        </message>
        <message>
            <source>Save the list on screen as it is shown (its filter, order and columns) to an Excel workbook or a CSV file</source>
            <translation>将屏幕上的列表按当前显示（筛选、排序和列）保存为 Excel 工作簿或 CSV 文件</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Print what the page shows: the request, weekly review or charts in view, otherwise the list (a preview first)</source>
            <translation>打印本页显示的内容：正在查看的申请、周报或图表，否则打印列表（先预览）</translation>
        </message>
        <message>
            <source>Print the &amp;List…</source>
            <translation>打印列表(&amp;L)…</translation>
        </message>
        <message>
            <source>Print the list on screen as it is shown (a preview first)</source>
            <translation>按当前显示打印屏幕上的列表（先预览）</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>Go to the search box of the list on screen</source>
            <translation>转到屏幕上列表的搜索框</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>The database driver %1 is not supported.</source>
            <translation>不支持数据库驱动 %1。</translation>
        </message>
        <message>
            <source>The migration file %1 is badly named.</source>
            <translation>迁移文件 %1 命名不规范。</translation>
        </message>
        <message>
            <source>The migration file %1 cannot be read.</source>
            <translation>无法读取迁移文件 %1。</translation>
        </message>
        <message>
            <source>The migrations are not numbered 1, 2, 3 without gaps.</source>
            <translation>迁移文件未按 1、2、3 连续编号。</translation>
        </message>
        <message>
            <source>The file is not a SiteGov database or cannot be read.</source>
            <translation>该文件不是 SiteGov 数据库，或无法读取。</translation>
        </message>
        <message>
            <source>The file holds tables but is not a SiteGov database; it has been left unchanged.</source>
            <translation>该文件包含数据表，但不是 SiteGov 数据库；文件未作任何改动。</translation>
        </message>
        <message>
            <source>This database was written by a newer version of SiteGov (schema version %1; this program knows up to %2). It has been left unchanged: please update SiteGov to open it.</source>
            <translation>该数据库由更新版本的 SiteGov 写入（结构版本 %1；本程序最高支持 %2）。数据库未作任何改动：请升级 SiteGov 后再打开。</translation>
        </message>
        <message>
            <source>Updating the database to schema version %1 (%2) failed; the database was left at version %3.</source>
            <translation>将数据库升级到结构版本 %1（%2）失败；数据库保持在版本 %3。</translation>
        </message>
        <message>
            <source>The file is a database of another program (or of another SiteGov program); it has been left unchanged.</source>
            <translation>该文件是其他程序（或 SiteGov 的另一个程序）的数据库；文件未作任何改动。</translation>
        </message>
        <message>
            <source>The database cannot be written; nothing was changed.</source>
            <translation>数据库无法写入；未作任何改动。</translation>
        </message>
        <message>
            <source>This program has no migrations of the %1 schema for %2 databases.</source>
            <translation>本程序缺少 %1 数据库结构用于 %2 数据库的迁移文件。</translation>
        </message>
    </context>
    <context>
        <name>OrganisationRepository</name>
        <message>
            <source>The unit "%1" could not be saved.</source>
            <translation>无法保存单位“%1”。</translation>
        </message>
        <message>
            <source>The unit could not be read.</source>
            <translation>无法读取该单位。</translation>
        </message>
        <message>
            <source>There is no unit with the number %1.</source>
            <translation>不存在编号为 %1 的单位。</translation>
        </message>
        <message>
            <source>The units could not be read.</source>
            <translation>无法读取单位列表。</translation>
        </message>
        <message>
            <source>The units could not be counted.</source>
            <translation>无法统计单位数量。</translation>
        </message>
    </context>
    <context>
        <name>OutboxCommands</name>
        <message>
            <source>%1 (the backend scored it %2)</source>
            <translation>%1（考核后台得分 %2）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>--state takes waiting, sent, refused or replaced.</source>
            <translation>--state 可取 waiting、sent、refused 或 replaced。</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>报送次数</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>进入队列时间</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已报送</translation>
        </message>
        <message>
            <source>--again takes an assessment's number.</source>
            <translation>--again 须为一份评分的编号。</translation>
        </message>
        <message>
            <source>Put the backend's write token in the environment variable SITEGOV_BACKEND_TOKEN (sitegov-server token create --scope write).</source>
            <translation>请将考核后台的写入令牌放入环境变量 SITEGOV_BACKEND_TOKEN（由 sitegov-server token create --scope write 生成）。</translation>
        </message>
        <message>
            <source>No backend is set in the console's Settings: name it with --backend URL.</source>
            <translation>控制台设置中未配置考核后台：请用 --backend URL 指定。</translation>
        </message>
        <message>
            <source>Assessment %1 is not refused or waiting in the outbox: nothing to send again.</source>
            <translation>评分 %1 在待报送队列中既未被拒收也不在等待：无需重新报送。</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n assessment(s) to %1…</source>
            <translation>
                <numerusform>正在向 %1 报送 %n 份评分…</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent: %1 (%2 replaced the backend's assessment of the same site and month); refused: %3; still waiting: %4.</source>
            <translation>已报送：%1 份（其中 %2 份替换了考核后台同一网站同一月份的评分）；被拒收：%3 份；仍在等待：%4 份。</translation>
        </message>
        <message>
            <source>Sending stopped: %1</source>
            <translation>报送中止：%1</translation>
        </message>
    </context>
    <context>
        <name>PasswordHasher</name>
        <message>
            <source>The password library could not be started.</source>
            <translation>无法启动密码库。</translation>
        </message>
        <message>
            <source>There is not enough memory to protect the password.</source>
            <translation>内存不足，无法保护密码。</translation>
        </message>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>密码至少需要 8 个字符。</translation>
        </message>
        <message>
            <source>The password must have at most 256 characters.</source>
            <translation>密码最多 256 个字符。</translation>
        </message>
        <message>
            <source>The password must not start or end with a space.</source>
            <translation>密码不能以空格开头或结尾。</translation>
        </message>
    </context>
    <context>
        <name>Period</name>
        <message>
            <source>A period is written YYYY-MM, YYYY-Qn or YYYY, for example 2024-05, 2024-Q2 or 2024.</source>
            <translation>考核期的写法为 YYYY-MM、YYYY-Qn 或 YYYY，例如 2024-05、2024-Q2 或 2024。</translation>
        </message>
        <message>
            <source>The year of a period must lie between %1 and %2.</source>
            <translation>考核期的年份必须在 %1 到 %2 之间。</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>主任</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>审核人</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>巡查员</translation>
        </message>
        <message>
            <source>manage accounts</source>
            <translation>管理账号</translation>
        </message>
        <message>
            <source>change units</source>
            <translation>修改单位</translation>
        </message>
        <message>
            <source>register or change sites</source>
            <translation>登记或修改网站</translation>
        </message>
        <message>
            <source>assign responsible persons</source>
            <translation>指定责任人</translation>
        </message>
        <message>
            <source>import data</source>
            <translation>导入数据</translation>
        </message>
        <message>
            <source>file requests</source>
            <translation>提交申请</translation>
        </message>
        <message>
            <source>decide requests</source>
            <translation>审批申请</translation>
        </message>
        <message>
            <source>log inspections</source>
            <translation>记录巡查</translation>
        </message>
        <message>
            <source>follow rectification items</source>
            <translation>跟踪整改事项</translation>
        </message>
        <message>
            <source>write weekly reviews</source>
            <translation>撰写一周一点评</translation>
        </message>
        <message>
            <source>sign weekly reviews</source>
            <translation>签发一周一点评</translation>
        </message>
        <message>
            <source>read the audit trail</source>
            <translation>查看审计记录</translation>
        </message>
        <message>
            <source>back up or restore the database</source>
            <translation>备份或恢复数据库</translation>
        </message>
        <message>
            <source>change shared settings</source>
            <translation>修改共享设置</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>plan spot checks</source>
            <translation>制定抽查计划</translation>
        </message>
        <message>
            <source>assess sites in spot checks</source>
            <translation>对抽查网站进行测评</translation>
        </message>
        <message>
            <source>confirm or return assessments</source>
            <translation>确认或退回测评</translation>
        </message>
        <message>
            <source>record accountability</source>
            <translation>登记问责</translation>
        </message>
    </context>
    <context>
        <name>PersonService</name>
        <message>
            <source>Give the person's name.</source>
            <translation>请填写姓名。</translation>
        </message>
        <message>
            <source>A name has at most 64 characters.</source>
            <translation>姓名最多 64 个字符。</translation>
        </message>
        <message>
            <source>Choose the person's unit.</source>
            <translation>请选择人员所在单位。</translation>
        </message>
        <message>
            <source>"%1" is not a telephone number.</source>
            <translation>“%1”不是电话号码。</translation>
        </message>
        <message>
            <source>"%1" is not an e-mail address.</source>
            <translation>“%1”不是电子邮件地址。</translation>
        </message>
        <message>
            <source>The person could not be read.</source>
            <translation>无法读取该人员。</translation>
        </message>
        <message>
            <source>There is no person with the number %1.</source>
            <translation>不存在编号为 %1 的人员。</translation>
        </message>
        <message>
            <source>There is no person named %1 in that unit.</source>
            <translation>该单位没有名为 %1 的人员。</translation>
        </message>
        <message>
            <source>%1 is listed in that unit already: add a distinguishing mark to the name.</source>
            <translation>该单位已有 %1：请在姓名后加上区分标记。</translation>
        </message>
        <message>
            <source>The person could not be saved.</source>
            <translation>无法保存该人员。</translation>
        </message>
        <message>
            <source>The assignments could not be read.</source>
            <translation>无法读取责任分工。</translation>
        </message>
        <message>
            <source>%1 still holds %2 current assignments: reassign them first.</source>
            <translation>%1 仍担任 %2 项现行职责：请先移交。</translation>
        </message>
        <message>
            <source>The person could not be changed.</source>
            <translation>无法修改该人员。</translation>
        </message>
        <message>
            <source>%1 is no longer active and cannot be assigned.</source>
            <translation>%1 已停用，不能指定。</translation>
        </message>
        <message>
            <source>Give the date the assignment starts.</source>
            <translation>请填写开始日期。</translation>
        </message>
        <message>
            <source>%1 is already the site's %2.</source>
            <translation>%1 已是该网站的%2。</translation>
        </message>
        <message>
            <source>The new assignment cannot start before the current one (%1).</source>
            <translation>新的指定不能早于现任的开始日期（%1）。</translation>
        </message>
        <message>
            <source>The assignment could not be ended.</source>
            <translation>无法结束该指定。</translation>
        </message>
        <message>
            <source>The assignment could not be saved.</source>
            <translation>无法保存该指定。</translation>
        </message>
        <message>
            <source>The assignment could not be read.</source>
            <translation>无法读取该指定。</translation>
        </message>
        <message>
            <source>There is no assignment with the number %1.</source>
            <translation>不存在编号为 %1 的指定。</translation>
        </message>
        <message>
            <source>This assignment ended already on %1.</source>
            <translation>该指定已于 %1 结束。</translation>
        </message>
        <message>
            <source>The end date must be on or after the start date %1.</source>
            <translation>结束日期不能早于开始日期 %1。</translation>
        </message>
        <message>
            <source>The site has a current %1 already.</source>
            <translation>该网站已有现任%1。</translation>
        </message>
        <message>
            <source>There is no account with the number %1.</source>
            <translation>没有编号为 %1 的账号。</translation>
        </message>
    </context>
    <context>
        <name>PolicyCommands</name>
        <message>
            <source>Unknown state "%1": use one of %2.</source>
            <translation>未知状态“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>发布机关</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布时间</translation>
        </message>
        <message>
            <source>Portals</source>
            <translation>门户网站数</translation>
        </message>
        <message>
            <source>Within 8 hours</source>
            <translation>8 小时内</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>超时转载</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>未转载</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超时未转载</translation>
        </message>
        <message>
            <source>open</source>
            <translation>跟踪中</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>超时未转载</translation>
        </message>
        <message>
            <source>Give the number of one key policy item.</source>
            <translation>请给出一条重要政策信息的编号。</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>门户网站</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Repost column</source>
            <translation>转载专栏</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>发现时间</translation>
        </message>
        <message>
            <source>Delay</source>
            <translation>用时</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <source>Give the publication time with --published, e.g. "2026-12-07 09:30".</source>
            <translation>请用 --published 给出发布时间，如“2026-12-07 09:30”。</translation>
        </message>
        <message>
            <source>Registered the key policy item %1: %2.</source>
            <translation>已登记重要政策信息 %1：%2。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n key policy item(s) from %1 (%2).</source>
            <translation>
                <numerusform>已从 %1（%2）导入 %n 条重要政策信息。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors; correct them and import the file again.</source>
            <translation>
                <numerusform>未导入任何数据：%n 行有错误，请改正后重新导入。</numerusform>
            </translation>
        </message>
        <message>
            <source>The file has no key policy items: nothing was imported.</source>
            <translation>文件中没有重要政策信息，未导入任何数据。</translation>
        </message>
        <message>
            <source>"%1" is not a time: write it as 2026-12-07 15:30.</source>
            <translation>“%1”不是时间，请写作 2026-12-07 15:30。</translation>
        </message>
        <message>
            <source>Recorded the repost of %1 on %2: within 8 hours.</source>
            <translation>已记录 %2 转载 %1：8 小时内转载。</translation>
        </message>
        <message>
            <source>Recorded the repost of %1 on %2: %3.</source>
            <translation>已记录 %2 转载 %1：%3。</translation>
        </message>
        <message>
            <source>The key policy item %1 is closed: the probe no longer looks for it.</source>
            <translation>重要政策信息 %1 已结束跟踪，监测程序不再查找。</translation>
        </message>
        <message>
            <source>Give the number of one column (probe columns list).</source>
            <translation>请给出一个栏目的编号（见 probe columns list）。</translation>
        </message>
        <message>
            <source>The column %1 is its portal's repost column now.</source>
            <translation>栏目 %1 现为该门户网站的转载专栏。</translation>
        </message>
        <message>
            <source>Give the quarter with --quarter, e.g. 2026-Q4.</source>
            <translation>请用 --quarter 给出季度，如 2026-Q4。</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>条数</translation>
        </message>
        <message>
            <source>Reposted</source>
            <translation>已转载</translation>
        </message>
        <message>
            <source>Within 24 hours</source>
            <translation>24 小时内</translation>
        </message>
        <message>
            <source>Share within 8 hours</source>
            <translation>8 小时内转载率</translation>
        </message>
        <message>
            <source>Share within 24 hours</source>
            <translation>24 小时内转载率</translation>
        </message>
    </context>
    <context>
        <name>PolicyExchange</name>
        <message>
            <source>The column "%1" appears twice in the header.</source>
            <translation>表头中“%1”列出现了两次。</translation>
        </message>
        <message>
            <source>The file has no column "%1" (%2): the first line must name the columns.</source>
            <translation>文件中没有“%1”（%2）列：第一行须为列名。</translation>
        </message>
        <message>
            <source>column "%1": %2</source>
            <translation>“%1”列：%2</translation>
        </message>
        <message>
            <source>"%1" is not a time (2026-12-07 09:30)</source>
            <translation>“%1”不是时间（应如 2026-12-07 09:30）</translation>
        </message>
        <message>
            <source>the same title published the same day has a row above already</source>
            <translation>同一天发布的同一标题已在上面的行中出现</translation>
        </message>
    </context>
    <context>
        <name>PolicyService</name>
        <message>
            <source>Enter the policy's title.</source>
            <translation>请填写政策信息的标题。</translation>
        </message>
        <message>
            <source>The title is at most %1 characters long.</source>
            <translation>标题最多 %1 个字符。</translation>
        </message>
        <message>
            <source>The title is too short to be looked for on the portals.</source>
            <translation>标题过短，无法在门户网站上查找。</translation>
        </message>
        <message>
            <source>Enter the issuing body (for example 国务院).</source>
            <translation>请填写发布机关（如 国务院）。</translation>
        </message>
        <message>
            <source>The issuing body is at most 100 characters long.</source>
            <translation>发布机关最多 100 个字符。</translation>
        </message>
        <message>
            <source>The source address must start with http:// or https://.</source>
            <translation>来源地址须以 http:// 或 https:// 开头。</translation>
        </message>
        <message>
            <source>Enter when it was published (2026-12-07 09:30).</source>
            <translation>请填写发布时间（如 2026-12-07 09:30）。</translation>
        </message>
        <message>
            <source>The publication time is in the future.</source>
            <translation>发布时间晚于当前时间。</translation>
        </message>
        <message>
            <source>The key policy items could not be read.</source>
            <translation>无法读取重要政策信息。</translation>
        </message>
        <message>
            <source>"%1" published on %2 is registered already.</source>
            <translation>%2 发布的“%1”已登记。</translation>
        </message>
        <message>
            <source>The key policy item could not be saved.</source>
            <translation>无法保存该重要政策信息。</translation>
        </message>
        <message>
            <source>The key policy item could not be read.</source>
            <translation>无法读取该重要政策信息。</translation>
        </message>
        <message>
            <source>There is no key policy item %1.</source>
            <translation>没有编号为 %1 的重要政策信息。</translation>
        </message>
        <message>
            <source>The item "%1" is closed already.</source>
            <translation>“%1”已结束跟踪。</translation>
        </message>
        <message>
            <source>There is no site with the identifier code %1.</source>
            <translation>没有网站标识码为 %1 的网站。</translation>
        </message>
        <message>
            <source>Give the address of the reposted page (http:// or https://).</source>
            <translation>请给出转载页面的地址（http:// 或 https://）。</translation>
        </message>
        <message>
            <source>Give when the repost appeared (2026-12-07 15:30).</source>
            <translation>请给出转载时间（如 2026-12-07 15:30）。</translation>
        </message>
        <message>
            <source>The repost cannot have appeared in the future.</source>
            <translation>转载时间不能晚于当前时间。</translation>
        </message>
        <message>
            <source>The site could not be read.</source>
            <translation>无法读取网站。</translation>
        </message>
        <message>
            <source>%1 is not a running government portal of a county or above: it need not repost key policies.</source>
            <translation>%1 不是运行中的县级以上政府门户网站，无须转载重要政策信息。</translation>
        </message>
        <message>
            <source>The reposts could not be read.</source>
            <translation>无法读取转载记录。</translation>
        </message>
        <message>
            <source>%1 reposted it already: found %2.</source>
            <translation>%1 已转载：发现时间 %2。</translation>
        </message>
        <message>
            <source>The repost could not be saved.</source>
            <translation>无法保存转载记录。</translation>
        </message>
        <message>
            <source>The column could not be read.</source>
            <translation>无法读取该栏目。</translation>
        </message>
        <message>
            <source>There is no column with the number %1.</source>
            <translation>没有编号为 %1 的栏目。</translation>
        </message>
        <message>
            <source>The column "%1" is no longer checked.</source>
            <translation>栏目“%1”已不再监测。</translation>
        </message>
        <message>
            <source>The column could not be saved.</source>
            <translation>无法保存该栏目。</translation>
        </message>
        <message>
            <source>The portals' reposts could not be read.</source>
            <translation>无法读取各门户网站的转载情况。</translation>
        </message>
        <message>
            <source>A quarter is 1 to 4.</source>
            <translation>季度应为 1 至 4。</translation>
        </message>
        <message>
            <source>The repost figures could not be read.</source>
            <translation>无法读取转载统计数据。</translation>
        </message>
        <message>
            <source>The key policy items could not be counted.</source>
            <translation>无法统计重要政策信息。</translation>
        </message>
    </context>
    <context>
        <name>PostgresDialect</name>
        <message>
            <source>Another program is writing to the database; nothing was changed. Try again when it has finished.</source>
            <translation>另一个程序正在写入数据库；未作任何改动。请待其完成后重试。</translation>
        </message>
        <message>
            <source>The PostgreSQL server at %1 refused the user name or password.</source>
            <translation>PostgreSQL 服务器（%1）拒绝了该用户名或密码。</translation>
        </message>
        <message>
            <source>The database %1 does not exist on its PostgreSQL server: "sitegovctl migrate" creates it.</source>
            <translation>PostgreSQL 服务器上不存在数据库 %1：可用“sitegovctl migrate”创建。</translation>
        </message>
        <message>
            <source>The PostgreSQL server at %1 knows no such login.</source>
            <translation>PostgreSQL 服务器（%1）上没有该登录账号。</translation>
        </message>
        <message>
            <source>The PostgreSQL server at %1 does not let this login connect from here (pg_hba.conf).</source>
            <translation>PostgreSQL 服务器（%1）不允许该登录账号从本机连接（pg_hba.conf）。</translation>
        </message>
        <message>
            <source>The secure connection (TLS) to the PostgreSQL server at %1 failed.</source>
            <translation>与 PostgreSQL 服务器（%1）的加密连接（TLS）建立失败。</translation>
        </message>
        <message>
            <source>The PostgreSQL server at %1 cannot be reached: check the address and that the server runs.</source>
            <translation>无法连接 PostgreSQL 服务器（%1）：请检查地址是否正确、服务器是否在运行。</translation>
        </message>
        <message>
            <source>The PostgreSQL database %1 cannot be opened.</source>
            <translation>无法打开 PostgreSQL 数据库 %1。</translation>
        </message>
    </context>
    <context>
        <name>PrintedForm</name>
        <message>
            <source>The document could not be printed: the printer or file could not be opened.</source>
            <translation>无法打印文档：无法打开打印机或文件。</translation>
        </message>
        <message>
            <source>Printed on %1</source>
            <translation>打印日期：%1</translation>
        </message>
        <message>
            <source>The document could not be printed: a new page could not be started.</source>
            <translation>无法打印文档：无法开始新的一页。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>The document could not be printed.</source>
            <translation>无法打印文档。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>打印预览：%1</translation>
        </message>
    </context>
    <context>
        <name>ProbeCommands</name>
        <message>
            <source>shown: %1</source>
            <translation>页面显示：%1</translation>
        </message>
        <message>
            <source>registry: %1</source>
            <translation>名录登记：%1</translation>
        </message>
        <message>
            <source>seen %1 times since %2</source>
            <translation>自 %2 起发现 %1 次</translation>
        </message>
        <message>
            <source>Connect to ADDRESS for HOST on PORT (* for any), like curl.</source>
            <translation>访问 HOST 的 PORT 端口时改连 ADDRESS（* 表示任意），同 curl。</translation>
        </message>
        <message>
            <source>HOST:PORT:ADDRESS</source>
            <translation>主机:端口:地址</translation>
        </message>
        <message>
            <source>Extra trusted certificates (PEM).</source>
            <translation>额外信任的证书（PEM）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>The whole User-Agent instead of the identifying default.</source>
            <translation>以完整的 User-Agent 取代默认的标识。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Seconds per probe (default 15).</source>
            <translation>每次监测的时限，秒（默认 15）。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>秒</translation>
        </message>
        <message>
            <source>Between two requests to one host (default 1000).</source>
            <translation>对同一主机两次请求的间隔（默认 1000）。</translation>
        </message>
        <message>
            <source>MS</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <source>Before the retry of a failed probe (default 5000).</source>
            <translation>监测失败后重试前的等待（默认 5000）。</translation>
        </message>
        <message>
            <source>Give the site with --site CODE (its identifier code).</source>
            <translation>请用 --site 网站标识码 指定网站。</translation>
        </message>
        <message>
            <source>No site has the identifier code %1.</source>
            <translation>没有网站标识码为 %1 的网站。</translation>
        </message>
        <message>
            <source>%1 (%2) is %3: only running sites are probed.</source>
            <translation>%1（%2）状态为%3：只监测运行中的网站。</translation>
        </message>
        <message>
            <source>%1 (%2) is under announced maintenance: it is not probed now.</source>
            <translation>%1（%2）正在报备维护：当前不监测。</translation>
        </message>
        <message>
            <source>%1 (%2), %3</source>
            <translation>%1（%2），%3</translation>
        </message>
        <message>
            <source>Availability: %1 in %2 ms, %3 bytes</source>
            <translation>可用性：%1，用时 %2 毫秒，%3 字节</translation>
        </message>
        <message>
            <source>; the first try failed (%1) and was retried</source>
            <translation>；首次访问失败（%1），已重试</translation>
        </message>
        <message>
            <source>Homepage: newest date %1</source>
            <translation>首页：最新日期 %1</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source>Links: %1 checked, %2 failed</source>
            <translation>链接：检查 %1 个，失败 %2 个</translation>
        </message>
        <message>
            <source>TLS certificate expires %1</source>
            <translation>TLS 证书到期时间 %1</translation>
        </message>
        <message>
            <source>Column %1 (%2): %3, %4 items, newest %5</source>
            <translation>栏目 %1（%2）：%3，%4 条信息，最新 %5</translation>
        </message>
        <message>
            <source>Open findings: %1</source>
            <translation>未消除的问题：%1</translation>
        </message>
        <message>
            <source>--week takes an ISO week such as 2026-W48.</source>
            <translation>--week 需填写 ISO 周，例如 2026-W48。</translation>
        </message>
        <message>
            <source>Identifier code</source>
            <translation>网站标识码</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Probes</source>
            <translation>监测次数</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Share failed</source>
            <translation>失败占比</translation>
        </message>
        <message>
            <source>Blips (retried)</source>
            <translation>偶发失败（重试成功）</translation>
        </message>
        <message>
            <source>Days under 20 probes</source>
            <translation>监测不足 20 次的天数</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Availability, %1 (%2 to %3)</source>
            <translation>可用性，%1（%2 至 %3）</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors.</source>
            <translation>
                <numerusform>未导入任何内容：%n 行有错误。</numerusform>
            </translation>
        </message>
        <message>
            <source>Would add %1 columns, update %2, leave %3 unchanged.</source>
            <translation>将新增 %1 个栏目，更新 %2 个，%3 个不变。</translation>
        </message>
        <message>
            <source>Added %1 columns, updated %2, left %3 unchanged.</source>
            <translation>已新增 %1 个栏目，更新 %2 个，%3 个不变。</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Selector</source>
            <translation>选择规则</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Newest item</source>
            <translation>最新信息</translation>
        </message>
        <message>
            <source>Run every check of the probe on one site now and print the findings</source>
            <translation>立即对一个网站执行全部监测并列出发现的问题</translation>
        </message>
        <message>
            <source>The site's identifier code.</source>
            <translation>网站标识码。</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>标识码</translation>
        </message>
        <message>
            <source>The availability probe only.</source>
            <translation>只监测可用性。</translation>
        </message>
        <message>
            <source>The availability figures of an ISO week per site: probes, failures, share, verdict</source>
            <translation>按网站列出某一 ISO 周的可用性数据：监测次数、失败次数、占比、结论</translation>
        </message>
        <message>
            <source>The ISO week, such as 2026-W48 (default: last week).</source>
            <translation>ISO 周，例如 2026-W48（默认上周）。</translation>
        </message>
        <message>
            <source>WEEK</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Only the sites of this unit's jurisdiction.</source>
            <translation>只含该单位辖区内的网站。</translation>
        </message>
        <message>
            <source>UNIT</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Register columns for the freshness check from a CSV or XLSX file</source>
            <translation>从 CSV 或 XLSX 文件登记需检查更新情况的栏目</translation>
        </message>
        <message>
            <source>Say what would change; change nothing.</source>
            <translation>只说明将有哪些变化，不作修改。</translation>
        </message>
        <message>
            <source>Columns: site_code, name, url, kind, selector (or 网站标识码, 栏目名称, 栏目地址, 栏目类型, 选择规则).</source>
            <translation>列：网站标识码、栏目名称、栏目地址、栏目类型、选择规则（或 site_code、name、url、kind、selector）。</translation>
        </message>
        <message>
            <source>The columns registered for a site and their last check</source>
            <translation>网站已登记的栏目及其最近一次检查结果</translation>
        </message>
    </context>
    <context>
        <name>ProbeOptions</name>
        <message>
            <source>%1 needs a value.</source>
            <translation>%1 需要填写值。</translation>
        </message>
        <message>
            <source>%1 takes a whole number from %2 to %3.</source>
            <translation>%1 应为 %2 至 %3 之间的整数。</translation>
        </message>
        <message>
            <source>Unknown option %1 (sitegov-probe --help lists them).</source>
            <translation>未知选项 %1（sitegov-probe --help 可列出全部选项）。</translation>
        </message>
        <message>
            <source>--database PATH is required: the SiteGov database whose registry is probed.</source>
            <translation>必须指定 --database 路径：要监测其名录中网站的 SiteGov 数据库。</translation>
        </message>
        <message>
            <source>Usage: sitegov-probe --database PATH [OPTIONS]

Measures every running site of the registry as the national indicators do: availability (at least
20 probes a day, key portals every 15 minutes, 15 s per probe), the freshness of the homepage and of
the registered columns, links, the foot of the page and the TLS certificate; writes the results and
their evidence into the database. Closed sites and sites under announced maintenance are not probed.

Options:
  --database PATH        the SiteGov database (required)
  --org CODE             only the sites of this unit's jurisdiction (division code, number or name)
  --site CODE            only this site (its identifier code)
  --once                 one round: probe every site once and check it in full, then exit
  --availability-only    availability probes only (no daily checks)
  --resolve H:P:ADDR     connect to ADDR for host H on port P (* for any host or port), like curl
  --ca-file FILE         extra trusted certificates (PEM)
  --contact TEXT         who to ask, in the User-Agent (an address or a web page)
  --user-agent TEXT      the whole User-Agent instead of the identifying default
  --workers N            sites probed at the same time (default 16)
  --host-interval-ms MS  between two requests to one host (default 1000: one a second)
  --limit S              seconds per probe (default 15)
  --retry-delay-ms MS    before the retry of a failed probe (default 5000)
  --max-links N          links checked per site and day (default 400)
  --help, --version
</source>
            <translation>用法：sitegov-probe --database 路径 [选项]

按国家指标的口径监测名录中所有运行中的网站：可用性（每天至少监测 20 次，重点门户每 15 分钟一次，
每次时限 15 秒）、首页和已登记栏目的更新情况、链接、页面底部信息和 TLS 证书；将结果及证据写入数据库。
已关停的网站和报备维护中的网站不监测。

选项：
  --database 路径        SiteGov 数据库（必填）
  --org 单位             只监测该单位辖区内的网站（行政区划代码、编号或名称）
  --site 标识码          只监测该网站（网站标识码）
  --once                 监测一轮：每个网站监测一次并全面检查，然后退出
  --availability-only    只监测可用性（不做每日检查）
  --resolve 主机:端口:地址  访问该主机的该端口时改连此地址（* 表示任意主机或端口），同 curl
  --ca-file 文件         额外信任的证书（PEM）
  --contact 文本         写入 User-Agent 的联系方式（地址或网页）
  --user-agent 文本      以完整的 User-Agent 取代默认的标识
  --workers N            同时监测的网站数（默认 16）
  --host-interval-ms 毫秒  对同一主机两次请求的间隔（默认 1000，即每秒一次）
  --limit 秒             每次监测的时限（默认 15）
  --retry-delay-ms 毫秒  监测失败后重试前的等待（默认 5000）
  --max-links N          每个网站每天检查的链接数上限（默认 400）
  --help, --version
</translation>
        </message>
    </context>
    <context>
        <name>ProbeQueries</name>
        <message>
            <source>The week's probe figures could not be read.</source>
            <translation>无法读取本周监测数据。</translation>
        </message>
        <message>
            <source>The site's probes could not be read.</source>
            <translation>无法读取该网站的监测记录。</translation>
        </message>
        <message>
            <source>The site's columns could not be read.</source>
            <translation>无法读取该网站的栏目。</translation>
        </message>
        <message>
            <source>The site's findings could not be read.</source>
            <translation>无法读取该网站发现的问题。</translation>
        </message>
        <message>
            <source>The site's last check could not be read.</source>
            <translation>无法读取该网站最近一次检查结果。</translation>
        </message>
        <message>
            <source>The site's probe settings could not be read.</source>
            <translation>无法读取该网站的监测设置。</translation>
        </message>
        <message>
            <source>The evidence could not be read.</source>
            <translation>无法读取证据。</translation>
        </message>
        <message>
            <source>The sites at risk of a veto could not be read.</source>
            <translation>无法读取有单项否决风险的网站。</translation>
        </message>
        <message>
            <source>What the probe measured could not be read.</source>
            <translation>无法读取监测结果。</translation>
        </message>
        <message>
            <source>Probed %1 times today, %2 failed; the last probe at %3: %4.</source>
            <translation>今日监测 %1 次，失败 %2 次；最近一次在 %3：%4。</translation>
        </message>
        <message>
            <source>Checked by the probe at %1: nothing found.</source>
            <translation>已于 %1 自动监测：未发现问题。</translation>
        </message>
        <message>
            <source>Checked by the probe at %1: %2.</source>
            <translation>已于 %1 自动监测：%2。</translation>
        </message>
    </context>
    <context>
        <name>ProbeRules</name>
        <message>
            <source>pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>early warning</source>
            <translation>预警</translation>
        </message>
        <message>
            <source>veto</source>
            <translation>单项否决</translation>
        </message>
    </context>
    <context>
        <name>ProbeService</name>
        <message>
            <source>No unit "%1": give its 6-digit division code, its number or its exact name.</source>
            <translation>没有单位“%1”：请填写 6 位行政区划代码、编号或准确名称。</translation>
        </message>
        <message>
            <source>More than one unit is named "%1": give its number.</source>
            <translation>名为“%1”的单位不止一个：请填写编号。</translation>
        </message>
    </context>
    <context>
        <name>ProbeSettingsService</name>
        <message>
            <source>Give the column's name.</source>
            <translation>请填写栏目名称。</translation>
        </message>
        <message>
            <source>The column's name is longer than 100 characters.</source>
            <translation>栏目名称超过 100 个字符。</translation>
        </message>
        <message>
            <source>"%1" is not the address of a page: it must start with http:// or https://.</source>
            <translation>“%1”不是网页地址：须以 http:// 或 https:// 开头。</translation>
        </message>
        <message>
            <source>The site could not be read.</source>
            <translation>无法读取该网站。</translation>
        </message>
        <message>
            <source>There is no site with the number %1.</source>
            <translation>没有编号为 %1 的网站。</translation>
        </message>
        <message>
            <source>The column could not be read.</source>
            <translation>无法读取该栏目。</translation>
        </message>
        <message>
            <source>There is no column with the number %1.</source>
            <translation>没有编号为 %1 的栏目。</translation>
        </message>
        <message>
            <source>The column could not be saved.</source>
            <translation>无法保存该栏目。</translation>
        </message>
        <message>
            <source>The column "%1" of this site already has the address %2.</source>
            <translation>本网站的栏目“%1”已使用地址 %2。</translation>
        </message>
        <message>
            <source>column %1 (%2)</source>
            <translation>栏目 %1（%2）</translation>
        </message>
        <message>
            <source>The column could not be removed.</source>
            <translation>无法移除该栏目。</translation>
        </message>
        <message>
            <source>A site is probed at least every %1 minutes (20 probes a day): give 1 to %1 minutes, or 0 for the default.</source>
            <translation>每个网站至少每 %1 分钟监测一次（每天 20 次）：请填写 1 至 %1 分钟，填 0 则用默认值。</translation>
        </message>
        <message>
            <source>The probe settings could not be saved.</source>
            <translation>无法保存监测设置。</translation>
        </message>
        <message>
            <source>probe settings of site %1</source>
            <translation>网站 %1 的监测设置</translation>
        </message>
        <message>
            <source>The file has no column %1.</source>
            <translation>文件中没有“%1”列。</translation>
        </message>
        <message>
            <source>line %1, %2: %3</source>
            <translation>第 %1 行，%2：%3</translation>
        </message>
        <message>
            <source>no site has the identifier code "%1"</source>
            <translation>没有网站标识码为“%1”的网站</translation>
        </message>
        <message>
            <source>"%1" is not a kind of column: write news, notice or other (新闻动态, 通知公告, 其他)</source>
            <translation>“%1”不是栏目类型：请填写 新闻动态、通知公告 或 其他（news、notice、other）</translation>
        </message>
    </context>
    <context>
        <name>ProbeStore</name>
        <message>
            <source>The sites to probe could not be read.</source>
            <translation>无法读取需监测的网站。</translation>
        </message>
        <message>
            <source>The registered columns could not be read.</source>
            <translation>无法读取已登记的栏目。</translation>
        </message>
        <message>
            <source>The probes could not be saved.</source>
            <translation>无法保存监测记录。</translation>
        </message>
        <message>
            <source>The results of the site's check could not be saved.</source>
            <translation>无法保存该网站的检查结果。</translation>
        </message>
        <message>
            <source>What the probe had measured could not be recorded with the inspection.</source>
            <translation>无法将自动监测结果记入本次巡查。</translation>
        </message>
        <message>
            <source>The last probes could not be read.</source>
            <translation>无法读取最近的监测记录。</translation>
        </message>
        <message>
            <source>The last checks could not be read.</source>
            <translation>无法读取最近的检查记录。</translation>
        </message>
        <message>
            <source>The site's findings could not be read.</source>
            <translation>无法读取该网站发现的问题。</translation>
        </message>
        <message>
            <source>Old probe rows could not be deleted.</source>
            <translation>无法删除过期的监测记录。</translation>
        </message>
        <message>
            <source>The key policy items could not be read.</source>
            <translation>无法读取重要政策信息。</translation>
        </message>
    </context>
    <context>
        <name>ProbeVocabulary</name>
        <message>
            <source>answered</source>
            <translation>正常访问</translation>
        </message>
        <message>
            <source>name not resolved (DNS)</source>
            <translation>域名无法解析（DNS）</translation>
        </message>
        <message>
            <source>cannot connect</source>
            <translation>无法连接</translation>
        </message>
        <message>
            <source>TLS failed</source>
            <translation>TLS 握手失败</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>HTTP error status</source>
            <translation>HTTP 错误状态</translation>
        </message>
        <message>
            <source>forbidden by robots.txt</source>
            <translation>robots.txt 禁止访问</translation>
        </message>
        <message>
            <source>News and dynamics</source>
            <translation>新闻动态</translation>
        </message>
        <message>
            <source>Notices and policy documents</source>
            <translation>通知公告、政策文件</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>尚未检查</translation>
        </message>
        <message>
            <source>up to date</source>
            <translation>已更新</translation>
        </message>
        <message>
            <source>not updated</source>
            <translation>未及时更新</translation>
        </message>
        <message>
            <source>blank</source>
            <translation>空白</translation>
        </message>
        <message>
            <source>cannot be opened</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>Homepage not updated for over 2 weeks</source>
            <translation>首页超过 2 周未更新</translation>
        </message>
        <message>
            <source>Homepage not updated for 10 days</source>
            <translation>首页 10 天未更新</translation>
        </message>
        <message>
            <source>No date found on the homepage</source>
            <translation>首页未找到日期</translation>
        </message>
        <message>
            <source>Column not updated</source>
            <translation>栏目未及时更新</translation>
        </message>
        <message>
            <source>Blank column</source>
            <translation>空白栏目</translation>
        </message>
        <message>
            <source>Column cannot be opened</source>
            <translation>栏目无法打开</translation>
        </message>
        <message>
            <source>Dead link</source>
            <translation>链接不可用</translation>
        </message>
        <message>
            <source>Suspected dead link</source>
            <translation>疑似不可用链接</translation>
        </message>
        <message>
            <source>No "I find errors" entry</source>
            <translation>未设置“我为政府网站找错”入口</translation>
        </message>
        <message>
            <source>Identifier code not shown</source>
            <translation>未标注网站标识码</translation>
        </message>
        <message>
            <source>Identifier code differs from the registry</source>
            <translation>网站标识码与名录登记不符</translation>
        </message>
        <message>
            <source>ICP filing not shown</source>
            <translation>未标注 ICP 备案编号</translation>
        </message>
        <message>
            <source>ICP filing differs from the registry</source>
            <translation>ICP 备案编号与名录登记不符</translation>
        </message>
        <message>
            <source>Public-security filing not shown</source>
            <translation>未标注公安机关备案号</translation>
        </message>
        <message>
            <source>Public-security filing differs from the registry</source>
            <translation>公安机关备案号与名录登记不符</translation>
        </message>
        <message>
            <source>No party and government website mark</source>
            <translation>未标注党政机关网站标识</translation>
        </message>
        <message>
            <source>TLS certificate expires soon</source>
            <translation>TLS 证书即将到期</translation>
        </message>
        <message>
            <source>TLS certificate expired</source>
            <translation>TLS 证书已过期</translation>
        </message>
        <message>
            <source>TLS certificate not valid</source>
            <translation>TLS 证书无效</translation>
        </message>
        <message>
            <source>HTTPS not available</source>
            <translation>不支持 HTTPS 访问</translation>
        </message>
        <message>
            <source>Homepage refuses the probe</source>
            <translation>首页拒绝监测访问</translation>
        </message>
        <message>
            <source>robots.txt forbids the probe</source>
            <translation>robots.txt 禁止监测</translation>
        </message>
        <message>
            <source>veto</source>
            <translation>单项否决</translation>
        </message>
        <message>
            <source>early warning</source>
            <translation>预警</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>扣分项</translation>
        </message>
        <message>
            <source>notice</source>
            <translation>提示</translation>
        </message>
    </context>
    <context>
        <name>Query</name>
        <message>
            <source>The database driver %1 is not supported.</source>
            <translation>不支持数据库驱动 %1。</translation>
        </message>
        <message>
            <source>The database gave no number for the new row.</source>
            <translation>数据库未返回新记录的编号。</translation>
        </message>
    </context>
    <context>
        <name>QueryPager</name>
        <message>
            <source>The list could not be read.</source>
            <translation>无法读取列表。</translation>
        </message>
        <message>
            <source>The list could not be counted.</source>
            <translation>无法统计列表数量。</translation>
        </message>
    </context>
    <context>
        <name>QueryParams</name>
        <message>
            <source>the query string is too long</source>
            <translation>查询字符串过长</translation>
        </message>
        <message>
            <source>a parameter has no name</source>
            <translation>有参数没有名称</translation>
        </message>
        <message>
            <source>is given more than once</source>
            <translation>出现了不止一次</translation>
        </message>
        <message>
            <source>unknown parameter: this endpoint takes none</source>
            <translation>未知参数：此接口不接受参数</translation>
        </message>
        <message>
            <source>unknown parameter (known: %1)</source>
            <translation>未知参数（可用：%1）</translation>
        </message>
        <message>
            <source>is required (YYYY-MM, YYYY-Qn or YYYY)</source>
            <translation>必填（YYYY-MM、YYYY-Qn 或 YYYY）</translation>
        </message>
        <message>
            <source>must be a whole number from %1 to %2</source>
            <translation>必须是 %1 到 %2 之间的整数</translation>
        </message>
    </context>
    <context>
        <name>RectificationRules</name>
        <message>
            <source>Open</source>
            <translation>待整改</translation>
        </message>
        <message>
            <source>Fixed, to re-check</source>
            <translation>已整改，待复查</translation>
        </message>
        <message>
            <source>Re-checked</source>
            <translation>已复查</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已销号</translation>
        </message>
        <message>
            <source>Daily inspection</source>
            <translation>日常巡查</translation>
        </message>
        <message>
            <source>Spot check</source>
            <translation>抽查</translation>
        </message>
        <message>
            <source>Error report</source>
            <translation>网民找错</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>手工登记</translation>
        </message>
    </context>
    <context>
        <name>RectificationService</name>
        <message>
            <source>The rectification item could not be read.</source>
            <translation>无法读取整改事项。</translation>
        </message>
        <message>
            <source>There is no rectification item with the number %1.</source>
            <translation>没有编号为 %1 的整改事项。</translation>
        </message>
        <message>
            <source>The rectification items could not be read.</source>
            <translation>无法读取整改事项。</translation>
        </message>
        <message>
            <source>The history of the rectification item could not be read.</source>
            <translation>无法读取整改事项的处理记录。</translation>
        </message>
        <message>
            <source>The history of the rectification item could not be written.</source>
            <translation>无法写入整改事项的处理记录。</translation>
        </message>
        <message>
            <source>Say what the problem is.</source>
            <translation>请说明存在的问题。</translation>
        </message>
        <message>
            <source>The deadline must be today or later.</source>
            <translation>整改期限不能早于今天。</translation>
        </message>
        <message>
            <source>The rectification item could not be saved.</source>
            <translation>无法保存整改事项。</translation>
        </message>
        <message>
            <source>The item is "%1": it cannot become "%2".</source>
            <translation>该事项状态为“%1”，不能变为“%2”。</translation>
        </message>
        <message>
            <source>Say what was done to fix it.</source>
            <translation>请说明采取了哪些整改措施。</translation>
        </message>
        <message>
            <source>Say what is still wrong.</source>
            <translation>请说明仍然存在的问题。</translation>
        </message>
        <message>
            <source>An item that has not been re-checked is closed only with a reason.</source>
            <translation>未经复查的事项，销号时必须说明原因。</translation>
        </message>
    </context>
    <context>
        <name>RegistryCommands</name>
        <message>
            <source>Give what to exchange (sites, orgs, persons or assignments)%1.</source>
            <translation>请指定要交换的内容（sites、orgs、persons 或 assignments）%1。</translation>
        </message>
        <message>
            <source> and the file</source>
            <translation>及文件</translation>
        </message>
        <message>
            <source>"%1" is not sites, orgs, persons or assignments.</source>
            <translation>“%1”不是 sites、orgs、persons 或 assignments。</translation>
        </message>
        <message>
            <source>Imported %1 of %2 %3 from %4 (%5).</source>
            <translation>已从 %4（%5）导入 %1 条%3（共 %2 条）。</translation>
        </message>
        <message>
            <source>Checked %1 rows of %2 (%3): %4 good, %5 with errors; nothing was changed.</source>
            <translation>已检查 %2（%3）的 %1 行：%4 行无误，%5 行有错误；未作任何改动。</translation>
        </message>
        <message>
            <source>Exported %1 %2 to %3.</source>
            <translation>已将 %1 条%2导出到 %3。</translation>
        </message>
        <message>
            <source>line %1: update %2: %3</source>
            <translation>第 %1 行：更新 %2：%3</translation>
        </message>
        <message>
            <source>%1 created, %2 updated, %3 unchanged.</source>
            <translation>新增 %1 条，更新 %2 条，未变 %3 条。</translation>
        </message>
        <message>
            <source>Would be: %1 created, %2 updated, %3 unchanged.</source>
            <translation>预计：新增 %1 条，更新 %2 条，未变 %3 条。</translation>
        </message>
    </context>
    <context>
        <name>RegistryEditCommands</name>
        <message>
            <source>--%1 takes %2.</source>
            <translation>--%1 取值为 %2。</translation>
        </message>
        <message>
            <source>Give the one unit: its number, division code or exact name.</source>
            <translation>请给出一个单位：单位编号、行政区划代码或完整名称。</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>提醒：%1</translation>
        </message>
        <message>
            <source>site add takes options only (see --help).</source>
            <translation>site add 只接受选项（见 --help）。</translation>
        </message>
        <message>
            <source>Give the host unit with --unit.</source>
            <translation>请用 --unit 指定主办单位。</translation>
        </message>
        <message>
            <source>The site was not registered: %1</source>
            <translation>网站未登记：%1</translation>
        </message>
        <message>
            <source>Site %1 registered: %2 (%3).</source>
            <translation>网站 %1 已登记：%2（%3）。</translation>
        </message>
        <message>
            <source>Give the one site: its number or identifier code.</source>
            <translation>请给出一个网站：网站编号或网站标识码。</translation>
        </message>
        <message>
            <source>Site %1 was not changed: %2</source>
            <translation>网站 %1 未修改：%2</translation>
        </message>
        <message>
            <source>Site %1 saved: %2 (%3).</source>
            <translation>网站 %1 已保存：%2（%3）。</translation>
        </message>
        <message>
            <source>Site %1 was not closed: %2</source>
            <translation>网站 %1 未关停：%2</translation>
        </message>
        <message>
            <source>Site %1 closed on %2.</source>
            <translation>网站 %1 已于 %2 关停。</translation>
        </message>
        <message>
            <source>unit add takes options only (see --help).</source>
            <translation>unit add 只接受选项（见 --help）。</translation>
        </message>
        <message>
            <source>Give the unit it belongs under with --parent.</source>
            <translation>请用 --parent 指定上级单位。</translation>
        </message>
        <message>
            <source>The unit was not added: %1</source>
            <translation>单位未新增：%1</translation>
        </message>
        <message>
            <source>Unit %1 added: %2.</source>
            <translation>单位 %1 已新增：%2。</translation>
        </message>
        <message>
            <source>Unit %1 was not changed: %2</source>
            <translation>单位 %1 未修改：%2</translation>
        </message>
        <message>
            <source>Unit %1 saved: %2.</source>
            <translation>单位 %1 已保存：%2。</translation>
        </message>
        <message>
            <source>Give the unit to move it under with --to.</source>
            <translation>请用 --to 指定调整后的上级单位。</translation>
        </message>
        <message>
            <source>Unit %1 was not moved: %2</source>
            <translation>单位 %1 未调整：%2</translation>
        </message>
        <message>
            <source>Unit %1 (%2) is now under %3.</source>
            <translation>单位 %1（%2）已调整至%3之下。</translation>
        </message>
        <message>
            <source>person add takes options only (see --help).</source>
            <translation>person add 只接受选项（见 --help）。</translation>
        </message>
        <message>
            <source>Give the person's unit with --unit.</source>
            <translation>请用 --unit 指定责任人所在单位。</translation>
        </message>
        <message>
            <source>The person was not added: %1</source>
            <translation>责任人未新增：%1</translation>
        </message>
        <message>
            <source>Person %1 added: %2.</source>
            <translation>责任人 %1 已新增：%2。</translation>
        </message>
        <message>
            <source>Give the number of one person.</source>
            <translation>请给出一名责任人的编号。</translation>
        </message>
        <message>
            <source>Person %1 was not changed: %2</source>
            <translation>责任人 %1 未修改：%2</translation>
        </message>
        <message>
            <source>Person %1 saved: %2.</source>
            <translation>责任人 %1 已保存：%2。</translation>
        </message>
        <message>
            <source>--role takes %1.</source>
            <translation>--role 取值为 %1。</translation>
        </message>
        <message>
            <source>Give the person with --person: their number or their name in the site's unit.</source>
            <translation>请用 --person 指定责任人：责任人编号，或其在网站主办单位中的姓名。</translation>
        </message>
        <message>
            <source>No person "%1" in the site's unit: give their number.</source>
            <translation>网站主办单位中没有责任人“%1”：请给出其编号。</translation>
        </message>
        <message>
            <source>The assignment was not made: %1</source>
            <translation>未能指定：%1</translation>
        </message>
        <message>
            <source>Assignment %1: person %2 is %3 of site %4 from %5.</source>
            <translation>指定 %1：责任人 %2 自 %5 起担任网站 %4 的%3。</translation>
        </message>
        <message>
            <source>Site %1 has no current %2.</source>
            <translation>网站 %1 当前没有%2。</translation>
        </message>
        <message>
            <source>The assignment was not ended: %1</source>
            <translation>任期未能结束：%1</translation>
        </message>
        <message>
            <source>Assignment %1 ended on %2.</source>
            <translation>指定 %1 的任期已于 %2 结束。</translation>
        </message>
        <message>
            <source>Give the new status with --status.</source>
            <translation>请用 --status 给出新状态。</translation>
        </message>
        <message>
            <source>The status of site %1 was not changed: %2</source>
            <translation>网站 %1 的状态未变更：%2</translation>
        </message>
        <message>
            <source>Site %1 is %2 from %3.</source>
            <translation>网站 %1 自 %3 起为“%2”状态。</translation>
        </message>
        <message>
            <source>Unit %1 is active again.</source>
            <translation>单位 %1 已重新启用。</translation>
        </message>
        <message>
            <source>Unit %1 is deactivated.</source>
            <translation>单位 %1 已停用。</translation>
        </message>
        <message>
            <source>Person %1 is active again.</source>
            <translation>责任人 %1 已重新启用。</translation>
        </message>
        <message>
            <source>Person %1 is deactivated.</source>
            <translation>责任人 %1 已停用。</translation>
        </message>
    </context>
    <context>
        <name>RegistryExchange</name>
        <message>
            <source>The column "%1" appears twice in the header.</source>
            <translation>表头中列“%1”出现了两次。</translation>
        </message>
        <message>
            <source>The file has no column "%1" (%2): the first line must name the columns.</source>
            <translation>文件缺少列“%1”（%2）：第一行须为列名。</translation>
        </message>
        <message>
            <source>The column "%1" is not known and was ignored.</source>
            <translation>未知列“%1”，已忽略。</translation>
        </message>
        <message>
            <source>The row has %1 columns, the header %2.</source>
            <translation>该行有 %1 列，表头有 %2 列。</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>units</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>responsible persons</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>sites</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>assignments</source>
            <translation>责任分工</translation>
        </message>
        <message>
            <source>The row could not be saved.</source>
            <translation>无法保存该行。</translation>
        </message>
        <message>
            <source>The %1 could not be read.</source>
            <translation>无法读取%1。</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
        <message>
            <source>Column "%1": %2</source>
            <translation>“%1”列：%2</translation>
        </message>
        <message>
            <source>the unit is missing.</source>
            <translation>未填写单位。</translation>
        </message>
        <message>
            <source>the cell is empty.</source>
            <translation>单元格为空。</translation>
        </message>
        <message>
            <source>"%1" is not one of its values.</source>
            <translation>“%1”不是该列的可选值。</translation>
        </message>
        <message>
            <source>"%1" is not a date such as 2017-09-30.</source>
            <translation>“%1”不是日期，请按 2017-09-30 的格式填写。</translation>
        </message>
        <message>
            <source>"%1" is neither yes nor no (是/否).</source>
            <translation>“%1”既不是“是”也不是“否”。</translation>
        </message>
        <message>
            <source>the unit's name is empty.</source>
            <translation>单位名称为空。</translation>
        </message>
        <message>
            <source>The units could not be read.</source>
            <translation>无法读取单位信息。</translation>
        </message>
        <message>
            <source>more than one unit is named "%1".</source>
            <translation>有多个单位名为“%1”。</translation>
        </message>
        <message>
            <source>"%1" appears twice in the file (first on line %2).</source>
            <translation>“%1”在文件中重复出现（首次出现在第 %2 行）。</translation>
        </message>
        <message>
            <source>the parent unit "%1" is not known: a unit must come after its parent.</source>
            <translation>上级单位“%1”不存在：单位须排在其上级单位之后。</translation>
        </message>
        <message>
            <source>the person's name is empty.</source>
            <translation>姓名为空。</translation>
        </message>
        <message>
            <source>%1 appears twice in the file (first on line %2).</source>
            <translation>%1 在文件中重复出现（首次出现在第 %2 行）。</translation>
        </message>
        <message>
            <source>The persons could not be read.</source>
            <translation>无法读取人员信息。</translation>
        </message>
        <message>
            <source>the identifier code is empty.</source>
            <translation>网站标识码为空。</translation>
        </message>
        <message>
            <source>the identifier code %1 appears twice in the file (first on line %2).</source>
            <translation>网站标识码 %1 在文件中重复出现（首次出现在第 %2 行）。</translation>
        </message>
        <message>
            <source>The sites could not be read.</source>
            <translation>无法读取网站信息。</translation>
        </message>
        <message>
            <source>the start date is empty.</source>
            <translation>开始日期为空。</translation>
        </message>
    </context>
    <context>
        <name>RegistryQueries</name>
        <message>
            <source>The units could not be read.</source>
            <translation>无法读取单位列表。</translation>
        </message>
        <message>
            <source>The persons could not be read.</source>
            <translation>无法读取人员列表。</translation>
        </message>
        <message>
            <source>There is no unit named "%1".</source>
            <translation>不存在名为“%1”的单位。</translation>
        </message>
        <message>
            <source>More than one unit is named "%1".</source>
            <translation>有多个单位名为“%1”。</translation>
        </message>
        <message>
            <source>The consolidation figures could not be computed.</source>
            <translation>无法计算集约化统计。</translation>
        </message>
        <message>
            <source>The sites could not be read.</source>
            <translation>无法读取网站列表。</translation>
        </message>
        <message>
            <source>Every serial under %1 is used.</source>
            <translation>%1 下的序号已全部用完。</translation>
        </message>
    </context>
    <context>
        <name>RegistryService</name>
        <message>
            <source>Only the province's administrators may add a unit at the top of the tree.</source>
            <translation>只有省级管理员可以添加顶级单位。</translation>
        </message>
        <message>
            <source>Give the unit's name.</source>
            <translation>请填写单位名称。</translation>
        </message>
        <message>
            <source>The division code of %1 must have 6 digits (行政区划代码), for example 350100.</source>
            <translation>%1 的行政区划代码须为 6 位数字，例如 350100。</translation>
        </message>
        <message>
            <source>The domain label of %1 has only lower-case letters, digits and dashes.</source>
            <translation>%1 的域名标识只能包含小写字母、数字和连字符。</translation>
        </message>
        <message>
            <source>The unit "%1" could not be saved.</source>
            <translation>无法保存单位“%1”。</translation>
        </message>
        <message>
            <source>The unit tree could not be updated.</source>
            <translation>无法更新单位层级。</translation>
        </message>
        <message>
            <source>Only the province's administrators may move a unit to the top of the tree.</source>
            <translation>只有省级管理员可以将单位移到最顶层。</translation>
        </message>
        <message>
            <source>A unit cannot move under itself or under one of its own units.</source>
            <translation>单位不能移到自身或其下级单位之下。</translation>
        </message>
        <message>
            <source>The unit could not be moved.</source>
            <translation>无法移动该单位。</translation>
        </message>
        <message>
            <source>The unit could not be read.</source>
            <translation>无法读取该单位。</translation>
        </message>
        <message>
            <source>%1 still runs %2 open sites: close or move them before deactivating the unit.</source>
            <translation>%1 仍有 %2 个未关停网站：请先关停或移交后再停用该单位。</translation>
        </message>
        <message>
            <source>%1 has %2 active units under it: deactivate or move them first.</source>
            <translation>%1 下仍有 %2 个在用单位：请先停用或移走。</translation>
        </message>
        <message>
            <source>The unit could not be changed.</source>
            <translation>无法修改该单位。</translation>
        </message>
        <message>
            <source>The division code %1 of %2 is not within %3 (%4).</source>
            <translation>%2 的行政区划代码 %1 不在 %3（%4）的区划范围内。</translation>
        </message>
        <message>
            <source>%1 (%2) cannot be a unit of %3 (%4), a lower level.</source>
            <translation>%1（%2）不能隶属于层级更低的 %3（%4）。</translation>
        </message>
        <message>
            <source>The units could not be read.</source>
            <translation>无法读取单位信息。</translation>
        </message>
        <message>
            <source>%1 is already the unit at the top of the tree: %2 must be placed under it or under one of its units.</source>
            <translation>%1 已是单位树的最上级单位：%2 须挂在其下或其下级单位之下。</translation>
        </message>
    </context>
    <context>
        <name>RegistryStats</name>
        <message>
            <source>The registry figures could not be computed.</source>
            <translation>无法计算登记统计数据。</translation>
        </message>
    </context>
    <context>
        <name>RegistryVocabulary</name>
        <message>
            <source>First responsible person</source>
            <translation>第一责任人</translation>
        </message>
        <message>
            <source>Security responsible person</source>
            <translation>安全责任人</translation>
        </message>
        <message>
            <source>Caretaker</source>
            <translation>看护人</translation>
        </message>
        <message>
            <source>Content editor</source>
            <translation>信息员</translation>
        </message>
        <message>
            <source>Due for migration or closure</source>
            <translation>应迁移或关停</translation>
        </message>
        <message>
            <source>Unit runs another site: merge</source>
            <translation>单位另有网站：需合并</translation>
        </message>
        <message>
            <source>No caretaker</source>
            <translation>无看护人</translation>
        </message>
        <message>
            <source>No security responsible person</source>
            <translation>无安全责任人</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>RepostRules</name>
        <message>
            <source>Within 8 hours</source>
            <translation>8 小时内</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>超时转载</translation>
        </message>
        <message>
            <source>Not yet (within 8 hours)</source>
            <translation>未转载（8 小时内）</translation>
        </message>
        <message>
            <source>Not yet, overdue</source>
            <translation>超时未转载</translation>
        </message>
        <message>
            <source>%1 h %2 min late</source>
            <translation>超时 %1 小时 %2 分钟</translation>
        </message>
        <message>
            <source>%1 min late</source>
            <translation>超时 %1 分钟</translation>
        </message>
    </context>
    <context>
        <name>RequestActionCommands</name>
        <message>
            <source>Request %1: %2.</source>
            <translation>申请 %1：%2。</translation>
        </message>
        <message>
            <source>request file takes no arguments, only options: see --help.</source>
            <translation>request file 不接受参数，只接受选项：参见 --help。</translation>
        </message>
        <message>
            <source>Unknown type "%1": use one of %2.</source>
            <translation>未知类型“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <source>Give the requesting unit with --unit.</source>
            <translation>请用 --unit 给出申请单位。</translation>
        </message>
        <message>
            <source>--attach takes KIND:FILE, KIND one of %1.</source>
            <translation>--attach 的格式为 类型:文件，类型为 %1 之一。</translation>
        </message>
        <message>
            <source>--kind takes portal, department or special.</source>
            <translation>--kind 取值为 portal、department 或 special。</translation>
        </message>
        <message>
            <source>--platform takes unified or standalone.</source>
            <translation>--platform 取值为 unified 或 standalone。</translation>
        </message>
        <message>
            <source>The request was not saved: %1</source>
            <translation>申请未保存：%1</translation>
        </message>
        <message>
            <source>Request %1 was saved as a draft, but %2 was not attached: %3</source>
            <translation>申请 %1 已保存为草稿，但文件 %2 未能附加：%3</translation>
        </message>
        <message>
            <source>Request %1 was saved as a draft, but not submitted: %2</source>
            <translation>申请 %1 已保存为草稿，但未能提交：%2</translation>
        </message>
        <message>
            <source>Give the number of one request.</source>
            <translation>请给出一项申请的编号。</translation>
        </message>
        <message>
            <source>The request was not submitted:</source>
            <translation>申请未提交：</translation>
        </message>
        <message>
            <source>The request was not withdrawn:</source>
            <translation>申请未撤回：</translation>
        </message>
        <message>
            <source>The decision was not recorded:</source>
            <translation>审批决定未保存：</translation>
        </message>
        <message>
            <source>The request was not carried out: it is %1 and waits for step %2 of %3, not for the national filing. It is carried out by the approval of its last step (request approve).</source>
            <translation>申请未执行：申请当前为“%1”，等待第 %2 步（共 %3 步）审批，而非全国备案。此类申请在最后一步审批通过时执行（request approve）。</translation>
        </message>
        <message>
            <source>The request was not carried out:</source>
            <translation>申请未执行：</translation>
        </message>
    </context>
    <context>
        <name>RequestAttachments</name>
        <message>
            <source>The attachments could not be read.</source>
            <translation>无法读取附件。</translation>
        </message>
        <message>
            <source>The attachment could not be read.</source>
            <translation>无法读取该附件。</translation>
        </message>
        <message>
            <source>There is no attachment with the number %1.</source>
            <translation>没有编号为 %1 的附件。</translation>
        </message>
        <message>
            <source>The file %1 is larger than %2 MiB, the most a request can hold.</source>
            <translation>文件 %1 超过 %2 MiB，即单个申请附件的上限。</translation>
        </message>
        <message>
            <source>The file %1 is empty.</source>
            <translation>文件 %1 是空的。</translation>
        </message>
        <message>
            <source>The attachment could not be saved.</source>
            <translation>无法保存附件。</translation>
        </message>
        <message>
            <source>The attachment could not be removed.</source>
            <translation>无法删除附件。</translation>
        </message>
    </context>
    <context>
        <name>RequestBody</name>
        <message>
            <source>unknown field</source>
            <translation>未知字段</translation>
        </message>
        <message>
            <source>the body is not valid JSON (%1 at byte %2)</source>
            <translation>请求体不是有效的 JSON（第 %2 字节处：%1）</translation>
        </message>
        <message>
            <source>the body must be a JSON object</source>
            <translation>请求体必须是 JSON 对象</translation>
        </message>
        <message>
            <source>must be a list of veto item keys</source>
            <translation>必须是单项否决项键名的列表</translation>
        </message>
        <message>
            <source>has too many items</source>
            <translation>项数过多</translation>
        </message>
        <message>
            <source>must be a veto item key (a string)</source>
            <translation>必须是单项否决项键名（字符串）</translation>
        </message>
        <message>
            <source>must be an object of indicator keys and points</source>
            <translation>必须是由指标键名和扣分组成的对象</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <source>must be zero or more</source>
            <translation>必须大于或等于零</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>必须是文本</translation>
        </message>
        <message>
            <source>is longer than %1 characters</source>
            <translation>超过 %1 个字符</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>must be a site identifier code (1 to 32 letters, digits, - or _)</source>
            <translation>必须是网站标识码（1 到 32 个字母、数字、- 或 _）</translation>
        </message>
        <message>
            <source>must be YYYY-MM, YYYY-Qn or YYYY</source>
            <translation>必须是 YYYY-MM、YYYY-Qn 或 YYYY</translation>
        </message>
        <message>
            <source>differs from the code in the address</source>
            <translation>与地址中的标识码不一致</translation>
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation>必须是非空文本</translation>
        </message>
        <message>
            <source>must be one of province, city, county, township</source>
            <translation>必须是 province、city、county、township 之一</translation>
        </message>
        <message>
            <source>must be one of portal, department, special</source>
            <translation>必须是 portal、department、special 之一</translation>
        </message>
        <message>
            <source>must be a 6-digit administrative-division code</source>
            <translation>必须是 6 位行政区划代码</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必须是 true 或 false</translation>
        </message>
        <message>
            <source>only department sites may be scored without public services</source>
            <translation>只有部门网站可以按无公共服务计分</translation>
        </message>
        <message>
            <source>is given more than once</source>
            <translation>重复出现</translation>
        </message>
        <message>
            <source>must be at most %1</source>
            <translation>不得大于 %1</translation>
        </message>
        <message>
            <source>has not begun yet</source>
            <translation>尚未开始</translation>
        </message>
        <message>
            <source>is before %1</source>
            <translation>早于 %1 年</translation>
        </message>
    </context>
    <context>
        <name>RequestCommands</name>
        <message>
            <source>Unknown state "%1": use one of %2.</source>
            <translation>未知状态“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <source>Unknown type "%1": use one of %2.</source>
            <translation>未知类型“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <source>--unit takes a unit's number.</source>
            <translation>--unit 需要单位编号。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>申请单位</translation>
        </message>
        <message>
            <source>Filed by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>最后变更</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Give the number of one request.</source>
            <translation>请给出一项申请的编号。</translation>
        </message>
        <message>
            <source>Request %1: %2</source>
            <translation>申请 %1：%2</translation>
        </message>
        <message>
            <source>Type: %1</source>
            <translation>类型：%1</translation>
        </message>
        <message>
            <source> (step %1 of %2)</source>
            <translation>（第 %1 步，共 %2 步）</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>Requesting unit: %1</source>
            <translation>申请单位：%1</translation>
        </message>
        <message>
            <source>Site: %1</source>
            <translation>网站：%1</translation>
        </message>
        <message>
            <source>Merge into: %1</source>
            <translation>整合至：%1</translation>
        </message>
        <message>
            <source>Proposed site: %1 (%2, %3)</source>
            <translation>拟开设网站：%1（%2，%3）</translation>
        </message>
        <message>
            <source>Filed by: %1</source>
            <translation>申请人：%1</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>申请理由：%1</translation>
        </message>
        <message>
            <source>Justification: %1</source>
            <translation>特殊需求说明：%1</translation>
        </message>
        <message>
            <source>Approval chain (round %1):</source>
            <translation>审批链（第 %1 轮）：</translation>
        </message>
        <message>
            <source>: waiting</source>
            <translation>：待办</translation>
        </message>
        <message>
            <source>Policy checks:</source>
            <translation>政策核查：</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Attachments:</source>
            <translation>附件：</translation>
        </message>
        <message>
            <source>History:</source>
            <translation>处理记录：</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Request</source>
            <translation>申请</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <source>Requesting &amp;unit:</source>
            <translation>申请单位(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>网站(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Merge into:</source>
            <translation>整合至(&amp;M)：</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>标题(&amp;I)：</translation>
        </message>
        <message>
            <source>Written from the type and the site when left empty</source>
            <translation>留空时按类型和网站自动生成</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>申请理由(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Justification:</source>
            <translation>特殊需求说明(&amp;J)：</translation>
        </message>
        <message>
            <source>Why this unit needs a site of its own (needed where units in principle open none)</source>
            <translation>说明本单位为何需要单独开设网站（原则上不开设网站的单位必填）</translation>
        </message>
        <message>
            <source>The site to open</source>
            <translation>拟开设的网站</translation>
        </message>
        <message>
            <source>Site &amp;name:</source>
            <translation>网站名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Identifier &amp;code:</source>
            <translation>网站标识码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>网站类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Domain:</source>
            <translation>域名(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>平台(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Operating unit:</source>
            <translation>承办单位(&amp;O)：</translation>
        </message>
        <message>
            <source>The change (leave unchanged fields empty)</source>
            <translation>变更内容（不变更的项留空）</translation>
        </message>
        <message>
            <source>New na&amp;me:</source>
            <translation>新名称(&amp;M)：</translation>
        </message>
        <message>
            <source>New do&amp;main:</source>
            <translation>新域名(&amp;A)：</translation>
        </message>
        <message>
            <source>New &amp;host unit:</source>
            <translation>新主办单位(&amp;H)：</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>K&amp;ind of file:</source>
            <translation>材料类型(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Add a file…</source>
            <translation>添加文件(&amp;A)…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>移除(&amp;M)</translation>
        </message>
        <message>
            <source>* required</source>
            <translation>* 必填</translation>
        </message>
    </context>
    <context>
        <name>RequestDocument</name>
        <message>
            <source> (step %1 of %2)</source>
            <translation>（第 %1 步，共 %2 步）</translation>
        </message>
        <message>
            <source>Request number</source>
            <translation>申请编号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>申请单位</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Merge into</source>
            <translation>整合至</translation>
        </message>
        <message>
            <source>Proposed site</source>
            <translation>拟开设网站</translation>
        </message>
        <message>
            <source>Identifier code</source>
            <translation>网站标识码</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Operating unit</source>
            <translation>承办单位</translation>
        </message>
        <message>
            <source>ICP filing</source>
            <translation>ICP备案号</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>新名称</translation>
        </message>
        <message>
            <source>New domain</source>
            <translation>新域名</translation>
        </message>
        <message>
            <source>New host unit</source>
            <translation>新主办单位</translation>
        </message>
        <message>
            <source>Filed by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>申请理由</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>特殊需求说明</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>无。</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>SHA-256 (first 16)</source>
            <translation>SHA-256（前 16 位）</translation>
        </message>
        <message>
            <source>Approval (round %1)</source>
            <translation>审批意见（第 %1 轮）</translation>
        </message>
        <message>
            <source>Not submitted yet.</source>
            <translation>尚未提交。</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>已备案</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>待办</translation>
        </message>
        <message>
            <source>Policy checks</source>
            <translation>政策核查</translation>
        </message>
        <message>
            <source>No objection from the policy checks.</source>
            <translation>政策核查未发现问题。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
    </context>
    <context>
        <name>RequestExecution</name>
        <message>
            <source>Opened by request %1.</source>
            <translation>依申请 %1 开设。</translation>
        </message>
        <message>
            <source>The request could not be saved.</source>
            <translation>无法保存申请。</translation>
        </message>
        <message>
            <source>Merged into %1 by request %2.</source>
            <translation>依申请 %2 整合到 %1。</translation>
        </message>
    </context>
    <context>
        <name>RequestHandler</name>
        <message>
            <source>The request's headers are larger than %1 bytes.</source>
            <translation>请求头超过 %1 字节。</translation>
        </message>
        <message>
            <source>The Content-Length header is not a length in bytes.</source>
            <translation>Content-Length 头不是以字节计的长度。</translation>
        </message>
        <message>
            <source>The body has no one clear length: Content-Length is given twice, or beside Transfer-Encoding.</source>
            <translation>请求体长度不明确：Content-Length 出现两次，或与 Transfer-Encoding 同时出现。</translation>
        </message>
        <message>
            <source>The chunked body has a chunk size that is not a hexadecimal number.</source>
            <translation>分块请求体的块大小不是十六进制数。</translation>
        </message>
        <message>
            <source>The request method is not one this server knows.</source>
            <translation>本服务器不支持该请求方法。</translation>
        </message>
        <message>
            <source>Only HTTP/1.0 and HTTP/1.1 are spoken here.</source>
            <translation>仅支持 HTTP/1.0 和 HTTP/1.1。</translation>
        </message>
        <message>
            <source>The request is not well-formed HTTP (%1).</source>
            <translation>请求不符合 HTTP 格式（%1）。</translation>
        </message>
        <message>
            <source>The request target is longer than %1 bytes.</source>
            <translation>请求地址超过 %1 字节。</translation>
        </message>
        <message>
            <source>The request has more than %1 headers.</source>
            <translation>请求头超过 %1 个。</translation>
        </message>
        <message>
            <source>The server has as many connections as it takes (%1); try again shortly.</source>
            <translation>服务器连接数已达上限（%1），请稍后重试。</translation>
        </message>
        <message>
            <source>This address has as many connections as it may (%1); close some first.</source>
            <translation>该地址的连接数已达上限（%1），请先关闭部分连接。</translation>
        </message>
        <message>
            <source>The request's headers did not arrive within %1 seconds.</source>
            <translation>请求头未在 %1 秒内送达。</translation>
        </message>
        <message>
            <source>The request's body did not arrive within %1 seconds.</source>
            <translation>请求体未在 %1 秒内送达。</translation>
        </message>
    </context>
    <context>
        <name>RequestPolicy</name>
        <message>
            <source>Give the reason for the request.</source>
            <translation>请填写申请理由。</translation>
        </message>
        <message>
            <source>Choose the site the request is about.</source>
            <translation>请选择申请涉及的网站。</translation>
        </message>
        <message>
            <source>%1 is closed already.</source>
            <translation>%1 已经关停。</translation>
        </message>
        <message>
            <source>Townships, streets and county-level departments in principle open no site of their own (原则上不开设).</source>
            <translation>乡镇、街道和县级政府部门原则上不开设政府网站。</translation>
        </message>
        <message>
            <source>A written justification is needed for this unit to open a site.</source>
            <translation>该单位开设网站须提供书面说明（特殊需求理由）。</translation>
        </message>
        <message>
            <source>A site goes live only after a passed security test: attach the security test report before the final approval.</source>
            <translation>网站须通过安全检测后方可上线：请在最终审批前上传安全检测报告。</translation>
        </message>
        <message>
            <source>The security test report is needed before the final approval.</source>
            <translation>最终审批前须上传安全检测报告。</translation>
        </message>
        <message>
            <source>Closing a site (永久下线) needs evidence that its data was migrated: attach it.</source>
            <translation>网站永久下线须提供数据迁移证明：请上传。</translation>
        </message>
        <message>
            <source>%1 runs on the unified platform already.</source>
            <translation>%1 已经运行在集约化平台上。</translation>
        </message>
        <message>
            <source>Choose the site to merge into.</source>
            <translation>请选择要整合到的网站。</translation>
        </message>
        <message>
            <source>A site cannot merge into itself.</source>
            <translation>网站不能整合到自身。</translation>
        </message>
        <message>
            <source>%1 is closed: merge into an open site.</source>
            <translation>%1 已关停：请整合到正在运行的网站。</translation>
        </message>
        <message>
            <source>Merging needs evidence that the data moved to the other site: attach it.</source>
            <translation>整合须提供数据已迁移至目标网站的证明：请上传。</translation>
        </message>
        <message>
            <source>The request changes nothing: give a new name, domain or host unit.</source>
            <translation>申请没有任何变更：请填写新的名称、域名或主办单位。</translation>
        </message>
    </context>
    <context>
        <name>RequestQueries</name>
        <message>
            <source>The request could not be read.</source>
            <translation>无法读取申请。</translation>
        </message>
        <message>
            <source>There is no request with the number %1.</source>
            <translation>没有编号为 %1 的申请。</translation>
        </message>
        <message>
            <source>The request's history could not be read.</source>
            <translation>无法读取申请的处理记录。</translation>
        </message>
        <message>
            <source>The requests could not be counted.</source>
            <translation>无法统计申请数量。</translation>
        </message>
    </context>
    <context>
        <name>RequestRules</name>
        <message>
            <source>The requesting unit is not under a province-level government: no chain can be formed.</source>
            <translation>申请单位不在省级政府之下，无法形成审批链。</translation>
        </message>
        <message>
            <source>A township's request needs its county and city governments in the unit tree.</source>
            <translation>乡镇的申请需要在单位树中有其所属的县级和市级政府。</translation>
        </message>
        <message>
            <source>A county-level request needs its city government in the unit tree.</source>
            <translation>县级的申请需要在单位树中有其所属的市级政府。</translation>
        </message>
        <message>
            <source>Open a site</source>
            <translation>开设网站</translation>
        </message>
        <message>
            <source>Close a site</source>
            <translation>关停网站</translation>
        </message>
        <message>
            <source>Migrate to the unified platform</source>
            <translation>迁移到集约化平台</translation>
        </message>
        <message>
            <source>Merge into another site</source>
            <translation>整合到其他网站</translation>
        </message>
        <message>
            <source>Change name, domain or host unit</source>
            <translation>变更名称、域名或主办单位</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <source>Returned for changes</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Executed</source>
            <translation>已执行</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>National filing</source>
            <translation>全国备案</translation>
        </message>
        <message>
            <source>Formal request letter</source>
            <translation>正式申请公函</translation>
        </message>
        <message>
            <source>Domain application form</source>
            <translation>域名申请表</translation>
        </message>
        <message>
            <source>Security test report</source>
            <translation>安全检测报告</translation>
        </message>
        <message>
            <source>Evidence of data migration</source>
            <translation>数据迁移证明</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>其他材料</translation>
        </message>
        <message>
            <source>created</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>returned for changes</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>withdrew</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>carried out on the registry</source>
            <translation>在网站登记中执行</translation>
        </message>
        <message>
            <source>recorded the national filing</source>
            <translation>记录全国备案</translation>
        </message>
        <message>
            <source>attached a file</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <source>removed a file</source>
            <translation>移除附件</translation>
        </message>
    </context>
    <context>
        <name>RequestWorkflow</name>
        <message>
            <source>The request's history could not be written.</source>
            <translation>无法写入申请的处理记录。</translation>
        </message>
        <message>
            <source>The request could not be saved.</source>
            <translation>无法保存申请。</translation>
        </message>
        <message>
            <source>Only %1, who filed this request, may change it.</source>
            <translation>只有提交此申请的 %1 可以修改。</translation>
        </message>
        <message>
            <source>The request is %1: it can no longer be changed.</source>
            <translation>申请状态为“%1”，不能再修改。</translation>
        </message>
        <message>
            <source>Choose the requesting unit.</source>
            <translation>请选择申请单位。</translation>
        </message>
        <message>
            <source>Choose the site the request is about.</source>
            <translation>请选择申请涉及的网站。</translation>
        </message>
        <message>
            <source>Give the name of the site to open.</source>
            <translation>请填写要开设的网站名称。</translation>
        </message>
        <message>
            <source>%1 is not a site of the requesting unit or of the units under it.</source>
            <translation>%1 不是申请单位或其下属单位的网站。</translation>
        </message>
        <message>
            <source>The approval chain could not be saved.</source>
            <translation>无法保存审批链。</translation>
        </message>
        <message>
            <source>Your account (%1) may not %2.</source>
            <translation>您的账号（%1）无权%2。</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>无角色</translation>
        </message>
        <message>
            <source>The request is %1: there is nothing to decide.</source>
            <translation>申请状态为“%1”，没有待决定的事项。</translation>
        </message>
        <message>
            <source>Nobody decides their own request: %1 filed this one.</source>
            <translation>不能审批自己提交的申请：此申请由 %1 提交。</translation>
        </message>
        <message>
            <source>The request has no step waiting for a decision.</source>
            <translation>申请没有等待决定的环节。</translation>
        </message>
        <message>
            <source>Step %1 of %2 is decided by approvers of %3.</source>
            <translation>第 %1 步（共 %2 步）由 %3 的审批人决定。</translation>
        </message>
        <message>
            <source>Say why the request is rejected.</source>
            <translation>请说明驳回理由。</translation>
        </message>
        <message>
            <source>Say what the filer should change.</source>
            <translation>请说明申请人需要修改的内容。</translation>
        </message>
        <message>
            <source>The request cannot be approved as it stands: %1</source>
            <translation>申请目前不能批准：%1</translation>
        </message>
        <message>
            <source>The decision could not be saved.</source>
            <translation>无法保存审批决定。</translation>
        </message>
        <message>
            <source>The national filing records an approval that has been given: it cannot be rejected or returned.</source>
            <translation>全国备案记录的是已作出的批准，不能驳回或退回。</translation>
        </message>
        <message>
            <source>The request cannot go from %1 to %2.</source>
            <translation>申请不能从“%1”变为“%2”。</translation>
        </message>
        <message>
            <source>The request was not approved, because carrying it out failed: %1</source>
            <translation>申请未获批准，因为执行失败：%1</translation>
        </message>
        <message>
            <source>Only %1, who filed this request, may withdraw it.</source>
            <translation>只有提交此申请的 %1 可以撤回。</translation>
        </message>
        <message>
            <source>The request is %1: it can no longer be withdrawn.</source>
            <translation>申请状态为“%1”，不能再撤回。</translation>
        </message>
    </context>
    <context>
        <name>ResolveMap</name>
        <message>
            <source>"%1" is not a --resolve rule: write HOST:PORT:ADDRESS, for example www.example.gov.cn:443:127.0.0.1 (or *:*:127.0.0.1 for every site).</source>
            <translation>“%1”不是 --resolve 规则：请写作 主机:端口:地址，例如 www.example.gov.cn:443:127.0.0.1（所有网站则写 *:*:127.0.0.1）。</translation>
        </message>
    </context>
    <context>
        <name>ReviewCommands</name>
        <message>
            <source>"%1" is not an ISO week: write it as 2026-W47.</source>
            <translation>“%1”不是 ISO 周，请写成 2026-W47 的形式。</translation>
        </message>
        <message>
            <source>Unknown status "%1": use one of %2.</source>
            <translation>未知状态“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <source>--status %1 needs --week: a review is missing for a given week.</source>
            <translation>--status %1 需要同时指定 --week：未报送是针对某一周而言的。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>撰写人</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>签发时间</translation>
        </message>
        <message>
            <source>Give the number of one weekly review.</source>
            <translation>请给出一份一周一点评的编号。</translation>
        </message>
        <message>
            <source>Weekly review %1: %2, %3</source>
            <translation>一周一点评 %1：%2，%3</translation>
        </message>
        <message>
            <source>Days: %1 to %2</source>
            <translation>日期：%1 至 %2</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>Author: %1</source>
            <translation>撰写人：%1</translation>
        </message>
        <message>
            <source>Signed by %1 at %2</source>
            <translation>%1 于 %2 签发</translation>
        </message>
        <message>
            <source>Figures of the week:</source>
            <translation>本周数据：</translation>
        </message>
        <message>
            <source>Running sites: %1</source>
            <translation>运行网站：%1 个</translation>
        </message>
        <message>
            <source>Coverage: %1% (%2 of %3 site-days inspected)</source>
            <translation>巡查覆盖率：%1%（应巡查 %3 站次，已巡查 %2 站次）</translation>
        </message>
        <message>
            <source>Inspections with failures: %1 (%2 failed items)</source>
            <translation>发现问题的巡查：%1 次（不通过项 %2 项）</translation>
        </message>
        <message>
            <source>Rectification: %1 new, %2 fixed, %3 overdue at the end of the week</source>
            <translation>整改：新增 %1 项，已整改 %2 项，截至周末仍逾期 %3 项</translation>
        </message>
        <message>
            <source>Failures by checklist item:</source>
            <translation>按巡查项统计的不通过项：</translation>
        </message>
        <message>
            <source>Sites with the most failures:</source>
            <translation>问题最多的网站：</translation>
        </message>
        <message>
            <source>Highlights:</source>
            <translation>亮点：</translation>
        </message>
        <message>
            <source>Problems:</source>
            <translation>存在问题：</translation>
        </message>
        <message>
            <source>Instructions:</source>
            <translation>工作要求：</translation>
        </message>
    </context>
    <context>
        <name>ReviewDocument</name>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>%1 (%2 to %3)</source>
            <translation>%1（%2 至 %3）</translation>
        </message>
        <message>
            <source>Review number</source>
            <translation>点评编号</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>撰写人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Signed by %1 at %2</source>
            <translation>%1 于 %2 签发</translation>
        </message>
        <message>
            <source>Draft, not signed</source>
            <translation>草稿，未签发</translation>
        </message>
        <message>
            <source>The week's figures</source>
            <translation>本周数据</translation>
        </message>
        <message>
            <source>As of %1, while the week was still running.</source>
            <translation>数据截至 %1（当时本周尚未结束）。</translation>
        </message>
        <message>
            <source>Running sites</source>
            <translation>运行网站</translation>
        </message>
        <message>
            <source>Inspection coverage</source>
            <translation>巡查覆盖率</translation>
        </message>
        <message>
            <source>%1% (%2 of %3 site-days inspected)</source>
            <translation>%1%（应巡查 %3 站次，已巡查 %2 站次）</translation>
        </message>
        <message>
            <source>Inspections with failures</source>
            <translation>发现问题的巡查</translation>
        </message>
        <message>
            <source>%1 (%2 failed items)</source>
            <translation>%1 次（不通过项 %2 项）</translation>
        </message>
        <message>
            <source>New rectification items</source>
            <translation>新增整改事项</translation>
        </message>
        <message>
            <source>Fixed rectification items</source>
            <translation>已整改事项</translation>
        </message>
        <message>
            <source>Overdue at the end of the week</source>
            <translation>截至周末仍逾期的整改事项</translation>
        </message>
        <message>
            <source>Failures by checklist item</source>
            <translation>按巡查项统计的不通过项</translation>
        </message>
        <message>
            <source>No item failed this week.</source>
            <translation>本周无不通过项。</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>巡查项</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>不通过数</translation>
        </message>
        <message>
            <source>Sites with the most failures</source>
            <translation>问题最多的网站</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>无。</translation>
        </message>
        <message>
            <source>Identifier code</source>
            <translation>网站标识码</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>亮点</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>工作要求</translation>
        </message>
        <message>
            <source>Signed: %1    %2</source>
            <translation>签发人：%1    %2</translation>
        </message>
        <message>
            <source>Weekly review (一周一点评), %1</source>
            <translation>一周一点评（%1）</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <extracomment>A date format (QDate::toString): Chinese "yyyy年M月d日".</extracomment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>Weekly review %1 %2</source>
            <translation>一周一点评 %1 %2</translation>
        </message>
    </context>
    <context>
        <name>RoleNames</name>
        <message>
            <source>The role prefix "%1" may have only lower-case letters a to z, digits and underscores.</source>
            <translation>角色前缀“%1”只能包含小写字母 a 至 z、数字和下划线。</translation>
        </message>
        <message>
            <source>The role prefix "%1" is too long: PostgreSQL's role names have at most %2 bytes, and %3 would have %4. Name a shorter prefix with ?role_prefix= in the database's address.</source>
            <translation>角色前缀“%1”过长：PostgreSQL 的角色名最多 %2 个字节，而 %3 将有 %4 个字节。请在数据库地址中用 ?role_prefix= 指定较短的前缀。</translation>
        </message>
        <message>
            <source>The user name "%1" is too long for this database: its PostgreSQL login %2 would have %3 bytes, and PostgreSQL allows %4.</source>
            <translation>用户名“%1”对本数据库过长：其 PostgreSQL 登录角色 %2 将有 %3 个字节，而 PostgreSQL 最多允许 %4 个字节。</translation>
        </message>
        <message>
            <source>The database's role prefix could not be read.</source>
            <translation>无法读取数据库的角色前缀。</translation>
        </message>
    </context>
    <context>
        <name>RowOutput</name>
        <message>
            <source>Print the rows as a JSON array of objects.</source>
            <translation>以 JSON 对象数组输出各行。</translation>
        </message>
        <message>
            <source>Write the rows to this CSV or XLSX file instead.</source>
            <translation>改为将各行写入该 CSV 或 XLSX 文件。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>With --output: csv or xlsx (default: from the file name).</source>
            <translation>配合 --output：csv 或 xlsx（默认：按文件名判断）。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>With --output, a CSV file's encoding: utf-8-bom (default), utf-8 or gbk.</source>
            <translation>配合 --output，CSV 文件的编码：utf-8-bom（默认）、utf-8 或 gbk。</translation>
        </message>
        <message>
            <source>ENCODING</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>--json prints the rows; --output and --format write them to a file: give one or the other.</source>
            <translation>--json 将各行输出到屏幕，--output 和 --format 将其写入文件：两者只能选其一。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 行写入 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScoreCache</name>
        <message>
            <source>The cached scores could not be read.</source>
            <translation>无法读取本地缓存的考核得分。</translation>
        </message>
        <message>
            <source>The scores of %1 could not be stored in the cache.</source>
            <translation>无法将%1的得分存入本地缓存。</translation>
        </message>
        <message>
            <source>The score cache could not be updated.</source>
            <translation>无法更新得分缓存。</translation>
        </message>
        <message>
            <source>The state of the score sync could not be read.</source>
            <translation>无法读取得分同步状态。</translation>
        </message>
        <message>
            <source>The state of the score sync could not be saved.</source>
            <translation>无法保存得分同步状态。</translation>
        </message>
        <message>
            <source>The score cache of this run (%1) cannot be opened.</source>
            <translation>无法打开本次运行的得分缓存（%1）。</translation>
        </message>
        <message>
            <source>A backend for one run (--backend) needs a database file; on a shared PostgreSQL database, set the backend in Settings instead.</source>
            <translation>仅本次运行使用的考核服务（--backend）需要数据库文件；使用共享的 PostgreSQL 数据库时，请在“设置”中配置考核服务。</translation>
        </message>
    </context>
    <context>
        <name>ScoreClient</name>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>The certificates for the secure connection cannot be loaded (%1).</source>
            <translation>无法加载安全连接所需的证书（%1）。</translation>
        </message>
        <message>
            <source>The backend refused the token (401 Unauthorized): it is missing, unknown or revoked. Enter a valid token in Settings.</source>
            <translation>考核服务拒绝了令牌（401 未授权）：令牌缺失、无效或已被吊销。请在“设置”中填写有效令牌。</translation>
        </message>
        <message>
            <source>The backend does not allow this token to read scores (403 Forbidden).</source>
            <translation>考核服务不允许此令牌读取得分（403 禁止访问）。</translation>
        </message>
        <message>
            <source>The backend has nothing at this address (404 Not Found): check the backend address in Settings.</source>
            <translation>考核服务在此地址下没有内容（404 未找到）：请在“设置”中检查服务地址。</translation>
        </message>
        <message>
            <source>The backend is not available at the moment (status %1).</source>
            <translation>考核服务暂时不可用（状态码 %1）。</translation>
        </message>
        <message>
            <source>The backend failed with an internal error (status %1).</source>
            <translation>考核服务发生内部错误（状态码 %1）。</translation>
        </message>
        <message>
            <source>The backend answered with an unexpected status %1.</source>
            <translation>考核服务返回了意外的状态码 %1。</translation>
        </message>
        <message>
            <source>The backend's answer (%1 bytes) is larger than the limit of %2 MiB and was refused.</source>
            <translation>考核服务的应答（%1 字节）超过 %2 MiB 的上限，已拒收。</translation>
        </message>
        <message>
            <source>The backend's answer grew larger than the limit of %1 MiB and was refused.</source>
            <translation>考核服务的应答超过 %1 MiB 的上限，已拒收。</translation>
        </message>
        <message>
            <source>The backend's answer broke off after %1 of %2 bytes.</source>
            <translation>考核服务的应答在 %2 字节中的第 %1 字节处中断。</translation>
        </message>
        <message>
            <source>The secure connection (TLS) to the backend at %1 failed: its certificate is not trusted or does not match the address, or the server does not speak HTTPS.</source>
            <translation>与 %1 的考核服务建立安全连接（TLS）失败：证书不受信任或与地址不符，或该服务未启用 HTTPS。</translation>
        </message>
        <message>
            <source>The backend at %1 did not answer within %2 seconds.</source>
            <translation>%1 的考核服务在 %2 秒内没有应答。</translation>
        </message>
        <message>
            <source>The server at %1 did not answer in HTTP: it is probably not a SiteGov backend.</source>
            <translation>%1 的服务器未以 HTTP 应答，可能不是 SiteGov 考核服务。</translation>
        </message>
        <message>
            <source>Cannot connect to the backend at %1: check the address and that the service is running.</source>
            <translation>无法连接 %1 的考核服务：请检查地址，并确认服务正在运行。</translation>
        </message>
        <message>
            <source>The conversation with the backend at %1 failed.</source>
            <translation>与 %1 的考核服务通信失败。</translation>
        </message>
        <message>
            <source>No backend is configured: enter the address of the assessment backend and a token in Settings.</source>
            <translation>尚未配置考核服务：请在“设置”中填写考核服务地址和令牌。</translation>
        </message>
        <message>
            <source>"%1" is not a backend address: it must look like http://127.0.0.1:8750 or https://host:port.</source>
            <translation>“%1”不是有效的服务地址：应形如 http://127.0.0.1:8750 或 https://主机:端口。</translation>
        </message>
        <message>
            <source>The token holds spaces or characters a token cannot contain: paste it again.</source>
            <translation>令牌中含有空格或无效字符，请重新粘贴。</translation>
        </message>
        <message>
            <source>The server at %1 answers, but not as a SiteGov backend does.</source>
            <translation>%1 的服务器有应答，但不是 SiteGov 考核服务的应答。</translation>
        </message>
        <message>
            <source>The backend answers (version %1), but no token is set: create one with "sitegov-server token create" and enter it here.</source>
            <translation>考核服务可以连通（版本 %1），但尚未设置令牌：请用“sitegov-server token create”生成令牌后填入此处。</translation>
        </message>
        <message>
            <source>The backend answered 304 Not Modified to a plain request.</source>
            <translation>考核服务对普通请求返回了 304 未修改。</translation>
        </message>
        <message>
            <source>The backend answered with the scores of %1 when %2 was asked for.</source>
            <translation>请求的是%2的得分，考核服务却返回了%1的得分。</translation>
        </message>
        <message>
            <source>The backend at %1 did not send its whole answer within %2 seconds: it is too slow or has stalled.</source>
            <translation>%1 上的考核后台未在 %2 秒内返回完整应答：响应过慢或已停滞。</translation>
        </message>
    </context>
    <context>
        <name>ScoreJson</name>
        <message>
            <source>The backend's answer is not in the expected form (%1: %2).</source>
            <translation>考核服务的应答格式不符（%1：%2）。</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>a string was expected</source>
            <translation>应为字符串</translation>
        </message>
        <message>
            <source>a number was expected</source>
            <translation>应为数字</translation>
        </message>
        <message>
            <source>a whole number was expected</source>
            <translation>应为整数</translation>
        </message>
        <message>
            <source>true or false was expected</source>
            <translation>应为 true 或 false</translation>
        </message>
        <message>
            <source>a list was expected</source>
            <translation>应为列表</translation>
        </message>
        <message>
            <source>a period (YYYY-MM, YYYY-Qn or YYYY) was expected</source>
            <translation>应为考核期（YYYY-MM、YYYY-Qn 或 YYYY）</translation>
        </message>
        <message>
            <source>The backend's answer is not valid JSON (at byte %1: %2).</source>
            <translation>考核服务的应答不是有效的 JSON（第 %1 字节：%2）。</translation>
        </message>
        <message>
            <source>The backend's answer is not in the expected form (a JSON object was expected).</source>
            <translation>考核服务的应答格式不符（应为 JSON 对象）。</translation>
        </message>
        <message>
            <source>"ok" was expected</source>
            <translation>应为“ok”</translation>
        </message>
        <message>
            <source>an object was expected</source>
            <translation>应为对象</translation>
        </message>
        <message>
            <source>province, city, county or township was expected</source>
            <translation>应为 province、city、county 或 township</translation>
        </message>
        <message>
            <source>portal, department or special was expected</source>
            <translation>应为 portal、department 或 special</translation>
        </message>
        <message>
            <source>a site identifier code was expected</source>
            <translation>应为网站标识码</translation>
        </message>
        <message>
            <source>the page's period was expected</source>
            <translation>应与本页的考核期一致</translation>
        </message>
    </context>
    <context>
        <name>ScoreQueries</name>
        <message>
            <source>The cached scores could not be read.</source>
            <translation>无法读取本地缓存的考核得分。</translation>
        </message>
        <message>
            <source>Province level</source>
            <translation>省本级</translation>
        </message>
        <message>
            <source>Average of the region</source>
            <translation>本地区平均</translation>
        </message>
        <message>
            <source>Average of the jurisdiction</source>
            <translation>本辖区平均</translation>
        </message>
        <message>
            <source>Province average</source>
            <translation>全省平均</translation>
        </message>
    </context>
    <context>
        <name>ScoreSync</name>
        <message>
            <source>The sync was cancelled. The periods it had finished are stored; the others are as they were.</source>
            <translation>同步已取消。已完成的考核期已保存，其余保持原样。</translation>
        </message>
        <message>
            <source>The backend's pages of %1 do not come to an end.</source>
            <translation>考核服务返回的%1分页没有终点。</translation>
        </message>
        <message numerus="yes">
            <source>The backend says it has no scores at all, while the cache holds %n period(s): it has lost its data or is another backend. The cache was kept as it was.</source>
            <translation>
                <numerusform>考核后台称没有任何得分，而缓存中有 %n 个期间的得分：后台可能丢失了数据或已不是原来的后台。缓存保持原样。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScoringModel</name>
        <message>
            <source>only department sites may be scored without public services</source>
            <translation>只有部门网站可以按无公共服务计分</translation>
        </message>
        <message>
            <source>this rule set does not score sites without public services</source>
            <translation>此规则集不支持对无公共服务的网站计分</translation>
        </message>
        <message>
            <source>unknown veto item "%1"</source>
            <translation>未知的单项否决项“%1”</translation>
        </message>
        <message>
            <source>the veto item "%1" does not apply to a site without public services</source>
            <translation>单项否决项“%1”不适用于无公共服务的网站</translation>
        </message>
        <message>
            <source>unknown indicator</source>
            <translation>未知指标</translation>
        </message>
        <message>
            <source>must be a number of points, zero or more</source>
            <translation>必须是大于或等于零的分值</translation>
        </message>
        <message>
            <source>the site has no public services, so the services category is not scored</source>
            <translation>该网站无公共服务，办事服务类不计分</translation>
        </message>
    </context>
    <context>
        <name>ScoringRules</name>
        <message>
            <source>The scoring rules %1 cannot be read.</source>
            <translation>无法读取评分规则 %1。</translation>
        </message>
        <message>
            <source>The scoring rules are not a JSON object.</source>
            <translation>评分规则不是 JSON 对象。</translation>
        </message>
        <message>
            <source>The scoring rules are invalid: %1</source>
            <translation>评分规则无效：%1</translation>
        </message>
    </context>
    <context>
        <name>ServerOptions</name>
        <message>
            <source>--listen takes HOST:PORT, for example 127.0.0.1:8750.</source>
            <translation>--listen 需要“主机:端口”，例如 127.0.0.1:8750。</translation>
        </message>
        <message>
            <source>--listen takes HOST:PORT with a port from 0 to 65535.</source>
            <translation>--listen 需要“主机:端口”，端口范围 0 到 65535。</translation>
        </message>
        <message>
            <source>--database needs a file path.</source>
            <translation>--database 需要文件路径。</translation>
        </message>
        <message>
            <source>--listen needs HOST:PORT.</source>
            <translation>--listen 需要“主机:端口”。</translation>
        </message>
        <message>
            <source>--threads takes a number from 1 to 256.</source>
            <translation>--threads 需要 1 到 256 之间的数字。</translation>
        </message>
        <message>
            <source>Unknown option %1: see sitegov-server --help.</source>
            <translation>未知选项 %1：请查看 sitegov-server --help。</translation>
        </message>
        <message>
            <source>The configuration file %1 cannot be read.</source>
            <translation>无法读取配置文件 %1。</translation>
        </message>
        <message>
            <source>The configuration file %1 is not a valid INI file.</source>
            <translation>配置文件 %1 不是有效的 INI 文件。</translation>
        </message>
        <message>
            <source>%1: unknown setting "%2" (known: %3).</source>
            <translation>%1：未知设置“%2”（可用：%3）。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>--config needs a file path.</source>
            <translation>--config 需要一个文件路径。</translation>
        </message>
        <message>
            <source>--cert needs a PEM certificate file.</source>
            <translation>--cert 需要一个 PEM 证书文件。</translation>
        </message>
        <message>
            <source>--key needs a PEM private key file.</source>
            <translation>--key 需要一个 PEM 私钥文件。</translation>
        </message>
        <message>
            <source>--rules needs a JSON rule set file.</source>
            <translation>--rules 需要一个 JSON 规则集文件。</translation>
        </message>
        <message>
            <source>--seed takes a whole number of 0 or more.</source>
            <translation>--seed 需要一个大于或等于 0 的整数。</translation>
        </message>
        <message>
            <source>HTTPS needs both a certificate (--cert) and its private key (--key).</source>
            <translation>HTTPS 需要同时提供证书（--cert）和它的私钥（--key）。</translation>
        </message>
        <message>
            <source>%1 takes a number from %2 to %3.</source>
            <translation>%1 需要 %2 到 %3 之间的数字。</translation>
        </message>
        <message>
            <source>Usage: sitegov-server --database PATH [--listen HOST:PORT] [--config FILE] [--threads N]
                      [--cert FILE --key FILE] [--rules FILE] [--demo [--seed N]]
                      [--max-connections N] [--max-connections-per-client N]
                      [--header-timeout S] [--body-timeout S] [--idle-timeout S]
       sitegov-server token create|list|revoke --database PATH ...

The SiteGov assessment backend: stores assessments, computes performance scores with
the scoring model and serves them as JSON over HTTP (HTTPS with a certificate).

Options:
  -d, --database PATH    the server's store: an SQLite file, or a PostgreSQL database
                         postgresql://USER@HOST[:PORT]/DB that several instances
                         may share (either is created when missing)
  -l, --listen HOST:PORT address to listen on (default 127.0.0.1:8750)
  -c, --config FILE      INI file with listen, threads, database, rules, the limits
                         and timeouts below (max_connections, ...), and a [tls]
                         section with cert and key; the command line overrides it
  --threads N            worker threads for requests that need the store (default
                         16); connections take no thread while they wait
  --max-connections N    open connections in total; more are answered 503 (4096)
  --max-connections-per-client N
                         open connections from one address; more are 503 (1024)
  --header-timeout S     seconds for a request's headers to arrive, then 408 (10)
  --body-timeout S       seconds for a request's body to arrive, then 408 (30)
  --idle-timeout S       seconds a kept-alive connection may wait idle (60)
  --cert FILE            PEM certificate: serve HTTPS (needs --key)
  --key FILE             PEM private key of the certificate
  --rules FILE           a scoring rule set (JSON) instead of the built-in 2019 one
  --demo                 load two years of demo scores for the demo sites into an empty
                         store (without --database: a temporary one)
  --seed N               seed of the demo data (default 2017, as sitegovctl demo)
  -v, --version          print the version and exit
  -h, --help             print this help and exit

Tokens: every endpoint but /api/v1/health needs Authorization: Bearer TOKEN.
  sitegov-server token create --database PATH --name NAME --scope read|write|metrics
  sitegov-server token list --database PATH
  sitegov-server token revoke --database PATH (--id N | --name NAME)
</source>
            <translation>用法：sitegov-server --database 路径 [--listen 主机:端口] [--config 文件] [--threads N]
                      [--cert 文件 --key 文件] [--rules 文件] [--demo [--seed N]]
                      [--max-connections N] [--max-connections-per-client N]
                      [--header-timeout 秒] [--body-timeout 秒] [--idle-timeout 秒]
      sitegov-server token create|list|revoke --database 路径 ...

SiteGov 绩效考核后台：保存考核记录，用评分模型计算绩效考核得分，
并通过 HTTP（配置证书后为 HTTPS）以 JSON 提供。

选项：
  -d, --database 路径    服务器的存储库：一个 SQLite 数据库文件，或可供多个实例共用的
                         PostgreSQL 数据库 postgresql://用户@主机[:端口]/库名
                         （两者不存在时均自动创建）
  -l, --listen 主机:端口 监听地址（默认 127.0.0.1:8750）
  -c, --config 文件      INI 配置文件，含 listen、threads、database、rules、下列限额和
                         超时（max_connections 等），以及含 cert 和 key 的 [tls] 小节；
                         命令行优先于它
  --threads N            处理需访问数据库的请求的工作线程数（默认 16）；
                         连接在等待时不占用线程
  --max-connections N    连接总数上限，超出时答复 503（默认 4096）
  --max-connections-per-client N
                         单个地址的连接数上限，超出时答复 503（默认 1024）
  --header-timeout 秒    请求头须在此秒数内送达，否则答复 408（默认 10）
  --body-timeout 秒      请求体须在此秒数内送达，否则答复 408（默认 30）
  --idle-timeout 秒      保持的连接空闲超过此秒数即关闭（默认 60）
  --cert 文件            PEM 证书：提供 HTTPS（需要 --key）
  --key 文件             证书的 PEM 私钥
  --rules 文件           用一个评分规则集（JSON）代替内置的 2019 版规则
  --demo                 向空数据库载入演示网站两年的演示得分
                         （不带 --database 时使用临时数据库）
  --seed N               演示数据的种子（默认 2017，与 sitegovctl demo 相同）
  -v, --version          显示版本并退出
  -h, --help             显示本帮助并退出

令牌：除 /api/v1/health 外，每个接口都需要 Authorization: Bearer 令牌。
  sitegov-server token create --database 路径 --name 名称 --scope read|write|metrics
  sitegov-server token list --database 路径
  sitegov-server token revoke --database 路径 (--id N | --name 名称)
</translation>
        </message>
    </context>
    <context>
        <name>ServerStore</name>
        <message>
            <source>The store could not be prepared for use.</source>
            <translation>无法准备数据库以供使用。</translation>
        </message>
        <message>
            <source>The store could not be written.</source>
            <translation>无法写入数据库。</translation>
        </message>
        <message>
            <source>The store could not be read.</source>
            <translation>无法读取数据库。</translation>
        </message>
        <message>
            <source>An active token named "%1" exists already: revoke it first or choose another name.</source>
            <translation>已有名为“%1”的有效令牌：请先吊销它，或另取一个名称。</translation>
        </message>
        <message>
            <source>The token could not be stored.</source>
            <translation>无法保存令牌。</translation>
        </message>
        <message>
            <source>The token could not be revoked.</source>
            <translation>无法吊销令牌。</translation>
        </message>
        <message>
            <source>the stored assessment for %1 would no longer score (%2)</source>
            <translation>已保存的 %1 考核记录将无法计分（%2）</translation>
        </message>
        <message>
            <source>The site could not be stored.</source>
            <translation>无法保存网站。</translation>
        </message>
        <message>
            <source>The assessment could not be stored.</source>
            <translation>无法保存考核记录。</translation>
        </message>
        <message>
            <source>The store's notifications could not be subscribed to.</source>
            <translation>无法订阅存储库的变更通知。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>界面语言(&amp;L)：</translation>
        </message>
        <message>
            <source>The change applies at once and is remembered for the next start.</source>
            <translation>更改立即生效，下次启动时保持。</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Schema version:</source>
            <translation>结构版本：</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation>打开其他数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Create a new database…</source>
            <translation>新建数据库(&amp;C)…</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>About &amp;SiteGov…</source>
            <translation>关于 SiteGov(&amp;S)…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Logged in as:</source>
            <translation>当前登录：</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>修改我的密码(&amp;P)…</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>切换用户(&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>退出登录(&amp;L)</translation>
        </message>
        <message>
            <source>Manage &amp;accounts…</source>
            <translation>管理账号(&amp;A)…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>立即备份(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Back up &amp;automatically once a day</source>
            <translation>每天自动备份一次(&amp;A)</translation>
        </message>
        <message>
            <source>Backup &amp;folder:</source>
            <translation>备份文件夹(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Keep the newest:</source>
            <translation>保留最新(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Save backup settings</source>
            <translation>保存备份设置(&amp;S)</translation>
        </message>
        <message>
            <source>Assessment backend</source>
            <translation>绩效考核服务</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>http://127.0.0.1:8750</source>
            <translation>http://127.0.0.1:8750</translation>
        </message>
        <message>
            <source>&amp;Token:</source>
            <translation>令牌(&amp;T)：</translation>
        </message>
        <message>
            <source>Trusted &amp;certificate (PEM, optional):</source>
            <translation>信任的证书(&amp;C)（PEM，可选）：</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>Sa&amp;ve backend settings</source>
            <translation>保存考核服务设置(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Forget the saved token</source>
            <translation>清除已保存的令牌(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>SiteActivityQueries</name>
        <message>
            <source>The site's activity could not be read.</source>
            <translation>无法读取该网站的相关记录。</translation>
        </message>
        <message>
            <source>The site no longer exists.</source>
            <translation>该网站已不存在。</translation>
        </message>
    </context>
    <context>
        <name>SiteDialog</name>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>&amp;Identifier code:</source>
            <translation>网站标识码(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Host unit:</source>
            <translation>主办单位(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Domain:</source>
            <translation>域名(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>网址(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>平台(&amp;P)：</translation>
        </message>
        <message>
            <source>S&amp;upervising unit:</source>
            <translation>主管单位(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Operating unit:</source>
            <translation>承办单位(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;ICP filing:</source>
            <translation>ICP备案号(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Public-security filing:</source>
            <translation>公安机关备案号(&amp;P)：</translation>
        </message>
        <message>
            <source>Opened on:</source>
            <translation>开设日期：</translation>
        </message>
        <message>
            <source>&amp;known</source>
            <translation>已知(&amp;K)</translation>
        </message>
        <message>
            <source>Closed on:</source>
            <translation>关停日期：</translation>
        </message>
        <message>
            <source>kno&amp;wn</source>
            <translation>已知(&amp;W)</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>备注(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>SiteRepository</name>
        <message>
            <source>The site "%1" could not be saved.</source>
            <translation>无法保存网站“%1”。</translation>
        </message>
        <message>
            <source>The site could not be read.</source>
            <translation>无法读取该网站。</translation>
        </message>
        <message>
            <source>There is no site with the number %1.</source>
            <translation>不存在编号为 %1 的网站。</translation>
        </message>
        <message>
            <source>The sites could not be counted.</source>
            <translation>无法统计网站数量。</translation>
        </message>
        <message>
            <source>The identifier code %1 is registered already.</source>
            <translation>网站标识码 %1 已登记。</translation>
        </message>
        <message>
            <source>There is no site with the identifier code %1.</source>
            <translation>不存在网站标识码为 %1 的网站。</translation>
        </message>
        <message>
            <source>The sites could not be read.</source>
            <translation>无法读取网站列表。</translation>
        </message>
        <message>
            <source>The site flags could not be updated.</source>
            <translation>无法更新网站标记。</translation>
        </message>
    </context>
    <context>
        <name>SiteRules</name>
        <message>
            <source>Give the site identifier code (网站标识码).</source>
            <translation>请填写网站标识码。</translation>
        </message>
        <message>
            <source>The identifier code %1 starts with the division code %2, but the host unit's division code is %3.</source>
            <translation>网站标识码 %1 以行政区划代码 %2 开头，但主办单位的行政区划代码为 %3。</translation>
        </message>
        <message>
            <source>The identifier code %1 has an unusual shape: local sites have 10 digits (the division code and a 4-digit serial), central departments "bm" and 8 digits.</source>
            <translation>网站标识码 %1 格式少见：地方网站为 10 位数字（行政区划代码加 4 位序号），中央部门为“bm”加 8 位数字。</translation>
        </message>
        <message>
            <source>Give the site's name.</source>
            <translation>请填写网站名称。</translation>
        </message>
        <message>
            <source>Choose the host unit (主办单位).</source>
            <translation>请选择主办单位。</translation>
        </message>
        <message>
            <source>The host unit is deactivated: choose an active unit.</source>
            <translation>主办单位已停用：请选择在用单位。</translation>
        </message>
        <message>
            <source>Give the site's domain, for example www.fujian.gov.cn.</source>
            <translation>请填写网站域名，例如 www.fujian.gov.cn。</translation>
        </message>
        <message>
            <source>"%1" is not a valid domain name.</source>
            <translation>“%1”不是有效的域名。</translation>
        </message>
        <message>
            <source>Government sites use a .gov.cn domain; %1 does not.</source>
            <translation>政府网站应使用 .gov.cn 域名；%1 不是。</translation>
        </message>
        <message>
            <source>A portal's domain has the form www.X.gov.cn; %1 does not.</source>
            <translation>门户网站域名应为 www.X.gov.cn 形式；%1 不符合。</translation>
        </message>
        <message>
            <source>The portal's domain %1 does not match the unit's label "%2".</source>
            <translation>门户网站域名 %1 与单位标识“%2”不一致。</translation>
        </message>
        <message>
            <source>A department site's domain has the form Y.X.gov.cn; %1 does not.</source>
            <translation>部门网站域名应为 Y.X.gov.cn 形式；%1 不符合。</translation>
        </message>
        <message>
            <source>Give the site's address, for example https://www.fujian.gov.cn/.</source>
            <translation>请填写网址，例如 https://www.fujian.gov.cn/。</translation>
        </message>
        <message>
            <source>"%1" is not a web address starting with http:// or https://.</source>
            <translation>“%1”不是以 http:// 或 https:// 开头的网址。</translation>
        </message>
        <message>
            <source>The address's host %1 differs from the domain %2.</source>
            <translation>网址中的主机 %1 与域名 %2 不一致。</translation>
        </message>
        <message>
            <source>The closing date is before the opening date.</source>
            <translation>关停日期早于开设日期。</translation>
        </message>
        <message>
            <source>Give the date the site was closed.</source>
            <translation>请填写网站关停日期。</translation>
        </message>
        <message>
            <source>Only a closed site has a closing date.</source>
            <translation>只有已关停的网站才有关停日期。</translation>
        </message>
        <message>
            <source>The date the site went live is missing.</source>
            <translation>缺少网站上线日期。</translation>
        </message>
        <message>
            <source>The ICP filing number usually looks like 闽ICP备05012345号.</source>
            <translation>ICP备案号通常形如 闽ICP备05012345号。</translation>
        </message>
        <message>
            <source>An operating site shows its ICP filing number.</source>
            <translation>运行中的网站应公示 ICP 备案号。</translation>
        </message>
        <message>
            <source>An operating site shows its public-security filing number.</source>
            <translation>运行中的网站应公示公安机关备案号。</translation>
        </message>
        <message>
            <source>The host unit already runs a site: one unit runs at most one site. Merge them, or close the other site first.</source>
            <translation>主办单位已有网站：一个单位最多开设一个网站。请合并，或先关停另一个网站。</translation>
        </message>
        <message>
            <source>Townships, streets and county-level departments in principle run no site of their own (原则上不开设): this site is due for migration or closure.</source>
            <translation>乡镇、街道和县级政府部门原则上不开设网站：该网站应迁移或关停。</translation>
        </message>
        <message>
            <source>The host unit already runs a site: both are flagged to be merged (one unit runs at most one site).</source>
            <translation>该主办单位已开设网站：两个网站均已标记为待合并（一个单位原则上只开设一个网站）。</translation>
        </message>
        <message>
            <source>%1 is already the domain of %2: a domain belongs to one site.</source>
            <translation>%1 已是 %2 的域名：一个域名只能属于一个网站。</translation>
        </message>
    </context>
    <context>
        <name>SiteSearchDeferral</name>
        <message>
            <source>The search index could not be prepared for the import.</source>
            <translation>无法为导入准备搜索索引。</translation>
        </message>
        <message>
            <source>The imported sites could not be added to the search index.</source>
            <translation>无法将导入的网站加入搜索索引。</translation>
        </message>
    </context>
    <context>
        <name>SiteViewCommands</name>
        <message>
            <source>--%1 takes one of: %2.</source>
            <translation>--%1 可取：%2。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>标识码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>City</source>
            <translation>所属设区市</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>开设日期</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>Give one site: its identifier code or its number.</source>
            <translation>请给出一个网站：网站标识码或编号。</translation>
        </message>
        <message>
            <source>Site %1: %2</source>
            <translation>网站 %1：%2</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Supervising unit</source>
            <translation>主管单位</translation>
        </message>
        <message>
            <source>Operating unit</source>
            <translation>承办单位</translation>
        </message>
        <message>
            <source>ICP filing</source>
            <translation>ICP备案号</translation>
        </message>
        <message>
            <source>Public-security filing</source>
            <translation>公安机关备案号</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>关停日期</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职责</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>current</source>
            <translation>现任</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>所在单位</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Current assignments</source>
            <translation>现行职责数</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在岗</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>SortKey</name>
        <message>
            <source>The database connection cannot sort names in Chinese order.</source>
            <translation>数据库连接无法按中文（拼音）顺序排列名称。</translation>
        </message>
        <message>
            <source>The sort order of names could not be brought up to date.</source>
            <translation>无法更新名称的排序键。</translation>
        </message>
    </context>
    <context>
        <name>SpotCheckCommands</name>
        <message>
            <source>Left the plan</source>
            <translation>已退出计划</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>未测评</translation>
        </message>
        <message>
            <source>Spot-check plan %1: %2, %3</source>
            <translation>抽查计划 %1：%2，%3</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>Running sites: %1; share %2%, at least %3 sites; seed %4</source>
            <translation>运行网站：%1 个；抽查比例 %2%，至少 %3 个；种子 %4</translation>
        </message>
        <message>
            <source>In the plan: %1 (%2 added by hand), %3 left the plan, %4 without a checker</source>
            <translation>计划内：%1 个（人工增补 %2 个），退出计划 %3 个，未分配检查人 %4 个</translation>
        </message>
        <message>
            <source>Assessments: %1 being written, %2 submitted, %3 confirmed, %4 failing</source>
            <translation>测评：填写中 %1 个，已提交 %2 个，已确认 %3 个，不合格 %4 个</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>标识码</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Checker</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Added: %1</source>
            <translation>人工增补：%1</translation>
        </message>
        <message>
            <source>Drawn</source>
            <translation>随机抽取</translation>
        </message>
        <message>
            <source>Left the plan: %1</source>
            <translation>已退出计划：%1</translation>
        </message>
        <message>
            <source>Name the office that draws the plan with --org.</source>
            <translation>请用 --org 指定抽取计划的单位。</translation>
        </message>
        <message>
            <source>--seed takes a whole number from 0 to 4294967295.</source>
            <translation>--seed 须为 0 至 4294967295 的整数。</translation>
        </message>
        <message>
            <source>--share takes a percentage, e.g. 40.</source>
            <translation>--share 须为百分数，如 40。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>抽查单位</translation>
        </message>
        <message>
            <source>Running sites</source>
            <translation>运行网站</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>抽查比例</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划抽查</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Name the office whose plan to show with --org.</source>
            <translation>请用 --org 指定要显示计划的单位。</translation>
        </message>
        <message>
            <source>There is no spot-check plan of this office for %1: draw one with `sitegovctl spotcheck plan`.</source>
            <translation>该单位 %1 尚无抽查计划：请用 `sitegovctl spotcheck plan` 抽取。</translation>
        </message>
        <message>
            <source>"%1" is not a quarter: write it as 2026-Q3.</source>
            <translation>“%1”不是季度：请写作 2026-Q3。</translation>
        </message>
        <message>
            <source>Name the office whose bulletin it is with --org.</source>
            <translation>请用 --org 指定通报的单位。</translation>
        </message>
        <message>
            <source>Spot checks of %1, %2</source>
            <translation>%1 %2 抽查情况</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Running sites: %1 (%2)</source>
            <translation>运行网站：%1 个（%2）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Sites checked: %1 (%2% of the running sites) in %3 checks of %4 plans</source>
            <translation>抽查网站：%1 个（占运行网站 %2%），%4 个计划共 %3 次检查</translation>
        </message>
        <message>
            <source>Passed: %1, failed: %2, pass rate %3%</source>
            <translation>合格 %1 个，不合格 %2 个，合格率 %3%</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>地区/部门</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>抽查数</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>合格率</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>Rectify by</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>Accountability:</source>
            <translation>问责情况：</translation>
        </message>
        <message>
            <source>Copy to: %1</source>
            <translation>抄送：%1</translation>
        </message>
        <message>
            <source>Unknown format "%1": use text, json, pdf or odt.</source>
            <translation>未知格式“%1”：请使用 text、json、pdf 或 odt。</translation>
        </message>
        <message>
            <source>Give the file to write with --output.</source>
            <translation>请用 --output 指定要写入的文件。</translation>
        </message>
        <message>
            <source>"%1" is not a day: write it as 2026-10-31.</source>
            <translation>“%1”不是日期：请写作 2026-10-31。</translation>
        </message>
        <message>
            <source>Writing a document needs the graphical libraries: run it through the sitegovctl program.</source>
            <translation>生成文稿需要图形库：请通过 sitegovctl 程序运行。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n page(s)).</source>
            <translation>
                <numerusform>已写入 %1（共 %n 页）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>已写入 %1。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
    </context>
    <context>
        <name>SpotCheckPlanCommands</name>
        <message>
            <source>Name the office whose plan this is with --org.</source>
            <translation>请用 --org 指定抽查计划所属机关。</translation>
        </message>
        <message>
            <source>This office has no plan for %1 yet: draw it with sitegovctl spotcheck plan.</source>
            <translation>该机关尚无 %1 的抽查计划：请先用 sitegovctl spotcheck plan 抽取。</translation>
        </message>
        <message>
            <source>Give one site: its identifier code or its number.</source>
            <translation>请给出一个网站：网站标识码或编号。</translation>
        </message>
        <message>
            <source>Give either --checker USER or --no-checker.</source>
            <translation>请给出 --checker 用户名 或 --no-checker 之一。</translation>
        </message>
        <message>
            <source>no checker</source>
            <translation>无检查人</translation>
        </message>
        <message numerus="yes">
            <source>%n of the sites named are not in the plan.</source>
            <translation>
                <numerusform>所列网站中有 %n 个不在该计划中。</numerusform>
            </translation>
        </message>
        <message>
            <source>Every site of the plan has a checker already.</source>
            <translation>计划中的网站均已指定检查人。</translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) of plan %1 assigned to %2.</source>
            <translation>
                <numerusform>计划 %1 中的 %n 个网站已指定给 %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>Say with --note why the site is added.</source>
            <translation>请用 --note 说明增加该网站的理由。</translation>
        </message>
        <message>
            <source>Say with --note why the site leaves.</source>
            <translation>请用 --note 说明移出该网站的理由。</translation>
        </message>
        <message>
            <source>Added to plan %1.</source>
            <translation>已增加到计划 %1。</translation>
        </message>
        <message>
            <source>Taken out of plan %1.</source>
            <translation>已从计划 %1 中移出。</translation>
        </message>
        <message>
            <source>Plan %1 is locked: its sites stay as they are.</source>
            <translation>计划 %1 已锁定：计划中的网站不再变动。</translation>
        </message>
    </context>
    <context>
        <name>SpotCheckQueries</name>
        <message>
            <source>The spot checks of the month could not be counted.</source>
            <translation>本月抽查情况未能统计。</translation>
        </message>
    </context>
    <context>
        <name>SpotCheckRules</name>
        <message>
            <source>%1 (−%2)</source>
            <translation>%1（扣 %2 分）</translation>
        </message>
        <message>
            <source>score %1 under the pass mark</source>
            <translation>得分 %1，低于合格线</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Locked (checking)</source>
            <translation>已锁定（检查中）</translation>
        </message>
        <message>
            <source>Open (being drawn up)</source>
            <translation>未锁定（编制中）</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Submitted for review</source>
            <translation>已提交待审核</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>等待报送</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已报送</translation>
        </message>
        <message>
            <source>Refused by the backend</source>
            <translation>后台拒收</translation>
        </message>
        <message>
            <source>Replaced by a newer assessment</source>
            <translation>已被新测评替代</translation>
        </message>
        <message>
            <source>Admonition talk</source>
            <translation>约谈</translation>
        </message>
        <message>
            <source>Written self-criticism</source>
            <translation>书面检查</translation>
        </message>
        <message>
            <source>Circulated criticism</source>
            <translation>通报批评</translation>
        </message>
        <message>
            <source>Transfer from post</source>
            <translation>调离</translation>
        </message>
        <message>
            <source>Removal from office</source>
            <translation>免职</translation>
        </message>
    </context>
    <context>
        <name>SpotCheckService</name>
        <message>
            <source>The office's spot-check share could not be read.</source>
            <translation>本单位的抽查比例未能读取。</translation>
        </message>
        <message>
            <source>%1 checks between %2% and 100% of its running sites a month.</source>
            <translation>%1 每月抽查的比例应在运行网站的 %2% 至 100% 之间。</translation>
        </message>
        <message>
            <source>The office's spot-check share could not be saved.</source>
            <translation>本单位的抽查比例未能保存。</translation>
        </message>
        <message>
            <source>The running sites could not be read.</source>
            <translation>运行网站未能读取。</translation>
        </message>
        <message>
            <source>%1 does not draw spot-check plans: the governments of province, city and county level do.</source>
            <translation>%1 不编制抽查计划：抽查计划由省、市、县级人民政府编制。</translation>
        </message>
        <message>
            <source>A spot-check plan is for one month.</source>
            <translation>抽查计划按月编制。</translation>
        </message>
        <message>
            <source>The plan of %1 for %2 is locked: checking has started, so it is not drawn again.</source>
            <translation>%1 %2 的抽查计划已锁定：检查已开始，不能重新抽取。</translation>
        </message>
        <message>
            <source>%1 has no running sites to check.</source>
            <translation>%1 没有可抽查的运行网站。</translation>
        </message>
        <message>
            <source>The plan could not be saved.</source>
            <translation>抽查计划未能保存。</translation>
        </message>
        <message>
            <source>%1 %2: %3 of %4 running sites drawn (%5%), seed %6</source>
            <translation>%1 %2：从 %4 个运行网站中抽取 %3 个（%5%），种子 %6</translation>
        </message>
        <message>
            <source>The plan is locked: checking has started, so no site is added.</source>
            <translation>计划已锁定：检查已开始，不能增补网站。</translation>
        </message>
        <message>
            <source>Say why the site is added to the plan.</source>
            <translation>请说明增补该网站的理由。</translation>
        </message>
        <message>
            <source>%1 is not running: only running sites are checked.</source>
            <translation>%1 未在运行：只抽查运行中的网站。</translation>
        </message>
        <message>
            <source>%1 is outside the jurisdiction of %2.</source>
            <translation>%1 不在%2的辖区内。</translation>
        </message>
        <message>
            <source>The plan could not be read.</source>
            <translation>抽查计划未能读取。</translation>
        </message>
        <message>
            <source>%1 is already in the plan.</source>
            <translation>%1 已在计划中。</translation>
        </message>
        <message>
            <source>The site could not be added to the plan.</source>
            <translation>网站未能增补到计划中。</translation>
        </message>
        <message>
            <source>%1 %2: %3 %4 added (%5)</source>
            <translation>%1 %2：增补 %3 %4（%5）</translation>
        </message>
        <message>
            <source>The plan is locked: checking has started, so its sites stay.</source>
            <translation>计划已锁定：检查已开始，计划内网站不能移出。</translation>
        </message>
        <message>
            <source>The site is not in the plan.</source>
            <translation>该网站不在计划中。</translation>
        </message>
        <message>
            <source>A drawn site stays in the plan: only sites added by hand are taken out again.</source>
            <translation>随机抽取的网站不能移出：只有人工增补的网站可以移出。</translation>
        </message>
        <message>
            <source>The site could not be taken out of the plan.</source>
            <translation>网站未能移出计划。</translation>
        </message>
        <message>
            <source>%1 %2: site %3 taken out (%4)</source>
            <translation>%1 %2：移出网站 %3（%4）</translation>
        </message>
        <message>
            <source>Choose the sites to assign.</source>
            <translation>请选择要分配的网站。</translation>
        </message>
        <message>
            <source>Only an active inspector of %1 checks the sites of its plan.</source>
            <translation>只有%1在用的巡查人账号才能检查其计划内的网站。</translation>
        </message>
        <message>
            <source>The site %1 is not in this plan.</source>
            <translation>网站 %1 不在此计划中。</translation>
        </message>
        <message>
            <source>%1 has left the plan.</source>
            <translation>%1 已退出计划。</translation>
        </message>
        <message>
            <source>%1 is assessed and confirmed: its checker stays.</source>
            <translation>%1 的测评已确认：检查人不再变更。</translation>
        </message>
        <message>
            <source>The checker could not be assigned.</source>
            <translation>检查人未能分配。</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2: %n site(s) assigned to %3</source>
            <translation>
                <numerusform>%1 %2：%n 个网站分配给 %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 %2: %n site(s) without a checker</source>
            <translation>
                <numerusform>%1 %2：%n 个网站取消检查人</numerusform>
            </translation>
        </message>
        <message>
            <source>The plan could not be locked.</source>
            <translation>计划未能锁定。</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2: plan locked with %n site(s)</source>
            <translation>
                <numerusform>%1 %2：计划锁定，共 %n 个网站</numerusform>
            </translation>
        </message>
        <message>
            <source>The spot-check plan could not be read.</source>
            <translation>抽查计划未能读取。</translation>
        </message>
        <message>
            <source>There is no such spot-check plan.</source>
            <translation>没有这个抽查计划。</translation>
        </message>
        <message>
            <source>The spot-check plans could not be read.</source>
            <translation>抽查计划未能读取。</translation>
        </message>
        <message>
            <source>The sites of the plan could not be read.</source>
            <translation>计划内网站未能读取。</translation>
        </message>
        <message>
            <source>The site of the plan could not be read.</source>
            <translation>计划内网站未能读取。</translation>
        </message>
        <message>
            <source>There is no such site in a spot-check plan.</source>
            <translation>抽查计划中没有这个网站。</translation>
        </message>
        <message>
            <source>The checkers could not be read.</source>
            <translation>检查人未能读取。</translation>
        </message>
        <message>
            <source>The offices could not be read.</source>
            <translation>抽查单位未能读取。</translation>
        </message>
        <message>
            <source>The site was closed on %1.</source>
            <translation>网站已于 %1 关停。</translation>
        </message>
        <message>
            <source>The site moved onto the unified platform on %1.</source>
            <translation>网站已于 %1 迁移至集约化平台。</translation>
        </message>
        <message>
            <source>The spot-check plan could not be changed.</source>
            <translation>抽查计划未能修改。</translation>
        </message>
        <message>
            <source>%1 %2 left the plan: %3</source>
            <translation>%1 %2 退出计划：%3</translation>
        </message>
    </context>
    <context>
        <name>Sql</name>
        <message>
            <source>A database query could not be prepared.</source>
            <translation>无法准备数据库查询。</translation>
        </message>
    </context>
    <context>
        <name>TableEncoding</name>
        <message>
            <source>The file is not valid UTF-16: it has an odd number of bytes.</source>
            <translation>文件不是有效的 UTF-16：字节数为奇数。</translation>
        </message>
        <message>
            <source>Line %1 contains a NUL byte: this is a binary file, or UTF-16 text without a byte-order mark, not a CSV file.</source>
            <translation>第 %1 行含有 NUL 字节：这是二进制文件或不带字节序标记的 UTF-16 文本，不是 CSV 文件。</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8: line %1 cannot be decoded.</source>
            <translation>文件不是有效的 UTF-8：第 %1 行无法解码。</translation>
        </message>
        <message>
            <source>The file mixes encodings: line %1 is UTF-8, but line %2 is not. Save the whole file again as UTF-8.</source>
            <translation>文件混用了编码：第 %1 行是 UTF-8，但第 %2 行不是。请将整个文件重新保存为 UTF-8。</translation>
        </message>
        <message>
            <source>The file is not valid GBK (GB18030): line %1 cannot be decoded.</source>
            <translation>文件不是有效的 GBK（GB18030）：第 %1 行无法解码。</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor GBK: line %1 cannot be decoded. Save it again as UTF-8 CSV.</source>
            <translation>文件既不是 UTF-8 也不是 GBK：第 %1 行无法解码。请重新保存为 UTF-8 CSV。</translation>
        </message>
    </context>
    <context>
        <name>TableReader</name>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>无法读取文件 %1：%2</translation>
        </message>
        <message>
            <source>The file is larger than %1 MiB, the most that can be read.</source>
            <translation>文件大于 %1 MiB，超出可读取的上限。</translation>
        </message>
        <message>
            <source>The file is empty: it has no header line.</source>
            <translation>文件为空：没有表头行。</translation>
        </message>
        <message>
            <source>This is an Excel 97-2003 workbook (.xls) or a password-protected workbook. Save it as an XLSX workbook without a password, or as CSV, and try again.</source>
            <translation>这是 Excel 97-2003 工作簿（.xls）或受密码保护的工作簿。请另存为不带密码的 XLSX 工作簿或 CSV 后重试。</translation>
        </message>
    </context>
    <context>
        <name>TableWriter</name>
        <message>
            <source>More than %1 rows do not fit on one XLSX sheet: export as CSV instead.</source>
            <translation>超过 %1 行无法放入一个 XLSX 工作表：请改为导出 CSV。</translation>
        </message>
        <message>
            <source>Row %1 has more than %2 columns, the most an XLSX sheet can hold.</source>
            <translation>第 %1 行超过 %2 列，超出 XLSX 工作表的容量。</translation>
        </message>
        <message>
            <source>Row %1 has a cell longer than %2 characters, the most an XLSX cell can hold: export as CSV instead.</source>
            <translation>第 %1 行有单元格超过 %2 个字符，超出 XLSX 单元格的容量：请改为导出 CSV。</translation>
        </message>
        <message>
            <source>Row %1 cannot be written to the XLSX file.</source>
            <translation>第 %1 行无法写入 XLSX 文件。</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>%1 cannot be written: the XLSX writer could not start.</source>
            <translation>无法写入 %1：XLSX 写入器无法启动。</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
        <message>
            <source>%1 cannot be written: the XLSX file could not be completed.</source>
            <translation>无法写入 %1：XLSX 文件无法完成。</translation>
        </message>
        <message>
            <source>the file holds %1 of %2 rows (is the disk full?)</source>
            <translation>文件中只有 %2 行中的 %1 行（磁盘是否已满？）</translation>
        </message>
        <message>
            <source>%1 cannot be written: it is not a regular file.</source>
            <translation>无法写入 %1：它不是普通文件。</translation>
        </message>
    </context>
    <context>
        <name>TicketCommands</name>
        <message>
            <source>Unknown status "%1": use one of %2.</source>
            <translation>未知状态“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <source>Unknown type "%1": use late, inaccurate, unanswered or unusable (不及时, 不准确, 不回应, 不实用).</source>
            <translation>未知类型“%1”：请使用 late、inaccurate、unanswered 或 unusable（不及时、不准确、不回应、不实用）。</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>留言</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>not valid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Error reports</source>
            <translation>找错留言</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n ticket(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 条留言导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the one file to import.</source>
            <translation>请给出要导入的一个文件。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n ticket(s) from %1 (%2).</source>
            <translation>
                <numerusform>已从 %1（%2）导入 %n 条留言。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors; correct them and import the file again.</source>
            <translation>
                <numerusform>未导入任何数据：%n 行有错误，请改正后重新导入该文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>The file has no messages: nothing was imported.</source>
            <translation>文件中没有留言，未导入任何数据。</translation>
        </message>
        <message>
            <source>Give the type with --kind: late, inaccurate, unanswered or unusable (不及时, 不准确, 不回应, 不实用).</source>
            <translation>请用 --kind 给出类型：late、inaccurate、unanswered 或 unusable（不及时、不准确、不回应、不实用）。</translation>
        </message>
        <message>
            <source>"%1" is not a time: write it as 2026-09-30 16:20.</source>
            <translation>“%1”不是时间，请写成 2026-09-30 16:20。</translation>
        </message>
        <message>
            <source>Registered the message %1 for %2 (%3), due %4.</source>
            <translation>已登记留言 %1，转 %2（%3）办理，期限 %4。</translation>
        </message>
        <message>
            <source>Give the number of one message.</source>
            <translation>请给出一条留言的编号。</translation>
        </message>
        <message>
            <source>There is no message %1.</source>
            <translation>没有编号为 %1 的留言。</translation>
        </message>
        <message>
            <source>Recorded the reply to %1.</source>
            <translation>已登记留言 %1 的答复。</translation>
        </message>
        <message>
            <source>Say either --valid or --not-valid.</source>
            <translation>请给出 --valid 或 --not-valid 之一。</translation>
        </message>
        <message>
            <source>The message %1 is valid.</source>
            <translation>留言 %1 有效。</translation>
        </message>
        <message>
            <source>The message %1 is not valid.</source>
            <translation>留言 %1 无效。</translation>
        </message>
        <message>
            <source>Closed %1 on time.</source>
            <translation>留言 %1 已按期办结。</translation>
        </message>
        <message>
            <source>Closed %1, after its deadline %2.</source>
            <translation>留言 %1 已办结，已超过办理期限 %2。</translation>
        </message>
        <message>
            <source>Give the quarter with --quarter, e.g. 2026-Q4.</source>
            <translation>请用 --quarter 给出季度，如 2026-Q4。</translation>
        </message>
        <message>
            <source>Closed on time</source>
            <translation>按期办结</translation>
        </message>
        <message>
            <source>On-time rate</source>
            <translation>按期办结率</translation>
        </message>
        <message>
            <source>Give the one calendar file to import.</source>
            <translation>请给出要导入的一个日历文件。</translation>
        </message>
        <message>
            <source>The working-day calendar of %1 is the imported one from now on; deadlines already given stay.</source>
            <translation>%1 年的工作日日历自即日起以导入的为准；已确定的办理期限不变。</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>放假天数</translation>
        </message>
        <message>
            <source>Worked weekend days</source>
            <translation>调休上班天数</translation>
        </message>
        <message>
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>imported by %1</source>
            <translation>由 %1 导入</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>随程序提供</translation>
        </message>
    </context>
    <context>
        <name>TicketExchange</name>
        <message>
            <source>The column "%1" appears twice in the header.</source>
            <translation>表头中“%1”列出现了两次。</translation>
        </message>
        <message>
            <source>The file has no column "%1" (%2): the first line must name the columns.</source>
            <translation>文件中没有“%1”（%2）列：第一行须为列名。</translation>
        </message>
        <message>
            <source>column "%1": %2</source>
            <translation>“%1”列：%2</translation>
        </message>
        <message>
            <source>"%1" is not a time (2026-09-30 16:20)</source>
            <translation>“%1”不是时间（应为 2026-09-30 16:20）</translation>
        </message>
        <message>
            <source>write 不及时, 不准确, 不回应 or 不实用, not "%1"</source>
            <translation>应填写不及时、不准确、不回应或不实用，而不是“%1”</translation>
        </message>
        <message>
            <source>the message %1 has a row above already</source>
            <translation>留言 %1 在前面已有一行</translation>
        </message>
        <message>
            <source>there is no site with the identifier code %1</source>
            <translation>没有网站标识码为 %1 的网站</translation>
        </message>
        <message>
            <source>the site %1 is called %2</source>
            <translation>网站 %1 的名称是 %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>The error-report tickets could not be read.</source>
            <translation>找错留言未能读取。</translation>
        </message>
    </context>
    <context>
        <name>TicketRules</name>
        <message>
            <source>Not timely</source>
            <translation>不及时</translation>
        </message>
        <message>
            <source>Not accurate</source>
            <translation>不准确</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>不回应</translation>
        </message>
        <message>
            <source>Not practical</source>
            <translation>不实用</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待办理</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>已答复</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已办结</translation>
        </message>
    </context>
    <context>
        <name>TicketService</name>
        <message>
            <source>The error-report ticket could not be read.</source>
            <translation>找错留言未能读取。</translation>
        </message>
        <message>
            <source>There is no such error-report ticket.</source>
            <translation>没有这条找错留言。</translation>
        </message>
        <message>
            <source>Enter the platform's message number.</source>
            <translation>请填写平台留言编号。</translation>
        </message>
        <message>
            <source>The message number is at most 64 characters long.</source>
            <translation>留言编号最多 64 个字符。</translation>
        </message>
        <message>
            <source>Choose the site the message is about.</source>
            <translation>请选择留言涉及的网站。</translation>
        </message>
        <message>
            <source>Enter the text of the message.</source>
            <translation>请填写留言内容。</translation>
        </message>
        <message>
            <source>The message is at most %1 characters long.</source>
            <translation>留言内容最多 %1 个字符。</translation>
        </message>
        <message>
            <source>Enter when the message was received (2026-09-30 16:20).</source>
            <translation>请填写收到留言的时间（如 2026-09-30 16:20）。</translation>
        </message>
        <message>
            <source>There is no site with the identifier code %1.</source>
            <translation>没有网站标识码为 %1 的网站。</translation>
        </message>
        <message>
            <source>The error-report tickets could not be read.</source>
            <translation>找错留言未能读取。</translation>
        </message>
        <message>
            <source>The message %1 is registered already.</source>
            <translation>留言 %1 已登记过。</translation>
        </message>
        <message>
            <source>The site's responsible person could not be read.</source>
            <translation>网站责任人未能读取。</translation>
        </message>
        <message>
            <source>The error-report ticket could not be saved.</source>
            <translation>找错留言未能保存。</translation>
        </message>
        <message>
            <source>The ticket %1 is closed already.</source>
            <translation>留言 %1 已办结。</translation>
        </message>
        <message>
            <source>Write the unit's reply.</source>
            <translation>请填写单位的答复。</translation>
        </message>
        <message>
            <source>The reply is at most %1 characters long.</source>
            <translation>答复最多 %1 个字符。</translation>
        </message>
        <message>
            <source>Verify the message first: say whether it is valid.</source>
            <translation>请先核实留言：确定是否有效。</translation>
        </message>
        <message>
            <source>A valid message is closed after the unit has replied.</source>
            <translation>有效留言须在单位答复后办结。</translation>
        </message>
        <message>
            <source>A ticket cannot be closed before it was received.</source>
            <translation>留言不能在收到之前办结。</translation>
        </message>
        <message>
            <source>The overdue error-report tickets could not be counted.</source>
            <translation>逾期找错留言未能统计。</translation>
        </message>
        <message>
            <source>A quarter is 1 to 4.</source>
            <translation>季度应为 1 至 4。</translation>
        </message>
        <message>
            <source>The error-report figures could not be read.</source>
            <translation>找错留言统计数据未能读取。</translation>
        </message>
    </context>
    <context>
        <name>TokenCommand</name>
        <message>
            <source>Unknown option %1.</source>
            <translation>未知选项 %1。</translation>
        </message>
        <message>
            <source>%1 needs a value.</source>
            <translation>%1 需要一个值。</translation>
        </message>
        <message>
            <source>Unknown token command %1: use create, list or revoke.</source>
            <translation>未知的令牌命令 %1：请使用 create、list 或 revoke。</translation>
        </message>
        <message>
            <source>--database PATH is required.</source>
            <translation>必须提供 --database 路径。</translation>
        </message>
        <message>
            <source>--name NAME is required: it says who or what uses the token.</source>
            <translation>必须提供 --name 名称：说明谁或什么在使用该令牌。</translation>
        </message>
        <message>
            <source>token revoke needs either --id N or --name NAME.</source>
            <translation>token revoke 需要 --id N 或 --name 名称 之一。</translation>
        </message>
        <message>
            <source>--id takes the number that token list shows.</source>
            <translation>--id 取 token list 显示的编号。</translation>
        </message>
        <message>
            <source>Created the %1 token "%2" (id %3). It is shown only this once.</source>
            <translation>已创建 %1 令牌“%2”（编号 %3）。它只显示这一次。</translation>
        </message>
        <message>
            <source>id	name	scope	created	revoked</source>
            <translation>编号	名称	权限	创建时间	吊销时间</translation>
        </message>
        <message>
            <source>No active token %1 was found.</source>
            <translation>找不到有效令牌 %1。</translation>
        </message>
        <message>
            <source>Revoked token %1.</source>
            <translation>已吊销令牌 %1。</translation>
        </message>
        <message>
            <source>The store %1 does not exist: check the path given with --database.</source>
            <translation>存储库 %1 不存在：请检查 --database 给出的路径。</translation>
        </message>
        <message>
            <source>Usage: sitegov-server token create --database PATH --name NAME --scope read|write|metrics
       sitegov-server token list --database PATH
       sitegov-server token revoke --database PATH (--id N | --name NAME)

create prints the new token on standard output, and nothing else: it is shown once,
and the store keeps only its SHA-256 hash. A read token may call every GET endpoint;
a write token may also register sites and post assessments; a metrics token may read
GET /metrics (for Prometheus) and nothing else.
</source>
            <translation>用法：sitegov-server token create --database 路径 --name 名称 --scope read|write|metrics
      sitegov-server token list --database 路径
      sitegov-server token revoke --database 路径 (--id N | --name 名称)

create 只在标准输出上打印新令牌：令牌只显示这一次，
数据库只保存它的 SHA-256 哈希值。read 令牌可以调用所有 GET 接口；
write 令牌还可以登记网站和提交考核记录；metrics 令牌只能读取
GET /metrics（供 Prometheus 采集），不能调用其他接口。
</translation>
        </message>
        <message>
            <source>--scope must be read, write or metrics.</source>
            <translation>--scope 必须是 read、write 或 metrics。</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>No transaction is open.</source>
            <translation>没有打开的事务。</translation>
        </message>
        <message>
            <source>The change could not be saved; nothing was changed.</source>
            <translation>无法保存更改；未作任何改动。</translation>
        </message>
        <message>
            <source>The database cannot be written; nothing was changed.</source>
            <translation>数据库无法写入；未作任何改动。</translation>
        </message>
    </context>
    <context>
        <name>UserFile</name>
        <message>
            <source>%1 is a folder, not a file.</source>
            <translation>%1 是文件夹，不是文件。</translation>
        </message>
        <message>
            <source>%1 is a named pipe, not a file: save what it would deliver to a file and give that file.</source>
            <translation>%1 是命名管道，不是文件：请将其内容保存为文件后再指定该文件。</translation>
        </message>
        <message>
            <source>%1 is a device, not a file.</source>
            <translation>%1 是设备，不是文件。</translation>
        </message>
        <message>
            <source>%1 is not an ordinary file (it is a socket or another special file).</source>
            <translation>%1 不是普通文件（而是套接字或其他特殊文件）。</translation>
        </message>
        <message>
            <source>No file was given.</source>
            <translation>未指定文件。</translation>
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>文件 %1 不存在。</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <source>The file %1 changed while it was being opened; try again.</source>
            <translation>文件 %1 在打开过程中发生了变化；请重试。</translation>
        </message>
        <message>
            <source>%1 is larger than %2 KiB, the most that can be read here.</source>
            <translation>%1 大于 %2 KiB，超出此处可读取的上限。</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Province</source>
            <translation>省级</translation>
        </message>
        <message>
            <source>City</source>
            <translation>设区市</translation>
        </message>
        <message>
            <source>County</source>
            <translation>县级</translation>
        </message>
        <message>
            <source>Township / street</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>政府</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>门户网站</translation>
        </message>
        <message>
            <source>Department site</source>
            <translation>部门网站</translation>
        </message>
        <message>
            <source>Special-topic site</source>
            <translation>专项网站</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>拟开设</translation>
        </message>
        <message>
            <source>Operating</source>
            <translation>运行中</translation>
        </message>
        <message>
            <source>Migrating</source>
            <translation>迁移中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关停</translation>
        </message>
        <message>
            <source>Unified platform</source>
            <translation>集约化平台</translation>
        </message>
        <message>
            <source>Standalone</source>
            <translation>独立部署</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReviewService</name>
        <message>
            <source>Signed</source>
            <translation>已签发</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>未报送</translation>
        </message>
        <message>
            <source>The weekly review could not be read.</source>
            <translation>无法读取一周一点评。</translation>
        </message>
        <message>
            <source>There is no weekly review with the number %1.</source>
            <translation>没有编号为 %1 的一周一点评。</translation>
        </message>
        <message>
            <source>The caretakers of the unit could not be read.</source>
            <translation>无法读取该单位的看护人。</translation>
        </message>
        <message>
            <source>Only a director or the caretaker of one of the unit's sites may sign its weekly review; save it as a draft for them to sign.</source>
            <translation>只有主任或该单位网站的看护人才能签发一周一点评；请保存为草稿，交由他们签发。</translation>
        </message>
        <message>
            <source>The week is not a valid ISO week.</source>
            <translation>该周不是有效的 ISO 周。</translation>
        </message>
        <message>
            <source>%1 has not begun yet: its review is written during or after the week.</source>
            <translation>%1尚未开始：一周一点评在本周内或本周结束后撰写。</translation>
        </message>
        <message>
            <source>The weekly review could not be created.</source>
            <translation>无法新建一周一点评。</translation>
        </message>
        <message>
            <source>Weekly review of %1 for %2 started</source>
            <translation>开始撰写%1 %2 的一周一点评</translation>
        </message>
        <message>
            <source>The highlights</source>
            <translation>亮点</translation>
        </message>
        <message>
            <source>The problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>The instructions</source>
            <translation>工作要求</translation>
        </message>
        <message>
            <source>%1 are longer than %2 characters.</source>
            <translation>%1超过 %2 个字符。</translation>
        </message>
        <message>
            <source>The weekly review of %1 for %2 was signed by %3 and is locked.</source>
            <translation>%1%2的一周一点评已由 %3 签发，已锁定。</translation>
        </message>
        <message>
            <source>Write the highlights, problems or instructions before signing: an empty review cannot be signed.</source>
            <translation>请先填写亮点、存在问题或工作要求再签发：空白点评不能签发。</translation>
        </message>
        <message>
            <source>The weekly review could not be signed.</source>
            <translation>无法签发一周一点评。</translation>
        </message>
        <message>
            <source>The weekly review could not be saved.</source>
            <translation>无法保存一周一点评。</translation>
        </message>
        <message>
            <source>The weekly review was signed meanwhile by someone else and is locked.</source>
            <translation>该一周一点评已由他人签发，已锁定。</translation>
        </message>
        <message>
            <source>Weekly review of %1 signed</source>
            <translation>签发%1的一周一点评</translation>
        </message>
        <message>
            <source>Weekly review of %1 saved</source>
            <translation>保存%1的一周一点评</translation>
        </message>
        <message>
            <source>The weekly review of %1 for %2 is signed: its figures stay as they were signed.</source>
            <translation>%1%2的一周一点评已签发：数据保持签发时的状态。</translation>
        </message>
        <message>
            <source>The week's figures could not be updated.</source>
            <translation>无法更新本周数据。</translation>
        </message>
        <message>
            <source>Weekly review of %1: figures updated</source>
            <translation>%1的一周一点评：数据已更新</translation>
        </message>
        <message>
            <source>The units without a weekly review could not be read.</source>
            <translation>无法读取缺少一周一点评的单位。</translation>
        </message>
        <message>
            <source>The units without a weekly review could not be counted.</source>
            <translation>无法统计缺少一周一点评的单位。</translation>
        </message>
        <message>
            <source>The units owing a weekly review could not be counted.</source>
            <translation>无法统计应提交一周一点评的单位数。</translation>
        </message>
        <message>
            <source>The units with a draft weekly review could not be counted.</source>
            <translation>无法统计一周一点评为草稿的单位。</translation>
        </message>
    </context>
    <context>
        <name>WorkCalendar</name>
        <message>
            <source>The calendar file is not a calendar of holidays (JSON with year, holidays and workdays).</source>
            <translation>该文件不是节假日日历（应为含 year、holidays 和 workdays 的 JSON）。</translation>
        </message>
        <message>
            <source>The calendar file does not say which year it is for ("year": 2026).</source>
            <translation>日历文件没有写明年份（"year": 2026）。</translation>
        </message>
        <message>
            <source>The calendar file does not name the notice it was written from ("source").</source>
            <translation>日历文件没有写明所依据的通知（"source"）。</translation>
        </message>
        <message>
            <source>The calendar file has "%1" where %2 should be a date (2026-10-01).</source>
            <translation>日历文件中 %2 处为“%1”，应为日期（如 2026-10-01）。</translation>
        </message>
        <message>
            <source>The calendar of %1 has a day of another year: %2.</source>
            <translation>%1 年的日历含有其他年份的日期：%2。</translation>
        </message>
        <message>
            <source>The holiday %1 ends before it begins.</source>
            <translation>假期“%1”的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The calendar file names %1 twice.</source>
            <translation>日历文件中 %1 出现了两次。</translation>
        </message>
        <message>
            <source>%1 is a weekday: only a Saturday or Sunday can be a worked day (调休).</source>
            <translation>%1 是工作日：只有周六或周日才能调休上班。</translation>
        </message>
        <message>
            <source>The calendar of %1 has no public holidays.</source>
            <translation>%1 年的日历没有法定节假日。</translation>
        </message>
    </context>
    <context>
        <name>XlsxPackage</name>
        <message>
            <source>The XLSX file is damaged and cannot be read.</source>
            <translation>XLSX 文件已损坏，无法读取。</translation>
        </message>
        <message>
            <source>The XLSX file holds more than %1 parts, the most that can be read.</source>
            <translation>XLSX 文件包含超过 %1 个部件，超出可读取的上限。</translation>
        </message>
        <message>
            <source>The XLSX file is encrypted. Save it without a password and try again.</source>
            <translation>XLSX 文件已加密。请另存为不带密码的文件后重试。</translation>
        </message>
        <message>
            <source>The XLSX file unpacks to more than %1 MiB, the most that can be read.</source>
            <translation>XLSX 文件解压后超过 %1 MiB，超出可读取的上限。</translation>
        </message>
        <message>
            <source>The XLSX file holds a cell or an element longer than the most that can be read (%1 characters).</source>
            <translation>XLSX 文件中有单元格或元素超出可读取的长度上限（%1 个字符）。</translation>
        </message>
    </context>
    <context>
        <name>XlsxTableReader</name>
        <message>
            <source>The file is a ZIP archive, not an XLSX workbook.</source>
            <translation>该文件是 ZIP 压缩包，不是 XLSX 工作簿。</translation>
        </message>
        <message>
            <source>The file is an Office document, but not an XLSX workbook.</source>
            <translation>该文件是 Office 文档，但不是 XLSX 工作簿。</translation>
        </message>
        <message>
            <source>The XLSX workbook has no worksheet.</source>
            <translation>XLSX 工作簿中没有工作表。</translation>
        </message>
        <message>
            <source>The first sheet of the workbook is a chart or dialog sheet, not a table: move the table to the first sheet.</source>
            <translation>工作簿的第一个工作表是图表或对话框，不是表格：请将表格移到第一个工作表。</translation>
        </message>
        <message>
            <source>Row %1 has a value in column %2; at most %3 columns can be read.</source>
            <translation>第 %1 行第 %2 列有值；最多只能读取 %3 列。</translation>
        </message>
        <message>
            <source>Row %1 has a cell longer than %2 characters, the most that can be read.</source>
            <translation>第 %1 行有单元格超过 %2 个字符，超出可读取的上限。</translation>
        </message>
        <message>
            <source>The file has more than %1 cells, the most that can be read.</source>
            <translation>文件超过 %1 个单元格，超出可读取的上限。</translation>
        </message>
        <message>
            <source>The first sheet of the workbook is empty.</source>
            <translation>工作簿的第一个工作表为空。</translation>
        </message>
        <message>
            <source>The XLSX file is too large to read: its table would take more than %1 MiB of memory.</source>
            <translation>XLSX 文件过大，无法读取：其表格将占用超过 %1 MiB 的内存。</translation>
        </message>
        <message>
            <source>The XLSX file holds a text longer than %1 characters, the most that can be read.</source>
            <translation>XLSX 文件中有文本超过 %1 个字符，超出可读取的上限。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>SiteGov: the government website governance console.</source>
            <translation>SiteGov：政府网站监管控制台。</translation>
        </message>
        <message>
            <source>Print the version and build, then exit.</source>
            <translation>显示版本与构建信息后退出。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Interface language: zh_CN or en.</source>
            <translation>界面语言：zh_CN 或 en。</translation>
        </message>
        <message>
            <source>Render the window into FILE after loading, then exit.</source>
            <translation>加载完成后将窗口截图保存到“文件”，然后退出。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Window size, for example 1366x768.</source>
            <translation>窗口大小，例如 1366x768。</translation>
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT, for example 1366x768.</source>
            <translation>--size 需要“宽x高”，例如 1366x768。</translation>
        </message>
        <message>
            <source>Log in as NAME with the password in the SITEGOV_PASSWORD environment variable, without the login dialog.</source>
            <translation>以“名称”登录，密码取自环境变量 SITEGOV_PASSWORD，不显示登录对话框。</translation>
        </message>
        <message>
            <source>--user needs the password in the SITEGOV_PASSWORD environment variable.</source>
            <translation>--user 需要在环境变量 SITEGOV_PASSWORD 中提供密码。</translation>
        </message>
        <message>
            <source>Login as %1 failed: %2</source>
            <translation>以 %1 登录失败：%2</translation>
        </message>
        <message>
            <source>--screenshot needs --user NAME (with the password in SITEGOV_PASSWORD) to log in without a dialog.</source>
            <translation>--screenshot 需要 --user 名称（密码放在 SITEGOV_PASSWORD 中）以便无对话框登录。</translation>
        </message>
        <message>
            <source>With --screenshot: open every page in turn first (for measurements).</source>
            <translation>与 --screenshot 一起使用：先依次打开每个页面（用于测量）。</translation>
        </message>
        <message>
            <source>Use the assessment backend at URL for this run (token in the SITEGOV_BACKEND_TOKEN environment variable), without saving it.</source>
            <translation>本次运行使用 URL 处的考核服务（令牌取自环境变量 SITEGOV_BACKEND_TOKEN），不保存设置。</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Open this page: %1; NAME/TAB opens one of its tabs (inspections/coverage).</source>
            <translation>打开此页面：%1；NAME/TAB 打开页面中的某个标签页（如 inspections/coverage）。</translation>
        </message>
        <message>
            <source>Unknown page "%1", or not open to %2: use one of %3.</source>
            <translation>未知页面“%1”，或 %2 无权打开：请使用以下之一：%3。</translation>
        </message>
        <message>
            <source>No temporary folder can be created for the scores of this run's backend.</source>
            <translation>无法为本次运行所用考核后台的得分创建临时文件夹。</translation>
        </message>
        <message>
            <source>Print the pages --page opens, one per line, each with the roles that see it ("all", or role names separated by commas), then exit. With --role, only the names of the pages that role sees.</source>
            <translation>列出 --page 可打开的页面，每行一个，并注明可见该页面的角色（“all”表示全部，否则为以逗号分隔的角色名），然后退出。与 --role 同用时，只列出该角色可见页面的名称。</translation>
        </message>
        <message>
            <source>With --list-pages: only the pages an account with ROLE sees (%1).</source>
            <translation>与 --list-pages 同用：只列出具有 ROLE 角色的账号可见的页面（%1）。</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Open this database: a file, or a PostgreSQL database as postgresql://USER@HOST[:PORT]/DATABASE (default: %1).</source>
            <translation>打开此数据库：数据库文件，或 PostgreSQL 数据库，写作 postgresql://用户@主机[:端口]/数据库（默认：%1）。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::AboutDialog</name>
        <message>
            <source>commit %1, %2, %3</source>
            <translation>提交 %1，%2，%3</translation>
        </message>
        <message>
            <source>%1 (schema version %2)</source>
            <translation>%1（结构版本 %2）</translation>
        </message>
    </context>
    <context>
        <name>sitegov::AccountsDialog</name>
        <message>
            <source>&amp;Disable</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>账号管理</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Last login</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>新建账号(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>重置密码(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>启用(&amp;E)</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>停用账号</translation>
        </message>
        <message>
            <source>Disable %1? The account can no longer log in; its history stays.</source>
            <translation>停用 %1？停用后该账号无法登录，其历史记录保留。</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>A new password for %1:</source>
            <translation>%1 的新密码：</translation>
        </message>
        <message>
            <source>The password of %1 was changed.</source>
            <translation>%1 的密码已修改。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::AnnualReportsPage</name>
        <message>
            <source>Start report</source>
            <translation>开始填报</translation>
        </message>
        <message>
            <source>Save fields</source>
            <translation>保存填报内容</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>签发…</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>发布…</translation>
        </message>
        <message>
            <source>Save as XLSX…</source>
            <translation>另存为 XLSX…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>国办函〔2018〕12号: due by 31 January for the year before</source>
            <translation>国办函〔2018〕12号：每年1月31日前报送上一年度报表</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Site code (empty: the office's report)</source>
            <translation>网站标识码（为空：本办公厅的报表）</translation>
        </message>
        <message>
            <source>Site code</source>
            <translation>网站标识码</translation>
        </message>
        <message>
            <source>Start the year's report as a draft (or open it, when it exists).</source>
            <translation>新建该年度报表草稿（已有则打开）。</translation>
        </message>
        <message>
            <source>Annual reports</source>
            <translation>年度报表</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>填报内容</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>是或否</translation>
        </message>
        <message>
            <source>No annual report yet: choose the year and start the office's report, or a site's with its code.</source>
            <translation>还没有年度报表：选择年度后开始填报本办公厅的报表，或填写网站标识码填报网站的报表。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>; signed by %1 on %2</source>
            <translation>；%1 于 %2 签发</translation>
        </message>
        <message>
            <source>; published on %1</source>
            <translation>；%1 发布</translation>
        </message>
        <message>
            <source>There is no site with the identifier code %1.</source>
            <translation>没有网站标识码为 %1 的网站。</translation>
        </message>
        <message>
            <source>%1 is open.</source>
            <translation>已打开%1。</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) need correcting; nothing was saved.</source>
            <translation>
                <numerusform>有 %n 个字段需要更正，未保存。</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the fields of %1.</source>
            <translation>已保存%1的填报内容。</translation>
        </message>
        <message>
            <source>Sign the annual report</source>
            <translation>签发年度报表</translation>
        </message>
        <message>
            <source>Sign %1?</source>
            <translation>签发%1？</translation>
        </message>
        <message>
            <source>Its figures are kept as they stand today and it takes no more changes.</source>
            <translation>报表数据按今天的情况固定，签发后不能再修改。</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>签发</translation>
        </message>
        <message>
            <source>Publish the annual report</source>
            <translation>发布年度报表</translation>
        </message>
        <message>
            <source>Publish %1?</source>
            <translation>发布%1？</translation>
        </message>
        <message>
            <source>Publish it once it is on the website as 国办函〔2018〕12号 asks.</source>
            <translation>请在按国办函〔2018〕12号要求在网站上公开后再标记发布。</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <source>Save as XLSX</source>
            <translation>另存为 XLSX</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%n page(s)).</source>
            <translation>
                <numerusform>已保存 %1（%n 页）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::AppController</name>
        <message>
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Change the language</source>
            <translation>切换语言</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>打开其他数据库</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>切换用户</translation>
        </message>
    </context>
    <context>
        <name>sitegov::AssessmentDialog</name>
        <message>
            <source>Assessment</source>
            <translation>测评</translation>
        </message>
        <message>
            <source>Address where it shows</source>
            <translation>问题所在网址</translation>
        </message>
        <message>
            <source>Evidence address</source>
            <translation>佐证网址</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>发现的问题</translation>
        </message>
        <message>
            <source>Evidence note</source>
            <translation>佐证说明</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;（%2）· %3 · %4</translation>
        </message>
        <message>
            <source>Veto items (any one fails the site)</source>
            <translation>单项否决指标（任一项即为不合格）</translation>
        </message>
        <message>
            <source>%1 (%2 points)</source>
            <translation>%1（%2 分）</translation>
        </message>
        <message>
            <source>Points deducted: %1</source>
            <translation>扣分：%1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Bonus and scope</source>
            <translation>加分与适用范围</translation>
        </message>
        <message>
            <source>The site offers public services</source>
            <translation>网站提供公共服务</translation>
        </message>
        <message>
            <source>A department site without public services is scored out of 75 and scaled by 4/3.</source>
            <translation>无公共服务的部门网站按 75 分计，再乘以 4/3 折算。</translation>
        </message>
        <message>
            <source>Counted only for portals whose deduction score is above %1.</source>
            <translation>仅对扣分制得分高于 %1 分的门户网站计入。</translation>
        </message>
        <message>
            <source>Bonus points:</source>
            <translation>加分：</translation>
        </message>
        <message>
            <source>Overall note:</source>
            <translation>总体评价：</translation>
        </message>
        <message>
            <source>Rectify by:</source>
            <translation>整改期限：</translation>
        </message>
        <message>
            <source>The deadline of the rectification item a failing site gets when it is confirmed.</source>
            <translation>不合格网站确认后所立整改事项的期限。</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>提交审核</translation>
        </message>
        <message>
            <source>Return to checker…</source>
            <translation>退回检查人…</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <source>Return the assessment</source>
            <translation>退回测评</translation>
        </message>
        <message>
            <source>Why does it go back to its checker?</source>
            <translation>退回检查人的理由：</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source> · checked by %1</source>
            <translation> · 检查人 %1</translation>
        </message>
        <message>
            <source> · returned: %1</source>
            <translation> · 退回理由：%1</translation>
        </message>
        <message>
            <source> · confirmed by %1 on %2</source>
            <translation> · %1 于 %2 确认</translation>
        </message>
        <message>
            <source>Not assessed yet.</source>
            <translation>尚未测评。</translation>
        </message>
        <message>
            <source>Score: &lt;b&gt;%1&lt;/b&gt; (deductions %2, bonus %3)</source>
            <translation>得分：&lt;b&gt;%1&lt;/b&gt;（扣分制得分 %2，加分 %3）</translation>
        </message>
        <message>
            <source> · scaled by 4/3</source>
            <translation> · 已按 4/3 折算</translation>
        </message>
        <message>
            <source> · &lt;span style='color:#1b5e20'&gt;passes&lt;/span&gt;</source>
            <translation> · &lt;span style='color:#1b5e20'&gt;合格&lt;/span&gt;</translation>
        </message>
        <message>
            <source> · &lt;span style='color:#b71c1c'&gt;fails&lt;/span&gt;</source>
            <translation> · &lt;span style='color:#b71c1c'&gt;不合格&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Save the assessment</source>
            <translation>保存测评</translation>
        </message>
        <message>
            <source>Submit the assessment</source>
            <translation>提交测评</translation>
        </message>
        <message>
            <source>Confirm the assessment</source>
            <translation>确认测评</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>附加文件…</translation>
        </message>
        <message>
            <source>Store a screenshot or a saved page with this evidence.</source>
            <translation>将截图或网页存档随此证据保存。</translation>
        </message>
        <message>
            <source>remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Files: %1</source>
            <translation>附件：%1</translation>
        </message>
        <message>
            <source> · waiting to be sent to the backend</source>
            <translation> · 等待报送考核后台</translation>
        </message>
        <message>
            <source> · waiting to be sent to the backend (last try: %1)</source>
            <translation> · 等待报送考核后台（上次尝试：%1）</translation>
        </message>
        <message>
            <source> · sent to the backend on %1, which scored it %2</source>
            <translation> · 已于 %1 报送考核后台，后台计分 %2</translation>
        </message>
        <message>
            <source> · refused by the backend: %1</source>
            <translation> · 考核后台拒收：%1</translation>
        </message>
        <message>
            <source> · not sent: a newer assessment of the same site and month replaced it</source>
            <translation> · 未报送：已被同一网站同月更新的评分取代</translation>
        </message>
        <message>
            <source>Attach evidence</source>
            <translation>附加证据</translation>
        </message>
        <message>
            <source>Screenshots and saved pages (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mht *.mhtml);;All files (*)</source>
            <translation>截图和网页存档 (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mht *.mhtml);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Remove the file</source>
            <translation>删除文件</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <source>The file could not be copied out to be opened.</source>
            <translation>无法导出该文件以供打开。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::AssignDialog</name>
        <message>
            <source>Assign a responsible person</source>
            <translation>指定责任人</translation>
        </message>
        <message>
            <source>New &amp;person…</source>
            <translation>新建人员(&amp;P)…</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>网站：</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>职责(&amp;R)：</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>现任：</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>人员(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>开始日期(&amp;F)：</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1, since %2 (hands over the day before the new start)</source>
            <translation>%1，自 %2 起（于新任开始前一天交接）</translation>
        </message>
        <message>
            <source>Choose the person from the list, or add a new person.</source>
            <translation>请从列表中选择人员，或新建人员。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::AuditPage</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Object no.</source>
            <translation>对象编号</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>logged in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>wrong password</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <source>locked out</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>status changed</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>移动</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>指定</translation>
        </message>
        <message>
            <source>assignment ended</source>
            <translation>解除指定</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>executed</source>
            <translation>执行</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>签发</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>assignment</source>
            <translation>责任分工</translation>
        </message>
        <message>
            <source>request</source>
            <translation>申请</translation>
        </message>
        <message>
            <source>inspection</source>
            <translation>巡查</translation>
        </message>
        <message>
            <source>rectification</source>
            <translation>整改</translation>
        </message>
        <message>
            <source>weekly review</source>
            <translation>一周一点评</translation>
        </message>
        <message>
            <source>Every change to governed data, who made it and when; records cannot be changed.</source>
            <translation>对受管数据的每一次更改、由谁在何时所做；记录不可修改。</translation>
        </message>
        <message>
            <source>Check the chain</source>
            <translation>校验记录链</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Account filter</source>
            <translation>按账号筛选</translation>
        </message>
        <message>
            <source>Object filter</source>
            <translation>按对象筛选</translation>
        </message>
        <message>
            <source>All objects</source>
            <translation>全部对象</translation>
        </message>
        <message>
            <source>Search the summaries and object numbers (Ctrl+F)</source>
            <translation>搜索摘要和对象编号（Ctrl+F）</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Audit records</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <source>Select a record to see what changed.</source>
            <translation>选择一条记录以查看更改内容。</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>%1 records</source>
            <translation>%1 条记录</translation>
        </message>
        <message>
            <source>No audit record matches these filters.</source>
            <translation>没有符合筛选条件的审计记录。</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>导出审计记录</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>已导出到 %1。</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>全部账号</translation>
        </message>
        <message>
            <source>Reading the audit trail…</source>
            <translation>正在读取审计记录…</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Before:</source>
            <translation>更改前：</translation>
        </message>
        <message>
            <source>After:</source>
            <translation>更改后：</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>更改前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>更改后</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>哈希值</translation>
        </message>
        <message>
            <source>Checking the chain…</source>
            <translation>正在校验记录链…</translation>
        </message>
        <message>
            <source>✔ Chain whole: %1 records</source>
            <translation>✔ 记录链完整：共 %1 条</translation>
        </message>
        <message>
            <source>Last hash: %1</source>
            <translation>最后哈希值：%1</translation>
        </message>
        <message>
            <source>✘ Chain broken at record %1: %2</source>
            <translation>✘ 记录链在第 %1 条处断裂：%2</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>导出(&amp;X)</translation>
        </message>
        <message>
            <source>Export the listed records as shown (Ctrl+Shift+E), or with each change's before and after and the chain's hashes, for an auditor</source>
            <translation>按当前显示导出所列记录（Ctrl+Shift+E），或连同每项变更的前后内容和链哈希一并导出，供审计人员使用</translation>
        </message>
        <message>
            <source>The list as shown…</source>
            <translation>按当前显示的列表…</translation>
        </message>
        <message>
            <source>With each change's before and after…</source>
            <translation>含每项变更的前后内容…</translation>
        </message>
    </context>
    <context>
        <name>sitegov::BarChartPanel</name>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2：%3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>sitegov::BulletinDialog</name>
        <message>
            <source>Quarterly spot-check bulletin</source>
            <translation>季度抽查情况通报</translation>
        </message>
        <message>
            <source>Document number, e.g. 〔2026〕3号</source>
            <translation>文号，如〔2026〕3号</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>季度：</translation>
        </message>
        <message>
            <source>Document number:</source>
            <translation>文号：</translation>
        </message>
        <message>
            <source>Units report back by:</source>
            <translation>报送整改情况截止日期：</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>保存为 PDF…</translation>
        </message>
        <message>
            <source>Save as ODF text…</source>
            <translation>保存为 ODF 文本…</translation>
        </message>
        <message>
            <source>An editable document (WPS and Word open it) to add the office's own words to before issuing it.</source>
            <translation>可编辑的文稿（WPS 和 Word 均可打开），印发前可补充本单位的内容。</translation>
        </message>
        <message>
            <source>No confirmed assessment in %1 yet: the bulletin has no figures.</source>
            <translation>%1 尚无已确认的评分：通报暂无数据。</translation>
        </message>
        <message>
            <source>%1 sites checked, %2 failing, from the confirmed assessments of %3.</source>
            <translation>根据 %3 已确认的评分：抽查网站 %1 个，不合格 %2 个。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>保存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%n page(s)).</source>
            <translation>
                <numerusform>已保存 %1（共 %n 页）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as ODF text</source>
            <translation>保存为 ODF 文本</translation>
        </message>
        <message>
            <source>ODF text documents (*.odt)</source>
            <translation>ODF 文本文档 (*.odt)</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::ChartPanel</name>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>保存为 PNG…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>保存为 PDF…</translation>
        </message>
        <message>
            <source>Save the chart as PDF</source>
            <translation>将图表保存为 PDF</translation>
        </message>
        <message>
            <source>Save the chart as PNG</source>
            <translation>将图表保存为 PNG</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>The chart "%1" has no data to export.</source>
            <translation>图表“%1”没有可导出的数据。</translation>
        </message>
        <message>
            <source>The picture could not be written to %1.</source>
            <translation>无法将图片写入 %1。</translation>
        </message>
        <message>
            <source>There is no chart with data to export.</source>
            <translation>没有含数据的图表可导出。</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1.</source>
            <translation>无法将 PDF 写入 %1。</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>打印日期：%1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Copy this chart as a picture (Ctrl+C), or save it as a PNG picture or a PDF page</source>
            <translation>将此图表复制为图片（Ctrl+C），或保存为 PNG 图片或 PDF 页面</translation>
        </message>
        <message>
            <source>&amp;Copy as picture</source>
            <translation>复制为图片(&amp;C)</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>打印预览：%1</translation>
        </message>
    </context>
    <context>
        <name>sitegov::ChecklistDialog</name>
        <message>
            <source>Daily inspection checklist</source>
            <translation>每日巡查清单</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>标识</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>名称（中文）</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>名称（英文）</translation>
        </message>
        <message>
            <source>Deadline (days)</source>
            <translation>整改期限（天）</translation>
        </message>
        <message>
            <source>Hint (Chinese)</source>
            <translation>说明（中文）</translation>
        </message>
        <message>
            <source>Hint (English)</source>
            <translation>说明（英文）</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>巡查项目</translation>
        </message>
        <message>
            <source>Saving stores a new version of the list. Inspections already logged keep the version they were made with; the deadline is the default for the rectification item a failure opens.</source>
            <translation>保存后将生成清单的新版本。已录入的巡查仍按录入时的版本保存；整改期限为该项不通过时生成整改事项的默认期限。</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>添加项目(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Import JSON…</source>
            <translation>导入 JSON(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export JSON…</source>
            <translation>导出 JSON(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Save as new version</source>
            <translation>保存为新版本(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>In force:</source>
            <translation>现行版本：</translation>
        </message>
        <message>
            <source>Import a checklist</source>
            <translation>导入巡查清单</translation>
        </message>
        <message>
            <source>Checklists (*.json)</source>
            <translation>巡查清单 (*.json)</translation>
        </message>
        <message>
            <source>Export the checklist</source>
            <translation>导出巡查清单</translation>
        </message>
        <message numerus="yes">
            <source>the built-in list (%n item(s))</source>
            <translation>
                <numerusform>内置清单（%n 项）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>version %1 (%n item(s))</source>
            <translation>
                <numerusform>第 %1 版（%n 项）</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1: the deadline must be a whole number of days.</source>
            <translation>第 %1 行：整改期限须为整数天。</translation>
        </message>
        <message>
            <source>%1 is not a valid checklist: %2</source>
            <translation>%1 不是有效的巡查清单：%2</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>sitegov::CoverageCalendar</name>
        <message>
            <source>Inspection coverage by day</source>
            <translation>按日巡查覆盖情况</translation>
        </message>
        <message>
            <source>%1: %2 days</source>
            <translation>%1：%2 天</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>so far</source>
            <translation>进行中</translation>
        </message>
    </context>
    <context>
        <name>sitegov::CoverageTab</name>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>◀ Previous month</source>
            <translation>◀ 上月</translation>
        </message>
        <message>
            <source>Next month ▶</source>
            <translation>下月 ▶</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <source>Sites missed on the day</source>
            <translation>当日漏巡网站</translation>
        </message>
        <message>
            <source>Green: at least 95% of the running sites inspected · amber: 80% or more · red: fewer. Choose a day to list the sites nobody inspected.</source>
            <translation>绿色：运行网站巡查率不低于95% · 黄色：不低于80% · 红色：低于80%。选择某一天可列出当日无人巡查的网站。</translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) not inspected on %1:</source>
            <translation>
                <numerusform>%1 有 %n 个网站未巡查：</numerusform>
            </translation>
        </message>
        <message>
            <source>Sites not inspected on %1:</source>
            <translation>%1 未巡查的网站：</translation>
        </message>
        <message>
            <source>Choose a unit.</source>
            <translation>请选择单位。</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>Coverage %1% · %n day(s) with every site inspected</source>
            <translation>
                <numerusform>覆盖率 %1% · 全部巡查到位 %n 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::DashboardPage</name>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Operating sites</source>
            <translation>运行中网站</translation>
        </message>
        <message>
            <source>Due for migration or closure</source>
            <translation>应迁移或关停</translation>
        </message>
        <message>
            <source>On the unified platform</source>
            <translation>集约化平台覆盖率</translation>
        </message>
        <message>
            <source>Computing the figures…</source>
            <translation>正在计算统计数据…</translation>
        </message>
        <message>
            <source>No sites are registered yet. The figures appear once sites are registered.</source>
            <translation>尚未登记任何网站。登记网站后即可显示统计数据。</translation>
        </message>
        <message>
            <source>Go to the site registry</source>
            <translation>前往网站登记</translation>
        </message>
        <message>
            <source>None: every township and county-department site is closed</source>
            <translation>无：乡镇（街道）和县级部门网站均已关停</translation>
        </message>
        <message>
            <source>Township/street or county-department sites still open</source>
            <translation>乡镇（街道）或县级部门网站仍在运行</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>总览</translation>
        </message>
        <message>
            <source>Inspected today</source>
            <translation>今日巡查覆盖率</translation>
        </message>
        <message>
            <source>Overdue rectifications</source>
            <translation>逾期整改</translation>
        </message>
        <message>
            <source>Requests waiting</source>
            <translation>待办申请</translation>
        </message>
        <message>
            <source>Average score</source>
            <translation>平均得分</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>合格率</translation>
        </message>
        <message>
            <source>Registry and consolidation</source>
            <translation>网站登记与集约化</translation>
        </message>
        <message>
            <source>%1 migrating, %2 planned, %3 closed</source>
            <translation>迁移中 %1 个，拟开设 %2 个，已关停 %3 个</translation>
        </message>
        <message>
            <source>Open or fixed, awaiting re-check and closure</source>
            <translation>待整改或已整改，待复查销号</translation>
        </message>
        <message>
            <source>None past its deadline</source>
            <translation>无逾期事项</translation>
        </message>
        <message>
            <source>Past the deadline: accountability items</source>
            <translation>已超整改期限，列入问责事项</translation>
        </message>
        <message>
            <source>Waiting for your decision</source>
            <translation>等待您审批</translation>
        </message>
        <message>
            <source>No scores synced yet</source>
            <translation>尚未同步考核得分</translation>
        </message>
        <message>
            <source>No assessment backend configured</source>
            <translation>尚未配置考核服务</translation>
        </message>
        <message>
            <source>%1, %2 sites; %3 points from %4</source>
            <translation>%1，%2 个网站；较%4 %3 分</translation>
        </message>
        <message>
            <source>%1, %2 sites</source>
            <translation>%1，%2 个网站</translation>
        </message>
        <message>
            <source>%1: %2 of %3 passed; %4 points from %5</source>
            <translation>%1：%3 个中 %2 个合格；较%5 %4 个百分点</translation>
        </message>
        <message>
            <source>%1: %2 of %3 passed</source>
            <translation>%1：%3 个中 %2 个合格</translation>
        </message>
        <message>
            <source>Weekly reviews not signed</source>
            <translation>一周一点评未签发</translation>
        </message>
        <message>
            <source>Supervision: daily inspection and weekly review</source>
            <translation>日常监管（每日一巡查、一周一点评）</translation>
        </message>
        <message>
            <source>Performance scores</source>
            <translation>绩效考核</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln open site(s)</source>
            <translation>
                <numerusform>%Ln 个未关停网站中的 %1 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln running site(s) inspected today</source>
            <translation>
                <numerusform>今日已巡查 %1 个，共 %Ln 个运行网站</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln unit(s), %2: %3 not submitted, %4 drafts</source>
            <translation>
                <numerusform>%2，%Ln 个单位中 %1 个未签发：其中未报送 %3 个、草稿 %4 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Spot checks this month</source>
            <translation>本月抽查</translation>
        </message>
        <message>
            <source>No plan drawn for %1 yet</source>
            <translation>%1 尚未抽取抽查计划</translation>
        </message>
        <message>
            <source>Veto risk</source>
            <translation>单项否决风险</translation>
        </message>
        <message>
            <source>No running site over an early-warning line of the probe</source>
            <translation>没有运行中的网站触及监测预警线</translation>
        </message>
        <message>
            <source>Over an early-warning line of the probe; %1 already at a veto line</source>
            <translation>触及监测预警线；其中 %1 个已达单项否决线</translation>
        </message>
        <message>
            <source>Unresolved rectifications</source>
            <translation>未销号整改</translation>
        </message>
        <message numerus="yes">
            <source>%1 of the %Ln running site(s) you take care of, inspected by you today</source>
            <translation>
                <numerusform>您看护的 %Ln 个运行网站中，今日已由您检查 %1 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Open in your jurisdiction: submitted, in review or awaiting the national filing</source>
            <translation>您管辖范围内未办结的申请：已提交、审核中或待全国备案</translation>
        </message>
        <message>
            <source>%1 planned, %2 assessed, %3 failing; share of running sites covered (at least %4 required)</source>
            <translation>计划 %1 个，已评 %2 个，不合格 %3 个；抽查覆盖运行网站的比例（要求不低于 %4）</translation>
        </message>
        <message>
            <source>Overdue error reports</source>
            <translation>逾期找错留言</translation>
        </message>
        <message numerus="yes">
            <source>None past the 3 working days; %Ln not closed</source>
            <translation>
                <numerusform>无超过 3 个工作日未办结的；%Ln 条未办结</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not closed within 3 working days, of %Ln not closed</source>
            <translation>
                <numerusform>超过 3 个工作日未办结，共 %Ln 条未办结</numerusform>
            </translation>
        </message>
        <message>
            <source>Key policies not reposted in 8 hours</source>
            <translation>重要政策超 8 小时未转载</translation>
        </message>
        <message numerus="yes">
            <source>Every open item reposted or within its 8 hours; %Ln open</source>
            <translation>
                <numerusform>跟踪中的信息均已转载或未满 8 小时；跟踪中 %Ln 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open past 8 hours with a portal missing, of %Ln open</source>
            <translation>
                <numerusform>超过 8 小时仍有门户网站未转载；跟踪中共 %Ln 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>年度报表</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>The report of %1 was due by %2 and is not published</source>
            <translation>%1年度报表应于 %2 前报送，尚未发布</translation>
        </message>
        <message>
            <source>The report of %1 is due by %2</source>
            <translation>%1年度报表应于 %2 前报送</translation>
        </message>
    </context>
    <context>
        <name>sitegov::DecisionDialog</name>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Return for changes</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>The filer gets the request back to change and submit again; the chain starts over.</source>
            <translation>申请退回申请人修改后重新提交，审批从第一步重新开始。</translation>
        </message>
        <message>
            <source>The request ends here; the filer can file a new one.</source>
            <translation>申请到此结束；申请人可以另行提出新的申请。</translation>
        </message>
        <message>
            <source>Policy checks</source>
            <translation>政策核查</translation>
        </message>
        <message>
            <source>&amp;Comment for the record:</source>
            <translation>审批意见(&amp;C)：</translation>
        </message>
        <message>
            <source>Say why, for the filer.</source>
            <translation>请向申请人说明理由。</translation>
        </message>
        <message>
            <source>%1 (Ctrl+Enter)</source>
            <translation>%1（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>The errors above must be resolved before the request can be approved: return it to the filer.</source>
            <translation>上述错误解决之前不能批准此申请：请退回申请人修改。</translation>
        </message>
        <message>
            <source>A comment is required: the filer needs to know why.</source>
            <translation>必须填写意见：申请人需要知道原因。</translation>
        </message>
        <message>
            <source>For example: Approved.</source>
            <translation>例如：同意。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::FirstAdministratorDialog</name>
        <message>
            <source>Create and log in</source>
            <translation>创建并登录</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>Give the name of your unit, for example 福建省人民政府办公厅.</source>
            <translation>请填写所在单位名称，例如 福建省人民政府办公厅。</translation>
        </message>
        <message>
            <source>The division code has 6 digits, for example 350000 for Fujian.</source>
            <translation>行政区划代码为 6 位数字，例如福建省为 350000。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::ImportDialog</name>
        <message>
            <source>&amp;Choose…</source>
            <translation>选择(&amp;C)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Import into the registry</source>
            <translation>导入登记数据</translation>
        </message>
        <message>
            <source>The first line names the columns, in Chinese or in English (an export shows them). CSV files may be UTF-8 (with or without BOM) or GBK, as Excel writes them; XLSX files are read from their first sheet. Units: import parents before their units. Import units, then persons, then sites, then assignments.</source>
            <translation>第一行为列名，中英文均可（可参照导出文件）。CSV 文件可以是 UTF-8（带或不带 BOM）或 Excel 保存的 GBK；XLSX 文件读取第一个工作表。单位：上级单位须在下级之前。请依次导入单位、人员、网站、责任分工。</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>内容(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>Import from</source>
            <translation>从文件导入</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading and checking %1…</source>
            <translation>正在读取并检查 %1…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>已取消：未作任何改动。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>未导入任何数据。</translation>
        </message>
        <message>
            <source>The file has no rows under its header.</source>
            <translation>文件表头下没有数据行。</translation>
        </message>
        <message>
            <source>Import only the %1 &amp;good rows</source>
            <translation>仅导入 %1 行无误数据(&amp;G)</translation>
        </message>
        <message>
            <source>Every row</source>
            <translation>全部行</translation>
        </message>
        <message>
            <source>Rows with errors</source>
            <translation>有错误的行</translation>
        </message>
        <message>
            <source>New rows</source>
            <translation>新增的行</translation>
        </message>
        <message>
            <source>Updated rows</source>
            <translation>更新的行</translation>
        </message>
        <message>
            <source>Unchanged rows</source>
            <translation>未变化的行</translation>
        </message>
        <message>
            <source>The file's rows and what the import does with each</source>
            <translation>文件中的各行及导入时对每行的处理</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>显示(&amp;S)：</translation>
        </message>
        <message>
            <source>%1 new, %2 updated, %3 unchanged, %4 with errors</source>
            <translation>新增 %1 行，更新 %2 行，未变化 %3 行，有错误 %4 行</translation>
        </message>
        <message>
            <source>Imported %1 of %2 rows: %3.</source>
            <translation>已导入 %2 行中的 %1 行：%3。</translation>
        </message>
        <message>
            <source>All %1 rows are good and ready to import: %2.</source>
            <translation>全部 %1 行均无误，可以导入：%2。</translation>
        </message>
        <message>
            <source>%1 of %2 rows have errors: nothing is imported unless you choose to import only the %3 good rows (%4).</source>
            <translation>%2 行中有 %1 行存在错误：除非您选择只导入无误的 %3 行（%4），否则不导入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::ImportPreviewModel</name>
        <message>
            <source>✚ new</source>
            <translation>✚ 新增</translation>
        </message>
        <message>
            <source>✎ updated</source>
            <translation>✎ 更新</translation>
        </message>
        <message>
            <source>= unchanged</source>
            <translation>= 未变化</translation>
        </message>
        <message>
            <source>✚ added</source>
            <translation>✚ 已添加</translation>
        </message>
        <message>
            <source>✘ error</source>
            <translation>✘ 错误</translation>
        </message>
        <message>
            <source>Changes: %1</source>
            <translation>变更：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Changes or errors</source>
            <translation>变更或错误</translation>
        </message>
    </context>
    <context>
        <name>sitegov::InspectionForm</name>
        <message>
            <source>&amp;Save and next</source>
            <translation>保存并下一个(&amp;S)</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>巡查项</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Note (required when failed)</source>
            <translation>说明（不通过时必填）</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>巡查清单</translation>
        </message>
        <message>
            <source>A note on the whole inspection (optional)</source>
            <translation>本次巡查的总体说明（可选）</translation>
        </message>
        <message>
            <source>Inspection note</source>
            <translation>巡查说明</translation>
        </message>
        <message>
            <source>Keys: &lt;b&gt;P&lt;/b&gt; passed · &lt;b&gt;F&lt;/b&gt; failed (then type the note, Enter) · &lt;b&gt;N&lt;/b&gt; not applicable · &lt;b&gt;↑↓&lt;/b&gt; move · &lt;b&gt;Ctrl+Enter&lt;/b&gt; save and go to the next site</source>
            <translation>按键：&lt;b&gt;P&lt;/b&gt; 通过 · &lt;b&gt;F&lt;/b&gt; 不通过（随后填写说明，回车）· &lt;b&gt;N&lt;/b&gt; 不适用 · &lt;b&gt;↑↓&lt;/b&gt; 移动 · &lt;b&gt;Ctrl+回车&lt;/b&gt; 保存并转到下一个网站</translation>
        </message>
        <message>
            <source>Mark every item not yet decided as passed (Alt+P)</source>
            <translation>将尚未判定的项目全部标为通过（Alt+P）</translation>
        </message>
        <message>
            <source>Save this inspection and open the next site still to inspect (Ctrl+Enter)</source>
            <translation>保存本次巡查并打开下一个待巡查网站（Ctrl+回车）</translation>
        </message>
        <message>
            <source>Item %1 (%2) has no result yet: press P, F or N.</source>
            <translation>第 %1 项（%2）尚未判定：请按 P、F 或 N。</translation>
        </message>
        <message>
            <source>— (P / F / N)</source>
            <translation>—（P / F / N）</translation>
        </message>
        <message>
            <source>A failed item needs a note: what is wrong?</source>
            <translation>不通过的项目须填写说明：存在什么问题？</translation>
        </message>
        <message>
            <source>Your role does not log inspections: you can only look at them.</source>
            <translation>您的角色不录入巡查，仅可查看。</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Mark rest &amp;passed</source>
            <translation>其余通过(&amp;P)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n item(s) decided</source>
            <translation>
                <numerusform>已判定 %1 / %n 项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::InspectionListModel</name>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>标识码</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>巡查人</translation>
        </message>
        <message>
            <source>Failed items</source>
            <translation>不通过项</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>已更正</translation>
        </message>
    </context>
    <context>
        <name>sitegov::InspectionsPage</name>
        <message>
            <source>&amp;Today</source>
            <translation>今日巡查(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Rectification</source>
            <translation>整改(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Coverage</source>
            <translation>覆盖率(&amp;C)</translation>
        </message>
        <message>
            <source>Rec&amp;ords</source>
            <translation>巡查记录(&amp;O)</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>日常巡查</translation>
        </message>
        <message>
            <source>C&amp;hecklist…</source>
            <translation>巡查清单(&amp;H)…</translation>
        </message>
        <message>
            <source>Edit the daily checklist and its rectification deadlines (administrators)</source>
            <translation>编辑每日巡查清单及整改期限（管理员）</translation>
        </message>
        <message>
            <source>Checklist version %1 is in force for new inspections.</source>
            <translation>新录入的巡查将使用第 %1 版巡查清单。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::IsoWeek</name>
        <message>
            <source>Week %2 of %1</source>
            <translation>%1年第%2周</translation>
        </message>
    </context>
    <context>
        <name>sitegov::LineChartPanel</name>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2：%3</translation>
        </message>
    </context>
    <context>
        <name>sitegov::ListTable</name>
        <message>
            <source>Reading every row of the list…</source>
            <translation>正在读取列表的全部行…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>CSV, GBK for older Excel (*.csv)</source>
            <translation>CSV，GBK，适用于旧版 Excel (*.csv)</translation>
        </message>
        <message>
            <source>Export the list: %1</source>
            <translation>导出列表：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>已将 %n 行导出到 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n row(s))</source>
            <translation>
                <numerusform>%1（%n 行）</numerusform>
            </translation>
        </message>
        <message>
            <source>Print the list: %1</source>
            <translation>打印列表：%1</translation>
        </message>
    </context>
    <context>
        <name>sitegov::LoginDialog</name>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在验证…</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>请输入用户名。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::MainWindow</name>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>%1 — SiteGov</source>
            <translation>%1 — SiteGov</translation>
        </message>
        <message>
            <source>SiteGov databases (*.db *.sqlite);;All files (*)</source>
            <translation>SiteGov 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>%1 already exists. Choose a new file name, or use Open Database to open it.</source>
            <translation>%1 已存在。请选择新的文件名，或使用“打开数据库”打开它。</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>用户：%1</translation>
        </message>
        <message>
            <source>User: %1 · %2</source>
            <translation>用户：%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n waiting for you</source>
            <translation>
                <numerusform>%1：%n 项待您审批</numerusform>
            </translation>
        </message>
        <message>
            <source>This page has no search box.</source>
            <translation>本页没有搜索框。</translation>
        </message>
        <message>
            <source>This page shows no list to export.</source>
            <translation>本页没有可导出的列表。</translation>
        </message>
        <message>
            <source>This page shows nothing to print.</source>
            <translation>本页没有可打印的内容。</translation>
        </message>
        <message>
            <source>Quit SiteGov</source>
            <translation>退出 SiteGov</translation>
        </message>
    </context>
    <context>
        <name>sitegov::MissedSitesModel</name>
        <message>
            <source>Code</source>
            <translation>标识码</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Caretaker</source>
            <translation>看护人</translation>
        </message>
    </context>
    <context>
        <name>sitegov::NewAccountDialog</name>
        <message>
            <source>New account</source>
            <translation>新建账号</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>U&amp;nit:</source>
            <translation>单位(&amp;N)：</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>Choose the unit from the list.</source>
            <translation>请从列表中选择单位。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::PasswordDialog</name>
        <message>
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>确认(&amp;R)：</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::People</name>
        <message>
            <source>Login name: %1</source>
            <translation>登录名：%1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>sitegov::PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>新建人员</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>编辑人员</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>单位(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>职务(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Telephone:</source>
            <translation>电话(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>电子邮件(&amp;E)：</translation>
        </message>
        <message>
            <source>The new responsible person</source>
            <translation>新的责任人</translation>
        </message>
        <message>
            <source>The person %1</source>
            <translation>责任人 %1</translation>
        </message>
    </context>
    <context>
        <name>sitegov::PoliciesPage</name>
        <message>
            <source>Search title or issuing body (Ctrl+F)</source>
            <translation>搜索标题或发布机关（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search key policies</source>
            <translation>搜索重要政策</translation>
        </message>
        <message>
            <source>Key policies</source>
            <translation>重要政策转载</translation>
        </message>
        <message>
            <source>&amp;New key policy…</source>
            <translation>登记重要政策(&amp;N)…</translation>
        </message>
        <message>
            <source>Register a key policy by hand (Ctrl+N)</source>
            <translation>手工登记一条重要政策信息（Ctrl+N）</translation>
        </message>
        <message>
            <source>Your roles do not register key policies.</source>
            <translation>您的角色不负责登记重要政策信息。</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Import a list of key policies: CSV (UTF-8 or GBK) or XLSX (Ctrl+I)</source>
            <translation>导入重要政策信息清单：CSV（UTF-8 或 GBK）或 XLSX（Ctrl+I）</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>State filter</source>
            <translation>状态筛选</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>跟踪中</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超时未转载</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>%n key policy item(s)</source>
            <translation>
                <numerusform>%n 条重要政策信息</numerusform>
            </translation>
        </message>
        <message>
            <source>No key policy matches these filters.</source>
            <translation>没有符合筛选条件的重要政策信息。</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>No key policy has been registered yet. Import a list or register one by hand.</source>
            <translation>尚未登记重要政策信息。请导入清单或手工登记。</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>All units in my jurisdiction</source>
            <translation>本辖区全部单位</translation>
        </message>
        <message>
            <source>all units</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>my jurisdiction</source>
            <translation>本辖区</translation>
        </message>
        <message>
            <source>Reading the key policies…</source>
            <translation>正在读取重要政策信息…</translation>
        </message>
        <message>
            <source>Every open key policy is reposted, or still within its 8 hours.</source>
            <translation>跟踪中的重要政策信息均已转载或未满 8 小时。</translation>
        </message>
        <message numerus="yes">
            <source>%n key policy item(s) published more than 8 hours ago are not reposted on every portal.</source>
            <translation>
                <numerusform>%n 条重要政策信息发布已超过 8 小时，仍有门户网站未转载。</numerusform>
            </translation>
        </message>
        <message>
            <source>The key policy is registered.</source>
            <translation>重要政策信息已登记。</translation>
        </message>
        <message>
            <source>Import key policies</source>
            <translation>导入重要政策信息</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors. Correct them and import the file again.</source>
            <translation>
                <numerusform>未导入任何数据：%n 行有错误。请改正后重新导入。</numerusform>
            </translation>
        </message>
        <message>
            <source>The file has no key policies: nothing was imported.</source>
            <translation>文件中没有重要政策信息，未导入任何数据。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n key policy item(s) from %1.</source>
            <translation>
                <numerusform>已从 %1 导入 %n 条重要政策信息。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::PolicyDetailPanel</name>
        <message>
            <source>Choose a key policy to see it here.</source>
            <translation>请选择一条重要政策信息，在此查看。</translation>
        </message>
        <message>
            <source>&amp;Record repost…</source>
            <translation>记录转载(&amp;R)…</translation>
        </message>
        <message>
            <source>C&amp;lose item</source>
            <translation>结束跟踪(&amp;L)</translation>
        </message>
        <message>
            <source>Issued by:</source>
            <translation>发布机关：</translation>
        </message>
        <message>
            <source>Published:</source>
            <translation>发布时间：</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <source>Reposts:</source>
            <translation>转载情况：</translation>
        </message>
        <message>
            <source>Portals</source>
            <translation>门户网站数</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>门户网站</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>发现时间</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Record a repost you saw on the chosen portal, with its address</source>
            <translation>记录在所选门户网站上看到的转载，并填写地址</translation>
        </message>
        <message>
            <source>Stop looking for this item; its figures stay</source>
            <translation>不再查找这条信息，统计数据保留</translation>
        </message>
        <message>
            <source>Key policy</source>
            <translation>重要政策信息</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>Probe: %1</source>
            <translation>监测发现：%1</translation>
        </message>
        <message>
            <source>By hand: %1</source>
            <translation>手工记录：%1</translation>
        </message>
        <message>
            <source>No repost column registered</source>
            <translation>未登记转载专栏</translation>
        </message>
        <message>
            <source>%1 within 8 hours, %2 late, %3 not yet, of %4 portals</source>
            <translation>%4 个门户网站中，8 小时内转载 %1 个，超时转载 %2 个，未转载 %3 个</translation>
        </message>
        <message>
            <source>The repost is recorded.</source>
            <translation>转载已记录。</translation>
        </message>
        <message>
            <source>The item is closed: the probe no longer looks for it.</source>
            <translation>该信息已结束跟踪，监测程序不再查找。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::PolicyDialog</name>
        <message>
            <source>Register a key policy</source>
            <translation>登记重要政策信息</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Issued by:</source>
            <translation>发布机关(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Published:</source>
            <translation>发布时间(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Source address:</source>
            <translation>来源地址(&amp;S)：</translation>
        </message>
        <message>
            <source>A key policy of the State Council or the provincial government: every government portal of a county or above reposts it in its repost column within 8 hours of its publication.</source>
            <translation>国务院和省政府发布的重要政策信息：县级以上政府门户网站须在发布后 8 小时内在转载专栏转载。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::PolicyListModel</name>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>发布机关</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布时间</translation>
        </message>
        <message>
            <source>Portals</source>
            <translation>门户网站数</translation>
        </message>
        <message>
            <source>Within 8 h</source>
            <translation>8 小时内</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>超时转载</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>未转载</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>跟踪中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Published more than 8 hours ago, and a portal has not reposted it yet</source>
            <translation>发布已超过 8 小时，仍有门户网站未转载</translation>
        </message>
    </context>
    <context>
        <name>sitegov::ProbeColumnsDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>新增(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <source>Columns of %1</source>
            <translation>%1 的栏目</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Selector rule</source>
            <translation>选择规则</translation>
        </message>
        <message>
            <source>empty: the list items of the page</source>
            <translation>留空：取页面中的列表条目</translation>
        </message>
        <message>
            <source>News and dynamics go stale after 2 weeks without a new item, notices and policy documents after 6 months, other columns after 12 months. A selector rule says where the items are when the page has other dated lists: a tag, .class or #id path such as "div.list ul", or "re:" and a pattern the item's line starts with.</source>
            <translation>新闻动态类栏目 2 周无新信息、通知公告和政策文件类栏目 6 个月无新信息、其他栏目 12 个月无新信息，即视为未及时更新。页面中还有其他带日期的列表时，用选择规则指明信息条目所在位置：标签、.class 或 #id 组成的路径，如“div.list ul”；或以“re:”开头，后接条目所在行开头的正则表达式。</translation>
        </message>
        <message>
            <source>Column name</source>
            <translation>栏目名称</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Add a column</source>
            <translation>新增栏目</translation>
        </message>
        <message>
            <source>Change a column</source>
            <translation>修改栏目</translation>
        </message>
        <message>
            <source>Remove a column</source>
            <translation>移除栏目</translation>
        </message>
        <message>
            <source>Stop checking the column "%1"? Its past measurements are kept.</source>
            <translation>停止检查栏目“%1”？已有的监测记录将保留。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::RecordsTab</name>
        <message>
            <source>Search site, code or inspector</source>
            <translation>搜索网站、标识码或巡查人</translation>
        </message>
        <message>
            <source>Search inspection records</source>
            <translation>搜索巡查记录</translation>
        </message>
        <message>
            <source>Inspection records</source>
            <translation>巡查记录</translation>
        </message>
        <message>
            <source>Enter or double-click opens the inspection</source>
            <translation>回车或双击打开巡查记录</translation>
        </message>
        <message>
            <source>Only with fail&amp;ures</source>
            <translation>仅显示有不通过项的(&amp;U)</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>至：</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>%n inspection(s)</source>
            <translation>
                <numerusform>%n 条巡查记录</numerusform>
            </translation>
        </message>
        <message>
            <source>No inspection in this period matches.</source>
            <translation>该期间没有符合条件的巡查记录。</translation>
        </message>
        <message>
            <source>Reading the inspections…</source>
            <translation>正在读取巡查记录…</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>巡查</translation>
        </message>
        <message>
            <source>Inspection of %1 on %2</source>
            <translation>%1 %2 巡查记录</translation>
        </message>
        <message>
            <source>By %1, logged %2</source>
            <translation>巡查人 %1，录入于 %2</translation>
        </message>
        <message>
            <source>corrected %1 by %2: %3</source>
            <translation>%1 由 %2 更正：%3</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>更正(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>Why is it corrected? (required, recorded in the audit trail)</source>
            <translation>更正原因（必填，将记入审计记录）</translation>
        </message>
        <message>
            <source>Say why the inspection is corrected.</source>
            <translation>请说明更正该巡查的原因。</translation>
        </message>
        <message>
            <source>Inspection corrected.</source>
            <translation>巡查已更正。</translation>
        </message>
        <message>
            <source>Inspection changed.</source>
            <translation>巡查已修改。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::RectificationListModel</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Responsible unit</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>巡查项</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>下发日期</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Overdue: the deadline %1 has passed and nobody has reported it fixed.</source>
            <translation>已逾期：整改期限 %1 已过，仍未报告整改完成。</translation>
        </message>
        <message numerus="yes">
            <source>Overdue %n day(s)</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::RectificationTab</name>
        <message>
            <source>Search site, unit or problem</source>
            <translation>搜索网站、单位或问题</translation>
        </message>
        <message>
            <source>Search rectification items</source>
            <translation>搜索整改事项</translation>
        </message>
        <message>
            <source>Rectification items</source>
            <translation>整改事项</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>状态筛选</translation>
        </message>
        <message>
            <source>Unresolved (open or fixed)</source>
            <translation>未办结（待整改或已整改）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>全部网站</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>History of the item</source>
            <translation>整改过程记录</translation>
        </message>
        <message>
            <source>Report fi&amp;xed…</source>
            <translation>报告已整改(&amp;X)…</translation>
        </message>
        <message>
            <source>Re-check: pass&amp;ed…</source>
            <translation>复查通过(&amp;E)…</translation>
        </message>
        <message>
            <source>Re-check: &amp;not fixed…</source>
            <translation>复查未通过(&amp;N)…</translation>
        </message>
        <message>
            <source>C&amp;lose…</source>
            <translation>销号(&amp;L)…</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>No rectification item matches.</source>
            <translation>没有符合条件的整改事项。</translation>
        </message>
        <message>
            <source>Show all items</source>
            <translation>显示全部事项</translation>
        </message>
        <message>
            <source>One site only</source>
            <translation>仅此网站</translation>
        </message>
        <message>
            <source>Reading the rectification items…</source>
            <translation>正在读取整改事项…</translation>
        </message>
        <message>
            <source>Choose an item to see its history and act on it.</source>
            <translation>选择一项整改以查看过程记录并办理。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;（%2）：%3</translation>
        </message>
        <message>
            <source>Opened %1 by %2 · deadline %3 · status &lt;b&gt;%4&lt;/b&gt;</source>
            <translation>%1 由 %2 下发 · 整改期限 %3 · 状态 &lt;b&gt;%4&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s).</source>
            <translation>
                <numerusform>已逾期 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>Failed again</source>
            <translation>再次不通过</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>下发</translation>
        </message>
        <message>
            <source>How was it fixed?</source>
            <translation>如何整改的？</translation>
        </message>
        <message>
            <source>What did the re-check find? (optional)</source>
            <translation>复查情况（可选）</translation>
        </message>
        <message>
            <source>What is still wrong?</source>
            <translation>还存在什么问题？</translation>
        </message>
        <message>
            <source>It was not re-checked: why is it closed (withdrawn, a duplicate)?</source>
            <translation>该事项尚未复查：为什么销号（撤回、重复）？</translation>
        </message>
        <message>
            <source>A closing note (optional)</source>
            <translation>销号说明（可选）</translation>
        </message>
        <message>
            <source>Rectification</source>
            <translation>整改</translation>
        </message>
        <message>
            <source>A note is required for this step.</source>
            <translation>此步骤须填写说明。</translation>
        </message>
        <message>
            <source>Rectification item %1 updated.</source>
            <translation>整改事项 %1 已更新。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::RepostDialog</name>
        <message>
            <source>Record a repost</source>
            <translation>记录转载</translation>
        </message>
        <message>
            <source>The portal's identifier code</source>
            <translation>门户网站的网站标识码</translation>
        </message>
        <message>
            <source>&amp;Portal:</source>
            <translation>门户网站(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Appeared:</source>
            <translation>转载时间(&amp;T)：</translation>
        </message>
        <message>
            <source>The repost you saw on the portal, recorded with your account. An earlier time than one recorded already replaces it.</source>
            <translation>以您的账号记录在门户网站上看到的转载。早于已记录时间的，替换原记录。</translation>
        </message>
        <message>
            <source>No site has this code.</source>
            <translation>没有使用该标识码的网站。</translation>
        </message>
        <message>
            <source>Enter the portal's identifier code.</source>
            <translation>请填写门户网站的网站标识码。</translation>
        </message>
        <message>
            <source>There is no site with the identifier code %1.</source>
            <translation>没有网站标识码为 %1 的网站。</translation>
        </message>
        <message>
            <source>Enter the address of the reposted page (http:// or https://).</source>
            <translation>请填写转载页面的地址（http:// 或 https://）。</translation>
        </message>
        <message>
            <source>The repost cannot have appeared in the future.</source>
            <translation>转载时间不能晚于当前时间。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::RequestDetailPanel</name>
        <message>
            <source>No objection from the policy checks.</source>
            <translation>政策核查未发现问题。</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>添加人</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>提交(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>撤回(&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>批准(&amp;A)…</translation>
        </message>
        <message>
            <source>Re&amp;turn…</source>
            <translation>退回(&amp;T)…</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>驳回(&amp;J)…</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Add a file</source>
            <translation>添加文件(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>移除(&amp;R)…</translation>
        </message>
        <message>
            <source>Change the draft or the returned request (Ctrl+E)</source>
            <translation>修改草稿或被退回的申请（Ctrl+E）</translation>
        </message>
        <message>
            <source>Send the request to the first step of its chain (Ctrl+Enter)</source>
            <translation>将申请报送审批链的第一步（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Approve this step (Ctrl+Shift+A)</source>
            <translation>批准本环节（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <source>Return the request to the filer for changes (Ctrl+Shift+R)</source>
            <translation>将申请退回申请人修改（Ctrl+Shift+R）</translation>
        </message>
        <message>
            <source>Reject the request; it ends here</source>
            <translation>驳回申请，申请到此结束</translation>
        </message>
        <message>
            <source>Export to PDF…</source>
            <translation>导出为 PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Approval chain</source>
            <translation>审批链</translation>
        </message>
        <message>
            <source>Attach: %1</source>
            <translation>添加附件：%1</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.ofd *.doc *.docx *.wps *.jpg *.jpeg *.png *.txt *.zip);;All files (*)</source>
            <translation>文档 (*.pdf *.ofd *.doc *.docx *.wps *.jpg *.jpeg *.png *.txt *.zip);;所有文件 (*)</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>文件未添加</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>History</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <source>Select a request to see its chain, checks and history.</source>
            <translation>选择一项申请，查看其审批链、核查和处理记录。</translation>
        </message>
        <message>
            <source>No. %1 · %2 · %3</source>
            <translation>编号 %1 · %2 · %3</translation>
        </message>
        <message>
            <source> (step %1 of %2)</source>
            <translation>（第 %1 步，共 %2 步）</translation>
        </message>
        <message>
            <source> — waiting for %1 of %2</source>
            <translation> — 等待%2%1</translation>
        </message>
        <message>
            <source>Record the &amp;national filing…</source>
            <translation>记录全国备案(&amp;N)…</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>申请单位</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Merge into</source>
            <translation>整合至</translation>
        </message>
        <message>
            <source>Proposed site</source>
            <translation>拟开设网站</translation>
        </message>
        <message>
            <source>Identifier code</source>
            <translation>网站标识码</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>新名称</translation>
        </message>
        <message>
            <source>New domain</source>
            <translation>新域名</translation>
        </message>
        <message>
            <source>New host unit</source>
            <translation>新主办单位</translation>
        </message>
        <message>
            <source>Filed by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>办结时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>申请理由</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>特殊需求说明</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>已备案</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>待办</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256：%1</translation>
        </message>
        <message>
            <source>Attachments (%1)</source>
            <translation>附件（%1）</translation>
        </message>
        <message>
            <source>History (%1)</source>
            <translation>处理记录（%1）</translation>
        </message>
        <message>
            <source>Submit the request</source>
            <translation>提交申请</translation>
        </message>
        <message>
            <source>Submit "%1"? It goes to %2 first, and cannot be changed unless it is returned.</source>
            <translation>提交“%1”？申请将首先报送%2，除非被退回，否则不能再修改。</translation>
        </message>
        <message>
            <source>The request was not submitted</source>
            <translation>申请未提交</translation>
        </message>
        <message>
            <source>Request %1 submitted.</source>
            <translation>申请 %1 已提交。</translation>
        </message>
        <message>
            <source>Withdraw the request</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <source>Withdraw "%1"? It ends here and cannot be resumed; a new request can be filed later.</source>
            <translation>撤回“%1”？申请到此结束且不能恢复；以后可以另行提出新的申请。</translation>
        </message>
        <message>
            <source>The request was not withdrawn</source>
            <translation>申请未撤回</translation>
        </message>
        <message>
            <source>Request %1 withdrawn.</source>
            <translation>申请 %1 已撤回。</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3 by %4</source>
            <translation>第 %1 步（共 %2 步）：%4%3</translation>
        </message>
        <message>
            <source>The request goes on to the next step of its chain.</source>
            <translation>申请将转入审批链的下一步。</translation>
        </message>
        <message>
            <source>This is the final decision: the request is carried out on the registry at once.</source>
            <translation>这是最终决定：申请将立即在网站登记中执行。</translation>
        </message>
        <message>
            <source>The request is approved and then awaits the national filing, which carries it out.</source>
            <translation>申请获批后等待全国备案，备案后执行。</translation>
        </message>
        <message>
            <source>The decision was not recorded</source>
            <translation>审批决定未保存</translation>
        </message>
        <message>
            <source>Request %1: %2.</source>
            <translation>申请 %1：%2。</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>导出为 PDF</translation>
        </message>
        <message>
            <source>Request %1 %2</source>
            <translation>申请 %1 %2</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%n page(s)).</source>
            <translation>
                <numerusform>已保存 %1（%n 页）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <source>No temporary folder could be made for the file.</source>
            <translation>无法为该文件创建临时文件夹。</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>No program opens %1; it is saved at %2.</source>
            <translation>没有程序能打开 %1；文件已保存在 %2。</translation>
        </message>
        <message>
            <source>Save the file</source>
            <translation>保存文件</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <source>Remove the file</source>
            <translation>移除文件</translation>
        </message>
        <message>
            <source>Remove %1 from the request?</source>
            <translation>从申请中移除 %1？</translation>
        </message>
        <message>
            <source>The file was not removed</source>
            <translation>文件未移除</translation>
        </message>
        <message>
            <source>Resolve the errors shown in red first (edit the request or attach what is missing)</source>
            <translation>请先解决红色标出的错误（修改申请或补充所缺材料）</translation>
        </message>
        <message>
            <source>After submission</source>
            <translation>提交后</translation>
        </message>
        <message>
            <source>Print the request with its decisions (Ctrl+P), or export it to PDF</source>
            <translation>打印申请及其审批意见（Ctrl+P），或导出为 PDF</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>Latest opinion: %1 by %2, %3</source>
            <translation>最新意见：%2 %1，%3</translation>
        </message>
    </context>
    <context>
        <name>sitegov::RequestDialog</name>
        <message>
            <source>New request</source>
            <translation>新建申请</translation>
        </message>
        <message>
            <source>Edit request %1</source>
            <translation>修改申请 %1</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>（不变）</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>保存草稿(&amp;D)</translation>
        </message>
        <message>
            <source>Keep the request as a draft to finish later (Ctrl+S)</source>
            <translation>保存为草稿，稍后完成（Ctrl+S）</translation>
        </message>
        <message>
            <source>Save and &amp;submit</source>
            <translation>保存并提交(&amp;S)</translation>
        </message>
        <message>
            <source>Send the request to the first step of its approval chain (Ctrl+Enter)</source>
            <translation>将申请报送审批链的第一步（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>(choose a site)</source>
            <translation>（请选择网站）</translation>
        </message>
        <message>
            <source>Choose the requesting unit.</source>
            <translation>请选择申请单位。</translation>
        </message>
        <message>
            <source>Approval chain: %1</source>
            <translation>审批链：%1</translation>
        </message>
        <message>
            <source>Choose the site the request is about.</source>
            <translation>请选择申请涉及的网站。</translation>
        </message>
        <message>
            <source>Fix the errors shown in red first; a draft can be saved meanwhile.</source>
            <translation>请先改正红色标出的错误；在此之前可以保存草稿。</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 是空文件。</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MiB, the most a request can hold.</source>
            <translation>%1 超过 %2 MiB，即单个申请附件的上限。</translation>
        </message>
        <message>
            <source>Attach: %1</source>
            <translation>添加附件：%1</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.ofd *.doc *.docx *.wps *.jpg *.jpeg *.png *.txt *.zip);;All files (*)</source>
            <translation>文档 (*.pdf *.ofd *.doc *.docx *.wps *.jpg *.jpeg *.png *.txt *.zip);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Stored with the request</source>
            <translation>已随申请保存</translation>
        </message>
        <message>
            <source>The request was not saved</source>
            <translation>申请未保存</translation>
        </message>
        <message>
            <source>The request was saved, but an attachment was not removed</source>
            <translation>申请已保存，但有附件未能移除</translation>
        </message>
        <message>
            <source>The request was saved, but a file was not attached</source>
            <translation>申请已保存，但有文件未能添加</translation>
        </message>
        <message>
            <source>The request was saved as a draft, but not submitted</source>
            <translation>申请已保存为草稿，但未提交</translation>
        </message>
        <message>
            <source>(choose the type of request)</source>
            <translation>（请选择申请类型）</translation>
        </message>
        <message>
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>The new request</source>
            <translation>新申请</translation>
        </message>
        <message>
            <source>Request %1</source>
            <translation>申请 %1</translation>
        </message>
        <message>
            <source>&amp;Host unit (requesting):</source>
            <translation>主办单位（申请单位）(&amp;H)：</translation>
        </message>
        <message>
            <source>Requesting &amp;unit:</source>
            <translation>申请单位(&amp;U)：</translation>
        </message>
        <message>
            <source>Choose the type of request.</source>
            <translation>请选择申请类型。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::RequestListModel</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>申请单位</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Filed by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>最后变更</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
    </context>
    <context>
        <name>sitegov::RequestsPage</name>
        <message>
            <source>&amp;New request…</source>
            <translation>新建申请(&amp;N)…</translation>
        </message>
        <message>
            <source>File a request to open, close, migrate, merge or change a site (Ctrl+N)</source>
            <translation>提出开设、关停、迁移、整合或变更网站的申请（Ctrl+N）</translation>
        </message>
        <message>
            <source>By type</source>
            <translation>按类型新建</translation>
        </message>
        <message>
            <source>Waiting for me</source>
            <translation>待我审批</translation>
        </message>
        <message>
            <source>My requests</source>
            <translation>我的申请</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>全部申请</translation>
        </message>
        <message>
            <source>All in my jurisdiction</source>
            <translation>辖区内全部申请</translation>
        </message>
        <message>
            <source>Search title or unit (Ctrl+F)</source>
            <translation>搜索标题或单位（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search requests</source>
            <translation>搜索申请</translation>
        </message>
        <message>
            <source>State filter</source>
            <translation>状态筛选</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Open (submitted or in review)</source>
            <translation>办理中（已提交或审核中）</translation>
        </message>
        <message>
            <source>Type filter</source>
            <translation>类型筛选</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>申请审批</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n 项申请</numerusform>
            </translation>
        </message>
        <message>
            <source>No request matches these filters.</source>
            <translation>没有符合筛选条件的申请。</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>Nothing is waiting for your decision.</source>
            <translation>没有待您审批的申请。</translation>
        </message>
        <message>
            <source>Show all requests</source>
            <translation>显示全部申请</translation>
        </message>
        <message>
            <source>You have filed no request yet.</source>
            <translation>您还没有提出过申请。</translation>
        </message>
        <message>
            <source>File a request</source>
            <translation>提出申请</translation>
        </message>
        <message>
            <source>No request has been filed yet.</source>
            <translation>还没有人提出申请。</translation>
        </message>
        <message>
            <source>Waiting for me (%1)</source>
            <translation>待我审批（%1）</translation>
        </message>
        <message>
            <source>Reading the requests…</source>
            <translation>正在读取申请…</translation>
        </message>
        <message>
            <source>Request %1 submitted.</source>
            <translation>申请 %1 已提交。</translation>
        </message>
        <message>
            <source>Request %1 saved as a draft.</source>
            <translation>申请 %1 已保存为草稿。</translation>
        </message>
        <message>
            <source>Your account (%1) files no requests: requests to open, close, migrate, merge or change a site are filed by a unit's director, caretaker (inspector) or administrator, and approvers decide them. Ask one of them to file it.</source>
            <translation>您的账号（%1）不能提交申请：网站开设、关停、迁移、整合和变更申请由单位负责人、看护人（检查员）或管理员提交，由审批人审批。请请他们提交。</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>新建申请</translation>
        </message>
    </context>
    <context>
        <name>sitegov::ReviewListModel</name>
        <message>
            <source>Week</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>撰写人</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>签发时间</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>最后修改</translation>
        </message>
        <message>
            <source>%1: no signed review for last week</source>
            <translation>%1：上周一周一点评未签发</translation>
        </message>
        <message>
            <source>No review has been written for this week</source>
            <translation>本周尚未撰写点评</translation>
        </message>
    </context>
    <context>
        <name>sitegov::ScoreSyncController</name>
        <message>
            <source>Fetching the scores of %1 (%2 of %3 periods, %4 scores)…</source>
            <translation>正在获取%1的得分（第 %2 个考核期，共 %3 个；已获取 %4 条）…</translation>
        </message>
        <message>
            <source>Asking the backend which periods it has…</source>
            <translation>正在向考核服务查询已有的考核期…</translation>
        </message>
        <message>
            <source>The sync ended without a result.</source>
            <translation>同步结束，但没有结果。</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>从未同步</translation>
        </message>
        <message>
            <source>last synced %1</source>
            <translation>上次同步 %1</translation>
        </message>
        <message>
            <source>Backend: not configured</source>
            <translation>考核服务：未配置</translation>
        </message>
        <message>
            <source>Backend: %1 · syncing…</source>
            <translation>考核服务：%1 · 同步中…</translation>
        </message>
        <message>
            <source>Backend: %1 · sync failed · %2</source>
            <translation>考核服务：%1 · 同步失败 · %2</translation>
        </message>
        <message>
            <source>Backend: %1 · %2</source>
            <translation>考核服务：%1 · %2</translation>
        </message>
        <message>
            <source>No assessment backend is configured: set its address and token in Settings.</source>
            <translation>尚未配置考核服务：请在“设置”中填写地址和令牌。</translation>
        </message>
        <message>
            <source>Assessment backend: %1</source>
            <translation>绩效考核服务：%1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>上次成功同步：%1</translation>
        </message>
        <message>
            <source>Last sync failed at %1: %2</source>
            <translation>%1 同步失败：%2</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm</source>
            <comment>date and time of a score sync</comment>
            <translation>yyyy年M月d日 HH:mm</translation>
        </message>
        <message>
            <source>Sending the confirmed assessments to the backend…</source>
            <translation>正在向考核后台报送已确认的评分…</translation>
        </message>
    </context>
    <context>
        <name>sitegov::ScoresPage</name>
        <message>
            <source>Q%2 %1</source>
            <comment>year and quarter of a score period</comment>
            <translation>%1年第%2季度</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Fetch the latest scores from the assessment backend (F5)</source>
            <translation>从绩效考核服务获取最新得分（F5）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export charts…</source>
            <translation>导出图表…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>考核期</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>全部层级</translation>
        </message>
        <message>
            <source>Trend lines</source>
            <translation>趋势线</translation>
        </message>
        <message>
            <source>Trend by region or level</source>
            <translation>按地区或层级看趋势</translation>
        </message>
        <message>
            <source>Trend of the top %1 sites</source>
            <translation>前 %1 名网站的趋势</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>考核期(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>地区(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>层级(&amp;L)：</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>标识码</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Deduction score</source>
            <translation>扣分制得分</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>加分</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Click a site to open it on the Sites page</source>
            <translation>点击网站，在“网站登记”中打开</translation>
        </message>
        <message>
            <source>%1 of %2 periods</source>
            <translation>%1 / %2 个考核期</translation>
        </message>
        <message>
            <source>No assessment backend is configured: set its address and token in Settings, then sync. Scores synced before stay available.</source>
            <translation>尚未配置考核服务：请在“设置”中填写地址和令牌后同步。此前同步的得分仍可查看。</translation>
        </message>
        <message>
            <source>Set up the backend…</source>
            <translation>配置考核服务…</translation>
        </message>
        <message>
            <source>Syncing with %1…</source>
            <translation>正在与 %1 同步…</translation>
        </message>
        <message>
            <source>Last synced %1 from %2.</source>
            <translation>上次于 %1 从 %2 同步。</translation>
        </message>
        <message>
            <source>Never synced with %1.</source>
            <translation>从未与 %1 同步。</translation>
        </message>
        <message>
            <source>The sync of %1 failed: %2 The scores shown are those of the last successful sync (%3).</source>
            <translation>%1 的同步失败：%2 当前显示的是上次成功同步（%3）的得分。</translation>
        </message>
        <message>
            <source>Reading the cached scores…</source>
            <translation>正在读取缓存的得分…</translation>
        </message>
        <message>
            <source>Whole province</source>
            <translation>全省</translation>
        </message>
        <message>
            <source>No scores have been synced from the assessment backend yet.</source>
            <translation>尚未从绩效考核服务同步任何得分。</translation>
        </message>
        <message>
            <source>No scores yet: the console takes them from the assessment backend (sitegov-server). Enter its address and a token in Settings.</source>
            <translation>暂无得分：本系统从绩效考核服务（sitegov-server）获取得分。请在“设置”中填写其地址和令牌。</translation>
        </message>
        <message>
            <source>whole province</source>
            <translation>全省</translation>
        </message>
        <message>
            <source>Assessment scope: %1</source>
            <translation>考核范围：%1</translation>
        </message>
        <message>
            <source>No site in this scope has a score for %1.</source>
            <translation>此范围内没有网站有%1的得分。</translation>
        </message>
        <message>
            <source>Score distribution, %1 (%2)</source>
            <translation>%1得分分布（%2）</translation>
        </message>
        <message>
            <source>Pass rate by level, %1 (%2)</source>
            <translation>%1各层级合格率（%2）</translation>
        </message>
        <message>
            <source>Score (points)</source>
            <translation>得分（分）</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>%1 (%2)
Total %3 points: deduction score %4, bonus %5
%6 · rank %7 of %8 in its level</source>
            <translation>%1（%2）
总分 %3 分：扣分制得分 %4，加分 %5
%6 · 同层级第 %7 名，共 %8 个</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Pass mark (60)</source>
            <translation>合格线（60 分）</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>网站数</translation>
        </message>
        <message>
            <source>Total score (points, bins of 10 from the value shown)</source>
            <translation>总分（分，自所示分值起每 10 分一档）</translation>
        </message>
        <message numerus="yes">
            <source>%1 to %2 points: %n site(s)</source>
            <translation>
                <numerusform>%1 至 %2 分：%n 个网站</numerusform>
            </translation>
        </message>
        <message>
            <source>Score distribution, %1 (%2): %3 of %4 passed</source>
            <translation>%1得分分布（%2）：%4 个中 %3 个合格</translation>
        </message>
        <message>
            <source>Pass rate (%)</source>
            <translation>合格率（%）</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>合格率</translation>
        </message>
        <message>
            <source>%1: %2% passed (%3 of %4 sites), mean score %5</source>
            <translation>%1：合格率 %2%（%4 个中 %3 个），平均分 %5</translation>
        </message>
        <message>
            <source>Mean score (points)</source>
            <translation>平均得分（分）</translation>
        </message>
        <message>
            <source>Score trend of the top %1 sites, %2 periods up to %3 (%4)</source>
            <translation>前 %1 名网站得分趋势，截至%3的 %2 个考核期（%4）</translation>
        </message>
        <message>
            <source>Mean score trend, %1 periods up to %2 (%3)</source>
            <translation>平均得分趋势，截至%2的 %1 个考核期（%3）</translation>
        </message>
        <message>
            <source>No scores to draw a trend from.</source>
            <translation>没有可绘制趋势的得分。</translation>
        </message>
        <message>
            <source>✔ Passed</source>
            <translation>✔ 合格</translation>
        </message>
        <message>
            <source>✘ Failed</source>
            <translation>✘ 不合格</translation>
        </message>
        <message>
            <source> (veto: %1)</source>
            <translation>（单项否决：%1）</translation>
        </message>
        <message>
            <source>The site %1 is not in this console's registry; searching for its code.</source>
            <translation>网站 %1 未在本系统登记，正在按标识码查找。</translation>
        </message>
        <message>
            <source>PDF document, one page per chart (*.pdf)</source>
            <translation>PDF 文档，每张图表一页 (*.pdf)</translation>
        </message>
        <message>
            <source>PNG pictures, one per chart (*.png)</source>
            <translation>PNG 图片，每张图表一幅 (*.png)</translation>
        </message>
        <message>
            <source>Export the charts</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>scores-%1</source>
            <translation>考核得分-%1</translation>
        </message>
        <message>
            <source>Charts exported to %1.</source>
            <translation>图表已导出到 %1。</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>绩效考核</translation>
        </message>
        <message>
            <source>yyyy-MM</source>
            <comment>date format of a score period's month</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>Year %1</source>
            <comment>a score period of a whole year</comment>
            <translation>%1年</translation>
        </message>
        <message>
            <source>The sync of %1 failed: %2</source>
            <translation>%1 的同步失败：%2</translation>
        </message>
        <message>
            <source>MMM</source>
            <comment>date format of a month on a chart axis</comment>
            <translation>M月</translation>
        </message>
        <message>
            <source>Performance scores from the assessment backend</source>
            <translation>来自绩效考核服务的考核得分</translation>
        </message>
        <message>
            <source>Rank in level</source>
            <translation>同层级排名</translation>
        </message>
        <message numerus="yes">
            <source>Top %1 of %Ln site(s) by score, %2 (%3)</source>
            <translation>
                <numerusform>%2得分前 %1 名（共 %Ln 个网站，%3）</numerusform>
            </translation>
        </message>
        <message>
            <source>Township</source>
            <comment>the township/street level on a chart axis</comment>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>yyyy</source>
            <comment>date format of the year under a month on a chart axis</comment>
            <translation>yyyy年</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <comment>date format of a month on a chart axis, with its year</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>Save the four charts as a PDF (one A4 page each) or as PNG pictures; File &gt; Print (Ctrl+P) prints them, and Ctrl+C on a chart copies it as a picture</source>
            <translation>将四张图表保存为 PDF（每张一页 A4）或 PNG 图片；“文件 &gt; 打印”（Ctrl+P）可打印图表，在图表上按 Ctrl+C 可复制为图片</translation>
        </message>
        <message>
            <source>Scores of the sites</source>
            <translation>网站得分</translation>
        </message>
        <message>
            <source>%1 (my jurisdiction)</source>
            <translation>%1（我的管辖范围）</translation>
        </message>
    </context>
    <context>
        <name>sitegov::Screenshot</name>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>The screenshot %1 cannot be saved.</source>
            <translation>无法保存截图 %1。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::SettingsPage</name>
        <message>
            <source>SiteGov %1</source>
            <translation>SiteGov %1</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <source>SiteGov databases (*.db)</source>
            <translation>SiteGov 数据库 (*.db)</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>SiteGov databases (*.db);;All files (*)</source>
            <translation>SiteGov 数据库 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Folder for automatic backups</source>
            <translation>自动备份文件夹</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Last automatic backup: %1</source>
            <translation>最近一次自动备份：%1</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <source>Your new password:</source>
            <translation>您的新密码：</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>您的密码已修改。</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backup settings saved.</source>
            <translation>备份设置已保存。</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>备份已写入 %1。</translation>
        </message>
        <message>
            <source>Replace the whole database %1 with the backup %2?

The backup is checked first. The current database is kept beside it, and everybody logs in again afterwards.</source>
            <translation>用备份 %2 替换整个数据库 %1？

将先校验备份。当前数据库会保留在旁，恢复后所有人需重新登录。</translation>
        </message>
        <message>
            <source>The backup was restored. The replaced database was kept as %1.</source>
            <translation>备份已恢复。被替换的数据库已保留为 %1。</translation>
        </message>
        <message>
            <source>Only an administrator changes the backend address; your token is your own.</source>
            <translation>考核服务地址只能由管理员修改；令牌属于您本人。</translation>
        </message>
        <message>
            <source>The token from "sitegov-server token create". It is kept in your own settings and never shown again.</source>
            <translation>由“sitegov-server token create”生成的令牌。保存在您本人的设置中，此后不再显示。</translation>
        </message>
        <message>
            <source>The saved token was forgotten.</source>
            <translation>已清除保存的令牌。</translation>
        </message>
        <message>
            <source>This run uses the backend given on the command line (%1); what you save here applies from the next start.</source>
            <translation>本次运行使用命令行指定的考核服务（%1）；在此保存的设置自下次启动起生效。</translation>
        </message>
        <message>
            <source>A token is saved (type a new one to replace it)</source>
            <translation>已保存令牌（输入新令牌可替换）</translation>
        </message>
        <message>
            <source>No token saved</source>
            <translation>未保存令牌</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>正在测试与 %1 的连接…</translation>
        </message>
        <message>
            <source>✘ %1</source>
            <translation>✘ %1</translation>
        </message>
        <message numerus="yes">
            <source>✔ Connected to the SiteGov backend %1: the token is accepted and scores exist for %n period(s).</source>
            <translation>
                <numerusform>✔ 已连接 SiteGov 考核服务 %1：令牌有效，共有 %n 个考核期的得分。</numerusform>
            </translation>
        </message>
        <message>
            <source>Assessment backend</source>
            <translation>绩效考核服务</translation>
        </message>
        <message>
            <source>Backend settings saved.</source>
            <translation>考核服务设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::SiteDetailPanel</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>Change &amp;status…</source>
            <translation>变更状态(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>指定(&amp;A)…</translation>
        </message>
        <message>
            <source>End assignment…</source>
            <translation>结束指定…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>变更记录</translation>
        </message>
        <message>
            <source>Edit the site's fields (Ctrl+E)</source>
            <translation>编辑网站信息（Ctrl+E）</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职责</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Responsible persons</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Responsible persons (current first, then history)</source>
            <translation>责任人（现任在前，其后为历任）</translation>
        </message>
        <message>
            <source>Select a site to see its details.</source>
            <translation>选择一个网站以查看详情。</translation>
        </message>
        <message>
            <source>Identifier code</source>
            <translation>网站标识码</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Supervising unit</source>
            <translation>主管单位</translation>
        </message>
        <message>
            <source>Operating unit</source>
            <translation>承办单位</translation>
        </message>
        <message>
            <source>ICP filing</source>
            <translation>ICP备案号</translation>
        </message>
        <message>
            <source>Public-security filing</source>
            <translation>公安机关备案号</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>开设日期</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>关停日期</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>current</source>
            <translation>现任</translation>
        </message>
        <message>
            <source>Change the status of %1</source>
            <translation>变更 %1 的状态</translation>
        </message>
        <message>
            <source>Closing a site in the registry records a closure that has happened; a closure still to be decided goes through a request (Requests page).</source>
            <translation>在登记中关停网站用于记录已发生的关停；尚待决定的关停须通过申请（申请审批页面）。</translation>
        </message>
        <message>
            <source>New &amp;status:</source>
            <translation>新状态(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>日期(&amp;O)：</translation>
        </message>
        <message>
            <source>Record %1 as closed on %2? It leaves the daily inspections and the operating figures.</source>
            <translation>将 %1 登记为于 %2 关停？该网站将不再计入日常巡查和运行统计。</translation>
        </message>
        <message>
            <source>End assignment</source>
            <translation>结束指定</translation>
        </message>
        <message>
            <source>Select a current assignment in the list first.</source>
            <translation>请先在列表中选择一项现行指定。</translation>
        </message>
        <message>
            <source>End %1's assignment as %2 today? The site then has no %2 until somebody is assigned.</source>
            <translation>今天结束 %1 的%2职责？在指定新人之前，该网站将没有%2。</translation>
        </message>
        <message>
            <source>Reading the site's requests, inspections and scores…</source>
            <translation>正在读取该网站的申请、巡查和得分…</translation>
        </message>
        <message>
            <source>show all %1</source>
            <translation>查看全部 %1 条</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>申请</translation>
        </message>
        <message>
            <source>No request concerns this site.</source>
            <translation>没有涉及该网站的申请。</translation>
        </message>
        <message>
            <source>Recent inspections</source>
            <translation>最近巡查</translation>
        </message>
        <message>
            <source>Not inspected yet.</source>
            <translation>尚未巡查。</translation>
        </message>
        <message>
            <source>✔ all items passed</source>
            <translation>✔ 全部通过</translation>
        </message>
        <message numerus="yes">
            <source>✘ %n item(s) failed</source>
            <translation>
                <numerusform>✘ %n 项不通过</numerusform>
            </translation>
        </message>
        <message>
            <source>Open rectifications</source>
            <translation>未销号整改</translation>
        </message>
        <message>
            <source>No open rectification item.</source>
            <translation>没有未销号的整改事项。</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>期限 %1</translation>
        </message>
        <message>
            <source>⚠ overdue</source>
            <translation>⚠ 已逾期</translation>
        </message>
        <message>
            <source>Performance scores</source>
            <translation>绩效考核得分</translation>
        </message>
        <message>
            <source>No score of this site has been synced from the backend.</source>
            <translation>尚未从考核服务同步该网站的得分。</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分</translation>
        </message>
        <message numerus="yes">
            <source>Score trend of %1, last %n month(s)</source>
            <translation>
                <numerusform>%1 近 %n 个月得分趋势</numerusform>
            </translation>
        </message>
        <message>
            <source>Pass mark (60)</source>
            <translation>合格线（60 分）</translation>
        </message>
    </context>
    <context>
        <name>sitegov::SiteDialog</name>
        <message>
            <source>Register a site</source>
            <translation>登记网站</translation>
        </message>
        <message>
            <source>Edit site</source>
            <translation>编辑网站</translation>
        </message>
        <message>
            <source>(same as the host unit)</source>
            <translation>（与主办单位相同）</translation>
        </message>
        <message>
            <source>The new site</source>
            <translation>新网站</translation>
        </message>
        <message>
            <source>The site %1</source>
            <translation>网站 %1</translation>
        </message>
    </context>
    <context>
        <name>sitegov::SiteListModel</name>
        <message>
            <source>Identifier code</source>
            <translation>网站标识码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>City</source>
            <translation>所属设区市</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>开设日期</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省级</translation>
        </message>
    </context>
    <context>
        <name>sitegov::SiteProbePanel</name>
        <message>
            <source>Column</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Newest item</source>
            <translation>最新信息</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>条数</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>性质</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Page shows</source>
            <translation>页面显示</translation>
        </message>
        <message>
            <source>Registry holds</source>
            <translation>名录登记</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>发现时间</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>栏目…</translation>
        </message>
        <message>
            <source>Monitoring by the probe</source>
            <translation>自动监测</translation>
        </message>
        <message>
            <source>Register the site's columns whose freshness the probe checks</source>
            <translation>登记需自动检查更新情况的栏目</translation>
        </message>
        <message>
            <source>Columns checked for freshness</source>
            <translation>检查更新情况的栏目</translation>
        </message>
        <message>
            <source>Open findings</source>
            <translation>未消除的问题</translation>
        </message>
        <message>
            <source>Reading what the probe measured…</source>
            <translation>正在读取监测结果…</translation>
        </message>
        <message>
            <source>Not probed in the last 7 days.</source>
            <translation>近 7 天未监测。</translation>
        </message>
        <message>
            <source>Last 7 days: %1 probes, %2 failed (%3), %4 recovered on the retry.</source>
            <translation>近 7 天：监测 %1 次，失败 %2 次（%3），重试成功 %4 次。</translation>
        </message>
        <message>
            <source>Availability: %1 (veto at %2, early warning at %3)</source>
            <translation>可用性：%1（%2 单项否决，%3 预警）</translation>
        </message>
        <message numerus="yes">
            <source>Homepage: newest date %1 (%Ln day(s) ago); checked %2.</source>
            <translation>
                <numerusform>首页：最新日期 %1（%Ln 天前）；检查于 %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>Homepage: no date found; checked %1.</source>
            <translation>首页：未找到日期；检查于 %1。</translation>
        </message>
        <message>
            <source>Certificate valid until %1.</source>
            <translation>证书有效期至 %1。</translation>
        </message>
        <message>
            <source>Links checked: %1, failing: %2.</source>
            <translation>已检查链接 %1 个，不可用 %2 个。</translation>
        </message>
        <message>
            <source>Not checked in full yet: the homepage, the columns, the links and the foot of the page are checked once a day.</source>
            <translation>尚未全面检查：首页、栏目、链接和页面底部信息每天检查一次。</translation>
        </message>
        <message>
            <source>%1: %2 probes, %3 failed, %4 recovered on the retry</source>
            <translation>%1：监测 %2 次，失败 %3 次，重试成功 %4 次</translation>
        </message>
        <message>
            <source>Probes</source>
            <translation>监测次数</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Probes per day</source>
            <translation>每日监测次数</translation>
        </message>
        <message>
            <source>Availability probes, last 7 days</source>
            <translation>可用性监测（近 7 天）</translation>
        </message>
        <message>
            <source>%1 a day needed</source>
            <translation>每天应监测 %1 次</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>尚未检查</translation>
        </message>
        <message>
            <source>Columns checked for freshness: none registered</source>
            <translation>检查更新情况的栏目：尚未登记</translation>
        </message>
        <message>
            <source>Columns checked for freshness: %1 stale, %2 blank (%3)</source>
            <translation>检查更新情况的栏目：未及时更新 %1 个，空白 %2 个（%3）</translation>
        </message>
        <message numerus="yes">
            <source>%1, seen %Ln time(s)</source>
            <translation>
                <numerusform>%1，共发现 %Ln 次</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · HTTP %2 · %3 ms · %4 bytes</source>
            <translation>%1 · HTTP %2 · %3 毫秒 · %4 字节</translation>
        </message>
        <message>
            <source>Address: %1
Time: %2
Outcome: %3
SHA-256 of the page: %4
Matched text: %5
%6</source>
            <translation>地址：%1
时间：%2
结果：%3
页面 SHA-256：%4
匹配文字：%5
%6</translation>
        </message>
        <message>
            <source>Open findings: none</source>
            <translation>未消除的问题：无</translation>
        </message>
        <message>
            <source>Open findings: %1</source>
            <translation>未消除的问题：%1</translation>
        </message>
    </context>
    <context>
        <name>sitegov::SitesPage</name>
        <message>
            <source>Search name, code, domain or unit (Ctrl+F)</source>
            <translation>搜索名称、标识码、域名或单位（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search sites</source>
            <translation>搜索网站</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>按状态筛选</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>按类别筛选</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Platform filter</source>
            <translation>按平台筛选</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>全部平台</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>网站登记</translation>
        </message>
        <message>
            <source>No sites are registered in this database yet.</source>
            <translation>此数据库中尚未登记任何网站。</translation>
        </message>
        <message>
            <source>No site matches these filters.</source>
            <translation>没有符合筛选条件的网站。</translation>
        </message>
        <message>
            <source>&amp;Register a site…</source>
            <translation>登记网站(&amp;R)…</translation>
        </message>
        <message>
            <source>Register a new site (Ctrl+N)</source>
            <translation>登记新网站（Ctrl+N）</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Responsible persons</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Consolidation</source>
            <translation>集约化进度</translation>
        </message>
        <message>
            <source>Level filter</source>
            <translation>按层级筛选</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>全部层级</translation>
        </message>
        <message>
            <source>City filter</source>
            <translation>按设区市筛选</translation>
        </message>
        <message>
            <source>Flag filter</source>
            <translation>按标记筛选</translation>
        </message>
        <message>
            <source>Flagged or not</source>
            <translation>全部（含未标记）</translation>
        </message>
        <message>
            <source>Any flag</source>
            <translation>有任一标记</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>%1 sites</source>
            <translation>%1 个网站</translation>
        </message>
        <message>
            <source>&amp;Add a unit under it…</source>
            <translation>添加下级单位(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Move…</source>
            <translation>移动(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Deactivate / activate</source>
            <translation>停用/启用(&amp;D)</translation>
        </message>
        <message>
            <source>Show its &amp;sites</source>
            <translation>查看其网站(&amp;S)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Current assignments</source>
            <translation>现行职责数</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Search name, telephone or unit</source>
            <translation>搜索姓名、电话或单位</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>新建人员(&amp;N)…</translation>
        </message>
        <message>
            <source>Consolidation (集约化): sites move onto the province's and the cities' unified technical platforms, and townships, streets and county departments close theirs. In 2017 Fujian reported 80% of city department sites and 50% of county government sites migrated, and over 80% of all sites closed, merged or transferred (关、停、并、转).</source>
            <translation>集约化：网站迁移到省级和设区市的统一技术平台，乡镇、街道和县级部门关停其网站。2017 年福建省报告 80% 的市直部门网站和 50% 的县级政府网站已完成迁移，全省关停网站比例超过 80%（关、停、并、转）。</translation>
        </message>
        <message>
            <source>City</source>
            <translation>所属设区市</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Standalone</source>
            <translation>独立部署</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关停</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>全部设区市</translation>
        </message>
        <message>
            <source>Province level</source>
            <translation>省直</translation>
        </message>
        <message>
            <source>Register a site</source>
            <translation>登记网站</translation>
        </message>
        <message>
            <source>Reading the registry…</source>
            <translation>正在读取登记信息…</translation>
        </message>
        <message>
            <source>Site registered.</source>
            <translation>网站已登记。</translation>
        </message>
        <message>
            <source>Select a unit in the tree first.</source>
            <translation>请先在单位树中选择一个单位。</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>移动 %1</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>移动</translation>
        </message>
        <message>
            <source>New parent unit:</source>
            <translation>新的上级单位：</translation>
        </message>
        <message>
            <source>Deactivate unit</source>
            <translation>停用单位</translation>
        </message>
        <message>
            <source>Deactivate %1? It can no longer be chosen for new sites, persons or accounts.</source>
            <translation>停用 %1？停用后不能再为其登记新网站、人员或账号。</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Import units, persons, sites or assignments from CSV or XLSX (Ctrl+I)</source>
            <translation>从 CSV 或 XLSX 导入单位、人员、网站或责任分工（Ctrl+I）</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>导出(&amp;X)</translation>
        </message>
        <message>
            <source>All units…</source>
            <translation>全部单位…</translation>
        </message>
        <message>
            <source>All responsible persons…</source>
            <translation>全部责任人…</translation>
        </message>
        <message>
            <source>All assignments…</source>
            <translation>全部责任分工…</translation>
        </message>
        <message>
            <source>Imported %1 rows.</source>
            <translation>已导入 %1 行。</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>CSV, GBK for older Excel (*.csv)</source>
            <translation>CSV，GBK，适用于旧版 Excel (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>导出%1</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Exported %1 %2 to %3.</source>
            <translation>已将 %1 条%2导出到 %3。</translation>
        </message>
        <message>
            <source>Export the list as shown (Ctrl+Shift+E), or the registry's sites, units, persons or assignments with every field, to import back after editing, to XLSX or CSV</source>
            <translation>按当前显示导出列表（Ctrl+Shift+E），或导出名录中网站、单位、责任人或看护分配的全部字段（编辑后可导回），格式为 XLSX 或 CSV</translation>
        </message>
        <message>
            <source>The list as shown…</source>
            <translation>按当前显示的列表…</translation>
        </message>
        <message>
            <source>The listed sites, every field (to import back)…</source>
            <translation>所列网站的全部字段（可导回）…</translation>
        </message>
        <message>
            <source>Open sites</source>
            <translation>未关停网站</translation>
        </message>
        <message>
            <source>On the unified platform</source>
            <translation>集约化平台覆盖率</translation>
        </message>
        <message>
            <source>Of which migrating</source>
            <translation>其中迁移中</translation>
        </message>
        <message>
            <source>Consolidation progress</source>
            <translation>集约化进度</translation>
        </message>
        <message>
            <source>Consolidation by city and level</source>
            <translation>按地市和层级的集约化情况</translation>
        </message>
        <message numerus="yes">
            <source>In all: %1 of %Ln open site(s) on the unified platform (%2)</source>
            <translation>
                <numerusform>合计：%Ln 个未关停网站中有 %1 个在集约化平台上（%2）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::SpotCheckListModel</name>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>标识码</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Checker</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>报送状态</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>抽查单位</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>未测评</translation>
        </message>
        <message>
            <source>Left the plan</source>
            <translation>已退出计划</translation>
        </message>
        <message>
            <source>Added by hand</source>
            <translation>人工增补</translation>
        </message>
        <message>
            <source>Drawn</source>
            <translation>随机抽取</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
    </context>
    <context>
        <name>sitegov::SpotChecksPage</name>
        <message>
            <source>Draw plan</source>
            <translation>抽取计划</translation>
        </message>
        <message>
            <source>Assign checker</source>
            <translation>分配检查人</translation>
        </message>
        <message>
            <source>Lock plan</source>
            <translation>锁定计划</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>测评…</translation>
        </message>
        <message>
            <source>Search site, code or unit (Ctrl+F)</source>
            <translation>搜索网站、标识码或单位（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search the plan's sites</source>
            <translation>搜索计划内网站</translation>
        </message>
        <message>
            <source>Sites of the spot-check plans</source>
            <translation>抽查计划内的网站</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>抽查单位</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>%1 (this month)</source>
            <translation>%1（本月）</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>状态筛选</translation>
        </message>
        <message>
            <source>All planned sites</source>
            <translation>全部计划网站</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>未测评</translation>
        </message>
        <message>
            <source>Being written or returned</source>
            <translation>填写中或已退回</translation>
        </message>
        <message>
            <source>Waiting for review</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Left the plan</source>
            <translation>已退出计划</translation>
        </message>
        <message>
            <source>No checker</source>
            <translation>不分配检查人</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n 个网站</numerusform>
            </translation>
        </message>
        <message>
            <source>No plan has been drawn for this month yet.</source>
            <translation>本月尚未抽取抽查计划。</translation>
        </message>
        <message>
            <source>No site of the plan matches these filters.</source>
            <translation>计划内没有符合筛选条件的网站。</translation>
        </message>
        <message>
            <source>Loading the plan…</source>
            <translation>正在读取抽查计划…</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>No plan for %1 yet.</source>
            <translation>%1 尚无抽查计划。</translation>
        </message>
        <message>
            <source>%1 · %2 of %3 running sites planned (share %4%, at least %5; seed %6) · %7 without a checker · %8 submitted, %9 confirmed, %10 failing</source>
            <translation>%1 · 运行网站 %3 个，计划抽查 %2 个（比例 %4%，至少 %5 个；种子 %6）· 未分配检查人 %7 个 · 已提交 %8 个，已确认 %9 个，不合格 %10 个</translation>
        </message>
        <message>
            <source>Draw again</source>
            <translation>重新抽取</translation>
        </message>
        <message>
            <source>Draw the plan</source>
            <translation>抽取计划</translation>
        </message>
        <message>
            <source>The plan of %1 is drawn.</source>
            <translation>%1 的抽查计划已抽取。</translation>
        </message>
        <message>
            <source>Lock the plan</source>
            <translation>锁定计划</translation>
        </message>
        <message>
            <source>Assign the checker</source>
            <translation>分配检查人</translation>
        </message>
        <message>
            <source>Spot checks</source>
            <translation>抽查</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>重新报送</translation>
        </message>
        <message>
            <source>Bulletin…</source>
            <translation>通报…</translation>
        </message>
        <message>
            <source>Send the selected confirmed assessments to the backend again (those it refused, or that wait).</source>
            <translation>将所选已确认的评分重新报送考核后台（被拒收的或等待中的）。</translation>
        </message>
        <message>
            <source>The office's quarterly bulletin of its spot checks: preview, PDF and ODF text.</source>
            <translation>本办公室的季度抽查情况通报：预览、PDF 和 ODF 文本。</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n assessment(s) to the backend…</source>
            <translation>
                <numerusform>正在向考核后台报送 %n 份评分…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) will be sent at the next sync; set the backend in Settings.</source>
            <translation>
                <numerusform>%n 份评分将在下次同步时报送；请在“设置”中配置考核后台。</numerusform>
            </translation>
        </message>
        <message>
            <source>All offices of my jurisdiction</source>
            <translation>本辖区全部单位</translation>
        </message>
        <message>
            <source>No office of the jurisdiction has a plan for this month yet.</source>
            <translation>本辖区各单位本月均未抽取抽查计划。</translation>
        </message>
        <message>
            <source>Plans of the offices of the jurisdiction: %1 · %2 sites planned · %3 submitted, %4 confirmed, %5 failing</source>
            <translation>本辖区各单位抽查计划 %1 个 · 计划抽查网站 %2 个 · 已提交 %3 个，已确认 %4 个，不合格 %5 个</translation>
        </message>
    </context>
    <context>
        <name>sitegov::StateView</name>
        <message>
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>正在加载</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
    </context>
    <context>
        <name>sitegov::TicketDetailPanel</name>
        <message>
            <source>Choose a ticket to see it here.</source>
            <translation>选择一条留言，在此查看。</translation>
        </message>
        <message>
            <source>&amp;Reply…</source>
            <translation>答复(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Valid</source>
            <translation>有效(&amp;V)</translation>
        </message>
        <message>
            <source>N&amp;ot valid</source>
            <translation>无效(&amp;O)</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>办结(&amp;L)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>留言</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>网站：</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <source>Responsible:</source>
            <translation>责任人：</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>收到时间：</translation>
        </message>
        <message>
            <source>Deadline:</source>
            <translation>办理期限：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Verified:</source>
            <translation>核实：</translation>
        </message>
        <message>
            <source>Record the unit's reply (Ctrl+R)</source>
            <translation>登记单位的答复（Ctrl+R）</translation>
        </message>
        <message>
            <source>The office finds the message valid</source>
            <translation>核实为有效留言</translation>
        </message>
        <message>
            <source>The office finds the message not valid</source>
            <translation>核实为无效留言</translation>
        </message>
        <message>
            <source>Close the ticket (办结): after the verdict, and for a valid message after the reply</source>
            <translation>办结留言：须先核实，有效留言还须在答复之后</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>留言内容：</translation>
        </message>
        <message>
            <source>Reply:</source>
            <translation>答复：</translation>
        </message>
        <message>
            <source>Error report</source>
            <translation>找错留言</translation>
        </message>
        <message>
            <source>Message %1</source>
            <translation>留言 %1</translation>
        </message>
        <message>
            <source>No responsible person registered</source>
            <translation>未登记责任人</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1，已逾期</translation>
        </message>
        <message>
            <source>Closed on %1, on time</source>
            <translation>%1 按期办结</translation>
        </message>
        <message>
            <source>Closed on %1, late</source>
            <translation>%1 办结，已逾期</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>未核实</translation>
        </message>
        <message>
            <source>Valid (%1)</source>
            <translation>有效（%1）</translation>
        </message>
        <message>
            <source>Not valid (%1)</source>
            <translation>无效（%1）</translation>
        </message>
        <message>
            <source>No reply yet.</source>
            <translation>尚未答复。</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Reply to %1</source>
            <translation>答复留言 %1</translation>
        </message>
        <message>
            <source>The unit's reply, as sent to the platform:</source>
            <translation>单位的答复（与报送平台的一致）：</translation>
        </message>
        <message>
            <source>The reply to %1 is recorded.</source>
            <translation>留言 %1 的答复已登记。</translation>
        </message>
        <message>
            <source>%1 is valid.</source>
            <translation>%1 有效。</translation>
        </message>
        <message>
            <source>%1 is not valid.</source>
            <translation>%1 无效。</translation>
        </message>
        <message>
            <source>%1 is closed.</source>
            <translation>%1 已办结。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::TicketDialog</name>
        <message>
            <source>Register an error report</source>
            <translation>登记找错留言</translation>
        </message>
        <message>
            <source>&amp;Message number:</source>
            <translation>留言编号(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>网站(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Received:</source>
            <translation>收到时间(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>留言内容(&amp;X)：</translation>
        </message>
        <message>
            <source>A message of the national platform (我为政府网站找错): it goes to the site's unit, which deals with it within 3 working days.</source>
            <translation>全国政府网站“我为政府网站找错”平台的留言：转网站主办单位，由其在 3 个工作日内办理。</translation>
        </message>
        <message>
            <source>Deadline: %1 (3 working days later)</source>
            <translation>办理期限：%1（3 个工作日后）</translation>
        </message>
        <message>
            <source>The calendar has no holidays of %1: only weekends count.</source>
            <translation>日历中没有 %1 年的节假日安排，只按周末计算。</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Type part of the site's code, name or domain</source>
            <translation>输入网站标识码、名称或域名的任意部分</translation>
        </message>
        <message>
            <source>Choose the site from the list: no site of your jurisdiction matches "%1".</source>
            <translation>请从列表中选择网站：您管辖范围内没有与“%1”相符的网站。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::TicketListModel</name>
        <message>
            <source>Message</source>
            <translation>留言</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>核实</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>未核实</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Not valid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>Not closed by its deadline (3 working days after it was received)</source>
            <translation>未在办理期限（收到后 3 个工作日）内办结</translation>
        </message>
    </context>
    <context>
        <name>sitegov::TicketsPage</name>
        <message>
            <source>Search number, site, unit or text (Ctrl+F)</source>
            <translation>搜索编号、网站、单位或留言内容（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search error reports</source>
            <translation>搜索找错留言</translation>
        </message>
        <message>
            <source>Error reports</source>
            <translation>找错留言</translation>
        </message>
        <message>
            <source>&amp;New error report…</source>
            <translation>登记留言(&amp;N)…</translation>
        </message>
        <message>
            <source>Register a message of the error-report platform by hand (Ctrl+N)</source>
            <translation>手工登记一条找错平台留言（Ctrl+N）</translation>
        </message>
        <message>
            <source>Your roles do not handle error reports.</source>
            <translation>您的角色不办理找错留言。</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Import the platform's export: CSV (UTF-8 or GBK) or XLSX (Ctrl+I)</source>
            <translation>导入平台导出的文件：CSV（UTF-8 或 GBK）或 XLSX（Ctrl+I）</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>状态筛选</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Not closed</source>
            <translation>未办结</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Type filter</source>
            <translation>类型筛选</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>%n error report(s)</source>
            <translation>
                <numerusform>%n 条留言</numerusform>
            </translation>
        </message>
        <message>
            <source>No error report matches these filters.</source>
            <translation>没有符合筛选条件的留言。</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>No error report has been registered yet. Import the platform's export or register a message by hand.</source>
            <translation>尚未登记找错留言。请导入平台导出的文件，或手工登记留言。</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>All units in my jurisdiction</source>
            <translation>本辖区全部单位</translation>
        </message>
        <message>
            <source>all units</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>my jurisdiction</source>
            <translation>本辖区</translation>
        </message>
        <message>
            <source>Reading the error reports…</source>
            <translation>正在读取找错留言…</translation>
        </message>
        <message>
            <source>Every error report is within its deadline.</source>
            <translation>所有留言均未超过办理期限。</translation>
        </message>
        <message numerus="yes">
            <source>%n error report(s) not closed by the deadline (3 working days).</source>
            <translation>
                <numerusform>%n 条留言未在办理期限（3 个工作日）内办结。</numerusform>
            </translation>
        </message>
        <message>
            <source>The error report is registered.</source>
            <translation>留言已登记。</translation>
        </message>
        <message>
            <source>Import error reports</source>
            <translation>导入找错留言</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors. Correct them and import the file again.</source>
            <translation>
                <numerusform>未导入任何数据：%n 行有错误，请改正后重新导入该文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>The file has no messages: nothing was imported.</source>
            <translation>文件中没有留言，未导入任何数据。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n error report(s) from %1.</source>
            <translation>
                <numerusform>已从 %1 导入 %n 条留言。</numerusform>
            </translation>
        </message>
        <message>
            <source>Working-day &amp;calendar…</source>
            <translation>工作日日历(&amp;C)…</translation>
        </message>
        <message>
            <source>Import a year's holiday arrangement (JSON) for the working days the deadlines count</source>
            <translation>导入某一年的节假日安排（JSON），用于按工作日计算办理期限</translation>
        </message>
        <message>
            <source>Import a working-day calendar</source>
            <translation>导入工作日日历</translation>
        </message>
        <message>
            <source>Working-day calendars (*.json);;All files (*)</source>
            <translation>工作日日历 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>The working-day calendar of %1 is the imported one from now on; deadlines already given stay.</source>
            <translation>%1 年的工作日日历自即日起以导入的为准；已确定的办理期限不变。</translation>
        </message>
        <message>
            <source>The working-day calendar of %1 was imported.</source>
            <translation>%1 年的工作日日历已导入。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::TodayListModel</name>
        <message>
            <source>Done</source>
            <translation>已巡查</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>标识码</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Failed items</source>
            <translation>不通过项</translation>
        </message>
        <message>
            <source>Unresolved</source>
            <translation>未办结整改</translation>
        </message>
        <message>
            <source>Logged at</source>
            <translation>巡查时间</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待巡查</translation>
        </message>
    </context>
    <context>
        <name>sitegov::TodayTab</name>
        <message>
            <source>Search site, code or unit (Ctrl+F)</source>
            <translation>搜索网站、标识码或单位（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search today's sites</source>
            <translation>搜索今日网站</translation>
        </message>
        <message>
            <source>Sites to inspect</source>
            <translation>待巡查网站</translation>
        </message>
        <message>
            <source>The day the inspections are for; an earlier day is entered late, with a reason</source>
            <translation>巡查所属日期；补录以前日期的巡查须说明原因</translation>
        </message>
        <message>
            <source>Only those to &amp;do</source>
            <translation>仅显示待巡查(&amp;D)</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Choose a site on the left</source>
            <translation>请在左侧选择网站</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) still to inspect</source>
            <translation>
                <numerusform>还有 %n 个网站待巡查</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n site(s) inspected</source>
            <translation>
                <numerusform>%n 个网站中已巡查 %1 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Every site is inspected for this day. Well done.</source>
            <translation>当日网站已全部巡查完毕。</translation>
        </message>
        <message>
            <source>No site matches these filters.</source>
            <translation>没有符合筛选条件的网站。</translation>
        </message>
        <message>
            <source>Show all sites</source>
            <translation>显示全部网站</translation>
        </message>
        <message>
            <source>You take care of no running site. Sites are assigned to caretakers on the Sites page (responsible persons).</source>
            <translation>您没有负责巡查的运行中网站。网站看护人在“网站登记”页面（责任人）中指定。</translation>
        </message>
        <message>
            <source>Reading the sites to inspect…</source>
            <translation>正在读取待巡查网站…</translation>
        </message>
        <message numerus="yes">
            <source>%n rectification item(s) still open on this site.</source>
            <translation>
                <numerusform>该网站还有 %n 项整改未完成。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet inspected today.</source>
            <translation>今日尚未巡查。</translation>
        </message>
        <message>
            <source>Not inspected on %1: saving enters it late.</source>
            <translation>%1 未巡查：保存即为补录。</translation>
        </message>
        <message>
            <source>&amp;Save and next</source>
            <translation>保存并下一个(&amp;S)</translation>
        </message>
        <message>
            <source>Inspected at %1.</source>
            <translation>%1 已巡查。</translation>
        </message>
        <message>
            <source>Inspected on %1.</source>
            <translation>%1 已巡查。</translation>
        </message>
        <message>
            <source>Inspected %1; a change now is a correction, with a reason.</source>
            <translation>已于 %1 巡查；现在修改属于更正，须说明原因。</translation>
        </message>
        <message>
            <source>Inspected at %1; you may still change it today.</source>
            <translation>已于 %1 巡查；今日内仍可修改。</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>This inspection can no longer be simply edited. Why is it corrected? (recorded in the audit trail)</source>
            <translation>该巡查记录已不能直接修改。更正原因是什么？（将记入审计记录）</translation>
        </message>
        <message>
            <source>%1 is not today. Why is this inspection entered late? (recorded in the audit trail)</source>
            <translation>%1 不是今天。为什么补录该巡查？（将记入审计记录）</translation>
        </message>
        <message>
            <source>A reason is required.</source>
            <translation>必须填写原因。</translation>
        </message>
        <message>
            <source>Inspection saved.</source>
            <translation>巡查已保存。</translation>
        </message>
        <message>
            <source>Inspection changed.</source>
            <translation>巡查已修改。</translation>
        </message>
        <message numerus="yes">
            <source>%n rectification item(s) opened.</source>
            <translation>
                <numerusform>已生成 %n 项整改。</numerusform>
            </translation>
        </message>
        <message>
            <source>Re-check rectification items</source>
            <translation>整改复查</translation>
        </message>
        <message>
            <source>These items were open on the site and passed now:
%1

Mark them re-checked?</source>
            <translation>该网站以下整改事项本次巡查已通过：
%1

是否标记为已复查？</translation>
        </message>
        <message>
            <source>Passed in the inspection of %1.</source>
            <translation>%1 巡查已通过。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) re-checked.</source>
            <translation>
                <numerusform>已复查 %n 项。</numerusform>
            </translation>
        </message>
        <message>
            <source>Measured by the probe: %1</source>
            <translation>自动监测结果：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) pre-filled from the probe's measurements: confirm or change them.</source>
            <translation>
                <numerusform>已按自动监测结果预填 %n 项：请确认或修改。</numerusform>
            </translation>
        </message>
        <message>
            <source>Inspection saved</source>
            <translation>巡查已保存</translation>
        </message>
        <message>
            <source>Change the day</source>
            <translation>更改日期</translation>
        </message>
        <message numerus="yes">
            <source>The inspection of %1 (%2 of %n item(s) decided)</source>
            <translation>
                <numerusform>%1 的检查（%n 项中已判定 %2 项）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has changes that are not saved.</source>
            <translation>%1有尚未保存的修改。</translation>
        </message>
        <message>
            <source>Save them, discard them, or cancel and go back to them.</source>
            <translation>请保存修改、放弃修改，或取消并返回继续编辑。</translation>
        </message>
        <message>
            <source>Choose another site</source>
            <translation>选择其他网站</translation>
        </message>
    </context>
    <context>
        <name>sitegov::UnitDialog</name>
        <message>
            <source>Add a unit</source>
            <translation>添加单位</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>编辑单位</translation>
        </message>
        <message>
            <source>(top of the tree)</source>
            <translation>（最顶层）</translation>
        </message>
        <message>
            <source>Under:</source>
            <translation>上级：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>层级(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Division code:</source>
            <translation>行政区划代码(&amp;D)：</translation>
        </message>
        <message>
            <source>Domain &amp;label:</source>
            <translation>域名标识(&amp;L)：</translation>
        </message>
        <message>
            <source>The new unit</source>
            <translation>新单位</translation>
        </message>
        <message>
            <source>The unit %1</source>
            <translation>单位 %1</translation>
        </message>
    </context>
    <context>
        <name>sitegov::UnitTreeModel</name>
        <message>
            <source>%1 (deactivated)</source>
            <translation>%1（已停用）</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Division code</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <source>Open sites</source>
            <translation>未关停网站</translation>
        </message>
    </context>
    <context>
        <name>sitegov::UnsavedChanges</name>
        <message>
            <source>There are changes that are not saved.</source>
            <translation>有尚未保存的修改。</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved.</source>
            <translation>%1有尚未保存的修改。</translation>
        </message>
        <message>
            <source>Save them, discard them, or cancel and go back to them.</source>
            <translation>请保存修改、放弃修改，或取消并返回继续编辑。</translation>
        </message>
    </context>
    <context>
        <name>sitegov::VetoRiskDialog</name>
        <message>
            <source>Sites at risk of a veto</source>
            <translation>有单项否决风险的网站</translation>
        </message>
        <message>
            <source>Running sites over an early-warning line of the probe: failed probes at 3% of the week (veto at 5%), the homepage 10 days without a new item (veto at 14), 3 columns stale or blank (veto at 5 of either). Double-click a site to open it.</source>
            <translation>触及监测预警线的运行中网站：本周监测失败达 3%（5% 即单项否决）、首页 10 天无新信息（14 天即单项否决）、未及时更新或空白栏目达 3 个（任一类达 5 个即单项否决）。双击网站可打开。</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Failed probes this week</source>
            <translation>本周监测失败</translation>
        </message>
        <message>
            <source>Homepage</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Stale / blank columns</source>
            <translation>未及时更新 / 空白栏目</translation>
        </message>
        <message>
            <source>Worst</source>
            <translation>最重结论</translation>
        </message>
        <message>
            <source>%1 of %2 (%3)</source>
            <translation>%2 次中 %1 次（%3）</translation>
        </message>
    </context>
    <context>
        <name>sitegov::WeeklyReviewEditor</name>
        <message>
            <source>&amp;Write the review</source>
            <translation>撰写点评(&amp;W)</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>巡查项</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>不通过数</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>标识码</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>亮点</translation>
        </message>
        <message>
            <source>What went well this week: sites kept up to date, problems fixed quickly…</source>
            <translation>本周做得好的方面：网站更新及时、问题整改迅速……</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>What went wrong: sites not inspected, repeated failures, overdue rectification…</source>
            <translation>存在的问题：漏巡网站、反复出现的问题、逾期未整改……</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>工作要求</translation>
        </message>
        <message>
            <source>What is to be done next week, by whom and by when…</source>
            <translation>下周工作要求：由谁负责、何时完成……</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>保存草稿(&amp;S)</translation>
        </message>
        <message>
            <source>Update &amp;figures</source>
            <translation>更新数据(&amp;F)</translation>
        </message>
        <message>
            <source>Si&amp;gn…</source>
            <translation>签发(&amp;G)…</translation>
        </message>
        <message>
            <source>Export to &amp;PDF…</source>
            <translation>导出 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>Save the review as a draft (Ctrl+S)</source>
            <translation>将点评保存为草稿（Ctrl+S）</translation>
        </message>
        <message>
            <source>Take the week's figures again from the inspections and rectification items</source>
            <translation>根据巡查记录和整改事项重新统计本周数据</translation>
        </message>
        <message>
            <source>Sign the review: it is locked from then on</source>
            <translation>签发点评：签发后即锁定</translation>
        </message>
        <message>
            <source>The week's figures</source>
            <translation>本周数据</translation>
        </message>
        <message>
            <source>Inspection coverage:</source>
            <translation>巡查覆盖率：</translation>
        </message>
        <message>
            <source>Inspections with failures:</source>
            <translation>发现问题的巡查：</translation>
        </message>
        <message>
            <source>Rectification:</source>
            <translation>整改：</translation>
        </message>
        <message>
            <source>Overdue at the end of the week:</source>
            <translation>截至周末仍逾期的整改：</translation>
        </message>
        <message>
            <source>No checklist item failed this week.</source>
            <translation>本周无不通过的巡查项。</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>点评意见</translation>
        </message>
        <message>
            <source>&amp;Highlights:</source>
            <translation>亮点(&amp;H)：</translation>
        </message>
        <message>
            <source>P&amp;roblems:</source>
            <translation>存在问题(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Instructions:</source>
            <translation>工作要求(&amp;I)：</translation>
        </message>
        <message>
            <source>Weekly review</source>
            <translation>一周一点评</translation>
        </message>
        <message>
            <source>Choose a unit in the list to read or write its review of the week.</source>
            <translation>在列表中选择单位，查看或撰写其本周点评。</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>This week has not begun yet.</source>
            <translation>该周尚未开始。</translation>
        </message>
        <message>
            <source>No review has been written for this week yet. Writing it starts a draft pre-filled with the week's figures.</source>
            <translation>本周尚未撰写点评。开始撰写将新建草稿，并自动填入本周数据。</translation>
        </message>
        <message>
            <source>No review has been written for this week yet; the unit's director or caretaker writes it.</source>
            <translation>本周尚未撰写点评，由该单位主任或看护人撰写。</translation>
        </message>
        <message>
            <source>Signed by %1 on %2. A signed review is locked: it can be read and exported, not changed.</source>
            <translation>已由 %1 于 %2 签发。签发后的点评已锁定：只能查看和导出，不能修改。</translation>
        </message>
        <message>
            <source>Draft by %1. Save it as you write; signing locks it.</source>
            <translation>%1 撰写的草稿。请边写边保存；签发后即锁定。</translation>
        </message>
        <message>
            <source>Draft by %1. A director or the unit's caretaker signs it.</source>
            <translation>%1 撰写的草稿，由主任或该单位看护人签发。</translation>
        </message>
        <message>
            <source>Draft by %1, not yet signed.</source>
            <translation>%1 撰写的草稿，尚未签发。</translation>
        </message>
        <message numerus="yes">
            <source>(%1 of %2 site-days inspected, %n running site(s))</source>
            <translation>
                <numerusform>（应巡查 %2 站次，已巡查 %1 站次，运行网站 %n 个）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 failed items)</source>
            <translation>%1 次（不通过项 %2 项）</translation>
        </message>
        <message>
            <source>%1 new, %2 fixed</source>
            <translation>新增 %1 项，已整改 %2 项</translation>
        </message>
        <message>
            <source>Figures as of %1, while the week was running; update them once it is over.</source>
            <translation>数据截至 %1（本周尚未结束），请在本周结束后更新数据。</translation>
        </message>
        <message>
            <source>Figures for %1 to %2.</source>
            <translation>统计期间：%1 至 %2。</translation>
        </message>
        <message>
            <source>Write the review</source>
            <translation>撰写点评</translation>
        </message>
        <message>
            <source>Draft review of %1 for %2 started with the week's figures.</source>
            <translation>已新建%1%2的点评草稿，并填入本周数据。</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>Draft review of %1 for %2 saved.</source>
            <translation>%1%2的点评草稿已保存。</translation>
        </message>
        <message>
            <source>Update figures</source>
            <translation>更新数据</translation>
        </message>
        <message>
            <source>The week's figures were taken again.</source>
            <translation>已重新统计本周数据。</translation>
        </message>
        <message>
            <source>Sign the review</source>
            <translation>签发点评</translation>
        </message>
        <message>
            <source>Write the highlights, problems or instructions before signing.</source>
            <translation>请先填写亮点、存在问题或工作要求再签发。</translation>
        </message>
        <message>
            <source>Sign the weekly review of %1 for %2?</source>
            <translation>签发%1%2的一周一点评？</translation>
        </message>
        <message>
            <source>It is saved as it stands and locked: nobody can change it afterwards, its figures included.</source>
            <translation>点评将按当前内容保存并锁定：此后任何人都不能修改，包括其中的数据。</translation>
        </message>
        <message>
            <source>Sign and lock</source>
            <translation>签发并锁定</translation>
        </message>
        <message>
            <source>Weekly review of %1 for %2 signed.</source>
            <translation>%1%2的一周一点评已签发。</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%n page(s)).</source>
            <translation>
                <numerusform>已保存 %1（共 %n 页）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the review to PDF (File &gt; Print, Ctrl+P, prints it)</source>
            <translation>将周报导出为 PDF（“文件 &gt; 打印”即 Ctrl+P 可打印）</translation>
        </message>
        <message>
            <source>The weekly review of %1 for %2</source>
            <translation>%1 %2 的周报</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
    </context>
    <context>
        <name>sitegov::WeeklyReviewsPage</name>
        <message>
            <source>Show them</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>%1 (this week)</source>
            <translation>%1（本周）</translation>
        </message>
        <message>
            <source>%1 (last week)</source>
            <translation>%1（上周）</translation>
        </message>
        <message>
            <source>All weeks</source>
            <translation>全部周次</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>状态筛选</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Not signed (missing or draft)</source>
            <translation>未签发（未报送或草稿）</translation>
        </message>
        <message>
            <source>Search unit or author (Ctrl+F)</source>
            <translation>搜索单位或撰写人（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search weekly reviews</source>
            <translation>搜索一周一点评</translation>
        </message>
        <message>
            <source>Weekly reviews</source>
            <translation>一周一点评</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s)</source>
            <translation>
                <numerusform>共 %n 份点评</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) with running sites</source>
            <translation>
                <numerusform>有运行网站的单位 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>No unit or review matches these filters.</source>
            <translation>没有符合筛选条件的单位或点评。</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>No weekly review has been written yet. Choose a week to see which units owe one.</source>
            <translation>尚未撰写任何一周一点评。请选择周次，查看哪些单位应提交点评。</translation>
        </message>
        <message>
            <source>Show last week</source>
            <translation>查看上周</translation>
        </message>
        <message>
            <source>No unit here runs a site, so no weekly review is due.</source>
            <translation>此范围内没有运行网站的单位，无需提交一周一点评。</translation>
        </message>
        <message>
            <source>Every unit has signed its review of %1.</source>
            <translation>所有单位均已签发%1的一周一点评。</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) have no signed review of %1 (last week).</source>
            <translation>
                <numerusform>%n 个单位未签发%1（上周）的一周一点评。</numerusform>
            </translation>
        </message>
        <message>
            <source>All units</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>All units in my jurisdiction</source>
            <translation>本辖区全部单位</translation>
        </message>
        <message>
            <source>all units</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>my jurisdiction</source>
            <translation>本辖区</translation>
        </message>
        <message>
            <source>%1 · %2 (%3 to %4)</source>
            <translation>%1 · %2（%3 至 %4）</translation>
        </message>
        <message>
            <source>%1 · all weeks</source>
            <translation>%1 · 全部周次</translation>
        </message>
        <message>
            <source>Reading the weekly reviews…</source>
            <translation>正在读取一周一点评…</translation>
        </message>
    </context>
    <context>
        <name>sitegov::server::Main</name>
        <message>
            <source>--database PATH is required (or --demo for a temporary demo store).</source>
            <translation>必须提供 --database 路径（或用 --demo 使用临时演示数据库）。</translation>
        </message>
        <message>
            <source>No temporary folder could be created for the demo store.</source>
            <translation>无法为演示数据库创建临时文件夹。</translation>
        </message>
        <message>
            <source>Demo: %1 sites with %2 assessments from %3 to %4 (seed %5).</source>
            <translation>演示数据：%1 个网站，%2 条考核记录，从 %3 到 %4（种子 %5）。</translation>
        </message>
        <message>
            <source>Demo: the store already holds sites; it is served as it is.</source>
            <translation>演示数据：数据库中已有网站，按原样提供服务。</translation>
        </message>
    </context>
</TS>
