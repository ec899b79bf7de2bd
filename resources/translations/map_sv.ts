<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>InteractiveMap</name>
    <message>
        <source>Map of cases by region</source>
        <translation>Karta över fallen per landskap</translation>
    </message>
    <message>
        <source>Click a region to filter by it; +/- zoom; the list beside it does the same.</source>
        <translation>Klicka på ett landskap för att avgränsa resultaten; +/- zoomar; listan bredvid gör samma sak.</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n fall</numerusform>
            <numerusform>%n fall</numerusform>
        </translation>
    </message>
    <message>
        <source>no cases</source>
        <translation>inga fall</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>okänd: %1</translation>
    </message>
    <message>
        <source>Cases per municipality</source>
        <translation>Fall per kommun</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fall</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Landskap</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zooma in (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zooma ut (−)</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Hela landet</translation>
    </message>
    <message>
        <source>Show the whole country (0)</source>
        <translation>Visa hela landet (0)</translation>
    </message>
    <message>
        <source>Click a region to filter the results, click it again to clear. Zoom in to see municipalities.</source>
        <translation>Klicka på ett landskap för att avgränsa resultaten, klicka igen för att rensa. Zooma in för att se kommunerna.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Loading the map…</source>
        <translation>Kartan läses in…</translation>
    </message>
</context>
<context>
    <name>RegionList</name>
    <message>
        <source>Regions and their case counts</source>
        <translation>Landskapen och deras antal fall</translation>
    </message>
    <message>
        <source>Place unknown: %1</source>
        <translation>Plats okänd: %1</translation>
    </message>
    <message>
        <source> (filter)</source>
        <translation> (avgränsning)</translation>
    </message>
</context>
<context>
    <name>TimelineBox</name>
    <message>
        <source>Cases per &amp;year</source>
        <translation>Fall per &amp;år</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Cases per year</source>
        <translation>Fall per år</translation>
    </message>
    <message>
        <source>No years in the results</source>
        <translation>Inga år i resultaten</translation>
    </message>
    <message>
        <source>No years</source>
        <translation>Inga år</translation>
    </message>
</context>
</TS>
