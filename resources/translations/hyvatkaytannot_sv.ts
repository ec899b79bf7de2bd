<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Notes of this case</source>
        <translation>Fallets anteckningar</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera anteckning</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Fäst vid markeringen</translation>
    </message>
    <message>
        <source>Select the passage in the text, then re-attach the note to it</source>
        <translation>Markera stället i texten och fäst sedan anteckningen vid det</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>flyttad</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>texten ändrad</translation>
    </message>
    <message>
        <source>passage not found</source>
        <translation>stället hittas inte</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Notes (%n)</source>
        <translation>
            <numerusform>&amp;Anteckningar (%n)</numerusform>
            <numerusform>&amp;Anteckningar (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleText</name>
    <message>
        <source>it is not a bundle file (not a zip archive)</source>
        <translation>det är ingen paketfil (inget zip-arkiv)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>filen är skadad</translation>
    </message>
    <message>
        <source>its list of contents (manifest.json) is missing</source>
        <translation>dess innehållsförteckning (manifest.json) saknas</translation>
    </message>
    <message>
        <source>its list of contents (manifest.json) is invalid</source>
        <translation>dess innehållsförteckning (manifest.json) är ogiltig</translation>
    </message>
    <message>
        <source>it holds a file that is not in its list of contents</source>
        <translation>den innehåller en fil som inte finns i innehållsförteckningen</translation>
    </message>
    <message>
        <source>a file listed in its contents is missing</source>
        <translation>en fil som nämns i innehållsförteckningen saknas</translation>
    </message>
    <message>
        <source>a file does not match its checksum (changed or damaged on the way)</source>
        <translation>en fil stämmer inte med sin kontrollsumma (ändrad eller skadad på vägen)</translation>
    </message>
    <message>
        <source>its tags and notes (notes.json) cannot be read</source>
        <translation>dess taggar och anteckningar (notes.json) kan inte läsas</translation>
    </message>
    <message>
        <source>it holds too many files</source>
        <translation>den innehåller för många filer</translation>
    </message>
    <message>
        <source>a file in it has an absolute path</source>
        <translation>en fil i den har en absolut sökväg</translation>
    </message>
    <message>
        <source>a file in it points outside its folder (..)</source>
        <translation>en fil i den pekar utanför sin mapp (..)</translation>
    </message>
    <message>
        <source>a file in it has an unsafe name</source>
        <translation>en fil i den har ett osäkert namn</translation>
    </message>
    <message>
        <source>it contains a symbolic link</source>
        <translation>den innehåller en symbolisk länk</translation>
    </message>
    <message>
        <source>a file appears in it twice</source>
        <translation>samma fil finns två gånger i den</translation>
    </message>
    <message>
        <source>it contains a file that does not belong in a bundle</source>
        <translation>den innehåller en fil som inte hör till ett paket</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>den är krypterad</translation>
    </message>
    <message>
        <source>it uses an unsupported compression method</source>
        <translation>den använder en komprimeringsmetod som inte stöds</translation>
    </message>
    <message>
        <source>a file in it is too large</source>
        <translation>en fil i den är för stor</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>den är för stor</translation>
    </message>
    <message>
        <source>it unpacks to far more than its size (a zip bomb?)</source>
        <translation>den packas upp till mångfalt sin storlek (en zip-bomb?)</translation>
    </message>
    <message>
        <source>a file in it is not the size its header says</source>
        <translation>en fil i den har inte den storlek som dess huvud anger</translation>
    </message>
    <message>
        <source>it failed a safety check</source>
        <translation>den klarade inte en säkerhetskontroll</translation>
    </message>
    <message>
        <source>The bundle %1 was rejected: %2.</source>
        <translation>Paketet %1 avvisades: %2.</translation>
    </message>
    <message>
        <source>File: %1.</source>
        <translation>Fil: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Finns redan</translation>
    </message>
    <message>
        <source>Updated version</source>
        <translation>Uppdaterad version</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>Har fel</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>clipboard</source>
        <translation>urklipp</translation>
    </message>
    <message>
        <source>Capture cases from documents</source>
        <translation>Hämta fall ur dokument</translation>
    </message>
    <message>
        <source>Drop documents or folders here, or add them with the buttons: web pages (HTML, MHTML), Word (.docx), OpenDocument (.odt), PDF, text and Markdown. Each becomes a draft case to review in the editor.</source>
        <translation>Släpp dokument eller mappar här eller lägg till dem med knapparna: webbsidor (HTML, MHTML), Word (.docx), OpenDocument (.odt), PDF, text och Markdown. Vart och ett blir ett utkast till ett fall som du granskar i redigeraren.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lägg till &amp;filer…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Lägg till &amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>&amp;Klistra in text</translation>
    </message>
    <message>
        <source>&amp;Review in editor</source>
        <translation>&amp;Granska i redigeraren</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Title or reason</source>
        <translation>Titel eller orsak</translation>
    </message>
    <message>
        <source>Documents to capture</source>
        <translation>Dokument att hämta</translation>
    </message>
    <message>
        <source>Capture progress</source>
        <translation>Hämtningens förlopp</translation>
    </message>
    <message>
        <source>%v of %m documents</source>
        <translation>%v av %m dokument</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Välj dokument</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Dokument (%1)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <source>The clipboard has no text.</source>
        <translation>Urklipp innehåller ingen text.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>föreslaget</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>granskas</translation>
    </message>
    <message>
        <source>reviewed, not saved</source>
        <translation>granskat, inte sparat</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>sparat</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppat</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>oläsbart</translation>
    </message>
    <message>
        <source>(contains personal data)</source>
        <translation>(innehåller personuppgifter)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read</source>
        <translation>
            <numerusform>%n dokument läst</numerusform>
            <numerusform>%n dokument lästa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n kunde inte läsas</numerusform>
            <numerusform>%n kunde inte läsas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case te&amp;xt (Markdown)</source>
        <translation>Fallets te&amp;xt (Markdown)</translation>
    </message>
    <message>
        <source>Case text in Markdown</source>
        <translation>Fallets text i Markdown</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>Problems in the case</source>
        <translation>Problem i fallet</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Spara i &amp;mapp:</translation>
    </message>
    <message>
        <source>Folder for the new case</source>
        <translation>Mapp för det nya fallet</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Fallets uppgifter</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt fall</translation>
    </message>
    <message>
        <source>Edit case – %1</source>
        <translation>Redigera fall – %1</translation>
    </message>
    <message>
        <source>Proposals from the document</source>
        <translation>Förslag ur dokumentet</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Inga problem.</translation>
    </message>
    <message>
        <source>Save as copy</source>
        <translation>Spara som kopia</translation>
    </message>
    <message>
        <source>This case is in a read-only folder; save it as your own copy.</source>
        <translation>Fallet finns i en skrivskyddad mapp; spara det som en egen kopia.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): fix them before saving.</source>
        <translation>
            <numerusform>%n fel: rätta det innan du sparar.</numerusform>
            <numerusform>%n fel: rätta dem innan du sparar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save a draft: %1</source>
        <translation>Utkastet kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Samman&amp;fattning</translation>
    </message>
    <message>
        <source>&amp;Municipalities</source>
        <translation>&amp;Kommuner</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Landskap</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>Te&amp;man</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the case</source>
        <translation>Fallets s&amp;pråk</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Kon&amp;taktpersoner</translation>
    </message>
    <message>
        <source>Sou&amp;rces</source>
        <translation>Käll&amp;or</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Början</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>S&amp;lut</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <source>Total c&amp;ost (€)</source>
        <translation>Total kostna&amp;d (€)</translation>
    </message>
    <message>
        <source>Total cost in euros</source>
        <translation>Total kostnad i euro</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Finansiärer</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Namn åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Filled in from the municipalities</source>
        <translation>Fylls i utifrån kommunerna</translation>
    </message>
    <message>
        <source>Lower-case letters a–z, digits and hyphens; also the file name.</source>
        <translation>Små bokstäver a–z, siffror och bindestreck; också filens namn.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Belopp (€)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adress (URL)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Hämtad</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>finansiär</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The case changed on disk</source>
        <translation>Fallet har ändrats på disken</translation>
    </message>
    <message>
        <source>The file %1 was deleted after you opened it. Nothing has been saved yet.</source>
        <translation>Filen %1 raderades efter att du öppnade den. Ingenting har sparats ännu.</translation>
    </message>
    <message>
        <source>Someone changed the file %1 after you opened it. Nothing has been saved yet. Compare the versions and choose which one to keep.</source>
        <translation>Någon ändrade filen %1 efter att du öppnade den. Ingenting har sparats ännu. Jämför versionerna och välj vilken som ska behållas.</translation>
    </message>
    <message>
        <source>&amp;My version (in the editor)</source>
        <translation>&amp;Min version (i redigeraren)</translation>
    </message>
    <message>
        <source>&amp;Version on disk now</source>
        <translation>&amp;Versionen på disken nu</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Min version</translation>
    </message>
    <message>
        <source>Version on disk</source>
        <translation>Versionen på disken</translation>
    </message>
    <message>
        <source>&amp;Keep mine (overwrite the file)</source>
        <translation>&amp;Behåll min (skriv över filen)</translation>
    </message>
    <message>
        <source>&amp;Take theirs (discard my changes)</source>
        <translation>&amp;Ta deras (kasta mina ändringar)</translation>
    </message>
    <message>
        <source>Save mine as a &amp;copy</source>
        <translation>Spara min som &amp;kopia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CurateController</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nytt fall</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>&amp;Redigera fall</translation>
    </message>
    <message>
        <source>&amp;Capture from documents…</source>
        <translation>&amp;Hämta ur dokument…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xportera paket…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importera paket…</translation>
    </message>
    <message>
        <source>Open a case first, then edit it.</source>
        <translation>Öppna först ett fall och redigera det sedan.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan inte läsa %1.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message>
        <source>Bundle saved: %1</source>
        <translation>Paketet sparat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Importerade %n fall.</numerusform>
            <numerusform>Importerade %n fall.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved drafts</source>
        <translation>Osparade utkast</translation>
    </message>
    <message>
        <source>These edits were not saved when the app last closed. Restore a draft to continue editing it.</source>
        <translation>De här ändringarna sparades inte när appen senast stängdes. Återställ ett utkast för att fortsätta redigera det.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Kasta utkast</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <source>The library already has cases that look like this one. Check that you are not adding the same practice twice.</source>
        <translation>Biblioteket har redan fall som liknar det här. Kontrollera att du inte lägger till samma praxis två gånger.</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Liknande fall</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Spara ändå</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Tillbaka till redigeringen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportera paket</translation>
    </message>
    <message>
        <source>The current &amp;case: %1</source>
        <translation>Det öppna &amp;fallet: %1</translation>
    </message>
    <message>
        <source>The current &amp;case (none is open)</source>
        <translation>Det öppna &amp;fallet (inget är öppet)</translation>
    </message>
    <message>
        <source>A c&amp;ollection:</source>
        <translation>En s&amp;amling:</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Samling</translation>
    </message>
    <message>
        <source>Include my &amp;tags and notes</source>
        <translation>Ta med mina &amp;taggar och anteckningar</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Spara som:</translation>
    </message>
    <message>
        <source>Bundle file to write</source>
        <translation>Paketfil som skrivs</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Bundles (*.hkzip)</source>
        <translation>Paket (*.hkzip)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Välj var paketet ska sparas.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Ingenting exporterades: %1</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <source>Filters</source>
        <translation>Avgränsningar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa avgränsningar</translation>
    </message>
    <message>
        <source>&amp;Saved searches</source>
        <translation>&amp;Sparade sökningar</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Sparade sökningar</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>S&amp;amlingar</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Samlingar</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Landskap</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>My tags</source>
        <translation>Mina taggar</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Inte granskade ännu</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Ta bort avgränsningen %1</translation>
    </message>
