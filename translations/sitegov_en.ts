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
