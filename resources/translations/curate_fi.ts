<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
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
        <translation>sen tageja ja muistiinpanoja (notes.json) ei voi lukea</translation>
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
        <source>The id “%1” is already used by %2; choose another id.</source>
        <translation>Tunniste ”%1” on jo käytössä tiedostossa %2; valitse toinen tunniste.</translation>
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
        <translation>&amp;Tunniste</translation>
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
        <translation>&amp;Lähteet</translation>
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
        <translation>Mukaan omat t&amp;agit ja muistiinpanot</translation>
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
        <translation>Tuo lähettäjän t&amp;agit ja muistiinpanot</translation>
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
        <translation>levylle ei voi kirjoittaa</translation>
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
