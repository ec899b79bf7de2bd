<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
        <source>The id “%1” is already used by %2; choose another id.</source>
        <translation>Id:t ”%1” används redan av %2; välj ett annat id.</translation>
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
