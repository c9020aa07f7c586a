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
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The SiteGov database file (default: %1).</source>
            <translation>SiteGov 数据库文件（默认：%1）。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Usage: sitegovctl [--lang zh_CN|en] COMMAND [OPTIONS]</source>
            <translation>用法：sitegovctl [--lang zh_CN|en] 命令 [选项]</translation>
        </message>
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
            <source>Global options: --help, --version, --lang zh_CN|en.</source>
            <translation>全局选项：--help、--version、--lang zh_CN|en。</translation>
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
            <source>Delete the database file first if it exists.</source>
            <translation>如数据库文件已存在，先将其删除。</translation>
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
    </context>
    <context>
        <name>DemoBuilder</name>
        <message>
            <source>The demo data resource is missing from this build.</source>
            <translation>本程序缺少演示数据资源。</translation>
        </message>
        <message>
            <source>The demo data resource is damaged.</source>
            <translation>演示数据资源已损坏。</translation>
        </message>
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
    </context>
    <context>
        <name>DemoLoader</name>
        <message>
            <source>No temporary folder could be created for the demo registry.</source>
            <translation>无法为演示网站名录创建临时文件夹。</translation>
        </message>
        <message>
            <source>The demo covers 1 to 120 months.</source>
            <translation>演示数据覆盖 1 到 120 个月。</translation>
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
            <source>Demo database %1: %2 units, %3 sites (seed %4).</source>
            <translation>演示数据库 %1：%2 个单位，%3 个网站（种子 %4）。</translation>
        </message>
    </context>
    <context>
        <name>HealthCheck</name>
        <message>
            <source>The backend address must start with http:// or https://.</source>
            <translation>后端地址必须以 http:// 或 https:// 开头。</translation>
        </message>
        <message>
            <source>The backend answered with an unexpected amount of data.</source>
            <translation>后端返回的数据量异常。</translation>
        </message>
        <message>
            <source>The backend answered with status %1.</source>
            <translation>后端返回状态码 %1。</translation>
        </message>
        <message>
            <source>The server at this address is not a SiteGov backend.</source>
            <translation>该地址上的服务器不是 SiteGov 后端。</translation>
        </message>
        <message>
            <source>The secure connection (TLS) to the backend failed.</source>
            <translation>与后端的安全连接（TLS）失败。</translation>
        </message>
        <message>
            <source>The backend did not answer in time.</source>
            <translation>后端未能及时响应。</translation>
        </message>
        <message>
            <source>Cannot connect to the backend.</source>
            <translation>无法连接到后端。</translation>
        </message>
        <message>
            <source>The backend's answer could not be understood.</source>
            <translation>无法解析后端的响应。</translation>
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
            <source>The database is busy or cannot be written; nothing was changed.</source>
            <translation>数据库正忙或无法写入；未作任何更改。</translation>
        </message>
        <message>
            <source>Updating the database to schema version %1 (%2) failed; the database was left at version %3.</source>
            <translation>将数据库升级到结构版本 %1（%2）失败；数据库保持在版本 %3。</translation>
        </message>
        <message>
            <source>The file is a database of another program (or of another SiteGov program); it has been left unchanged.</source>
            <translation>该文件是其他程序（或 SiteGov 的另一个程序）的数据库；文件未作任何改动。</translation>
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
        <name>RegistryStats</name>
        <message>
            <source>The registry figures could not be computed.</source>
            <translation>无法计算登记统计数据。</translation>
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
            <source>Usage: sitegov-server --database PATH [--listen HOST:PORT] [--config FILE] [--threads N]
                      [--cert FILE --key FILE] [--rules FILE] [--demo [--seed N]]
       sitegov-server token create|list|revoke --database PATH ...

The SiteGov assessment backend: stores assessments, computes performance scores with
the scoring model and serves them as JSON over HTTP (HTTPS with a certificate).