</context>
<context>
    <name>FullTableDialog</name>
    <message>
        <source>Search in the table</source>
        <translation>Sök i tabellen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 av %2 rader</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Bruksanvisning</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Bruksanvisning</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importera paket</translation>
    </message>
    <message>
        <source>&amp;Bundle file:</source>
        <translation>&amp;Paketfil:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsvisa</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ditt val</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>Fall i paketet</translation>
    </message>
    <message>
        <source>Import the sender&apos;s &amp;tags and notes</source>
        <translation>Importera avsändarens &amp;taggar och anteckningar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Bundles (*.hkzip)</source>
        <translation>Paket (*.hkzip)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, conflicts: %3, already here: %4, with errors: %5.</source>
        <translation>Nya: %1, uppdaterade: %2, konflikter: %3, finns redan: %4, med fel: %5.</translation>
    </message>
    <message>
        <source>Resembles: %1</source>
        <translation>Liknar: %1</translation>
    </message>
    <message>
        <source>Yours is read-only: “take theirs” keeps both.</source>
        <translation>Din är skrivskyddad: ”ta deras” behåller båda.</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Val för %1</translation>
    </message>
    <message>
        <source>Everything in this bundle is already in your library.</source>
        <translation>Allt i det här paketet finns redan i ditt bibliotek.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting importerades: %1</translation>
    </message>
</context>
<context>
    <name>IndexRepair</name>
    <message>
        <source>The search index is damaged. It is being rebuilt from the case files; the search will answer when that is done.</source>
        <translation>Sökindexet är skadat. Det byggs om från fallbeskrivningarna; sökningen svarar när det är klart.</translation>
    </message>
    <message>
        <source>Rebuilding %v/%m</source>
        <translation>Bygger om %v/%m</translation>
    </message>
