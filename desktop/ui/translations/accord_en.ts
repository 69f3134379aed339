<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CompleteDialog</name>
    <message numerus="yes">
        <source>%n question(s) shown to you have no answer yet. They are listed below; an unanswered question does not count in the scores. Every component has enough answers for a score.</source>
        <translation>
            <numerusform>%n question shown to you has no answer yet. It is listed below; an unanswered question does not count in the scores. Every component has enough answers for a score.</numerusform>
            <numerusform>%n questions shown to you have no answer yet. They are listed below; an unanswered question does not count in the scores. Every component has enough answers for a score.</numerusform>
        </translation>
    </message>
</context>
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
    <name>OverallCard</name>
    <message numerus="yes">
        <source>%n question(s) marked not applicable; the reasons are in the report.</source>
        <translation>
            <numerusform>%n question is marked not applicable; the reason is in the report.</numerusform>
            <numerusform>%n questions are marked not applicable; the reasons are in the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown question(s) still unanswered.</source>
        <translation>
            <numerusform>%n shown question is still unanswered.</numerusform>
            <numerusform>%n shown questions are still unanswered.</numerusform>
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
    <name>QuestionCounts</name>
    <message numerus="yes">
        <source>%1 of %2 answered (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>%1 of %2 answered (%n closed by an earlier answer)</numerusform>
            <numerusform>%1 of %2 answered (%n closed by an earlier answer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %2 (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>Question %1 of %2 (%n closed by an earlier answer)</numerusform>
            <numerusform>Question %1 of %2 (%n closed by an earlier answer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n closed)</source>
        <translation>
            <numerusform>%1 of %2 (%n closed)</numerusform>
            <numerusform>%1 of %2 (%n closed)</numerusform>
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
<context>
    <name>WorkshopHeader</name>
    <message numerus="yes">
        <source>%1 (%n assessments)</source>
        <translation>
            <numerusform>%1 (%n assessment)</numerusform>
            <numerusform>%1 (%n assessments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message numerus="yes">
        <source>%1 — %n groups. Mean and spread count only the groups that assessed a component; a component no group assessed is “not assessed”.</source>
        <translation>
            <numerusform>%1 — %n group. Mean and spread count only the groups that assessed a component; a component no group assessed is “not assessed”.</numerusform>
            <numerusform>%1 — %n groups. Mean and spread count only the groups that assessed a component; a component no group assessed is “not assessed”.</numerusform>
        </translation>
    </message>
</context>
</TS>
