<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Assessment</name>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
</context>
<context>
    <name>AssessmentListPage</name>
    <message>
        <source>List of self-assessments</source>
        <translation>Lista de autoevaluaciones</translation>
    </message>
    <message>
        <source>No assessments yet. Choose “New assessment…” (Ctrl+N) to start one.</source>
        <translation>Todavía no hay evaluaciones. Elija «Nueva evaluación…» (Ctrl+N) para comenzar una.</translation>
    </message>
    <message>
        <source>Readiness self-assessments</source>
        <translation>Autoevaluaciones de preparación</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Comenzar una nueva evaluación</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Comenzar una nueva evaluación (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Abrir la evaluación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>Results of the selected assessment</source>
        <translation>Resultados de la evaluación seleccionada</translation>
    </message>
    <message>
        <source>Results (Ctrl+R)</source>
        <translation>Resultados (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Workshop view</source>
        <translation>Vista de &amp;taller</translation>
    </message>
    <message>
        <source>Compare groups in the workshop view</source>
        <translation>Comparar grupos en la vista de taller</translation>
    </message>
    <message>
        <source>Workshop view (Ctrl+Shift+W)</source>
        <translation>Vista de taller (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Answer a checklist for an institution, offline. Answers are saved as you type; close at any time and continue where you left off.</source>
        <translation>Responda una lista de verificación para una institución, sin conexión. Las respuestas se guardan mientras escribe; puede cerrar en cualquier momento y continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>Where you left off</source>
        <translation>Donde lo dejó</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continuar donde lo dejó</translation>
    </message>
    <message>
        <source>Filter the assessments</source>
        <translation>Filtrar las evaluaciones</translation>
    </message>
    <message>
        <source>Filter by institution, country or checklist</source>
        <translation>Filtrar por institución, país o lista de verificación</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>Todas las evaluaciones</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue where you left off:&lt;/b&gt; %1 — %2, %3, last changed %4.</source>
        <translation>&lt;b&gt;Continuar donde lo dejó:&lt;/b&gt; %1 — %2, %3, último cambio: %4.</translation>
    </message>
</context>
<context>
    <name>AssessmentModels</name>
    <message>
        <source>%1 — fails validation, cannot be started</source>
        <translation>%1 — no supera la validación, no se puede comenzar</translation>
    </message>
    <message>
        <source>%1 (version %2, %3 questions)</source>
        <translation>%1 (versión %2, %3 preguntas)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · revisión %2</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>Insufficient coverage</source>
        <translation>Cobertura insuficiente</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>No abarcado</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 de %3)</translation>
    </message>
    <message>
        <source>below the minimum coverage of %1 %: %2</source>
        <translation>por debajo de la cobertura mínima del %1&#xa0;%: %2</translation>
    </message>
    <message>
        <source>every question marked not applicable: %1</source>
        <translation>todas las preguntas marcadas como «No aplica»: %1</translation>
    </message>
    <message>
        <source>This checklist has no questions.</source>
        <translation>Esta lista de verificación no tiene preguntas.</translation>
    </message>
    <message>
        <source>Not computed: the overall index needs a score in every component; %1.</source>
        <translation>No calculado: el índice global necesita una puntuación en cada componente; %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 questions are answered or closed (%3 %); a score is shown from %4 % on. Answer more of its questions.</source>
        <translation>Solo %1 de %2 preguntas están respondidas o cerradas (%3&#xa0;%); la puntuación se muestra a partir del %4&#xa0;%. Responda más de sus preguntas.</translation>
    </message>
    <message>
        <source>Every question here is marked not applicable, so it has no score.</source>
        <translation>Todas las preguntas aquí están marcadas como «No aplica», por lo que no hay puntuación.</translation>
    </message>
    <message>
        <source>This checklist has no question here.</source>
        <translation>Esta lista de verificación no tiene ninguna pregunta aquí.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (nivel %2 de %3)</translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation>Nivel %1 de 4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Parcialmente</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Puntuación (0–100)</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Preguntas: %1</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>Resultados por marco</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component: a score is shown only from the checklist&apos;s minimum coverage on.</source>
        <translation>Las mismas respuestas leídas según otros marcos. Cada parte cuenta las preguntas vinculadas a ella, con las mismas reglas que un componente: solo se muestra una puntuación a partir de la cobertura mínima de la lista de verificación.</translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation>Esta lista de verificación no vincula sus preguntas a ningún otro marco.</translation>
    </message>
    <message>
        <source>Not queued yet</source>
        <translation>Aún no en espera de envío</translation>
    </message>
    <message>
        <source>Delivered · receipt %1</source>
        <translation>Entregado · acuse de recibo %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Queued (tried %1×)</source>
        <translation>En espera de envío (intentos: %1)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation>Revisión %1: %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent to hub</source>
        <translation>Envío al servidor central</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation>Índice global</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>%1 · %2 covered</source>
        <translation>%1 · %2 de cobertura</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Entregado el %1</translation>
    </message>
    <message>
        <source>no assessors named</source>
        <translation>sin evaluadores indicados</translation>
    </message>
    <message>
        <source>%1 — %2; assessors: %3</source>
        <translation>%1 — %2; evaluadores: %3</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nueva)</translation>
    </message>
    <message>
        <source> (changed: answer again)</source>
        <translation> (modificada: vuelva a responder)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: %2 de %3 respondidas</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>No calculado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Dispersión (DE)</translation>
    </message>
    <message>
        <source>Coverage %1</source>
        <translation>Cobertura %1</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Self-assessments</source>
        <translation>Autoevaluaciones</translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written, so assessments can be read but not changed. Answers you type are kept in the form and saved as soon as the folder can be written again.</source>
        <translation>No se puede escribir en la carpeta de datos de Accord, así que las evaluaciones se pueden leer pero no modificar. Las respuestas que escriba se conservan en el formulario y se guardan en cuanto se pueda volver a escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The assessments could not be opened: %1</source>
        <translation>No se pudieron abrir las evaluaciones: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>The assessments could not be listed: %1</source>
        <translation>No se pudo obtener la lista de evaluaciones: %1</translation>
    </message>
    <message>
        <source>The library is still loading.</source>
        <translation>La biblioteca todavía se está cargando.</translation>
    </message>
    <message>
        <source>The draft cannot be moved: %1</source>
        <translation>El borrador no se puede pasar a la nueva versión: %1</translation>
    </message>
    <message>
        <source>The draft could not be moved: %1</source>
        <translation>No se pudo pasar el borrador a la nueva versión: %1</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Respuestas sin guardar</translation>
    </message>
    <message>
        <source>Some answers you typed are not saved yet: %1</source>
        <translation>Algunas respuestas que escribió todavía no se han guardado: %1</translation>
    </message>
    <message>
        <source>Keep Accord open and save them once the cause is fixed, or quit and lose them.</source>
        <translation>Mantenga Accord abierto y guárdelas cuando se haya resuelto la causa, o salga y piérdalas.</translation>
    </message>
    <message>
        <source>&amp;Keep Accord open</source>
        <translation>&amp;Mantener Accord abierto</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Salir sin guardar</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <source>Comparison with an earlier assessment</source>
        <translation>Comparación con una evaluación anterior</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparar co&amp;n:</translation>
    </message>
    <message>
        <source>Earlier assessment to compare with</source>
        <translation>Evaluación anterior con la que comparar</translation>
    </message>
    <message>
        <source>There is no earlier assessment of this institution to compare with. Start one next year with the same institution name and country to see the change.</source>
        <translation>No hay ninguna evaluación anterior de esta institución con la que comparar. Comience una el próximo año con el mismo nombre de institución y el mismo país para ver el cambio.</translation>
    </message>
    <message>
        <source>Change per component</source>
        <translation>Cambio por componente</translation>
    </message>
    <message>
        <source>Chart: now and earlier</source>
        <translation>Gráfico: ahora y antes</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <source>%1 — started %2, %3</source>
        <translation>%1 — comenzada el %2, %3</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>La comparación falló: %1</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>Anterior (%1)</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Mark the assessment complete</source>
        <translation>Marcar la evaluación como finalizada</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>Why is it partial? The reason goes with the assessment to the coordinating body, which keeps partial assessments out of the national index.</source>
        <translation>¿Por qué es parcial? El motivo acompaña a la evaluación hasta el organismo coordinador, que deja las evaluaciones parciales fuera del índice nacional.</translation>
    </message>
    <message>
        <source>Reason for submitting as partial</source>
        <translation>Motivo para enviarla como parcial</translation>
    </message>
    <message>
        <source>For example: the data protection office did not take part.</source>
        <translation>Por ejemplo: la oficina de protección de datos no participó.</translation>
    </message>
    <message>
        <source>These questions are marked not applicable without a reason. Write in each one&apos;s note why it does not apply, or answer it, before completing.</source>
        <translation>Estas preguntas están marcadas como «No aplica» sin un motivo. Escriba en la nota de cada una por qué no aplica, o respóndala, antes de finalizar.</translation>
    </message>
    <message>
        <source>This assessment cannot be marked complete: every component needs at least %1 % of its questions answered to have a score, and these do not. Answer more of their questions, or submit the assessment as partial, with a reason.</source>
        <translation>Esta evaluación no se puede marcar como finalizada: cada componente necesita al menos el %1&#xa0;% de sus preguntas respondidas para tener puntuación, y estos no lo alcanzan. Responda más de sus preguntas o envíe la evaluación como parcial, con un motivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) shown to you have no answer yet. They are listed below; an unanswered question does not count in the scores. Every component has enough answers for a score.</source>
        <translation>
            <numerusform>%n pregunta que se le mostró aún no tiene respuesta. Aparece a continuación; una pregunta sin respuesta no cuenta en las puntuaciones. Todos los componentes tienen suficientes respuestas para una puntuación.</numerusform>
            <numerusform>%n preguntas que se le mostraron aún no tienen respuesta. Aparecen a continuación; una pregunta sin respuesta no cuenta en las puntuaciones. Todos los componentes tienen suficientes respuestas para una puntuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question has an answer. Mark the assessment complete? You can still change answers later: a change starts a new revision, and this one is kept.</source>
        <translation>Todas las preguntas tienen respuesta. ¿Marcar la evaluación como finalizada? Podrá seguir cambiando las respuestas más adelante: un cambio inicia una nueva revisión, y esta se conserva.</translation>
    </message>
    <message>
        <source>%1: coverage %2</source>
        <translation>%1: cobertura %2</translation>
    </message>
    <message>
        <source>%1: every question marked not applicable</source>
        <translation>%1: todas las preguntas marcadas como «No aplica»</translation>
    </message>
    <message>
        <source>Questions still unanswered:</source>
        <translation>Preguntas aún sin respuesta:</translation>
    </message>
    <message>
        <source>Go to the first one</source>
        <translation>Ir a la primera</translation>
    </message>
    <message>
        <source>Go to the first unanswered</source>
        <translation>Ir a la primera sin respuesta</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como finalizada</translation>
    </message>
    <message>
        <source>Submit as partial…</source>
        <translation>Enviar como parcial…</translation>
    </message>
    <message>
        <source>Submit as partial</source>
        <translation>Enviar como parcial</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the hub</source>
        <translation>Conectarse al servidor central</translation>
    </message>
    <message>
        <source>Ask the hub&apos;s operator for its address and a one-time code. This computer then sends each completed assessment to that hub, signed with its own key and sealed so only the hub can read it.</source>
        <translation>Pida al operador del servidor central su dirección y un código de un solo uso. Esta computadora enviará entonces cada evaluación finalizada a ese servidor central, firmada con su propia clave y sellada para que solo el servidor central pueda leerla.</translation>
    </message>
    <message>
        <source>Connected now to %1. Connecting again replaces that hub; assessments waiting to be sent are sealed for the new one.</source>
        <translation>Conexión actual: %1. Si se conecta de nuevo, ese servidor central se reemplaza; las evaluaciones en espera de envío se sellan para el nuevo.</translation>
    </message>
    <message>
        <source>a hub (USB transfer only)</source>
        <translation>un servidor central (solo transferencia por memoria USB)</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del servidor central</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>Name of this computer on the hub</source>
        <translation>Nombre de esta computadora en el servidor central</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del servidor central:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Código de un solo uso:</translation>
    </message>
    <message>
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Nombre de esta computadora:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>Probar la conexión con el servidor central</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>The hub answered (%1). Enter the one-time code and connect.</source>
        <translation>El servidor central respondió (%1). Escriba el código de un solo uso y conéctese.</translation>
    </message>
    <message>
        <source>Enter the one-time code from the hub&apos;s operator.</source>
        <translation>Escriba el código de un solo uso que le dio el operador del servidor central.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to the hub %1 (key %2).</source>
        <translation>Conexión establecida con el servidor central %1 (clave %2).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Accord cannot open its data folder. Check that the folder exists and that you may write in it, or choose another data folder.</source>
        <translation>Accord no puede abrir su carpeta de datos. Compruebe que la carpeta existe y que tiene permiso para escribir en ella, o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Accord. Install that version to open it; nothing was changed.</source>
        <translation>Sus datos se guardaron con una versión más reciente de Accord. Instale esa versión para abrirlos; no se modificó nada.</translation>
    </message>
    <message>
        <source>Accord&apos;s database is damaged. Restore the latest backup or start with an empty database; the damaged file is kept.</source>
        <translation>La base de datos de Accord está dañada. Restaure la copia de seguridad más reciente o comience con una base de datos vacía; el archivo dañado se conserva.</translation>
    </message>
    <message>
        <source>This document is not in the library. Search the library for it by its title.</source>
        <translation>Este documento no está en la biblioteca. Búsquelo en la biblioteca por su título.</translation>
    </message>
    <message>
        <source>This assessment is no longer in your data. Choose another one in the list.</source>
        <translation>Esta evaluación ya no está en sus datos. Elija otra en la lista.</translation>
    </message>
    <message>
        <source>Too few questions are answered to mark the assessment complete. Answer more questions, or submit it as partial with a reason.</source>
        <translation>Hay muy pocas preguntas respondidas para marcar la evaluación como finalizada. Responda más preguntas o envíela como parcial, con un motivo.</translation>
    </message>
    <message>
        <source>“Not applicable” needs a reason. Write why the question does not apply.</source>
        <translation>«No aplica» requiere un motivo. Escriba por qué la pregunta no aplica.</translation>
    </message>
    <message>
        <source>Some questions are marked “Not applicable” without a reason. Write a reason for each of them.</source>
        <translation>Algunas preguntas están marcadas como «No aplica» sin un motivo. Escriba un motivo para cada una.</translation>
    </message>
    <message>
        <source>The PDF report cannot be made on this computer: Qt&apos;s PDF writer is missing.</source>
        <translation>El informe PDF no se puede generar en esta computadora: falta el generador de PDF de Qt.</translation>
    </message>
    <message>
        <source>Another content pack is being installed. Wait until it is done.</source>
        <translation>Se está instalando otro paquete de contenidos. Espere a que termine.</translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match its contents: it was changed after it was signed. Ask the publisher for a new copy.</source>
        <translation>La firma del paquete no coincide con su contenido: se modificó después de firmarse. Pida al editor una copia nueva.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the network and the hub&apos;s address; your assessments stay queued.</source>
        <translation>No se puede acceder al servidor central. Compruebe la red y la dirección del servidor central; sus evaluaciones siguen en espera de envío.</translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet. Connect it to the hub first.</source>
        <translation>Esta computadora todavía no está conectada a un servidor central. Conéctela primero al servidor central.</translation>
    </message>
    <message>
        <source>Details (in English): %1</source>
        <translation>Detalles (en inglés): %1</translation>
    </message>
</context>
<context>
    <name>FacetsModel</name>
    <message numerus="yes">
        <source>%1: %n result(s)</source>
        <translation>
            <numerusform>%1: %n resultado</numerusform>
            <numerusform>%1: %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n result(s)</source>
        <translation>
            <numerusform>%1, %n resultado</numerusform>
            <numerusform>%1, %n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Text in this document</source>
        <translation>Texto en este documento</translation>
    </message>
    <message>
        <source>Text to find in this document</source>
        <translation>Texto que buscar en este documento</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %n</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
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
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <source>This link leaves Accord and opens in your web browser:
%1</source>
        <translation>Este enlace sale de Accord y se abre en su navegador web:
%1</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message numerus="yes">
        <source>Search is ready: %n document(s) indexed in %1.</source>
        <translation>
            <numerusform>La búsqueda está lista: %n documento indexado en %1.</numerusform>
            <numerusform>La búsqueda está lista: %n documentos indexados en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Standard</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guía práctica</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Guías prácticas</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Documento de referencia</translation>
    </message>
    <message>
        <source>Ethical AI practices</source>
        <translation>Prácticas éticas de IA</translation>
    </message>
    <message>
        <source>Robustness and security</source>
        <translation>Robustez y seguridad</translation>
    </message>
    <message>
        <source>Governance and regulatory compliance</source>
        <translation>Gobernanza y cumplimiento normativo</translation>
    </message>
    <message>
        <source>Transparency and explainability</source>
        <translation>Transparencia y explicabilidad</translation>
    </message>
    <message>
        <source>Human–AI collaboration</source>
        <translation>Colaboración entre personas e IA</translation>
    </message>
    <message>
        <source>Societal and environmental impact</source>
        <translation>Impacto social y ambiental</translation>
    </message>
    <message>
        <source>Regulators</source>
        <translation>Reguladores</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Formadores</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Safety Index component</source>
        <translation>Componente del Índice de Seguridad</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paquete de contenidos</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the assessment</source>
        <translation>Idioma de la evaluación</translation>
    </message>
    <message>
        <source>The language of the questions, the guidance and the PDF report. Answers count the same in every language, so results can be compared.</source>
        <translation>El idioma de las preguntas, de la orientación y del informe PDF. Las respuestas cuentan igual en todos los idiomas, así que los resultados se pueden comparar.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Use the language of this computer&apos;s settings</source>
        <translation>Usar el idioma de la configuración de esta computadora</translation>
    </message>
    <message>
        <source>Show Accord in %1</source>
        <translation>Mostrar Accord en %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>By Safety Index component</source>
        <translation>Por componente del Índice de Seguridad</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Sin componente</translation>
    </message>
    <message numerus="yes">
        <source>%1, documents: %n</source>
        <translation>
            <numerusform>%1, %n documento</numerusform>
            <numerusform>%1, %n documentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSearch</name>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation>Escriba para buscar en la biblioteca.</translation>
    </message>
    <message>
        <source>The search index is being prepared; results will appear here.</source>
        <translation>Se está preparando el índice de búsqueda; los resultados aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Search the Library</source>
        <translation>Buscar en la bib&amp;lioteca</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find in the document when it has the focus; otherwise search the library</source>
        <translation>Buscar en el documento cuando tiene el foco; si no, buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Flecha derecha)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>Start page (Alt+Home)</source>
        <translation>Página de inicio (Alt+Inicio)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Document</source>
        <translation>&amp;Agregar este documento a marcadores</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>Texto más grande (Ctrl+Más)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Texto más pequeño (Ctrl+Menos)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimir (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Guardar como PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>&amp;Cerrar documento</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>B&amp;ookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Recent Documents</source>
        <translation>Documentos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>D&amp;ocumento</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>&amp;Reload Library and Index</source>
        <translation>&amp;Recargar biblioteca e índice</translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation>&amp;Cancelar indexación</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>A&amp;cerca de Accord</translation>
    </message>
    <message>
        <source>&amp;Install Content Pack…</source>
        <translation>&amp;Instalar paquete de contenidos…</translation>
    </message>
    <message>
        <source>Install a content pack (.accordpack) from a file or USB stick (Ctrl+O)</source>
        <translation>Instalar un paquete de contenidos (.accordpack) desde un archivo o una memoria USB (Ctrl+O)</translation>
    </message>
    <message>
        <source>Content &amp;Packs…</source>
        <translation>&amp;Paquetes de contenidos…</translation>
    </message>
    <message>
        <source>Installed content packs: roll back, remove, export, trusted keys</source>
        <translation>Paquetes de contenidos instalados: volver a la versión anterior, quitar, exportar, claves de confianza</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send completed assessments to the hub now (F9)</source>
        <translation>Enviar ahora las evaluaciones finalizadas al servidor central (F9)</translation>
    </message>
    <message>
        <source>&amp;Connect to the Hub…</source>
        <translation>&amp;Conectarse al servidor central…</translation>
    </message>
    <message>
        <source>&amp;Network and Proxy…</source>
        <translation>&amp;Red y proxy…</translation>
    </message>
    <message>
        <source>&amp;Export for USB Transfer…</source>
        <translation>&amp;Exportar para transferencia por memoria USB…</translation>
    </message>
    <message>
        <source>Write every assessment not yet delivered to one file for a USB stick</source>
        <translation>Escribir en un solo archivo, para una memoria USB, todas las evaluaciones aún no entregadas</translation>
    </message>
    <message>
        <source>&amp;Import Receipts…</source>
        <translation>&amp;Importar acuses de recibo…</translation>
    </message>
    <message>
        <source>Mark assessments delivered from the hub&apos;s receipts file</source>
        <translation>Marcar evaluaciones como entregadas según el archivo de acuses de recibo del servidor central</translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>Start a self-assessment of an institution (Ctrl+N)</source>
        <translation>Comenzar una autoevaluación de una institución (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>The results of the assessment open or selected (Ctrl+R)</source>
        <translation>Los resultados de la evaluación abierta o seleccionada (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Workshop View</source>
        <translation>Vista de &amp;taller</translation>
    </message>
    <message>
        <source>Compare the groups of a workshop side by side (Ctrl+Shift+W)</source>
        <translation>Comparar los grupos de un taller uno al lado del otro (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Present the Workshop</source>
        <translation>&amp;Presentar el taller</translation>
    </message>
    <message>
        <source>Full screen, large type for a projector; Esc leaves (F11)</source>
        <translation>Pantalla completa, letra grande para un proyector; Esc para salir (F11)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros de actividad</translation>
    </message>
    <message>
        <source>Show the folder with Accord&apos;s log files</source>
        <translation>Mostrar la carpeta con los registros de actividad de Accord</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Navigation toolbar</source>
        <translation>Barra de navegación</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Library and bookmarks</source>
        <translation>Biblioteca y marcadores</translation>
    </message>
    <message>
        <source>Sidebar tabs</source>
        <translation>Pestañas de la barra lateral</translation>
    </message>
    <message>
        <source>Library: documents by type and by component</source>
        <translation>Biblioteca: documentos por tipo y por componente</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documentos recientes</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation>Acerca de Accord</translation>
    </message>
    <message>
        <source>Accord %1 — the offline AI-governance library.
Library: %2
Data: %3</source>
        <translation>Accord %1 — la biblioteca de gobernanza de la IA sin conexión.
Biblioteca: %2
Datos: %3</translation>
    </message>
    <message>
        <source>Accord&apos;s log files are in %1</source>
        <translation>Los registros de actividad de Accord están en %1</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Preparando el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Search is ready.</source>
        <translation>La búsqueda está lista.</translation>
    </message>
    <message>
        <source>Search is unavailable: %1</source>
        <translation>La búsqueda no está disponible: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>Se canceló la indexación.</translation>
    </message>
    <message>
        <source>Indexing was cancelled, so search is not available yet.</source>
        <translation>Se canceló la indexación, así que la búsqueda aún no está disponible.</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>Indexar ahora</translation>
    </message>
    <message>
        <source>%1 could not be loaded, so it cannot be shown; fix the problem listed.</source>
        <translation>%1 no se pudo cargar, así que no se puede mostrar; corrija el problema indicado.</translation>
    </message>
    <message>
        <source>%1 — Accord</source>
        <translation>%1 — Accord</translation>
    </message>
    <message>
        <source>Search: %1 — Accord</source>
        <translation>Búsqueda: %1 — Accord</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Drop one pack or one folder at a time; installing %1.</source>
        <translation>Suelte los paquetes o las carpetas de uno en uno; se está instalando %1.</translation>
    </message>
    <message>
        <source>Keep my data on this computer</source>
        <translation>Conservar mis datos en esta computadora</translation>
    </message>
    <message>
        <source>Keep my data on the stick</source>
        <translation>Conservar mis datos en la memoria USB</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>La impresión falló: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message>
        <source>Bookmarks are not available: the database is not open.</source>
        <translation>Los marcadores no están disponibles: la base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Agregado a marcadores.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Marcador eliminado.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Comenzar con una base de datos vacía</translation>
    </message>
    <message>
        <source>Until then, bookmarks and recent documents are not saved.</source>
        <translation>Hasta entonces, los marcadores y los documentos recientes no se guardan.</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Cargando la biblioteca…</translation>
    </message>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation>No se pudo cargar la biblioteca: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documentos: %1</translation>
    </message>
    <message>
        <source>Library loaded.</source>
        <translation>Biblioteca cargada.</translation>
    </message>
    <message>
        <source>Assessments are not available: %1</source>
        <translation>Las evaluaciones no están disponibles: %1</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>Eva&amp;luaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Número de documentos</translation>
    </message>
    <message>
        <source>Search index progress</source>
        <translation>Progreso del índice de búsqueda</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>Indexando %v de %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Cancelar la indexación</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Mostrar los problemas</translation>
    </message>
    <message>
        <source>⚠ Problems: %1</source>
        <translation>⚠ Problemas: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Advertencias: %1</translation>
    </message>
    <message>
        <source>The assessments are still loading.</source>
        <translation>Las evaluaciones todavía se están cargando.</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Move to checklist version %1</source>
        <translation>Pasar a la versión %1 de la lista de verificación</translation>
    </message>
    <message>
        <source>Moving this draft from version %1 to version %2 carries %3 answers over by question. Nothing is deleted: the history keeps every earlier value.</source>
        <translation>Al pasar este borrador de la versión %1 a la versión %2 se trasladan %3 respuestas, pregunta por pregunta. No se elimina nada: el historial conserva todos los valores anteriores.</translation>
    </message>
    <message>
        <source>Questions removed in version %1 (answers kept and listed, no longer scored)</source>
        <translation>Preguntas eliminadas en la versión %1 (respuestas conservadas y enumeradas, ya no puntúan)</translation>
    </message>
    <message>
        <source>Answers the new scale does not accept (value cleared, note kept)</source>
        <translation>Respuestas que la nueva escala no acepta (valor borrado, nota conservada)</translation>
    </message>
    <message>
        <source>Questions changed under the same id (value cleared to answer again, note kept)</source>
        <translation>Preguntas modificadas con el mismo identificador (valor borrado para volver a responder, nota conservada)</translation>
    </message>
    <message>
        <source>New questions (flagged “new” in the runner)</source>
        <translation>Preguntas nuevas (marcadas como «nueva» en el formulario)</translation>
    </message>
    <message>
        <source>&amp;Move to version %1</source>
        <translation>&amp;Pasar a la versión %1</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation>Conservar la versión actual</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>NaReasonDialog</name>
    <message>
        <source>Not applicable: %1</source>
        <translation>No aplica: %1</translation>
    </message>
    <message>
        <source>Why does this question not apply to this institution? The reason is saved as the question&apos;s note and shown in the report. A weak answer is not a reason: answer it instead. Enter saves; Shift+Enter starts a new line.</source>
        <translation>¿Por qué esta pregunta no aplica a esta institución? El motivo se guarda como nota de la pregunta y se muestra en el informe. Una respuesta débil no es un motivo: en ese caso, responda la pregunta. Enter guarda; Shift+Enter inicia una nueva línea.</translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translation>Motivo por el que no aplica</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Marcar como «No aplica»</translation>
    </message>
</context>
<context>
    <name>NameGroupsDialog</name>
    <message>
        <source>Name the groups</source>
        <translation>Nombrar los grupos</translation>
    </message>
    <message>
        <source>Give each group a name the room will recognise, such as its table or its team. The names are shown in the workshop view and when presenting.</source>
        <translation>Dé a cada grupo un nombre que la sala reconozca, como su mesa o su equipo. Los nombres se muestran en la vista de taller y al presentar.</translation>
    </message>
    <message>
        <source>%1 — %2, started %3</source>
        <translation>%1 — %2, comenzada el %3</translation>
    </message>
    <message>
        <source>Name of the group: %1</source>
        <translation>Nombre del grupo: %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Notice message</source>
        <translation>Mensaje de aviso</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Level of the figure</source>
        <translation>Nivel de la cifra</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Where to find the figure</source>
        <translation>Dónde encontrar la cifra</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Levels (%1): %2</source>
        <translation>Niveles (%1): %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Marked not applicable; type a figure to answer instead.</source>
        <translation>Marcada como «No aplica»; escriba una cifra para responderla.</translation>
    </message>
    <message>
        <source>Type the figure and press Enter.</source>
        <translation>Escriba la cifra y presione Enter.</translation>
    </message>
    <message>
        <source>Level %1 of %2 (%3)</source>
        <translation>Nivel %1 de %2 (%3)</translation>
    </message>
</context>
<context>
    <name>OverallCard</name>
    <message>
        <source>Overall index</source>
        <translation>Índice global</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Why the overall index reads so</source>
        <translation>Por qué el índice global tiene este valor</translation>
    </message>
    <message>
        <source>Status and dates</source>
        <translation>Estado y fechas</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>No calculado</translation>
    </message>
    <message>
        <source>Coverage: %1 % — %2 of %3 applicable questions answered or closed by an earlier answer. A score is shown from %4 % in each component.</source>
        <translation>Cobertura: %1&#xa0;% — %2 de %3 preguntas aplicables respondidas o cerradas por una respuesta anterior. La puntuación se muestra a partir del %4&#xa0;% en cada componente.</translation>
    </message>
    <message>
        <source>No applicable question has an answer yet.</source>
        <translation>Ninguna pregunta aplicable tiene respuesta todavía.</translation>
    </message>
    <message>
        <source>Every component the checklist covers has a score.</source>
        <translation>Todos los componentes que abarca la lista de verificación tienen puntuación.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) marked not applicable; the reasons are in the report.</source>
        <translation>
            <numerusform>%n pregunta marcada como «No aplica»; los motivos figuran en el informe.</numerusform>
            <numerusform>%n preguntas marcadas como «No aplica»; los motivos figuran en el informe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown question(s) still unanswered.</source>
        <translation>
            <numerusform>%n pregunta mostrada sigue sin respuesta.</numerusform>
            <numerusform>%n preguntas mostradas siguen sin respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Comenzada: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Finalizada: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Último cambio: %1</translation>
    </message>
    <message>
        <source>Assessors: %1</source>
        <translation>Evaluadores: %1</translation>
    </message>
    <message>
        <source>Submitted as partial: %1</source>
        <translation>Enviada como parcial: %1</translation>
    </message>
</context>
<context>
    <name>PackInstall</name>
    <message>
        <source>New documents (%1)</source>
        <translation>Documentos nuevos (%1)</translation>
    </message>
    <message>
        <source>Updated documents (%1)</source>
        <translation>Documentos actualizados (%1)</translation>
    </message>
    <message>
        <source>Removed documents (%1)</source>
        <translation>Documentos eliminados (%1)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>; if you trust this publisher, add their key under Trusted keys in File → Content packs.</source>
        <translation>; si confía en este editor, agregue su clave en «Claves de confianza», en Archivo → Paquetes de contenidos.</translation>
    </message>
    <message>
        <source>, or choose “Install anyway” to replace it</source>
        <translation>, o elija «Instalar de todos modos» para reemplazarlo</translation>
    </message>
    <message>
        <source>, or choose “Install anyway” (the copy in the later pack is then hidden)</source>
        <translation>, o elija «Instalar de todos modos» (la copia del paquete posterior quedará oculta)</translation>
    </message>
    <message>
        <source> because you chose “Install anyway”</source>
        <translation> porque eligió «Instalar de todos modos»</translation>
    </message>
    <message>
        <source> Remove the pack or install another version.</source>
        <translation> Quite el paquete o instale otra versión.</translation>
    </message>
    <message>
        <source> the publisher gave you</source>
        <translation> que le entregó el editor</translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed.</source>
        <translation>Se instaló el paquete «%1» %2.</translation>
    </message>
    <message>
        <source>The pack “%1” was updated from version %3 to %2.</source>
        <translation>El paquete «%1» se actualizó de la versión %3 a la %2.</translation>
    </message>
    <message>
        <source>The pack “%1” was returned to the older version %2 (was %3).</source>
        <translation>El paquete «%1» volvió a la versión más antigua %2 (antes: %3).</translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed again.</source>
        <translation>Se volvió a instalar el paquete «%1» %2.</translation>
    </message>
    <message>
        <source>The pack “%1” %2 is already installed; nothing changed.</source>
        <translation>El paquete «%1» %2 ya está instalado; no cambió nada.</translation>
    </message>
    <message>
        <source>The pack “%1” was rolled back from version %3 to %2.</source>
        <translation>El paquete «%1» volvió de la versión %3 a la versión anterior %2.</translation>
    </message>
    <message>
        <source>The pack “%1” %3 was removed.</source>
        <translation>Se quitó el paquete «%1» %3.</translation>
    </message>
    <message>
        <source>The pack “%1”: %2.</source>
        <translation>El paquete «%1»: %2.</translation>
    </message>
    <message>
        <source>The library shows version %2 again.</source>
        <translation>La biblioteca vuelve a mostrar la versión %2.</translation>
    </message>
    <message>
        <source>(A delta pack: only the changed documents travelled.)</source>
        <translation>(Un paquete diferencial: solo se transfirieron los documentos modificados.)</translation>
    </message>
    <message>
        <source>No document changed.</source>
        <translation>Ningún documento cambió.</translation>
    </message>
    <message>
        <source>Documents: %1 new, %2 updated, %3 removed.</source>
        <translation>Documentos: %1 nuevos, %2 actualizados, %3 eliminados.</translation>
    </message>
    <message>
        <source>Copying the pack…</source>
        <translation>Copiando el paquete…</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>Comprobando la firma y cada archivo…</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>Desempaquetando…</translation>
    </message>
    <message>
        <source>Comparing with the installed version…</source>
        <translation>Comparando con la versión instalada…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Actualizando el índice de búsqueda…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PackInstaller</name>
    <message>
        <source>Install content pack</source>
        <translation>Instalar paquete de contenidos</translation>
    </message>
    <message>
        <source>Accord content packs (*.accordpack);;All files (*)</source>
        <translation>Paquetes de contenidos de Accord (*.accordpack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A content pack is being installed; wait until it has finished.</source>
        <translation>Se está instalando un paquete de contenidos; espere a que termine.</translation>
    </message>
    <message>
        <source>Install an older version?</source>
        <translation>¿Instalar una versión más antigua?</translation>
    </message>
    <message>
        <source>“%1” %2 is older than the installed version %3.</source>
        <translation>«%1» %2 es más antigua que la versión instalada %3.</translation>
    </message>
    <message>
        <source>Installing it would undo later corrections to the library. Install it only if you were asked to. You can return to version %1 with Roll back in File → Content packs….</source>
        <translation>Instalarla desharía correcciones posteriores de la biblioteca. Instálela solo si se lo pidieron. Puede volver a la versión %1 con «Volver a la versión anterior», en Archivo → Paquetes de contenidos….</translation>
    </message>
    <message>
        <source>Install &amp;anyway</source>
        <translation>Instalar &amp;de todos modos</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Install the older version anyway</source>
        <translation>Instalar de todos modos la versión más antigua</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not installed; the library is unchanged.</source>
        <translation>No se instaló; la biblioteca no cambió.</translation>
    </message>
    <message>
        <source>Installing content pack</source>
        <translation>Instalando paquete de contenidos</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Instalando %1…</translation>
    </message>
    <message>
        <source>Cancelling the install…</source>
        <translation>Cancelando la instalación…</translation>
    </message>
    <message>
        <source>No pack was installed.</source>
        <translation>No se instaló ningún paquete.</translation>
    </message>
    <message>
        <source>There is no content pack (.accordpack) in this folder.</source>
        <translation>No hay ningún paquete de contenidos (.accordpack) en esta carpeta.</translation>
    </message>
    <message>
        <source>Nothing to install</source>
        <translation>Nada que instalar</translation>
    </message>
    <message>
        <source>The install was cancelled; nothing was changed.</source>
        <translation>Se canceló la instalación; no se modificó nada.</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>%1 no se instaló.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <source>Content pack not installed</source>
        <translation>Paquete de contenidos no instalado</translation>
    </message>
    <message>
        <source>Your library was not changed.</source>
        <translation>Su biblioteca no se modificó.</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Instalar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Content packs</source>
        <translation>Paquetes de contenidos</translation>
    </message>
    <message>
        <source>Content packs bring documents and checklists from the coordinating body. The library bundled with Accord is the core pack; other packs sit beside it, and an installed core pack replaces it. Every pack is checked (its signature and every file) before it is installed.</source>
        <translation>Los paquetes de contenidos traen documentos y listas de verificación del organismo coordinador. La biblioteca incluida con Accord es el paquete principal; los demás paquetes se suman a ella, y un paquete principal instalado la reemplaza. Cada paquete se comprueba (su firma y cada archivo) antes de instalarse.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Installed content packs</source>
        <translation>Paquetes de contenidos instalados</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>&amp;Instalar…</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>Instalar un paquete de contenidos</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Volver a la versión anterior</translation>
    </message>
    <message>
        <source>Roll back the selected pack to its previous version</source>
        <translation>Volver a la versión anterior del paquete seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected pack</source>
        <translation>Quitar el paquete seleccionado</translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation>&amp;Exportar a una carpeta…</translation>
    </message>
    <message>
        <source>Copy the installed packs to a folder or USB stick</source>
        <translation>Copiar los paquetes instalados a una carpeta o una memoria USB</translation>
    </message>
    <message>
        <source>&amp;Trusted keys…</source>
        <translation>&amp;Claves de confianza…</translation>
    </message>
    <message>
        <source>The publishers&apos; keys this computer trusts</source>
        <translation>Las claves de los editores en las que confía esta computadora</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The packs could not be listed: %1</source>
        <translation>No se pudo obtener la lista de paquetes: %1</translation>
    </message>
    <message>
        <source>No earlier version is kept for this pack.</source>
        <translation>No se conserva ninguna versión anterior de este paquete.</translation>
    </message>
    <message>
        <source>Roll back a content pack</source>
        <translation>Volver a la versión anterior de un paquete de contenidos</translation>
    </message>
    <message>
        <source>Return “%1” from version %2 to version %3?</source>
        <translation>¿Devolver «%1» de la versión %2 a la versión %3?</translation>
    </message>
    <message>
        <source>Version %1 is kept, so you can roll back again to return to it. Answers in assessments are never changed.</source>
        <translation>La versión %1 se conserva, así que puede volver a la versión anterior otra vez para recuperarla. Las respuestas de las evaluaciones nunca se modifican.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n document(s) leave the library.</source>
        <translation>
            <numerusform>Su %n documento sale de la biblioteca.</numerusform>
            <numerusform>Sus %n documentos salen de la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its documents leave the library.</source>
        <translation>Sus documentos salen de la biblioteca.</translation>
    </message>
    <message>
        <source>The library bundled with Accord is shown again.</source>
        <translation>Se vuelve a mostrar la biblioteca incluida con Accord.</translation>
    </message>
    <message>
        <source>Assessments keep their answers. To have the pack again, install its file.</source>
        <translation>Las evaluaciones conservan sus respuestas. Para volver a tener el paquete, instale su archivo.</translation>
    </message>
    <message>
        <source>Remove a content pack</source>
        <translation>Quitar un paquete de contenidos</translation>
    </message>
    <message>
        <source>Remove “%1” %2?</source>
        <translation>¿Quitar «%1» %2?</translation>
    </message>
    <message>
        <source>Rolling back “%1”…</source>
        <translation>Volviendo a la versión anterior de «%1»…</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Quitando «%1»…</translation>
    </message>
    <message>
        <source>The installed library was not changed.</source>
        <translation>La biblioteca instalada no se modificó.</translation>
    </message>
    <message>
        <source>Export content packs to a folder or USB stick</source>
        <translation>Exportar paquetes de contenidos a una carpeta o una memoria USB</translation>
    </message>
    <message>
        <source>Copying the packs to %1…</source>
        <translation>Copiando los paquetes a %1…</translation>
    </message>
    <message>
        <source>No installed packs to export (the bundled library comes with Accord).</source>
        <translation>No hay paquetes instalados que exportar (la biblioteca incluida viene con Accord).</translation>
    </message>
    <message>
        <source>Copied %1 pack file(s) to %2. On another computer choose File → Install content pack… and pick the files, or drop the folder on Accord&apos;s window.</source>
        <translation>Se copiaron %1 archivo(s) de paquete a %2. En otra computadora, elija Archivo → Instalar paquete de contenidos… y seleccione los archivos, o suelte la carpeta en la ventana de Accord.</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID de la clave</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Trusted because</source>
        <translation>De confianza porque</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Shipped with Accord</source>
        <translation>Incluida con Accord</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation>Agregada aquí</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Not in use: an installed core pack replaces the bundled library.</source>
        <translation>No se usa: un paquete principal instalado reemplaza la biblioteca incluida.</translation>
    </message>
    <message>
        <source>Library bundled with Accord</source>
        <translation>Biblioteca incluida con Accord</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Bundled (replaced)</source>
        <translation>Incluido (reemplazado)</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Instalado el %1</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n question(s) mapped</source>
        <translation>
            <numerusform>%n pregunta vinculada</numerusform>
            <numerusform>%n preguntas vinculadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems in the library</source>
        <translation>Problemas en la biblioteca</translation>
    </message>
    <message>
        <source>Problems: file, line and message</source>
        <translation>Problemas: archivo, línea y mensaje</translation>
    </message>
    <message>
        <source>No problems: every file of the library was read without an error.</source>
        <translation>Sin problemas: todos los archivos de la biblioteca se leyeron sin errores.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>%1 in %2, line %3: %4</source>
        <translation>%1 en %2, línea %3: %4</translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <source>Network and proxy</source>
        <translation>Red y proxy</translation>
    </message>
    <message>
        <source>How Accord reaches the hub. Most offices need the system&apos;s settings.</source>
        <translation>Cómo se conecta Accord al servidor central. La mayoría de las oficinas necesitan la configuración del sistema.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings (HTTPS_PROXY, NO_PROXY)</source>
        <translation>Usar la configuración de proxy del &amp;sistema (HTTPS_PROXY, NO_PROXY)</translation>
    </message>
    <message>
        <source>Connect &amp;directly (no proxy)</source>
        <translation>Conectarse &amp;directamente (sin proxy)</translation>
    </message>
    <message>
        <source>Use this &amp;proxy:</source>
        <translation>Usar este &amp;proxy:</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Dirección del proxy</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>Probar la conexión con el servidor central</translation>
    </message>
    <message>
        <source>Connect to a hub first.</source>
        <translation>Primero conéctese a un servidor central.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the network settings</source>
        <translation>Guardar la configuración de red</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>The hub answered: the settings work.</source>
        <translation>El servidor central respondió: la configuración funciona.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Keys for this question</source>
        <translation>Teclas para esta pregunta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What evidence to give</source>
        <translation>Qué evidencia aportar</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota sobre la evidencia</translation>
    </message>
    <message>
        <source>Type the evidence here: documents, dates, who adopted them. Saved as you type.</source>
        <translation>Escriba aquí la evidencia: documentos, fechas, quién los adoptó. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Question number and section</source>
        <translation>Número de pregunta y sección</translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation>Nueva en esta versión</translation>
    </message>
    <message>
        <source>New question in this checklist version</source>
        <translation>Pregunta nueva en esta versión de la lista de verificación</translation>
    </message>
    <message>
        <source>Changed in this version: answer again</source>
        <translation>Modificada en esta versión: vuelva a responder</translation>
    </message>
    <message>
        <source>This question changed in this checklist version; answer it again</source>
        <translation>Esta pregunta cambió en esta versión de la lista de verificación; vuelva a responderla</translation>
    </message>
    <message>
        <source>Type the figure and press Enter (a comma or a point for decimals). If it does not apply, Tab to “Not applicable”.</source>
        <translation>Escriba la cifra y presione Enter (coma o punto para los decimales). Si no aplica, pase con Tab a «No aplica».</translation>
    </message>
    <message>
        <source>Keys: 0–4 choose the level, N = not applicable, Delete clears.</source>
        <translation>Teclas: 0–4 eligen el nivel, N = No aplica, Supr borra.</translation>
    </message>
    <message>
        <source>Keys: 1 = yes, 2 = partly, 3 = no, 0 or N = not applicable, Delete clears.</source>
        <translation>Teclas: 1 = Sí, 2 = Parcialmente, 3 = No, 0 o N = No aplica, Supr borra.</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Por qué no aplica</translation>
    </message>
    <message>
        <source>The reason this question does not apply; it is shown in the report.</source>
        <translation>El motivo por el que esta pregunta no aplica; se muestra en el informe.</translation>
    </message>
    <message>
        <source>Note what supports your answer.</source>
        <translation>Anote lo que respalda su respuesta.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
</context>
<context>
    <name>QuestionCounts</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 answered (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>%1 de %2 respondidas (%n cerrada por una respuesta anterior)</numerusform>
            <numerusform>%1 de %2 respondidas (%n cerradas por una respuesta anterior)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %2 (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>Pregunta %1 de %2 (%n cerrada por una respuesta anterior)</numerusform>
            <numerusform>Pregunta %1 de %2 (%n cerradas por una respuesta anterior)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n closed)</source>
        <translation>
            <numerusform>%1 de %2 (%n cerrada)</numerusform>
            <numerusform>%1 de %2 (%n cerradas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Sections and questions</source>
        <translation>Secciones y preguntas</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <source>Governance and compliance</source>
        <translation>Gobernanza y cumplimiento</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <source>Radar chart of the six component scores</source>
        <translation>Gráfico radial de las puntuaciones de los seis componentes</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Contents of this document</source>
        <translation>Contenido de este documento</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Safety Index components</source>
        <translation>Componentes del Índice de Seguridad</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>Acerca de este documento</translation>
    </message>
    <message>
        <source>Other languages of this document</source>
        <translation>Otros idiomas de este documento</translation>
    </message>
    <message>
        <source>Bookmark this document</source>
        <translation>Agregar este documento a marcadores</translation>
    </message>
    <message>
        <source>“%1” is not in the library.</source>
        <translation>«%1» no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Could not show %1: %2</source>
        <translation>No se pudo mostrar %1: %2</translation>
    </message>
    <message>
        <source>%1 is shown as plain text: %2</source>
        <translation>%1 se muestra como texto sin formato: %2</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Público: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>revisado el %1</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>También en: %1</translation>
    </message>
    <message>
        <source>This link was not opened: only library pages and web addresses can be.</source>
        <translation>Este enlace no se abrió: solo se pueden abrir páginas de la biblioteca y direcciones web.</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>¿Abrir un enlace externo?</translation>
    </message>
    <message>
        <source>Write an e-mail with your e-mail program?</source>
        <translation>¿Escribir un correo electrónico con su programa de correo?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>¿Abrir esta dirección en su navegador web?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Outside link (asks first): %1</source>
        <translation>Enlace externo (pide confirmación): %1</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Agregado a marcadores</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Agregar a marcadores</translation>
    </message>
    <message>
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation>Quitar el marcador (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark (Ctrl+D)</source>
        <translation>Agregar a marcadores (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
</context>
<context>
    <name>ReadingStore</name>
    <message>
        <source>Restored the backup %1. The damaged database was kept as %2.</source>
        <translation>Se restauró la copia de seguridad %1. La base de datos dañada se conservó como %2.</translation>
    </message>
    <message>
        <source>Started with an empty database. The damaged one was kept as %1.</source>
        <translation>Se comenzó con una base de datos vacía. La dañada se conservó como %1.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not asked (closed by an earlier answer): counts 0</source>
        <translation>No formulada (cerrada por una respuesta anterior): cuenta 0</translation>
    </message>
    <message>
        <source>Not asked: the question it follows is not applicable</source>
        <translation>No formulada: la pregunta de la que depende no aplica</translation>
    </message>
    <message>
        <source>Not asked yet: the question it follows has no answer</source>
        <translation>Aún no formulada: la pregunta de la que depende no tiene respuesta</translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation>Nueva en esta versión</translation>
    </message>
    <message>
        <source>Changed in this version: to answer again</source>
        <translation>Modificada en esta versión: hay que volver a responderla</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>%1 of %2 shown questions answered</source>
        <translation>%1 de %2 preguntas mostradas respondidas</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>No se indicó ningún motivo.</translation>
    </message>
    <message>
        <source>This checklist version no longer has these questions. Their answers are kept for the record and no longer count in the scores.</source>
        <translation>Esta versión de la lista de verificación ya no tiene estas preguntas. Sus respuestas se conservan como constancia y ya no cuentan en las puntuaciones.</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>ID de la pregunta</translation>
    </message>
    <message>
        <source>Assessment %1, revision %2. Checklist %3, version %4 (content hash %5). Generated by Accord %6 on %7.</source>
        <translation>Evaluación %1, revisión %2. Lista de verificación %3, versión %4 (hash del contenido %5). Generado por Accord %6 el %7.</translation>
    </message>
    <message>
        <source>Readiness self-assessment report</source>
        <translation>Informe de autoevaluación de preparación</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versión %2</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Comenzada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Questions counted</source>
        <translation>Preguntas contabilizadas</translation>
    </message>
    <message>
        <source>%1 of %2 applicable (%3 %)</source>
        <translation>%1 de %2 aplicables (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Informe generado</translation>
    </message>
    <message>
        <source>OVERALL INDEX</source>
        <translation>ÍNDICE GLOBAL</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>No calculado</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>sobre 100</translation>
    </message>
    <message>
        <source>no overall index</source>
        <translation>sin índice global</translation>
    </message>
    <message>
        <source>coverage %1 %</source>
        <translation>cobertura %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 components with a score</source>
        <translation>%1 de %2 componentes con puntuación</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>Submitted as partial: %1 A partial assessment is kept by the coordinating body but does not count in the national index.</source>
        <translation>Enviada como parcial: %1 El organismo coordinador conserva las evaluaciones parciales, pero no cuentan en el índice nacional.</translation>
    </message>
    <message>
        <source>The six components are those of the proposed Global AI Safety Index. Each score runs from 0 to 100, with its coverage beside it (the share of applicable questions answered, or closed by an earlier answer). Below the minimum coverage a component has no score, never a zero, and the overall index is computed only when every component has one. The scores, the results by framework, the gaps with the playbooks that help, and every answer with its evidence follow.</source>
        <translation>Los seis componentes son los del Índice Mundial de Seguridad de la IA propuesto. Cada puntuación va de 0 a 100, con su cobertura al lado (la proporción de preguntas aplicables respondidas o cerradas por una respuesta anterior). Por debajo de la cobertura mínima, un componente no tiene puntuación, nunca un cero, y el índice global solo se calcula cuando todos los componentes tienen una. A continuación figuran las puntuaciones, los resultados por marco, las carencias con las guías prácticas que ayudan y cada respuesta con su evidencia.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3 by Accord</source>
        <translation>%1 · %2 · generado el %3 por Accord</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Readiness self-assessment — %1</source>
        <translation>Autoevaluación de preparación — %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Scores run from 0 to 100: yes = 1, partly = ½, no = 0, a maturity level n = n/4, a figure its band&apos;s level n/4, weighted by each question&apos;s weight. A question closed by an earlier answer (asked only after a better one) counts 0; a question marked not applicable, with its reason, does not count. Coverage is the share of applicable questions answered or closed. Below the minimum coverage of %1 % a component has no score; the overall index is the mean of the component scores, computed only when every component has one.</source>
        <translation>Las puntuaciones van de 0 a 100: sí = 1, parcial = ½, no = 0, un nivel de madurez n = n/4, una cifra = el nivel n/4 de su tramo, ponderados por el peso de cada pregunta. Una pregunta cerrada por una respuesta anterior (que solo se formula después de una mejor) cuenta 0; una pregunta marcada como «No aplica», con su motivo, no cuenta. La cobertura es la proporción de preguntas aplicables respondidas o cerradas. Por debajo de la cobertura mínima del %1&#xa0;%, un componente no tiene puntuación; el índice global es la media de las puntuaciones de los componentes y solo se calcula cuando todos los componentes tienen una.</translation>
    </message>
    <message>
        <source>Submitted as partial: %1. The coordinating body keeps partial assessments out of the national index.</source>
        <translation>Enviada como parcial: %1. El organismo coordinador deja las evaluaciones parciales fuera del índice nacional.</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>Resultados por marco</translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component.</source>
        <translation>Las mismas respuestas leídas según otros marcos. Cada parte cuenta las preguntas vinculadas a ella, con las mismas reglas que un componente.</translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation>Esta lista de verificación no vincula sus preguntas a ningún otro marco.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation>Índice global</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Compared with the assessment of %1 started on %2 (%3).</source>
        <translation>Comparación con la evaluación de %1 comenzada el %2 (%3).</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation>Carencias y qué ayuda</translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first, with the guidance and the library documents that help close each gap.</source>
        <translation>Las preguntas respondidas más débiles, primero las de menor puntuación y mayor peso, con la orientación y los documentos de la biblioteca que ayudan a subsanar cada carencia.</translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation>Sin carencias: todas las preguntas respondidas tienen la puntuación máxima.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guía práctica</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Documento de referencia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>Submitted as partial</source>
        <translation>Enviada como parcial</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revisión %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation>Nivel %1 de 4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Parcialmente</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (nivel %2 de %3)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Gaps, weakest first</source>
        <translation>Carencias, primero las más débiles</translation>
    </message>
    <message>
        <source>Guidance for the chosen gap</source>
        <translation>Orientación para la carencia elegida</translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation>Sin carencias: todas las preguntas respondidas tienen la puntuación máxima.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Qué ayuda</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>Resultados de la evaluación</translation>
    </message>
    <message>
        <source>Scores by component</source>
        <translation>Puntuaciones por componente</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>Resultados por marco</translation>
    </message>
    <message>
        <source>Marked not applicable, with the reasons</source>
        <translation>Marcadas como «No aplica», con los motivos</translation>
    </message>
    <message>
        <source>Questions marked not applicable</source>
        <translation>Preguntas marcadas como «No aplica»</translation>
    </message>
    <message>
        <source>Change since an earlier assessment</source>
        <translation>Cambio desde una evaluación anterior</translation>
    </message>
    <message>
        <source>Answers kept from removed questions</source>
        <translation>Respuestas conservadas de preguntas eliminadas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Results of</source>
        <translation>Resultados de</translation>
    </message>
    <message>
        <source>← &amp;Questions</source>
        <translation>← Pre&amp;guntas</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe en PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>C&amp;SV…</source>
        <translation>C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the answers as CSV</source>
        <translation>Exportar las respuestas en CSV</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Export the answers as JSON</source>
        <translation>Exportar las respuestas en JSON</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Volver a la lista de evaluaciones</translation>
    </message>
    <message>
        <source>Checklist, country and status</source>
        <translation>Lista de verificación, país y estado</translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation>Carencias y qué ayuda</translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first. Choose one to read its guidance and the playbooks and standards that help.</source>
        <translation>Las preguntas respondidas más débiles, primero las de menor puntuación y mayor peso. Elija una para leer su orientación y las guías prácticas y normas que ayudan.</translation>
    </message>
    <message>
        <source>The results could not be gathered: %1</source>
        <translation>No se pudieron reunir los resultados: %1</translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation>Resultados — %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · %4</source>
        <translation>%1 · versión %2 · %3 · %4</translation>
    </message>
    <message>
        <source>These answers belong to questions the current checklist version no longer has. They are kept and listed, but do not count:</source>
        <translation>Estas respuestas pertenecen a preguntas que la versión actual de la lista de verificación ya no tiene. Se conservan y se enumeran, pero no cuentan:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Saved %1 (%2 s).</source>
        <translation>Se guardó %1 (%2 s).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>La impresión falló: %1</translation>
    </message>
</context>
<context>
    <name>RunnerHeader</name>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>&amp;Reintentar el guardado</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Reintentar el guardado</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>Resul&amp;tados</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Mostrar los resultados</translation>
    </message>
    <message>
        <source>&amp;Mark complete…</source>
        <translation>Marcar como &amp;finalizada…</translation>
    </message>
    <message>
        <source>Mark the assessment complete</source>
        <translation>Marcar la evaluación como finalizada</translation>
    </message>
    <message>
        <source>Mark complete (Ctrl+Enter)</source>
        <translation>Marcar como finalizada (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the assessment</source>
        <translation>Cerrar la evaluación</translation>
    </message>
    <message>
        <source>Checklist and country</source>
        <translation>Lista de verificación y país</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · assessors: %4</source>
        <translation>%1 · versión %2 · %3 · evaluadores: %4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>sin nombres</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Guardado ✓</translation>
    </message>
    <message>
        <source>Not saved — kept here</source>
        <translation>Sin guardar — se conserva aquí</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <source>%1 · Section %2 of %3: %4 · %5</source>
        <translation>%1 · Sección %2 de %3: %4 · %5</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Guidance for this question</source>
        <translation>Orientación para esta pregunta</translation>
    </message>
    <message>
        <source>Guidance · %1</source>
        <translation>Orientación · %1</translation>
    </message>
    <message>
        <source>This question has no guidance.</source>
        <translation>Esta pregunta no tiene orientación.</translation>
    </message>
    <message>
        <source>Assessment questions</source>
        <translation>Preguntas de la evaluación</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>The assessment could not be opened</source>
        <translation>No se pudo abrir la evaluación</translation>
    </message>
    <message>
        <source>Review and move…</source>
        <translation>Revisar y pasar…</translation>
    </message>
    <message>
        <source>Try saving now</source>
        <translation>Intentar guardar ahora</translation>
    </message>
    <message>
        <source>Every question shown has an answer.</source>
        <translation>Todas las preguntas mostradas tienen respuesta.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Saved: everything you typed is on disk now.</source>
        <translation>Guardado: todo lo que escribió ya está en el disco.</translation>
    </message>
    <message>
        <source>Submitted as partial, revision %1.</source>
        <translation>Enviada como parcial, revisión %1.</translation>
    </message>
    <message>
        <source>Marked complete as revision %1.</source>
        <translation>Marcada como finalizada (revisión %1).</translation>
    </message>
    <message>
        <source>Cannot mark complete while answers are not saved. %1</source>
        <translation>No se puede marcar como finalizada mientras haya respuestas sin guardar. %1</translation>
    </message>
    <message>
        <source>Could not mark the assessment complete: %1</source>
        <translation>No se pudo marcar la evaluación como finalizada: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Yes / Partly / No</source>
        <translation>Sí / Parcialmente / No</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Nivel de madurez</translation>
    </message>
    <message>
        <source>Not applicable (N on maturity questions)</source>
        <translation>No aplica (N en las preguntas de madurez)</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
    <message>
        <source>Evidence note (Esc: back to the answers)</source>
        <translation>Nota de evidencia (Esc: volver a las respuestas)</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como finalizada</translation>
    </message>
    <message>
        <source>List of questions (Esc closes it)</source>
        <translation>Lista de preguntas (Esc la cierra)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>responder</translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>first unanswered</source>
        <translation>primera sin respuesta</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Previous question (Page Up)</source>
        <translation>Pregunta anterior (Re Pág)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Anteri&amp;or</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Next question (Page Down)</source>
        <translation>Pregunta siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>First &amp;unanswered</source>
        <translation>Primera si&amp;n respuesta</translation>
    </message>
    <message>
        <source>First unanswered question</source>
        <translation>Primera pregunta sin respuesta</translation>
    </message>
    <message>
        <source>First unanswered question (Ctrl+U)</source>
        <translation>Primera pregunta sin respuesta (Ctrl+U)</translation>
    </message>
    <message>
        <source>☰ &amp;Questions</source>
        <translation>☰ &amp;Preguntas</translation>
    </message>
    <message>
        <source>List of questions</source>
        <translation>Lista de preguntas</translation>
    </message>
    <message>
        <source>The list of questions (Ctrl+L)</source>
        <translation>La lista de preguntas (Ctrl+L)</translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written just now, so answers cannot be saved. What you type stays in this form and is saved as soon as the folder can be written again.</source>
        <translation>No se puede escribir en la carpeta de datos de Accord en este momento, así que las respuestas no se pueden guardar. Lo que escriba se queda en este formulario y se guarda en cuanto se pueda volver a escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The checklist “%1” fails validation, so this assessment opens read-only: you can read its answers and results but not change them until the checklist is fixed. %2</source>
        <translation>La lista de verificación «%1» no supera la validación, así que esta evaluación se abre en solo lectura: puede leer sus respuestas y resultados, pero no modificarlos hasta que se corrija la lista de verificación. %2</translation>
    </message>
    <message>
        <source>Version %1 of this checklist is installed; this draft uses version %2. You can move it: answers are carried by question, removed questions are listed, new ones are flagged.</source>
        <translation>La versión %1 de esta lista de verificación está instalada; este borrador usa la versión %2. Puede pasarlo a la nueva: las respuestas se trasladan pregunta por pregunta, las preguntas eliminadas se enumeran y las nuevas se marcan.</translation>
    </message>
    <message>
        <source>This assessment was marked complete on %1 (revision %2). Changing an answer starts revision %3; revision %2 stays as it was.</source>
        <translation>Esta evaluación se marcó como finalizada el %1 (revisión %2). Si cambia una respuesta, se inicia la revisión %3; la revisión %2 se conserva tal como estaba.</translation>
    </message>
    <message>
        <source>Moved to version %1: %2 new questions are flagged “new”.</source>
        <translation>Se pasó a la versión %1: %2 preguntas nuevas están marcadas como «nueva».</translation>
    </message>
    <message>
        <source>%1 answers belong to questions this version removed: they are kept and listed in the report, but no longer count.</source>
        <translation>%1 respuestas pertenecen a preguntas que esta versión eliminó: se conservan y se enumeran en el informe, pero ya no cuentan.</translation>
    </message>
    <message>
        <source>%1 questions changed under the same id: answer them again (flagged “changed”; the earlier answer is in the history).</source>
        <translation>%1 preguntas cambiaron con el mismo identificador: vuelva a responderlas (están marcadas como «modificada»; la respuesta anterior está en el historial).</translation>
    </message>
    <message>
        <source>You changed a completed assessment, so it is a draft again as revision %1. The completed revision %2 is kept as it was; mark this one complete when you are done.</source>
        <translation>Modificó una evaluación finalizada, así que vuelve a ser un borrador, como revisión %1. La revisión finalizada %2 se conserva tal como estaba; marque esta como finalizada cuando termine.</translation>
    </message>
    <message>
        <source>Your answers are not saved yet. %1 What you typed stays here and is saved automatically as soon as possible.</source>
        <translation>Sus respuestas todavía no se han guardado. %1 Lo que escribió se queda aquí y se guarda automáticamente en cuanto sea posible.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the library  (Ctrl+K)</source>
        <translation>Buscar en la biblioteca  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Results appear as you type; press Down to move to them.</source>
        <translation>Los resultados aparecen mientras escribe; presione Flecha abajo para ir a ellos.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation>Escriba para buscar en la biblioteca.</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Quizás quiso decir</translation>
    </message>
    <message>
        <source>Search notice</source>
        <translation>Aviso de búsqueda</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Filters: check a value to narrow the results</source>
        <translation>Filtros: marque un valor para acotar los resultados</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>No hay resultados para «%1»</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, use fewer words, or clear the filters.</source>
        <translation>Nada coincide. Revise la ortografía, use menos palabras o borre los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>No document has all the words of “%2”. %n document(s) have some of them or a related meaning:</source>
        <translation>
            <numerusform>Ningún documento contiene todas las palabras de «%2». %n documento contiene algunas de ellas o un significado relacionado:</numerusform>
            <numerusform>Ningún documento contiene todas las palabras de «%2». %n documentos contienen algunas de ellas o un significado relacionado:</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for “%2”: %1</source>
        <translation>Resultados para «%2»: %1</translation>
    </message>
    <message>
        <source>(showing the first %1)</source>
        <translation>(se muestran los primeros %1)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>0 or N</source>
        <translation>0 o N</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Flecha arriba</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Answering questions</source>
        <translation>Responder preguntas</translation>
    </message>
    <message>
        <source>Workshop view</source>
        <translation>Vista de taller</translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation>Alternar entre la tabla y el gráfico</translation>
    </message>
    <message>
        <source>Rename the group selected</source>
        <translation>Cambiar el nombre del grupo seleccionado</translation>
    </message>
    <message>
        <source>Page Down or Page Up</source>
        <translation>Av Pág o Re Pág</translation>
    </message>
    <message>
        <source>Presenting: the next or previous groups</source>
        <translation>Al presentar: los grupos siguientes o anteriores</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Dejar de presentar</translation>
    </message>
    <message>
        <source>Lists and dialogs</source>
        <translation>Listas y cuadros de diálogo</translation>
    </message>
    <message>
        <source>Open the row selected (a document, an assessment)</source>
        <translation>Abrir la fila seleccionada (un documento, una evaluación)</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab o Shift+Tab</translation>
    </message>
    <message>
        <source>The next or previous part of the window</source>
        <translation>La parte siguiente o anterior de la ventana</translation>
    </message>
    <message>
        <source>Close a dialog; in the search box, clear it</source>
        <translation>Cerrar un cuadro de diálogo; en el cuadro de búsqueda, borrarlo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>Todos los atajos de teclado</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start a self-assessment</source>
        <translation>Comenzar una autoevaluación</translation>
    </message>
    <message>
        <source>Answer a checklist for one institution. Answers are saved as you type; you can stop at any time and continue later.</source>
        <translation>Responda una lista de verificación para una institución. Las respuestas se guardan mientras escribe; puede detenerse en cualquier momento y continuar más tarde.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Lista de verificación:</translation>
    </message>
    <message>
        <source>Checklists that cannot be started</source>
        <translation>Listas de verificación que no se pueden comenzar</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>e.g. Ministry of Information and Communications</source>
        <translation>p. ej., Ministerio de Información y Comunicaciones</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>&amp;Evaluadores:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type a name or a two-letter code, e.g. Kenya or KE</source>
        <translation>Escriba un nombre o un código de dos letras, p. ej., Kenia o KE</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country chosen</source>
        <translation>País elegido</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <source>These checklists fail validation and cannot be started until fixed:</source>
        <translation>Estas listas de verificación no superan la validación y no se pueden comenzar hasta que se corrijan:</translation>
    </message>
    <message>
        <source>Choose a checklist that can be started.</source>
        <translation>Elija una lista de verificación que se pueda comenzar.</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation>Escriba el nombre de la institución.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>Choose the country from the list or type its two-letter code.</source>
        <translation>Elija el país de la lista o escriba su código de dos letras.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Comenzando…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation>No se pudo leer el estado de la sincronización: %1</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Volviendo a intentar…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>Sending completed assessments to the hub…</source>
        <translation>Enviando las evaluaciones finalizadas al servidor central…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status; press to sync now</source>
        <translation>Estado de la sincronización; presione para sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v de %m enviados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Detener el envío</translation>
    </message>
    <message>
        <source>Stop sending; what is left stays queued</source>
        <translation>Detener el envío; lo que falte queda en espera de envío</translation>
    </message>
    <message>
        <source>Hub not reachable; next try in %1 s</source>
        <translation>No se puede acceder al servidor central; próximo intento en %1 s</translation>
    </message>
    <message>
        <source>%1
Press to try again now.</source>
        <translation>%1
Presione para volver a intentar ahora.</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>Enviando %1 de %2…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync: not connected</source>
        <translation>Sincronización: no conectada</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Servidor central: %1</translation>
    </message>
    <message>
        <source>USB transfer only</source>
        <translation>Solo transferencia por memoria USB</translation>
    </message>
    <message>
        <source>Not connected to a hub: Sync → Connect to the hub…</source>
        <translation>No conectada a un servidor central: Sincronización → Conectarse al servidor central…</translation>
    </message>
    <message>
        <source>Waiting: %1 · delivered: %2 · rejected: %3</source>
        <translation>En espera: %1 · entregados: %2 · rechazados: %3</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>Última sincronización (%1): %2</translation>
    </message>
    <message>
        <source>Press to sync now (F9).</source>
        <translation>Presione para sincronizar ahora (F9).</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Not sent: this computer is not connected to a hub (Sync → Connect to the hub…).</source>
        <translation>No enviado: esta computadora no está conectada a un servidor central (Sincronización → Conectarse al servidor central…).</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 delivered, %2 rejected, %3 still to send.</source>
        <translation>Sincronización terminada: %1 entregados, %2 rechazados, %3 pendientes de envío.</translation>
    </message>
    <message>
        <source>Sync stopped: %1 delivered; %2 still to send (they stay queued).</source>
        <translation>Sincronización detenida: %1 entregados; %2 pendientes de envío (siguen en espera de envío).</translation>
    </message>
    <message>
        <source>Accord is closing.</source>
        <translation>Accord se está cerrando.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Write the hub&apos;s address as http://host:port, for example http://10.0.0.5:8470.</source>
        <translation>Escriba la dirección del servidor central como http://servidor:puerto, por ejemplo http://10.0.0.5:8470.</translation>
    </message>
    <message>
        <source>The port in the hub&apos;s address is not a number between 1 and 65535.</source>
        <translation>El puerto de la dirección del servidor central no es un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 entregados</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>nada que enviar</translation>
    </message>
    <message>
        <source>Connect this computer to the hub first; then it sends by itself.</source>
        <translation>Primero conecte esta computadora al servidor central; después enviará por sí sola.</translation>
    </message>
    <message>
        <source>Export for USB transfer</source>
        <translation>Exportar para transferencia por memoria USB</translation>
    </message>
    <message>
        <source>Accord transfer files (*.json)</source>
        <translation>Archivos de transferencia de Accord (*.json)</translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet, so nothing can be sealed for it. Connect first (Sync → Connect to the hub…).</source>
        <translation>Esta computadora todavía no está conectada a un servidor central, así que no se puede sellar nada para él. Conéctela primero (Sincronización → Conectarse al servidor central…).</translation>
    </message>
    <message>
        <source>Wrote %1 submission(s) to %2. Give the file to the hub&apos;s operator. They stay “waiting” here until the hub&apos;s receipts come back: import them with Sync → Import receipts….</source>
        <translation>Se escribieron %1 envío(s) en %2. Entregue el archivo al operador del servidor central. Aquí siguen «en espera» hasta que vuelvan los acuses de recibo del servidor central: impórtelos con Sincronización → Importar acuses de recibo….</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>Importar acuses de recibo</translation>
    </message>
    <message>
        <source>Receipts files (*.json);;All files (*)</source>
        <translation>Archivos de acuses de recibo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 submission(s) marked delivered.</source>
        <translation>%1 envío(s) marcado(s) como entregado(s).</translation>
    </message>
    <message>
        <source>The receipts were not imported: %1</source>
        <translation>No se importaron los acuses de recibo: %1</translation>
    </message>
</context>
<context>
    <name>TocModel</name>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation>Claves de confianza</translation>
    </message>
    <message>
        <source>Accord installs only packs signed with one of these keys. The coordinating body&apos;s key ships with Accord; add another publisher&apos;s key only if you received it from them in person or over a channel you trust.</source>
        <translation>Accord solo instala paquetes firmados con una de estas claves. La clave del organismo coordinador viene con Accord; agregue la clave de otro editor solo si la recibió de él en persona o por un canal de confianza.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Agregar clave…</translation>
    </message>
    <message>
        <source>Add a publisher&apos;s key</source>
        <translation>Agregar la clave de un editor</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Stop trusting the selected key</source>
        <translation>Dejar de confiar en la clave seleccionada</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Claves públicas (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Trust a new publisher?</source>
        <translation>¿Confiar en un nuevo editor?</translation>
    </message>
    <message>
        <source>Trust the key %1 (%2)?</source>
        <translation>¿Confiar en la clave %1 (%2)?</translation>
    </message>
    <message>
        <source>Warning: packs signed with this key will then install on this computer exactly like the coordinating body&apos;s own, and can change what every user of this computer reads and the checklists they answer. Add it only if you received it from the publisher in person or over a channel you trust, and compare the key id with theirs.</source>
        <translation>Atención: los paquetes firmados con esta clave se instalarán entonces en esta computadora exactamente igual que los del propio organismo coordinador, y pueden cambiar lo que lee cada usuario de esta computadora y las listas de verificación que responde. Agréguela solo si la recibió del editor en persona o por un canal de confianza, y compare el ID de la clave con el suyo.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Confiar en esta clave</translation>
    </message>
    <message>
        <source>Key %1 is now trusted.</source>
        <translation>La clave %1 ahora es de confianza.</translation>
    </message>
    <message>
        <source>Key %1 is no longer trusted.</source>
        <translation>La clave %1 ya no es de confianza.</translation>
    </message>
    <message>
        <source>Stop trusting a key?</source>
        <translation>¿Dejar de confiar en una clave?</translation>
    </message>
    <message>
        <source>Stop trusting the key %1 (%2)?</source>
        <translation>¿Dejar de confiar en la clave %1 (%2)?</translation>
    </message>
    <message>
        <source>Packs already installed stay; new packs signed with this key will be refused.</source>
        <translation>Los paquetes ya instalados se mantienen; se rechazarán los paquetes nuevos firmados con esta clave.</translation>
    </message>
    <message>
        <source>&amp;Stop trusting</source>
        <translation>&amp;Dejar de confiar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>The AI-governance library: standards, playbooks and checklists, offline.</source>
        <translation>La biblioteca de gobernanza de la IA: normas, guías prácticas y listas de verificación, sin conexión.</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Cargando la biblioteca…</translation>
    </message>
    <message>
        <source>Library summary</source>
        <translation>Resumen de la biblioteca</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documentos recientes</translation>
    </message>
    <message>
        <source>Documents you open appear here.</source>
        <translation>Los documentos que abra aparecerán aquí.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Press Ctrl+D in a document to bookmark it.</source>
        <translation>Presione Ctrl+D en un documento para agregarlo a marcadores.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the document (search elsewhere)</source>
        <translation>Buscar en el documento (o en la biblioteca)</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Flecha izquierda / Alt+Flecha derecha</translation>
    </message>
    <message>
        <source>Back / forward</source>
        <translation>Atrás / adelante</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Bookmark the document</source>
        <translation>Agregar el documento a marcadores</translation>
    </message>
    <message>
        <source>Ctrl+Plus / Ctrl+Minus / Ctrl+0</source>
        <translation>Ctrl+Más / Ctrl+Menos / Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom in / out / reset</source>
        <translation>Acercar / alejar / restablecer</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+Shift+S</source>
        <translation>Ctrl+P / Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Print / save as PDF</source>
        <translation>Imprimir / guardar como PDF</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>All keyboard shortcuts</source>
        <translation>Todos los atajos de teclado</translation>
    </message>
    <message>
        <source>Documents in the library: %1</source>
        <translation>Documentos en la biblioteca: %1</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>La biblioteca está vacía.</translation>
    </message>
    <message>
        <source>%1: %2, browse them</source>
        <translation>%1: %2; explorar</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>What changed in the library</source>
        <translation>Qué cambió en la biblioteca</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>No se instaló nada.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Documents added, updated and removed</source>
        <translation>Documentos agregados, actualizados y eliminados</translation>
    </message>
    <message>
        <source>Checklists: what this means for open drafts</source>
        <translation>Listas de verificación: qué significa para los borradores abiertos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>No instalado: %1</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Abrir documento</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Abrir el documento seleccionado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>versión %1 → %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message>
        <source>Workshop view</source>
        <translation>Vista de taller</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>Lista de ve&amp;rificación:</translation>
    </message>
    <message>
        <source>Checklist of the workshop</source>
        <translation>Lista de verificación del taller</translation>
    </message>
    <message>
        <source>&amp;Name the groups…</source>
        <translation>&amp;Nombrar los grupos…</translation>
    </message>
    <message>
        <source>Name the groups of the workshop</source>
        <translation>Nombrar los grupos del taller</translation>
    </message>
    <message>
        <source>Groups shown</source>
        <translation>Grupos mostrados</translation>
    </message>
    <message>
        <source>◀ Previous groups</source>
        <translation>◀ Grupos anteriores</translation>
    </message>
    <message>
        <source>Previous groups (Page Up)</source>
        <translation>Grupos anteriores (Re Pág)</translation>
    </message>
    <message>
        <source>Next groups ▶</source>
        <translation>Grupos siguientes ▶</translation>
    </message>
    <message>
        <source>Next groups (Page Down)</source>
        <translation>Grupos siguientes (Av Pág)</translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation>Mostrar el &amp;gráfico</translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation>Alternar entre la tabla y el gráfico</translation>
    </message>
    <message>
        <source>Switch between the table and the chart (Ctrl+T)</source>
        <translation>Alternar entre la tabla y el gráfico (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Presentation mode, full screen, large text</source>
        <translation>Modo presentación, pantalla completa, texto grande</translation>
    </message>
    <message>
        <source>Full screen, large text for a projector (F11)</source>
        <translation>Pantalla completa, texto grande para un proyector (F11)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Volver a la lista de evaluaciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n assessments)</source>
        <translation>
            <numerusform>%1 (%n evaluación)</numerusform>
            <numerusform>%1 (%n evaluaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop presenting (Esc)</source>
        <translation>Dejar de presentar (Esc)</translation>
    </message>
    <message>
        <source>Groups %1–%2 of %3</source>
        <translation>Grupos %1–%2 de %3</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Workshop view</source>
        <translation>Vista de taller</translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation>Mostrar el &amp;gráfico</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Groups to compare</source>
        <translation>Grupos que comparar</translation>
    </message>
    <message>
        <source>What the workshop view shows</source>
        <translation>Qué muestra la vista de taller</translation>
    </message>
    <message>
        <source>Scores per group with mean and spread</source>
        <translation>Puntuaciones por grupo con media y dispersión</translation>
    </message>
    <message>
        <source>One assessment per group. Tick the ones to compare; drafts are left out until ticked. F2 renames a group.</source>
        <translation>Una evaluación por grupo. Marque las que quiera comparar; los borradores quedan fuera hasta que los marque. F2 cambia el nombre de un grupo.</translation>
    </message>
    <message>
        <source>Chart of the groups and their mean</source>
        <translation>Gráfico de los grupos y su media</translation>
    </message>
    <message>
        <source>There are no assessments yet. Start one per group.</source>
        <translation>Todavía no hay evaluaciones. Comience una por grupo.</translation>
    </message>
    <message>
        <source>Name the groups, so that everyone can tell them apart on the screen.</source>
        <translation>Ponga nombre a los grupos para que todos puedan distinguirlos en la pantalla.</translation>
    </message>
    <message>
        <source>Name the groups…</source>
        <translation>Nombrar los grupos…</translation>
    </message>
    <message>
        <source>No group has completed its assessment yet: tick the drafts to compare.</source>
        <translation>Ningún grupo ha finalizado todavía su evaluación: marque los borradores para compararlos.</translation>
    </message>
    <message>
        <source>Tick at least one group.</source>
        <translation>Marque al menos un grupo.</translation>
    </message>
    <message>
        <source>Mean of the groups</source>
        <translation>Media de los grupos</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n groups. Mean and spread count only the groups that assessed a component; a component no group assessed is “not assessed”.</source>
        <translation>
            <numerusform>%1 — %n grupo. La media y la dispersión solo cuentan los grupos que evaluaron un componente; un componente que ningún grupo evaluó figura como «no evaluado».</numerusform>
            <numerusform>%1 — %n grupos. La media y la dispersión solo cuentan los grupos que evaluaron un componente; un componente que ningún grupo evaluó figura como «no evaluado».</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;table</source>
        <translation>Mostrar la &amp;tabla</translation>
    </message>
</context>
</TS>
