<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Muistiinpanot</translation>
    </message>
    <message>
        <source>Notes of this case</source>
        <translation>Tämän tapauksen muistiinpanot</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Muokkaa muistiinpanoa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Kiinnitä valintaan</translation>
    </message>
    <message>
        <source>Select the passage in the text, then re-attach the note to it</source>
        <translation>Valitse kohta tekstistä ja kiinnitä muistiinpano siihen</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>siirtynyt</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>teksti muuttunut</translation>
    </message>
    <message>
        <source>passage not found</source>
        <translation>kohtaa ei löydy</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Notes (%n)</source>
        <translation>
            <numerusform>M&amp;uistiinpanot (%n)</numerusform>
            <numerusform>M&amp;uistiinpanot (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleText</name>
    <message>
        <source>it is not a bundle file (not a zip archive)</source>
        <translation>se ei ole pakettitiedosto (ei zip-arkisto)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>its list of contents (manifest.json) is missing</source>
        <translation>sen sisällysluettelo (manifest.json) puuttuu</translation>
    </message>
    <message>
        <source>its list of contents (manifest.json) is invalid</source>
        <translation>sen sisällysluettelo (manifest.json) on virheellinen</translation>
    </message>
    <message>
        <source>it holds a file that is not in its list of contents</source>
        <translation>siinä on tiedosto, jota ei ole sen sisällysluettelossa</translation>
    </message>
    <message>
        <source>a file listed in its contents is missing</source>
        <translation>sisällysluettelossa mainittu tiedosto puuttuu</translation>
    </message>
    <message>
        <source>a file does not match its checksum (changed or damaged on the way)</source>
        <translation>tiedosto ei vastaa tarkistussummaansa (muuttunut tai vioittunut matkalla)</translation>
    </message>
    <message>
        <source>its tags and notes (notes.json) cannot be read</source>
        <translation>sen tunnisteita ja muistiinpanoja (notes.json) ei voi lukea</translation>
    </message>
    <message>
        <source>it holds too many files</source>
        <translation>siinä on liian monta tiedostoa</translation>
    </message>
    <message>
        <source>a file in it has an absolute path</source>
        <translation>sen tiedostolla on absoluuttinen polku</translation>
    </message>
    <message>
        <source>a file in it points outside its folder (..)</source>
        <translation>sen tiedosto osoittaa kansionsa ulkopuolelle (..)</translation>
    </message>
    <message>
        <source>a file in it has an unsafe name</source>
        <translation>sen tiedostolla on vaarallinen nimi</translation>
    </message>
    <message>
        <source>it contains a symbolic link</source>
        <translation>siinä on symbolinen linkki</translation>
    </message>
    <message>
        <source>a file appears in it twice</source>
        <translation>siinä on sama tiedosto kahdesti</translation>
    </message>
    <message>
        <source>it contains a file that does not belong in a bundle</source>
        <translation>siinä on tiedosto, joka ei kuulu pakettiin</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>se on salattu</translation>
    </message>
    <message>
        <source>it uses an unsupported compression method</source>
        <translation>siinä käytetään tukematonta pakkaustapaa</translation>
    </message>
    <message>
        <source>a file in it is too large</source>
        <translation>sen tiedosto on liian suuri</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>se on liian suuri</translation>
    </message>
    <message>
        <source>it unpacks to far more than its size (a zip bomb?)</source>
        <translation>se purkautuu moninkertaiseksi kokoonsa nähden (zip-pommi?)</translation>
    </message>
    <message>
        <source>a file in it is not the size its header says</source>
        <translation>sen tiedosto ei ole otsakkeessa ilmoitetun kokoinen</translation>
    </message>
    <message>
        <source>it failed a safety check</source>
        <translation>se ei läpäissyt turvatarkistusta</translation>
    </message>
    <message>
        <source>The bundle %1 was rejected: %2.</source>
        <translation>Paketti %1 hylättiin: %2.</translation>
    </message>
    <message>
        <source>File: %1.</source>
        <translation>Tiedosto: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>On jo kirjastossa</translation>
    </message>
    <message>
        <source>Updated version</source>
        <translation>Päivitetty versio</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Ristiriita</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>Virheellinen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Säilytä omani</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ota heidän versionsa</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Säilytä molemmat</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>clipboard</source>
        <translation>leikepöytä</translation>
    </message>
    <message>
        <source>Capture cases from documents</source>
        <translation>Poimi tapauksia asiakirjoista</translation>
    </message>
    <message>
        <source>Drop documents or folders here, or add them with the buttons: web pages (HTML, MHTML), Word (.docx), OpenDocument (.odt), PDF, text and Markdown. Each becomes a draft case to review in the editor.</source>
        <translation>Pudota asiakirjoja tai kansioita tähän tai lisää ne painikkeilla: verkkosivut (HTML, MHTML), Word (.docx), OpenDocument (.odt), PDF, teksti ja Markdown. Jokaisesta tulee tapausluonnos, jonka tarkistat editorissa.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lisää &amp;tiedostoja…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Lisää &amp;kansio…</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>&amp;Liitä teksti</translation>
    </message>
    <message>
        <source>&amp;Review in editor</source>
        <translation>&amp;Tarkista editorissa</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ohita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Title or reason</source>
        <translation>Otsikko tai syy</translation>
    </message>
    <message>
        <source>Documents to capture</source>
        <translation>Poimittavat asiakirjat</translation>
    </message>
    <message>
        <source>Capture progress</source>
        <translation>Poiminnan eteneminen</translation>
    </message>
    <message>
        <source>%v of %m documents</source>
        <translation>%v / %m asiakirjaa</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Valitse asiakirjat</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Asiakirjat (%1)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <source>The clipboard has no text.</source>
        <translation>Leikepöydällä ei ole tekstiä.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>ehdotettu</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>tarkistettavana</translation>
    </message>
    <message>
        <source>reviewed, not saved</source>
        <translation>tarkistettu, ei tallennettu</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>tallennettu</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ei luettavissa</translation>
    </message>
    <message>
        <source>(contains personal data)</source>
        <translation>(sisältää henkilötietoja)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read</source>
        <translation>
            <numerusform>%n asiakirja luettu</numerusform>
            <numerusform>%n asiakirjaa luettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n ei voitu lukea</numerusform>
            <numerusform>%n ei voitu lukea</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case te&amp;xt (Markdown)</source>
        <translation>Ta&amp;pauksen teksti (Markdown)</translation>
    </message>
    <message>
        <source>Case text in Markdown</source>
        <translation>Tapauksen teksti Markdown-muodossa</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>On&amp;gelmat</translation>
    </message>
    <message>
        <source>Problems in the case</source>
        <translation>Tapauksen ongelmat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Tallennuska&amp;nsio:</translation>
    </message>
    <message>
        <source>Folder for the new case</source>
        <translation>Uuden tapauksen kansio</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Tapauksen tiedot</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Uusi tapaus</translation>
    </message>
    <message>
        <source>Edit case – %1</source>
        <translation>Muokkaa tapausta – %1</translation>
    </message>
    <message>
        <source>Proposals from the document</source>
        <translation>Ehdotukset asiakirjasta</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Ei ongelmia.</translation>
    </message>
    <message>
        <source>Save as copy</source>
        <translation>Tallenna kopiona</translation>
    </message>
    <message>
        <source>This case is in a read-only folder; save it as your own copy.</source>
        <translation>Tapaus on kansiossa, johon ei voi kirjoittaa; tallenna se omaksi kopioksi.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): fix them before saving.</source>
        <translation>
            <numerusform>%n virhe: korjaa se ennen tallennusta.</numerusform>
            <numerusform>%n virhettä: korjaa ne ennen tallennusta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save a draft: %1</source>
        <translation>Luonnosta ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Tunnus</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>T&amp;iivistelmä</translation>
    </message>
    <message>
        <source>&amp;Municipalities</source>
        <translation>&amp;Kunnat</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Maakunta</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>Tee&amp;mat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Ti&amp;la</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the case</source>
        <translation>Tapauksen ki&amp;eli</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Rahoitus</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Sou&amp;rces</source>
        <translation>Lä&amp;hteet</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Alku</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Lopp&amp;u</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Ajanjakson alku</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ajanjakson loppu</translation>
    </message>
    <message>
        <source>Total c&amp;ost (€)</source>
        <translation>Kokonaiskustannu&amp;s (€)</translation>
    </message>
    <message>
        <source>Total cost in euros</source>
        <translation>Kokonaiskustannus euroina</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Rahoittajat</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Nimet pilkuin erotettuina</translation>
    </message>
    <message>
        <source>Filled in from the municipalities</source>
        <translation>Täytetään kuntien perusteella</translation>
    </message>
    <message>
        <source>Lower-case letters a–z, digits and hyphens; also the file name.</source>
        <translation>Pienet kirjaimet a–z, numerot ja väliviivat; myös tiedoston nimi.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ei annettu)</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Summa (€)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Osoite (URL)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Haettu</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>rahoittaja</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>yhteyshenkilö</translation>
    </message>
    <message>
        <source>source</source>
        <translation>lähde</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lisää %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Poista %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The case changed on disk</source>
        <translation>Tapaus on muuttunut levyllä</translation>
    </message>
    <message>
        <source>The file %1 was deleted after you opened it. Nothing has been saved yet.</source>
        <translation>Tiedosto %1 poistettiin sen jälkeen, kun avasit sen. Mitään ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Someone changed the file %1 after you opened it. Nothing has been saved yet. Compare the versions and choose which one to keep.</source>
        <translation>Joku muutti tiedostoa %1 sen jälkeen, kun avasit sen. Mitään ei ole vielä tallennettu. Vertaa versioita ja valitse, kumpi säilytetään.</translation>
    </message>
    <message>
        <source>&amp;My version (in the editor)</source>
        <translation>&amp;Minun versioni (editorissa)</translation>
    </message>
    <message>
        <source>&amp;Version on disk now</source>
        <translation>&amp;Levyllä nyt oleva versio</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Minun versioni</translation>
    </message>
    <message>
        <source>Version on disk</source>
        <translation>Levyllä oleva versio</translation>
    </message>
    <message>
        <source>&amp;Keep mine (overwrite the file)</source>
        <translation>&amp;Säilytä omani (korvaa tiedosto)</translation>
    </message>
    <message>
        <source>&amp;Take theirs (discard my changes)</source>
        <translation>&amp;Ota heidän versionsa (hylkää muutokseni)</translation>
    </message>
    <message>
        <source>Save mine as a &amp;copy</source>
        <translation>Tallenna omani &amp;kopiona</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>CurateController</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Uusi tapaus</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>&amp;Muokkaa tapausta</translation>
    </message>
    <message>
        <source>&amp;Capture from documents…</source>
        <translation>&amp;Poimi asiakirjoista…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>&amp;Vie paketti…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Tuo paketti…</translation>
    </message>
    <message>
        <source>Open a case first, then edit it.</source>
        <translation>Avaa ensin tapaus ja muokkaa sitten.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Tiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Tallennettu ”%1”.</translation>
    </message>
    <message>
        <source>Bundle saved: %1</source>
        <translation>Paketti tallennettu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Tuotiin %n tapaus.</numerusform>
            <numerusform>Tuotiin %n tapausta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved drafts</source>
        <translation>Tallentamattomat luonnokset</translation>
    </message>
    <message>
        <source>These edits were not saved when the app last closed. Restore a draft to continue editing it.</source>
        <translation>Näitä muokkauksia ei tallennettu, kun sovellus viimeksi suljettiin. Palauta luonnos jatkaaksesi sen muokkaamista.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Hylkää luonnos</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mahdollisia kaksoiskappaleita</translation>
    </message>
    <message>
        <source>The library already has cases that look like this one. Check that you are not adding the same practice twice.</source>
        <translation>Kirjastossa on jo tämän näköisiä tapauksia. Tarkista, ettet lisää samaa käytäntöä kahdesti.</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Samankaltaiset tapaukset</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Tallenna silti</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>Takaisin &amp;muokkaukseen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Vie paketti</translation>
    </message>
    <message>
        <source>The current &amp;case: %1</source>
        <translation>Avoin &amp;tapaus: %1</translation>
    </message>
    <message>
        <source>The current &amp;case (none is open)</source>
        <translation>Avoin &amp;tapaus (mitään ei ole auki)</translation>
    </message>
    <message>
        <source>A c&amp;ollection:</source>
        <translation>&amp;Kokoelma:</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Kokoelma</translation>
    </message>
    <message>
        <source>Include my &amp;tags and notes</source>
        <translation>Mukaan omat t&amp;unnisteet ja muistiinpanot</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>T&amp;allenna nimellä:</translation>
    </message>
    <message>
        <source>Bundle file to write</source>
        <translation>Kirjoitettava pakettitiedosto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Bundles (*.hkzip)</source>
        <translation>Paketit (*.hkzip)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Valitse, mihin paketti tallennetaan.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Mitään ei viety: %1</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <source>Filters</source>
        <translation>Rajaukset</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä rajaukset</translation>
    </message>
    <message>
        <source>&amp;Saved searches</source>
        <translation>Tallennetut &amp;haut</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Tallennetut haut</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>Ko&amp;koelmat</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Kokoelmat</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Maakunta</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>My tags</source>
        <translation>Omat tunnisteet</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Tarkistamatta</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Poista rajaus %1</translation>
    </message>
