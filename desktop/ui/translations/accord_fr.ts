<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Assessment</name>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
</context>
<context>
    <name>AssessmentListPage</name>
    <message>
        <source>List of self-assessments</source>
        <translation>Liste des auto-évaluations</translation>
    </message>
    <message>
        <source>No assessments yet. Choose “New assessment…” (Ctrl+N) to start one.</source>
        <translation>Aucune évaluation pour l&apos;instant. Choisissez «&#xa0;Nouvelle évaluation…&#xa0;» (Ctrl+N) pour en commencer une.</translation>
    </message>
    <message>
        <source>Readiness self-assessments</source>
        <translation>Auto-évaluations de préparation</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Commencer une nouvelle évaluation</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Commencer une nouvelle évaluation (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Ouvrir l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>Results of the selected assessment</source>
        <translation>Résultats de l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <source>Results (Ctrl+R)</source>
        <translation>Résultats (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Workshop view</source>
        <translation>Vue &amp;atelier</translation>
    </message>
    <message>
        <source>Compare groups in the workshop view</source>
        <translation>Comparer les groupes dans la vue atelier</translation>
    </message>
    <message>
        <source>Workshop view (Ctrl+Shift+W)</source>
        <translation>Vue atelier (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>Answer a checklist for an institution, offline. Answers are saved as you type; close at any time and continue where you left off.</source>
        <translation>Répondez à une liste de contrôle pour une institution, hors ligne. Les réponses sont enregistrées au fil de la saisie ; vous pouvez fermer à tout moment et reprendre là où vous vous êtes arrêté.</translation>
    </message>
    <message>
        <source>Where you left off</source>
        <translation>Là où vous vous êtes arrêté</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Reprendre là où vous vous êtes arrêté</translation>
    </message>
    <message>
        <source>Filter the assessments</source>
        <translation>Filtrer les évaluations</translation>
    </message>
    <message>
        <source>Filter by institution, country or checklist</source>
        <translation>Filtrer par institution, pays ou liste de contrôle</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>Toutes les évaluations</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue where you left off:&lt;/b&gt; %1 — %2, %3, last changed %4.</source>
        <translation>&lt;b&gt;Reprendre là où vous vous êtes arrêté :&lt;/b&gt; %1 — %2, %3, dernière modification le %4.</translation>
    </message>
</context>
<context>
    <name>AssessmentModels</name>
    <message>
        <source>%1 — fails validation, cannot be started</source>
        <translation>%1 — échoue à la validation, ne peut pas être commencée</translation>
    </message>
    <message>
        <source>%1 (version %2, %3 questions)</source>
        <translation>%1 (version %2, %3 questions)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · révision %2</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Aucun score</translation>
    </message>
    <message>
        <source>Insufficient coverage</source>
        <translation>Couverture insuffisante</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couverte</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 sur %3)</translation>
    </message>
    <message>
        <source>below the minimum coverage of %1 %: %2</source>
        <translation>en dessous de la couverture minimale de %1&#xa0;% : %2</translation>
    </message>
    <message>
        <source>every question marked not applicable: %1</source>
        <translation>toutes les questions marquées sans objet : %1</translation>
    </message>
    <message>
        <source>This checklist has no questions.</source>
        <translation>Cette liste de contrôle n&apos;a aucune question.</translation>
    </message>
    <message>
        <source>Not computed: the overall index needs a score in every component; %1.</source>
        <translation>Non calculé : l&apos;indice global exige un score dans chaque composante ; %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 questions are answered or closed (%3 %); a score is shown from %4 % on. Answer more of its questions.</source>
        <translation>Seules %1 questions sur %2 ont une réponse ou sont fermées (%3&#xa0;%) ; un score est affiché à partir de %4&#xa0;%. Répondez à davantage de ses questions.</translation>
    </message>
    <message>
        <source>Every question here is marked not applicable, so it has no score.</source>
        <translation>Toutes les questions ici sont marquées sans objet : il n&apos;y a donc pas de score.</translation>
    </message>
    <message>
        <source>This checklist has no question here.</source>
        <translation>Cette liste de contrôle n&apos;a aucune question ici.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (niveau %2 sur %3)</translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation>Niveau %1 sur 4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Questions : %1</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>Résultats par cadre de référence</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Cadres de référence</translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component: a score is shown only from the checklist&apos;s minimum coverage on.</source>
        <translation>Les mêmes réponses lues selon d&apos;autres cadres de référence. Chaque partie prend en compte les questions mises en correspondance avec elle, selon les mêmes règles qu&apos;une composante : un score n&apos;est affiché qu&apos;à partir de la couverture minimale de la liste de contrôle.</translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation>Cette liste de contrôle ne met ses questions en correspondance avec aucun autre cadre de référence.</translation>
    </message>
    <message>
        <source>Not queued yet</source>
        <translation>Pas encore en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Delivered · receipt %1</source>
        <translation>Remis · accusé de réception %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeté : %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Queued (tried %1×)</source>
        <translation>En attente d&apos;envoi (tenté %1 fois)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation>Révision %1 : %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sent to hub</source>
        <translation>Envoi au serveur central</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation>Indice global</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>%1 · %2 covered</source>
        <translation>%1 · couverture %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Remis le %1</translation>
    </message>
    <message>
        <source>no assessors named</source>
        <translation>aucun évaluateur indiqué</translation>
    </message>
    <message>
        <source>%1 — %2; assessors: %3</source>
        <translation>%1 — %2 ; évaluateurs : %3</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouvelle)</translation>
    </message>
    <message>
        <source> (changed: answer again)</source>
        <translation> (modifiée : répondez à nouveau)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1 : %2 questions sur %3 ont une réponse</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Non calculé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Auparavant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (brouillon)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Dispersion (écart-type)</translation>
    </message>
    <message>
        <source>Coverage %1</source>
        <translation>Couverture %1</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Self-assessments</source>
        <translation>Auto-évaluations</translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written, so assessments can be read but not changed. Answers you type are kept in the form and saved as soon as the folder can be written again.</source>
        <translation>Le dossier de données d&apos;Accord n&apos;est pas accessible en écriture : les évaluations peuvent être lues mais pas modifiées. Les réponses que vous saisissez restent dans le formulaire et sont enregistrées dès que le dossier est de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <source>The assessments could not be opened: %1</source>
        <translation>Les évaluations n&apos;ont pas pu être ouvertes : %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The assessments could not be listed: %1</source>
        <translation>Les évaluations n&apos;ont pas pu être listées : %1</translation>
    </message>
    <message>
        <source>The library is still loading.</source>
        <translation>La bibliothèque est encore en cours de chargement.</translation>
    </message>
    <message>
        <source>The draft cannot be moved: %1</source>
        <translation>Le brouillon ne peut pas être déplacé : %1</translation>
    </message>
    <message>
        <source>The draft could not be moved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être déplacé : %1</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>Some answers you typed are not saved yet: %1</source>
        <translation>Certaines réponses que vous avez saisies ne sont pas encore enregistrées : %1</translation>
    </message>
    <message>
        <source>Keep Accord open and save them once the cause is fixed, or quit and lose them.</source>
        <translation>Laissez Accord ouvert et enregistrez-les une fois la cause corrigée, ou quittez et perdez-les.</translation>
    </message>
    <message>
        <source>&amp;Keep Accord open</source>
        <translation>&amp;Laisser Accord ouvert</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Quitter sans enregistrer</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <source>Comparison with an earlier assessment</source>
        <translation>Comparaison avec une évaluation antérieure</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparer &amp;avec :</translation>
    </message>
    <message>
        <source>Earlier assessment to compare with</source>
        <translation>Évaluation antérieure avec laquelle comparer</translation>
    </message>
    <message>
        <source>There is no earlier assessment of this institution to compare with. Start one next year with the same institution name and country to see the change.</source>
        <translation>Il n&apos;existe aucune évaluation antérieure de cette institution avec laquelle comparer. Commencez-en une l&apos;année prochaine avec le même nom d&apos;institution et le même pays pour voir l&apos;évolution.</translation>
    </message>
    <message>
        <source>Change per component</source>
        <translation>Évolution par composante</translation>
    </message>
    <message>
        <source>Chart: now and earlier</source>
        <translation>Graphique : maintenant et auparavant</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <source>%1 — started %2, %3</source>
        <translation>%1 — commencée le %2, %3</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué : %1</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>Auparavant (%1)</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Auparavant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Mark the assessment complete</source>
        <translation>Marquer l&apos;évaluation comme terminée</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Why is it partial? The reason goes with the assessment to the coordinating body, which keeps partial assessments out of the national index.</source>
        <translation>Pourquoi est-elle partielle ? La raison accompagne l&apos;évaluation jusqu&apos;à l&apos;organisme de coordination, qui exclut les évaluations partielles de l&apos;indice national.</translation>
    </message>
    <message>
        <source>Reason for submitting as partial</source>
        <translation>Raison de l&apos;envoi comme évaluation partielle</translation>
    </message>
    <message>
        <source>For example: the data protection office did not take part.</source>
        <translation>Par exemple : le service de protection des données n&apos;a pas participé.</translation>
    </message>
    <message>
        <source>These questions are marked not applicable without a reason. Write in each one&apos;s note why it does not apply, or answer it, before completing.</source>
        <translation>Ces questions sont marquées sans objet sans raison. Indiquez dans la note de chacune pourquoi elle ne s&apos;applique pas, ou répondez-y, avant de terminer.</translation>
    </message>
    <message>
        <source>This assessment cannot be marked complete: every component needs at least %1 % of its questions answered to have a score, and these do not. Answer more of their questions, or submit the assessment as partial, with a reason.</source>
        <translation>Cette évaluation ne peut pas être marquée comme terminée : chaque composante doit avoir au moins %1&#xa0;% de ses questions avec une réponse pour obtenir un score, et celles-ci ne l&apos;ont pas. Répondez à davantage de leurs questions, ou envoyez l&apos;évaluation comme évaluation partielle, avec une raison.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) shown to you have no answer yet. They are listed below; an unanswered question does not count in the scores. Every component has enough answers for a score.</source>
        <translation>
            <numerusform>%n question qui vous est présentée n&apos;a pas encore de réponse. Elle est listée ci-dessous ; une question sans réponse ne compte pas dans les scores. Chaque composante a assez de réponses pour obtenir un score.</numerusform>
            <numerusform>%n questions qui vous sont présentées n&apos;ont pas encore de réponse. Elles sont listées ci-dessous ; une question sans réponse ne compte pas dans les scores. Chaque composante a assez de réponses pour obtenir un score.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question has an answer. Mark the assessment complete? You can still change answers later: a change starts a new revision, and this one is kept.</source>
        <translation>Toutes les questions ont une réponse. Marquer l&apos;évaluation comme terminée ? Vous pourrez encore modifier les réponses plus tard : une modification ouvre une nouvelle révision, et celle-ci est conservée.</translation>
    </message>
    <message>
        <source>%1: coverage %2</source>
        <translation>%1 : couverture %2</translation>
    </message>
    <message>
        <source>%1: every question marked not applicable</source>
        <translation>%1 : toutes les questions marquées sans objet</translation>
    </message>
    <message>
        <source>Questions still unanswered:</source>
        <translation>Questions encore sans réponse :</translation>
    </message>
    <message>
        <source>Go to the first one</source>
        <translation>Aller à la première</translation>
    </message>
    <message>
        <source>Go to the first unanswered</source>
        <translation>Aller à la première question sans réponse</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Submit as partial…</source>
        <translation>Envoyer comme évaluation partielle…</translation>
    </message>
    <message>
        <source>Submit as partial</source>
        <translation>Envoyer comme évaluation partielle</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the hub</source>
        <translation>Se connecter au serveur central</translation>
    </message>
    <message>
        <source>Ask the hub&apos;s operator for its address and a one-time code. This computer then sends each completed assessment to that hub, signed with its own key and sealed so only the hub can read it.</source>
        <translation>Demandez à l&apos;opérateur du serveur central son adresse et un code à usage unique. Cet ordinateur envoie ensuite chaque évaluation terminée à ce serveur central, signée avec sa propre clé et scellée pour que seul le serveur central puisse la lire.</translation>
    </message>
    <message>
        <source>Connected now to %1. Connecting again replaces that hub; assessments waiting to be sent are sealed for the new one.</source>
        <translation>Actuellement connecté à %1. Une nouvelle connexion remplace ce serveur central ; les évaluations en attente d&apos;envoi sont scellées pour le nouveau.</translation>
    </message>
    <message>
        <source>a hub (USB transfer only)</source>
        <translation>un serveur central (transfert par clé USB uniquement)</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du serveur central</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Name of this computer on the hub</source>
        <translation>Nom de cet ordinateur sur le serveur central</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du serveur central :</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Nom de cet ordinateur :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>Tester la connexion au serveur central</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The hub answered (%1). Enter the one-time code and connect.</source>
        <translation>Le serveur central a répondu (%1). Saisissez le code à usage unique et connectez-vous.</translation>
    </message>
    <message>
        <source>Enter the one-time code from the hub&apos;s operator.</source>
        <translation>Saisissez le code à usage unique fourni par l&apos;opérateur du serveur central.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected to the hub %1 (key %2).</source>
        <translation>Connecté au serveur central %1 (clé %2).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Accord cannot open its data folder. Check that the folder exists and that you may write in it, or choose another data folder.</source>
        <translation>Accord ne peut pas ouvrir son dossier de données. Vérifiez que le dossier existe et que vous pouvez y écrire, ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Accord. Install that version to open it; nothing was changed.</source>
        <translation>Vos données ont été enregistrées par une version plus récente d&apos;Accord. Installez cette version pour les ouvrir ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Accord&apos;s database is damaged. Restore the latest backup or start with an empty database; the damaged file is kept.</source>
        <translation>La base de données d&apos;Accord est endommagée. Restaurez la dernière sauvegarde ou commencez avec une base de données vide ; le fichier endommagé est conservé.</translation>
    </message>
    <message>
        <source>This document is not in the library. Search the library for it by its title.</source>
        <translation>Ce document ne se trouve pas dans la bibliothèque. Recherchez-le dans la bibliothèque par son titre.</translation>
    </message>
    <message>
        <source>This assessment is no longer in your data. Choose another one in the list.</source>
        <translation>Cette évaluation ne se trouve plus dans vos données. Choisissez-en une autre dans la liste.</translation>
    </message>
    <message>
        <source>Too few questions are answered to mark the assessment complete. Answer more questions, or submit it as partial with a reason.</source>
        <translation>Trop peu de questions ont une réponse pour marquer l&apos;évaluation comme terminée. Répondez à davantage de questions, ou envoyez-la comme évaluation partielle avec une raison.</translation>
    </message>
    <message>
        <source>“Not applicable” needs a reason. Write why the question does not apply.</source>
        <translation>«&#xa0;Sans objet&#xa0;» exige une raison. Indiquez pourquoi la question ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>Some questions are marked “Not applicable” without a reason. Write a reason for each of them.</source>
        <translation>Certaines questions sont marquées «&#xa0;Sans objet&#xa0;» sans raison. Indiquez une raison pour chacune d&apos;elles.</translation>
    </message>
    <message>
        <source>The PDF report cannot be made on this computer: Qt&apos;s PDF writer is missing.</source>
        <translation>Le rapport PDF ne peut pas être produit sur cet ordinateur : le module d&apos;écriture PDF de Qt est absent.</translation>
    </message>
    <message>
        <source>Another content pack is being installed. Wait until it is done.</source>
        <translation>Un autre paquet de contenus est en cours d&apos;installation. Attendez qu&apos;elle soit terminée.</translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match its contents: it was changed after it was signed. Ask the publisher for a new copy.</source>
        <translation>La signature du paquet ne correspond pas à son contenu : il a été modifié après sa signature. Demandez une nouvelle copie à l&apos;éditeur.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the network and the hub&apos;s address; your assessments stay queued.</source>
        <translation>Le serveur central est injoignable. Vérifiez le réseau et l&apos;adresse du serveur central ; vos évaluations restent en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet. Connect it to the hub first.</source>
        <translation>Cet ordinateur n&apos;est pas encore connecté à un serveur central. Connectez-le d&apos;abord au serveur central.</translation>
    </message>
    <message>
        <source>Details (in English): %1</source>
        <translation>Détails (en anglais) : %1</translation>
    </message>
</context>
<context>
    <name>FacetsModel</name>
    <message numerus="yes">
        <source>%1: %n result(s)</source>
        <translation>
            <numerusform>%1 : %n résultat</numerusform>
            <numerusform>%1 : %n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n result(s)</source>
        <translation>
            <numerusform>%1, %n résultat</numerusform>
            <numerusform>%1, %n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Text in this document</source>
        <translation>Texte dans ce document</translation>
    </message>
    <message>
        <source>Text to find in this document</source>
        <translation>Texte à rechercher dans ce document</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %n</source>
        <translation>
            <numerusform>Occurrences : %n</numerusform>
            <numerusform>Occurrences : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage; %1 is the number, write the sign as your language does</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a duration in seconds</comment>
        <translation>%1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <source>Open a web page?</source>
        <translation>Ouvrir une page web ?</translation>
    </message>
    <message>
        <source>This link leaves Accord and opens in your web browser:
%1</source>
        <translation>Ce lien quitte Accord et s&apos;ouvre dans votre navigateur web :
%1</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message numerus="yes">
        <source>Search is ready: %n document(s) indexed in %1.</source>
        <translation>
            <numerusform>La recherche est prête : %n document indexé en %1.</numerusform>
            <numerusform>La recherche est prête : %n documents indexés en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guide pratique</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Guides pratiques</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Document de référence</translation>
    </message>
    <message>
        <source>Ethical AI practices</source>
        <translation>Pratiques éthiques de l&apos;IA</translation>
    </message>
    <message>
        <source>Robustness and security</source>
        <translation>Robustesse et sécurité</translation>
    </message>
    <message>
        <source>Governance and regulatory compliance</source>
        <translation>Gouvernance et conformité réglementaire</translation>
    </message>
    <message>
        <source>Transparency and explainability</source>
        <translation>Transparence et explicabilité</translation>
    </message>
    <message>
        <source>Human–AI collaboration</source>
        <translation>Collaboration entre humains et IA</translation>
    </message>
    <message>
        <source>Societal and environmental impact</source>
        <translation>Impact sociétal et environnemental</translation>
    </message>
    <message>
        <source>Regulators</source>
        <translation>Régulateurs</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Agents publics</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Safety Index component</source>
        <translation>Composante de l&apos;indice de sécurité</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paquet de contenus</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the assessment</source>
        <translation>Langue de l&apos;évaluation</translation>
    </message>
    <message>
        <source>The language of the questions, the guidance and the PDF report. Answers count the same in every language, so results can be compared.</source>
        <translation>La langue des questions, des indications et du rapport PDF. Les réponses comptent de la même façon dans toutes les langues : les résultats restent comparables.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Use the language of this computer&apos;s settings</source>
        <translation>Utiliser la langue définie dans les paramètres de cet ordinateur</translation>
    </message>
    <message>
        <source>Show Accord in %1</source>
        <translation>Afficher Accord en %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>By Safety Index component</source>
        <translation>Par composante de l&apos;indice de sécurité</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Aucune composante</translation>
    </message>
    <message numerus="yes">
        <source>%1, documents: %n</source>
        <translation>
            <numerusform>%1, documents : %n</numerusform>
            <numerusform>%1, documents : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSearch</name>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation>Saisissez du texte pour rechercher dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The search index is being prepared; results will appear here.</source>
        <translation>L&apos;index de recherche est en cours de préparation ; les résultats apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Search the Library</source>
        <translation>Rechercher dans la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find in the document when it has the focus; otherwise search the library</source>
        <translation>Rechercher dans le document quand il a le focus ; sinon, rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>Start page (Alt+Home)</source>
        <translation>Page d&apos;accueil (Alt+Début)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Document</source>
        <translation>&amp;Ajouter un signet à ce document</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>Agrandir le texte (Ctrl+Plus)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Réduire le texte (Ctrl+Moins)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Enregistrer en PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>&amp;Fermer le document</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>B&amp;ookmarks</source>
        <translation>Si&amp;gnets</translation>
    </message>
    <message>
        <source>&amp;Recent Documents</source>
        <translation>Documents ré&amp;cents</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>&amp;Reload Library and Index</source>
        <translation>&amp;Recharger la bibliothèque et l&apos;index</translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation>&amp;Annuler l&apos;indexation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>À &amp;propos d&apos;Accord</translation>
    </message>
    <message>
        <source>&amp;Install Content Pack…</source>
        <translation>&amp;Installer un paquet de contenus…</translation>
    </message>
    <message>
        <source>Install a content pack (.accordpack) from a file or USB stick (Ctrl+O)</source>
        <translation>Installer un paquet de contenus (.accordpack) depuis un fichier ou une clé USB (Ctrl+O)</translation>
    </message>
    <message>
        <source>Content &amp;Packs…</source>
        <translation>Paquets de &amp;contenus…</translation>
    </message>
    <message>
        <source>Installed content packs: roll back, remove, export, trusted keys</source>
        <translation>Paquets de contenus installés : revenir à la version précédente, supprimer, exporter, clés de confiance</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send completed assessments to the hub now (F9)</source>
        <translation>Envoyer maintenant les évaluations terminées au serveur central (F9)</translation>
    </message>
    <message>
        <source>&amp;Connect to the Hub…</source>
        <translation>Se &amp;connecter au serveur central…</translation>
    </message>
    <message>
        <source>&amp;Network and Proxy…</source>
        <translation>&amp;Réseau et proxy…</translation>
    </message>
    <message>
        <source>&amp;Export for USB Transfer…</source>
        <translation>&amp;Exporter pour un transfert par clé USB…</translation>
    </message>
    <message>
        <source>Write every assessment not yet delivered to one file for a USB stick</source>
        <translation>Écrire dans un seul fichier, pour une clé USB, toutes les évaluations pas encore remises</translation>
    </message>
    <message>
        <source>&amp;Import Receipts…</source>
        <translation>&amp;Importer les accusés de réception…</translation>
    </message>
    <message>
        <source>Mark assessments delivered from the hub&apos;s receipts file</source>
        <translation>Marquer les évaluations comme remises d&apos;après le fichier d&apos;accusés de réception du serveur central</translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Start a self-assessment of an institution (Ctrl+N)</source>
        <translation>Commencer l&apos;auto-évaluation d&apos;une institution (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>The results of the assessment open or selected (Ctrl+R)</source>
        <translation>Les résultats de l&apos;évaluation ouverte ou sélectionnée (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Workshop View</source>
        <translation>&amp;Vue atelier</translation>
    </message>
    <message>
        <source>Compare the groups of a workshop side by side (Ctrl+Shift+W)</source>
        <translation>Comparer côte à côte les groupes d&apos;un atelier (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>&amp;Present the Workshop</source>
        <translation>&amp;Présenter l&apos;atelier</translation>
    </message>
    <message>
        <source>Full screen, large type for a projector; Esc leaves (F11)</source>
        <translation>Plein écran, grands caractères pour un projecteur ; Échap pour quitter (F11)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Show the folder with Accord&apos;s log files</source>
        <translation>Afficher le dossier contenant les fichiers journaux d&apos;Accord</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Navigation toolbar</source>
        <translation>Barre d&apos;outils de navigation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Library and bookmarks</source>
        <translation>Bibliothèque et signets</translation>
    </message>
    <message>
        <source>Sidebar tabs</source>
        <translation>Onglets de la barre latérale</translation>
    </message>
    <message>
        <source>Library: documents by type and by component</source>
        <translation>Bibliothèque : documents par type et par composante</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation>À propos d&apos;Accord</translation>
    </message>
    <message>
        <source>Accord %1 — the offline AI-governance library.
Library: %2
Data: %3</source>
        <translation>Accord %1 — la bibliothèque hors ligne sur la gouvernance de l&apos;IA.
Bibliothèque : %2
Données : %3</translation>
    </message>
    <message>
        <source>Accord&apos;s log files are in %1</source>
        <translation>Les fichiers journaux d&apos;Accord se trouvent dans %1</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Préparation de l&apos;index de recherche…</translation>
    </message>
    <message>
        <source>Search is ready.</source>
        <translation>La recherche est prête.</translation>
    </message>
    <message>
        <source>Search is unavailable: %1</source>
        <translation>La recherche n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>L&apos;indexation a été annulée.</translation>
    </message>
    <message>
        <source>Indexing was cancelled, so search is not available yet.</source>
        <translation>L&apos;indexation a été annulée : la recherche n&apos;est donc pas encore disponible.</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>Indexer maintenant</translation>
    </message>
    <message>
        <source>%1 could not be loaded, so it cannot be shown; fix the problem listed.</source>
        <translation>%1 n&apos;a pas pu être chargé et ne peut donc pas être affiché ; corrigez le problème indiqué.</translation>
    </message>
    <message>
        <source>%1 — Accord</source>
        <translation>%1 — Accord</translation>
    </message>
    <message>
        <source>Search: %1 — Accord</source>
        <translation>Recherche : %1 — Accord</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Drop one pack or one folder at a time; installing %1.</source>
        <translation>Déposez un seul paquet ou un seul dossier à la fois ; installation de %1.</translation>
    </message>
    <message>
        <source>Keep my data on this computer</source>
        <translation>Garder mes données sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keep my data on the stick</source>
        <translation>Garder mes données sur la clé</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>L&apos;impression a échoué : %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Le PDF n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Bookmarks are not available: the database is not open.</source>
        <translation>Les signets ne sont pas disponibles : la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Signet ajouté.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Signet supprimé.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Commencer avec une base de données vide</translation>
    </message>
    <message>
        <source>Until then, bookmarks and recent documents are not saved.</source>
        <translation>D&apos;ici là, les signets et les documents récents ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Chargement de la bibliothèque…</translation>
    </message>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation>La bibliothèque n&apos;a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents : %1</translation>
    </message>
    <message>
        <source>Library loaded.</source>
        <translation>Bibliothèque chargée.</translation>
    </message>
    <message>
        <source>Assessments are not available: %1</source>
        <translation>Les évaluations ne sont pas disponibles : %1</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>É&amp;valuations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Nombre de documents</translation>
    </message>
    <message>
        <source>Search index progress</source>
        <translation>Progression de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>Indexation : %v sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Annuler l&apos;indexation</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Afficher les problèmes</translation>
    </message>
    <message>
        <source>⚠ Problems: %1</source>
        <translation>⚠ Problèmes : %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <source>The assessments are still loading.</source>
        <translation>Les évaluations sont encore en cours de chargement.</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Move to checklist version %1</source>
        <translation>Passer à la version %1 de la liste de contrôle</translation>
    </message>
    <message>
        <source>Moving this draft from version %1 to version %2 carries %3 answers over by question. Nothing is deleted: the history keeps every earlier value.</source>
        <translation>Le passage de ce brouillon de la version %1 à la version %2 reporte %3 réponses, question par question. Rien n&apos;est supprimé : l&apos;historique conserve toutes les valeurs antérieures.</translation>
    </message>
    <message>
        <source>Questions removed in version %1 (answers kept and listed, no longer scored)</source>
        <translation>Questions supprimées dans la version %1 (réponses conservées et listées, plus prises en compte dans le score)</translation>
    </message>
    <message>
        <source>Answers the new scale does not accept (value cleared, note kept)</source>
        <translation>Réponses que la nouvelle échelle n&apos;accepte pas (valeur effacée, note conservée)</translation>
    </message>
    <message>
        <source>Questions changed under the same id (value cleared to answer again, note kept)</source>
        <translation>Questions modifiées sous le même identifiant (valeur effacée pour y répondre à nouveau, note conservée)</translation>
    </message>
    <message>
        <source>New questions (flagged “new” in the runner)</source>
        <translation>Nouvelles questions (signalées «&#xa0;nouvelle&#xa0;» dans le questionnaire)</translation>
    </message>
    <message>
        <source>&amp;Move to version %1</source>
        <translation>&amp;Passer à la version %1</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation>Conserver la version actuelle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>NaReasonDialog</name>
    <message>
        <source>Not applicable: %1</source>
        <translation>Sans objet : %1</translation>
    </message>
    <message>
        <source>Why does this question not apply to this institution? The reason is saved as the question&apos;s note and shown in the report. A weak answer is not a reason: answer it instead. Enter saves; Shift+Enter starts a new line.</source>
        <translation>Pourquoi cette question ne s&apos;applique-t-elle pas à cette institution ? La raison est enregistrée comme note de la question et figure dans le rapport. Une réponse faible n&apos;est pas une raison : répondez plutôt à la question. Entrée enregistre ; Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translation>Raison pour laquelle elle ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Marquer comme sans objet</translation>
    </message>
</context>
<context>
    <name>NameGroupsDialog</name>
    <message>
        <source>Name the groups</source>
        <translation>Nommer les groupes</translation>
    </message>
    <message>
        <source>Give each group a name the room will recognise, such as its table or its team. The names are shown in the workshop view and when presenting.</source>
        <translation>Donnez à chaque groupe un nom que la salle reconnaîtra, par exemple celui de sa table ou de son équipe. Les noms s&apos;affichent dans la vue atelier et pendant la présentation.</translation>
    </message>
    <message>
        <source>%1 — %2, started %3</source>
        <translation>%1 — %2, commencée le %3</translation>
    </message>
    <message>
        <source>Name of the group: %1</source>
        <translation>Nom du groupe : %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Notice message</source>
        <translation>Message d&apos;avis</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Level of the figure</source>
        <translation>Niveau du chiffre</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Where to find the figure</source>
        <translation>Où trouver le chiffre</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus c&apos;est élevé, mieux c&apos;est</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus c&apos;est bas, mieux c&apos;est</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Levels (%1): %2</source>
        <translation>Niveaux (%1) : %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Marked not applicable; type a figure to answer instead.</source>
        <translation>Marquée sans objet ; saisissez un chiffre pour répondre à la place.</translation>
    </message>
    <message>
        <source>Type the figure and press Enter.</source>
        <translation>Saisissez le chiffre et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Level %1 of %2 (%3)</source>
        <translation>Niveau %1 sur %2 (%3)</translation>
    </message>
</context>
<context>
    <name>OverallCard</name>
    <message>
        <source>Overall index</source>
        <translation>Indice global</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Why the overall index reads so</source>
        <translation>Pourquoi l&apos;indice global affiche cette valeur</translation>
    </message>
    <message>
        <source>Status and dates</source>
        <translation>État et dates</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Non calculé</translation>
    </message>
    <message>
        <source>Coverage: %1 % — %2 of %3 applicable questions answered or closed by an earlier answer. A score is shown from %4 % in each component.</source>
        <translation>Couverture : %1&#xa0;% — %2 questions applicables sur %3 ont une réponse ou sont fermées par une réponse antérieure. Un score est affiché à partir de %4&#xa0;% dans chaque composante.</translation>
    </message>
    <message>
        <source>No applicable question has an answer yet.</source>
        <translation>Aucune question applicable n&apos;a encore de réponse.</translation>
    </message>
    <message>
        <source>Every component the checklist covers has a score.</source>
        <translation>Chaque composante couverte par la liste de contrôle a un score.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) marked not applicable; the reasons are in the report.</source>
        <translation>
            <numerusform>%n question marquée sans objet ; les raisons figurent dans le rapport.</numerusform>
            <numerusform>%n questions marquées sans objet ; les raisons figurent dans le rapport.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown question(s) still unanswered.</source>
        <translation>
            <numerusform>%n question affichée encore sans réponse.</numerusform>
            <numerusform>%n questions affichées encore sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Commencée : %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Terminée : %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Dernière modification : %1</translation>
    </message>
    <message>
        <source>Assessors: %1</source>
        <translation>Évaluateurs : %1</translation>
    </message>
    <message>
        <source>Submitted as partial: %1</source>
        <translation>Envoyée comme évaluation partielle : %1</translation>
    </message>
</context>
<context>
    <name>PackInstall</name>
    <message>
        <source>New documents (%1)</source>
        <translation>Nouveaux documents (%1)</translation>
    </message>
    <message>
        <source>Updated documents (%1)</source>
        <translation>Documents mis à jour (%1)</translation>
    </message>
    <message>
        <source>Removed documents (%1)</source>
        <translation>Documents supprimés (%1)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>; if you trust this publisher, add their key under Trusted keys in File → Content packs.</source>
        <translation> ; si vous faites confiance à cet éditeur, ajoutez sa clé sous Clés de confiance dans Fichier → Paquets de contenus.</translation>
    </message>
    <message>
        <source>, or choose “Install anyway” to replace it</source>
        <translation>, ou choisissez «&#xa0;Installer quand même&#xa0;» pour le remplacer</translation>
    </message>
    <message>
        <source>, or choose “Install anyway” (the copy in the later pack is then hidden)</source>
        <translation>, ou choisissez «&#xa0;Installer quand même&#xa0;» (la copie du paquet le plus récent est alors masquée)</translation>
    </message>
    <message>
        <source> because you chose “Install anyway”</source>
        <translation> parce que vous avez choisi «&#xa0;Installer quand même&#xa0;»</translation>
    </message>
    <message>
        <source> Remove the pack or install another version.</source>
        <translation> Supprimez le paquet ou installez une autre version.</translation>
    </message>
    <message>
        <source> the publisher gave you</source>
        <translation> fourni par l&apos;éditeur</translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed.</source>
        <translation>Le paquet «&#xa0;%1&#xa0;» %2 a été installé.</translation>
    </message>
    <message>
        <source>The pack “%1” was updated from version %3 to %2.</source>
        <translation>Le paquet «&#xa0;%1&#xa0;» a été mis à jour de la version %3 à la version %2.</translation>
    </message>
    <message>
        <source>The pack “%1” was returned to the older version %2 (was %3).</source>
        <translation>Le paquet «&#xa0;%1&#xa0;» a été ramené à la version antérieure %2 (auparavant %3).</translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed again.</source>
        <translation>Le paquet «&#xa0;%1&#xa0;» %2 a été réinstallé.</translation>
    </message>
    <message>
        <source>The pack “%1” %2 is already installed; nothing changed.</source>
        <translation>Le paquet «&#xa0;%1&#xa0;» %2 est déjà installé ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The pack “%1” was rolled back from version %3 to %2.</source>
        <translation>Le paquet «&#xa0;%1&#xa0;» est revenu de la version %3 à la version %2.</translation>
    </message>
    <message>
        <source>The pack “%1” %3 was removed.</source>
        <translation>Le paquet «&#xa0;%1&#xa0;» %3 a été supprimé.</translation>
    </message>
    <message>
        <source>The pack “%1”: %2.</source>
        <translation>Le paquet «&#xa0;%1&#xa0;» : %2.</translation>
    </message>
    <message>
        <source>The library shows version %2 again.</source>
        <translation>La bibliothèque affiche de nouveau la version %2.</translation>
    </message>
    <message>
        <source>(A delta pack: only the changed documents travelled.)</source>
        <translation>(Paquet différentiel : seuls les documents modifiés ont été transmis.)</translation>
    </message>
    <message>
        <source>No document changed.</source>
        <translation>Aucun document n&apos;a changé.</translation>
    </message>
    <message>
        <source>Documents: %1 new, %2 updated, %3 removed.</source>
        <translation>Documents : %1 nouveaux, %2 mis à jour, %3 supprimés.</translation>
    </message>
    <message>
        <source>Copying the pack…</source>
        <translation>Copie du paquet…</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>Vérification de la signature et de chaque fichier…</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>Décompression…</translation>
    </message>
    <message>
        <source>Comparing with the installed version…</source>
        <translation>Comparaison avec la version installée…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Mise à jour de l&apos;index de recherche…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PackInstaller</name>
    <message>
        <source>Install content pack</source>
        <translation>Installer un paquet de contenus</translation>
    </message>
    <message>
        <source>Accord content packs (*.accordpack);;All files (*)</source>
        <translation>Paquets de contenus Accord (*.accordpack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A content pack is being installed; wait until it has finished.</source>
        <translation>Un paquet de contenus est en cours d&apos;installation ; attendez la fin de l&apos;installation.</translation>
    </message>
    <message>
        <source>Install an older version?</source>
        <translation>Installer une version antérieure ?</translation>
    </message>
    <message>
        <source>“%1” %2 is older than the installed version %3.</source>
        <translation>«&#xa0;%1&#xa0;» %2 est antérieur à la version installée %3.</translation>
    </message>
    <message>
        <source>Installing it would undo later corrections to the library. Install it only if you were asked to. You can return to version %1 with Roll back in File → Content packs….</source>
        <translation>L&apos;installer annulerait des corrections ultérieures de la bibliothèque. Ne l&apos;installez que si on vous l&apos;a demandé. Vous pourrez revenir à la version %1 avec «&#xa0;Revenir à la version précédente&#xa0;» dans Fichier → Paquets de contenus….</translation>
    </message>
    <message>
        <source>Install &amp;anyway</source>
        <translation>Installer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Install the older version anyway</source>
        <translation>Installer quand même la version antérieure</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not installed; the library is unchanged.</source>
        <translation>Non installé ; la bibliothèque est inchangée.</translation>
    </message>
    <message>
        <source>Installing content pack</source>
        <translation>Installation du paquet de contenus</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Installation de %1…</translation>
    </message>
    <message>
        <source>Cancelling the install…</source>
        <translation>Annulation de l&apos;installation…</translation>
    </message>
    <message>
        <source>No pack was installed.</source>
        <translation>Aucun paquet n&apos;a été installé.</translation>
    </message>
    <message>
        <source>There is no content pack (.accordpack) in this folder.</source>
        <translation>Ce dossier ne contient aucun paquet de contenus (.accordpack).</translation>
    </message>
    <message>
        <source>Nothing to install</source>
        <translation>Rien à installer</translation>
    </message>
    <message>
        <source>The install was cancelled; nothing was changed.</source>
        <translation>L&apos;installation a été annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>%1 n&apos;a pas été installé.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s&apos;est produite : %1</translation>
    </message>
    <message>
        <source>Content pack not installed</source>
        <translation>Paquet de contenus non installé</translation>
    </message>
    <message>
        <source>Your library was not changed.</source>
        <translation>Votre bibliothèque n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Installer quand même</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Content packs</source>
        <translation>Paquets de contenus</translation>
    </message>
    <message>
        <source>Content packs bring documents and checklists from the coordinating body. The library bundled with Accord is the core pack; other packs sit beside it, and an installed core pack replaces it. Every pack is checked (its signature and every file) before it is installed.</source>
        <translation>Les paquets de contenus apportent des documents et des listes de contrôle de l&apos;organisme de coordination. La bibliothèque fournie avec Accord constitue le paquet de base ; les autres paquets s&apos;y ajoutent, et un paquet de base installé la remplace. Chaque paquet est vérifié (sa signature et chacun de ses fichiers) avant d&apos;être installé.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Installed content packs</source>
        <translation>Paquets de contenus installés</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>&amp;Installer…</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>Installer un paquet de contenus</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Revenir à la version précédente</translation>
    </message>
    <message>
        <source>Roll back the selected pack to its previous version</source>
        <translation>Ramener le paquet sélectionné à sa version précédente</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected pack</source>
        <translation>Supprimer le paquet sélectionné</translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation>&amp;Exporter vers un dossier…</translation>
    </message>
    <message>
        <source>Copy the installed packs to a folder or USB stick</source>
        <translation>Copier les paquets installés dans un dossier ou sur une clé USB</translation>
    </message>
    <message>
        <source>&amp;Trusted keys…</source>
        <translation>Clés de &amp;confiance…</translation>
    </message>
    <message>
        <source>The publishers&apos; keys this computer trusts</source>
        <translation>Les clés d&apos;éditeurs auxquelles cet ordinateur fait confiance</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The packs could not be listed: %1</source>
        <translation>Les paquets n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>No earlier version is kept for this pack.</source>
        <translation>Aucune version antérieure n&apos;est conservée pour ce paquet.</translation>
    </message>
    <message>
        <source>Roll back a content pack</source>
        <translation>Revenir à la version précédente d&apos;un paquet de contenus</translation>
    </message>
    <message>
        <source>Return “%1” from version %2 to version %3?</source>
        <translation>Ramener «&#xa0;%1&#xa0;» de la version %2 à la version %3 ?</translation>
    </message>
    <message>
        <source>Version %1 is kept, so you can roll back again to return to it. Answers in assessments are never changed.</source>
        <translation>La version %1 est conservée : vous pourrez y revenir en répétant l&apos;opération. Les réponses des évaluations ne sont jamais modifiées.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n document(s) leave the library.</source>
        <translation>
            <numerusform>Son document quitte la bibliothèque.</numerusform>
            <numerusform>Ses %n documents quittent la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its documents leave the library.</source>
        <translation>Ses documents quittent la bibliothèque.</translation>
    </message>
    <message>
        <source>The library bundled with Accord is shown again.</source>
        <translation>La bibliothèque fournie avec Accord est de nouveau affichée.</translation>
    </message>
    <message>
        <source>Assessments keep their answers. To have the pack again, install its file.</source>
        <translation>Les évaluations conservent leurs réponses. Pour retrouver le paquet, installez de nouveau son fichier.</translation>
    </message>
    <message>
        <source>Remove a content pack</source>
        <translation>Supprimer un paquet de contenus</translation>
    </message>
    <message>
        <source>Remove “%1” %2?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» %2 ?</translation>
    </message>
    <message>
        <source>Rolling back “%1”…</source>
        <translation>Retour à la version précédente de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The installed library was not changed.</source>
        <translation>La bibliothèque installée n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Export content packs to a folder or USB stick</source>
        <translation>Exporter les paquets de contenus vers un dossier ou une clé USB</translation>
    </message>
    <message>
        <source>Copying the packs to %1…</source>
        <translation>Copie des paquets dans %1…</translation>
    </message>
    <message>
        <source>No installed packs to export (the bundled library comes with Accord).</source>
        <translation>Aucun paquet installé à exporter (la bibliothèque de base est fournie avec Accord).</translation>
    </message>
    <message>
        <source>Copied %1 pack file(s) to %2. On another computer choose File → Install content pack… and pick the files, or drop the folder on Accord&apos;s window.</source>
        <translation>%1 fichier(s) de paquet copié(s) dans %2. Sur un autre ordinateur, choisissez Fichier → Installer un paquet de contenus… et sélectionnez les fichiers, ou déposez le dossier sur la fenêtre d&apos;Accord.</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Identifiant de la clé</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Trusted because</source>
        <translation>Motif de confiance</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(aucun nom indiqué)</translation>
    </message>
    <message>
        <source>Shipped with Accord</source>
        <translation>Fournie avec Accord</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation>Ajoutée ici</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Not in use: an installed core pack replaces the bundled library.</source>
        <translation>Non utilisée : un paquet de base installé remplace la bibliothèque fournie.</translation>
    </message>
    <message>
        <source>Library bundled with Accord</source>
        <translation>Bibliothèque fournie avec Accord</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Fournie</translation>
    </message>
    <message>
        <source>Bundled (replaced)</source>
        <translation>Fournie (remplacée)</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Installé le %1</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n question(s) mapped</source>
        <translation>
            <numerusform>%n question mise en correspondance</numerusform>
            <numerusform>%n questions mises en correspondance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems in the library</source>
        <translation>Problèmes dans la bibliothèque</translation>
    </message>
    <message>
        <source>Problems: file, line and message</source>
        <translation>Problèmes : fichier, ligne et message</translation>
    </message>
    <message>
        <source>No problems: every file of the library was read without an error.</source>
        <translation>Aucun problème : tous les fichiers de la bibliothèque ont été lus sans erreur.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1 in %2, line %3: %4</source>
        <translation>%1 dans %2, ligne %3 : %4</translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <source>Network and proxy</source>
        <translation>Réseau et proxy</translation>
    </message>
    <message>
        <source>How Accord reaches the hub. Most offices need the system&apos;s settings.</source>
        <translation>La façon dont Accord joint le serveur central. La plupart des bureaux ont besoin des paramètres du système.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings (HTTPS_PROXY, NO_PROXY)</source>
        <translation>Utiliser les paramètres de proxy du &amp;système (HTTPS_PROXY, NO_PROXY)</translation>
    </message>
    <message>
        <source>Connect &amp;directly (no proxy)</source>
        <translation>Se connecter &amp;directement (sans proxy)</translation>
    </message>
    <message>
        <source>Use this &amp;proxy:</source>
        <translation>Utiliser ce &amp;proxy :</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Adresse du proxy</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>Tester la connexion au serveur central</translation>
    </message>
    <message>
        <source>Connect to a hub first.</source>
        <translation>Connectez-vous d&apos;abord à un serveur central.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the network settings</source>
        <translation>Enregistrer les paramètres réseau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The hub answered: the settings work.</source>
        <translation>Le serveur central a répondu : les paramètres fonctionnent.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texte de la question</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Keys for this question</source>
        <translation>Touches pour cette question</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>What evidence to give</source>
        <translation>Preuves à fournir</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Note sur les preuves</translation>
    </message>
    <message>
        <source>Type the evidence here: documents, dates, who adopted them. Saved as you type.</source>
        <translation>Saisissez les preuves ici : documents, dates, qui les a adoptés. Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Question number and section</source>
        <translation>Numéro de la question et section</translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation>Nouvelle dans cette version</translation>
    </message>
    <message>
        <source>New question in this checklist version</source>
        <translation>Nouvelle question dans cette version de la liste de contrôle</translation>
    </message>
    <message>
        <source>Changed in this version: answer again</source>
        <translation>Modifiée dans cette version : répondez à nouveau</translation>
    </message>
    <message>
        <source>This question changed in this checklist version; answer it again</source>
        <translation>Cette question a été modifiée dans cette version de la liste de contrôle ; répondez-y à nouveau</translation>
    </message>
    <message>
        <source>Type the figure and press Enter (a comma or a point for decimals). If it does not apply, Tab to “Not applicable”.</source>
        <translation>Saisissez le chiffre et appuyez sur Entrée (virgule ou point pour les décimales). Si la question ne s&apos;applique pas, allez avec Tab jusqu&apos;à «&#xa0;Sans objet&#xa0;».</translation>
    </message>
    <message>
        <source>Keys: 0–4 choose the level, N = not applicable, Delete clears.</source>
        <translation>Touches : 0–4 choisissent le niveau, N = sans objet, Suppr efface.</translation>
    </message>
    <message>
        <source>Keys: 1 = yes, 2 = partly, 3 = no, 0 or N = not applicable, Delete clears.</source>
        <translation>Touches : 1 = oui, 2 = partiellement, 3 = non, 0 ou N = sans objet, Suppr efface.</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Pourquoi elle ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>The reason this question does not apply; it is shown in the report.</source>
        <translation>La raison pour laquelle cette question ne s&apos;applique pas ; elle figure dans le rapport.</translation>
    </message>
    <message>
        <source>Note what supports your answer.</source>
        <translation>Notez ce qui étaye votre réponse.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
</context>
<context>
    <name>QuestionCounts</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 questions sur %2 ont une réponse</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 answered (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>%1 questions sur %2 ont une réponse (%n fermée par une réponse antérieure)</numerusform>
            <numerusform>%1 questions sur %2 ont une réponse (%n fermées par une réponse antérieure)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %2 (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>Question %1 sur %2 (%n fermée par une réponse antérieure)</numerusform>
            <numerusform>Question %1 sur %2 (%n fermées par une réponse antérieure)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n closed)</source>
        <translation>
            <numerusform>%1 sur %2 (%n fermée)</numerusform>
            <numerusform>%1 sur %2 (%n fermées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Sections and questions</source>
        <translation>Sections et questions</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <source>Governance and compliance</source>
        <translation>Gouvernance et conformité</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>aucun score</translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <source>Radar chart of the six component scores</source>
        <translation>Graphique radar des scores des six composantes</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Contents of this document</source>
        <translation>Sommaire de ce document</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Safety Index components</source>
        <translation>Composantes de l&apos;indice de sécurité</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>À propos de ce document</translation>
    </message>
    <message>
        <source>Other languages of this document</source>
        <translation>Autres langues de ce document</translation>
    </message>
    <message>
        <source>Bookmark this document</source>
        <translation>Ajouter un signet à ce document</translation>
    </message>
    <message>
        <source>“%1” is not in the library.</source>
        <translation>«&#xa0;%1&#xa0;» ne se trouve pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Could not show %1: %2</source>
        <translation>Impossible d&apos;afficher %1 : %2</translation>
    </message>
    <message>
        <source>%1 is shown as plain text: %2</source>
        <translation>%1 est affiché en texte brut : %2</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Public : %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>révisé le %1</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>Également en : %1</translation>
    </message>
    <message>
        <source>This link was not opened: only library pages and web addresses can be.</source>
        <translation>Ce lien n&apos;a pas été ouvert : seules les pages de la bibliothèque et les adresses web peuvent l&apos;être.</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Ouvrir un lien externe ?</translation>
    </message>
    <message>
        <source>Write an e-mail with your e-mail program?</source>
        <translation>Écrire un courriel avec votre messagerie ?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web ?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Outside link (asks first): %1</source>
        <translation>Lien externe (confirmation demandée) : %1</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Signet ajouté</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Ajouter un signet</translation>
    </message>
    <message>
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation>Supprimer le signet (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark (Ctrl+D)</source>
        <translation>Ajouter un signet (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
</context>
<context>
    <name>ReadingStore</name>
    <message>
        <source>Restored the backup %1. The damaged database was kept as %2.</source>
        <translation>La sauvegarde %1 a été restaurée. La base de données endommagée a été conservée sous le nom %2.</translation>
    </message>
    <message>
        <source>Started with an empty database. The damaged one was kept as %1.</source>
        <translation>Démarrage avec une base de données vide. L&apos;ancienne base endommagée a été conservée sous le nom %1.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not asked (closed by an earlier answer): counts 0</source>
        <translation>Non posée (fermée par une réponse antérieure) : compte pour 0</translation>
    </message>
    <message>
        <source>Not asked: the question it follows is not applicable</source>
        <translation>Non posée : la question dont elle dépend est sans objet</translation>
    </message>
    <message>
        <source>Not asked yet: the question it follows has no answer</source>
        <translation>Pas encore posée : la question dont elle dépend n&apos;a pas de réponse</translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation>Nouvelle dans cette version</translation>
    </message>
    <message>
        <source>Changed in this version: to answer again</source>
        <translation>Modifiée dans cette version : nouvelle réponse attendue</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>%1 of %2 shown questions answered</source>
        <translation>%1 des %2 questions affichées ont une réponse</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>Aucune raison indiquée.</translation>
    </message>
    <message>
        <source>This checklist version no longer has these questions. Their answers are kept for the record and no longer count in the scores.</source>
        <translation>Cette version de la liste de contrôle ne contient plus ces questions. Leurs réponses sont conservées pour mémoire et ne comptent plus dans les scores.</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Identifiant de la question</translation>
    </message>
    <message>
        <source>Assessment %1, revision %2. Checklist %3, version %4 (content hash %5). Generated by Accord %6 on %7.</source>
        <translation>Évaluation %1, révision %2. Liste de contrôle %3, version %4 (empreinte du contenu %5). Produit par Accord %6 le %7.</translation>
    </message>
    <message>
        <source>Readiness self-assessment report</source>
        <translation>Rapport d&apos;auto-évaluation de préparation</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Questions counted</source>
        <translation>Questions prises en compte</translation>
    </message>
    <message>
        <source>%1 of %2 applicable (%3 %)</source>
        <translation>%1 sur %2 applicables (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>OVERALL INDEX</source>
        <translation>INDICE GLOBAL</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Non calculé</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>sur 100</translation>
    </message>
    <message>
        <source>no overall index</source>
        <translation>aucun indice global</translation>
    </message>
    <message>
        <source>coverage %1 %</source>
        <translation>couverture %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 components with a score</source>
        <translation>%1 composantes sur %2 ont un score</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>aucun score</translation>
    </message>
    <message>
        <source>Submitted as partial: %1 A partial assessment is kept by the coordinating body but does not count in the national index.</source>
        <translation>Envoyée comme évaluation partielle : %1 Une évaluation partielle est conservée par l&apos;organisme de coordination, mais ne compte pas dans l&apos;indice national.</translation>
    </message>
    <message>
        <source>The six components are those of the proposed Global AI Safety Index. Each score runs from 0 to 100, with its coverage beside it (the share of applicable questions answered, or closed by an earlier answer). Below the minimum coverage a component has no score, never a zero, and the overall index is computed only when every component has one. The scores, the results by framework, the gaps with the playbooks that help, and every answer with its evidence follow.</source>
        <translation>Les six composantes sont celles de l&apos;indice mondial de sécurité de l&apos;IA proposé. Chaque score va de 0 à 100, avec sa couverture à côté (la part des questions applicables qui ont une réponse ou qui sont fermées par une réponse antérieure). En dessous de la couverture minimale, une composante n&apos;a pas de score, jamais un zéro, et l&apos;indice global n&apos;est calculé que si chaque composante en a un. Suivent les scores, les résultats par cadre de référence, les lacunes avec les guides pratiques qui aident, et chaque réponse avec ses preuves.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3 by Accord</source>
        <translation>%1 · %2 · produit le %3 par Accord</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Readiness self-assessment — %1</source>
        <translation>Auto-évaluation de préparation — %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Scores run from 0 to 100: yes = 1, partly = ½, no = 0, a maturity level n = n/4, a figure its band&apos;s level n/4, weighted by each question&apos;s weight. A question closed by an earlier answer (asked only after a better one) counts 0; a question marked not applicable, with its reason, does not count. Coverage is the share of applicable questions answered or closed. Below the minimum coverage of %1 % a component has no score; the overall index is the mean of the component scores, computed only when every component has one.</source>
        <translation>Les scores vont de 0 à 100 : oui = 1, partiellement = ½, non = 0, un niveau de maturité n = n/4, un chiffre = le niveau n de sa tranche, divisé par 4 ; chaque question est pondérée par son poids. Une question fermée par une réponse antérieure (posée seulement après une meilleure réponse) compte pour 0 ; une question marquée sans objet, avec sa raison, ne compte pas. La couverture est la part des questions applicables qui ont une réponse ou qui sont fermées. En dessous de la couverture minimale de %1&#xa0;%, une composante n&apos;a pas de score ; l&apos;indice global est la moyenne des scores des composantes, calculée seulement si chaque composante en a un.</translation>
    </message>
    <message>
        <source>Submitted as partial: %1. The coordinating body keeps partial assessments out of the national index.</source>
        <translation>Envoyée comme évaluation partielle : %1. L&apos;organisme de coordination exclut les évaluations partielles de l&apos;indice national.</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>Résultats par cadre de référence</translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component.</source>
        <translation>Les mêmes réponses lues selon d&apos;autres cadres de référence. Chaque partie prend en compte les questions mises en correspondance avec elle, selon les mêmes règles qu&apos;une composante.</translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation>Cette liste de contrôle ne met ses questions en correspondance avec aucun autre cadre de référence.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation>Indice global</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Auparavant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Compared with the assessment of %1 started on %2 (%3).</source>
        <translation>Comparée à l&apos;évaluation de %1 commencée le %2 (%3).</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation>Lacunes et ce qui peut aider</translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first, with the guidance and the library documents that help close each gap.</source>
        <translation>Les questions ayant reçu les réponses les plus faibles, du score le plus bas et du poids le plus élevé d&apos;abord, avec les indications et les documents de la bibliothèque qui aident à combler chaque lacune.</translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation>Aucune lacune : toutes les questions ayant une réponse obtiennent la note maximale.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guide pratique</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Document de référence</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Aucun score</translation>
    </message>
    <message>
        <source>Submitted as partial</source>
        <translation>Envoyée comme évaluation partielle</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation>Niveau %1 sur 4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (niveau %2 sur %3)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Gaps, weakest first</source>
        <translation>Lacunes, réponses les plus faibles d&apos;abord</translation>
    </message>
    <message>
        <source>Guidance for the chosen gap</source>
        <translation>Indications pour la lacune choisie</translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation>Aucune lacune : toutes les questions ayant une réponse obtiennent la note maximale.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Ce qui peut aider</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>Résultats de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Scores by component</source>
        <translation>Scores par composante</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>Résultats par cadre de référence</translation>
    </message>
    <message>
        <source>Marked not applicable, with the reasons</source>
        <translation>Marquées sans objet, avec les raisons</translation>
    </message>
    <message>
        <source>Questions marked not applicable</source>
        <translation>Questions marquées sans objet</translation>
    </message>
    <message>
        <source>Change since an earlier assessment</source>
        <translation>Évolution depuis une évaluation antérieure</translation>
    </message>
    <message>
        <source>Answers kept from removed questions</source>
        <translation>Réponses conservées de questions supprimées</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Results of</source>
        <translation>Résultats de</translation>
    </message>
    <message>
        <source>← &amp;Questions</source>
        <translation>← &amp;Questions</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Revenir aux questions</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>C&amp;SV…</source>
        <translation>C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the answers as CSV</source>
        <translation>Exporter les réponses en CSV</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Export the answers as JSON</source>
        <translation>Exporter les réponses en JSON</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Revenir à la liste des évaluations</translation>
    </message>
    <message>
        <source>Checklist, country and status</source>
        <translation>Liste de contrôle, pays et état</translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation>Lacunes et ce qui peut aider</translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first. Choose one to read its guidance and the playbooks and standards that help.</source>
        <translation>Les questions ayant reçu les réponses les plus faibles, du score le plus bas et du poids le plus élevé d&apos;abord. Choisissez-en une pour lire ses indications ainsi que les guides pratiques et les normes qui aident.</translation>
    </message>
    <message>
        <source>The results could not be gathered: %1</source>
        <translation>Les résultats n&apos;ont pas pu être rassemblés : %1</translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation>Résultats — %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · %4</source>
        <translation>%1 · version %2 · %3 · %4</translation>
    </message>
    <message>
        <source>These answers belong to questions the current checklist version no longer has. They are kept and listed, but do not count:</source>
        <translation>Ces réponses appartiennent à des questions que la version actuelle de la liste de contrôle ne contient plus. Elles sont conservées et listées, mais ne comptent pas :</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Saved %1 (%2 s).</source>
        <translation>%1 enregistré (%2&#xa0;s).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>L&apos;impression a échoué : %1</translation>
    </message>
</context>
<context>
    <name>RunnerHeader</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>&amp;Réessayer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Réessayer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>Résul&amp;tats</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <source>&amp;Mark complete…</source>
        <translation>&amp;Marquer comme terminée…</translation>
    </message>
    <message>
        <source>Mark the assessment complete</source>
        <translation>Marquer l&apos;évaluation comme terminée</translation>
    </message>
    <message>
        <source>Mark complete (Ctrl+Enter)</source>
        <translation>Marquer comme terminée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the assessment</source>
        <translation>Fermer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Checklist and country</source>
        <translation>Liste de contrôle et pays</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Questions ayant une réponse</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · assessors: %4</source>
        <translation>%1 · version %2 · %3 · évaluateurs : %4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucun nom indiqué</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Enregistré ✓</translation>
    </message>
    <message>
        <source>Not saved — kept here</source>
        <translation>Non enregistré — conservé ici</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <source>%1 · Section %2 of %3: %4 · %5</source>
        <translation>%1 · Section %2 sur %3 : %4 · %5</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Indications</translation>
    </message>
    <message>
        <source>Guidance for this question</source>
        <translation>Indications pour cette question</translation>
    </message>
    <message>
        <source>Guidance · %1</source>
        <translation>Indications · %1</translation>
    </message>
    <message>
        <source>This question has no guidance.</source>
        <translation>Cette question n&apos;a pas d&apos;indications.</translation>
    </message>
    <message>
        <source>Assessment questions</source>
        <translation>Questions de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>The assessment could not be opened</source>
        <translation>L&apos;évaluation n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>Review and move…</source>
        <translation>Examiner et changer de version…</translation>
    </message>
    <message>
        <source>Try saving now</source>
        <translation>Essayer d&apos;enregistrer maintenant</translation>
    </message>
    <message>
        <source>Every question shown has an answer.</source>
        <translation>Toutes les questions affichées ont une réponse.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Saved: everything you typed is on disk now.</source>
        <translation>Enregistré : tout ce que vous avez saisi se trouve maintenant sur le disque.</translation>
    </message>
    <message>
        <source>Submitted as partial, revision %1.</source>
        <translation>Envoyée comme évaluation partielle, révision %1.</translation>
    </message>
    <message>
        <source>Marked complete as revision %1.</source>
        <translation>Marquée comme terminée (révision %1).</translation>
    </message>
    <message>
        <source>Cannot mark complete while answers are not saved. %1</source>
        <translation>Impossible de marquer comme terminée tant que des réponses ne sont pas enregistrées. %1</translation>
    </message>
    <message>
        <source>Could not mark the assessment complete: %1</source>
        <translation>L&apos;évaluation n&apos;a pas pu être marquée comme terminée : %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Yes / Partly / No</source>
        <translation>Oui / Partiellement / Non</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Niveau de maturité</translation>
    </message>
    <message>
        <source>Not applicable (N on maturity questions)</source>
        <translation>Sans objet (N sur les questions de maturité)</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <source>Evidence note (Esc: back to the answers)</source>
        <translation>Note de preuves (Échap : retour aux réponses)</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>List of questions (Esc closes it)</source>
        <translation>Liste des questions (Échap la ferme)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>répondre</translation>
    </message>
    <message>
        <source>next</source>
        <translation>suivante</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>précédente</translation>
    </message>
    <message>
        <source>first unanswered</source>
        <translation>première sans réponse</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>Previous question (Page Up)</source>
        <translation>Question précédente (Pg préc.)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Next question (Page Down)</source>
        <translation>Question suivante (Pg suiv.)</translation>
    </message>
    <message>
        <source>First &amp;unanswered</source>
        <translation>&amp;Première sans réponse</translation>
    </message>
    <message>
        <source>First unanswered question</source>
        <translation>Première question sans réponse</translation>
    </message>
    <message>
        <source>First unanswered question (Ctrl+U)</source>
        <translation>Première question sans réponse (Ctrl+U)</translation>
    </message>
    <message>
        <source>☰ &amp;Questions</source>
        <translation>☰ &amp;Questions</translation>
    </message>
    <message>
        <source>List of questions</source>
        <translation>Liste des questions</translation>
    </message>
    <message>
        <source>The list of questions (Ctrl+L)</source>
        <translation>La liste des questions (Ctrl+L)</translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written just now, so answers cannot be saved. What you type stays in this form and is saved as soon as the folder can be written again.</source>
        <translation>Le dossier de données d&apos;Accord n&apos;est pas accessible en écriture pour le moment : les réponses ne peuvent pas être enregistrées. Ce que vous saisissez reste dans ce formulaire et sera enregistré dès que le dossier sera de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <source>The checklist “%1” fails validation, so this assessment opens read-only: you can read its answers and results but not change them until the checklist is fixed. %2</source>
        <translation>La liste de contrôle «&#xa0;%1&#xa0;» échoue à la validation : cette évaluation s&apos;ouvre donc en lecture seule. Vous pouvez lire ses réponses et ses résultats, mais pas les modifier tant que la liste de contrôle n&apos;est pas corrigée. %2</translation>
    </message>
    <message>
        <source>Version %1 of this checklist is installed; this draft uses version %2. You can move it: answers are carried by question, removed questions are listed, new ones are flagged.</source>
        <translation>La version %1 de cette liste de contrôle est installée ; ce brouillon utilise la version %2. Vous pouvez le faire passer à la nouvelle version : les réponses sont reportées question par question, les questions supprimées sont listées et les nouvelles sont signalées.</translation>
    </message>
    <message>
        <source>This assessment was marked complete on %1 (revision %2). Changing an answer starts revision %3; revision %2 stays as it was.</source>
        <translation>Cette évaluation a été marquée comme terminée le %1 (révision %2). Modifier une réponse ouvre la révision %3 ; la révision %2 reste inchangée.</translation>
    </message>
    <message>
        <source>Moved to version %1: %2 new questions are flagged “new”.</source>
        <translation>Passage à la version %1 effectué : %2 nouvelles questions sont signalées «&#xa0;nouvelle&#xa0;».</translation>
    </message>
    <message>
        <source>%1 answers belong to questions this version removed: they are kept and listed in the report, but no longer count.</source>
        <translation>%1 réponses appartiennent à des questions supprimées dans cette version : elles sont conservées et listées dans le rapport, mais ne comptent plus.</translation>
    </message>
    <message>
        <source>%1 questions changed under the same id: answer them again (flagged “changed”; the earlier answer is in the history).</source>
        <translation>%1 questions ont été modifiées sous le même identifiant : répondez-y à nouveau (signalées «&#xa0;modifiée&#xa0;» ; la réponse antérieure figure dans l&apos;historique).</translation>
    </message>
    <message>
        <source>You changed a completed assessment, so it is a draft again as revision %1. The completed revision %2 is kept as it was; mark this one complete when you are done.</source>
        <translation>Vous avez modifié une évaluation terminée : elle redevient un brouillon, en révision %1. La révision terminée %2 est conservée telle quelle ; marquez celle-ci comme terminée lorsque vous aurez fini.</translation>
    </message>
    <message>
        <source>Your answers are not saved yet. %1 What you typed stays here and is saved automatically as soon as possible.</source>
        <translation>Vos réponses ne sont pas encore enregistrées. %1 Ce que vous avez saisi reste ici et sera enregistré automatiquement dès que possible.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the library  (Ctrl+K)</source>
        <translation>Rechercher dans la bibliothèque  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Results appear as you type; press Down to move to them.</source>
        <translation>Les résultats s&apos;affichent au fil de la saisie ; appuyez sur la flèche Bas pour y accéder.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation>Saisissez du texte pour rechercher dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Vouliez-vous dire</translation>
    </message>
    <message>
        <source>Search notice</source>
        <translation>Avis de recherche</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Filters: check a value to narrow the results</source>
        <translation>Filtres : cochez une valeur pour affiner les résultats</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, use fewer words, or clear the filters.</source>
        <translation>Aucune correspondance. Vérifiez l&apos;orthographe, utilisez moins de mots ou effacez les filtres.</translation>
    </message>
    <message numerus="yes">
        <source>No document has all the words of “%2”. %n document(s) have some of them or a related meaning:</source>
        <translation>
            <numerusform>Aucun document ne contient tous les mots de «&#xa0;%2&#xa0;». %n document contient certains d&apos;entre eux ou un sens proche :</numerusform>
            <numerusform>Aucun document ne contient tous les mots de «&#xa0;%2&#xa0;». %n documents contiennent certains d&apos;entre eux ou un sens proche :</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for “%2”: %1</source>
        <translation>Résultats pour «&#xa0;%2&#xa0;» : %1</translation>
    </message>
    <message>
        <source>(showing the first %1)</source>
        <translation>(affichage des %1 premiers)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>0 or N</source>
        <translation>0 ou N</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Pg suiv.</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Pg préc.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inser</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flèche gauche</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Flèche droite</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Flèche haut</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flèche bas</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Answering questions</source>
        <translation>Répondre aux questions</translation>
    </message>
    <message>
        <source>Workshop view</source>
        <translation>Vue atelier</translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation>Basculer entre le tableau et le graphique</translation>
    </message>
    <message>
        <source>Rename the group selected</source>
        <translation>Renommer le groupe sélectionné</translation>
    </message>
    <message>
        <source>Page Down or Page Up</source>
        <translation>Pg suiv. ou Pg préc.</translation>
    </message>
    <message>
        <source>Presenting: the next or previous groups</source>
        <translation>Présentation : groupes suivants ou précédents</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Arrêter la présentation</translation>
    </message>
    <message>
        <source>Lists and dialogs</source>
        <translation>Listes et boîtes de dialogue</translation>
    </message>
    <message>
        <source>Open the row selected (a document, an assessment)</source>
        <translation>Ouvrir la ligne sélectionnée (un document, une évaluation)</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab ou Maj+Tab</translation>
    </message>
    <message>
        <source>The next or previous part of the window</source>
        <translation>La partie suivante ou précédente de la fenêtre</translation>
    </message>
    <message>
        <source>Close a dialog; in the search box, clear it</source>
        <translation>Fermer une boîte de dialogue ; dans la zone de recherche, l&apos;effacer</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>Tous les raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start a self-assessment</source>
        <translation>Commencer une auto-évaluation</translation>
    </message>
    <message>
        <source>Answer a checklist for one institution. Answers are saved as you type; you can stop at any time and continue later.</source>
        <translation>Répondez à une liste de contrôle pour une institution. Les réponses sont enregistrées au fil de la saisie ; vous pouvez vous arrêter à tout moment et reprendre plus tard.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Liste de contrôle :</translation>
    </message>
    <message>
        <source>Checklists that cannot be started</source>
        <translation>Listes de contrôle qui ne peuvent pas être commencées</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>e.g. Ministry of Information and Communications</source>
        <translation>p. ex. Ministère de l&apos;Information et de la Communication</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>É&amp;valuateurs :</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type a name or a two-letter code, e.g. Kenya or KE</source>
        <translation>Saisissez un nom ou un code à deux lettres, p. ex. Kenya ou KE</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Country chosen</source>
        <translation>Pays choisi</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>These checklists fail validation and cannot be started until fixed:</source>
        <translation>Ces listes de contrôle échouent à la validation et ne peuvent pas être commencées tant qu&apos;elles ne sont pas corrigées :</translation>
    </message>
    <message>
        <source>Choose a checklist that can be started.</source>
        <translation>Choisissez une liste de contrôle qui peut être commencée.</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;institution.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <source>Choose the country from the list or type its two-letter code.</source>
        <translation>Choisissez le pays dans la liste ou saisissez son code à deux lettres.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation>L&apos;état de la synchronisation n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>Sending completed assessments to the hub…</source>
        <translation>Envoi des évaluations terminées au serveur central…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status; press to sync now</source>
        <translation>État de la synchronisation ; appuyez pour synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v sur %m envoyées</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <source>Stop sending; what is left stays queued</source>
        <translation>Arrêter l&apos;envoi ; ce qui reste demeure en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Hub not reachable; next try in %1 s</source>
        <translation>Serveur central injoignable ; prochaine tentative dans %1&#xa0;s</translation>
    </message>
    <message>
        <source>%1
Press to try again now.</source>
        <translation>%1
Appuyez pour réessayer maintenant.</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>Envoi de %1 sur %2…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync: not connected</source>
        <translation>Synchronisation : non connecté</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation : %1</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Serveur central : %1</translation>
    </message>
    <message>
        <source>USB transfer only</source>
        <translation>Transfert par clé USB uniquement</translation>
    </message>
    <message>
        <source>Not connected to a hub: Sync → Connect to the hub…</source>
        <translation>Non connecté à un serveur central : Synchronisation → Se connecter au serveur central…</translation>
    </message>
    <message>
        <source>Waiting: %1 · delivered: %2 · rejected: %3</source>
        <translation>En attente : %1 · remis : %2 · rejetés : %3</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>Dernière synchronisation le %1 : %2</translation>
    </message>
    <message>
        <source>Press to sync now (F9).</source>
        <translation>Appuyez pour synchroniser maintenant (F9).</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Not sent: this computer is not connected to a hub (Sync → Connect to the hub…).</source>
        <translation>Non envoyé : cet ordinateur n&apos;est pas connecté à un serveur central (Synchronisation → Se connecter au serveur central…).</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation arrêtée : %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 delivered, %2 rejected, %3 still to send.</source>
        <translation>Synchronisation terminée : %1 remis, %2 rejetés, %3 encore à envoyer.</translation>
    </message>
    <message>
        <source>Sync stopped: %1 delivered; %2 still to send (they stay queued).</source>
        <translation>Synchronisation arrêtée : %1 remis ; %2 encore à envoyer (ils restent en attente d&apos;envoi).</translation>
    </message>
    <message>
        <source>Accord is closing.</source>
        <translation>Accord est en cours de fermeture.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Write the hub&apos;s address as http://host:port, for example http://10.0.0.5:8470.</source>
        <translation>Écrivez l&apos;adresse du serveur central sous la forme http://hôte:port, par exemple http://10.0.0.5:8470.</translation>
    </message>
    <message>
        <source>The port in the hub&apos;s address is not a number between 1 and 65535.</source>
        <translation>Le port indiqué dans l&apos;adresse du serveur central n&apos;est pas un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 remis</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rejetés</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>rien à envoyer</translation>
    </message>
    <message>
        <source>Connect this computer to the hub first; then it sends by itself.</source>
        <translation>Connectez d&apos;abord cet ordinateur au serveur central ; il enverra ensuite de lui-même.</translation>
    </message>
    <message>
        <source>Export for USB transfer</source>
        <translation>Exporter pour un transfert par clé USB</translation>
    </message>
    <message>
        <source>Accord transfer files (*.json)</source>
        <translation>Fichiers de transfert Accord (*.json)</translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet, so nothing can be sealed for it. Connect first (Sync → Connect to the hub…).</source>
        <translation>Cet ordinateur n&apos;est pas encore connecté à un serveur central : rien ne peut donc être scellé pour lui. Connectez-vous d&apos;abord (Synchronisation → Se connecter au serveur central…).</translation>
    </message>
    <message>
        <source>Wrote %1 submission(s) to %2. Give the file to the hub&apos;s operator. They stay “waiting” here until the hub&apos;s receipts come back: import them with Sync → Import receipts….</source>
        <translation>%1 envoi(s) écrit(s) dans %2. Remettez le fichier à l&apos;opérateur du serveur central. Ils restent «&#xa0;en attente&#xa0;» ici jusqu&apos;au retour des accusés de réception du serveur central : importez-les avec Synchronisation → Importer les accusés de réception….</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>Importer les accusés de réception</translation>
    </message>
    <message>
        <source>Receipts files (*.json);;All files (*)</source>
        <translation>Fichiers d&apos;accusés de réception (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 submission(s) marked delivered.</source>
        <translation>%1 envoi(s) marqué(s) comme remis.</translation>
    </message>
    <message>
        <source>The receipts were not imported: %1</source>
        <translation>Les accusés de réception n&apos;ont pas été importés : %1</translation>
    </message>
</context>
<context>
    <name>TocModel</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <source>Accord installs only packs signed with one of these keys. The coordinating body&apos;s key ships with Accord; add another publisher&apos;s key only if you received it from them in person or over a channel you trust.</source>
        <translation>Accord n&apos;installe que les paquets signés avec l&apos;une de ces clés. La clé de l&apos;organisme de coordination est fournie avec Accord ; n&apos;ajoutez la clé d&apos;un autre éditeur que si vous l&apos;avez reçue de lui en personne ou par un canal de confiance.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Ajouter une clé…</translation>
    </message>
    <message>
        <source>Add a publisher&apos;s key</source>
        <translation>Ajouter la clé d&apos;un éditeur</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Stop trusting the selected key</source>
        <translation>Ne plus faire confiance à la clé sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>aucun nom indiqué</translation>
    </message>
    <message>
        <source>Trust a new publisher?</source>
        <translation>Faire confiance à un nouvel éditeur ?</translation>
    </message>
    <message>
        <source>Trust the key %1 (%2)?</source>
        <translation>Faire confiance à la clé %1 (%2) ?</translation>
    </message>
    <message>
        <source>Warning: packs signed with this key will then install on this computer exactly like the coordinating body&apos;s own, and can change what every user of this computer reads and the checklists they answer. Add it only if you received it from the publisher in person or over a channel you trust, and compare the key id with theirs.</source>
        <translation>Attention : les paquets signés avec cette clé s&apos;installeront alors sur cet ordinateur exactement comme ceux de l&apos;organisme de coordination, et pourront modifier ce que lit chaque utilisateur de cet ordinateur ainsi que les listes de contrôle auxquelles il répond. Ne l&apos;ajoutez que si vous l&apos;avez reçue de l&apos;éditeur en personne ou par un canal de confiance, et comparez l&apos;identifiant de la clé avec le sien.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Faire confiance à cette clé</translation>
    </message>
    <message>
        <source>Key %1 is now trusted.</source>
        <translation>La clé %1 est désormais de confiance.</translation>
    </message>
    <message>
        <source>Key %1 is no longer trusted.</source>
        <translation>La clé %1 n&apos;est plus de confiance.</translation>
    </message>
    <message>
        <source>Stop trusting a key?</source>
        <translation>Ne plus faire confiance à une clé ?</translation>
    </message>
    <message>
        <source>Stop trusting the key %1 (%2)?</source>
        <translation>Ne plus faire confiance à la clé %1 (%2) ?</translation>
    </message>
    <message>
        <source>Packs already installed stay; new packs signed with this key will be refused.</source>
        <translation>Les paquets déjà installés restent ; les nouveaux paquets signés avec cette clé seront refusés.</translation>
    </message>
    <message>
        <source>&amp;Stop trusting</source>
        <translation>&amp;Ne plus faire confiance</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start page</source>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>The AI-governance library: standards, playbooks and checklists, offline.</source>
        <translation>La bibliothèque sur la gouvernance de l&apos;IA : normes, guides pratiques et listes de contrôle, hors ligne.</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Chargement de la bibliothèque…</translation>
    </message>
    <message>
        <source>Library summary</source>
        <translation>Résumé de la bibliothèque</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
    <message>
        <source>Documents you open appear here.</source>
        <translation>Les documents que vous ouvrez apparaissent ici.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Press Ctrl+D in a document to bookmark it.</source>
        <translation>Appuyez sur Ctrl+D dans un document pour y ajouter un signet.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the document (search elsewhere)</source>
        <translation>Rechercher dans le document (ailleurs, dans la bibliothèque)</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Gauche / Alt+Droite</translation>
    </message>
    <message>
        <source>Back / forward</source>
        <translation>Précédent / suivant</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Bookmark the document</source>
        <translation>Ajouter un signet au document</translation>
    </message>
    <message>
        <source>Ctrl+Plus / Ctrl+Minus / Ctrl+0</source>
        <translation>Ctrl+Plus / Ctrl+Moins / Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom in / out / reset</source>
        <translation>Zoom avant / arrière / taille normale</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+Shift+S</source>
        <translation>Ctrl+P / Ctrl+Maj+S</translation>
    </message>
    <message>
        <source>Print / save as PDF</source>
        <translation>Imprimer / enregistrer en PDF</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>All keyboard shortcuts</source>
        <translation>Tous les raccourcis clavier</translation>
    </message>
    <message>
        <source>Documents in the library: %1</source>
        <translation>Documents dans la bibliothèque : %1</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>La bibliothèque est vide.</translation>
    </message>
    <message>
        <source>%1: %2, browse them</source>
        <translation>%1 : %2, parcourez-les</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>What changed in the library</source>
        <translation>Ce qui a changé dans la bibliothèque</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Rien n&apos;a été installé.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Documents added, updated and removed</source>
        <translation>Documents ajoutés, mis à jour et supprimés</translation>
    </message>
    <message>
        <source>Checklists: what this means for open drafts</source>
        <translation>Listes de contrôle : ce que cela signifie pour les brouillons en cours</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Non installé : %1</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Ouvrir le document sélectionné</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>version %1 → %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message>
        <source>Workshop view</source>
        <translation>Vue atelier</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>&amp;Liste de contrôle :</translation>
    </message>
    <message>
        <source>Checklist of the workshop</source>
        <translation>Liste de contrôle de l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Name the groups…</source>
        <translation>&amp;Nommer les groupes…</translation>
    </message>
    <message>
        <source>Name the groups of the workshop</source>
        <translation>Nommer les groupes de l&apos;atelier</translation>
    </message>
    <message>
        <source>Groups shown</source>
        <translation>Groupes affichés</translation>
    </message>
    <message>
        <source>◀ Previous groups</source>
        <translation>◀ Groupes précédents</translation>
    </message>
    <message>
        <source>Previous groups (Page Up)</source>
        <translation>Groupes précédents (Pg préc.)</translation>
    </message>
    <message>
        <source>Next groups ▶</source>
        <translation>Groupes suivants ▶</translation>
    </message>
    <message>
        <source>Next groups (Page Down)</source>
        <translation>Groupes suivants (Pg suiv.)</translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation>Afficher le &amp;graphique</translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation>Basculer entre le tableau et le graphique</translation>
    </message>
    <message>
        <source>Switch between the table and the chart (Ctrl+T)</source>
        <translation>Basculer entre le tableau et le graphique (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Presentation mode, full screen, large text</source>
        <translation>Mode présentation, plein écran, grand texte</translation>
    </message>
    <message>
        <source>Full screen, large text for a projector (F11)</source>
        <translation>Plein écran, grand texte pour un projecteur (F11)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Revenir à la liste des évaluations</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n assessments)</source>
        <translation>
            <numerusform>%1 (%n évaluation)</numerusform>
            <numerusform>%1 (%n évaluations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop presenting (Esc)</source>
        <translation>Arrêter la présentation (Échap)</translation>
    </message>
    <message>
        <source>Groups %1–%2 of %3</source>
        <translation>Groupes %1 à %2 sur %3</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Workshop view</source>
        <translation>Vue atelier</translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation>Afficher le &amp;graphique</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Groups to compare</source>
        <translation>Groupes à comparer</translation>
    </message>
    <message>
        <source>What the workshop view shows</source>
        <translation>Ce que montre la vue atelier</translation>
    </message>
    <message>
        <source>Scores per group with mean and spread</source>
        <translation>Scores par groupe, avec moyenne et dispersion</translation>
    </message>
    <message>
        <source>One assessment per group. Tick the ones to compare; drafts are left out until ticked. F2 renames a group.</source>
        <translation>Une évaluation par groupe. Cochez celles à comparer ; les brouillons sont exclus tant qu&apos;ils ne sont pas cochés. F2 renomme un groupe.</translation>
    </message>
    <message>
        <source>Chart of the groups and their mean</source>
        <translation>Graphique des groupes et de leur moyenne</translation>
    </message>
    <message>
        <source>There are no assessments yet. Start one per group.</source>
        <translation>Il n&apos;y a encore aucune évaluation. Commencez-en une par groupe.</translation>
    </message>
    <message>
        <source>Name the groups, so that everyone can tell them apart on the screen.</source>
        <translation>Nommez les groupes, pour que chacun puisse les distinguer à l&apos;écran.</translation>
    </message>
    <message>
        <source>Name the groups…</source>
        <translation>Nommer les groupes…</translation>
    </message>
    <message>
        <source>No group has completed its assessment yet: tick the drafts to compare.</source>
        <translation>Aucun groupe n&apos;a encore terminé son évaluation : cochez les brouillons à comparer.</translation>
    </message>
    <message>
        <source>Tick at least one group.</source>
        <translation>Cochez au moins un groupe.</translation>
    </message>
    <message>
        <source>Mean of the groups</source>
        <translation>Moyenne des groupes</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n groups. Mean and spread count only the groups that assessed a component; a component no group assessed is “not assessed”.</source>
        <translation>
            <numerusform>%1 — %n groupe. La moyenne et la dispersion ne prennent en compte que les groupes qui ont évalué une composante ; une composante qu&apos;aucun groupe n&apos;a évaluée est «&#xa0;non évaluée&#xa0;».</numerusform>
            <numerusform>%1 — %n groupes. La moyenne et la dispersion ne prennent en compte que les groupes qui ont évalué une composante ; une composante qu&apos;aucun groupe n&apos;a évaluée est «&#xa0;non évaluée&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;table</source>
        <translation>Afficher le &amp;tableau</translation>
    </message>
</context>
</TS>
