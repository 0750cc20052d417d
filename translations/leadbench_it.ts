<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Registra una chiamata</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Registra un&apos;e-mail</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Registra una riunione</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Aggiungi una nota</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Esito della chiamata</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Lasciato un messaggio in segreteria</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Numero errato</translation>
    </message>
    <message>
        <source>Asked to call back later</source>
        <translation>Ha chiesto di essere richiamato</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
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
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Subject and summary</source>
        <translation>Oggetto e riepilogo</translation>
    </message>
    <message>
        <source>What to remember about this lead</source>
        <translation>Cosa ricordare di questo lead</translation>
    </message>
    <message>
        <source>What was said, what comes next</source>
        <translation>Cosa è stato detto, quali sono i prossimi passi</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Dettagli:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota è vuota.</translation>
    </message>
    <message>
        <source>The time is in the future: log what happened, and plan what comes next as a task.</source>
        <translation>L&apos;orario è nel futuro: registra ciò che è successo e pianifica i passi successivi come task.</translation>
    </message>
</context>
<context>
    <name>ActivityType</name>
    <message>
        <source>Subscribed to the e-mail list</source>
        <translation>Iscritto alla mailing list</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>E-mail inviata</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>E-mail aperta</translation>
    </message>
    <message>
        <source>E-mail link clicked</source>
        <translation>Link nell&apos;e-mail cliccato</translation>
    </message>
    <message>
        <source>E-mail replied</source>
        <translation>Risposta all&apos;e-mail</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>E-mail rimbalzata</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Visita alla pagina</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Modulo inviato</translation>
    </message>
    <message>
        <source>Content downloaded</source>
        <translation>Contenuto scaricato</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Webinar seguito</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Riunione prenotata</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Riunione annullata</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Free trial started</source>
        <translation>Prova gratuita avviata</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Iscrizione annullata</translation>
    </message>
    <message>
        <source>Met at an event</source>
        <translation>Incontrato a un evento</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>Impossibile eseguire il backup in %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Backup in %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossibile creare la cartella di backup %1.</translation>
    </message>
</context>
<context>
    <name>BantDialog</name>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Soddisfatto</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non soddisfatto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Qualify %1 (BANT)</source>
        <translation>Qualifica %1 (BANT)</translation>
    </message>
    <message>
        <source>&amp;Budget: can they afford it?</source>
        <translation>&amp;Budget: possono permetterselo?</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Importo del budget</translation>
    </message>
    <message>
        <source>amount not known</source>
        <translation>importo non noto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importo:</translation>
    </message>
    <message>
        <source>&amp;Authority: can this person decide?</source>
        <translation>&amp;Autorità: questa persona può decidere?</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decisore</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Decision maker&apos;s name</source>
        <translation>Nome del decisore</translation>
    </message>
    <message>
        <source>who decides, when it is someone else</source>
        <translation>chi decide, se è un&apos;altra persona</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>Decision maker:</source>
        <translation>Decisore:</translation>
    </message>
    <message>
        <source>&amp;Need: do they really need it?</source>
        <translation>&amp;Necessità: ne hanno davvero bisogno?</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>the problem they want solved</source>
        <translation>il problema che vogliono risolvere</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorità:</translation>
    </message>
    <message>
        <source>&amp;Timing: when will they buy?</source>
        <translation>&amp;Tempistica: quando acquisteranno?</translation>
    </message>
    <message>
        <source>Expected purchase</source>
        <translation>Acquisto previsto</translation>
    </message>
    <message>
        <source>a date or a quarter, e.g. Q2 2027</source>
        <translation>una data o un trimestre, ad es. Q2 2027</translation>
    </message>
    <message>
        <source>Delivery need</source>
        <translation>Esigenza di consegna</translation>
    </message>
    <message>
        <source>Purchase by:</source>
        <translation>Acquisto entro:</translation>
    </message>
    <message>
        <source>Delivery needed:</source>
        <translation>Consegna richiesta:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Rule for SQL: %1</source>
        <translation>Regola per SQL: %1</translation>
    </message>
    <message>
        <source>Create a deal</source>
        <translation>Crea una trattativa</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titolo della trattativa</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Importo della trattativa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Accepting moves the lead to SQL.</source>
        <translation>Accettando, il lead passa a SQL.</translation>
    </message>
    <message>
        <source>Accepting moves the lead to Nurturing.</source>
        <translation>Accettando, il lead passa a Nurturing.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Reason for nurturing:</source>
        <translation>Motivo del nurturing:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>required: why not now, e.g. budget frozen until next year</source>
        <translation>obbligatorio: perché non ora, ad es. budget bloccato fino al prossimo anno</translation>
    </message>
    <message>
        <source>Move to SQL</source>
        <translation>Passa a SQL</translation>
    </message>
    <message>
        <source>Move to Nurturing</source>
        <translation>Passa a Nurturing</translation>
    </message>
    <message>
        <source>Give the reason for nurturing: it goes into the stage history and the follow-up.</source>
        <translation>Indica il motivo del nurturing: viene salvato nella cronologia delle fasi e nel follow-up.</translation>
    </message>
