<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AnnualReportCommands</name>
        <message numerus="yes">
            <source>Wrote %1 (%n page(s)).</source>
            <translation>
                <numerusform>Wrote %1 (%n page).</numerusform>
                <numerusform>Wrote %1 (%n pages).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n field(s) of %1.</source>
            <translation>
                <numerusform>Saved %n field of %1.</numerusform>
                <numerusform>Saved %n fields of %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssessmentCommands</name>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors; correct them and import the file again.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has errors; correct it and import the file again.</numerusform>
                <numerusform>Nothing was imported: %n rows have errors; correct them and import the file again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssessmentFindings</name>
        <message numerus="yes">
            <source>… and %n more failed probe(s).</source>
            <translation>
                <numerusform>… and %n more failed probe.</numerusform>
                <numerusform>… and %n more failed probes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectionCommands</name>
        <message numerus="yes">
            <source>Checklist version %1 with %n item(s) is now in force.</source>
            <translation>
                <numerusform>Checklist version %1 with %n item is now in force.</numerusform>
                <numerusform>Checklist version %1 with %n items is now in force.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rectification item(s).</source>
            <translation>
                <numerusform>%n rectification item.</numerusform>
                <numerusform>%n rectification items.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Inspection %1 of site %2 on %3 saved; %n item(s) failed.</source>
            <translation>
                <numerusform>Inspection %1 of site %2 on %3 saved; %n item failed.</numerusform>
                <numerusform>Inspection %1 of site %2 on %3 saved; %n items failed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxCommands</name>
        <message numerus="yes">
            <source>Sending %n assessment(s) to %1…</source>
            <translation>
                <numerusform>Sending %n assessment to %1…</numerusform>
                <numerusform>Sending %n assessments to %1…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PolicyCommands</name>
        <message numerus="yes">
            <source>Imported %n key policy item(s) from %1 (%2).</source>
            <translation>
                <numerusform>Imported %n key policy item from %1 (%2).</numerusform>
                <numerusform>Imported %n key policy items from %1 (%2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors; correct them and import the file again.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has errors; correct it and import the file again.</numerusform>
                <numerusform>Nothing was imported: %n rows have errors; correct them and import the file again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProbeCommands</name>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has errors.</numerusform>
                <numerusform>Nothing was imported: %n rows have errors.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RowOutput</name>
        <message numerus="yes">
            <source>Wrote %n row(s) to %1.</source>
            <translation>
                <numerusform>Wrote %n row to %1.</numerusform>
                <numerusform>Wrote %n rows to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScoreSync</name>
        <message numerus="yes">
            <source>The backend says it has no scores at all, while the cache holds %n period(s): it has lost its data or is another backend. The cache was kept as it was.</source>
            <translation>
                <numerusform>The backend says it has no scores at all, while the cache holds %n period: it has lost its data or is another backend. The cache was kept as it was.</numerusform>
                <numerusform>The backend says it has no scores at all, while the cache holds %n periods: it has lost its data or is another backend. The cache was kept as it was.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpotCheckCommands</name>
        <message numerus="yes">
            <source>Wrote %1 (%n page(s)).</source>
            <translation>
                <numerusform>Wrote %1 (%n page).</numerusform>
                <numerusform>Wrote %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpotCheckPlanCommands</name>
        <message numerus="yes">
            <source>%n of the sites named are not in the plan.</source>
            <translation>
                <numerusform>%n of the sites named is not in the plan.</numerusform>
                <numerusform>%n of the sites named are not in the plan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) of plan %1 assigned to %2.</source>
            <translation>
                <numerusform>%n site of plan %1 assigned to %2.</numerusform>
                <numerusform>%n sites of plan %1 assigned to %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpotCheckService</name>
        <message numerus="yes">
            <source>%1 %2: %n site(s) assigned to %3</source>
            <translation>
                <numerusform>%1 %2: %n site assigned to %3</numerusform>
                <numerusform>%1 %2: %n sites assigned to %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 %2: %n site(s) without a checker</source>
            <translation>
                <numerusform>%1 %2: %n site without a checker</numerusform>
                <numerusform>%1 %2: %n sites without a checker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 %2: plan locked with %n site(s)</source>
            <translation>
                <numerusform>%1 %2: plan locked with %n site</numerusform>
                <numerusform>%1 %2: plan locked with %n sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TicketCommands</name>
        <message numerus="yes">
            <source>Exported %n ticket(s) to %1.</source>
            <translation>
                <numerusform>Exported %n ticket to %1.</numerusform>
                <numerusform>Exported %n tickets to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n ticket(s) from %1 (%2).</source>
            <translation>
                <numerusform>Imported %n ticket from %1 (%2).</numerusform>
                <numerusform>Imported %n tickets from %1 (%2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors; correct them and import the file again.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has errors; correct it and import the file again.</numerusform>
                <numerusform>Nothing was imported: %n rows have errors; correct them and import the file again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::AnnualReportsPage</name>
        <message numerus="yes">
            <source>%n field(s) need correcting; nothing was saved.</source>
            <translation>
                <numerusform>%n field needs correcting; nothing was saved.</numerusform>
                <numerusform>%n fields need correcting; nothing was saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%n page(s)).</source>
            <translation>
                <numerusform>Saved %1 (%n page).</numerusform>
                <numerusform>Saved %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::BulletinDialog</name>
        <message numerus="yes">
            <source>Saved %1 (%n page(s)).</source>
            <translation>
                <numerusform>Saved %1 (%n page).</numerusform>
                <numerusform>Saved %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::ChecklistDialog</name>
        <message numerus="yes">
            <source>the built-in list (%n item(s))</source>
            <translation>
                <numerusform>the built-in list (%n item)</numerusform>
                <numerusform>the built-in list (%n items)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>version %1 (%n item(s))</source>
            <translation>
                <numerusform>version %1 (%n item)</numerusform>
                <numerusform>version %1 (%n items)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::CoverageTab</name>
        <message numerus="yes">
            <source>%n site(s) not inspected on %1:</source>
            <translation>
                <numerusform>%n site not inspected on %1:</numerusform>
                <numerusform>%n sites not inspected on %1:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Coverage %1% · %n day(s) with every site inspected</source>
            <translation>
                <numerusform>Coverage %1% · %n day with every site inspected</numerusform>
                <numerusform>Coverage %1% · %n days with every site inspected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::DashboardPage</name>
        <message numerus="yes">
            <source>%1 of %Ln open site(s)</source>
            <translation>
                <numerusform>%1 of %Ln open site</numerusform>
                <numerusform>%1 of %Ln open sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln running site(s) inspected today</source>
            <translation>
                <numerusform>%1 of %Ln running site inspected today</numerusform>
                <numerusform>%1 of %Ln running sites inspected today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln unit(s), %2: %3 not submitted, %4 drafts</source>
            <translation>
                <numerusform>%1 of %Ln unit, %2: %3 not submitted, %4 drafts</numerusform>
                <numerusform>%1 of %Ln units, %2: %3 not submitted, %4 drafts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of the %Ln running site(s) you take care of, inspected by you today</source>
            <translation>
                <numerusform>%1 of the %Ln running site you take care of, inspected by you today</numerusform>
                <numerusform>%1 of the %Ln running sites you take care of, inspected by you today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None past the 3 working days; %Ln not closed</source>
            <translation>
                <numerusform>None past the 3 working days; %Ln not closed</numerusform>
                <numerusform>None past the 3 working days; %Ln not closed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not closed within 3 working days, of %Ln not closed</source>
            <translation>
                <numerusform>Not closed within 3 working days, of %Ln not closed</numerusform>
                <numerusform>Not closed within 3 working days, of %Ln not closed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every open item reposted or within its 8 hours; %Ln open</source>
            <translation>
                <numerusform>Every open item reposted or within its 8 hours; %Ln open</numerusform>
                <numerusform>Every open item reposted or within its 8 hours; %Ln open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open past 8 hours with a portal missing, of %Ln open</source>
            <translation>
                <numerusform>Open past 8 hours with a portal missing, of %Ln open</numerusform>
                <numerusform>Open past 8 hours with a portal missing, of %Ln open</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::InspectionForm</name>
        <message numerus="yes">
            <source>%1 of %n item(s) decided</source>
            <translation>
                <numerusform>%1 of %n item decided</numerusform>
                <numerusform>%1 of %n items decided</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::ListTable</name>
        <message numerus="yes">
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>%n row exported to %1.</numerusform>
                <numerusform>%n rows exported to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n row(s))</source>
            <translation>
                <numerusform>%1 (%n row)</numerusform>
                <numerusform>%1 (%n rows)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::MainWindow</name>
        <message numerus="yes">
            <source>%1: %n waiting for you</source>
            <translation>
                <numerusform>%1: %n waiting for you</numerusform>
                <numerusform>%1: %n waiting for you</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::PoliciesPage</name>
        <message numerus="yes">
            <source>%n key policy item(s)</source>
            <translation>
                <numerusform>%n key policy item</numerusform>
                <numerusform>%n key policy items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key policy item(s) published more than 8 hours ago are not reposted on every portal.</source>
            <translation>
                <numerusform>%n key policy item published more than 8 hours ago is not reposted on every portal.</numerusform>
                <numerusform>%n key policy items published more than 8 hours ago are not reposted on every portal.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors. Correct them and import the file again.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has errors. Correct it and import the file again.</numerusform>
                <numerusform>Nothing was imported: %n rows have errors. Correct them and import the file again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n key policy item(s) from %1.</source>
            <translation>
                <numerusform>Imported %n key policy item from %1.</numerusform>
                <numerusform>Imported %n key policy items from %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::RecordsTab</name>
        <message numerus="yes">
            <source>%n inspection(s)</source>
            <translation>
                <numerusform>%n inspection</numerusform>
                <numerusform>%n inspections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::RectificationListModel</name>
        <message numerus="yes">
            <source>Overdue %n day(s)</source>
            <translation>
                <numerusform>Overdue %n day</numerusform>
                <numerusform>Overdue %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::RectificationTab</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s).</source>
            <translation>
                <numerusform>Overdue by %n day.</numerusform>
                <numerusform>Overdue by %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::RequestDetailPanel</name>
        <message numerus="yes">
            <source>Saved %1 (%n page(s)).</source>
            <translation>
                <numerusform>Saved %1 (%n page).</numerusform>
                <numerusform>Saved %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::RequestsPage</name>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n request</numerusform>
                <numerusform>%n requests</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::ScoresPage</name>
        <message numerus="yes">
            <source>%1 to %2 points: %n site(s)</source>
            <translation>
                <numerusform>%1 to %2 points: %n site</numerusform>
                <numerusform>%1 to %2 points: %n sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Top %1 of %Ln site(s) by score, %2 (%3)</source>
            <translation>
                <numerusform>Top %1 of %Ln site by score, %2 (%3)</numerusform>
                <numerusform>Top %1 of %Ln sites by score, %2 (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::SettingsPage</name>
        <message numerus="yes">
            <source>✔ Connected to the SiteGov backend %1: the token is accepted and scores exist for %n period(s).</source>
            <translation>
                <numerusform>✔ Connected to the SiteGov backend %1: the token is accepted and scores exist for %n period.</numerusform>
                <numerusform>✔ Connected to the SiteGov backend %1: the token is accepted and scores exist for %n periods.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::SiteDetailPanel</name>
        <message numerus="yes">
            <source>✘ %n item(s) failed</source>
            <translation>
                <numerusform>✘ %n item failed</numerusform>
                <numerusform>✘ %n items failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Score trend of %1, last %n month(s)</source>
            <translation>
                <numerusform>Score trend of %1, last month</numerusform>
                <numerusform>Score trend of %1, last %n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::SiteProbePanel</name>
        <message numerus="yes">
            <source>Homepage: newest date %1 (%Ln day(s) ago); checked %2.</source>
            <translation>
                <numerusform>Homepage: newest date %1 (%Ln day ago); checked %2.</numerusform>
                <numerusform>Homepage: newest date %1 (%Ln days ago); checked %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, seen %Ln time(s)</source>
            <translation>
                <numerusform>%1, seen %Ln time</numerusform>
                <numerusform>%1, seen %Ln times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::SitesPage</name>
        <message numerus="yes">
            <source>In all: %1 of %Ln open site(s) on the unified platform (%2)</source>
            <translation>
                <numerusform>In all: %1 of %Ln open site on the unified platform (%2)</numerusform>
                <numerusform>In all: %1 of %Ln open sites on the unified platform (%2)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::SpotChecksPage</name>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n site</numerusform>
                <numerusform>%n sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending %n assessment(s) to the backend…</source>
            <translation>
                <numerusform>Sending %n assessment to the backend…</numerusform>
                <numerusform>Sending %n assessments to the backend…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) will be sent at the next sync; set the backend in Settings.</source>
            <translation>
                <numerusform>%n assessment will be sent at the next sync; set the backend in Settings.</numerusform>
                <numerusform>%n assessments will be sent at the next sync; set the backend in Settings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::TicketsPage</name>
        <message numerus="yes">
            <source>%n error report(s)</source>
            <translation>
                <numerusform>%n error report</numerusform>
                <numerusform>%n error reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error report(s) not closed by the deadline (3 working days).</source>
            <translation>
                <numerusform>%n error report not closed by the deadline (3 working days).</numerusform>
                <numerusform>%n error reports not closed by the deadline (3 working days).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors. Correct them and import the file again.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has errors. Correct it and import the file again.</numerusform>
                <numerusform>Nothing was imported: %n rows have errors. Correct them and import the file again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n error report(s) from %1.</source>
            <translation>
                <numerusform>Imported %n error report from %1.</numerusform>
                <numerusform>Imported %n error reports from %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::TodayTab</name>
        <message numerus="yes">
            <source>%n site(s) still to inspect</source>
            <translation>
                <numerusform>%n site still to inspect</numerusform>
                <numerusform>%n sites still to inspect</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n site(s) inspected</source>
            <translation>
                <numerusform>%1 of %n site inspected</numerusform>
                <numerusform>%1 of %n sites inspected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rectification item(s) still open on this site.</source>
            <translation>
                <numerusform>%n rectification item still open on this site.</numerusform>
                <numerusform>%n rectification items still open on this site.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rectification item(s) opened.</source>
            <translation>
                <numerusform>%n rectification item opened.</numerusform>
                <numerusform>%n rectification items opened.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) re-checked.</source>
            <translation>
                <numerusform>%n item re-checked.</numerusform>
                <numerusform>%n items re-checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) pre-filled from the probe's measurements: confirm or change them.</source>
            <translation>
                <numerusform>%n item pre-filled from the probe's measurements: confirm or change it.</numerusform>
                <numerusform>%n items pre-filled from the probe's measurements: confirm or change them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The inspection of %1 (%2 of %n item(s) decided)</source>
            <translation>
                <numerusform>The inspection of %1 (%2 of %n item decided)</numerusform>
                <numerusform>The inspection of %1 (%2 of %n items decided)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::WeeklyReviewEditor</name>
        <message numerus="yes">
            <source>(%1 of %2 site-days inspected, %n running site(s))</source>
            <translation>
                <numerusform>(%1 of %2 site-days inspected, %n running site)</numerusform>
                <numerusform>(%1 of %2 site-days inspected, %n running sites)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%n page(s)).</source>
            <translation>
                <numerusform>Saved %1 (%n page).</numerusform>
                <numerusform>Saved %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitegov::WeeklyReviewsPage</name>
        <message numerus="yes">
            <source>%n review(s)</source>
            <translation>
                <numerusform>%n review</numerusform>
                <numerusform>%n reviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) with running sites</source>
            <translation>
                <numerusform>%n unit with running sites</numerusform>
                <numerusform>%n units with running sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) have no signed review of %1 (last week).</source>
            <translation>
                <numerusform>%n unit has no signed review of %1 (last week).</numerusform>
                <numerusform>%n units have no signed review of %1 (last week).</numerusform>
            </translation>
        </message>
    </context>
</TS>