Options:
  -d, --database PATH    the server's SQLite store (created when missing)
  -l, --listen HOST:PORT address to listen on (default 127.0.0.1:8750)
  -c, --config FILE      INI file with listen, threads, database, rules and a [tls]
                         section with cert and key; the command line overrides it
  --threads N            worker threads, one per open connection (default 16)
  --cert FILE            PEM certificate: serve HTTPS (needs --key)
  --key FILE             PEM private key of the certificate
  --rules FILE           a scoring rule set (JSON) instead of the built-in 2019 one
  --demo                 load two years of demo scores for the demo sites into an empty
                         store (without --database: a temporary one)
  --seed N               seed of the demo data (default 2017, as sitegovctl demo)
  -v, --version          print the version and exit
  -h, --help             print this help and exit

Tokens: every endpoint but /api/v1/health needs Authorization: Bearer TOKEN.
  sitegov-server token create --database PATH --name NAME --scope read|write
  sitegov-server token list --database PATH
  sitegov-server token revoke --database PATH (--id N | --name NAME)
</source>
            <translation>用法：sitegov-server --database 路径 [--listen 主机:端口] [--config 文件] [--threads N]
                      [--cert 文件 --key 文件] [--rules 文件] [--demo [--seed N]]
      sitegov-server token create|list|revoke --database 路径 ...

SiteGov 绩效考核后台：保存考核记录，用评分模型计算绩效考核得分，
并通过 HTTP（配置证书后为 HTTPS）以 JSON 提供。

选项：
  -d, --database 路径    服务器的 SQLite 数据库（不存在时创建）
  -l, --listen 主机:端口 监听地址（默认 127.0.0.1:8750）
  -c, --config 文件      INI 配置文件，含 listen、threads、database、rules，以及含 cert 和 key
                         的 [tls] 小节；命令行优先于它
  --threads N            工作线程数，每个打开的连接占一个（默认 16）
  --cert 文件            PEM 证书：提供 HTTPS（需要 --key）
  --key 文件             证书的 PEM 私钥
  --rules 文件           用一个评分规则集（JSON）代替内置的 2019 版规则
  --demo                 向空数据库载入演示网站两年的演示得分
                         （不带 --database 时使用临时数据库）
  --seed N               演示数据的种子（默认 2017，与 sitegovctl demo 相同）
  -v, --version          显示版本并退出
  -h, --help             显示本帮助并退出

令牌：除 /api/v1/health 外，每个接口都需要 Authorization: Bearer 令牌。
  sitegov-server token create --database 路径 --name 名称 --scope read|write
  sitegov-server token list --database 路径
  sitegov-server token revoke --database 路径 (--id N | --name 名称)
</translation>
        </message>
    </context>
    <context>
        <name>ServerStore</name>
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
            <source>The store could not be prepared for use.</source>
            <translation>无法准备数据库以供使用。</translation>
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
    </context>
    <context>
        <name>Sql</name>
        <message>
            <source>A database query could not be prepared.</source>
            <translation>无法准备数据库查询。</translation>
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
            <source>Usage: sitegov-server token create --database PATH --name NAME --scope read|write
       sitegov-server token list --database PATH
       sitegov-server token revoke --database PATH (--id N | --name NAME)

create prints the new token on standard output, and nothing else: it is shown once,
and the store keeps only its SHA-256 hash. A read token may call every GET endpoint;
a write token may also register sites and post assessments.
</source>
            <translation>用法：sitegov-server token create --database 路径 --name 名称 --scope read|write
      sitegov-server token list --database 路径
      sitegov-server token revoke --database 路径 (--id N | --name 名称)

