<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FacetsModel</name>
    <message numerus="yes">
        <source>%1: %n result(s)</source>
        <translation>
            <numerusform>%1: %n result</numerusform>
            <numerusform>%1: %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n result(s)</source>
        <translation>
            <numerusform>%1, %n result</numerusform>
            <numerusform>%1, %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>Matches: %n</source>
        <translation>
            <numerusform>Matches: %n</numerusform>
            <numerusform>Matches: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message numerus="yes">
        <source>Search is ready: %n document(s) indexed in %1.</source>
        <translation>
            <numerusform>Search is ready: %n document indexed in %1.</numerusform>
            <numerusform>Search is ready: %n documents indexed in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%1, documents: %n</source>
        <translation>
            <numerusform>%1, documents: %n</numerusform>
            <numerusform>%1, documents: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message numerus="yes">
        <source>Its %n document(s) leave the library.</source>
        <translation>
            <numerusform>Its %n document leaves the library.</numerusform>
            <numerusform>Its %n documents leave the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n question(s) mapped</source>
        <translation>
            <numerusform>%n question mapped</numerusform>
            <numerusform>%n questions mapped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>No document has all the words of “%2”. %n document(s) have some of them or a related meaning:</source>
        <translation>
            <numerusform>No document has all the words of “%2”. %n document has some of them or a related meaning:</numerusform>
            <numerusform>No document has all the words of “%2”. %n documents have some of them or a related meaning:</numerusform>
        </translation>
    </message>
</context>
</TS>
