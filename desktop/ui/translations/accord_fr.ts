<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Assessment</name>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentListPage</name>
    <message>
        <source>List of self-assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments yet. Choose “New assessment…” (Ctrl+N) to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness self-assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare groups in the workshop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop view (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a checklist for an institution, offline. Answers are saved as you type; close at any time and continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by institution, country or checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue where you left off:&lt;/b&gt; %1 — %2, %3, last changed %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentModels</name>
    <message>
        <source>%1 — fails validation, cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2, %3 questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum coverage of %1 %: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every question marked not applicable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed: the overall index needs a score in every component; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 questions are answered or closed (%3 %); a score is shown from %4 % on. Answer more of its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question here is marked not applicable, so it has no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist has no question here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component: a score is shown only from the checklist&apos;s minimum coverage on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered · receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (tried %1×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assessors named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2; assessors: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed: answer again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Self-assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written, so assessments can be read but not changed. Answers you type are kept in the form and saved as soon as the folder can be written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessments could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessments could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft cannot be moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers you typed are not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Accord open and save them once the cause is fixed, or quit and lose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Accord open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <source>Comparison with an earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier assessment to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier assessment of this institution to compare with. Start one next year with the same institution name and country to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change per component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: now and earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — started %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Mark the assessment complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it partial? The reason goes with the assessment to the coordinating body, which keeps partial assessments out of the national index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for submitting as partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the data protection office did not take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions are marked not applicable without a reason. Write in each one&apos;s note why it does not apply, or answer it, before completing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment cannot be marked complete: every component needs at least %1 % of its questions answered to have a score, and these do not. Answer more of their questions, or submit the assessment as partial, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) shown to you have no answer yet. They are listed below; an unanswered question does not count in the scores. Every component has enough answers for a score.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every question has an answer. Mark the assessment complete? You can still change answers later: a change starts a new revision, and this one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: coverage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every question marked not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions still unanswered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit as partial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit as partial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the hub&apos;s operator for its address and a one-time code. This computer then sends each completed assessment to that hub, signed with its own key and sealed so only the hub can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected now to %1. Connecting again replaces that hub; assessments waiting to be sent are sealed for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hub (USB transfer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this computer on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub answered (%1). Enter the one-time code and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the one-time code from the hub&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the hub %1 (key %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Accord cannot open its data folder. Check that the folder exists and that you may write in it, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Accord. Install that version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord&apos;s database is damaged. Restore the latest backup or start with an empty database; the damaged file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is not in the library. Search the library for it by its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is no longer in your data. Choose another one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few questions are answered to mark the assessment complete. Answer more questions, or submit it as partial with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not applicable” needs a reason. Write why the question does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questions are marked “Not applicable” without a reason. Write a reason for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report cannot be made on this computer: Qt&apos;s PDF writer is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another content pack is being installed. Wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match its contents: it was changed after it was signed. Ask the publisher for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the network and the hub&apos;s address; your assessments stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet. Connect it to the hub first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (in English): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetsModel</name>
    <message numerus="yes">
        <source>%1: %n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Matches: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage; %1 is the number, write the sign as your language does</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a duration in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <source>Open a web page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leaves Accord and opens in your web browser:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message numerus="yes">
        <source>Search is ready: %n document(s) indexed in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethical AI practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustness and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance and regulatory compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency and explainability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human–AI collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Societal and environmental impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety Index component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the questions, the guidance and the PDF report. Answers count the same in every language, so results can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language of this computer&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Accord in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Safety Index component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, documents: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSearch</name>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is being prepared; results will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Search the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document when it has the focus; otherwise search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start page (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark This Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Library and Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install Content Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a content pack (.accordpack) from a file or USB stick (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;Packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed content packs: roll back, remove, export, trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send completed assessments to the hub now (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to the Hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network and Proxy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for USB Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every assessment not yet delivered to one file for a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark assessments delivered from the hub&apos;s receipts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a self-assessment of an institution (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of the assessment open or selected (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the groups of a workshop side by side (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present the Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type for a projector; Esc leaves (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder with Accord&apos;s log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: documents by type and by component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord %1 — the offline AI-governance library.
Library: %2
Data: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord&apos;s log files are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing was cancelled, so search is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded, so it cannot be shown; fix the problem listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1 — Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop one pack or one folder at a time; installing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my data on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my data on the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks are not available: the database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then, bookmarks and recent documents are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessments are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Move to checklist version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving this draft from version %1 to version %2 carries %3 answers over by question. Nothing is deleted: the history keeps every earlier value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions removed in version %1 (answers kept and listed, no longer scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the new scale does not accept (value cleared, note kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions changed under the same id (value cleared to answer again, note kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New questions (flagged “new” in the runner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NaReasonDialog</name>
    <message>
        <source>Not applicable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this question not apply to this institution? The reason is saved as the question&apos;s note and shown in the report. A weak answer is not a reason: answer it instead. Enter saves; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameGroupsDialog</name>
    <message>
        <source>Name the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each group a name the room will recognise, such as its table or its team. The names are shown in the workshop view and when presenting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not applicable; type a figure to answer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the figure and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverallCard</name>
    <message>
        <source>Overall index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the overall index reads so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: %1 % — %2 of %3 applicable questions answered or closed by an earlier answer. A score is shown from %4 % in each component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicable question has an answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every component the checklist covers has a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) marked not applicable; the reasons are in the report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown question(s) still unanswered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted as partial: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackInstall</name>
    <message>
        <source>New documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; if you trust this publisher, add their key under Trusted keys in File → Content packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or choose “Install anyway” to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or choose “Install anyway” (the copy in the later pack is then hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> because you chose “Install anyway”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Remove the pack or install another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> the publisher gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack “%1” was updated from version %3 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack “%1” was returned to the older version %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack “%1” %2 is already installed; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack “%1” was rolled back from version %3 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack “%1” %3 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library shows version %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(A delta pack: only the changed documents travelled.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1 new, %2 updated, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the installed version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackInstaller</name>
    <message>
        <source>Install content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord content packs (*.accordpack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content pack is being installed; wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install an older version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2 is older than the installed version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing it would undo later corrections to the library. Install it only if you were asked to. You can return to version %1 with Roll back in File → Content packs….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the older version anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed; the library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the install…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no content pack (.accordpack) in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content pack not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Content packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content packs bring documents and checklists from the coordinating body. The library bundled with Accord is the core pack; other packs sit beside it, and an installed core pack replaces it. Every pack is checked (its signature and every file) before it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed content packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the selected pack to its previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the installed packs to a folder or USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishers&apos; keys this computer trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packs could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier version is kept for this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return “%1” from version %2 to version %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is kept, so you can roll back again to return to it. Answers in assessments are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n document(s) leave the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its documents leave the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library bundled with Accord is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments keep their answers. To have the pack again, install its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installed library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export content packs to a folder or USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the packs to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed packs to export (the bundled library comes with Accord).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 pack file(s) to %2. On another computer choose File → Install content pack… and pick the files, or drop the folder on Accord&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use: an installed core pack replaces the bundled library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library bundled with Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n question(s) mapped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: file, line and message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every file of the library was read without an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, line %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <source>Network and proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Accord reaches the hub. Most offices need the system&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings (HTTPS_PROXY, NO_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;directly (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a hub first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub answered: the settings work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What evidence to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the evidence here: documents, dates, who adopted them. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question number and section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question in this checklist version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in this version: answer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question changed in this checklist version; answer it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the figure and press Enter (a comma or a point for decimals). If it does not apply, Tab to “Not applicable”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 0–4 choose the level, N = not applicable, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1 = yes, 2 = partly, 3 = no, 0 or N = not applicable, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason this question does not apply; it is shown in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note what supports your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCounts</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 answered (%n closed by an earlier answer)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %2 (%n closed by an earlier answer)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n closed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <source>Governance and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <source>Radar chart of the six component scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety Index components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other languages of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown as plain text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link was not opened: only library pages and web addresses can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail with your e-mail program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside link (asks first): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingStore</name>
    <message>
        <source>Restored the backup %1. The damaged database was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started with an empty database. The damaged one was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not asked (closed by an earlier answer): counts 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked: the question it follows is not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet: the question it follows has no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in this version: to answer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist version no longer has these questions. Their answers are kept for the record and no longer count in the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1, revision %2. Checklist %3, version %4 (content hash %5). Generated by Accord %6 on %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness self-assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applicable (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERALL INDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no overall index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 components with a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted as partial: %1 A partial assessment is kept by the coordinating body but does not count in the national index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six components are those of the proposed Global AI Safety Index. Each score runs from 0 to 100, with its coverage beside it (the share of applicable questions answered, or closed by an earlier answer). Below the minimum coverage a component has no score, never a zero, and the overall index is computed only when every component has one. The scores, the results by framework, the gaps with the playbooks that help, and every answer with its evidence follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3 by Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness self-assessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores run from 0 to 100: yes = 1, partly = ½, no = 0, a maturity level n = n/4, a figure its band&apos;s level n/4, weighted by each question&apos;s weight. A question closed by an earlier answer (asked only after a better one) counts 0; a question marked not applicable, with its reason, does not count. Coverage is the share of applicable questions answered or closed. Below the minimum coverage of %1 % a component has no score; the overall index is the mean of the component scores, computed only when every component has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted as partial: %1. The coordinating body keeps partial assessments out of the national index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the assessment of %1 started on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first, with the guidance and the library documents that help close each gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted as partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Gaps, weakest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for the chosen gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not applicable, with the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions marked not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since an earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers kept from removed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the answers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the answers as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist, country and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first. Choose one to read its guidance and the playbooks and standards that help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be gathered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers belong to questions the current checklist version no longer has. They are kept and listed, but do not count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunnerHeader</name>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the assessment complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark complete (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · assessors: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — kept here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <source>%1 · Section %2 of %3: %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question has no guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try saving now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question shown has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: everything you typed is on disk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted as partial, revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked complete as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark complete while answers are not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the assessment complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First unanswered question (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☰ &amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of questions (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written just now, so answers cannot be saved. What you type stays in this form and is saved as soon as the folder can be written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist “%1” fails validation, so this assessment opens read-only: you can read its answers and results but not change them until the checklist is fixed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this checklist is installed; this draft uses version %2. You can move it: answers are carried by question, removed questions are listed, new ones are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment was marked complete on %1 (revision %2). Changing an answer starts revision %3; revision %2 stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to version %1: %2 new questions are flagged “new”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers belong to questions this version removed: they are kept and listed in the report, but no longer count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions changed under the same id: answer them again (flagged “changed”; the earlier answer is in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed a completed assessment, so it is a draft again as revision %1. The completed revision %2 is kept as it was; mark this one complete when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are not saved yet. %1 What you typed stays here and is saved automatically as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the library  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear as you type; press Down to move to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: check a value to narrow the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, use fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No document has all the words of “%2”. %n document(s) have some of them or a related meaning:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Results for “%2”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(showing the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the group selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down or Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: the next or previous groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the row selected (a document, an assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next or previous part of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog; in the search box, clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start a self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a checklist for one institution. Answers are saved as you type; you can stop at any time and continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists that cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ministry of Information and Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or a two-letter code, e.g. Kenya or KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These checklists fail validation and cannot be started until fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a checklist that can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country from the list or type its two-letter code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending completed assessments to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status; press to sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending; what is left stays queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub not reachable; next try in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press to try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB transfer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a hub: Sync → Connect to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 · delivered: %2 · rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press to sync now (F9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Not sent: this computer is not connected to a hub (Sync → Connect to the hub…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished: %1 delivered, %2 rejected, %3 still to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1 delivered; %2 still to send (they stay queued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the hub&apos;s address as http://host:port, for example http://10.0.0.5:8470.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in the hub&apos;s address is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this computer to the hub first; then it sends by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for USB transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord transfer files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet, so nothing can be sealed for it. Connect first (Sync → Connect to the hub…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 submission(s) to %2. Give the file to the hub&apos;s operator. They stay “waiting” here until the hub&apos;s receipts come back: import them with Sync → Import receipts….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submission(s) marked delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipts were not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TocModel</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord installs only packs signed with one of these keys. The coordinating body&apos;s key ships with Accord; add another publisher&apos;s key only if you received it from them in person or over a channel you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a publisher&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a new publisher?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the key %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: packs signed with this key will then install on this computer exactly like the coordinating body&apos;s own, and can change what every user of this computer reads and the checklists they answer. Add it only if you received it from the publisher in person or over a channel you trust, and compare the key id with theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is no longer trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting a key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the key %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs already installed stay; new packs signed with this key will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop trusting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI-governance library: standards, playbooks and checklists, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+D in a document to bookmark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document (search elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back / forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Plus / Ctrl+Minus / Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out / reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, browse them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents added, updated and removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists: what this means for open drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message>
        <source>Workshop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name the groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the groups of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous groups (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next groups ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next groups (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the table and the chart (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode, full screen, large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large text for a projector (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n assessments)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop presenting (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Workshop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the workshop view shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per group with mean and spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One assessment per group. Tick the ones to compare; drafts are left out until ticked. F2 renames a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the groups and their mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no assessments yet. Start one per group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the groups, so that everyone can tell them apart on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group has completed its assessment yet: tick the drafts to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n groups. Mean and spread count only the groups that assessed a component; a component no group assessed is “not assessed”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