</context>
<context>
    <name>BantRule</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necessità</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempistica</translation>
    </message>
    <message>
        <source>Sales qualified: %1 of 4 met (%2).</source>
        <translation>Qualificato per le vendite: %1 criteri su 4 soddisfatti (%2).</translation>
    </message>
    <message>
        <source>Not qualified: %1 is required and not met.</source>
        <translation>Non qualificato: %1 è obbligatorio e non è soddisfatto.</translation>
    </message>
    <message>
        <source>Not qualified: %1 of 4 met, %2 needed (missing: %3).</source>
        <translation>Non qualificato: %1 criteri su 4 soddisfatti, ne servono %2 (mancanti: %3).</translation>
    </message>
    <message>
        <source>all four criteria met</source>
        <translation>tutti e quattro i criteri soddisfatti</translation>
    </message>
    <message>
        <source>%1 of the four criteria met</source>
        <translation>%1 dei quattro criteri soddisfatti</translation>
    </message>
    <message>
        <source>%1 of the four criteria met, including %2</source>
        <translation>%1 dei quattro criteri soddisfatti, incluso %2</translation>
    </message>
    <message>
        <source>The number of criteria to meet is from 1 to 4.</source>
        <translation>Il numero di criteri da soddisfare va da 1 a 4.</translation>
    </message>
    <message>
        <source>More criteria are required (%1) than need to be met (%2).</source>
        <translation>I criteri obbligatori (%1) sono più di quelli da soddisfare (%2).</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Una campagna deve avere un nome.</translation>
    </message>
    <message>
        <source>Campaign “%1”: the cost cannot be negative.</source>
        <translation>Campagna “%1”: il costo non può essere negativo.</translation>
    </message>
    <message>
        <source>Campaign “%1”: visitors cannot be negative.</source>
        <translation>Campagna “%1”: i visitatori non possono essere negativi.</translation>
    </message>
    <message>
        <source>Campaign “%1”: it ends (%2) before it starts (%3).</source>
        <translation>Campagna “%1”: termina (%2) prima di iniziare (%3).</translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation>Esiste già una campagna di nome “%1”.</translation>
    </message>
    <message>
        <source>There is no campaign #%1.</source>
        <translation>Non esiste la campagna #%1.</translation>
    </message>
    <message>
        <source>A cost entry needs a day.</source>
        <translation>Una voce di costo deve avere un giorno.</translation>
    </message>
    <message>
        <source>Cost entry of %1: cost, clicks and visitors cannot be negative.</source>
        <translation>Voce di costo del %1: costo, clic e visitatori non possono essere negativi.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>not set</source>
        <translation>non impostato</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
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
        <translation>Costo</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>&amp;Save Campaign</source>
        <translation>&amp;Salva campagna</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canale</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>C&amp;osto</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>&amp;Visitatori</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>Data di &amp;inizio</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>Data di &amp;fine</translation>
    </message>
    <message>
        <source>Cost entries per day</source>
        <translation>Voci di costo giornaliere</translation>
    </message>
    <message>
        <source>Cost entries</source>
        <translation>Voci di costo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Day of the entry</source>
        <translation>Giorno della voce</translation>
    </message>
    <message>
        <source>Cost of the day</source>
        <translation>Costo del giorno</translation>
    </message>
    <message>
        <source>Visitors of the day</source>
        <translation>Visitatori del giorno</translation>
    </message>
    <message>
        <source>Add or &amp;Replace</source>
        <translation>Aggiungi o sos&amp;tituisci</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Without cost entries, the cost and visitors are spread evenly over the campaign&apos;s days.</source>
        <translation>Senza voci di costo, costo e visitatori sono ripartiti in modo uniforme sui giorni della campagna.</translation>
    </message>
    <message numerus="yes">
        <source>Cost and visitors are the sums of the %n cost entries.</source>
        <translation>
            <numerusform>Costo e visitatori sono la somma di %n voce di costo.</numerusform>
            <numerusform>Costo e visitatori sono la somma delle %n voci di costo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Campaign</source>
        <translation>Salva campagna</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <source>Name of the campaign:</source>
        <translation>Nome della campagna:</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Elimina campagna</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its cost entries? Its leads stay, without a campaign.</source>
        <translation>Eliminare la campagna “%1” e le sue voci di costo? I suoi lead restano, senza campagna.</translation>
    </message>
    <message>
        <source>Cost Entry</source>
        <translation>Voce di costo</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Capture — %1</source>
        <translation>Acquisizione — %1</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Esci (Esc)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>&amp;Hot</source>
        <translation>&amp;Caldo</translation>
    </message>
    <message>
        <source>&amp;Warm</source>
        <translation>&amp;Tiepido</translation>
    </message>
    <message>
        <source>C&amp;old</source>
        <translation>&amp;Freddo</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Interesse:</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Interesse per prodotti</translation>
    </message>
    <message>
        <source>Product interest:</source>
        <translation>Interesse per prodotti:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation>Invio salva; Maiusc+Invio va a capo</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Consent given to the wording below</source>
        <translation>Consenso dato al testo seguente</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consenso:</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>Salva e prossimo (Invio)</translation>
    </message>
    <message>
        <source>Already in the workspace?</source>
        <translation>Già nell&apos;area di lavoro?</translation>
    </message>
    <message>
        <source>Save as a new lead instead</source>
        <translation>Salva invece come nuovo lead</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibili duplicati</translation>
    </message>
    <message>
        <source>Update the selected lead instead</source>
        <translation>Aggiorna invece il lead selezionato</translation>
    </message>
    <message>
        <source>The lead being typed last time is back.</source>
        <translation>Il lead che stavi digitando l&apos;ultima volta è stato ripristinato.</translation>
    </message>
    <message>
        <source>Updated %1 (#%2).</source>
        <translation>Aggiornato %1 (#%2).</translation>
    </message>
    <message>
        <source>Saved %1 (#%2).</source>
        <translation>Salvato %1 (#%2).</translation>
    </message>
    <message>
        <source>Enter will update %1 (#%2) instead of creating a lead.</source>
        <translation>Invio aggiornerà %1 (#%2) invece di creare un lead.</translation>
    </message>
    <message>
        <source>Today: %1 · At this event: %2</source>
        <translation>Oggi: %1 · A questo evento: %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Perché: %1</translation>
    </message>
    <message>
        <source>The badge could not be read; type the details instead.</source>
        <translation>Impossibile leggere il badge: inserisci i dati a mano.</translation>
    </message>
    <message>
        <source>Badge read: check the details, choose the interest, then Enter.</source>
        <translation>Badge letto: controlla i dati, scegli l&apos;interesse, poi premi Invio.</translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>Change lifecycle stage</source>
        <translation>Cambia fase del ciclo di vita</translation>
    </message>
    <message>
        <source>%1 is now at %2.</source>
        <translation>%1 è ora in %2.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nuova fase</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Sposta in:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation>Perché, per la cronologia delle fasi (obbligatorio)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation>Indica un motivo: la cronologia delle fasi registra perché ogni lead è stato spostato.</translation>
    </message>
    <message>
        <source>SQL (through the BANT qualification)</source>
        <translation>SQL (tramite la qualifica BANT)</translation>
    </message>
</context>
<context>
    <name>CheckableComboBox</name>
    <message>
        <source>%1: any</source>
        <translation>%1: qualsiasi</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 and %n more</source>
        <translation>
            <numerusform>%1: %2 e %n altro</numerusform>
            <numerusform>%1: %2 e altri %n</numerusform>
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
        <translation>Esegui &quot;leadbench-cli --help&quot; per l&apos;elenco dei comandi.</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db richiede un percorso</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nessun comando indicato</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Number of leads.</source>
        <translation>Numero di lead.</translation>
    </message>
    <message>
        <source>Average activities per lead.</source>
        <translation>Media di attività per lead.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Seed casuale.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Output JSON.</translation>
    </message>
    <message>
        <source>demo takes no arguments, got &quot;%1&quot;</source>
        <translation>demo non accetta argomenti, ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--leads: &quot;%1&quot; is not a number of leads</source>
        <translation>--leads: &quot;%1&quot; non è un numero di lead valido</translation>
    </message>
    <message>
        <source>--activities-per-lead: &quot;%1&quot; is not a number from 0 to 50</source>
        <translation>--activities-per-lead: &quot;%1&quot; non è un numero da 0 a 50</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a number</source>
        <translation>--seed: &quot;%1&quot; non è un numero</translation>
    </message>
    <message>
        <source>Added %1 leads, %2 activities and %3 deals to %4 in %5 s.</source>
        <translation>Aggiunti %1 lead, %2 attività e %3 trattative a %4 in %5 s.</translation>
    </message>
    <message>
        <source>leads needs a subcommand: list or show</source>
        <translation>leads richiede un sottocomando: list o show</translation>
    </message>
    <message>
        <source>unknown leads subcommand &quot;%1&quot; (list, show)</source>
        <translation>sottocomando di leads sconosciuto &quot;%1&quot; (list, show)</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Testo da cercare.</translation>
    </message>
    <message>
        <source>Stages, comma-separated.</source>
        <translation>Fasi, separate da virgole.</translation>
    </message>
    <message>
        <source>Owner name, or &quot;none&quot;.</source>
        <translation>Nome del proprietario, o &quot;none&quot;.</translation>
    </message>
    <message>
        <source>Source key.</source>
        <translation>Chiave della fonte.</translation>
    </message>
    <message>
        <source>Country.</source>
        <translation>Paese.</translation>
    </message>
    <message>
        <source>hot, warm or cold.</source>
        <translation>hot, warm o cold.</translation>
    </message>
    <message>
        <source>A saved segment.</source>
        <translation>Un segmento salvato.</translation>
    </message>
    <message>
        <source>Sort column.</source>
        <translation>Colonna di ordinamento.</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Ordine decrescente.</translation>
    </message>
    <message>
        <source>Ascending order.</source>
        <translation>Ordine crescente.</translation>
    </message>
    <message>
        <source>At most N leads.</source>
        <translation>Al massimo N lead.</translation>
    </message>
    <message>
        <source>Skip the first N leads.</source>
        <translation>Salta i primi N lead.</translation>
    </message>
    <message>
        <source>leads list takes no arguments, got &quot;%1&quot;</source>
        <translation>leads list non accetta argomenti, ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number from 0 to 1000000</source>
        <translation>--limit: &quot;%1&quot; non è un numero da 0 a 1000000</translation>
    </message>
    <message>
        <source>--offset: &quot;%1&quot; is not a positive number</source>
        <translation>--offset: &quot;%1&quot; non è un numero positivo</translation>
    </message>
    <message>
        <source>leadbench-cli: no segment named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli: nessun segmento di nome &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>--stage: unknown stage &quot;%1&quot;</source>
        <translation>--stage: fase sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: no rep named &quot;%1&quot;</source>
        <translation>leadbench-cli: nessun commerciale di nome &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not hot, warm or cold</source>
        <translation>--temperature: &quot;%1&quot; non è hot, warm o cold</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;</source>
        <translation>--sort: colonna sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leads show needs one lead id</source>
        <translation>leads show richiede un ID lead</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead id</source>
        <translation>&quot;%1&quot; non è un ID lead</translation>
    </message>
    <message>
        <source>leadbench-cli: there is no lead %1 in %2</source>
        <translation>leadbench-cli: non esiste il lead %1 in %2</translation>
    </message>
    <message>
        <source>segments needs the subcommand list</source>
        <translation>segments richiede il sottocomando list</translation>
    </message>
    <message>
        <source>backup needs one output file: leadbench-cli backup OUT</source>
        <translation>backup richiede un file di output: leadbench-cli backup OUT</translation>
    </message>
    <message>
        <source>backup: %1 is a folder; give a file name</source>
        <translation>backup: %1 è una cartella; indica un nome di file</translation>
    </message>
    <message>
        <source>backup: the output is the workspace itself</source>
        <translation>backup: l&apos;output è l&apos;area di lavoro stessa</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB) in %4 s.</source>
        <translation>Backup di %1 eseguito in %2 (%3 MB) in %4 s.</translation>
    </message>
    <message>
        <source>restore needs one backup file: leadbench-cli restore IN</source>
        <translation>restore richiede un file di backup: leadbench-cli restore IN</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 ripristinato da %2.</translation>
    </message>
    <message>
        <source>The workspace as it was is kept in %1.</source>
        <translation>L&apos;area di lavoro precedente è conservata in %1.</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check non accetta argomenti</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist.</source>
        <translation>leadbench-cli: %1 non esiste.</translation>
    </message>
    <message>
        <source>%1: ok (workspace format %2%3)</source>
        <translation>%1: ok (formato area di lavoro %2%3)</translation>
    </message>
    <message>
        <source>, will be upgraded to %1 when opened</source>
        <translation>, verrà aggiornato a %1 all&apos;apertura</translation>
    </message>
    <message>
        <source>events needs a subcommand: list or summary NAME</source>
        <translation>events richiede un sottocomando: list o summary NAME</translation>
    </message>
    <message>
        <source>events summary needs the event&apos;s name</source>
        <translation>events summary richiede il nome dell&apos;evento</translation>
    </message>
    <message>
        <source>leadbench-cli: no event named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli: nessun evento di nome &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>The rep.</source>
        <translation>Il commerciale.</translation>
    </message>
    <message>
        <source>At most N items.</source>
        <translation>Al massimo N elementi.</translation>
    </message>
    <message>
        <source>queue needs --rep NAME</source>
        <translation>queue richiede --rep NAME</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: &quot;%1&quot; non è un numero positivo</translation>
    </message>
    <message>
        <source>The lead to route.</source>
        <translation>Il lead da assegnare.</translation>
    </message>
    <message>
        <source>Every MQL without an owner.</source>
        <translation>Ogni MQL senza proprietario.</translation>
    </message>
    <message>
        <source>route needs --lead ID or --unassigned-mqls</source>
        <translation>route richiede --lead ID o --unassigned-mqls</translation>
    </message>
    <message>
        <source>--lead: &quot;%1&quot; is not a lead id</source>
        <translation>--lead: &quot;%1&quot; non è un ID lead</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Explain the score of lead ID.</source>
        <translation>Spiega il punteggio del lead ID.</translation>
    </message>
    <message>
        <source>Re-score every lead.</source>
        <translation>Ricalcola il punteggio di ogni lead.</translation>
    </message>
    <message>
        <source>Threshold advisor and attribute lift.</source>
        <translation>Consulente della soglia e lift degli attributi.</translation>
    </message>
    <message>
        <source>Show the rule set.</source>
        <translation>Mostra il set di regole.</translation>
    </message>
    <message>
        <source>Replace the rule set with a JSON file.</source>
        <translation>Sostituisci il set di regole con un file JSON.</translation>
    </message>
    <message>
        <source>The time decay is relative to.</source>
        <translation>Il momento di riferimento del decadimento temporale.</translation>
    </message>
    <message>
        <source>score takes no arguments, got &quot;%1&quot;</source>
        <translation>score non accetta argomenti, ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>score needs exactly one of --explain ID, --all, --advise, --rules, --set-rules FILE</source>
        <translation>score richiede esattamente uno tra --explain ID, --all, --advise, --rules, --set-rules FILE</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO date and time (e.g. 2026-03-01T12:00:00Z)</source>
        <translation>--now: &quot;%1&quot; non è una data e ora ISO (ad es. 2026-03-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>--explain: &quot;%1&quot; is not a lead id</source>
        <translation>--explain: &quot;%1&quot; non è un ID lead</translation>
    </message>
    <message>
        <source>%1 (#%2): score %3 (%4), stage %5, MQL threshold %6</source>
        <translation>%1 (#%2): punteggio %3 (%4), fase %5, soglia MQL %6</translation>
    </message>
    <message>
        <source>The stored score is %1 (from the last re-score; time has moved on since).</source>
        <translation>Il punteggio memorizzato è %1 (dall&apos;ultimo ricalcolo; da allora il tempo è passato).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1	total</source>
        <translation>%1	totale</translation>
    </message>
    <message>
        <source>%1 leads, %2 with a known outcome: %3 customers, %4 lost.</source>
        <translation>%1 lead, %2 con esito noto: %3 clienti, %4 persi.</translation>
    </message>
    <message>
        <source>threshold	customers above	leads to sales	precision</source>
        <translation>soglia	clienti sopra	lead alle vendite	precisione</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (attuale)</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (suggerita)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>lift %1</source>
        <translation>lift %1</translation>
    </message>
    <message>
        <source>MQL threshold %1; warm from %2, hot from %3</source>
        <translation>Soglia MQL %1; tiepido da %2, caldo da %3</translation>
    </message>
    <message>
        <source>, at most %1</source>
        <translation>, al massimo %1</translation>
    </message>
    <message>
        <source>, half-life %1 days</source>
        <translation>, emivita %1 giorni</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (disattivato)</translation>
    </message>
    <message>
        <source>Re-scored %1 leads in %2 s: %3 scores changed, %4 leads became MQL.</source>
        <translation>Ricalcolato il punteggio di %1 lead in %2 s: %3 punteggi cambiati, %4 lead sono diventati MQL.</translation>
    </message>
    <message>
        <source>leadbench-cli: cannot read %1: %2</source>
        <translation>leadbench-cli: impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>leadbench-cli: %1: not a JSON object (%2 at byte %3)</source>
        <translation>leadbench-cli: %1: non è un oggetto JSON (%2 al byte %3)</translation>
    </message>
    <message>
        <source>leadbench-cli: %1: %2 Nothing was changed.</source>
        <translation>leadbench-cli: %1: %2 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Re-scored from the command line</source>
        <translation>Punteggio ricalcolato dalla riga di comando</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>Cosa contiene il file.</translation>
    </message>
    <message>
        <source>skip, fill or overwrite.</source>
        <translation>skip, fill o overwrite.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding.</source>
        <translation>Codifica del file.</translation>
    </message>
    <message>
        <source>The field delimiter.</source>
        <translation>Delimitatore dei campi.</translation>
    </message>
    <message>
        <source>A saved column mapping.</source>
        <translation>Una mappatura di colonne salvata.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD, repeatable.</source>
        <translation>COLUMN=FIELD, ripetibile.</translation>
    </message>
    <message>
        <source>Save the mapping used under a name.</source>
        <translation>Salva con un nome la mappatura usata.</translation>
    </message>
    <message>
        <source>Type of activities without one.</source>
        <translation>Tipo delle attività che non ne hanno uno.</translation>
    </message>
    <message>
        <source>Where to write the rejected rows.</source>
        <translation>Dove scrivere le righe rifiutate.</translation>
    </message>
    <message>
        <source>Rows per transaction.</source>
        <translation>Righe per transazione.</translation>
    </message>
    <message>
        <source>Start over instead of resuming an interrupted import.</source>
        <translation>Ricomincia da capo invece di riprendere un&apos;importazione interrotta.</translation>
    </message>
    <message>
        <source>Write a JSON report.</source>
        <translation>Scrivi un report JSON.</translation>
    </message>
    <message>
        <source>import needs one file: leadbench-cli import FILE</source>
        <translation>import richiede un file: leadbench-cli import FILE</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not leads, activities, campaigns or deals</source>
        <translation>--kind: &quot;%1&quot; non è leads, activities, campaigns o deals</translation>
    </message>
    <message>
        <source>--on-duplicate: &quot;%1&quot; is not skip, fill or overwrite</source>
        <translation>--on-duplicate: &quot;%1&quot; non è skip, fill o overwrite</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of auto, utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, windows-1253</source>
        <translation>--encoding: &quot;%1&quot; non è uno tra auto, utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, windows-1253</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one ASCII character (or comma, semicolon, tab)</source>
        <translation>--delimiter: &quot;%1&quot; non è un singolo carattere ASCII (o comma, semicolon, tab)</translation>
    </message>
    <message>
        <source>--batch: &quot;%1&quot; is not a number from 1 to 1000000</source>
        <translation>--batch: &quot;%1&quot; non è un numero da 1 a 1000000</translation>
    </message>
    <message>
        <source>--activity-type: unknown type &quot;%1&quot;</source>
        <translation>--activity-type: tipo sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist or is not a file.</source>
        <translation>leadbench-cli: %1 non esiste o non è un file.</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 is read-only: %2</source>
        <translation>leadbench-cli: %1 è di sola lettura: %2</translation>
    </message>
    <message>
        <source>leadbench-cli: no saved mapping named &quot;%1&quot; for %2 (saved: %3)</source>
        <translation>leadbench-cli: nessuna mappatura salvata di nome &quot;%1&quot; per %2 (salvate: %3)</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (columns: %2)</source>
        <translation>--map: il file non ha la colonna &quot;%1&quot; (colonne: %2)</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field (fields: %2)</source>
        <translation>--map: &quot;%1&quot; non è un campo (campi: %2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importato da %1</translation>
    </message>
    <message>
        <source>leadbench-cli: cannot write the report %1: %2</source>
        <translation>leadbench-cli: impossibile scrivere il report %1: %2</translation>
    </message>
    <message>
        <source>Resumed import #%1 at line %2.</source>
        <translation>Importazione #%1 ripresa alla riga %2.</translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason: %1</source>
        <translation>Righe rifiutate, con riga e motivo: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Undo it with: leadbench-cli --db %1 imports undo %2</source>
        <translation>Per annullarla: leadbench-cli --db %1 imports undo %2</translation>
    </message>
    <message>
        <source>Kind of the mappings.</source>
        <translation>Tipo delle mappature.</translation>
    </message>
    <message>
        <source>%1 read, %2 created, %3 merged, %4 rejected</source>
        <translation>%1 lette, %2 create, %3 unite, %4 rifiutate</translation>
    </message>
    <message>
        <source>imports undo needs an import id (see leadbench-cli imports list)</source>
        <translation>imports undo richiede un ID importazione (vedi leadbench-cli imports list)</translation>
    </message>
    <message>
        <source>Undid import #%1: %2 rows removed, %3 rows given back their values.</source>
        <translation>Importazione #%1 annullata: %2 righe rimosse, %3 righe riportate ai valori precedenti.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the removed leads had been edited after the import.</source>
        <translation>
            <numerusform>%n dei lead rimossi era stato modificato dopo l&apos;importazione.</numerusform>
            <numerusform>%n dei lead rimossi erano stati modificati dopo l&apos;importazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown imports subcommand &quot;%1&quot; (list, undo, mappings)</source>
        <translation>sottocomando di imports sconosciuto &quot;%1&quot; (list, undo, mappings)</translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation>csv o vcard.</translation>
    </message>
    <message>
        <source>Lead ids, comma-separated.</source>
        <translation>ID dei lead, separati da virgole.</translation>
    </message>
    <message>
        <source>Start the CSV with a byte-order mark (Excel).</source>
        <translation>Inizia il CSV con un byte-order mark (Excel).</translation>
    </message>
    <message>
        <source>CSV delimiter.</source>
        <translation>Delimitatore CSV.</translation>
    </message>
    <message>
        <source>Keep cells starting with = + - @ as they are.</source>
        <translation>Lascia invariate le celle che iniziano con = + - @.</translation>
    </message>
    <message>
        <source>export needs one output file: leadbench-cli export FILE</source>
        <translation>export richiede un file di output: leadbench-cli export FILE</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or vcard</source>
        <translation>--format: &quot;%1&quot; non è csv o vcard</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not comma, semicolon or tab</source>
        <translation>--delimiter: &quot;%1&quot; non è comma, semicolon o tab</translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not a lead id</source>
        <translation>--ids: &quot;%1&quot; non è un ID lead</translation>
    </message>
    <message>
        <source>deals needs a subcommand: list, show, add or move</source>
        <translation>deals richiede un sottocomando: list, show, add o move</translation>
    </message>
    <message>
        <source>unknown deals subcommand &quot;%1&quot; (list, show, add, move)</source>
        <translation>sottocomando di deals sconosciuto &quot;%1&quot; (list, show, add, move)</translation>
    </message>
    <message>
        <source>Pipeline name.</source>
        <translation>Nome della pipeline.</translation>
    </message>
    <message>
        <source>Stage name.</source>
        <translation>Nome della fase.</translation>
    </message>
    <message>
        <source>Words in title or company.</source>
        <translation>Parole nel titolo o nell&apos;azienda.</translation>
    </message>
    <message>
        <source>Closing on or after.</source>
        <translation>Chiusura in data o dopo.</translation>
    </message>
    <message>
        <source>Closing on or before.</source>
        <translation>Chiusura in data o prima.</translation>
    </message>
    <message>
        <source>At most N deals.</source>
        <translation>Al massimo N trattative.</translation>
    </message>
    <message>
        <source>Skip the first N deals.</source>
        <translation>Salta le prime N trattative.</translation>
    </message>
    <message>
        <source>deals list takes no arguments, got &quot;%1&quot;</source>
        <translation>deals list non accetta argomenti, ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--close-from/--close-to: dates are written YYYY-MM-DD</source>
        <translation>--close-from/--close-to: le date si scrivono AAAA-MM-GG</translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli: nessuna pipeline di nome &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>leadbench-cli: no stage named &quot;%1&quot;</source>
        <translation>leadbench-cli: nessuna fase di nome &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: stage &quot;%1&quot; is in several pipelines; say which with --pipeline</source>
        <translation>leadbench-cli: la fase &quot;%1&quot; è in più pipeline; indica quale con --pipeline</translation>
    </message>
    <message>
        <source>deals show needs one deal id</source>
        <translation>deals show richiede un ID trattativa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id</source>
        <translation>&quot;%1&quot; non è un ID trattativa</translation>
    </message>
    <message>
        <source>leadbench-cli: there is no deal %1 in %2</source>
        <translation>leadbench-cli: non esiste la trattativa %1 in %2</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>ID lead.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Azienda.</translation>
    </message>
    <message>
        <source>Amount.</source>
        <translation>Importo.</translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation>Codice valuta ISO.</translation>
    </message>
    <message>
        <source>Expected close date.</source>
        <translation>Data di chiusura prevista.</translation>
    </message>
    <message>
        <source>Owner name.</source>
        <translation>Nome del proprietario.</translation>
    </message>
    <message>
        <source>Probability in percent.</source>
        <translation>Probabilità in percentuale.</translation>
    </message>
    <message>
        <source>deals add needs one title (quote it when it has spaces)</source>
        <translation>deals add richiede un titolo (tra virgolette se contiene spazi)</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not a number (write it as 12500.50)</source>
        <translation>--amount: &quot;%1&quot; non è un numero (scrivilo come 12500.50)</translation>
    </message>
    <message>
        <source>--close: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--close: &quot;%1&quot; non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>--probability: &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation>--probability: &quot;%1&quot; non è una percentuale da 0 a 100</translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot;</source>
        <translation>leadbench-cli: nessuna pipeline di nome &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>leadbench-cli: la pipeline &quot;%1&quot; non ha la fase &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Added deal %1: %2</source>
        <translation>Trattativa %1 aggiunta: %2</translation>
    </message>
    <message>
        <source>Lead %1 is now at %2.</source>
        <translation>Il lead %1 è ora in %2.</translation>
    </message>
    <message>
        <source>Close date (Won, Lost).</source>
        <translation>Data di chiusura (Vinta, Persa).</translation>
    </message>
    <message>
        <source>Why it was won or lost.</source>
        <translation>Perché è stata vinta o persa.</translation>
    </message>
    <message>
        <source>Gross margin of a won deal.</source>
        <translation>Margine lordo di una trattativa vinta.</translation>
    </message>
    <message>
        <source>deals move needs a deal id and a stage: leadbench-cli deals move ID STAGE</source>
        <translation>deals move richiede un ID trattativa e una fase: leadbench-cli deals move ID STAGE</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &quot;%1&quot; non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>--margin: &quot;%1&quot; is not a number</source>
        <translation>--margin: &quot;%1&quot; non è un numero</translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot; (its stages: %3)</source>
        <translation>leadbench-cli: la pipeline &quot;%1&quot; non ha la fase &quot;%2&quot; (le sue fasi: %3)</translation>
    </message>
    <message>
        <source>Moved deal %1 (%2) to %3.</source>
        <translation>Trattativa %1 (%2) spostata in %3.</translation>
    </message>
    <message>
        <source>pipelines needs the subcommand list</source>
        <translation>pipelines richiede il sottocomando list</translation>
    </message>
    <message>
        <source>%1 %2 (weighted %3)</source>
        <translation>%1 %2 (ponderato %3)</translation>
    </message>
    <message>
        <source>--lang needs a language code</source>
        <translation>--lang richiede un codice lingua</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of system, %2</source>
        <translation>--lang: &quot;%1&quot; non è uno tra system, %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 leads</source>
        <translation>%L1 lead su %L2</translation>
    </message>
    <message>
        <source>Conversion rate by attribute (overall %1):</source>
        <translation>Tasso di conversione per attributo (complessivo %1):</translation>
    </message>
    <message>
        <source>%L1 rows read (%2)</source>
        <translation>%L1 righe lette (%2)</translation>
    </message>
    <message>
        <source>Import #%1 of %2: %L3 rows read, %L4 created, %L5 merged (%L6 unchanged), %L7 rejected, in %L8 s.</source>
        <translation>Importazione #%1 di %2: %L3 righe lette, %L4 create, %L5 unite (%L6 invariate), %L7 rifiutate, in %L8 s.</translation>
    </message>
    <message>
        <source>%L1 of %L2 deals</source>
        <translation>%L1 trattative su %L2</translation>
    </message>
    <message>
        <source>First day of the range (YYYY-MM-DD).</source>
        <translation>Primo giorno dell&apos;intervallo (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Last day of the range (YYYY-MM-DD).</source>
        <translation>Ultimo giorno dell&apos;intervallo (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Grouping: campaign, source, rep or month.</source>
        <translation>Raggruppamento: campaign, source, rep o month.</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json o csv.</translation>
    </message>
    <message>
        <source>With csv: groups, months, funnel or cycle.</source>
        <translation>Con csv: groups, months, funnel o cycle.</translation>
    </message>
    <message>
        <source>kpi takes no arguments, got &quot;%1&quot;</source>
        <translation>kpi non accetta argomenti, ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--to: &quot;%1&quot; non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--from: &quot;%1&quot; non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 è successivo a --to %2</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of campaign, source, rep, month</source>
        <translation>--by: &quot;%1&quot; non è uno tra campaign, source, rep, month</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of json, csv</source>
        <translation>--format: &quot;%1&quot; non è uno tra json, csv</translation>
    </message>
    <message>
        <source>--table: &quot;%1&quot; is not one of groups, months, funnel, cycle</source>
        <translation>--table: &quot;%1&quot; non è uno tra groups, months, funnel, cycle</translation>
    </message>
    <message>
        <source>--table goes with --format csv (JSON holds every table)</source>
        <translation>--table va usato con --format csv (il JSON contiene tutte le tabelle)</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 was made by an earlier version; keeping a backup copy, then upgrading it…</source>
        <translation>leadbench-cli: %1 è stato creato da una versione precedente; copia di backup, poi aggiornamento…</translation>
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
        <translation>Utilizzo: leadbench-cli [--db PATH] [--lang CODE] COMMAND [OPTIONS]

Opera sull&apos;area di lavoro in PATH (predefinita: %1).

Comandi:
  demo [--leads N] [--activities-per-lead A] [--seed S] [--json]
        Aggiunge un set di dati dimostrativi realistico: commerciali, campagne, N lead (predefinito
        5000) con le relative attività, cronologia delle fasi e trattative. Crea l&apos;area di lavoro se serve.
  leads list [--search TEXT] [--stage S[,S...]] [--owner NAME] [--source S] [--country C]
             [--temperature hot|warm|cold] [--segment NAME] [--sort COLUMN] [--desc]
             [--limit N] [--offset N] [--json]
        Elenca i lead. Fasi: subscriber, lead, mql, sql, opportunity, customer, nurturing,
        disqualified. Colonne: name, email, company, stage, score, owner, source, country,
        created, updated. Predefinito: prima i più recenti, 50 lead.
  leads show ID [--json]
        Un lead con le sue attività e la cronologia delle fasi.
  segments list [--json]
        I segmenti salvati (filtri con nome).
  backup OUT
        Scrive una copia coerente dell&apos;area di lavoro in OUT, anche mentre è in uso.
  restore IN
        Sostituisce l&apos;area di lavoro con il backup IN, dopo averlo verificato; l&apos;area di lavoro
        attuale viene prima conservata in PATH.backups/.
  deals list [--pipeline NAME] [--stage NAME] [--owner NAME|none] [--search TEXT]
             [--close-from DATE] [--close-to DATE] [--limit N] [--offset N] [--json]
        Elenca le trattative nell&apos;ordine della bacheca. La data di chiusura è quella effettiva per
        una trattativa vinta o persa, quella prevista per una aperta. Date: AAAA-MM-GG. Predefinito: 50.
  deals show ID [--json]
        Una trattativa con la sua cronologia delle fasi.
  deals add TITLE [--lead ID] [--company C] [--amount A] [--currency EUR] [--close DATE]
            [--owner NAME] [--probability P] [--pipeline NAME] [--stage NAME] [--json]
        Aggiunge una trattativa (per impostazione predefinita nella prima fase aperta della prima
        pipeline); il suo lead diventa un&apos;opportunità. P è una percentuale, da 0 a 100.
  deals move ID STAGE [--date DATE] [--reason TEXT] [--margin M] [--json]
        Sposta una trattativa in una fase della sua pipeline (in cima alla colonna). Vinta e Persa
        la chiudono: --date è per impostazione predefinita oggi, --reason è obbligatorio per Persa.
        Il lead segue: se vinta diventa cliente, se persa passa al nurturing.
  pipelines list [--json]
        Le pipeline e le loro fasi con numero di trattative, somme e somme ponderate per probabilità.
  check
        Esegue un controllo di integrità completo; codice di uscita 1 se l&apos;area di lavoro è danneggiata.
  info [--json]
        Percorso dell&apos;area di lavoro, versione del formato e conteggi.
  upgrade
        Aggiorna un&apos;area di lavoro creata da una versione precedente al formato di questa
        versione, conservandone prima una copia di backup in PATH.backups/. I comandi che
        leggono soltanto ne hanno bisogno.
  import FILE [--kind leads|activities|campaigns|deals] [--on-duplicate skip|fill|overwrite]
              [--encoding auto|utf-8|utf-16le|utf-16be|windows-1252|iso-8859-1|windows-1253]
              [--delimiter ,|;|tab|C] [--mapping NAME] [--map COLUMN=FIELD]... [--save-mapping NAME]
              [--activity-type TYPE] [--rejects FILE] [--batch N] [--no-resume] [--report R.json] [--json]
        Importa un file CSV (o un file vCard .vcf) nell&apos;area di lavoro, creandola se serve. Le colonne
        vengono associate in base al nome (HubSpot, Salesforce, Pipedrive; en, fr, pt, it, el); --map
        e le mappature salvate lo modificano. I duplicati (stessa e-mail, altrimenti telefono, altrimenti
        nome e azienda, nel file o nell&apos;area di lavoro) vengono saltati (predefinito), completano i campi
        vuoti del lead o li sovrascrivono. Le righe non importabili finiscono in un CSV degli scarti con
        riga e motivo; lette = create + unite + rifiutate. Un&apos;importazione interrotta dello stesso file
        riprende da dove si era fermata (--no-resume ricomincia da capo). --kind activities associa le
        righe ai lead tramite e-mail (aperture, clic, visite, partecipazioni); campaigns accetta costi e
        visitatori giornalieri; deals accetta titolo, e-mail del contatto, importo, fase, vinta/persa,
        date, margine. Il report (--report) contiene read, created, merged, rejected, rejects_file, duration.
  imports list [--json] | imports undo ID | imports mappings [--kind KIND]
        La cronologia delle importazioni; undo rimuove le righe create da un&apos;importazione e riporta
        i campi modificati ai valori precedenti; le mappature di colonne salvate.
  export FILE [--format csv|vcard] [--segment NAME] [--search TEXT] [--ids 1,2,3] [--bom]
              [--delimiter comma|semicolon|tab] [--no-neutralize]
        Scrive tutti i lead, un segmento, una ricerca o alcuni lead in CSV (UTF-8; alle celle che
        iniziano con = + - @ viene anteposto un apostrofo perché i fogli di calcolo non le eseguano)
        o in vCard 4.0 (.vcf).
  queue --rep NAME [--limit N] [--json]
        I lead del commerciale nell&apos;ordine in cui lavorarli: follow-up scaduti, lead caldi, nuovi.
  route --lead ID [--json]
  route --unassigned-mqls [--json]
        Assegna i lead ai commerciali secondo le regole di assegnazione (round-robin come ripiego).
  events list [--json]
  events summary NAME [--json]
        Fiere ed eventi: lead acquisiti, quanti caldi, costo per lead.
  score --explain ID [--json] [--now TIME]
        Perché il lead ID ha il suo punteggio: ogni regola che conta, quante volte, i suoi punti dopo
        il decadimento; la loro somma dà il punteggio. Con la cronologia dei punteggi del lead.
  score --all [--json] [--now TIME]
        Ricalcola il punteggio di ogni lead con le regole dell&apos;area di lavoro (vengono scritti solo i
        punteggi cambiati, ciascuno con una voce nella cronologia; i lead che superano la soglia MQL
        diventano MQL).
  score --advise [--json]
        Consulente della soglia: per ogni soglia candidata, la quota di futuri clienti al di sopra,
        la quota di lead che andrebbero alle vendite e la precisione, con una soglia suggerita; e il
        lift della conversione per settore, ruolo, dimensione aziendale, fonte, lead magnet e paese.
  score --rules [--json]
        Le regole di scoring, la soglia MQL e le fasce di temperatura (--json: il set di regole
        come file leggibile da --set-rules).
  score --set-rules FILE
        Sostituisce il set di regole con il file JSON FILE (prima verificato: un problema viene
        segnalato con regola e campo, e nulla cambia), poi ricalcola il punteggio di ogni lead.
        TIME è una data e ora ISO (UTC se non indicato diversamente); predefinito: adesso.
  kpi [--from D] [--to D] [--by campaign|source|rep|month] [--format json|csv]
      [--table groups|months|funnel|cycle]
        I KPI per i manager dal giorno D al giorno D (UTC; predefinito: gli ultimi 12 mesi): lead per
        tipo, tassi di opt-in e di conversione in vendita, CPL, CPA, margine lordo, ROI, valore del
        ciclo di vita del cliente, valore medio delle trattative, vendite mensili con crescita, ciclo
        di vendita (mediana, 90° percentile), il funnel con la sua perdita maggiore. Il JSON contiene
        tutte le tabelle; il CSV una sola (predefinita: i gruppi e una riga di totale). Un
        denominatore zero dà null (JSON) o &quot;—&quot; (CSV).
%2%3
Opzioni:
  --db PATH     il file dell&apos;area di lavoro
  --lang CODE   la lingua dei messaggi: en, fr, pt_BR, it, el o system; predefinita: la lingua
                scelta nelle preferenze di Leadbench, altrimenti quella di sistema (LANGUAGE,
                LC_ALL, LC_MESSAGES, LANG). L&apos;output per i programmi (--json, CSV) non cambia mai.
  -h, --help    questo aiuto
  --version     la versione

Codici di uscita: 0 completato, 1 non riuscito (il messaggio spiega perché), 2 riga di comando errata.
</translation>
    </message>
    <message>
        <source>Upgrade it with: leadbench-cli --db %1 upgrade (a backup copy is kept first).</source>
        <translation>Aggiornalo con: leadbench-cli --db %1 upgrade (prima viene conservata una copia di backup).</translation>
    </message>
    <message>
        <source>upgrade takes no arguments</source>
        <translation>upgrade non accetta argomenti</translation>
    </message>
    <message>
        <source>%1 is already in this version&apos;s format (%2).</source>
        <translation>%1 è già nel formato di questa versione (%2).</translation>
    </message>
    <message>
        <source>Upgraded %1 from format %2 to %3.</source>
        <translation>%1 aggiornato dal formato %2 al formato %3.</translation>
    </message>
    <message>
        <source>The file as it was is kept in %1.</source>
        <translation>Il file com&apos;era è conservato in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1 in %L2 s.</source>
        <translation>
            <numerusform>Esportato %Ln lead in %1 in %L2 s.</numerusform>
            <numerusform>Esportati %Ln lead in %1 in %L2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Deal won</source>
        <translation>Trattativa vinta</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Trattativa persa</translation>
    </message>
    <message>
        <source>%1 (%2) is won.</source>
        <translation>%1 (%2) è vinta.</translation>
    </message>
    <message>
        <source>%1 (%2) is lost.</source>
        <translation>%1 (%2) è persa.</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation>&amp;Vinta il:</translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation>&amp;Persa il:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Best fit for their need</source>
        <translation>La soluzione più adatta alle loro esigenze</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Faster to deliver</source>
        <translation>Consegna più rapida</translation>
    </message>
    <message>
        <source>Why we won (optional)</source>
        <translation>Perché abbiamo vinto (facoltativo)</translation>
    </message>
    <message>
        <source>Not now: budget frozen</source>
        <translation>Non ora: budget bloccato</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>Hanno scelto un concorrente</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Prezzo troppo alto</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Nessuna decisione</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Non adatto</translation>
    </message>
    <message>
        <source>Why it was lost (required)</source>
        <translation>Perché è stata persa (obbligatorio)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <source>Optional, in %1</source>
        <translation>Facoltativo, in %1</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>&amp;Margine lordo:</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Segna come vinta</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Segna come persa</translation>
    </message>
    <message>
        <source>Give the reason the deal was lost: the win/loss analysis counts on it.</source>
        <translation>Indica il motivo per cui la trattativa è stata persa: l&apos;analisi vinte/perse si basa su questo.</translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation>Margine lordo: &quot;%1&quot; non è un numero (scrivilo come %2).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Full name (first and last)</source>
        <translation>Nome completo (nome e cognome)</translation>
    </message>
    <message>
        <source>Lead e-mail</source>
        <translation>E-mail del lead</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>ID lead</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Tipo di attività</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Detail (subject, page, webinar)</source>
        <translation>Dettaglio (oggetto, pagina, webinar)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titolo della trattativa</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail del contatto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Fase della pipeline</translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation>Vinta / persa</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motivo di chiusura</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Non importare</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>These fields changed both here and in the CRM since the last sync. Choose which value to keep; the next sync sends it.</source>
        <translation>Questi campi sono cambiati sia qui che nel CRM dall&apos;ultima sincronizzazione. Scegli quale valore mantenere; la prossima sincronizzazione lo invierà.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>In the CRM</source>
        <translation>Nel CRM</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <source>Keep &amp;All of Leadbench&apos;s</source>
        <translation>Mantieni &amp;tutti quelli di Leadbench</translation>
    </message>
    <message>
        <source>Take All of the &amp;CRM&apos;s</source>
        <translation>Prendi tutti quelli del &amp;CRM</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(l&apos;intero record)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valore da mantenere</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidi più tardi</translation>
    </message>
    <message>
        <source>Keep it here (create it again in the CRM)</source>
        <translation>Mantienilo qui (ricrealo nel CRM)</translation>
    </message>
    <message>
        <source>Leadbench&apos;s value</source>
        <translation>Valore di Leadbench</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>Eliminalo anche qui</translation>
    </message>
    <message>
        <source>The CRM&apos;s value</source>
        <translation>Valore del CRM</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Edit Connection</source>
        <translation>Modifica connessione</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Aggiungi connessione</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nome della connessione</translation>
    </message>
    <message>
        <source>e.g. HubSpot (sales team)</source>
        <translation>ad es. HubSpot (team vendite)</translation>
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
        <translation>Quando entrambe le parti hanno modificato un campo</translation>
    </message>
    <message>
        <source>When &amp;both sides changed a field:</source>
        <translation>Quando &amp;entrambe le parti hanno modificato un campo:</translation>
    </message>
    <message>
        <source>Secrets are kept in your system keychain only, never in the workspace or the settings.</source>
        <translation>I segreti sono conservati solo nel portachiavi di sistema, mai nell&apos;area di lavoro o nelle impostazioni.</translation>
    </message>
    <message>
        <source>No CRM connector plug-ins were found in %1.</source>
        <translation>Nessun plug-in connettore CRM trovato in %1.</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>invariato (conservato nel portachiavi)</translation>
    </message>
    <message>
        <source>Choose a CRM.</source>
        <translation>Scegli un CRM.</translation>
    </message>
</context>
<context>
    <name>ConnectorRegistry</name>
    <message>
        <source>not a Qt plug-in: %1</source>
        <translation>non è un plug-in Qt: %1</translation>
    </message>
    <message>
        <source>built for another connector interface (%1; this Leadbench needs %2)</source>
        <translation>compilato per un&apos;altra interfaccia connettore (%1; questo Leadbench richiede %2)</translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation>i suoi metadati non hanno un id</translation>
    </message>
    <message>
        <source>another plug-in already provides the connector &quot;%1&quot;</source>
        <translation>un altro plug-in fornisce già il connettore &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its metadata says &quot;%1&quot; but it says it is &quot;%2&quot;</source>
        <translation>i suoi metadati indicano &quot;%1&quot; ma il plug-in dichiara di essere &quot;%2&quot;</translation>
    </message>
    <message>
        <source>it does not implement the connector interface</source>
        <translation>non implementa l&apos;interfaccia connettore</translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot;: no plug-ins were found in %2.</source>
        <translation>Nessun plug-in connettore &quot;%1&quot;: nessun plug-in trovato in %2.</translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot; (found: %2).</source>
        <translation>Nessun plug-in connettore &quot;%1&quot; (trovati: %2).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no keychain is reachable (no Secret Service such as GNOME Keyring or KeePassXC, no KWallet: %1)</source>
        <translation>nessun portachiavi raggiungibile (nessun Secret Service come GNOME Keyring o KeePassXC, nessun KWallet: %1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>il portachiavi ha negato l&apos;accesso (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>errore del portachiavi (%1)</translation>
    </message>
    <message>
        <source>The secret was not stored: %1. Leadbench keeps secrets only in the system keychain; start or unlock it and try again.</source>
        <translation>Il segreto non è stato salvato: %1. Leadbench conserva i segreti solo nel portachiavi di sistema; avvialo o sbloccalo e riprova.</translation>
    </message>
    <message>
        <source>The connection&apos;s secret could not be read: %1.</source>
        <translation>Impossibile leggere il segreto della connessione: %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 è una cartella, non un file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(testo)</translation>
    </message>
    <message>
        <source>Cannot create a temporary file to read %1: %2</source>
        <translation>Impossibile creare un file temporaneo per leggere %1: %2</translation>
    </message>
    <message>
        <source>The delimiter must be a single ASCII character (comma, semicolon, tab…).</source>
        <translation>Il delimitatore deve essere un singolo carattere ASCII (virgola, punto e virgola, tabulazione…).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line.</source>
        <translation>%1 è vuoto: non ha una riga di intestazione.</translation>
    </message>
    <message>
        <source>%1, line %2: the header line is malformed: %3</source>
        <translation>%1, riga %2: la riga di intestazione non è valida: %3</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed within 16 MB</source>
        <translation>un campo tra virgolette aperto in questa riga non viene chiuso entro 16 MB</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>un campo tra virgolette aperto in questa riga non viene mai chiuso</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Raggruppa per</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>PDF Report…</source>
        <translation>Report PDF…</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>Grafici come PNG…</translation>
    </message>
    <message>
        <source>Tables as CSV…</source>
        <translation>Tabelle come CSV…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Campagne…</translation>
    </message>
    <message>
        <source>Campaigns, their channel, cost entries per day, visitors and dates</source>
        <translation>Campagne, con canale, voci di costo giornaliere, visitatori e date</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Raggruppa per</translation>
    </message>
    <message>
        <source>KPIs by group</source>
        <translation>KPI per gruppo</translation>
    </message>
    <message>
        <source>Click a bar or a slice to list the leads or deals behind it.</source>
        <translation>Fai clic su una barra o su uno spicchio per elencare i lead o le trattative corrispondenti.</translation>
    </message>
    <message>
        <source>Leads or deals behind the figure</source>
        <translation>Lead o trattative alla base del dato</translation>
    </message>
    <message>
        <source>Open a workspace to see its KPIs.</source>
        <translation>Apri un&apos;area di lavoro per vederne i KPI.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2): choose a range that starts before it ends.</source>
        <translation>Il primo giorno (%1) è successivo all&apos;ultimo (%2): scegli un intervallo che inizi prima di finire.</translation>
    </message>
    <message>
        <source>The KPIs could not be computed; see the workspace check (File menu).</source>
        <translation>Impossibile calcolare i KPI; esegui la verifica dell&apos;area di lavoro (menu File).</translation>
    </message>
    <message>
        <source>Leads %1 · MQL %2 · SQL %3 · Free trials %4 · New customers %5 · Total sales %6 · Gross margin %7 · Cost %8 · CPL %9 · CPA %10 · ROI %11 · Lifetime value %12 · Average deal %13 · Sales cycle %14 days (median), %15 (90%)</source>
        <translation>Lead %1 · MQL %2 · SQL %3 · Prove gratuite %4 · Nuovi clienti %5 · Vendite totali %6 · Margine lordo %7 · Costo %8 · CPL %9 · CPA %10 · ROI %11 · Valore del ciclo di vita %12 · Trattativa media %13 · Ciclo di vendita %14 giorni (mediana), %15 (90%)</translation>
    </message>
    <message>
        <source>Biggest leak: %1 → %2, only %3 go on.</source>
        <translation>Perdita maggiore: %1 → %2, prosegue solo %3.</translation>
    </message>
    <message>
        <source>Biggest leak: %1 (no leads in the range).</source>
        <translation>Perdita maggiore: %1 (nessun lead nel periodo).</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>funnel step “%1”</source>
        <translation>passaggio del funnel “%1”</translation>
    </message>
    <message>
        <source>Total sales per month</source>
        <translation>Vendite totali per mese</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Vendite totali</translation>
    </message>
    <message>
        <source>Growth over the month before (%)</source>
        <translation>Crescita rispetto al mese precedente (%)</translation>
    </message>
    <message>
        <source>sales of %1</source>
        <translation>vendite di %1</translation>
    </message>
    <message>
        <source>CPL, CPA and ROI by campaign</source>
        <translation>CPL, CPA e ROI per campagna</translation>
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
        <translation>campagna “%1”</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Lead per fonte</translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation>fonte “%1”</translation>
    </message>
    <message>
        <source>Sales cycle (first touch to close): median %1 days, 90% within %2</source>
        <translation>Ciclo di vendita (dal primo contatto alla chiusura): mediana %1 giorni, 90% entro %2</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Trattative vinte</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>deals closed in %1</source>
        <translation>trattative chiuse in %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Leads behind %1: the newest %2 of %3. Double-click one to open it.</source>
        <translation>Lead relativi a %1: i %2 più recenti su %3. Fai doppio clic su uno per aprirlo.</translation>
    </message>
    <message>
        <source>Leads behind %1: %2. Double-click one to open it.</source>
        <translation>Lead relativi a %1: %2. Fai doppio clic su uno per aprirlo.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Vinta il</translation>
    </message>
    <message>
        <source>Won deals behind %1: the latest %2 of %3. Double-click one to open its lead.</source>
        <translation>Trattative vinte relative a %1: le %2 più recenti su %3. Fai doppio clic su una per aprirne il lead.</translation>
    </message>
    <message>
        <source>Won deals behind %1: %2. Double-click one to open its lead.</source>
        <translation>Trattative vinte relative a %1: %2. Fai doppio clic su una per aprirne il lead.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation>Report KPI</translation>
    </message>
    <message>
        <source>%1 to %2, by %3 · made %4</source>
        <translation>Dal %1 al %2, per %3 · generato il %4</translation>
    </message>
    <message>
        <source>Biggest leak</source>
        <translation>Perdita maggiore</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>KPIs by %1 (1/2)</source>
        <translation>KPI per %1 (1/2)</translation>
    </message>
    <message>
        <source>KPIs by %1 (2/2)</source>
        <translation>KPI per %1 (2/2)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crescita</translation>
    </message>
    <message>
        <source>biggest leak</source>
        <translation>perdita maggiore</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversione</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclo di vendita</translation>
    </message>
    <message>
        <source>First touch to close</source>
        <translation>Dal primo contatto alla chiusura</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Esporta report PDF</translation>
    </message>
    <message>
        <source>kpi-report.pdf</source>
        <translation>report-kpi.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Esporta grafici come PNG</translation>
    </message>
    <message>
        <source>Export Tables as CSV</source>
        <translation>Esporta tabelle come CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Esportato %n file.</numerusform>
            <numerusform>Esportati %n file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossibile creare %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 è una cartella, non un file di area di lavoro.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
</context>
<context>
    <name>DealBoard</name>
    <message>
        <source>No pipeline yet. Create one with &quot;New pipeline&quot;, or add a deal.</source>
        <translation>Ancora nessuna pipeline. Creane una con &quot;Nuova pipeline&quot; o aggiungi una trattativa.</translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation>Trattative in %1</translation>
    </message>
    <message>
        <source>Cannot read the deals: %1</source>
        <translation>Impossibile leggere le trattative: %1</translation>
    </message>
    <message>
        <source>No pipeline yet. Create one with Pipeline &gt; New pipeline, or add a deal.</source>
        <translation>Ancora nessuna pipeline. Creane una con Pipeline &gt; Nuova pipeline o aggiungi una trattativa.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Nessuna area di lavoro aperta.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Ponderato: %1</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Chiusa vinta</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Chiusa persa</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts.</source>
        <translation>
            <numerusform>%n trattativa in %1; la somma dei relativi importi.</numerusform>
            <numerusform>%n trattative in %1; la somma dei relativi importi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the deals of %1.</source>
        <translation>Impossibile leggere le trattative di %1.</translation>
    </message>
    <message>
        <source>The workspace is read-only: deals cannot be moved.</source>
        <translation>L&apos;area di lavoro è di sola lettura: impossibile spostare le trattative.</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Sposta trattativa</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 spostata in %2.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Sposta in</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Nuova trattativa…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nuova trattativa</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 aggiunta.</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Apri trattativa</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Modifica trattativa</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Elimina trattativa</translation>
    </message>
    <message>
        <source>Delete %1 with its stage history? Edit &gt; Undo brings it back.</source>
        <translation>Eliminare %1 con la sua cronologia delle fasi? Modifica &gt; Annulla la ripristina.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation>%1 eliminata. Annulla la ripristina.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts, and that sum weighted by each deal&apos;s probability (%2 by default in this stage).</source>
        <translation>
            <numerusform>%n trattativa in %1; la somma dei relativi importi e la stessa somma ponderata per la probabilità di ogni trattativa (%2 per impostazione predefinita in questa fase).</numerusform>
            <numerusform>%n trattative in %1; la somma dei relativi importi e la stessa somma ponderata per la probabilità di ogni trattativa (%2 per impostazione predefinita in questa fase).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Won %1</source>
        <translation>Vinta %1</translation>
    </message>
    <message>
        <source>Lost %1</source>
        <translation>Persa %1</translation>
    </message>
    <message>
        <source>%L1 d</source>
        <comment>days in the stage</comment>
        <translation>%L1 g</translation>
    </message>
    <message>
        <source>⚠ rotting, %L1 d</source>
        <comment>days in the stage, past its limit</comment>
        <translation>⚠ in stallo, %L1 g</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Nessun prossimo passo</translation>
    </message>
    <message>
        <source>Overdue today %1</source>
        <translation>Scaduto oggi %1</translation>
    </message>
    <message>
        <source>Next today %1</source>
        <translation>Prossimo oggi %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Scaduto %1</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Prossimo %1</translation>
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
        <translation>nessuna azienda</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>New deal</source>
        <translation>Nuova trattativa</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Modifica trattativa</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Sposta %1 in %2</translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nuova trattativa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>What is being sold, e.g. &quot;40 seats, yearly&quot;</source>
        <translation>Cosa viene venduto, ad es. &quot;40 licenze, annuale&quot;</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Type part of a name, e-mail or company</source>
        <translation>Digita parte di un nome, e-mail o azienda</translation>
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
        <translation>Azienda</translation>
    </message>
    <message>
        <source>The lead&apos;s company when empty</source>
        <translation>L&apos;azienda del lead, se vuoto</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Azienda:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Data di chiusura prevista</translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation>&amp;Data di chiusura:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilità:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Pr&amp;oprietario:</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>&amp;Margine lordo:</translation>
    </message>
    <message>
        <source>Won on %1</source>
        <translation>Vinta il %1</translation>
    </message>
    <message>
        <source>Lost on %1</source>
        <translation>Persa il %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Esito:</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motivo di chiusura</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Cronologia delle fasi</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(deleted stage)</source>
        <translation>(fase eliminata)</translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation>Entrata il %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Cronologia:</translation>
    </message>
    <message>
        <source>&amp;Delete deal…</source>
        <translation>&amp;Elimina trattativa…</translation>
    </message>
    <message>
        <source>Lead: choose the lead from the list that opens as you type, or clear the field.</source>
        <translation>Lead: scegli il lead dall&apos;elenco che si apre mentre digiti, oppure svuota il campo.</translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation>Margine lordo: &quot;%1&quot; non è un numero (scrivilo come %2).</translation>
    </message>
    <message>
        <source>Stage default (%1)</source>
        <translation>Predefinita della fase (%1)</translation>
    </message>
</context>
<context>
    <name>DealOutcome</name>
    <message>
        <source>Won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>Deal #%1 does not exist (it may have been deleted).</source>
        <translation>La trattativa #%1 non esiste (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <source>Title: a deal needs a title.</source>
        <translation>Titolo: una trattativa deve avere un titolo.</translation>
    </message>
    <message>
        <source>Title: at most 300 characters (%1 given).</source>
        <translation>Titolo: al massimo 300 caratteri (%1 inseriti).</translation>
    </message>
    <message>
        <source>Amount: must be a number of 0 or more.</source>
        <translation>Importo: deve essere un numero pari o superiore a 0.</translation>
    </message>
    <message>
        <source>Amount: %1 is more than a desktop pipeline holds (at most 1,000,000,000,000).</source>
        <translation>Importo: %1 supera il massimo gestibile da una pipeline desktop (al massimo 1.000.000.000.000).</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as EUR, USD or BRL.</source>
        <translation>Valuta: &quot;%1&quot; non è un codice ISO di tre lettere come EUR, USD o BRL.</translation>
    </message>
    <message>
        <source>Probability: must be between 0 and 100%.</source>
        <translation>Probabilità: deve essere compresa tra 0 e 100%.</translation>
    </message>
    <message>
        <source>Gross margin: not a number.</source>
        <translation>Margine lordo: non è un numero.</translation>
    </message>
    <message>
        <source>Expected close: not a date.</source>
        <translation>Chiusura prevista: non è una data.</translation>
    </message>
    <message>
        <source>Lead: #%1 does not exist.</source>
        <translation>Lead: #%1 non esiste.</translation>
    </message>
    <message>
        <source>Owner: rep #%1 does not exist.</source>
        <translation>Proprietario: il commerciale #%1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot find a place for the deal in its column.</source>
        <translation>Impossibile trovare una posizione per la trattativa nella sua colonna.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; has no open stage for a new deal.</source>
        <translation>La pipeline &quot;%1&quot; non ha una fase aperta per una nuova trattativa.</translation>
    </message>
    <message>
        <source>Stage #%1 is not a stage of pipeline &quot;%2&quot;.</source>
        <translation>La fase #%1 non è una fase della pipeline &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A new deal starts in an open stage, not in &quot;%1&quot;; close it afterwards.</source>
        <translation>Una nuova trattativa inizia in una fase aperta, non in &quot;%1&quot;; chiudila in seguito.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Deal created: %1</source>
        <translation>Trattativa creata: %1</translation>
    </message>
    <message>
        <source>Deal linked: %1</source>
        <translation>Trattativa collegata: %1</translation>
    </message>
    <message>
        <source>Stage #%1 does not exist.</source>
        <translation>La fase #%1 non esiste.</translation>
    </message>
    <message>
        <source>Moving &quot;%1&quot; to %2 needs the date it was closed.</source>
        <translation>Per spostare &quot;%1&quot; in %2 serve la data di chiusura.</translation>
    </message>
    <message>
        <source>Close date: %1 is in the future.</source>
        <translation>Data di chiusura: %1 è nel futuro.</translation>
    </message>
    <message>
        <source>Give the reason &quot;%1&quot; was lost: the win/loss analysis counts on it.</source>
        <translation>Indica il motivo per cui &quot;%1&quot; è stata persa: l&apos;analisi vinte/perse si basa su questo.</translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation>Trattativa vinta: %1</translation>
    </message>
    <message>
        <source>Deal lost: %1 (%2)</source>
        <translation>Trattativa persa: %1 (%2)</translation>
    </message>
    <message>
        <source>Deal reopened: %1</source>
        <translation>Trattativa riaperta: %1</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Load demo data</source>
        <translation>Carica dati demo</translation>
    </message>
    <message>
        <source>Adds sales reps, campaigns with their costs, and leads from France, Brazil, Portugal, Italy, Greece and elsewhere, with their e-mail opens, clicks, page visits, meetings, stage history and deals.</source>
        <translation>Aggiunge commerciali, campagne con i relativi costi e lead da Francia, Brasile, Portogallo, Italia, Grecia e altri paesi, con aperture delle e-mail, clic, visite alle pagine, riunioni, cronologia delle fasi e trattative.</translation>
    </message>
    <message>
        <source>Number of leads</source>
        <translation>Numero di lead</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Scrittura in corso…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Interruzione dopo il blocco corrente…</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run — %1</source>
        <translation>Simulazione — %1</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>La simulazione si è interrotta: %1</translation>
    </message>
    <message>
        <source>Nothing to do: both sides agree.</source>
        <translation>Niente da fare: le due parti coincidono.</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifiche previste</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Diventa</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crea</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiorna</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>elimina</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… e %n altra modifica.</numerusform>
            <numerusform>… e altre %n modifiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Nothing was written. A sync would make these changes (%L1 pulled, %L2 pushed, %L3 conflicts):</source>
        <translation>Non è stato scritto nulla. Una sincronizzazione apporterebbe queste modifiche (%L1 ricevute, %L2 inviate, %L3 conflitti):</translation>
    </message>
</context>
<context>
    <name>DuplicatePolicy</name>
    <message>
        <source>Skip: keep the lead as it is</source>
        <translation>Salta: lascia il lead com&apos;è</translation>
    </message>
    <message>
        <source>Fill the lead&apos;s empty fields</source>
        <translation>Completa i campi vuoti del lead</translation>
    </message>
    <message>
        <source>Overwrite the lead&apos;s fields with the file&apos;s values</source>
        <translation>Sovrascrivi i campi del lead con i valori del file</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Esporta lead</translation>
    </message>
    <message>
        <source>The selected leads: %1</source>
        <translation>I lead selezionati: %1</translation>
    </message>
    <message>
        <source>The leads shown (search and filters): %1</source>
        <translation>I lead visualizzati (ricerca e filtri): %1</translation>
    </message>
    <message>
        <source>The segment</source>
        <translation>Il segmento</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>All leads: %1</source>
        <translation>Tutti i lead: %1</translation>
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
        <translation>CSV per Excel (UTF-8 con byte-order mark)</translation>
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
        <translation>File da scrivere</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get an apostrophe (spreadsheets never run them)</source>
        <translation>Alle celle che iniziano con = + - @ viene anteposto un apostrofo (i fogli di calcolo non le eseguono)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>File vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Choose a file to write in an existing folder.</source>
        <translation>Scegli un file da scrivere in una cartella esistente.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 esiste già. Sostituirlo?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 leads written…</source>
        <translation>%1 lead scritti…</translation>
    </message>
</context>
<context>
    <name>FieldCondition</name>
    <message>
        <source>is</source>
        <translation>è</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>è uno tra</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>è almeno</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>è al massimo</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>è compilato</translation>
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
        <translation>%1: indica un valore di confronto.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; non è un numero.</translation>
    </message>
    <message>
        <source>unknown field or operator in %1</source>
        <translation>campo o operatore sconosciuto in %1</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <source>Field Mapping — %1</source>
        <translation>Mappatura dei campi — %1</translation>
    </message>
    <message>
        <source>Which Leadbench field goes to which CRM field. &quot;Leadbench decides&quot; or &quot;CRM decides&quot; makes one side the source of truth for the field; otherwise a field changed on both sides is a conflict. An empty value never replaces a filled one unless you allow it.</source>
        <translation>Quale campo di Leadbench corrisponde a quale campo del CRM. &quot;Decide Leadbench&quot; o &quot;Decide il CRM&quot; rende una parte la fonte attendibile per il campo; altrimenti un campo modificato su entrambe le parti è un conflitto. Un valore vuoto non sostituisce mai uno compilato, a meno che tu non lo consenta.</translation>
    </message>
    <message>
        <source>%1 field mapping</source>
        <translation>Mappatura dei campi %1</translation>
    </message>
    <message>
        <source>Leadbench field</source>
        <translation>Campo Leadbench</translation>
    </message>
    <message>
        <source>%1 field</source>
        <translation>Campo %1</translation>
    </message>
    <message>
        <source>Source of truth</source>
        <translation>Fonte attendibile</translation>
    </message>
    <message>
        <source>Empty may replace</source>
        <translation>Vuoto può sostituire</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Aggiungi campo</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Rimuovi campo</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Ripristina &amp;predefiniti</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>CRM field</source>
        <translation>Campo CRM</translation>
    </message>
    <message>
        <source>%1 (%2, read-only)</source>
        <translation>%1 (%2, sola lettura)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Entrambe le direzioni</translation>
    </message>
    <message>
        <source>Leadbench decides</source>
        <translation>Decide Leadbench</translation>
    </message>
    <message>
        <source>CRM decides</source>
        <translation>Decide il CRM</translation>
    </message>
    <message>
        <source>An empty value may replace a filled one</source>
        <translation>Un valore vuoto può sostituire uno compilato</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>%1: End</source>
        <translation>%1: Fine</translation>
    </message>
    <message>
        <source>▶ Start · </source>
        <translation>▶ Inizio · </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>&quot;%1&quot; non è un indirizzo valido.</translation>
    </message>
    <message>
        <source>Plain http is refused for %1: the connection would not be encrypted. Use https (plain http is allowed only to this computer, e.g. 127.0.0.1).</source>
        <translation>L&apos;http semplice è rifiutato per %1: la connessione non sarebbe cifrata. Usa https (l&apos;http semplice è consentito solo verso questo computer, ad es. 127.0.0.1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation>&quot;%1&quot; non è un indirizzo http o https.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>%1 %2: %3 (tried %4 times).</source>
        <translation>%1 %2: %3 (%4 tentativi).</translation>
    </message>
    <message>
        <source>%1 %2: %3; retrying in %4 s.</source>
        <translation>%1 %2: %3; nuovo tentativo tra %4 s.</translation>
    </message>
    <message>
        <source>%1 %2: answered %3; retrying in %4 s.</source>
        <translation>%1 %2: risposta %3; nuovo tentativo tra %4 s.</translation>
    </message>
    <message>
        <source>the HTTP library could not start</source>
        <translation>impossibile avviare la libreria HTTP</translation>
    </message>
</context>
<context>
    <name>HubSpotConnector</name>
    <message>
        <source>HubSpot CRM: contacts and deals, through a private app&apos;s access token.</source>
        <translation>HubSpot CRM: contatti e trattative, tramite il token di accesso di un&apos;app privata.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Indirizzo API</translation>
    </message>
    <message>
        <source>https://api.hubapi.com unless HubSpot tells you otherwise.</source>
        <translation>https://api.hubapi.com, salvo diversa indicazione di HubSpot.</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Token di accesso dell&apos;app privata</translation>
    </message>
    <message>
        <source>Settings &gt; Integrations &gt; Private apps in HubSpot; scopes: crm.objects.contacts and crm.objects.deals (read, write), crm.schemas.contacts.write, crm.schemas.deals.write.</source>
        <translation>In HubSpot: Impostazioni &gt; Integrazioni &gt; App private; ambiti: crm.objects.contacts e crm.objects.deals (lettura, scrittura), crm.schemas.contacts.write, crm.schemas.deals.write.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Numero di cellulare</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome dell&apos;azienda</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Fatturato annuo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>State/Region</source>
        <translation>Stato/Regione</translation>
    </message>
    <message>
        <source>Country/Region</source>
        <translation>Paese/Regione</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>URL del sito web</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Fase del ciclo di vita</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Stato del lead</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Fonte originale</translation>
    </message>
    <message>
        <source>HubSpot score</source>
        <translation>Punteggio HubSpot</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Nome della trattativa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Fase della trattativa</translation>
    </message>
    <message>
        <source>Deal probability</source>
        <translation>Probabilità della trattativa</translation>
    </message>
    <message>
        <source>Deal description</source>
        <translation>Descrizione della trattativa</translation>
    </message>
</context>
<context>
    <name>HubSpotSession</name>
    <message>
        <source>HubSpot: no access token is stored for this connection.</source>
        <translation>HubSpot: nessun token di accesso salvato per questa connessione.</translation>
    </message>
    <message>
        <source>checking the property %1</source>
        <translation>verifica della proprietà %1</translation>
    </message>
    <message>
        <source>creating the property %1 (the token needs the crm.schemas.%2.write scope)</source>
        <translation>creazione della proprietà %1 (il token richiede l&apos;ambito crm.schemas.%2.write)</translation>
    </message>
    <message>
        <source>HubSpot: the search stopped at its result cap; continuing after record %1.</source>
        <translation>HubSpot: la ricerca si è fermata al limite di risultati; si continua dopo il record %1.</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>ricerca di %1</translation>
    </message>
    <message>
        <source>listing archived %1</source>
        <translation>elenco di %1 archiviati</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lettura di %1</translation>
    </message>
    <message>
        <source>HubSpot refused the access token while %1: %2. Check the private app&apos;s token in the connection.</source>
        <translation>HubSpot ha rifiutato il token di accesso durante %1: %2. Controlla il token dell&apos;app privata nella connessione.</translation>
    </message>
    <message>
        <source>HubSpot refused %1: %2. The private app needs the scopes crm.objects.contacts.read/write, crm.objects.deals.read/write and crm.schemas.contacts.write/crm.schemas.deals.write.</source>
        <translation>HubSpot ha rifiutato %1: %2. L&apos;app privata richiede gli ambiti crm.objects.contacts.read/write, crm.objects.deals.read/write e crm.schemas.contacts.write/crm.schemas.deals.write.</translation>
    </message>
    <message>
        <source>HubSpot kept answering &quot;too many requests&quot; while %1: %2</source>
        <translation>HubSpot ha continuato a rispondere &quot;troppe richieste&quot; durante %1: %2</translation>
    </message>
    <message>
        <source>HubSpot failed while %1 (HTTP %2): %3</source>
        <translation>Errore di HubSpot durante %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>HubSpot refused %1 (HTTP %2): %3</source>
        <translation>HubSpot ha rifiutato %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>reading the contacts of deals</source>
        <translation>lettura dei contatti delle trattative</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>eliminazione di %1</translation>
    </message>
    <message>
        <source>no longer exists in HubSpot</source>
        <translation>non esiste più in HubSpot</translation>
    </message>
    <message>
        <source>HubSpot did not return this record</source>
        <translation>HubSpot non ha restituito questo record</translation>
    </message>
    <message>
        <source>same e-mail as HubSpot contact %1</source>
        <translation>stessa e-mail del contatto HubSpot %1</translation>
    </message>
    <message>
        <source>its e-mail is already used by HubSpot contact %1</source>
        <translation>la sua e-mail è già usata dal contatto HubSpot %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>creazione di %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>aggiornamento di %1</translation>
    </message>
    <message>
        <source>HubSpot: deals were saved but not associated with their contacts: %1</source>
        <translation>HubSpot: le trattative sono state salvate ma non associate ai rispettivi contatti: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>There is no import #%1.</source>
        <translation>Non esiste l&apos;importazione #%1.</translation>
    </message>
    <message>
        <source>Import #%1 was already undone.</source>
        <translation>L&apos;importazione #%1 è già stata annullata.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Una mappatura salvata deve avere un nome.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermata</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>annullata in parte</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Cronologia importazioni</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importazioni</translation>
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
        <translation>Cosa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lette</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unite</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutate</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Annulla questa importazione…</translation>
    </message>
    <message>
        <source>Open &amp;Rejects File</source>
        <translation>Apri file degli &amp;scarti</translation>
    </message>
    <message>
        <source>Duplicates: %1 · by %2 · %3 s</source>
        <translation>Duplicati: %1 · da %2 · %3 s</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>Undo import #%1 of %2?

%3 rows it created will be removed and %4 rows it changed get their previous values back.</source>
        <translation>Annullare l&apos;importazione #%1 di %2?

Verranno rimosse %3 righe create e %4 righe modificate torneranno ai valori precedenti.</translation>
    </message>
    <message>
        <source>%1 of the leads it created were edited since; they are removed too.</source>
        <translation>%1 dei lead creati sono stati modificati da allora; vengono rimossi anch&apos;essi.</translation>
    </message>
    <message>
        <source>Undoing import #%1…</source>
        <translation>Annullamento dell&apos;importazione #%1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stopped part of the way. Undo the import again to finish; nothing is undone twice.</source>
        <translation>Interrotto a metà. Annulla di nuovo l&apos;importazione per completare; nulla viene annullato due volte.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid e-mail(s) kept and flagged.</source>
        <translation>
            <numerusform>%n e-mail non valida mantenuta e segnalata.</numerusform>
            <numerusform>%n e-mail non valide mantenute e segnalate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at line %L1: importing the same file again resumes it.</source>
        <translation>Interrotta alla riga %L1: importando di nuovo lo stesso file si riprende da lì.</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Activities (opens, clicks, visits, attendance)</source>
        <translation>Attività (aperture, clic, visite, partecipazioni)</translation>
    </message>
    <message>
        <source>Campaign costs and visitors</source>
        <translation>Costi e visitatori delle campagne</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <source>A CSV export of another CRM, a bought list, a business-card app&apos;s vCard file, an e-mail tool&apos;s report of opens and clicks, an ad platform&apos;s spend, a list of deals.</source>
        <translation>L&apos;esportazione CSV di un altro CRM, una lista acquistata, il file vCard di un&apos;app per biglietti da visita, il report di aperture e clic di uno strumento e-mail, la spesa di una piattaforma pubblicitaria, un elenco di trattative.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>A .csv, .txt or .vcf file</source>
        <translation>Un file .csv, .txt o .vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Cosa contiene il file</translation>
    </message>
    <message>
        <source>It &amp;holds:</source>
        <translation>&amp;Contiene:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importa un file</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>File CSV e vCard (*.csv *.txt *.tsv *.vcf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Codifica e delimitatore</translation>
    </message>
    <message>
        <source>Detected from the file. If accents or Greek letters look wrong below, choose another encoding; if the columns are not split, another delimiter.</source>
        <translation>Rilevati dal file. Se gli accenti o le lettere greche qui sotto appaiono errati, scegli un&apos;altra codifica; se le colonne non sono separate, un altro delimitatore.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitatore</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Rileva automaticamente</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgola ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto e virgola ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra verticale ( | )</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitatore:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Le prime righe del file</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Where each column goes. The table below shows the first rows as they will be saved.</source>
        <translation>Dove va ogni colonna. La tabella sotto mostra le prime righe come verranno salvate.</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Mappature salvate</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Salva mappatura…</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Mappatura salvata:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mappatura delle colonne</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primi valori</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importa in</translation>
    </message>
    <message>
        <source>As they will be saved:</source>
        <translation>Come verranno salvate:</translation>
    </message>
    <message>
        <source>Rows as they will be saved</source>
        <translation>Righe come verranno salvate</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Salva mappatura</translation>
    </message>
    <message>
        <source>Name (for the next file of the same kind):</source>
        <translation>Nome (per il prossimo file dello stesso tipo):</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicati</translation>
    </message>
    <message>
        <source>A row is the same lead as one already in the workspace, or earlier in the file, when the e-mail is the same (case and spaces ignored); without an e-mail, when the phone digits are; without either, when name and company are.</source>
        <translation>Una riga è lo stesso lead di uno già presente nell&apos;area di lavoro, o più in alto nel file, quando l&apos;e-mail è la stessa (ignorando maiuscole e spazi); senza e-mail, quando lo sono le cifre del telefono; senza nessuno dei due, quando lo sono nome e azienda.</translation>
    </message>
    <message>
        <source>Empty cells never erase a value. Every import can be undone from File &gt; Import History: the leads it created are removed and the fields it changed get their values back.</source>
        <translation>Le celle vuote non cancellano mai un valore. Ogni importazione può essere annullata da File &gt; Cronologia importazioni: i lead creati vengono rimossi e i campi modificati tornano ai valori precedenti.</translation>
    </message>
    <message>
        <source>Activity type for rows without one</source>
        <translation>Tipo di attività per le righe che non lo hanno</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(dal file)</translation>
    </message>
    <message>
        <source>Activities without a type are:</source>
        <translation>Le attività senza tipo sono:</translation>
    </message>
    <message>
        <source>Import #%1 of this file stopped before its end. It will resume where it stopped, with the columns and duplicate rule it had.</source>
        <translation>L&apos;importazione #%1 di questo file si è interrotta prima della fine. Riprenderà da dove si era fermata, con le stesse colonne e la stessa regola sui duplicati.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Open the &amp;Rejects File</source>
        <translation>Apri il file degli &amp;scarti</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Annulla questa importazione</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>none (vCard)</source>
        <translation>nessuno (vCard)</translation>
    </message>
    <message>
        <source>Import column %1 into</source>
        <translation>Importa la colonna %1 in</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>will be rejected: %1</source>
        <translation>verrà rifiutata: %1</translation>
    </message>
    <message>
        <source>Map at least one column to a name, an e-mail, a phone or a company.</source>
        <translation>Associa almeno una colonna a un nome, un&apos;e-mail, un telefono o un&apos;azienda.</translation>
    </message>
    <message>
        <source>Map a column to the lead&apos;s e-mail (or id): activities are matched to leads by it.</source>
        <translation>Associa una colonna all&apos;e-mail (o all&apos;ID) del lead: serve ad abbinare le attività ai lead.</translation>
    </message>
    <message>
        <source>Map a column to the campaign.</source>
        <translation>Associa una colonna alla campagna.</translation>
    </message>
    <message>
        <source>Map a column to the deal title.</source>
        <translation>Associa una colonna al titolo della trattativa.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>%1 rows in; building the indexes…</source>
        <translation>%1 righe lette; creazione degli indici…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 merged, %4 rejected</source>
        <translation>%1 righe lette: %2 create, %3 unite, %4 rifiutate</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importato da %1</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L&apos;importazione si è interrotta: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Stopped after %1 rows, at your request. What was imported stays; running the same import again resumes it, and Undo removes it.</source>
        <translation>Interrotta dopo %1 righe, su tua richiesta. Ciò che è stato importato resta; eseguendo di nuovo la stessa importazione si riprende, e Annulla la rimuove.</translation>
    </message>
    <message>
        <source>%1 imported.</source>
        <translation>%1 importato.</translation>
    </message>
    <message>
        <source>Rows read: %1
Created: %2
Merged with existing: %3 (unchanged: %4)
Rejected: %5</source>
        <translation>Righe lette: %1
Create: %2
Unite a esistenti: %3 (invariate: %4)
Rifiutate: %5</translation>
    </message>
    <message>
        <source>Invalid e-mails kept and flagged: %1</source>
        <translation>E-mail non valide mantenute e segnalate: %1</translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason, are in %1</source>
        <translation>Le righe rifiutate, con riga e motivo, sono in %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Tempo: %1 s</translation>
    </message>
    <message>
        <source>This import was undone.</source>
        <translation>Questa importazione è stata annullata.</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Interruzione dopo il blocco corrente…</translation>
    </message>
    <message>
        <source>Read as %1, delimiter “%2”: %L3 columns.</source>
        <translation>Letto come %1, delimitatore “%2”: %L3 colonne.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Impossibile scrivere il file degli scarti %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>riga</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importato da %1</translation>
    </message>
    <message>
        <source>no e-mail or lead id to match the activity to a lead</source>
        <translation>nessuna e-mail o ID lead per abbinare l&apos;attività a un lead</translation>
    </message>
    <message>
        <source>no lead with id %1</source>
        <translation>nessun lead con ID %1</translation>
    </message>
    <message>
        <source>no lead with the e-mail %1</source>
        <translation>nessun lead con l&apos;e-mail %1</translation>
    </message>
    <message>
        <source>unknown activity type &quot;%1&quot;</source>
        <translation>tipo di attività sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no activity type (map a column to it, or choose a type for the whole file)</source>
        <translation>nessun tipo di attività (associa una colonna o scegli un tipo per l&apos;intero file)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; non è una data</translation>
    </message>
    <message>
        <source>no campaign name</source>
        <translation>nessun nome di campagna</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive number</source>
        <translation>%1 &quot;%2&quot; non è un numero positivo</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>costo</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>visitatori</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clic</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; did not exist and was created.</source>
        <translation>La campagna &quot;%1&quot; non esisteva ed è stata creata.</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>nessun titolo di trattativa</translation>
    </message>
    <message>
        <source>no lead with the e-mail %1 (import the leads first)</source>
        <translation>nessun lead con l&apos;e-mail %1 (importa prima i lead)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not a number</source>
        <translation>l&apos;importo &quot;%1&quot; non è un numero</translation>
    </message>
    <message>
        <source>gross margin &quot;%1&quot; is not a number</source>
        <translation>il margine lordo &quot;%1&quot; non è un numero</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not won, lost or open</source>
        <translation>lo stato &quot;%1&quot; non è won, lost o open</translation>
    </message>
    <message>
        <source>no pipeline stage named &quot;%1&quot;</source>
        <translation>nessuna fase della pipeline di nome &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no column is mapped to a name, an e-mail, a phone or a company</source>
        <translation>nessuna colonna è associata a un nome, un&apos;e-mail, un telefono o un&apos;azienda</translation>
    </message>
    <message>
        <source>no column is mapped to the lead&apos;s e-mail or id</source>
        <translation>nessuna colonna è associata all&apos;e-mail o all&apos;ID del lead</translation>
    </message>
    <message>
        <source>no column is mapped to the campaign</source>
        <translation>nessuna colonna è associata alla campagna</translation>
    </message>
    <message>
        <source>no column is mapped to the cost, visitors or clicks</source>
        <translation>nessuna colonna è associata a costo, visitatori o clic</translation>
    </message>
    <message>
        <source>no column is mapped to the deal title</source>
        <translation>nessuna colonna è associata al titolo della trattativa</translation>
    </message>
    <message>
        <source>invalid e-mail: kept and flagged</source>
        <translation>e-mail non valida: mantenuta e segnalata</translation>
    </message>
    <message>
        <source>%1: %2. Columns: %3.</source>
        <translation>%1: %2. Colonne: %3.</translation>
    </message>
    <message>
        <source>%1: cannot resume at line %2.</source>
        <translation>%1: impossibile riprendere alla riga %2.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a delimiter inside a field without quotes?)</source>
        <translation>%1 campi mentre l&apos;intestazione ne ha %2 (un delimitatore in un campo senza virgolette?)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n campo non era UTF-8 valido ed è stato letto come Windows-1252.</numerusform>
            <numerusform>%n campi non erano UTF-8 validi e sono stati letti come Windows-1252.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have an invalid e-mail address: kept as written and flagged.</source>
        <translation>
            <numerusform>%n lead ha un indirizzo e-mail non valido: mantenuto come scritto e segnalato.</numerusform>
            <numerusform>%n lead hanno un indirizzo e-mail non valido: mantenuti come scritti e segnalati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
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
        <translation>Prove gratuite</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <source>Opt-in rate</source>
        <translation>Tasso di opt-in</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nuovi clienti</translation>
    </message>
    <message>
        <source>Sales conversion</source>
        <translation>Conversione in vendita</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
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
        <translation>Margine lordo (nuovi clienti)</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Valore del ciclo di vita del cliente</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Trattative vinte</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Vendite totali</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Valore medio delle trattative</translation>
    </message>
    <message>
        <source>Sales cycle, median (days)</source>
        <translation>Ciclo di vendita, mediana (giorni)</translation>
    </message>
    <message>
        <source>Sales cycle, 90th percentile (days)</source>
        <translation>Ciclo di vendita, 90° percentile (giorni)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1+ giorni</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 giorni</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Nessuna campagna</translation>
    </message>
    <message>
        <source>Campaign #%1</source>
        <translation>Campagna #%1</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Nessuna fonte</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Nessun proprietario</translation>
    </message>
    <message>
        <source>Rep #%1</source>
        <translation>Commerciale #%1</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>“%1” non è un mese (AAAA-MM).</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is not valid: the start must be a date on or before the end.</source>
        <translation>L&apos;intervallo di date dal %1 al %2 non è valido: l&apos;inizio deve essere una data uguale o precedente alla fine.</translation>
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
        <translation>Punteggio %1 · %2</translation>
    </message>
    <message>
        <source>Leads at %1</source>
        <translation>Lead in %1</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Impossibile leggere i lead: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The workspace is read-only: leads cannot be moved.</source>
        <translation>L&apos;area di lavoro è di sola lettura: impossibile spostare i lead.</translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>Sposta lead</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 spostato in %2.</translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation>Crea &amp;trattativa…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Sposta in</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nuova trattativa</translation>
    </message>
    <message>
        <source>Added %1 for %2.</source>
        <translation>%1 aggiunta per %2.</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Apri lead</translation>
    </message>
</context>
<context>
    <name>LeadCommands</name>
    <message>
        <source>Change %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nuovo lead</translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation>Unisci lead</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Sposta in %1</translation>
    </message>
</context>
<context>
    <name>LeadDetailPanel</name>
    <message>
        <source>Change stage…</source>
        <translation>Cambia fase…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Registra chiamata</translation>
    </message>
    <message>
        <source>Log e-mail</source>
        <translation>Registra e-mail</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Registra riunione</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected entry of the timeline</source>
        <translation>Elimina la voce selezionata della cronologia</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>Cronologia attività</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Cronologia delle fasi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; non è un numero.</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>dipendenti</translation>
    </message>
    <message>
        <source>per year, in the company&apos;s currency</source>
        <translation>all&apos;anno, nella valuta dell&apos;azienda</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Consenso dato</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Iscrizione annullata</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consenso:</translation>
    </message>
    <message>
        <source>form, event or list the consent came from</source>
        <translation>modulo, evento o lista da cui proviene il consenso</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Nessun lead selezionato</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Score: %1 (%2)</source>
        <translation>Punteggio: %1 (%2)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>il %1</translation>
    </message>
    <message>
        <source>Unsubscribed on %1</source>
        <translation>Iscrizione annullata il %1</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · lead #%3</source>
        <translation>Creato %1 · aggiornato %2 · lead #%3</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Attività (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Qualify (BANT)…</source>
        <translation>Qualifica (BANT)…</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Pianifica un follow-up…</translation>
    </message>
    <message>
        <source>Follow-ups, qualifications and assignments</source>
        <translation>Follow-up, qualifiche e assegnazioni</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Chiama %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>completato: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>Qualifications (BANT)</source>
        <translation>Qualifiche (BANT)</translation>
    </message>
    <message>
        <source>%1 · B %2 A %3 N %4 T %5 · %6</source>
        <translation>%1 · B %2 A %3 N %4 T %5 · %6</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificato</translation>
    </message>
    <message>
        <source>Budget: %1 %2 — Authority: %3 — Need: %4 — Timing: %5 — rule: %6</source>
        <translation>Budget: %1 %2 — Autorità: %3 — Necessità: %4 — Tempistica: %5 — regola: %6</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assegnazioni</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assegnato</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;esportazione è stata annullata; nessun file è stato scritto.</translation>
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
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Dimensione aziendale</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Fatturato annuo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Lead magnet</source>
        <translation>Lead magnet</translation>
    </message>
    <message>
        <source>Opt-in date</source>
        <translation>Data di opt-in</translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation>Fonte dell&apos;opt-in</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Iscrizione annullata</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Fase del ciclo di vita</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
</context>
<context>
    <name>LeadFilter</name>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>fase sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>owner is not a number</source>
        <translation>il proprietario non è un numero</translation>
    </message>
    <message>
        <source>unknown temperature &quot;%1&quot;</source>
        <translation>temperatura sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 non è una data (AAAA-MM-GG)</translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Search name, e-mail, company, notes…</source>
        <translation>Cerca nome, e-mail, azienda, note…</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Cerca lead</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Salva come segmento…</translation>
    </message>
    <message>
        <source>Save the current search and filters under a name</source>
        <translation>Salva la ricerca e i filtri correnti con un nome</translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation>Elimina il segmento selezionato</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Elimina segmento</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>Cancella la ricerca e tutti i filtri</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Punteggio minimo</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Punteggio massimo</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creato dal</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creato fino al</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Punteggio:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creato:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tutti i lead</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Salva segmento</translation>
    </message>
    <message>
        <source>Search or filter first: a segment saves the current search and filters.</source>
        <translation>Prima cerca o filtra: un segmento salva la ricerca e i filtri correnti.</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>Nome del segmento:</translation>
    </message>
    <message>
        <source>A segment named &quot;%1&quot; exists. Replace its filters?</source>
        <translation>Esiste già un segmento di nome &quot;%1&quot;. Sostituirne i filtri?</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? The leads stay; only the saved filter goes.</source>
        <translation>Eliminare il segmento &quot;%1&quot;? I lead restano; viene eliminato solo il filtro salvato.</translation>
    </message>
</context>
<context>
    <name>LeadMapper</name>
    <message>
        <source>not a lifecycle stage</source>
        <translation>non è una fase del ciclo di vita</translation>
    </message>
    <message>
        <source>not a rep of this workspace</source>
        <translation>non è un commerciale di questa area di lavoro</translation>
    </message>
    <message>
        <source>not a campaign of this workspace</source>
        <translation>non è una campagna di questa area di lavoro</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>non è un numero</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>non è una data</translation>
    </message>
    <message>
        <source>no name, e-mail, phone or company: nothing identifies the lead</source>
        <translation>nessun nome, e-mail, telefono o azienda: nulla identifica il lead</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) kept in the notes (%2), e.g. %3.</source>
        <translation>
            <numerusform>%1: %n valore conservato nelle note (%2), ad es. %3.</numerusform>
            <numerusform>%1: %n valori conservati nelle note (%2), ad es. %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadMoveGate</name>
    <message>
        <source>Move to %1</source>
        <translation>Sposta in %1</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3.</source>
        <translation>%1 passa da %2 a %3.</translation>
    </message>
    <message>
        <source>Sales qualified: budget, authority, need and timing are all there (BANT).</source>
        <translation>Qualificato per le vendite: budget, autorità, necessità e tempistica ci sono tutti (BANT).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation>Perché, per la cronologia delle fasi (obbligatorio)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation>Indica un motivo: la cronologia delle fasi registra perché ogni lead è stato spostato.</translation>
    </message>
    <message>
        <source>Moved on the lead board</source>
        <translation>Spostato nella bacheca dei lead</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation>Il lead #%1 non esiste (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 non può essere modificato.</translation>
    </message>
    <message>
        <source>A lead cannot be merged with itself.</source>
        <translation>Un lead non può essere unito a se stesso.</translation>
    </message>
    <message>
        <source>Merged with %1 (#%2)</source>
        <translation>Unito a %1 (#%2)</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead creato</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 aggiunto</translation>
    </message>
    <message>
        <source>Owner: there is no rep #%1.</source>
        <translation>Proprietario: non esiste il commerciale #%1.</translation>
    </message>
    <message>
        <source>Campaign: there is no campaign #%1.</source>
        <translation>Campagna: non esiste la campagna #%1.</translation>
    </message>
    <message>
        <source>Lead edited</source>
        <translation>Lead modificato</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modificato</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 ripristinato</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 eliminato</translation>
    </message>
    <message>
        <source>Merge with #%1 undone</source>
        <translation>Unione con #%1 annullata</translation>
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
        <translation>Social network</translation>
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
        <translation>Ricerca organica</translation>
    </message>
    <message>
        <source>Landing page form</source>
        <translation>Modulo della landing page</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Segnalazione (referral)</translation>
    </message>
    <message>
        <source>E-mailing</source>
        <translation>E-mailing</translation>
    </message>
    <message>
        <source>Cold calling</source>
        <translation>Chiamate a freddo</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Ricerca a pagamento</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Pubblicità</translation>
    </message>
    <message>
        <source>Bought or rented list</source>
        <translation>Lista acquistata o noleggiata</translation>
    </message>
    <message>
        <source>Trade show / event</source>
        <translation>Fiera / evento</translation>
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
        <translation>Azienda</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Sorted by last name, then first name</source>
        <translation>Ordinati per cognome, poi per nome</translation>
    </message>
    <message>
        <source>Sorted by rep, in the order reps were added</source>
        <translation>Ordinati per commerciale, nell&apos;ordine in cui sono stati aggiunti</translation>
    </message>
</context>
<context>
    <name>LeadValidation</name>
    <message>
        <source>The e-mail address contains a space.</source>
        <translation>L&apos;indirizzo e-mail contiene uno spazio.</translation>
    </message>
    <message>
        <source>The e-mail address has no &quot;@&quot;.</source>
        <translation>L&apos;indirizzo e-mail non contiene &quot;@&quot;.</translation>
    </message>
    <message>
        <source>The e-mail address has more than one &quot;@&quot;.</source>
        <translation>L&apos;indirizzo e-mail contiene più di una &quot;@&quot;.</translation>
    </message>
    <message>
        <source>The e-mail address has nothing before the &quot;@&quot;.</source>
        <translation>L&apos;indirizzo e-mail non ha nulla prima della &quot;@&quot;.</translation>
    </message>
    <message>
        <source>The e-mail address has no domain after the &quot;@&quot;.</source>
        <translation>L&apos;indirizzo e-mail non ha un dominio dopo la &quot;@&quot;.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; is longer than 64 characters.</source>
        <translation>La parte prima della &quot;@&quot; supera i 64 caratteri.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; has a misplaced dot.</source>
        <translation>La parte prima della &quot;@&quot; ha un punto in posizione errata.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; contains a character that e-mail addresses do not allow.</source>
        <translation>La parte prima della &quot;@&quot; contiene un carattere non consentito negli indirizzi e-mail.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no dot (for example example.com).</source>
        <translation>Il dominio &quot;%1&quot; non contiene un punto (ad esempio example.com).</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has an empty part between dots.</source>
        <translation>Il dominio &quot;%1&quot; ha una parte vuota tra due punti.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has a part that starts or ends with a hyphen.</source>
        <translation>Il dominio &quot;%1&quot; ha una parte che inizia o finisce con un trattino.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; contains a character that domains do not allow.</source>
        <translation>Il dominio &quot;%1&quot; contiene un carattere non consentito nei domini.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; ends with a one-letter part.</source>
        <translation>Il dominio &quot;%1&quot; termina con una parte di una sola lettera.</translation>
    </message>
    <message>
        <source>The phone number contains &quot;%1&quot;: use digits, spaces, + ( ) - . / and an extension.</source>
        <translation>Il numero di telefono contiene &quot;%1&quot;: usa cifre, spazi, + ( ) - . / e un interno.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digit(s); a phone number has at least 6.</source>
        <translation>
            <numerusform>Il numero di telefono ha %n cifra; un numero di telefono ne ha almeno 6.</numerusform>
            <numerusform>Il numero di telefono ha %n cifre; un numero di telefono ne ha almeno 6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digits; international numbers have at most 15.</source>
        <translation>
            <numerusform>Il numero di telefono ha %n cifra; i numeri internazionali ne hanno al massimo 15.</numerusform>
            <numerusform>Il numero di telefono ha %n cifre; i numeri internazionali ne hanno al massimo 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company size cannot be negative.</source>
        <translation>La dimensione aziendale non può essere negativa.</translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation>Il fatturato annuo non può essere negativo.</translation>
    </message>
    <message>
        <source>Unknown lifecycle stage.</source>
        <translation>Fase del ciclo di vita sconosciuta.</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>This workspace has no leads yet.</source>
        <translation>Questa area di lavoro non ha ancora lead.</translation>
    </message>
    <message>
        <source>Add one by hand, or load a demo data set to try Leadbench.</source>
        <translation>Aggiungine uno a mano o carica un set di dati demo per provare Leadbench.</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Nuovo lead…</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Carica dati demo…</translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation>Elimina lead</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads with their activities? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Eliminare %n lead con le relative attività? Modifica &gt; Annulla lo ripristina.</numerusform>
            <numerusform>Eliminare %n lead con le relative attività? Modifica &gt; Annulla li ripristina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Elimina lead</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads</source>
        <translation>
            <numerusform>Elimina %n lead</numerusform>
            <numerusform>Elimina %n lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lead(s). Undo brings them back.</source>
        <translation>
            <numerusform>%n lead eliminato. Annulla lo ripristina.</numerusform>
            <numerusform>%n lead eliminati. Annulla li ripristina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation>Unisci lead</translation>
    </message>
    <message>
        <source>Select exactly two leads to merge (Ctrl+click the second one).</source>
        <translation>Seleziona esattamente due lead da unire (Ctrl+clic sul secondo).</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Impossibile leggere i lead: %1</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Nessuno (non assegnato)</translation>
    </message>
    <message>
        <source>Assign to rep</source>
        <translation>Assegna a un commerciale</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected lead(s) to:</source>
        <translation>
            <numerusform>Assegna il lead selezionato (%n) a:</numerusform>
            <numerusform>Assegna gli %n lead selezionati a:</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>assegnato manualmente</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned to %1.</source>
        <translation>
            <numerusform>%n lead assegnato a %1.</numerusform>
            <numerusform>%n lead assegnati a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Assegna</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n lead(s) routed by the rules.</source>
        <translation>
            <numerusform>%L1 di %n lead assegnato dalle regole.</numerusform>
            <numerusform>%L1 di %n lead assegnati dalle regole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Subscriber</source>
        <translation>Iscritto</translation>
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
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Squalificato</translation>
    </message>
</context>
<context>
    <name>LocalRecords</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Trattativa #%1</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation>Il lead #%1 non esiste (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>The pipeline #%1 has no stages.</source>
        <translation>La pipeline #%1 non ha fasi.</translation>
    </message>
    <message>
        <source>Untitled deal</source>
        <translation>Trattativa senza titolo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selezionato</numerusform>
            <numerusform>%n selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuova area di lavoro…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Apri area di lavoro…</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>Aree di &amp;lavoro…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Esegui &amp;backup ora…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>Carica dati &amp;demo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>&amp;Trova lead</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Nuovo lead…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Merge Two Leads…</source>
        <translation>&amp;Unisci due lead…</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>Cambia &amp;fase…</translation>
    </message>
    <message>
        <source>Log &amp;Call…</source>
        <translation>Registra &amp;chiamata…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Aggiungi n&amp;ota…</translation>
    </message>
    <message>
        <source>Save Filters as &amp;Segment…</source>
        <translation>Salva filtri come &amp;segmento…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Cance&amp;lla filtri</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;About Leadbench</source>
        <translation>&amp;Informazioni su Leadbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri recen&amp;ti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message>
        <source>%1 (read-only) — Leadbench</source>
        <translation>%1 (sola lettura) — Leadbench</translation>
    </message>
    <message>
        <source>%1 — Leadbench</source>
        <translation>%1 — Leadbench</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 lead su %2</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Apri area di lavoro</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Sola lettura: %1</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Verifica dell&apos;area di lavoro…</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danneggiata</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Area di lavoro danneggiata</translation>
    </message>
    <message>
        <source>The integrity check of %1 found: %2

The workspace is now read-only so nothing more is written to it. Restore it from a backup (File &gt; Restore from Backup).</source>
        <translation>Il controllo di integrità di %1 ha rilevato: %2

L&apos;area di lavoro è ora di sola lettura, quindi non vi verrà scritto altro. Ripristinala da un backup (File &gt; Ripristina da backup).</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation>Backup automatico salvato in %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Backup automatico non riuscito: %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuova area di lavoro</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench)</source>
        <translation>Aree di lavoro Leadbench (*.leadbench)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 esiste già. Aprilo o scegli un altro nome.</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Aree di lavoro Leadbench (*.leadbench);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Backup dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backup eseguito in %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The workspace as it is now is kept in %3.</source>
        <translation>Sostituire %1 con il backup %2?

L&apos;area di lavoro nello stato attuale viene conservata in %3.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Ripristinata da %1</translation>
    </message>
    <message>
        <source>Added %1 demo leads</source>
        <translation>Aggiunti %1 lead demo</translation>
    </message>
    <message>
        <source>About Leadbench</source>
        <translation>Informazioni su Leadbench</translation>
    </message>
    <message>
        <source>Leadbench %1</source>
        <translation>Leadbench %1</translation>
    </message>
    <message>
        <source>An offline-first workbench for sales and marketing: leads, scoring, qualification, pipeline, nurturing and KPIs, in a local database.

Qt %1 · SQLite %2 · workspace format %3
Workspace: %4</source>
        <translation>Uno strumento offline-first per vendite e marketing: lead, scoring, qualifica, pipeline, nurturing e KPI, in un database locale.

Qt %1 · SQLite %2 · formato area di lavoro %3
Area di lavoro: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Export Leads…</source>
        <translation>E&amp;sporta lead…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Cronologia im&amp;portazioni…</translation>
    </message>
    <message>
        <source>&amp;Qualify (BANT)…</source>
        <translation>&amp;Qualifica (BANT)…</translation>
    </message>
    <message>
        <source>&amp;Assign to Rep…</source>
        <translation>&amp;Assegna a un commerciale…</translation>
    </message>
    <message>
        <source>R&amp;oute by the Rules</source>
        <translation>Assegna in base alle &amp;regole</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 merged, %4 rejected</source>
        <translation>Importato %1: %2 creati, %3 uniti, %4 rifiutati</translation>
    </message>
    <message>
        <source>Exported %1 leads</source>
        <translation>Esportati %1 lead</translation>
    </message>
    <message>
        <source>Add to Nurture S&amp;equence…</source>
        <translation>Aggiungi a una sequen&amp;za di nurturing…</translation>
    </message>
    <message>
        <source>Upgrading the workspace</source>
        <translation>Aggiornamento dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Leadbench. Keeping a backup copy of it before upgrading it…</source>
        <translation>%1 è stato creato da una versione precedente di Leadbench. Copia di backup prima dell&apos;aggiornamento…</translation>
    </message>
    <message>
        <source>Upgrading %1 to the current format…</source>
        <translation>Aggiornamento di %1 al formato attuale…</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Leadbench. Checking it before upgrading it…</source>
        <translation>%1 è stato creato da una versione precedente di Leadbench. Verifica prima dell&apos;aggiornamento…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln lead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeLeadsDialog</name>
    <message>
        <source>Merge two leads</source>
        <translation>Unisci due lead</translation>
    </message>
    <message>
        <source>Keep record:</source>
        <translation>Record da mantenere:</translation>
    </message>
    <message>
        <source>#%1, created %2</source>
        <translation>#%1, creato il %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation>Entrambi, uno dopo l&apos;altro</translation>
    </message>
    <message>
        <source>The two leads hold the same values.</source>
        <translation>I due lead contengono gli stessi valori.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>The two leads become one. Pick the record that stays and, where they differ, the value to keep. All %L1 activities and both stage histories are kept.</source>
        <translation>I due lead diventano uno solo. Scegli il record che resta e, dove differiscono, il valore da mantenere. Tutte le %L1 attività ed entrambe le cronologie delle fasi vengono conservate.</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nuovo lead</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Give at least a name, an e-mail address or a company.</source>
        <translation>Indica almeno un nome, un indirizzo e-mail o un&apos;azienda.</translation>
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
        <translation>passaggio %1: %2</translation>
    </message>
    <message>
        <source>the step needs a positive &quot;id&quot;</source>
        <translation>il passaggio richiede un &quot;id&quot; positivo</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (email, wait, condition, action)</source>
        <translation>tipo sconosciuto &quot;%1&quot; (email, wait, condition, action)</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (hours, days, business_days)</source>
        <translation>unità sconosciuta &quot;%1&quot; (hours, days, business_days)</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>condizione sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>fase sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>azione sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown task type &quot;%1&quot; (call, email, meeting, todo)</source>
        <translation>tipo di task sconosciuto &quot;%1&quot; (call, email, meeting, todo)</translation>
    </message>
</context>
<context>
    <name>Nurture::NurtureService</name>
    <message>
        <source>Template &quot;%1&quot;, %2 line %3: %4</source>
        <translation>Modello &quot;%1&quot;, %2 riga %3: %4</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;, %2: %3</source>
        <translation>Modello &quot;%1&quot;, %2: %3</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Esiste già un modello di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Template #%1 does not exist.</source>
        <translation>Il modello #%1 non esiste.</translation>
    </message>
    <message>
        <source>The template is used by step #%1 of the sequence &quot;%2&quot;: change that step first.</source>
        <translation>Il modello è usato dal passaggio #%1 della sequenza &quot;%2&quot;: modifica prima quel passaggio.</translation>
    </message>
    <message>
        <source>[unsubscribe link: set it in the sending settings]</source>
        <translation>[link di disiscrizione: impostalo nelle impostazioni di invio]</translation>
    </message>
    <message>
        <source>Adding points is not available yet: the score is computed by the scoring rules (Scoring page). Use a condition on the score instead.</source>
        <translation>L&apos;aggiunta di punti non è ancora disponibile: il punteggio è calcolato dalle regole di scoring (pagina Scoring). Usa invece una condizione sul punteggio.</translation>
    </message>
    <message>
        <source>The segment that enrols leads automatically was deleted.</source>
        <translation>Il segmento che inserisce automaticamente i lead è stato eliminato.</translation>
    </message>
    <message>
        <source>The sequence needs a name.</source>
        <translation>La sequenza deve avere un nome.</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step #%2: %3</source>
        <translation>Sequenza &quot;%1&quot;, passaggio #%2: %3</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;: %2</source>
        <translation>Sequenza &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is already a sequence named &quot;%1&quot;.</source>
        <translation>Esiste già una sequenza di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sequence #%1 does not exist.</source>
        <translation>La sequenza #%1 non esiste.</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>Il lead #%1 non esiste.</translation>
    </message>
    <message>
        <source>Segment #%1 does not exist.</source>
        <translation>Il segmento #%1 non esiste.</translation>
    </message>
    <message>
        <source>Nurture sequence &quot;%1&quot;, step #%2</source>
        <translation>Sequenza di nurturing &quot;%1&quot;, passaggio #%2</translation>
    </message>
    <message>
        <source>%1: lead #%2: %3</source>
        <translation>%1: lead #%2: %3</translation>
    </message>
    <message>
        <source>Nurture: follow up %1</source>
        <translation>Nurturing: follow-up %1</translation>
    </message>
    <message>
        <source>Lead #%1, sequence &quot;%2&quot;, step #%3: %4</source>
        <translation>Lead #%1, sequenza &quot;%2&quot;, passaggio #%3: %4</translation>
    </message>
    <message>
        <source>Nurture: %1</source>
        <translation>Nurturing: %1</translation>
    </message>
    <message>
        <source>the program stopped while the server was receiving this e-mail; counted as sent so it never goes twice</source>
        <translation>il programma si è interrotto mentre il server riceveva questa e-mail; conteggiata come inviata, così non parte mai due volte</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step #%2: the template was deleted.</source>
        <translation>Sequenza &quot;%1&quot;, passaggio #%2: il modello è stato eliminato.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No mailer to send with.</source>
        <translation>Nessun sistema di invio disponibile.</translation>
    </message>
    <message>
        <source>Another run is sending the nurture e-mails of this workspace (lock file %1); try again when it has finished.</source>
        <translation>Un&apos;altra esecuzione sta inviando le e-mail di nurturing di quest&apos;area di lavoro (file di blocco %1); riprova quando avrà terminato.</translation>
    </message>
    <message>
        <source>Unsubscribe link of the nurture e-mails</source>
        <translation>Link di disiscrizione delle e-mail di nurturing</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Handed to the server</source>
        <translation>Consegnata al server</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Nuovo tentativo previsto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rimbalzata</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Uscito</translation>
    </message>
</context>
<context>
    <name>Nurture::NurtureSettings</name>
    <message>
        <source>None (this computer only)</source>
        <translation>Nessuna (solo questo computer)</translation>
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
        <translation>Porta SMTP: %1 non è una porta (da 1 a 65535).</translation>
    </message>
    <message>
        <source>SMTP timeout: between 5 and 600 seconds.</source>
        <translation>Timeout SMTP: tra 5 e 600 secondi.</translation>
    </message>
    <message>
        <source>SMTP security: without SSL or STARTTLS, e-mails and passwords would cross the network in clear; &quot;None&quot; is only allowed for a server on this computer (localhost).</source>
        <translation>Sicurezza SMTP: senza SSL o STARTTLS, e-mail e password attraverserebbero la rete in chiaro; &quot;Nessuna&quot; è consentita solo per un server su questo computer (localhost).</translation>
    </message>
    <message>
        <source>Sender address: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Indirizzo del mittente: &quot;%1&quot; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Reply-to: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Rispondi a: &quot;%1&quot; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Casella per la disiscrizione: &quot;%1&quot; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Unsubscribe page: &quot;%1&quot; is not an https:// address.</source>
        <translation>Pagina di disiscrizione: &quot;%1&quot; non è un indirizzo https://.</translation>
    </message>
    <message>
        <source>Frequency cap: between 1 and 100 e-mails.</source>
        <translation>Limite di frequenza: tra 1 e 100 e-mail.</translation>
    </message>
    <message>
        <source>Frequency cap: between 1 and 365 days.</source>
        <translation>Limite di frequenza: tra 1 e 365 giorni.</translation>
    </message>
    <message>
        <source>Attempts: between 1 and 20.</source>
        <translation>Tentativi: tra 1 e 20.</translation>
    </message>
    <message>
        <source>Most e-mails per run: 0 (no limit) or more.</source>
        <translation>Massimo di e-mail per esecuzione: 0 (nessun limite) o più.</translation>
    </message>
    <message>
        <source>Trusted certificate: not a file name.</source>
        <translation>Certificato attendibile: non è un nome di file.</translation>
    </message>
    <message>
        <source>Footer, line %1: %2</source>
        <translation>Piè di pagina, riga %1: %2</translation>
    </message>
    <message>
        <source>Set the SMTP server in the sending settings first.</source>
        <translation>Imposta prima il server SMTP nelle impostazioni di invio.</translation>
    </message>
    <message>
        <source>Set the sender address in the sending settings first.</source>
        <translation>Imposta prima l&apos;indirizzo del mittente nelle impostazioni di invio.</translation>
    </message>
    <message>
        <source>Set an unsubscribe mailbox or page in the sending settings first: every e-mail must offer a way to unsubscribe.</source>
        <translation>Imposta prima una casella o una pagina di disiscrizione nelle impostazioni di invio: ogni e-mail deve offrire un modo per annullare l&apos;iscrizione.</translation>
    </message>
    <message>
        <source>Set the sender&apos;s postal address in the sending settings first: marketing e-mails must show it.</source>
        <translation>Imposta prima l&apos;indirizzo postale del mittente nelle impostazioni di invio: le e-mail di marketing devono riportarlo.</translation>
    </message>
</context>
<context>
    <name>Nurture::Sequence</name>
    <message>
        <source>step %1: two steps have this id</source>
        <translation>passaggio %1: due passaggi hanno questo id</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, active, paused)</source>
        <translation>stato sconosciuto &quot;%1&quot; (draft, active, paused)</translation>
    </message>
    <message>
        <source>step %1: there is no template named &quot;%2&quot;</source>
        <translation>passaggio %1: non esiste un modello di nome &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n giorno lavorativo</numerusform>
            <numerusform>%n giorni lavorativi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nurture::Sequences</name>
    <message>
        <source>Send e-mail</source>
        <translation>Invia e-mail</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Opened the last e-mail</source>
        <translation>Ha aperto l&apos;ultima e-mail</translation>
    </message>
    <message>
        <source>Clicked in the last e-mail</source>
        <translation>Ha cliccato nell&apos;ultima e-mail</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ha risposto</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Punteggio almeno</translation>
    </message>
    <message>
        <source>Stage is</source>
        <translation>La fase è</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Valore del campo</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Aggiungi punti</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Imposta fase</translation>
    </message>
    <message>
        <source>Assign a rep</source>
        <translation>Assegna un commerciale</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Crea un task</translation>
    </message>
    <message>
        <source>Notify the owner</source>
        <translation>Avvisa il proprietario</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Send e-mail (no template)</source>
        <translation>Invia e-mail (nessun modello)</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;</source>
        <translation>Invia &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Wait %1</source>
        <translation>Attendi %1</translation>
    </message>
    <message>
        <source>Opened the last e-mail?</source>
        <translation>Ha aperto l&apos;ultima e-mail?</translation>
    </message>
    <message>
        <source>Clicked in the last e-mail?</source>
        <translation>Ha cliccato nell&apos;ultima e-mail?</translation>
    </message>
    <message>
        <source>Replied?</source>
        <translation>Ha risposto?</translation>
    </message>
    <message>
        <source>Score ≥ %1?</source>
        <translation>Punteggio ≥ %1?</translation>
    </message>
    <message>
        <source>Stage is %1?</source>
        <translation>La fase è %1?</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Add %1 points</source>
        <translation>Aggiungi %1 punti</translation>
    </message>
    <message>
        <source>Remove %1 points</source>
        <translation>Togli %1 punti</translation>
    </message>
    <message>
        <source>Set stage to %1</source>
        <translation>Imposta la fase a %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Assegna a %1</translation>
    </message>
    <message>
        <source>rep #%1</source>
        <translation>commerciale #%1</translation>
    </message>
    <message>
        <source>Assign a rep by the routing rules</source>
        <translation>Assegna un commerciale secondo le regole di assegnazione</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>The sequence needs a name.</source>
        <translation>La sequenza deve avere un nome.</translation>
    </message>
    <message>
        <source>The sequence has no step.</source>
        <translation>La sequenza non ha passaggi.</translation>
    </message>
    <message>
        <source>The first step (#%1) does not exist.</source>
        <translation>Il primo passaggio (#%1) non esiste.</translation>
    </message>
    <message>
        <source>%1 goes to step #%2, which does not exist.</source>
        <translation>%1 porta al passaggio #%2, che non esiste.</translation>
    </message>
    <message>
        <source>The &quot;yes&quot; branch</source>
        <translation>Il ramo &quot;sì&quot;</translation>
    </message>
    <message>
        <source>The &quot;no&quot; branch</source>
        <translation>Il ramo &quot;no&quot;</translation>
    </message>
    <message>
        <source>Dead end: both branches of this condition end the sequence.</source>
        <translation>Vicolo cieco: entrambi i rami di questa condizione terminano la sequenza.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Questo passaggio</translation>
    </message>
    <message>
        <source>This e-mail step has no template.</source>
        <translation>Questo passaggio e-mail non ha un modello.</translation>
    </message>
    <message>
        <source>The template of this e-mail step was deleted.</source>
        <translation>Il modello di questo passaggio e-mail è stato eliminato.</translation>
    </message>
    <message>
        <source>A wait must last at least 1.</source>
        <translation>Un&apos;attesa deve durare almeno 1.</translation>
    </message>
    <message>
        <source>A wait cannot last more than a year.</source>
        <translation>Un&apos;attesa non può durare più di un anno.</translation>
    </message>
    <message>
        <source>Dead end: nothing comes after this wait.</source>
        <translation>Vicolo cieco: dopo questa attesa non c&apos;è nulla.</translation>
    </message>
    <message>
        <source>Adding 0 points does nothing.</source>
        <translation>Aggiungere 0 punti non ha effetto.</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>Il task deve avere un titolo.</translation>
    </message>
    <message>
        <source>The task cannot be due in the past.</source>
        <translation>Il task non può scadere nel passato.</translation>
    </message>
    <message>
        <source>The rep of this step no longer exists.</source>
        <translation>Il commerciale di questo passaggio non esiste più.</translation>
    </message>
    <message>
        <source>A lead cannot be moved back to Subscriber.</source>
        <translation>Un lead non può tornare a Iscritto.</translation>
    </message>
    <message>
        <source>Dead end: no path from the first step leads here.</source>
        <translation>Vicolo cieco: nessun percorso dal primo passaggio porta qui.</translation>
    </message>
    <message>
        <source>This step is in a loop without a wait: the lead would go round it at once, forever.</source>
        <translation>Questo passaggio è in un ciclo senza attesa: il lead lo percorrerebbe subito, all&apos;infinito.</translation>
    </message>
</context>
<context>
    <name>Nurture::SmtpMailer</name>
    <message>
        <source>libcurl could not start.</source>
        <translation>Impossibile avviare libcurl.</translation>
    </message>
    <message>
        <source>SMTP server %1:%2</source>
        <translation>Server SMTP %1:%2</translation>
    </message>
    <message>
        <source>%1 refused the login of &quot;%2&quot; (%3): check the user name and the password in the sending settings.</source>
        <translation>%1 ha rifiutato l&apos;accesso di &quot;%2&quot; (%3): controlla il nome utente e la password nelle impostazioni di invio.</translation>
    </message>
    <message>
        <source>%1: a secure connection could not be made (%2). Nothing is sent over an unverified connection.</source>
        <translation>%1: impossibile stabilire una connessione sicura (%2). Nulla viene inviato su una connessione non verificata.</translation>
    </message>
    <message>
        <source>The e-mail was not sent: the send log could not record it (the workspace is busy); it will be tried again.</source>
        <translation>L&apos;e-mail non è stata inviata: il registro degli invii non ha potuto registrarla (l&apos;area di lavoro è occupata); verrà ritentata.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 requires a login (530): set the user name in the sending settings and the password in the keychain.</source>
        <translation>%1 richiede l&apos;accesso (530): imposta il nome utente nelle impostazioni di invio e la password nel portachiavi.</translation>
    </message>
    <message>
        <source>%1 refused the message for good (%2, after %3).</source>
        <translation>%1 ha rifiutato il messaggio in modo definitivo (%2, dopo %3).</translation>
    </message>
    <message>
        <source>%1 refused the sender (%2, after %3): check the sender address.</source>
        <translation>%1 ha rifiutato il mittente (%2, dopo %3): controlla l&apos;indirizzo del mittente.</translation>
    </message>
    <message>
        <source>%1: %2 (reply %3); it will be tried again.</source>
        <translation>%1: %2 (risposta %3); verrà ritentata.</translation>
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
        <translation>Cognome</translation>
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
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Lead magnet</source>
        <translation>Lead magnet</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nome del proprietario</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail</source>
        <translation>E-mail del proprietario</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <source>Sender&apos;s postal address</source>
        <translation>Indirizzo postale del mittente</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Link di disiscrizione</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot;</source>
        <translation>&quot;{{&quot; non è chiuso da &quot;}}&quot;</translation>
    </message>
    <message>
        <source>unknown merge field {{%1}} (known: %2)</source>
        <translation>campo unione sconosciuto {{%1}} (noti: %2)</translation>
    </message>
    <message>
        <source>You receive this e-mail from {{sender_name}} because you agreed to hear from us.
To stop receiving these e-mails, unsubscribe here: {{unsubscribe_url}}
{{sender_address}}</source>
        <translation>Ricevi questa e-mail da {{sender_name}} perché hai accettato di ricevere nostre comunicazioni.
Per non ricevere più queste e-mail, annulla l&apos;iscrizione qui: {{unsubscribe_url}}
{{sender_address}}</translation>
    </message>
    <message>
        <source>the template needs a name</source>
        <translation>il modello deve avere un nome</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>l&apos;oggetto è vuoto</translation>
    </message>
    <message>
        <source>the plain-text body is empty (every e-mail has one, for the readers who do not show HTML)</source>
        <translation>il corpo in testo semplice è vuoto (ogni e-mail ne ha uno, per i lettori che non mostrano l&apos;HTML)</translation>
    </message>
    <message>
        <source>Unsubscribe: {{unsubscribe_url}}</source>
        <translation>Annulla l&apos;iscrizione: {{unsubscribe_url}}</translation>
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
        Le sequenze di nurturing con stato e inserimenti (attivi, completati, usciti).
  nurture show SEQUENCE [--json]
        I passaggi di una sequenza, cosa ne impedisce l&apos;esecuzione e le statistiche per passaggio.
  nurture sequence-set FILE [--activate]
        Crea o sostituisce (per nome) una sequenza da un file JSON: name, steps (id, type email|wait|
        condition|action, template per nome, next / yes / no), entry, exits. --activate la avvia
        (rifiutato, con il passaggio e il problema, se non supera la convalida).
  nurture activate SEQUENCE | nurture pause SEQUENCE
  nurture template-set NAME --subject S --text FILE [--html FILE]
        Crea o sostituisce un modello di e-mail. Campi unione: {{first_name}}, {{company}},
        {{owner_name}}, ... con valori di ripiego {{first_name|there}}. Il piè di pagina per la
        disiscrizione viene sempre aggiunto.
  nurture preview TEMPLATE --lead ID
        Il modello compilato per quel lead (oggetto, testo, HTML).
  nurture enrol SEQUENCE (--lead ID[,ID...] | --segment NAME)
        Inserisce lead manualmente o da un segmento salvato (i lead già presenti restano dove sono).
  nurture run [--dry-run [--days N]] [--json]
        Invia via SMTP le e-mail in scadenza ed esegue i passaggi in scadenza (nel rispetto di
        consenso, disiscrizioni, limite di frequenza e ore di silenzio; un crash non invia mai
        un&apos;e-mail due volte).
        --dry-run: cosa verrebbe inviato nei prossimi N giorni (predefinito 14), a chi e quando,
        senza inviare né modificare nulla.
  nurture stats SEQUENCE [--json]
        Per ogni passaggio e-mail: inviate, aperte, cliccate, risposte, convertite, rimbalzate.
  nurture settings [--json] | nurture settings --set FILE
        Server SMTP, mittente, destinazioni di disiscrizione, limite e ore di silenzio (JSON).
  nurture password
        Legge la password SMTP dallo standard input e la salva nel portachiavi di sistema.
  nurture unsubscribe TOKEN
        Annulla l&apos;iscrizione del lead a cui appartiene il token di un link di disiscrizione.
</translation>
    </message>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Esegui &quot;leadbench-cli --help&quot; per l&apos;elenco dei comandi.</translation>
    </message>
    <message>
        <source>nurture needs a command: list, show, enrol, run, stats, ...</source>
        <translation>nurture richiede un comando: list, show, enrol, run, stats, ...</translation>
    </message>
    <message>
        <source>unknown nurture command &quot;%1&quot;</source>
        <translation>comando nurture sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Output JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%2]  %n step(s), active %3, completed %4, exited %5</source>
        <translation>
            <numerusform>%1  [%2]  %n passaggio, attivi %3, completati %4, usciti %5</numerusform>
            <numerusform>%1  [%2]  %n passaggi, attivi %3, completati %4, usciti %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (%n problem(s))</source>
        <translation>
            <numerusform>  (%n problema)</numerusform>
            <numerusform>  (%n problemi)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequence&apos;s name.</source>
        <translation>Il nome della sequenza.</translation>
    </message>
    <message>
        <source>nurture show needs one sequence name</source>
        <translation>nurture show richiede un nome di sequenza</translation>
    </message>
    <message>
        <source>there is no sequence named &quot;%1&quot;</source>
        <translation>non esiste una sequenza di nome &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>  yes -&gt; %1, no -&gt; %2</source>
        <translation>  sì -&gt; %1, no -&gt; %2</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>Problem, step #%1: %2</source>
        <translation>Problema, passaggio #%1: %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Lead ids.</source>
        <translation>ID dei lead.</translation>
    </message>
    <message>
        <source>A saved segment.</source>
        <translation>Un segmento salvato.</translation>
    </message>
    <message>
        <source>nurture enrol needs one sequence name</source>
        <translation>nurture enrol richiede un nome di sequenza</translation>
    </message>
    <message>
        <source>nurture enrol needs either --lead or --segment</source>
        <translation>nurture enrol richiede --lead o --segment</translation>
    </message>
    <message>
        <source>--lead: &quot;%1&quot; is not a lead id</source>
        <translation>--lead: &quot;%1&quot; non è un ID lead</translation>
    </message>
    <message>
        <source>there is no segment named &quot;%1&quot;</source>
        <translation>non esiste un segmento di nome &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled in &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n lead inserito in &quot;%1&quot;.</numerusform>
            <numerusform>%n lead inseriti in &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only say what would be sent.</source>
        <translation>Indica solo cosa verrebbe inviato.</translation>
    </message>
    <message>
        <source>Dry run: days ahead.</source>
        <translation>Simulazione: giorni in avanti.</translation>
    </message>
    <message>
        <source>--days: &quot;%1&quot; is not a number of days from 0 to 366</source>
        <translation>--days: &quot;%1&quot; non è un numero di giorni da 0 a 366</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) would be sent.</source>
        <translation>
            <numerusform>Simulazione: verrebbe inviata %n e-mail.</numerusform>
            <numerusform>Simulazione: verrebbero inviate %n e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail inviata.</numerusform>
            <numerusform>%n e-mail inviate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.</source>
        <translation>Nuovi tentativi %1, errori %2, rimbalzi %3, uscite %4, completamenti %5; trattenute dal limite %6, dalle ore di silenzio %7.</translation>
    </message>
    <message>
        <source>nurture stats needs one sequence name</source>
        <translation>nurture stats richiede un nome di sequenza</translation>
    </message>
    <message>
        <source>#%1 %2: sent %3, opened %4, clicked %5, replied %6, converted %7, bounced %8, waiting %9</source>
        <translation>#%1 %2: inviate %3, aperte %4, cliccate %5, risposte %6, conversioni %7, rimbalzate %8, in attesa %9</translation>
    </message>
    <message>
        <source>#%1 %2: waiting %3</source>
        <translation>#%1 %2: in attesa %3</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Oggetto.</translation>
    </message>
    <message>
        <source>Plain-text body file.</source>
        <translation>File del corpo in testo semplice.</translation>
    </message>
    <message>
        <source>HTML body file.</source>
        <translation>File del corpo HTML.</translation>
    </message>
    <message>
        <source>nurture template-set needs NAME, --subject and --text</source>
        <translation>nurture template-set richiede NAME, --subject e --text</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Modello &quot;%1&quot; salvato.</translation>
    </message>
    <message>
        <source>Start it.</source>
        <translation>Avviala.</translation>
    </message>
    <message>
        <source>nurture sequence-set needs one FILE</source>
        <translation>nurture sequence-set richiede un FILE</translation>
    </message>
    <message>
        <source>%1, offset %2: %3</source>
        <translation>%1, offset %2: %3</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; saved (%2).</source>
        <translation>Sequenza &quot;%1&quot; salvata (%2).</translation>
    </message>
    <message>
        <source>nurture %1 needs one sequence name</source>
        <translation>nurture %1 richiede un nome di sequenza</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; is %2.</source>
        <translation>La sequenza &quot;%1&quot; è %2.</translation>
    </message>
    <message>
        <source>Settings file.</source>
        <translation>File delle impostazioni.</translation>
    </message>
    <message>
        <source>Sending settings saved.</source>
        <translation>Impostazioni di invio salvate.</translation>
    </message>
    <message>
        <source>nurture password takes no arguments (the password comes on standard input)</source>
        <translation>nurture password non accetta argomenti (la password arriva dallo standard input)</translation>
    </message>
    <message>
        <source>SMTP password removed from the keychain.</source>
        <translation>Password SMTP rimossa dal portachiavi.</translation>
    </message>
    <message>
        <source>SMTP password stored in the keychain.</source>
        <translation>Password SMTP salvata nel portachiavi.</translation>
    </message>
    <message>
        <source>nurture unsubscribe needs one TOKEN</source>
        <translation>nurture unsubscribe richiede un TOKEN</translation>
    </message>
    <message>
        <source>no lead has the unsubscribe token &quot;%1&quot;</source>
        <translation>nessun lead ha il token di disiscrizione &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation>Iscrizione annullata.</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>ID del lead.</translation>
    </message>
    <message>
        <source>nurture preview needs TEMPLATE and --lead ID</source>
        <translation>nurture preview richiede TEMPLATE e --lead ID</translation>
    </message>
    <message>
        <source>there is no template named &quot;%1&quot;</source>
        <translation>non esiste un modello di nome &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
</context>
<context>
    <name>NurturePage</name>
    <message>
        <source>Sequences</source>
        <translation>Sequenze</translation>
    </message>
    <message>
        <source>Nurture sequences</source>
        <translation>Sequenze di nurturing</translation>
    </message>
    <message>
        <source>&amp;New sequence</source>
        <translation>&amp;Nuova sequenza</translation>
    </message>
    <message>
        <source>Delete sequence</source>
        <translation>Elimina sequenza</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flusso</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Lead inseriti</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Delete the sequence &quot;%1&quot; with its enrolments and send log?</source>
        <translation>Eliminare la sequenza &quot;%1&quot; con i relativi inserimenti e il registro degli invii?</translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation>Nome della sequenza</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>ha risposto</translation>
    </message>
    <message>
        <source>became SQL or customer</source>
        <translation>è diventato SQL o cliente</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>ha annullato l&apos;iscrizione</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>ha un indirizzo rimbalzato</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>è squalificato</translation>
    </message>
    <message>
        <source>Exit when %1</source>
        <translation>Esci quando %1</translation>
    </message>
    <message>
        <source>Leave when:</source>
        <translation>Esci quando:</translation>
    </message>
    <message>
        <source>Enrol the leads of a segment automatically</source>
        <translation>Inserisci automaticamente i lead di un segmento</translation>
    </message>
    <message>
        <source>Leads that BANT sends to Nurturing</source>
        <translation>Lead che la qualifica BANT passa a Nurturing</translation>
    </message>
    <message>
        <source>Enrol automatically:</source>
        <translation>Inserimento automatico:</translation>
    </message>
    <message>
        <source>+ E-mail</source>
        <translation>+ E-mail</translation>
    </message>
    <message>
        <source>+ Wait</source>
        <translation>+ Attesa</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condizione</translation>
    </message>
    <message>
        <source>+ Action</source>
        <translation>+ Azione</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>Aggiungi un passaggio dopo quello selezionato</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Rimuovi passaggio</translation>
    </message>
    <message>
        <source>Make it the start</source>
        <translation>Imposta come inizio</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Sequence flow</source>
        <translation>Flusso della sequenza</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemi:</translation>
    </message>
    <message>
        <source>Problems of the sequence</source>
        <translation>Problemi della sequenza</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save and &amp;activate</source>
        <translation>Salva e &amp;attiva</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Metti in &amp;pausa</translation>
    </message>
    <message>
        <source>Change step #%1</source>
        <translation>Modifica passaggio #%1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Change when leads enter or leave</source>
        <translation>Modifica quando i lead entrano o escono</translation>
    </message>
    <message>
        <source>Segment to enrol</source>
        <translation>Segmento da inserire</translation>
    </message>
    <message>
        <source>Enrol the segment</source>
        <translation>Inserisci il segmento</translation>
    </message>
    <message>
        <source>Lead numbers to enrol</source>
        <translation>Numeri dei lead da inserire</translation>
    </message>
    <message>
        <source>Lead numbers, e.g. 12, 15</source>
        <translation>Numeri dei lead, ad es. 12, 15</translation>
    </message>
    <message>
        <source>Enrol these leads</source>
        <translation>Inserisci questi lead</translation>
    </message>
    <message>
        <source>Take out of the sequence</source>
        <translation>Rimuovi dalla sequenza</translation>
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
        <translation>Stato</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prossimo passaggio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Perché è terminato</translation>
    </message>
    <message>
        <source>Per e-mail step: opens, clicks and replies come from the leads&apos; activities between the e-mail and the next one (30 days at most); converted: reached SQL or beyond after it.</source>
        <translation>Per ogni passaggio e-mail: aperture, clic e risposte provengono dalle attività dei lead tra l&apos;e-mail e la successiva (al massimo 30 giorni); conversioni: lead arrivati a SQL o oltre dopo l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviate</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Cliccate</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Conversioni</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rimbalzate</translation>
    </message>
    <message>
        <source>Waiting here</source>
        <translation>In attesa qui</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>Modelli di e-mail</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Elimina modello</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome del modello</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>Insert a merge field</source>
        <translation>Inserisci un campo unione</translation>
    </message>
    <message>
        <source>Insert a merge field…</source>
        <translation>Inserisci un campo unione…</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Corpo in testo semplice</translation>
    </message>
    <message>
        <source>Hello {{first_name|there}},
…</source>
        <translation>Gentile {{first_name|cliente}},
…</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <source>HTML body (optional)</source>
        <translation>Corpo HTML (facoltativo)</translation>
    </message>
    <message>
        <source>Optional simple HTML, e.g. &lt;p&gt;Hello &lt;b&gt;{{first_name}}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>HTML semplice facoltativo, ad es. &lt;p&gt;Gentile &lt;b&gt;{{first_name}}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>The unsubscribe footer (Sending tab) is added to every e-mail and cannot be removed.</source>
        <translation>Il piè di pagina per la disiscrizione (scheda Invio) viene aggiunto a ogni e-mail e non può essere rimosso.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Salva modello</translation>
    </message>
    <message>
        <source>Preview for lead #</source>
        <translation>Anteprima per il lead #</translation>
    </message>
    <message>
        <source>Lead to preview for</source>
        <translation>Lead per l&apos;anteprima</translation>
    </message>
    <message>
        <source>Sending settings</source>
        <translation>Impostazioni di invio</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Porta SMTP</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Server SMTP:</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sicurezza della connessione</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;curezza:</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nome utente SMTP</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Password SMTP</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Conservata nel portachiavi di sistema; lascia vuoto per mantenere quella salvata</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Trusted certificate file</source>
        <translation>File del certificato attendibile</translation>
    </message>
    <message>
        <source>Optional: a PEM file to trust for this server</source>
        <translation>Facoltativo: un file PEM da considerare attendibile per questo server</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificato:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Indirizzo mittente:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nome mittente:</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Indirizzo per le risposte</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>Rispondi a:</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox</source>
        <translation>Casella per la disiscrizione</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox:</source>
        <translation>Casella disiscrizione:</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Pagina di disiscrizione</translation>
    </message>
    <message>
        <source>Unsubscribe page:</source>
        <translation>Pagina disiscrizione:</translation>
    </message>
    <message>
        <source>Sender&apos;s postal address</source>
        <translation>Indirizzo postale del mittente</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Indirizzo postale:</translation>
    </message>
    <message>
        <source>Footer wording</source>
        <translation>Testo del piè di pagina</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>Piè di pagina:</translation>
    </message>
    <message>
        <source>Most e-mails per lead</source>
        <translation>Massimo di e-mail per lead</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>In giorni</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>al massimo</translation>
    </message>
    <message>
        <source>e-mails per lead in</source>
        <translation>e-mail per lead in</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>Frequency cap:</source>
        <translation>Limite di frequenza:</translation>
    </message>
    <message>
        <source>No e-mail from</source>
        <translation>Nessuna e-mail dalle</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Inizio delle ore di silenzio</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Fine delle ore di silenzio</translation>
    </message>
    <message>
        <source>nor at weekends</source>
        <translation>né nel fine settimana</translation>
    </message>
    <message>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Ore di silenzio:</translation>
    </message>
    <message>
        <source>Send what is due every 5 minutes while Leadbench is open</source>
        <translation>Invia ciò che è in scadenza ogni 5 minuti mentre Leadbench è aperto</translation>
    </message>
    <message>
        <source>Save sending settings</source>
        <translation>Salva impostazioni di invio</translation>
    </message>
    <message>
        <source>&amp;Dry run (next 14 days)</source>
        <translation>Si&amp;mulazione (prossimi 14 giorni)</translation>
    </message>
    <message>
        <source>Send due e-mails &amp;now</source>
        <translation>Invia &amp;ora le e-mail in scadenza</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenza</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Nessun segmento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved sequence</source>
        <translation>Sequenza non salvata</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Scartare le modifiche a &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Nuova sequenza</translation>
    </message>
    <message>
        <source>New sequence %1</source>
        <translation>Nuova sequenza %1</translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation> · non salvata</translation>
    </message>
    <message>
        <source>Step #%1: %2</source>
        <translation>Passaggio #%1: %2</translation>
    </message>
    <message>
        <source>No problem: the sequence can run.</source>
        <translation>Nessun problema: la sequenza può essere eseguita.</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <source>Remove step #%1</source>
        <translation>Rimuovi passaggio #%1</translation>
    </message>
    <message>
        <source>Start at step #%1</source>
        <translation>Inizia dal passaggio #%1</translation>
    </message>
    <message>
        <source>Save sequence</source>
        <translation>Salva sequenza</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; saved.</source>
        <translation>Sequenza &quot;%1&quot; salvata.</translation>
    </message>
    <message>
        <source>Activate sequence</source>
        <translation>Attiva sequenza</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; is active.</source>
        <translation>La sequenza &quot;%1&quot; è attiva.</translation>
    </message>
    <message>
        <source>Pause sequence</source>
        <translation>Metti in pausa la sequenza</translation>
    </message>
    <message>
        <source>Active %1 · completed %2 · exited %3</source>
        <translation>Attivi %1 · completati %2 · usciti %3</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inserisci</translation>
    </message>
    <message>
        <source>Save the sequence first.</source>
        <translation>Salva prima la sequenza.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled.</source>
        <translation>
            <numerusform>%n lead inserito.</numerusform>
            <numerusform>%n lead inseriti.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead number.</source>
        <translation>&quot;%1&quot; non è un numero di lead.</translation>
    </message>
    <message>
        <source>Add to nurture sequence</source>
        <translation>Aggiungi a una sequenza di nurturing</translation>
    </message>
    <message>
        <source>There is no nurture sequence yet: make one on the Nurture page.</source>
        <translation>Non c&apos;è ancora nessuna sequenza di nurturing: creane una nella pagina Nurturing.</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n lead(s) in:</source>
        <translation>
            <numerusform>Inserisci %n lead in:</numerusform>
            <numerusform>Inserisci %n lead in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled; %1 were already in it.</source>
        <translation>
            <numerusform>%n lead inserito; %1 erano già presenti.</numerusform>
            <numerusform>%n lead inseriti; %1 erano già presenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Modello &quot;%1&quot; salvato.</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Eliminare il modello &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a lead number to see the e-mail as that lead will get it.</source>
        <translation>Scegli un numero di lead per vedere l&apos;e-mail come la riceverà quel lead.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Pronta per l&apos;invio.</translation>
    </message>
    <message>
        <source>Sending settings saved.</source>
        <translation>Impostazioni di invio salvate.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulazione</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) in the next 14 days; nothing was sent or changed.</source>
        <translation>
            <numerusform>Simulazione: %n e-mail nei prossimi 14 giorni; non è stato inviato né modificato nulla.</numerusform>
            <numerusform>Simulazione: %n e-mail nei prossimi 14 giorni; non è stato inviato né modificato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Invia ora</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Nurture e-mails: %1</source>
        <translation>E-mail di nurturing: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail inviata.</numerusform>
            <numerusform>%n e-mail inviate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.</source>
        <translation>Nuovi tentativi %1, errori %2, rimbalzi %3, uscite %4, completamenti %5; trattenute dal limite %6, dalle ore di silenzio %7.</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
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
        <translation>&amp;Modifica fasi…</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Nuova pipeline…</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline…</source>
        <translation>&amp;Elimina pipeline…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nuova trattativa…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search title, company or name</source>
        <translation>Cerca titolo, azienda o nome</translation>
    </message>
    <message>
        <source>Closing between</source>
        <translation>Chiusura tra</translation>
    </message>
    <message>
        <source>Close date from</source>
        <translation>Data di chiusura dal</translation>
    </message>
    <message>
        <source>Close date to</source>
        <translation>Data di chiusura al</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Proprietario:</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Trattative</translation>
    </message>
    <message>
        <source>L&amp;eads</source>
        <translation>L&amp;ead</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnate</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nuova pipeline</translation>
    </message>
    <message>
        <source>Name of the pipeline (it starts with the usual stages):</source>
        <translation>Nome della pipeline (inizia con le fasi abituali):</translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation>Impostazioni pipeline</translation>
    </message>
    <message>
        <source>Saved the pipeline %1.</source>
        <translation>Pipeline %1 salvata.</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>Elimina pipeline</translation>
    </message>
    <message>
        <source>Delete the pipeline %1 and its stages?</source>
        <translation>Eliminare la pipeline %1 e le sue fasi?</translation>
    </message>
    <message>
        <source>Deleted the pipeline %1.</source>
        <translation>Pipeline %1 eliminata.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>Pipeline #%1 does not exist (it may have been deleted).</source>
        <translation>La pipeline #%1 non esiste (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificata</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negoziazione</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Una pipeline deve avere un nome.</translation>
    </message>
    <message>
        <source>There is already a pipeline named &quot;%1&quot;.</source>
        <translation>Esiste già una pipeline di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Stage %1 of &quot;%2&quot; has no name.</source>
        <translation>La fase %1 di &quot;%2&quot; non ha un nome.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two stages named &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ha due fasi di nome &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: the probability must be between 0 and 100%.</source>
        <translation>Fase &quot;%1&quot;: la probabilità deve essere compresa tra 0 e 100%.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: deals rot after 0 (never) to 3650 days.</source>
        <translation>Fase &quot;%1&quot;: le trattative vanno in stallo dopo un numero di giorni da 0 (mai) a 3650.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; does not belong to this pipeline.</source>
        <translation>La fase &quot;%1&quot; non appartiene a questa pipeline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one open stage.</source>
        <translation>&quot;%1&quot; richiede almeno una fase aperta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one Won stage and one Lost stage.</source>
        <translation>&quot;%1&quot; richiede esattamente una fase Vinta e una fase Persa.</translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): move them to another stage before deleting it.</source>
        <translation>
            <numerusform>La fase &quot;%1&quot; contiene %n trattativa: spostala in un&apos;altra fase prima di eliminarla.</numerusform>
            <numerusform>La fase &quot;%1&quot; contiene %n trattative: spostale in un&apos;altra fase prima di eliminarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): its kind (open, won, lost) cannot change while it does.</source>
        <translation>
            <numerusform>La fase &quot;%1&quot; contiene %n trattativa: finché è così, il suo tipo (aperta, vinta, persa) non può cambiare.</numerusform>
            <numerusform>La fase &quot;%1&quot; contiene %n trattative: finché è così, il suo tipo (aperta, vinta, persa) non può cambiare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n deal(s): move or delete them before deleting the pipeline.</source>
        <translation>
            <numerusform>&quot;%1&quot; contiene %n trattativa: spostala o eliminala prima di eliminare la pipeline.</numerusform>
            <numerusform>&quot;%1&quot; contiene %n trattative: spostale o eliminale prima di eliminare la pipeline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsDialog</name>
    <message>
        <source>Pipeline settings</source>
        <translation>Impostazioni pipeline</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Nome della pipeline</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>In stallo dopo</translation>
    </message>
    <message>
        <source>Deals move from left to right. A pipeline has one Won and one Lost stage; a stage that holds deals cannot be removed.</source>
        <translation>Le trattative si spostano da sinistra a destra. Una pipeline ha una fase Vinta e una Persa; una fase che contiene trattative non può essere rimossa.</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Aggiungi fase</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Rimuovi fase</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta in &amp;alto</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Sposta in &amp;basso</translation>
    </message>
    <message>
        <source>Kind of stage</source>
        <translation>Tipo di fase</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Probabilità predefinita</translation>
    </message>
    <message>
        <source>Days after which deals rot</source>
        <translation>Giorni dopo i quali le trattative vanno in stallo</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nuova fase</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Seleziona tutto</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Aumenta</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Diminuisci</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opzione sconosciuta &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opzioni sconosciute: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valore mancante dopo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valore non previsto dopo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opzioni]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilizzo: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Parametri:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Mostra la guida sulle opzioni della riga di comando.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Mostra questa guida.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Mostra le informazioni sulla versione.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Cerca in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome del file:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>File di tipo:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>S&amp;cegli</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vai avanti</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Cartella superiore</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Vai indietro</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Vai alla cartella superiore</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Crea nuova cartella</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Crea una nuova cartella</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nuova cartella</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nuova cartella</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista a elenco</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista dettagliata</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Passa alla modalità vista a elenco</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Passa alla modalità vista dettagliata</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostra i &amp;file nascosti</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Risorse recenti</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra laterale</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista di risorse e segnalibri</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Cartella di file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Il mio computer</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 esiste già.
Vuoi sostituirlo?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File non trovato.
Verifica che sia stato inserito il nome corretto del file.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Cartella non trovata.
Verifica che sia stato inserito il nome corretto della cartella.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Sei sicuro di voler eliminare &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; è protetto da scrittura.
Vuoi eliminarlo comunque?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Impossibile rimuovere la cartella.</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Trova cartella</translation>
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
        <translation>Dimensione</translation>
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
        <translation>Data di modifica</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Il mio computer</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
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
        <translation>Nome del file non valido</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Inserisci un valore:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostra dettagli...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Nascondi dettagli...</translation>
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
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salva tutti</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sì &amp;a tutti</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a tutti</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ripristina valori predefiniti</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copia il co&amp;llegamento</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Precedente</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Successivo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>Qualification</name>
    <message>
        <source>Give the reason for nurturing: it goes into the stage history and the follow-up.</source>
        <translation>Indica il motivo del nurturing: viene salvato nella cronologia delle fasi e nel follow-up.</translation>
    </message>
    <message>
        <source>The deal&apos;s amount cannot be negative.</source>
        <translation>L&apos;importo della trattativa non può essere negativo.</translation>
    </message>
    <message>
        <source>BANT: %1</source>
        <translation>BANT: %1</translation>
    </message>
    <message>
        <source>Follow up after nurturing: %1</source>
        <translation>Follow-up dopo il nurturing: %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Connected</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Lasciato un messaggio in segreteria</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Wrong contact</source>
        <translation>Contatto errato</translation>
    </message>
    <message>
        <source>The delay after &quot;not now&quot; is from 1 to 3650 days.</source>
        <translation>Il ritardo dopo &quot;non ora&quot; va da 1 a 3650 giorni.</translation>
    </message>
    <message>
        <source>Hot lead, score %1</source>
        <translation>Lead caldo, punteggio %1</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nuova assegnazione</translation>
    </message>
    <message numerus="yes">
        <source>Not now (call): try again in %n day(s)</source>
        <translation>
            <numerusform>Non ora (chiamata): riprova tra %n giorno</numerusform>
            <numerusform>Non ora (chiamata): riprova tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up after &quot;not now&quot;</source>
        <translation>Follow-up dopo &quot;non ora&quot;</translation>
    </message>
    <message>
        <source>Call back (%1)</source>
        <translation>Richiama (%1)</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Chiamata registrata</translation>
    </message>
    <message>
        <source>Call removed</source>
        <translation>Chiamata rimossa</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Whose queue</source>
        <translation>Di chi è la coda</translation>
    </message>
    <message>
        <source>Team and routing…</source>
        <translation>Team e assegnazione…</translation>
    </message>
    <message>
        <source>Queue of:</source>
        <translation>Coda di:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
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
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Nota della chiamata</translation>
    </message>
    <message>
        <source>Note for the next call logged (optional)</source>
        <translation>Nota per la prossima chiamata registrata (facoltativa)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Log the call with one key: %1 · Enter opens the lead · T plans a task</source>
        <translation>Registra la chiamata con un tasto: %1 · Invio apre il lead · T pianifica un task</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nuovo task…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>Domani alle 9:00</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Caldi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <source>Logged: %1. Next call %2.</source>
        <translation>Registrato: %1. Prossima chiamata %2.</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>Registrato: %1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Posticipato fino a %1.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Elimina task</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation>Eliminare il task &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Queue (%L1)</source>
        <translation>Coda (%L1)</translation>
    </message>
    <message>
        <source>Tasks (%L1)</source>
        <translation>Task (%L1)</translation>
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
        <translation>%1: %2, scadenza %3</translation>
    </message>
    <message>
        <source>%1 with %2: %3, due %4</source>
        <translation>%1 con %2: %3, scadenza %4</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
</context>
<context>
    <name>RepRepository</name>
    <message>
        <source>A rep needs a name.</source>
        <translation>Un commerciale deve avere un nome.</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative.</source>
        <translation>La capacità di %1 non può essere negativa.</translation>
    </message>
    <message>
        <source>The absence of %1 ends before it starts.</source>
        <translation>L&apos;assenza di %1 finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation>Il commerciale #%1 non esiste.</translation>
    </message>
</context>
<context>
    <name>RescoreJob</name>
    <message>
        <source>The workspace is read-only: scores cannot be saved.</source>
        <translation>L&apos;area di lavoro è di sola lettura: impossibile salvare i punteggi.</translation>
    </message>
</context>
<context>
    <name>Rescorer</name>
    <message>
        <source>Score %1 reached the MQL threshold (%2)</source>
        <translation>Il punteggio %1 ha raggiunto la soglia MQL (%2)</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>Il lead #%1 non esiste.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>(unnamed rule)</source>
        <translation>(regola senza nome)</translation>
    </message>
    <message>
        <source>Every rule needs a name.</source>
        <translation>Ogni regola deve avere un nome.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; gives the lead to nobody: choose a rep or a team.</source>
        <translation>La regola &quot;%1&quot; non assegna il lead a nessuno: scegli un commerciale o un team.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names a rep who does not exist.</source>
        <translation>La regola &quot;%1&quot; indica un commerciale che non esiste.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names the team &quot;%2&quot;, which has no rep.</source>
        <translation>La regola &quot;%1&quot; indica il team &quot;%2&quot;, che non ha commerciali.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Regola &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched</source>
        <translation>regola &quot;%1&quot; soddisfatta</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched; round-robin in team %2</source>
        <translation>regola &quot;%1&quot; soddisfatta; round-robin nel team %2</translation>
    </message>
    <message>
        <source>round-robin, weighted by deals won in the last 30 days</source>
        <translation>round-robin, ponderato in base alle trattative vinte negli ultimi 30 giorni</translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation>round-robin</translation>
    </message>
    <message>
        <source>no rep available: everyone is away, inactive or full</source>
        <translation>nessun commerciale disponibile: tutti assenti, inattivi o al completo</translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation>Il commerciale #%1 non esiste.</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>assegnato manualmente</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Team and routing</source>
        <translation>Team e assegnazione</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Regole di assegnazione</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Commerciali</translation>
    </message>
    <message>
        <source>Add rep</source>
        <translation>Aggiungi commerciale</translation>
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
        <translation>Anzianità</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacità</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source> open leads</source>
        <translation> lead aperti</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Away from</source>
        <translation>Assente dal</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Assente fino al</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Retail, Hospitality</source>
        <translation>separati da virgole, ad es. Retail, Ospitalità</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separati da virgole</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>comma-separated countries or regions</source>
        <translation>paesi o regioni separati da virgole</translation>
    </message>
    <message>
        <source>Active (receives leads)</source>
        <translation>Attivo (riceve lead)</translation>
    </message>
    <message>
        <source>Save rep</source>
        <translation>Salva commerciale</translation>
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
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Seniority:</source>
        <translation>&amp;Anzianità:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacità:</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>Disponibilità:</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>&amp;Settori:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Prodotti:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regioni:</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n lead aperto</numerusform>
            <numerusform>%n lead aperti</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inattivo</translation>
    </message>
    <message>
        <source>away</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation>Regole, vince la prima corrispondenza</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Aggiungi regola</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>When no rule matches: round-robin weighted by deals won in the last 30 days</source>
        <translation>Se nessuna regola corrisponde: round-robin ponderato in base alle trattative vinte negli ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Assign leads automatically when they become MQL</source>
        <translation>Assegna automaticamente i lead quando diventano MQL</translation>
    </message>
    <message>
        <source>Rules (tried in order; the first that matches decides):</source>
        <translation>Regole (provate in ordine; decide la prima che corrisponde):</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nome della regola</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value(s), comma-separated</source>
        <translation>Valore/i, separati da virgole</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Aggiungi condizione</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Rimuovi condizione</translation>
    </message>
    <message>
        <source>To the rep</source>
        <translation>Al commerciale</translation>
    </message>
    <message>
        <source>In turn to the team</source>
        <translation>A turno al team</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>weighted by deals won in the last 30 days</source>
        <translation>ponderato in base alle trattative vinte negli ultimi 30 giorni</translation>
    </message>
    <message>
        <source>When all hold:</source>
        <translation>Quando tutte sono vere:</translation>
    </message>
    <message>
        <source>Give the lead:</source>
        <translation>Assegna il lead:</translation>
    </message>
    <message>
        <source>rep #%1</source>
        <translation>commerciale #%1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation>(regola senza nome)</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regola %1</translation>
    </message>
    <message>
        <source>Preview the rules being edited</source>
        <translation>Anteprima delle regole in modifica</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Quali</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>Andrebbe a</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Open leads now</source>
        <translation>Lead aperti ora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Who would get the last 50 leads that came in, and today&apos;s unassigned leads, under the rules as edited here (nothing is saved or assigned).</source>
        <translation>Chi riceverebbe gli ultimi 50 lead arrivati e i lead non assegnati di oggi, con le regole come modificate qui (nulla viene salvato o assegnato).</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>recenti</translation>
    </message>
    <message>
        <source>unassigned today</source>
        <translation>non assegnati oggi</translation>
    </message>
    <message>
        <source>Criteria to meet</source>
        <translation>Criteri da soddisfare</translation>
    </message>
    <message>
        <source> of 4</source>
        <translation> su 4</translation>
    </message>
    <message>
        <source>A lead is sales qualified when at least:</source>
        <translation>Un lead è qualificato per le vendite quando almeno:</translation>
    </message>
    <message>
        <source>and always:</source>
        <translation>e sempre:</translation>
    </message>
    <message>
        <source>Days before trying again after &quot;not now&quot;</source>
        <translation>Giorni prima di riprovare dopo &quot;non ora&quot;</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> giorni lavorativi</translation>
    </message>
    <message>
        <source>After &quot;not now&quot; or nurturing, follow up in:</source>
        <translation>Dopo &quot;non ora&quot; o il nurturing, follow-up tra:</translation>
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
        <translation>Nome della regola</translation>
    </message>
    <message>
        <source>optional; the rule describes itself</source>
        <translation>facoltativo; la regola si descrive da sé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Points per occurrence; negative points lower the score</source>
        <translation>Punti per occorrenza; i punti negativi abbassano il punteggio</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Punti:</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteggio</translation>
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
        <translation>Confronto</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>C&amp;onfronto:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>values separated by commas; case and accents are ignored</source>
        <translation>valori separati da virgole; maiuscole e accenti vengono ignorati</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valori:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Attività:</translation>
    </message>
    <message>
        <source>Detail contains</source>
        <translation>Il dettaglio contiene</translation>
    </message>
    <message>
        <source>e.g. pricing (page address, e-mail subject); empty: any</source>
        <translation>ad es. prezzi (indirizzo della pagina, oggetto dell&apos;e-mail); vuoto: qualsiasi</translation>
    </message>
    <message>
        <source>&amp;Detail contains:</source>
        <translation>Il &amp;dettaglio contiene:</translation>
    </message>
    <message>
        <source>Count at most</source>
        <translation>Conta al massimo</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>Count at &amp;most (occurrences):</source>
        <translation>Conta al &amp;massimo (occorrenze):</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Emivita</translation>
    </message>
    <message>
        <source>never fades</source>
        <translation>non decade mai</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>After this many days an occurrence counts half, after twice as many a quarter</source>
        <translation>Dopo questo numero di giorni un&apos;occorrenza vale la metà, dopo il doppio un quarto</translation>
    </message>
    <message>
        <source>&amp;Half-life:</source>
        <translation>&amp;Emivita:</translation>
    </message>
    <message>
        <source>Last e-mails</source>
        <translation>Ultime e-mail</translation>
    </message>
    <message>
        <source>None opened of the &amp;last:</source>
        <translation>Nessuna aperta tra le &amp;ultime:</translation>
    </message>
    <message>
        <source>Select a rule, or add one</source>
        <translation>Seleziona una regola o aggiungine una</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Al massimo</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Emivita</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Decision maker (job title)</source>
        <translation>Decisore (qualifica)</translation>
    </message>
    <message>
        <source>Manager (job title)</source>
        <translation>Manager (qualifica)</translation>
    </message>
    <message>
        <source>Company of 200 employees or more</source>
        <translation>Azienda con 200 o più dipendenti</translation>
    </message>
    <message>
        <source>Enterprise (1,000 employees or more)</source>
        <translation>Grande impresa (1.000 o più dipendenti)</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>Settore target</translation>
    </message>
    <message>
        <source>Phone number given</source>
        <translation>Numero di telefono fornito</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <translation>Indirizzo e-mail personale</translation>
    </message>
    <message>
        <source>The rule set is of an unknown format (%1).</source>
        <translation>Il set di regole ha un formato sconosciuto (%1).</translation>
    </message>
    <message>
        <source>&quot;mql_threshold&quot; must be a whole number.</source>
        <translation>&quot;mql_threshold&quot; deve essere un numero intero.</translation>
    </message>
    <message>
        <source>&quot;warm_from&quot; must be a whole number.</source>
        <translation>&quot;warm_from&quot; deve essere un numero intero.</translation>
    </message>
    <message>
        <source>&quot;hot_from&quot; must be a whole number.</source>
        <translation>&quot;hot_from&quot; deve essere un numero intero.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules.</source>
        <translation>&quot;rules&quot; deve essere un elenco di regole.</translation>
    </message>
    <message>
        <source>Rule %1: not an object.</source>
        <translation>Regola %1: non è un oggetto.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regola %1: %2</translation>
    </message>
    <message>
        <source>The MQL threshold must be between -10000 and 10000.</source>
        <translation>La soglia MQL deve essere compresa tra -10000 e 10000.</translation>
    </message>
    <message>
        <source>Warm must start at or below hot (warm from %1, hot from %2).</source>
        <translation>Tiepido deve iniziare a un valore pari o inferiore a caldo (tiepido da %1, caldo da %2).</translation>
    </message>
    <message>
        <source>At most 32 rules can look into an activity&apos;s details (URL, subject); this set has %1.</source>
        <translation>Al massimo 32 regole possono esaminare i dettagli di un&apos;attività (URL, oggetto); questo set ne ha %1.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Regola %1 (%2): %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2): the id %3 is used twice.</source>
        <translation>Regola %1 (%2): l&apos;id %3 è usato due volte.</translation>
    </message>
    <message>
        <source>The scoring rules stored in %1 cannot be read (%2).</source>
        <translation>Impossibile leggere le regole di punteggio salvate in %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SalesCommands</name>
    <message>
        <source>Qualify (BANT)</source>
        <translation>Qualifica (BANT)</translation>
    </message>
    <message>
        <source>Log call: %1</source>
        <translation>Registra chiamata: %1</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aggiungi task</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Completa task</translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>Salesforce: Leads and Opportunities, through a connected app (OAuth 2.0 refresh token).</source>
        <translation>Salesforce: lead e opportunità, tramite un&apos;app connessa (refresh token OAuth 2.0).</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Indirizzo dell&apos;istanza</translation>
    </message>
    <message>
        <source>e.g. https://yourcompany.my.salesforce.com</source>
        <translation>ad es. https://tuaazienda.my.salesforce.com</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>Indirizzo di accesso</translation>
    </message>
    <message>
        <source>https://test.salesforce.com for a sandbox</source>
        <translation>https://test.salesforce.com per una sandbox</translation>
    </message>
    <message>
        <source>Connected app consumer key</source>
        <translation>Consumer key dell&apos;app connessa</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versione API</translation>
    </message>
    <message>
        <source>Connected app consumer secret</source>
        <translation>Consumer secret dell&apos;app connessa</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <source>From the OAuth 2.0 web server flow with the refresh_token and api scopes.</source>
        <translation>Dal flusso OAuth 2.0 web server con gli ambiti refresh_token e api.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Società</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Annual Revenue</source>
        <translation>Fatturato annuo</translation>
    </message>
    <message>
        <source>No. of Employees</source>
        <translation>N. di dipendenti</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>Stato/Provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito Web</translation>
    </message>
    <message>
        <source>Lead Source</source>
        <translation>Origine lead</translation>
    </message>
    <message>
        <source>Lead Status</source>
        <translation>Stato lead</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Opportunity Name</source>
        <translation>Nome opportunità</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Close Date</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Probabilità (%)</translation>
    </message>
</context>
<context>
    <name>SalesforceSession</name>
    <message>
        <source>Salesforce: the client secret or the refresh token is not stored for this connection.</source>
        <translation>Salesforce: il client secret o il refresh token non è salvato per questa connessione.</translation>
    </message>
    <message>
        <source>describing %1</source>
        <translation>descrizione di %1</translation>
    </message>
    <message>
        <source>Salesforce: %1 has no external id field %2. In Setup &gt; Object Manager &gt; %1 &gt; Fields, add a Text(80) field named Leadbench_Key with &quot;External ID&quot; and &quot;Unique&quot; ticked: Leadbench records its key there so that a repeated upload never duplicates a record.</source>
        <translation>Salesforce: %1 non ha il campo ID esterno %2. In Imposta &gt; Gestione oggetti &gt; %1 &gt; Campi, aggiungi un campo Testo(80) di nome Leadbench_Key con &quot;ID esterno&quot; e &quot;Univoco&quot; selezionati: Leadbench vi registra la sua chiave affinché un caricamento ripetuto non duplichi mai un record.</translation>
    </message>
    <message>
        <source>Salesforce: the query had expired; continuing from the last change read.</source>
        <translation>Salesforce: la query era scaduta; si continua dall&apos;ultima modifica letta.</translation>
    </message>
    <message>
        <source>querying %1</source>
        <translation>interrogazione di %1</translation>
    </message>
    <message>
        <source>Salesforce: deletions older than 30 days can no longer be read; records deleted before %1 stay here.</source>
        <translation>Salesforce: le eliminazioni più vecchie di 30 giorni non sono più leggibili; i record eliminati prima del %1 restano qui.</translation>
    </message>
    <message>
        <source>listing deleted %1 records</source>
        <translation>elenco dei record %1 eliminati</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>lettura dei record %1</translation>
    </message>
    <message>
        <source>deleting %1 records</source>
        <translation>eliminazione dei record %1</translation>
    </message>
    <message>
        <source>updating %1 records</source>
        <translation>aggiornamento dei record %1</translation>
    </message>
    <message>
        <source>creating %1 records</source>
        <translation>creazione dei record %1</translation>
    </message>
    <message>
        <source>Salesforce gave no result for this record</source>
        <translation>Salesforce non ha restituito alcun risultato per questo record</translation>
    </message>
    <message>
        <source>Salesforce refused the session while %1: %2</source>
        <translation>Salesforce ha rifiutato la sessione durante %1: %2</translation>
    </message>
    <message>
        <source>Salesforce: the organisation&apos;s API request limit is used up (%1); the sync can continue when it resets.</source>
        <translation>Salesforce: il limite di richieste API dell&apos;organizzazione è esaurito (%1); la sincronizzazione potrà continuare al ripristino.</translation>
    </message>
    <message>
        <source>Salesforce refused %1: %2. Check the user&apos;s permissions on Leads and Opportunities.</source>
        <translation>Salesforce ha rifiutato %1: %2. Controlla le autorizzazioni dell&apos;utente su Lead e Opportunità.</translation>
    </message>
    <message>
        <source>Salesforce failed while %1 (HTTP %2): %3</source>
        <translation>Errore di Salesforce durante %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Salesforce refused %1 (HTTP %2): %3</source>
        <translation>Salesforce ha rifiutato %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Salesforce refused the connected app&apos;s credentials or the refresh token: %1. Authorise Leadbench again and store the new refresh token in the connection.</source>
        <translation>Salesforce ha rifiutato le credenziali dell&apos;app connessa o il refresh token: %1. Autorizza di nuovo Leadbench e salva il nuovo refresh token nella connessione.</translation>
    </message>
    <message>
        <source>getting an access token</source>
        <translation>ottenimento di un token di accesso</translation>
    </message>
    <message>
        <source>Salesforce: access token obtained.</source>
        <translation>Salesforce: token di accesso ottenuto.</translation>
    </message>
</context>
<context>
    <name>ScoreExplanationView</name>
    <message>
        <source>Score contributions</source>
        <translation>Contributi al punteggio</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occorrenze</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Cronologia del punteggio</translation>
    </message>
    <message>
        <source>Score %1; the MQL threshold is %2.</source>
        <translation>Punteggio %1; la soglia MQL è %2.</translation>
    </message>
    <message>
        <source>The list shows %1, from the last re-score: older behaviour has faded since.</source>
        <translation>L&apos;elenco mostra %1, dall&apos;ultimo ricalcolo: da allora il comportamento meno recente è decaduto.</translation>
    </message>
    <message>
        <source>No rule applies to this lead yet.</source>
        <translation>Nessuna regola si applica ancora a questo lead.</translation>
    </message>
    <message>
        <source>%1 of %2 (at most %1 count)</source>
        <translation>%1 di %2 (contano al massimo %1)</translation>
    </message>
    <message>
        <source>%1 points after decay; last on %2</source>
        <translation>%1 punti dopo il decadimento; ultima il %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>ScoringCharts</name>
    <message>
        <source>Leads by score</source>
        <translation>Lead per punteggio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>With the edited rules</source>
        <translation>Con le regole modificate</translation>
    </message>
    <message>
        <source>Scores now</source>
        <translation>Punteggi attuali</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Soglia MQL</translation>
    </message>
    <message>
        <source>What each threshold would do</source>
        <translation>Effetto di ciascuna soglia</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation>Futuri clienti sopra</translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation>Lead inviati alle vendite</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisione</translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation>Soglia attuale</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggerita</translation>
    </message>
</context>
<context>
    <name>ScoringInsights</name>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified): the threshold cannot be judged from the data.</source>
        <translation>Nessun lead ha ancora un esito (diventato cliente, oppure perso o squalificato): la soglia non può essere valutata dai dati.</translation>
    </message>
    <message>
        <source>No lead with a known outcome became a customer yet: nothing separates good leads from bad ones.</source>
        <translation>Nessun lead con esito noto è ancora diventato cliente: nulla distingue i lead buoni da quelli cattivi.</translation>
    </message>
    <message>
        <source>At %1, %2 of eventual customers score at or above the threshold, %3 of those above it became customers, and %4 of all leads would go to sales: the best balance (F1) of the two.</source>
        <translation>A %1, il %2 dei futuri clienti ha un punteggio pari o superiore alla soglia, il %3 di quelli sopra la soglia è diventato cliente e il %4 di tutti i lead andrebbe alle vendite: il miglior equilibrio (F1) tra i due.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Change scoring rules</source>
        <translation>Modifica le regole di punteggio</translation>
    </message>
    <message>
        <source>Re-scoring progress</source>
        <translation>Avanzamento del ricalcolo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop re-scoring after the current batch; it starts again the next time</source>
        <translation>Interrompi il ricalcolo dopo il blocco corrente; riprenderà la prossima volta</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>Threshold advisor</source>
        <translation>Consulente della soglia</translation>
    </message>
    <message>
        <source>Attribute lift</source>
        <translation>Lift degli attributi</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Regole di punteggio</translation>
    </message>
    <message>
        <source>Add profile rule</source>
        <translation>Aggiungi regola di profilo</translation>
    </message>
    <message>
        <source>Points for who the lead is: job title, company size, industry, …</source>
        <translation>Punti in base a chi è il lead: qualifica, dimensione aziendale, settore, …</translation>
    </message>
    <message>
        <source>Add behaviour rule</source>
        <translation>Aggiungi regola di comportamento</translation>
    </message>
    <message>
        <source>Points for what the lead does: opens, clicks, visits, meetings, …</source>
        <translation>Punti in base a cosa fa il lead: aperture, clic, visite, riunioni, …</translation>
    </message>
    <message>
        <source>Add &quot;no opens&quot; rule</source>
        <translation>Aggiungi regola &quot;nessuna apertura&quot;</translation>
    </message>
    <message>
        <source>Points when the lead opened none of the last e-mails sent</source>
        <translation>Punti quando il lead non ha aperto nessuna delle ultime e-mail inviate</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Regola selezionata</translation>
    </message>
    <message>
        <source>Threshold and temperature</source>
        <translation>Soglia e temperatura</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Soglia MQL</translation>
    </message>
    <message>
        <source>A Subscriber, Lead or Nurturing lead whose score reaches this becomes MQL</source>
        <translation>Un lead Iscritto, Lead o Nurturing il cui punteggio raggiunge questo valore diventa MQL</translation>
    </message>
    <message>
        <source>&amp;MQL at score:</source>
        <translation>&amp;MQL al punteggio:</translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation>Tiepido da</translation>
    </message>
    <message>
        <source>&amp;Warm from:</source>
        <translation>&amp;Tiepido da:</translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation>Caldo da</translation>
    </message>
    <message>
        <source>&amp;Hot from:</source>
        <translation>&amp;Caldo da:</translation>
    </message>
    <message>
        <source>Score distribution preview</source>
        <translation>Anteprima della distribuzione dei punteggi</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>Regole predefinite</translation>
    </message>
    <message>
        <source>Put the default rule set in the editor (the seeds&apos; points and profile rules)</source>
        <translation>Carica nell&apos;editor il set di regole predefinito (i punti e le regole di profilo iniziali)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Save and re-score</source>
        <translation>Salva e ricalcola</translation>
    </message>
    <message>
        <source>Threshold advisor chart</source>
        <translation>Grafico del consulente della soglia</translation>
    </message>
    <message>
        <source>Candidate thresholds</source>
        <translation>Soglie candidate</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation>Futuri clienti sopra</translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation>Lead inviati alle vendite</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisione</translation>
    </message>
    <message>
        <source>Leads above</source>
        <translation>Lead sopra</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Use the suggested threshold</source>
        <translation>Usa la soglia suggerita</translation>
    </message>
    <message>
        <source>Puts it in the rules editor; it takes effect when saved</source>
        <translation>La inserisce nell&apos;editor delle regole; ha effetto al salvataggio</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attributo</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>Attributo:</translation>
    </message>
    <message>
        <source>Conversion by attribute value</source>
        <translation>Conversione per valore dell&apos;attributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Leads with an outcome</source>
        <translation>Lead con un esito</translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation>Diventati clienti</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversione</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>The workspace is read-only: the rules can be read and previewed, not changed.</source>
        <translation>L&apos;area di lavoro è di sola lettura: le regole possono essere lette e visualizzate in anteprima, non modificate.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Impossibile salvare: %1</translation>
    </message>
    <message>
        <source>Unsaved changes: the preview shows what they would do.</source>
        <translation>Modifiche non salvate: l&apos;anteprima mostra il loro effetto.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); scores follow every change at once.</source>
        <translation>
            <numerusform>%n regola; i punteggi seguono subito ogni modifica.</numerusform>
            <numerusform>%n regole; i punteggi seguono subito ogni modifica.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview waits for a sound rule set: %1</source>
        <translation>L&apos;anteprima attende un set di regole valido: %1</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Calcolo dell&apos;anteprima…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Nessuna anteprima: %1</translation>
    </message>
    <message>
        <source>Under these rules %1 of %2 leads would be at or above the threshold of %3 (now %4); %5 would become MQL; %6 scores would change.</source>
        <translation>Con queste regole %1 lead su %2 sarebbero pari o sopra la soglia di %3 (ora %4); %5 diventerebbero MQL; %6 punteggi cambierebbero.</translation>
    </message>
    <message>
        <source>Scoring rules changed</source>
        <translation>Regole di punteggio modificate</translation>
    </message>
    <message>
        <source>Re-scoring every lead: %1…</source>
        <translation>Ricalcolo del punteggio di ogni lead: %1…</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 lead su %2</translation>
    </message>
    <message>
        <source>Re-scoring failed: %1</source>
        <translation>Ricalcolo non riuscito: %1</translation>
    </message>
    <message>
        <source>Re-scoring stopped after %1 leads; it resumes the next time the workspace opens.</source>
        <translation>Ricalcolo interrotto dopo %1 lead; riprenderà alla prossima apertura dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Re-scored %1 leads: %2 scores changed, %3 leads became MQL.</source>
        <translation>Ricalcolato il punteggio di %1 lead: %2 punteggi cambiati, %3 lead sono diventati MQL.</translation>
    </message>
    <message>
        <source>Reading the outcomes…</source>
        <translation>Lettura degli esiti…</translation>
    </message>
    <message>
        <source>%1 leads; %2 with a known outcome (%3 became customers, %4 were lost or disqualified).</source>
        <translation>%1 lead; %2 con esito noto (%3 diventati clienti, %4 persi o squalificati).</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (attuale)</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (suggerita)</translation>
    </message>
    <message>
        <source>Use the suggested threshold (%1)</source>
        <translation>Usa la soglia suggerita (%1)</translation>
    </message>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified).</source>
        <translation>Nessun lead ha ancora un esito (diventato cliente, oppure perso o squalificato).</translation>
    </message>
    <message>
        <source>Overall, %1 of the %2 leads with a known outcome became customers. Lift above 1: the value converts better than average; below 1: worse.</source>
        <translation>Complessivamente, %1 dei %2 lead con esito noto sono diventati clienti. Lift sopra 1: il valore converte meglio della media; sotto 1: peggio.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>No value of %1 has 5 or more leads with a known outcome yet.</source>
        <translation>Nessun valore di %1 ha ancora 5 o più lead con esito noto.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
</context>
<context>
    <name>ScoringRule</name>
    <message>
        <source>%1 is set</source>
        <translation>%1 è impostato</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 containing &quot;%2&quot;</source>
        <translation>%1 contenente &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a whole number</source>
        <translation>&quot;id&quot; deve essere un numero intero</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be profile, behaviour or no_opens, not &quot;%1&quot;</source>
        <translation>&quot;kind&quot; deve essere profile, behaviour o no_opens, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation>manca &quot;points&quot;</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be a whole number</source>
        <translation>&quot;points&quot; deve essere un numero intero</translation>
    </message>
    <message>
        <source>&quot;field&quot;: &quot;%1&quot; is not a field a profile rule can read</source>
        <translation>&quot;field&quot;: &quot;%1&quot; non è un campo leggibile da una regola di profilo</translation>
    </message>
    <message>
        <source>&quot;operator&quot;: &quot;%1&quot; is not one of equals, contains, one_of, at_least, at_most, is_set</source>
        <translation>&quot;operator&quot;: &quot;%1&quot; non è uno tra equals, contains, one_of, at_least, at_most, is_set</translation>
    </message>
    <message>
        <source>&quot;values&quot; must hold texts or numbers</source>
        <translation>&quot;values&quot; deve contenere testi o numeri</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list</source>
        <translation>&quot;values&quot; deve essere un elenco</translation>
    </message>
    <message>
        <source>&quot;activity&quot;: &quot;%1&quot; is not an activity type</source>
        <translation>&quot;activity&quot;: &quot;%1&quot; non è un tipo di attività</translation>
    </message>
    <message>
        <source>&quot;cap&quot; must be a whole number</source>
        <translation>&quot;cap&quot; deve essere un numero intero</translation>
    </message>
    <message>
        <source>&quot;half_life_days&quot; must be a number</source>
        <translation>&quot;half_life_days&quot; deve essere un numero</translation>
    </message>
    <message>
        <source>&quot;last_emails&quot; must be a whole number</source>
        <translation>&quot;last_emails&quot; deve essere un numero intero</translation>
    </message>
    <message>
        <source>Points must be between -1000 and 1000.</source>
        <translation>I punti devono essere compresi tra -1000 e 1000.</translation>
    </message>
    <message>
        <source>A profile rule cannot read %1.</source>
        <translation>Una regola di profilo non può leggere %1.</translation>
    </message>
    <message>
        <source>%1 can only be tested with &quot;is set&quot;.</source>
        <translation>%1 può essere verificato solo con &quot;è impostato&quot;.</translation>
    </message>
    <message>
        <source>Give a value to compare %1 with.</source>
        <translation>Indica un valore con cui confrontare %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers; %2 is not a number field.</source>
        <translation>&quot;%1&quot; confronta numeri; %2 non è un campo numerico.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; non è un numero.</translation>
    </message>
    <message>
        <source>%1 cannot be scored.</source>
        <translation>%1 non può ricevere un punteggio.</translation>
    </message>
    <message>
        <source>The cap must be between 0 (no cap) and 1000 occurrences.</source>
        <translation>Il limite deve essere compreso tra 0 (nessun limite) e 1000 occorrenze.</translation>
    </message>
    <message>
        <source>The half-life must be between 0 (no decay) and 3650 days.</source>
        <translation>L&apos;emivita deve essere compresa tra 0 (nessun decadimento) e 3650 giorni.</translation>
    </message>
    <message>
        <source>The number of e-mails must be between 1 and 100.</source>
        <translation>Il numero di e-mail deve essere compreso tra 1 e 100.</translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>equals</source>
        <translation>è uguale a</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>è uno tra</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>è almeno</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>è al massimo</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>è impostato</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>No opens</source>
        <translation>Nessuna apertura</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message numerus="yes">
        <source>Opened none of the last %Ln e-mail(s)</source>
        <translation>
            <numerusform>Non ha aperto l&apos;ultima e-mail (%Ln)</numerusform>
            <numerusform>Non ha aperto nessuna delle ultime %Ln e-mail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>Scoring rules changed</source>
        <translation>Regole di punteggio modificate</translation>
    </message>
    <message>
        <source>Daily re-score: older behaviour counts less</source>
        <translation>Ricalcolo giornaliero: il comportamento meno recente conta meno</translation>
    </message>
    <message>
        <source>Scored with the workspace&apos;s rules</source>
        <translation>Punteggio calcolato con le regole dell&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segmento deve avere un nome.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Recorded with every stage change, activity and merge you make.</source>
        <translation>Registrato con ogni cambio di fase, attività e unione che esegui.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>Workspace at start</source>
        <translation>Area di lavoro all&apos;avvio</translation>
    </message>
    <message>
        <source>The last workspace used</source>
        <translation>L&apos;ultima area di lavoro usata</translation>
    </message>
    <message>
        <source>The default workspace</source>
        <translation>L&apos;area di lavoro predefinita</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Apri all&apos;avvio:</translation>
    </message>
    <message>
        <source>Ask before deleting several leads at once</source>
        <translation>Chiedi conferma prima di eliminare più lead alla volta</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Backup automatici</translation>
    </message>
    <message>
        <source>Back up the open workspace automatically</source>
        <translation>Esegui automaticamente il backup dell&apos;area di lavoro aperta</translation>
    </message>
    <message>
        <source>Hours between backups</source>
        <translation>Ore tra un backup e l&apos;altro</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Ogni:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backup da conservare</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Conserva gli ultimi:</translation>
    </message>
    <message>
        <source>Your name cannot be empty: it is recorded in the histories.</source>
        <translation>Il tuo nome non può essere vuoto: viene registrato nelle cronologie.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the name of the system&apos;s language in that language (Français, Ελληνικά ...)</extracomment>
        <translation>Predefinita di sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>A new language applies when Leadbench starts again.</source>
        <translation>La nuova lingua verrà applicata al prossimo avvio di Leadbench.</translation>
    </message>
    <message>
        <source>The language changes the next time Leadbench starts.</source>
        <translation>La lingua cambierà al prossimo avvio di Leadbench.</translation>
    </message>
</context>
<context>
    <name>StageMachine</name>
    <message>
        <source>The lead is already at %1.</source>
        <translation>Il lead è già in %1.</translation>
    </message>
    <message>
        <source>A lead cannot move from %1 to %2; from %1 it can move to %3.</source>
        <translation>Un lead non può passare da %1 a %2; da %1 può passare a %3.</translation>
    </message>
    <message>
        <source>no other stage</source>
        <translation>nessun&apos;altra fase</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Step type</source>
        <translation>Tipo di passaggio</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Step label</source>
        <translation>Etichetta del passaggio</translation>
    </message>
    <message>
        <source>Optional: a name shown on the card</source>
        <translation>Facoltativo: un nome mostrato sulla scheda</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Eti&amp;chetta:</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>Modello di e-mail</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>Wait length</source>
        <translation>Durata dell&apos;attesa</translation>
    </message>
    <message>
        <source>Wait unit</source>
        <translation>Unità dell&apos;attesa</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>giorni lavorativi</translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation>Attesa:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <source>&amp;If:</source>
        <translation>S&amp;e:</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Punteggio almeno</translation>
    </message>
    <message>
        <source>Sc&amp;ore ≥</source>
        <translation>&amp;Punteggio ≥</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Campo del lead</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>C&amp;ampo:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>Com&amp;parison:</source>
        <translation>C&amp;onfronto:</translation>
    </message>
    <message>
        <source>Value (several: separated by commas)</source>
        <translation>Valore (più valori: separati da virgole)</translation>
    </message>
    <message>
        <source>Value; for &quot;one of&quot;: values separated by commas</source>
        <translation>Valore; per &quot;è uno tra&quot;: valori separati da virgole</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valore:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nuova fase</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>Fa&amp;se:</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>Co&amp;mmerciale:</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Tipo di task</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Tas&amp;k:</translation>
    </message>
    <message>
        <source>Task title or message</source>
        <translation>Titolo del task o messaggio</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>T&amp;esto:</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>Scadenza tra giorni</translation>
    </message>
    <message>
        <source>Due in (days):</source>
        <translation>Scadenza tra (giorni):</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prossimo passaggio</translation>
    </message>
    <message>
        <source>If yes, go to</source>
        <translation>Se sì, vai a</translation>
    </message>
    <message>
        <source>If no, go to</source>
        <translation>Se no, vai a</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Poi:</translation>
    </message>
    <message>
        <source>If &amp;yes:</source>
        <translation>Se &amp;sì:</translation>
    </message>
    <message>
        <source>If &amp;no:</source>
        <translation>Se &amp;no:</translation>
    </message>
    <message>
        <source>Select a step in the flow, or add one.</source>
        <translation>Seleziona un passaggio nel flusso o aggiungine uno.</translation>
    </message>
    <message>
        <source>Step #%1</source>
        <translation>Passaggio #%1</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(scegli un modello)</translation>
    </message>
    <message>
        <source>By the routing rules</source>
        <translation>Secondo le regole di assegnazione</translation>
    </message>
    <message>
        <source>End of the sequence</source>
        <translation>Fine della sequenza</translation>
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
        <translation>Mantieni il valore di Leadbench</translation>
    </message>
    <message>
        <source>Take the CRM&apos;s value</source>
        <translation>Prendi il valore del CRM</translation>
    </message>
    <message>
        <source>The newest change wins</source>
        <translation>Vince la modifica più recente</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Chiedi</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
</context>
<context>
    <name>Sync::SyncRunner</name>
    <message>
        <source>A sync is already running.</source>
        <translation>È già in corso una sincronizzazione.</translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>La connessione #%1 non esiste più.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>%1: &quot;%2&quot; is required.</source>
        <translation>%1: &quot;%2&quot; è obbligatorio.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>%1 non ha l&apos;impostazione &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>La connessione #%1 non esiste più.</translation>
    </message>
    <message>
        <source>The conflict #%1 was already settled.</source>
        <translation>Il conflitto #%1 è già stato risolto.</translation>
    </message>
    <message>
        <source>Conflict settled: %1</source>
        <translation>Conflitto risolto: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>never</source>
        <translation>mai</translation>
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
        I plug-in connettore CRM trovati e quelli rifiutati, con il motivo.
  connections list [--json]
  connections add NAME --connector ID [--set KEY=VALUE]... [--conflicts ask|local|remote|newest]
                  [--secret-stdin] [--no-test]
        Aggiunge una connessione CRM e la testa. I segreti (token, client secret, refresh token)
        non sono mai opzioni: vengono richiesti nel terminale o letti dallo standard input con
        --secret-stdin (righe KEY=VALUE, o solo il valore se il connettore ha un solo segreto),
        e conservati solo nel portachiavi di sistema. Impostazioni: vedi &quot;connectors&quot;.
  connections edit NAME [--name NEW] [--set KEY=VALUE]... [--conflicts RULE] [--secret-stdin]
  connections remove NAME
  connections test NAME
  connections mapping NAME [--json]
  connections map NAME lead|deal LOCAL_FIELD CRM_FIELD [--direction both|push|pull] [--clear-allowed]
        push: Leadbench è la fonte attendibile per il campo; pull: lo è il CRM. --clear-allowed
        consente a un valore vuoto di sostituire uno compilato.
  connections unmap NAME lead|deal LOCAL_FIELD
  connections reset-mapping NAME
  connections log NAME [--runs N]
  sync CONNECTION [--full] [--dry-run] [--json]
        Riceve le modifiche del CRM, poi invia quelle di Leadbench. --full confronta ogni record;
        --dry-run mostra cosa cambierebbe, campo per campo, e non scrive nulla da nessuna parte.
        Codice di uscita 1 se la sincronizzazione non è riuscita o il CRM ha rifiutato alcuni record (elencati).
  conflicts list [CONNECTION] [--json]
  conflicts resolve ID local|remote
  conflicts resolve-all CONNECTION local|remote
        I campi modificati su entrambe le parti dall&apos;ultima sincronizzazione attendono una scelta (con la regola &quot;ask&quot;).
</translation>
    </message>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Esegui &quot;leadbench-cli --help&quot; per l&apos;elenco dei comandi.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Output JSON.</translation>
    </message>
    <message>
        <source>No connector plug-ins in %1.</source>
        <translation>Nessun plug-in connettore in %1.</translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation>%1: rifiutato (%2)</translation>
    </message>
    <message>
        <source>(secret: standard input or prompt)</source>
        <translation>(segreto: standard input o richiesta)</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(predefinito %1)</translation>
    </message>
    <message>
        <source>connections needs list, add, edit, remove, test, mapping, map, unmap, reset-mapping or log</source>
        <translation>connections richiede list, add, edit, remove, test, mapping, map, unmap, reset-mapping o log</translation>
    </message>
    <message>
        <source>unknown connections command &quot;%1&quot;</source>
        <translation>comando connections sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No connections. Add one with &quot;leadbench-cli connections add&quot;.</source>
        <translation>Nessuna connessione. Aggiungine una con &quot;leadbench-cli connections add&quot;.</translation>
    </message>
    <message>
        <source>last sync: %1 %2</source>
        <translation>ultima sincronizzazione: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modifica da inviare</numerusform>
            <numerusform>%n modifiche da inviare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>leadbench-cli: standard input: &quot;%1&quot; is not one of %2 (KEY=VALUE lines)</source>
        <translation>leadbench-cli: standard input: &quot;%1&quot; non è uno tra %2 (righe KEY=VALUE)</translation>
    </message>
    <message>
        <source>a line without =</source>
        <translation>una riga senza =</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 needs its secrets (%2): give them on standard input with --secret-stdin.</source>
        <translation>leadbench-cli: %1 richiede i suoi segreti (%2): forniscili sullo standard input con --secret-stdin.</translation>
    </message>
    <message>
        <source>%1 (not shown): </source>
        <translation>%1 (non visualizzato): </translation>
    </message>
    <message>
        <source>Connector id.</source>
        <translation>ID del connettore.</translation>
    </message>
    <message>
        <source>A setting.</source>
        <translation>Un&apos;impostazione.</translation>
    </message>
    <message>
        <source>Conflict rule.</source>
        <translation>Regola per i conflitti.</translation>
    </message>
    <message>
        <source>Read secrets from standard input.</source>
        <translation>Leggi i segreti dallo standard input.</translation>
    </message>
    <message>
        <source>Do not test the connection.</source>
        <translation>Non testare la connessione.</translation>
    </message>
    <message>
        <source>connections add takes one NAME</source>
        <translation>connections add accetta un solo NAME</translation>
    </message>
    <message>
        <source>connections add needs --connector (see &quot;leadbench-cli connectors&quot;)</source>
        <translation>connections add richiede --connector (vedi &quot;leadbench-cli connectors&quot;)</translation>
    </message>
    <message>
        <source>--conflicts: &quot;%1&quot; is not ask, local, remote or newest</source>
        <translation>--conflicts: &quot;%1&quot; non è ask, local, remote o newest</translation>
    </message>
    <message>
        <source>--set: &quot;%1&quot; is not KEY=VALUE</source>
        <translation>--set: &quot;%1&quot; non è KEY=VALUE</translation>
    </message>
    <message>
        <source>--set: %1 is a secret: it is never given on the command line (it would stay in the shell&apos;s history); give it on standard input with --secret-stdin or when asked</source>
        <translation>--set: %1 è un segreto: non si indica mai sulla riga di comando (resterebbe nella cronologia della shell); forniscilo sullo standard input con --secret-stdin o quando richiesto</translation>
    </message>
    <message>
        <source>Added the connection &quot;%1&quot; (%2).</source>
        <translation>Connessione &quot;%1&quot; aggiunta (%2).</translation>
    </message>
    <message>
        <source>Connection test: ok.</source>
        <translation>Test della connessione: ok.</translation>
    </message>
    <message>
        <source>the connection was added, but its test failed: %1</source>
        <translation>la connessione è stata aggiunta, ma il test non è riuscito: %1</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Nuovo nome.</translation>
    </message>
    <message>
        <source>connections edit takes one NAME</source>
        <translation>connections edit accetta un solo NAME</translation>
    </message>
    <message>
        <source>--set: %1 is a secret: give it on standard input with --secret-stdin</source>
        <translation>--set: %1 è un segreto: forniscilo sullo standard input con --secret-stdin</translation>
    </message>
    <message>
        <source>Changed the connection &quot;%1&quot;.</source>
        <translation>Connessione &quot;%1&quot; modificata.</translation>
    </message>
    <message>
        <source>connections remove takes one NAME</source>
        <translation>connections remove accetta un solo NAME</translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot; and its secrets; the leads stay.</source>
        <translation>Connessione &quot;%1&quot; rimossa con i suoi segreti; i lead restano.</translation>
    </message>
    <message>
        <source>connections test takes one NAME</source>
        <translation>connections test accetta un solo NAME</translation>
    </message>
    <message>
        <source>%1: the connection works.</source>
        <translation>%1: la connessione funziona.</translation>
    </message>
    <message>
        <source>connections mapping takes one NAME</source>
        <translation>connections mapping accetta un solo NAME</translation>
    </message>
    <message>
        <source>%1 &lt;-&gt; %2:</source>
        <translation>%1 &lt;-&gt; %2:</translation>
    </message>
    <message>
        <source>both, push or pull.</source>
        <translation>both, push o pull.</translation>
    </message>
    <message>
        <source>An empty value may replace a filled one.</source>
        <translation>Un valore vuoto può sostituire uno compilato.</translation>
    </message>
    <message>
        <source>connections map takes NAME lead|deal LOCAL_FIELD CRM_FIELD</source>
        <translation>connections map accetta NAME lead|deal LOCAL_FIELD CRM_FIELD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not lead or deal</source>
        <translation>&quot;%1&quot; non è lead o deal</translation>
    </message>
    <message>
        <source>--direction: &quot;%1&quot; is not both, push or pull</source>
        <translation>--direction: &quot;%1&quot; non è both, push o pull</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 non ha il campo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: note: %1 is not one of %2&apos;s standard fields; it must exist in the CRM.</source>
        <translation>leadbench-cli: nota: %1 non è uno dei campi standard di %2; deve esistere nel CRM.</translation>
    </message>
    <message>
        <source>%1: %2 &lt;-&gt; %3 (%4).</source>
        <translation>%1: %2 &lt;-&gt; %3 (%4).</translation>
    </message>
    <message>
        <source>connections unmap takes NAME lead|deal LOCAL_FIELD</source>
        <translation>connections unmap accetta NAME lead|deal LOCAL_FIELD</translation>
    </message>
    <message>
        <source>%1 does not map &quot;%2&quot;</source>
        <translation>%1 non mappa &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is no longer synced.</source>
        <translation>%1: %2 non è più sincronizzato.</translation>
    </message>
    <message>
        <source>connections reset-mapping takes one NAME</source>
        <translation>connections reset-mapping accetta un solo NAME</translation>
    </message>
    <message>
        <source>%1: the connector&apos;s default field mapping is back.</source>
        <translation>%1: ripristinata la mappatura dei campi predefinita del connettore.</translation>
    </message>
    <message>
        <source>How many runs.</source>
        <translation>Quante esecuzioni.</translation>
    </message>
    <message>
        <source>connections log takes one NAME</source>
        <translation>connections log accetta un solo NAME</translation>
    </message>
    <message>
        <source>Run of %1: %2 — %3</source>
        <translation>Esecuzione di %1: %2 — %3</translation>
    </message>
    <message>
        <source>Compare every record.</source>
        <translation>Confronta ogni record.</translation>
    </message>
    <message>
        <source>Write nothing; show what would change.</source>
        <translation>Non scrivere nulla; mostra cosa cambierebbe.</translation>
    </message>
    <message>
        <source>sync takes one CONNECTION (see &quot;leadbench-cli connections list&quot;)</source>
        <translation>sync accetta una sola CONNECTION (vedi &quot;leadbench-cli connections list&quot;)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. What a sync would do:</source>
        <translation>Simulazione: non è stato scritto nulla. Cosa farebbe una sincronizzazione:</translation>
    </message>
    <message>
        <source>here</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>%1 %2: &quot;%3&quot; -&gt; &quot;%4&quot;</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more change(s).</source>
        <translation>
            <numerusform>... e %n altra modifica.</numerusform>
            <numerusform>... e altre %n modifiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused by %1 (they stay queued; fix them and sync again):</source>
        <translation>Rifiutati da %1 (restano in coda; correggili e sincronizza di nuovo):</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: &quot;leadbench-cli conflicts list&quot;.</source>
        <translation>
            <numerusform>%n conflitto attende la tua scelta: &quot;leadbench-cli conflicts list&quot;.</numerusform>
            <numerusform>%n conflitti attendono la tua scelta: &quot;leadbench-cli conflicts list&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts needs list, resolve or resolve-all</source>
        <translation>conflicts richiede list, resolve o resolve-all</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Nessun conflitto.</translation>
    </message>
    <message>
        <source>deleted in the CRM, changed here</source>
        <translation>eliminato nel CRM, modificato qui</translation>
    </message>
    <message>
        <source>%1: here &quot;%2&quot;, in the CRM &quot;%3&quot;</source>
        <translation>%1: qui &quot;%2&quot;, nel CRM &quot;%3&quot;</translation>
    </message>
    <message>
        <source>conflicts resolve takes ID local|remote</source>
        <translation>conflicts resolve accetta ID local|remote</translation>
    </message>
    <message>
        <source>Settled; the next sync sends or keeps it.</source>
        <translation>Risolto; la prossima sincronizzazione lo invia o lo mantiene.</translation>
    </message>
    <message>
        <source>conflicts resolve-all takes CONNECTION local|remote</source>
        <translation>conflicts resolve-all accetta CONNECTION local|remote</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled.</source>
        <translation>
            <numerusform>%n conflitto risolto.</numerusform>
            <numerusform>%n conflitti risolti.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conflicts command &quot;%1&quot;</source>
        <translation>comando conflicts sconosciuto &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>La connessione #%1 non esiste più.</translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation>Sincronizzato da %1</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): nothing is written.</source>
        <translation>Simulazione di %1 (%2): non viene scritto nulla.</translation>
    </message>
    <message>
        <source>Full sync of %1 (%2).</source>
        <translation>Sincronizzazione completa di %1 (%2).</translation>
    </message>
    <message>
        <source>Sync of %1 (%2).</source>
        <translation>Sincronizzazione di %1 (%2).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>%1 pulled, %2 pushed, %3 failed, %4 new conflicts; %5 requests.</source>
        <translation>%1 ricevuti, %2 inviati, %3 non riusciti, %4 nuovi conflitti; %5 richieste.</translation>
    </message>
    <message>
        <source>Pulling %1… %2</source>
        <translation>Ricezione di %1… %2</translation>
    </message>
    <message>
        <source>%1 linked to the CRM&apos;s record %2 (same e-mail).</source>
        <translation>%1 collegato al record %2 del CRM (stessa e-mail).</translation>
    </message>
    <message>
        <source>%1: changed here and in the CRM (%2); waiting for your choice.</source>
        <translation>%1: modificato qui e nel CRM (%2); in attesa della tua scelta.</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>modificato qui</translation>
    </message>
    <message>
        <source>deleted in the CRM</source>
        <translation>eliminato nel CRM</translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM but changed here; waiting for your choice.</source>
        <translation>%1 è stato eliminato nel CRM ma modificato qui; in attesa della tua scelta.</translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM: deleted here too.</source>
        <translation>%1 è stato eliminato nel CRM: eliminato anche qui.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>%1 no longer exists in the CRM; it is created again.</source>
        <translation>%1 non esiste più nel CRM; viene ricreato.</translation>
    </message>
    <message>
        <source>the CRM already has it as record %1, which is linked to %2: merge the two here</source>
        <translation>il CRM lo ha già come record %1, collegato a %2: unisci i due qui</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists in the CRM (record %2, %3): linked and merged.</source>
        <translation>%1 esiste già nel CRM (record %2, %3): collegato e unito.</translation>
    </message>
    <message>
        <source>%1 was refused by the CRM: %2</source>
        <translation>%1 è stato rifiutato dal CRM: %2</translation>
    </message>
    <message>
        <source>the CRM did not answer for this record</source>
        <translation>il CRM non ha risposto per questo record</translation>
    </message>
    <message>
        <source>Pushing %1… %L2 of %L3</source>
        <translation>Invio di %1… %L2 di %L3</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>succeeded</source>
        <translation>riuscita</translation>
    </message>
    <message>
        <source>done, but the CRM refused some records</source>
        <translation>completata, ma il CRM ha rifiutato alcuni record</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>mai eseguita</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connessioni</translation>
    </message>
    <message>
        <source>CRM connections</source>
        <translation>Connessioni CRM</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testa</translation>
    </message>
    <message>
        <source>Field &amp;Mapping…</source>
        <translation>Ma&amp;ppatura dei campi…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;Full (compare every record)</source>
        <translation>&amp;Completa (confronta ogni record)</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Sincronizzazione completa</translation>
    </message>
    <message>
        <source>&amp;Dry Run…</source>
        <translation>Si&amp;mulazione…</translation>
    </message>
    <message>
        <source>Shows what a sync would change, field by field, without writing anything.</source>
        <translation>Mostra cosa cambierebbe una sincronizzazione, campo per campo, senza scrivere nulla.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflitti…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <source>Log of the last run:</source>
        <translation>Log dell&apos;ultima esecuzione:</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Log di sincronizzazione</translation>
    </message>
    <message>
        <source>Connect Leadbench to HubSpot or Salesforce to share leads and deals with your team: &quot;Add…&quot; a connection, then &quot;Sync Now&quot;. Leadbench keeps working offline and sends your changes when you sync.</source>
        <translation>Collega Leadbench a HubSpot o Salesforce per condividere lead e trattative con il tuo team: &quot;Aggiungi…&quot; una connessione, poi &quot;Sincronizza ora&quot;. Leadbench continua a funzionare offline e invia le tue modifiche quando sincronizzi.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (plug-in &quot;%2&quot; missing)</source>
        <translation>%1 (plug-in &quot;%2&quot; mancante)</translation>
    </message>
    <message>
        <source>Last sync %1 %2: %3</source>
        <translation>Ultima sincronizzazione %1 %2: %3</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Non ancora sincronizzato.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Modifiche in attesa di invio: %1.</translation>
    </message>
    <message>
        <source>No changes waiting to be sent.</source>
        <translation>Nessuna modifica in attesa di invio.</translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation>Conflitti (%1)…</translation>
    </message>
    <message>
        <source>Connection added. Test it, then Sync Now.</source>
        <translation>Connessione aggiunta. Testala, poi Sincronizza ora.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Rimuovi connessione</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its secrets from the keychain? The leads stay here and in the CRM; they are simply no longer synced.</source>
        <translation>Rimuovere la connessione &quot;%1&quot; e i suoi segreti dal portachiavi? I lead restano qui e nel CRM; semplicemente non vengono più sincronizzati.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Testa connessione</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connessione funziona.</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Simulazione</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>Cancelling after the request in flight…</source>
        <translation>Annullamento dopo la richiesta in corso…</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Errore: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avviso: </translation>
    </message>
    <message>
        <source>Sync %1: %2</source>
        <translation>Sincronizzazione %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>There is no connection named &quot;%1&quot; (this workspace has none yet).</source>
        <translation>Non esiste una connessione di nome &quot;%1&quot; (questa area di lavoro non ne ha ancora).</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot; (connections: %2).</source>
        <translation>Non esiste una connessione di nome &quot;%1&quot; (connessioni: %2).</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Una connessione deve avere un nome.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Esiste già una connessione di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A field mapping needs a Leadbench field and a CRM field.</source>
        <translation>Una mappatura dei campi richiede un campo Leadbench e un campo CRM.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped twice.</source>
        <translation>Il campo &quot;%1&quot; è mappato due volte.</translation>
    </message>
    <message>
        <source>The CRM field &quot;%1&quot; is mapped twice.</source>
        <translation>Il campo CRM &quot;%1&quot; è mappato due volte.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Modifica task</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nuovo task</translation>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Nessun promemoria</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Alla scadenza</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minuti prima</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 ora prima</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 giorno prima</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itolo:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Promemoria:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>The task needs a title (what to do).</source>
        <translation>Il task deve avere un titolo (cosa fare).</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Un task deve avere un titolo.</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>Un task deve avere una scadenza.</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>Il lead #%1 non esiste.</translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Da fare</translation>
    </message>
</context>
<context>
    <name>Temperature</name>
    <message>
        <source>Hot</source>
        <translation>Caldo</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiepido</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Freddo</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Detect automatically</source>
        <translation>Rileva automaticamente</translation>
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
        <translation>Europa occidentale (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Europa occidentale (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Greco (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>TradeShow</name>
    <message>
        <source>The cost of an event cannot be negative.</source>
        <translation>Il costo di un evento non può essere negativo.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>L&apos;evento finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; exists already.</source>
        <translation>Esiste già una campagna di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type at least a name, an e-mail address or a company.</source>
        <translation>Inserisci almeno un nome, un indirizzo e-mail o un&apos;azienda.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Consent needs the wording the person agreed to.</source>
        <translation>Il consenso richiede il testo accettato dalla persona.</translation>
    </message>
    <message>
        <source>There is no event #%1.</source>
        <translation>Non esiste l&apos;evento #%1.</translation>
    </message>
    <message>
        <source>Trade show: %1</source>
        <translation>Fiera: %1</translation>
    </message>
    <message>
        <source>Captured at %1</source>
        <translation>Acquisito a %1</translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation>Interesse: %1</translation>
    </message>
    <message>
        <source>product: %1</source>
        <translation>prodotto: %1</translation>
    </message>
    <message>
        <source>Met at %1</source>
        <translation>Incontrato a %1</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>stessa e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>stesso telefono</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>stessi nome e azienda</translation>
    </message>
    <message>
        <source>similar name, same company</source>
        <translation>nome simile, stessa azienda</translation>
    </message>
    <message>
        <source>Choose at least one rep.</source>
        <translation>Scegli almeno un commerciale.</translation>
    </message>
    <message>
        <source>I agree that my details are used to contact me about this event&apos;s products and offers. I can unsubscribe at any time.</source>
        <translation>Acconsento all&apos;uso dei miei dati per essere contattato in merito a prodotti e offerte di questo evento. Posso annullare l&apos;iscrizione in qualsiasi momento.</translation>
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
        <translation>Nuovo evento…</translation>
    </message>
    <message>
        <source>Start capture mode</source>
        <translation>Avvia modalità acquisizione</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>Consent wording shown at capture and stored with each lead</source>
        <translation>Testo del consenso mostrato durante l&apos;acquisizione e salvato con ogni lead</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Testo del consenso</translation>
    </message>
    <message>
        <source>After the event</source>
        <translation>Dopo l&apos;evento</translation>
    </message>
    <message>
        <source>Leads captured at this event</source>
        <translation>Lead acquisiti a questo evento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Acquisito</translation>
    </message>
    <message>
        <source>Assign unowned leads to reps in turn…</source>
        <translation>Assegna a turno ai commerciali i lead senza proprietario…</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Fiera</translation>
    </message>
    <message>
        <source>No event yet: create one to start capturing leads.</source>
        <translation>Ancora nessun evento: creane uno per iniziare ad acquisire lead.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Dal %1 al %2</translation>
    </message>
    <message>
        <source>%1 · cost %2</source>
        <translation>%1 · costo %2</translation>
    </message>
    <message>
        <source>The consent wording cannot be empty: it is what people agree to.</source>
        <translation>Il testo del consenso non può essere vuoto: è ciò che le persone accettano.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nome dell&apos;evento</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Stand, travel, staff, material: what the event costs in all</source>
        <translation>Stand, viaggi, personale, materiali: il costo totale dell&apos;evento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Costo:</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>L&apos;evento deve avere un nome.</translation>
    </message>
    <message>
        <source>Assign to reps</source>
        <translation>Assegna ai commerciali</translation>
    </message>
    <message>
        <source>The event&apos;s leads without an owner go to these reps in turn, hot leads first:</source>
        <translation>I lead dell&apos;evento senza proprietario vanno a turno a questi commerciali, prima i lead caldi:</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation>
            <numerusform>%n lead assegnato.</numerusform>
            <numerusform>%n lead assegnati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol the event&apos;s leads in a follow-up sequence…</source>
        <translation>Inserisci i lead dell&apos;evento in una sequenza di follow-up…</translation>
    </message>
    <message>
        <source>Enrol in a follow-up sequence</source>
        <translation>Inserisci in una sequenza di follow-up</translation>
    </message>
    <message>
        <source>Nobody was captured at this event yet.</source>
        <translation>Nessuno è stato ancora acquisito a questo evento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) captured (%1 new, %2 already known) · hot %3, warm %4, cold %5 · %6 with consent · cost per lead %7 · %8 without an owner</source>
        <translation>
            <numerusform>%Ln lead acquisito (%1 nuovi, %2 già noti) · caldi %3, tiepidi %4, freddi %5 · %6 con consenso · costo per lead %7 · %8 senza proprietario</numerusform>
            <numerusform>%Ln lead acquisiti (%1 nuovi, %2 già noti) · caldi %3, tiepidi %4, freddi %5 · %6 con consenso · costo per lead %7 · %8 senza proprietario</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>the card has no END:VCARD before the next card</source>
        <translation>la scheda non ha END:VCARD prima della scheda successiva</translation>
    </message>
    <message>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>la scheda non ha END:VCARD (il file termina al suo interno)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>it looks like a JPEG image</source>
        <translation>sembra un&apos;immagine JPEG</translation>
    </message>
    <message>
        <source>it looks like a PNG image</source>
        <translation>sembra un&apos;immagine PNG</translation>
    </message>
    <message>
        <source>it looks like a PDF document</source>
        <translation>sembra un documento PDF</translation>
    </message>
    <message>
        <source>it looks like a ZIP archive or an office document</source>
        <translation>sembra un archivio ZIP o un documento Office</translation>
    </message>
    <message>
        <source>it looks like a GIF image</source>
        <translation>sembra un&apos;immagine GIF</translation>
    </message>
    <message>
        <source>it looks like a text file</source>
        <translation>sembra un file di testo</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>non è un database SQLite</translation>
    </message>
    <message>
        <source>%1 has changes in its journal (%1-wal) that cannot be read because the folder is read-only. Open it where the folder is writable.</source>
        <translation>%1 ha modifiche nel journal (%1-wal) che non possono essere lette perché la cartella è di sola lettura. Aprilo in una cartella scrivibile.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). The file was not changed; restore it from a backup.</source>
        <translation>%1 è danneggiato e non può essere letto (%2). Il file non è stato modificato; ripristinalo da un backup.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 è una cartella, non un file di area di lavoro.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Leadbench workspace: %2. The file was not changed.</source>
        <translation>%1 non è un&apos;area di lavoro Leadbench: %2. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Leadbench workspace. The file was not changed.</source>
        <translation>%1 è un database SQLite di un&apos;altra applicazione, non un&apos;area di lavoro Leadbench. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Leadbench (workspace format %2; this version reads formats up to %3). Update Leadbench to open it. The file was not changed.</source>
        <translation>%1 è stato salvato da una versione più recente di Leadbench (formato area di lavoro %2; questa versione legge i formati fino a %3). Aggiorna Leadbench per aprirlo. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed; restore it from a backup.</source>
        <translation>%1 è danneggiato: il controllo di integrità ha rilevato %2. Il file non è stato modificato; ripristinalo da un backup.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is in an older format and must be upgraded, which read-only access does not allow.</source>
        <translation>%1 è in un formato precedente e deve essere aggiornato, cosa che l&apos;accesso in sola lettura non consente.</translation>
    </message>
    <message>
        <source>%1 is not a workspace yet and cannot be created read-only.</source>
        <translation>%1 non è ancora un&apos;area di lavoro e non può essere creato in sola lettura.</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>aperto in sola lettura</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Il file è di sola lettura.</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>il file o la sua cartella è di sola lettura</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed.</source>
        <translation>%1 è danneggiato: il controllo di integrità ha rilevato %2. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>A workspace cannot be restored from itself.</source>
        <translation>Un&apos;area di lavoro non può essere ripristinata da se stessa.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a backup.</source>
        <translation>%1 è un file vuoto, non un backup.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>Impossibile conservare una copia di %1 prima del ripristino; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the restored copy is at %2.</source>
        <translation>Impossibile sostituire %1; la copia ripristinata si trova in %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Aree di lavoro Leadbench (*.leadbench);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Aree di lavoro</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Aree di lavoro recenti:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Aree di lavoro recenti</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>%1 MB, changed %2</source>
        <translation>%1 MB, modificato %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Apri &amp;file…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuova…</translation>
    </message>
    <message>
        <source>&amp;Default workspace</source>
        <translation>Area di lavoro &amp;predefinita</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Rimuovi dall&apos;elenco</translation>
    </message>
    <message>
        <source>Removes the entry from this list; the file stays where it is.</source>
        <translation>Rimuove la voce da questo elenco; il file resta dov&apos;è.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Apri area di lavoro</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuova area di lavoro</translation>
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
        <translation>Leadbench: uno strumento offline-first per vendite e marketing.</translation>
    </message>
    <message>
        <source>Open the workspace at PATH (created if missing) instead of the last one used.</source>
        <translation>Apri l&apos;area di lavoro in PATH (creata se mancante) invece dell&apos;ultima usata.</translation>
    </message>
    <message>
        <source>Read and write settings in FILE.</source>
        <translation>Leggi e scrivi le impostazioni in FILE.</translation>
    </message>
</context>
</TS>
