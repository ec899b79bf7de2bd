<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>InteractiveMap</name>
    <message>
        <source>Map of cases by region</source>
        <translation>Tapausten kartta maakunnittain</translation>
    </message>
    <message>
        <source>Click a region to filter by it; +/- zoom; the list beside it does the same.</source>
        <translation>Rajaa tulokset napsauttamalla maakuntaa; +/- lähentää ja loitontaa; viereinen luettelo toimii samoin.</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n tapaus</numerusform>
            <numerusform>%n tapausta</numerusform>
        </translation>
    </message>
    <message>
        <source>no cases</source>
        <translation>ei tapauksia</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>tuntematon: %1</translation>
    </message>
    <message>
        <source>Cases per municipality</source>
        <translation>Tapauksia kunnittain</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Tapauksia</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Maakunnat</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Lähennä (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Loitonna (−)</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Koko maa</translation>
    </message>
    <message>
        <source>Show the whole country (0)</source>
        <translation>Näytä koko maa (0)</translation>
    </message>
    <message>
        <source>Click a region to filter the results, click it again to clear. Zoom in to see municipalities.</source>
        <translation>Napsauta maakuntaa, niin tulokset rajataan siihen; uusi napsautus poistaa rajauksen. Lähennä, niin näet kunnat.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kartta</translation>
    </message>
    <message numerus="yes">
        <source>Res&amp;ults (%n)</source>
        <translation>
            <numerusform>Tu&amp;lokset (%n)</numerusform>
            <numerusform>Tu&amp;lokset (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Results on the map</source>
        <translation>Kartan tulokset</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Loading the map…</source>
        <translation>Ladataan karttaa…</translation>
    </message>
</context>
<context>
    <name>RegionList</name>
    <message>
        <source>Regions and their case counts</source>
        <translation>Maakunnat ja niiden tapausmäärät</translation>
    </message>
    <message>
        <source>Place unknown: %1</source>
        <translation>Sijainti tuntematon: %1</translation>
    </message>
    <message>
        <source> (filter)</source>
        <translation> (rajaus)</translation>
    </message>
</context>
<context>
    <name>TimelineBox</name>
    <message>
        <source>Cases per &amp;year</source>
        <translation>Tapauksia &amp;vuosittain</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Cases per year</source>
        <translation>Tapauksia vuosittain</translation>
    </message>
    <message>
        <source>No years in the results</source>
        <translation>Tuloksissa ei ole vuosia</translation>
    </message>
    <message>
        <source>No years</source>
        <translation>Ei vuosia</translation>
    </message>
</context>
</TS>