</context>
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
    <name>LargeCase</name>
    <message>
        <source>Opening a large case…</source>
        <translation>Öppnar ett stort fall…</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>Open link</source>
        <translation>Öppna länk</translation>
    </message>
    <message>
        <source>Open this address in your browser?</source>
        <translation>Öppna den här adressen i webbläsaren?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Good practices</source>
        <translation>God praxis</translation>
    </message>
    <message>
        <source>Result list</source>
        <translation>Resultatlista</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Find (Ctrl+F)</source>
        <translation>&amp;Sök (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add &amp;note (Ctrl+M)</source>
        <translation>Lägg till &amp;anteckning (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation>S&amp;para sökning…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Rensa avgränsningar</translation>
    </message>
    <message>
        <source>Add to &amp;collection…</source>
        <translation>Lägg till i &amp;samling…</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>&amp;Reload library</source>
        <translation>&amp;Läs in biblioteket på nytt</translation>
    </message>
    <message>
        <source>&amp;Search syntax</source>
        <translation>&amp;Sökhjälp</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>S&amp;ortering:</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevans</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Nyaste</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Sortera resultaten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Avgränsningar</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n fall</numerusform>
            <numerusform>%n fall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the library</source>
        <translation>
            <numerusform>%n fall i biblioteket</numerusform>
            <numerusform>%n fall i biblioteket</numerusform>
        </translation>
    </message>
    <message>
        <source>No case with the id %1.</source>
        <translation>Inget fall har id:t %1.</translation>
    </message>
    <message>
        <source>Indexing %v/%m</source>
        <translation>Indexerar %v/%m</translation>
    </message>
    <message>
        <source>The search index was damaged and has been rebuilt.</source>
        <translation>Sökindexet var skadat och har byggts upp på nytt.</translation>
    </message>
    <message>
        <source>The open case was removed from the library.</source>
        <translation>Det öppna fallet togs bort ur biblioteket.</translation>
    </message>
    <message>
        <source>The open case changed on disk and was reloaded.</source>
        <translation>Det öppna fallet ändrades på disken och lästes in på nytt.</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Spara sökning</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Öppna först ett fall.</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Lägg till i samling</translation>
    </message>
    <message>
        <source>Collection (choose or type a new title):</source>
        <translation>Samling (välj eller skriv en ny titel):</translation>
    </message>
    <message>
        <source>Library folders changed: reloading.</source>
        <translation>Biblioteksmapparna ändrades: läser in på nytt.</translation>
    </message>
    <message>
        <source>About Good practices</source>
        <translation>Om God praxis</translation>
    </message>
    <message>
        <source>Good practices %1: an offline knowledge base of good practices from Finnish municipalities.</source>
        <translation>God praxis %1: en kunskapsbank för god praxis från finländska kommuner som fungerar utan nätförbindelse.</translation>
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
    <message numerus="yes">
        <source>Res&amp;ults (%n)</source>
        <translation>
            <numerusform>Res&amp;ultat (%n)</numerusform>
            <numerusform>Res&amp;ultat (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Results on the map</source>
        <translation>Resultaten på kartan</translation>
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
    <name>Messages</name>
    <message>
        <source>No such annotation: {annotation_id}</source>
        <translation>Markeringen finns inte: {annotation_id}</translation>
    </message>
    <message>
        <source>The quote is empty.</source>
        <translation>Citatet är tomt.</translation>
    </message>
    <message>
        <source>The quote does not occur in the text of case {case_id}.</source>
        <translation>Citatet finns inte i texten till fallet {case_id}.</translation>
    </message>
    <message>
        <source>The quote occurs {count} times in case {case_id}; it must occur exactly once. Quote a longer passage.</source>
        <translation>Citatet förekommer {count} gånger i fallet {case_id}; det måste förekomma exakt en gång. Citera ett längre stycke.</translation>
    </message>
    <message>
        <source>Invalid selection: {error}</source>
        <translation>Ogiltig markering: {error}</translation>
    </message>
    <message>
        <source>The backup {backup} is not a sound SQLite database; nothing was restored.</source>
        <translation>Säkerhetskopian {backup} är ingen hel SQLite-databas; ingenting återställdes.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check ({why}).</source>
        <translation>Säkerhetskopian klarade inte integritetskontrollen ({why}).</translation>
    </message>
    <message>
        <source>Could not write a backup to {backups_dir}: {error}</source>
        <translation>Det gick inte att skriva en säkerhetskopia i {backups_dir}: {error}</translation>
    </message>
    <message>
        <source>Restoring the backup failed: {error}</source>
        <translation>Återställningen av säkerhetskopian misslyckades: {error}</translation>
    </message>
    <message>
        <source>No such collection: {id_or_title}</source>
        <translation>Samlingen finns inte: {id_or_title}</translation>
    </message>
    <message>
        <source>A collection title cannot be empty.</source>
        <translation>En samlings titel kan inte vara tom.</translation>
    </message>
    <message>
        <source>No such collection: {collection_id}</source>
        <translation>Samlingen finns inte: {collection_id}</translation>
    </message>
    <message>
        <source>{count} collections are titled {id_or_title}; use the id.</source>
        <translation>{count} samlingar heter {id_or_title}; använd id:t.</translation>
    </message>
    <message>
        <source>Not in the collection: {cases}</source>
        <translation>Finns inte i samlingen: {cases}</translation>
    </message>
    <message>
        <source>Not in the collection: {case_id}</source>
        <translation>Finns inte i samlingen: {case_id}</translation>
    </message>
    <message>
        <source>The new order must hold exactly the collection&apos;s cases.</source>
        <translation>Den nya ordningen måste innehålla exakt samlingens fall.</translation>
    </message>
    <message>
        <source>Database error: {error}</source>
        <translation>Databasfel: {error}</translation>
    </message>
    <message>
        <source>Could not switch the database to WAL mode (mode: {mode}).</source>
        <translation>Databasen kunde inte ställas i WAL-läge (läge: {mode}).</translation>
    </message>
    <message>
        <source>Could not save: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Kunde inte spara: disken är full. Ingenting sparades; frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>Could not save: the database or its folder is read-only. Nothing was saved. ({error})</source>
        <translation>Kunde inte spara: databasen eller dess mapp är skrivskyddad. Ingenting sparades. ({error})</translation>
    </message>
    <message>
        <source>Could not save: the database is in use by another program. Try again.</source>
        <translation>Kunde inte spara: databasen används av ett annat program. Försök igen.</translation>
    </message>
    <message>
        <source>Could not save because of a disk error. Nothing was saved. ({error})</source>
        <translation>Kunde inte spara på grund av ett diskfel. Ingenting sparades. ({error})</translation>
    </message>
    <message>
        <source>{path}: expected a JSON object.</source>
        <translation>{path}: ett JSON-objekt väntades.</translation>
    </message>
    <message>
        <source>Not a Hyvät käytännöt notes export (format is not {format}).</source>
        <translation>Filen är ingen export av anteckningar från God praxis (formatet är inte {format}).</translation>
    </message>
    <message>
        <source>The export&apos;s version {version} is newer than this app reads.</source>
        <translation>Exportens version {version} är nyare än den här appen kan läsa.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Det gick inte att skriva {path}: {error}</translation>
    </message>
    <message>
        <source>{path}, line {line}: not valid JSON ({reason}).</source>
        <translation>{path}, rad {line}: ogiltig JSON ({reason}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Det går inte att läsa {path}: {error}</translation>
    </message>
    <message>
        <source>The backup {backup_file} is not a sound SQLite database; nothing was restored.</source>
        <translation>Säkerhetskopian {backup_file} är ingen hel SQLite-databas; ingenting återställdes.</translation>
    </message>
    <message>
        <source>Cannot create the database folder {parent}: {error}</source>
        <translation>Kan inte skapa databasens mapp {parent}: {error}</translation>
    </message>
    <message>
        <source>No saved search: {id_or_name}</source>
        <translation>Ingen sparad sökning: {id_or_name}</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>En sparad sökning behöver ett namn.</translation>
    </message>
    <message>
        <source>The user store is closed.</source>
        <translation>Användardatabasen är stängd.</translation>
    </message>
    <message>
        <source>No such tag: {tag_id}</source>
        <translation>Taggen finns inte: {tag_id}</translation>
    </message>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation>En taggs namn kan inte vara tomt.</translation>
    </message>
    <message>
        <source>A tag name cannot contain &apos;{sep}&apos;: {name}</source>
        <translation>En taggs namn kan inte innehålla &apos;{sep}&apos;: {name}</translation>
    </message>
    <message>
        <source>No such tag: {path}</source>
        <translation>Taggen finns inte: {path}</translation>
    </message>
    <message>
        <source>The tag already exists: {path}</source>
        <translation>Taggen finns redan: {path}</translation>
    </message>
    <message>
        <source>A colour must look like #rrggbb: {colour}</source>
        <translation>En färg ska ha formen #rrggbb: {colour}</translation>
    </message>
    <message>
        <source>No tags to merge were given.</source>
        <translation>Inga taggar att slå ihop angavs.</translation>
    </message>
    <message>
        <source>The tag {new} already exists; merge the tags instead.</source>
        <translation>Taggen {new} finns redan; slå ihop taggarna i stället.</translation>
    </message>
    <message>
        <source>A tag cannot be moved under itself: {old} -&gt; {new}</source>
        <translation>En tagg kan inte flyttas under sig själv: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Cannot merge {tag} into itself or its own child {into}.</source>
        <translation>Det går inte att slå ihop {tag} med sig själv eller sin undertagg {into}.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of the app (unknown migrations: {unknown}). Upgrade the app; the file was not changed.</source>
        <translation>Databasen {path} har skrivits av en nyare version av appen (okända migreringar: {unknown}). Uppdatera appen; filen ändrades inte.</translation>
    </message>
    <message>
        <source>The user database {path} is damaged ({why}).</source>
        <translation>Användardatabasen {path} är skadad ({why}).</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}.</source>
        <translation>Den skadade filen sparades som {path}.</translation>
    </message>
    <message>
        <source>Newest good backup: {path}.</source>
        <translation>Nyaste hela säkerhetskopia: {path}.</translation>
    </message>
    <message>
        <source>There is no good backup.</source>
        <translation>Det finns ingen hel säkerhetskopia.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation>Kan inte spara {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} was changed by someone else after it was opened; not saved</source>
        <translation>{path} ändrades av någon annan efter att den öppnades; inte sparat</translation>
    </message>
    <message>
        <source>{path} was deleted after it was opened; not saved</source>
        <translation>{path} raderades efter att den öppnades; inte sparat</translation>
    </message>
    <message>
        <source>Not saved, the case has errors: {detail}</source>
        <translation>Inte sparat, fallet har fel: {detail}</translation>
    </message>
    <message>
        <source>the library folder {folder} is read-only</source>
        <translation>biblioteksmappen {folder} är skrivskyddad</translation>
    </message>
    <message>
        <source>case files end in .md</source>
        <translation>fallfiler slutar på .md</translation>
    </message>
    <message>
        <source>it is not in any library folder</source>
        <translation>den finns inte i någon biblioteksmapp</translation>
    </message>
    <message>
        <source>The id {case_id} is already used by another case.</source>
        <translation>Id:t {case_id} används redan av ett annat fall.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) ({ms} ms)</source>
        <translation>
            <numerusform>%n träff ({ms} ms)</numerusform>
            <numerusform>%n träffar ({ms} ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean: {suggestion}</source>
        <translation>Menade du: {suggestion}</translation>
    </message>
    <message>
        <source>Showing results for: {ran} · Search instead for: {original} (--exact)</source>
        <translation>Visar resultat för: {ran} · Sök i stället efter: {original} (--exact)</translation>
    </message>
    <message numerus="yes">
        <source>%n similar case(s) ({ms} ms)</source>
        <translation>
            <numerusform>%n liknande fall ({ms} ms)</numerusform>
            <numerusform>%n liknande fall ({ms} ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: no --sentences FILE: these figures are NOT comparable with figures measured on real sentences.</source>
        <translation>VARNING: ingen --sentences FIL: siffrorna är INTE jämförbara med siffror uppmätta på riktiga meningar.</translation>
    </message>
    <message>
        <source>No case with id {case_id} in the library.</source>
        <translation>Biblioteket har inget fall med id:t {case_id}.</translation>
    </message>
    <message>
        <source>warning: search index not updated for {cases}: {error}</source>
        <translation>varning: sökindexet uppdaterades inte för {cases}: {error}</translation>
    </message>
    <message>
        <source>The search index was damaged; it was rebuilt from the case files before answering.</source>
        <translation>Sökindexet var skadat; det byggdes om från fallbeskrivningarna innan svaret.</translation>
    </message>
    <message>
        <source>Importing notes… {percent} %</source>
        <translation>Importerar anteckningar… {percent} %</translation>
    </message>
    <message>
        <source>Restore it with: hyvatkaytannot restore {path}</source>
        <translation>Återställ den med: hyvatkaytannot restore {path}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <source>the truth value {value}</source>
        <translation>sanningsvärdet {value}</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>talet {value}</translation>
    </message>
    <message>
        <source>the text “{value}”</source>
        <translation>texten ”{value}”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>a structure</source>
        <translation>en struktur</translation>
    </message>
    <message>
        <source>a value of type {value}</source>
        <translation>ett värde av typen {value}</translation>
    </message>
    <message>
        <source>the front matter</source>
        <translation>metadatablocket</translation>
    </message>
    <message>
        <source>The field {field} must be text, now {kind}.</source>
        <translation>Fältet {field} ska vara text, nu {kind}.</translation>
    </message>
    <message>
        <source>The required field {field} is missing or empty.</source>
        <translation>Det obligatoriska fältet {field} saknas eller är tomt.</translation>
    </message>
    <message>
        <source>The field {field} must be a list, e.g. [A, B], now {kind}.</source>
        <translation>Fältet {field} ska vara en lista, t.ex. [A, B], nu {kind}.</translation>
    </message>
    <message>
        <source>The field {field} must be a structure (key: value), now {kind}.</source>
        <translation>Fältet {field} ska vara en struktur (nyckel: värde), nu {kind}.</translation>
    </message>
    <message>
        <source>Unknown field {field} (known: {known}); it is kept.</source>
        <translation>Okänt fält {field} (kända: {known}); det bevaras.</translation>
    </message>
    <message>
        <source>The field {field} must be a list, now {kind}.</source>
        <translation>Fältet {field} ska vara en lista, nu {kind}.</translation>
    </message>
    <message>
        <source>The field {field} must be a year or a date written as 2018 or 2018-10-10, now “{value}”.</source>
        <translation>Fältet {field} ska vara ett år eller ett datum i formen 2018 eller 2018-10-10, nu ”{value}”.</translation>
    </message>
    <message>
        <source>The field {field} must be an amount in euros in digits without spaces (e.g. 25000 or 1250.50), now “{value}”.</source>
        <translation>Fältet {field} ska vara ett belopp i euro med siffror utan mellanslag (t.ex. 25000 eller 1250.50), nu ”{value}”.</translation>
    </message>
    <message>
        <source>The front matter must be fields (key: value), now {kind}.</source>
        <translation>Metadatablocket ska bestå av fält (nyckel: värde), nu {kind}.</translation>
    </message>
    <message>
        <source>Unknown field {field}: it is kept, but the app does not use it.</source>
        <translation>Okänt fält {field}: det bevaras, men programmet använder det inte.</translation>
    </message>
    <message>
        <source>The id may only be made of lower-case letters a–z, digits and hyphens, e.g. posio-yhteistyo; now “{value}”.</source>
        <translation>Id:t (id) får bara bestå av små bokstäver a–z, siffror och bindestreck, t.ex. posio-yhteistyo; nu ”{value}”.</translation>
    </message>
    <message>
        <source>The summary is missing.</source>
        <translation>Sammanfattningen (summary) saknas.</translation>
    </message>
    <message>
        <source>The summary is still the template&apos;s placeholder; write your own.</source>
        <translation>Sammanfattningen är ännu mallens platshållartext; skriv en egen.</translation>
    </message>
    <message numerus="yes">
        <source>The summary has more than %n sentence(s); shorten it.</source>
        <translation>
            <numerusform>Sammanfattningen har mer än %n mening; korta av den.</numerusform>
            <numerusform>Sammanfattningen har mer än %n meningar; korta av den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown theme “{theme}” (themes: resources/themes.yaml).</source>
        <translation>Okänt tema ”{theme}” (teman: resources/themes.yaml).</translation>
    </message>
    <message>
        <source>The status is “{status}”; allowed: {allowed}.</source>
        <translation>Status (status) är ”{status}”; tillåtna: {allowed}.</translation>
    </message>
    <message>
        <source>The language is a language code, e.g. fi; now “{language}”.</source>
        <translation>Språket (language) är en språkkod, t.ex. fi; nu ”{language}”.</translation>
    </message>
    <message>
        <source>The language “{language}” is not known (fi or sv); the text is searched as Finnish.</source>
        <translation>Språket ”{language}” är okänt (fi eller sv); texten söks som finska.</translation>
    </message>
    <message>
        <source>The review state is “{review}”; allowed: ehdotus.</source>
        <translation>Granskningsläget (review) är ”{review}”; tillåtet: ehdotus.</translation>
    </message>
    <message>
        <source>The case is a capture proposal nobody has reviewed yet: check the fields and remove the line review: ehdotus (the editor does it when saving).</source>
        <translation>Fallet är ett förslag från insamlingen som ännu inte har granskats: kontrollera fälten och ta bort raden review: ehdotus (redigeraren gör det när den sparar).</translation>
    </message>
    <message>
        <source>The municipality “{name}” is not in the list of municipalities (a merger or a typo?).</source>
        <translation>Kommunen ”{name}” finns inte i kommunförteckningen (en kommunsammanslagning eller ett skrivfel?).</translation>
    </message>
    <message>
        <source>The region “{name}” is not in the list of regions.</source>
        <translation>Landskapet ”{name}” finns inte i landskapsförteckningen.</translation>
    </message>
    <message>
        <source>The period&apos;s end ({end}) is before its start ({start}).</source>
        <translation>Periodens slut ({end}) ligger före dess början ({start}).</translation>
    </message>
    <message>
        <source>The e-mail address “{email}” does not look like an e-mail address.</source>
        <translation>E-postadressen ”{email}” ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <source>A source&apos;s address must start with http:// or https://, now “{url}”.</source>
        <translation>Källans adress ska börja med http:// eller https://, nu ”{url}”.</translation>
    </message>
    <message>
        <source>The case has no text: the summary and every section are empty. Write at least the summary or one section.</source>
        <translation>Fallet har ingen text: sammanfattningen (summary) och alla avsnitt är tomma. Skriv åtminstone sammanfattningen eller ett avsnitt.</translation>
    </message>
    <message>
        <source>Unknown heading “{title}”; use the headings: {headings} (subheadings ###).</source>
        <translation>Okänd mellanrubrik ”{title}”; använd rubrikerna: {headings} (underrubriker ###).</translation>
    </message>
    <message>
        <source>The heading “{title}” appears twice (first on line {first}).</source>
        <translation>Mellanrubriken ”{title}” förekommer två gånger (första gången på rad {first}).</translation>
    </message>
    <message>
        <source>The heading “{title}” is out of order ({order}).</source>
        <translation>Mellanrubriken ”{title}” står i fel ordning ({order}).</translation>
    </message>
    <message>
        <source>The text lacks the heading(s): {headings}.</source>
        <translation>I texten saknas mellanrubrik: {headings}.</translation>
    </message>
    <message>
        <source>The file is saved in the {encoding} character set, not UTF-8; it was read, but save it as UTF-8.</source>
        <translation>Filen är sparad med teckenkodningen {encoding}, inte UTF-8; den lästes, men spara den som UTF-8.</translation>
    </message>
    <message>
        <source>The file is not text (it has NUL bytes): skipped.</source>
        <translation>Filen är inte text (den innehåller NUL-byte): hoppades över.</translation>
    </message>
    <message>
        <source>The file is UTF-8, but line {line} has a character that is not UTF-8 (copied from another character set?). Fix the character and save the file as UTF-8.</source>
        <translation>Filen är i UTF-8, men rad {line} har ett tecken som inte är UTF-8 (kopierat från en annan teckenkodning?). Rätta tecknet och spara filen som UTF-8.</translation>
    </message>
    <message>
        <source>The file&apos;s character set was not recognised (neither UTF-8 nor Windows-1252): skipped.</source>
        <translation>Filens teckenkodning kändes inte igen (varken UTF-8 eller Windows-1252): hoppades över.</translation>
    </message>
    <message>
        <source>The file is not text (it has NUL characters): skipped.</source>
        <translation>Filen är inte text (den innehåller NUL-tecken): hoppades över.</translation>
    </message>
    <message>
        <source>The file does not look like text (many control characters): skipped.</source>
        <translation>Filen ser inte ut som text (många styrtecken): hoppades över.</translation>
    </message>
    <message>
        <source>The file starts with a {name} mark, but its byte {byte} is not valid {name} text: skipped.</source>
        <translation>Filen börjar med en {name}-markering, men dess byte {byte} är inte giltig {name}-text: hoppades över.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file does not start with front matter: the first line must be just ---.</source>
        <translation>Filen börjar inte med ett metadatablock: första raden ska bara vara ---.</translation>
    </message>
    <message>
        <source>The front matter&apos;s end mark is missing: no second --- line follows the --- on line 1.</source>
        <translation>Metadatablockets slutmarkering saknas: efter --- på rad 1 kommer ingen andra ---‑rad.</translation>
    </message>
    <message>
        <source>The front matter is too long ({size} KB; at most {limit} KB).</source>
        <translation>Metadatablocket är för långt ({size} kB; högst {limit} kB).</translation>
    </message>
    <message>
        <source>YAML error: {reason}</source>
        <translation>YAML-fel: {reason}</translation>
    </message>
    <message>
        <source>The front matter has an invisible control character (U+{code}) that YAML does not allow; remove it.</source>
        <translation>Metadatablocket innehåller ett osynligt styrtecken (U+{code}) som YAML inte tillåter; ta bort det.</translation>
    </message>
    <message>
        <source>The front matter&apos;s structure is nested too deeply.</source>
        <translation>Metadatablockets struktur är för djupt kapslad.</translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp; and *) are not allowed in the front matter; write the value out or quote it (&quot;*&quot;).</source>
        <translation>YAML-ankare och -referenser (&amp; och *) är inte tillåtna i metadatablocket; skriv ut värdet eller citera det (&quot;*&quot;).</translation>
    </message>
    <message>
        <source>YAML type tags (!…) are not allowed in the front matter; quote a value that starts with an exclamation mark (&quot;!&quot;).</source>
        <translation>YAML-typmarkeringar (!…) är inte tillåtna i metadatablocket; citera ett värde som börjar med utropstecken (&quot;!&quot;).</translation>
    </message>
    <message>
        <source>a key must be text.</source>
        <translation>en nyckel ska vara text.</translation>
    </message>
    <message>
        <source>The field “{key}” appears twice (first on line {first}); remove one.</source>
        <translation>Fältet ”{key}” förekommer två gånger (första gången på rad {first}); ta bort det ena.</translation>
    </message>
    <message>
        <source>unknown structure.</source>
        <translation>okänd struktur.</translation>
    </message>
    <message>
        <source>unknown type {tag}.</source>
        <translation>okänd typ {tag}.</translation>
    </message>
    <message>
        <source>the structure is invalid; check the indentation, colons and quotation marks</source>
        <translation>strukturen är felaktig; kontrollera indrag, kolon och citattecken</translation>
    </message>
    <message>
        <source>the structure is nested too deeply</source>
        <translation>strukturen är för djupt kapslad</translation>
    </message>
    <message>
        <source>a colon (:) in the wrong place; quote a value that contains a colon</source>
        <translation>ett kolon (:) på fel ställe; citera ett värde som innehåller kolon</translation>
    </message>
    <message>
        <source>a colon (:) is missing after the key</source>
        <translation>ett kolon (:) saknas efter nyckeln</translation>
    </message>
    <message>
        <source>a character a value cannot start with (a tab, @ or `?)</source>
        <translation>ett tecken som ett värde inte kan börja med (tabb, @ eller `?)</translation>
    </message>
    <message>
        <source>a tab character in the indentation; use spaces</source>
        <translation>ett tabbtecken i indraget; använd mellanslag</translation>
    </message>
    <message>
        <source>a quotation mark was left open</source>
        <translation>ett citattecken lämnades öppet</translation>
    </message>
    <message>
        <source>the list in brackets [ ] is broken (is a ] or , missing?)</source>
        <translation>listan inom hakparenteser [ ] är trasig (saknas ] eller ,?)</translation>
    </message>
    <message>
        <source>the structure in braces { } is broken (is a } or , missing?)</source>
        <translation>strukturen inom klammerparenteser { } är trasig (saknas } eller ,?)</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above</source>
        <translation>indraget stämmer inte med raderna ovanför</translation>
    </message>
    <message>
        <source>the list&apos;s indentation does not match</source>
        <translation>listans indrag stämmer inte</translation>
    </message>
    <message>
        <source>the front matter may hold only one YAML document</source>
        <translation>metadatablocket får bara innehålla ett YAML-dokument</translation>
    </message>
    <message>
        <source>YAML aliases (*) are not allowed</source>
        <translation>YAML-referenser (*) är inte tillåtna</translation>
    </message>
    <message>
        <source>| or &gt; starts multi-line text; quote the value</source>
        <translation>| eller &gt; inleder text på flera rader; citera värdet</translation>
    </message>
    <message>
        <source>a list dash (-) in the wrong place; check the indentation</source>
        <translation>ett listtecken (-) på fel ställe; kontrollera indraget</translation>
    </message>
    <message>
        <source>a key in the wrong place; check the indentation</source>
        <translation>en nyckel på fel ställe; kontrollera indraget</translation>
    </message>
    <message>
        <source>a value is missing or starts with a character a value cannot start with; quote the value</source>
        <translation>ett värde saknas eller börjar med ett tecken som ett värde inte kan börja med; citera värdet</translation>
    </message>
    <message>
        <source>the value has a character that cannot be used without quotation marks; quote the value</source>
        <translation>värdet innehåller ett tecken som inte kan användas utan citattecken; citera värdet</translation>
    </message>
    <message>
        <source>extra text after the structure; check the indentation and brackets</source>
        <translation>extra text efter strukturen; kontrollera indrag och parenteser</translation>
    </message>
    <message>
        <source>The library folder does not exist or is not a folder.</source>
        <translation>Biblioteksmappen finns inte eller är ingen mapp.</translation>
    </message>
    <message>
        <source>The folder disappeared while it was read: skipped.</source>
        <translation>Mappen försvann medan den lästes: hoppades över.</translation>
    </message>
    <message>
        <source>The folder cannot be read ({reason}): skipped.</source>
        <translation>Mappen kan inte läsas ({reason}): hoppades över.</translation>
    </message>
    <message>
        <source>Not an ordinary file (e.g. a FIFO or a device): skipped.</source>
        <translation>Inte en vanlig fil (t.ex. en FIFO eller en enhet): hoppades över.</translation>
    </message>
    <message>
        <source>The file cannot be examined ({reason}).</source>
        <translation>Filen kan inte undersökas ({reason}).</translation>
    </message>
    <message>
        <source>The file disappeared before it could be read.</source>
        <translation>Filen försvann innan den hann läsas.</translation>
    </message>
    <message>
        <source>The file is a link; links are not followed.</source>
        <translation>Filen är en länk; länkar följs inte.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>Filen kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>Not an ordinary file: skipped.</source>
        <translation>Inte en vanlig fil: hoppades över.</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB; at most {limit} MB): skipped unread.</source>
        <translation>Filen är för stor ({size} MB; högst {limit} MB): hoppades över oläst.</translation>
    </message>
    <message>
        <source>The link&apos;s target does not exist: skipped.</source>
        <translation>Länkens mål finns inte: hoppades över.</translation>
    </message>
    <message>
        <source>The link goes round in a circle (a loop): skipped.</source>
        <translation>Länken går runt i en cirkel (en slinga): hoppades över.</translation>
    </message>
    <message>
        <source>The link points outside the library folder ({target}): skipped.</source>
        <translation>Länken pekar utanför biblioteksmappen ({target}): hoppades över.</translation>
    </message>
    <message>
        <source>The link points to a folder above it (a loop): skipped.</source>
        <translation>Länken pekar på en mapp ovanför (en slinga): hoppades över.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>behörighet saknas</translation>
    </message>
    <message>
        <source>The same id “{case_id}” is also in the file {other}; that one was not loaded.</source>
        <translation>Samma id ”{case_id}” finns också i filen {other}; den lästes inte in.</translation>
    </message>
    <message>
        <source>The same id “{case_id}” is already in the file {other}; this file was not loaded. Change the id.</source>
        <translation>Samma id ”{case_id}” finns redan i filen {other}; den här filen lästes inte in. Byt id (id).</translation>
    </message>
    <message>
        <source>The file&apos;s id is “{file_id}”, the bundle&apos;s list says “{listed_id}”.</source>
        <translation>Filens id är ”{file_id}”, paketets förteckning säger ”{listed_id}”.</translation>
    </message>
    <message>
        <source>The id “{case_id}” is already used by {path}; choose another id.</source>
        <translation>Id:t ”{case_id}” används redan av {path}; välj ett annat id.</translation>
    </message>
    <message>
        <source>The user database {path} is in use by another program. Close that program or wait a moment and try again; the file was not changed.</source>
        <translation>Användardatabasen {path} används av ett annat program. Stäng det programmet eller vänta en stund och försök igen; filen ändrades inte.</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>Ändringen sparades inte: {reason}</translation>
    </message>
    <message>
        <source>the database folder is read-only. Searching and reading work.</source>
        <translation>databasens mapp är skrivskyddad. Sökning och läsning fungerar.</translation>
    </message>
    <message>
        <source>the disk is full. Nothing was saved; free some space and start the app again. Searching and reading work.</source>
        <translation>disken är full. Ingenting sparades; frigör utrymme och starta programmet på nytt. Sökning och läsning fungerar.</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade, but {reason}</source>
        <translation>Databasen {path} behöver uppdateras, men {reason}</translation>
    </message>
    <message>
        <source>Read-only: {reason} Changes cannot be saved.</source>
        <translation>Skrivskyddat: {reason} Ändringar kan inte sparas.</translation>
    </message>
    <message>
        <source>The user database was not opened, so that your work is not hidden by an empty one.</source>
        <translation>Användardatabasen öppnades inte, så att ditt arbete inte döljs bakom en tom databas.</translation>
    </message>
    <message>
        <source>Set-aside (damaged) file: {path}.</source>
        <translation>Undanlagd (skadad) fil: {path}.</translation>
    </message>
    <message>
        <source>The database {path} is empty or missing.</source>
        <translation>Databasen {path} är tom eller saknas.</translation>
    </message>
    <message>
        <source>Newest verified backup: {backup}.</source>
        <translation>Nyaste kontrollerade säkerhetskopia: {backup}.</translation>
    </message>
    <message>
        <source>There is no sound backup.</source>
        <translation>Det finns ingen hel säkerhetskopia.</translation>
    </message>
    <message>
        <source>More was salvaged from the damaged file than the backup holds: {salvaged}.</source>
        <translation>Ur den skadade filen räddades mer än säkerhetskopian innehåller: {salvaged}.</translation>
    </message>
    <message>
        <source>Restore: hyvatkaytannot restore {path} or start empty: hyvatkaytannot restore --start-empty</source>
        <translation>Återställ: hyvatkaytannot restore {path} eller börja med en tom databas: hyvatkaytannot restore --start-empty</translation>
    </message>
    <message>
        <source>Start empty: hyvatkaytannot restore --start-empty</source>
        <translation>Börja med en tom databas: hyvatkaytannot restore --start-empty</translation>
    </message>
    <message>
        <source>{path} ({when}; {tags}, {notes})</source>
        <translation>{path} ({when}; {tags}, {notes})</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tagg</numerusform>
            <numerusform>%n taggar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>[set aside]</source>
        <translation>[undanlagd]</translation>
    </message>
    <message>
        <source>[salvaged]</source>
        <translation>[räddad]</translation>
    </message>
    <message>
        <source>{path}: the file is too large (over {limit} MB).</source>
        <translation>{path}: filen är för stor (över {limit} MB).</translation>
    </message>
    <message>
        <source>{path}{sep}{problem}.</source>
        <translation>{path}{sep}{problem}.</translation>
    </message>
    <message>
        <source>Unknown export version {version}.</source>
        <translation>Exportfilens version {version} är okänd.</translation>
    </message>
    <message>
        <source>Notes not imported: {problem}. Nothing was written.</source>
        <translation>Anteckningarna importerades inte: {problem}. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>non-standard JSON value {name} (only ordinary numbers are allowed)</source>
        <translation>JSON-värdet {name} följer inte standarden (bara vanliga tal är tillåtna)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON-strukturen är för djupt kapslad</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON ({reason})</source>
        <translation>rad {line}: ingen giltig JSON ({reason})</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(roten)</translation>
    </message>
    <message>
        <source>wrong type (expected {expected})</source>
        <translation>fel typ (väntade {expected})</translation>
    </message>
    <message>
        <source>unknown fields: {names}</source>
        <translation>okända fält: {names}</translation>
    </message>
    <message>
        <source>too long (at most {limit} characters)</source>
        <translation>för lång (högst {limit} tecken)</translation>
    </message>
    <message>
        <source>too many items (at most {limit})</source>
        <translation>för många element (högst {limit})</translation>
    </message>
    <message>
        <source>a required field is missing ({detail})</source>
        <translation>ett obligatoriskt fält saknas ({detail})</translation>
    </message>
    <message>
        <source>value not allowed (allowed: {allowed})</source>
        <translation>värdet är inte tillåtet (tillåtet: {allowed})</translation>
    </message>
    <message>
        <source>not valid ({detail})</source>
        <translation>inte giltigt ({detail})</translation>
    </message>
    <message>
        <source>field {field}: {problem}</source>
        <translation>fältet {field}: {problem}</translation>
    </message>
    <message>
        <source>{where}: field {field}: {problem}</source>
        <translation>{where}: fältet {field}: {problem}</translation>
    </message>
    <message>
        <source>The search index cannot be written: searching the existing index, which may miss the latest changes.</source>
        <translation>Sökindexet kan inte skrivas: sökningen görs i det befintliga indexet, som kanske saknar de senaste ändringarna.</translation>
    </message>
    <message>
        <source>The search index cannot be written: searching a temporary index.</source>
        <translation>Sökindexet kan inte skrivas: sökningen använder ett tillfälligt index.</translation>
    </message>
    <message>
        <source>User database</source>
        <translation>Användardatabas</translation>
    </message>
    <message>
        <source>Restore the recommended file</source>
        <translation>Återställ den rekommenderade filen</translation>
    </message>
    <message>
        <source>Start empty (the old file is kept)</source>
        <translation>Börja med en tom databas (den gamla filen bevaras)</translation>
    </message>
    <message>
        <source>Continue without notes</source>
        <translation>Fortsätt utan anteckningar</translation>
    </message>
    <message>
        <source>Indexing busy: another process is updating the search index ({path}). Try again in a moment.</source>
        <translation>Indexeringen är upptagen: ett annat program uppdaterar sökindexet ({path}). Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The search index cannot be written ({reason}); searching the existing index.</source>
        <translation>Sökindexet kan inte skrivas ({reason}); sökningen görs i det befintliga indexet.</translation>
    </message>
    <message>
        <source>the file ended too early</source>
        <translation>filen tog slut för tidigt</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (at most {limit} levels)</source>
        <translation>JSON-strukturen är för djupt kapslad (högst {limit} nivåer)</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>rad {line}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON</source>
        <translation>rad {line}: ingen giltig JSON</translation>
    </message>
    <message>
        <source>The search index was damaged; it was rebuilt from the case files.</source>
        <translation>Sökindexet var skadat; det byggdes upp på nytt från fallbeskrivningarna.</translation>
    </message>
    <message>
        <source>The search index has not been built yet.</source>
        <translation>Sökindexet har ännu inte byggts.</translation>
    </message>
    <message>
        <source>The search index is damaged; it is being rebuilt from the case files.</source>
        <translation>Sökindexet är skadat; det byggs upp på nytt från fallbeskrivningarna.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Det gick inte att spara {path}: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>diskkvoten är överskriden</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>filen är för stor för den här disken</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>the file cannot be read ({error}).</source>
        <translation>filen kan inte läsas ({error}).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB).</source>
        <translation>filen är för stor ({size} MB; högst {limit} MB).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>filen är tom.</translation>
    </message>
    <message>
        <source>the {kind} file has a suspicious number of parts.</source>
        <translation>{kind}-filen har misstänkt många delar.</translation>
    </message>
    <message>
        <source>the {kind} file is damaged and cannot be opened.</source>
        <translation>{kind}-filen är skadad och kan inte öppnas.</translation>
    </message>
    <message>
        <source>the {kind} file would unpack to more than {limit} MB (probably a harmful archive); it was not opened.</source>
        <translation>{kind}-filen skulle packas upp till mer än {limit} MB (sannolikt ett skadligt arkiv); den öppnades inte.</translation>
    </message>
    <message>
        <source>there is no text on the clipboard.</source>
        <translation>det finns ingen text i urklipp.</translation>
    </message>
    <message>
        <source>the web page cannot be read (the HTML is broken).</source>
        <translation>webbsidan kan inte läsas (HTML-koden är trasig).</translation>
    </message>
    <message>
        <source>the page has no real text (only menus, links or cookie notices).</source>
        <translation>sidan har ingen egentlig text (bara menyer, länkar eller kakmeddelanden).</translation>
    </message>
    <message>
        <source>the MHTML file has no HTML page.</source>
        <translation>MHTML-filen innehåller ingen HTML-sida.</translation>
    </message>
    <message>
        <source>the Word file is damaged or not a Word document; it cannot be opened.</source>
        <translation>Word-filen är skadad eller inte ett Word-dokument; den kan inte öppnas.</translation>
    </message>
    <message>
        <source>the ODT file is damaged or not a text document; it cannot be opened.</source>
        <translation>ODT-filen är skadad eller inte ett textdokument; den kan inte öppnas.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>det här är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>the file type {suffix} is not supported (supported: HTML, MHTML, Word .docx, ODT, PDF, text and Markdown).</source>
        <translation>filtypen {suffix} stöds inte (stöds: HTML, MHTML, Word .docx, ODT, PDF, text och Markdown).</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a password; open it and save it without encryption to capture it.</source>
        <translation>PDF-filen är krypterad med ett lösenord; öppna den och spara den utan kryptering för att kunna hämta den.</translation>
    </message>
    <message>
        <source>the PDF file is damaged and cannot be read.</source>
        <translation>PDF-filen är skadad och kan inte läsas.</translation>
    </message>
    <message>
        <source>the PDF has no text layer (it is probably a scanned image); text recognition is not done.</source>
        <translation>PDF-filen har inget textlager (den är sannolikt en skannad bild); textigenkänning görs inte.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n page(s) were read.</source>
        <translation>
            <numerusform>Bara den första sidan (%n) lästes.</numerusform>
            <numerusform>Bara de %n första sidorna lästes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No title was found: write one yourself.</source>
        <translation>Ingen rubrik hittades: skriv en själv.</translation>
    </message>
    <message>
        <source>Give FILE or --start-empty.</source>
        <translation>Ange FILE eller --start-empty.</translation>
    </message>
    <message>
        <source>Started with an empty database.</source>
        <translation>En tom databas togs i bruk.</translation>
    </message>
    <message>
        <source>Kept: {path}</source>
        <translation>Bevarad: {path}</translation>
    </message>
    <message>
        <source>The bundle held no valid case; nothing was imported.</source>
        <translation>Paketet innehöll inget giltigt fall; ingenting importerades.</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>{file} återställdes.</translation>
    </message>
    <message>
        <source>Restored {file}. The previous database was kept as {previous}.</source>
        <translation>{file} återställdes. Den tidigare databasen bevarades som {previous}.</translation>
    </message>
    <message>
        <source>Checked {files} in {folders}: {cases}, {bad}, {errors}, {warnings}.</source>
        <translation>Kontrollerade {files} i {folders}: {cases}, {bad}, {errors}, {warnings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n mapp</numerusform>
            <numerusform>%n mappar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded</source>
        <translation>
            <numerusform>%n fall lästes in</numerusform>
            <numerusform>%n fall lästes in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with errors</source>
        <translation>
            <numerusform>%n fil med fel</numerusform>
            <numerusform>%n filer med fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is larger than a bundle may hold</source>
        <translation>{path} är större än ett paket får innehålla</translation>
    </message>
    <message>
        <source>The selection is larger than a bundle may hold</source>
        <translation>Urvalet är större än ett paket får innehålla</translation>
    </message>
    <message>
        <source>No such case: {ids}</source>
        <translation>Fallet finns inte: {ids}</translation>
    </message>
    <message>
        <source>Nothing to export: no cases selected</source>
        <translation>Ingenting att exportera: inga fall har valts</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>&amp;Note (Markdown; may be left empty):</source>
        <translation>&amp;Anteckning (Markdown; kan lämnas tom):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Highlight &amp;colour:</source>
        <translation>Markeringens &amp;färg:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Markeringens färg</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Enter sparar.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
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
        <source>The table has %1 rows; the first %2 are printed here.</source>
        <translation>Tabellen har %1 rader; de första %2 skrivs ut här.</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Sparar utdelningsbladet…</translation>
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
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Presentatörsvy</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Aktuell bild</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Nästa bild</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Dina anteckningar</translation>
    </message>
    <message>
        <source>Slide %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Sista bilden</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with problems</source>
        <translation>
            <numerusform>%n fil med problem</numerusform>
            <numerusform>%n filer med problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not loaded (errors)</source>
        <translation>
            <numerusform>%n fil lästes inte in (fel)</numerusform>
            <numerusform>%n filer lästes inte in (fel)</numerusform>
        </translation>
    </message>
    <message>
        <source>The other cases work normally.</source>
        <translation>De andra fallen fungerar normalt.</translation>
    </message>
    <message>
        <source>No problems: every case loaded.</source>
        <translation>Inga problem: alla fall lästes in.</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <source>Accept all proposals</source>
        <translation>Godta alla förslag</translation>
    </message>
    <message>
        <source>Personal data: keep only what the source itself published.</source>
        <translation>Personuppgifter: behåll bara det som källan själv har publicerat.</translation>
    </message>
    <message>
        <source>Proposed from %1. Check each proposal: accept, change or clear it. Nothing is saved until you save.</source>
        <translation>Föreslaget ur %1. Granska varje förslag: godta, ändra eller töm det. Ingenting sparas förrän du sparar.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Proposed from the document: review it.</source>
        <translation>Föreslaget ur dokumentet: granska det.</translation>
    </message>
</context>
<context>
    <name>ProposalRow</name>
    <message>
        <source>From the text: %1</source>
        <translation>I texten: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Proposal: not reviewed</source>
        <translation>Förslag: inte granskat</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godtaget</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Ändrat av dig</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Tömt</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Case text</source>
        <translation>Fallets text</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Fallets uppgifter</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Fallets titel</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Landskap</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total kostnad</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterat</translation>
    </message>
    <message>
        <source>Choose a case from the results to read it here.</source>
        <translation>Välj ett fall bland resultaten för att läsa det här.</translation>
    </message>
    <message>
        <source>Show the whole table (%1 rows, %2 columns)</source>
        <translation>Visa hela tabellen (%1 rader, %2 kolumner)</translation>
    </message>
    <message>
        <source>%1 – table</source>
        <translation>%1 – tabell</translation>
    </message>
    <message>
        <source>Select some text first, then add a note.</source>
        <translation>Markera först text och lägg sedan till en anteckning.</translation>
    </message>
    <message>
        <source>Select the passage to attach the note to.</source>
        <translation>Markera stället som anteckningen ska fästas vid.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
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
    <name>ResultsModel</name>
    <message>
        <source>in Finnish</source>
        <translation>på finska</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>på svenska</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>diskkvoten är överskriden</translation>
    </message>
    <message>
        <source>you do not have permission to write there</source>
        <translation>du har inte behörighet att skriva där</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>filen är för stor för den här disken</translation>
    </message>
    <message>
        <source>the same title</source>
        <translation>samma titel</translation>
    </message>
    <message>
        <source>a similar title in the same municipality</source>
        <translation>en liknande titel i samma kommun</translation>
    </message>
    <message>
        <source>a similar summary in the same municipality</source>
        <translation>en liknande sammanfattning i samma kommun</translation>
    </message>
    <message>
        <source>a similar title and summary in the same municipality</source>
        <translation>en liknande titel och sammanfattning i samma kommun</translation>
    </message>
    <message>
        <source>Not saved: the case has errors (see the problems list).</source>
        <translation>Inte sparat: fallet har fel (se problemlistan).</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Inte sparat.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 kunde inte sparas: %2.</translation>
    </message>
    <message>
        <source>Not saved: the case has errors.</source>
        <translation>Inte sparat: fallet har fel.</translation>
    </message>
    <message>
        <source>Not saved: %1 is in a read-only folder.</source>
        <translation>Inte sparat: %1 finns i en skrivskyddad mapp.</translation>
    </message>
    <message>
        <source>Saved as your own copy: %1</source>
        <translation>Sparat som din egen kopia: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <source>Your text is still in the editor.</source>
        <translation>Din text finns kvar i redigeraren, och den gamla filen är oförändrad.</translation>
    </message>
    <message>
        <source>The version on disk cannot be shown in the editor.</source>
        <translation>Versionen på disken kan inte visas i redigeraren.</translation>
    </message>
    <message>
        <source>Loaded the version on disk; your changes were discarded.</source>
        <translation>Versionen på disken lästes in; dina ändringar kastades.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search good practices (Ctrl+F)</source>
        <translation>Sök god praxis (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Query help</source>
        <translation>Sökhjälp</translation>
    </message>
    <message>
        <source>both words (AND)</source>
        <translation>båda orden (OCH)</translation>
    </message>
    <message>
        <source>either word (TAI / OR)</source>
        <translation>endera ordet (TAI / OR)</translation>
    </message>
    <message>
        <source>leave out a word (EI / NOT / -)</source>
        <translation>utan ordet (EI / NOT / -)</translation>
    </message>
    <message>
        <source>exact phrase</source>
        <translation>exakt fras</translation>
    </message>
    <message>
        <source>words starting with</source>
        <translation>ord som börjar med</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>liknande stavning</translation>
    </message>
    <message>
        <source>municipality, region</source>
        <translation>kommun, landskap</translation>
    </message>
    <message>
        <source>theme, status</source>
        <translation>tema, status</translation>
    </message>
    <message>
        <source>year, your own tag</source>
        <translation>år, egen tagg</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Sökhjälp</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Menade du</translation>
    </message>
</context>
<context>
    <name>SearchFeedback</name>
    <message>
        <source>Showing results for %1 · Search instead for: %2</source>
        <translation>Visar resultat för %1 · Sök i stället efter: %2</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation>Visar resultat för %1</translation>
    </message>
    <message>
        <source>No cases match %1.</source>
        <translation>Inga fall motsvarar %1.</translation>
    </message>
    <message>
        <source>No cases match the filters.</source>
        <translation>Inga fall motsvarar avgränsningarna.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Menade du %1?</translation>
    </message>
    <message>
        <source>Check the spelling, or use fewer or shorter words.</source>
        <translation>Kontrollera stavningen eller använd färre eller kortare ord.</translation>
    </message>
    <message>
        <source>Any word form works: try the base form (kunta, not kuntien).</source>
        <translation>Alla ordformer fungerar: pröva grundformen (kommun, inte kommunernas).</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) on: &lt;a href=&quot;clear&quot;&gt;clear the filters&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n avgränsning på: &lt;a href=&quot;clear&quot;&gt;rensa avgränsningarna&lt;/a&gt;.</numerusform>
            <numerusform>%n avgränsningar på: &lt;a href=&quot;clear&quot;&gt;rensa avgränsningarna&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Pröva:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Library folders</source>
        <translation>Biblioteksmappar</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Lägg till mapp…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>&amp;Library folders:</source>
        <translation>&amp;Biblioteksmappar:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Reading &amp;font size:</source>
        <translation>&amp;Teckenstorlek vid läsning:</translation>
    </message>
    <message>
        <source>A new language is used after restarting the app.</source>
        <translation>Ett nytt språk används när appen startas om.</translation>
    </message>
    <message>
        <source>Choose a library folder</source>
        <translation>Välj en biblioteksmapp</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Similar cases</source>
        <translation>Liknande fall</translation>
    </message>
    <message>
        <source>Shared: %s</source>
        <translation>Gemensamt: %s</translation>
    </message>
    <message>
        <source>No similar cases.</source>
        <translation>Inga liknande fall.</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>Lägg till en tagg…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Lägg till en tagg</translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Skriv en tagg och tryck på Enter</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Ta bort taggen %1</translation>
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
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Spara ändringarna i ”%1”?</translation>
    </message>
    <message>
        <source>If you discard them, your edits are lost.</source>
        <translation>Om du kastar dem går dina ändringar förlorade.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