</context>
<context>
    <name>FullTableDialog</name>
    <message>
        <source>Search in the table</source>
        <translation>Hae taulukosta</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 riviä</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Tuo paketti</translation>
    </message>
    <message>
        <source>&amp;Bundle file:</source>
        <translation>&amp;Pakettitiedosto:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Pakettitiedosto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatsele</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Tapaus</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Valintasi</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>Paketin tapaukset</translation>
    </message>
    <message>
        <source>Import the sender&apos;s &amp;tags and notes</source>
        <translation>Tuo lähettäjän t&amp;unnisteet ja muistiinpanot</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Bundles (*.hkzip)</source>
        <translation>Paketit (*.hkzip)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, conflicts: %3, already here: %4, with errors: %5.</source>
        <translation>Uusia: %1, päivittyviä: %2, ristiriitoja: %3, jo kirjastossa: %4, virheellisiä: %5.</translation>
    </message>
    <message>
        <source>Resembles: %1</source>
        <translation>Muistuttaa: %1</translation>
    </message>
    <message>
        <source>Yours is read-only: “take theirs” keeps both.</source>
        <translation>Omaasi ei voi muuttaa: ”ota heidän versionsa” säilyttää molemmat.</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Valinta: %1</translation>
    </message>
    <message>
        <source>Everything in this bundle is already in your library.</source>
        <translation>Kaikki tämän paketin tapaukset ovat jo kirjastossasi.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Mitään ei tuotu: %1</translation>
    </message>
</context>
<context>
    <name>IndexRepair</name>
    <message>
        <source>The search index is damaged. It is being rebuilt from the case files; the search will answer when that is done.</source>
        <translation>Hakuhakemisto on vioittunut. Se rakennetaan uudelleen tapauskuvauksista; haku vastaa, kun se on valmis.</translation>
    </message>
    <message>
        <source>Rebuilding %v/%m</source>
        <translation>Rakennetaan %v/%m</translation>
    </message>
