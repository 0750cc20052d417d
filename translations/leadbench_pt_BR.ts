<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Registrar uma ligação</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Registrar um e-mail</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Registrar uma reunião</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Adicionar uma nota</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Resultado da ligação</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Atendeu</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Deixou mensagem de voz</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Não atendeu</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número errado</translation>
    </message>
    <message>
        <source>Asked to call back later</source>
        <translation>Pediu para ligar mais tarde</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Subject and summary</source>
        <translation>Assunto e resumo</translation>
    </message>
    <message>
        <source>What to remember about this lead</source>
        <translation>O que lembrar sobre este lead</translation>
    </message>
    <message>
        <source>What was said, what comes next</source>
        <translation>O que foi dito e quais os próximos passos</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalhes:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>A nota está vazia.</translation>
    </message>
    <message>
        <source>The time is in the future: log what happened, and plan what comes next as a task.</source>
        <translation>O horário está no futuro: registre o que aconteceu e planeje o próximo passo como tarefa.</translation>
    </message>
</context>
<context>
    <name>ActivityType</name>
    <message>
        <source>Subscribed to the e-mail list</source>
        <translation>Inscreveu-se na lista de e-mails</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>E-mail enviado</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>E-mail aberto</translation>
    </message>
    <message>
        <source>E-mail link clicked</source>
        <translation>Link do e-mail clicado</translation>
    </message>
    <message>
        <source>E-mail replied</source>
        <translation>E-mail respondido</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>E-mail devolvido</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Visita à página</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Formulário enviado</translation>
    </message>
    <message>
        <source>Content downloaded</source>
        <translation>Conteúdo baixado</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Participou de webinar</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Reunião agendada</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Reunião cancelada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Free trial started</source>
        <translation>Avaliação gratuita iniciada</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Cancelou a inscrição</translation>
    </message>
    <message>
        <source>Met at an event</source>
        <translation>Conheceu em um evento</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>Não é possível fazer backup em %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Falha no backup em %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Não é possível criar a pasta de backup %1.</translation>
    </message>
</context>
<context>
    <name>BantDialog</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Não atendido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Qualify %1 (BANT)</source>
        <translation>Qualificar %1 (BANT)</translation>
    </message>
    <message>
        <source>&amp;Budget: can they afford it?</source>
        <translation>&amp;Orçamento: eles podem pagar?</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Valor do orçamento</translation>
    </message>
    <message>
        <source>amount not known</source>
        <translation>valor desconhecido</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>&amp;Authority: can this person decide?</source>
        <translation>&amp;Autoridade: esta pessoa pode decidir?</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decisor</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenciador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Decision maker&apos;s name</source>
        <translation>Nome do decisor</translation>
    </message>
    <message>
        <source>who decides, when it is someone else</source>
        <translation>quem decide, quando é outra pessoa</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <source>Decision maker:</source>
        <translation>Decisor:</translation>
    </message>
    <message>
        <source>&amp;Need: do they really need it?</source>
        <translation>&amp;Necessidade: eles realmente precisam?</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dor</translation>
    </message>
    <message>
        <source>the problem they want solved</source>
        <translation>o problema que querem resolver</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Dor:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
    </message>
    <message>
        <source>&amp;Timing: when will they buy?</source>
        <translation>&amp;Prazo: quando vão comprar?</translation>
    </message>
    <message>
        <source>Expected purchase</source>
        <translation>Compra prevista</translation>
    </message>
    <message>
        <source>a date or a quarter, e.g. Q2 2027</source>
        <translation>uma data ou um trimestre, ex.: T2 2027</translation>
    </message>
    <message>
        <source>Delivery need</source>
        <translation>Necessidade de entrega</translation>
    </message>
    <message>
        <source>Purchase by:</source>
        <translation>Comprar até:</translation>
    </message>
    <message>
        <source>Delivery needed:</source>
        <translation>Entrega necessária:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rule for SQL: %1</source>
        <translation>Regra para SQL: %1</translation>
    </message>
    <message>
        <source>Create a deal</source>
        <translation>Criar um negócio</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Título do negócio</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Valor do negócio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Accepting moves the lead to SQL.</source>
        <translation>Aceitar move o lead para SQL.</translation>
    </message>
    <message>
        <source>Accepting moves the lead to Nurturing.</source>
        <translation>Aceitar move o lead para Nutrição.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Reason for nurturing:</source>
        <translation>Motivo da nutrição:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>required: why not now, e.g. budget frozen until next year</source>
        <translation>obrigatório: por que não agora, ex.: orçamento congelado até o próximo ano</translation>
    </message>
    <message>
        <source>Move to SQL</source>
        <translation>Mover para SQL</translation>
    </message>
    <message>
        <source>Move to Nurturing</source>
        <translation>Mover para Nutrição</translation>
    </message>
    <message>
        <source>Give the reason for nurturing: it goes into the stage history and the follow-up.</source>
        <translation>Informe o motivo da nutrição: ele vai para o histórico de estágios e para o acompanhamento.</translation>
    </message>
