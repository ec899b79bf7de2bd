<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
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
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
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
        <source>Remove filter %1</source>
        <translation>Ta bort avgränsningen %1</translation>
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
        <source>Result list</source>
        <translation>Resultatlista</translation>
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
        <source>No case with the id %1.</source>
        <translation>Inget fall har id:t %1.</translation>
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
        <source>%n file(s) could not be read cleanly.</source>
        <translation>
            <numerusform>%n fil kunde inte läsas felfritt.</numerusform>
            <numerusform>%n filer kunde inte läsas felfritt.</numerusform>
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
        <source>Select some text first, then add a note.</source>
        <translation>Markera först text och lägg sedan till en anteckning.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
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
</TS>