</context>
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
    <name>LargeCase</name>
    <message>
        <source>Opening a large case…</source>
        <translation>Avataan suurta tapausta…</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>Open link</source>
        <translation>Avaa linkki</translation>
    </message>
    <message>
        <source>Open this address in your browser?</source>
        <translation>Avataanko tämä osoite selaimessa?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Good practices</source>
        <translation>Hyvät käytännöt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Esitä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Result list</source>
        <translation>Tulosluettelo</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Järjestys:</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Osuvuus</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Uusimmat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Tulosten järjestys</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Rajaukset</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n tapaus</numerusform>
            <numerusform>%n tapausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ongelma</numerusform>
            <numerusform>%n ongelmaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the library</source>
        <translation>
            <numerusform>Kirjastossa %n tapaus</numerusform>
            <numerusform>Kirjastossa %n tapausta</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Find (Ctrl+F)</source>
        <translation>&amp;Hae (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add &amp;note (Ctrl+M)</source>
        <translation>Lisää &amp;muistiinpano (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation>&amp;Tallenna haku…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>T&amp;yhjennä rajaukset</translation>
    </message>
    <message>
        <source>Add to &amp;collection…</source>
        <translation>Lisää &amp;kokoelmaan…</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Ongelmat</translation>
    </message>
    <message>
        <source>&amp;Reload library</source>
        <translation>&amp;Lataa kirjasto uudelleen</translation>
    </message>
    <message>
        <source>&amp;Search syntax</source>
        <translation>&amp;Hakuohje</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Tietoja</translation>
    </message>
    <message>
        <source>No case with the id %1.</source>
        <translation>Tunnuksella %1 ei ole tapausta.</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Tallenna haku</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Avaa ensin tapaus.</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Lisää kokoelmaan</translation>
    </message>
    <message>
        <source>Collection (choose or type a new title):</source>
        <translation>Kokoelma (valitse tai kirjoita uuden nimi):</translation>
    </message>
    <message>
        <source>Indexing %v/%m</source>
        <translation>Indeksoidaan %v/%m</translation>
    </message>
    <message>
        <source>The search index was damaged and has been rebuilt.</source>
        <translation>Hakuhakemisto oli vioittunut, ja se rakennettiin uudelleen.</translation>
    </message>
    <message>
        <source>The open case was removed from the library.</source>
        <translation>Avoinna ollut tapaus poistettiin kirjastosta.</translation>
    </message>
    <message>
        <source>The open case changed on disk and was reloaded.</source>
        <translation>Avoinna oleva tapaus muuttui levyllä, ja se ladattiin uudelleen.</translation>
    </message>
    <message>
        <source>Library folders changed: reloading.</source>
        <translation>Kirjastokansiot muuttuivat: ladataan uudelleen.</translation>
    </message>
    <message>
        <source>About Good practices</source>
        <translation>Tietoja: Hyvät käytännöt</translation>
    </message>
    <message>
        <source>Good practices %1: an offline knowledge base of good practices from Finnish municipalities.</source>
        <translation>Hyvät käytännöt %1: suomalaisten kuntien hyvien käytäntöjen tietopankki, joka toimii ilman verkkoyhteyttä.</translation>
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
        <translation>M&amp;aakunnat</translation>
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
    <name>Messages</name>
    <message>
        <source>No such annotation: {annotation_id}</source>
        <translation>Merkintää ei ole: {annotation_id}</translation>
    </message>
    <message>
        <source>The quote is empty.</source>
        <translation>Lainaus on tyhjä.</translation>
    </message>
    <message>
        <source>The quote does not occur in the text of case {case_id}.</source>
        <translation>Lainausta ei löytynyt tapauksen {case_id} tekstistä.</translation>
    </message>
    <message>
        <source>The quote occurs {count} times in case {case_id}; it must occur exactly once. Quote a longer passage.</source>
        <translation>Lainaus löytyi tapauksesta {case_id} {count} kertaa; sen pitää löytyä tasan kerran. Pidennä lainausta.</translation>
    </message>
    <message>
        <source>Invalid selection: {error}</source>
        <translation>Virheellinen valinta: {error}</translation>
    </message>
    <message>
        <source>The backup {backup} is not a sound SQLite database; nothing was restored.</source>
        <translation>Varmuuskopio {backup} ei ole ehjä SQLite-tietokanta; mitään ei palautettu.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check ({why}).</source>
        <translation>Varmuuskopio ei läpäissyt eheystarkistusta ({why}).</translation>
    </message>
    <message>
        <source>Could not write a backup to {backups_dir}: {error}</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa kansioon {backups_dir}: {error}</translation>
    </message>
    <message>
        <source>Restoring the backup failed: {error}</source>
        <translation>Varmuuskopion palautus epäonnistui: {error}</translation>
    </message>
    <message>
        <source>No such collection: {id_or_title}</source>
        <translation>Kokoelmaa ei ole: {id_or_title}</translation>
    </message>
    <message>
        <source>A collection title cannot be empty.</source>
        <translation>Kokoelman nimi on tyhjä.</translation>
    </message>
    <message>
        <source>No such collection: {collection_id}</source>
        <translation>Kokoelmaa ei ole: {collection_id}</translation>
    </message>
    <message>
        <source>{count} collections are titled {id_or_title}; use the id.</source>
        <translation>Nimellä {id_or_title} on {count} kokoelmaa; käytä tunnusta.</translation>
    </message>
    <message>
        <source>Not in the collection: {cases}</source>
        <translation>Tapaus ei ole kokoelmassa: {cases}</translation>
    </message>
    <message>
        <source>Not in the collection: {case_id}</source>
        <translation>Tapaus ei ole kokoelmassa: {case_id}</translation>
    </message>
    <message>
        <source>The new order must hold exactly the collection&apos;s cases.</source>
        <translation>Uudessa järjestyksessä pitää olla täsmälleen kokoelman tapaukset.</translation>
    </message>
    <message>
        <source>Database error: {error}</source>
        <translation>Tietokantavirhe: {error}</translation>
    </message>
    <message>
        <source>Could not switch the database to WAL mode (mode: {mode}).</source>
        <translation>WAL-tilaa ei saatu päälle (tila: {mode}).</translation>
    </message>
    <message>
        <source>Could not save: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Tallennus epäonnistui: levy on täynnä. Mitään ei tallennettu; vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Could not save: the database or its folder is read-only. Nothing was saved. ({error})</source>
        <translation>Tallennus epäonnistui: tietokantaan tai sen kansioon ei voi kirjoittaa (vain luku). Mitään ei tallennettu. ({error})</translation>
    </message>
    <message>
        <source>Could not save: the database is in use by another program. Try again.</source>
        <translation>Tallennus epäonnistui: tietokanta on toisen ohjelman käytössä. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Could not save because of a disk error. Nothing was saved. ({error})</source>
        <translation>Tallennus epäonnistui levyvirheen takia. Mitään ei tallennettu. ({error})</translation>
    </message>
    <message>
        <source>{path}: expected a JSON object.</source>
        <translation>{path}: odotettiin JSON-oliota.</translation>
    </message>
    <message>
        <source>Not a Hyvät käytännöt notes export (format is not {format}).</source>
        <translation>Tiedosto ei ole Hyvät käytännöt -muistiinpanojen vientitiedosto.</translation>
    </message>
    <message>
        <source>The export&apos;s version {version} is newer than this app reads.</source>
        <translation>Vientitiedoston versio {version} on uudempi kuin tämä sovellus.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Vientitiedostoa {path} ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <source>{path}, line {line}: not valid JSON ({reason}).</source>
        <translation>{path}, rivi {line}: ei kelvollista JSONia ({reason}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Tiedostoa {path} ei voi lukea: {error}</translation>
    </message>
    <message>
        <source>The backup {backup_file} is not a sound SQLite database; nothing was restored.</source>
        <translation>Varmuuskopio {backup_file} ei ole ehjä SQLite-tietokanta; mitään ei palautettu.</translation>
    </message>
    <message>
        <source>Cannot create the database folder {parent}: {error}</source>
        <translation>Tietokannan kansiota ei voi luoda: {parent}: {error}</translation>
    </message>
    <message>
        <source>No saved search: {id_or_name}</source>
        <translation>Tallennettua hakua ei ole: {id_or_name}</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Haun nimi on tyhjä.</translation>
    </message>
    <message>
        <source>The user store is closed.</source>
        <translation>Käyttäjätietokanta on suljettu.</translation>
    </message>
    <message>
        <source>No such tag: {tag_id}</source>
        <translation>Tunnistetta ei ole: {tag_id}</translation>
    </message>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation>Tunnisteen nimi on tyhjä.</translation>
    </message>
    <message>
        <source>A tag name cannot contain &apos;{sep}&apos;: {name}</source>
        <translation>Tunnisteen nimessä ei voi olla merkkiä &apos;{sep}&apos;: {name}</translation>
    </message>
    <message>
        <source>No such tag: {path}</source>
        <translation>Tunnistetta ei ole: {path}</translation>
    </message>
    <message>
        <source>The tag already exists: {path}</source>
        <translation>Tunniste on jo olemassa: {path}</translation>
    </message>
    <message>
        <source>A colour must look like #rrggbb: {colour}</source>
        <translation>Väri ei ole muotoa #rrggbb: {colour}</translation>
    </message>
    <message>
        <source>No tags to merge were given.</source>
        <translation>Yhdistettäviä tunnisteita ei annettu.</translation>
    </message>
    <message>
        <source>The tag {new} already exists; merge the tags instead.</source>
        <translation>Tunniste {new} on jo olemassa; yhdistä tunnisteet sen sijaan.</translation>
    </message>
    <message>
        <source>A tag cannot be moved under itself: {old} -&gt; {new}</source>
        <translation>Tunnistetta ei voi siirtää itsensä alle: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Cannot merge {tag} into itself or its own child {into}.</source>
        <translation>Tunnistetta {tag} ei voi yhdistää itseensä tai alatunnisteeseensa {into}.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of the app (unknown migrations: {unknown}). Upgrade the app; the file was not changed.</source>
        <translation>Tietokannan {path} on kirjoittanut uudempi sovelluksen versio (tuntemattomat muutokset: {unknown}). Päivitä sovellus; tiedostoon ei koskettu.</translation>
    </message>
    <message>
        <source>The user database {path} is damaged ({why}).</source>
        <translation>Käyttäjätietokanta {path} on vaurioitunut ({why}).</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}.</source>
        <translation>Vaurioitunut tiedosto on tallessa: {path}.</translation>
    </message>
    <message>
        <source>Newest good backup: {path}.</source>
        <translation>Uusin ehjä varmuuskopio: {path}.</translation>
    </message>
    <message>
        <source>There is no good backup.</source>
        <translation>Ehjää varmuuskopiota ei ole.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voi tallentaa: {reason}</translation>
    </message>
    <message>
        <source>{path} was changed by someone else after it was opened; not saved</source>
        <translation>Joku muu on muuttanut tiedostoa {path} sen avaamisen jälkeen; ei tallennettu</translation>
    </message>
    <message>
        <source>{path} was deleted after it was opened; not saved</source>
        <translation>Tiedosto {path} poistettiin sen avaamisen jälkeen; ei tallennettu</translation>
    </message>
    <message>
        <source>Not saved, the case has errors: {detail}</source>
        <translation>Ei tallennettu, tapauksessa on virheitä: {detail}</translation>
    </message>
    <message>
        <source>the library folder {folder} is read-only</source>
        <translation>kirjastokansio {folder} on vain luku -tilassa</translation>
    </message>
    <message>
        <source>case files end in .md</source>
        <translation>tapaustiedoston pääte on .md</translation>
    </message>
    <message>
        <source>it is not in any library folder</source>
        <translation>se ei ole missään kirjastokansiossa</translation>
    </message>
    <message>
        <source>The id {case_id} is already used by another case.</source>
        <translation>Tunnus {case_id} on jo toisen tapauksen käytössä.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) ({ms} ms)</source>
        <translation>
            <numerusform>%n osuma ({ms} ms)</numerusform>
            <numerusform>%n osumaa ({ms} ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean: {suggestion}</source>
        <translation>Tarkoititko: {suggestion}</translation>
    </message>
    <message>
        <source>Showing results for: {ran} · Search instead for: {original} (--exact)</source>
        <translation>Näytetään tulokset haulle: {ran} · Hae silti: {original} (--exact)</translation>
    </message>
    <message numerus="yes">
        <source>%n similar case(s) ({ms} ms)</source>
        <translation>
            <numerusform>%n samankaltainen tapaus ({ms} ms)</numerusform>
            <numerusform>%n samankaltaista tapausta ({ms} ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: no --sentences FILE: these figures are NOT comparable with figures measured on real sentences.</source>
        <translation>VAROITUS: ei --sentences TIEDOSTO -valintaa: näitä lukuja EI voi verrata oikeista lauseista mitattuihin.</translation>
    </message>
    <message>
        <source>No case with id {case_id} in the library.</source>
        <translation>Kirjastossa ei ole tapausta, jonka tunnus on {case_id}.</translation>
    </message>
    <message>
        <source>warning: search index not updated for {cases}: {error}</source>
        <translation>varoitus: hakuhakemistoa ei päivitetty tapauksille {cases}: {error}</translation>
    </message>
    <message>
        <source>The search index was damaged; it was rebuilt from the case files before answering.</source>
        <translation>Hakuhakemisto oli vioittunut; se rakennettiin uudelleen tapauskuvauksista ennen vastausta.</translation>
    </message>
    <message>
        <source>Importing notes… {percent} %</source>
        <translation>Tuodaan muistiinpanoja… {percent} %</translation>
    </message>
    <message>
        <source>Restore it with: hyvatkaytannot restore {path}</source>
        <translation>Palauta se komennolla: hyvatkaytannot restore {path}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source>the truth value {value}</source>
        <translation>totuusarvo {value}</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>luku {value}</translation>
    </message>
    <message>
        <source>the text “{value}”</source>
        <translation>teksti ”{value}”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>a structure</source>
        <translation>rakenne</translation>
    </message>
    <message>
        <source>a value of type {value}</source>
        <translation>{value}</translation>
    </message>
    <message>
        <source>the front matter</source>
        <translation>etutiedot</translation>
    </message>
    <message>
        <source>The field {field} must be text, now {kind}.</source>
        <translation>Kentän {field} pitää olla tekstiä, nyt {kind}.</translation>
    </message>
    <message>
        <source>The required field {field} is missing or empty.</source>
        <translation>Pakollinen kenttä {field} puuttuu tai on tyhjä.</translation>
    </message>
    <message>
        <source>The field {field} must be a list, e.g. [A, B], now {kind}.</source>
        <translation>Kentän {field} pitää olla lista, esim. [A, B], nyt {kind}.</translation>
    </message>
    <message>
        <source>The field {field} must be a structure (key: value), now {kind}.</source>
        <translation>Kentän {field} pitää olla rakenne (avain: arvo), nyt {kind}.</translation>
    </message>
    <message>
        <source>Unknown field {field} (known: {known}); it is kept.</source>
        <translation>Tuntematon kenttä {field} (tunnetut: {known}); se säilytetään.</translation>
    </message>
    <message>
        <source>The field {field} must be a list, now {kind}.</source>
        <translation>Kentän {field} pitää olla lista, nyt {kind}.</translation>
    </message>
    <message>
        <source>The field {field} must be a year or a date written as 2018 or 2018-10-10, now “{value}”.</source>
        <translation>Kentän {field} pitää olla vuosi tai päivämäärä muodossa 2018 tai 2018-10-10, nyt ”{value}”.</translation>
    </message>
    <message>
        <source>The field {field} must be an amount in euros in digits without spaces (e.g. 25000 or 1250.50), now “{value}”.</source>
        <translation>Kentän {field} pitää olla euromäärä numeroina ilman välilyöntejä (esim. 25000 tai 1250.50), nyt ”{value}”.</translation>
    </message>
    <message>
        <source>The front matter must be fields (key: value), now {kind}.</source>
        <translation>Etutietojen pitää olla kenttiä (avain: arvo), nyt {kind}.</translation>
    </message>
    <message>
        <source>Unknown field {field}: it is kept, but the app does not use it.</source>
        <translation>Tuntematon kenttä {field}: se säilytetään, mutta sovellus ei käytä sitä.</translation>
    </message>
    <message>
        <source>The id may only be made of lower-case letters a–z, digits and hyphens, e.g. posio-yhteistyo; now “{value}”.</source>
        <translation>Tunnuksen (id) saa muodostaa vain pienistä kirjaimista a–z, numeroista ja väliviivoista, esim. posio-yhteistyo; nyt ”{value}”.</translation>
    </message>
    <message>
        <source>The summary is missing.</source>
        <translation>Tiivistelmä (summary) puuttuu.</translation>
    </message>
    <message>
        <source>The summary is still the template&apos;s placeholder; write your own.</source>
        <translation>Tiivistelmä on vielä mallin täytetekstiä; kirjoita oma.</translation>
    </message>
    <message numerus="yes">
        <source>The summary has more than %n sentence(s); shorten it.</source>
        <translation>
            <numerusform>Tiivistelmässä on yli %n virkettä; lyhennä se.</numerusform>
            <numerusform>Tiivistelmässä on yli %n virkettä; lyhennä se.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown theme “{theme}” (themes: resources/themes.yaml).</source>
        <translation>Tuntematon teema ”{theme}” (teemat: resources/themes.yaml).</translation>
    </message>
    <message>
        <source>The status is “{status}”; allowed: {allowed}.</source>
        <translation>Tila (status) on ”{status}”; sallitut: {allowed}.</translation>
    </message>
    <message>
        <source>The language is a language code, e.g. fi; now “{language}”.</source>
        <translation>Kieli (language) on kielikoodi, esim. fi; nyt ”{language}”.</translation>
    </message>
    <message>
        <source>The language “{language}” is not known (fi or sv); the text is searched as Finnish.</source>
        <translation>Kieltä ”{language}” ei tunneta (fi tai sv); teksti haetaan suomena.</translation>
    </message>
    <message>
        <source>The review state is “{review}”; allowed: ehdotus.</source>
        <translation>Tarkistuksen tila (review) on ”{review}”; sallittu: ehdotus.</translation>
    </message>
    <message>
        <source>The case is a capture proposal nobody has reviewed yet: check the fields and remove the line review: ehdotus (the editor does it when saving).</source>
        <translation>Tapaus on poiminnan ehdotus, jota ei ole vielä tarkistettu: tarkista kentät ja poista rivi review: ehdotus (editori tekee sen tallentaessa).</translation>
    </message>
    <message>
        <source>The municipality “{name}” is not in the list of municipalities (a merger or a typo?).</source>
        <translation>Kuntaa ”{name}” ei löydy kuntaluettelosta (kuntaliitos tai kirjoitusvirhe?).</translation>
    </message>
    <message>
        <source>The region “{name}” is not in the list of regions.</source>
        <translation>Maakuntaa ”{name}” ei löydy maakuntaluettelosta.</translation>
    </message>
    <message>
        <source>The period&apos;s end ({end}) is before its start ({start}).</source>
        <translation>Kauden loppu ({end}) on ennen alkua ({start}).</translation>
    </message>
    <message>
        <source>The e-mail address “{email}” does not look like an e-mail address.</source>
        <translation>Sähköpostiosoite ”{email}” ei näytä sähköpostiosoitteelta.</translation>
    </message>
    <message>
        <source>A source&apos;s address must start with http:// or https://, now “{url}”.</source>
        <translation>Lähteen osoitteen pitää alkaa http:// tai https://, nyt ”{url}”.</translation>
    </message>
    <message>
        <source>The case has no text: the summary and every section are empty. Write at least the summary or one section.</source>
        <translation>Tapauksessa ei ole tekstiä: tiivistelmä (summary) ja kaikki osiot ovat tyhjiä. Kirjoita ainakin tiivistelmä tai yksi osio.</translation>
    </message>
    <message>
        <source>Unknown heading “{title}”; use the headings: {headings} (subheadings ###).</source>
        <translation>Tuntematon väliotsikko ”{title}”; käytä otsikoita: {headings} (alaotsikot ###).</translation>
    </message>
    <message>
        <source>The heading “{title}” appears twice (first on line {first}).</source>
        <translation>Väliotsikko ”{title}” on kahteen kertaan (ensin rivillä {first}).</translation>
    </message>
    <message>
        <source>The heading “{title}” is out of order ({order}).</source>
        <translation>Väliotsikko ”{title}” on väärässä järjestyksessä ({order}).</translation>
    </message>
    <message>
        <source>The text lacks the heading(s): {headings}.</source>
        <translation>Tekstistä puuttuu väliotsikko: {headings}.</translation>
    </message>
    <message>
        <source>The file is saved in the {encoding} character set, not UTF-8; it was read, but save it as UTF-8.</source>
        <translation>Tiedosto on tallennettu {encoding}-merkistöllä, ei UTF-8:lla; se luettiin, mutta tallenna se UTF-8-muodossa.</translation>
    </message>
    <message>
        <source>The file is not text (it has NUL bytes): skipped.</source>
        <translation>Tiedosto ei ole tekstiä (siinä on NUL-tavuja): ohitettu.</translation>
    </message>
    <message>
        <source>The file is UTF-8, but line {line} has a character that is not UTF-8 (copied from another character set?). Fix the character and save the file as UTF-8.</source>
        <translation>Tiedosto on UTF-8-muodossa, mutta rivillä {line} on merkki, joka ei ole UTF-8:aa (kopioitu toisesta merkistöstä?). Korjaa merkki ja tallenna tiedosto UTF-8-muodossa.</translation>
    </message>
    <message>
        <source>The file&apos;s character set was not recognised (neither UTF-8 nor Windows-1252): skipped.</source>
        <translation>Tiedoston merkistöä ei tunnistettu (ei UTF-8 eikä Windows-1252): ohitettu.</translation>
    </message>
    <message>
        <source>The file is not text (it has NUL characters): skipped.</source>
        <translation>Tiedosto ei ole tekstiä (siinä on NUL-merkkejä): ohitettu.</translation>
    </message>
    <message>
        <source>The file does not look like text (many control characters): skipped.</source>
        <translation>Tiedosto ei näytä tekstiltä (paljon ohjausmerkkejä): ohitettu.</translation>
    </message>
    <message>
        <source>The file starts with a {name} mark, but its byte {byte} is not valid {name} text: skipped.</source>
        <translation>Tiedosto alkaa {name}-tunnisteella, mutta sen tavu {byte} ei ole kelvollista {name}-tekstiä: ohitettu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>The file does not start with front matter: the first line must be just ---.</source>
        <translation>Tiedosto ei ala etutiedoilla: ensimmäisen rivin pitää olla pelkkä ---.</translation>
    </message>
    <message>
        <source>The front matter&apos;s end mark is missing: no second --- line follows the --- on line 1.</source>
        <translation>Etutietojen loppumerkki puuttuu: rivin 1 --- jälkeen ei tule toista ---‑riviä.</translation>
    </message>
    <message>
        <source>The front matter is too long ({size} KB; at most {limit} KB).</source>
        <translation>Etutiedot ovat liian pitkät ({size} kt; enintään {limit} kt).</translation>
    </message>
    <message>
        <source>YAML error: {reason}</source>
        <translation>YAML-virhe: {reason}</translation>
    </message>
    <message>
        <source>The front matter has an invisible control character (U+{code}) that YAML does not allow; remove it.</source>
        <translation>Etutiedoissa on näkymätön ohjausmerkki (U+{code}), jota YAML ei salli; poista se.</translation>
    </message>
    <message>
        <source>The front matter&apos;s structure is nested too deeply.</source>
        <translation>Etutietojen rakenne on liian syvä.</translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp; and *) are not allowed in the front matter; write the value out or quote it (&quot;*&quot;).</source>
        <translation>YAML-ankkurit ja -viittaukset (&amp; ja *) eivät ole sallittuja etutiedoissa; kirjoita arvo auki tai lainaa se (&quot;*&quot;).</translation>
    </message>
    <message>
        <source>YAML type tags (!…) are not allowed in the front matter; quote a value that starts with an exclamation mark (&quot;!&quot;).</source>
        <translation>YAML-tyyppimerkinnät (!…) eivät ole sallittuja etutiedoissa; lainaa arvo, joka alkaa huutomerkillä (&quot;!&quot;).</translation>
    </message>
    <message>
        <source>a key must be text.</source>
        <translation>avaimen pitää olla tekstiä.</translation>
    </message>
    <message>
        <source>The field “{key}” appears twice (first on line {first}); remove one.</source>
        <translation>Kenttä ”{key}” on kahteen kertaan (ensin rivillä {first}); poista toinen.</translation>
    </message>
    <message>
        <source>unknown structure.</source>
        <translation>tuntematon rakenne.</translation>
    </message>
    <message>
        <source>unknown type {tag}.</source>
        <translation>tuntematon tyyppi {tag}.</translation>
    </message>
    <message>
        <source>the structure is invalid; check the indentation, colons and quotation marks</source>
        <translation>rakenne on virheellinen; tarkista sisennykset, kaksoispisteet ja lainausmerkit</translation>
    </message>
    <message>
        <source>the structure is nested too deeply</source>
        <translation>rakenne on liian syvä</translation>
    </message>
    <message>
        <source>a colon (:) in the wrong place; quote a value that contains a colon</source>
        <translation>kaksoispiste (:) väärässä kohdassa; lainaa arvo, jossa on kaksoispiste</translation>
    </message>
    <message>
        <source>a colon (:) is missing after the key</source>
        <translation>kaksoispiste (:) puuttuu avaimen perästä</translation>
    </message>
    <message>
        <source>a character a value cannot start with (a tab, @ or `?)</source>
        <translation>merkki, jolla arvo ei voi alkaa (sarkain tai @ tai `?)</translation>
    </message>
    <message>
        <source>a tab character in the indentation; use spaces</source>
        <translation>sarkainmerkki sisennyksessä; käytä välilyöntejä</translation>
    </message>
    <message>
        <source>a quotation mark was left open</source>
        <translation>lainausmerkki jäi sulkematta</translation>
    </message>
    <message>
        <source>the list in brackets [ ] is broken (is a ] or , missing?)</source>
        <translation>hakasulkeiden [ ] lista on rikki (puuttuuko ] tai ,)</translation>
    </message>
    <message>
        <source>the structure in braces { } is broken (is a } or , missing?)</source>
        <translation>aaltosulkeiden { } rakenne on rikki (puuttuuko } tai ,)</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above</source>
        <translation>sisennys ei täsmää edellisiin riveihin</translation>
    </message>
    <message>
        <source>the list&apos;s indentation does not match</source>
        <translation>listan sisennys ei täsmää</translation>
    </message>
    <message>
        <source>the front matter may hold only one YAML document</source>
        <translation>etutiedoissa saa olla vain yksi YAML-dokumentti</translation>
    </message>
    <message>
        <source>YAML aliases (*) are not allowed</source>
        <translation>YAML-viittaukset (*) eivät ole sallittuja</translation>
    </message>
    <message>
        <source>| or &gt; starts multi-line text; quote the value</source>
        <translation>| tai &gt; aloittaa monirivisen tekstin; lainaa arvo</translation>
    </message>
    <message>
        <source>a list dash (-) in the wrong place; check the indentation</source>
        <translation>listan viiva (-) väärässä kohdassa; tarkista sisennys</translation>
    </message>
    <message>
        <source>a key in the wrong place; check the indentation</source>
        <translation>avain väärässä kohdassa; tarkista sisennys</translation>
    </message>
    <message>
        <source>a value is missing or starts with a character a value cannot start with; quote the value</source>
        <translation>arvo puuttuu tai alkaa merkillä, jolla arvo ei voi alkaa; lainaa arvo</translation>
    </message>
    <message>
        <source>the value has a character that cannot be used without quotation marks; quote the value</source>
        <translation>arvossa on merkki, jota ei voi käyttää ilman lainausmerkkejä; lainaa arvo</translation>
    </message>
    <message>
        <source>extra text after the structure; check the indentation and brackets</source>
        <translation>ylimääräistä tekstiä rakenteen jälkeen; tarkista sisennykset ja sulkeet</translation>
    </message>
    <message>
        <source>The library folder does not exist or is not a folder.</source>
        <translation>Kirjastokansiota ei löydy tai se ei ole kansio.</translation>
    </message>
    <message>
        <source>The folder disappeared while it was read: skipped.</source>
        <translation>Kansio poistui luvun aikana: ohitettu.</translation>
    </message>
    <message>
        <source>The folder cannot be read ({reason}): skipped.</source>
        <translation>Kansiota ei voi lukea ({reason}): ohitettu.</translation>
    </message>
    <message>
        <source>Not an ordinary file (e.g. a FIFO or a device): skipped.</source>
        <translation>Ei tavallinen tiedosto (esim. FIFO tai laite): ohitettu.</translation>
    </message>
    <message>
        <source>The file cannot be examined ({reason}).</source>
        <translation>Tiedostoa ei voi tutkia ({reason}).</translation>
    </message>
    <message>
        <source>The file disappeared before it could be read.</source>
        <translation>Tiedosto poistui ennen kuin se ehdittiin lukea.</translation>
    </message>
    <message>
        <source>The file is a link; links are not followed.</source>
        <translation>Tiedosto on linkki; linkkejä ei seurata.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>Tiedostoa ei voi lukea ({reason}).</translation>
    </message>
    <message>
        <source>Not an ordinary file: skipped.</source>
        <translation>Ei tavallinen tiedosto: ohitettu.</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB; at most {limit} MB): skipped unread.</source>
        <translation>Tiedosto on liian suuri ({size} Mt; enintään {limit} Mt): ohitettu lukematta.</translation>
    </message>
    <message>
        <source>The link&apos;s target does not exist: skipped.</source>
        <translation>Linkin kohdetta ei ole: ohitettu.</translation>
    </message>
    <message>
        <source>The link goes round in a circle (a loop): skipped.</source>
        <translation>Linkki kiertää kehää (silmukka): ohitettu.</translation>
    </message>
    <message>
        <source>The link points outside the library folder ({target}): skipped.</source>
        <translation>Linkki osoittaa kirjastokansion ulkopuolelle ({target}): ohitettu.</translation>
    </message>
    <message>
        <source>The link points to a folder above it (a loop): skipped.</source>
        <translation>Linkki osoittaa ylempään kansioon (silmukka): ohitettu.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>käyttöoikeus puuttuu</translation>
    </message>
    <message>
        <source>The same id “{case_id}” is also in the file {other}; that one was not loaded.</source>
        <translation>Sama tunnus ”{case_id}” on myös tiedostossa {other}; sitä ei ladattu.</translation>
    </message>
    <message>
        <source>The same id “{case_id}” is already in the file {other}; this file was not loaded. Change the id.</source>
        <translation>Sama tunnus ”{case_id}” on jo tiedostossa {other}; tätä tiedostoa ei ladattu. Vaihda tunnus (id).</translation>
    </message>
    <message>
        <source>The file&apos;s id is “{file_id}”, the bundle&apos;s list says “{listed_id}”.</source>
        <translation>Tiedoston tunnus (id) on ”{file_id}”, paketin luettelossa ”{listed_id}”.</translation>
    </message>
    <message>
        <source>The id “{case_id}” is already used by {path}; choose another id.</source>
        <translation>Tunnus ”{case_id}” on jo käytössä tiedostossa {path}; valitse toinen tunnus.</translation>
    </message>
    <message>
        <source>The user database {path} is in use by another program. Close that program or wait a moment and try again; the file was not changed.</source>
        <translation>Käyttäjätietokanta {path} on toisen ohjelman käytössä. Sulje se ohjelma tai odota hetki ja yritä uudelleen; tiedostoon ei koskettu.</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>Muutosta ei tallennettu: {reason}</translation>
    </message>
    <message>
        <source>the database folder is read-only. Searching and reading work.</source>
        <translation>tietokannan kansioon ei voi kirjoittaa (vain luku). Haku ja lukeminen toimivat.</translation>
    </message>
    <message>
        <source>the disk is full. Nothing was saved; free some space and start the app again. Searching and reading work.</source>
        <translation>levy on täynnä. Mitään ei tallennettu; vapauta tilaa ja käynnistä sovellus uudelleen. Haku ja lukeminen toimivat.</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade, but {reason}</source>
        <translation>Tietokanta {path} pitää päivittää, mutta {reason}</translation>
    </message>
    <message>
        <source>Read-only: {reason} Changes cannot be saved.</source>
        <translation>Vain luku: {reason} Muutoksia ei voi tallentaa.</translation>
    </message>
    <message>
        <source>The user database was not opened, so that your work is not hidden by an empty one.</source>
        <translation>Käyttäjätietokantaa ei avattu, jottei työsi jäisi piiloon tyhjän tietokannan alle.</translation>
    </message>
    <message>
        <source>Set-aside (damaged) file: {path}.</source>
        <translation>Sivuun siirretty (vaurioitunut) tiedosto: {path}.</translation>
    </message>
    <message>
        <source>The database {path} is empty or missing.</source>
        <translation>Tietokanta {path} on tyhjä tai puuttuu.</translation>
    </message>
    <message>
        <source>Newest verified backup: {backup}.</source>
        <translation>Uusin tarkistettu varmuuskopio: {backup}.</translation>
    </message>
    <message>
        <source>There is no sound backup.</source>
        <translation>Ehjää varmuuskopiota ei ole.</translation>
    </message>
    <message>
        <source>More was salvaged from the damaged file than the backup holds: {salvaged}.</source>
        <translation>Vaurioituneesta tiedostosta pelastettiin enemmän kuin varmuuskopiossa on: {salvaged}.</translation>
    </message>
    <message>
        <source>Restore: hyvatkaytannot restore {path} or start empty: hyvatkaytannot restore --start-empty</source>
        <translation>Palauta: hyvatkaytannot restore {path} tai aloita tyhjästä: hyvatkaytannot restore --start-empty</translation>
    </message>
    <message>
        <source>Start empty: hyvatkaytannot restore --start-empty</source>
        <translation>Aloita tyhjästä: hyvatkaytannot restore --start-empty</translation>
    </message>
    <message>
        <source>{path} ({when}; {tags}, {notes})</source>
        <translation>{path} ({when}; {tags}, {notes})</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tunniste</numerusform>
            <numerusform>%n tunnistetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n muistiinpano</numerusform>
            <numerusform>%n muistiinpanoa</numerusform>
        </translation>
    </message>
    <message>
        <source>[set aside]</source>
        <translation>[sivuun siirretty]</translation>
    </message>
    <message>
        <source>[salvaged]</source>
        <translation>[pelastettu]</translation>
    </message>
    <message>
        <source>{path}: the file is too large (over {limit} MB).</source>
        <translation>{path}: tiedosto on liian suuri (yli {limit} Mt).</translation>
    </message>
    <message>
        <source>{path}{sep}{problem}.</source>
        <translation>{path}{sep}{problem}.</translation>
    </message>
    <message>
        <source>Unknown export version {version}.</source>
        <translation>Vientitiedoston versiota {version} ei tunneta.</translation>
    </message>
    <message>
        <source>Notes not imported: {problem}. Nothing was written.</source>
        <translation>Muistiinpanoja ei tuotu: {problem}. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>non-standard JSON value {name} (only ordinary numbers are allowed)</source>
        <translation>ei-standardi JSON-arvo {name} (sallittuja ovat vain tavalliset luvut)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON on sisäkkäin liian syvälle</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON ({reason})</source>
        <translation>rivi {line}: ei kelvollista JSONia ({reason})</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(juuri)</translation>
    </message>
    <message>
        <source>wrong type (expected {expected})</source>
        <translation>väärä tyyppi (odotettiin {expected})</translation>
    </message>
    <message>
        <source>unknown fields: {names}</source>
        <translation>tuntemattomat kentät: {names}</translation>
    </message>
    <message>
        <source>too long (at most {limit} characters)</source>
        <translation>liian pitkä (enintään {limit} merkkiä)</translation>
    </message>
    <message>
        <source>too many items (at most {limit})</source>
        <translation>liikaa alkioita (enintään {limit})</translation>
    </message>
    <message>
        <source>a required field is missing ({detail})</source>
        <translation>pakollinen kenttä puuttuu ({detail})</translation>
    </message>
    <message>
        <source>value not allowed (allowed: {allowed})</source>
        <translation>arvo ei kelpaa (sallittu: {allowed})</translation>
    </message>
    <message>
        <source>not valid ({detail})</source>
        <translation>ei kelpaa ({detail})</translation>
    </message>
    <message>
        <source>field {field}: {problem}</source>
        <translation>kenttä {field}: {problem}</translation>
    </message>
    <message>
        <source>{where}: field {field}: {problem}</source>
        <translation>{where}: kenttä {field}: {problem}</translation>
    </message>
    <message>
        <source>The search index cannot be written: searching the existing index, which may miss the latest changes.</source>
        <translation>Hakuhakemistoon ei voi kirjoittaa: haetaan olemassa olevasta hakemistosta, joka ei ehkä sisällä viimeisimpiä muutoksia.</translation>
    </message>
    <message>
        <source>The search index cannot be written: searching a temporary index.</source>
        <translation>Hakuhakemistoon ei voi kirjoittaa: haku käyttää väliaikaista hakemistoa.</translation>
    </message>
    <message>
        <source>User database</source>
        <translation>Käyttäjätietokanta</translation>
    </message>
    <message>
        <source>Restore the recommended file</source>
        <translation>Palauta suositeltu tiedosto</translation>
    </message>
    <message>
        <source>Start empty (the old file is kept)</source>
        <translation>Aloita tyhjästä (vanha tiedosto säilyy)</translation>
    </message>
    <message>
        <source>Continue without notes</source>
        <translation>Jatka ilman muistiinpanoja</translation>
    </message>
    <message>
        <source>Indexing busy: another process is updating the search index ({path}). Try again in a moment.</source>
        <translation>Indeksointi on varattu: toinen ohjelma päivittää hakuhakemistoa ({path}). Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The search index cannot be written ({reason}); searching the existing index.</source>
        <translation>Hakuhakemistoon ei voi kirjoittaa ({reason}); haetaan olemassa olevasta hakemistosta.</translation>
    </message>
    <message>
        <source>the file ended too early</source>
        <translation>tiedosto päättyi kesken</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (at most {limit} levels)</source>
        <translation>JSON on sisäkkäin liian syvälle (enintään {limit} tasoa)</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>rivi {line}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON</source>
        <translation>rivi {line}: ei kelvollista JSONia</translation>
    </message>
    <message>
        <source>The search index was damaged; it was rebuilt from the case files.</source>
        <translation>Hakuhakemisto oli vioittunut, ja se rakennettiin uudelleen tapauskuvauksista.</translation>
    </message>
    <message>
        <source>The search index has not been built yet.</source>
        <translation>Hakuhakemistoa ei ole vielä rakennettu.</translation>
    </message>
    <message>
        <source>The search index is damaged; it is being rebuilt from the case files.</source>
        <translation>Hakuhakemisto on vioittunut; se rakennetaan uudelleen tapauskuvauksista.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>levykiintiö on täynnä</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>tiedosto on liian suuri tälle levylle</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>levy on kirjoitussuojattu</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>the file cannot be read ({error}).</source>
        <translation>tiedostoa ei voi lukea ({error}).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB).</source>
        <translation>tiedosto on liian suuri ({size} Mt; enintään {limit} Mt).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>tiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>the {kind} file has a suspicious number of parts.</source>
        <translation>{kind}-tiedostossa on epäilyttävän monta osaa.</translation>
    </message>
    <message>
        <source>the {kind} file is damaged and cannot be opened.</source>
        <translation>{kind}-tiedosto on vioittunut eikä sitä voi avata.</translation>
    </message>
    <message>
        <source>the {kind} file would unpack to more than {limit} MB (probably a harmful archive); it was not opened.</source>
        <translation>{kind}-tiedosto purkautuisi yli {limit} Mt:ksi (todennäköisesti vahingollinen pakkaus); sitä ei avattu.</translation>
    </message>
    <message>
        <source>there is no text on the clipboard.</source>
        <translation>leikepöydällä ei ole tekstiä.</translation>
    </message>
    <message>
        <source>the web page cannot be read (the HTML is broken).</source>
        <translation>verkkosivua ei voi lukea (HTML on rikki).</translation>
    </message>
    <message>
        <source>the page has no real text (only menus, links or cookie notices).</source>
        <translation>sivulla ei ole varsinaista tekstiä (vain valikoita, linkkejä tai evästeilmoituksia).</translation>
    </message>
    <message>
        <source>the MHTML file has no HTML page.</source>
        <translation>MHTML-tiedostossa ei ole HTML-sivua.</translation>
    </message>
    <message>
        <source>the Word file is damaged or not a Word document; it cannot be opened.</source>
        <translation>Word-tiedosto on vioittunut tai se ei ole Word-asiakirja; sitä ei voi avata.</translation>
    </message>
    <message>
        <source>the ODT file is damaged or not a text document; it cannot be opened.</source>
        <translation>ODT-tiedosto on vioittunut tai se ei ole tekstiasiakirja; sitä ei voi avata.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>tämä on kansio, ei tiedosto.</translation>
    </message>
    <message>
        <source>the file type {suffix} is not supported (supported: HTML, MHTML, Word .docx, ODT, PDF, text and Markdown).</source>
        <translation>tiedostotyyppiä {suffix} ei tueta (tuetut: HTML, MHTML, Word .docx, ODT, PDF, teksti ja Markdown).</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a password; open it and save it without encryption to capture it.</source>
        <translation>PDF on salattu salasanalla; avaa se ja tallenna ilman salausta, niin sen voi poimia.</translation>
    </message>
    <message>
        <source>the PDF file is damaged and cannot be read.</source>
        <translation>PDF-tiedosto on vioittunut eikä sitä voi lukea.</translation>
    </message>
    <message>
        <source>the PDF has no text layer (it is probably a scanned image); text recognition is not done.</source>
        <translation>PDF:ssä ei ole tekstikerrosta (se on todennäköisesti skannattu kuva); tekstintunnistusta ei tehdä.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n page(s) were read.</source>
        <translation>
            <numerusform>Vain %n ensimmäinen sivu luettiin.</numerusform>
            <numerusform>Vain %n ensimmäistä sivua luettiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>No title was found: write one yourself.</source>
        <translation>Otsikkoa ei löytynyt: kirjoita se itse.</translation>
    </message>
    <message>
        <source>Give FILE or --start-empty.</source>
        <translation>Anna FILE tai --start-empty.</translation>
    </message>
    <message>
        <source>Started with an empty database.</source>
        <translation>Aloitettiin tyhjästä tietokannasta.</translation>
    </message>
    <message>
        <source>Kept: {path}</source>
        <translation>Tallessa: {path}</translation>
    </message>
    <message>
        <source>The bundle held no valid case; nothing was imported.</source>
        <translation>Paketissa ei ollut yhtään kelvollista tapausta; mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>Palautettiin {file}.</translation>
    </message>
    <message>
        <source>Restored {file}. The previous database was kept as {previous}.</source>
        <translation>Palautettiin {file}. Edellinen tietokanta säilytettiin nimellä {previous}.</translation>
    </message>
    <message>
        <source>Checked {files} in {folders}: {cases}, {bad}, {errors}, {warnings}.</source>
        <translation>Tarkistettiin {files} {folders}: {cases}, {bad}, {errors}, {warnings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n tiedosto</numerusform>
            <numerusform>%n tiedostoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n kansiossa</numerusform>
            <numerusform>%n kansiossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded</source>
        <translation>
            <numerusform>%n tapaus ladattiin</numerusform>
            <numerusform>%n tapausta ladattiin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with errors</source>
        <translation>
            <numerusform>%n tiedostossa virheitä</numerusform>
            <numerusform>%n tiedostossa virheitä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n virhe</numerusform>
            <numerusform>%n virhettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varoitus</numerusform>
            <numerusform>%n varoitusta</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is larger than a bundle may hold</source>
        <translation>{path} on suurempi kuin pakettiin mahtuu</translation>
    </message>
    <message>
        <source>The selection is larger than a bundle may hold</source>
        <translation>Valinta on suurempi kuin pakettiin mahtuu</translation>
    </message>
    <message>
        <source>No such case: {ids}</source>
        <translation>Tapausta ei ole: {ids}</translation>
    </message>
    <message>
        <source>Nothing to export: no cases selected</source>
        <translation>Ei mitään vietävää: yhtään tapausta ei ole valittu</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>&amp;Note (Markdown; may be left empty):</source>
        <translation>&amp;Muistiinpano (Markdown; voi jättää tyhjäksi):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Highlight &amp;colour:</source>
        <translation>Korostuksen &amp;väri:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Oletus</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Keltainen</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vihreä</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Sininen</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Vaaleanpunainen</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Korostuksen väri</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Enter tallentaa.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
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
        <source>The table has %1 rows; the first %2 are printed here.</source>
        <translation>Taulukossa on %1 riviä; tähän on tulostettu niistä ensimmäiset %2.</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Tallennetaan monistetta…</translation>
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
<context>
    <name>ProblemsView</name>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>error</source>
        <translation>virhe</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with problems</source>
        <translation>
            <numerusform>%n tiedostossa ongelmia</numerusform>
            <numerusform>%n tiedostossa ongelmia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not loaded (errors)</source>
        <translation>
            <numerusform>%n tiedosto jäi lataamatta (virheitä)</numerusform>
            <numerusform>%n tiedostoa jäi lataamatta (virheitä)</numerusform>
        </translation>
    </message>
    <message>
        <source>The other cases work normally.</source>
        <translation>Muut tapaukset toimivat normaalisti.</translation>
    </message>
    <message>
        <source>No problems: every case loaded.</source>
        <translation>Ei ongelmia: kaikki tapaukset latautuivat.</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <source>Accept all proposals</source>
        <translation>Hyväksy kaikki ehdotukset</translation>
    </message>
    <message>
        <source>Personal data: keep only what the source itself published.</source>
        <translation>Henkilötietoa: säilytä vain se, minkä lähde itse on julkaissut.</translation>
    </message>
    <message>
        <source>Proposed from %1. Check each proposal: accept, change or clear it. Nothing is saved until you save.</source>
        <translation>Ehdotettu asiakirjasta %1. Tarkista jokainen ehdotus: hyväksy, muuta tai tyhjennä. Mitään ei tallenneta ennen kuin tallennat.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaatiot</translation>
    </message>
    <message>
        <source>Proposed from the document: review it.</source>
        <translation>Ehdotettu asiakirjasta: tarkista.</translation>
    </message>
</context>
<context>
    <name>ProposalRow</name>
    <message>
        <source>From the text: %1</source>
        <translation>Tekstissä: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muuta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Proposal: not reviewed</source>
        <translation>Ehdotus: ei tarkistettu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Tyhjennetty</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Case text</source>
        <translation>Tapauksen teksti</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Tapauksen tiedot</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Tapauksen otsikko</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Maakunnat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Rahoitus</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Kokonaiskustannus</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Choose a case from the results to read it here.</source>
        <translation>Valitse tapaus tuloksista, niin se avautuu tähän luettavaksi.</translation>
    </message>
    <message>
        <source>Show the whole table (%1 rows, %2 columns)</source>
        <translation>Näytä koko taulukko (%1 riviä, %2 saraketta)</translation>
    </message>
    <message>
        <source>%1 – table</source>
        <translation>%1 – taulukko</translation>
    </message>
    <message>
        <source>Select some text first, then add a note.</source>
        <translation>Valitse ensin tekstiä ja lisää sitten muistiinpano.</translation>
    </message>
    <message>
        <source>Select the passage to attach the note to.</source>
        <translation>Valitse kohta, johon muistiinpano kiinnitetään.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Tallennus ei onnistunut</translation>
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
    <name>ResultsModel</name>
    <message>
        <source>in Finnish</source>
        <translation>suomeksi</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>ruotsiksi</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>levykiintiö on täynnä</translation>
    </message>
    <message>
        <source>you do not have permission to write there</source>
        <translation>sinulla ei ole oikeutta kirjoittaa sinne</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>levy on kirjoitussuojattu</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>tiedosto on liian suuri tälle levylle</translation>
    </message>
    <message>
        <source>the same title</source>
        <translation>sama otsikko</translation>
    </message>
    <message>
        <source>a similar title in the same municipality</source>
        <translation>samankaltainen otsikko samassa kunnassa</translation>
    </message>
    <message>
        <source>a similar summary in the same municipality</source>
        <translation>samankaltainen tiivistelmä samassa kunnassa</translation>
    </message>
    <message>
        <source>a similar title and summary in the same municipality</source>
        <translation>samankaltainen otsikko ja tiivistelmä samassa kunnassa</translation>
    </message>
    <message>
        <source>Not saved: the case has errors (see the problems list).</source>
        <translation>Ei tallennettu: tapauksessa on virheitä (katso ongelmaluettelo).</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ei tallennettu.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2.</translation>
    </message>
    <message>
        <source>Not saved: the case has errors.</source>
        <translation>Ei tallennettu: tapauksessa on virheitä.</translation>
    </message>
    <message>
        <source>Not saved: %1 is in a read-only folder.</source>
        <translation>Ei tallennettu: %1 on kansiossa, johon ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Saved as your own copy: %1</source>
        <translation>Tallennettu omaksi kopioksi: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Tallennus epäonnistui</translation>
    </message>
    <message>
        <source>Your text is still in the editor.</source>
        <translation>Tekstisi on yhä editorissa, ja vanha tiedosto on ennallaan.</translation>
    </message>
    <message>
        <source>The version on disk cannot be shown in the editor.</source>
        <translation>Levyllä olevaa versiota ei voi näyttää editorissa.</translation>
    </message>
    <message>
        <source>Loaded the version on disk; your changes were discarded.</source>
        <translation>Levyllä oleva versio ladattiin; muutoksesi hylättiin.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search good practices (Ctrl+F)</source>
        <translation>Hae hyviä käytäntöjä (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Query help</source>
        <translation>Hakuohje</translation>
    </message>
    <message>
        <source>both words (AND)</source>
        <translation>molemmat sanat (JA)</translation>
    </message>
    <message>
        <source>either word (TAI / OR)</source>
        <translation>jompikumpi sana (TAI / OR)</translation>
    </message>
    <message>
        <source>leave out a word (EI / NOT / -)</source>
        <translation>ilman sanaa (EI / NOT / -)</translation>
    </message>
    <message>
        <source>exact phrase</source>
        <translation>täsmälleen tämä sanonta</translation>
    </message>
    <message>
        <source>words starting with</source>
        <translation>sanan alku</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>samankaltainen kirjoitusasu</translation>
    </message>
    <message>
        <source>municipality, region</source>
        <translation>kunta, maakunta</translation>
    </message>
    <message>
        <source>theme, status</source>
        <translation>teema, tila</translation>
    </message>
    <message>
        <source>year, your own tag</source>
        <translation>vuosi, oma tunniste</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Hakuohje</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Tarkoititko</translation>
    </message>
</context>
<context>
    <name>SearchFeedback</name>
    <message>
        <source>Showing results for %1 · Search instead for: %2</source>
        <translation>Näytetään tulokset haulle %1 · Hae silti: %2</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation>Näytetään tulokset haulle %1</translation>
    </message>
    <message>
        <source>No cases match %1.</source>
        <translation>Haulla %1 ei löytynyt tapauksia.</translation>
    </message>
    <message>
        <source>No cases match the filters.</source>
        <translation>Rajauksilla ei löytynyt tapauksia.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Tarkoititko %1?</translation>
    </message>
    <message>
        <source>Check the spelling, or use fewer or shorter words.</source>
        <translation>tarkista kirjoitusasu tai käytä vähemmän tai lyhyempiä sanoja</translation>
    </message>
    <message>
        <source>Any word form works: try the base form (kunta, not kuntien).</source>
        <translation>mikä tahansa sanan muoto käy: kokeile perusmuotoa (kunta, ei kuntien)</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) on: &lt;a href=&quot;clear&quot;&gt;clear the filters&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n rajaus käytössä: &lt;a href=&quot;clear&quot;&gt;poista rajaukset&lt;/a&gt;</numerusform>
            <numerusform>%n rajausta käytössä: &lt;a href=&quot;clear&quot;&gt;poista rajaukset&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Kokeile:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Library folders</source>
        <translation>Kirjastokansiot</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Lisää kansio…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Järjestelmän oletus</translation>
    </message>
    <message>
        <source>&amp;Library folders:</source>
        <translation>&amp;Kirjastokansiot:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Reading &amp;font size:</source>
        <translation>Lukunäkymän &amp;fonttikoko:</translation>
    </message>
    <message>
        <source>A new language is used after restarting the app.</source>
        <translation>Uusi kieli otetaan käyttöön, kun sovellus käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Choose a library folder</source>
        <translation>Valitse kirjastokansio</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Similar cases</source>
        <translation>Samankaltaiset tapaukset</translation>
    </message>
    <message>
        <source>Shared: %s</source>
        <translation>Yhteistä: %s</translation>
    </message>
    <message>
        <source>No similar cases.</source>
        <translation>Ei samankaltaisia tapauksia.</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>Lisää tunniste…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Lisää tunniste</translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Kirjoita tunniste ja paina Enter</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Poista tunniste %1</translation>
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
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Tallennetaanko muutokset tapaukseen ”%1”?</translation>
    </message>
    <message>
        <source>If you discard them, your edits are lost.</source>
        <translation>Jos hylkäät ne, muokkauksesi menetetään.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
</TS>
