<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>PresentController</name>
    <message>
        <source>Present case</source>
        <translation>Presentera fall</translation>
    </message>
    <message>
        <source>Present collection…</source>
        <translation>Presentera samling…</translation>
    </message>
    <message>
        <source>Handout as PDF…</source>
        <translation>Utdelningsblad som PDF…</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Skriv ut utdelningsblad…</translation>
    </message>
    <message>
        <source>Open a case first, then press F5.</source>
        <translation>Öppna först ett fall och tryck sedan på F5.</translation>
    </message>
    <message>
        <source>There are no collections yet.</source>
        <translation>Det finns inga samlingar ännu.</translation>
    </message>
    <message>
        <source>Present collection</source>
        <translation>Presentera samling</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>Samling:</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Öppna först ett fall.</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Spara utdelningsblad</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the handout: %1</source>
        <translation>Utdelningsbladet kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Handout saved: %1</source>
        <translation>Utdelningsbladet sparat: %1</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Bildens titel</translation>
    </message>
    <message>
        <source>Slide content</source>
        <translation>Bildens innehåll</translation>
    </message>
    <message>
        <source>Personal notes</source>
        <translation>Egna anteckningar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Inget att presentera</translation>
    </message>
</context>
</TS>
