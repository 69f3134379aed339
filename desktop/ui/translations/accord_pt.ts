<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
        <translation>Lista de autoavaliações</translation>
    </message>
    <message>
        <source>No assessments yet. Choose “New assessment…” (Ctrl+N) to start one.</source>
        <translation>Ainda não há avaliações. Escolha “Nova avaliação…” (Ctrl+N) para começar uma.</translation>
    </message>
    <message>
        <source>Readiness self-assessments</source>
        <translation>Autoavaliações de preparação</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nova avaliação…</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Iniciar uma nova avaliação</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Iniciar uma nova avaliação (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Abrir a avaliação selecionada</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>Results of the selected assessment</source>
        <translation>Resultados da avaliação selecionada</translation>
    </message>
    <message>
        <source>Results (Ctrl+R)</source>
        <translation>Resultados (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Workshop view</source>
        <translation>Vista de &amp;oficina</translation>
    </message>
    <message>
        <source>Compare groups in the workshop view</source>
        <translation>Comparar grupos na vista de oficina</translation>
    </message>
    <message>
        <source>Workshop view (Ctrl+Shift+W)</source>
        <translation>Vista de oficina (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Answer a checklist for an institution, offline. Answers are saved as you type; close at any time and continue where you left off.</source>
        <translation>Responda a uma lista de verificação para uma instituição, sem conexão. As respostas são salvas enquanto você digita; feche a qualquer momento e continue de onde parou.</translation>
    </message>
    <message>
        <source>Where you left off</source>
        <translation>Onde você parou</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continuar de onde parou</translation>
    </message>
    <message>
        <source>Filter the assessments</source>
        <translation>Filtrar as avaliações</translation>
    </message>
    <message>
        <source>Filter by institution, country or checklist</source>
        <translation>Filtrar por instituição, país ou lista de verificação</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>Todas as avaliações</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue where you left off:&lt;/b&gt; %1 — %2, %3, last changed %4.</source>
        <translation>&lt;b&gt;Continuar de onde parou:&lt;/b&gt; %1 — %2, %3, última alteração em %4.</translation>
    </message>
</context>
<context>
    <name>AssessmentModels</name>
    <message>
        <source>%1 — fails validation, cannot be started</source>
        <translation>%1 — falha na validação, não pode ser iniciada</translation>
    </message>
    <message>
        <source>%1 (version %2, %3 questions)</source>
        <translation>%1 (versão %2, %3 perguntas)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · revisão %2</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sem pontuação</translation>
    </message>
    <message>
        <source>Insufficient coverage</source>
        <translation>Cobertura insuficiente</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Não coberto</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Não avaliado</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 de %3)</translation>
    </message>
    <message>
        <source>below the minimum coverage of %1 %: %2</source>
        <translation>abaixo da cobertura mínima de %1&#xa0;%: %2</translation>
    </message>
    <message>
        <source>every question marked not applicable: %1</source>
        <translation>todas as perguntas marcadas como “Não se aplica”: %1</translation>
    </message>
    <message>
        <source>This checklist has no questions.</source>
        <translation>Esta lista de verificação não tem perguntas.</translation>
    </message>
    <message>
        <source>Not computed: the overall index needs a score in every component; %1.</source>
        <translation>Não calculado: o índice geral precisa de uma pontuação em cada componente; %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 questions are answered or closed (%3 %); a score is shown from %4 % on. Answer more of its questions.</source>
        <translation>Apenas %1 de %2 perguntas estão respondidas ou fechadas (%3&#xa0;%); uma pontuação é exibida a partir de %4&#xa0;%. Responda a mais perguntas deste componente.</translation>
    </message>
    <message>
        <source>Every question here is marked not applicable, so it has no score.</source>
        <translation>Todas as perguntas aqui estão marcadas como “Não se aplica”, portanto não há pontuação.</translation>
    </message>
    <message>
        <source>This checklist has no question here.</source>
        <translation>Esta lista de verificação não tem nenhuma pergunta aqui.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (nível %2 de %3)</translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation>Nível %1 de 4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Parcialmente</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Pontuação (0–100)</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Perguntas: %1</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>Resultados por referencial</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Referenciais</translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component: a score is shown only from the checklist&apos;s minimum coverage on.</source>
        <translation>As mesmas respostas lidas à luz de outros referenciais. Cada parte conta as perguntas mapeadas para ela, com as mesmas regras de um componente: uma pontuação só é exibida a partir da cobertura mínima da lista de verificação.</translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation>Esta lista de verificação não mapeia as suas perguntas para nenhum outro referencial.</translation>
    </message>
    <message>
        <source>Not queued yet</source>
        <translation>Ainda não está na fila</translation>
    </message>
    <message>
        <source>Delivered · receipt %1</source>
        <translation>Entregue · comprovante %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeitado: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Queued (tried %1×)</source>
        <translation>Na fila (tentativas: %1)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation>Revisão %1: %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Avaliadores</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sent to hub</source>
        <translation>Envio ao servidor central</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation>Índice geral</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>%1 · %2 covered</source>
        <translation>%1 · cobertura de %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Última tentativa: %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Entregue em %1</translation>
    </message>
    <message>
        <source>no assessors named</source>
        <translation>nenhum avaliador indicado</translation>
    </message>
    <message>
        <source>%1 — %2; assessors: %3</source>
        <translation>%1 — %2; avaliadores: %3</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nova)</translation>
    </message>
    <message>
        <source> (changed: answer again)</source>
        <translation> (alterada: responda novamente)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: %2 de %3 perguntas respondidas</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Não calculado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
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
        <translation>%1 (rascunho)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Dispersão (DP)</translation>
    </message>
    <message>
        <source>Coverage %1</source>
        <translation>Cobertura %1</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersão</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Self-assessments</source>
        <translation>Autoavaliações</translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written, so assessments can be read but not changed. Answers you type are kept in the form and saved as soon as the folder can be written again.</source>
        <translation>Não é possível gravar na pasta de dados do Accord; por isso, as avaliações podem ser lidas, mas não alteradas. As respostas que você digitar ficam no formulário e são salvas assim que for possível gravar na pasta novamente.</translation>
    </message>
    <message>
        <source>The assessments could not be opened: %1</source>
        <translation>Não foi possível abrir as avaliações: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>The assessments could not be listed: %1</source>
        <translation>Não foi possível listar as avaliações: %1</translation>
    </message>
    <message>
        <source>The library is still loading.</source>
        <translation>A biblioteca ainda está carregando.</translation>
    </message>
    <message>
        <source>The draft cannot be moved: %1</source>
        <translation>Não é possível mover o rascunho: %1</translation>
    </message>
    <message>
        <source>The draft could not be moved: %1</source>
        <translation>Não foi possível mover o rascunho: %1</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Respostas não salvas</translation>
    </message>
    <message>
        <source>Some answers you typed are not saved yet: %1</source>
        <translation>Algumas respostas que você digitou ainda não foram salvas: %1</translation>
    </message>
    <message>
        <source>Keep Accord open and save them once the cause is fixed, or quit and lose them.</source>
        <translation>Mantenha o Accord aberto e salve-as quando a causa for corrigida, ou saia e perca-as.</translation>
    </message>
    <message>
        <source>&amp;Keep Accord open</source>
        <translation>&amp;Manter o Accord aberto</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Sair sem salvar</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <source>Comparison with an earlier assessment</source>
        <translation>Comparação com uma avaliação anterior</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparar &amp;com:</translation>
    </message>
    <message>
        <source>Earlier assessment to compare with</source>
        <translation>Avaliação anterior para comparação</translation>
    </message>
    <message>
        <source>There is no earlier assessment of this institution to compare with. Start one next year with the same institution name and country to see the change.</source>
        <translation>Não há avaliação anterior desta instituição para comparar. Inicie uma no próximo ano com o mesmo nome de instituição e o mesmo país para ver a evolução.</translation>
    </message>
    <message>
        <source>Change per component</source>
        <translation>Variação por componente</translation>
    </message>
    <message>
        <source>Chart: now and earlier</source>
        <translation>Gráfico: agora e antes</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Nenhuma comparação</translation>
    </message>
    <message>
        <source>%1 — started %2, %3</source>
        <translation>%1 — iniciada em %2, %3</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>A comparação falhou: %1</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>Antes (%1)</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Mark the assessment complete</source>
        <translation>Marcar a avaliação como concluída</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>O que falta</translation>
    </message>
    <message>
        <source>Why is it partial? The reason goes with the assessment to the coordinating body, which keeps partial assessments out of the national index.</source>
        <translation>Por que ela é parcial? O motivo acompanha a avaliação até o órgão coordenador, que deixa as avaliações parciais fora do índice nacional.</translation>
    </message>
    <message>
        <source>Reason for submitting as partial</source>
        <translation>Motivo do envio como parcial</translation>
    </message>
    <message>
        <source>For example: the data protection office did not take part.</source>
        <translation>Por exemplo: o escritório de proteção de dados não participou.</translation>
    </message>
    <message>
        <source>These questions are marked not applicable without a reason. Write in each one&apos;s note why it does not apply, or answer it, before completing.</source>
        <translation>Estas perguntas estão marcadas como “Não se aplica” sem motivo. Escreva na nota de cada uma por que ela não se aplica, ou responda a ela, antes de concluir.</translation>
    </message>
    <message>
        <source>This assessment cannot be marked complete: every component needs at least %1 % of its questions answered to have a score, and these do not. Answer more of their questions, or submit the assessment as partial, with a reason.</source>
        <translation>Esta avaliação não pode ser marcada como concluída: cada componente precisa de pelo menos %1&#xa0;% das suas perguntas respondidas para ter uma pontuação, e estes não têm. Responda a mais perguntas deles ou envie a avaliação como parcial, com um motivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) shown to you have no answer yet. They are listed below; an unanswered question does not count in the scores. Every component has enough answers for a score.</source>
        <translation>
            <numerusform>%n pergunta exibida para você ainda não tem resposta. Ela está listada abaixo; uma pergunta sem resposta não conta nas pontuações. Todos os componentes têm respostas suficientes para uma pontuação.</numerusform>
            <numerusform>%n perguntas exibidas para você ainda não têm resposta. Elas estão listadas abaixo; uma pergunta sem resposta não conta nas pontuações. Todos os componentes têm respostas suficientes para uma pontuação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question has an answer. Mark the assessment complete? You can still change answers later: a change starts a new revision, and this one is kept.</source>
        <translation>Todas as perguntas têm resposta. Marcar a avaliação como concluída? Você ainda poderá alterar respostas depois: uma alteração inicia uma nova revisão, e esta é mantida.</translation>
    </message>
    <message>
        <source>%1: coverage %2</source>
        <translation>%1: cobertura %2</translation>
    </message>
    <message>
        <source>%1: every question marked not applicable</source>
        <translation>%1: todas as perguntas marcadas como “Não se aplica”</translation>
    </message>
    <message>
        <source>Questions still unanswered:</source>
        <translation>Perguntas ainda sem resposta:</translation>
    </message>
    <message>
        <source>Go to the first one</source>
        <translation>Ir para a primeira</translation>
    </message>
    <message>
        <source>Go to the first unanswered</source>
        <translation>Ir para a primeira sem resposta</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como concluída</translation>
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
        <translation>Conectar ao servidor central</translation>
    </message>
    <message>
        <source>Ask the hub&apos;s operator for its address and a one-time code. This computer then sends each completed assessment to that hub, signed with its own key and sealed so only the hub can read it.</source>
        <translation>Peça ao operador do servidor central o endereço e um código de uso único. Este computador passará então a enviar cada avaliação concluída a esse servidor central, assinada com a chave própria do computador e lacrada para que só o servidor central possa lê-la.</translation>
    </message>
    <message>
        <source>Connected now to %1. Connecting again replaces that hub; assessments waiting to be sent are sealed for the new one.</source>
        <translation>Conectado agora a %1. Conectar novamente substitui esse servidor central; as avaliações que aguardam envio são lacradas para o novo.</translation>
    </message>
    <message>
        <source>a hub (USB transfer only)</source>
        <translation>um servidor central (somente transferência por USB)</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Endereço do servidor central</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <source>Name of this computer on the hub</source>
        <translation>Nome deste computador no servidor central</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Endereço do servidor central:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Código de uso único:</translation>
    </message>
    <message>
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Nome deste computador:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>Testar a conexão com o servidor central</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Conect&amp;ar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>The hub answered (%1). Enter the one-time code and connect.</source>
        <translation>O servidor central respondeu (%1). Digite o código de uso único e conecte.</translation>
    </message>
    <message>
        <source>Enter the one-time code from the hub&apos;s operator.</source>
        <translation>Digite o código de uso único fornecido pelo operador do servidor central.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to the hub %1 (key %2).</source>
        <translation>Conectado ao servidor central %1 (chave %2).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Accord cannot open its data folder. Check that the folder exists and that you may write in it, or choose another data folder.</source>
        <translation>O Accord não consegue abrir a sua pasta de dados. Verifique se a pasta existe e se você tem permissão para gravar nela, ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Accord. Install that version to open it; nothing was changed.</source>
        <translation>Os seus dados foram salvos por uma versão mais recente do Accord. Instale essa versão para abri-los; nada foi alterado.</translation>
    </message>
    <message>
        <source>Accord&apos;s database is damaged. Restore the latest backup or start with an empty database; the damaged file is kept.</source>
        <translation>O banco de dados do Accord está danificado. Restaure o backup mais recente ou comece com um banco de dados vazio; o arquivo danificado é mantido.</translation>
    </message>
    <message>
        <source>This document is not in the library. Search the library for it by its title.</source>
        <translation>Este documento não está na biblioteca. Pesquise-o na biblioteca pelo título.</translation>
    </message>
    <message>
        <source>This assessment is no longer in your data. Choose another one in the list.</source>
        <translation>Esta avaliação não está mais nos seus dados. Escolha outra na lista.</translation>
    </message>
    <message>
        <source>Too few questions are answered to mark the assessment complete. Answer more questions, or submit it as partial with a reason.</source>
        <translation>Há poucas perguntas respondidas para marcar a avaliação como concluída. Responda a mais perguntas ou envie-a como parcial, com um motivo.</translation>
    </message>
    <message>
        <source>“Not applicable” needs a reason. Write why the question does not apply.</source>
        <translation>“Não se aplica” precisa de um motivo. Escreva por que a pergunta não se aplica.</translation>
    </message>
    <message>
        <source>Some questions are marked “Not applicable” without a reason. Write a reason for each of them.</source>
        <translation>Algumas perguntas estão marcadas como “Não se aplica” sem motivo. Escreva um motivo para cada uma delas.</translation>
    </message>
    <message>
        <source>The PDF report cannot be made on this computer: Qt&apos;s PDF writer is missing.</source>
        <translation>O relatório em PDF não pode ser gerado neste computador: falta o gerador de PDF do Qt.</translation>
    </message>
    <message>
        <source>Another content pack is being installed. Wait until it is done.</source>
        <translation>Outro pacote de conteúdo está sendo instalado. Aguarde até que termine.</translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match its contents: it was changed after it was signed. Ask the publisher for a new copy.</source>
        <translation>A assinatura do pacote não corresponde ao seu conteúdo: ele foi alterado depois de assinado. Peça ao editor uma nova cópia.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the network and the hub&apos;s address; your assessments stay queued.</source>
        <translation>Não é possível acessar o servidor central. Verifique a rede e o endereço do servidor central; as suas avaliações continuam na fila.</translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet. Connect it to the hub first.</source>
        <translation>Este computador ainda não está conectado a um servidor central. Conecte-o primeiro ao servidor central.</translation>
    </message>
    <message>
        <source>Details (in English): %1</source>
        <translation>Detalhes (em inglês): %1</translation>
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
        <translation>Localizar na página</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Localizar:</translation>
    </message>
    <message>
        <source>Text in this document</source>
        <translation>Texto neste documento</translation>
    </message>
    <message>
        <source>Text to find in this document</source>
        <translation>Texto a localizar neste documento</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Ocorrência anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Próxima ocorrência (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado da localização</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fechar a barra de localização</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhuma ocorrência</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %n</source>
        <translation>
            <numerusform>Ocorrências: %n</numerusform>
            <numerusform>Ocorrências: %n</numerusform>
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
        <translation>Abrir uma página da web?</translation>
    </message>
    <message>
        <source>This link leaves Accord and opens in your web browser:
%1</source>
        <translation>Este link sai do Accord e abre no seu navegador:
%1</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message numerus="yes">
        <source>Search is ready: %n document(s) indexed in %1.</source>
        <translation>
            <numerusform>A pesquisa está pronta: %n documento indexado em %1.</numerusform>
            <numerusform>A pesquisa está pronta: %n documentos indexados em %1.</numerusform>
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
        <translation>Manual prático</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Manuais práticos</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificação</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guias</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Documento de referência</translation>
    </message>
    <message>
        <source>Ethical AI practices</source>
        <translation>Práticas éticas de IA</translation>
    </message>
    <message>
        <source>Robustness and security</source>
        <translation>Robustez e segurança</translation>
    </message>
    <message>
        <source>Governance and regulatory compliance</source>
        <translation>Governança e conformidade regulatória</translation>
    </message>
    <message>
        <source>Transparency and explainability</source>
        <translation>Transparência e explicabilidade</translation>
    </message>
    <message>
        <source>Human–AI collaboration</source>
        <translation>Colaboração entre humanos e IA</translation>
    </message>
    <message>
        <source>Societal and environmental impact</source>
        <translation>Impacto social e ambiental</translation>
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
        <translation>Agentes públicos</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Safety Index component</source>
        <translation>Componente do Índice de Segurança</translation>
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
        <translation>Pacote de conteúdo</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the assessment</source>
        <translation>Idioma da avaliação</translation>
    </message>
    <message>
        <source>The language of the questions, the guidance and the PDF report. Answers count the same in every language, so results can be compared.</source>
        <translation>O idioma das perguntas, das orientações e do relatório em PDF. As respostas valem o mesmo em todos os idiomas, de modo que os resultados podem ser comparados.</translation>
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
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Use the language of this computer&apos;s settings</source>
        <translation>Usar o idioma das configurações deste computador</translation>
    </message>
    <message>
        <source>Show Accord in %1</source>
        <translation>Exibir o Accord em %1</translation>
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
        <translation>Por componente do Índice de Segurança</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Sem componente</translation>
    </message>
    <message numerus="yes">
        <source>%1, documents: %n</source>
        <translation>
            <numerusform>%1, documentos: %n</numerusform>
            <numerusform>%1, documentos: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSearch</name>
    <message>
        <source>Search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation>Digite para pesquisar na biblioteca.</translation>
    </message>
    <message>
        <source>The search index is being prepared; results will appear here.</source>
        <translation>O índice de pesquisa está sendo preparado; os resultados aparecerão aqui.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Search the Library</source>
        <translation>&amp;Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Find in the document when it has the focus; otherwise search the library</source>
        <translation>Localizar no documento quando ele tem o foco; caso contrário, pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Localizar pró&amp;xima</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Voltar (Alt+Seta para a esquerda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Avançar (Alt+Seta para a direita)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Página &amp;inicial</translation>
    </message>
    <message>
        <source>Start page (Alt+Home)</source>
        <translation>Página inicial (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Document</source>
        <translation>Adicionar este documento aos &amp;favoritos</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>Texto maior (Ctrl+Mais)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Texto menor (Ctrl+Menos)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Tamanho &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimir (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Salvar como PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>&amp;Fechar documento</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>B&amp;ookmarks</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <source>&amp;Recent Documents</source>
        <translation>Documentos r&amp;ecentes</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>&amp;Reload Library and Index</source>
        <translation>Recarregar &amp;biblioteca e índice</translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation>&amp;Cancelar indexação</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>&amp;Sobre o Accord</translation>
    </message>
    <message>
        <source>&amp;Install Content Pack…</source>
        <translation>&amp;Instalar pacote de conteúdo…</translation>
    </message>
    <message>
        <source>Install a content pack (.accordpack) from a file or USB stick (Ctrl+O)</source>
        <translation>Instalar um pacote de conteúdo (.accordpack) a partir de um arquivo ou de um pen drive USB (Ctrl+O)</translation>
    </message>
    <message>
        <source>Content &amp;Packs…</source>
        <translation>&amp;Pacotes de conteúdo…</translation>
    </message>
    <message>
        <source>Installed content packs: roll back, remove, export, trusted keys</source>
        <translation>Pacotes de conteúdo instalados: voltar à versão anterior, remover, exportar, chaves confiáveis</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Send completed assessments to the hub now (F9)</source>
        <translation>Enviar agora as avaliações concluídas ao servidor central (F9)</translation>
    </message>
    <message>
        <source>&amp;Connect to the Hub…</source>
        <translation>&amp;Conectar ao servidor central…</translation>
    </message>
    <message>
        <source>&amp;Network and Proxy…</source>
        <translation>&amp;Rede e proxy…</translation>
    </message>
    <message>
        <source>&amp;Export for USB Transfer…</source>
        <translation>&amp;Exportar para transferência por USB…</translation>
    </message>
    <message>
        <source>Write every assessment not yet delivered to one file for a USB stick</source>
        <translation>Gravar todas as avaliações ainda não entregues em um único arquivo para um pen drive USB</translation>
    </message>
    <message>
        <source>&amp;Import Receipts…</source>
        <translation>&amp;Importar comprovantes…</translation>
    </message>
    <message>
        <source>Mark assessments delivered from the hub&apos;s receipts file</source>
        <translation>Marcar avaliações como entregues a partir do arquivo de comprovantes do servidor central</translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nova avaliação…</translation>
    </message>
    <message>
        <source>Start a self-assessment of an institution (Ctrl+N)</source>
        <translation>Iniciar uma autoavaliação de uma instituição (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>The results of the assessment open or selected (Ctrl+R)</source>
        <translation>Os resultados da avaliação aberta ou selecionada (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Workshop View</source>
        <translation>Vista de &amp;oficina</translation>
    </message>
    <message>
        <source>Compare the groups of a workshop side by side (Ctrl+Shift+W)</source>
        <translation>Comparar lado a lado os grupos de uma oficina (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Present the Workshop</source>
        <translation>&amp;Apresentar a oficina</translation>
    </message>
    <message>
        <source>Full screen, large type for a projector; Esc leaves (F11)</source>
        <translation>Tela cheia, letra grande para projetor; Esc sai (F11)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir pasta de &amp;registros</translation>
    </message>
    <message>
        <source>Show the folder with Accord&apos;s log files</source>
        <translation>Mostrar a pasta com os arquivos de registro do Accord</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronização</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Navigation toolbar</source>
        <translation>Barra de navegação</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
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
        <translation>Biblioteca e favoritos</translation>
    </message>
    <message>
        <source>Sidebar tabs</source>
        <translation>Abas da barra lateral</translation>
    </message>
    <message>
        <source>Library: documents by type and by component</source>
        <translation>Biblioteca: documentos por tipo e por componente</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documentos recentes</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation>Sobre o Accord</translation>
    </message>
    <message>
        <source>Accord %1 — the offline AI-governance library.
Library: %2
Data: %3</source>
        <translation>Accord %1 — a biblioteca de governança de IA sem conexão.
Biblioteca: %2
Dados: %3</translation>
    </message>
    <message>
        <source>Accord&apos;s log files are in %1</source>
        <translation>Os arquivos de registro do Accord estão em %1</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Preparando o índice de pesquisa…</translation>
    </message>
    <message>
        <source>Search is ready.</source>
        <translation>A pesquisa está pronta.</translation>
    </message>
    <message>
        <source>Search is unavailable: %1</source>
        <translation>A pesquisa não está disponível: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>A indexação foi cancelada.</translation>
    </message>
    <message>
        <source>Indexing was cancelled, so search is not available yet.</source>
        <translation>A indexação foi cancelada; por isso, a pesquisa ainda não está disponível.</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>Indexar agora</translation>
    </message>
    <message>
        <source>%1 could not be loaded, so it cannot be shown; fix the problem listed.</source>
        <translation>Não foi possível carregar %1, portanto não pode ser exibido; corrija o problema indicado.</translation>
    </message>
    <message>
        <source>%1 — Accord</source>
        <translation>%1 — Accord</translation>
    </message>
    <message>
        <source>Search: %1 — Accord</source>
        <translation>Pesquisa: %1 — Accord</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Drop one pack or one folder at a time; installing %1.</source>
        <translation>Solte um pacote ou uma pasta de cada vez; instalando %1.</translation>
    </message>
    <message>
        <source>Keep my data on this computer</source>
        <translation>Manter meus dados neste computador</translation>
    </message>
    <message>
        <source>Keep my data on the stick</source>
        <translation>Manter meus dados no pen drive</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimindo…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>A impressão falhou: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Salvando %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Salvo: %1.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Não foi possível salvar o PDF: %1</translation>
    </message>
    <message>
        <source>Bookmarks are not available: the database is not open.</source>
        <translation>Os favoritos não estão disponíveis: o banco de dados não está aberto.</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Adicionado aos favoritos.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Removido dos favoritos.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar o backup mais recente</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Começar com um banco de dados vazio</translation>
    </message>
    <message>
        <source>Until then, bookmarks and recent documents are not saved.</source>
        <translation>Até lá, os favoritos e os documentos recentes não são salvos.</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Carregando a biblioteca…</translation>
    </message>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation>Não foi possível carregar a biblioteca: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documentos: %1</translation>
    </message>
    <message>
        <source>Library loaded.</source>
        <translation>Biblioteca carregada.</translation>
    </message>
    <message>
        <source>Assessments are not available: %1</source>
        <translation>As avaliações não estão disponíveis: %1</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>Ava&amp;liações</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Número de documentos</translation>
    </message>
    <message>
        <source>Search index progress</source>
        <translation>Progresso do índice de pesquisa</translation>
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
        <translation>Cancelar a indexação</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Mostrar problemas</translation>
    </message>
    <message>
        <source>⚠ Problems: %1</source>
        <translation>⚠ Problemas: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <source>The assessments are still loading.</source>
        <translation>As avaliações ainda estão carregando.</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Move to checklist version %1</source>
        <translation>Mover para a versão %1 da lista de verificação</translation>
    </message>
    <message>
        <source>Moving this draft from version %1 to version %2 carries %3 answers over by question. Nothing is deleted: the history keeps every earlier value.</source>
        <translation>Mover este rascunho da versão %1 para a versão %2 transfere %3 respostas, pergunta por pergunta. Nada é excluído: o histórico guarda todos os valores anteriores.</translation>
    </message>
    <message>
        <source>Questions removed in version %1 (answers kept and listed, no longer scored)</source>
        <translation>Perguntas removidas na versão %1 (respostas mantidas e listadas, sem contar mais na pontuação)</translation>
    </message>
    <message>
        <source>Answers the new scale does not accept (value cleared, note kept)</source>
        <translation>Respostas que a nova escala não aceita (valor apagado, nota mantida)</translation>
    </message>
    <message>
        <source>Questions changed under the same id (value cleared to answer again, note kept)</source>
        <translation>Perguntas alteradas com o mesmo identificador (valor apagado para responder novamente, nota mantida)</translation>
    </message>
    <message>
        <source>New questions (flagged “new” in the runner)</source>
        <translation>Novas perguntas (sinalizadas como “nova” na tela de perguntas)</translation>
    </message>
    <message>
        <source>&amp;Move to version %1</source>
        <translation>&amp;Mover para a versão %1</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Agora não</translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation>Manter a versão atual</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
</context>
<context>
    <name>NaReasonDialog</name>
    <message>
        <source>Not applicable: %1</source>
        <translation>Não se aplica: %1</translation>
    </message>
    <message>
        <source>Why does this question not apply to this institution? The reason is saved as the question&apos;s note and shown in the report. A weak answer is not a reason: answer it instead. Enter saves; Shift+Enter starts a new line.</source>
        <translation>Por que esta pergunta não se aplica a esta instituição? O motivo é salvo como nota da pergunta e exibido no relatório. Uma resposta fraca não é um motivo: nesse caso, responda à pergunta. Enter salva; Shift+Enter inicia uma nova linha.</translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translation>Motivo pelo qual não se aplica</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Marcar como “Não se aplica”</translation>
    </message>
</context>
<context>
    <name>NameGroupsDialog</name>
    <message>
        <source>Name the groups</source>
        <translation>Nomear os grupos</translation>
    </message>
    <message>
        <source>Give each group a name the room will recognise, such as its table or its team. The names are shown in the workshop view and when presenting.</source>
        <translation>Dê a cada grupo um nome que todos na sala reconheçam, como a mesa ou a equipe dele. Os nomes são exibidos na vista de oficina e durante a apresentação.</translation>
    </message>
    <message>
        <source>%1 — %2, started %3</source>
        <translation>%1 — %2, iniciada em %3</translation>
    </message>
    <message>
        <source>Name of the group: %1</source>
        <translation>Nome do grupo: %1</translation>
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
        <translation>Mensagem de aviso</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Dispensar o aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Figure</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Level of the figure</source>
        <translation>Nível do número</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <source>Where to find the figure</source>
        <translation>Onde encontrar o número</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>quanto maior, melhor</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>quanto menor, melhor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Levels (%1): %2</source>
        <translation>Níveis (%1): %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Marked not applicable; type a figure to answer instead.</source>
        <translation>Marcada como “Não se aplica”; digite um número para responder.</translation>
    </message>
    <message>
        <source>Type the figure and press Enter.</source>
        <translation>Digite o número e pressione Enter.</translation>
    </message>
    <message>
        <source>Level %1 of %2 (%3)</source>
        <translation>Nível %1 de %2 (%3)</translation>
    </message>
</context>
<context>
    <name>OverallCard</name>
    <message>
        <source>Overall index</source>
        <translation>Índice geral</translation>
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
        <translation>Por que o índice geral tem este valor</translation>
    </message>
    <message>
        <source>Status and dates</source>
        <translation>Situação e datas</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Não calculado</translation>
    </message>
    <message>
        <source>Coverage: %1 % — %2 of %3 applicable questions answered or closed by an earlier answer. A score is shown from %4 % in each component.</source>
        <translation>Cobertura: %1&#xa0;% — %2 de %3 perguntas aplicáveis respondidas ou fechadas por uma resposta anterior. Uma pontuação é exibida a partir de %4&#xa0;% em cada componente.</translation>
    </message>
    <message>
        <source>No applicable question has an answer yet.</source>
        <translation>Nenhuma pergunta aplicável tem resposta ainda.</translation>
    </message>
    <message>
        <source>Every component the checklist covers has a score.</source>
        <translation>Todos os componentes cobertos pela lista de verificação têm uma pontuação.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) marked not applicable; the reasons are in the report.</source>
        <translation>
            <numerusform>%n pergunta marcada como “Não se aplica”; o motivo está no relatório.</numerusform>
            <numerusform>%n perguntas marcadas como “Não se aplica”; os motivos estão no relatório.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown question(s) still unanswered.</source>
        <translation>
            <numerusform>%n pergunta exibida ainda sem resposta.</numerusform>
            <numerusform>%n perguntas exibidas ainda sem resposta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Situação: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Iniciada em: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Concluída em: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Última alteração: %1</translation>
    </message>
    <message>
        <source>Assessors: %1</source>
        <translation>Avaliadores: %1</translation>
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
        <translation>Documentos novos (%1)</translation>
    </message>
    <message>
        <source>Updated documents (%1)</source>
        <translation>Documentos atualizados (%1)</translation>
    </message>
    <message>
        <source>Removed documents (%1)</source>
        <translation>Documentos removidos (%1)</translation>
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
        <translation>; se você confia neste editor, adicione a chave dele em Chaves confiáveis, em Arquivo → Pacotes de conteúdo.</translation>
    </message>
    <message>
        <source>, or choose “Install anyway” to replace it</source>
        <translation>, ou escolha “Instalar mesmo assim” para substituí-lo</translation>
    </message>
    <message>
        <source>, or choose “Install anyway” (the copy in the later pack is then hidden)</source>
        <translation>, ou escolha “Instalar mesmo assim” (a cópia no pacote posterior fica então oculta)</translation>
    </message>
    <message>
        <source> because you chose “Install anyway”</source>
        <translation> porque você escolheu “Instalar mesmo assim”</translation>
    </message>
    <message>
        <source> Remove the pack or install another version.</source>
        <translation> Remova o pacote ou instale outra versão.</translation>
    </message>
    <message>
        <source> the publisher gave you</source>
        <translation> que o editor lhe forneceu</translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed.</source>
        <translation>O pacote “%1” %2 foi instalado.</translation>
    </message>
    <message>
        <source>The pack “%1” was updated from version %3 to %2.</source>
        <translation>O pacote “%1” foi atualizado da versão %3 para a %2.</translation>
    </message>
    <message>
        <source>The pack “%1” was returned to the older version %2 (was %3).</source>
        <translation>O pacote “%1” voltou para a versão mais antiga %2 (era %3).</translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed again.</source>
        <translation>O pacote “%1” %2 foi instalado novamente.</translation>
    </message>
    <message>
        <source>The pack “%1” %2 is already installed; nothing changed.</source>
        <translation>O pacote “%1” %2 já está instalado; nada foi alterado.</translation>
    </message>
    <message>
        <source>The pack “%1” was rolled back from version %3 to %2.</source>
        <translation>O pacote “%1” voltou da versão %3 para a versão anterior %2.</translation>
    </message>
    <message>
        <source>The pack “%1” %3 was removed.</source>
        <translation>O pacote “%1” %3 foi removido.</translation>
    </message>
    <message>
        <source>The pack “%1”: %2.</source>
        <translation>O pacote “%1”: %2.</translation>
    </message>
    <message>
        <source>The library shows version %2 again.</source>
        <translation>A biblioteca volta a exibir a versão %2.</translation>
    </message>
    <message>
        <source>(A delta pack: only the changed documents travelled.)</source>
        <translation>(Um pacote diferencial: só os documentos alterados foram transferidos.)</translation>
    </message>
    <message>
        <source>No document changed.</source>
        <translation>Nenhum documento foi alterado.</translation>
    </message>
    <message>
        <source>Documents: %1 new, %2 updated, %3 removed.</source>
        <translation>Documentos: %1 novos, %2 atualizados, %3 removidos.</translation>
    </message>
    <message>
        <source>Copying the pack…</source>
        <translation>Copiando o pacote…</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>Verificando a assinatura e cada arquivo…</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>Descompactando…</translation>
    </message>
    <message>
        <source>Comparing with the installed version…</source>
        <translation>Comparando com a versão instalada…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Atualizando o índice de pesquisa…</translation>
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
        <translation>Instalar pacote de conteúdo</translation>
    </message>
    <message>
        <source>Accord content packs (*.accordpack);;All files (*)</source>
        <translation>Pacotes de conteúdo do Accord (*.accordpack);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>A content pack is being installed; wait until it has finished.</source>
        <translation>Um pacote de conteúdo está sendo instalado; aguarde até que termine.</translation>
    </message>
    <message>
        <source>Install an older version?</source>
        <translation>Instalar uma versão mais antiga?</translation>
    </message>
    <message>
        <source>“%1” %2 is older than the installed version %3.</source>
        <translation>“%1” %2 é mais antigo que a versão instalada %3.</translation>
    </message>
    <message>
        <source>Installing it would undo later corrections to the library. Install it only if you were asked to. You can return to version %1 with Roll back in File → Content packs….</source>
        <translation>Instalá-lo desfaria correções posteriores na biblioteca. Instale-o somente se isso lhe tiver sido pedido. Você pode voltar à versão %1 com Voltar à versão anterior, em Arquivo → Pacotes de conteúdo….</translation>
    </message>
    <message>
        <source>Install &amp;anyway</source>
        <translation>Instalar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Install the older version anyway</source>
        <translation>Instalar mesmo assim a versão mais antiga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not installed; the library is unchanged.</source>
        <translation>Não instalado; a biblioteca não foi alterada.</translation>
    </message>
    <message>
        <source>Installing content pack</source>
        <translation>Instalando pacote de conteúdo</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Instalando %1…</translation>
    </message>
    <message>
        <source>Cancelling the install…</source>
        <translation>Cancelando a instalação…</translation>
    </message>
    <message>
        <source>No pack was installed.</source>
        <translation>Nenhum pacote foi instalado.</translation>
    </message>
    <message>
        <source>There is no content pack (.accordpack) in this folder.</source>
        <translation>Não há pacote de conteúdo (.accordpack) nesta pasta.</translation>
    </message>
    <message>
        <source>Nothing to install</source>
        <translation>Nada para instalar</translation>
    </message>
    <message>
        <source>The install was cancelled; nothing was changed.</source>
        <translation>A instalação foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>%1 não foi instalado.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo deu errado: %1</translation>
    </message>
    <message>
        <source>Content pack not installed</source>
        <translation>Pacote de conteúdo não instalado</translation>
    </message>
    <message>
        <source>Your library was not changed.</source>
        <translation>A sua biblioteca não foi alterada.</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Instalar mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Content packs</source>
        <translation>Pacotes de conteúdo</translation>
    </message>
    <message>
        <source>Content packs bring documents and checklists from the coordinating body. The library bundled with Accord is the core pack; other packs sit beside it, and an installed core pack replaces it. Every pack is checked (its signature and every file) before it is installed.</source>
        <translation>Os pacotes de conteúdo trazem documentos e listas de verificação do órgão coordenador. A biblioteca incluída no Accord é o pacote principal; os outros pacotes ficam ao lado dela, e um pacote principal instalado a substitui. Cada pacote é verificado (a assinatura e cada arquivo) antes de ser instalado.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Installed content packs</source>
        <translation>Pacotes de conteúdo instalados</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>&amp;Instalar…</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>Instalar um pacote de conteúdo</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Voltar à versão anterior</translation>
    </message>
    <message>
        <source>Roll back the selected pack to its previous version</source>
        <translation>Voltar o pacote selecionado à versão anterior</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Remove the selected pack</source>
        <translation>Remover o pacote selecionado</translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation>&amp;Exportar para pasta…</translation>
    </message>
    <message>
        <source>Copy the installed packs to a folder or USB stick</source>
        <translation>Copiar os pacotes instalados para uma pasta ou um pen drive USB</translation>
    </message>
    <message>
        <source>&amp;Trusted keys…</source>
        <translation>&amp;Chaves confiáveis…</translation>
    </message>
    <message>
        <source>The publishers&apos; keys this computer trusts</source>
        <translation>As chaves de editores em que este computador confia</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>The packs could not be listed: %1</source>
        <translation>Não foi possível listar os pacotes: %1</translation>
    </message>
    <message>
        <source>No earlier version is kept for this pack.</source>
        <translation>Nenhuma versão anterior deste pacote foi guardada.</translation>
    </message>
    <message>
        <source>Roll back a content pack</source>
        <translation>Voltar um pacote de conteúdo à versão anterior</translation>
    </message>
    <message>
        <source>Return “%1” from version %2 to version %3?</source>
        <translation>Voltar “%1” da versão %2 para a versão %3?</translation>
    </message>
    <message>
        <source>Version %1 is kept, so you can roll back again to return to it. Answers in assessments are never changed.</source>
        <translation>A versão %1 fica guardada; você pode voltar à versão anterior de novo para retornar a ela. As respostas das avaliações nunca são alteradas.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n document(s) leave the library.</source>
        <translation>
            <numerusform>%n documento deste pacote sai da biblioteca.</numerusform>
            <numerusform>%n documentos deste pacote saem da biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its documents leave the library.</source>
        <translation>Os documentos deste pacote saem da biblioteca.</translation>
    </message>
    <message>
        <source>The library bundled with Accord is shown again.</source>
        <translation>A biblioteca incluída no Accord volta a ser exibida.</translation>
    </message>
    <message>
        <source>Assessments keep their answers. To have the pack again, install its file.</source>
        <translation>As avaliações mantêm as suas respostas. Para ter o pacote novamente, instale o arquivo dele.</translation>
    </message>
    <message>
        <source>Remove a content pack</source>
        <translation>Remover um pacote de conteúdo</translation>
    </message>
    <message>
        <source>Remove “%1” %2?</source>
        <translation>Remover “%1” %2?</translation>
    </message>
    <message>
        <source>Rolling back “%1”…</source>
        <translation>Voltando “%1” à versão anterior…</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Removendo “%1”…</translation>
    </message>
    <message>
        <source>The installed library was not changed.</source>
        <translation>A biblioteca instalada não foi alterada.</translation>
    </message>
    <message>
        <source>Export content packs to a folder or USB stick</source>
        <translation>Exportar pacotes de conteúdo para uma pasta ou um pen drive USB</translation>
    </message>
    <message>
        <source>Copying the packs to %1…</source>
        <translation>Copiando os pacotes para %1…</translation>
    </message>
    <message>
        <source>No installed packs to export (the bundled library comes with Accord).</source>
        <translation>Não há pacotes instalados para exportar (a biblioteca incluída vem com o Accord).</translation>
    </message>
    <message>
        <source>Copied %1 pack file(s) to %2. On another computer choose File → Install content pack… and pick the files, or drop the folder on Accord&apos;s window.</source>
        <translation>%1 arquivo(s) de pacote copiado(s) para %2. Em outro computador, escolha Arquivo → Instalar pacote de conteúdo… e selecione os arquivos, ou solte a pasta na janela do Accord.</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID da chave</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Trusted because</source>
        <translation>Confiável porque</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(nenhum nome indicado)</translation>
    </message>
    <message>
        <source>Shipped with Accord</source>
        <translation>Fornecida com o Accord</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation>Adicionada aqui</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Not in use: an installed core pack replaces the bundled library.</source>
        <translation>Não está em uso: um pacote principal instalado substitui a biblioteca incluída.</translation>
    </message>
    <message>
        <source>Library bundled with Accord</source>
        <translation>Biblioteca incluída no Accord</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Incluído</translation>
    </message>
    <message>
        <source>Bundled (replaced)</source>
        <translation>Incluído (substituído)</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Instalado em %1</translation>
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
            <numerusform>%n pergunta mapeada</numerusform>
            <numerusform>%n perguntas mapeadas</numerusform>
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
        <translation>Problemas na biblioteca</translation>
    </message>
    <message>
        <source>Problems: file, line and message</source>
        <translation>Problemas: arquivo, linha e mensagem</translation>
    </message>
    <message>
        <source>No problems: every file of the library was read without an error.</source>
        <translation>Nenhum problema: todos os arquivos da biblioteca foram lidos sem erro.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Nenhum problema</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>%1 in %2, line %3: %4</source>
        <translation>%1 em %2, linha %3: %4</translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <source>Network and proxy</source>
        <translation>Rede e proxy</translation>
    </message>
    <message>
        <source>How Accord reaches the hub. Most offices need the system&apos;s settings.</source>
        <translation>Como o Accord acessa o servidor central. A maioria dos escritórios precisa das configurações do sistema.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings (HTTPS_PROXY, NO_PROXY)</source>
        <translation>Usar as configurações de proxy do &amp;sistema (HTTPS_PROXY, NO_PROXY)</translation>
    </message>
    <message>
        <source>Connect &amp;directly (no proxy)</source>
        <translation>Conectar &amp;diretamente (sem proxy)</translation>
    </message>
    <message>
        <source>Use this &amp;proxy:</source>
        <translation>Usar este &amp;proxy:</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Endereço do proxy</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>Testar a conexão com o servidor central</translation>
    </message>
    <message>
        <source>Connect to a hub first.</source>
        <translation>Conecte-se primeiro a um servidor central.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;alvar</translation>
    </message>
    <message>
        <source>Save the network settings</source>
        <translation>Salvar as configurações de rede</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>The hub answered: the settings work.</source>
        <translation>O servidor central respondeu: as configurações funcionam.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto da pergunta</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Keys for this question</source>
        <translation>Teclas para esta pergunta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>What evidence to give</source>
        <translation>Que evidências apresentar</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota sobre as evidências</translation>
    </message>
    <message>
        <source>Type the evidence here: documents, dates, who adopted them. Saved as you type.</source>
        <translation>Digite aqui as evidências: documentos, datas, quem os adotou. Salvo enquanto você digita.</translation>
    </message>
    <message>
        <source>Question number and section</source>
        <translation>Número e seção da pergunta</translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation>Nova nesta versão</translation>
    </message>
    <message>
        <source>New question in this checklist version</source>
        <translation>Pergunta nova nesta versão da lista de verificação</translation>
    </message>
    <message>
        <source>Changed in this version: answer again</source>
        <translation>Alterada nesta versão: responda novamente</translation>
    </message>
    <message>
        <source>This question changed in this checklist version; answer it again</source>
        <translation>Esta pergunta foi alterada nesta versão da lista de verificação; responda a ela novamente</translation>
    </message>
    <message>
        <source>Type the figure and press Enter (a comma or a point for decimals). If it does not apply, Tab to “Not applicable”.</source>
        <translation>Digite o número e pressione Enter (vírgula ou ponto para decimais). Se não se aplicar, use Tab para ir até “Não se aplica”.</translation>
    </message>
    <message>
        <source>Keys: 0–4 choose the level, N = not applicable, Delete clears.</source>
        <translation>Teclas: 0–4 escolhem o nível, N = Não se aplica, Delete apaga.</translation>
    </message>
    <message>
        <source>Keys: 1 = yes, 2 = partly, 3 = no, 0 or N = not applicable, Delete clears.</source>
        <translation>Teclas: 1 = Sim, 2 = Parcialmente, 3 = Não, 0 ou N = Não se aplica, Delete apaga.</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Por que não se aplica</translation>
    </message>
    <message>
        <source>The reason this question does not apply; it is shown in the report.</source>
        <translation>O motivo pelo qual esta pergunta não se aplica; é exibido no relatório.</translation>
    </message>
    <message>
        <source>Note what supports your answer.</source>
        <translation>Anote o que fundamenta a sua resposta.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nível %1</translation>
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
        <translation>%1 de %2 perguntas respondidas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 answered (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>%1 de %2 perguntas respondidas (%n fechada por uma resposta anterior)</numerusform>
            <numerusform>%1 de %2 perguntas respondidas (%n fechadas por uma resposta anterior)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pergunta %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %2 (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>Pergunta %1 de %2 (%n fechada por uma resposta anterior)</numerusform>
            <numerusform>Pergunta %1 de %2 (%n fechadas por uma resposta anterior)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n closed)</source>
        <translation>
            <numerusform>%1 de %2 (%n fechada)</numerusform>
            <numerusform>%1 de %2 (%n fechadas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Sections and questions</source>
        <translation>Seções e perguntas</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <source>Governance and compliance</source>
        <translation>Governança e conformidade</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sem pontuação</translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <source>Radar chart of the six component scores</source>
        <translation>Gráfico de radar das pontuações dos seis componentes</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Reader</source>
        <translation>Leitor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>Contents of this document</source>
        <translation>Sumário deste documento</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Safety Index components</source>
        <translation>Componentes do Índice de Segurança</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>Sobre este documento</translation>
    </message>
    <message>
        <source>Other languages of this document</source>
        <translation>Outros idiomas deste documento</translation>
    </message>
    <message>
        <source>Bookmark this document</source>
        <translation>Adicionar este documento aos favoritos</translation>
    </message>
    <message>
        <source>“%1” is not in the library.</source>
        <translation>“%1” não está na biblioteca.</translation>
    </message>
    <message>
        <source>Could not show %1: %2</source>
        <translation>Não foi possível exibir %1: %2</translation>
    </message>
    <message>
        <source>%1 is shown as plain text: %2</source>
        <translation>%1 é exibido como texto simples: %2</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Público: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>revisado em %1</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>Também em: %1</translation>
    </message>
    <message>
        <source>This link was not opened: only library pages and web addresses can be.</source>
        <translation>Este link não foi aberto: só é possível abrir páginas da biblioteca e endereços da web.</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Abrir um link externo?</translation>
    </message>
    <message>
        <source>Write an e-mail with your e-mail program?</source>
        <translation>Escrever um e-mail com o seu programa de e-mail?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Abrir este endereço no seu navegador?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Outside link (asks first): %1</source>
        <translation>Link externo (pede confirmação antes): %1</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Nos favoritos</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Adicionar aos favoritos</translation>
    </message>
    <message>
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation>Remover dos favoritos (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark (Ctrl+D)</source>
        <translation>Adicionar aos favoritos (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Document text</source>
        <translation>Texto do documento</translation>
    </message>
</context>
<context>
    <name>ReadingStore</name>
    <message>
        <source>Restored the backup %1. The damaged database was kept as %2.</source>
        <translation>O backup %1 foi restaurado. O banco de dados danificado foi mantido como %2.</translation>
    </message>
    <message>
        <source>Started with an empty database. The damaged one was kept as %1.</source>
        <translation>Iniciado com um banco de dados vazio. O danificado foi mantido como %1.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not asked (closed by an earlier answer): counts 0</source>
        <translation>Não perguntada (fechada por uma resposta anterior): vale 0</translation>
    </message>
    <message>
        <source>Not asked: the question it follows is not applicable</source>
        <translation>Não perguntada: a pergunta da qual ela depende não se aplica</translation>
    </message>
    <message>
        <source>Not asked yet: the question it follows has no answer</source>
        <translation>Ainda não perguntada: a pergunta da qual ela depende não tem resposta</translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation>Nova nesta versão</translation>
    </message>
    <message>
        <source>Changed in this version: to answer again</source>
        <translation>Alterada nesta versão: a responder novamente</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>%1 of %2 shown questions answered</source>
        <translation>%1 de %2 perguntas exibidas respondidas</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>Nenhum motivo indicado.</translation>
    </message>
    <message>
        <source>This checklist version no longer has these questions. Their answers are kept for the record and no longer count in the scores.</source>
        <translation>Esta versão da lista de verificação não tem mais estas perguntas. As respostas a elas são mantidas para registro e não contam mais nas pontuações.</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>ID da pergunta</translation>
    </message>
    <message>
        <source>Assessment %1, revision %2. Checklist %3, version %4 (content hash %5). Generated by Accord %6 on %7.</source>
        <translation>Avaliação %1, revisão %2. Lista de verificação %3, versão %4 (hash do conteúdo %5). Gerado pelo Accord %6 em %7.</translation>
    </message>
    <message>
        <source>Readiness self-assessment report</source>
        <translation>Relatório de autoavaliação de preparação</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versão %2</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Avaliadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada em</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída em</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Questions counted</source>
        <translation>Perguntas contabilizadas</translation>
    </message>
    <message>
        <source>%1 of %2 applicable (%3 %)</source>
        <translation>%1 de %2 aplicáveis (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Relatório gerado em</translation>
    </message>
    <message>
        <source>OVERALL INDEX</source>
        <translation>ÍNDICE GERAL</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Não calculado</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Pontuações</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>de 100</translation>
    </message>
    <message>
        <source>no overall index</source>
        <translation>sem índice geral</translation>
    </message>
    <message>
        <source>coverage %1 %</source>
        <translation>cobertura %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 components with a score</source>
        <translation>%1 de %2 componentes com pontuação</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sem pontuação</translation>
    </message>
    <message>
        <source>Submitted as partial: %1 A partial assessment is kept by the coordinating body but does not count in the national index.</source>
        <translation>Enviada como parcial: %1 Uma avaliação parcial é guardada pelo órgão coordenador, mas não conta no índice nacional.</translation>
    </message>
    <message>
        <source>The six components are those of the proposed Global AI Safety Index. Each score runs from 0 to 100, with its coverage beside it (the share of applicable questions answered, or closed by an earlier answer). Below the minimum coverage a component has no score, never a zero, and the overall index is computed only when every component has one. The scores, the results by framework, the gaps with the playbooks that help, and every answer with its evidence follow.</source>
        <translation>Os seis componentes são os do Índice Global de Segurança da IA proposto. Cada pontuação vai de 0 a 100, com a cobertura ao lado (a proporção de perguntas aplicáveis respondidas ou fechadas por uma resposta anterior). Abaixo da cobertura mínima, um componente não tem pontuação, nunca zero, e o índice geral só é calculado quando todos os componentes têm uma. A seguir vêm as pontuações, os resultados por referencial, as lacunas com os manuais práticos que ajudam e cada resposta com as suas evidências.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3 by Accord</source>
        <translation>%1 · %2 · gerado em %3 pelo Accord</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Readiness self-assessment — %1</source>
        <translation>Autoavaliação de preparação — %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>Scores run from 0 to 100: yes = 1, partly = ½, no = 0, a maturity level n = n/4, a figure its band&apos;s level n/4, weighted by each question&apos;s weight. A question closed by an earlier answer (asked only after a better one) counts 0; a question marked not applicable, with its reason, does not count. Coverage is the share of applicable questions answered or closed. Below the minimum coverage of %1 % a component has no score; the overall index is the mean of the component scores, computed only when every component has one.</source>
        <translation>As pontuações vão de 0 a 100: Sim = 1, Parcialmente = ½, Não = 0, um nível de maturidade n = n/4, um número o nível n/4 da sua faixa, ponderados pelo peso de cada pergunta. Uma pergunta fechada por uma resposta anterior (feita somente após uma resposta melhor) vale 0; uma pergunta marcada como “Não se aplica”, com o seu motivo, não conta. A cobertura é a proporção de perguntas aplicáveis respondidas ou fechadas. Abaixo da cobertura mínima de %1&#xa0;%, um componente não tem pontuação; o índice geral é a média das pontuações dos componentes, calculada somente quando todos os componentes têm uma.</translation>
    </message>
    <message>
        <source>Submitted as partial: %1. The coordinating body keeps partial assessments out of the national index.</source>
        <translation>Enviada como parcial: %1. O órgão coordenador deixa as avaliações parciais fora do índice nacional.</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>Resultados por referencial</translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component.</source>
        <translation>As mesmas respostas lidas à luz de outros referenciais. Cada parte conta as perguntas mapeadas para ela, com as mesmas regras de um componente.</translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation>Esta lista de verificação não mapeia as suas perguntas para nenhum outro referencial.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation>Índice geral</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Compared with the assessment of %1 started on %2 (%3).</source>
        <translation>Comparada com a avaliação de %1 iniciada em %2 (%3).</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation>Lacunas e o que ajuda</translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first, with the guidance and the library documents that help close each gap.</source>
        <translation>As perguntas respondidas mais fracas, da pontuação mais baixa e do peso mais alto em diante, com as orientações e os documentos da biblioteca que ajudam a fechar cada lacuna.</translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation>Nenhuma lacuna: todas as perguntas respondidas têm a pontuação máxima.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Manual prático</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Documento de referência</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sem pontuação</translation>
    </message>
    <message>
        <source>Submitted as partial</source>
        <translation>Enviada como parcial</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revisão %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation>Nível %1 de 4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Parcialmente</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (nível %2 de %3)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Gaps, weakest first</source>
        <translation>Lacunas, da pontuação mais baixa à mais alta</translation>
    </message>
    <message>
        <source>Guidance for the chosen gap</source>
        <translation>Orientações para a lacuna escolhida</translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation>Nenhuma lacuna: todas as perguntas respondidas têm a pontuação máxima.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Resposta: %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>O que ajuda</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>Resultados da avaliação</translation>
    </message>
    <message>
        <source>Scores by component</source>
        <translation>Pontuações por componente</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>Resultados por referencial</translation>
    </message>
    <message>
        <source>Marked not applicable, with the reasons</source>
        <translation>Marcadas como “Não se aplica”, com os motivos</translation>
    </message>
    <message>
        <source>Questions marked not applicable</source>
        <translation>Perguntas marcadas como “Não se aplica”</translation>
    </message>
    <message>
        <source>Change since an earlier assessment</source>
        <translation>Variação desde uma avaliação anterior</translation>
    </message>
    <message>
        <source>Answers kept from removed questions</source>
        <translation>Respostas mantidas de perguntas removidas</translation>
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
        <translation>← &amp;Perguntas</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Voltar às perguntas</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar o relatório em PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir o relatório</translation>
    </message>
    <message>
        <source>C&amp;SV…</source>
        <translation>C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the answers as CSV</source>
        <translation>Exportar as respostas em CSV</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Export the answers as JSON</source>
        <translation>Exportar as respostas em JSON</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Voltar à lista de avaliações</translation>
    </message>
    <message>
        <source>Checklist, country and status</source>
        <translation>Lista de verificação, país e situação</translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation>Lacunas e o que ajuda</translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first. Choose one to read its guidance and the playbooks and standards that help.</source>
        <translation>As perguntas respondidas mais fracas, da pontuação mais baixa e do peso mais alto em diante. Escolha uma para ler as orientações e os manuais práticos e as normas que ajudam.</translation>
    </message>
    <message>
        <source>The results could not be gathered: %1</source>
        <translation>Não foi possível reunir os resultados: %1</translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation>Resultados — %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · %4</source>
        <translation>%1 · versão %2 · %3 · %4</translation>
    </message>
    <message>
        <source>These answers belong to questions the current checklist version no longer has. They are kept and listed, but do not count:</source>
        <translation>Estas respostas pertencem a perguntas que a versão atual da lista de verificação não tem mais. Elas são mantidas e listadas, mas não contam:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Salvando %1…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Saved %1 (%2 s).</source>
        <translation>Salvo: %1 (%2 s).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimindo…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>A impressão falhou: %1</translation>
    </message>
</context>
<context>
    <name>RunnerHeader</name>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>&amp;Tentar salvar novamente</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Tentar salvar novamente</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>Re&amp;sultados</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Mostrar os resultados</translation>
    </message>
    <message>
        <source>&amp;Mark complete…</source>
        <translation>&amp;Marcar como concluída…</translation>
    </message>
    <message>
        <source>Mark the assessment complete</source>
        <translation>Marcar a avaliação como concluída</translation>
    </message>
    <message>
        <source>Mark complete (Ctrl+Enter)</source>
        <translation>Marcar como concluída (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the assessment</source>
        <translation>Fechar a avaliação</translation>
    </message>
    <message>
        <source>Checklist and country</source>
        <translation>Lista de verificação e país</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Perguntas respondidas</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · assessors: %4</source>
        <translation>%1 · versão %2 · %3 · avaliadores: %4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>nenhum indicado</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Salvo ✓</translation>
    </message>
    <message>
        <source>Not saved — kept here</source>
        <translation>Não salvo — mantido aqui</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <source>%1 · Section %2 of %3: %4 · %5</source>
        <translation>%1 · Seção %2 de %3: %4 · %5</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientações</translation>
    </message>
    <message>
        <source>Guidance for this question</source>
        <translation>Orientações para esta pergunta</translation>
    </message>
    <message>
        <source>Guidance · %1</source>
        <translation>Orientações · %1</translation>
    </message>
    <message>
        <source>This question has no guidance.</source>
        <translation>Esta pergunta não tem orientações.</translation>
    </message>
    <message>
        <source>Assessment questions</source>
        <translation>Perguntas da avaliação</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abrindo…</translation>
    </message>
    <message>
        <source>The assessment could not be opened</source>
        <translation>Não foi possível abrir a avaliação</translation>
    </message>
    <message>
        <source>Review and move…</source>
        <translation>Revisar e mover…</translation>
    </message>
    <message>
        <source>Try saving now</source>
        <translation>Tentar salvar agora</translation>
    </message>
    <message>
        <source>Every question shown has an answer.</source>
        <translation>Todas as perguntas exibidas têm resposta.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar novamente agora</translation>
    </message>
    <message>
        <source>Saved: everything you typed is on disk now.</source>
        <translation>Salvo: tudo o que você digitou já está no disco.</translation>
    </message>
    <message>
        <source>Submitted as partial, revision %1.</source>
        <translation>Enviada como parcial, revisão %1.</translation>
    </message>
    <message>
        <source>Marked complete as revision %1.</source>
        <translation>Marcada como concluída (revisão %1).</translation>
    </message>
    <message>
        <source>Cannot mark complete while answers are not saved. %1</source>
        <translation>Não é possível marcar como concluída enquanto há respostas não salvas. %1</translation>
    </message>
    <message>
        <source>Could not mark the assessment complete: %1</source>
        <translation>Não foi possível marcar a avaliação como concluída: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Yes / Partly / No</source>
        <translation>Sim / Parcialmente / Não</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Nível de maturidade</translation>
    </message>
    <message>
        <source>Not applicable (N on maturity questions)</source>
        <translation>Não se aplica (N nas perguntas de maturidade)</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Limpar a resposta</translation>
    </message>
    <message>
        <source>Evidence note (Esc: back to the answers)</source>
        <translation>Nota de evidências (Esc: voltar às respostas)</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como concluída</translation>
    </message>
    <message>
        <source>List of questions (Esc closes it)</source>
        <translation>Lista de perguntas (Esc a fecha)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>responder</translation>
    </message>
    <message>
        <source>next</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>first unanswered</source>
        <translation>primeira sem resposta</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidências</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>perguntas</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pergunta anterior</translation>
    </message>
    <message>
        <source>Previous question (Page Up)</source>
        <translation>Pergunta anterior (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Pró&amp;xima</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Próxima pergunta</translation>
    </message>
    <message>
        <source>Next question (Page Down)</source>
        <translation>Próxima pergunta (Page Down)</translation>
    </message>
    <message>
        <source>First &amp;unanswered</source>
        <translation>Primeira sem &amp;resposta</translation>
    </message>
    <message>
        <source>First unanswered question</source>
        <translation>Primeira pergunta sem resposta</translation>
    </message>
    <message>
        <source>First unanswered question (Ctrl+U)</source>
        <translation>Primeira pergunta sem resposta (Ctrl+U)</translation>
    </message>
    <message>
        <source>☰ &amp;Questions</source>
        <translation>☰ &amp;Perguntas</translation>
    </message>
    <message>
        <source>List of questions</source>
        <translation>Lista de perguntas</translation>
    </message>
    <message>
        <source>The list of questions (Ctrl+L)</source>
        <translation>A lista de perguntas (Ctrl+L)</translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written just now, so answers cannot be saved. What you type stays in this form and is saved as soon as the folder can be written again.</source>
        <translation>No momento, não é possível gravar na pasta de dados do Accord; por isso, as respostas não podem ser salvas. O que você digitar fica neste formulário e é salvo assim que for possível gravar na pasta novamente.</translation>
    </message>
    <message>
        <source>The checklist “%1” fails validation, so this assessment opens read-only: you can read its answers and results but not change them until the checklist is fixed. %2</source>
        <translation>A lista de verificação “%1” falha na validação; por isso, esta avaliação abre em modo somente leitura: você pode ler as respostas e os resultados, mas não pode alterá-los até que a lista de verificação seja corrigida. %2</translation>
    </message>
    <message>
        <source>Version %1 of this checklist is installed; this draft uses version %2. You can move it: answers are carried by question, removed questions are listed, new ones are flagged.</source>
        <translation>A versão %1 desta lista de verificação está instalada; este rascunho usa a versão %2. Você pode movê-lo: as respostas são transferidas pergunta por pergunta, as perguntas removidas são listadas e as novas são sinalizadas.</translation>
    </message>
    <message>
        <source>This assessment was marked complete on %1 (revision %2). Changing an answer starts revision %3; revision %2 stays as it was.</source>
        <translation>Esta avaliação foi marcada como concluída em %1 (revisão %2). Alterar uma resposta inicia a revisão %3; a revisão %2 permanece como estava.</translation>
    </message>
    <message>
        <source>Moved to version %1: %2 new questions are flagged “new”.</source>
        <translation>Movida para a versão %1: %2 perguntas novas estão sinalizadas como “nova”.</translation>
    </message>
    <message>
        <source>%1 answers belong to questions this version removed: they are kept and listed in the report, but no longer count.</source>
        <translation>%1 respostas pertencem a perguntas que esta versão removeu: elas são mantidas e listadas no relatório, mas não contam mais.</translation>
    </message>
    <message>
        <source>%1 questions changed under the same id: answer them again (flagged “changed”; the earlier answer is in the history).</source>
        <translation>%1 perguntas foram alteradas com o mesmo identificador: responda a elas novamente (sinalizadas como “alterada”; a resposta anterior está no histórico).</translation>
    </message>
    <message>
        <source>You changed a completed assessment, so it is a draft again as revision %1. The completed revision %2 is kept as it was; mark this one complete when you are done.</source>
        <translation>Você alterou uma avaliação concluída; por isso, ela voltou a ser um rascunho, como revisão %1. A revisão concluída %2 permanece como estava; marque esta como concluída quando terminar.</translation>
    </message>
    <message>
        <source>Your answers are not saved yet. %1 What you typed stays here and is saved automatically as soon as possible.</source>
        <translation>As suas respostas ainda não foram salvas. %1 O que você digitou fica aqui e é salvo automaticamente assim que possível.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the library  (Ctrl+K)</source>
        <translation>Pesquisar na biblioteca  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Results appear as you type; press Down to move to them.</source>
        <translation>Os resultados aparecem enquanto você digita; pressione a seta para baixo para ir até eles.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation>Digite para pesquisar na biblioteca.</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Você quis dizer</translation>
    </message>
    <message>
        <source>Search notice</source>
        <translation>Aviso da pesquisa</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Limpar todos os filtros</translation>
    </message>
    <message>
        <source>Filters: check a value to narrow the results</source>
        <translation>Filtros: marque um valor para restringir os resultados</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Nenhum resultado para “%1”</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, use fewer words, or clear the filters.</source>
        <translation>Nada corresponde. Verifique a ortografia, use menos palavras ou limpe os filtros.</translation>
    </message>
    <message numerus="yes">
        <source>No document has all the words of “%2”. %n document(s) have some of them or a related meaning:</source>
        <translation>
            <numerusform>Nenhum documento tem todas as palavras de “%2”. %n documento tem algumas delas ou um significado relacionado:</numerusform>
            <numerusform>Nenhum documento tem todas as palavras de “%2”. %n documentos têm algumas delas ou um significado relacionado:</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for “%2”: %1</source>
        <translation>Resultados para “%2”: %1</translation>
    </message>
    <message>
        <source>(showing the first %1)</source>
        <translation>(mostrando os primeiros %1)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Você quis dizer %1?</translation>
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
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Seta para a esquerda</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Seta para a direita</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Seta para cima</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Seta para baixo</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Answering questions</source>
        <translation>Responder às perguntas</translation>
    </message>
    <message>
        <source>Workshop view</source>
        <translation>Vista de oficina</translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation>Alternar entre a tabela e o gráfico</translation>
    </message>
    <message>
        <source>Rename the group selected</source>
        <translation>Renomear o grupo selecionado</translation>
    </message>
    <message>
        <source>Page Down or Page Up</source>
        <translation>Page Down ou Page Up</translation>
    </message>
    <message>
        <source>Presenting: the next or previous groups</source>
        <translation>Apresentação: os grupos seguintes ou anteriores</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Parar a apresentação</translation>
    </message>
    <message>
        <source>Lists and dialogs</source>
        <translation>Listas e caixas de diálogo</translation>
    </message>
    <message>
        <source>Open the row selected (a document, an assessment)</source>
        <translation>Abrir a linha selecionada (um documento, uma avaliação)</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab ou Shift+Tab</translation>
    </message>
    <message>
        <source>The next or previous part of the window</source>
        <translation>A parte seguinte ou anterior da janela</translation>
    </message>
    <message>
        <source>Close a dialog; in the search box, clear it</source>
        <translation>Fechar uma caixa de diálogo; na caixa de pesquisa, limpá-la</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>Todos os atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start a self-assessment</source>
        <translation>Iniciar uma autoavaliação</translation>
    </message>
    <message>
        <source>Answer a checklist for one institution. Answers are saved as you type; you can stop at any time and continue later.</source>
        <translation>Responda a uma lista de verificação para uma instituição. As respostas são salvas enquanto você digita; você pode parar a qualquer momento e continuar depois.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Lista de verificação:</translation>
    </message>
    <message>
        <source>Checklists that cannot be started</source>
        <translation>Listas de verificação que não podem ser iniciadas</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>e.g. Ministry of Information and Communications</source>
        <translation>ex.: Ministério da Informação e Comunicações</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituição:</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Avaliadores</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nomes, separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>&amp;Avaliadores:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type a name or a two-letter code, e.g. Kenya or KE</source>
        <translation>Digite um nome ou um código de duas letras, ex.: Angola ou AO</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country chosen</source>
        <translation>País escolhido</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>I&amp;niciar</translation>
    </message>
    <message>
        <source>These checklists fail validation and cannot be started until fixed:</source>
        <translation>Estas listas de verificação falham na validação e não podem ser iniciadas até serem corrigidas:</translation>
    </message>
    <message>
        <source>Choose a checklist that can be started.</source>
        <translation>Escolha uma lista de verificação que possa ser iniciada.</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation>Digite o nome da instituição.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Você quis dizer %1?</translation>
    </message>
    <message>
        <source>Choose the country from the list or type its two-letter code.</source>
        <translation>Escolha o país na lista ou digite o código de duas letras dele.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation>Não foi possível ler a situação da sincronização: %1</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Tentando novamente agora…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompida.</translation>
    </message>
    <message>
        <source>Sending completed assessments to the hub…</source>
        <translation>Enviando as avaliações concluídas ao servidor central…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status; press to sync now</source>
        <translation>Situação da sincronização; pressione para sincronizar agora</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v de %m enviados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Parar o envio</translation>
    </message>
    <message>
        <source>Stop sending; what is left stays queued</source>
        <translation>Parar o envio; o que falta continua na fila</translation>
    </message>
    <message>
        <source>Hub not reachable; next try in %1 s</source>
        <translation>Servidor central inacessível; próxima tentativa em %1 s</translation>
    </message>
    <message>
        <source>%1
Press to try again now.</source>
        <translation>%1
Pressione para tentar novamente agora.</translation>
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
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Sync: not connected</source>
        <translation>Sincronização: não conectado</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronização: %1</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Servidor central: %1</translation>
    </message>
    <message>
        <source>USB transfer only</source>
        <translation>Somente transferência por USB</translation>
    </message>
    <message>
        <source>Not connected to a hub: Sync → Connect to the hub…</source>
        <translation>Não conectado a um servidor central: Sincronização → Conectar ao servidor central…</translation>
    </message>
    <message>
        <source>Waiting: %1 · delivered: %2 · rejected: %3</source>
        <translation>Aguardando: %1 · entregues: %2 · rejeitados: %3</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>Última sincronização (%1): %2</translation>
    </message>
    <message>
        <source>Press to sync now (F9).</source>
        <translation>Pressione para sincronizar agora (F9).</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Not sent: this computer is not connected to a hub (Sync → Connect to the hub…).</source>
        <translation>Não enviado: este computador não está conectado a um servidor central (Sincronização → Conectar ao servidor central…).</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronização interrompida: %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 delivered, %2 rejected, %3 still to send.</source>
        <translation>Sincronização concluída: %1 entregue(s), %2 rejeitado(s), %3 ainda a enviar.</translation>
    </message>
    <message>
        <source>Sync stopped: %1 delivered; %2 still to send (they stay queued).</source>
        <translation>Sincronização interrompida: %1 entregue(s); %2 ainda a enviar (continuam na fila).</translation>
    </message>
    <message>
        <source>Accord is closing.</source>
        <translation>O Accord está sendo fechado.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Write the hub&apos;s address as http://host:port, for example http://10.0.0.5:8470.</source>
        <translation>Escreva o endereço do servidor central no formato http://host:porta, por exemplo http://10.0.0.5:8470.</translation>
    </message>
    <message>
        <source>The port in the hub&apos;s address is not a number between 1 and 65535.</source>
        <translation>A porta no endereço do servidor central não é um número entre 1 e 65535.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 aguardando</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 entregue(s)</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rejeitado(s)</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>nada a enviar</translation>
    </message>
    <message>
        <source>Connect this computer to the hub first; then it sends by itself.</source>
        <translation>Conecte primeiro este computador ao servidor central; depois ele envia sozinho.</translation>
    </message>
    <message>
        <source>Export for USB transfer</source>
        <translation>Exportar para transferência por USB</translation>
    </message>
    <message>
        <source>Accord transfer files (*.json)</source>
        <translation>Arquivos de transferência do Accord (*.json)</translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet, so nothing can be sealed for it. Connect first (Sync → Connect to the hub…).</source>
        <translation>Este computador ainda não está conectado a um servidor central; por isso, nada pode ser lacrado para ele. Conecte-se primeiro (Sincronização → Conectar ao servidor central…).</translation>
    </message>
    <message>
        <source>Wrote %1 submission(s) to %2. Give the file to the hub&apos;s operator. They stay “waiting” here until the hub&apos;s receipts come back: import them with Sync → Import receipts….</source>
        <translation>%1 envio(s) gravado(s) em %2. Entregue o arquivo ao operador do servidor central. Eles ficam “aguardando” aqui até que os comprovantes do servidor central voltem: importe-os com Sincronização → Importar comprovantes….</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nada foi gravado: %1</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>Importar comprovantes</translation>
    </message>
    <message>
        <source>Receipts files (*.json);;All files (*)</source>
        <translation>Arquivos de comprovantes (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 submission(s) marked delivered.</source>
        <translation>%1 envio(s) marcado(s) como entregue(s).</translation>
    </message>
    <message>
        <source>The receipts were not imported: %1</source>
        <translation>Os comprovantes não foram importados: %1</translation>
    </message>
</context>
<context>
    <name>TocModel</name>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation>Chaves confiáveis</translation>
    </message>
    <message>
        <source>Accord installs only packs signed with one of these keys. The coordinating body&apos;s key ships with Accord; add another publisher&apos;s key only if you received it from them in person or over a channel you trust.</source>
        <translation>O Accord instala somente pacotes assinados com uma destas chaves. A chave do órgão coordenador vem com o Accord; adicione a chave de outro editor somente se você a recebeu dele pessoalmente ou por um canal em que confia.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Adicionar chave…</translation>
    </message>
    <message>
        <source>Add a publisher&apos;s key</source>
        <translation>Adicionar a chave de um editor</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Stop trusting the selected key</source>
        <translation>Deixar de confiar na chave selecionada</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Chaves públicas (*.pub);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>nenhum nome indicado</translation>
    </message>
    <message>
        <source>Trust a new publisher?</source>
        <translation>Confiar em um novo editor?</translation>
    </message>
    <message>
        <source>Trust the key %1 (%2)?</source>
        <translation>Confiar na chave %1 (%2)?</translation>
    </message>
    <message>
        <source>Warning: packs signed with this key will then install on this computer exactly like the coordinating body&apos;s own, and can change what every user of this computer reads and the checklists they answer. Add it only if you received it from the publisher in person or over a channel you trust, and compare the key id with theirs.</source>
        <translation>Atenção: os pacotes assinados com esta chave passarão a ser instalados neste computador exatamente como os do próprio órgão coordenador e poderão alterar o que todos os usuários deste computador leem e as listas de verificação que respondem. Adicione-a somente se você a recebeu do editor pessoalmente ou por um canal em que confia, e compare o ID da chave com o dele.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Confiar nesta chave</translation>
    </message>
    <message>
        <source>Key %1 is now trusted.</source>
        <translation>A chave %1 agora é confiável.</translation>
    </message>
    <message>
        <source>Key %1 is no longer trusted.</source>
        <translation>A chave %1 deixou de ser confiável.</translation>
    </message>
    <message>
        <source>Stop trusting a key?</source>
        <translation>Deixar de confiar em uma chave?</translation>
    </message>
    <message>
        <source>Stop trusting the key %1 (%2)?</source>
        <translation>Deixar de confiar na chave %1 (%2)?</translation>
    </message>
    <message>
        <source>Packs already installed stay; new packs signed with this key will be refused.</source>
        <translation>Os pacotes já instalados permanecem; novos pacotes assinados com esta chave serão recusados.</translation>
    </message>
    <message>
        <source>&amp;Stop trusting</source>
        <translation>&amp;Deixar de confiar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start page</source>
        <translation>Página inicial</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>The AI-governance library: standards, playbooks and checklists, offline.</source>
        <translation>A biblioteca de governança de IA: normas, manuais práticos e listas de verificação, sem conexão.</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Carregando a biblioteca…</translation>
    </message>
    <message>
        <source>Library summary</source>
        <translation>Resumo da biblioteca</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documentos recentes</translation>
    </message>
    <message>
        <source>Documents you open appear here.</source>
        <translation>Os documentos que você abrir aparecerão aqui.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Press Ctrl+D in a document to bookmark it.</source>
        <translation>Pressione Ctrl+D em um documento para adicioná-lo aos favoritos.</translation>
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
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the document (search elsewhere)</source>
        <translation>Localizar no documento (pesquisar nos outros lugares)</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Seta para a esquerda / Alt+Seta para a direita</translation>
    </message>
    <message>
        <source>Back / forward</source>
        <translation>Voltar / avançar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Bookmark the document</source>
        <translation>Adicionar o documento aos favoritos</translation>
    </message>
    <message>
        <source>Ctrl+Plus / Ctrl+Minus / Ctrl+0</source>
        <translation>Ctrl+Mais / Ctrl+Menos / Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom in / out / reset</source>
        <translation>Ampliar / reduzir / restaurar o tamanho</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+Shift+S</source>
        <translation>Ctrl+P / Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Print / save as PDF</source>
        <translation>Imprimir / salvar como PDF</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>All keyboard shortcuts</source>
        <translation>Todos os atalhos de teclado</translation>
    </message>
    <message>
        <source>Documents in the library: %1</source>
        <translation>Documentos na biblioteca: %1</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>A biblioteca está vazia.</translation>
    </message>
    <message>
        <source>%1: %2, browse them</source>
        <translation>%1: %2, abrir a lista</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>What changed in the library</source>
        <translation>O que mudou na biblioteca</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Nada foi instalado.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Documents added, updated and removed</source>
        <translation>Documentos adicionados, atualizados e removidos</translation>
    </message>
    <message>
        <source>Checklists: what this means for open drafts</source>
        <translation>Listas de verificação: o que isto significa para os rascunhos abertos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Não instalado: %1</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Abrir documento</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Abrir o documento selecionado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removida</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>versão %1 → %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nova</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterada</translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message>
        <source>Workshop view</source>
        <translation>Vista de oficina</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>&amp;Lista de verificação:</translation>
    </message>
    <message>
        <source>Checklist of the workshop</source>
        <translation>Lista de verificação da oficina</translation>
    </message>
    <message>
        <source>&amp;Name the groups…</source>
        <translation>&amp;Nomear os grupos…</translation>
    </message>
    <message>
        <source>Name the groups of the workshop</source>
        <translation>Nomear os grupos da oficina</translation>
    </message>
    <message>
        <source>Groups shown</source>
        <translation>Grupos exibidos</translation>
    </message>
    <message>
        <source>◀ Previous groups</source>
        <translation>◀ Grupos anteriores</translation>
    </message>
    <message>
        <source>Previous groups (Page Up)</source>
        <translation>Grupos anteriores (Page Up)</translation>
    </message>
    <message>
        <source>Next groups ▶</source>
        <translation>Próximos grupos ▶</translation>
    </message>
    <message>
        <source>Next groups (Page Down)</source>
        <translation>Próximos grupos (Page Down)</translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation>Mostrar o &amp;gráfico</translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation>Alternar entre a tabela e o gráfico</translation>
    </message>
    <message>
        <source>Switch between the table and the chart (Ctrl+T)</source>
        <translation>Alternar entre a tabela e o gráfico (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Apresentar</translation>
    </message>
    <message>
        <source>Presentation mode, full screen, large text</source>
        <translation>Modo de apresentação, tela cheia, letra grande</translation>
    </message>
    <message>
        <source>Full screen, large text for a projector (F11)</source>
        <translation>Tela cheia, letra grande para projetor (F11)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Voltar à lista de avaliações</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n assessments)</source>
        <translation>
            <numerusform>%1 (%n avaliação)</numerusform>
            <numerusform>%1 (%n avaliações)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop presenting (Esc)</source>
        <translation>Parar a apresentação (Esc)</translation>
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
        <translation>Vista de oficina</translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation>Mostrar o &amp;gráfico</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Groups to compare</source>
        <translation>Grupos a comparar</translation>
    </message>
    <message>
        <source>What the workshop view shows</source>
        <translation>O que a vista de oficina mostra</translation>
    </message>
    <message>
        <source>Scores per group with mean and spread</source>
        <translation>Pontuações por grupo com média e dispersão</translation>
    </message>
    <message>
        <source>One assessment per group. Tick the ones to compare; drafts are left out until ticked. F2 renames a group.</source>
        <translation>Uma avaliação por grupo. Marque as que deseja comparar; os rascunhos ficam de fora até serem marcados. F2 renomeia um grupo.</translation>
    </message>
    <message>
        <source>Chart of the groups and their mean</source>
        <translation>Gráfico dos grupos e da média deles</translation>
    </message>
    <message>
        <source>There are no assessments yet. Start one per group.</source>
        <translation>Ainda não há avaliações. Inicie uma por grupo.</translation>
    </message>
    <message>
        <source>Name the groups, so that everyone can tell them apart on the screen.</source>
        <translation>Dê nomes aos grupos, para que todos possam distingui-los na tela.</translation>
    </message>
    <message>
        <source>Name the groups…</source>
        <translation>Nomear os grupos…</translation>
    </message>
    <message>
        <source>No group has completed its assessment yet: tick the drafts to compare.</source>
        <translation>Nenhum grupo concluiu a avaliação ainda: marque os rascunhos que deseja comparar.</translation>
    </message>
    <message>
        <source>Tick at least one group.</source>
        <translation>Marque pelo menos um grupo.</translation>
    </message>
    <message>
        <source>Mean of the groups</source>
        <translation>Média dos grupos</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n groups. Mean and spread count only the groups that assessed a component; a component no group assessed is “not assessed”.</source>
        <translation>
            <numerusform>%1 — %n grupo. A média e a dispersão contam somente os grupos que avaliaram um componente; um componente que nenhum grupo avaliou fica como “não avaliado”.</numerusform>
            <numerusform>%1 — %n grupos. A média e a dispersão contam somente os grupos que avaliaram um componente; um componente que nenhum grupo avaliou fica como “não avaliado”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;table</source>
        <translation>Mostrar a &amp;tabela</translation>
    </message>
</context>
</TS>