create 只在标准输出上打印新令牌：令牌只显示这一次，
数据库只保存它的 SHA-256 哈希值。read 令牌可以调用所有 GET 接口；
write 令牌还可以登记网站和提交考核记录。
</translation>
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
            <source>--scope must be read or write.</source>
            <translation>--scope 必须是 read 或 write。</translation>
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
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>The database is busy or cannot be written; nothing was changed.</source>
            <translation>数据库正忙或无法写入；未作任何更改。</translation>
        </message>
        <message>
            <source>No transaction is open.</source>
            <translation>没有打开的事务。</translation>
        </message>
        <message>
            <source>The change could not be saved; nothing was changed.</source>
            <translation>无法保存更改；未作任何改动。</translation>
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
            <source>Open this database file (default: %1).</source>
            <translation>打开此数据库文件（默认：%1）。</translation>
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
            <source>Open this page: dashboard, sites, requests, inspections, reviews, scores, settings.</source>
            <translation>打开指定页面：dashboard、sites、requests、inspections、reviews、scores、settings。</translation>
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
            <source>Unknown page "%1": use dashboard, sites, requests, inspections, reviews, scores or settings.</source>
            <translation>未知页面“%1”：请使用 dashboard、sites、requests、inspections、reviews、scores 或 settings。</translation>
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
        <name>sitegov::AppController</name>
        <message>
            <source>Open database</source>
            <translation>打开数据库</translation>
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
            <source>Closed sites</source>
            <translation>已关停网站</translation>
        </message>
        <message>
            <source>Registered units</source>
            <translation>已登记单位</translation>
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
            <source>%1 migrating, %2 planned</source>
            <translation>迁移中 %1 个，拟开设 %2 个</translation>
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
            <source>%1 of %2 open sites</source>
            <translation>%2 个未关停网站中的 %1 个</translation>
        </message>
        <message>
            <source>%1% of all registered sites</source>
            <translation>占全部登记网站的 %1%</translation>
        </message>
        <message>
            <source>Governments and departments</source>
            <translation>各级政府及部门</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>总览</translation>
        </message>
    </context>
    <context>
        <name>sitegov::MainWindow</name>
        <message>
            <source>Requests</source>
            <translation>申请审批</translation>
        </message>
        <message>
            <source>Requests to open, close, migrate, merge or change sites, approved level by level (逐级报批): the approver's inbox, each request's chain and decisions, and the filed forms.</source>
            <translation>网站开设、关停、迁移、合并和变更申请，逐级报批：审核人待办、每项申请的审批链与决定，以及报备表单。</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>日常巡查</translation>
        </message>
        <message>
            <source>Daily inspections (每日一巡查): today's list of sites to inspect, the checklist, rectification items with their deadlines, and each unit's coverage calendar.</source>
            <translation>每日一巡查：今日待巡查网站、检查清单、带整改期限的整改事项，以及各单位的巡查覆盖日历。</translation>
        </message>
        <message>
            <source>Weekly reviews</source>
            <translation>一周点评</translation>
        </message>
        <message>
            <source>Weekly reviews (一周一点评) for each unit and ISO week, pre-filled with the week's inspection facts, signed by a director or caretaker.</source>
            <translation>一周一点评：按单位和 ISO 周填写，自动汇总本周巡查情况，由主任或看护人签发。</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>绩效考核</translation>
        </message>
        <message>
            <source>Performance scores (绩效考核) pulled from the assessment backend: rankings, the score distribution against the pass mark of 60, pass rates by level and trends over the periods.</source>
            <translation>从考核后端获取的绩效得分：排名、对照 60 分合格线的得分分布、各层级合格率及各期趋势。</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>Backend: not configured</source>
            <translation>后端：未配置</translation>
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
    </context>
    <context>
        <name>sitegov::SiteListModel</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
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
            <source>Due for migration or closure</source>
            <translation>应迁移或关停</translation>
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
            <source>Select a site to see its details.</source>
            <translation>选择一个网站以查看详情。</translation>
        </message>
        <message>
            <source>The site registry could not be read.</source>
            <translation>无法读取网站登记信息。</translation>
        </message>
        <message>
            <source>No sites are registered in this database yet.</source>
            <translation>此数据库中尚未登记任何网站。</translation>
        </message>
        <message>
            <source>Build the Fujian demo registry</source>
            <translation>生成福建省演示登记数据</translation>
        </message>
        <message>
            <source>No site matches these filters.</source>
            <translation>没有符合筛选条件的网站。</translation>
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
            <source>Build the demo registry</source>
            <translation>生成演示登记数据</translation>
        </message>
        <message>
            <source>This fills the database %1 with the Fujian demo registry (units and a few hundred sites). Continue?</source>
            <translation>将在数据库 %1 中生成福建省演示登记数据（各级单位和数百个网站）。是否继续？</translation>
        </message>
        <message>
            <source>Demo registry built: %1 units, %2 sites.</source>
            <translation>演示登记数据已生成：%1 个单位，%2 个网站。</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>开设日期</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>关停日期</translation>
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
