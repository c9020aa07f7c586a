<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