</context>
<context>
    <name>BantRule</name>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necessidade</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Sales qualified: %1 of 4 met (%2).</source>
        <translation>Qualificado para vendas: %1 de 4 atendidos (%2).</translation>
    </message>
    <message>
        <source>Not qualified: %1 is required and not met.</source>
        <translation>Não qualificado: %1 é obrigatório e não foi atendido.</translation>
    </message>
    <message>
        <source>Not qualified: %1 of 4 met, %2 needed (missing: %3).</source>
        <translation>Não qualificado: %1 de 4 atendidos, %2 necessários (faltando: %3).</translation>
    </message>
    <message>
        <source>all four criteria met</source>
        <translation>os quatro critérios atendidos</translation>
    </message>
    <message>
        <source>%1 of the four criteria met</source>
        <translation>%1 dos quatro critérios atendidos</translation>
    </message>
    <message>
        <source>%1 of the four criteria met, including %2</source>
        <translation>%1 dos quatro critérios atendidos, incluindo %2</translation>
    </message>
    <message>
        <source>The number of criteria to meet is from 1 to 4.</source>
        <translation>O número de critérios a atender vai de 1 a 4.</translation>
    </message>
    <message>
        <source>More criteria are required (%1) than need to be met (%2).</source>
        <translation>Há mais critérios obrigatórios (%1) do que critérios a atender (%2).</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Uma campanha precisa de um nome.</translation>
    </message>
    <message>
        <source>Campaign “%1”: the cost cannot be negative.</source>
        <translation>Campanha “%1”: o custo não pode ser negativo.</translation>
    </message>
    <message>
        <source>Campaign “%1”: visitors cannot be negative.</source>
        <translation>Campanha “%1”: o número de visitantes não pode ser negativo.</translation>
    </message>
    <message>
        <source>Campaign “%1”: it ends (%2) before it starts (%3).</source>
        <translation>Campanha “%1”: termina (%2) antes de começar (%3).</translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation>Já existe uma campanha chamada “%1”.</translation>
    </message>
    <message>
        <source>There is no campaign #%1.</source>
        <translation>Não existe a campanha #%1.</translation>
    </message>
    <message>
        <source>A cost entry needs a day.</source>
        <translation>Um lançamento de custo precisa de um dia.</translation>
    </message>
    <message>
        <source>Cost entry of %1: cost, clicks and visitors cannot be negative.</source>
        <translation>Lançamento de custo de %1: custo, cliques e visitantes não podem ser negativos.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>inbound</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>outbound</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>&amp;Save Campaign</source>
        <translation>&amp;Salvar campanha</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Cana&amp;l</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Custo</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>&amp;Visitantes</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Término</translation>
    </message>
    <message>
        <source>Cost entries per day</source>
        <translation>Lançamentos de custo por dia</translation>
    </message>
    <message>
        <source>Cost entries</source>
        <translation>Lançamentos de custo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Day of the entry</source>
        <translation>Dia do lançamento</translation>
    </message>
    <message>
        <source>Cost of the day</source>
        <translation>Custo do dia</translation>
    </message>
    <message>
        <source>Visitors of the day</source>
        <translation>Visitantes do dia</translation>
    </message>
    <message>
        <source>Add or &amp;Replace</source>
        <translation>Adicionar ou s&amp;ubstituir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Without cost entries, the cost and visitors are spread evenly over the campaign&apos;s days.</source>
        <translation>Sem lançamentos de custo, o custo e os visitantes são distribuídos igualmente pelos dias da campanha.</translation>
    </message>
    <message numerus="yes">
        <source>Cost and visitors are the sums of the %n cost entries.</source>
        <translation>
            <numerusform>Custo e visitantes são a soma de %n lançamento de custo.</numerusform>
            <numerusform>Custo e visitantes são a soma dos %n lançamentos de custo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Campaign</source>
        <translation>Salvar campanha</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <source>Name of the campaign:</source>
        <translation>Nome da campanha:</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Excluir campanha</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its cost entries? Its leads stay, without a campaign.</source>
        <translation>Excluir a campanha “%1” e seus lançamentos de custo? Os leads dela permanecem, sem campanha.</translation>
    </message>
    <message>
        <source>Cost Entry</source>
        <translation>Lançamento de custo</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Capture — %1</source>
        <translation>Captura — %1</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Sair (Esc)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>&amp;Hot</source>
        <translation>&amp;Quente</translation>
    </message>
    <message>
        <source>&amp;Warm</source>
        <translation>&amp;Morno</translation>
    </message>
    <message>
        <source>C&amp;old</source>
        <translation>&amp;Frio</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Interesse:</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Interesse em produto</translation>
    </message>
    <message>
        <source>Product interest:</source>
        <translation>Interesse em produto:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation>Enter salva; Shift+Enter inicia uma nova linha</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Consent given to the wording below</source>
        <translation>Consentimento dado ao texto abaixo</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimento:</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>Salvar e próximo (Enter)</translation>
    </message>
    <message>
        <source>Already in the workspace?</source>
        <translation>Já está no espaço de trabalho?</translation>
    </message>
    <message>
        <source>Save as a new lead instead</source>
        <translation>Salvar como novo lead</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possíveis duplicatas</translation>
    </message>
    <message>
        <source>Update the selected lead instead</source>
        <translation>Atualizar o lead selecionado</translation>
    </message>
    <message>
        <source>The lead being typed last time is back.</source>
        <translation>O lead digitado da última vez foi recuperado.</translation>
    </message>
    <message>
        <source>Updated %1 (#%2).</source>
        <translation>%1 atualizado (#%2).</translation>
    </message>
    <message>
        <source>Saved %1 (#%2).</source>
        <translation>%1 salvo (#%2).</translation>
    </message>
    <message>
        <source>Enter will update %1 (#%2) instead of creating a lead.</source>
        <translation>Enter atualizará %1 (#%2) em vez de criar um lead.</translation>
    </message>
    <message>
        <source>Today: %1 · At this event: %2</source>
        <translation>Hoje: %1 · Neste evento: %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>The badge could not be read; type the details instead.</source>
        <translation>Não foi possível ler o crachá; digite os dados.</translation>
    </message>
    <message>
        <source>Badge read: check the details, choose the interest, then Enter.</source>
        <translation>Crachá lido: confira os dados, escolha o interesse e pressione Enter.</translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>Change lifecycle stage</source>
        <translation>Alterar estágio do ciclo de vida</translation>
    </message>
    <message>
        <source>%1 is now at %2.</source>
        <translation>%1 está agora em %2.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Novo estágio</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Mover para:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation>Por quê, para o histórico de estágios (obrigatório)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation>Informe um motivo: o histórico de estágios registra por que cada lead mudou.</translation>
    </message>
    <message>
        <source>SQL (through the BANT qualification)</source>
        <translation>SQL (pela qualificação BANT)</translation>
    </message>
</context>
<context>
    <name>CheckableComboBox</name>
    <message>
        <source>%1: any</source>
        <translation>%1: qualquer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 and %n more</source>
        <translation>
            <numerusform>%1: %2 e mais %n</numerusform>
            <numerusform>%1: %2 e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Execute &quot;leadbench-cli --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db precisa de um caminho</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nenhum comando informado</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Number of leads.</source>
        <translation>Número de leads.</translation>
    </message>
    <message>
        <source>Average activities per lead.</source>
        <translation>Média de atividades por lead.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semente aleatória.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Saída em JSON.</translation>
    </message>
    <message>
        <source>demo takes no arguments, got &quot;%1&quot;</source>
        <translation>demo não aceita argumentos, recebeu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--leads: &quot;%1&quot; is not a number of leads</source>
        <translation>--leads: &quot;%1&quot; não é um número de leads</translation>
    </message>
    <message>
        <source>--activities-per-lead: &quot;%1&quot; is not a number from 0 to 50</source>
        <translation>--activities-per-lead: &quot;%1&quot; não é um número de 0 a 50</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a number</source>
        <translation>--seed: &quot;%1&quot; não é um número</translation>
    </message>
    <message>
        <source>Added %1 leads, %2 activities and %3 deals to %4 in %5 s.</source>
        <translation>Adicionados %1 leads, %2 atividades e %3 negócios a %4 em %5 s.</translation>
    </message>
    <message>
        <source>leads needs a subcommand: list or show</source>
        <translation>leads precisa de um subcomando: list ou show</translation>
    </message>
    <message>
        <source>unknown leads subcommand &quot;%1&quot; (list, show)</source>
        <translation>subcomando de leads desconhecido &quot;%1&quot; (list, show)</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Texto de busca.</translation>
    </message>
    <message>
        <source>Stages, comma-separated.</source>
        <translation>Estágios, separados por vírgula.</translation>
    </message>
    <message>
        <source>Owner name, or &quot;none&quot;.</source>
        <translation>Nome do responsável, ou &quot;none&quot;.</translation>
    </message>
    <message>
        <source>Source key.</source>
        <translation>Chave da origem.</translation>
    </message>
    <message>
        <source>Country.</source>
        <translation>País.</translation>
    </message>
    <message>
        <source>hot, warm or cold.</source>
        <translation>hot, warm ou cold.</translation>
    </message>
    <message>
        <source>A saved segment.</source>
        <translation>Um segmento salvo.</translation>
    </message>
    <message>
        <source>Sort column.</source>
        <translation>Coluna de ordenação.</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Ordem decrescente.</translation>
    </message>
    <message>
        <source>Ascending order.</source>
        <translation>Ordem crescente.</translation>
    </message>
    <message>
        <source>At most N leads.</source>
        <translation>No máximo N leads.</translation>
    </message>
    <message>
        <source>Skip the first N leads.</source>
        <translation>Pular os primeiros N leads.</translation>
    </message>
    <message>
        <source>leads list takes no arguments, got &quot;%1&quot;</source>
        <translation>leads list não aceita argumentos, recebeu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number from 0 to 1000000</source>
        <translation>--limit: &quot;%1&quot; não é um número de 0 a 1000000</translation>
    </message>
    <message>
        <source>--offset: &quot;%1&quot; is not a positive number</source>
        <translation>--offset: &quot;%1&quot; não é um número positivo</translation>
    </message>
    <message>
        <source>leadbench-cli: no segment named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli: nenhum segmento chamado &quot;%1&quot; em %2</translation>
    </message>
    <message>
        <source>--stage: unknown stage &quot;%1&quot;</source>
        <translation>--stage: estágio desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: no rep named &quot;%1&quot;</source>
        <translation>leadbench-cli: nenhum vendedor chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not hot, warm or cold</source>
        <translation>--temperature: &quot;%1&quot; não é hot, warm ou cold</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;</source>
        <translation>--sort: coluna desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leads show needs one lead id</source>
        <translation>leads show precisa de um id de lead</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead id</source>
        <translation>&quot;%1&quot; não é um id de lead</translation>
    </message>
    <message>
        <source>leadbench-cli: there is no lead %1 in %2</source>
        <translation>leadbench-cli: não há lead %1 em %2</translation>
    </message>
    <message>
        <source>segments needs the subcommand list</source>
        <translation>segments precisa do subcomando list</translation>
    </message>
    <message>
        <source>backup needs one output file: leadbench-cli backup OUT</source>
        <translation>backup precisa de um arquivo de saída: leadbench-cli backup OUT</translation>
    </message>
    <message>
        <source>backup: %1 is a folder; give a file name</source>
        <translation>backup: %1 é uma pasta; informe um nome de arquivo</translation>
    </message>
    <message>
        <source>backup: the output is the workspace itself</source>
        <translation>backup: a saída é o próprio espaço de trabalho</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB) in %4 s.</source>
        <translation>Backup de %1 feito em %2 (%3 MB) em %4 s.</translation>
    </message>
    <message>
        <source>restore needs one backup file: leadbench-cli restore IN</source>
        <translation>restore precisa de um arquivo de backup: leadbench-cli restore IN</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restaurado de %2.</translation>
    </message>
    <message>
        <source>The workspace as it was is kept in %1.</source>
        <translation>O espaço de trabalho anterior foi mantido em %1.</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check não aceita argumentos</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist.</source>
        <translation>leadbench-cli: %1 não existe.</translation>
    </message>
    <message>
        <source>%1: ok (workspace format %2%3)</source>
        <translation>%1: ok (formato do espaço de trabalho %2%3)</translation>
    </message>
    <message>
        <source>, will be upgraded to %1 when opened</source>
        <translation>, será atualizado para %1 ao ser aberto</translation>
    </message>
    <message>
        <source>events needs a subcommand: list or summary NAME</source>
        <translation>events precisa de um subcomando: list ou summary NOME</translation>
    </message>
    <message>
        <source>events summary needs the event&apos;s name</source>
        <translation>events summary precisa do nome do evento</translation>
    </message>
    <message>
        <source>leadbench-cli: no event named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli: nenhum evento chamado &quot;%1&quot; em %2</translation>
    </message>
    <message>
        <source>The rep.</source>
        <translation>O vendedor.</translation>
    </message>
    <message>
        <source>At most N items.</source>
        <translation>No máximo N itens.</translation>
    </message>
    <message>
        <source>queue needs --rep NAME</source>
        <translation>queue precisa de --rep NOME</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: &quot;%1&quot; não é um número positivo</translation>
    </message>
    <message>
        <source>The lead to route.</source>
        <translation>O lead a distribuir.</translation>
    </message>
    <message>
        <source>Every MQL without an owner.</source>
        <translation>Todos os MQLs sem responsável.</translation>
    </message>
    <message>
        <source>route needs --lead ID or --unassigned-mqls</source>
        <translation>route precisa de --lead ID ou --unassigned-mqls</translation>
    </message>
    <message>
        <source>--lead: &quot;%1&quot; is not a lead id</source>
        <translation>--lead: &quot;%1&quot; não é um id de lead</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ninguém)</translation>
    </message>
    <message>
        <source>Explain the score of lead ID.</source>
        <translation>Explicar a pontuação do lead ID.</translation>
    </message>
    <message>
        <source>Re-score every lead.</source>
        <translation>Repontuar todos os leads.</translation>
    </message>
    <message>
        <source>Threshold advisor and attribute lift.</source>
        <translation>Assistente de limiar e lift por atributo.</translation>
    </message>
    <message>
        <source>Show the rule set.</source>
        <translation>Mostrar o conjunto de regras.</translation>
    </message>
    <message>
        <source>Replace the rule set with a JSON file.</source>
        <translation>Substituir o conjunto de regras por um arquivo JSON.</translation>
    </message>
    <message>
        <source>The time decay is relative to.</source>
        <translation>O momento de referência do decaimento temporal.</translation>
    </message>
    <message>
        <source>score takes no arguments, got &quot;%1&quot;</source>
        <translation>score não aceita argumentos, recebeu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>score needs exactly one of --explain ID, --all, --advise, --rules, --set-rules FILE</source>
        <translation>score precisa de exatamente um de --explain ID, --all, --advise, --rules, --set-rules FILE</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO date and time (e.g. 2026-03-01T12:00:00Z)</source>
        <translation>--now: &quot;%1&quot; não é uma data e hora ISO (ex.: 2026-03-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>--explain: &quot;%1&quot; is not a lead id</source>
        <translation>--explain: &quot;%1&quot; não é um id de lead</translation>
    </message>
    <message>
        <source>%1 (#%2): score %3 (%4), stage %5, MQL threshold %6</source>
        <translation>%1 (#%2): pontuação %3 (%4), estágio %5, limiar de MQL %6</translation>
    </message>
    <message>
        <source>The stored score is %1 (from the last re-score; time has moved on since).</source>
        <translation>A pontuação armazenada é %1 (da última repontuação; o tempo passou desde então).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1	total</source>
        <translation>%1	total</translation>
    </message>
    <message>
        <source>%1 leads, %2 with a known outcome: %3 customers, %4 lost.</source>
        <translation>%1 leads, %2 com resultado conhecido: %3 clientes, %4 perdidos.</translation>
    </message>
    <message>
        <source>threshold	customers above	leads to sales	precision</source>
        <translation>limiar	clientes acima	leads para vendas	precisão</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (atual)</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (sugerido)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>lift %1</source>
        <translation>lift %1</translation>
    </message>
    <message>
        <source>MQL threshold %1; warm from %2, hot from %3</source>
        <translation>Limiar de MQL %1; morno a partir de %2, quente a partir de %3</translation>
    </message>
    <message>
        <source>, at most %1</source>
        <translation>, no máximo %1</translation>
    </message>
    <message>
        <source>, half-life %1 days</source>
        <translation>, meia-vida de %1 dias</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (desativado)</translation>
    </message>
    <message>
        <source>Re-scored %1 leads in %2 s: %3 scores changed, %4 leads became MQL.</source>
        <translation>%1 leads repontuados em %2 s: %3 pontuações alteradas, %4 leads viraram MQL.</translation>
    </message>
    <message>
        <source>leadbench-cli: cannot read %1: %2</source>
        <translation>leadbench-cli: não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>leadbench-cli: %1: not a JSON object (%2 at byte %3)</source>
        <translation>leadbench-cli: %1: não é um objeto JSON (%2 no byte %3)</translation>
    </message>
    <message>
        <source>leadbench-cli: %1: %2 Nothing was changed.</source>
        <translation>leadbench-cli: %1: %2 Nada foi alterado.</translation>
    </message>
    <message>
        <source>Re-scored from the command line</source>
        <translation>Repontuado pela linha de comando</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>O que o arquivo contém.</translation>
    </message>
    <message>
        <source>skip, fill or overwrite.</source>
        <translation>skip, fill ou overwrite.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding.</source>
        <translation>A codificação do arquivo.</translation>
    </message>
    <message>
        <source>The field delimiter.</source>
        <translation>O delimitador de campos.</translation>
    </message>
    <message>
        <source>A saved column mapping.</source>
        <translation>Um mapeamento de colunas salvo.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD, repeatable.</source>
        <translation>COLUNA=CAMPO, pode ser repetido.</translation>
    </message>
    <message>
        <source>Save the mapping used under a name.</source>
        <translation>Salvar o mapeamento usado com um nome.</translation>
    </message>
    <message>
        <source>Type of activities without one.</source>
        <translation>Tipo das atividades que não têm um.</translation>
    </message>
    <message>
        <source>Where to write the rejected rows.</source>
        <translation>Onde gravar as linhas rejeitadas.</translation>
    </message>
    <message>
        <source>Rows per transaction.</source>
        <translation>Linhas por transação.</translation>
    </message>
    <message>
        <source>Start over instead of resuming an interrupted import.</source>
        <translation>Recomeçar em vez de retomar uma importação interrompida.</translation>
    </message>
    <message>
        <source>Write a JSON report.</source>
        <translation>Gravar um relatório JSON.</translation>
    </message>
    <message>
        <source>import needs one file: leadbench-cli import FILE</source>
        <translation>import precisa de um arquivo: leadbench-cli import FILE</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not leads, activities, campaigns or deals</source>
        <translation>--kind: &quot;%1&quot; não é leads, activities, campaigns ou deals</translation>
    </message>
    <message>
        <source>--on-duplicate: &quot;%1&quot; is not skip, fill or overwrite</source>
        <translation>--on-duplicate: &quot;%1&quot; não é skip, fill ou overwrite</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of auto, utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, windows-1253</source>
        <translation>--encoding: &quot;%1&quot; não é um de auto, utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, windows-1253</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one ASCII character (or comma, semicolon, tab)</source>
        <translation>--delimiter: &quot;%1&quot; não é um único caractere ASCII (ou comma, semicolon, tab)</translation>
    </message>
    <message>
        <source>--batch: &quot;%1&quot; is not a number from 1 to 1000000</source>
        <translation>--batch: &quot;%1&quot; não é um número de 1 a 1000000</translation>
    </message>
    <message>
        <source>--activity-type: unknown type &quot;%1&quot;</source>
        <translation>--activity-type: tipo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist or is not a file.</source>
        <translation>leadbench-cli: %1 não existe ou não é um arquivo.</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 is read-only: %2</source>
        <translation>leadbench-cli: %1 é somente leitura: %2</translation>
    </message>
    <message>
        <source>leadbench-cli: no saved mapping named &quot;%1&quot; for %2 (saved: %3)</source>
        <translation>leadbench-cli: nenhum mapeamento salvo chamado &quot;%1&quot; para %2 (salvos: %3)</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (columns: %2)</source>
        <translation>--map: o arquivo não tem a coluna &quot;%1&quot; (colunas: %2)</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field (fields: %2)</source>
        <translation>--map: &quot;%1&quot; não é um campo (campos: %2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>leadbench-cli: cannot write the report %1: %2</source>
        <translation>leadbench-cli: não é possível gravar o relatório %1: %2</translation>
    </message>
    <message>
        <source>Resumed import #%1 at line %2.</source>
        <translation>Importação #%1 retomada na linha %2.</translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason: %1</source>
        <translation>Linhas rejeitadas, com a linha e o motivo: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Undo it with: leadbench-cli --db %1 imports undo %2</source>
        <translation>Para desfazer: leadbench-cli --db %1 imports undo %2</translation>
    </message>
    <message>
        <source>Kind of the mappings.</source>
        <translation>Tipo dos mapeamentos.</translation>
    </message>
    <message>
        <source>%1 read, %2 created, %3 merged, %4 rejected</source>
        <translation>%1 lidas, %2 criadas, %3 mescladas, %4 rejeitadas</translation>
    </message>
    <message>
        <source>imports undo needs an import id (see leadbench-cli imports list)</source>
        <translation>imports undo precisa de um id de importação (veja leadbench-cli imports list)</translation>
    </message>
    <message>
        <source>Undid import #%1: %2 rows removed, %3 rows given back their values.</source>
        <translation>Importação #%1 desfeita: %2 linhas removidas, %3 linhas com valores restaurados.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the removed leads had been edited after the import.</source>
        <translation>
            <numerusform>%n dos leads removidos tinha sido editado após a importação.</numerusform>
            <numerusform>%n dos leads removidos tinham sido editados após a importação.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown imports subcommand &quot;%1&quot; (list, undo, mappings)</source>
        <translation>subcomando de imports desconhecido &quot;%1&quot; (list, undo, mappings)</translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation>csv ou vcard.</translation>
    </message>
    <message>
        <source>Lead ids, comma-separated.</source>
        <translation>Ids de leads, separados por vírgula.</translation>
    </message>
    <message>
        <source>Start the CSV with a byte-order mark (Excel).</source>
        <translation>Iniciar o CSV com marca de ordem de bytes (Excel).</translation>
    </message>
    <message>
        <source>CSV delimiter.</source>
        <translation>Delimitador do CSV.</translation>
    </message>
    <message>
        <source>Keep cells starting with = + - @ as they are.</source>
        <translation>Manter como estão as células que começam com = + - @.</translation>
    </message>
    <message>
        <source>export needs one output file: leadbench-cli export FILE</source>
        <translation>export precisa de um arquivo de saída: leadbench-cli export FILE</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or vcard</source>
        <translation>--format: &quot;%1&quot; não é csv ou vcard</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not comma, semicolon or tab</source>
        <translation>--delimiter: &quot;%1&quot; não é comma, semicolon ou tab</translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not a lead id</source>
        <translation>--ids: &quot;%1&quot; não é um id de lead</translation>
    </message>
    <message>
        <source>deals needs a subcommand: list, show, add or move</source>
        <translation>deals precisa de um subcomando: list, show, add ou move</translation>
    </message>
    <message>
        <source>unknown deals subcommand &quot;%1&quot; (list, show, add, move)</source>
        <translation>subcomando de deals desconhecido &quot;%1&quot; (list, show, add, move)</translation>
    </message>
    <message>
        <source>Pipeline name.</source>
        <translation>Nome do pipeline.</translation>
    </message>
    <message>
        <source>Stage name.</source>
        <translation>Nome do estágio.</translation>
    </message>
    <message>
        <source>Words in title or company.</source>
        <translation>Palavras no título ou na empresa.</translation>
    </message>
    <message>
        <source>Closing on or after.</source>
        <translation>Fechamento em ou após.</translation>
    </message>
    <message>
        <source>Closing on or before.</source>
        <translation>Fechamento em ou antes.</translation>
    </message>
    <message>
        <source>At most N deals.</source>
        <translation>No máximo N negócios.</translation>
    </message>
    <message>
        <source>Skip the first N deals.</source>
        <translation>Pular os primeiros N negócios.</translation>
    </message>
    <message>
        <source>deals list takes no arguments, got &quot;%1&quot;</source>
        <translation>deals list não aceita argumentos, recebeu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--close-from/--close-to: dates are written YYYY-MM-DD</source>
        <translation>--close-from/--close-to: as datas são escritas AAAA-MM-DD</translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli: nenhum pipeline chamado &quot;%1&quot; em %2</translation>
    </message>
    <message>
        <source>leadbench-cli: no stage named &quot;%1&quot;</source>
        <translation>leadbench-cli: nenhum estágio chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: stage &quot;%1&quot; is in several pipelines; say which with --pipeline</source>
        <translation>leadbench-cli: o estágio &quot;%1&quot; está em vários pipelines; indique qual com --pipeline</translation>
    </message>
    <message>
        <source>deals show needs one deal id</source>
        <translation>deals show precisa de um id de negócio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id</source>
        <translation>&quot;%1&quot; não é um id de negócio</translation>
    </message>
    <message>
        <source>leadbench-cli: there is no deal %1 in %2</source>
        <translation>leadbench-cli: não há negócio %1 em %2</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Id do lead.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Empresa.</translation>
    </message>
    <message>
        <source>Amount.</source>
        <translation>Valor.</translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation>Código ISO da moeda.</translation>
    </message>
    <message>
        <source>Expected close date.</source>
        <translation>Data prevista de fechamento.</translation>
    </message>
    <message>
        <source>Owner name.</source>
        <translation>Nome do responsável.</translation>
    </message>
    <message>
        <source>Probability in percent.</source>
        <translation>Probabilidade em porcentagem.</translation>
    </message>
    <message>
        <source>deals add needs one title (quote it when it has spaces)</source>
        <translation>deals add precisa de um título (use aspas se tiver espaços)</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not a number (write it as 12500.50)</source>
        <translation>--amount: &quot;%1&quot; não é um número (escreva como 12500.50)</translation>
    </message>
    <message>
        <source>--close: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--close: &quot;%1&quot; não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--probability: &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation>--probability: &quot;%1&quot; não é uma porcentagem de 0 a 100</translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot;</source>
        <translation>leadbench-cli: nenhum pipeline chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>leadbench-cli: o pipeline &quot;%1&quot; não tem o estágio &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Added deal %1: %2</source>
        <translation>Negócio %1 adicionado: %2</translation>
    </message>
    <message>
        <source>Lead %1 is now at %2.</source>
        <translation>O lead %1 está agora em %2.</translation>
    </message>
    <message>
        <source>Close date (Won, Lost).</source>
        <translation>Data de fechamento (Won, Lost).</translation>
    </message>
    <message>
        <source>Why it was won or lost.</source>
        <translation>Por que foi ganho ou perdido.</translation>
    </message>
    <message>
        <source>Gross margin of a won deal.</source>
        <translation>Margem bruta de um negócio ganho.</translation>
    </message>
    <message>
        <source>deals move needs a deal id and a stage: leadbench-cli deals move ID STAGE</source>
        <translation>deals move precisa de um id de negócio e um estágio: leadbench-cli deals move ID STAGE</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &quot;%1&quot; não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--margin: &quot;%1&quot; is not a number</source>
        <translation>--margin: &quot;%1&quot; não é um número</translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot; (its stages: %3)</source>
        <translation>leadbench-cli: o pipeline &quot;%1&quot; não tem o estágio &quot;%2&quot; (estágios: %3)</translation>
    </message>
    <message>
        <source>Moved deal %1 (%2) to %3.</source>
        <translation>Negócio %1 (%2) movido para %3.</translation>
    </message>
    <message>
        <source>pipelines needs the subcommand list</source>
        <translation>pipelines precisa do subcomando list</translation>
    </message>
    <message>
        <source>%1 %2 (weighted %3)</source>
        <translation>%1 %2 (ponderado %3)</translation>
    </message>
    <message>
        <source>--lang needs a language code</source>
        <translation>--lang precisa de um código de idioma</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of system, %2</source>
        <translation>--lang: &quot;%1&quot; não é um de system, %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 leads</source>
        <translation>%L1 de %L2 leads</translation>
    </message>
    <message>
        <source>Conversion rate by attribute (overall %1):</source>
        <translation>Taxa de conversão por atributo (geral %1):</translation>
    </message>
    <message>
        <source>%L1 rows read (%2)</source>
        <translation>%L1 linhas lidas (%2)</translation>
    </message>
    <message>
        <source>Import #%1 of %2: %L3 rows read, %L4 created, %L5 merged (%L6 unchanged), %L7 rejected, in %L8 s.</source>
        <translation>Importação #%1 de %2: %L3 linhas lidas, %L4 criadas, %L5 mescladas (%L6 inalteradas), %L7 rejeitadas, em %L8 s.</translation>
    </message>
    <message>
        <source>%L1 of %L2 deals</source>
        <translation>%L1 de %L2 negócios</translation>
    </message>
    <message>
        <source>First day of the range (YYYY-MM-DD).</source>
        <translation>Primeiro dia do período (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the range (YYYY-MM-DD).</source>
        <translation>Último dia do período (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Grouping: campaign, source, rep or month.</source>
        <translation>Agrupamento: campaign, source, rep ou month.</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json ou csv.</translation>
    </message>
    <message>
        <source>With csv: groups, months, funnel or cycle.</source>
        <translation>Com csv: groups, months, funnel ou cycle.</translation>
    </message>
    <message>
        <source>kpi takes no arguments, got &quot;%1&quot;</source>
        <translation>kpi não aceita argumentos, recebeu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--to: &quot;%1&quot; não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--from: &quot;%1&quot; não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 é posterior a --to %2</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of campaign, source, rep, month</source>
        <translation>--by: &quot;%1&quot; não é um de campaign, source, rep, month</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of json, csv</source>
        <translation>--format: &quot;%1&quot; não é um de json, csv</translation>
    </message>
    <message>
        <source>--table: &quot;%1&quot; is not one of groups, months, funnel, cycle</source>
        <translation>--table: &quot;%1&quot; não é um de groups, months, funnel, cycle</translation>
    </message>
    <message>
        <source>--table goes with --format csv (JSON holds every table)</source>
        <translation>--table só vale com --format csv (o JSON contém todas as tabelas)</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 was made by an earlier version; keeping a backup copy, then upgrading it…</source>
        <translation>leadbench-cli: %1 foi criado por uma versão anterior; fazendo uma cópia de segurança e depois atualizando…</translation>
    </message>
    <message>
        <source>Usage: leadbench-cli [--db PATH] [--lang CODE] COMMAND [OPTIONS]

Works on the workspace at PATH (default: %1).

Commands:
  demo [--leads N] [--activities-per-lead A] [--seed S] [--json]
        Adds a realistic demo data set: reps, campaigns, N leads (default 5000) with their
        activities, stage history and deals. Creates the workspace if needed.
  leads list [--search TEXT] [--stage S[,S...]] [--owner NAME] [--source S] [--country C]
             [--temperature hot|warm|cold] [--segment NAME] [--sort COLUMN] [--desc]
             [--limit N] [--offset N] [--json]
        Lists leads. Stages: subscriber, lead, mql, sql, opportunity, customer, nurturing,
        disqualified. Columns: name, email, company, stage, score, owner, source, country,
        created, updated. Default: newest first, 50 leads.
  leads show ID [--json]
        One lead with its activities and stage history.
  segments list [--json]
        The saved segments (named filters).
  backup OUT
        Writes a consistent copy of the workspace to OUT, also while it is in use.
  restore IN
        Replaces the workspace with the backup IN, after checking it; the current workspace
        is kept in PATH.backups/ first.
  deals list [--pipeline NAME] [--stage NAME] [--owner NAME|none] [--search TEXT]
             [--close-from DATE] [--close-to DATE] [--limit N] [--offset N] [--json]
        Lists deals in board order. The close date is the actual one of a won or lost deal,
        the expected one of an open deal. Dates: YYYY-MM-DD. Default: 50 deals.
  deals show ID [--json]
        One deal with its stage history.
  deals add TITLE [--lead ID] [--company C] [--amount A] [--currency EUR] [--close DATE]
            [--owner NAME] [--probability P] [--pipeline NAME] [--stage NAME] [--json]
        Adds a deal (first open stage of the first pipeline by default); its lead becomes
        an opportunity. P is a percentage, 0 to 100.
  deals move ID STAGE [--date DATE] [--reason TEXT] [--margin M] [--json]
        Moves a deal to a stage of its pipeline (to the top of that column). Won and Lost
        close it: --date defaults to today, --reason is required for Lost. The lead
        follows: won makes it a customer, lost sends it to nurturing.
  pipelines list [--json]
        Pipelines and their stages with deal counts, sums and probability-weighted sums.
  check
        Runs a full integrity check; exit code 1 when the workspace is damaged.
  info [--json]
        Workspace path, format version and counts.
  upgrade
        Upgrades a workspace made by an earlier version to this version&apos;s format, keeping
        a backup copy of it in PATH.backups/ first. Commands that only read need it done.
  import FILE [--kind leads|activities|campaigns|deals] [--on-duplicate skip|fill|overwrite]
              [--encoding auto|utf-8|utf-16le|utf-16be|windows-1252|iso-8859-1|windows-1253]
              [--delimiter ,|;|tab|C] [--mapping NAME] [--map COLUMN=FIELD]... [--save-mapping NAME]
              [--activity-type TYPE] [--rejects FILE] [--batch N] [--no-resume] [--report R.json] [--json]
        Imports a CSV file (or a .vcf vCard file) into the workspace, creating it if needed. Columns
        are matched from their names (HubSpot, Salesforce, Pipedrive; en, fr, pt, it, el); --map
        and saved mappings change that. Duplicates (same e-mail, else phone, else name and company,
        in the file or the workspace) are skipped (default), fill the lead&apos;s empty fields, or
        overwrite them. Rows that cannot be imported go to a rejects CSV with their line and the
        reason; read = created + merged + rejected. An interrupted import of the same file
        resumes where it stopped (--no-resume starts over). --kind activities matches rows to
        leads by e-mail (opens, clicks, visits, attendance); campaigns takes daily cost and
        visitors; deals takes title, contact e-mail, amount, stage, won/lost, dates, margin.
        The report (--report) holds read, created, merged, rejected, rejects_file, duration.
  imports list [--json] | imports undo ID | imports mappings [--kind KIND]
        The import history; undo removes the rows an import created and gives the fields it
        changed their previous values; the saved column mappings.
  export FILE [--format csv|vcard] [--segment NAME] [--search TEXT] [--ids 1,2,3] [--bom]
              [--delimiter comma|semicolon|tab] [--no-neutralize]
        Writes all leads, a segment, a search or some leads to CSV (UTF-8; cells starting with
        = + - @ get an apostrophe so spreadsheets never run them) or vCard 4.0 (.vcf).
  queue --rep NAME [--limit N] [--json]
        The rep&apos;s leads in the order to work them: overdue follow-ups, hot leads, new ones.
  route --lead ID [--json]
  route --unassigned-mqls [--json]
        Assigns leads to reps by the routing rules (round-robin as the fallback).
  events list [--json]
  events summary NAME [--json]
        Trade shows and events: leads captured, how many hot, cost per lead.
  score --explain ID [--json] [--now TIME]
        Why lead ID has its score: each rule that counts, how often, its points after decay;
        they add up to the score. With the lead&apos;s score history.
  score --all [--json] [--now TIME]
        Re-scores every lead with the workspace&apos;s rules (only changed scores are written,
        each with a score-history entry; leads crossing the MQL threshold become MQL).
  score --advise [--json]
        Threshold advisor: for each candidate threshold, the share of eventual customers
        above it, the share of leads that would go to sales and the precision, with a
        suggested threshold; and conversion lift by industry, job title, company size,
        source, lead magnet and country.
  score --rules [--json]
        The scoring rules, the MQL threshold and the temperature bands (--json: the rule
        set as a file --set-rules reads).
  score --set-rules FILE
        Replaces the rule set with the JSON file FILE (checked first: a problem is reported
        with the rule and field, and nothing changes), then re-scores every lead.
        TIME is an ISO date and time (UTC unless it says otherwise); default: now.
  kpi [--from D] [--to D] [--by campaign|source|rep|month] [--format json|csv]
      [--table groups|months|funnel|cycle]
        The managers&apos; KPIs for the days D to D (UTC; default: the last 12 months): leads by
        kind, opt-in and sales conversion rates, CPL, CPA, gross margin, ROI, lifetime value,
        average deal size, sales per month with growth, sales cycle (median, 90th percentile),
        the funnel with its biggest leak. JSON holds every table; CSV one (default: the
        groups and a total line). A zero denominator gives null (JSON) or &quot;—&quot; (CSV).
%2%3
Options:
  --db PATH     the workspace file
  --lang CODE   the language of messages: en, fr, pt_BR, it, el or system; default: the
                language chosen in Leadbench&apos;s preferences, else the system&apos;s (LANGUAGE,
                LC_ALL, LC_MESSAGES, LANG). Output for programs (--json, CSV) never changes.
  -h, --help    this help
  --version     the version

Exit codes: 0 done, 1 failed (the message says why), 2 wrong command line.
</source>
        <translation>Uso: leadbench-cli [--db PATH] [--lang CODE] COMMAND [OPTIONS]

Trabalha no espaço de trabalho em PATH (padrão: %1).

Comandos:
  demo [--leads N] [--activities-per-lead A] [--seed S] [--json]
        Adiciona um conjunto de dados de demonstração realista: vendedores, campanhas, N leads
        (padrão 5000) com suas atividades, histórico de estágios e negócios. Cria o espaço de
        trabalho se necessário.
  leads list [--search TEXT] [--stage S[,S...]] [--owner NAME] [--source S] [--country C]
             [--temperature hot|warm|cold] [--segment NAME] [--sort COLUMN] [--desc]
             [--limit N] [--offset N] [--json]
        Lista leads. Estágios: subscriber, lead, mql, sql, opportunity, customer, nurturing,
        disqualified. Colunas: name, email, company, stage, score, owner, source, country,
        created, updated. Padrão: mais recentes primeiro, 50 leads.
  leads show ID [--json]
        Um lead com suas atividades e histórico de estágios.
  segments list [--json]
        Os segmentos salvos (filtros com nome).
  backup OUT
        Grava uma cópia consistente do espaço de trabalho em OUT, mesmo enquanto ele está em uso.
  restore IN
        Substitui o espaço de trabalho pelo backup IN, após verificá-lo; o espaço de trabalho
        atual é guardado antes em PATH.backups/.
  deals list [--pipeline NAME] [--stage NAME] [--owner NAME|none] [--search TEXT]
             [--close-from DATE] [--close-to DATE] [--limit N] [--offset N] [--json]
        Lista negócios na ordem do quadro. A data de fechamento é a real de um negócio ganho ou
        perdido, a prevista de um negócio aberto. Datas: AAAA-MM-DD. Padrão: 50 negócios.
  deals show ID [--json]
        Um negócio com seu histórico de estágios.
  deals add TITLE [--lead ID] [--company C] [--amount A] [--currency EUR] [--close DATE]
            [--owner NAME] [--probability P] [--pipeline NAME] [--stage NAME] [--json]
        Adiciona um negócio (por padrão, no primeiro estágio aberto do primeiro pipeline); seu
        lead vira uma oportunidade. P é uma porcentagem, de 0 a 100.
  deals move ID STAGE [--date DATE] [--reason TEXT] [--margin M] [--json]
        Move um negócio para um estágio do seu pipeline (no topo dessa coluna). Won e Lost
        o fecham: --date tem hoje como padrão, --reason é obrigatório para Lost. O lead
        acompanha: ganho o torna cliente, perdido o envia para nutrição de leads.
  pipelines list [--json]
        Pipelines e seus estágios com contagem de negócios, somas e somas ponderadas pela
        probabilidade.
  check
        Executa uma verificação de integridade completa; código de saída 1 quando o espaço de
        trabalho está danificado.
  info [--json]
        Caminho do espaço de trabalho, versão do formato e contagens.
  upgrade
        Atualiza um espaço de trabalho criado por uma versão anterior para o formato desta
        versão, guardando antes uma cópia de segurança em PATH.backups/. Os comandos que só
        leem precisam disso.
  import FILE [--kind leads|activities|campaigns|deals] [--on-duplicate skip|fill|overwrite]
              [--encoding auto|utf-8|utf-16le|utf-16be|windows-1252|iso-8859-1|windows-1253]
              [--delimiter ,|;|tab|C] [--mapping NAME] [--map COLUMN=FIELD]... [--save-mapping NAME]
              [--activity-type TYPE] [--rejects FILE] [--batch N] [--no-resume] [--report R.json] [--json]
        Importa um arquivo CSV (ou um arquivo vCard .vcf) para o espaço de trabalho, criando-o se
        necessário. As colunas são associadas pelo nome (HubSpot, Salesforce, Pipedrive; en, fr,
        pt, it, el); --map e os mapeamentos salvos mudam isso. Duplicatas (mesmo e-mail, senão
        telefone, senão nome e empresa, no arquivo ou no espaço de trabalho) são ignoradas
        (padrão), preenchem os campos vazios do lead ou os sobrescrevem. Linhas que não podem
        ser importadas vão para um CSV de rejeitadas com sua linha e o motivo; lidas = criadas +
        mescladas + rejeitadas. Uma importação interrompida do mesmo arquivo é retomada de onde
        parou (--no-resume recomeça). --kind activities associa linhas a leads pelo e-mail
        (aberturas, cliques, visitas, presença); campaigns recebe custo e visitantes diários;
        deals recebe título, e-mail do contato, valor, estágio, ganho/perdido, datas, margem.
        O relatório (--report) contém read, created, merged, rejected, rejects_file, duration.
  imports list [--json] | imports undo ID | imports mappings [--kind KIND]
        O histórico de importações; undo remove as linhas que uma importação criou e devolve
        aos campos alterados seus valores anteriores; os mapeamentos de colunas salvos.
  export FILE [--format csv|vcard] [--segment NAME] [--search TEXT] [--ids 1,2,3] [--bom]
              [--delimiter comma|semicolon|tab] [--no-neutralize]
        Grava todos os leads, um segmento, uma busca ou alguns leads em CSV (UTF-8; células que
        começam com = + - @ recebem um apóstrofo para que planilhas nunca as executem) ou
        vCard 4.0 (.vcf).
  queue --rep NAME [--limit N] [--json]
        Os leads do vendedor na ordem em que devem ser trabalhados: acompanhamentos atrasados,
        leads quentes, novos.
  route --lead ID [--json]
  route --unassigned-mqls [--json]
        Atribui leads a vendedores pelas regras de distribuição (round-robin como alternativa).
  events list [--json]
  events summary NAME [--json]
        Feiras e eventos: leads captados, quantos quentes, custo por lead.
  score --explain ID [--json] [--now TIME]
        Por que o lead ID tem sua pontuação: cada regra que conta, quantas vezes, seus pontos
        após o decaimento; eles somam a pontuação. Com o histórico de pontuação do lead.
  score --all [--json] [--now TIME]
        Repontua todos os leads com as regras do espaço de trabalho (só as pontuações alteradas
        são gravadas, cada uma com uma entrada no histórico de pontuação; leads que cruzam o
        limiar de MQL viram MQL).
  score --advise [--json]
        Assistente de limiar: para cada limiar candidato, a parcela dos futuros clientes acima
        dele, a parcela de leads que iria para vendas e a precisão, com um limiar sugerido; e o
        lift de conversão por setor, cargo, porte da empresa, origem, isca digital e país.
  score --rules [--json]
        As regras de pontuação, o limiar de MQL e as faixas de temperatura (--json: o conjunto
        de regras como um arquivo que --set-rules lê).
  score --set-rules FILE
        Substitui o conjunto de regras pelo arquivo JSON FILE (verificado antes: um problema é
        informado com a regra e o campo, e nada muda) e depois repontua todos os leads.
        TIME é uma data e hora ISO (UTC, salvo indicação contrária); padrão: agora.
  kpi [--from D] [--to D] [--by campaign|source|rep|month] [--format json|csv]
      [--table groups|months|funnel|cycle]
        Os KPIs dos gestores para os dias de D a D (UTC; padrão: os últimos 12 meses): leads por
        tipo, taxas de opt-in e de conversão em vendas, CPL, CPA, margem bruta, ROI, valor do
        tempo de vida do cliente, ticket médio, vendas por mês com crescimento, ciclo de vendas
        (mediana, percentil 90), o funil com seu maior vazamento. O JSON contém todas as tabelas;
        o CSV, uma (padrão: os grupos e uma linha de total). Um denominador zero dá null (JSON)
        ou &quot;—&quot; (CSV).
%2%3
Opções:
  --db PATH     o arquivo do espaço de trabalho
  --lang CODE   o idioma das mensagens: en, fr, pt_BR, it, el ou system; padrão: o idioma
                escolhido nas preferências do Leadbench, senão o do sistema (LANGUAGE,
                LC_ALL, LC_MESSAGES, LANG). A saída para programas (--json, CSV) nunca muda.
  -h, --help    esta ajuda
  --version     a versão

Códigos de saída: 0 concluído, 1 falhou (a mensagem diz por quê), 2 linha de comando incorreta.
</translation>
    </message>
    <message>
        <source>Upgrade it with: leadbench-cli --db %1 upgrade (a backup copy is kept first).</source>
        <translation>Atualize-o com: leadbench-cli --db %1 upgrade (uma cópia de segurança é guardada antes).</translation>
    </message>
    <message>
        <source>upgrade takes no arguments</source>
        <translation>upgrade não aceita argumentos</translation>
    </message>
    <message>
        <source>%1 is already in this version&apos;s format (%2).</source>
        <translation>%1 já está no formato desta versão (%2).</translation>
    </message>
    <message>
        <source>Upgraded %1 from format %2 to %3.</source>
        <translation>%1 atualizado do formato %2 para o %3.</translation>
    </message>
    <message>
        <source>The file as it was is kept in %1.</source>
        <translation>O arquivo como estava foi guardado em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1 in %L2 s.</source>
        <translation>
            <numerusform>%Ln lead exportado para %1 em %L2 s.</numerusform>
            <numerusform>%Ln leads exportados para %1 em %L2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Deal won</source>
        <translation>Negócio ganho</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Negócio perdido</translation>
    </message>
    <message>
        <source>%1 (%2) is won.</source>
        <translation>%1 (%2) foi ganho.</translation>
    </message>
    <message>
        <source>%1 (%2) is lost.</source>
        <translation>%1 (%2) foi perdido.</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data de fechamento</translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation>&amp;Ganho em:</translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation>&amp;Perdido em:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Best fit for their need</source>
        <translation>Melhor adequação à necessidade</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacionamento</translation>
    </message>
    <message>
        <source>Faster to deliver</source>
        <translation>Entrega mais rápida</translation>
    </message>
    <message>
        <source>Why we won (optional)</source>
        <translation>Por que ganhamos (opcional)</translation>
    </message>
    <message>
        <source>Not now: budget frozen</source>
        <translation>Agora não: orçamento congelado</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>Escolheu um concorrente</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Preço alto demais</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Sem decisão</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Não adequado</translation>
    </message>
    <message>
        <source>Why it was lost (required)</source>
        <translation>Por que foi perdido (obrigatório)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margem bruta</translation>
    </message>
    <message>
        <source>Optional, in %1</source>
        <translation>Opcional, em %1</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>&amp;Margem bruta:</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Marcar como ganho</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Marcar como perdido</translation>
    </message>
    <message>
        <source>Give the reason the deal was lost: the win/loss analysis counts on it.</source>
        <translation>Informe o motivo da perda do negócio: a análise de ganhos e perdas depende dele.</translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation>Margem bruta: &quot;%1&quot; não é um número (escreva como %2).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Full name (first and last)</source>
        <translation>Nome completo (nome e sobrenome)</translation>
    </message>
    <message>
        <source>Lead e-mail</source>
        <translation>E-mail do lead</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Id do lead</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Tipo de atividade</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Detail (subject, page, webinar)</source>
        <translation>Detalhe (assunto, página, webinar)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Título do negócio</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail do contato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Estágio do pipeline</translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation>Ganho / perdido</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data de fechamento</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margem bruta</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motivo do fechamento</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Não importar</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>These fields changed both here and in the CRM since the last sync. Choose which value to keep; the next sync sends it.</source>
        <translation>Estes campos mudaram aqui e no CRM desde a última sincronização. Escolha o valor a manter; a próxima sincronização o envia.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aqui</translation>
    </message>
    <message>
        <source>In the CRM</source>
        <translation>No CRM</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Keep &amp;All of Leadbench&apos;s</source>
        <translation>Manter &amp;todos os do Leadbench</translation>
    </message>
    <message>
        <source>Take All of the &amp;CRM&apos;s</source>
        <translation>Usar todos os do &amp;CRM</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(o registro inteiro)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valor a manter</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir depois</translation>
    </message>
    <message>
        <source>Keep it here (create it again in the CRM)</source>
        <translation>Manter aqui (criar de novo no CRM)</translation>
    </message>
    <message>
        <source>Leadbench&apos;s value</source>
        <translation>Valor do Leadbench</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>Excluir aqui também</translation>
    </message>
    <message>
        <source>The CRM&apos;s value</source>
        <translation>Valor do CRM</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Edit Connection</source>
        <translation>Editar conexão</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Adicionar conexão</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nome da conexão</translation>
    </message>
    <message>
        <source>e.g. HubSpot (sales team)</source>
        <translation>ex.: HubSpot (equipe de vendas)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation>&amp;CRM:</translation>
    </message>
    <message>
        <source>When both sides changed a field</source>
        <translation>Quando os dois lados alteraram um campo</translation>
    </message>
    <message>
        <source>When &amp;both sides changed a field:</source>
        <translation>Quando os &amp;dois lados alteraram um campo:</translation>
    </message>
    <message>
        <source>Secrets are kept in your system keychain only, never in the workspace or the settings.</source>
        <translation>Os segredos ficam apenas no chaveiro do sistema, nunca no espaço de trabalho ou nas configurações.</translation>
    </message>
    <message>
        <source>No CRM connector plug-ins were found in %1.</source>
        <translation>Nenhum plug-in conector de CRM foi encontrado em %1.</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inalterado (guardado no chaveiro)</translation>
    </message>
    <message>
        <source>Choose a CRM.</source>
        <translation>Escolha um CRM.</translation>
    </message>
</context>
<context>
    <name>ConnectorRegistry</name>
    <message>
        <source>not a Qt plug-in: %1</source>
        <translation>não é um plug-in Qt: %1</translation>
    </message>
    <message>
        <source>built for another connector interface (%1; this Leadbench needs %2)</source>
        <translation>compilado para outra interface de conector (%1; este Leadbench precisa de %2)</translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation>seus metadados não têm id</translation>
    </message>
    <message>
        <source>another plug-in already provides the connector &quot;%1&quot;</source>
        <translation>outro plug-in já fornece o conector &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its metadata says &quot;%1&quot; but it says it is &quot;%2&quot;</source>
        <translation>seus metadados dizem &quot;%1&quot;, mas ele diz ser &quot;%2&quot;</translation>
    </message>
    <message>
        <source>it does not implement the connector interface</source>
        <translation>ele não implementa a interface de conector</translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot;: no plug-ins were found in %2.</source>
        <translation>Nenhum plug-in conector &quot;%1&quot;: nenhum plug-in foi encontrado em %2.</translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot; (found: %2).</source>
        <translation>Nenhum plug-in conector &quot;%1&quot; (encontrados: %2).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no keychain is reachable (no Secret Service such as GNOME Keyring or KeePassXC, no KWallet: %1)</source>
        <translation>nenhum chaveiro acessível (nenhum Secret Service como GNOME Keyring ou KeePassXC, nenhum KWallet: %1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>o chaveiro recusou o acesso (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>o chaveiro falhou (%1)</translation>
    </message>
    <message>
        <source>The secret was not stored: %1. Leadbench keeps secrets only in the system keychain; start or unlock it and try again.</source>
        <translation>O segredo não foi armazenado: %1. O Leadbench guarda segredos apenas no chaveiro do sistema; inicie-o ou desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>The connection&apos;s secret could not be read: %1.</source>
        <translation>Não foi possível ler o segredo da conexão: %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(texto)</translation>
    </message>
    <message>
        <source>Cannot create a temporary file to read %1: %2</source>
        <translation>Não é possível criar um arquivo temporário para ler %1: %2</translation>
    </message>
    <message>
        <source>The delimiter must be a single ASCII character (comma, semicolon, tab…).</source>
        <translation>O delimitador deve ser um único caractere ASCII (vírgula, ponto e vírgula, tabulação…).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line.</source>
        <translation>%1 está vazio: não tem linha de cabeçalho.</translation>
    </message>
    <message>
        <source>%1, line %2: the header line is malformed: %3</source>
        <translation>%1, linha %2: a linha de cabeçalho está malformada: %3</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed within 16 MB</source>
        <translation>um campo entre aspas aberto nesta linha não é fechado em 16 MB</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>um campo entre aspas aberto nesta linha nunca é fechado</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>PDF Report…</source>
        <translation>Relatório PDF…</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>Gráficos em PNG…</translation>
    </message>
    <message>
        <source>Tables as CSV…</source>
        <translation>Tabelas em CSV…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Campanhas…</translation>
    </message>
    <message>
        <source>Campaigns, their channel, cost entries per day, visitors and dates</source>
        <translation>Campanhas, seu canal, lançamentos de custo por dia, visitantes e datas</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>A&amp;grupar por</translation>
    </message>
    <message>
        <source>KPIs by group</source>
        <translation>KPIs por grupo</translation>
    </message>
    <message>
        <source>Click a bar or a slice to list the leads or deals behind it.</source>
        <translation>Clique em uma barra ou fatia para listar os leads ou negócios por trás dela.</translation>
    </message>
    <message>
        <source>Leads or deals behind the figure</source>
        <translation>Leads ou negócios por trás do número</translation>
    </message>
    <message>
        <source>Open a workspace to see its KPIs.</source>
        <translation>Abra um espaço de trabalho para ver seus KPIs.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2): choose a range that starts before it ends.</source>
        <translation>O primeiro dia (%1) é posterior ao último dia (%2): escolha um período que comece antes de terminar.</translation>
    </message>
    <message>
        <source>The KPIs could not be computed; see the workspace check (File menu).</source>
        <translation>Não foi possível calcular os KPIs; veja a verificação do espaço de trabalho (menu Arquivo).</translation>
    </message>
    <message>
        <source>Leads %1 · MQL %2 · SQL %3 · Free trials %4 · New customers %5 · Total sales %6 · Gross margin %7 · Cost %8 · CPL %9 · CPA %10 · ROI %11 · Lifetime value %12 · Average deal %13 · Sales cycle %14 days (median), %15 (90%)</source>
        <translation>Leads %1 · MQL %2 · SQL %3 · Avaliações gratuitas %4 · Novos clientes %5 · Total de vendas %6 · Margem bruta %7 · Custo %8 · CPL %9 · CPA %10 · ROI %11 · LTV %12 · Ticket médio %13 · Ciclo de vendas %14 dias (mediana), %15 (90%)</translation>
    </message>
    <message>
        <source>Biggest leak: %1 → %2, only %3 go on.</source>
        <translation>Maior vazamento: %1 → %2, só %3 avançam.</translation>
    </message>
    <message>
        <source>Biggest leak: %1 (no leads in the range).</source>
        <translation>Maior vazamento: %1 (nenhum lead no período).</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funil</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>funnel step “%1”</source>
        <translation>etapa do funil “%1”</translation>
    </message>
    <message>
        <source>Total sales per month</source>
        <translation>Total de vendas por mês</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Total de vendas</translation>
    </message>
    <message>
        <source>Growth over the month before (%)</source>
        <translation>Crescimento sobre o mês anterior (%)</translation>
    </message>
    <message>
        <source>sales of %1</source>
        <translation>vendas de %1</translation>
    </message>
    <message>
        <source>CPL, CPA and ROI by campaign</source>
        <translation>CPL, CPA e ROI por campanha</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>ROI (%)</source>
        <translation>ROI (%)</translation>
    </message>
    <message>
        <source>campaign “%1”</source>
        <translation>campanha “%1”</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Leads por origem</translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation>origem “%1”</translation>
    </message>
    <message>
        <source>Sales cycle (first touch to close): median %1 days, 90% within %2</source>
        <translation>Ciclo de vendas (do primeiro contato ao fechamento): mediana de %1 dias, 90% em até %2</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Negócios ganhos</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>deals closed in %1</source>
        <translation>negócios fechados em %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Leads behind %1: the newest %2 of %3. Double-click one to open it.</source>
        <translation>Leads por trás de %1: os %2 mais recentes de %3. Clique duas vezes em um para abri-lo.</translation>
    </message>
    <message>
        <source>Leads behind %1: %2. Double-click one to open it.</source>
        <translation>Leads por trás de %1: %2. Clique duas vezes em um para abri-lo.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negócio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Ganho em</translation>
    </message>
    <message>
        <source>Won deals behind %1: the latest %2 of %3. Double-click one to open its lead.</source>
        <translation>Negócios ganhos por trás de %1: os %2 mais recentes de %3. Clique duas vezes em um para abrir o lead.</translation>
    </message>
    <message>
        <source>Won deals behind %1: %2. Double-click one to open its lead.</source>
        <translation>Negócios ganhos por trás de %1: %2. Clique duas vezes em um para abrir o lead.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation>Relatório de KPIs</translation>
    </message>
    <message>
        <source>%1 to %2, by %3 · made %4</source>
        <translation>%1 a %2, por %3 · gerado em %4</translation>
    </message>
    <message>
        <source>Biggest leak</source>
        <translation>Maior vazamento</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>KPIs by %1 (1/2)</source>
        <translation>KPIs por %1 (1/2)</translation>
    </message>
    <message>
        <source>KPIs by %1 (2/2)</source>
        <translation>KPIs por %1 (2/2)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crescimento</translation>
    </message>
    <message>
        <source>biggest leak</source>
        <translation>maior vazamento</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclo de vendas</translation>
    </message>
    <message>
        <source>First touch to close</source>
        <translation>Do primeiro contato ao fechamento</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Exportar relatório PDF</translation>
    </message>
    <message>
        <source>kpi-report.pdf</source>
        <translation>relatorio-kpis.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Exportar gráficos em PNG</translation>
    </message>
    <message>
        <source>Export Tables as CSV</source>
        <translation>Exportar tabelas em CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n arquivo exportado.</numerusform>
            <numerusform>%n arquivos exportados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 é uma pasta, não um arquivo de espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>DealBoard</name>
    <message>
        <source>No pipeline yet. Create one with &quot;New pipeline&quot;, or add a deal.</source>
        <translation>Nenhum pipeline ainda. Crie um com &quot;Novo pipeline&quot; ou adicione um negócio.</translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation>Negócios em %1</translation>
    </message>
    <message>
        <source>Cannot read the deals: %1</source>
        <translation>Não é possível ler os negócios: %1</translation>
    </message>
    <message>
        <source>No pipeline yet. Create one with Pipeline &gt; New pipeline, or add a deal.</source>
        <translation>Nenhum pipeline ainda. Crie um com Pipeline &gt; Novo pipeline ou adicione um negócio.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Nenhum espaço de trabalho aberto.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Ponderado: %1</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Perdido</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts.</source>
        <translation>
            <numerusform>%n negócio em %1; a soma dos valores.</numerusform>
            <numerusform>%n negócios em %1; a soma dos valores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the deals of %1.</source>
        <translation>Não é possível ler os negócios de %1.</translation>
    </message>
    <message>
        <source>The workspace is read-only: deals cannot be moved.</source>
        <translation>O espaço de trabalho é somente leitura: os negócios não podem ser movidos.</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Mover negócio</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 movido para %2.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Mover para</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Novo negócio…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Novo negócio</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 adicionado.</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Abrir negócio</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Editar negócio</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Excluir negócio</translation>
    </message>
    <message>
        <source>Delete %1 with its stage history? Edit &gt; Undo brings it back.</source>
        <translation>Excluir %1 com seu histórico de estágios? Editar &gt; Desfazer o traz de volta.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation>%1 excluído. Desfazer o traz de volta.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts, and that sum weighted by each deal&apos;s probability (%2 by default in this stage).</source>
        <translation>
            <numerusform>%n negócio em %1; a soma dos valores e essa soma ponderada pela probabilidade de cada negócio (%2 por padrão neste estágio).</numerusform>
            <numerusform>%n negócios em %1; a soma dos valores e essa soma ponderada pela probabilidade de cada negócio (%2 por padrão neste estágio).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Won %1</source>
        <translation>Ganho %1</translation>
    </message>
    <message>
        <source>Lost %1</source>
        <translation>Perdido %1</translation>
    </message>
    <message>
        <source>%L1 d</source>
        <comment>days in the stage</comment>
        <translation>%L1 d</translation>
    </message>
    <message>
        <source>⚠ rotting, %L1 d</source>
        <comment>days in the stage, past its limit</comment>
        <translation>⚠ parado, %L1 d</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Sem próxima etapa</translation>
    </message>
    <message>
        <source>Overdue today %1</source>
        <translation>Atrasada hoje %1</translation>
    </message>
    <message>
        <source>Next today %1</source>
        <translation>Próxima hoje %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Atrasada %1</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Próxima %1</translation>
    </message>
</context>
<context>
    <name>DealColumnModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sem empresa</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>New deal</source>
        <translation>Novo negócio</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Editar negócio</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 para %2</translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <source>Deal</source>
        <translation>Negócio</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Novo negócio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What is being sold, e.g. &quot;40 seats, yearly&quot;</source>
        <translation>O que está sendo vendido, ex.: &quot;40 licenças, anual&quot;</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Type part of a name, e-mail or company</source>
        <translation>Digite parte de um nome, e-mail ou empresa</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>The lead&apos;s company when empty</source>
        <translation>A empresa do lead, se vazio</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Data prevista de fechamento</translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation>&amp;Data de fechamento:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>E&amp;stágio:</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilidade:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuído</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margem bruta</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>&amp;Margem bruta:</translation>
    </message>
    <message>
        <source>Won on %1</source>
        <translation>Ganho em %1</translation>
    </message>
    <message>
        <source>Lost on %1</source>
        <translation>Perdido em %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motivo do fechamento</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Histórico de estágios</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(deleted stage)</source>
        <translation>(estágio excluído)</translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation>Entrou em %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Histórico:</translation>
    </message>
    <message>
        <source>&amp;Delete deal…</source>
        <translation>&amp;Excluir negócio…</translation>
    </message>
    <message>
        <source>Lead: choose the lead from the list that opens as you type, or clear the field.</source>
        <translation>Lead: escolha o lead na lista que se abre ao digitar ou limpe o campo.</translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation>Margem bruta: &quot;%1&quot; não é um número (escreva como %2).</translation>
    </message>
    <message>
        <source>Stage default (%1)</source>
        <translation>Padrão do estágio (%1)</translation>
    </message>
</context>
<context>
    <name>DealOutcome</name>
    <message>
        <source>Won</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>Deal #%1 does not exist (it may have been deleted).</source>
        <translation>O negócio #%1 não existe (pode ter sido excluído).</translation>
    </message>
    <message>
        <source>Title: a deal needs a title.</source>
        <translation>Título: um negócio precisa de um título.</translation>
    </message>
    <message>
        <source>Title: at most 300 characters (%1 given).</source>
        <translation>Título: no máximo 300 caracteres (%1 informados).</translation>
    </message>
    <message>
        <source>Amount: must be a number of 0 or more.</source>
        <translation>Valor: deve ser um número igual ou maior que 0.</translation>
    </message>
    <message>
        <source>Amount: %1 is more than a desktop pipeline holds (at most 1,000,000,000,000).</source>
        <translation>Valor: %1 é mais do que um pipeline de desktop comporta (no máximo 1.000.000.000.000).</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as EUR, USD or BRL.</source>
        <translation>Moeda: &quot;%1&quot; não é um código ISO de três letras como EUR, USD ou BRL.</translation>
    </message>
    <message>
        <source>Probability: must be between 0 and 100%.</source>
        <translation>Probabilidade: deve estar entre 0 e 100%.</translation>
    </message>
    <message>
        <source>Gross margin: not a number.</source>
        <translation>Margem bruta: não é um número.</translation>
    </message>
    <message>
        <source>Expected close: not a date.</source>
        <translation>Fechamento previsto: não é uma data.</translation>
    </message>
    <message>
        <source>Lead: #%1 does not exist.</source>
        <translation>Lead: #%1 não existe.</translation>
    </message>
    <message>
        <source>Owner: rep #%1 does not exist.</source>
        <translation>Responsável: o vendedor #%1 não existe.</translation>
    </message>
    <message>
        <source>Cannot find a place for the deal in its column.</source>
        <translation>Não foi possível encontrar um lugar para o negócio na coluna.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; has no open stage for a new deal.</source>
        <translation>O pipeline &quot;%1&quot; não tem estágio aberto para um novo negócio.</translation>
    </message>
    <message>
        <source>Stage #%1 is not a stage of pipeline &quot;%2&quot;.</source>
        <translation>O estágio #%1 não é um estágio do pipeline &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A new deal starts in an open stage, not in &quot;%1&quot;; close it afterwards.</source>
        <translation>Um novo negócio começa em um estágio aberto, não em &quot;%1&quot;; feche-o depois.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Deal created: %1</source>
        <translation>Negócio criado: %1</translation>
    </message>
    <message>
        <source>Deal linked: %1</source>
        <translation>Negócio vinculado: %1</translation>
    </message>
    <message>
        <source>Stage #%1 does not exist.</source>
        <translation>O estágio #%1 não existe.</translation>
    </message>
    <message>
        <source>Moving &quot;%1&quot; to %2 needs the date it was closed.</source>
        <translation>Mover &quot;%1&quot; para %2 exige a data em que foi fechado.</translation>
    </message>
    <message>
        <source>Close date: %1 is in the future.</source>
        <translation>Data de fechamento: %1 está no futuro.</translation>
    </message>
    <message>
        <source>Give the reason &quot;%1&quot; was lost: the win/loss analysis counts on it.</source>
        <translation>Informe o motivo da perda de &quot;%1&quot;: a análise de ganhos e perdas depende dele.</translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation>Negócio ganho: %1</translation>
    </message>
    <message>
        <source>Deal lost: %1 (%2)</source>
        <translation>Negócio perdido: %1 (%2)</translation>
    </message>
    <message>
        <source>Deal reopened: %1</source>
        <translation>Negócio reaberto: %1</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Load demo data</source>
        <translation>Carregar dados de demonstração</translation>
    </message>
    <message>
        <source>Adds sales reps, campaigns with their costs, and leads from France, Brazil, Portugal, Italy, Greece and elsewhere, with their e-mail opens, clicks, page visits, meetings, stage history and deals.</source>
        <translation>Adiciona vendedores, campanhas com seus custos e leads da França, Brasil, Portugal, Itália, Grécia e outros lugares, com aberturas de e-mail, cliques, visitas a páginas, reuniões, histórico de estágios e negócios.</translation>
    </message>
    <message>
        <source>Number of leads</source>
        <translation>Número de leads</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>&amp;Leads:</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carregar</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Gravando…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Parando após o lote atual…</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run — %1</source>
        <translation>Simulação — %1</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>A simulação parou: %1</translation>
    </message>
    <message>
        <source>Nothing to do: both sides agree.</source>
        <translation>Nada a fazer: os dois lados estão de acordo.</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Alterações planejadas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Passa a ser</translation>
    </message>
    <message>
        <source>create</source>
        <translation>criar</translation>
    </message>
    <message>
        <source>update</source>
        <translation>atualizar</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>excluir</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflito</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… e mais %n alteração.</numerusform>
            <numerusform>… e mais %n alterações.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Nothing was written. A sync would make these changes (%L1 pulled, %L2 pushed, %L3 conflicts):</source>
        <translation>Nada foi gravado. Uma sincronização faria estas alterações (%L1 recebidas, %L2 enviadas, %L3 conflitos):</translation>
    </message>
</context>
<context>
    <name>DuplicatePolicy</name>
    <message>
        <source>Skip: keep the lead as it is</source>
        <translation>Ignorar: manter o lead como está</translation>
    </message>
    <message>
        <source>Fill the lead&apos;s empty fields</source>
        <translation>Preencher os campos vazios do lead</translation>
    </message>
    <message>
        <source>Overwrite the lead&apos;s fields with the file&apos;s values</source>
        <translation>Sobrescrever os campos do lead com os valores do arquivo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Exportar leads</translation>
    </message>
    <message>
        <source>The selected leads: %1</source>
        <translation>Os leads selecionados: %1</translation>
    </message>
    <message>
        <source>The leads shown (search and filters): %1</source>
        <translation>Os leads exibidos (busca e filtros): %1</translation>
    </message>
    <message>
        <source>The segment</source>
        <translation>O segmento</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>All leads: %1</source>
        <translation>Todos os leads: %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with byte-order mark)</source>
        <translation>CSV para Excel (UTF-8 com marca de ordem de bytes)</translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Arquivo a gravar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>A&amp;rquivo:</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get an apostrophe (spreadsheets never run them)</source>
        <translation>Células que começam com = + - @ recebem um apóstrofo (planilhas nunca as executam)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Arquivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose a file to write in an existing folder.</source>
        <translation>Escolha um arquivo a gravar em uma pasta existente.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 leads written…</source>
        <translation>%1 leads gravados…</translation>
    </message>
</context>
<context>
    <name>FieldCondition</name>
    <message>
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>é um de</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>é no mínimo</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>é no máximo</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>está preenchido</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1: give a value to compare with.</source>
        <translation>%1: informe um valor para comparar.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; não é um número.</translation>
    </message>
    <message>
        <source>unknown field or operator in %1</source>
        <translation>campo ou operador desconhecido em %1</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <source>Field Mapping — %1</source>
        <translation>Mapeamento de campos — %1</translation>
    </message>
    <message>
        <source>Which Leadbench field goes to which CRM field. &quot;Leadbench decides&quot; or &quot;CRM decides&quot; makes one side the source of truth for the field; otherwise a field changed on both sides is a conflict. An empty value never replaces a filled one unless you allow it.</source>
        <translation>Qual campo do Leadbench vai para qual campo do CRM. &quot;Leadbench decide&quot; ou &quot;CRM decide&quot; torna um lado a fonte da verdade para o campo; caso contrário, um campo alterado nos dois lados é um conflito. Um valor vazio nunca substitui um preenchido, a menos que você permita.</translation>
    </message>
    <message>
        <source>%1 field mapping</source>
        <translation>Mapeamento de campos do %1</translation>
    </message>
    <message>
        <source>Leadbench field</source>
        <translation>Campo do Leadbench</translation>
    </message>
    <message>
        <source>%1 field</source>
        <translation>Campo do %1</translation>
    </message>
    <message>
        <source>Source of truth</source>
        <translation>Fonte da verdade</translation>
    </message>
    <message>
        <source>Empty may replace</source>
        <translation>Vazio pode substituir</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Adicionar campo</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Remover campo</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restaurar &amp;padrões</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>CRM field</source>
        <translation>Campo do CRM</translation>
    </message>
    <message>
        <source>%1 (%2, read-only)</source>
        <translation>%1 (%2, somente leitura)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Nos dois sentidos</translation>
    </message>
    <message>
        <source>Leadbench decides</source>
        <translation>Leadbench decide</translation>
    </message>
    <message>
        <source>CRM decides</source>
        <translation>CRM decide</translation>
    </message>
    <message>
        <source>An empty value may replace a filled one</source>
        <translation>Um valor vazio pode substituir um preenchido</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>%1: End</source>
        <translation>%1: Fim</translation>
    </message>
    <message>
        <source>▶ Start · </source>
        <translation>▶ Início · </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. Write the sign as your language does (&quot;%1 %&quot; in French).</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>&quot;%1&quot; não é um endereço válido.</translation>
    </message>
    <message>
        <source>Plain http is refused for %1: the connection would not be encrypted. Use https (plain http is allowed only to this computer, e.g. 127.0.0.1).</source>
        <translation>O http simples é recusado para %1: a conexão não seria criptografada. Use https (http simples só é permitido para este computador, ex.: 127.0.0.1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation>&quot;%1&quot; não é um endereço http ou https.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 %2: %3 (tried %4 times).</source>
        <translation>%1 %2: %3 (tentado %4 vezes).</translation>
    </message>
    <message>
        <source>%1 %2: %3; retrying in %4 s.</source>
        <translation>%1 %2: %3; nova tentativa em %4 s.</translation>
    </message>
    <message>
        <source>%1 %2: answered %3; retrying in %4 s.</source>
        <translation>%1 %2: respondeu %3; nova tentativa em %4 s.</translation>
    </message>
    <message>
        <source>the HTTP library could not start</source>
        <translation>a biblioteca HTTP não pôde ser iniciada</translation>
    </message>
</context>
<context>
    <name>HubSpotConnector</name>
    <message>
        <source>HubSpot CRM: contacts and deals, through a private app&apos;s access token.</source>
        <translation>HubSpot CRM: contatos e negócios, por meio do token de acesso de um aplicativo privado.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <source>https://api.hubapi.com unless HubSpot tells you otherwise.</source>
        <translation>https://api.hubapi.com, a menos que o HubSpot indique outro.</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Token de acesso do aplicativo privado</translation>
    </message>
    <message>
        <source>Settings &gt; Integrations &gt; Private apps in HubSpot; scopes: crm.objects.contacts and crm.objects.deals (read, write), crm.schemas.contacts.write, crm.schemas.deals.write.</source>
        <translation>Configurações &gt; Integrações &gt; Aplicativos privados no HubSpot; escopos: crm.objects.contacts e crm.objects.deals (leitura, gravação), crm.schemas.contacts.write, crm.schemas.deals.write.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Número de celular</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Receita anual</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State/Region</source>
        <translation>Estado/Região</translation>
    </message>
    <message>
        <source>Country/Region</source>
        <translation>País/Região</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>URL do site</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Estágio do ciclo de vida</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Status do lead</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Fonte original</translation>
    </message>
    <message>
        <source>HubSpot score</source>
        <translation>Pontuação do HubSpot</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Nome do negócio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data de fechamento</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Estágio do negócio</translation>
    </message>
    <message>
        <source>Deal probability</source>
        <translation>Probabilidade do negócio</translation>
    </message>
    <message>
        <source>Deal description</source>
        <translation>Descrição do negócio</translation>
    </message>
</context>
<context>
    <name>HubSpotSession</name>
    <message>
        <source>HubSpot: no access token is stored for this connection.</source>
        <translation>HubSpot: nenhum token de acesso armazenado para esta conexão.</translation>
    </message>
    <message>
        <source>checking the property %1</source>
        <translation>verificando a propriedade %1</translation>
    </message>
    <message>
        <source>creating the property %1 (the token needs the crm.schemas.%2.write scope)</source>
        <translation>criando a propriedade %1 (o token precisa do escopo crm.schemas.%2.write)</translation>
    </message>
    <message>
        <source>HubSpot: the search stopped at its result cap; continuing after record %1.</source>
        <translation>HubSpot: a busca parou no limite de resultados; continuando após o registro %1.</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>buscando %1</translation>
    </message>
    <message>
        <source>listing archived %1</source>
        <translation>listando %1 arquivados</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lendo %1</translation>
    </message>
    <message>
        <source>HubSpot refused the access token while %1: %2. Check the private app&apos;s token in the connection.</source>
        <translation>O HubSpot recusou o token de acesso ao %1: %2. Verifique o token do aplicativo privado na conexão.</translation>
    </message>
    <message>
        <source>HubSpot refused %1: %2. The private app needs the scopes crm.objects.contacts.read/write, crm.objects.deals.read/write and crm.schemas.contacts.write/crm.schemas.deals.write.</source>
        <translation>O HubSpot recusou %1: %2. O aplicativo privado precisa dos escopos crm.objects.contacts.read/write, crm.objects.deals.read/write e crm.schemas.contacts.write/crm.schemas.deals.write.</translation>
    </message>
    <message>
        <source>HubSpot kept answering &quot;too many requests&quot; while %1: %2</source>
        <translation>O HubSpot continuou respondendo &quot;too many requests&quot; ao %1: %2</translation>
    </message>
    <message>
        <source>HubSpot failed while %1 (HTTP %2): %3</source>
        <translation>O HubSpot falhou ao %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>HubSpot refused %1 (HTTP %2): %3</source>
        <translation>O HubSpot recusou %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>reading the contacts of deals</source>
        <translation>lendo os contatos dos negócios</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>excluindo %1</translation>
    </message>
    <message>
        <source>no longer exists in HubSpot</source>
        <translation>não existe mais no HubSpot</translation>
    </message>
    <message>
        <source>HubSpot did not return this record</source>
        <translation>O HubSpot não retornou este registro</translation>
    </message>
    <message>
        <source>same e-mail as HubSpot contact %1</source>
        <translation>mesmo e-mail do contato %1 do HubSpot</translation>
    </message>
    <message>
        <source>its e-mail is already used by HubSpot contact %1</source>
        <translation>seu e-mail já é usado pelo contato %1 do HubSpot</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>criando %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>atualizando %1</translation>
    </message>
    <message>
        <source>HubSpot: deals were saved but not associated with their contacts: %1</source>
        <translation>HubSpot: os negócios foram salvos, mas não associados aos contatos: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>There is no import #%1.</source>
        <translation>Não existe a importação #%1.</translation>
    </message>
    <message>
        <source>Import #%1 was already undone.</source>
        <translation>A importação #%1 já foi desfeita.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Um mapeamento salvo precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>parcialmente desfeita</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>desfeita</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Histórico de importações</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importações</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criadas</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Mescladas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Desfazer esta importação…</translation>
    </message>
    <message>
        <source>Open &amp;Rejects File</source>
        <translation>Abrir arquivo de &amp;rejeitadas</translation>
    </message>
    <message>
        <source>Duplicates: %1 · by %2 · %3 s</source>
        <translation>Duplicatas: %1 · por %2 · %3 s</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Desfazer importação</translation>
    </message>
    <message>
        <source>Undo import #%1 of %2?

%3 rows it created will be removed and %4 rows it changed get their previous values back.</source>
        <translation>Desfazer a importação #%1 de %2?

%3 linhas criadas por ela serão removidas e %4 linhas alteradas voltarão aos valores anteriores.</translation>
    </message>
    <message>
        <source>%1 of the leads it created were edited since; they are removed too.</source>
        <translation>%1 dos leads criados por ela foram editados desde então; eles também serão removidos.</translation>
    </message>
    <message>
        <source>Undoing import #%1…</source>
        <translation>Desfazendo a importação #%1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stopped part of the way. Undo the import again to finish; nothing is undone twice.</source>
        <translation>Parado no meio do caminho. Desfaça a importação de novo para terminar; nada é desfeito duas vezes.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid e-mail(s) kept and flagged.</source>
        <translation>
            <numerusform>%n e-mail inválido mantido e sinalizado.</numerusform>
            <numerusform>%n e-mails inválidos mantidos e sinalizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at line %L1: importing the same file again resumes it.</source>
        <translation>Parado na linha %L1: importar o mesmo arquivo de novo retoma a importação.</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Activities (opens, clicks, visits, attendance)</source>
        <translation>Atividades (aberturas, cliques, visitas, presença)</translation>
    </message>
    <message>
        <source>Campaign costs and visitors</source>
        <translation>Custos e visitantes de campanhas</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Escolha um arquivo</translation>
    </message>
    <message>
        <source>A CSV export of another CRM, a bought list, a business-card app&apos;s vCard file, an e-mail tool&apos;s report of opens and clicks, an ad platform&apos;s spend, a list of deals.</source>
        <translation>Uma exportação CSV de outro CRM, uma lista comprada, o arquivo vCard de um app de cartões de visita, o relatório de aberturas e cliques de uma ferramenta de e-mail, os gastos de uma plataforma de anúncios, uma lista de negócios.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <source>A .csv, .txt or .vcf file</source>
        <translation>Um arquivo .csv, .txt ou .vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>O que o arquivo contém</translation>
    </message>
    <message>
        <source>It &amp;holds:</source>
        <translation>&amp;Contém:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importar um arquivo</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Arquivos CSV e vCard (*.csv *.txt *.tsv *.vcf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Codificação e delimitador</translation>
    </message>
    <message>
        <source>Detected from the file. If accents or Greek letters look wrong below, choose another encoding; if the columns are not split, another delimiter.</source>
        <translation>Detectados a partir do arquivo. Se os acentos ou letras gregas aparecerem errados abaixo, escolha outra codificação; se as colunas não estiverem separadas, outro delimitador.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automaticamente</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>As primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Where each column goes. The table below shows the first rows as they will be saved.</source>
        <translation>Para onde vai cada coluna. A tabela abaixo mostra as primeiras linhas como serão salvas.</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Mapeamentos salvos</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Salvar mapeamento…</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Mapeamento salvo:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mapeamento de colunas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeiros valores</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar em</translation>
    </message>
    <message>
        <source>As they will be saved:</source>
        <translation>Como serão salvas:</translation>
    </message>
    <message>
        <source>Rows as they will be saved</source>
        <translation>Linhas como serão salvas</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Salvar mapeamento</translation>
    </message>
    <message>
        <source>Name (for the next file of the same kind):</source>
        <translation>Nome (para o próximo arquivo do mesmo tipo):</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicatas</translation>
    </message>
    <message>
        <source>A row is the same lead as one already in the workspace, or earlier in the file, when the e-mail is the same (case and spaces ignored); without an e-mail, when the phone digits are; without either, when name and company are.</source>
        <translation>Uma linha é o mesmo lead que outro já existente no espaço de trabalho, ou anterior no arquivo, quando o e-mail é o mesmo (ignorando maiúsculas e espaços); sem e-mail, quando os dígitos do telefone são; sem nenhum dos dois, quando nome e empresa são.</translation>
    </message>
    <message>
        <source>Empty cells never erase a value. Every import can be undone from File &gt; Import History: the leads it created are removed and the fields it changed get their values back.</source>
        <translation>Células vazias nunca apagam um valor. Toda importação pode ser desfeita em Arquivo &gt; Histórico de importações: os leads criados são removidos e os campos alterados voltam aos valores anteriores.</translation>
    </message>
    <message>
        <source>Activity type for rows without one</source>
        <translation>Tipo de atividade para linhas sem tipo</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(do arquivo)</translation>
    </message>
    <message>
        <source>Activities without a type are:</source>
        <translation>Atividades sem tipo são:</translation>
    </message>
    <message>
        <source>Import #%1 of this file stopped before its end. It will resume where it stopped, with the columns and duplicate rule it had.</source>
        <translation>A importação #%1 deste arquivo parou antes do fim. Ela será retomada de onde parou, com as colunas e a regra de duplicatas que tinha.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Open the &amp;Rejects File</source>
        <translation>Abrir o arquivo de &amp;rejeitadas</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Desfazer esta importação</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>none (vCard)</source>
        <translation>nenhum (vCard)</translation>
    </message>
    <message>
        <source>Import column %1 into</source>
        <translation>Importar a coluna %1 em</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>will be rejected: %1</source>
        <translation>será rejeitada: %1</translation>
    </message>
    <message>
        <source>Map at least one column to a name, an e-mail, a phone or a company.</source>
        <translation>Mapeie pelo menos uma coluna para nome, e-mail, telefone ou empresa.</translation>
    </message>
    <message>
        <source>Map a column to the lead&apos;s e-mail (or id): activities are matched to leads by it.</source>
        <translation>Mapeie uma coluna para o e-mail (ou id) do lead: as atividades são associadas aos leads por ele.</translation>
    </message>
    <message>
        <source>Map a column to the campaign.</source>
        <translation>Mapeie uma coluna para a campanha.</translation>
    </message>
    <message>
        <source>Map a column to the deal title.</source>
        <translation>Mapeie uma coluna para o título do negócio.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>%1 rows in; building the indexes…</source>
        <translation>%1 linhas lidas; criando os índices…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 merged, %4 rejected</source>
        <translation>%1 linhas lidas: %2 criadas, %3 mescladas, %4 rejeitadas</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>A importação parou: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>Stopped after %1 rows, at your request. What was imported stays; running the same import again resumes it, and Undo removes it.</source>
        <translation>Parado após %1 linhas, a seu pedido. O que foi importado permanece; executar a mesma importação de novo a retoma, e Desfazer a remove.</translation>
    </message>
    <message>
        <source>%1 imported.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <source>Rows read: %1
Created: %2
Merged with existing: %3 (unchanged: %4)
Rejected: %5</source>
        <translation>Linhas lidas: %1
Criadas: %2
Mescladas com existentes: %3 (inalteradas: %4)
Rejeitadas: %5</translation>
    </message>
    <message>
        <source>Invalid e-mails kept and flagged: %1</source>
        <translation>E-mails inválidos mantidos e sinalizados: %1</translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason, are in %1</source>
        <translation>As linhas rejeitadas, com a linha e o motivo, estão em %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Tempo: %1 s</translation>
    </message>
    <message>
        <source>This import was undone.</source>
        <translation>Esta importação foi desfeita.</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Parando após o lote atual…</translation>
    </message>
    <message>
        <source>Read as %1, delimiter “%2”: %L3 columns.</source>
        <translation>Lido como %1, delimitador “%2”: %L3 colunas.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Não é possível gravar o arquivo de rejeitadas %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>linha</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>no e-mail or lead id to match the activity to a lead</source>
        <translation>sem e-mail ou id de lead para associar a atividade a um lead</translation>
    </message>
    <message>
        <source>no lead with id %1</source>
        <translation>nenhum lead com o id %1</translation>
    </message>
    <message>
        <source>no lead with the e-mail %1</source>
        <translation>nenhum lead com o e-mail %1</translation>
    </message>
    <message>
        <source>unknown activity type &quot;%1&quot;</source>
        <translation>tipo de atividade desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no activity type (map a column to it, or choose a type for the whole file)</source>
        <translation>sem tipo de atividade (mapeie uma coluna para ele ou escolha um tipo para o arquivo inteiro)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; não é uma data</translation>
    </message>
    <message>
        <source>no campaign name</source>
        <translation>sem nome de campanha</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive number</source>
        <translation>%1 &quot;%2&quot; não é um número positivo</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>custo</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>visitantes</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>cliques</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; did not exist and was created.</source>
        <translation>A campanha &quot;%1&quot; não existia e foi criada.</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>sem título de negócio</translation>
    </message>
    <message>
        <source>no lead with the e-mail %1 (import the leads first)</source>
        <translation>nenhum lead com o e-mail %1 (importe os leads primeiro)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not a number</source>
        <translation>o valor &quot;%1&quot; não é um número</translation>
    </message>
    <message>
        <source>gross margin &quot;%1&quot; is not a number</source>
        <translation>a margem bruta &quot;%1&quot; não é um número</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not won, lost or open</source>
        <translation>o status &quot;%1&quot; não é won, lost ou open</translation>
    </message>
    <message>
        <source>no pipeline stage named &quot;%1&quot;</source>
        <translation>nenhum estágio de pipeline chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no column is mapped to a name, an e-mail, a phone or a company</source>
        <translation>nenhuma coluna mapeada para nome, e-mail, telefone ou empresa</translation>
    </message>
    <message>
        <source>no column is mapped to the lead&apos;s e-mail or id</source>
        <translation>nenhuma coluna mapeada para o e-mail ou id do lead</translation>
    </message>
    <message>
        <source>no column is mapped to the campaign</source>
        <translation>nenhuma coluna mapeada para a campanha</translation>
    </message>
    <message>
        <source>no column is mapped to the cost, visitors or clicks</source>
        <translation>nenhuma coluna mapeada para custo, visitantes ou cliques</translation>
    </message>
    <message>
        <source>no column is mapped to the deal title</source>
        <translation>nenhuma coluna mapeada para o título do negócio</translation>
    </message>
    <message>
        <source>invalid e-mail: kept and flagged</source>
        <translation>e-mail inválido: mantido e sinalizado</translation>
    </message>
    <message>
        <source>%1: %2. Columns: %3.</source>
        <translation>%1: %2. Colunas: %3.</translation>
    </message>
    <message>
        <source>%1: cannot resume at line %2.</source>
        <translation>%1: não é possível retomar na linha %2.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a delimiter inside a field without quotes?)</source>
        <translation>%1 campos onde o cabeçalho tem %2 (um delimitador dentro de um campo sem aspas?)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n campo não era UTF-8 válido e foi lido como Windows-1252.</numerusform>
            <numerusform>%n campos não eram UTF-8 válido e foram lidos como Windows-1252.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have an invalid e-mail address: kept as written and flagged.</source>
        <translation>
            <numerusform>%n lead tem um endereço de e-mail inválido: mantido como escrito e sinalizado.</numerusform>
            <numerusform>%n leads têm um endereço de e-mail inválido: mantidos como escritos e sinalizados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>IQL</source>
        <translation>IQL</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Free trials</source>
        <translation>Avaliações gratuitas</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Opt-in rate</source>
        <translation>Taxa de opt-in</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Novos clientes</translation>
    </message>
    <message>
        <source>Sales conversion</source>
        <translation>Conversão em vendas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>Gross margin (new customers)</source>
        <translation>Margem bruta (novos clientes)</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Valor do tempo de vida do cliente (LTV)</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Negócios ganhos</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Total de vendas</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Ticket médio</translation>
    </message>
    <message>
        <source>Sales cycle, median (days)</source>
        <translation>Ciclo de vendas, mediana (dias)</translation>
    </message>
    <message>
        <source>Sales cycle, 90th percentile (days)</source>
        <translation>Ciclo de vendas, percentil 90 (dias)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1+ dias</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 dias</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidade</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Sem campanha</translation>
    </message>
    <message>
        <source>Campaign #%1</source>
        <translation>Campanha #%1</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Sem origem</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <source>Rep #%1</source>
        <translation>Vendedor #%1</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>“%1” não é um mês (AAAA-MM).</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is not valid: the start must be a date on or before the end.</source>
        <translation>O período de %1 a %2 não é válido: o início deve ser uma data igual ou anterior ao fim.</translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
</context>
<context>
    <name>LeadBoard</name>
    <message>
        <source>Score %1 · %2</source>
        <translation>Pontuação %1 · %2</translation>
    </message>
    <message>
        <source>Leads at %1</source>
        <translation>Leads em %1</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Não é possível ler os leads: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The workspace is read-only: leads cannot be moved.</source>
        <translation>O espaço de trabalho é somente leitura: os leads não podem ser movidos.</translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>Mover lead</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 movido para %2.</translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation>Criar &amp;negócio…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Mover para</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Novo negócio</translation>
    </message>
    <message>
        <source>Added %1 for %2.</source>
        <translation>%1 adicionado para %2.</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Abrir lead</translation>
    </message>
</context>
<context>
    <name>LeadCommands</name>
    <message>
        <source>Change %1</source>
        <translation>Alterar %1</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Novo lead</translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation>Mesclar leads</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Mover para %1</translation>
    </message>
</context>
<context>
    <name>LeadDetailPanel</name>
    <message>
        <source>Change stage…</source>
        <translation>Alterar estágio…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Registrar ligação</translation>
    </message>
    <message>
        <source>Log e-mail</source>
        <translation>Registrar e-mail</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Registrar reunião</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected entry of the timeline</source>
        <translation>Excluir o item selecionado da linha do tempo</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>Linha do tempo de atividades</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Histórico de estágios</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; não é um número.</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>funcionários</translation>
    </message>
    <message>
        <source>per year, in the company&apos;s currency</source>
        <translation>por ano, na moeda da empresa</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Consentiu</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Cancelou a inscrição</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimento:</translation>
    </message>
    <message>
        <source>form, event or list the consent came from</source>
        <translation>formulário, evento ou lista de onde veio o consentimento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuído</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Nenhum lead selecionado</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Estágio: %1</translation>
    </message>
    <message>
        <source>Score: %1 (%2)</source>
        <translation>Pontuação: %1 (%2)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Unsubscribed on %1</source>
        <translation>Inscrição cancelada em %1</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · lead #%3</source>
        <translation>Criado em %1 · atualizado em %2 · lead #%3</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Atividades (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Qualify (BANT)…</source>
        <translation>Qualificar (BANT)…</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Planejar um acompanhamento…</translation>
    </message>
    <message>
        <source>Follow-ups, qualifications and assignments</source>
        <translation>Acompanhamentos, qualificações e atribuições</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Ligar para %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>concluído: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>Qualifications (BANT)</source>
        <translation>Qualificações (BANT)</translation>
    </message>
    <message>
        <source>%1 · B %2 A %3 N %4 T %5 · %6</source>
        <translation>%1 · B %2 A %3 N %4 T %5 · %6</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificado</translation>
    </message>
    <message>
        <source>Budget: %1 %2 — Authority: %3 — Need: %4 — Timing: %5 — rule: %6</source>
        <translation>Orçamento: %1 %2 — Autoridade: %3 — Necessidade: %4 — Prazo: %5 — regra: %6</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Atribuições</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>não atribuído</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Porte da empresa</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Receita anual</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Lead magnet</source>
        <translation>Isca digital</translation>
    </message>
    <message>
        <source>Opt-in date</source>
        <translation>Data do opt-in</translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation>Origem do opt-in</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Inscrição cancelada</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Estágio do ciclo de vida</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
</context>
<context>
    <name>LeadFilter</name>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>estágio desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>owner is not a number</source>
        <translation>o responsável não é um número</translation>
    </message>
    <message>
        <source>unknown temperature &quot;%1&quot;</source>
        <translation>temperatura desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 não é uma data (AAAA-MM-DD)</translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>Search name, e-mail, company, notes…</source>
        <translation>Buscar nome, e-mail, empresa, notas…</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Buscar leads</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Salvar como segmento…</translation>
    </message>
    <message>
        <source>Save the current search and filters under a name</source>
        <translation>Salvar a busca e os filtros atuais com um nome</translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation>Excluir o segmento selecionado</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Excluir segmento</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>Limpar a busca e todos os filtros</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Pontuação mínima</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Pontuação máxima</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Criado a partir de</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Criado até</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Pontuação:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuído</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Todos os leads</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Salvar segmento</translation>
    </message>
    <message>
        <source>Search or filter first: a segment saves the current search and filters.</source>
        <translation>Busque ou filtre primeiro: um segmento salva a busca e os filtros atuais.</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>Nome do segmento:</translation>
    </message>
    <message>
        <source>A segment named &quot;%1&quot; exists. Replace its filters?</source>
        <translation>Já existe um segmento chamado &quot;%1&quot;. Substituir os filtros?</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? The leads stay; only the saved filter goes.</source>
        <translation>Excluir o segmento &quot;%1&quot;? Os leads permanecem; só o filtro salvo é removido.</translation>
    </message>
</context>
<context>
    <name>LeadMapper</name>
    <message>
        <source>not a lifecycle stage</source>
        <translation>não é um estágio do ciclo de vida</translation>
    </message>
    <message>
        <source>not a rep of this workspace</source>
        <translation>não é um vendedor deste espaço de trabalho</translation>
    </message>
    <message>
        <source>not a campaign of this workspace</source>
        <translation>não é uma campanha deste espaço de trabalho</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>não é um número</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>não é uma data</translation>
    </message>
    <message>
        <source>no name, e-mail, phone or company: nothing identifies the lead</source>
        <translation>sem nome, e-mail, telefone ou empresa: nada identifica o lead</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) kept in the notes (%2), e.g. %3.</source>
        <translation>
            <numerusform>%1: %n valor mantido nas notas (%2), ex.: %3.</numerusform>
            <numerusform>%1: %n valores mantidos nas notas (%2), ex.: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadMoveGate</name>
    <message>
        <source>Move to %1</source>
        <translation>Mover para %1</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3.</source>
        <translation>%1 passa de %2 para %3.</translation>
    </message>
    <message>
        <source>Sales qualified: budget, authority, need and timing are all there (BANT).</source>
        <translation>Qualificado para vendas: orçamento, autoridade, necessidade e prazo estão presentes (BANT).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation>Por quê, para o histórico de estágios (obrigatório)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation>Informe um motivo: o histórico de estágios registra por que cada lead mudou.</translation>
    </message>
    <message>
        <source>Moved on the lead board</source>
        <translation>Movido no quadro de leads</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation>O lead #%1 não existe (pode ter sido excluído).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 não pode ser alterado.</translation>
    </message>
    <message>
        <source>A lead cannot be merged with itself.</source>
        <translation>Um lead não pode ser mesclado consigo mesmo.</translation>
    </message>
    <message>
        <source>Merged with %1 (#%2)</source>
        <translation>Mesclado com %1 (#%2)</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead criado</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 adicionado</translation>
    </message>
    <message>
        <source>Owner: there is no rep #%1.</source>
        <translation>Responsável: não existe o vendedor #%1.</translation>
    </message>
    <message>
        <source>Campaign: there is no campaign #%1.</source>
        <translation>Campanha: não existe a campanha #%1.</translation>
    </message>
    <message>
        <source>Lead edited</source>
        <translation>Lead editado</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 alterado</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 restaurado</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 excluído</translation>
    </message>
    <message>
        <source>Merge with #%1 undone</source>
        <translation>Mesclagem com #%1 desfeita</translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>White paper / e-book</source>
        <translation>White paper / e-book</translation>
    </message>
    <message>
        <source>Organic search</source>
        <translation>Busca orgânica</translation>
    </message>
    <message>
        <source>Landing page form</source>
        <translation>Formulário de landing page</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Indicação</translation>
    </message>
    <message>
        <source>E-mailing</source>
        <translation>E-mail marketing</translation>
    </message>
    <message>
        <source>Cold calling</source>
        <translation>Ligação fria</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Busca paga</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidade</translation>
    </message>
    <message>
        <source>Bought or rented list</source>
        <translation>Lista comprada ou alugada</translation>
    </message>
    <message>
        <source>Trade show / event</source>
        <translation>Feira / evento</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Sorted by last name, then first name</source>
        <translation>Ordenado por sobrenome, depois nome</translation>
    </message>
    <message>
        <source>Sorted by rep, in the order reps were added</source>
        <translation>Ordenado por vendedor, na ordem em que foram adicionados</translation>
    </message>
</context>
<context>
    <name>LeadValidation</name>
    <message>
        <source>The e-mail address contains a space.</source>
        <translation>O endereço de e-mail contém um espaço.</translation>
    </message>
    <message>
        <source>The e-mail address has no &quot;@&quot;.</source>
        <translation>O endereço de e-mail não tem &quot;@&quot;.</translation>
    </message>
    <message>
        <source>The e-mail address has more than one &quot;@&quot;.</source>
        <translation>O endereço de e-mail tem mais de um &quot;@&quot;.</translation>
    </message>
    <message>
        <source>The e-mail address has nothing before the &quot;@&quot;.</source>
        <translation>O endereço de e-mail não tem nada antes do &quot;@&quot;.</translation>
    </message>
    <message>
        <source>The e-mail address has no domain after the &quot;@&quot;.</source>
        <translation>O endereço de e-mail não tem domínio após o &quot;@&quot;.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; is longer than 64 characters.</source>
        <translation>A parte antes do &quot;@&quot; tem mais de 64 caracteres.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; has a misplaced dot.</source>
        <translation>A parte antes do &quot;@&quot; tem um ponto mal posicionado.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; contains a character that e-mail addresses do not allow.</source>
        <translation>A parte antes do &quot;@&quot; contém um caractere não permitido em endereços de e-mail.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no dot (for example example.com).</source>
        <translation>O domínio &quot;%1&quot; não tem ponto (por exemplo, example.com).</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has an empty part between dots.</source>
        <translation>O domínio &quot;%1&quot; tem uma parte vazia entre pontos.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has a part that starts or ends with a hyphen.</source>
        <translation>O domínio &quot;%1&quot; tem uma parte que começa ou termina com hífen.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; contains a character that domains do not allow.</source>
        <translation>O domínio &quot;%1&quot; contém um caractere não permitido em domínios.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; ends with a one-letter part.</source>
        <translation>O domínio &quot;%1&quot; termina com uma parte de uma letra.</translation>
    </message>
    <message>
        <source>The phone number contains &quot;%1&quot;: use digits, spaces, + ( ) - . / and an extension.</source>
        <translation>O número de telefone contém &quot;%1&quot;: use dígitos, espaços, + ( ) - . / e um ramal.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digit(s); a phone number has at least 6.</source>
        <translation>
            <numerusform>O número de telefone tem %n dígito; um número de telefone tem pelo menos 6.</numerusform>
            <numerusform>O número de telefone tem %n dígitos; um número de telefone tem pelo menos 6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digits; international numbers have at most 15.</source>
        <translation>
            <numerusform>O número de telefone tem %n dígito; números internacionais têm no máximo 15.</numerusform>
            <numerusform>O número de telefone tem %n dígitos; números internacionais têm no máximo 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company size cannot be negative.</source>
        <translation>O porte da empresa não pode ser negativo.</translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation>A receita anual não pode ser negativa.</translation>
    </message>
    <message>
        <source>Unknown lifecycle stage.</source>
        <translation>Estágio do ciclo de vida desconhecido.</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>This workspace has no leads yet.</source>
        <translation>Este espaço de trabalho ainda não tem leads.</translation>
    </message>
    <message>
        <source>Add one by hand, or load a demo data set to try Leadbench.</source>
        <translation>Adicione um manualmente ou carregue dados de demonstração para experimentar o Leadbench.</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Novo lead…</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Carregar dados de demonstração…</translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation>Excluir leads</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads with their activities? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Excluir %n lead com suas atividades? Editar &gt; Desfazer o traz de volta.</numerusform>
            <numerusform>Excluir %n leads com suas atividades? Editar &gt; Desfazer os traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Excluir lead</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads</source>
        <translation>
            <numerusform>Excluir %n lead</numerusform>
            <numerusform>Excluir %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lead(s). Undo brings them back.</source>
        <translation>
            <numerusform>%n lead excluído. Desfazer o traz de volta.</numerusform>
            <numerusform>%n leads excluídos. Desfazer os traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation>Mesclar leads</translation>
    </message>
    <message>
        <source>Select exactly two leads to merge (Ctrl+click the second one).</source>
        <translation>Selecione exatamente dois leads para mesclar (Ctrl+clique no segundo).</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Não é possível ler os leads: %1</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Ninguém (não atribuído)</translation>
    </message>
    <message>
        <source>Assign to rep</source>
        <translation>Atribuir a vendedor</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected lead(s) to:</source>
        <translation>
            <numerusform>Atribuir o lead selecionado (%n) a:</numerusform>
            <numerusform>Atribuir os %n leads selecionados a:</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>atribuído manualmente</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned to %1.</source>
        <translation>
            <numerusform>%n lead atribuído a %1.</numerusform>
            <numerusform>%n leads atribuídos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Distribuir</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n lead(s) routed by the rules.</source>
        <translation>
            <numerusform>%L1 de %n lead distribuído pelas regras.</numerusform>
            <numerusform>%L1 de %n leads distribuídos pelas regras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Subscriber</source>
        <translation>Assinante</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidade</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Nutrição</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Desqualificado</translation>
    </message>
</context>
<context>
    <name>LocalRecords</name>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Fechamento previsto</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Negócio #%1</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation>O lead #%1 não existe (pode ter sido excluído).</translation>
    </message>
    <message>
        <source>The pipeline #%1 has no stages.</source>
        <translation>O pipeline #%1 não tem estágios.</translation>
    </message>
    <message>
        <source>Untitled deal</source>
        <translation>Negócio sem título</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selecionado</numerusform>
            <numerusform>%n selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>&amp;Espaços de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Fazer backup agora…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar do backup…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>Carregar dados de &amp;demonstração…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>&amp;Buscar leads</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Novo lead…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>&amp;Merge Two Leads…</source>
        <translation>&amp;Mesclar dois leads…</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>Alterar e&amp;stágio…</translation>
    </message>
    <message>
        <source>Log &amp;Call…</source>
        <translation>Registrar &amp;ligação…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Adicionar n&amp;ota…</translation>
    </message>
    <message>
        <source>Save Filters as &amp;Segment…</source>
        <translation>Salvar filtros como &amp;segmento…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;About Leadbench</source>
        <translation>&amp;Sobre o Leadbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message>
        <source>%1 (read-only) — Leadbench</source>
        <translation>%1 (somente leitura) — Leadbench</translation>
    </message>
    <message>
        <source>%1 — Leadbench</source>
        <translation>%1 — Leadbench</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 de %2 leads</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espaço de trabalho</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Somente leitura: %1</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Verificando o espaço de trabalho…</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danificado</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Espaço de trabalho danificado</translation>
    </message>
    <message>
        <source>The integrity check of %1 found: %2

The workspace is now read-only so nothing more is written to it. Restore it from a backup (File &gt; Restore from Backup).</source>
        <translation>A verificação de integridade de %1 encontrou: %2

O espaço de trabalho agora é somente leitura para que nada mais seja gravado nele. Restaure-o a partir de um backup (Arquivo &gt; Restaurar do backup).</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation>Backup automático salvo em %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Falha no backup automático: %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench)</source>
        <translation>Espaços de trabalho do Leadbench (*.leadbench)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 já existe. Abra-o ou escolha outro nome.</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Espaços de trabalho do Leadbench (*.leadbench);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Fazer backup do espaço de trabalho</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backup salvo em %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar do backup</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The workspace as it is now is kept in %3.</source>
        <translation>Substituir %1 pelo backup %2?

O espaço de trabalho atual será guardado em %3.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restaurado de %1</translation>
    </message>
    <message>
        <source>Added %1 demo leads</source>
        <translation>%1 leads de demonstração adicionados</translation>
    </message>
    <message>
        <source>About Leadbench</source>
        <translation>Sobre o Leadbench</translation>
    </message>
    <message>
        <source>Leadbench %1</source>
        <translation>Leadbench %1</translation>
    </message>
    <message>
        <source>An offline-first workbench for sales and marketing: leads, scoring, qualification, pipeline, nurturing and KPIs, in a local database.

Qt %1 · SQLite %2 · workspace format %3
Workspace: %4</source>
        <translation>Uma bancada de trabalho offline para vendas e marketing: leads, pontuação, qualificação, pipeline, nutrição de leads e KPIs, em um banco de dados local.

Qt %1 · SQLite %2 · formato do espaço de trabalho %3
Espaço de trabalho: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export Leads…</source>
        <translation>&amp;Exportar leads…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Histórico de importações…</translation>
    </message>
    <message>
        <source>&amp;Qualify (BANT)…</source>
        <translation>&amp;Qualificar (BANT)…</translation>
    </message>
    <message>
        <source>&amp;Assign to Rep…</source>
        <translation>&amp;Atribuir a vendedor…</translation>
    </message>
    <message>
        <source>R&amp;oute by the Rules</source>
        <translation>&amp;Distribuir pelas regras</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 merged, %4 rejected</source>
        <translation>%1 importado: %2 criados, %3 mesclados, %4 rejeitados</translation>
    </message>
    <message>
        <source>Exported %1 leads</source>
        <translation>%1 leads exportados</translation>
    </message>
    <message>
        <source>Add to Nurture S&amp;equence…</source>
        <translation>Adicionar à sequência de n&amp;utrição…</translation>
    </message>
    <message>
        <source>Upgrading the workspace</source>
        <translation>Atualizando o espaço de trabalho</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Leadbench. Keeping a backup copy of it before upgrading it…</source>
        <translation>%1 foi criado por uma versão anterior do Leadbench. Fazendo uma cópia de segurança antes de atualizá-lo…</translation>
    </message>
    <message>
        <source>Upgrading %1 to the current format…</source>
        <translation>Atualizando %1 para o formato atual…</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Leadbench. Checking it before upgrading it…</source>
        <translation>%1 foi criado por uma versão anterior do Leadbench. Verificando-o antes de atualizá-lo…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeLeadsDialog</name>
    <message>
        <source>Merge two leads</source>
        <translation>Mesclar dois leads</translation>
    </message>
    <message>
        <source>Keep record:</source>
        <translation>Manter registro:</translation>
    </message>
    <message>
        <source>#%1, created %2</source>
        <translation>#%1, criado em %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation>Ambos, um após o outro</translation>
    </message>
    <message>
        <source>The two leads hold the same values.</source>
        <translation>Os dois leads têm os mesmos valores.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <source>The two leads become one. Pick the record that stays and, where they differ, the value to keep. All %L1 activities and both stage histories are kept.</source>
        <translation>Os dois leads se tornam um. Escolha o registro que permanece e, onde diferem, o valor a manter. Todas as %L1 atividades e os dois históricos de estágios são mantidos.</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Novo lead</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Give at least a name, an e-mail address or a company.</source>
        <translation>Informe pelo menos um nome, um endereço de e-mail ou uma empresa.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Nurture</name>
    <message>
        <source>step %1: %2</source>
        <translation>etapa %1: %2</translation>
    </message>
    <message>
        <source>the step needs a positive &quot;id&quot;</source>
        <translation>a etapa precisa de um &quot;id&quot; positivo</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (email, wait, condition, action)</source>
        <translation>tipo desconhecido &quot;%1&quot; (email, wait, condition, action)</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (hours, days, business_days)</source>
        <translation>unidade desconhecida &quot;%1&quot; (hours, days, business_days)</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>condição desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>estágio desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>ação desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown task type &quot;%1&quot; (call, email, meeting, todo)</source>
        <translation>tipo de tarefa desconhecido &quot;%1&quot; (call, email, meeting, todo)</translation>
    </message>
</context>
<context>
    <name>Nurture::NurtureService</name>
    <message>
        <source>Template &quot;%1&quot;, %2 line %3: %4</source>
        <translation>Modelo &quot;%1&quot;, %2 linha %3: %4</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;, %2: %3</source>
        <translation>Modelo &quot;%1&quot;, %2: %3</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Já existe um modelo chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Template #%1 does not exist.</source>
        <translation>O modelo #%1 não existe.</translation>
    </message>
    <message>
        <source>The template is used by step #%1 of the sequence &quot;%2&quot;: change that step first.</source>
        <translation>O modelo é usado pela etapa #%1 da sequência &quot;%2&quot;: altere essa etapa primeiro.</translation>
    </message>
    <message>
        <source>[unsubscribe link: set it in the sending settings]</source>
        <translation>[link de descadastro: defina-o nas configurações de envio]</translation>
    </message>
    <message>
        <source>Adding points is not available yet: the score is computed by the scoring rules (Scoring page). Use a condition on the score instead.</source>
        <translation>Adicionar pontos ainda não está disponível: a pontuação é calculada pelas regras de pontuação (página Pontuação). Use uma condição sobre a pontuação.</translation>
    </message>
    <message>
        <source>The segment that enrols leads automatically was deleted.</source>
        <translation>O segmento que inscreve leads automaticamente foi excluído.</translation>
    </message>
    <message>
        <source>The sequence needs a name.</source>
        <translation>A sequência precisa de um nome.</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step #%2: %3</source>
        <translation>Sequência &quot;%1&quot;, etapa #%2: %3</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;: %2</source>
        <translation>Sequência &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is already a sequence named &quot;%1&quot;.</source>
        <translation>Já existe uma sequência chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sequence #%1 does not exist.</source>
        <translation>A sequência #%1 não existe.</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>O lead #%1 não existe.</translation>
    </message>
    <message>
        <source>Segment #%1 does not exist.</source>
        <translation>O segmento #%1 não existe.</translation>
    </message>
    <message>
        <source>Nurture sequence &quot;%1&quot;, step #%2</source>
        <translation>Sequência de nutrição &quot;%1&quot;, etapa #%2</translation>
    </message>
    <message>
        <source>%1: lead #%2: %3</source>
        <translation>%1: lead #%2: %3</translation>
    </message>
    <message>
        <source>Nurture: follow up %1</source>
        <translation>Nutrição: acompanhar %1</translation>
    </message>
    <message>
        <source>Lead #%1, sequence &quot;%2&quot;, step #%3: %4</source>
        <translation>Lead #%1, sequência &quot;%2&quot;, etapa #%3: %4</translation>
    </message>
    <message>
        <source>Nurture: %1</source>
        <translation>Nutrição: %1</translation>
    </message>
    <message>
        <source>the program stopped while the server was receiving this e-mail; counted as sent so it never goes twice</source>
        <translation>o programa parou enquanto o servidor recebia este e-mail; contado como enviado para nunca sair duas vezes</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step #%2: the template was deleted.</source>
        <translation>Sequência &quot;%1&quot;, etapa #%2: o modelo foi excluído.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No mailer to send with.</source>
        <translation>Nenhum serviço de envio de e-mail disponível.</translation>
    </message>
    <message>
        <source>Another run is sending the nurture e-mails of this workspace (lock file %1); try again when it has finished.</source>
        <translation>Outra execução está enviando os e-mails de nutrição deste espaço de trabalho (arquivo de bloqueio %1); tente novamente quando ela terminar.</translation>
    </message>
    <message>
        <source>Unsubscribe link of the nurture e-mails</source>
        <translation>Link de descadastro dos e-mails de nutrição</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Handed to the server</source>
        <translation>Entregue ao servidor</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Nova tentativa pendente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Encerrada</translation>
    </message>
</context>
<context>
    <name>Nurture::NurtureSettings</name>
    <message>
        <source>None (this computer only)</source>
        <translation>Nenhuma (somente este computador)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>SMTP port: %1 is not a port (1 to 65535).</source>
        <translation>Porta SMTP: %1 não é uma porta (1 a 65535).</translation>
    </message>
    <message>
        <source>SMTP timeout: between 5 and 600 seconds.</source>
        <translation>Tempo limite SMTP: entre 5 e 600 segundos.</translation>
    </message>
    <message>
        <source>SMTP security: without SSL or STARTTLS, e-mails and passwords would cross the network in clear; &quot;None&quot; is only allowed for a server on this computer (localhost).</source>
        <translation>Segurança SMTP: sem SSL ou STARTTLS, e-mails e senhas passariam pela rede em texto claro; &quot;Nenhuma&quot; só é permitida para um servidor neste computador (localhost).</translation>
    </message>
    <message>
        <source>Sender address: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Endereço do remetente: &quot;%1&quot; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Reply-to: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Responder para: &quot;%1&quot; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Caixa de descadastro: &quot;%1&quot; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Unsubscribe page: &quot;%1&quot; is not an https:// address.</source>
        <translation>Página de descadastro: &quot;%1&quot; não é um endereço https://.</translation>
    </message>
    <message>
        <source>Frequency cap: between 1 and 100 e-mails.</source>
        <translation>Limite de frequência: entre 1 e 100 e-mails.</translation>
    </message>
    <message>
        <source>Frequency cap: between 1 and 365 days.</source>
        <translation>Limite de frequência: entre 1 e 365 dias.</translation>
    </message>
    <message>
        <source>Attempts: between 1 and 20.</source>
        <translation>Tentativas: entre 1 e 20.</translation>
    </message>
    <message>
        <source>Most e-mails per run: 0 (no limit) or more.</source>
        <translation>Máximo de e-mails por execução: 0 (sem limite) ou mais.</translation>
    </message>
    <message>
        <source>Trusted certificate: not a file name.</source>
        <translation>Certificado confiável: não é um nome de arquivo.</translation>
    </message>
    <message>
        <source>Footer, line %1: %2</source>
        <translation>Rodapé, linha %1: %2</translation>
    </message>
    <message>
        <source>Set the SMTP server in the sending settings first.</source>
        <translation>Defina primeiro o servidor SMTP nas configurações de envio.</translation>
    </message>
    <message>
        <source>Set the sender address in the sending settings first.</source>
        <translation>Defina primeiro o endereço do remetente nas configurações de envio.</translation>
    </message>
    <message>
        <source>Set an unsubscribe mailbox or page in the sending settings first: every e-mail must offer a way to unsubscribe.</source>
        <translation>Defina primeiro uma caixa ou página de descadastro nas configurações de envio: todo e-mail deve oferecer uma forma de cancelar a inscrição.</translation>
    </message>
    <message>
        <source>Set the sender&apos;s postal address in the sending settings first: marketing e-mails must show it.</source>
        <translation>Defina primeiro o endereço postal do remetente nas configurações de envio: e-mails de marketing devem exibi-lo.</translation>
    </message>
</context>
<context>
    <name>Nurture::Sequence</name>
    <message>
        <source>step %1: two steps have this id</source>
        <translation>etapa %1: duas etapas têm este id</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, active, paused)</source>
        <translation>status desconhecido &quot;%1&quot; (draft, active, paused)</translation>
    </message>
    <message>
        <source>step %1: there is no template named &quot;%2&quot;</source>
        <translation>etapa %1: não há modelo chamado &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n dia útil</numerusform>
            <numerusform>%n dias úteis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nurture::Sequences</name>
    <message>
        <source>Send e-mail</source>
        <translation>Enviar e-mail</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Aguardar</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condição</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Opened the last e-mail</source>
        <translation>Abriu o último e-mail</translation>
    </message>
    <message>
        <source>Clicked in the last e-mail</source>
        <translation>Clicou no último e-mail</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondeu</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Pontuação de pelo menos</translation>
    </message>
    <message>
        <source>Stage is</source>
        <translation>Estágio é</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Valor do campo</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Adicionar pontos</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Definir estágio</translation>
    </message>
    <message>
        <source>Assign a rep</source>
        <translation>Atribuir um vendedor</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Criar uma tarefa</translation>
    </message>
    <message>
        <source>Notify the owner</source>
        <translation>Notificar o responsável</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Send e-mail (no template)</source>
        <translation>Enviar e-mail (sem modelo)</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;</source>
        <translation>Enviar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Wait %1</source>
        <translation>Aguardar %1</translation>
    </message>
    <message>
        <source>Opened the last e-mail?</source>
        <translation>Abriu o último e-mail?</translation>
    </message>
    <message>
        <source>Clicked in the last e-mail?</source>
        <translation>Clicou no último e-mail?</translation>
    </message>
    <message>
        <source>Replied?</source>
        <translation>Respondeu?</translation>
    </message>
    <message>
        <source>Score ≥ %1?</source>
        <translation>Pontuação ≥ %1?</translation>
    </message>
    <message>
        <source>Stage is %1?</source>
        <translation>Estágio é %1?</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Add %1 points</source>
        <translation>Adicionar %1 pontos</translation>
    </message>
    <message>
        <source>Remove %1 points</source>
        <translation>Remover %1 pontos</translation>
    </message>
    <message>
        <source>Set stage to %1</source>
        <translation>Definir estágio como %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Atribuir a %1</translation>
    </message>
    <message>
        <source>rep #%1</source>
        <translation>vendedor #%1</translation>
    </message>
    <message>
        <source>Assign a rep by the routing rules</source>
        <translation>Atribuir um vendedor pelas regras de distribuição</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tarefa: %1</translation>
    </message>
    <message>
        <source>The sequence needs a name.</source>
        <translation>A sequência precisa de um nome.</translation>
    </message>
    <message>
        <source>The sequence has no step.</source>
        <translation>A sequência não tem nenhuma etapa.</translation>
    </message>
    <message>
        <source>The first step (#%1) does not exist.</source>
        <translation>A primeira etapa (#%1) não existe.</translation>
    </message>
    <message>
        <source>%1 goes to step #%2, which does not exist.</source>
        <translation>%1 vai para a etapa #%2, que não existe.</translation>
    </message>
    <message>
        <source>The &quot;yes&quot; branch</source>
        <translation>O ramo &quot;sim&quot;</translation>
    </message>
    <message>
        <source>The &quot;no&quot; branch</source>
        <translation>O ramo &quot;não&quot;</translation>
    </message>
    <message>
        <source>Dead end: both branches of this condition end the sequence.</source>
        <translation>Beco sem saída: os dois ramos desta condição encerram a sequência.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Esta etapa</translation>
    </message>
    <message>
        <source>This e-mail step has no template.</source>
        <translation>Esta etapa de e-mail não tem modelo.</translation>
    </message>
    <message>
        <source>The template of this e-mail step was deleted.</source>
        <translation>O modelo desta etapa de e-mail foi excluído.</translation>
    </message>
    <message>
        <source>A wait must last at least 1.</source>
        <translation>Uma espera deve durar pelo menos 1.</translation>
    </message>
    <message>
        <source>A wait cannot last more than a year.</source>
        <translation>Uma espera não pode durar mais de um ano.</translation>
    </message>
    <message>
        <source>Dead end: nothing comes after this wait.</source>
        <translation>Beco sem saída: nada vem depois desta espera.</translation>
    </message>
    <message>
        <source>Adding 0 points does nothing.</source>
        <translation>Adicionar 0 pontos não faz nada.</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>A tarefa precisa de um título.</translation>
    </message>
    <message>
        <source>The task cannot be due in the past.</source>
        <translation>O prazo da tarefa não pode estar no passado.</translation>
    </message>
    <message>
        <source>The rep of this step no longer exists.</source>
        <translation>O vendedor desta etapa não existe mais.</translation>
    </message>
    <message>
        <source>A lead cannot be moved back to Subscriber.</source>
        <translation>Um lead não pode voltar para Assinante.</translation>
    </message>
    <message>
        <source>Dead end: no path from the first step leads here.</source>
        <translation>Beco sem saída: nenhum caminho a partir da primeira etapa chega aqui.</translation>
    </message>
    <message>
        <source>This step is in a loop without a wait: the lead would go round it at once, forever.</source>
        <translation>Esta etapa está em um ciclo sem espera: o lead o percorreria imediatamente, para sempre.</translation>
    </message>
</context>
<context>
    <name>Nurture::SmtpMailer</name>
    <message>
        <source>libcurl could not start.</source>
        <translation>Não foi possível iniciar a libcurl.</translation>
    </message>
    <message>
        <source>SMTP server %1:%2</source>
        <translation>Servidor SMTP %1:%2</translation>
    </message>
    <message>
        <source>%1 refused the login of &quot;%2&quot; (%3): check the user name and the password in the sending settings.</source>
        <translation>%1 recusou o login de &quot;%2&quot; (%3): verifique o nome de usuário e a senha nas configurações de envio.</translation>
    </message>
    <message>
        <source>%1: a secure connection could not be made (%2). Nothing is sent over an unverified connection.</source>
        <translation>%1: não foi possível estabelecer uma conexão segura (%2). Nada é enviado por uma conexão não verificada.</translation>
    </message>
    <message>
        <source>The e-mail was not sent: the send log could not record it (the workspace is busy); it will be tried again.</source>
        <translation>O e-mail não foi enviado: o registro de envios não pôde registrá-lo (o espaço de trabalho está ocupado); haverá uma nova tentativa.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 requires a login (530): set the user name in the sending settings and the password in the keychain.</source>
        <translation>%1 exige login (530): defina o nome de usuário nas configurações de envio e a senha no chaveiro.</translation>
    </message>
    <message>
        <source>%1 refused the message for good (%2, after %3).</source>
        <translation>%1 recusou a mensagem definitivamente (%2, após %3).</translation>
    </message>
    <message>
        <source>%1 refused the sender (%2, after %3): check the sender address.</source>
        <translation>%1 recusou o remetente (%2, após %3): verifique o endereço do remetente.</translation>
    </message>
    <message>
        <source>%1: %2 (reply %3); it will be tried again.</source>
        <translation>%1: %2 (resposta %3); haverá uma nova tentativa.</translation>
    </message>
</context>
<context>
    <name>Nurture::TemplateRenderer</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Lead magnet</source>
        <translation>Isca digital</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nome do responsável</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail</source>
        <translation>E-mail do responsável</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Nome do remetente</translation>
    </message>
    <message>
        <source>Sender&apos;s postal address</source>
        <translation>Endereço postal do remetente</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Link de descadastro</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot;</source>
        <translation>&quot;{{&quot; não é fechado por &quot;}}&quot;</translation>
    </message>
    <message>
        <source>unknown merge field {{%1}} (known: %2)</source>
        <translation>campo de mesclagem desconhecido {{%1}} (conhecidos: %2)</translation>
    </message>
    <message>
        <source>You receive this e-mail from {{sender_name}} because you agreed to hear from us.
To stop receiving these e-mails, unsubscribe here: {{unsubscribe_url}}
{{sender_address}}</source>
        <translation>Você recebe este e-mail de {{sender_name}} porque concordou em receber nossas comunicações.
Para deixar de receber estes e-mails, cancele a inscrição aqui: {{unsubscribe_url}}
{{sender_address}}</translation>
    </message>
    <message>
        <source>the template needs a name</source>
        <translation>o modelo precisa de um nome</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>o assunto está vazio</translation>
    </message>
    <message>
        <source>the plain-text body is empty (every e-mail has one, for the readers who do not show HTML)</source>
        <translation>o corpo em texto simples está vazio (todo e-mail tem um, para os leitores que não exibem HTML)</translation>
    </message>
    <message>
        <source>Unsubscribe: {{unsubscribe_url}}</source>
        <translation>Cancelar inscrição: {{unsubscribe_url}}</translation>
    </message>
</context>
<context>
    <name>NurtureCommands</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  nurture list [--json]
        Nurture sequences with their status and enrolments (active, completed, exited).
  nurture show SEQUENCE [--json]
        A sequence&apos;s steps, what keeps it from running, and its statistics per step.
  nurture sequence-set FILE [--activate]
        Creates or replaces (by name) a sequence from a JSON file: name, steps (id, type email|wait|
        condition|action, template by name, next / yes / no), entry, exits. --activate starts it
        (refused, with the step and the problem, unless it validates).
  nurture activate SEQUENCE | nurture pause SEQUENCE
  nurture template-set NAME --subject S --text FILE [--html FILE]
        Creates or replaces an e-mail template. Merge fields: {{first_name}}, {{company}},
        {{owner_name}}, ... with fallbacks {{first_name|there}}. The unsubscribe footer is
        always added.
  nurture preview TEMPLATE --lead ID
        The template rendered for that lead (subject, text, HTML).
  nurture enrol SEQUENCE (--lead ID[,ID...] | --segment NAME)
        Enrols leads by hand or a saved segment (leads already in it stay where they are).
  nurture run [--dry-run [--days N]] [--json]
        Sends the due e-mails over SMTP and runs the due steps (consent, unsubscribes, the
        frequency cap and quiet hours respected; a crash never sends an e-mail twice).
        --dry-run: what would be sent in the next N days (default 14), to whom and when,
        without sending or changing anything.
  nurture stats SEQUENCE [--json]
        Per e-mail step: sent, opened, clicked, replied, converted, bounced.
  nurture settings [--json] | nurture settings --set FILE
        The SMTP server, sender, unsubscribe targets, cap and quiet hours (JSON).
  nurture password
        Reads the SMTP password from standard input into the system keychain.
  nurture unsubscribe TOKEN
        Unsubscribes the lead of an unsubscribe link&apos;s token.
</source>
        <translation>  nurture list [--json]
        Sequências de nutrição com seu status e inscrições (ativas, concluídas, encerradas).
  nurture show SEQUENCE [--json]
        As etapas de uma sequência, o que a impede de ser executada e suas estatísticas por
        etapa.
  nurture sequence-set FILE [--activate]
        Cria ou substitui (pelo nome) uma sequência a partir de um arquivo JSON: name, steps (id,
        type email|wait|condition|action, modelo pelo nome, next / yes / no), entry, exits.
        --activate a inicia (recusado, com a etapa e o problema, se ela não for válida).
  nurture activate SEQUENCE | nurture pause SEQUENCE
  nurture template-set NAME --subject S --text FILE [--html FILE]
        Cria ou substitui um modelo de e-mail. Campos de mesclagem: {{first_name}}, {{company}},
        {{owner_name}}, ... com valores alternativos {{first_name|cliente}}. O rodapé de
        descadastro é sempre adicionado.
  nurture preview TEMPLATE --lead ID
        O modelo renderizado para esse lead (assunto, texto, HTML).
  nurture enrol SEQUENCE (--lead ID[,ID...] | --segment NAME)
        Inscreve leads manualmente ou um segmento salvo (leads que já estão nela ficam onde
        estão).
  nurture run [--dry-run [--days N]] [--json]
        Envia os e-mails pendentes por SMTP e executa as etapas pendentes (respeitando
        consentimento, descadastros, limite de frequência e horário de silêncio; uma queda do
        programa nunca envia um e-mail duas vezes). --dry-run: o que seria enviado nos próximos
        N dias (padrão 14), para quem e quando, sem enviar nem alterar nada.
  nurture stats SEQUENCE [--json]
        Por etapa de e-mail: enviados, abertos, clicados, respondidos, convertidos, devolvidos.
  nurture settings [--json] | nurture settings --set FILE
        O servidor SMTP, o remetente, os destinos de descadastro, o limite e o horário de
        silêncio (JSON).
  nurture password
        Lê a senha SMTP da entrada padrão e a guarda no chaveiro do sistema.
  nurture unsubscribe TOKEN
        Cancela a inscrição do lead do token de um link de descadastro.
</translation>
    </message>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Execute &quot;leadbench-cli --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>nurture needs a command: list, show, enrol, run, stats, ...</source>
        <translation>nurture precisa de um comando: list, show, enrol, run, stats, ...</translation>
    </message>
    <message>
        <source>unknown nurture command &quot;%1&quot;</source>
        <translation>comando de nurture desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Saída em JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%2]  %n step(s), active %3, completed %4, exited %5</source>
        <translation>
            <numerusform>%1  [%2]  %n etapa, ativas %3, concluídas %4, encerradas %5</numerusform>
            <numerusform>%1  [%2]  %n etapas, ativas %3, concluídas %4, encerradas %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (%n problem(s))</source>
        <translation>
            <numerusform>  (%n problema)</numerusform>
            <numerusform>  (%n problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequence&apos;s name.</source>
        <translation>O nome da sequência.</translation>
    </message>
    <message>
        <source>nurture show needs one sequence name</source>
        <translation>nurture show precisa de um nome de sequência</translation>
    </message>
    <message>
        <source>there is no sequence named &quot;%1&quot;</source>
        <translation>não há sequência chamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>  yes -&gt; %1, no -&gt; %2</source>
        <translation>  sim -&gt; %1, não -&gt; %2</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <source>Problem, step #%1: %2</source>
        <translation>Problema, etapa #%1: %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Lead ids.</source>
        <translation>Ids de leads.</translation>
    </message>
    <message>
        <source>A saved segment.</source>
        <translation>Um segmento salvo.</translation>
    </message>
    <message>
        <source>nurture enrol needs one sequence name</source>
        <translation>nurture enrol precisa de um nome de sequência</translation>
    </message>
    <message>
        <source>nurture enrol needs either --lead or --segment</source>
        <translation>nurture enrol precisa de --lead ou --segment</translation>
    </message>
    <message>
        <source>--lead: &quot;%1&quot; is not a lead id</source>
        <translation>--lead: &quot;%1&quot; não é um id de lead</translation>
    </message>
    <message>
        <source>there is no segment named &quot;%1&quot;</source>
        <translation>não há segmento chamado &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled in &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n lead inscrito em &quot;%1&quot;.</numerusform>
            <numerusform>%n leads inscritos em &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only say what would be sent.</source>
        <translation>Apenas informar o que seria enviado.</translation>
    </message>
    <message>
        <source>Dry run: days ahead.</source>
        <translation>Simulação: dias à frente.</translation>
    </message>
    <message>
        <source>--days: &quot;%1&quot; is not a number of days from 0 to 366</source>
        <translation>--days: &quot;%1&quot; não é um número de dias de 0 a 366</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) would be sent.</source>
        <translation>
            <numerusform>Simulação: %n e-mail seria enviado.</numerusform>
            <numerusform>Simulação: %n e-mails seriam enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail enviado.</numerusform>
            <numerusform>%n e-mails enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.</source>
        <translation>Novas tentativas %1, falhas %2, devolvidos %3, encerradas %4, concluídas %5; retidos pelo limite %6, pelo horário de silêncio %7.</translation>
    </message>
    <message>
        <source>nurture stats needs one sequence name</source>
        <translation>nurture stats precisa de um nome de sequência</translation>
    </message>
    <message>
        <source>#%1 %2: sent %3, opened %4, clicked %5, replied %6, converted %7, bounced %8, waiting %9</source>
        <translation>#%1 %2: enviados %3, abertos %4, clicados %5, respondidos %6, convertidos %7, devolvidos %8, aguardando %9</translation>
    </message>
    <message>
        <source>#%1 %2: waiting %3</source>
        <translation>#%1 %2: aguardando %3</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Assunto.</translation>
    </message>
    <message>
        <source>Plain-text body file.</source>
        <translation>Arquivo do corpo em texto simples.</translation>
    </message>
    <message>
        <source>HTML body file.</source>
        <translation>Arquivo do corpo em HTML.</translation>
    </message>
    <message>
        <source>nurture template-set needs NAME, --subject and --text</source>
        <translation>nurture template-set precisa de NAME, --subject e --text</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Modelo &quot;%1&quot; salvo.</translation>
    </message>
    <message>
        <source>Start it.</source>
        <translation>Ativá-la.</translation>
    </message>
    <message>
        <source>nurture sequence-set needs one FILE</source>
        <translation>nurture sequence-set precisa de um FILE</translation>
    </message>
    <message>
        <source>%1, offset %2: %3</source>
        <translation>%1, posição %2: %3</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; saved (%2).</source>
        <translation>Sequência &quot;%1&quot; salva (%2).</translation>
    </message>
    <message>
        <source>nurture %1 needs one sequence name</source>
        <translation>nurture %1 precisa de um nome de sequência</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; is %2.</source>
        <translation>A sequência &quot;%1&quot; está %2.</translation>
    </message>
    <message>
        <source>Settings file.</source>
        <translation>Arquivo de configurações.</translation>
    </message>
    <message>
        <source>Sending settings saved.</source>
        <translation>Configurações de envio salvas.</translation>
    </message>
    <message>
        <source>nurture password takes no arguments (the password comes on standard input)</source>
        <translation>nurture password não aceita argumentos (a senha vem pela entrada padrão)</translation>
    </message>
    <message>
        <source>SMTP password removed from the keychain.</source>
        <translation>Senha SMTP removida do chaveiro.</translation>
    </message>
    <message>
        <source>SMTP password stored in the keychain.</source>
        <translation>Senha SMTP guardada no chaveiro.</translation>
    </message>
    <message>
        <source>nurture unsubscribe needs one TOKEN</source>
        <translation>nurture unsubscribe precisa de um TOKEN</translation>
    </message>
    <message>
        <source>no lead has the unsubscribe token &quot;%1&quot;</source>
        <translation>nenhum lead tem o token de descadastro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation>Inscrição cancelada.</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Id do lead.</translation>
    </message>
    <message>
        <source>nurture preview needs TEMPLATE and --lead ID</source>
        <translation>nurture preview precisa de TEMPLATE e --lead ID</translation>
    </message>
    <message>
        <source>there is no template named &quot;%1&quot;</source>
        <translation>não há modelo chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
</context>
<context>
    <name>NurturePage</name>
    <message>
        <source>Sequences</source>
        <translation>Sequências</translation>
    </message>
    <message>
        <source>Nurture sequences</source>
        <translation>Sequências de nutrição</translation>
    </message>
    <message>
        <source>&amp;New sequence</source>
        <translation>&amp;Nova sequência</translation>
    </message>
    <message>
        <source>Delete sequence</source>
        <translation>Excluir sequência</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscrições</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Delete the sequence &quot;%1&quot; with its enrolments and send log?</source>
        <translation>Excluir a sequência &quot;%1&quot; com suas inscrições e o registro de envios?</translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation>Nome da sequência</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>respondeu</translation>
    </message>
    <message>
        <source>became SQL or customer</source>
        <translation>virou SQL ou cliente</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>cancelou a inscrição</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>e-mail devolvido</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>desqualificado</translation>
    </message>
    <message>
        <source>Exit when %1</source>
        <translation>Sair quando %1</translation>
    </message>
    <message>
        <source>Leave when:</source>
        <translation>Sair quando:</translation>
    </message>
    <message>
        <source>Enrol the leads of a segment automatically</source>
        <translation>Inscrever automaticamente os leads de um segmento</translation>
    </message>
    <message>
        <source>Leads that BANT sends to Nurturing</source>
        <translation>Leads que o BANT envia para Nutrição</translation>
    </message>
    <message>
        <source>Enrol automatically:</source>
        <translation>Inscrever automaticamente:</translation>
    </message>
    <message>
        <source>+ E-mail</source>
        <translation>+ E-mail</translation>
    </message>
    <message>
        <source>+ Wait</source>
        <translation>+ Espera</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condição</translation>
    </message>
    <message>
        <source>+ Action</source>
        <translation>+ Ação</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>Adicionar uma etapa após a selecionada</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remover etapa</translation>
    </message>
    <message>
        <source>Make it the start</source>
        <translation>Tornar o início</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Sequence flow</source>
        <translation>Fluxo da sequência</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Problems of the sequence</source>
        <translation>Problemas da sequência</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save and &amp;activate</source>
        <translation>Salvar e &amp;ativar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Change step #%1</source>
        <translation>Alterar etapa #%1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Change when leads enter or leave</source>
        <translation>Alterar quando os leads entram ou saem</translation>
    </message>
    <message>
        <source>Segment to enrol</source>
        <translation>Segmento a inscrever</translation>
    </message>
    <message>
        <source>Enrol the segment</source>
        <translation>Inscrever o segmento</translation>
    </message>
    <message>
        <source>Lead numbers to enrol</source>
        <translation>Números dos leads a inscrever</translation>
    </message>
    <message>
        <source>Lead numbers, e.g. 12, 15</source>
        <translation>Números dos leads, ex.: 12, 15</translation>
    </message>
    <message>
        <source>Enrol these leads</source>
        <translation>Inscrever estes leads</translation>
    </message>
    <message>
        <source>Take out of the sequence</source>
        <translation>Retirar da sequência</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próxima etapa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Motivo do encerramento</translation>
    </message>
    <message>
        <source>Per e-mail step: opens, clicks and replies come from the leads&apos; activities between the e-mail and the next one (30 days at most); converted: reached SQL or beyond after it.</source>
        <translation>Por etapa de e-mail: aberturas, cliques e respostas vêm das atividades dos leads entre o e-mail e o seguinte (no máximo 30 dias); convertido: chegou a SQL ou além depois dele.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abertos</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clicados</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Devolvidos</translation>
    </message>
    <message>
        <source>Waiting here</source>
        <translation>Aguardando aqui</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>Modelos de e-mail</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ass&amp;unto:</translation>
    </message>
    <message>
        <source>Insert a merge field</source>
        <translation>Inserir um campo de mesclagem</translation>
    </message>
    <message>
        <source>Insert a merge field…</source>
        <translation>Inserir um campo de mesclagem…</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Corpo em texto simples</translation>
    </message>
    <message>
        <source>Hello {{first_name|there}},
…</source>
        <translation>Olá {{first_name|cliente}},
…</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>HTML body (optional)</source>
        <translation>Corpo em HTML (opcional)</translation>
    </message>
    <message>
        <source>Optional simple HTML, e.g. &lt;p&gt;Hello &lt;b&gt;{{first_name}}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>HTML simples opcional, ex.: &lt;p&gt;Olá &lt;b&gt;{{first_name}}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>The unsubscribe footer (Sending tab) is added to every e-mail and cannot be removed.</source>
        <translation>O rodapé de descadastro (aba Envio) é adicionado a todo e-mail e não pode ser removido.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <source>Preview for lead #</source>
        <translation>Pré-visualizar para o lead #</translation>
    </message>
    <message>
        <source>Lead to preview for</source>
        <translation>Lead para a pré-visualização</translation>
    </message>
    <message>
        <source>Sending settings</source>
        <translation>Configurações de envio</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Porta SMTP</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Servidor SMTP:</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Segurança da conexão</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;gurança:</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nome de usuário SMTP</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Senha SMTP</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Guardada no chaveiro do sistema; deixe vazio para manter a armazenada</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Trusted certificate file</source>
        <translation>Arquivo de certificado confiável</translation>
    </message>
    <message>
        <source>Optional: a PEM file to trust for this server</source>
        <translation>Opcional: um arquivo PEM a considerar confiável para este servidor</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Endereço do remetente</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Endereço do remetente:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nome do remetente</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nome do remetente:</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Endereço de resposta</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>Responder para:</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox</source>
        <translation>Caixa de descadastro</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox:</source>
        <translation>Caixa de descadastro:</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Página de descadastro</translation>
    </message>
    <message>
        <source>Unsubscribe page:</source>
        <translation>Página de descadastro:</translation>
    </message>
    <message>
        <source>Sender&apos;s postal address</source>
        <translation>Endereço postal do remetente</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Endereço postal:</translation>
    </message>
    <message>
        <source>Footer wording</source>
        <translation>Texto do rodapé</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>Rodapé:</translation>
    </message>
    <message>
        <source>Most e-mails per lead</source>
        <translation>Máximo de e-mails por lead</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>Em dias</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>no máximo</translation>
    </message>
    <message>
        <source>e-mails per lead in</source>
        <translation>e-mails por lead em</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>Frequency cap:</source>
        <translation>Limite de frequência:</translation>
    </message>
    <message>
        <source>No e-mail from</source>
        <translation>Nenhum e-mail das</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Início do horário de silêncio</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Fim do horário de silêncio</translation>
    </message>
    <message>
        <source>nor at weekends</source>
        <translation>nem nos fins de semana</translation>
    </message>
    <message>
        <source>to</source>
        <translation>às</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Horário de silêncio:</translation>
    </message>
    <message>
        <source>Send what is due every 5 minutes while Leadbench is open</source>
        <translation>Enviar o que estiver pendente a cada 5 minutos enquanto o Leadbench estiver aberto</translation>
    </message>
    <message>
        <source>Save sending settings</source>
        <translation>Salvar configurações de envio</translation>
    </message>
    <message>
        <source>&amp;Dry run (next 14 days)</source>
        <translation>Si&amp;mulação (próximos 14 dias)</translation>
    </message>
    <message>
        <source>Send due e-mails &amp;now</source>
        <translation>Enviar e-mails pendentes &amp;agora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Nenhum segmento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved sequence</source>
        <translation>Sequência não salva</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Descartar as alterações em &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Nova sequência</translation>
    </message>
    <message>
        <source>New sequence %1</source>
        <translation>Nova sequência %1</translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation> · não salva</translation>
    </message>
    <message>
        <source>Step #%1: %2</source>
        <translation>Etapa #%1: %2</translation>
    </message>
    <message>
        <source>No problem: the sequence can run.</source>
        <translation>Nenhum problema: a sequência pode ser executada.</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Acompanhar</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Remove step #%1</source>
        <translation>Remover etapa #%1</translation>
    </message>
    <message>
        <source>Start at step #%1</source>
        <translation>Começar na etapa #%1</translation>
    </message>
    <message>
        <source>Save sequence</source>
        <translation>Salvar sequência</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; saved.</source>
        <translation>Sequência &quot;%1&quot; salva.</translation>
    </message>
    <message>
        <source>Activate sequence</source>
        <translation>Ativar sequência</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; is active.</source>
        <translation>A sequência &quot;%1&quot; está ativa.</translation>
    </message>
    <message>
        <source>Pause sequence</source>
        <translation>Pausar sequência</translation>
    </message>
    <message>
        <source>Active %1 · completed %2 · exited %3</source>
        <translation>Ativas %1 · concluídas %2 · encerradas %3</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrever</translation>
    </message>
    <message>
        <source>Save the sequence first.</source>
        <translation>Salve a sequência primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled.</source>
        <translation>
            <numerusform>%n lead inscrito.</numerusform>
            <numerusform>%n leads inscritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead number.</source>
        <translation>&quot;%1&quot; não é um número de lead.</translation>
    </message>
    <message>
        <source>Add to nurture sequence</source>
        <translation>Adicionar à sequência de nutrição</translation>
    </message>
    <message>
        <source>There is no nurture sequence yet: make one on the Nurture page.</source>
        <translation>Ainda não há nenhuma sequência de nutrição: crie uma na página Nutrição.</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n lead(s) in:</source>
        <translation>
            <numerusform>Inscrever %n lead em:</numerusform>
            <numerusform>Inscrever %n leads em:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled; %1 were already in it.</source>
        <translation>
            <numerusform>%n lead inscrito; %1 já estavam nela.</numerusform>
            <numerusform>%n leads inscritos; %1 já estavam nela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Modelo &quot;%1&quot; salvo.</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Excluir o modelo &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a lead number to see the e-mail as that lead will get it.</source>
        <translation>Escolha um número de lead para ver o e-mail como esse lead o receberá.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Pronto para enviar.</translation>
    </message>
    <message>
        <source>Sending settings saved.</source>
        <translation>Configurações de envio salvas.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulação</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) in the next 14 days; nothing was sent or changed.</source>
        <translation>
            <numerusform>Simulação: %n e-mail nos próximos 14 dias; nada foi enviado nem alterado.</numerusform>
            <numerusform>Simulação: %n e-mails nos próximos 14 dias; nada foi enviado nem alterado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Nurture e-mails: %1</source>
        <translation>E-mails de nutrição: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail enviado.</numerusform>
            <numerusform>%n e-mails enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.</source>
        <translation>Novas tentativas %1, falhas %2, devolvidos %3, encerradas %4, concluídas %5; retidos pelo limite %6, pelo horário de silêncio %7.</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nutrição</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;Edit stages…</source>
        <translation>&amp;Editar estágios…</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Novo pipeline…</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline…</source>
        <translation>E&amp;xcluir pipeline…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Novo negócio…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search title, company or name</source>
        <translation>Buscar título, empresa ou nome</translation>
    </message>
    <message>
        <source>Closing between</source>
        <translation>Fechamento entre</translation>
    </message>
    <message>
        <source>Close date from</source>
        <translation>Data de fechamento de</translation>
    </message>
    <message>
        <source>Close date to</source>
        <translation>Data de fechamento até</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsável:</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Negócios</translation>
    </message>
    <message>
        <source>L&amp;eads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuído</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Novo pipeline</translation>
    </message>
    <message>
        <source>Name of the pipeline (it starts with the usual stages):</source>
        <translation>Nome do pipeline (ele começa com os estágios habituais):</translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation>Configurações do pipeline</translation>
    </message>
    <message>
        <source>Saved the pipeline %1.</source>
        <translation>Pipeline %1 salvo.</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>Excluir pipeline</translation>
    </message>
    <message>
        <source>Delete the pipeline %1 and its stages?</source>
        <translation>Excluir o pipeline %1 e seus estágios?</translation>
    </message>
    <message>
        <source>Deleted the pipeline %1.</source>
        <translation>Pipeline %1 excluído.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>Pipeline #%1 does not exist (it may have been deleted).</source>
        <translation>O pipeline #%1 não existe (pode ter sido excluído).</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificado</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociação</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Um pipeline precisa de um nome.</translation>
    </message>
    <message>
        <source>There is already a pipeline named &quot;%1&quot;.</source>
        <translation>Já existe um pipeline chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Stage %1 of &quot;%2&quot; has no name.</source>
        <translation>O estágio %1 de &quot;%2&quot; não tem nome.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two stages named &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; tem dois estágios chamados &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: the probability must be between 0 and 100%.</source>
        <translation>Estágio &quot;%1&quot;: a probabilidade deve estar entre 0 e 100%.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: deals rot after 0 (never) to 3650 days.</source>
        <translation>Estágio &quot;%1&quot;: os negócios ficam parados após 0 (nunca) a 3650 dias.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; does not belong to this pipeline.</source>
        <translation>O estágio &quot;%1&quot; não pertence a este pipeline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one open stage.</source>
        <translation>&quot;%1&quot; precisa de pelo menos um estágio aberto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one Won stage and one Lost stage.</source>
        <translation>&quot;%1&quot; precisa de exatamente um estágio Ganho e um estágio Perdido.</translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): move them to another stage before deleting it.</source>
        <translation>
            <numerusform>O estágio &quot;%1&quot; contém %n negócio: mova-o para outro estágio antes de excluí-lo.</numerusform>
            <numerusform>O estágio &quot;%1&quot; contém %n negócios: mova-os para outro estágio antes de excluí-lo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): its kind (open, won, lost) cannot change while it does.</source>
        <translation>
            <numerusform>O estágio &quot;%1&quot; contém %n negócio: seu tipo (aberto, ganho, perdido) não pode mudar enquanto isso.</numerusform>
            <numerusform>O estágio &quot;%1&quot; contém %n negócios: seu tipo (aberto, ganho, perdido) não pode mudar enquanto isso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n deal(s): move or delete them before deleting the pipeline.</source>
        <translation>
            <numerusform>&quot;%1&quot; contém %n negócio: mova-o ou exclua-o antes de excluir o pipeline.</numerusform>
            <numerusform>&quot;%1&quot; contém %n negócios: mova-os ou exclua-os antes de excluir o pipeline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsDialog</name>
    <message>
        <source>Pipeline settings</source>
        <translation>Configurações do pipeline</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Nome do pipeline</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Estágios</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Parado após</translation>
    </message>
    <message>
        <source>Deals move from left to right. A pipeline has one Won and one Lost stage; a stage that holds deals cannot be removed.</source>
        <translation>Os negócios avançam da esquerda para a direita. Um pipeline tem um estágio Ganho e um Perdido; um estágio que contém negócios não pode ser removido.</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Adicionar estágio</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Remover estágio</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Kind of stage</source>
        <translation>Tipo de estágio</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Probabilidade padrão</translation>
    </message>
    <message>
        <source>Days after which deals rot</source>
        <translation>Dias após os quais os negócios ficam parados</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Novo estágio</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Selecionar tudo</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Pa&amp;sso acima</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Passo a&amp;baixo</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opção desconhecida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opções desconhecidas: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Faltando valor após &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valor inesperado após &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opções]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Mostra a ajuda nas opções da linha de comando.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Mostra informações sobre a versão.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Procurar em:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do arquivo:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Arquivos do tipo:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Es&amp;colher</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ir para a pasta superior</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Cria uma nova pasta</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova pasta</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Exibição em lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Exibição detalhada</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Alterar para o modo de exibição em lista</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Alterar para o modo de exibição detalhada</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar arquivos &amp;ocultos</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Locais recentes</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista de locais e favoritos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Pasta de arquivos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Arquivo %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Meu computador</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 já existe.
Deseja substituí-la?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Arquivo não encontrado.
Verifique se foi indicado um nome correto para o arquivo.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Pasta não encontrada.
Verifique se foi indicado um nome correto para a pasta.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Deseja realmente excluir &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; está protegido contra gravação.
Deseja excluí-lo mesmo assim?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Não foi possível excluir a pasta.</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Localizar a pasta</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Meu computador</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nome de arquivo inválido</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Digite um valor:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalhes...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalhes...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvar tudo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sim par&amp;a tudo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para tudo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar localização do &amp;link</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Próximo &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próximo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>C&amp;oncluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>Qualification</name>
    <message>
        <source>Give the reason for nurturing: it goes into the stage history and the follow-up.</source>
        <translation>Informe o motivo da nutrição: ele vai para o histórico de estágios e para o acompanhamento.</translation>
    </message>
    <message>
        <source>The deal&apos;s amount cannot be negative.</source>
        <translation>O valor do negócio não pode ser negativo.</translation>
    </message>
    <message>
        <source>BANT: %1</source>
        <translation>BANT: %1</translation>
    </message>
    <message>
        <source>Follow up after nurturing: %1</source>
        <translation>Acompanhar após a nutrição: %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Connected</source>
        <translation>Atendeu</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Não atendeu</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Deixou mensagem de voz</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Wrong contact</source>
        <translation>Contato errado</translation>
    </message>
    <message>
        <source>The delay after &quot;not now&quot; is from 1 to 3650 days.</source>
        <translation>O prazo após &quot;agora não&quot; vai de 1 a 3650 dias.</translation>
    </message>
    <message>
        <source>Hot lead, score %1</source>
        <translation>Lead quente, pontuação %1</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nova atribuição</translation>
    </message>
    <message numerus="yes">
        <source>Not now (call): try again in %n day(s)</source>
        <translation>
            <numerusform>Agora não (ligação): tentar de novo em %n dia</numerusform>
            <numerusform>Agora não (ligação): tentar de novo em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up after &quot;not now&quot;</source>
        <translation>Acompanhar após &quot;agora não&quot;</translation>
    </message>
    <message>
        <source>Call back (%1)</source>
        <translation>Ligar de volta (%1)</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Ligação registrada</translation>
    </message>
    <message>
        <source>Call removed</source>
        <translation>Ligação removida</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Whose queue</source>
        <translation>Fila de quem</translation>
    </message>
    <message>
        <source>Team and routing…</source>
        <translation>Equipe e distribuição…</translation>
    </message>
    <message>
        <source>Queue of:</source>
        <translation>Fila de:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Nota da ligação</translation>
    </message>
    <message>
        <source>Note for the next call logged (optional)</source>
        <translation>Nota para a próxima ligação registrada (opcional)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Log the call with one key: %1 · Enter opens the lead · T plans a task</source>
        <translation>Registre a ligação com uma tecla: %1 · Enter abre o lead · T planeja uma tarefa</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nova tarefa…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>Amanhã às 9:00</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Quentes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <source>Logged: %1. Next call %2.</source>
        <translation>Registrado: %1. Próxima ligação %2.</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>Registrado: %1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Adiado até %1.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Excluir tarefa</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation>Excluir a tarefa &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Queue (%L1)</source>
        <translation>Fila (%L1)</translation>
    </message>
    <message>
        <source>Tasks (%L1)</source>
        <translation>Tarefas (%L1)</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1: %2, prazo %3</translation>
    </message>
    <message>
        <source>%1 with %2: %3, due %4</source>
        <translation>%1 com %2: %3, prazo %4</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
</context>
<context>
    <name>RepRepository</name>
    <message>
        <source>A rep needs a name.</source>
        <translation>Um vendedor precisa de um nome.</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Júnior</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Sênior</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Pleno</translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative.</source>
        <translation>A capacidade de %1 não pode ser negativa.</translation>
    </message>
    <message>
        <source>The absence of %1 ends before it starts.</source>
        <translation>A ausência de %1 termina antes de começar.</translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation>O vendedor #%1 não existe.</translation>
    </message>
</context>
<context>
    <name>RescoreJob</name>
    <message>
        <source>The workspace is read-only: scores cannot be saved.</source>
        <translation>O espaço de trabalho é somente leitura: as pontuações não podem ser salvas.</translation>
    </message>
</context>
<context>
    <name>Rescorer</name>
    <message>
        <source>Score %1 reached the MQL threshold (%2)</source>
        <translation>Pontuação %1 atingiu o limiar de MQL (%2)</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>O lead #%1 não existe.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>(unnamed rule)</source>
        <translation>(regra sem nome)</translation>
    </message>
    <message>
        <source>Every rule needs a name.</source>
        <translation>Toda regra precisa de um nome.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; gives the lead to nobody: choose a rep or a team.</source>
        <translation>A regra &quot;%1&quot; não atribui o lead a ninguém: escolha um vendedor ou uma equipe.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names a rep who does not exist.</source>
        <translation>A regra &quot;%1&quot; indica um vendedor que não existe.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names the team &quot;%2&quot;, which has no rep.</source>
        <translation>A regra &quot;%1&quot; indica a equipe &quot;%2&quot;, que não tem vendedores.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Regra &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched</source>
        <translation>regra &quot;%1&quot; aplicada</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched; round-robin in team %2</source>
        <translation>regra &quot;%1&quot; aplicada; round-robin na equipe %2</translation>
    </message>
    <message>
        <source>round-robin, weighted by deals won in the last 30 days</source>
        <translation>round-robin, ponderado pelos negócios ganhos nos últimos 30 dias</translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation>round-robin</translation>
    </message>
    <message>
        <source>no rep available: everyone is away, inactive or full</source>
        <translation>nenhum vendedor disponível: todos estão ausentes, inativos ou lotados</translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation>O vendedor #%1 não existe.</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>atribuído manualmente</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Team and routing</source>
        <translation>Equipe e distribuição</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Regras de atribuição</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualificação</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Vendedores</translation>
    </message>
    <message>
        <source>Add rep</source>
        <translation>Adicionar vendedor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Senioridade</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source> open leads</source>
        <translation> leads abertos</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Away from</source>
        <translation>Ausente de</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Ausente até</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Setores</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Retail, Hospitality</source>
        <translation>separados por vírgula, ex.: Varejo, Hotelaria</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separados por vírgula</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <source>comma-separated countries or regions</source>
        <translation>países ou regiões separados por vírgula</translation>
    </message>
    <message>
        <source>Active (receives leads)</source>
        <translation>Ativo (recebe leads)</translation>
    </message>
    <message>
        <source>Save rep</source>
        <translation>Salvar vendedor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipe:</translation>
    </message>
    <message>
        <source>&amp;Seniority:</source>
        <translation>&amp;Senioridade:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidade:</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>Disponibilidade:</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>Se&amp;tores:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Produtos:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regiões:</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n lead aberto</numerusform>
            <numerusform>%n leads abertos</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation>Regras, a primeira que corresponder vence</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Adicionar regra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>When no rule matches: round-robin weighted by deals won in the last 30 days</source>
        <translation>Quando nenhuma regra corresponde: round-robin ponderado pelos negócios ganhos nos últimos 30 dias</translation>
    </message>
    <message>
        <source>Assign leads automatically when they become MQL</source>
        <translation>Atribuir leads automaticamente quando viram MQL</translation>
    </message>
    <message>
        <source>Rules (tried in order; the first that matches decides):</source>
        <translation>Regras (testadas em ordem; a primeira que corresponder decide):</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nome da regra</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condições</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Value(s), comma-separated</source>
        <translation>Valor(es), separados por vírgula</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Adicionar condição</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Remover condição</translation>
    </message>
    <message>
        <source>To the rep</source>
        <translation>Para o vendedor</translation>
    </message>
    <message>
        <source>In turn to the team</source>
        <translation>Em rodízio para a equipe</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>weighted by deals won in the last 30 days</source>
        <translation>ponderado pelos negócios ganhos nos últimos 30 dias</translation>
    </message>
    <message>
        <source>When all hold:</source>
        <translation>Quando todas valem:</translation>
    </message>
    <message>
        <source>Give the lead:</source>
        <translation>Atribuir o lead:</translation>
    </message>
    <message>
        <source>rep #%1</source>
        <translation>vendedor #%1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation>(regra sem nome)</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regra %1</translation>
    </message>
    <message>
        <source>Preview the rules being edited</source>
        <translation>Pré-visualizar as regras em edição</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Qual</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>Iria para</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open leads now</source>
        <translation>Leads abertos agora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Who would get the last 50 leads that came in, and today&apos;s unassigned leads, under the rules as edited here (nothing is saved or assigned).</source>
        <translation>Quem receberia os últimos 50 leads que chegaram e os leads não atribuídos de hoje, com as regras como editadas aqui (nada é salvo ou atribuído).</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>recente</translation>
    </message>
    <message>
        <source>unassigned today</source>
        <translation>não atribuído hoje</translation>
    </message>
    <message>
        <source>Criteria to meet</source>
        <translation>Critérios a atender</translation>
    </message>
    <message>
        <source> of 4</source>
        <translation> de 4</translation>
    </message>
    <message>
        <source>A lead is sales qualified when at least:</source>
        <translation>Um lead é qualificado para vendas quando atende pelo menos:</translation>
    </message>
    <message>
        <source>and always:</source>
        <translation>e sempre:</translation>
    </message>
    <message>
        <source>Days before trying again after &quot;not now&quot;</source>
        <translation>Dias antes de tentar de novo após &quot;agora não&quot;</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> dias úteis</translation>
    </message>
    <message>
        <source>After &quot;not now&quot; or nurturing, follow up in:</source>
        <translation>Após &quot;agora não&quot; ou nutrição, acompanhar em:</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nome da regra</translation>
    </message>
    <message>
        <source>optional; the rule describes itself</source>
        <translation>opcional; a regra descreve a si mesma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Points per occurrence; negative points lower the score</source>
        <translation>Pontos por ocorrência; pontos negativos reduzem a pontuação</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Pontos:</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>C&amp;omparação:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>values separated by commas; case and accents are ignored</source>
        <translation>valores separados por vírgula; maiúsculas e acentos são ignorados</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valores:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Atividade:</translation>
    </message>
    <message>
        <source>Detail contains</source>
        <translation>Detalhe contém</translation>
    </message>
    <message>
        <source>e.g. pricing (page address, e-mail subject); empty: any</source>
        <translation>ex.: preços (endereço da página, assunto do e-mail); vazio: qualquer</translation>
    </message>
    <message>
        <source>&amp;Detail contains:</source>
        <translation>&amp;Detalhe contém:</translation>
    </message>
    <message>
        <source>Count at most</source>
        <translation>Contar no máximo</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Count at &amp;most (occurrences):</source>
        <translation>Contar no &amp;máximo (ocorrências):</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Meia-vida</translation>
    </message>
    <message>
        <source>never fades</source>
        <translation>nunca diminui</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>After this many days an occurrence counts half, after twice as many a quarter</source>
        <translation>Após esse número de dias uma ocorrência conta a metade; após o dobro, um quarto</translation>
    </message>
    <message>
        <source>&amp;Half-life:</source>
        <translation>&amp;Meia-vida:</translation>
    </message>
    <message>
        <source>Last e-mails</source>
        <translation>Últimos e-mails</translation>
    </message>
    <message>
        <source>None opened of the &amp;last:</source>
        <translation>Nenhum aberto dos ú&amp;ltimos:</translation>
    </message>
    <message>
        <source>Select a rule, or add one</source>
        <translation>Selecione uma regra ou adicione uma</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>No máximo</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Meia-vida</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Decision maker (job title)</source>
        <translation>Decisor (cargo)</translation>
    </message>
    <message>
        <source>Manager (job title)</source>
        <translation>Gerente (cargo)</translation>
    </message>
    <message>
        <source>Company of 200 employees or more</source>
        <translation>Empresa com 200 funcionários ou mais</translation>
    </message>
    <message>
        <source>Enterprise (1,000 employees or more)</source>
        <translation>Grande empresa (1.000 funcionários ou mais)</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>Setor-alvo</translation>
    </message>
    <message>
        <source>Phone number given</source>
        <translation>Telefone informado</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <translation>Endereço de e-mail pessoal</translation>
    </message>
    <message>
        <source>The rule set is of an unknown format (%1).</source>
        <translation>O conjunto de regras tem um formato desconhecido (%1).</translation>
    </message>
    <message>
        <source>&quot;mql_threshold&quot; must be a whole number.</source>
        <translation>&quot;mql_threshold&quot; deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>&quot;warm_from&quot; must be a whole number.</source>
        <translation>&quot;warm_from&quot; deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>&quot;hot_from&quot; must be a whole number.</source>
        <translation>&quot;hot_from&quot; deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules.</source>
        <translation>&quot;rules&quot; deve ser uma lista de regras.</translation>
    </message>
    <message>
        <source>Rule %1: not an object.</source>
        <translation>Regra %1: não é um objeto.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regra %1: %2</translation>
    </message>
    <message>
        <source>The MQL threshold must be between -10000 and 10000.</source>
        <translation>O limiar de MQL deve estar entre -10000 e 10000.</translation>
    </message>
    <message>
        <source>Warm must start at or below hot (warm from %1, hot from %2).</source>
        <translation>Morno deve começar em ou abaixo de quente (morno a partir de %1, quente a partir de %2).</translation>
    </message>
    <message>
        <source>At most 32 rules can look into an activity&apos;s details (URL, subject); this set has %1.</source>
        <translation>No máximo 32 regras podem examinar os detalhes de uma atividade (URL, assunto); este conjunto tem %1.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Regra %1 (%2): %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2): the id %3 is used twice.</source>
        <translation>Regra %1 (%2): o id %3 é usado duas vezes.</translation>
    </message>
    <message>
        <source>The scoring rules stored in %1 cannot be read (%2).</source>
        <translation>As regras de pontuação armazenadas em %1 não podem ser lidas (%2).</translation>
    </message>
</context>
<context>
    <name>SalesCommands</name>
    <message>
        <source>Qualify (BANT)</source>
        <translation>Qualificar (BANT)</translation>
    </message>
    <message>
        <source>Log call: %1</source>
        <translation>Registrar ligação: %1</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Adicionar tarefa</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Concluir tarefa</translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>Salesforce: Leads and Opportunities, through a connected app (OAuth 2.0 refresh token).</source>
        <translation>Salesforce: Leads e Oportunidades, por meio de um aplicativo conectado (token de atualização OAuth 2.0).</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Endereço da instância</translation>
    </message>
    <message>
        <source>e.g. https://yourcompany.my.salesforce.com</source>
        <translation>ex.: https://suaempresa.my.salesforce.com</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>Endereço de login</translation>
    </message>
    <message>
        <source>https://test.salesforce.com for a sandbox</source>
        <translation>https://test.salesforce.com para um sandbox</translation>
    </message>
    <message>
        <source>Connected app consumer key</source>
        <translation>Chave do consumidor do aplicativo conectado</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versão da API</translation>
    </message>
    <message>
        <source>Connected app consumer secret</source>
        <translation>Segredo do consumidor do aplicativo conectado</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de atualização</translation>
    </message>
    <message>
        <source>From the OAuth 2.0 web server flow with the refresh_token and api scopes.</source>
        <translation>Do fluxo de servidor web OAuth 2.0 com os escopos refresh_token e api.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Annual Revenue</source>
        <translation>Receita anual</translation>
    </message>
    <message>
        <source>No. of Employees</source>
        <translation>Nº de funcionários</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>Estado/Província</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Lead Source</source>
        <translation>Origem do lead</translation>
    </message>
    <message>
        <source>Lead Status</source>
        <translation>Status do lead</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Opportunity Name</source>
        <translation>Nome da oportunidade</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Close Date</source>
        <translation>Data de fechamento</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Probabilidade (%)</translation>
    </message>
</context>
<context>
    <name>SalesforceSession</name>
    <message>
        <source>Salesforce: the client secret or the refresh token is not stored for this connection.</source>
        <translation>Salesforce: o segredo do cliente ou o token de atualização não está armazenado para esta conexão.</translation>
    </message>
    <message>
        <source>describing %1</source>
        <translation>descrevendo %1</translation>
    </message>
    <message>
        <source>Salesforce: %1 has no external id field %2. In Setup &gt; Object Manager &gt; %1 &gt; Fields, add a Text(80) field named Leadbench_Key with &quot;External ID&quot; and &quot;Unique&quot; ticked: Leadbench records its key there so that a repeated upload never duplicates a record.</source>
        <translation>Salesforce: %1 não tem o campo de id externo %2. Em Configuração &gt; Gerenciador de objetos &gt; %1 &gt; Campos, adicione um campo Texto(80) chamado Leadbench_Key com &quot;ID externo&quot; e &quot;Exclusivo&quot; marcados: o Leadbench grava sua chave nele para que um novo envio nunca duplique um registro.</translation>
    </message>
    <message>
        <source>Salesforce: the query had expired; continuing from the last change read.</source>
        <translation>Salesforce: a consulta expirou; continuando a partir da última alteração lida.</translation>
    </message>
    <message>
        <source>querying %1</source>
        <translation>consultando %1</translation>
    </message>
    <message>
        <source>Salesforce: deletions older than 30 days can no longer be read; records deleted before %1 stay here.</source>
        <translation>Salesforce: exclusões com mais de 30 dias não podem mais ser lidas; registros excluídos antes de %1 permanecem aqui.</translation>
    </message>
    <message>
        <source>listing deleted %1 records</source>
        <translation>listando registros excluídos de %1</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>lendo registros de %1</translation>
    </message>
    <message>
        <source>deleting %1 records</source>
        <translation>excluindo registros de %1</translation>
    </message>
    <message>
        <source>updating %1 records</source>
        <translation>atualizando registros de %1</translation>
    </message>
    <message>
        <source>creating %1 records</source>
        <translation>criando registros de %1</translation>
    </message>
    <message>
        <source>Salesforce gave no result for this record</source>
        <translation>O Salesforce não deu resultado para este registro</translation>
    </message>
    <message>
        <source>Salesforce refused the session while %1: %2</source>
        <translation>O Salesforce recusou a sessão ao %1: %2</translation>
    </message>
    <message>
        <source>Salesforce: the organisation&apos;s API request limit is used up (%1); the sync can continue when it resets.</source>
        <translation>Salesforce: o limite de solicitações de API da organização foi esgotado (%1); a sincronização pode continuar quando ele for redefinido.</translation>
    </message>
    <message>
        <source>Salesforce refused %1: %2. Check the user&apos;s permissions on Leads and Opportunities.</source>
        <translation>O Salesforce recusou %1: %2. Verifique as permissões do usuário em Leads e Oportunidades.</translation>
    </message>
    <message>
        <source>Salesforce failed while %1 (HTTP %2): %3</source>
        <translation>O Salesforce falhou ao %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Salesforce refused %1 (HTTP %2): %3</source>
        <translation>O Salesforce recusou %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Salesforce refused the connected app&apos;s credentials or the refresh token: %1. Authorise Leadbench again and store the new refresh token in the connection.</source>
        <translation>O Salesforce recusou as credenciais do aplicativo conectado ou o token de atualização: %1. Autorize o Leadbench novamente e armazene o novo token de atualização na conexão.</translation>
    </message>
    <message>
        <source>getting an access token</source>
        <translation>obtendo um token de acesso</translation>
    </message>
    <message>
        <source>Salesforce: access token obtained.</source>
        <translation>Salesforce: token de acesso obtido.</translation>
    </message>
</context>
<context>
    <name>ScoreExplanationView</name>
    <message>
        <source>Score contributions</source>
        <translation>Contribuições para a pontuação</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Ocorrências</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Histórico de pontuação</translation>
    </message>
    <message>
        <source>Score %1; the MQL threshold is %2.</source>
        <translation>Pontuação %1; o limiar de MQL é %2.</translation>
    </message>
    <message>
        <source>The list shows %1, from the last re-score: older behaviour has faded since.</source>
        <translation>A lista mostra %1, da última repontuação: o comportamento mais antigo perdeu peso desde então.</translation>
    </message>
    <message>
        <source>No rule applies to this lead yet.</source>
        <translation>Nenhuma regra se aplica a este lead ainda.</translation>
    </message>
    <message>
        <source>%1 of %2 (at most %1 count)</source>
        <translation>%1 de %2 (conta no máximo %1)</translation>
    </message>
    <message>
        <source>%1 points after decay; last on %2</source>
        <translation>%1 pontos após o decaimento; último em %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ScoringCharts</name>
    <message>
        <source>Leads by score</source>
        <translation>Leads por pontuação</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>With the edited rules</source>
        <translation>Com as regras editadas</translation>
    </message>
    <message>
        <source>Scores now</source>
        <translation>Pontuações atuais</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Limiar de MQL</translation>
    </message>
    <message>
        <source>What each threshold would do</source>
        <translation>O que cada limiar faria</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation>Futuros clientes acima</translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation>Leads enviados a vendas</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation>Limiar atual</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
</context>
<context>
    <name>ScoringInsights</name>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified): the threshold cannot be judged from the data.</source>
        <translation>Nenhum lead tem resultado ainda (virou cliente, ou foi perdido ou desqualificado): o limiar não pode ser avaliado pelos dados.</translation>
    </message>
    <message>
        <source>No lead with a known outcome became a customer yet: nothing separates good leads from bad ones.</source>
        <translation>Nenhum lead com resultado conhecido virou cliente ainda: nada distingue leads bons de ruins.</translation>
    </message>
    <message>
        <source>At %1, %2 of eventual customers score at or above the threshold, %3 of those above it became customers, and %4 of all leads would go to sales: the best balance (F1) of the two.</source>
        <translation>Em %1, %2 dos futuros clientes pontuam no limiar ou acima, %3 dos que estão acima viraram clientes e %4 de todos os leads iriam para vendas: o melhor equilíbrio (F1) entre os dois.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Change scoring rules</source>
        <translation>Alterar regras de pontuação</translation>
    </message>
    <message>
        <source>Re-scoring progress</source>
        <translation>Progresso da repontuação</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop re-scoring after the current batch; it starts again the next time</source>
        <translation>Parar a repontuação após o lote atual; ela recomeça na próxima vez</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>Threshold advisor</source>
        <translation>Assistente de limiar</translation>
    </message>
    <message>
        <source>Attribute lift</source>
        <translation>Lift por atributo</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Regras de pontuação</translation>
    </message>
    <message>
        <source>Add profile rule</source>
        <translation>Adicionar regra de perfil</translation>
    </message>
    <message>
        <source>Points for who the lead is: job title, company size, industry, …</source>
        <translation>Pontos por quem o lead é: cargo, porte da empresa, setor, …</translation>
    </message>
    <message>
        <source>Add behaviour rule</source>
        <translation>Adicionar regra de comportamento</translation>
    </message>
    <message>
        <source>Points for what the lead does: opens, clicks, visits, meetings, …</source>
        <translation>Pontos pelo que o lead faz: aberturas, cliques, visitas, reuniões, …</translation>
    </message>
    <message>
        <source>Add &quot;no opens&quot; rule</source>
        <translation>Adicionar regra &quot;sem aberturas&quot;</translation>
    </message>
    <message>
        <source>Points when the lead opened none of the last e-mails sent</source>
        <translation>Pontos quando o lead não abriu nenhum dos últimos e-mails enviados</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Regra selecionada</translation>
    </message>
    <message>
        <source>Threshold and temperature</source>
        <translation>Limiar e temperatura</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Limiar de MQL</translation>
    </message>
    <message>
        <source>A Subscriber, Lead or Nurturing lead whose score reaches this becomes MQL</source>
        <translation>Um lead em Assinante, Lead ou Nutrição cuja pontuação atinge este valor vira MQL</translation>
    </message>
    <message>
        <source>&amp;MQL at score:</source>
        <translation>&amp;MQL na pontuação:</translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation>Morno a partir de</translation>
    </message>
    <message>
        <source>&amp;Warm from:</source>
        <translation>&amp;Morno a partir de:</translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation>Quente a partir de</translation>
    </message>
    <message>
        <source>&amp;Hot from:</source>
        <translation>&amp;Quente a partir de:</translation>
    </message>
    <message>
        <source>Score distribution preview</source>
        <translation>Pré-visualização da distribuição de pontuações</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>Regras padrão</translation>
    </message>
    <message>
        <source>Put the default rule set in the editor (the seeds&apos; points and profile rules)</source>
        <translation>Colocar o conjunto de regras padrão no editor (os pontos e regras de perfil iniciais)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Save and re-score</source>
        <translation>Salvar e repontuar</translation>
    </message>
    <message>
        <source>Threshold advisor chart</source>
        <translation>Gráfico do assistente de limiar</translation>
    </message>
    <message>
        <source>Candidate thresholds</source>
        <translation>Limiares candidatos</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation>Futuros clientes acima</translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation>Leads enviados a vendas</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Leads above</source>
        <translation>Leads acima</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Use the suggested threshold</source>
        <translation>Usar o limiar sugerido</translation>
    </message>
    <message>
        <source>Puts it in the rules editor; it takes effect when saved</source>
        <translation>Coloca-o no editor de regras; entra em vigor ao salvar</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>Atributo:</translation>
    </message>
    <message>
        <source>Conversion by attribute value</source>
        <translation>Conversão por valor de atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Leads with an outcome</source>
        <translation>Leads com resultado</translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation>Viraram clientes</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>The workspace is read-only: the rules can be read and previewed, not changed.</source>
        <translation>O espaço de trabalho é somente leitura: as regras podem ser lidas e pré-visualizadas, não alteradas.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Não é possível salvar: %1</translation>
    </message>
    <message>
        <source>Unsaved changes: the preview shows what they would do.</source>
        <translation>Alterações não salvas: a pré-visualização mostra o que elas fariam.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); scores follow every change at once.</source>
        <translation>
            <numerusform>%n regra; as pontuações acompanham cada alteração imediatamente.</numerusform>
            <numerusform>%n regras; as pontuações acompanham cada alteração imediatamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview waits for a sound rule set: %1</source>
        <translation>A pré-visualização aguarda um conjunto de regras válido: %1</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Calculando a pré-visualização…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sem pré-visualização: %1</translation>
    </message>
    <message>
        <source>Under these rules %1 of %2 leads would be at or above the threshold of %3 (now %4); %5 would become MQL; %6 scores would change.</source>
        <translation>Com estas regras, %1 de %2 leads ficariam no limiar de %3 ou acima (hoje %4); %5 virariam MQL; %6 pontuações mudariam.</translation>
    </message>
    <message>
        <source>Scoring rules changed</source>
        <translation>Regras de pontuação alteradas</translation>
    </message>
    <message>
        <source>Re-scoring every lead: %1…</source>
        <translation>Repontuando todos os leads: %1…</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 de %2 leads</translation>
    </message>
    <message>
        <source>Re-scoring failed: %1</source>
        <translation>Falha na repontuação: %1</translation>
    </message>
    <message>
        <source>Re-scoring stopped after %1 leads; it resumes the next time the workspace opens.</source>
        <translation>Repontuação parada após %1 leads; ela continua na próxima vez que o espaço de trabalho for aberto.</translation>
    </message>
    <message>
        <source>Re-scored %1 leads: %2 scores changed, %3 leads became MQL.</source>
        <translation>%1 leads repontuados: %2 pontuações alteradas, %3 leads viraram MQL.</translation>
    </message>
    <message>
        <source>Reading the outcomes…</source>
        <translation>Lendo os resultados…</translation>
    </message>
    <message>
        <source>%1 leads; %2 with a known outcome (%3 became customers, %4 were lost or disqualified).</source>
        <translation>%1 leads; %2 com resultado conhecido (%3 viraram clientes, %4 foram perdidos ou desqualificados).</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (atual)</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (sugerido)</translation>
    </message>
    <message>
        <source>Use the suggested threshold (%1)</source>
        <translation>Usar o limiar sugerido (%1)</translation>
    </message>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified).</source>
        <translation>Nenhum lead tem resultado ainda (virou cliente, ou foi perdido ou desqualificado).</translation>
    </message>
    <message>
        <source>Overall, %1 of the %2 leads with a known outcome became customers. Lift above 1: the value converts better than average; below 1: worse.</source>
        <translation>No geral, %1 dos %2 leads com resultado conhecido viraram clientes. Lift acima de 1: o valor converte melhor que a média; abaixo de 1: pior.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>No value of %1 has 5 or more leads with a known outcome yet.</source>
        <translation>Nenhum valor de %1 tem 5 ou mais leads com resultado conhecido ainda.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Pontuação</translation>
    </message>
</context>
<context>
    <name>ScoringRule</name>
    <message>
        <source>%1 is set</source>
        <translation>%1 está preenchido</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 containing &quot;%2&quot;</source>
        <translation>%1 contendo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a whole number</source>
        <translation>&quot;id&quot; deve ser um número inteiro</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be profile, behaviour or no_opens, not &quot;%1&quot;</source>
        <translation>&quot;kind&quot; deve ser profile, behaviour ou no_opens, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation>&quot;points&quot; está faltando</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be a whole number</source>
        <translation>&quot;points&quot; deve ser um número inteiro</translation>
    </message>
    <message>
        <source>&quot;field&quot;: &quot;%1&quot; is not a field a profile rule can read</source>
        <translation>&quot;field&quot;: &quot;%1&quot; não é um campo que uma regra de perfil pode ler</translation>
    </message>
    <message>
        <source>&quot;operator&quot;: &quot;%1&quot; is not one of equals, contains, one_of, at_least, at_most, is_set</source>
        <translation>&quot;operator&quot;: &quot;%1&quot; não é um de equals, contains, one_of, at_least, at_most, is_set</translation>
    </message>
    <message>
        <source>&quot;values&quot; must hold texts or numbers</source>
        <translation>&quot;values&quot; deve conter textos ou números</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list</source>
        <translation>&quot;values&quot; deve ser uma lista</translation>
    </message>
    <message>
        <source>&quot;activity&quot;: &quot;%1&quot; is not an activity type</source>
        <translation>&quot;activity&quot;: &quot;%1&quot; não é um tipo de atividade</translation>
    </message>
    <message>
        <source>&quot;cap&quot; must be a whole number</source>
        <translation>&quot;cap&quot; deve ser um número inteiro</translation>
    </message>
    <message>
        <source>&quot;half_life_days&quot; must be a number</source>
        <translation>&quot;half_life_days&quot; deve ser um número</translation>
    </message>
    <message>
        <source>&quot;last_emails&quot; must be a whole number</source>
        <translation>&quot;last_emails&quot; deve ser um número inteiro</translation>
    </message>
    <message>
        <source>Points must be between -1000 and 1000.</source>
        <translation>Os pontos devem estar entre -1000 e 1000.</translation>
    </message>
    <message>
        <source>A profile rule cannot read %1.</source>
        <translation>Uma regra de perfil não pode ler %1.</translation>
    </message>
    <message>
        <source>%1 can only be tested with &quot;is set&quot;.</source>
        <translation>%1 só pode ser testado com &quot;está preenchido&quot;.</translation>
    </message>
    <message>
        <source>Give a value to compare %1 with.</source>
        <translation>Informe um valor para comparar com %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers; %2 is not a number field.</source>
        <translation>&quot;%1&quot; compara números; %2 não é um campo numérico.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; não é um número.</translation>
    </message>
    <message>
        <source>%1 cannot be scored.</source>
        <translation>%1 não pode ser pontuado.</translation>
    </message>
    <message>
        <source>The cap must be between 0 (no cap) and 1000 occurrences.</source>
        <translation>O limite deve estar entre 0 (sem limite) e 1000 ocorrências.</translation>
    </message>
    <message>
        <source>The half-life must be between 0 (no decay) and 3650 days.</source>
        <translation>A meia-vida deve estar entre 0 (sem decaimento) e 3650 dias.</translation>
    </message>
    <message>
        <source>The number of e-mails must be between 1 and 100.</source>
        <translation>O número de e-mails deve estar entre 1 e 100.</translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>equals</source>
        <translation>é igual a</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>é um de</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>é no mínimo</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>é no máximo</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>está preenchido</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>No opens</source>
        <translation>Sem aberturas</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message numerus="yes">
        <source>Opened none of the last %Ln e-mail(s)</source>
        <translation>
            <numerusform>Não abriu nenhum do último %Ln e-mail</numerusform>
            <numerusform>Não abriu nenhum dos últimos %Ln e-mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>Scoring rules changed</source>
        <translation>Regras de pontuação alteradas</translation>
    </message>
    <message>
        <source>Daily re-score: older behaviour counts less</source>
        <translation>Repontuação diária: comportamentos antigos contam menos</translation>
    </message>
    <message>
        <source>Scored with the workspace&apos;s rules</source>
        <translation>Pontuado com as regras do espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Um segmento precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Recorded with every stage change, activity and merge you make.</source>
        <translation>Registrado em cada mudança de estágio, atividade e mesclagem que você fizer.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Workspace at start</source>
        <translation>Espaço de trabalho ao iniciar</translation>
    </message>
    <message>
        <source>The last workspace used</source>
        <translation>O último espaço de trabalho usado</translation>
    </message>
    <message>
        <source>The default workspace</source>
        <translation>O espaço de trabalho padrão</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Abrir ao iniciar:</translation>
    </message>
    <message>
        <source>Ask before deleting several leads at once</source>
        <translation>Perguntar antes de excluir vários leads de uma vez</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Backups automáticos</translation>
    </message>
    <message>
        <source>Back up the open workspace automatically</source>
        <translation>Fazer backup automático do espaço de trabalho aberto</translation>
    </message>
    <message>
        <source>Hours between backups</source>
        <translation>Horas entre backups</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;A cada:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups a manter</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Manter os últimos:</translation>
    </message>
    <message>
        <source>Your name cannot be empty: it is recorded in the histories.</source>
        <translation>Seu nome não pode ficar vazio: ele é registrado nos históricos.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the name of the system&apos;s language in that language (Français, Ελληνικά ...)</extracomment>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when Leadbench starts again.</source>
        <translation>Um novo idioma é aplicado quando o Leadbench é reiniciado.</translation>
    </message>
    <message>
        <source>The language changes the next time Leadbench starts.</source>
        <translation>O idioma muda na próxima vez que o Leadbench for iniciado.</translation>
    </message>
</context>
<context>
    <name>StageMachine</name>
    <message>
        <source>The lead is already at %1.</source>
        <translation>O lead já está em %1.</translation>
    </message>
    <message>
        <source>A lead cannot move from %1 to %2; from %1 it can move to %3.</source>
        <translation>Um lead não pode passar de %1 para %2; de %1 ele pode passar para %3.</translation>
    </message>
    <message>
        <source>no other stage</source>
        <translation>nenhum outro estágio</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Step type</source>
        <translation>Tipo de etapa</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Step label</source>
        <translation>Rótulo da etapa</translation>
    </message>
    <message>
        <source>Optional: a name shown on the card</source>
        <translation>Opcional: um nome exibido no cartão</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>Modelo de e-mail</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Wait length</source>
        <translation>Duração da espera</translation>
    </message>
    <message>
        <source>Wait unit</source>
        <translation>Unidade da espera</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>dias úteis</translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation>Aguardar:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condição</translation>
    </message>
    <message>
        <source>&amp;If:</source>
        <translation>&amp;Se:</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Pontuação de pelo menos</translation>
    </message>
    <message>
        <source>Sc&amp;ore ≥</source>
        <translation>P&amp;ontuação ≥</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Estágio:</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Campo do lead</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Com&amp;parison:</source>
        <translation>Com&amp;paração:</translation>
    </message>
    <message>
        <source>Value (several: separated by commas)</source>
        <translation>Valor (vários: separados por vírgulas)</translation>
    </message>
    <message>
        <source>Value; for &quot;one of&quot;: values separated by commas</source>
        <translation>Valor; para &quot;é um de&quot;: valores separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;Fazer:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Novo estágio</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>E&amp;stágio:</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>Ve&amp;ndedor:</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Tipo de tarefa</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>T&amp;arefa:</translation>
    </message>
    <message>
        <source>Task title or message</source>
        <translation>Título da tarefa ou mensagem</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>Prazo em dias</translation>
    </message>
    <message>
        <source>Due in (days):</source>
        <translation>Prazo (dias):</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próxima etapa</translation>
    </message>
    <message>
        <source>If yes, go to</source>
        <translation>Se sim, ir para</translation>
    </message>
    <message>
        <source>If no, go to</source>
        <translation>Se não, ir para</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Então:</translation>
    </message>
    <message>
        <source>If &amp;yes:</source>
        <translation>Se si&amp;m:</translation>
    </message>
    <message>
        <source>If &amp;no:</source>
        <translation>Se &amp;não:</translation>
    </message>
    <message>
        <source>Select a step in the flow, or add one.</source>
        <translation>Selecione uma etapa no fluxo ou adicione uma.</translation>
    </message>
    <message>
        <source>Step #%1</source>
        <translation>Etapa #%1</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(escolha um modelo)</translation>
    </message>
    <message>
        <source>By the routing rules</source>
        <translation>Pelas regras de distribuição</translation>
    </message>
    <message>
        <source>End of the sequence</source>
        <translation>Fim da sequência</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Keep Leadbench&apos;s value</source>
        <translation>Manter o valor do Leadbench</translation>
    </message>
    <message>
        <source>Take the CRM&apos;s value</source>
        <translation>Usar o valor do CRM</translation>
    </message>
    <message>
        <source>The newest change wins</source>
        <translation>A alteração mais recente vence</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Perguntar</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>Sync::SyncRunner</name>
    <message>
        <source>A sync is already running.</source>
        <translation>Uma sincronização já está em andamento.</translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>A conexão #%1 não existe mais.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>%1: &quot;%2&quot; is required.</source>
        <translation>%1: &quot;%2&quot; é obrigatório.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>%1 não tem a configuração &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>A conexão #%1 não existe mais.</translation>
    </message>
    <message>
        <source>The conflict #%1 was already settled.</source>
        <translation>O conflito #%1 já foi resolvido.</translation>
    </message>
    <message>
        <source>Conflict settled: %1</source>
        <translation>Conflito resolvido: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>  connectors [--json]
        The CRM connector plug-ins found, and those refused with the reason.
  connections list [--json]
  connections add NAME --connector ID [--set KEY=VALUE]... [--conflicts ask|local|remote|newest]
                  [--secret-stdin] [--no-test]
        Adds a CRM connection and tests it. Secrets (tokens, client secrets, refresh tokens) are
        never options: they are asked for on the terminal, or read from standard input with
        --secret-stdin (KEY=VALUE lines, or just the value when the connector has one secret),
        and kept in the system keychain only. Settings: see &quot;connectors&quot;.
  connections edit NAME [--name NEW] [--set KEY=VALUE]... [--conflicts RULE] [--secret-stdin]
  connections remove NAME
  connections test NAME
  connections mapping NAME [--json]
  connections map NAME lead|deal LOCAL_FIELD CRM_FIELD [--direction both|push|pull] [--clear-allowed]
        push: Leadbench is the source of truth for the field; pull: the CRM is. --clear-allowed
        lets an empty value replace a filled one.
  connections unmap NAME lead|deal LOCAL_FIELD
  connections reset-mapping NAME
  connections log NAME [--runs N]
  sync CONNECTION [--full] [--dry-run] [--json]
        Pulls the CRM&apos;s changes, then pushes Leadbench&apos;s. --full compares every record;
        --dry-run shows what would change, field by field, and writes nothing anywhere.
        Exit code 1 when the sync failed or the CRM refused some records (listed).
  conflicts list [CONNECTION] [--json]
  conflicts resolve ID local|remote
  conflicts resolve-all CONNECTION local|remote
        Fields changed on both sides since the last sync wait for a choice (with the rule &quot;ask&quot;).
</source>
        <translation>  connectors [--json]
        Os plug-ins conectores de CRM encontrados e os recusados, com o motivo.
  connections list [--json]
  connections add NAME --connector ID [--set KEY=VALUE]... [--conflicts ask|local|remote|newest]
                  [--secret-stdin] [--no-test]
        Adiciona uma conexão de CRM e a testa. Segredos (tokens, segredos de cliente, tokens de
        atualização) nunca são opções: são solicitados no terminal ou lidos da entrada padrão com
        --secret-stdin (linhas KEY=VALUE, ou só o valor quando o conector tem um segredo), e
        guardados apenas no chaveiro do sistema. Configurações: veja &quot;connectors&quot;.
  connections edit NAME [--name NEW] [--set KEY=VALUE]... [--conflicts RULE] [--secret-stdin]
  connections remove NAME
  connections test NAME
  connections mapping NAME [--json]
  connections map NAME lead|deal LOCAL_FIELD CRM_FIELD [--direction both|push|pull] [--clear-allowed]
        push: o Leadbench é a fonte da verdade para o campo; pull: o CRM é. --clear-allowed
        permite que um valor vazio substitua um preenchido.
  connections unmap NAME lead|deal LOCAL_FIELD
  connections reset-mapping NAME
  connections log NAME [--runs N]
  sync CONNECTION [--full] [--dry-run] [--json]
        Recebe as alterações do CRM e depois envia as do Leadbench. --full compara todos os
        registros; --dry-run mostra o que mudaria, campo a campo, e não grava nada em lugar nenhum.
        Código de saída 1 quando a sincronização falhou ou o CRM recusou alguns registros (listados).
  conflicts list [CONNECTION] [--json]
  conflicts resolve ID local|remote
  conflicts resolve-all CONNECTION local|remote
        Campos alterados nos dois lados desde a última sincronização aguardam uma escolha (com a
        regra &quot;ask&quot;).
</translation>
    </message>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Execute &quot;leadbench-cli --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Saída em JSON.</translation>
    </message>
    <message>
        <source>No connector plug-ins in %1.</source>
        <translation>Nenhum plug-in conector em %1.</translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation>%1: recusado (%2)</translation>
    </message>
    <message>
        <source>(secret: standard input or prompt)</source>
        <translation>(segredo: entrada padrão ou solicitação)</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(padrão %1)</translation>
    </message>
    <message>
        <source>connections needs list, add, edit, remove, test, mapping, map, unmap, reset-mapping or log</source>
        <translation>connections precisa de list, add, edit, remove, test, mapping, map, unmap, reset-mapping ou log</translation>
    </message>
    <message>
        <source>unknown connections command &quot;%1&quot;</source>
        <translation>comando de connections desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No connections. Add one with &quot;leadbench-cli connections add&quot;.</source>
        <translation>Nenhuma conexão. Adicione uma com &quot;leadbench-cli connections add&quot;.</translation>
    </message>
    <message>
        <source>last sync: %1 %2</source>
        <translation>última sincronização: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n alteração a enviar</numerusform>
            <numerusform>%n alterações a enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflito</numerusform>
            <numerusform>%n conflitos</numerusform>
        </translation>
    </message>
    <message>
        <source>leadbench-cli: standard input: &quot;%1&quot; is not one of %2 (KEY=VALUE lines)</source>
        <translation>leadbench-cli: entrada padrão: &quot;%1&quot; não é um de %2 (linhas KEY=VALUE)</translation>
    </message>
    <message>
        <source>a line without =</source>
        <translation>uma linha sem =</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 needs its secrets (%2): give them on standard input with --secret-stdin.</source>
        <translation>leadbench-cli: %1 precisa dos seus segredos (%2): informe-os na entrada padrão com --secret-stdin.</translation>
    </message>
    <message>
        <source>%1 (not shown): </source>
        <translation>%1 (não exibido): </translation>
    </message>
    <message>
        <source>Connector id.</source>
        <translation>Id do conector.</translation>
    </message>
    <message>
        <source>A setting.</source>
        <translation>Uma configuração.</translation>
    </message>
    <message>
        <source>Conflict rule.</source>
        <translation>Regra de conflito.</translation>
    </message>
    <message>
        <source>Read secrets from standard input.</source>
        <translation>Ler segredos da entrada padrão.</translation>
    </message>
    <message>
        <source>Do not test the connection.</source>
        <translation>Não testar a conexão.</translation>
    </message>
    <message>
        <source>connections add takes one NAME</source>
        <translation>connections add recebe um NAME</translation>
    </message>
    <message>
        <source>connections add needs --connector (see &quot;leadbench-cli connectors&quot;)</source>
        <translation>connections add precisa de --connector (veja &quot;leadbench-cli connectors&quot;)</translation>
    </message>
    <message>
        <source>--conflicts: &quot;%1&quot; is not ask, local, remote or newest</source>
        <translation>--conflicts: &quot;%1&quot; não é ask, local, remote ou newest</translation>
    </message>
    <message>
        <source>--set: &quot;%1&quot; is not KEY=VALUE</source>
        <translation>--set: &quot;%1&quot; não é KEY=VALUE</translation>
    </message>
    <message>
        <source>--set: %1 is a secret: it is never given on the command line (it would stay in the shell&apos;s history); give it on standard input with --secret-stdin or when asked</source>
        <translation>--set: %1 é um segredo: nunca é informado na linha de comando (ficaria no histórico do shell); informe-o na entrada padrão com --secret-stdin ou quando solicitado</translation>
    </message>
    <message>
        <source>Added the connection &quot;%1&quot; (%2).</source>
        <translation>Conexão &quot;%1&quot; adicionada (%2).</translation>
    </message>
    <message>
        <source>Connection test: ok.</source>
        <translation>Teste da conexão: ok.</translation>
    </message>
    <message>
        <source>the connection was added, but its test failed: %1</source>
        <translation>a conexão foi adicionada, mas o teste falhou: %1</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Novo nome.</translation>
    </message>
    <message>
        <source>connections edit takes one NAME</source>
        <translation>connections edit recebe um NAME</translation>
    </message>
    <message>
        <source>--set: %1 is a secret: give it on standard input with --secret-stdin</source>
        <translation>--set: %1 é um segredo: informe-o na entrada padrão com --secret-stdin</translation>
    </message>
    <message>
        <source>Changed the connection &quot;%1&quot;.</source>
        <translation>Conexão &quot;%1&quot; alterada.</translation>
    </message>
    <message>
        <source>connections remove takes one NAME</source>
        <translation>connections remove recebe um NAME</translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot; and its secrets; the leads stay.</source>
        <translation>Conexão &quot;%1&quot; e seus segredos removidos; os leads permanecem.</translation>
    </message>
    <message>
        <source>connections test takes one NAME</source>
        <translation>connections test recebe um NAME</translation>
    </message>
    <message>
        <source>%1: the connection works.</source>
        <translation>%1: a conexão funciona.</translation>
    </message>
    <message>
        <source>connections mapping takes one NAME</source>
        <translation>connections mapping recebe um NAME</translation>
    </message>
    <message>
        <source>%1 &lt;-&gt; %2:</source>
        <translation>%1 &lt;-&gt; %2:</translation>
    </message>
    <message>
        <source>both, push or pull.</source>
        <translation>both, push ou pull.</translation>
    </message>
    <message>
        <source>An empty value may replace a filled one.</source>
        <translation>Um valor vazio pode substituir um preenchido.</translation>
    </message>
    <message>
        <source>connections map takes NAME lead|deal LOCAL_FIELD CRM_FIELD</source>
        <translation>connections map recebe NAME lead|deal LOCAL_FIELD CRM_FIELD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not lead or deal</source>
        <translation>&quot;%1&quot; não é lead ou deal</translation>
    </message>
    <message>
        <source>--direction: &quot;%1&quot; is not both, push or pull</source>
        <translation>--direction: &quot;%1&quot; não é both, push ou pull</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 não tem o campo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: note: %1 is not one of %2&apos;s standard fields; it must exist in the CRM.</source>
        <translation>leadbench-cli: nota: %1 não é um dos campos padrão de %2; ele precisa existir no CRM.</translation>
    </message>
    <message>
        <source>%1: %2 &lt;-&gt; %3 (%4).</source>
        <translation>%1: %2 &lt;-&gt; %3 (%4).</translation>
    </message>
    <message>
        <source>connections unmap takes NAME lead|deal LOCAL_FIELD</source>
        <translation>connections unmap recebe NAME lead|deal LOCAL_FIELD</translation>
    </message>
    <message>
        <source>%1 does not map &quot;%2&quot;</source>
        <translation>%1 não mapeia &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is no longer synced.</source>
        <translation>%1: %2 não é mais sincronizado.</translation>
    </message>
    <message>
        <source>connections reset-mapping takes one NAME</source>
        <translation>connections reset-mapping recebe um NAME</translation>
    </message>
    <message>
        <source>%1: the connector&apos;s default field mapping is back.</source>
        <translation>%1: o mapeamento de campos padrão do conector foi restaurado.</translation>
    </message>
    <message>
        <source>How many runs.</source>
        <translation>Quantas execuções.</translation>
    </message>
    <message>
        <source>connections log takes one NAME</source>
        <translation>connections log recebe um NAME</translation>
    </message>
    <message>
        <source>Run of %1: %2 — %3</source>
        <translation>Execução de %1: %2 — %3</translation>
    </message>
    <message>
        <source>Compare every record.</source>
        <translation>Comparar todos os registros.</translation>
    </message>
    <message>
        <source>Write nothing; show what would change.</source>
        <translation>Não gravar nada; mostrar o que mudaria.</translation>
    </message>
    <message>
        <source>sync takes one CONNECTION (see &quot;leadbench-cli connections list&quot;)</source>
        <translation>sync recebe uma CONNECTION (veja &quot;leadbench-cli connections list&quot;)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. What a sync would do:</source>
        <translation>Simulação: nada foi gravado. O que uma sincronização faria:</translation>
    </message>
    <message>
        <source>here</source>
        <translation>aqui</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>%1 %2: &quot;%3&quot; -&gt; &quot;%4&quot;</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more change(s).</source>
        <translation>
            <numerusform>... e mais %n alteração.</numerusform>
            <numerusform>... e mais %n alterações.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused by %1 (they stay queued; fix them and sync again):</source>
        <translation>Recusados por %1 (continuam na fila; corrija-os e sincronize de novo):</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: &quot;leadbench-cli conflicts list&quot;.</source>
        <translation>
            <numerusform>%n conflito aguarda sua escolha: &quot;leadbench-cli conflicts list&quot;.</numerusform>
            <numerusform>%n conflitos aguardam sua escolha: &quot;leadbench-cli conflicts list&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts needs list, resolve or resolve-all</source>
        <translation>conflicts precisa de list, resolve ou resolve-all</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Nenhum conflito.</translation>
    </message>
    <message>
        <source>deleted in the CRM, changed here</source>
        <translation>excluído no CRM, alterado aqui</translation>
    </message>
    <message>
        <source>%1: here &quot;%2&quot;, in the CRM &quot;%3&quot;</source>
        <translation>%1: aqui &quot;%2&quot;, no CRM &quot;%3&quot;</translation>
    </message>
    <message>
        <source>conflicts resolve takes ID local|remote</source>
        <translation>conflicts resolve recebe ID local|remote</translation>
    </message>
    <message>
        <source>Settled; the next sync sends or keeps it.</source>
        <translation>Resolvido; a próxima sincronização o envia ou mantém.</translation>
    </message>
    <message>
        <source>conflicts resolve-all takes CONNECTION local|remote</source>
        <translation>conflicts resolve-all recebe CONNECTION local|remote</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled.</source>
        <translation>
            <numerusform>%n conflito resolvido.</numerusform>
            <numerusform>%n conflitos resolvidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conflicts command &quot;%1&quot;</source>
        <translation>comando de conflicts desconhecido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>A conexão #%1 não existe mais.</translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation>Sincronizado de %1</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): nothing is written.</source>
        <translation>Simulação de %1 (%2): nada é gravado.</translation>
    </message>
    <message>
        <source>Full sync of %1 (%2).</source>
        <translation>Sincronização completa de %1 (%2).</translation>
    </message>
    <message>
        <source>Sync of %1 (%2).</source>
        <translation>Sincronização de %1 (%2).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>%1 pulled, %2 pushed, %3 failed, %4 new conflicts; %5 requests.</source>
        <translation>%1 recebidos, %2 enviados, %3 com falha, %4 novos conflitos; %5 solicitações.</translation>
    </message>
    <message>
        <source>Pulling %1… %2</source>
        <translation>Recebendo %1… %2</translation>
    </message>
    <message>
        <source>%1 linked to the CRM&apos;s record %2 (same e-mail).</source>
        <translation>%1 vinculado ao registro %2 do CRM (mesmo e-mail).</translation>
    </message>
    <message>
        <source>%1: changed here and in the CRM (%2); waiting for your choice.</source>
        <translation>%1: alterado aqui e no CRM (%2); aguardando sua escolha.</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>alterado aqui</translation>
    </message>
    <message>
        <source>deleted in the CRM</source>
        <translation>excluído no CRM</translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM but changed here; waiting for your choice.</source>
        <translation>%1 foi excluído no CRM, mas alterado aqui; aguardando sua escolha.</translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM: deleted here too.</source>
        <translation>%1 foi excluído no CRM: excluído aqui também.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 no longer exists in the CRM; it is created again.</source>
        <translation>%1 não existe mais no CRM; ele será criado novamente.</translation>
    </message>
    <message>
        <source>the CRM already has it as record %1, which is linked to %2: merge the two here</source>
        <translation>o CRM já o tem como registro %1, vinculado a %2: mescle os dois aqui</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists in the CRM (record %2, %3): linked and merged.</source>
        <translation>%1 já existe no CRM (registro %2, %3): vinculado e mesclado.</translation>
    </message>
    <message>
        <source>%1 was refused by the CRM: %2</source>
        <translation>%1 foi recusado pelo CRM: %2</translation>
    </message>
    <message>
        <source>the CRM did not answer for this record</source>
        <translation>o CRM não respondeu para este registro</translation>
    </message>
    <message>
        <source>Pushing %1… %L2 of %L3</source>
        <translation>Enviando %1… %L2 de %L3</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>succeeded</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>done, but the CRM refused some records</source>
        <translation>concluída, mas o CRM recusou alguns registros</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nunca executada</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>CRM connections</source>
        <translation>Conexões de CRM</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Field &amp;Mapping…</source>
        <translation>&amp;Mapeamento de campos…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>&amp;Full (compare every record)</source>
        <translation>&amp;Completa (comparar todos os registros)</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Sincronização completa</translation>
    </message>
    <message>
        <source>&amp;Dry Run…</source>
        <translation>Si&amp;mulação…</translation>
    </message>
    <message>
        <source>Shows what a sync would change, field by field, without writing anything.</source>
        <translation>Mostra o que uma sincronização mudaria, campo a campo, sem gravar nada.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflitos…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Log of the last run:</source>
        <translation>Log da última execução:</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Log de sincronização</translation>
    </message>
    <message>
        <source>Connect Leadbench to HubSpot or Salesforce to share leads and deals with your team: &quot;Add…&quot; a connection, then &quot;Sync Now&quot;. Leadbench keeps working offline and sends your changes when you sync.</source>
        <translation>Conecte o Leadbench ao HubSpot ou ao Salesforce para compartilhar leads e negócios com sua equipe: &quot;Adicionar…&quot; uma conexão e depois &quot;Sincronizar agora&quot;. O Leadbench continua funcionando offline e envia suas alterações quando você sincroniza.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (plug-in &quot;%2&quot; missing)</source>
        <translation>%1 (plug-in &quot;%2&quot; ausente)</translation>
    </message>
    <message>
        <source>Last sync %1 %2: %3</source>
        <translation>Última sincronização %1 %2: %3</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Ainda não sincronizado.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Alterações aguardando envio: %1.</translation>
    </message>
    <message>
        <source>No changes waiting to be sent.</source>
        <translation>Nenhuma alteração aguardando envio.</translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation>Conflitos (%1)…</translation>
    </message>
    <message>
        <source>Connection added. Test it, then Sync Now.</source>
        <translation>Conexão adicionada. Teste-a e depois use Sincronizar agora.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Remover conexão</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its secrets from the keychain? The leads stay here and in the CRM; they are simply no longer synced.</source>
        <translation>Remover a conexão &quot;%1&quot; e seus segredos do chaveiro? Os leads permanecem aqui e no CRM; apenas deixam de ser sincronizados.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>A conexão funciona.</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Simulação</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Cancelling after the request in flight…</source>
        <translation>Cancelando após a solicitação em andamento…</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erro: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
    <message>
        <source>Sync %1: %2</source>
        <translation>Sincronização de %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>There is no connection named &quot;%1&quot; (this workspace has none yet).</source>
        <translation>Não existe conexão chamada &quot;%1&quot; (este espaço de trabalho ainda não tem nenhuma).</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot; (connections: %2).</source>
        <translation>Não existe conexão chamada &quot;%1&quot; (conexões: %2).</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Uma conexão precisa de um nome.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Já existe uma conexão chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A field mapping needs a Leadbench field and a CRM field.</source>
        <translation>Um mapeamento de campo precisa de um campo do Leadbench e de um campo do CRM.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped twice.</source>
        <translation>O campo &quot;%1&quot; está mapeado duas vezes.</translation>
    </message>
    <message>
        <source>The CRM field &quot;%1&quot; is mapped twice.</source>
        <translation>O campo do CRM &quot;%1&quot; está mapeado duas vezes.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Editar tarefa</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sem lembrete</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>No horário do prazo</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 dia antes</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Lembrete:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>P&amp;ara:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>The task needs a title (what to do).</source>
        <translation>A tarefa precisa de um título (o que fazer).</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Uma tarefa precisa de um título.</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>Uma tarefa precisa de um prazo.</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>O lead #%1 não existe.</translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Pendência</translation>
    </message>
</context>
<context>
    <name>Temperature</name>
    <message>
        <source>Hot</source>
        <translation>Quente</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Morno</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frio</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automaticamente</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian)</source>
        <translation>Unicode (UTF-16, little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode (UTF-16, big-endian)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europa Ocidental (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Europa Ocidental (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Grego (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>TradeShow</name>
    <message>
        <source>The cost of an event cannot be negative.</source>
        <translation>O custo de um evento não pode ser negativo.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>O evento termina antes de começar.</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; exists already.</source>
        <translation>Já existe uma campanha chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type at least a name, an e-mail address or a company.</source>
        <translation>Digite pelo menos um nome, um endereço de e-mail ou uma empresa.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Consent needs the wording the person agreed to.</source>
        <translation>O consentimento precisa do texto com o qual a pessoa concordou.</translation>
    </message>
    <message>
        <source>There is no event #%1.</source>
        <translation>Não existe o evento #%1.</translation>
    </message>
    <message>
        <source>Trade show: %1</source>
        <translation>Feira: %1</translation>
    </message>
    <message>
        <source>Captured at %1</source>
        <translation>Capturado em %1</translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation>Interesse: %1</translation>
    </message>
    <message>
        <source>product: %1</source>
        <translation>produto: %1</translation>
    </message>
    <message>
        <source>Met at %1</source>
        <translation>Conheceu em %1</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mesmo telefone</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>mesmo nome e empresa</translation>
    </message>
    <message>
        <source>similar name, same company</source>
        <translation>nome parecido, mesma empresa</translation>
    </message>
    <message>
        <source>Choose at least one rep.</source>
        <translation>Escolha pelo menos um vendedor.</translation>
    </message>
    <message>
        <source>I agree that my details are used to contact me about this event&apos;s products and offers. I can unsubscribe at any time.</source>
        <translation>Concordo que meus dados sejam usados para me contatar sobre os produtos e ofertas deste evento. Posso cancelar a inscrição a qualquer momento.</translation>
    </message>
</context>
<context>
    <name>TradeShowPage</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Novo evento…</translation>
    </message>
    <message>
        <source>Start capture mode</source>
        <translation>Iniciar modo de captura</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>Consent wording shown at capture and stored with each lead</source>
        <translation>Texto de consentimento exibido na captura e armazenado com cada lead</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Texto de consentimento</translation>
    </message>
    <message>
        <source>After the event</source>
        <translation>Após o evento</translation>
    </message>
    <message>
        <source>Leads captured at this event</source>
        <translation>Leads capturados neste evento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturado</translation>
    </message>
    <message>
        <source>Assign unowned leads to reps in turn…</source>
        <translation>Atribuir leads sem responsável a vendedores em rodízio…</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Feira</translation>
    </message>
    <message>
        <source>No event yet: create one to start capturing leads.</source>
        <translation>Nenhum evento ainda: crie um para começar a capturar leads.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 · cost %2</source>
        <translation>%1 · custo %2</translation>
    </message>
    <message>
        <source>The consent wording cannot be empty: it is what people agree to.</source>
        <translation>O texto de consentimento não pode ficar vazio: é com ele que as pessoas concordam.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nome do evento</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Stand, travel, staff, material: what the event costs in all</source>
        <translation>Estande, viagem, equipe, material: o custo total do evento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Custo:</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>O evento precisa de um nome.</translation>
    </message>
    <message>
        <source>Assign to reps</source>
        <translation>Atribuir a vendedores</translation>
    </message>
    <message>
        <source>The event&apos;s leads without an owner go to these reps in turn, hot leads first:</source>
        <translation>Os leads do evento sem responsável vão para estes vendedores em rodízio, leads quentes primeiro:</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation>
            <numerusform>%n lead atribuído.</numerusform>
            <numerusform>%n leads atribuídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol the event&apos;s leads in a follow-up sequence…</source>
        <translation>Inscrever os leads do evento em uma sequência de acompanhamento…</translation>
    </message>
    <message>
        <source>Enrol in a follow-up sequence</source>
        <translation>Inscrever em uma sequência de acompanhamento</translation>
    </message>
    <message>
        <source>Nobody was captured at this event yet.</source>
        <translation>Ninguém foi capturado neste evento ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) captured (%1 new, %2 already known) · hot %3, warm %4, cold %5 · %6 with consent · cost per lead %7 · %8 without an owner</source>
        <translation>
            <numerusform>%Ln lead capturado (%1 novos, %2 já conhecidos) · quentes %3, mornos %4, frios %5 · %6 com consentimento · custo por lead %7 · %8 sem responsável</numerusform>
            <numerusform>%Ln leads capturados (%1 novos, %2 já conhecidos) · quentes %3, mornos %4, frios %5 · %6 com consentimento · custo por lead %7 · %8 sem responsável</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>the card has no END:VCARD before the next card</source>
        <translation>o cartão não tem END:VCARD antes do próximo cartão</translation>
    </message>
    <message>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>o cartão não tem END:VCARD (o arquivo termina dentro dele)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>it looks like a JPEG image</source>
        <translation>parece ser uma imagem JPEG</translation>
    </message>
    <message>
        <source>it looks like a PNG image</source>
        <translation>parece ser uma imagem PNG</translation>
    </message>
    <message>
        <source>it looks like a PDF document</source>
        <translation>parece ser um documento PDF</translation>
    </message>
    <message>
        <source>it looks like a ZIP archive or an office document</source>
        <translation>parece ser um arquivo ZIP ou um documento de escritório</translation>
    </message>
    <message>
        <source>it looks like a GIF image</source>
        <translation>parece ser uma imagem GIF</translation>
    </message>
    <message>
        <source>it looks like a text file</source>
        <translation>parece ser um arquivo de texto</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>não é um banco de dados SQLite</translation>
    </message>
    <message>
        <source>%1 has changes in its journal (%1-wal) that cannot be read because the folder is read-only. Open it where the folder is writable.</source>
        <translation>%1 tem alterações no diário (%1-wal) que não podem ser lidas porque a pasta é somente leitura. Abra-o onde a pasta permita gravação.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). The file was not changed; restore it from a backup.</source>
        <translation>%1 está danificado e não pode ser lido (%2). O arquivo não foi alterado; restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 é uma pasta, não um arquivo de espaço de trabalho.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Leadbench workspace: %2. The file was not changed.</source>
        <translation>%1 não é um espaço de trabalho do Leadbench: %2. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Leadbench workspace. The file was not changed.</source>
        <translation>%1 é um banco de dados SQLite de outro aplicativo, não um espaço de trabalho do Leadbench. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Leadbench (workspace format %2; this version reads formats up to %3). Update Leadbench to open it. The file was not changed.</source>
        <translation>%1 foi salvo por uma versão mais nova do Leadbench (formato do espaço de trabalho %2; esta versão lê formatos até %3). Atualize o Leadbench para abri-lo. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed; restore it from a backup.</source>
        <translation>%1 está danificado: a verificação de integridade encontrou %2. O arquivo não foi alterado; restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is in an older format and must be upgraded, which read-only access does not allow.</source>
        <translation>%1 está em um formato mais antigo e precisa ser atualizado, o que o acesso somente leitura não permite.</translation>
    </message>
    <message>
        <source>%1 is not a workspace yet and cannot be created read-only.</source>
        <translation>%1 ainda não é um espaço de trabalho e não pode ser criado em somente leitura.</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>aberto em somente leitura</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>O arquivo é somente leitura.</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>o arquivo ou a pasta dele é somente leitura</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed.</source>
        <translation>%1 está danificado: a verificação de integridade encontrou %2. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>A workspace cannot be restored from itself.</source>
        <translation>Um espaço de trabalho não pode ser restaurado a partir de si mesmo.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a backup.</source>
        <translation>%1 é um arquivo vazio, não um backup.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>Não é possível guardar uma cópia de %1 antes de restaurar; nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the restored copy is at %2.</source>
        <translation>Não é possível substituir %1; a cópia restaurada está em %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Espaços de trabalho do Leadbench (*.leadbench);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaços de trabalho</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Espaços de trabalho recentes:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaços de trabalho recentes</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>%1 MB, changed %2</source>
        <translation>%1 MB, alterado em %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Abrir &amp;arquivo…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>&amp;Default workspace</source>
        <translation>Espaço de trabalho &amp;padrão</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Remover da lista</translation>
    </message>
    <message>
        <source>Removes the entry from this list; the file stays where it is.</source>
        <translation>Remove o item desta lista; o arquivo fica onde está.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espaço de trabalho</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>/leads.leadbench</source>
        <translation>/leads.leadbench</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadbench: an offline-first sales and marketing workbench.</source>
        <translation>Leadbench: uma bancada de trabalho offline para vendas e marketing.</translation>
    </message>
    <message>
        <source>Open the workspace at PATH (created if missing) instead of the last one used.</source>
        <translation>Abrir o espaço de trabalho em PATH (criado se não existir) em vez do último usado.</translation>
    </message>
    <message>
        <source>Read and write settings in FILE.</source>
        <translation>Ler e gravar as configurações em FILE.</translation>
    </message>
</context>
</TS>
