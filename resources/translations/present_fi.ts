<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>PresentController</name>
    <message>
        <source>Present case</source>
        <translation>Esitä tapaus</translation>
    </message>
    <message>
        <source>Present collection…</source>
        <translation>Esitä kokoelma…</translation>
    </message>
    <message>
        <source>Handout as PDF…</source>
        <translation>Moniste PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Tulosta moniste…</translation>
    </message>
    <message>
        <source>Open a case first, then press F5.</source>
        <translation>Avaa ensin tapaus ja paina sitten F5.</translation>
    </message>
    <message>
        <source>There are no collections yet.</source>
        <translation>Kokoelmia ei ole vielä.</translation>
    </message>
    <message>
        <source>Present collection</source>
        <translation>Esitä kokoelma</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>Kokoelma:</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Avaa ensin tapaus.</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Tallenna moniste</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the handout: %1</source>
        <translation>Monistetta ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Handout saved: %1</source>
        <translation>Moniste tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Esitys</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Dian otsikko</translation>
    </message>
    <message>
        <source>Slide content</source>
        <translation>Dian sisältö</translation>
    </message>
    <message>
        <source>Personal notes</source>
        <translation>Omat muistiinpanot</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Eteneminen</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Ei esitettävää</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Esittäjän näkymä</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Nykyinen dia</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Seuraava dia</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Omat muistiinpanot</translation>
    </message>
    <message>
        <source>Slide %1 / %2</source>
        <translation>Dia %1 / %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Seuraavaksi: %1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Viimeinen dia</translation>
    </message>
</context>
</TS>
