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
            <numerusform>&amp;Muistiinpanot (%n)</numerusform>
            <numerusform>&amp;Muistiinpanot (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Muistiinpano:</translation>
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
        <translation>&amp;Tallennetut haut</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Tallennetut haut</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>K&amp;okoelmat</translation>
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
        <source>Remove filter %1</source>
        <translation>Poista rajaus %1</translation>
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
        <translation>Tunnisteella %1 ei ole tapausta.</translation>
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
        <source>%n file(s) could not be read cleanly.</source>
        <translation>
            <numerusform>%n tiedostoa ei voitu lukea moitteetta.</numerusform>
            <numerusform>%n tiedostoa ei voitu lukea moitteetta.</numerusform>
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
        <source>Select some text first, then add a note.</source>
        <translation>Valitse ensin tekstiä ja lisää sitten muistiinpano.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Muistiinpano:</translation>
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
</TS>
