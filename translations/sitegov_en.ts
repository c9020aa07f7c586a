<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
