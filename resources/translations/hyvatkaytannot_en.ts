<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationsPanel</name>
    <message numerus="yes">
        <source>&amp;Notes (%n)</source>
        <translation>
            <numerusform>&amp;Notes (%n)</numerusform>
            <numerusform>&amp;Notes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message numerus="yes">
        <source>%n document(s) read</source>
        <translation>
            <numerusform>%n document read</numerusform>
            <numerusform>%n documents read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <source>%n error(s): fix them before saving.</source>
        <translation>
            <numerusform>%n error: fix it before saving.</numerusform>
            <numerusform>%n errors: fix them before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurateController</name>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the library</source>
        <translation>
            <numerusform>%n case in the library</numerusform>
            <numerusform>%n cases in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>Res&amp;ults (%n)</source>
        <translation>
            <numerusform>Res&amp;ults (%n)</numerusform>
            <numerusform>Res&amp;ults (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n hit(s) ({ms} ms)</source>
        <translation>
            <numerusform>%n hit ({ms} ms)</numerusform>
            <numerusform>%n hits ({ms} ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n similar case(s) ({ms} ms)</source>
        <translation>
            <numerusform>%n similar case ({ms} ms)</numerusform>
            <numerusform>%n similar cases ({ms} ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The summary has more than %n sentence(s); shorten it.</source>
        <translation>
            <numerusform>The summary has more than %n sentence; shorten it.</numerusform>
            <numerusform>The summary has more than %n sentences; shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n page(s) were read.</source>
        <translation>
            <numerusform>Only the first %n page were read.</numerusform>
            <numerusform>Only the first %n pages were read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded</source>
        <translation>
            <numerusform>%n case loaded</numerusform>
            <numerusform>%n cases loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with errors</source>
        <translation>
            <numerusform>%n file with errors</numerusform>
            <numerusform>%n files with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message numerus="yes">
        <source>%n file(s) with problems</source>
        <translation>
            <numerusform>%n file with problems</numerusform>
            <numerusform>%n files with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not loaded (errors)</source>
        <translation>
            <numerusform>%n file not loaded (errors)</numerusform>
            <numerusform>%n files not loaded (errors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchFeedback</name>
    <message numerus="yes">
        <source>%n filter(s) on: &lt;a href=&quot;clear&quot;&gt;clear the filters&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n filter on: &lt;a href=&quot;clear&quot;&gt;clear the filters&lt;/a&gt;.</numerusform>
            <numerusform>%n filters on: &lt;a href=&quot;clear&quot;&gt;clear the filters&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
</TS>
